//! Byte spans and offset maps. A [`Span`] is a half-open byte range into the
//! ORIGINAL input; every record carries spans so that a caller can point back
//! at the words it came from. Internally the pipeline works on rewritten text
//! (normalised, then case-folded); each rewrite keeps an [`OffsetMap`] of
//! checkpoints, so that a position in the rewritten text maps back to the
//! text it was made from in `O(log n)` without a per-byte table. Positions
//! produced by the map always fall on char boundaries of the source text,
//! because rewrites only ever replace whole chars.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original input. In JSON a
/// span is the pair `[start, end]`.
///
/// ```
/// use communique::Span;
/// let text = "Genève, 12 mars";
/// let span = Span::new(0, 7);
/// assert_eq!(span.as_str(text), "Genève");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length of the span in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text the span covers in `text`, or `""` when the span does not
    /// lie on char boundaries inside `text`.
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Span {
        Span::new(start, end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Maps positions in a rewritten text back to the text it was rewritten
/// from. Each checkpoint `(to, from)` says that byte `to` of the rewritten
/// text corresponds to byte `from` of the source, and that the bytes after
/// it correspond one to one until the next checkpoint.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Records that rewritten position `to` corresponds to source position
    /// `from`. Calls must come in increasing order of `to`.
    pub(crate) fn push(&mut self, to: usize, from: usize) {
        match self.points.last_mut() {
            Some(last) if last.0 == to => last.1 = from,
            Some(last) if last.0 < to && last.1 + (to - last.0) == from => {}
            None if to == from => {}
            _ => self.points.push((to, from)),
        }
    }

    /// The source position of rewritten position `pos`.
    pub(crate) fn map(&self, pos: usize) -> usize {
        let i = self.points.partition_point(|&(to, _)| to <= pos);
        if i == 0 {
            pos
        } else {
            let (to, from) = self.points[i - 1];
            from + (pos - to)
        }
    }

    /// The source span of a rewritten span.
    pub(crate) fn map_span(&self, span: Span) -> Span {
        Span::new(self.map(span.start), self.map(span.end))
    }
}

/// The largest char boundary of `text` that is `<= pos`.
pub(crate) fn floor_char_boundary(text: &str, pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    let mut p = pos;
    while !text.is_char_boundary(p) {
        p -= 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map() {
        let m = OffsetMap::default();
        assert_eq!(m.map(17), 17);
    }

    #[test]
    fn map_after_shrink_and_delete() {
        // source "a\u{a0}b\u{ad}c" (a, NBSP 2 bytes, b, soft hyphen 2 bytes, c)
        // rewritten "a b" + "c": NBSP -> ' ', soft hyphen deleted.
        let mut m = OffsetMap::default();
        m.push(2, 3); // after ' ' (source NBSP ends at 3)
        m.push(3, 6); // after deleted soft hyphen, 'c' is source byte 6
        assert_eq!(m.map(0), 0);
        assert_eq!(m.map(1), 1);
        assert_eq!(m.map(2), 3);
        assert_eq!(m.map(3), 6);
        assert_eq!(m.map(4), 7);
        assert_eq!(m.map_span(Span::new(0, 4)), Span::new(0, 7));
    }

    #[test]
    fn redundant_points_are_not_stored() {
        let mut m = OffsetMap::default();
        m.push(0, 0);
        m.push(5, 5);
        assert!(m.points.is_empty());
    }

    #[test]
    fn floor_boundary() {
        let s = "é!";
        assert_eq!(floor_char_boundary(s, 1), 0);
        assert_eq!(floor_char_boundary(s, 2), 2);
        assert_eq!(floor_char_boundary(s, 9), 3);
    }
}
