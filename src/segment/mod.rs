//! Tokens: the third stage. [`tokenize`] cuts a text into lossless tokens
//! with byte spans (concatenating the tokens gives back the text), starting
//! from the Unicode word boundaries of `unicode-segmentation` and adjusting
//! them for press releases: URLs and e-mail addresses stay whole; French
//! elisions (`l'`, `d'`, `qu'`, `jusqu'`) are split from their word; inverted
//! clitics (`a-t-elle`, `dit-il`, `-t-on`) become a word and a clitic;
//! hyphenated compounds (`Jean-Claude`, `COVID-19`) are one word; numbers
//! grouped by spaces (`2 000 000`) are one number; dotted acronyms (`U.S.`)
//! keep their final period; a sentence glued to the next (`fin.Début`) is
//! split. Sentences and paragraphs are in [`sentence`].

pub mod sentence;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Lang;
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or periods
    /// (`OIM`, `Jean-Claude`, `U.S.`, `COVID-19`).
    Word,
    /// Digits, possibly with separators (`2 000`, `577,6`, `15.03.2012`).
    Number,
    /// A French elided article, pronoun or conjunction with its apostrophe
    /// (`l'`, `qu'`, `jusqu'`).
    Elision,
    /// An inverted subject pronoun (`-t-elle`, `-il`) or an English
    /// possessive (`'s`).
    Clitic,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// Punctuation or a symbol.
    Punct,
    /// Horizontal whitespace.
    Space,
    /// A line break.
    Newline,
}

/// A token: its kind and its byte span in the tokenised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Where the token lies in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        self.span.as_str(text)
    }

    /// Whether the token is a word, a number, an elision or a clitic (not
    /// punctuation or space).
    pub fn is_wordlike(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Elision | TokenKind::Clitic
        )
    }

    /// Whether the token is whitespace.
    pub fn is_space(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::Newline)
    }
}

/// French elided words, lowercase, without their apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

/// French subject pronouns that follow a verb after a hyphen.
const CLITIC_PRONOUNS: &[&str] = &[
    "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu",
];

/// Cuts `text` into tokens; see the module documentation.
///
/// ```
/// use communique::{segment::{tokenize, TokenKind}, Lang};
/// let text = "« Oui », a-t-elle dit à l'OIM.";
/// let tokens = tokenize(text, Lang::Fr);
/// let words: Vec<&str> = tokens.iter()
///     .filter(|t| t.is_wordlike())
///     .map(|t| t.as_str(text))
///     .collect();
/// assert_eq!(words, ["Oui", "a", "-t-elle", "dit", "à", "l'", "OIM"]);
/// assert_eq!(tokens.iter().map(|t| t.as_str(text)).collect::<String>(), text);
/// ```
pub fn tokenize(text: &str, lang: Lang) -> Vec<Token> {
    let mut raw = Vec::with_capacity(text.len() / 3);
    let mut last = 0;
    for (span, kind) in links(text) {
        if span.start < last {
            continue;
        }
        segment_words(text, last, span.start, &mut raw);
        raw.push(Token { span, kind });
        last = span.end;
    }
    segment_words(text, last, text.len(), &mut raw);
    merge(text, raw, lang)
}

/// The URLs ("https://…", "www.…") and e-mail addresses of `text`, in
/// order, found by scanning for "://", "www." and "@" and extending over the
/// characters such addresses use: linear, and no regex over every word.
fn links(text: &str) -> Vec<(Span, TokenKind)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let url_char =
        |b: u8| !(b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'"')) && b.is_ascii();
    let word_start = |i: usize| i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
    // URLs.
    let mut starts: Vec<usize> = text
        .match_indices("://")
        .chain(text.match_indices("www."))
        .chain(text.match_indices("WWW."))
        .map(|(i, _)| i)
        .collect();
    starts.sort_unstable();
    let mut from = 0;
    for at in starts {
        if at < from {
            continue;
        }
        let start = if text[at..].starts_with("://") {
            // Back over the scheme: "http", "https".
            let scheme = text[..at]
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
                continue;
            }
            at - scheme.len()
        } else {
            at
        };
        let mut end = start;
        while end < bytes.len() && url_char(bytes[end]) {
            end += 1;
        }
        let end = start + trim_url_end(&text[start..end]);
        if end > start + 4 && word_start(start) {
            out.push((Span::new(start, end), TokenKind::Url));
        }
        from = end.max(at + 3);
    }
    // E-mail addresses.
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let domain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    for (at, _) in text.match_indices('@') {
        let mut start = at;
        while start > 0 && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && bytes[end - 1] == b'.' {
            end -= 1;
        }
        let host = &text[at + 1..end];
        if start < at && host.contains('.') && !host.starts_with('.') {
            out.push((Span::new(start, end), TokenKind::Email));
        }
    }
    out.sort_by_key(|(s, _)| s.start);
    out
}

/// Length of a URL match without the sentence punctuation that ends it.
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    while let Some(c) = url[..end].chars().next_back() {
        if matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
        ) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Appends the word-boundary segments of `text[from..to]` to `out`.
fn segment_words(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    if from >= to {
        return;
    }
    for (i, seg) in text[from..to].split_word_bound_indices() {
        let start = from + i;
        let kind = classify(seg);
        if kind == TokenKind::Word && seg.contains('.') {
            split_glued_sentence(seg, start, out);
        } else {
            out.push(Token {
                span: Span::new(start, start + seg.len()),
                kind,
            });
        }
    }
}

fn classify(seg: &str) -> TokenKind {
    let first = seg.chars().next().unwrap_or(' ');
    if first == '\n' {
        TokenKind::Newline
    } else if first.is_whitespace() {
        TokenKind::Space
    } else if seg.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if seg.chars().any(|c| c.is_ascii_digit() || c.is_numeric()) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// Splits `fin.Début` (a missing space after a period) into three tokens,
/// keeping `U.S`, `S.E` and `about.com` whole.
fn split_glued_sentence(seg: &str, start: usize, out: &mut Vec<Token>) {
    let mut piece_start = 0;
    for (i, _) in seg.match_indices('.') {
        let before = &seg[piece_start..i];
        let after = &seg[i + 1..];
        let next_word: &str = after.split('.').next().unwrap_or("");
        let capitalised_word = next_word.chars().next().is_some_and(char::is_uppercase)
            && next_word.chars().count() >= 2
            && next_word.chars().any(char::is_lowercase);
        if capitalised_word && !before.is_empty() {
            out.push(Token {
                span: Span::new(start + piece_start, start + i),
                kind: classify(before),
            });
            out.push(Token {
                span: Span::new(start + i, start + i + 1),
                kind: TokenKind::Punct,
            });
            piece_start = i + 1;
        }
    }
    let rest = &seg[piece_start..];
    out.push(Token {
        span: Span::new(start + piece_start, start + seg.len()),
        kind: classify(rest),
    });
}

/// Applies the merges and splits that word boundaries do not give.
fn merge(text: &str, raw: Vec<Token>, lang: Lang) -> Vec<Token> {
    let s = |t: &Token| t.as_str(text);
    let mut out: Vec<Token> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let t = raw[i];
        // Inverted clitic: verb '-' ['t' '-'] pronoun.
        if lang == Lang::Fr
            && s(&t) == "-"
            && i + 1 < raw.len()
            && let Some(end) = clitic_end(text, &raw, i)
        {
            out.push(Token {
                span: Span::new(t.span.start, raw[end].span.end),
                kind: TokenKind::Clitic,
            });
            i = end + 1;
            continue;
        }
        // "a t-il" written without the first hyphen.
        if lang == Lang::Fr
            && s(&t) == "t"
            && out.last().is_some_and(|p| p.kind == TokenKind::Space)
            && i + 2 < raw.len()
            && s(&raw[i + 1]) == "-"
            && CLITIC_PRONOUNS.contains(&s(&raw[i + 2]).to_lowercase().as_str())
        {
            out.push(Token {
                span: Span::new(t.span.start, raw[i + 2].span.end),
                kind: TokenKind::Clitic,
            });
            i += 3;
            continue;
        }
        // Hyphenated compound: word-like '-' word-like, no spaces.
        if s(&t) == "-"
            && out
                .last()
                .is_some_and(|p| matches!(p.kind, TokenKind::Word | TokenKind::Number))
            && i + 1 < raw.len()
            && matches!(raw[i + 1].kind, TokenKind::Word | TokenKind::Number)
            && !(out.last().is_some_and(|p| p.kind == TokenKind::Number)
                && raw[i + 1].kind == TokenKind::Number)
        {
            let prev = out.pop().unwrap_or(t);
            let next = raw[i + 1];
            out.push(Token {
                span: Span::new(prev.span.start, next.span.end),
                kind: TokenKind::Word,
            });
            i += 2;
            continue;
        }
        // Dotted acronym keeps its final period: "U.S" "." -> "U.S."
        if s(&t) == "."
            && out
                .last()
                .is_some_and(|p| p.kind == TokenKind::Word && is_dotted_acronym(s(p)))
        {
            if let Some(prev) = out.last_mut() {
                prev.span.end = t.span.end;
            }
            i += 1;
            continue;
        }
        // Numbers grouped by spaces: "2" " " "000" -> "2 000".
        if t.kind == TokenKind::Number
            && is_group_of_three(s(&t))
            && out.len() >= 2
            && out[out.len() - 1].kind == TokenKind::Space
            && s(&out[out.len() - 1]) == " "
            && out[out.len() - 2].kind == TokenKind::Number
            && starts_number_group(s(&out[out.len() - 2]))
        {
            out.pop();
            if let Some(prev) = out.last_mut() {
                prev.span.end = t.span.end;
            }
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Word {
            split_apostrophes(text, t, lang, &mut out);
        } else {
            out.push(t);
        }
        i += 1;
    }
    out
}

/// If `raw[i]` is the hyphen of an inverted clitic, the index of its last
/// token.
fn clitic_end(text: &str, raw: &[Token], i: usize) -> Option<usize> {
    let s = |k: usize| raw.get(k).map(|t| t.as_str(text).to_lowercase());
    let prev_is_word = i > 0 && raw[i - 1].kind == TokenKind::Word;
    if !prev_is_word {
        return None;
    }
    if s(i + 1).as_deref() == Some("t") && s(i + 2).as_deref() == Some("-") {
        let p = s(i + 3)?;
        return CLITIC_PRONOUNS.contains(&p.as_str()).then_some(i + 3);
    }
    let p = s(i + 1)?;
    let followed_by_hyphen = s(i + 2).as_deref() == Some("-");
    (CLITIC_PRONOUNS.contains(&p.as_str()) && !followed_by_hyphen).then_some(i + 1)
}

fn is_dotted_acronym(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn is_group_of_three(w: &str) -> bool {
    w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit())
}

fn starts_number_group(w: &str) -> bool {
    // "2", "75", "360" or an already grouped "2 000".
    let head = w.split(' ').next().unwrap_or("");
    (1..=3).contains(&head.len()) && w.bytes().all(|b| b.is_ascii_digit() || b == b' ')
}

/// Whether `N'Guesso`, `N'Djamena` or `M'Bow` is a name, not an elision:
/// an uppercase `N` or `M` before a capitalised word.
fn is_name_apostrophe(head: &str, tail: &str) -> bool {
    matches!(head, "N" | "M") && tail.chars().next().is_some_and(char::is_uppercase)
}

/// Pushes a word token, split at a French elision (`l'OIM`) or before an
/// English possessive (`UNDP's`).
fn split_apostrophes(text: &str, t: Token, lang: Lang, out: &mut Vec<Token>) {
    let w = t.as_str(text);
    if let Some(pos) = w.find('\'') {
        let head = &w[..pos];
        let tail = &w[pos + 1..];
        match lang {
            Lang::Fr
                if !tail.is_empty()
                    && ELISIONS.contains(&head.to_lowercase().as_str())
                    && !is_name_apostrophe(head, tail) =>
            {
                let cut = t.span.start + pos + 1;
                out.push(Token {
                    span: Span::new(t.span.start, cut),
                    kind: TokenKind::Elision,
                });
                // The rest may hold another elision: "jusqu'à l'" is rare.
                split_apostrophes(
                    text,
                    Token {
                        span: Span::new(cut, t.span.end),
                        kind: TokenKind::Word,
                    },
                    lang,
                    out,
                );
                return;
            }
            Lang::En if tail.eq_ignore_ascii_case("s") && !head.is_empty() => {
                let cut = t.span.start + pos;
                out.push(Token {
                    span: Span::new(t.span.start, cut),
                    kind: TokenKind::Word,
                });
                out.push(Token {
                    span: Span::new(cut, t.span.end),
                    kind: TokenKind::Clitic,
                });
                return;
            }
            _ => {}
        }
    }
    out.push(t);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str, lang: Lang) -> Vec<(&str, TokenKind)> {
        tokenize(text, lang)
            .into_iter()
            .filter(|t| !t.is_space())
            .map(|t| (t.as_str(text), t.kind))
            .collect()
    }

    fn words(text: &str, lang: Lang) -> Vec<&str> {
        toks(text, lang).into_iter().map(|(w, _)| w).collect()
    }

    macro_rules! t {
        ($name:ident, $lang:expr, $input:expr, [$($w:expr),*]) => {
            #[test]
            fn $name() {
                let got = words($input, $lang);
                let want: Vec<&str> = vec![$($w),*];
                assert_eq!(got, want, "help: see segment::merge");
                let joined: String = tokenize($input, $lang)
                    .iter()
                    .map(|t| t.as_str($input))
                    .collect();
                assert_eq!(joined, $input, "tokens must reassemble the text");
            }
        };
    }

    t!(
        elision,
        Lang::Fr,
        "l'OIM et d'autres",
        ["l'", "OIM", "et", "d'", "autres"]
    );
    t!(jusqu, Lang::Fr, "jusqu'au bout", ["jusqu'", "au", "bout"]);
    t!(
        inverted,
        Lang::Fr,
        "a-t-elle ajouté",
        ["a", "-t-elle", "ajouté"]
    );
    t!(inverted_short, Lang::Fr, "dit-il", ["dit", "-il"]);
    t!(
        missing_hyphen,
        Lang::Fr,
        "a t-il ajouté",
        ["a", "t-il", "ajouté"]
    );
    t!(
        compound_name,
        Lang::Fr,
        "Jean-Paul Mabiala",
        ["Jean-Paul", "Mabiala"]
    );
    t!(covid, Lang::En, "COVID-19 cases", ["COVID-19", "cases"]);
    t!(year_range, Lang::En, "2020-2024", ["2020", "-", "2024"]);
    t!(
        thousands,
        Lang::Fr,
        "2 000 000 personnes et 26 et 27",
        ["2 000 000", "personnes", "et", "26", "et", "27"]
    );
    t!(year_not_grouped, Lang::Fr, "en 5 2024", ["en", "5", "2024"]);
    t!(
        acronym,
        Lang::En,
        "the U.S. and S.E. Diallo",
        ["the", "U.S.", "and", "S.E.", "Diallo"]
    );
    t!(
        glued,
        Lang::Fr,
        "rurale.Mariam Touré",
        ["rurale", ".", "Mariam", "Touré"]
    );
    t!(
        glued_honorific,
        Lang::Fr,
        "M.Dubois a dit",
        ["M", ".", "Dubois", "a", "dit"]
    );
    t!(
        domain,
        Lang::En,
        "About.com Health",
        ["About.com", "Health"]
    );
    t!(possessive, Lang::En, "UNDP's week", ["UNDP", "'s", "week"]);
    t!(
        english_name_apostrophe,
        Lang::En,
        "O'Brien said",
        ["O'Brien", "said"]
    );
    t!(
        url,
        Lang::Fr,
        "sur http://www.imerys.com. Fin",
        ["sur", "http://www.imerys.com", ".", "Fin"]
    );
    t!(
        email,
        Lang::En,
        "E-mail: media@redcross.org.au or",
        ["E-mail", ":", "media@redcross.org.au", "or"]
    );
    t!(
        name_apostrophe,
        Lang::Fr,
        "Kouassi N'Guessan à N'Djamena",
        ["Kouassi", "N'Guessan", "à", "N'Djamena"]
    );
    t!(decimal, Lang::Fr, "577,6 m", ["577,6", "m"]);
    t!(
        numeric_date,
        Lang::Fr,
        "15.03.2012 - ODG",
        ["15.03.2012", "-", "ODG"]
    );

    #[test]
    fn kinds() {
        let got = toks("l'OIM, 2 000 a-t-il", Lang::Fr);
        let kinds: Vec<TokenKind> = got.iter().map(|t| t.1).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Elision,
                TokenKind::Word,
                TokenKind::Punct,
                TokenKind::Number,
                TokenKind::Word,
                TokenKind::Clitic
            ]
        );
    }

    #[test]
    fn newline_is_its_own_token() {
        let t = tokenize("a\nb", Lang::En);
        assert_eq!(t[1].kind, TokenKind::Newline);
    }
}
