//! Extraction: the stages after tokenisation, run in order over one
//! [`Doc`] (the normalised text, its tokens, sentences and boilerplate):
//! match entities, then organisations, people, quotes, priority areas and
//! dates, each reading what the earlier ones found. Every stage works in
//! normalised coordinates; [`run`] maps all spans back to the original input
//! when it builds the [`Communique`].

pub(crate) mod date;
pub(crate) mod location;
pub(crate) mod org;
pub(crate) mod person;
pub(crate) mod priority;
pub(crate) mod quote;

use crate::boilerplate::{self, Furniture};
use crate::fold::fold_text;
use crate::gazetteer::{Gazetteer, Hit};
use crate::lang::Lang;
use crate::normalize::Normalized;
use crate::record::{Boilerplate, Communique, PriorityArea, Title};
use crate::segment::sentence::{Sentence, sentences};
use crate::segment::{Token, tokenize};
use crate::span::Span;

/// One document as the extractors see it.
pub(crate) struct Doc<'a> {
    /// The normalised text.
    pub(crate) text: &'a str,
    pub(crate) lang: Lang,
    pub(crate) tokens: Vec<Token>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) furniture: Vec<Furniture>,
    pub(crate) gazetteer: &'a Gazetteer,
    /// Gazetteer matches (organisations, places, wires), in text order.
    pub(crate) hits: Vec<Hit>,
    /// The lines of the text, with what extractors need to know of each.
    pub(crate) lines: Vec<Line>,
    /// How often each capitalised word occurs, counted on first use.
    capitalised: std::cell::OnceCell<std::collections::HashMap<&'a str, u32>>,
}

/// A line of the normalised text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub(crate) span: Span,
    /// Written in capitals: no lowercase letter.
    pub(crate) capitals: bool,
    /// Written like a headline: nearly every longer word capitalised (and,
    /// but for the first line, short and not ending like a sentence or a
    /// list item: ".", ";", ","), and one sentence at most.
    pub(crate) headline: bool,
}

impl Line {
    fn read(text: &str, span: Span, first: bool) -> Line {
        let line = span.as_str(text);
        let mut words = 0;
        let mut capitalised = 0;
        for w in line.split(|c: char| !c.is_alphabetic()) {
            if w.chars().nth(3).is_some() {
                words += 1;
                if w.chars().next().is_some_and(char::is_uppercase) {
                    capitalised += 1;
                }
            }
        }
        let headline = words >= 3
            && if first {
                capitalised * 10 >= words * 6
            } else {
                // A list item ends with a period, a semicolon or a comma.
                line.chars().count() <= 160
                    && !line.trim_end().ends_with(['.', ';', ','])
                    && capitalised * 10 >= words * 8
            };
        Line {
            span,
            capitals: !line.chars().any(char::is_lowercase),
            headline,
        }
    }
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str, lang: Lang, gazetteer: &'a Gazetteer) -> Doc<'a> {
        let tokens = tokenize(text, lang);
        let sentences = sentences(text, &tokens, lang);
        let furniture = boilerplate::find(text);
        let hits = gazetteer.find(text, &fold_text(text));
        let mut lines = Vec::new();
        let mut start = 0;
        let mut first = true;
        for l in text.split('\n') {
            let span = Span::new(start, start + l.len());
            let mut line = Line::read(text, span, first);
            // Two sentences make a paragraph, not a headline.
            let from = sentences.partition_point(|s| s.span.start < span.start);
            let to = sentences.partition_point(|s| s.span.start < span.end);
            line.headline &= to - from < 2;
            lines.push(line);
            first &= l.trim().is_empty();
            start += l.len() + 1;
        }
        Doc {
            text,
            lang,
            tokens,
            sentences,
            furniture,
            gazetteer,
            hits,
            lines,
            capitalised: std::cell::OnceCell::new(),
        }
    }

    /// How many times the capitalised word `w` occurs in the text (its
    /// keys come from the input, so the map keeps the standard hasher).
    pub(crate) fn capitalised_count(&self, w: &str) -> u32 {
        let counts = self.capitalised.get_or_init(|| {
            let mut counts = std::collections::HashMap::new();
            for t in &self.tokens {
                let word = t.as_str(self.text);
                if t.kind == crate::segment::TokenKind::Word
                    && word.chars().next().is_some_and(char::is_uppercase)
                {
                    *counts.entry(word).or_insert(0) += 1;
                }
            }
            counts
        });
        counts.get(w).copied().unwrap_or(0)
    }

    /// The line that holds byte `pos`.
    pub(crate) fn line_at(&self, pos: usize) -> &Line {
        let i = self.lines.partition_point(|l| l.span.end < pos);
        &self.lines[i.min(self.lines.len() - 1)]
    }

    /// The gazetteer hits that overlap `span` (hits are sorted and do not
    /// overlap, so this is a binary search).
    pub(crate) fn hits_in(&self, span: Span) -> &[Hit] {
        let first = self.hits.partition_point(|h| h.span.end <= span.start);
        let len = self.hits[first..].partition_point(|h| h.span.start < span.end);
        &self.hits[first..first + len]
    }

    /// The gazetteer hit that starts at byte `pos`, if any.
    pub(crate) fn hit_starting_at(&self, pos: usize) -> Option<&Hit> {
        let i = self.hits.partition_point(|h| h.span.start < pos);
        self.hits.get(i).filter(|h| h.span.start == pos)
    }

    /// The text of token `i`.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens[i].as_str(self.text)
    }

    /// Index of the first token that starts at or after `pos`.
    pub(crate) fn token_from(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Index of the next token after `i` that is not a horizontal space (a
    /// line break is returned: callers decide whether it stops them).
    pub(crate) fn next_token(&self, i: usize) -> Option<usize> {
        (i + 1..self.tokens.len())
            .find(|&k| self.tokens[k].kind != crate::segment::TokenKind::Space)
    }

    /// Index of the previous token before `i` that is not a horizontal
    /// space.
    pub(crate) fn prev_token(&self, i: usize) -> Option<usize> {
        (0..i)
            .rev()
            .find(|&k| self.tokens[k].kind != crate::segment::TokenKind::Space)
    }

    /// The sentence that contains token `i`.
    pub(crate) fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        self.sentences.get(k).filter(|s| s.tokens.contains(&i))
    }

    /// The boilerplate span that contains `span`, if any.
    pub(crate) fn furniture_at(&self, span: Span) -> Option<&Furniture> {
        let i = self.furniture.partition_point(|f| f.span.end <= span.start);
        self.furniture.get(i).filter(|f| f.span.contains(span))
    }
}

/// The mentions of `sorted` (ordered by start) that start before `at`.
pub(crate) fn before(sorted: &[(Span, usize)], at: usize) -> &[(Span, usize)] {
    &sorted[..sorted.partition_point(|(s, _)| s.start < at)]
}

/// The mentions of `sorted` that lie inside `span`.
pub(crate) fn within(sorted: &[(Span, usize)], span: Span) -> &[(Span, usize)] {
    let a = sorted.partition_point(|(s, _)| s.start < span.start);
    let b = sorted.partition_point(|(s, _)| s.start < span.end);
    let slice = &sorted[a..b.max(a)];
    let n = slice.iter().take_while(|(s, _)| s.end <= span.end).count();
    &slice[..n]
}

/// The item of `sorted` whose span overlaps `span`: spans barely overlap,
/// so a few steps back from the last one starting before `span.end` do.
pub(crate) fn overlapping(sorted: &[(Span, usize)], span: Span) -> Option<usize> {
    let end = sorted.partition_point(|(s, _)| s.start < span.end);
    sorted[..end]
        .iter()
        .rev()
        .take(4)
        .find(|(s, _)| s.overlaps(span))
        .map(|(_, x)| *x)
}

/// The headline: the first line, when it is short enough to be one and
/// does not introduce what follows.
fn title(doc: &Doc) -> Option<Span> {
    let first = doc.sentences.first()?;
    let line_end = doc.text[first.span.start..]
        .find('\n')
        .map_or(doc.text.len(), |e| first.span.start + e);
    let span = Span::new(first.span.start, line_end);
    let line = span.as_str(doc.text).trim_end();
    let ok = !line.is_empty()
        && line.chars().count() <= 250
        && !line.ends_with(':')
        && doc.furniture_at(span).is_none();
    ok.then(|| Span::new(span.start, span.start + line.len()))
}

/// Runs the extractors over a normalised text and builds the record.
pub(crate) fn run(
    original: &str,
    norm: &Normalized,
    lang: Lang,
    gazetteer: &Gazetteer,
) -> Communique {
    let doc = Doc::new(&norm.text, lang, gazetteer);
    let map = |s: Span| norm.map.map_span(s);
    let mut orgs = org::find(&doc);
    let people = person::find(&doc, &mut orgs);
    let quotes = quote::find(&doc, &people, &orgs);
    let found_dates = date::extract(&doc);
    let dateline = found_dates
        .dateline
        .as_ref()
        .and_then(|d| d.spans.first().copied());
    let places = location::find(&doc, &orgs, &people, dateline);
    let found_dates = found_dates.mapped(original, map);
    let title = title(&doc).map(|s| {
        let span = map(s);
        Title {
            text: span.as_str(original).to_string(),
            spans: vec![span],
        }
    });
    Communique {
        language: lang,
        title,
        dateline: found_dates.dateline,
        organisations: org::records(&doc, &orgs, &map),
        people: person::records(&doc, &people, &orgs, &map),
        quotes: quote::records(&doc, original, &quotes, &people, &orgs, &map),
        priority_areas: priority::extract(&doc)
            .into_iter()
            .map(|a| PriorityArea {
                label: a.label,
                id: a.id.map(str::to_string),
                spans: a.spans.into_iter().map(map).collect(),
            })
            .collect(),
        dates: found_dates.dates,
        locations: location::records(&doc, &places, &map),
        boilerplate: doc
            .furniture
            .iter()
            .map(|f| Boilerplate {
                kind: f.kind,
                spans: vec![map(f.span)],
            })
            .collect(),
    }
}
