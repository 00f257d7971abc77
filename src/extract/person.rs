//! People: names, roles and affiliations. A name is a run of capitalised
//! words (with initials, particles such as "de" or "ben", and names in
//! capitals like "Macky SALL"), kept when something says it is a person: an
//! honorific before it (M., Mme, Dr, S.E., H.E.), a title in apposition on
//! either side ("La Directrice générale de l'OIM, Amy Pope", "Amy Pope,
//! Directrice générale de l'OIM", "IOM Director General William Lacy
//! Swing"), a known first name, or a speech verb next to it ("said X", "X a
//! déclaré"). Titles are parsed by a small grammar over the title lexicons
//! (modifiers, heads, "and", complements with "of/de ..."): an organisation
//! in the complement or before the title is the affiliation, and a role in
//! an organ ("Président de la Commission de la CEDEAO") is a role in its
//! parent. Later short mentions ("Mme Pope", "Pope", "Dr Tedros") join the
//! full name. Gender comes from honorifics, titles and first names. Contact
//! blocks give the people they list; photo credits and other boilerplate
//! give none.

use crate::boilerplate::BoilerplateKind;
use crate::extract::Doc;
use crate::extract::org::{Orgs, word_bounded};
use crate::fold::fold;
use crate::gazetteer::Class;
use crate::lang::Lang;
use crate::lexicon::{Base, HeadRole, LexGender, TitleClass};
use crate::record::Gender;
use crate::segment::TokenKind;
use crate::span::Span;

/// Lowercase particles that can sit inside a name.
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "ben", "bin", "ibn", "al", "el",
    "dos", "das", "do", "du", "ould", "y", "le", "la",
];

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
    pub(crate) gender: LexGender,
    /// Folded head words ("directrice", "minister"), for coreference.
    pub(crate) heads: Vec<String>,
    /// Whether the role was read on the first line (a headline or caption).
    pub(crate) first_line: bool,
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

    /// The person mentioned at `span`, if any.
    pub(crate) fn at(&self, span: Span) -> Option<usize> {
        self.entities
            .iter()
            .position(|x| x.mentions.iter().any(|s| s.overlaps(span)))
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
    first: usize,
    last: usize,
    span: Span,
    gender: Option<Gender>,
    role: Option<Role>,
    org: Option<usize>,
    /// Whether an honorific or a title stands right before the name.
    anchored: bool,
}

/// Per-token facts the name finder needs.
struct Marks {
    /// Token is inside an organisation, place or wire name, a title unit,
    /// or boilerplate other than a contact block.
    blocked: Vec<bool>,
    /// Token is inside a contact block.
    contact: Vec<bool>,
}

fn marks(doc: &Doc, orgs: &Orgs) -> Marks {
    let n = doc.tokens.len();
    let mut blocked = vec![false; n];
    let mut contact = vec![false; n];
    let block = |span: Span, blocked: &mut Vec<bool>| {
        let mut k = doc.token_from(span.start);
        while k < n && doc.tokens[k].span.start < span.end {
            blocked[k] = true;
            k += 1;
        }
    };
    for h in &doc.hits {
        block(h.span, &mut blocked);
    }
    for (span, _) in orgs.mentions() {
        block(span, &mut blocked);
    }
    for f in &doc.furniture {
        if f.kind == BoilerplateKind::Contact {
            let mut k = doc.token_from(f.span.start);
            while k < n && doc.tokens[k].span.start < f.span.end {
                contact[k] = true;
                k += 1;
            }
        } else {
            block(f.span, &mut blocked);
        }
    }
    Marks { blocked, contact }
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
    let lower = w.to_lowercase();
    if base.is_any_function_word(&lower)
        || base.is_calendar_word(w)
        || base.title(doc.lang, w).is_some()
        || base.honorific(doc.lang, w).is_some()
        || base.org_head(doc.lang, w).is_some()
        || doc.gazetteer.demonym(w).is_some()
        || base.speech_verb(doc.lang, w).is_some()
    {
        // A first name that is also a title ("Prince") still counts.
        return base.first_name(w).is_some() && base.title(doc.lang, w).is_none();
    }
    if is_all_caps(w) && in_capitals_line(doc, i) {
        return false;
    }
    true
}

fn in_capitals_line(doc: &Doc, i: usize) -> bool {
    let pos = doc.tokens[i].span.start;
    let start = doc.text[..pos].rfind('\n').map_or(0, |x| x + 1);
    let end = doc.text[pos..].find('\n').map_or(doc.text.len(), |x| pos + x);
    !doc.text[start..end].chars().any(char::is_lowercase)
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
        if !name_word(doc, marks, i) || initial_at(doc, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut k = i;
        loop {
            // Step over one space (not a line break).
            let Some(n) = next_on_line(doc, k) else { break };
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
            if PARTICLES.contains(&w) {
                if let Some(m) = next_on_line(doc, n).filter(|&m| name_word(doc, marks, m)) {
                    last = m;
                    k = m;
                    continue;
                }
            }
            // "Sassou- N'Guesso": a hyphen glued to the name, then a name.
            if w == "-" && doc.tokens[n].span.start == doc.tokens[k].span.end {
                if let Some(m) = next_on_line(doc, n).filter(|&m| name_word(doc, marks, m)) {
                    last = m;
                    k = m;
                    continue;
                }
            }
            break;
        }
        // A name starts at a first name when the run has a word before it
        // that is not one ("State Antony J. Blinken").
        let mut first = first;
        if let Some(f) = (first + 1..=last)
            .find(|&k| doc.tokens[k].kind == TokenKind::Word && Base::get().first_name(doc.word(k)).is_some())
        {
            if Base::get().first_name(doc.word(first)).is_none() && f < last {
                first = f;
            }
        }
        runs.push((first, last));
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
    loop {
        let Some(mut end) = doc.prev_token(start) else { break };
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
            let text_end = if with_period { doc.tokens[end + 1].span.end } else { doc.tokens[end].span.end };
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
        if let Some(p) = doc.prev_token(start) {
            if doc.tokens[p].kind == TokenKind::Elision {
                start = p;
            }
        }
    }
    found.then_some((start, gender))
}

/// The title unit starting at token `i`: (last token, gender, class).
fn title_at(doc: &Doc, i: usize) -> Option<(usize, LexGender, TitleClass)> {
    let base = Base::get();
    if !doc.tokens[i].is_wordlike() {
        return None;
    }
    // Longest unit first: "secrétaire d'État", "Chief Executive Officer".
    let mut ends = vec![i];
    let mut k = i;
    while ends.len() < base.title_words {
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
        let parts: Vec<(LexGender, TitleClass)> = w
            .split('-')
            .map(|p| base.title(doc.lang, p))
            .collect::<Option<Vec<_>>>()?;
        let class = parts
            .iter()
            .map(|p| p.1)
            .find(|c| matches!(c, TitleClass::Head | TitleClass::Political))?;
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
        Lang::Fr => matches!(w, "de" | "du" | "des" | "d'" | "pour" | "à" | "au" | "aux" | "en" | "auprès" | "chargé" | "chargée" | "sur"),
        Lang::En => matches!(w, "of" | "for" | "at" | "in" | "on" | "to"),
    }
}

fn is_det(w: &str) -> bool {
    matches!(w, "the" | "la" | "le" | "les" | "l'" | "The" | "La" | "Le" | "Les" | "L'")
}

/// The organisation mention starting at token `i`: (entity, last token).
fn org_at(doc: &Doc, orgs: &Orgs, i: usize) -> Option<(usize, usize)> {
    let start = doc.tokens[i].span.start;
    let (span, e) = orgs.mentions().into_iter().find(|(s, _)| s.start == start)?;
    let last = doc.tokens[i..].iter().position(|t| t.span.end >= span.end)? + i;
    Some((e, last))
}

/// The place hit starting at token `i`: its last token.
fn place_at(doc: &Doc, i: usize) -> Option<usize> {
    let start = doc.tokens[i].span.start;
    let h = doc
        .hits
        .iter()
        .find(|h| h.span.start == start && doc.gazetteer.entries[h.entry].class == Class::Place)?;
    Some(doc.tokens[i..].iter().position(|t| t.span.end >= h.span.end)? + i)
}

/// Parses a title phrase starting at token `k`: transient words, the title
/// core (modifiers, heads, "and"), then complements. English capitalised
/// portfolio words before a political head ("Health Minister") belong to
/// the core.
fn parse_role(doc: &Doc, orgs: &Orgs, k: usize) -> Option<Parsed> {
    let base = Base::get();
    let mut i = k;
    // Transient words ("new", "nouvelle", "outgoing").
    while let Some((end, _, TitleClass::Transient)) = title_at(doc, i) {
        i = doc.next_token(end)?;
    }
    let core_start = i;
    let mut has_head = false;
    let mut political = false;
    let mut gender = LexGender::Either;
    let mut heads = Vec::new();
    let mut last = None;
    loop {
        if let Some((end, g, class)) = title_at(doc, i) {
            match class {
                TitleClass::Head | TitleClass::Political => {
                    has_head = true;
                    political |= class == TitleClass::Political;
                    heads.push(fold(Span::new(doc.tokens[i].span.start, doc.tokens[end].span.end).as_str(doc.text)));
                }
                TitleClass::Modifier => {}
                TitleClass::Transient => break,
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
        // "Chairman and CEO": a conjunction between title words.
        if last.is_some() && matches!(w, "and" | "et" | "&") {
            if let Some(n) = doc.next_token(i).filter(|&n| title_at(doc, n).is_some()) {
                i = n;
                continue;
            }
        }
        // English portfolio words before a head: "Health Minister",
        // "Transport and Privatisation Minister".
        if doc.lang == Lang::En && last.is_none() && is_capitalised(w) && doc.tokens[i].kind == TokenKind::Word {
            let mut j = i;
            let mut steps = 0;
            while steps < 4 {
                let Some(n) = doc.next_token(j) else { break };
                let nw = doc.word(n);
                if title_at(doc, n).is_some_and(|t| matches!(t.2, TitleClass::Head | TitleClass::Political)) {
                    i = n;
                    break;
                }
                if !(is_capitalised(nw) || nw == "and") || doc.tokens[n].kind != TokenKind::Word {
                    break;
                }
                j = n;
                steps += 1;
            }
            if i != core_start {
                continue;
            }
        }
        break;
    }
    if !has_head {
        return None;
    }
    let mut end = last?;
    let mut role_end = end;
    let mut org = None;
    let mut text_extra = String::new();
    // A French demonym after the head: "ministre tunisien des affaires étrangères".
    if doc.lang == Lang::Fr {
        if let Some(n) = doc.next_token(end) {
            if doc.tokens[n].kind == TokenKind::Word && !is_capitalised(doc.word(n)) && doc.gazetteer.demonym(doc.word(n)).is_some() {
                end = n;
                role_end = n;
            }
        }
    }
    // Complements.
    let mut complements = 0;
    loop {
        let Some(mut p) = doc.next_token(end) else { break };
        let mut comma = false;
        if doc.word(p) == "," {
            // French ", à la Paix", English ", Public Policy and ...".
            let Some(n) = doc.next_token(p) else { break };
            let nw = doc.word(n);
            let continues = complements > 0
                && org.is_none()
                && match doc.lang {
                    Lang::Fr => is_prep(Lang::Fr, nw),
                    Lang::En => is_capitalised(nw) && title_at(doc, n).is_none() && orgs_at_token(doc, orgs, n).is_none() && !starts_with_first_name(nw),
                };
            if !continues {
                break;
            }
            comma = true;
            p = n;
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
        if is_det(doc.word(j)) {
            match doc.next_token(j) {
                Some(x) => j = x,
                None => break,
            }
        }
        if let Some((e, oend)) = org_at(doc, orgs, j) {
            if org.is_none() {
                // A role in an organ is a role in its parent: "Président de
                // la Commission de la CEDEAO".
                let x = &orgs.entities[e];
                let body = doc.word(j);
                if let Some(parent) = x.parent.filter(|_| base.org_head(doc.lang, body) == Some(HeadRole::Body)) {
                    let sep = Span::new(doc.tokens[p].span.start, doc.tokens[j].span.end).as_str(doc.text);
                    text_extra = format!(" {sep}");
                    org = Some(parent);
                } else {
                    org = Some(e);
                }
            }
            end = oend;
            // "(CEI)" after the organisation.
            if let Some(b) = doc.next_token(end).filter(|&b| doc.word(b) == "(") {
                if let Some(c) = (b + 1..doc.tokens.len().min(b + 5)).find(|&c| doc.word(c) == ")") {
                    end = c;
                }
            }
            complements += 1;
            continue;
        }
        if let Some(pend) = place_at(doc, j) {
            end = pend;
            if org.is_none() {
                role_end = pend;
            }
            complements += 1;
            continue;
        }
        // A noun phrase: up to six words, "and" between capitalised ones.
        let mut np_end = None;
        let mut x = j;
        let mut count = 0;
        while count < 6 {
            let w = doc.word(x);
            let kind = doc.tokens[x].kind;
            let word_ok = kind == TokenKind::Word
                && !base.is_any_function_word(&w.to_lowercase())
                && !(is_capitalised(w) && starts_with_first_name(w) && np_end.is_some())
                && orgs_at_token(doc, orgs, x).is_none();
            let and_ok = np_end.is_some() && matches!(w, "and" | "et" | "&") && doc.next_token(x).is_some_and(|y| is_capitalised(doc.word(y)) || doc.lang == Lang::Fr);
            let elision = kind == TokenKind::Elision && np_end.is_some();
            if word_ok {
                np_end = Some(x);
            } else if !(and_ok || elision || (doc.lang == Lang::Fr && np_end.is_some() && is_prep(Lang::Fr, w) && !matches!(w, "en"))) {
                break;
            }
            match doc.next_token(x) {
                Some(y) => x = y,
                None => break,
            }
            count += 1;
        }
        let Some(ne) = np_end else { break };
        // Do not swallow the name of the person the title introduces.
        if ne == j && is_capitalised(doc.word(j)) && starts_with_first_name(doc.word(j)) {
            break;
        }
        end = ne;
        if org.is_none() {
            role_end = ne;
        }
        complements += 1;
    }
    let first_line = !doc.text[..doc.tokens[core_start].span.start].contains('\n');
    let mut text = clean_role_text(Span::new(doc.tokens[core_start].span.start, doc.tokens[role_end].span.end).as_str(doc.text));
    text.push_str(&text_extra);
    Some(Parsed {
        end,
        role: Role {
            text,
            org,
            political,
            gender,
            heads,
            first_line,
        },
    })
}

fn orgs_at_token(doc: &Doc, orgs: &Orgs, i: usize) -> Option<usize> {
    orgs.at(doc.tokens[i].span)
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
    if matches!(doc.word(j), "," | "-" | ":") {
        j = doc.prev_token(j)?;
    }
    let mut k = j;
    let mut best: Option<(usize, Role)> = None;
    for _ in 0..30 {
        let w = doc.word(k);
        if matches!(w, "." | "!" | "?" | ";" | "«" | "»" | "“" | "”" | "\"" | "\n") || doc.tokens[k].kind == TokenKind::Newline {
            break;
        }
        if title_at(doc, k).is_some() {
            if let Some(p) = parse_role(doc, orgs, k) {
                if p.end == j {
                    best = Some((k, p.role));
                }
            }
        }
        match doc.prev_token(k) {
            Some(p) => k = p,
            None => break,
        }
    }
    let (start, mut role) = best?;
    // An organisation right before the title: "IOM Director General".
    if role.org.is_none() {
        if let Some(p) = doc.prev_token(start) {
            let p = if doc.tokens[p].kind == TokenKind::Clitic { doc.prev_token(p)? } else { p };
            if let Some(e) = orgs.at(doc.tokens[p].span) {
                role.org = Some(e);
            }
        }
    }
    Some(role)
}

/// A title phrase in apposition after token `last`: ", Directrice générale
/// de l'OIM", " - Executive Director, UN Global Compact", ", WFP Director of
/// Communications"; then ", Calorie Count" names the organisation.
fn role_after(doc: &Doc, orgs: &mut Orgs, last: usize) -> Option<Role> {
    let sep = doc.next_token(last)?;
    if !matches!(doc.word(sep), "," | "-" | "(" | ":") {
        return None;
    }
    let mut k = doc.next_token(sep)?;
    while is_det(doc.word(k)) || matches!(doc.word(k), "a" | "an" | "un" | "une") {
        k = doc.next_token(k)?;
    }
    let mut prefix_org = None;
    if let Some((e, oend)) = org_at(doc, orgs, k) {
        let n = doc.next_token(oend)?;
        if title_at(doc, n).is_some() {
            prefix_org = Some(e);
            k = n;
        }
    }
    // A demonym before an English title: "Congolese Health Minister".
    if doc.lang == Lang::En && doc.gazetteer.demonym(doc.word(k)).is_some() {
        k = doc.next_token(k)?;
    }
    let parsed = parse_role(doc, orgs, k)?;
    let mut role = parsed.role;
    if role.org.is_none() {
        role.org = prefix_org;
    }
    // ", Calorie Count" or ", UN Global Compact Network Sri Lanka" after the
    // title, closing the clause.
    if role.org.is_none() {
        if let Some(c) = doc.next_token(parsed.end).filter(|&c| doc.word(c) == ",") {
            if let Some(s) = doc.next_token(c) {
                if let Some(e) = orgs.at(doc.tokens[s].span) {
                    role.org = Some(e);
                } else if let Some(span) = capitalised_clause_end(doc, s) {
                    role.org = Some(orgs.add_found(doc, span));
                }
            }
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
        if doc.tokens[k].kind == TokenKind::Word && is_capitalised(w) && !base.is_any_function_word(&w.to_lowercase()) && !starts_with_first_name(w) {
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
    let closes = doc
        .next_token(l)
        .is_none_or(|n| matches!(doc.word(n), "." | ";" | "\n" | "\"" | "”" | "»") || doc.tokens[n].kind == TokenKind::Newline);
    closes.then(|| Span::new(doc.tokens[s].span.start, doc.tokens[l].span.end))
}

/// Whether a speech verb or "selon/according to" stands next to the run.
fn speech_next_to(doc: &Doc, first: usize, last: usize) -> bool {
    let base = Base::get();
    let before = doc.prev_token(first).map(|p| {
        let p = if doc.word(p) == "," { doc.prev_token(p).unwrap_or(p) } else { p };
        doc.word(p).to_lowercase()
    });
    let after = doc.next_token(last).map(|n| {
        let n = if doc.word(n) == "," { doc.next_token(n).unwrap_or(n) } else { n };
        doc.word(n).to_lowercase()
    });
    let verb = |w: &Option<String>| w.as_deref().is_some_and(|w| base.speech_verb(doc.lang, w).is_some());
    verb(&before)
        || verb(&after)
        || matches!(before.as_deref(), Some("selon" | "to" | "by" | "par"))
        || matches!(after.as_deref(), Some("who" | "qui" | "a" | "has" | "had" | "est" | "was" | "is"))
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
        if matches!(doc.word(k), "." | ";") {
            break;
        }
    }
    None
}

/// Finds the people of a document; organisations named only in a person's
/// apposition are added to `orgs`.
pub(crate) fn find(doc: &Doc, orgs: &mut Orgs) -> People {
    let base = Base::get();
    let marks = marks(doc, orgs);
    let mut found: Vec<Found> = Vec::new();
    for (first, last) in name_runs(doc, &marks) {
        let words = (first..=last).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
        let honor = honorifics_before(doc, first);
        let anchor_at = honor.map_or(first, |(h, _)| h);
        let mut role = role_before(doc, orgs, anchor_at);
        if role.is_none() {
            role = role_after(doc, orgs, last);
        }
        let first_name = base.first_name(doc.word(first));
        let anchored = honor.is_some() || role.as_ref().is_some_and(|_| true);
        let contact = marks.contact[first];
        let accept = if words == 1 {
            honor.is_some() || role_before(doc, orgs, anchor_at).is_some()
        } else {
            anchored || first_name.is_some() || speech_next_to(doc, first, last) || contact
        };
        if !accept {
            continue;
        }
        if contact && words < 2 {
            continue;
        }
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
        let mut org = role.as_ref().and_then(|r| r.org);
        if org.is_none() {
            org = represented_org(doc, orgs, anchor_at);
        }
        if contact && role.is_none() {
            // A contact block lists the name, then a title or an
            // organisation on the next lines.
            let (r, o) = contact_details(doc, orgs, last);
            role = r;
            org = org.or(o);
        }
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        found.push(Found {
            first,
            last,
            span,
            gender,
            role,
            org,
            anchored,
        });
    }
    group(doc, orgs, found)
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
        let line_end = doc.text[doc.tokens[n].span.start..]
            .find('\n')
            .map_or(doc.text.len(), |e| doc.tokens[n].span.start + e);
        if let Some(e) = orgs.at(doc.tokens[n].span) {
            org = org.or(Some(e));
        } else if role.is_none() {
            if let Some(p) = parse_role(doc, orgs, n) {
                org = org.or(p.role.org);
                role = Some(p.role);
            }
        }
        k = doc.token_from(line_end).saturating_sub(1).max(n);
    }
    (role, org)
}

/// The words of a name, folded, without initials' periods.
fn name_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| c == ' ' || c == '-')
        .map(|w| w.trim_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A name as it should be shown: spaces collapsed, words in capitals
/// written capitalised ("Macky SALL" -> "Macky Sall").
fn display_name(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let all_caps = words.iter().all(|w| is_all_caps(w) || w.chars().count() <= 2);
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
    let mut people = People::default();
    // Fuller names first, so that short mentions find them.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(name_words(found[i].span.as_str(doc.text)).len()), found[i].span.start));
    for i in order {
        let f = &found[i];
        let text = display_name(f.span.as_str(doc.text));
        let words = name_words(&text);
        if words.is_empty() {
            continue;
        }
        let target = people.entities.iter().position(|p| {
            words.iter().all(|w| p.words.contains(w))
                && (words.len() > 1 || p.words.last() == words.last() || p.words.first() == words.first())
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
                });
                people.entities.len() - 1
            }
        };
        let x = &mut people.entities[p];
        x.mentions.push(f.span);
        if words.len() > 1 && words != x.words && !x.aliases.contains(&text) {
            x.aliases.push(text);
        }
        x.gender = x.gender.or(f.gender);
        let better = match (&x.role, &f.role) {
            (None, Some(_)) => true,
            (Some(old), Some(new)) => old.first_line && !new.first_line || (old.org.is_none() && new.org.is_some() && old.first_line == new.first_line),
            _ => false,
        };
        if better {
            x.role = f.role.clone();
        }
        if x.org.is_none() || (better && f.org.is_some()) {
            x.org = f.org.or(x.org);
        }
        let _ = (f.first, f.last);
    }
    surname_mentions(doc, &mut people);
    default_affiliation(doc, orgs, &mut people);
    for x in &mut people.entities {
        x.mentions.sort_by_key(|s| s.start);
        x.mentions.dedup();
    }
    people
}

/// Adds mentions of a person by their last name alone ("Pope said").
fn surname_mentions(doc: &Doc, people: &mut People) {
    let taken: Vec<Span> = people.mentions().into_iter().map(|(s, _)| s).collect();
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i];
        let w = doc.word(i);
        if t.kind != TokenKind::Word || !is_capitalised(w) || w.chars().count() < 3 {
            continue;
        }
        if taken.iter().any(|s| s.overlaps(t.span)) || doc.furniture_at(t.span).is_some() || doc.hits.iter().any(|h| h.span.overlaps(t.span)) {
            continue;
        }
        let key = fold(w);
        let owners: Vec<usize> = people
            .entities
            .iter()
            .enumerate()
            .filter(|(_, p)| p.words.len() > 1 && p.words.last() == Some(&key))
            .map(|(k, _)| k)
            .collect();
        if let [p] = owners[..] {
            if word_bounded(doc.text, t.span.start, t.span.end) {
                people.entities[p].mentions.push(t.span);
            }
        }
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
        .max_by_key(|(e, x)| (x.mentions.len(), std::cmp::Reverse(x.mentions.first().map_or(0, |m| m.0.start)), std::cmp::Reverse(*e)))
        .map(|(e, _)| e);
    let _ = doc;
    for x in &mut people.entities {
        if x.org.is_none() {
            if let Some(r) = &x.role {
                if !r.political {
                    x.org = main;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names() {
        assert_eq!(display_name("Macky SALL"), "Macky Sall");
        assert_eq!(display_name("Amy  Pope"), "Amy Pope");
        assert_eq!(display_name("Jean-Claude Gakosso"), "Jean-Claude Gakosso");
        assert_eq!(display_name("TOURAY"), "Touray");
    }

    #[test]
    fn name_words_fold() {
        assert_eq!(name_words("Cindy H. McCain"), ["cindy", "h", "mccain"]);
        assert_eq!(name_words("Sassou- N'Guesso"), ["sassou", "n'guesso"]);
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
