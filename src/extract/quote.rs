//! Quotes: every quotation and who said it. Quotation marks are paired per
//! paragraph with a stack: « », “ ”, „ “, ‹ ›, ‘ ’ and straight quotes
//! (opening or closing by their neighbours, so that “…" mixes work); nested
//! quotes stay inside the outer one. An unmatched opener ends its quote at
//! the end of the paragraph (the multi-paragraph convention gives one quote
//! per paragraph; an unclosed quote also runs on into following paragraphs
//! that speak in the first person without any quotation mark); an unmatched
//! closer starts its quote at the start of the paragraph. Work is linear:
//! each mark is pushed and popped at most once. Titles and scare quotes
//! (fewer than three words, title-cased names, "the “3 by 5” Initiative")
//! are dropped; a three-word quote needs an attribution. A French
//! attribution inside the marks ("« …, a déclaré X. … »") splits the quote.
//! Speakers come from the attribution after the quote ("…», a-t-elle
//! ajouté", "…,” said X", "…,” X said"), before it ("X a déclaré : «…»",
//! "selon X, «…»", "X said “…”", a previous line ending with "said"), from a
//! "- Name, Title" line after a block of quotes, and from the previous quote
//! (a continuation inherits its speaker). Pronouns and role nouns ("la
//! ministre", "the Director-General") resolve to the last compatible
//! speaker or person, by gender and title; "the agency said" gives the
//! organisation. Reported speech with a clear speaker ("X a souligné que…",
//! "X said that…") is kept apart as indirect.

use crate::extract::org::Orgs;
use crate::extract::person::People;
use crate::extract::{Doc, before, overlapping, within};
use crate::fold::fold;
use crate::lexicon::{Base, LexGender, Refers, TermCue};
use crate::record::{Gender, QuoteKind};
use crate::segment::TokenKind;
use crate::span::Span;
use std::collections::HashMap;

/// Who speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Speaker {
    Person(usize),
    Org(usize),
}

/// A quotation found in a document.
#[derive(Clone, Debug)]
pub(crate) struct QuoteFound {
    /// The quoted words, without the marks.
    pub(crate) content: Span,
    pub(crate) speaker: Option<Speaker>,
    /// The speech verb as written.
    pub(crate) verb: Option<Span>,
    pub(crate) attribution: Option<Span>,
    pub(crate) kind: QuoteKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Guillemet,
    Curly,
    Low,
    SingleGuillemet,
    Straight,
    Single,
}

/// A quotation as the marks delimit it, before filtering.
#[derive(Clone, Copy, Debug)]
struct Raw {
    content: Span,
    /// Whether the quote was closed by its mark.
    closed: bool,
    /// Line index.
    line: usize,
}

/// The lines of a text as spans.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for l in text.split('\n') {
        out.push(Span::new(start, start + l.len()));
        start += l.len() + 1;
    }
    out
}

fn is_opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '-' | ':' | '—' | '«' | '“' | '‘')
    })
}

fn is_closing_context(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '»' | '”' | '…' | '-'
            )
    })
}

/// The open quotation marks of a line, with a count per style so that
/// "is one open?" costs nothing however many are unmatched.
#[derive(Default)]
struct Stack {
    /// (style, content start) of each open mark.
    items: Vec<(Style, usize)>,
    open: [usize; 6],
}

impl Stack {
    fn push(&mut self, style: Style, content_start: usize) {
        self.items.push((style, content_start));
        self.open[style as usize] += 1;
    }

    fn has(&self, style: Style) -> bool {
        self.open[style as usize] > 0
    }

    /// Closes the innermost open mark of one of `styles`, and those opened
    /// after it: its content start. (Each mark is popped once: linear.)
    fn close(&mut self, styles: &[Style]) -> Option<usize> {
        if !styles.iter().any(|&s| self.has(s)) {
            return None;
        }
        let pos = self.items.iter().rposition(|(st, _)| styles.contains(st))?;
        let content_start = self.items[pos].1;
        for (st, _) in self.items.drain(pos..) {
            self.open[st as usize] -= 1;
        }
        Some(content_start)
    }
}

/// Pairs the quotation marks of one line.
fn scan_line(text: &str, line: Span, index: usize, out: &mut Vec<Raw>) {
    let s = line.as_str(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut stack = Stack::default();
    let mut emitted = false;
    for (n, &(i, c)) in chars.iter().enumerate() {
        let prev = n.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(n + 1).map(|x| x.1);
        let after = i + c.len_utf8();
        let open = |style: Style, stack: &mut Stack| stack.push(style, after);
        let close = |styles: &[Style], stack: &mut Stack, out: &mut Vec<Raw>| -> bool {
            let Some(content_start) = stack.close(styles) else {
                return false;
            };
            if stack.items.is_empty() {
                out.push(Raw {
                    content: Span::new(line.start + content_start, line.start + i),
                    closed: true,
                    line: index,
                });
            }
            true
        };
        match c {
            '«' => open(Style::Guillemet, &mut stack),
            '‹' => open(Style::SingleGuillemet, &mut stack),
            '„' => open(Style::Low, &mut stack),
            '“' => {
                if stack.has(Style::Low) && !is_opening_context(prev) {
                    close(&[Style::Low], &mut stack, out);
                } else {
                    open(Style::Curly, &mut stack);
                }
            }
            '»' | '”' | '›' => {
                let styles: &[Style] = match c {
                    '»' => &[Style::Guillemet],
                    '›' => &[Style::SingleGuillemet],
                    _ => &[Style::Curly, Style::Straight, Style::Low],
                };
                let closed = close(styles, &mut stack, out);
                // A closer with no opener: the quote began with the
                // paragraph ("UNHCR is navigating …,” he said").
                if !closed && stack.items.is_empty() && !emitted && c != '›' && i > 0 {
                    out.push(Raw {
                        content: Span::new(line.start, line.start + i),
                        closed: true,
                        line: index,
                    });
                }
            }
            '"' => {
                let has_open = stack.has(Style::Straight) || stack.has(Style::Curly);
                let closing = prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
                let opening = is_opening_context(prev) && next.is_some_and(|x| !x.is_whitespace());
                if has_open && (closing || !opening) {
                    close(&[Style::Straight, Style::Curly], &mut stack, out);
                } else if opening {
                    open(Style::Straight, &mut stack);
                }
            }
            '‘' | '\'' => {
                let opening = is_opening_context(prev) && next.is_some_and(char::is_alphanumeric);
                if opening {
                    open(Style::Single, &mut stack);
                } else if stack.has(Style::Single) && is_closing_context(next) {
                    close(&[Style::Single], &mut stack, out);
                }
            }
            '’' if stack.has(Style::Single) && is_closing_context(next) => {
                close(&[Style::Single], &mut stack, out);
            }
            _ => {}
        }
        emitted = !out.is_empty() && out.last().is_some_and(|r| r.line == index);
    }
    // An unclosed quote runs to the end of the paragraph; an unclosed single
    // quote is an apostrophe.
    if let Some(&(_, content_start)) = stack.items.iter().find(|(st, _)| *st != Style::Single) {
        out.push(Raw {
            content: Span::new(line.start + content_start, line.end),
            closed: false,
            line: index,
        });
    }
}

fn has_quote_mark(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '«' | '»' | '“' | '”' | '„' | '"' | '‹' | '›'))
}

/// Whether a paragraph speaks in the first person.
fn first_person(doc: &Doc, span: Span) -> bool {
    let words: &[&str] = match doc.lang {
        crate::lang::Lang::Fr => &["je", "j'", "nous", "notre", "nos", "moi"],
        crate::lang::Lang::En => &["i", "we", "our", "us", "my"],
    };
    let i = doc.token_from(span.start);
    doc.tokens[i..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .any(|t| t.is_wordlike() && words.contains(&t.as_str(doc.text).to_lowercase().as_str()))
}

/// Finds the quotation spans of the document.
fn raw_quotes(doc: &Doc) -> Vec<Raw> {
    let lines = lines(doc.text);
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if doc.furniture_at(*line).is_some() || line.is_empty() {
            continue;
        }
        scan_line(doc.text, *line, k, &mut out);
    }
    // An unclosed quote runs on into first-person paragraphs without marks.
    let mut extra = Vec::new();
    for r in out.iter().filter(|r| !r.closed) {
        let mut k = r.line + 1;
        let mut taken = 0;
        while k < lines.len() && taken < 6 {
            let l = lines[k];
            let s = l.as_str(doc.text);
            if s.trim().is_empty() {
                k += 1;
                continue;
            }
            if has_quote_mark(s) || doc.furniture_at(l).is_some() || !first_person(doc, l) {
                break;
            }
            extra.push(Raw {
                content: l,
                closed: false,
                line: k,
            });
            taken += 1;
            k += 1;
        }
    }
    out.extend(extra);
    out.sort_by_key(|r| r.content.start);
    out.dedup_by_key(|r| r.content.start);
    out
}

/// Trims spaces from a span.
fn trim(text: &str, span: Span) -> Span {
    let s = span.as_str(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// Token index range of a span.
fn tokens_in(doc: &Doc, span: Span) -> std::ops::Range<usize> {
    let a = doc.token_from(span.start);
    let b = doc.token_from(span.end);
    a..b
}

fn word_count(doc: &Doc, span: Span) -> usize {
    tokens_in(doc, span)
        .filter(|&k| doc.tokens[k].is_wordlike() && doc.word(k).chars().any(char::is_alphanumeric))
        .count()
}

/// A speech verb at token `i`, with the auxiliary and inverted pronoun
/// around it: (first token, last token, pronoun gender when inverted).
#[derive(Clone, Copy, Debug)]
struct Verb {
    first: usize,
    last: usize,
    /// The inverted pronoun ("a-t-elle ajouté", "explique-t-il").
    clitic: Option<Option<Gender>>,
}

fn clitic_gender(w: &str) -> Option<Gender> {
    let w = w
        .trim_start_matches('-')
        .trim_start_matches("t-")
        .to_lowercase();
    match w.as_str() {
        "elle" | "elles" => Some(Gender::Female),
        "il" | "ils" => Some(Gender::Male),
        _ => None,
    }
}

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "has" | "have" | "had" | "would" | "will"
    )
}

/// The speech verb starting at token `i` (an auxiliary, a verb, or the
/// inverted form).
fn verb_at(doc: &Doc, i: usize) -> Option<Verb> {
    let base = Base::get();
    let w = doc.word(i);
    if doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let lower = w.to_lowercase();
    if is_aux(&lower) {
        let mut k = doc.next_token(i)?;
        let mut clitic = None;
        if doc.tokens[k].kind == TokenKind::Clitic {
            clitic = Some(clitic_gender(doc.word(k)));
            k = doc.next_token(k)?;
        }
        // "a vivement déclaré", "has also said".
        if matches!(
            doc.word(k),
            "also" | "aussi" | "encore" | "notamment" | "vivement" | "également" | "further"
        ) {
            k = doc.next_token(k)?;
        }
        return base.speech_verb(doc.lang, doc.word(k)).map(|_| Verb {
            first: i,
            last: k,
            clitic,
        });
    }
    base.speech_verb(doc.lang, w)?;
    let mut last = i;
    let mut clitic = None;
    if let Some(n) = doc.tokens.get(i + 1)
        && n.kind == TokenKind::Clitic
        && n.span.start == doc.tokens[i].span.end
    {
        clitic = Some(clitic_gender(n.as_str(doc.text)));
        last = i + 1;
    }
    Some(Verb {
        first: i,
        last,
        clitic,
    })
}

/// A noun phrase that names a speaker, starting or ending at a token.
#[derive(Clone, Copy, Debug)]
enum Subject {
    Speaker(Speaker),
    Pronoun(Option<Gender>),
    /// A definite description: its folded head ("directeur", "minister").
    Role(usize),
    /// An indefinite description ("a nurse", "une habitante"): someone the
    /// text does not name.
    Unnamed,
}

/// Whether `w` opens an indefinite noun phrase.
fn is_indefinite(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "a" | "an" | "un" | "une" | "one")
}

/// Resolution context shared by the attribution steps.
struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    people: &'a People,
    orgs: &'a Orgs,
    person_mentions: Vec<(Span, usize)>,
    org_mentions: Vec<(Span, usize)>,
}

impl Ctx<'_, '_> {
    fn person_at_token(&self, i: usize) -> Option<usize> {
        overlapping(&self.person_mentions, self.doc.tokens[i].span)
    }

    fn org_at_token(&self, i: usize) -> Option<usize> {
        overlapping(&self.org_mentions, self.doc.tokens[i].span)
    }

    fn pronoun(&self, i: usize) -> Option<Option<Gender>> {
        match self.doc.word(i).to_lowercase().as_str() {
            // "lui", "eux": "selon lui", "pour eux".
            "he" | "il" | "lui" => Some(Some(Gender::Male)),
            "she" | "elle" => Some(Some(Gender::Female)),
            "they" | "ils" | "elles" | "eux" => Some(None),
            _ => None,
        }
    }

    /// The subject that starts at token `i` (after a verb): a person named
    /// within the phrase, a pronoun, a role noun or an organisation.
    fn subject_after(&self, i: usize, limit: usize) -> Option<(Subject, usize)> {
        let doc = self.doc;
        let base = Base::get();
        if let Some(g) = self.pronoun(i) {
            return Some((Subject::Pronoun(g), i));
        }
        if is_indefinite(doc.word(i)) {
            return Some((Subject::Unnamed, i));
        }
        // Scan a short phrase: honorifics, determiners, titles, the name.
        let mut k = i;
        let mut role = None;
        let mut org = None;
        for _ in 0..limit {
            if let Some(p) = self.person_at_token(k) {
                // The attribution runs to the end of the name.
                let mut last = k;
                while let Some(n) = doc
                    .next_token(last)
                    .filter(|&n| self.person_at_token(n) == Some(p))
                {
                    last = n;
                }
                return Some((Subject::Speaker(Speaker::Person(p)), last));
            }
            // "said the agency", "a indiqué l'OMS" — unless a title and a
            // name follow ("said WFP Country Director Lauren Landis").
            if let Some(e) = self.org_at_token(k)
                && role.is_none()
                && org.is_none()
            {
                let before_is_det = k == i
                    || doc.prev_token(k).is_some_and(|p| {
                        matches!(
                            doc.word(p).to_lowercase().as_str(),
                            "the" | "la" | "le" | "l'" | "les"
                        )
                    });
                if before_is_det && k <= i + 2 {
                    org = Some((e, k));
                }
            }
            let w = doc.word(k);
            if doc.tokens[k].kind == TokenKind::Word
                && role.is_none()
                && (base.title(doc.lang, w).is_some() || base.role_noun(doc.lang, w).is_some())
            {
                role = Some(k);
            }
            if stops(doc, k) && k != i {
                break;
            }
            match doc.next_token(k) {
                Some(n) => k = n,
                None => break,
            }
        }
        if let Some((e, at)) = org {
            return Some((Subject::Speaker(Speaker::Org(e)), at));
        }
        role.map(|r| (Subject::Role(r), r))
    }

    /// The subject that ends at token `i` (before a verb).
    fn subject_before(&self, i: usize) -> Option<Subject> {
        let doc = self.doc;
        let base = Base::get();
        if let Some(g) = self.pronoun(i) {
            return Some(Subject::Pronoun(g));
        }
        if let Some(p) = self.person_at_token(i) {
            return Some(Subject::Speaker(Speaker::Person(p)));
        }
        if let Some(e) = self.org_at_token(i) {
            // "la Représentante de l'OMS a salué": the holder of that
            // title at that organisation, when the text names one.
            if let Some(p) = self.title_of_org(i, e) {
                return Some(Subject::Speaker(Speaker::Person(p)));
            }
            return Some(Subject::Speaker(Speaker::Org(e)));
        }
        let w = doc.word(i);
        if base.title(doc.lang, w).is_some() || base.role_noun(doc.lang, w).is_some() {
            // "one West African official", "une habitante du quartier"; "a
            // UNHCR spokesperson" speaks for UNHCR.
            if let Some(article) = self.indefinite_before(i) {
                return Some(match (article + 1..i).find_map(|k| self.org_at_token(k)) {
                    Some(e) => Subject::Speaker(Speaker::Org(e)),
                    None => Subject::Unnamed,
                });
            }
            return Some(Subject::Role(i));
        }
        None
    }

    /// The person holding the title that heads "TITLE de/of ORG" when the
    /// organisation's mention ends at token `i`: "the Director-General of
    /// WHO", "la Représentante de l'OMS".
    fn title_of_org(&self, i: usize, e: usize) -> Option<usize> {
        let doc = self.doc;
        let base = Base::get();
        let mut k = i;
        for _ in 0..12 {
            match doc.prev_token(k) {
                Some(p) if self.org_at_token(p) == Some(e) => k = p,
                _ => break,
            }
        }
        let mut p = doc.prev_token(k)?;
        if matches!(doc.word(p), "l'" | "la" | "le" | "les" | "the") {
            p = doc.prev_token(p)?;
        }
        if !matches!(doc.word(p), "de" | "du" | "des" | "d'" | "of") {
            return None;
        }
        let t = doc.prev_token(p)?;
        let w = doc.word(t);
        base.title(doc.lang, w)?;
        let at = doc.tokens[t].span.start;
        // Someone given that title without an organisation may hold it
        // there: "…, Président en exercice du Conseil" then "le Président
        // du Conseil".
        self.holder_at(at, None, &fold(w), Some(e)).or_else(|| {
            self.holder_at(at, None, &fold(w), None)
                .filter(|&x| self.people.entities[x].org.is_none())
        })
    }

    /// Whether the last person a pronoun before the quote at `start` can
    /// refer to is someone the text does not name: "a woman who arrived in
    /// June said … “…,” she said".
    fn unnamed_referent(&self, start: usize) -> bool {
        let doc = self.doc;
        let base = Base::get();
        let paragraph = doc.line_at(start).span;
        let mut k = doc.token_from(start);
        for _ in 0..60 {
            let Some(p) = doc
                .prev_token(k)
                .filter(|&p| doc.tokens[p].span.start >= paragraph.start)
            else {
                return false;
            };
            if self.person_at_token(p).is_some() {
                return false;
            }
            if matches!(
                base.role_noun(doc.lang, doc.word(p)),
                Some((_, Refers::Someone))
            ) && let Some(article) = self.indefinite_before(p)
            {
                // "Rukhsana Bibi, a farmer from Johi": the someone is named.
                let named = doc
                    .prev_token(article)
                    .filter(|&c| doc.word(c) == ",")
                    .and_then(|c| doc.prev_token(c))
                    .is_some_and(|n| self.person_at_token(n).is_some());
                return !named;
            }
            k = p;
        }
        false
    }

    /// The indefinite article of the phrase the noun at token `i` heads, a
    /// few adjectives before it ("one West African official").
    fn indefinite_before(&self, i: usize) -> Option<usize> {
        let doc = self.doc;
        let base = Base::get();
        let mut k = i;
        for _ in 0..4 {
            let p = doc.prev_token(k)?;
            let w = doc.word(p);
            if is_indefinite(w) {
                return Some(p);
            }
            if doc.tokens[p].kind != TokenKind::Word
                || base.is_function_word(doc.lang, &w.to_lowercase())
                || self.person_at_token(p).is_some()
            {
                return None;
            }
            k = p;
        }
        None
    }

    /// The subject of the clause holding the verb at token `v`: the phrase
    /// right before it, else (after "et/and" or an apposition) the nearest
    /// person or the first noun phrase of the sentence.
    fn clause_subject(&self, v: usize) -> Option<Subject> {
        let doc = self.doc;
        let sentence = doc.sentence_of(v)?;
        let before = doc.prev_token(v).filter(|&p| p >= sentence.tokens.start)?;
        let coordinated = matches!(doc.word(before), "et" | "and");
        if !coordinated {
            if let Some(s) = self.subject_before(before) {
                // "Sylvie Morel, Directrice exécutive de l'ONUSIDA a
                // déclaré": the organisation ends the person's apposition.
                if let Subject::Speaker(Speaker::Org(_)) = s
                    && let Some(p) = (sentence.tokens.start..before)
                        .rev()
                        .find_map(|k| self.person_at_token(k))
                {
                    return Some(Subject::Speaker(Speaker::Person(p)));
                }
                return Some(s);
            }
            // The nearest person before the verb in the sentence.
            for k in (sentence.tokens.start..v).rev() {
                if let Some(p) = self.person_at_token(k) {
                    return Some(Subject::Speaker(Speaker::Person(p)));
                }
            }
        }
        // The first noun phrase of the sentence.
        let mut k = sentence.tokens.start;
        for _ in 0..6 {
            if k >= v {
                break;
            }
            if let Some(s) = self.subject_after(k, 1)
                && !matches!(s.0, Subject::Unnamed)
            {
                return Some(s.0);
            }
            k = doc.next_token(k)?;
        }
        None
    }

    /// Resolves a subject to a speaker, with the speakers of the quotes
    /// before as the preferred antecedents.
    fn resolve(
        &self,
        subject: Subject,
        at: usize,
        previous: &[(usize, Speaker)],
    ) -> Option<Speaker> {
        match subject {
            Subject::Speaker(s) => Some(s),
            Subject::Unnamed => None,
            Subject::Pronoun(g) => self.antecedent(at, g, None, previous),
            Subject::Role(k) => {
                let doc = self.doc;
                let base = Base::get();
                let w = doc.word(k);
                let gender = base
                    .title(doc.lang, w)
                    .and_then(|(g, _)| lex_gender(g))
                    .or_else(|| base.role_noun(doc.lang, w).and_then(|(g, _)| lex_gender(g)));
                if let Some((_, Refers::Someone)) = base.role_noun(doc.lang, w) {
                    // "the farmer": a holder of that title, if the text
                    // names one; else someone it does not name.
                    return self.holder(at, gender, &fold(w));
                }
                if let Some((_, Refers::Organisation)) = base.role_noun(doc.lang, w) {
                    // "the agency": the last organisation named in the
                    // paragraph, else the one named most often so far (the
                    // latest of equals).
                    let paragraph = doc.line_at(at).span;
                    if let Some((_, e)) = before(&self.org_mentions, at)
                        .last()
                        .filter(|(s, _)| s.start >= paragraph.start && s.end <= at)
                    {
                        return Some(Speaker::Org(*e));
                    }
                    let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
                    for (s, e) in before(&self.org_mentions, at).iter().rev().take(LOOKBACK) {
                        if s.end <= at {
                            let c = counts.entry(*e).or_insert((0, s.start));
                            c.0 += 1;
                        }
                    }
                    return counts
                        .into_iter()
                        .max_by_key(|&(_, (n, last))| (n, last))
                        .map(|(e, _)| Speaker::Org(e));
                }
                self.antecedent(at, gender, Some(fold(w)), previous)
            }
        }
    }

    /// The holder of the title `head`, wherever they were introduced: the
    /// last one named before `at`, else the first.
    fn holder(&self, at: usize, gender: Option<Gender>, head: &str) -> Option<Speaker> {
        self.holder_at(at, gender, head, None).map(Speaker::Person)
    }

    /// The holder of the title `head` (at organisation `org`, when given):
    /// the last one named before `at`, else the first.
    fn holder_at(
        &self,
        at: usize,
        gender: Option<Gender>,
        head: &str,
        org: Option<usize>,
    ) -> Option<usize> {
        let compatible = |p: usize| {
            let x = &self.people.entities[p];
            let g_ok = gender.is_none() || x.gender.is_none() || x.gender == gender;
            g_ok && org.is_none_or(|e| x.org == Some(e))
                && x.role.as_ref().is_some_and(|r| {
                    r.heads
                        .iter()
                        .any(|rh| rh.split(' ').any(|w| w == head) || rh == head)
                })
        };
        let holders: Vec<usize> = (0..self.people.entities.len())
            .filter(|&p| compatible(p))
            .collect();
        before(&self.person_mentions, at)
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|(s, p)| s.end <= at && holders.contains(p))
            .map(|(_, p)| *p)
            .or_else(|| holders.first().copied())
    }

    /// The last compatible person before `at`: a recent speaker first, then
    /// the last person mentioned. A role head narrows the choice to people
    /// with that title.
    fn antecedent(
        &self,
        at: usize,
        gender: Option<Gender>,
        head: Option<String>,
        previous: &[(usize, Speaker)],
    ) -> Option<Speaker> {
        if let Some(s) = head.and_then(|h| self.holder(at, gender, &h)) {
            return Some(s);
        }
        let generic = |p: usize| {
            let x = &self.people.entities[p];
            gender.is_none() || x.gender.is_none() || x.gender == gender
        };
        let last_named = before(&self.person_mentions, at)
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|(s, p)| s.end <= at && generic(*p))
            .copied();
        // Someone introduced in the paragraph since the last quote ("Le
        // Directeur, le Dr X, a insisté. « … », a-t-il souligné") comes
        // before the last speaker.
        let paragraph = self.doc.line_at(at).span;
        if let Some((s, p)) = last_named
            && s.start >= paragraph.start
            && previous.last().is_none_or(|(pos, _)| s.start > *pos)
        {
            return Some(Speaker::Person(p));
        }
        if let Some((_, Speaker::Person(p))) = previous.last().filter(|(pos, s)| {
            at.saturating_sub(*pos) < 2000 && matches!(s, Speaker::Person(p) if generic(*p))
        }) {
            return Some(Speaker::Person(*p));
        }
        last_named.map(|(_, p)| Speaker::Person(p))
    }
}

/// Whether token `k` is a period that closes an abbreviation ("Ms.",
/// "M.", "J.") rather than a sentence.
fn abbreviation_period(doc: &Doc, k: usize) -> bool {
    if doc.word(k) != "." || k == 0 {
        return false;
    }
    let prev = doc.tokens[k - 1];
    if prev.span.end != doc.tokens[k].span.start || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.as_str(doc.text);
    let base = Base::get();
    (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || base.honorific(doc.lang, &format!("{w}.")).is_some()
        || base.is_abbreviation(doc.lang, w)
}

/// Whether token `k` ends the clause an attribution can span.
fn stops(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    (matches!(w, "." | ";" | "!" | "?") && !abbreviation_period(doc, k))
        || matches!(w, "«" | "»" | "“" | "”" | "\"")
        || doc.tokens[k].kind == TokenKind::Newline
}

/// How many earlier mentions a pronoun or role noun looks back over.
const LOOKBACK: usize = 500;

fn lex_gender(g: LexGender) -> Option<Gender> {
    match g {
        LexGender::Masculine => Some(Gender::Male),
        LexGender::Feminine => Some(Gender::Female),
        LexGender::Either => None,
    }
}

/// An attribution found next to a quote.
#[derive(Clone, Copy, Debug)]
struct Attribution {
    subject: Option<Subject>,
    verb: Option<(usize, usize)>,
    span: Span,
    /// Where to resolve pronouns from.
    at: usize,
}

/// The attribution that follows a quote ending before token `i`:
/// ", said X", ", X said", "», a-t-elle ajouté", "» a dit X".
fn attribution_after(ctx: &Ctx, i: usize) -> Option<Attribution> {
    let doc = ctx.doc;
    let mut k = if doc.tokens[i].kind == TokenKind::Space {
        doc.next_token(i)?
    } else {
        i
    };
    while matches!(doc.word(k), "," | "»" | "”" | "\"" | "’") {
        k = doc.next_token(k)?;
    }
    if doc.tokens[k].kind == TokenKind::Newline {
        return None;
    }
    // "…security” He expressed": a capitalised pronoun with no comma
    // starts a new sentence.
    let first_char_upper = doc.word(k).chars().next().is_some_and(char::is_uppercase);
    if !matches!(doc.word(doc.prev_token(k).unwrap_or(k)), ",")
        && ctx.pronoun(k).is_some()
        && first_char_upper
    {
        return None;
    }
    let start = doc.tokens[k].span.start;
    // "…”, according to X", "», selon X", "», d'après X".
    if let Some(n) = source_cue(doc, k, false) {
        let subject = ctx.subject_after(n, 12);
        if let Some((s, end)) = subject {
            return Some(Attribution {
                subject: Some(s),
                verb: None,
                span: Span::new(start, doc.tokens[end].span.end),
                at: start,
            });
        }
    }
    // Verb first: "said X", "a déclaré X", "a-t-elle ajouté".
    if let Some(v) = verb_at(doc, k) {
        if let Some(g) = v.clitic {
            return Some(Attribution {
                subject: Some(Subject::Pronoun(g)),
                verb: Some((v.first, v.last)),
                span: Span::new(start, doc.tokens[v.last].span.end),
                at: start,
            });
        }
        let after = doc.next_token(v.last);
        let subject = after.and_then(|a| ctx.subject_after(a, 16));
        let end = subject.map_or(v.last, |(_, e)| e);
        return Some(Attribution {
            subject: subject.map(|s| s.0),
            verb: Some((v.first, v.last)),
            span: Span::new(start, doc.tokens[end].span.end),
            at: start,
        });
    }
    // Subject first: "Ms. Pope said", "she said", "the agency said", "UNODC
    // Regional Representative for South Asia Marco Lindqvist said".
    // (Room for a long apposition: "Prof. X, Principal of the College of
    // Health Sciences at Makerere University, said".)
    let mut j = k;
    for _ in 0..28 {
        if let Some(v) = verb_at(doc, j) {
            let before = doc.prev_token(v.first)?;
            // "« … » pour le pays et rappelé que": the verb of another
            // clause.
            if matches!(doc.word(before), "et" | "and" | "ou" | "or") {
                return None;
            }
            let subject = if is_indefinite(doc.word(k)) {
                Some(Subject::Unnamed)
            } else {
                ctx.subject_before(before)
                    .or_else(|| ctx.subject_after(k, 8).map(|s| s.0))
            };
            return Some(Attribution {
                subject,
                verb: Some((v.first, v.last)),
                span: Span::new(start, doc.tokens[v.last].span.end),
                at: start,
            });
        }
        if stops(doc, j) {
            break;
        }
        j = doc.next_token(j)?;
    }
    None
}

/// The token after a cue that names a source at token `k`: "according
/// to", "selon", "d'après", and "pour" at the head of a clause.
fn source_cue(doc: &Doc, k: usize, clause_head: bool) -> Option<usize> {
    let w = doc.word(k).to_lowercase();
    match w.as_str() {
        // "pour" introduces a speaker only at the head of the sentence or
        // of a clause ("Pour X, …"), never inside a name ("Bureau … pour
        // l'Afrique").
        "pour" if clause_head => doc.next_token(k),
        "selon" => doc.next_token(k),
        "according" => doc
            .next_token(k)
            .filter(|&n| doc.word(n) == "to")
            .and_then(|n| doc.next_token(n)),
        "d'" => doc
            .next_token(k)
            .filter(|&n| doc.word(n).eq_ignore_ascii_case("après"))
            .and_then(|n| doc.next_token(n)),
        _ => None,
    }
}

/// The attribution before a quote opening at token `i` (the mark):
/// "X a déclaré : «", "X said “", "selon X, «", "pour X : «", "X : «", and
/// a previous line that ends with "said" or a colon.
fn attribution_before(ctx: &Ctx, i: usize) -> Option<Attribution> {
    let doc = ctx.doc;
    // `i` is the opening mark, or the space after it.
    let i = if doc.tokens[i].kind == TokenKind::Space {
        doc.prev_token(i)?
    } else {
        i
    };
    let mut k = doc.prev_token(i)?;
    // Across a line break: "Anna Keller, said" / "On women and girls:".
    if doc.tokens[k].kind == TokenKind::Newline {
        while doc.tokens[k].kind == TokenKind::Newline {
            k = doc.prev_token(k)?;
        }
        let w = doc.word(k);
        if !(verb_at(doc, k).is_some() || w == ":") {
            return None;
        }
    }
    let sentence = doc.sentence_of(k)?;
    let floor = sentence.tokens.start;
    // Skip ":", "que", "that", ",".
    let mut j = k;
    while matches!(doc.word(j), ":" | "," | "que" | "qu'" | "that") {
        if j <= floor {
            break;
        }
        j = doc.prev_token(j)?;
    }
    let base = Base::get();
    // The nearest speech verb before the quote in the sentence.
    let mut v = j;
    loop {
        let w = doc.word(v).to_lowercase();
        let clause_head = v == floor
            || doc
                .prev_token(v)
                .is_some_and(|p| matches!(doc.word(p), "," | "«" | "(" | "“"));
        // "selon X, «", "according to X, “", "d'après X, «", "pour X : «".
        let pour = w == "pour" && clause_head;
        let cue = source_cue(doc, v, clause_head);
        if let Some(n) = cue
            && ctx.org_at_token(v).is_none()
            && ctx.person_at_token(v).is_none()
        {
            // The speaker may come after a long title: "Pour le
            // vice-président de la Fédération des … (FEESP), Frédéric Dubé".
            let found = ctx.subject_after(n, 24);
            let subject = found.map(|s| s.0);
            // "Pour sa directrice, Mme X, ce partenariat « … »": a few words
            // may stand between the speaker and the quote.
            let close = found.is_some_and(|(_, end)| {
                doc.next_token(end).is_some_and(|c| doc.word(c) == ",") && k <= end + 12
            });
            if subject.is_some() && (!pour || matches!(doc.word(k), ":" | ",") || close) {
                return Some(Attribution {
                    subject,
                    verb: None,
                    span: Span::new(doc.tokens[v].span.start, doc.tokens[k].span.end),
                    at: doc.tokens[v].span.start,
                });
            }
        }
        // "have been told to move to “…”": a passive verb does not
        // introduce its subject's words.
        let passive = doc.prev_token(v).is_some_and(|p| {
            matches!(
                doc.word(p).to_lowercase().as_str(),
                "been" | "being" | "is" | "are" | "was" | "were" | "be" | "été" | "être"
            )
        });
        if !passive && base.speech_verb(doc.lang, doc.word(v)).is_some() {
            // The auxiliary before a participle belongs to the verb.
            let first = doc
                .prev_token(v)
                .filter(|&p| is_aux(&doc.word(p).to_lowercase()) && p >= floor)
                .unwrap_or(v);
            // "“…”, a souligné M. X, … . “…”": the inverted attribution of
            // the quote before, whose subject follows the verb.
            let is_close = |p: usize| matches!(doc.word(p), "»" | "”" | "\"");
            let inverted = doc.prev_token(first).is_some_and(|p| {
                is_close(p) || (doc.word(p) == "," && doc.prev_token(p).is_some_and(is_close))
            });
            let subject = inverted
                .then(|| {
                    verb_at(doc, first)
                        .and_then(|vb| vb.clitic.map(Subject::Pronoun))
                        .or_else(|| {
                            doc.next_token(v)
                                .and_then(|a| ctx.subject_after(a, 16))
                                .map(|s| s.0)
                        })
                })
                .flatten()
                .or_else(|| ctx.clause_subject(first))
                // "Interrogé sur le projet, X se veut clair : «": a
                // participle opening the sentence, whose subject follows.
                .or_else(|| {
                    (v + 1..k)
                        .find_map(|t| ctx.person_at_token(t))
                        .map(|p| Subject::Speaker(Speaker::Person(p)))
                });
            return Some(Attribution {
                subject,
                verb: Some((first, v)),
                span: Span::new(doc.tokens[first].span.start, doc.tokens[k].span.end),
                at: doc.tokens[first].span.start,
            });
        }
        if v <= floor {
            break;
        }
        v = doc.prev_token(v)?;
    }
    // "Pour Paul Henry, Directeur général adjoint : "…"", "X : «…»".
    if doc.word(k) == ":" {
        let subject = ctx.clause_subject(k);
        if let Some(Subject::Speaker(_)) = subject {
            return Some(Attribution {
                subject,
                verb: None,
                span: Span::new(doc.tokens[floor].span.start, doc.tokens[k].span.end),
                at: doc.tokens[floor].span.start,
            });
        }
    }
    None
}

/// Splits a quote at a French attribution inside its marks: "«A, a déclaré
/// X. B»" gives A and B, both said by X.
fn split_inside(ctx: &Ctx, content: Span) -> Vec<(Span, Option<Attribution>)> {
    let doc = ctx.doc;
    let range = tokens_in(doc, content);
    for k in range.clone() {
        if doc.word(k) != "," {
            continue;
        }
        let Some(n) = doc.next_token(k).filter(|&n| n < range.end) else {
            continue;
        };
        let Some(v) = verb_at(doc, n) else { continue };
        // The attribution ends at the next full stop inside the quote
        // ("Mme X." is not one), within a clause's length (20 words: the
        // search is bounded, so that a long quote stays linear).
        let Some(period) = (v.last + 1..range.end.min(v.last + 64))
            .find(|&p| matches!(doc.word(p), "." | "!" | "?") && stops(doc, p))
        else {
            continue;
        };
        if word_count(
            doc,
            Span::new(doc.tokens[v.last].span.end, doc.tokens[period].span.start),
        ) > 20
        {
            continue;
        }
        let subject = match v.clitic {
            Some(g) => Some(Subject::Pronoun(g)),
            None => doc
                .next_token(v.last)
                .and_then(|a| ctx.subject_after(a, period - v.last))
                .map(|s| s.0),
        };
        let first = Span::new(content.start, doc.tokens[k].span.start);
        let second = Span::new(doc.tokens[period].span.end, content.end);
        let attr = Attribution {
            subject,
            verb: Some((v.first, v.last)),
            span: Span::new(doc.tokens[n].span.start, doc.tokens[period].span.start),
            at: doc.tokens[n].span.start,
        };
        let mut out = vec![(trim(doc.text, first), Some(attr))];
        if word_count(doc, second) > 0 {
            out.push((trim(doc.text, second), Some(attr)));
        }
        return out;
    }
    vec![(content, None)]
}

/// Whether the quote names a title or a term rather than words said:
/// title-cased words, a name after it ("the “3 by 5” Initiative"), or a
/// word such as "entitled" before it.
fn is_title(doc: &Doc, content: Span) -> bool {
    let base = Base::get();
    let words: Vec<&str> = tokens_in(doc, content)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .map(|k| doc.word(k))
        .collect();
    let content_words: Vec<&&str> = words
        .iter()
        .filter(|w| !base.is_any_function_word(&w.to_lowercase()))
        .collect();
    if words.len() <= 6
        && !content_words.is_empty()
        && content_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return true;
    }
    // The word before the opening mark.
    let opener = doc.prev_token(doc.token_from(content.start));
    let before = opener
        .and_then(|o| doc.prev_token(o))
        .filter(|&p| doc.tokens[p].kind == TokenKind::Word);
    let after = doc.token_from(content.end);
    if let Some(n) = doc.next_token(after) {
        let w = doc.word(n);
        let title_noun = doc.tokens[n].kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_uppercase);
        let before_det = before.is_some_and(|p| {
            matches!(
                doc.word(p).to_lowercase().as_str(),
                "the" | "le" | "la" | "les" | "l'" | "du" | "des"
            )
        });
        if title_noun && before_det && words.len() <= 6 {
            return true;
        }
    }
    opener.is_some_and(|o| named_by_cue(doc, o))
}

/// Whether the words before the opening mark at token `opener` make the
/// quotation a name: "intitulé « … »", "le rapport « … »", "le thème
/// retenu cette année, « … »" (see `data/term_cues.tsv`).
fn named_by_cue(doc: &Doc, opener: usize) -> bool {
    let base = Base::get();
    let mut k = opener;
    for _ in 0..6 {
        let Some(p) = doc.prev_token(k) else {
            return false;
        };
        let w = doc.word(p);
        if w == "," {
            k = p;
            continue;
        }
        if doc.tokens[p].kind != TokenKind::Word {
            return false;
        }
        match base.term_cue(doc.lang, w) {
            Some(TermCue::Name) => return true,
            Some(TermCue::Definite) => {
                return doc.prev_token(p).is_some_and(|d| {
                    matches!(
                        doc.word(d).to_lowercase().as_str(),
                        "the"
                            | "this"
                            | "its"
                            | "their"
                            | "our"
                            | "le"
                            | "la"
                            | "l'"
                            | "les"
                            | "du"
                            | "au"
                            | "ce"
                            | "cet"
                            | "cette"
                            | "son"
                            | "sa"
                            | "leur"
                            | "notre"
                    )
                });
            }
            Some(TermCue::Bridge) => k = p,
            None => return false,
        }
    }
    false
}

/// Whether the quote opens inside a sentence, after a word ("move to
/// “temporary protected areas”"): words the sentence uses, which say
/// nothing of a speaker unless an attribution names one.
fn embedded(doc: &Doc, piece: Span) -> bool {
    let Some(mark) = doc.prev_token(doc.token_from(piece.start)) else {
        return false;
    };
    if !has_quote_mark(doc.word(mark)) {
        return false;
    }
    doc.prev_token(mark).is_some_and(|b| {
        doc.tokens[b].is_wordlike()
            && doc.word(b).chars().any(char::is_alphanumeric)
            && Base::get().speech_verb(doc.lang, doc.word(b)).is_none()
    })
}

/// The speaker the sentence before introduces, for a quote opening its own
/// paragraph or sentence: the sentence before has a speech verb whose
/// subject is a person, or reports a person's view ("Pour X, …", "Selon
/// X, …", "According to X, …").
fn introduced_by(ctx: &Ctx, piece: Span, previous: &[(usize, Speaker)]) -> Option<Speaker> {
    let doc = ctx.doc;
    let opener = doc.prev_token(doc.token_from(piece.start))?;
    let mut p = doc.prev_token(opener)?;
    while doc.tokens[p].kind == TokenKind::Newline {
        p = doc.prev_token(p)?;
    }
    let line = doc.line_at(doc.tokens[opener].span.start).span;
    let opens_line = doc.text[line.start..doc.tokens[opener].span.start]
        .trim()
        .is_empty();
    let after_sentence = doc.word(p) == "." && !abbreviation_period(doc, p);
    if !(after_sentence || (opens_line && matches!(doc.word(p), "." | ":"))) {
        return None;
    }
    let sentence = doc.sentence_of(p)?;
    if let Some(n) = source_cue(doc, sentence.tokens.start, true)
        && let Some((Subject::Speaker(s @ Speaker::Person(_)), end)) = ctx.subject_after(n, 24)
        && doc.next_token(end).is_some_and(|c| doc.word(c) == ",")
    {
        return Some(s);
    }
    let v = sentence
        .tokens
        .clone()
        .find(|&k| verb_at(doc, k).is_some())?;
    match ctx.clause_subject(v)? {
        s @ (Subject::Speaker(Speaker::Person(_)) | Subject::Pronoun(_)) => {
            ctx.resolve(s, doc.tokens[v].span.start, previous)
        }
        _ => None,
    }
}

/// Finds the quotes of a document and their speakers.
pub(crate) fn find(doc: &Doc, people: &People, orgs: &Orgs) -> Vec<QuoteFound> {
    let ctx = Ctx {
        doc,
        people,
        orgs,
        person_mentions: people.mentions(),
        org_mentions: orgs.mentions(),
    };
    let raws = raw_quotes(doc);
    let mut quotes: Vec<QuoteFound> = Vec::new();
    let mut previous: Vec<(usize, Speaker)> = Vec::new();
    // The line of the last quote kept.
    let mut last_line: Option<usize> = None;
    // The unclosed quotes without a speaker whose paragraphs run on into
    // the next quote ("“A¶“B,” he said": A is said by him too).
    let mut chain: Vec<usize> = Vec::new();
    // Per quote: whether its speaker was only inherited or guessed from
    // the paragraphs before (a signature after it wins).
    let mut guessed: Vec<bool> = Vec::new();
    for raw in raws {
        let content = trim(doc.text, raw.content);
        if content.is_empty() {
            continue;
        }
        for (piece, inside) in split_inside(&ctx, content) {
            let words = word_count(doc, piece);
            if words < 3 || is_title(doc, piece) {
                continue;
            }
            let open_tok = doc.token_from(piece.start).saturating_sub(1);
            let close_tok = doc.token_from(piece.end);
            let attr = inside
                .or_else(|| {
                    (close_tok < doc.tokens.len())
                        .then(|| attribution_after(&ctx, close_tok))
                        .flatten()
                })
                .or_else(|| attribution_before(&ctx, open_tok));
            let mut speaker =
                attr.and_then(|a| a.subject.and_then(|s| ctx.resolve(s, a.at, &previous)));
            // A pronoun after someone unnamed ("a woman … “…,” she said").
            if attr.is_some_and(|a| matches!(a.subject, Some(Subject::Pronoun(_))))
                && ctx.unnamed_referent(piece.start)
            {
                speaker = None;
            }
            // A verb with no subject ("», a indiqué .") names the last person.
            if speaker.is_none() && attr.is_some_and(|a| a.subject.is_none() && a.verb.is_some()) {
                speaker = ctx.antecedent(piece.start, None, None, &previous);
            }
            let embedded = embedded(doc, piece);
            // A continuation inherits the previous speaker: same paragraph,
            // or the next one with nobody else named between.
            if speaker.is_none()
                && attr.is_none()
                && !embedded
                && let Some(&(pos, s)) = previous.last()
            {
                let between = Span::new(pos.min(piece.start), piece.start);
                let other_named = within(&ctx.person_mentions, between)
                    .iter()
                    .any(|(m, p)| Speaker::Person(*p) != s && m.start > pos);
                let near = last_line.is_some_and(|l| raw.line <= l + 3);
                if near && !other_named {
                    speaker = Some(s);
                }
            }
            // A paragraph that opens with a quote, after a paragraph that
            // ends by reporting someone's words ("X said the region could
            // no longer wait.¶“…").
            let introduced = speaker.is_none() && attr.is_none() && !embedded;
            if introduced {
                speaker = introduced_by(&ctx, piece, &previous);
            }
            if speaker.is_none() && attr.is_none() && words == 3 {
                continue;
            }
            let verb = attr
                .and_then(|a| a.verb)
                .map(|(f, l)| Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end));
            if let Some(s) = speaker {
                previous.push((piece.end, s));
            }
            let continues = last_line.is_some_and(|l| raw.line <= l + 3);
            if let Some(s) = speaker.filter(|_| continues) {
                for &q in &chain {
                    quotes[q].speaker = Some(s);
                }
            }
            if !continues || speaker.is_some() {
                chain.clear();
            }
            if speaker.is_none() && !raw.closed {
                chain.push(quotes.len());
            }
            last_line = Some(raw.line);
            // Without an attribution of its own, the speaker is inherited
            // or guessed: a signature after the quote wins.
            guessed.push(attr.is_none() && speaker.is_some());
            quotes.push(QuoteFound {
                content: piece,
                speaker,
                verb,
                attribution: attr.map(|a| a.span),
                kind: QuoteKind::Direct,
            });
        }
    }
    signed_after(&ctx, &mut quotes, &guessed);
    quotes.extend(indirect(&ctx, &quotes));
    quotes.sort_by_key(|q| q.content.start);
    quotes
}

/// "- Name, Title" on a line after a block of quotes signs them.
/// Quotes whose speaker was only inherited or `guessed` from the
/// paragraphs before take the signature's.
fn signed_after(ctx: &Ctx, quotes: &mut [QuoteFound], guessed: &[bool]) {
    let doc = ctx.doc;
    let lines = lines(doc.text);
    for (q, _) in quotes
        .iter_mut()
        .zip(guessed)
        .filter(|(q, g)| q.speaker.is_none() || **g)
    {
        let line = lines.partition_point(|l| l.end < q.content.end);
        for l in lines.iter().skip(line + 1).take(8) {
            let s = l.as_str(doc.text).trim();
            if s.is_empty() {
                continue;
            }
            if s.starts_with('-') || s.starts_with('—') {
                let person = within(&ctx.person_mentions, *l).first().map(|(_, p)| *p);
                if let Some(p) = person {
                    q.speaker = Some(Speaker::Person(p));
                }
                break;
            }
            // Other quotes and short headers ("On the crisis:") may sit
            // between the quote and its signature.
            if !(has_quote_mark(s) || s.ends_with(':')) {
                break;
            }
        }
    }
}

/// Reported speech: a sentence "X a souligné que …" / "X said that …"
/// without quotation marks, whose speaker is a named person.
fn indirect(ctx: &Ctx, direct: &[QuoteFound]) -> Vec<QuoteFound> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        if doc.furniture_at(sentence.span).is_some()
            || has_quote_mark(sentence.span.as_str(doc.text))
            || direct.iter().any(|q| q.content.overlaps(sentence.span))
        {
            continue;
        }
        for k in sentence.tokens.clone() {
            let Some(v) = verb_at(doc, k) else { continue };
            // "said that", "said in a statement that", "a indiqué lundi que".
            let mut that = None;
            let mut n = v.last;
            for _ in 0..6 {
                let Some(x) = doc.next_token(n).filter(|&x| x < sentence.tokens.end) else {
                    break;
                };
                if matches!(doc.word(x), "que" | "qu'" | "that") {
                    that = Some(x);
                    break;
                }
                if !doc.tokens[x].is_wordlike() {
                    break;
                }
                n = x;
            }
            let Some(that) = that else {
                continue;
            };
            let Some(before) = doc.prev_token(v.first) else {
                continue;
            };
            // A named person or organisation, or a description of one
            // ("the organisation said that ...").
            let Some(speaker) = ctx.subject_before(before).and_then(|s| match s {
                Subject::Pronoun(_) => None,
                other => ctx.resolve(other, doc.tokens[before].span.start, &[]),
            }) else {
                continue;
            };
            let Some(start) = doc.next_token(that) else {
                continue;
            };
            let content = trim(
                doc.text,
                Span::new(doc.tokens[start].span.start, sentence.span.end),
            );
            let content = Span::new(
                content.start,
                content.end - content.as_str(doc.text).len()
                    + content
                        .as_str(doc.text)
                        .trim_end_matches(['.', '!', '?'])
                        .len(),
            );
            if word_count(doc, content) < 3 {
                continue;
            }
            out.push(QuoteFound {
                content,
                speaker: Some(speaker),
                verb: Some(Span::new(
                    doc.tokens[v.first].span.start,
                    doc.tokens[v.last].span.end,
                )),
                attribution: Some(Span::new(
                    doc.tokens[before].span.start,
                    doc.tokens[v.last].span.end,
                )),
                kind: QuoteKind::Indirect,
            });
            break;
        }
    }
    let _ = ctx.orgs;
    out
}

/// The quotes as records, with spans mapped by `map`.
pub(crate) fn records(
    doc: &Doc,
    original: &str,
    quotes: &[QuoteFound],
    people: &People,
    orgs: &Orgs,
    map: &dyn Fn(Span) -> Span,
) -> Vec<crate::record::Quote> {
    quotes
        .iter()
        .map(|q| {
            let span = map(q.content);
            let (speaker, speaker_kind) = match q.speaker {
                Some(Speaker::Person(p)) => (
                    Some(people.entities[p].name.clone()),
                    Some(crate::record::SpeakerKind::Person),
                ),
                Some(Speaker::Org(e)) => (
                    Some(crate::extract::org::view(doc, orgs, e).name),
                    Some(crate::record::SpeakerKind::Organisation),
                ),
                None => (None, None),
            };
            crate::record::Quote {
                text: span.as_str(original).to_string(),
                speaker,
                speaker_kind,
                verb: q.verb.map(|v| map(v).as_str(original).to_string()),
                kind: q.kind,
                spans: vec![span],
                attribution: q.attribution.map(map),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (k, line) in lines(text).iter().enumerate() {
            scan_line(text, *line, k, &mut out);
        }
        out.iter()
            .map(|r| r.content.as_str(text).to_string())
            .collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, [$($q:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<String> = vec![$($q.to_string()),*];
                assert_eq!(raw($input), want, "help: see quote::scan_line");
            }
        };
    }

    t!(guillemets, "« Oui, merci », dit-il.", [" Oui, merci "]);
    t!(curly, "“We will,” she said.", ["We will,"]);
    t!(
        low_nine,
        "„Wir schaffen das“ sagte sie.",
        ["Wir schaffen das"]
    );
    t!(
        mixed,
        "“Partnership is key,\" he said.",
        ["Partnership is key,"]
    );
    t!(straight, "\"We are ready\", said X.", ["We are ready"]);
    t!(
        nested,
        "« Il a dit “non” hier », a-t-elle dit.",
        [" Il a dit “non” hier "]
    );
    t!(
        unclosed_runs_to_line_end,
        "« Début sans fin\nAutre ligne.",
        [" Début sans fin"]
    );
    t!(
        closer_without_opener,
        "Navigating hard waters,” he said.",
        ["Navigating hard waters,"]
    );
    t!(
        apostrophe_is_not_quote,
        "the migrants’ rights and l'OIM",
        []
    );
    t!(
        single_curly,
        "the ‘Guardian for Life’ movement",
        ["Guardian for Life"]
    );
    t!(many_unmatched, "« « « « « a", [" « « « « a"]);
}
