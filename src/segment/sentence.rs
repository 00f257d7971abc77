//! Sentences and paragraphs. [`sentences`] groups tokens into sentences: a
//! line break always ends one (the normaliser has already joined hard-wrapped
//! lines, so the breaks left are real), and `.`, `!`, `?` or `…` end one when
//! a space and a capital, digit, quotation mark or bullet follow, unless the
//! period closes an abbreviation of the language (`M.`, `Mme.`, `Dr.`,
//! `St.`, `p. ex.`, `No.`, `Jan.`), an initial (`Robert J. Hale`) or a
//! lone list number (`1.`). Closing quotation marks and brackets after the
//! final punctuation stay in the sentence. Every line is a paragraph.

use std::ops::Range;

use crate::lang::Lang;
use crate::lexicon::Base;
use crate::segment::{Token, TokenKind};
use crate::span::Span;

/// A sentence: its span and its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first to the last non-space token of the sentence.
    pub span: Span,
    /// Indices of the sentence's tokens in the token slice, without the
    /// surrounding whitespace.
    pub tokens: Range<usize>,
    /// Index of the paragraph (line) the sentence is in, from 0.
    pub paragraph: usize,
}

/// Splits `tokens` (from [`crate::segment::tokenize`] over `text`) into
/// sentences; see the module documentation.
///
/// ```
/// use communique::{segment::{tokenize, sentence::sentences}, Lang};
/// let text = "M. Li a parlé. Il a remercié le pape.\nFin";
/// let tokens = tokenize(text, Lang::Fr);
/// let s: Vec<&str> = sentences(text, &tokens, Lang::Fr)
///     .iter()
///     .map(|s| s.span.as_str(text))
///     .collect();
/// assert_eq!(s, ["M. Li a parlé.", "Il a remercié le pape.", "Fin"]);
/// ```
pub fn sentences(text: &str, tokens: &[Token], lang: Lang) -> Vec<Sentence> {
    let base = Base::get();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |from: usize, to: usize, paragraph: usize, out: &mut Vec<Sentence>| {
        // `to` is exclusive; trim trailing whitespace tokens.
        let mut end = to;
        while end > from && tokens[end - 1].is_space() {
            end -= 1;
        }
        if end > from {
            out.push(Sentence {
                span: Span::new(tokens[from].span.start, tokens[end - 1].span.end),
                tokens: from..end,
                paragraph,
            });
        }
    };
    while i < tokens.len() {
        let t = tokens[i];
        if t.kind == TokenKind::Newline {
            if let Some(s) = start.take() {
                push(s, i, paragraph, &mut out);
            }
            paragraph += 1;
            i += 1;
            continue;
        }
        if t.is_space() {
            i += 1;
            continue;
        }
        let s = *start.get_or_insert(i);
        let w = t.as_str(text);
        if t.kind == TokenKind::Punct && is_terminal(w) {
            // Swallow further terminal marks and closing quotes/brackets,
            // possibly after one space ("fin. »").
            let mut end = i + 1;
            loop {
                match tokens.get(end) {
                    Some(n)
                        if n.kind == TokenKind::Punct
                            && (is_terminal(n.as_str(text)) || is_closing(n.as_str(text))) =>
                    {
                        end += 1
                    }
                    Some(n)
                        if n.kind == TokenKind::Space
                            && tokens.get(end + 1).is_some_and(|q| {
                                q.kind == TokenKind::Punct
                                    && is_closing(q.as_str(text))
                                    && !tokens.get(end + 2).is_some_and(|r| r.is_wordlike())
                            }) =>
                    {
                        end += 2
                    }
                    _ => break,
                }
            }
            if ends_sentence(text, tokens, s, i, end, lang, base) {
                push(s, end, paragraph, &mut out);
                start = None;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        push(s, tokens.len(), paragraph, &mut out);
    }
    out
}

fn is_terminal(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | "…")
}

fn is_closing(w: &str) -> bool {
    matches!(w, "»" | "”" | "\"" | "’" | "'" | ")" | "]" | "›")
}

/// Whether the terminal mark at `mark` (the sentence started at `start`,
/// the marks and closers end before `end`) ends the sentence.
fn ends_sentence(
    text: &str,
    tokens: &[Token],
    start: usize,
    mark: usize,
    end: usize,
    lang: Lang,
    base: &Base,
) -> bool {
    // What follows: a space, then a token that can start a sentence.
    match tokens.get(end) {
        None => return true,
        Some(t) if t.kind == TokenKind::Newline => return true,
        Some(t) if t.kind != TokenKind::Space => return false,
        _ => {}
    }
    let Some(next) = tokens[end..].iter().find(|t| !t.is_space()) else {
        return true;
    };
    if next.kind == TokenKind::Newline {
        return true;
    }
    let nw = next.as_str(text);
    let first = nw.chars().next().unwrap_or(' ');
    let starts = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '«' | '“' | '"' | '‘' | '(' | '[' | '•' | '-' | '¿' | '¡'
        );
    if !starts {
        return false;
    }
    if tokens[mark].as_str(text) != "." {
        return true;
    }
    // The word before the period.
    let Some(prev) = tokens[start..mark].iter().rev().find(|t| !t.is_space()) else {
        return false;
    };
    if prev.span.end != tokens[mark].span.start {
        return true;
    }
    let pw = prev.as_str(text);
    // (Two are enough to know: a sentence that never ends must not make
    // this quadratic.)
    let only_marker = tokens[start..mark]
        .iter()
        .filter(|t| !t.is_space())
        .take(2)
        .count()
        == 1;
    if only_marker && (prev.kind == TokenKind::Number || pw.chars().count() == 1) {
        return false;
    }
    if prev.kind == TokenKind::Word {
        let single_capital = pw.chars().count() == 1 && first_is_upper(pw);
        if single_capital || base.is_abbreviation(lang, pw) {
            return false;
        }
    }
    true
}

fn first_is_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        let tokens = tokenize(text, lang);
        sentences(text, &tokens, lang)
            .iter()
            .map(|s| s.span.as_str(text))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $lang:expr, $input:expr, [$($s:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($s),*];
                assert_eq!(split($input, $lang), want, "help: see data/abbreviations.*.txt");
            }
        };
    }

    t!(
        basic,
        Lang::En,
        "One. Two! Three? Four",
        ["One.", "Two!", "Three?", "Four"]
    );
    t!(
        honorific,
        Lang::En,
        "Ms. Berg said so. Mr. Conti agreed.",
        ["Ms. Berg said so.", "Mr. Conti agreed."]
    );
    t!(
        initial,
        Lang::En,
        "Robert J. Hale spoke.",
        ["Robert J. Hale spoke."]
    );
    t!(
        french_abbrev,
        Lang::Fr,
        "Mme. Lambert et M. Li. Fin.",
        ["Mme. Lambert et M. Li.", "Fin."]
    );
    t!(
        closing_quote,
        Lang::Fr,
        "« C'est fini. » Il part.",
        ["« C'est fini. »", "Il part."]
    );
    t!(
        curly_close,
        Lang::En,
        "“It is done.” She left.",
        ["“It is done.”", "She left."]
    );
    t!(
        lowercase_next,
        Lang::En,
        "about 1.5 million. and more",
        ["about 1.5 million. and more"]
    );
    t!(
        newline_ends,
        Lang::En,
        "Headline\nBody text.",
        ["Headline", "Body text."]
    );
    t!(
        list_number,
        Lang::Fr,
        "1. La session s'est tenue.",
        ["1. La session s'est tenue."]
    );
    t!(ellipsis, Lang::En, "Wait… Then go.", ["Wait…", "Then go."]);
    t!(
        no_space,
        Lang::En,
        "States…States are",
        ["States…States are"]
    );

    #[test]
    fn paragraphs_count_lines() {
        let text = "Alpha.\n\nBeta. Gamma.";
        let tokens = tokenize(text, Lang::En);
        let s = sentences(text, &tokens, Lang::En);
        let paras: Vec<usize> = s.iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 2, 2]);
    }
}
