//! People: names, roles and affiliations. A name is a run of capitalised
//! words (with initials, particles such as "de" or "ben", and names in
//! capitals like "Modou DIOP"), kept when something says it is a person: an
//! honorific before it (M., Mme, Dr, S.E., H.E.), a title in apposition on
//! either side ("La Directrice générale de l'OMS, Claire Martin", "Claire Martin,
//! Directrice générale de l'OIM", "IOM Director General William Lacy
//! Swing"), a known first name, or a speech verb next to it ("said X", "X a
//! déclaré"). Titles are parsed by a small grammar over the title lexicons
//! (modifiers, heads, "and", complements with "of/de ..."): an organisation
//! in the complement or before the title is the affiliation, and a role in
//! an organ ("Président de la Commission de l'UEMOA") is a role in its
//! parent. Later short mentions ("Mme Pope", "Pope", "Dr Tedros") join the
//! full name. Gender comes from honorifics, titles and first names. Contact
//! blocks give the people they list; photo credits and other boilerplate
//! give none.

use std::collections::HashMap;

use crate::boilerplate::BoilerplateKind;
use crate::extract::Doc;
use crate::extract::org::{Orgs, in_headline_case, word_bounded};
use crate::fold::fold;
use crate::gazetteer::Class;
use crate::lang::Lang;
use crate::lexicon::{Base, HeadRole, LexGender, TitleClass};
use crate::record::Gender;
use crate::segment::TokenKind;
use crate::span::Span;

/// Lowercase particles that can sit inside a name.
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "ben", "bin", "binti", "binte",
    "ibn", "al", "el", "dos", "das", "do", "du", "ould", "y", "le", "la",
];

/// "al-Saoud", "el-Sisi", "ben-Ali": a particle joined to a name.
fn is_particle_compound(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        matches!(p, "al" | "el" | "ben" | "bin" | "ibn" | "abu" | "ould")
            && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// A role held by a person.
#[derive(Clone, Debug)]
pub(crate) struct Role {
    /// The title as written, without determiners, transient words or the
    /// organisation.
    pub(crate) text: String,
    /// The organisation entity of the complement or prefix.
    pub(crate) org: Option<usize>,
    /// A political office (minister, president of a country, king).
    pub(crate) political: bool,
    /// Only descriptive occupations (expert, journalist).
    pub(crate) generic: bool,
    /// A country or nationality qualifies the title ("Kenya's Cabinet
    /// Secretary", "the European Commissioner"): the office belongs to
    /// that state, not to an organisation of the text.
    pub(crate) qualified: bool,
    pub(crate) gender: LexGender,
    /// Folded head words ("directrice", "minister"), for coreference.
    pub(crate) heads: Vec<String>,
    /// Whether the role was read on the first line (a headline or caption).
    pub(crate) first_line: bool,
    /// The whole title phrase, complements included.
    pub(crate) span: Span,
    /// Organisations named as a minister's portfolio ("Minister of
    /// International Development and La Francophonie"): not mentions.
    pub(crate) portfolio: Vec<Span>,
    /// A name the complement gives to an organisation no other stage found
    /// ("présidente-directrice générale d'Hydrelis"): the caller registers
    /// it as the role's organisation once the person is accepted.
    pub(crate) named_org: Option<Span>,
}

/// One person of a document.
#[derive(Clone, Debug)]
pub(crate) struct PersonEntity {
    pub(crate) name: String,
    /// Folded name words.
    pub(crate) words: Vec<String>,
    pub(crate) role: Option<Role>,
    pub(crate) org: Option<usize>,
    pub(crate) gender: Option<Gender>,
    pub(crate) mentions: Vec<Span>,
    pub(crate) aliases: Vec<String>,
    /// Every role read for the person, before one is chosen.
    candidates: Vec<Role>,
}

/// The people of a document.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub(crate) entities: Vec<PersonEntity>,
}

impl People {
    /// Every mention as `(span, person)`, in text order.
    pub(crate) fn mentions(&self) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(p, x)| x.mentions.iter().map(move |s| (*s, p)))
            .collect();
        all.sort_by_key(|(s, _)| s.start);
        all
    }

    /// The spans of every title read for a person, as `(span, person)` in
    /// text order ("Président de la République du Sénégal").
    pub(crate) fn role_spans(&self) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(p, x)| x.candidates.iter().map(move |r| (r.span, p)))
            .collect();
        all.sort_by_key(|(s, _)| s.start);
        all
    }
}

/// Whether `word` is a known first name (used by other stages to tell a
/// person from an unknown organisation).
pub(crate) fn starts_with_first_name(word: &str) -> bool {
    Base::get().first_name(word).is_some()
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// A name found in the text before grouping.
#[derive(Clone, Debug)]
struct Found {
    span: Span,
    gender: Option<Gender>,
    roles: Vec<Role>,
    org: Option<usize>,
    /// Whether an honorific or a title stands right before the name.
    anchored: bool,
}

/// Per-token facts the name finder needs.
struct Marks {
    /// Token is inside an organisation, place or wire name, a title unit,
    /// or boilerplate other than a contact block.
    blocked: Vec<bool>,
    /// Token is a one-word place name ("Sofia", "Holland"), which a first
    /// name next to it makes a person's name.
    lone_place: Vec<bool>,
    /// Token is inside a contact block.
    contact: Vec<bool>,
}

fn marks(doc: &Doc, orgs: &Orgs) -> Marks {
    let n = doc.tokens.len();
    let mut blocked = vec![false; n];
    let mut lone_place = vec![false; n];
    let mut contact = vec![false; n];
    // Marks the tokens from `k` that start before `end`.
    let fill = |mut k: usize, end: usize, marks: &mut Vec<bool>| {
        while k < n && doc.tokens[k].span.start < end {
            marks[k] = true;
            k += 1;
        }
    };
    // The hits are sorted: a cursor finds their tokens in one pass.
    let mut k = 0;
    for h in &doc.hits {
        while k < n && doc.tokens[k].span.start < h.span.start {
            k += 1;
        }
        let place = doc.gazetteer.entries[h.entry].class == Class::Place;
        if place && doc.tokens.get(k).is_some_and(|t| t.span == h.span) {
            lone_place[k] = true;
        } else if doc
            .tokens
            .get(k)
            .is_some_and(|t| t.span.contains(h.span) && t.span != h.span)
        {
            // A name inside a hyphenated word: "Rosso-Giordan",
            // "Ahenakew-Bird" are surnames.
        } else {
            fill(k, h.span.end, &mut blocked);
        }
    }
    for (span, _) in orgs.mentions() {
        fill(doc.token_from(span.start), span.end, &mut blocked);
    }
    for f in &doc.furniture {
        let marks = if f.kind == BoilerplateKind::Contact {
            &mut contact
        } else {
            &mut blocked
        };
        fill(doc.token_from(f.span.start), f.span.end, marks);
        // A photo credit inside a contact block names no contact.
        if f.kind == BoilerplateKind::Contact {
            let mut pos = f.span.start;
            while pos < f.span.end {
                let line = doc.line_at(pos).span;
                if let Some(at) = crate::boilerplate::credit_in_line(line.as_str(doc.text)) {
                    fill(doc.token_from(line.start + at), line.end, &mut blocked);
                }
                pos = line.end + 1;
            }
        }
    }
    Marks {
        blocked,
        lone_place,
        contact,
    }
}

/// Where a name starts when a style borne as a given name precedes it:
/// "Cheikh Tidiane Mbengue", "El Hadji Malick Ndiaye", and "Dr Cheikh
/// Fall" (after another honorific, the style can only be a name); not
/// "Cheikh Fall" alone, which is the style.
fn given_style_start(doc: &Doc, first: usize, last: usize) -> usize {
    let words = (first..=last)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    let base = Base::get();
    let adjacent = |p: usize, n: usize| doc.tokens[p].span.end + 1 >= doc.tokens[n].span.start;
    let Some(p) = doc.prev_token(first).filter(|&p| {
        doc.tokens[p].kind == TokenKind::Word && is_capitalised(doc.word(p)) && adjacent(p, first)
    }) else {
        return first;
    };
    // One word ("Cheikh") or two ("El Hadji").
    let two = doc
        .prev_token(p)
        .filter(|&q| doc.tokens[q].kind == TokenKind::Word && adjacent(q, p))
        .map(|q| {
            (
                q,
                Span::new(doc.tokens[q].span.start, doc.tokens[p].span.end),
            )
        });
    let given = |form: &str| base.honorific(doc.lang, form).is_some_and(|h| h.given);
    let start = match two {
        Some((q, span)) if given(span.as_str(doc.text)) => q,
        _ if given(doc.word(p)) => p,
        _ => return first,
    };
    if words >= 2 || honorifics_before(doc, start).is_some() {
        start
    } else {
        first
    }
}

/// Whether token `i` can be part of a name.
fn name_word(doc: &Doc, marks: &Marks, i: usize) -> bool {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word || marks.blocked[i] {
        return false;
    }
    let w = doc.word(i);
    let base = Base::get();
    if !is_capitalised(w) {
        return false;
    }
    if marks.lone_place[i] {
        // "Sofia Berg", "Linda Holland": a place next to a first name.
        let before = doc
            .prev_token(i)
            .filter(|&p| doc.tokens[p].span.end + 1 >= doc.tokens[i].span.start);
        let after = next_on_line(doc, i);
        let named = |k: Option<usize>| {
            k.is_some_and(|k| !marks.lone_place[k] && base.first_name(doc.word(k)).is_some())
        };
        let capital_after = after.is_some_and(|k| {
            doc.tokens[k].kind == TokenKind::Word
                && is_capitalised(doc.word(k))
                && !marks.blocked[k]
        });
        // "la Dre France Thériault": after an honorific, a place before
        // another name word is a given name.
        let given = capital_after && honorifics_before(doc, i).is_some();
        return named(before) || ((base.first_name(w).is_some() || given) && capital_after);
    }
    // "Colm Byrne TD": post-nominal letters end the name.
    if postnominal_at(doc, i) {
        return false;
    }
    let lower = w.to_lowercase();
    let full_calendar_word = w.chars().count() >= 4 && base.is_calendar_word(w);
    // "Secretary-General", "Vice-President": a title of titles.
    let hyphenated_title = w.contains('-')
        && w.split('-')
            .all(|part| !part.is_empty() && base.title(doc.lang, part).is_some());
    if base.is_function_word(doc.lang, &lower)
        || full_calendar_word
        || hyphenated_title
        || base.title(doc.lang, w).is_some()
        || base.honorific(doc.lang, w).is_some()
        || base.org_head(doc.lang, w).is_some()
        || doc.gazetteer.demonym(w).is_some()
        || base.speech_verb(doc.lang, w).is_some()
    {
        // A first name that is also a title counts when it is not used as
        // one: after an honorific and before another name ("S.E.M. Pape
        // Oumar Diop"), where "H.E. President William Ruto" has no first
        // name in the title's place.
        let given = || {
            honorifics_before(doc, i).is_some()
                && next_on_line(doc, i).is_some_and(|k| {
                    doc.tokens[k].kind == TokenKind::Word && is_capitalised(doc.word(k))
                })
        };
        return base.first_name(w).is_some() && (base.title(doc.lang, w).is_none() || given());
    }
    if is_all_caps(w) && in_capitals_line(doc, i) {
        return false;
    }
    true
}

fn in_capitals_line(doc: &Doc, i: usize) -> bool {
    doc.line_at(doc.tokens[i].span.start).capitals
}

/// Whether token `i` is an initial ("J" followed by a glued ".").
fn initial_at(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].kind == TokenKind::Word
        && w.chars().count() == 1
        && is_capitalised(w)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.as_str(doc.text) == "." && t.span.start == doc.tokens[i].span.end)
}

/// The runs of name words, as (first, last) token indices.
fn name_runs(doc: &Doc, marks: &Marks) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        // "W. M. Chandrika Herath": initials open a name when a name word
        // follows them.
        // (Four initials at most: a longer chain is no name, and the scan
        // stays linear.)
        let mut lead = i;
        for _ in 0..4 {
            if !(initial_at(doc, lead) && honorific_at(doc, lead).is_none()) {
                break;
            }
            match next_on_line(doc, lead + 1) {
                Some(n) => lead = n,
                None => break,
            }
        }
        let initials_first = lead > i && name_word(doc, marks, lead) && !initial_at(doc, lead);
        if !initials_first && (!name_word(doc, marks, i) || initial_at(doc, i)) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        // After initials, the run goes on from their period.
        let mut k = if initials_first { i + 1 } else { i };
        // Step over one space (not a line break).
        while let Some(n) = next_on_line(doc, k) {
            let w = doc.word(n);
            if initial_at(doc, n) {
                // "J." then a name word.
                match next_on_line(doc, n + 1) {
                    Some(m) if name_word(doc, marks, m) => {
                        last = m;
                        k = m;
                        continue;
                    }
                    _ => break,
                }
            }
            if name_word(doc, marks, n) {
                last = n;
                k = n;
                continue;
            }
            if is_particle_compound(w) && !marks.blocked[n] {
                last = n;
                k = n;
                continue;
            }
            let particle = |x: usize| PARTICLES.contains(&doc.word(x).to_lowercase().as_str());
            if particle(n)
                && let Some(m) = next_on_line(doc, n)
                    // Two particles: "van den Broeck", "de la Cruz".
                    .and_then(|m| {
                        if particle(m) {
                            next_on_line(doc, m)
                        } else {
                            Some(m)
                        }
                    })
                    .filter(|&m| name_word(doc, marks, m) || is_particle_compound(doc.word(m)))
            {
                last = m;
                k = m;
                continue;
            }
            // A title word or a speech verb as a surname after a first
            // name: "Claire Martin", "Jean-Robert Estimé".
            if is_capitalised(w)
                && !marks.blocked[n]
                && doc.tokens[n].kind == TokenKind::Word
                && Base::get().first_name(doc.word(k)).is_some()
                && (Base::get().title(doc.lang, w).is_some()
                    || Base::get().honorific(doc.lang, w).is_some()
                    || (Base::get().speech_verb(doc.lang, w).is_some() && !is_all_caps(w)))
                && next_on_line(doc, n).is_none_or(|m| {
                    let mw = doc.word(m);
                    !is_prep(doc.lang, mw)
                        && (doc.tokens[m].kind != TokenKind::Word || !is_capitalised(mw))
                })
            {
                last = n;
                k = n;
                continue;
            }
            // "Kouassi- N'Guessan": a hyphen glued to the name, then a name.
            if w == "-"
                && doc.tokens[n].span.start == doc.tokens[k].span.end
                && let Some(m) = next_on_line(doc, n).filter(|&m| name_word(doc, marks, m))
            {
                last = m;
                k = m;
                continue;
            }
            break;
        }
        // A name starts at a first name when the run has a word before it
        // that is not one ("State Robert J. Hale"), unless an honorific
        // says where the name starts ("S.E. M. Bola Ahmed Tinubu").
        let mut first = first;
        let after_honorific = honorifics_before(doc, first).is_some() || initials_first;
        // "Komlan Edem AGBODJAN": given names before a surname in capitals
        // are all names, known or not.
        let caps_surname = is_all_caps(doc.word(last))
            && doc.word(last).chars().count() > 1
            && !is_all_caps(doc.word(first));
        if let Some(f) = (first + 1..=last).filter(|_| !after_honorific).find(|&k| {
            doc.tokens[k].kind == TokenKind::Word && Base::get().first_name(doc.word(k)).is_some()
        }) && Base::get().first_name(doc.word(first)).is_none()
            && f < last
            // (Unless an honorific ends there: "Son Excellence Macky SALL".)
            && (!caps_surname || honorifics_before(doc, f).is_some())
        {
            first = f;
        }
        // In a headline every word is capitalised: "H.E. Dr TOURAY Signs"
        // ends the name where capitals stop.
        // A surname in capitals after given names ends the name there:
        // "Essi Ablavi MENSAH, Chargée de communication" (a contact line
        // reads like a headline).
        if in_headline_case(doc, doc.tokens[first].span.start) {
            let caps = is_all_caps(doc.word(first));
            let word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
            if caps {
                if let Some(cut) =
                    (first + 1..=last).find(|&k| word(k) && !is_all_caps(doc.word(k)))
                {
                    last = doc.prev_token(cut).unwrap_or(first).max(first);
                }
            } else if let Some(surname) =
                (first + 1..=last).find(|&k| word(k) && is_all_caps(doc.word(k)))
            {
                // "Emmanuel MBARGA ESSOMBA": every surname in capitals.
                let mut end = surname;
                while let Some(n) = next_on_line(doc, end).filter(|&n| {
                    n <= last
                        && word(n)
                        && is_all_caps(doc.word(n))
                        && doc.word(n).chars().count() > 1
                }) {
                    end = n;
                }
                last = end;
            }
        }
        let first = given_style_start(doc, first, last);
        // "Chief Plant Biosecurity Officer", "Chief Procurement Officer":
        // capitalised words between two title words are the title's field,
        // not a name (unless a first name says otherwise).
        let title_word = |k: Option<usize>| {
            k.is_some_and(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    && Base::get().title(doc.lang, doc.word(k)).is_some()
            })
        };
        let inside_title = title_word(doc.prev_token(first).filter(|&p| {
            doc.tokens[p].span.end < doc.tokens[first].span.start
                && next_on_line(doc, p) == Some(first)
        })) && title_word(next_on_line(doc, last))
            && Base::get().first_name(doc.word(first)).is_none();
        if !inside_title {
            runs.push((first, last));
        }
        i = last + 1;
    }
    runs
}

/// The next token after `i` on the same line, skipping one space.
fn next_on_line(doc: &Doc, i: usize) -> Option<usize> {
    let n = i + 1;
    let t = doc.tokens.get(n)?;
    match t.kind {
        TokenKind::Space => {
            let m = n + 1;
            doc.tokens.get(m).filter(|u| !u.is_space()).map(|_| m)
        }
        TokenKind::Newline => None,
        _ => Some(n),
    }
}

/// The honorifics right before token `first`: (first honorific token,
/// gender).
fn honorifics_before(doc: &Doc, first: usize) -> Option<(usize, Option<Gender>)> {
    let base = Base::get();
    let mut start = first;
    let mut gender = None;
    let mut found = false;
    while let Some(mut end) = doc.prev_token(start) {
        // "Lt. Gen. (Retd) X", "Lt Gen (R) X": a retired rank in brackets.
        if doc.word(end) == ")" {
            let inner = doc.prev_token(end);
            let open = inner.and_then(|i| doc.prev_token(i));
            if let (Some(i), Some(o)) = (inner, open)
                && doc.word(o) == "("
                && (doc.word(i) == "R" || base.honorific(doc.lang, doc.word(i)).is_some())
            {
                start = o;
                continue;
            }
        }
        // "M." is "M" then ".": look at the word before the period.
        let mut with_period = false;
        if doc.word(end) == "." {
            with_period = true;
            match end.checked_sub(1) {
                Some(p) if doc.tokens[p].kind == TokenKind::Word => end = p,
                _ => break,
            }
        }
        let mut matched = None;
        for words in (1..=base.honorific_words).rev() {
            let mut s = end;
            let mut count = 1;
            while count < words {
                match doc.prev_token(s) {
                    Some(p) if doc.tokens[p].is_wordlike() || doc.word(p) == "." => {
                        s = p;
                        if doc.tokens[p].is_wordlike() {
                            count += 1;
                        }
                    }
                    _ => break,
                }
            }
            if count < words {
                continue;
            }
            let text_end = if with_period {
                doc.tokens[end + 1].span.end
            } else {
                doc.tokens[end].span.end
            };
            let form = Span::new(doc.tokens[s].span.start, text_end).as_str(doc.text);
            let h = base.honorific(doc.lang, form).or_else(|| {
                // "Dr." listed as "Dr", "S.E." as written.
                with_period
                    .then(|| base.honorific(doc.lang, form.trim_end_matches('.')))
                    .flatten()
            });
            if let Some(h) = h {
                matched = Some((s, h));
                break;
            }
        }
        let Some((s, h)) = matched else { break };
        found = true;
        if gender.is_none() {
            gender = match h.gender {
                LexGender::Masculine => Some(Gender::Male),
                LexGender::Feminine => Some(Gender::Female),
                LexGender::Either => None,
            };
        }
        start = s;
        // "l'honorable": skip the elided article too.
        if let Some(p) = doc.prev_token(start)
            && doc.tokens[p].kind == TokenKind::Elision
        {
            start = p;
        }
    }
    found.then_some((start, gender))
}

/// The honorific starting at token `i` ("Dr", "Mr.", "H.E."), if any.
fn honorific_at(doc: &Doc, i: usize) -> Option<crate::lexicon::Honorific> {
    let base = Base::get();
    let w = doc.word(i);
    let with_period = doc
        .tokens
        .get(i + 1)
        .filter(|t| t.as_str(doc.text) == "." && t.span.start == doc.tokens[i].span.end)
        .map(|t| Span::new(doc.tokens[i].span.start, t.span.end).as_str(doc.text));
    with_period
        .and_then(|f| base.honorific(doc.lang, f))
        .or_else(|| base.honorific(doc.lang, w))
}

/// Whether token `i` is post-nominal letters after a name word: "TD" in
/// "Colm Byrne TD", "MP" in "Rachel Whitford MP".
fn postnominal_at(doc: &Doc, i: usize) -> bool {
    Base::get().is_postnominal(doc.word(i))
        && doc
            .prev_token(i)
            .is_some_and(|p| doc.tokens[p].kind == TokenKind::Word && is_capitalised(doc.word(p)))
}

/// The title unit starting at token `i`: (last token, gender, class).
fn title_at(doc: &Doc, i: usize) -> Option<(usize, LexGender, TitleClass)> {
    let base = Base::get();
    if !doc.tokens[i].is_wordlike() {
        return None;
    }
    // "Rachel Whitford MP": post-nominal letters, not a title.
    if postnominal_at(doc, i) {
        return None;
    }
    // Longest unit first: "secrétaire d'État", "Chief Executive Officer";
    // only words that begin such a unit are looked up with the next ones.
    let mut ends = vec![i];
    let mut k = i;
    let several = base.starts_title_unit(doc.lang, doc.word(i));
    while several && ends.len() < base.title_words {
        match doc.next_token(k) {
            Some(n) if doc.tokens[n].is_wordlike() => {
                ends.push(n);
                k = n;
            }
            _ => break,
        }
    }
    for &end in ends.iter().rev() {
        let form = Span::new(doc.tokens[i].span.start, doc.tokens[end].span.end).as_str(doc.text);
        if let Some((g, c)) = base.title(doc.lang, form) {
            return Some((end, g, c));
        }
    }
    // A hyphenated title: "Director-General", "vice-présidente".
    let w = doc.word(i);
    if w.contains('-') {
        // A short prefix may come first: "Pro-Vice-Chancellor", "Co-Chair".
        let mut split: Vec<&str> = w.split('-').collect();
        if split.len() > 1
            && base.title(doc.lang, split[0]).is_none()
            && (1..=3).contains(&split[0].chars().count())
            && split[0].chars().all(char::is_alphabetic)
        {
            split.remove(0);
        }
        let parts: Vec<(LexGender, TitleClass)> = split
            .iter()
            .map(|p| base.title(doc.lang, p))
            .collect::<Option<Vec<_>>>()?;
        // "Présidente-directrice générale": an office in an organisation
        // when any part is one.
        let class = parts
            .iter()
            .map(|p| p.1)
            .find(|c| *c == TitleClass::Head)
            .or_else(|| {
                parts
                    .iter()
                    .map(|p| p.1)
                    .find(|c| *c == TitleClass::Political)
            })?;
        let gender = parts
            .iter()
            .map(|p| p.0)
            .find(|g| *g != LexGender::Either)
            .unwrap_or(LexGender::Either);
        return Some((i, gender, class));
    }
    None
}

/// A parsed title phrase.
struct Parsed {
    /// Last token of the whole phrase (with its organisation complement).
    end: usize,
    role: Role,
}

fn is_prep(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::Fr => matches!(
            w,
            "de" | "du"
                | "des"
                | "d'"
                | "pour"
                | "à"
                | "au"
                | "aux"
                | "en"
                | "auprès"
                | "chargé"
                | "chargée"
                | "sur"
                | "chez"
                | "contre"
        ),
        Lang::En => matches!(w, "of" | "for" | "at" | "in" | "on" | "to"),
    }
}

fn is_det(w: &str) -> bool {
    matches!(
        w,
        "the" | "la" | "le" | "les" | "l'" | "The" | "La" | "Le" | "Les" | "L'"
    )
}

/// The organisation mention starting at token `i`: (entity, last token).
fn org_at(doc: &Doc, orgs: &Orgs, i: usize) -> Option<(usize, usize)> {
    let (span, e) = orgs.starting_at(doc.tokens[i].span.start)?;
    let last = doc.tokens[i..]
        .iter()
        .position(|t| t.span.end >= span.end)?
        + i;
    Some((e, last))
}

/// The place hit starting at token `i`: its last token.
fn place_at(doc: &Doc, i: usize) -> Option<usize> {
    let start = doc.tokens[i].span.start;
    let h = doc
        .hit_starting_at(start)
        .filter(|h| doc.gazetteer.entries[h.entry].class == Class::Place)?;
    Some(
        doc.tokens[i..]
            .iter()
            .position(|t| t.span.end >= h.span.end)?
            + i,
    )
}

fn is_office(class: TitleClass) -> bool {
    matches!(
        class,
        TitleClass::Head | TitleClass::Political | TitleClass::Generic
    )
}

/// Whether the folded heads make a ministerial title, whose complement is a
/// portfolio ("ministre de la Culture et de la Francophonie").
fn ministerial(heads: &[String]) -> bool {
    heads.iter().any(|h| {
        h.contains("minist") || h.contains("secretaire d'etat") || h.contains("secretary of state")
    })
}

/// Parses a title phrase starting at token `k`: transient words, the title
/// core (modifiers and heads joined by "and" or listed with commas), then
/// complements ("of/de ..."), then a second title joined by "and/et".
/// English capitalised portfolio words before a political head ("Health
/// Minister") belong to the core.
/// Whether tokens `n` and the next are two capitalised words that end a
/// clause (not followed by "et"): a person's name ("le ministre de
/// l'Environnement, Kavish Ramdin, a déclaré"), where a French portfolio is
/// one capitalised noun and lowercase adjectives ("Actions humanitaires").
fn two_capitals_end(doc: &Doc, n: usize) -> bool {
    let Some(m) = doc.next_token(n) else {
        return false;
    };
    let mw = doc.word(m);
    doc.tokens[m].kind == TokenKind::Word
        && is_capitalised(mw)
        && !Base::get().is_any_function_word(&mw.to_lowercase())
        && doc
            .next_token(m)
            .is_none_or(|x| !matches!(doc.word(x), "et" | "and" | "&"))
}

fn parse_role(doc: &Doc, orgs: &Orgs, k: usize) -> Option<Parsed> {
    parse_role_at(doc, orgs, k, 0)
}

fn parse_role_at(doc: &Doc, orgs: &Orgs, k: usize, depth: usize) -> Option<Parsed> {
    let base = Base::get();
    let mut i = k;
    // Transient words ("new", "nouvelle", "outgoing").
    while let Some((end, _, TitleClass::Transient)) = title_at(doc, i) {
        i = doc.next_token(end)?;
    }
    let core_start = i;
    let mut has_head = false;
    let mut political = false;
    let mut generic = true;
    let mut gender = LexGender::Either;
    let mut heads = Vec::new();
    let mut last = None;
    let mut first_group_end: Option<usize> = None;
    let mut descriptors_end = false;
    loop {
        if let Some((end, g, class)) = title_at(doc, i) {
            match class {
                TitleClass::Transient => break,
                TitleClass::Modifier => {}
                c => {
                    has_head = true;
                    political |= c == TitleClass::Political;
                    generic &= c == TitleClass::Generic;
                    heads.push(fold(
                        Span::new(doc.tokens[i].span.start, doc.tokens[end].span.end)
                            .as_str(doc.text),
                    ));
                }
            }
            if gender == LexGender::Either {
                gender = g;
            }
            last = Some(end);
            match doc.next_token(end) {
                Some(n) => i = n,
                None => break,
            }
            continue;
        }
        let w = doc.word(i);
        if let Some(l) = last {
            // "Chairman and CEO"; "Goodwill Ambassador and climate activist"
            // (a second title after a few plain words: the role is the first).
            if matches!(w, "and" | "et" | "&")
                && let Some(n) = doc.next_token(i)
            {
                if title_at(doc, n).is_some() {
                    i = n;
                    continue;
                }
                if let Some(t) = title_after_plain_words(doc, n, 2) {
                    first_group_end.get_or_insert(l);
                    i = t;
                    continue;
                }
            }
            // "Ambassador, author, and singer Sofia Berg": a list.
            if w == "," {
                let mut n = doc.next_token(i);
                if let Some(x) = n.filter(|&x| matches!(doc.word(x), "and" | "et")) {
                    n = doc.next_token(x);
                }
                if let Some(n) = n.filter(|&n| title_at(doc, n).is_some_and(|t| is_office(t.2))) {
                    first_group_end.get_or_insert(l);
                    i = n;
                    continue;
                }
                if let Some(d) = descriptor_list(doc, i) {
                    first_group_end.get_or_insert(l);
                    last = Some(d);
                    descriptors_end = true;
                    break;
                }
            }
        }
        // English portfolio words before a head: "Health Minister",
        // "Transport and Privatisation Minister".
        // After modifiers too: "Regional Emergency Director".
        if doc.lang == Lang::En
            && !has_head
            && is_capitalised(w)
            && doc.tokens[i].kind == TokenKind::Word
            && orgs_at_token(doc, orgs, i).is_none()
        {
            let mut j = i;
            let mut found = None;
            for _ in 0..4 {
                let Some(n) = doc.next_token(j) else { break };
                let nw = doc.word(n);
                if title_at(doc, n)
                    .is_some_and(|t| matches!(t.2, TitleClass::Head | TitleClass::Political))
                {
                    found = Some(n);
                    break;
                }
                if !(is_capitalised(nw) || nw == "and") || doc.tokens[n].kind != TokenKind::Word {
                    break;
                }
                j = n;
            }
            if let Some(n) = found {
                i = n;
                continue;
            }
        }
        break;
    }
    // A capitalised modifier heads the title when a complement follows:
    // "Principal of the College of Health Sciences".
    if !has_head
        && let Some(l) = last
        && is_capitalised(doc.word(l))
        && doc
            .next_token(l)
            .is_some_and(|n| matches!(doc.word(n), "of" | "de" | "du" | "des" | "d'"))
    {
        has_head = true;
        generic = false;
        heads.push(fold(doc.word(l)));
    }
    if !has_head {
        return None;
    }
    let mut end = last?;
    let mut role_end = first_group_end.unwrap_or(end);
    let mut org = None;
    let mut text_extra = String::new();
    let mut portfolio = Vec::new();
    let mut named_org = None;
    // Where the region named after the organisation starts.
    let mut region_from: Option<usize> = None;
    let mut qualified = false;
    let mut second_title: Option<String> = None;
    let minister = ministerial(&heads);
    // A French demonym after the head: "ministre tunisien des affaires étrangères".
    if doc.lang == Lang::Fr
        && !descriptors_end
        && let Some(n) = doc.next_token(end)
        && doc.tokens[n].kind == TokenKind::Word
        && !is_capitalised(doc.word(n))
        && doc.gazetteer.demonym(doc.word(n)).is_some()
    {
        end = n;
        role_end = n;
    }
    // A French portfolio or region right after the head, before its
    // complement: "directrice Afrique de Proparco", "vice-président
    // Finances, …".
    if doc.lang == Lang::Fr
        && !descriptors_end
        && let Some(n) = doc.next_token(end)
        && doc.tokens[n].kind == TokenKind::Word
        && is_capitalised(doc.word(n))
        && !starts_with_first_name(doc.word(n))
        && orgs_at_token(doc, orgs, n).is_none()
        && honorific_at(doc, n).is_none()
        && title_at(doc, n).is_none()
        && doc
            .next_token(n)
            .is_some_and(|m| is_prep(Lang::Fr, doc.word(m)) && doc.word(m) != "en")
    {
        end = n;
        role_end = n;
    }
    // English puts an organisation right after the title too: "Resident
    // Representative UNDP Sri Lanka".
    if doc.lang == Lang::En
        && !descriptors_end
        && let Some((e, oend)) = doc.next_token(end).and_then(|n| org_at(doc, orgs, n))
    {
        org = Some(e);
        end = oend;
        if let Some(pend) = doc.next_token(end).and_then(|n| place_at(doc, n)) {
            end = pend;
        }
    }
    // Complements.
    let mut complements = 0;
    while let Some(mut p) = doc.next_token(end).filter(|_| !descriptors_end) {
        let mut comma = false;
        let pw0 = doc.word(p);
        // "Director: Strategic Communications and Financial Sector
        // Development": an English portfolio after a colon.
        if pw0 == ":"
            && doc.lang == Lang::En
            && complements == 0
            && org.is_none()
            && let Some(n) = doc.next_token(p)
            && is_capitalised(doc.word(n))
            && no_title_head(doc, n)
            && orgs_at_token(doc, orgs, n).is_none()
            && !starts_with_first_name(doc.word(n))
            && honorific_at(doc, n).is_none()
            && !doc.tokens[p..n]
                .iter()
                .any(|t| t.kind == TokenKind::Newline)
        {
            comma = true;
            p = n;
        } else if pw0 == "," {
            // French ", à l'Agriculture", English ", Public Policy and ...",
            // ", and Migration"; a minister's portfolio lists its parts
            // ("des Affaires sociales, Actions humanitaires et ...").
            let Some(mut n) = doc.next_token(p) else {
                break;
            };
            if doc.lang == Lang::En && doc.word(n) == "and" {
                n = doc.next_token(n).unwrap_or(n);
            }
            let nw = doc.word(n);
            let plain_capital = is_capitalised(nw)
                && title_at(doc, n).is_none()
                && orgs_at_token(doc, orgs, n).is_none()
                && !starts_with_first_name(nw)
                && honorific_at(doc, n).is_none();
            let continues = complements > 0
                && org.is_none()
                && match doc.lang {
                    // ", à l'Agriculture", not ", à gauche".
                    Lang::Fr => {
                        (is_prep(Lang::Fr, nw)
                            && nw != "en"
                            && doc
                                .next_token(n)
                                .map(|m| {
                                    if is_det(doc.word(m)) {
                                        doc.next_token(m).unwrap_or(m)
                                    } else {
                                        m
                                    }
                                })
                                .is_some_and(|m| is_capitalised(doc.word(m))))
                            || (minister && plain_capital && !two_capitals_end(doc, n))
                    }
                    Lang::En => {
                        is_capitalised(nw)
                            && no_title_head(doc, n)
                            && orgs_at_token(doc, orgs, n).is_none()
                            && !starts_with_first_name(nw)
                            && honorific_at(doc, n).is_none()
                    }
                };
            // "Commissioner for Trade, Customs and Free Movement": a name
            // the patterns guessed in the list is the title's.
            if !continues
                && complements > 0
                && org.is_none()
                && doc.lang == Lang::En
                && let Some(g) = guessed_org(doc, orgs, n)
            {
                let last = doc.token_from(g.end).saturating_sub(1).max(n);
                portfolio.push(g);
                end = last;
                role_end = last;
                complements += 1;
                continue;
            }
            if !continues {
                // "Ministre des Finances, Président en exercice du Conseil":
                // a second office after a comma. Its heads let "le
                // Président du Conseil" refer to this person later; the
                // role stays the first.
                if depth == 0
                    && complements > 0
                    && title_at(doc, n).is_some_and(|t| is_office(t.2))
                    && let Some(second) = parse_role_at(doc, orgs, n, depth + 1)
                {
                    heads.extend(second.role.heads);
                }
                break;
            }
            comma = true;
            p = n;
        } else if matches!(pw0, "and" | "et") {
            let Some(n) = doc.next_token(p) else { break };
            let place_next = || {
                let m = if is_det(doc.word(n)) {
                    doc.next_token(n)
                } else {
                    Some(n)
                };
                m.and_then(|m| place_at(doc, m)).is_some()
            };
            if is_prep(doc.lang, doc.word(n)) && complements > 0 {
                // "à l'Agriculture et à l'Environnement", "de la Culture et de la Francophonie".
                p = n;
            } else if complements > 0 && place_next() {
                // A second place: "pour le Moyen-Orient et l'Afrique du Nord".
                comma = true;
                p = n;
            } else if minister && political && {
                let m = if is_det(doc.word(n)) {
                    doc.next_token(n).unwrap_or(n)
                } else {
                    n
                };
                org_at(doc, orgs, m).is_some()
            } {
                // "Minister of Trade and La Francophonie".
                let m = if is_det(doc.word(n)) {
                    doc.next_token(n).unwrap_or(n)
                } else {
                    n
                };
                if let Some((_, oend)) = org_at(doc, orgs, m) {
                    portfolio.push(Span::new(
                        doc.tokens[m].span.start,
                        doc.tokens[oend].span.end,
                    ));
                    end = oend;
                    role_end = oend;
                }
                complements += 1;
                continue;
            } else if depth == 0 && title_at(doc, n).is_some() {
                // A second title: "Président de la République du Mali et
                // Président en exercice de l'Union".
                if let Some(second) = parse_role_at(doc, orgs, n, depth + 1) {
                    end = second.end;
                    org = org.or(second.role.org);
                    portfolio.extend(second.role.portfolio);
                    // "the Chairperson" later refers to this person too.
                    heads.extend(second.role.heads);
                    second_title = Some(format!(" {pw0} {}", second.role.text));
                }
                break;
            } else {
                break;
            }
        }
        let pw = doc.word(p);
        let prep = is_prep(doc.lang, pw);
        if !prep && !comma {
            break;
        }
        let mut j = if prep {
            let Some(j) = doc.next_token(p) else { break };
            // "chargé de", "auprès de".
            if matches!(pw, "chargé" | "chargée" | "auprès") {
                match doc.next_token(j) {
                    Some(x) if matches!(doc.word(j), "de" | "du" | "des" | "d'") => x,
                    _ => break,
                }
            } else {
                j
            }
        } else {
            p
        };
        let bare = !is_det(doc.word(j));
        if !bare {
            match doc.next_token(j) {
                Some(x) => j = x,
                None => break,
            }
        }
        if let Some((e, oend)) = org_at(doc, orgs, j) {
            // A minister's portfolio, or an office of state that looks like
            // an organisation ("Président du Sénat de la République
            // togolaise"): part of the title.
            // An office of state named like an organisation ("Président
            // du Conseil de la République togolaise"): a political title
            // whose unknown "organisation" names a country.
            let state_organ = orgs.entities[e].entry.is_none()
                && doc
                    .hits_in(Span::new(
                        doc.tokens[j].span.start,
                        doc.tokens[oend].span.end,
                    ))
                    .iter()
                    .any(|h| {
                        let x = &doc.gazetteer.entries[h.entry];
                        x.class == Class::Place && x.kind == "country"
                    });
            if political && (minister || state_organ) {
                // A portfolio, not an employer.
                portfolio.push(Span::new(
                    doc.tokens[j].span.start,
                    doc.tokens[oend].span.end,
                ));
                end = oend;
                role_end = oend;
                complements += 1;
                continue;
            }
            if org.is_none() {
                // A role in an organ is a role in its parent: "Président de
                // la Commission de la CEDEAO".
                let x = &orgs.entities[e];
                // The organ's noun heads its name: first in French
                // ("Commission de la CEDEAO"), last in English ("ECOWAS
                // Commission").
                let organ = [doc.word(j), doc.word(oend)].iter().any(|w| {
                    matches!(
                        base.org_head(doc.lang, w),
                        Some(HeadRole::Body | HeadRole::Refer)
                    )
                });
                if let Some(parent) = x.parent.filter(|_| organ) {
                    let sep = Span::new(doc.tokens[p].span.start, doc.tokens[oend].span.end)
                        .as_str(doc.text);
                    text_extra = format!(" {}", clean_role_text(sep));
                    org = Some(parent);
                } else {
                    org = Some(e);
                }
            }
            end = oend;
            // "(CEI)" after the organisation.
            if let Some(b) = doc.next_token(end).filter(|&b| doc.word(b) == "(")
                && let Some(c) = (b + 1..doc.tokens.len().min(b + 5)).find(|&c| doc.word(c) == ")")
            {
                end = c;
            }
            complements += 1;
            continue;
        }
        // A place that starts a longer name is not a place: "de Serres
        // Boréales".
        let name_after_place = |pend: usize| {
            doc.next_token(pend).is_some_and(|n| {
                let w = doc.word(n);
                doc.tokens[n].kind == TokenKind::Word
                    && is_capitalised(w)
                    && !base.is_any_function_word(&w.to_lowercase())
                    && place_at(doc, n).is_none()
                    && honorific_at(doc, n).is_none()
                    && title_at(doc, n).is_none()
                    && !starts_with_first_name(w)
            })
        };
        if let Some(pend) = place_at(doc, j).filter(|&pend| !name_after_place(pend)) {
            end = pend;
            if org.is_none() {
                role_end = pend;
            } else if let Some(from) =
                region_from.or((!comma && text_extra.is_empty()).then_some(p))
            {
                // The region after the organisation stays in the title:
                // "directrice régionale de l'OIM pour le Moyen-Orient et
                // l'Afrique du Nord" is "directrice régionale … pour le
                // Moyen-Orient et l'Afrique du Nord".
                region_from = Some(from);
                let span = Span::new(doc.tokens[from].span.start, doc.tokens[pend].span.end);
                text_extra = format!(" {}", clean_role_text(span.as_str(doc.text)));
            }
            // "Vice-président de la République du Ghana": an office
            // of that state.
            qualified |= is_country(doc, j);
            complements += 1;
            continue;
        }
        // A noun phrase: up to six words, "and" between capitalised ones.
        let mut np_end = None;
        let mut x = j;
        for _ in 0..6 {
            let w = doc.word(x);
            let kind = doc.tokens[x].kind;
            let word_ok = kind == TokenKind::Word
                && !base.is_function_word(doc.lang, &w.to_lowercase())
                && !(is_capitalised(w) && starts_with_first_name(w) && np_end.is_some())
                && honorific_at(doc, x).is_none()
                && orgs_at_token(doc, orgs, x).is_none();
            // "Infrastructure and Energy", "Public Health and Professional
            // Standards": a conjunction inside the noun phrase.
            let and_ok = np_end.is_some()
                && matches!(w, "and" | "et" | "&")
                && doc.next_token(x).is_some_and(|y| {
                    let yw = doc.word(y);
                    doc.tokens[y].kind == TokenKind::Word
                        && (is_capitalised(yw) || doc.lang == Lang::Fr)
                        && !base.is_any_function_word(&yw.to_lowercase())
                        && !starts_with_first_name(yw)
                        && no_title_head(doc, y)
                        && orgs_at_token(doc, orgs, y).is_none()
                });
            if word_ok {
                np_end = Some(x);
            } else if !(and_ok || (kind == TokenKind::Elision && np_end.is_some())) {
                break;
            }
            match doc.next_token(x) {
                Some(y) => x = y,
                None => break,
            }
        }
        let Some(ne) = np_end else { break };
        // Do not swallow the name of the person the title introduces.
        if ne == j && is_capitalised(doc.word(j)) && starts_with_first_name(doc.word(j)) {
            break;
        }
        // "présidente-directrice générale d'Hydrelis", "founder of Mavuno
        // Pay": the first complement of an office is its employer when it
        // is a proper name closing the clause.
        // French names its employer after other complements too ("chef
        // de la direction de Serres Boréales"); "chez" always does.
        if org.is_none()
            && !minister
            && !generic
            && has_head
            && (complements == 0 || doc.lang == Lang::Fr)
            && named_org.is_none()
            && matches!(pw, "de" | "d'" | "of" | "chez" | "at")
            && (bare || doc.lang == Lang::En)
            && proper_name(doc, j, ne)
        {
            named_org = Some(Span::new(doc.tokens[j].span.start, doc.tokens[ne].span.end));
            end = ne;
            complements += 1;
            continue;
        }
        end = ne;
        if org.is_none() {
            role_end = ne;
        }
        complements += 1;
    }
    let first_line = doc.line_at(doc.tokens[core_start].span.start).span.start == 0;
    let mut text = clean_role_text(
        Span::new(
            doc.tokens[core_start].span.start,
            doc.tokens[role_end].span.end,
        )
        .as_str(doc.text),
    );
    text.push_str(&text_extra);
    if let Some(second) = second_title {
        text.push_str(&second);
    }
    Some(Parsed {
        end,
        role: Role {
            text,
            org,
            political,
            generic,
            qualified,
            gender,
            heads,
            first_line,
            span: Span::new(doc.tokens[k].span.start, doc.tokens[end].span.end),
            portfolio,
            named_org,
        },
    })
}

/// Whether tokens `j..=ne` read as the proper name of an organisation: one
/// to three capitalised words that are not function words, titles or first
/// names, and do not start with a place ("Aquanord Maroc" does), closing
/// the clause; in English, where departments are
/// capitalised too ("Director of Communications"), the first word must
/// also occur elsewhere in the text.
fn proper_name(doc: &Doc, j: usize, ne: usize) -> bool {
    let base = Base::get();
    let words: Vec<usize> = (j..=ne)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|&k| {
            let w = doc.word(k);
            is_capitalised(w)
                && !base.is_any_function_word(&w.to_lowercase())
                && title_at(doc, k).is_none()
        })
        // Not a place, though a place may start a name ("Aquanord Maroc",
        // "Serres Boréales").
        && place_at(doc, j).is_none_or(|pend| pend < ne)
        && !starts_with_first_name(doc.word(j));
    let closes = doc.next_token(ne).is_none_or(|n| {
        matches!(doc.word(n), "," | "." | ";" | ")" | "\"" | "”" | "»")
            || doc.tokens[n].kind == TokenKind::Newline
    });
    if !(named && closes) {
        return false;
    }
    if doc.lang == Lang::Fr {
        return true;
    }
    // The name occurs again in the text.
    doc.capitalised_count(doc.word(j)) >= 2
}

/// Whether no title starts at token `y`, but for a portfolio word that is
/// also a title modifier and heads nothing ("Infrastructure and Energy",
/// not "Finance and Deputy Director").
fn no_title_head(doc: &Doc, y: usize) -> bool {
    match title_at(doc, y) {
        None => true,
        Some((end, _, TitleClass::Modifier)) => doc
            .next_token(end)
            .is_none_or(|n| title_at(doc, n).is_none()),
        Some(_) => false,
    }
}

/// A title head after at most `max` plain lowercase words from token `n`
/// ("climate activist").
fn title_after_plain_words(doc: &Doc, n: usize, max: usize) -> Option<usize> {
    let mut k = n;
    for _ in 0..max {
        let w = doc.word(k);
        if doc.tokens[k].kind != TokenKind::Word
            || is_capitalised(w)
            || Base::get().is_function_word(doc.lang, w)
        {
            return None;
        }
        k = doc.next_token(k)?;
        if title_at(doc, k).is_some_and(|t| is_office(t.2)) {
            return Some(k);
        }
    }
    None
}

/// From a comma at `comma`, a list of plain lowercase descriptors that runs
/// up to a capitalised word (", actor, and singer Sofia"): its last token.
fn descriptor_list(doc: &Doc, comma: usize) -> Option<usize> {
    let mut k = comma;
    let mut last_word = None;
    for _ in 0..10 {
        let n = doc.next_token(k)?;
        let w = doc.word(n);
        match doc.tokens[n].kind {
            TokenKind::Word if is_capitalised(w) => {
                return last_word.filter(|_| doc.word(k) != ",");
            }
            TokenKind::Word
                if matches!(w, "and" | "et") || !Base::get().is_function_word(doc.lang, w) =>
            {
                if !matches!(w, "and" | "et") {
                    last_word = Some(n);
                }
            }
            TokenKind::Punct if w == "," => {}
            _ => return None,
        }
        k = n;
    }
    None
}

fn orgs_at_token(doc: &Doc, orgs: &Orgs, i: usize) -> Option<usize> {
    orgs.at(doc.tokens[i].span)
}

/// The organisation the patterns guessed starting at token `i`, unknown to
/// the gazetteer and named only there ("Customs and Free Movement").
fn guessed_org(doc: &Doc, orgs: &Orgs, i: usize) -> Option<Span> {
    let (span, e) = orgs.starting_at(doc.tokens[i].span.start)?;
    let x = &orgs.entities[e];
    (x.entry.is_none() && x.mentions.len() == 1).then_some(span)
}

/// Collapses spaces and drops trailing punctuation from a role.
fn clean_role_text(s: &str) -> String {
    let s = s.trim_end_matches([',', ' ', ';', ':', '-']);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title phrase that ends right before token `first` (after an optional
/// separator), with an organisation or nothing before it.
fn role_before(doc: &Doc, orgs: &Orgs, first: usize) -> Option<Role> {
    let mut j = doc.prev_token(first)?;
    // "Le Directeur général de l'OOAS, le Dr X": an article before the
    // honorific.
    if is_det(doc.word(j)) && honorific_at(doc, first).is_some() {
        j = doc.prev_token(j)?;
    }
    let separated = matches!(doc.word(j), "," | "-" | ":");
    if separated {
        j = doc.prev_token(j)?;
    }
    // "le vice-président de la Fédération des … (FEESP–CSN), X": the
    // acronym in brackets after the title's organisation may end the title
    // (`j`) or stand after it (`bare_end`).
    let mut bare_end = j;
    if separated && doc.word(j) == ")" {
        let open = (1..8)
            .scan(j, |k, _| {
                *k = doc.prev_token(*k)?;
                Some(*k)
            })
            .find(|&k| matches!(doc.word(k), "(" | "\n" | "." | ","))
            .filter(|&k| doc.word(k) == "(");
        if let Some(o) = open {
            let inner = Span::new(doc.tokens[o].span.end, doc.tokens[j].span.start);
            let acronym = inner
                .as_str(doc.text)
                .split(['–', '-', '/'])
                .all(|part| crate::gazetteer::is_acronym_like(part.trim()));
            if acronym {
                bare_end = doc.prev_token(o)?;
            }
        }
    }
    // "La Directrice exécutive de l'ONUSIDA - le programme ... -, Sylvie
    // Morel": step over a parenthesis between dashes.
    if doc.word(j) == "-" {
        let mut k = j;
        for _ in 0..40 {
            k = doc.prev_token(k)?;
            if doc.word(k) == "-" {
                j = doc.prev_token(k)?;
                break;
            }
            if matches!(doc.word(k), "." | ";") || doc.tokens[k].kind == TokenKind::Newline {
                break;
            }
        }
    }
    let mut k = j;
    let mut best: Option<(usize, Role)> = None;
    for _ in 0..30 {
        let w = doc.word(k);
        if matches!(
            w,
            "." | "!" | "?" | ";" | "«" | "»" | "“" | "”" | "\"" | "\n"
        ) || doc.tokens[k].kind == TokenKind::Newline
        {
            break;
        }
        if title_at(doc, k).is_some()
            && let Some(p) = parse_role(doc, orgs, k)
            && (p.end == j || p.end == bare_end)
        {
            best = Some((k, p.role));
        }
        match doc.prev_token(k) {
            Some(p) => k = p,
            None => break,
        }
    }
    // "le vice-président Opérations, Henri de Valmont": a capitalised
    // portfolio after the title.
    if best.is_none()
        && doc.tokens[j].kind == TokenKind::Word
        && is_capitalised(doc.word(j))
        && !starts_with_first_name(doc.word(j))
    {
        let pj = doc.prev_token(j)?;
        let mut k = pj;
        for _ in 0..8 {
            if title_at(doc, k).is_some()
                && let Some(mut p) = parse_role(doc, orgs, k).filter(|p| p.end == pj)
            {
                p.role.text = format!("{} {}", p.role.text, doc.word(j));
                p.role.span = Span::new(p.role.span.start, doc.tokens[j].span.end);
                best = Some((k, p.role));
            }
            match doc.prev_token(k) {
                Some(p) if doc.tokens[p].is_wordlike() => k = p,
                _ => break,
            }
        }
    }
    let (mut start, mut role) = best?;
    // English puts the portfolio before the title: "UK Development
    // Director", "Transport and Privatisation Minister".
    if doc.lang == Lang::En {
        let mut extended = start;
        while let Some(p) = doc.prev_token(extended) {
            let w = doc.word(p);
            let plain_capital = doc.tokens[p].kind == TokenKind::Word
                && is_capitalised(w)
                && !Base::get().is_function_word(Lang::En, &w.to_lowercase())
                && !starts_with_first_name(w)
                // "Chief" is an honorific and a title: "Chief Procurement
                // Officer".
                && (honorific_at(doc, p).is_none() || Base::get().title(doc.lang, w).is_some())
                && orgs.at(doc.tokens[p].span).is_none()
                && doc.hits_in(doc.tokens[p].span).is_empty()
                && doc.gazetteer.demonym(w).is_none();
            let joined = w == "and"
                && doc
                    .prev_token(p)
                    .is_some_and(|q| is_capitalised(doc.word(q)));
            if !(plain_capital || (joined && extended != start)) {
                break;
            }
            extended = p;
        }
        if extended != start && doc.tokens[extended].kind == TokenKind::Word {
            let head = Span::new(
                doc.tokens[extended].span.start,
                doc.tokens[start].span.start,
            )
            .as_str(doc.text);
            role.text = format!(
                "{}{}",
                clean_role_text(head),
                if role.text.is_empty() {
                    String::new()
                } else {
                    format!(" {}", role.text)
                }
            );
            start = extended;
            // "Environment Secretary", "Health Secretary": a cabinet office.
            if role.heads.iter().any(|h| h == "secretary") {
                role.political = true;
            }
        }
    }
    let before = doc.prev_token(start);
    let skip_clitic = |p: usize| {
        if doc.tokens[p].kind == TokenKind::Clitic {
            doc.prev_token(p).unwrap_or(p)
        } else {
            p
        }
    };
    let mut before_org = before
        .map(skip_clitic)
        .and_then(|p| orgs.at(doc.tokens[p].span));
    // "UNFPA Kenya Representative", "Oxfam's Southern Africa Director": a
    // place between the organisation and the title.
    let mut through_place = false;
    if before_org.is_none()
        && let Some(p) = before
        && let Some(h) = doc.hits_in(doc.tokens[p].span).first()
        && doc.gazetteer.entries[h.entry].class == Class::Place
    {
        let first = doc.token_from(h.span.start);
        before_org = doc
            .prev_token(first)
            .map(skip_clitic)
            .and_then(|q| orgs.at(doc.tokens[q].span));
        through_place = before_org.is_some();
    }
    // "Its Executive Director, X": the organisation named just before.
    if before_org.is_none()
        && before.is_some_and(|p| {
            matches!(
                doc.word(p),
                "Its" | "its" | "Their" | "their" | "Son" | "Sa" | "Leur"
            )
        })
    {
        let at = doc.tokens[start].span.start;
        before_org = orgs
            .mentions()
            .into_iter()
            .rev()
            .find(|(s, _)| s.end <= at && at - s.end < 400)
            .map(|(_, e)| e);
    }
    // Without a comma, a lowercase title must be introduced ("le conseiller
    // fédéral X", "the IOM Director General X"), else it is a verb or a
    // participle ("..., représentant S.E. X").
    if !separated && !is_capitalised(doc.word(start)) {
        let introduced = before.is_none_or(|p| {
            let w = doc.word(p);
            matches!(
                w.to_lowercase().as_str(),
                "le" | "la"
                    | "les"
                    | "l'"
                    | "du"
                    | "au"
                    | "aux"
                    | "des"
                    | "the"
                    | "son"
                    | "sa"
                    | "ses"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "leur"
            ) || matches!(w, "." | ":" | "-" | "(" | "\n")
                || doc.tokens[p].kind == TokenKind::Newline
                || doc.gazetteer.demonym(w).is_some()
                // "said chief executive X", "opened by chief scientist X".
                || (doc.lang == Lang::En
                    && (Base::get().speech_verb(Lang::En, w).is_some()
                        || matches!(w, "by" | "with" | "from")))
        });
        if !introduced && before_org.is_none() {
            return None;
        }
    }
    // An organisation right before the title: "IOM Director General".
    if role.org.is_none() {
        role.org = before_org;
    }
    role.qualified |= !through_place && before.is_some_and(|p| qualifies(doc, p));
    Some(role)
}

/// Whether the place hit starting at token `j` is a country.
fn is_country(doc: &Doc, j: usize) -> bool {
    doc.hit_starting_at(doc.tokens[j].span.start)
        .is_some_and(|h| {
            let e = &doc.gazetteer.entries[h.entry];
            e.class == Class::Place && matches!(e.kind.as_str(), "country" | "territory")
        })
}

/// Whether token `p` (before a title) is a nationality or a country:
/// "Congolese", "européen", "Kenya" in "Kenya's".
fn qualifies(doc: &Doc, p: usize) -> bool {
    let p = if doc.tokens[p].kind == TokenKind::Clitic {
        doc.prev_token(p).unwrap_or(p)
    } else {
        p
    };
    doc.gazetteer.demonym(doc.word(p)).is_some()
        || doc
            .hits_in(doc.tokens[p].span)
            .iter()
            .any(|h| doc.gazetteer.entries[h.entry].class == Class::Place)
}

/// A title phrase in apposition after token `last`: ", Directrice générale
/// de l'OIM", " - Executive Director, UN Global Compact", ", WFP Director of
/// Communications"; then ", Blue Harbor" names the organisation.
fn role_after(doc: &Doc, orgs: &mut Orgs, last: usize) -> Option<Role> {
    let mut sep = doc.next_token(last)?;
    // "Rachel Whitford MP, Minister for Resources".
    if postnominal_at(doc, sep) {
        sep = doc.next_token(sep)?;
    }
    // A past tense ("était", "was") gives an earlier post, not the role.
    let copula = matches!(doc.word(sep), "is" | "est");
    if !matches!(doc.word(sep), "," | "-" | "(" | ":") && !copula {
        return None;
    }
    let mut k = doc.next_token(sep)?;
    // "X, Mle 49 117 N, Inspecteur du Trésor": a registration number
    // between the name and the title (not a title with a date: "X,
    // Directeur depuis 2011, qui …").
    if doc.word(sep) == "," && title_at(doc, k).is_none() {
        let mut n = k;
        let mut digits = false;
        for _ in 0..8 {
            if doc.word(n) == "," {
                if digits && let Some(x) = doc.next_token(n) {
                    k = x;
                }
                break;
            }
            digits |= doc.tokens[n].kind == TokenKind::Number
                || doc.word(n).chars().any(|c| c.is_ascii_digit());
            match doc.next_token(n) {
                Some(x) => n = x,
                None => break,
            }
        }
    }
    while is_det(doc.word(k)) || matches!(doc.word(k), "a" | "an" | "un" | "une") {
        k = doc.next_token(k)?;
    }
    // "is a 16-year-old UNICEF Youth Ambassador": plain words before the title.
    if copula {
        for _ in 0..3 {
            let w = doc.word(k);
            if org_at(doc, orgs, k).is_some() || title_at(doc, k).is_some() || is_capitalised(w) {
                break;
            }
            k = doc.next_token(k)?;
        }
    }
    let mut prefix_org = None;
    if let Some((e, oend)) = org_at(doc, orgs, k) {
        // "the IRC's Country Director".
        let mut n = doc.next_token(oend)?;
        if matches!(doc.word(n), "'s" | "’s") {
            n = doc.next_token(n)?;
        }
        if title_at(doc, n).is_some() {
            prefix_org = Some(e);
            k = n;
        }
    }
    // A demonym before an English title: "Congolese Health Minister".
    let mut qualified = false;
    if doc.lang == Lang::En && doc.gazetteer.demonym(doc.word(k)).is_some() {
        qualified = true;
        k = doc.next_token(k)?;
    }
    let mut parsed = parse_role(doc, orgs, k)?;
    // "X, Juriste, Présidente du Conseil d'administration de la SONABHY":
    // an occupation, then the office the text is about.
    if parsed.role.generic
        && let Some(c) = doc.next_token(parsed.end).filter(|&c| doc.word(c) == ",")
        && let Some(n) = doc.next_token(c)
        && let Some(office) = parse_role(doc, orgs, n).filter(|p| !p.role.generic)
    {
        parsed = office;
    }
    let mut role = parsed.role;
    role.qualified |= qualified;
    if role.org.is_none() {
        role.org = prefix_org;
    }
    // "vice-présidente, bioalimentaire, chez Investissement Québec": the
    // employer after a portfolio set off by commas.
    if role.org.is_none() && role.named_org.is_none() && doc.lang == Lang::Fr {
        let mut n = parsed.end;
        for _ in 0..8 {
            let Some(x) = doc.next_token(n) else { break };
            let w = doc.word(x);
            if w == "chez" {
                if let Some(j) = doc.next_token(x) {
                    if let Some(e) = orgs.at(doc.tokens[j].span) {
                        role.org = Some(e);
                    } else if let Some(ne) = (0..3)
                        .scan(j, |k, _| {
                            let cur = *k;
                            *k = doc.next_token(cur)?;
                            Some(cur)
                        })
                        .filter(|&k| {
                            doc.tokens[k].kind == TokenKind::Word && proper_name(doc, j, k)
                        })
                        .last()
                    {
                        role.named_org =
                            Some(Span::new(doc.tokens[j].span.start, doc.tokens[ne].span.end));
                    }
                }
                break;
            }
            let plain = w == "," || (doc.tokens[x].kind == TokenKind::Word && !is_capitalised(w));
            let verb = Base::get().speech_verb(doc.lang, w).is_some()
                || matches!(w, "a" | "est" | "sont" | "ont");
            if !plain || verb {
                break;
            }
            n = x;
        }
    }
    // ", Blue Harbor" or ", UN Global Compact Network Kenya" after the
    // title, closing the clause.
    if role.org.is_none()
        && let Some(c) = doc.next_token(parsed.end).filter(|&c| doc.word(c) == ",")
        && let Some(s) = doc.next_token(c)
    {
        if let Some(e) = orgs.at(doc.tokens[s].span) {
            role.org = Some(e);
        } else if let Some(span) = capitalised_clause_end(doc, s) {
            role.org = Some(orgs.add_found(doc, span));
        }
    }
    Some(role)
}

/// Capitalised words from token `s` to the end of a clause (a period,
/// semicolon, line end or a quotation mark), as an organisation name.
fn capitalised_clause_end(doc: &Doc, s: usize) -> Option<Span> {
    let base = Base::get();
    let mut last = None;
    let mut k = s;
    for _ in 0..6 {
        let w = doc.word(k);
        let place = doc
            .hits_in(doc.tokens[k].span)
            .iter()
            .any(|h| doc.gazetteer.entries[h.entry].class != Class::Org);
        if doc.tokens[k].kind == TokenKind::Word
            && is_capitalised(w)
            && !base.is_any_function_word(&w.to_lowercase())
            && !starts_with_first_name(w)
            && !place
            && honorific_at(doc, k).is_none()
        {
            last = Some(k);
        } else {
            break;
        }
        match doc.next_token(k) {
            Some(n) => k = n,
            None => {
                return last.map(|l| Span::new(doc.tokens[s].span.start, doc.tokens[l].span.end));
            }
        }
    }
    let l = last?;
    let closes = doc.next_token(l).is_none_or(|n| {
        matches!(doc.word(n), "." | ";" | "\n" | "\"" | "”" | "»")
            || doc.tokens[n].kind == TokenKind::Newline
    });
    closes.then(|| Span::new(doc.tokens[s].span.start, doc.tokens[l].span.end))
}

/// Whether a speech verb or "selon/according to" stands next to the run:
/// "said X", "X said", "X a déclaré", "X has said", "selon X", "X, who".
fn speech_next_to(doc: &Doc, first: usize, last: usize) -> bool {
    let base = Base::get();
    // A capitalised "Warning" names something ("Climate Early Warning").
    let verb = |k: Option<usize>| {
        k.is_some_and(|k| {
            base.speech_verb(doc.lang, doc.word(k)).is_some() && !is_capitalised(doc.word(k))
        })
    };
    let skip_comma = |k: Option<usize>, forward: bool| {
        k.map(|k| {
            if doc.word(k) == "," {
                let n = if forward {
                    doc.next_token(k)
                } else {
                    doc.prev_token(k)
                };
                n.unwrap_or(k)
            } else {
                k
            }
        })
    };
    let before = skip_comma(doc.prev_token(first), false);
    let after = skip_comma(doc.next_token(last), true);
    if verb(before) || verb(after) {
        return true;
    }
    let word = |k: Option<usize>| k.map(|k| doc.word(k).to_lowercase()).unwrap_or_default();
    // An auxiliary then a speech verb: "X a déclaré", "X has said".
    let aux_then_verb = matches!(word(after).as_str(), "a" | "has" | "had" | "avait")
        && verb(after.and_then(|a| doc.next_token(a)));
    aux_then_verb
        || matches!(word(before).as_str(), "selon" | "according")
        // "X, who …": not for a run joined by particles ("les Jeux
        // Olympiques de la Jeunesse, qui se tiendront …").
        || (doc
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.as_str(doc.text) == ",")
            && matches!(word(after).as_str(), "who" | "qui")
            && (first..=last).all(|k| {
                doc.tokens[k].kind != TokenKind::Word || is_capitalised(doc.word(k))
            }))
}

/// The post a person is appointed to in the clause after the name: "X,
/// Mle 49 117 N, Inspecteur du Trésor, est nommé Directeur général du
/// Trésor", "X has been appointed Chief Executive of …".
fn appointed_role(doc: &Doc, orgs: &Orgs, last: usize) -> Option<Role> {
    let base = Base::get();
    let mut k = last;
    for _ in 0..30 {
        k = doc.next_token(k)?;
        let w = doc.word(k);
        if matches!(w, "." | ";" | "\n") || doc.tokens[k].kind == TokenKind::Newline {
            return None;
        }
        if !base.is_appointment_verb(&w.to_lowercase()) {
            continue;
        }
        let aux = doc.prev_token(k).is_some_and(|p| {
            matches!(
                doc.word(p).to_lowercase().as_str(),
                "est" | "été" | "sont" | "is" | "was" | "been" | "are" | "were"
            )
        });
        if !aux {
            return None;
        }
        let mut t = doc.next_token(k)?;
        // "appointed as", "nommé au poste de", "nommé comme".
        if matches!(doc.word(t), "as" | "comme") {
            t = doc.next_token(t)?;
        } else if doc.word(t) == "au" && doc.next_token(t).is_some_and(|p| doc.word(p) == "poste") {
            t = doc.next_token(doc.next_token(doc.next_token(t)?)?)?;
        }
        while is_det(doc.word(t)) {
            t = doc.next_token(t)?;
        }
        return parse_role(doc, orgs, t).map(|p| p.role);
    }
    None
}

/// The post of a name announced by a noun or a verb of appointment: "the
/// appointment of X as Chief Operating Officer", "la nomination de X au
/// poste de directeur", "a nommé X en qualité de …", "appointed X as …".
fn appointment_of(doc: &Doc, orgs: &Orgs, first: usize, last: usize) -> Option<Role> {
    let base = Base::get();
    let of = doc.prev_token(first)?;
    let by_noun = matches!(doc.word(of).to_lowercase().as_str(), "of" | "de" | "d'")
        && doc
            .prev_token(of)
            .is_some_and(|n| base.is_appointment_noun(&doc.word(n).to_lowercase()));
    // "Le gouvernement a nommé Mme X au poste de …", "has appointed X as …".
    let by_verb = base.is_appointment_verb(&doc.word(of).to_lowercase());
    if !(by_noun || by_verb) {
        return None;
    }
    let mut t = doc.next_token(last)?;
    let word = |k: usize| doc.word(k).to_lowercase();
    match word(t).as_str() {
        "as" | "comme" => t = doc.next_token(t)?,
        "au" | "en" => {
            let noun = doc.next_token(t)?;
            let de = doc.next_token(noun)?;
            if !(matches!(word(noun).as_str(), "poste" | "qualité")
                && matches!(word(de).as_str(), "de" | "d'"))
            {
                return None;
            }
            t = doc.next_token(de)?;
        }
        _ => return None,
    }
    while is_det(doc.word(t)) {
        t = doc.next_token(t)?;
    }
    parse_role(doc, orgs, t).map(|p| p.role)
}

/// Whether the name ending at `last` is described as someone by an
/// apposition: "Rukhsana Bibi, a farmer from Johi", "Awa Diop, une
/// commerçante de Kaolack".
fn described_as_someone(doc: &Doc, last: usize) -> bool {
    let base = Base::get();
    let Some(comma) = doc.next_token(last).filter(|&c| doc.word(c) == ",") else {
        return false;
    };
    let Some(article) = doc
        .next_token(comma)
        .filter(|&a| matches!(doc.word(a), "a" | "an" | "un" | "une"))
    else {
        return false;
    };
    // The noun, maybe after two adjectives ("a 34-year-old mother").
    let mut k = article;
    for _ in 0..3 {
        let Some(n) = doc.next_token(k) else {
            return false;
        };
        if matches!(
            base.role_noun(doc.lang, &doc.word(n).to_lowercase()),
            Some((_, crate::lexicon::Refers::Someone))
        ) {
            return true;
        }
        k = n;
    }
    false
}

/// "ORG, represented by X", "ORG will be represented by X".
fn represented_org(doc: &Doc, orgs: &Orgs, first: usize) -> Option<usize> {
    let by = doc.prev_token(first)?;
    if !matches!(doc.word(by), "by" | "par") {
        return None;
    }
    let verb = doc.prev_token(by)?;
    if !fold(doc.word(verb)).starts_with("represent") {
        return None;
    }
    // The organisation before, within the clause.
    let mut k = verb;
    for _ in 0..6 {
        k = doc.prev_token(k)?;
        if let Some(e) = orgs.at(doc.tokens[k].span) {
            return Some(e);
        }
        let abbreviation = doc.word(k) == "."
            && k > 0
            && Base::get().is_company_suffix(&format!("{}.", doc.word(k - 1)));
        if matches!(doc.word(k), "." | ";") && !abbreviation {
            break;
        }
    }
    None
}

/// Whether the name at token `first` signs the page rather than takes part
/// in the news: a short line opening with "By"/"Par" ("By Jane Doe | 5 June
/// 2024", "Par Aya Koné, envoyée spéciale").
fn byline(doc: &Doc, first: usize) -> bool {
    let Some(by) = doc.prev_token(first) else {
        return false;
    };
    if !matches!(doc.word(by), "By" | "Par" | "by" | "par") {
        return false;
    }
    let line = doc.line_at(doc.tokens[by].span.start).span;
    let head = Span::new(line.start, doc.tokens[by].span.start).as_str(doc.text);
    let head_ok =
        head.trim().is_empty() || matches!(head.trim(), "Written" | "Posted" | "Écrit" | "Publié");
    let words = line.as_str(doc.text).split_whitespace().count();
    head_ok && words <= 16
}

/// Finds the people of a document; organisations named only in a person's
/// apposition are added to `orgs`.
pub(crate) fn find(doc: &Doc, orgs: &mut Orgs) -> People {
    let base = Base::get();
    let marks = marks(doc, orgs);
    let mut found: Vec<Found> = Vec::new();
    let mut runs = name_runs(doc, &marks);
    let words_in = |&(first, last): &(usize, usize)| {
        (first..=last)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .count()
    };
    // Full names first: a lone capitalised word inside their titles
    // ("vice-président Finances") is not a person.
    runs.sort_by_key(|r| (words_in(r) == 1, r.0));
    let mut role_spans: Vec<Span> = Vec::new();
    // The organisations' names as written in the body, for the runs
    // outside it that repeat one ("SOURCE Mavuno Pay" in a wire footer).
    let mut org_names: std::collections::HashSet<String> = orgs
        .mentions()
        .iter()
        .map(|(span, _)| fold(span.as_str(doc.text)))
        .collect();
    for (first, last) in runs {
        let words = words_in(&(first, last));
        let names_org = (first..=last)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .take(2)
            .any(|f| {
                org_names.contains(&fold(
                    Span::new(doc.tokens[f].span.start, doc.tokens[last].span.end).as_str(doc.text),
                ))
            });
        if names_org {
            continue;
        }
        // An apposition may have named an organisation since the marks were
        // made ("director, Blue Harbor").
        if orgs
            .at(Span::new(
                doc.tokens[first].span.start,
                doc.tokens[last].span.end,
            ))
            .is_some()
        {
            continue;
        }
        let honor = honorifics_before(doc, first);
        let anchor_at = honor.map_or(first, |(h, _)| h);
        if byline(doc, anchor_at) {
            continue;
        }
        // A title that an earlier name took as its apposition is not this
        // name's: "M. A, Président de la Commission, M. B, Gouverneur".
        let before = role_before(doc, orgs, anchor_at)
            .filter(|r| !recent_roles(&role_spans).any(|s| s.overlaps(r.span)));
        // A post the person is appointed to wins over what they were.
        let after = appointed_role(doc, orgs, last)
            .or_else(|| appointment_of(doc, orgs, anchor_at, last))
            .or_else(|| role_after(doc, orgs, last));
        let mut role = before.clone().or_else(|| after.clone());
        let first_name = base.first_name(doc.word(first));
        let anchored = honor.is_some() || role.is_some();
        let contact = marks.contact[first] || signed(doc, first, last);
        let headline = in_headline_case(doc, doc.tokens[first].span.start);
        // A name opening a short line with a telephone number or an e-mail.
        let reachable = reachable_at(doc, first, last);
        let accept = if words == 1 {
            // A word inside a role another name took is not a name: "Jane
            // Roe, press officer, Cabinet of the Minister" (`before` has
            // already dropped the roles other names took).
            honor.is_some()
                || (before.is_some() && !in_role_phrase(&role_spans, doc.tokens[first].span))
        } else if reachable {
            true
        } else if contact {
            first_name.is_some()
                || honor.is_some()
                || after.is_some()
                || alone_on_line(doc, first, last)
        } else if headline {
            honor.is_some() || first_name.is_some()
        } else {
            // Unknown capitalised words that continue a phrase ("Douanes et
            // Droits Indirects, le Colonel …") are not a name for a title
            // after them.
            let continues_phrase = doc
                .prev_token(first)
                .is_some_and(|p| matches!(doc.word(p), "et" | "and" | "de" | "des" | "du" | "of"));
            (anchored && (honor.is_some() || before.is_some() || !continues_phrase))
                || first_name.is_some()
                || speech_next_to(doc, first, last)
                || described_as_someone(doc, last)
        };
        if !accept {
            continue;
        }
        let mut name_org = |r: Role, orgs: &mut Orgs| match r.named_org {
            Some(span) if r.org.is_none() => {
                org_names.insert(fold(span.as_str(doc.text)));
                Role {
                    org: Some(orgs.add_found(doc, span)),
                    ..r
                }
            }
            _ => r,
        };
        let before = before.map(|r| name_org(r, orgs));
        let after = after.map(|r| name_org(r, orgs));
        role = before.clone().or_else(|| after.clone());
        let mut gender = honor.and_then(|(_, g)| g);
        if gender.is_none() {
            gender = role.as_ref().and_then(|r| match r.gender {
                LexGender::Masculine => Some(Gender::Male),
                LexGender::Feminine => Some(Gender::Female),
                LexGender::Either => None,
            });
        }
        if gender.is_none() {
            gender = match first_name {
                Some(LexGender::Masculine) => Some(Gender::Male),
                Some(LexGender::Feminine) => Some(Gender::Female),
                _ => None,
            };
        }
        // Roles carry their own organisations; this is what else says it.
        let mut org = represented_org(doc, orgs, anchor_at);
        if contact && role.is_none() {
            // A contact block lists the name, then a title or an
            // organisation on the next lines.
            let (r, o) = contact_details(doc, orgs, last);
            role = r;
            org = org.or(o);
        }
        // Contacts listed under a heading that gives their title.
        let heading = (role.is_none() && reachable)
            .then(|| heading_role(doc, orgs, first))
            .flatten();
        if heading.is_some() {
            role = heading.clone();
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        let roles: Vec<Role> = if contact || heading.is_some() {
            role.into_iter().collect()
        } else {
            before.into_iter().chain(after).collect()
        };
        for r in &roles {
            role_spans.push(r.span);
            for p in &r.portfolio {
                orgs.forget(doc, *p);
            }
        }
        found.push(Found {
            span,
            gender,
            roles,
            org,
            anchored,
        });
    }
    // The names appositions added, everywhere else they occur.
    orgs.finish(doc);
    group(doc, orgs, found)
}

/// Whether tokens `first..=last` fill their line (a name listed on its own
/// line in a contact block).
/// Whether the name at `first..=last` stands alone on the line after a
/// signature cue ("Signed" / "Name" / "Title"): it is read like a contact
/// block, title on the lines after.
fn signed(doc: &Doc, first: usize, last: usize) -> bool {
    if !alone_on_line(doc, first, last) {
        return false;
    }
    let line = doc.line_at(doc.tokens[first].span.start).span;
    let Some(above) = line.start.checked_sub(1).map(|end| doc.line_at(end).span) else {
        return false;
    };
    Base::get().is_signature_cue(above.as_str(doc.text).trim())
}

/// Whether the name at `first..=last` opens its line and the line gives a
/// telephone number or an e-mail address: "Katrien Peeters (NL) – 0478 55
/// 12 30" under a spokesperson heading.
fn reachable_at(doc: &Doc, first: usize, last: usize) -> bool {
    let opens = doc
        .prev_token(first)
        .is_none_or(|p| doc.tokens[p].kind == TokenKind::Newline);
    let words = (first..=last)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    let set_off = doc
        .next_token(last)
        .is_some_and(|n| matches!(doc.word(n), "(" | "-" | "–" | "," | ":"));
    if !opens || !(2..=4).contains(&words) || !set_off {
        return false;
    }
    // A contact line is short; a paragraph with figures is not one.
    let line = doc.line_at(doc.tokens[first].span.start).span;
    if line.len() > 100 {
        return false;
    }
    gives_phone_or_email(&doc.text[doc.tokens[last].span.end..line.end])
}

/// Whether `text` holds a telephone number (eight digits or more) or an
/// e-mail address.
fn gives_phone_or_email(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= 8 || text.contains('@')
}

/// The title a heading gives the contacts listed under it: "Porte-parole
/// de l'AFSCA :" above "Katrien Peeters (NL) – 0478 …", maybe over other
/// contact lines.
fn heading_role(doc: &Doc, orgs: &Orgs, first: usize) -> Option<Role> {
    let mut line = doc.line_at(doc.tokens[first].span.start).span;
    for _ in 0..4 {
        line = doc.line_at(line.start.checked_sub(1)?).span;
        let text = line.as_str(doc.text).trim();
        if text.is_empty() {
            return None;
        }
        if !text.ends_with(':') {
            // Other contacts of the list.
            if gives_phone_or_email(text) {
                continue;
            }
            return None;
        }
        let k =
            doc.token_from(line.start + (line.len() - line.as_str(doc.text).trim_start().len()));
        title_at(doc, k)?;
        let parsed = parse_role(doc, orgs, k)?;
        return doc
            .next_token(parsed.end)
            .is_some_and(|n| doc.word(n) == ":" && doc.tokens[n].span.end <= line.end)
            .then_some(parsed.role);
    }
    None
}

fn alone_on_line(doc: &Doc, first: usize, last: usize) -> bool {
    let starts = doc
        .prev_token(first)
        .is_none_or(|p| doc.tokens[p].kind == TokenKind::Newline);
    let ends = doc
        .next_token(last)
        .is_none_or(|n| doc.tokens[n].kind == TokenKind::Newline);
    starts
        && ends
        && (2..=4).contains(
            &(first..=last)
                .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
                .count(),
        )
}

fn in_role_phrase(role_spans: &[Span], span: Span) -> bool {
    recent_roles(role_spans).any(|r| r.contains(span))
}

/// The roles taken by the last names: role spans are pushed in text order
/// and are short, so only these can reach the next name (a bounded look
/// back keeps the scan linear in the number of names).
fn recent_roles(role_spans: &[Span]) -> impl Iterator<Item = &Span> {
    role_spans.iter().rev().take(16)
}

/// The title and organisation on the lines after a name in a contact block.
fn contact_details(doc: &Doc, orgs: &Orgs, last: usize) -> (Option<Role>, Option<usize>) {
    let mut role = None;
    let mut org = None;
    let mut k = last;
    for _ in 0..2 {
        // The first token of the next non-empty line.
        let mut n = k + 1;
        while n < doc.tokens.len() && doc.tokens[n].is_space() {
            n += 1;
        }
        if n >= doc.tokens.len() {
            break;
        }
        let line_end = doc.line_at(doc.tokens[n].span.start).span.end;
        let hit = doc
            .hit_starting_at(doc.tokens[n].span.start)
            .filter(|h| doc.gazetteer.entries[h.entry].class == Class::Org);
        if let Some(e) = orgs
            .at(doc.tokens[n].span)
            .or_else(|| hit.and_then(|h| orgs.of_entry(h.entry)))
        {
            org = org.or(Some(e));
        } else if role.is_none()
            && let Some(p) = parse_role(doc, orgs, n)
        {
            org = org.or(p.role.org);
            role = Some(p.role);
        }
        k = doc.token_from(line_end).saturating_sub(1).max(n);
    }
    (role, org)
}

/// The words of a name, folded, without initials' periods.
fn name_words(text: &str) -> Vec<String> {
    fold(text)
        .split([' ', '-'])
        .map(|w| w.trim_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A name as it should be shown: spaces collapsed, words in capitals
/// written capitalised ("Modou DIOP" -> "Modou Diop").
fn display_name(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let all_caps = words
        .iter()
        .all(|w| is_all_caps(w) || w.chars().count() <= 2);
    words
        .iter()
        .map(|w| {
            if is_all_caps(w) && !all_caps || (all_caps && w.chars().count() > 2) {
                capitalise(w)
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | ' ');
    }
    out
}

/// Groups the found names into people: a shorter name whose words all
/// belong to a fuller one is the same person.
fn group(doc: &Doc, orgs: &mut Orgs, found: Vec<Found>) -> People {
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut people = People::default();
    // Fuller names first, so that short mentions find them.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(name_words(found[i].span.as_str(doc.text)).len()),
            found[i].span.start,
        )
    });
    for i in order {
        let f = &found[i];
        let text = display_name(f.span.as_str(doc.text));
        let words = name_words(&text);
        if words.is_empty() {
            continue;
        }
        // Candidates share the name's last word (looked up, not scanned).
        let target = words
            .last()
            .and_then(|last| by_word.get(last))
            .and_then(|cands| {
                cands.iter().copied().find(|&p| {
                    let p = &people.entities[p];
                    words.iter().all(|w| p.words.contains(w))
                        && (words.len() > 1
                            || p.words.last() == words.last()
                            || p.words.first() == words.first())
                })
            });
        let p = match target {
            Some(p) => p,
            None => {
                if words.len() == 1 && !f.anchored {
                    continue;
                }
                people.entities.push(PersonEntity {
                    name: text.clone(),
                    words: words.clone(),
                    role: None,
                    org: None,
                    gender: None,
                    mentions: Vec::new(),
                    aliases: Vec::new(),
                    candidates: Vec::new(),
                });
                let p = people.entities.len() - 1;
                for w in &words {
                    by_word.entry(w.clone()).or_default().push(p);
                }
                p
            }
        };
        let x = &mut people.entities[p];
        x.mentions.push(f.span);
        if words.len() > 1 && words != x.words && !x.aliases.contains(&text) {
            x.aliases.push(text);
        }
        x.gender = x.gender.or(f.gender);
        x.candidates.extend(f.roles.iter().cloned());
        if x.org.is_none() {
            x.org = f.org;
        }
    }
    for x in &mut people.entities {
        choose_role(x);
    }
    surname_mentions(doc, &mut people);
    default_affiliation(doc, orgs, &mut people);
    for x in &mut people.entities {
        x.mentions.sort_by_key(|s| s.start);
        x.mentions.dedup();
    }
    people
}

/// Chooses the role that names the office best: an office over a mere
/// occupation, a role read in the body over one in the headline, then the
/// fuller title; the affiliation comes from that role, or from any other.
fn choose_role(x: &mut PersonEntity) {
    x.candidates.sort_by_key(|r| r.span.start);
    let best = x
        .candidates
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| {
            (
                !r.generic,
                !r.first_line,
                r.text.split_whitespace().count(),
                std::cmp::Reverse(*i),
            )
        })
        .map(|(i, _)| i);
    if let Some(b) = best {
        let role = x.candidates[b].clone();
        // The organisation most roles name (offices before occupations);
        // ties go to the chosen role's.
        let mut votes: Vec<(usize, usize)> = Vec::new();
        for r in x.candidates.iter().filter(|r| !r.generic) {
            if let Some(o) = r.org {
                match votes.iter_mut().find(|(e, _)| *e == o) {
                    Some(v) => v.1 += 1,
                    None => votes.push((o, 1)),
                }
            }
        }
        let top = votes.iter().map(|v| v.1).max().unwrap_or(0);
        let org = role
            .org
            .filter(|o| votes.iter().any(|v| v.0 == *o && v.1 == top))
            .or_else(|| votes.iter().find(|v| v.1 == top).map(|v| v.0));
        x.org = org.or(x.org);
        x.role = Some(role);
    }
}

/// Adds mentions of a person by their last name alone ("Pope said").
fn surname_mentions(doc: &Doc, people: &mut People) {
    let taken = people.mentions();
    // Last name -> the people whose full name ends with it.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, p) in people.entities.iter().enumerate() {
        if p.words.len() > 1
            && let Some(last) = p.words.last()
        {
            by_last.entry(last.as_str()).or_default().push(k);
        }
    }
    let mut add = Vec::new();
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i];
        let w = doc.word(i);
        if t.kind != TokenKind::Word || !is_capitalised(w) || w.chars().count() < 3 {
            continue;
        }
        if crate::extract::overlapping(&taken, t.span).is_some()
            || doc.furniture_at(t.span).is_some()
            || !doc.hits_in(t.span).is_empty()
        {
            continue;
        }
        // A hyphenated surname folds to several words ("Aldous-Moreno").
        let key = fold(w);
        let key_words: Vec<&str> = key.split(' ').collect();
        let Some(last) = key_words.last() else {
            continue;
        };
        let holders: Vec<usize> = by_last
            .get(last)
            .map(|ps| {
                ps.iter()
                    .copied()
                    .filter(|&p| {
                        let words = &people.entities[p].words;
                        words.len() > key_words.len()
                            && words[words.len() - key_words.len()..]
                                .iter()
                                .zip(&key_words)
                                .all(|(a, b)| a == b)
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let [p] = holders.as_slice()
            && word_bounded(doc.text, t.span.start, t.span.end)
        {
            add.push((*p, t.span));
        }
    }
    for (p, span) in add {
        people.entities[p].mentions.push(span);
    }
}

/// A person with an organisational title and no organisation of their own
/// works for the document's main organisation (the most mentioned).
fn default_affiliation(doc: &Doc, orgs: &Orgs, people: &mut People) {
    let main = orgs
        .entities
        .iter()
        .enumerate()
        .filter(|(_, x)| !x.mentions.is_empty())
        .max_by_key(|(e, x)| {
            (
                x.mentions.len(),
                std::cmp::Reverse(x.mentions.first().map_or(0, |m| m.0.start)),
                std::cmp::Reverse(*e),
            )
        })
        .map(|(e, _)| e);
    for x in &mut people.entities {
        if x.org.is_none() && x.role.is_some() {
            x.org = x.mentions.iter().find_map(|m| speaking_for(doc, orgs, *m));
        }
        if x.org.is_none()
            && let Some(r) = x.role.as_ref().filter(|r| r.political)
        {
            x.org = ministry_for(doc, orgs, r);
        }
        if x.org.is_none()
            && let Some(r) = &x.role
            && !r.political
            && !r.generic
            && !r.qualified
        {
            x.org = main;
        }
        // An occupation's organisation ("fonctionnaire des Nations Unies")
        // when nothing better is known.
        if x.org.is_none() {
            x.org = x.candidates.iter().find_map(|r| r.org);
        }
    }
}

/// The organisation a sentence opens with as whose voice the person
/// named soon after speaks: "For ECOWAS, Commissioner X said …", "Pour
/// l'UNICEF, la Représentante X a …".
fn speaking_for(doc: &Doc, orgs: &Orgs, mention: Span) -> Option<usize> {
    let k = doc.token_from(mention.start);
    let sentence = doc.sentence_of(k)?;
    let first = (sentence.tokens.start..k).find(|&t| !doc.tokens[t].is_space())?;
    if !matches!(doc.word(first), "For" | "Pour") {
        return None;
    }
    let mut n = doc.next_token(first)?;
    if is_det(doc.word(n)) {
        n = doc.next_token(n)?;
    }
    let (e, end) = org_at(doc, orgs, n)?;
    let comma = doc.next_token(end).filter(|&c| doc.word(c) == ",")?;
    (k > comma && k - comma <= 24).then_some(e)
}

/// The countries a stretch of text names: country names and demonyms
/// ("Nigeria's", "sénégalais"), as gazetteer entries.
fn countries_in(doc: &Doc, span: Span) -> Vec<usize> {
    let mut out: Vec<usize> = doc
        .hits_in(span)
        .iter()
        .filter(|h| {
            let e = &doc.gazetteer.entries[h.entry];
            e.class == Class::Place && matches!(e.kind.as_str(), "country" | "territory")
        })
        .map(|h| h.entry)
        .collect();
    for k in doc.token_from(span.start)..doc.token_from(span.end) {
        if doc.tokens[k].kind == TokenKind::Word
            && let Some(entries) = doc.gazetteer.demonym(doc.word(k))
        {
            out.extend_from_slice(entries);
        }
    }
    out
}

/// The words of a portfolio: those after the first preposition of a title
/// or a ministry's name, determiners dropped ("Minister of Health" and
/// "Federal Ministry of Health" give "health"), or, with no preposition,
/// the words that are not titles ("Health Minister").
fn portfolio_words(lang: Lang, folded: &str) -> Vec<&str> {
    let base = Base::get();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is_det = |w: &str| matches!(w, "la" | "le" | "les" | "l" | "the");
    match words
        .iter()
        .position(|w| is_prep(lang, w) || matches!(*w, "of" | "for"))
    {
        Some(p) => words[p + 1..]
            .iter()
            .copied()
            .skip_while(|w| is_det(w))
            .collect(),
        None => words
            .into_iter()
            .filter(|w| base.title(lang, w).is_none() && !base.is_function_word(lang, w))
            .collect(),
    }
}

/// The ministry of a minister's portfolio among the organisations of the
/// text: "Coordinating Minister of Health" works at "the Federal Ministry
/// of Health", "la ministre de l'Éducation nationale" at "le ministère de
/// l'Éducation nationale et de l'Alphabétisation", an "Assistant Secretary
/// of State for Migration" at "the Department of State": one portfolio
/// holds the other, word for word, and the most named ministry wins. When
/// the text names a single ministry, one distinctive word in common is
/// enough ("Minister of International Development" at "Foreign Affairs,
/// Trade and Development Canada"); when it names none but a government
/// ("le Gouvernement congolais"), a minister belongs to it. A country's
/// minister works at no other country's ministry.
fn ministry_for(doc: &Doc, orgs: &Orgs, role: &Role) -> Option<usize> {
    let base = Base::get();
    let folded_role = fold(&role.text);
    let portfolio = portfolio_words(doc.lang, &folded_role);
    let title = portfolio.join(" ");
    let holds = |outer: &str, inner: &str| {
        !inner.is_empty() && format!(" {outer} ").contains(&format!(" {inner} "))
    };
    let role_countries = {
        let k = doc.token_from(role.span.start);
        let from = (0..4).fold(k, |t, _| doc.prev_token(t).unwrap_or(t));
        countries_in(doc, Span::new(doc.tokens[from].span.start, role.span.end))
    };
    let qualified = role.qualified || !role_countries.is_empty();
    // (entity, its names, mentions) of the ministries and governments the
    // text names, that this minister may belong to.
    let mut ministries: Vec<(usize, Vec<String>, usize)> = Vec::new();
    let mut governments: Vec<usize> = Vec::new();
    for (e, x) in orgs.entities.iter().enumerate() {
        if x.mentions.is_empty() {
            continue;
        }
        let mut names: Vec<String> = x
            .mentions
            .iter()
            .map(|(s, _)| s.as_str(doc.text).to_string())
            .collect();
        if let Some(entry) = x.entry {
            let entry = &doc.gazetteer.entries[entry];
            names.extend(entry.names.iter().flatten().cloned());
            names.extend(entry.variants.iter().cloned());
        }
        let head_is = |kind: fn(&Base, Lang, &str) -> bool| {
            names.iter().any(|n| {
                n.to_lowercase()
                    .split_whitespace()
                    .any(|w| kind(base, Lang::Fr, w) || kind(base, Lang::En, w))
            })
        };
        let ministry = head_is(Base::is_ministry_noun);
        let government = !ministry
            && names.iter().any(|n| {
                let lower = n.to_lowercase();
                let words: Vec<&str> = lower.split_whitespace().collect();
                [words.first(), words.last()]
                    .into_iter()
                    .flatten()
                    .any(|w| {
                        base.is_government_noun(Lang::Fr, w) || base.is_government_noun(Lang::En, w)
                    })
            });
        if !(ministry || government) {
            continue;
        }
        // A gazetteer ministry belongs to one state: a country's minister
        // needs the text to say it is theirs ("Département fédéral des
        // affaires étrangères" is not the Tunisian minister's).
        if qualified {
            let theirs: Vec<usize> = x
                .mentions
                .iter()
                .flat_map(|(s, _)| {
                    let k = doc.token_from(s.start);
                    let from = (0..3).fold(k, |t, _| doc.prev_token(t).unwrap_or(t));
                    countries_in(doc, Span::new(doc.tokens[from].span.start, s.end))
                })
                .collect();
            let ours = theirs.iter().any(|c| role_countries.contains(c));
            if !ours && (x.entry.is_some() || !theirs.is_empty()) {
                continue;
            }
        }
        if ministry {
            ministries.push((e, names, x.mentions.len()));
        } else {
            governments.push(e);
        }
    }
    let holding = ministries
        .iter()
        .filter(|(_, names, _)| {
            names.iter().any(|n| {
                let folded = fold(n);
                let words: Vec<&str> = folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let own = portfolio_words(doc.lang, &folded).join(" ");
                holds(&words.join(" "), &title) || holds(&title, &own)
            })
        })
        .max_by_key(|(_, _, n)| *n)
        .map(|(e, _, _)| *e);
    if holding.is_some() {
        return holding;
    }
    if let [(e, names, _)] = &ministries[..] {
        let distinctive: Vec<&str> = portfolio
            .iter()
            .copied()
            .filter(|w| w.chars().count() > 3 && !base.is_generic_ministry_word(w))
            .collect();
        let shares = names.iter().any(|n| {
            let folded = fold(n);
            folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| distinctive.contains(&w))
        });
        return shares.then_some(*e);
    }
    match (&ministries[..], &governments[..]) {
        ([], [g]) if !portfolio.is_empty() => Some(*g),
        _ => None,
    }
}

/// The people as records, with spans mapped by `map`.
pub(crate) fn records(
    doc: &Doc,
    people: &People,
    orgs: &Orgs,
    map: &dyn Fn(Span) -> Span,
) -> Vec<crate::record::Person> {
    let mut order: Vec<usize> = (0..people.entities.len())
        .filter(|&p| !people.entities[p].mentions.is_empty())
        .collect();
    order.sort_by_key(|&p| people.entities[p].mentions[0].start);
    order
        .into_iter()
        .map(|p| {
            let x = &people.entities[p];
            crate::record::Person {
                name: x.name.clone(),
                role: x.role.as_ref().map(|r| r.text.clone()),
                organisation: x.org.map(|e| crate::extract::org::view(doc, orgs, e).name),
                organisation_id: x.org.and_then(|e| orgs.id(e, doc)).map(str::to_string),
                gender: x.gender,
                aliases: x.aliases.clone(),
                spans: x.mentions.iter().map(|s| map(*s)).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names() {
        assert_eq!(display_name("Modou DIOP"), "Modou Diop");
        assert_eq!(display_name("Claire  Martin"), "Claire Martin");
        assert_eq!(display_name("Jean-Paul Mabiala"), "Jean-Paul Mabiala");
        assert_eq!(display_name("DIALLO"), "Diallo");
    }

    #[test]
    fn name_words_fold() {
        assert_eq!(name_words("Laura M. Stone"), ["laura", "m", "stone"]);
        assert_eq!(name_words("Kouassi- N'Guessan"), ["kouassi", "n'guessan"]);
    }
}
