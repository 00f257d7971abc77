//! Folding: the key under which names are compared. Gazetteer entries and
//! the normalised text go through the same fold, so that "Organisation
//! Mondiale de la Santé", "ORGANISATION MONDIALE DE LA SANTE" and
//! "Organisation mondiale de la santé" all meet; hyphens fold to spaces
//! ("Nations-Unies"), accents and case go, ligatures open (œ → oe), and runs
//! of spaces collapse. The folded text keeps an [`OffsetMap`] back to the
//! normalised text; newlines survive so that no name matches across lines.

use crate::span::OffsetMap;

/// Appends the fold of `c` to `out`.
fn push_folded(c: char, out: &mut String) {
    match c {
        '-' | '\u{2010}' | '\u{2011}' | '_' => out.push(' '),
        '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            let mut any = false;
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !('\u{300}'..='\u{36f}').contains(&d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                    any = true;
                }
            });
            if !any {
                out.push(c);
            }
        }
    }
}

/// Calls `f` with the fold of `s`, without allocating when `s` is already
/// its own fold (lowercase ASCII without hyphens or double spaces) and with
/// a reused buffer otherwise: lexicon lookups run once per token.
pub(crate) fn with_fold<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let plain = s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'' || b == b'.')
        && !s.is_empty();
    if plain {
        return f(s);
    }
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut b) => {
            b.clear();
            let mut space = true;
            for c in s.trim().chars() {
                let before = b.len();
                push_folded(c, &mut b);
                // Collapse runs of spaces, as `fold` does.
                if b.len() == before + 1 && b.ends_with(' ') {
                    if space {
                        b.pop();
                    }
                    space = true;
                } else if b.len() > before {
                    space = false;
                }
            }
            while b.ends_with(' ') {
                b.pop();
            }
            f(&b)
        }
        // A lookup inside a lookup: fall back to an allocation.
        Err(_) => f(&fold(s)),
    })
}

/// Folds a short string (a lexicon entry or a word) to its key.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    collapse_spaces(&out)
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// A folded text and the map from its positions to the normalised text.
pub(crate) struct Folded {
    pub(crate) text: String,
    pub(crate) map: OffsetMap,
}

/// Folds a whole normalised text, keeping the offset map.
pub(crate) fn fold_text(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut last_space = false;
    for (i, c) in text.char_indices() {
        let before = out.len();
        if c.is_ascii_alphanumeric() || (c.is_ascii() && !matches!(c, '-' | '_' | ' ' | '`')) {
            out.push(c.to_ascii_lowercase());
            last_space = false;
            // An unchanged ASCII byte needs no checkpoint unless an earlier
            // rewrite shifted positions; `push` drops redundant points.
            map.push(before, i);
            continue;
        }
        push_folded(c, &mut out);
        if out.ends_with(' ') && out.len() > before {
            if last_space {
                out.truncate(before);
            }
            last_space = true;
        } else if out.len() > before {
            last_space = false;
        }
        map.push(before, i);
        map.push(out.len(), i + c.len_utf8());
    }
    Folded { text: out, map }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn folds_case_accents_hyphens() {
        assert_eq!(
            fold("Organisation Mondiale de la Santé"),
            "organisation mondiale de la sante"
        );
        assert_eq!(fold("Fonds des Nations-Unies"), "fonds des nations unies");
        assert_eq!(fold("CŒUR  d’Œuvre"), "coeur d'oeuvre");
        assert_eq!(fold("Kouassi- N'Guessan"), "kouassi n'guessan");
    }

    #[test]
    fn with_fold_agrees_with_fold() {
        for s in [
            "Directrice",
            "vice-présidente",
            "a  b",
            "ŒUVRE",
            "l’OIM",
            "plain",
            "Jean-Claude  N'Guessan ",
        ] {
            assert_eq!(with_fold(s, str::to_string), fold(s), "{s}");
        }
    }

    #[test]
    fn text_map_points_back() {
        let text = "l'Organisation Mondiale de la Santé (OMS) à Genève";
        let f = fold_text(text);
        assert_eq!(f.text, "l'organisation mondiale de la sante (oms) a geneve");
        let at = f.text.find("geneve").unwrap();
        let span = f.map.map_span(Span::new(at, at + 6));
        assert_eq!(span.as_str(text), "Genève");
        let at = f.text.find("sante").unwrap();
        assert_eq!(f.map.map_span(Span::new(at, at + 5)).as_str(text), "Santé");
    }

    #[test]
    fn collapsed_space_maps() {
        let text = "Kouassi- N'Guessan dit";
        let f = fold_text(text);
        assert_eq!(f.text, "kouassi n'guessan dit");
        let at = f.text.find("dit").unwrap();
        assert_eq!(f.map.map_span(Span::new(at, at + 3)).as_str(text), "dit");
    }
}
