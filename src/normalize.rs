//! Normalisation: the first stage. It rewrites the raw release into a
//! canonical text that later stages can match simply, and keeps an
//! [`OffsetMap`] back to the original so that every span in the record
//! points into the caller's input. Char-level rewrites: CRLF and other line
//! separators become `\n`; NBSP, narrow NBSP, thin and other spaces and tabs
//! become one ASCII space, runs collapse, indentation and trailing spaces go;
//! soft hyphens, zero-width and bidi controls are deleted; other controls
//! become spaces; curly and modifier apostrophes between letters become `'`;
//! hyphens and dashes become `-`; bullet glyphs become `•`; a base letter
//! followed by a combining accent is composed (NFC). Quotation marks are left
//! alone: the quote extractor reads every style. A line-level pass then
//! joins hard-wrapped lines, in place (`\n` becomes a space, so offsets do
//! not move). When nothing changes the text is borrowed.

use std::borrow::Cow;

use crate::lexicon::Base;
use crate::span::OffsetMap;

/// A normalised text and the map from its byte positions to the original.
#[derive(Debug)]
pub(crate) struct Normalized<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) map: OffsetMap,
}

/// What one source char becomes.
enum Edit {
    Keep,
    Space,
    Newline,
    Delete,
    Replace(char),
    Apostrophe,
    Combining,
}

fn classify(c: char) -> Edit {
    match c {
        '\n' => Edit::Keep,
        ' ' => Edit::Space,
        '\t'
        | '\u{a0}'
        | '\u{202f}'
        | '\u{2000}'..='\u{200a}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{1680}' => Edit::Space,
        '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Edit::Newline,
        '\u{ad}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}'
        | '\u{180e}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Edit::Delete,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
            Edit::Replace('-')
        }
        '\u{25e6}' | '\u{25aa}' | '\u{25ab}' | '\u{25cf}' | '\u{25cb}' | '\u{25a0}'
        | '\u{25a1}' | '\u{2023}' | '\u{2043}' | '\u{2219}' | '\u{25ba}' | '\u{25b6}'
        | '\u{27a2}' | '\u{2713}' | '\u{2714}' | '\u{25c6}' | '\u{25c7}' | '\u{f0b7}' => {
            Edit::Replace('•')
        }
        '\u{2019}' | '\u{2bc}' | '\u{b4}' | '\u{2032}' | '`' => Edit::Apostrophe,
        '\u{300}'..='\u{36f}' => Edit::Combining,
        c if c.is_control() => Edit::Space,
        _ => Edit::Keep,
    }
}

/// Normalises `text`; see the module documentation.
pub(crate) fn normalize<'a>(text: &'a str, lex: &Base) -> Normalized<'a> {
    let mut out = String::new();
    let mut map = OffsetMap::default();
    // Start of the source run not yet copied to `out`.
    let mut copied = 0;
    // Whether a run of spaces is waiting to be written as one space.
    let mut pending_space = false;
    let mut changed = false;
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let edit = classify(c);
        if !pending_space {
            match edit {
                Edit::Keep => continue,
                // A lone ASCII space inside a line needs no rewrite.
                Edit::Space
                    if c == ' '
                        && i > 0
                        && !matches!(bytes[i - 1], b'\n' | b'\r')
                        && iter.peek().is_some_and(|&(_, n)| {
                            n != '\n' && matches!(classify(n), Edit::Keep)
                        }) =>
                {
                    continue;
                }
                _ => {}
            }
        }
        // Every other case rewrites: flush the unchanged run before `i`.
        if !changed {
            out.reserve(text.len());
            changed = true;
        }
        out.push_str(&text[copied..i]);
        let next = i + c.len_utf8();
        copied = next;
        match edit {
            Edit::Space => {
                if !pending_space {
                    pending_space = true;
                    map.push(out.len(), i);
                }
                continue;
            }
            Edit::Delete => {
                if !pending_space {
                    map.push(out.len(), next);
                }
                continue;
            }
            _ => {}
        }
        // A visible char or a newline ends a run of spaces.
        let is_newline = matches!(edit, Edit::Newline) || c == '\n';
        if pending_space {
            pending_space = false;
            let at_line_start = out.is_empty() || out.ends_with('\n');
            if !is_newline && !at_line_start {
                out.push(' ');
            }
            map.push(out.len(), i);
        }
        match edit {
            Edit::Keep => out.push(c),
            Edit::Newline => {
                if c == '\r' && bytes.get(next) == Some(&b'\n') {
                    // CRLF: the '\n' that follows is the newline.
                    map.push(out.len(), next);
                    continue;
                }
                out.push('\n');
            }
            Edit::Replace(r) => out.push(r),
            Edit::Apostrophe => {
                let prev_letter = out.chars().next_back().is_some_and(char::is_alphabetic);
                let next_letter = iter.peek().is_some_and(|&(_, n)| n.is_alphabetic());
                out.push(if prev_letter && next_letter { '\'' } else { c });
            }
            Edit::Combining => {
                let composed = out
                    .chars()
                    .next_back()
                    .and_then(|base| unicode_normalization::char::compose(base, c));
                if let Some(comp) = composed {
                    out.pop();
                    out.push(comp);
                } else {
                    out.push(c);
                }
            }
            Edit::Space | Edit::Delete => {}
        }
        map.push(out.len(), next);
    }
    let joins = if changed {
        out.push_str(&text[copied..]);
        wrap_joins(&out, lex)
    } else {
        let joins = wrap_joins(text, lex);
        if joins.is_empty() {
            return Normalized {
                text: Cow::Borrowed(text),
                map,
            };
        }
        out = text.to_string();
        joins
    };
    let mut bytes = out.into_bytes();
    for j in joins {
        bytes[j] = b' ';
    }
    // Replacing ASCII newlines by ASCII spaces keeps the text UTF-8.
    let text = String::from_utf8(bytes).unwrap_or_default();
    Normalized {
        text: Cow::Owned(text),
        map,
    }
}

/// Whether a line starts with a list marker: a bullet, a dash, `1.`, `1)`,
/// `(1)`, `a)`.
pub(crate) fn starts_with_list_marker(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '*' | '-' | '+' | '>') => return true,
        Some('(') => {
            let inner: String = chars.by_ref().take_while(|&c| c != ')').collect();
            return !inner.is_empty()
                && inner.len() <= 3
                && inner.chars().all(|c| c.is_ascii_alphanumeric());
        }
        _ => {}
    }
    let head: String = line
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let after = line[head.len()..].chars().next();
    let numeric = !head.is_empty() && head.len() <= 3 && head.chars().all(|c| c.is_ascii_digit());
    let letter = head.len() == 1 && head.chars().all(|c| c.is_ascii_lowercase());
    (numeric && matches!(after, Some('.' | ')')) && line[head.len() + 1..].starts_with(' '))
        || (letter && after == Some(')'))
}

/// Last word of a line, lowercased, without trailing punctuation.
fn last_word(line: &str) -> String {
    line.trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn first_word(line: &str) -> String {
    line.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase()
}

/// Conjunctions and prepositions that continue a line written in capitals
/// ("MINISTÈRE DE L'ÉCONOMIE / ET DES FINANCES").
const LINKING_WORDS: &[&str] = &[
    "et", "ou", "de", "des", "du", "à", "au", "aux", "pour", "and", "or", "of", "for", "to",
];

/// The byte positions of the newlines in `text` that are soft wraps.
fn wrap_joins(text: &str, lex: &Base) -> Vec<usize> {
    let mut joins = Vec::new();
    if !text.contains('\n') {
        return joins;
    }
    // Lines with their start offsets.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        lines.push((start, line));
        start += line.len() + 1;
    }
    // Width of each block of consecutive non-empty lines, and how many of
    // its lines are full (at least 55% of the width): a hard-wrapped block
    // has several.
    let mut width = vec![0usize; lines.len()];
    let mut full = vec![0usize; lines.len()];
    let mut b = 0;
    while b < lines.len() {
        let mut e = b;
        while e < lines.len() && !lines[e].1.is_empty() {
            e += 1;
        }
        let w = lines[b..e]
            .iter()
            .map(|l| l.1.chars().count())
            .max()
            .unwrap_or(0);
        let f = lines[b..e]
            .iter()
            .filter(|l| l.1.chars().count() * 100 >= w * 55)
            .count();
        for k in b..e {
            width[k] = w;
            full[k] = f;
        }
        b = e + 1;
    }
    for k in 0..lines.len().saturating_sub(1) {
        let (_, l) = lines[k];
        let (_, n) = lines[k + 1];
        if l.is_empty() || n.is_empty() || starts_with_list_marker(n) {
            continue;
        }
        let last = l.chars().next_back().unwrap_or(' ');
        let next_first = n.chars().next().unwrap_or(' ');
        // A closing quotation mark then a lowercase line: the attribution
        // was wrapped ("…instability,\"" / "said Mr. Steiner.").
        if matches!(last, '»' | '”' | '"') && next_first.is_lowercase() {
            joins.push(lines[k].0 + l.len());
            continue;
        }
        // Inside a hard-wrapped block (a width of a terminal or an e-mail,
        // several full lines), a full line that ends a sentence was wrapped
        // too: paragraphs there are separated by blank lines.
        let wrapped_block = k > 0 && full[k] >= 3 && (40..=100).contains(&width[k]);
        if matches!(last, '.' | '!' | '?' | '…' | ';')
            && wrapped_block
            && l.chars().count() * 100 >= width[k] * 80
            && !starts_with_list_marker(n)
        {
            joins.push(lines[k].0 + l.len());
            continue;
        }
        if matches!(last, '.' | '!' | '?' | '…' | ':' | '»' | '”' | '"' | ';') {
            continue;
        }
        let lw = last_word(l);
        let nw = first_word(n);
        let shouting = !l.chars().any(char::is_lowercase);
        let soft = next_first.is_lowercase()
            || last == ','
            || (last == '-' && l.len() > 1)
            || lex.is_any_function_word(&lw)
            || (shouting && LINKING_WORDS.contains(&nw.as_str()))
            || (k > 0
                && full[k] >= 3
                && width[k] >= 40
                && l.chars().count() * 100 >= width[k] * 55);
        if soft {
            joins.push(lines[k].0 + l.len());
        }
    }
    joins
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Base;
    use crate::span::Span;

    fn norm(s: &str) -> String {
        normalize(s, Base::get()).text.into_owned()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(norm($input), $expected, "help: see normalize::classify");
            }
        };
    }

    t!(
        nbsp_before_colon,
        "Genève\u{a0}: «\u{202f}Oui\u{202f}»",
        "Genève : « Oui »"
    );
    t!(crlf, "One.\r\nTwo.\rThree.", "One.\nTwo.\nThree.");
    t!(curly_apostrophe, "l’OIM et l’ONUDC", "l'OIM et l'ONUDC");
    t!(closing_quote_kept, "les ‘bons’ mots", "les ‘bons’ mots");
    t!(dashes, "Genève – 12 mars—fin", "Genève - 12 mars-fin");
    t!(
        soft_hyphen_and_zero_width,
        "coo\u{ad}pé\u{200b}ration",
        "coopération"
    );
    t!(
        collapse_and_indent,
        "   Titre  ici  \n\tsuite",
        "Titre ici suite"
    );
    t!(bullets, "\u{25cf} un\n\u{25e6} deux", "• un\n• deux");
    t!(combining_accent, "Gene\u{300}ve", "Genève");
    t!(unchanged, "Plain text.", "Plain text.");
    t!(
        wrap_lowercase,
        "a long line that\ncontinues here",
        "a long line that continues here"
    );
    t!(
        no_wrap_after_period,
        "First sentence.\nSecond one.",
        "First sentence.\nSecond one."
    );
    t!(
        wrap_function_word,
        "the Economic Community of\nWest African States",
        "the Economic Community of West African States"
    );
    t!(
        no_wrap_before_bullet,
        "Areas of work\n• health",
        "Areas of work\n• health"
    );
    t!(control_chars, "a\u{1}b", "a b");
    t!(
        capitals_continue,
        "MINISTÈRE DES AFFAIRES\nET DU PLAN",
        "MINISTÈRE DES AFFAIRES ET DU PLAN"
    );
    t!(
        headline_then_sentence,
        "Un titre sans point\nUne phrase suit.",
        "Un titre sans point\nUne phrase suit."
    );
    t!(
        caption_credit_kept,
        "A caption line that is rather long (file)\nAGENCY/J. Smith\nA caption line that is rather long (file)",
        "A caption line that is rather long (file)\nAGENCY/J. Smith\nA caption line that is rather long (file)"
    );
    t!(
        hard_wrapped_block,
        "Title\n\nThe agreement, which will be signed at the main\nHeadquarters by the agency's Director General\nKarim Aziz and by the regional Secretary\nGeneral, will focus on building expertise.",
        "Title\n\nThe agreement, which will be signed at the main Headquarters by the agency's Director General Karim Aziz and by the regional Secretary General, will focus on building expertise."
    );

    t!(
        hard_wrapped_sentence_end,
        "Title\n\n\u{201c}I have met mothers in the south who walk for half a day to\nreach a clinic, carrying a child who has not eaten properly for days.\nWe cannot let another lean season turn into a famine, and we will not.\n\nNext paragraph.",
        "Title\n\n\u{201c}I have met mothers in the south who walk for half a day to reach a clinic, carrying a child who has not eaten properly for days. We cannot let another lean season turn into a famine, and we will not.\n\nNext paragraph."
    );

    #[test]
    fn map_points_into_original() {
        let src = "l’OIM\u{a0}: «\u{202f}Oui\u{202f}»";
        let n = normalize(src, Base::get());
        let text = n.text.as_ref();
        let oui = text.find("Oui").unwrap();
        let span = n.map.map_span(Span::new(oui, oui + 3));
        assert_eq!(span.as_str(src), "Oui");
        let whole = n.map.map_span(Span::new(0, text.len()));
        assert_eq!(whole, Span::new(0, src.len()));
    }

    #[test]
    fn crlf_map() {
        let src = "Ab.\r\nCd.";
        let n = normalize(src, Base::get());
        assert_eq!(n.text, "Ab.\nCd.");
        let c = n.text.find('C').unwrap();
        assert_eq!(n.map.map(c), 5);
    }

    #[test]
    fn list_markers() {
        for yes in ["• x", "- x", "1. x", "2) x", "(3) x", "a) x"] {
            assert!(starts_with_list_marker(yes), "{yes}");
        }
        for no in ["Alpha", "2024 was", "1.5 million", "U.S. aid"] {
            assert!(!starts_with_list_marker(no), "{no}");
        }
    }
}
