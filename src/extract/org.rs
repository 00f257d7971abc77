//! Organisations: every mention of an organisation, grouped into entities.
//! Mentions come from the gazetteer (full names, variants and acronyms in
//! either language, so that "l'UNODC" in a French text joins the ONUDC),
//! from acronym definitions in the text ("Long Form (ACR)" and
//! "ACR (Long Form)", checked by Schwartz–Hearst letter matching, which does
//! not care about French word order), from capitalised names headed by an
//! organisation noun ("Ministère des Affaires étrangères", "Women's Foreign
//! Policy Group", "Government of Bangladesh", "Acme SA"), from web names
//! ("About.com"), from unknown names coordinated with a known organisation
//! in a partnership sentence, and from short references ("the Commission",
//! "l'Organisation") to an organisation named before. "UN" used as an
//! adjective ("UN agency", "l'agence ... des Nations Unies") is not a
//! mention of the United Nations; boilerplate and wire credits are skipped.

use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use crate::extract::Doc;
use crate::fold::fold;
use crate::gazetteer::{Class, Form, is_acronym_like};
use crate::lang::Lang;
use crate::lexicon::{Base, HeadRole, TitleClass};
use crate::segment::TokenKind;
use crate::span::Span;

/// The gazetteer id of the United Nations, whose name doubles as an
/// adjective of its agencies.
const UN_ID: &str = "un";

/// How a mention names its organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionForm {
    /// A full or partial name.
    Name,
    /// An acronym.
    Acronym,
    /// A short reference ("the Commission").
    Short,
    /// Another name that does not make a good display name ("Secrétariat
    /// de l'OMS" for the OMS).
    Alias,
}

/// One organisation of a document.
#[derive(Clone, Debug)]
pub(crate) struct OrgEntity {
    /// The gazetteer entry, when known.
    pub(crate) entry: Option<usize>,
    /// Folded key of a name found in the text, for entities not in the
    /// gazetteer.
    pub(crate) key: String,
    /// The organisation this one is an organ of.
    pub(crate) parent: Option<usize>,
    /// Mentions, in text order.
    pub(crate) mentions: Vec<(Span, MentionForm)>,
}

/// The organisations of a document.
///
/// Mentions live in `index`, ordered by start, so that every lookup is a
/// range query; the entities' own mention lists are rebuilt from it by
/// [`Orgs::sync`] once a stage is done.
#[derive(Debug, Default)]
pub(crate) struct Orgs {
    pub(crate) entities: Vec<OrgEntity>,
    by_entry: HashMap<usize, usize>,
    by_key: HashMap<String, usize>,
    /// Keys of names found in the text, by their first and last word, for
    /// merging fuller and shorter forms.
    keys_by_word: HashMap<String, Vec<String>>,
    /// Forms defined in the text (acronyms, short names) -> entity.
    defined: Vec<(String, usize)>,
    defined_set: HashSet<String>,
    /// Mention start -> (span, entity, form); nested mentions share no
    /// start with their container.
    index: BTreeMap<usize, Vec<(Span, usize, MentionForm)>>,
}

/// How many candidates a new name is compared with when merging.
const MERGE_CANDIDATES: usize = 64;

impl Orgs {
    fn for_entry(&mut self, entry: usize, doc: &Doc) -> usize {
        if let Some(&e) = self.by_entry.get(&entry) {
            return e;
        }
        let parent = doc.gazetteer.entries[entry]
            .parent
            .map(|p| self.for_entry(p, doc));
        let e = self.entities.len();
        self.entities.push(OrgEntity {
            entry: Some(entry),
            key: String::new(),
            parent,
            mentions: Vec::new(),
        });
        self.by_entry.insert(entry, e);
        e
    }

    /// The entity for a name found in the text, merged with a known one
    /// when one name is the other with words left out ("Ministère des
    /// Affaires étrangères" and the same followed by "et des Sénégalais de
    /// l'Extérieur").
    fn for_key(&mut self, key: String) -> usize {
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        let first = key.split(' ').next().unwrap_or("").to_string();
        let last = key.rsplit(' ').next().unwrap_or("").to_string();
        let found = [&first, &last]
            .iter()
            .filter_map(|w| self.keys_by_word.get(*w))
            .flat_map(|keys| keys.iter().take(MERGE_CANDIDATES))
            .find(|k| same_name(k, &key))
            .and_then(|k| self.by_key.get(k).copied());
        for w in [first, last] {
            self.keys_by_word.entry(w).or_default().push(key.clone());
        }
        let e = found.unwrap_or_else(|| {
            self.entities.push(OrgEntity {
                entry: None,
                key: key.clone(),
                parent: None,
                mentions: Vec::new(),
            });
            self.entities.len() - 1
        });
        if self.entities[e].key.len() < key.len() && self.entities[e].entry.is_none() {
            self.entities[e].key = key.clone();
        }
        self.by_key.insert(key, e);
        e
    }

    fn add(&mut self, e: usize, span: Span, form: MentionForm) {
        if self.overlapping(span).is_none() {
            self.add_nested(e, span, form);
        }
    }

    /// Adds a mention, even nested in another organisation's name.
    fn add_nested(&mut self, e: usize, span: Span, form: MentionForm) {
        let slot = self.index.entry(span.start).or_default();
        if !slot.iter().any(|(s, _, _)| *s == span) {
            slot.push((span, e, form));
            self.entities[e].mentions.push((span, form));
        }
    }

    /// Removes every mention inside `span` (a longer name found later, a
    /// minister's portfolio). Entity lists catch up in [`Orgs::sync`].
    pub(crate) fn clear(&mut self, span: Span) {
        let starts: Vec<usize> = self
            .index
            .range(span.start..span.end)
            .map(|(k, _)| *k)
            .collect();
        for k in starts {
            if let Some(slot) = self.index.get_mut(&k) {
                slot.retain(|(s, _, _)| !span.contains(*s));
                if slot.is_empty() {
                    self.index.remove(&k);
                }
            }
        }
    }

    /// Removes the mentions inside `span` and forgets the name it spells, so
    /// that it is not found again elsewhere (a title mistaken for an
    /// organisation: "Conseil de la République" in a president's title).
    pub(crate) fn forget(&mut self, doc: &Doc, span: Span) {
        self.clear(span);
        let text = span.as_str(doc.text);
        if self.defined_set.remove(text) {
            self.defined.retain(|(f, _)| f != text);
        }
    }

    /// Hands every mention of the acronym `acr` from entity `from` to `to`:
    /// the text defines it for another organisation ("the International
    /// Coordinating Group on Vaccine Provision (ICG)" is not the
    /// International Crisis Group).
    fn redefine(&mut self, doc: &Doc, acr: &str, from: usize, to: usize) {
        for slot in self.index.values_mut() {
            for m in slot.iter_mut() {
                if m.1 == from && m.2 == MentionForm::Acronym && m.0.as_str(doc.text) == acr {
                    m.1 = to;
                }
            }
        }
        self.define(acr, to);
    }

    /// Rebuilds the entities' mention lists from the index.
    pub(crate) fn sync(&mut self) {
        for x in &mut self.entities {
            x.mentions.clear();
        }
        for slot in self.index.values() {
            for &(s, e, f) in slot {
                self.entities[e].mentions.push((s, f));
            }
        }
    }

    /// The outermost mention overlapping `span`: mentions do not overlap
    /// but for names nested in an organ's name, so a few steps back from
    /// the last mention starting before `span.end` suffice.
    fn overlapping(&self, span: Span) -> Option<(Span, usize)> {
        let mut best: Option<(Span, usize)> = None;
        for (_, slot) in self
            .index
            .range(..span.end.max(span.start + 1))
            .rev()
            .take(4)
        {
            for &(s, e, _) in slot {
                let hit = s.overlaps(span) || (s.start == span.start && span.is_empty());
                if hit && best.is_none_or(|(b, _)| s.len() > b.len()) {
                    best = Some((s, e));
                }
            }
        }
        best
    }

    /// The entity mentioned at `span` (overlapping it), if any.
    pub(crate) fn at(&self, span: Span) -> Option<usize> {
        self.overlapping(span).map(|(_, e)| e)
    }

    /// The outermost mention that starts at byte `pos`.
    pub(crate) fn starting_at(&self, pos: usize) -> Option<(Span, usize)> {
        self.index
            .get(&pos)?
            .iter()
            .max_by_key(|(s, _, _)| s.len())
            .map(|&(s, e, _)| (s, e))
    }

    /// Every mention, as `(span, entity)`, in text order.
    pub(crate) fn mentions(&self) -> Vec<(Span, usize)> {
        self.index
            .values()
            .flat_map(|slot| slot.iter().map(|&(s, e, _)| (s, e)))
            .collect()
    }

    /// Adds an organisation a later stage found (a name in a person's
    /// apposition: "director, Blue Harbor").
    pub(crate) fn add_found(&mut self, doc: &Doc, span: Span) -> usize {
        if let Some(e) = self.at(span) {
            return e;
        }
        // A form the text defined already ("DENR" after "Department of
        // Environment and Natural Resources (DENR)") is that organisation.
        let text = span.as_str(doc.text);
        if let Some(&(_, e)) = self.defined.iter().find(|(f, _)| f == text) {
            self.add(e, span, MentionForm::Acronym);
            return e;
        }
        let e = self.for_key(fold(text));
        self.add(e, span, MentionForm::Name);
        self.define(span.as_str(doc.text), e);
        e
    }

    /// Adds the other mentions of the names found by later stages, once.
    pub(crate) fn finish(&mut self, doc: &Doc) {
        self.find_defined_forms(doc);
        self.sync();
        for x in &mut self.entities {
            x.mentions.sort_by_key(|(s, _)| s.start);
        }
    }

    /// The entity of gazetteer entry `entry`, if the text mentions it.
    pub(crate) fn of_entry(&self, entry: usize) -> Option<usize> {
        self.by_entry.get(&entry).copied()
    }

    /// The entity's id in the gazetteer of `doc`, if it has one.
    pub(crate) fn id<'d>(&self, e: usize, doc: &'d Doc) -> Option<&'d str> {
        self.entities[e]
            .entry
            .map(|x| doc.gazetteer.entries[x].id.as_str())
    }

    /// Registers a form defined in the text for entity `e`.
    fn define(&mut self, form: &str, e: usize) {
        if self.defined_set.insert(form.to_string()) {
            self.defined.push((form.to_string(), e));
        }
    }

    /// Adds every word-bounded occurrence of the defined forms.
    fn find_defined_forms(&mut self, doc: &Doc) {
        if self.defined.is_empty() {
            return;
        }
        let forms: Vec<&str> = self.defined.iter().map(|(f, _)| f.as_str()).collect();
        let Ok(ac) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
        else {
            return;
        };
        let hits: Vec<(Span, usize, bool)> = ac
            .find_iter(doc.text)
            .filter(|m| word_bounded(doc.text, m.start(), m.end()))
            .map(|m| {
                let (form, e) = &self.defined[m.pattern().as_usize()];
                (Span::new(m.start(), m.end()), *e, is_acronym_like(form))
            })
            .filter(|(s, _, _)| doc.furniture_at(*s).is_none())
            .collect();
        for (span, e, acronym) in hits {
            let form = if acronym {
                MentionForm::Acronym
            } else {
                MentionForm::Name
            };
            // A fuller name found elsewhere replaces the shorter match
            // inside it ("UN Global Compact" in "UN Global Compact Network").
            let inside_other = self
                .index
                .range(span.start..span.end)
                .flat_map(|(_, slot)| slot.iter())
                .any(|&(s, o, _)| o != e && span.contains(s) && s != span);
            if inside_other {
                self.clear(span);
            }
            self.add(e, span, form);
        }
    }
}

/// Whether two folded names are the same organisation written more or less
/// fully: same first word, and one's words a prefix of the other's or all
/// of its content words found in the other.
fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short == long {
        return true;
    }
    let sw: Vec<&str> = short.split(' ').collect();
    let lw: Vec<&str> = long.split(' ').collect();
    if sw.len() < 2 {
        return false;
    }
    // "Network Kenya" for "UN Global Compact Network Kenya".
    if lw.ends_with(&sw) {
        return true;
    }
    let base = Base::get();
    let content = |w: &&str| !base.is_any_function_word(w) && w.len() > 2;
    // "Health Ministry" for "Ministry of Health and Wellness".
    if sw.last() == lw.first() && base.is_ministry_noun(Lang::En, lw[0]) {
        let long_words: Vec<&str> = lw.iter().copied().filter(content).collect();
        return sw[..sw.len() - 1]
            .iter()
            .copied()
            .filter(content)
            .all(|w| long_words.contains(&w));
    }
    if sw[0] != lw[0] {
        return false;
    }
    if lw.starts_with(&sw) {
        return true;
    }
    // Two heads, two bodies: "Western Australian Government" is not the
    // "Western Australian Local Government Association".
    if let (Some(s), Some(l)) = (sw.last(), lw.last())
        && s != l
        && base.org_head_any(s).is_some()
        && base.org_head_any(l).is_some()
    {
        return false;
    }
    let long_words: Vec<&str> = lw.iter().copied().filter(content).collect();
    sw.iter()
        .copied()
        .filter(content)
        .all(|w| long_words.contains(&w))
}

pub(crate) fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the line holding `pos` is in Title Case or capitals (a
/// headline), where capitalisation says nothing.
pub(crate) fn in_headline_case(doc: &Doc, pos: usize) -> bool {
    doc.line_at(pos).headline
}

/// Finds the organisations of a document.
pub(crate) fn find(doc: &Doc) -> Orgs {
    let mut orgs = Orgs::default();
    gazetteer_mentions(doc, &mut orgs);
    head_patterns(doc, &mut orgs);
    definitions(doc, &mut orgs);
    web_names(doc, &mut orgs);
    partners(doc, &mut orgs);
    orgs.sync();
    initialisms(doc, &mut orgs);
    orgs.find_defined_forms(doc);
    orgs.sync();
    short_references(doc, &mut orgs);
    orgs.finish(doc);
    orgs
}

/// An acronym the text uses without defining it, made of the initials of
/// exactly one organisation it names: "MSU" for "Montana State
/// University", "FESH" for "Fondation Espoir Santé Haïti".
fn initialisms(doc: &Doc, orgs: &mut Orgs) {
    let base = Base::get();
    // The initials of each organisation's names in the text, and the
    // organisations they spell.
    let mut initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (e, x) in orgs.entities.iter().enumerate() {
        for (s, f) in &x.mentions {
            if *f != MentionForm::Name {
                continue;
            }
            let letters: String = s
                .as_str(doc.text)
                .split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
                .filter(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !base.is_any_function_word(&w.to_lowercase())
                })
                .filter_map(|w| w.chars().next())
                .collect();
            if letters.chars().count() >= 2 {
                let owners = initials.entry(letters).or_default();
                if !owners.contains(&e) {
                    owners.push(e);
                }
            }
        }
    }
    if initials.is_empty() {
        return;
    }
    let mut defined: Vec<(String, usize)> = Vec::new();
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i];
        let w = doc.word(i);
        let n = w.chars().count();
        if t.kind != TokenKind::Word
            || !(2..=6).contains(&n)
            || !w.chars().all(|c| c.is_ascii_uppercase())
            || defined.iter().any(|(d, _)| d == w)
            || orgs.at(t.span).is_some()
            || !doc.hits_in(t.span).is_empty()
            || doc.furniture_at(t.span).is_some()
            || in_capitals(doc, i)
        {
            continue;
        }
        if let Some([e]) = initials.get(w).map(Vec::as_slice) {
            defined.push((w.to_string(), *e));
        }
    }
    for (acr, e) in defined {
        orgs.define(&acr, e);
    }
}

fn gazetteer_mentions(doc: &Doc, orgs: &mut Orgs) {
    // In a contact block ("IOM Tehran"), only organisations the body names.
    let body: HashSet<usize> = doc
        .hits
        .iter()
        .filter(|h| doc.furniture_at(h.span).is_none())
        .map(|h| h.entry)
        .collect();
    let in_body = |entry: usize| body.contains(&entry);
    for hit in &doc.hits {
        let entry = &doc.gazetteer.entries[hit.entry];
        if entry.class != Class::Org {
            continue;
        }
        match doc.furniture_at(hit.span) {
            None => {}
            Some(f)
                if f.kind == crate::boilerplate::BoilerplateKind::Contact && in_body(hit.entry) => {
            }
            Some(_) => continue,
        }
        if entry.id == UN_ID && un_as_adjective(doc, hit.span) {
            continue;
        }
        // A part of a hyphenated word ("Bird" in "Ahenakew-Bird") names
        // nothing.
        let holder = doc.tokens.partition_point(|t| t.span.end <= hit.span.start);
        if doc.tokens.get(holder).is_some_and(|t| {
            t.kind == TokenKind::Word && t.span.contains(hit.span) && t.span != hit.span
        }) {
            continue;
        }
        // "Boeing 737": a company name before a model number is a product.
        if entry.kind == "company" {
            let next = doc.token_from(hit.span.end);
            if doc
                .next_token(next.saturating_sub(1))
                .is_some_and(|n| doc.tokens[n].kind == TokenKind::Number)
            {
                continue;
            }
        }
        let e = orgs.for_entry(hit.entry, doc);
        let form = match hit.form {
            Form::Name => MentionForm::Name,
            Form::Acronym => MentionForm::Acronym,
        };
        orgs.add(e, hit.span, form);
        // An organ's name often holds its parent's: "Commission de l'UEMOA"
        // mentions the UEMOA too.
        if let Some(p) = entry.parent
            && let Some(inner) = inner_mention(doc, hit.span, p)
        {
            let pe = orgs.for_entry(p, doc);
            orgs.add_nested(pe, inner.0, inner.1);
        }
    }
}

/// Where entry `p`'s acronym or name appears inside `span`.
fn inner_mention(doc: &Doc, span: Span, p: usize) -> Option<(Span, MentionForm)> {
    let entry = &doc.gazetteer.entries[p];
    let surface = span.as_str(doc.text);
    for acr in entry.acronyms.iter().flatten() {
        if let Some(at) = surface
            .match_indices(acr.as_str())
            .map(|(i, _)| i)
            .find(|&i| word_bounded(surface, i, i + acr.len()))
        {
            return Some((
                Span::new(span.start + at, span.start + at + acr.len()),
                MentionForm::Acronym,
            ));
        }
    }
    let folded = crate::fold::fold_text(surface);
    for name in entry.names.iter().flatten() {
        let key = fold(name);
        if let Some(at) = folded.text.find(&key).filter(|&i| i > 0) {
            let inner = folded.map.map_span(Span::new(at, at + key.len()));
            return Some((
                Span::new(span.start + inner.start, span.start + inner.end),
                MentionForm::Name,
            ));
        }
    }
    None
}

/// Whether a mention of the United Nations is an adjective of another body:
/// followed by a lowercase noun ("UN agency", "the UN's migration agency
/// chief"), or the complement of a generic singular descriptor ("l'agence
/// de développement des Nations Unies", "the UN body").
fn un_as_adjective(doc: &Doc, span: Span) -> bool {
    let base = Base::get();
    let i = doc.token_from(span.end);
    let mut next = (i < doc.tokens.len() && doc.tokens[i].kind != TokenKind::Space).then_some(i);
    if next.is_none() {
        next = doc.next_token(i.saturating_sub(1));
    }
    if let Some(mut n) = next {
        if doc.tokens[n].kind == TokenKind::Clitic {
            match doc.next_token(n) {
                Some(k) => n = k,
                None => return false,
            }
        }
        let w = doc.word(n);
        let word = doc.tokens[n].kind == TokenKind::Word;
        // English puts the adjective first: "UN agency", "UN High
        // Commissioner"; French nouns follow ("fonctionnaire des Nations
        // Unies ayant travaillé"), so only the descriptor test applies.
        if doc.lang == Lang::En
            && word
            && ((w.chars().next().is_some_and(char::is_lowercase)
                && !base.is_function_word(Lang::En, w))
                || base.title(Lang::En, w).is_some())
        {
            return true;
        }
    }
    // A descriptor within a few words before, with no punctuation between.
    let start = doc.token_from(span.start);
    let mut k = start;
    let mut words = 0;
    while let Some(p) = doc.prev_token(k) {
        let t = doc.tokens[p];
        if !t.is_wordlike() || words >= 5 {
            break;
        }
        let w = doc.word(p).to_lowercase();
        if base.is_descriptor(doc.lang, &w) {
            // Singular and definite: "l'agence", "the agency".
            let det = doc.prev_token(p).map(|d| doc.word(d).to_lowercase());
            return matches!(
                det.as_deref(),
                Some("l'" | "la" | "le" | "the" | "cette" | "this")
            );
        }
        words += 1;
        k = p;
    }
    false
}

/// A French adjective by its ending ("étrangères", "régional", "fédéral").
fn looks_like_french_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "é", "ée", "és", "ées", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ique",
        "iques", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises",
        "ain", "aine", "ains", "aines", "if", "ive", "ifs", "ives", "aire", "aires", "ère", "ères",
        "ier", "iers", "able", "ables", "ible", "ibles", "eur", "eure", "eurs", "onal", "onale",
        "tral", "trale", "eux", "euse", "in", "ine", "ins", "ines", "ime", "imes", "icole",
        "icoles",
    ];
    // Adjectives in -ide and -ile ("déchets solides", "aviation civile"),
    // past the short nouns with those endings ("aide", "guide", "asile").
    const LONG_ENDINGS: &[&str] = &["ide", "ides", "ile", "iles"];
    // Past participles of -ir verbs: "Programme élargi de vaccination",
    // "Royaume-Uni"; not "lundi", "aujourd'hui".
    const PARTICIPLE: &[&str] = &["i", "ie", "is", "ies"];
    let base = Base::get();
    w.chars().all(|c| c.is_lowercase() || c == '-')
        && w.chars().count() > 3
        && !base.is_any_function_word(w)
        && (ENDINGS.iter().any(|e| w.ends_with(e))
            || (w.chars().count() >= 6 && LONG_ENDINGS.iter().any(|e| w.ends_with(e)))
            || (PARTICIPLE.iter().any(|e| w.ends_with(e)) && !base.is_calendar_word(w)))
}

/// The org or place hit that starts at token `i`, as (entry, last token).
fn hit_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let start = doc.tokens[i].span.start;
    let h = doc.hit_starting_at(start)?;
    let end = doc.tokens[i..]
        .iter()
        .position(|t| t.span.end >= h.span.end)?
        + i;
    Some((h.entry, end))
}

/// Finds names headed by an organisation noun.
fn head_patterns(doc: &Doc, orgs: &mut Orgs) {
    let base = Base::get();
    let mut i = 0;
    while i < doc.tokens.len() {
        let t = doc.tokens[i];
        if t.kind != TokenKind::Word || doc.furniture_at(t.span).is_some() {
            i += 1;
            continue;
        }
        let w = doc.word(i);
        let inside_hit = doc.hits_in(t.span).iter().any(|h| h.span.contains(t.span));
        // A line in capitals is a headline, but for a ministry's name
        // ("AU TITRE DU MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES").
        let shouted = in_capitals(doc, i)
            && !base.is_ministry_noun(doc.lang, w)
            && !base.is_government_noun(doc.lang, w);
        if inside_hit || shouted || heads_of_state_and_government(doc, i) {
            i += 1;
            continue;
        }
        // "Cork University Hospital", "NHS Foundation Trust": in English the
        // last of two heads in a row heads the name.
        let head_follows = doc.lang == Lang::En
            && doc.next_token(i).is_some_and(|n| {
                let nw = doc.word(n);
                doc.tokens[n].kind == TokenKind::Word
                    && is_capitalised(nw)
                    && matches!(
                        base.org_head(doc.lang, nw),
                        Some(HeadRole::Head | HeadRole::Body)
                    )
            });
        let named = match (doc.lang, base.org_head(doc.lang, w)) {
            (Lang::Fr, Some(HeadRole::Head | HeadRole::Body)) => french_name(doc, i),
            (Lang::En, Some(HeadRole::Head | HeadRole::Body))
                if is_capitalised(w) && !head_follows =>
            {
                english_name(doc, i)
            }
            _ => None,
        };
        let company = if named.is_none() {
            company_name(doc, i)
        } else {
            None
        };
        let Some((first, last)) = named.or(company) else {
            i += 1;
            continue;
        };
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        register_pattern(doc, orgs, span, first, last);
        // A company is later called by its first word ("Halvorsen" for
        // "Halvorsen Water Technologies, Inc."), when that word is a name.
        if company.is_some()
            && last > first + 2
            && let Some(e) = orgs.at(span)
        {
            let brand = doc.word(first);
            let distinctive = brand.chars().count() >= 4
                && !base.is_any_function_word(&brand.to_lowercase())
                && !crate::extract::person::starts_with_first_name(brand)
                && doc.hits_in(doc.tokens[first].span).is_empty();
            if distinctive {
                orgs.define(brand, e);
            }
        }
        i = last + 1;
    }
}

/// Whether token `i` ends the fixed phrase "Chefs d'État et de
/// Gouvernement" / "Heads of State and Government", which names people, not
/// a government.
fn heads_of_state_and_government(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    for _ in 0..2 {
        match doc.prev_token(k) {
            Some(p) if matches!(doc.word(p), "de" | "et" | "and") => k = p,
            _ => break,
        }
    }
    k != i
        && doc.prev_token(k).is_some_and(|p| {
            matches!(
                fold(doc.word(p)).as_str(),
                "etat" | "state" | "etats" | "states"
            )
        })
}

/// Adds a name found by a pattern: a new entity, an organ of a known one,
/// or another name of a known one ("Secrétariat de l'UFM").
fn register_pattern(doc: &Doc, orgs: &mut Orgs, span: Span, first: usize, last: usize) {
    let base = Base::get();
    let inner: Vec<usize> = doc
        .hits_in(span)
        .iter()
        .filter(|h| span.contains(h.span) && doc.gazetteer.entries[h.entry].class == Class::Org)
        .map(|h| h.entry)
        .collect();
    if inner.len() == 1 {
        let head_word = if doc.lang == Lang::Fr {
            doc.word(first)
        } else {
            doc.word(last)
        };
        let is_secretariat = fold(head_word).starts_with("secretariat");
        let whole_hit = doc.hits_in(span).iter().any(|h| h.span == span);
        if whole_hit {
            return;
        }
        let entry = inner[0];
        if is_secretariat && base.org_head(doc.lang, head_word) == Some(HeadRole::Body) {
            let e = orgs.for_entry(entry, doc);
            orgs.clear(span);
            orgs.add(e, span, MentionForm::Alias);
            return;
        }
        // An organ of a known organisation ("WHO Regional Committee for
        // Africa").
        let parent = orgs.for_entry(entry, doc);
        orgs.clear(span);
        let e = orgs.for_key(fold(span.as_str(doc.text)));
        if orgs.entities[e].parent.is_none() && e != parent {
            orgs.entities[e].parent = Some(parent);
        }
        orgs.add(e, span, MentionForm::Name);
        orgs.define(span.as_str(doc.text), e);
        return;
    }
    if !inner.is_empty() {
        return;
    }
    let e = orgs.for_key(fold(span.as_str(doc.text)));
    orgs.add(e, span, MentionForm::Name);
    orgs.define(span.as_str(doc.text), e);
}

/// A French name from head `h`: "Ministère des Affaires étrangères et des
/// Sénégalais de l'Extérieur", "Gouvernement congolais", "hôpital de
/// référence de Béni". Needs a capital, a demonym or a known name after the
/// head.
fn french_name(doc: &Doc, h: usize) -> Option<(usize, usize)> {
    let base = Base::get();
    let head = doc.word(h);
    let lowercase_head = !is_capitalised(head);
    if lowercase_head
        && !matches!(
            fold(head).as_str(),
            "ministere" | "hopital" | "gouvernement" | "ambassade" | "universite"
        )
    {
        return None;
    }
    if !lowercase_head && head.chars().all(char::is_uppercase) && !in_capitals(doc, h) {
        return None;
    }
    // "un hôpital à Thiès", "des ambassades": any one of them, not a name.
    if lowercase_head
        && doc.prev_token(h).is_some_and(|p| {
            matches!(
                doc.word(p).to_lowercase().as_str(),
                "un" | "une" | "des" | "d'" | "chaque" | "plusieurs" | "nouvel" | "nouveau"
            )
        })
    {
        return None;
    }
    // "l'Hôtel de Ville de Yaoundé" is a building, "la Ville de Yaoundé"
    // the municipality.
    if fold(head) == "ville" && doc.prev_token(h).is_some_and(|p| doc.word(p) == "de") {
        return None;
    }
    // "la Région Occitanie" is the regional council; "la Région de Kolda"
    // an administrative region.
    if fold(head) == "region"
        && doc.next_token(h).is_none_or(|n| {
            let nw = doc.word(n);
            !is_capitalised(nw) || base.is_any_function_word(&nw.to_lowercase())
        })
    {
        return None;
    }
    // Whether a complement has named something (a capitalised noun other
    // than the "d'État" of "Secrétariat d'État", or a gazetteer entry):
    // after it, a complement on a lowercase noun introduced by "à", "pour",
    // "sur"… says what the body does or where, and ends the name
    // ("Université du Luxembourg pour la formation des étudiants",
    // "ministère de l'Éducation aux centres de services"), as does an
    // infinitive after "de" ("ministère de l'Éducation d'encadrer"); "de"
    // and a noun go on ("Programme élargi de vaccination"), and so does a
    // complement joined by "et".
    let mut named = false;
    let mut last = h;
    let mut strong = false;
    // Adjectives right after the head, or a name ("Fondation Prince
    // Albert II de Monaco").
    let mut k = h;
    for _ in 0..3 {
        let Some(n) = doc.next_token(k) else { break };
        let w = doc.word(n);
        if doc.tokens[n].kind != TokenKind::Word {
            break;
        }
        if is_roman_numeral(w) && k > h {
            last = n;
            k = n;
            continue;
        }
        // A demonym completes a government's name ("Gouvernement
        // guinéen"); in a line in capitals, a capital says nothing
        // ("SECRÉTARIAT GÉNÉRAL").
        if doc.gazetteer.demonym(w).is_some() && !is_capitalised(w) {
            strong = true;
            named |= base.is_government_noun(Lang::Fr, head);
        } else if !(looks_like_french_adjective(w)
            || (is_capitalised(w) && !base.is_any_function_word(&w.to_lowercase())))
        {
            break;
        } else if is_capitalised(w) && !in_capitals(doc, n) {
            strong = true;
        }
        last = n;
        k = n;
    }
    let ministry = base.is_ministry_noun(Lang::Fr, head);
    // Complements: (et)? prep det? noun adj*.
    while let Some(mut n) = doc.next_token(last) {
        let mut coordinated = false;
        let mut lw = doc.word(n).to_lowercase();
        // A ministry lists its portfolios with commas: "ministère de
        // l'Agriculture, de l'Élevage et …", "des Affaires sociales, Actions
        // humanitaires et Solidarité nationale".
        if lw == "," && ministry && strong {
            let Some(m) = doc.next_token(n) else { break };
            let mw = doc.word(m);
            if matches!(mw.to_lowercase().as_str(), "de" | "du" | "des" | "d'") {
                n = m;
                lw = mw.to_lowercase();
            } else if doc.tokens[m].kind == TokenKind::Word
                && is_capitalised(mw)
                && !base.is_any_function_word(&mw.to_lowercase())
                && hit_at(doc, m).is_none()
            {
                // A bare capitalised portfolio and its adjectives, maybe
                // joined by "et" to the next one.
                last = m;
                while let Some(a) = doc.next_token(last) {
                    let aw = doc.word(a);
                    let next_capital = doc
                        .next_token(a)
                        .is_some_and(|b| is_capitalised(doc.word(b)));
                    if looks_like_french_adjective(aw)
                        || (aw == "et" && next_capital)
                        || (is_capitalised(aw) && doc.tokens[a].kind == TokenKind::Word)
                    {
                        last = a;
                    } else {
                        break;
                    }
                }
                continue;
            } else {
                break;
            }
        }
        // "et" joins a second complement, never the head's own first one:
        // "les départements du Centre et des Nippes" names no body.
        if lw == "et" && last == h {
            break;
        }
        if lw == "et" {
            match doc.next_token(n) {
                Some(m)
                    if matches!(
                        doc.word(m).to_lowercase().as_str(),
                        "de" | "du" | "des" | "d'" | "à" | "au" | "aux"
                    ) =>
                {
                    n = m;
                    lw = doc.word(n).to_lowercase();
                    coordinated = true;
                }
                // A ministry's portfolio of two nouns: "des Eaux et Forêts".
                Some(m)
                    if ministry
                        && strong
                        && doc.tokens[m].kind == TokenKind::Word
                        && is_capitalised(doc.word(m))
                        && !base.is_any_function_word(&doc.word(m).to_lowercase())
                        && hit_at(doc, m).is_none() =>
                {
                    last = m;
                    continue;
                }
                _ => break,
            }
        }
        if !matches!(
            lw.as_str(),
            "de" | "du" | "des" | "d'" | "à" | "au" | "aux" | "pour" | "sur" | "contre" | "en"
        ) {
            break;
        }
        let Some(mut m) = doc.next_token(n) else {
            break;
        };
        let mut determiner = false;
        if matches!(
            doc.word(m).to_lowercase().as_str(),
            "la" | "le" | "les" | "l'"
        ) {
            determiner = true;
            match doc.next_token(m) {
                Some(x) => m = x,
                None => break,
            }
        }
        // "à soutenir", "pour lutter": an infinitive, not a name; "à
        // Damien": where the body sits, not its name ("Délégation de l'Union
        // européenne à Madagascar" names a country).
        let place_next = hit_at(doc, m)
            .is_some_and(|(entry, _)| doc.gazetteer.entries[entry].class == Class::Place);
        if (matches!(lw.as_str(), "à" | "pour") && !determiner && !is_capitalised(doc.word(m)))
            || (lw == "à" && !determiner && !place_next)
        {
            break;
        }
        if let Some((entry, end)) = hit_at(doc, m) {
            let class = doc.gazetteer.entries[entry].class;
            if class == Class::Wire {
                break;
            }
            strong = true;
            named = true;
            last = end;
            // "Bureau de pays de l'OIT pour Madagascar, les Comores, Maurice
            // et les Seychelles": an office for a list of places (after
            // "pour" only: "l'OMS en Afrique et la République du Congo" are
            // two parties).
            if class == Class::Place && lw == "pour" {
                last = place_list_end(doc, end);
            }
            // A government's name ends with its country: "Gouvernement de
            // la République fédérale du Nigeria pour l'hospitalité".
            if class == Class::Place && base.is_government_noun(Lang::Fr, head) {
                break;
            }
            continue;
        }
        let w = doc.word(m);
        if doc.tokens[m].kind != TokenKind::Word || base.is_any_function_word(&w.to_lowercase()) {
            break;
        }
        if lw == "en" && !is_capitalised(w) {
            break;
        }
        let purpose = !matches!(lw.as_str(), "de" | "du" | "des" | "d'");
        let infinitive = matches!(lw.as_str(), "de" | "d'")
            && !determiner
            && w.chars().count() > 5
            && w.ends_with("er");
        if named && !coordinated && !is_capitalised(w) && (purpose || infinitive) {
            break;
        }
        strong |= is_capitalised(w);
        named |= is_capitalised(w) && fold(w) != "etat";
        last = m;
        // Adjectives or capitalised words after the noun.
        for _ in 0..3 {
            let Some(a) = doc.next_token(last) else { break };
            let aw = doc.word(a);
            if doc.tokens[a].kind != TokenKind::Word {
                break;
            }
            let capital = is_capitalised(aw) && !base.is_any_function_word(&aw.to_lowercase());
            if looks_like_french_adjective(aw) || capital {
                strong |= capital;
                last = a;
            } else {
                break;
            }
        }
    }
    (strong && last > h).then_some((h, last))
}

/// A regnal number after a name: "II", "IV", "Ier".
fn is_roman_numeral(w: &str) -> bool {
    let w = w.strip_suffix("er").unwrap_or(w);
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// The last token of a list of places that continues after the place
/// ending at token `end`: ", les Comores, Maurice et les Seychelles".
fn place_list_end(doc: &Doc, end: usize) -> usize {
    let mut k = end;
    while let Some(sep) = doc
        .next_token(k)
        .filter(|&n| matches!(doc.word(n), "," | "et"))
    {
        let Some(mut m) = doc.next_token(sep) else {
            break;
        };
        if matches!(
            doc.word(m).to_lowercase().as_str(),
            "la" | "le" | "les" | "l'"
        ) {
            match doc.next_token(m) {
                Some(x) => m = x,
                None => break,
            }
        }
        match hit_at(doc, m) {
            Some((entry, e)) if doc.gazetteer.entries[entry].class == Class::Place => {
                // The list ends at its item joined by "et"; a list that
                // does not end so is the sentence's, not the name's.
                if doc.word(sep) == "et" {
                    return e;
                }
                k = e;
            }
            _ => break,
        }
    }
    end
}

/// Whether token `i` is in a line written in capitals.
fn in_capitals(doc: &Doc, i: usize) -> bool {
    doc.line_at(doc.tokens[i].span.start).capitals
}

/// Whether token `i` can sit inside an English organisation name before its
/// head: a capitalised word that is not a function word, an acronym, '&'.
fn english_name_part(doc: &Doc, i: usize) -> bool {
    let t = doc.tokens[i];
    let w = doc.word(i);
    match t.kind {
        TokenKind::Word => {
            let base = Base::get();
            is_capitalised(w)
                && (is_acronym_like(w) || !base.is_function_word(doc.lang, &w.to_lowercase()))
        }
        // "&", and the apostrophe of a plural possessive glued to its word:
        // "Women Traders' Association".
        TokenKind::Punct => {
            w == "&"
                || (matches!(w, "'" | "’")
                    && i > 0
                    && doc.tokens[i - 1].span.end == t.span.start
                    && doc.word(i - 1).ends_with('s'))
        }
        TokenKind::Clitic => w == "'s" || w == "’s",
        _ => false,
    }
}

/// An English name around head `h`: capitalised words before it ("Women's
/// Foreign Policy Group", "UN Resident Coordinator's Office") and/or an
/// `of`/`for` complement after it ("Government of Bangladesh", "Regional
/// Committee for Africa").
fn english_name(doc: &Doc, h: usize) -> Option<(usize, usize)> {
    let head = doc.word(h);
    if head.ends_with('s')
        && !head.ends_with("ss")
        && fold(head) != "ministries"
        && Base::get()
            .org_head(Lang::En, &head[..head.len() - 1])
            .is_some()
    {
        return None;
    }
    // In a headline every word is capitalised: only a line that is one
    // name ("Ministry of Health and Family Welfare" above a release) is.
    let headline = in_headline_case(doc, doc.tokens[h].span.start);
    let mut first = h;
    while let Some(p) = doc.prev_token(first) {
        // A place of several words, whole: "Newcastle upon Tyne Hospitals".
        if let Some(hit) = doc.hits_in(doc.tokens[p].span).iter().find(|hit| {
            hit.span.end == doc.tokens[p].span.end
                && hit.span.start < doc.tokens[p].span.start
                && doc.gazetteer.entries[hit.entry].class == Class::Place
        }) {
            first = doc.token_from(hit.span.start);
            continue;
        }
        if !english_name_part(doc, p) {
            break;
        }
        // A title before an acronym introduces the organisation
        // ("Board Member UN Global Compact Network").
        let title = matches!(
            Base::get().title(doc.lang, doc.word(p)),
            Some((
                _,
                TitleClass::Head | TitleClass::Political | TitleClass::Generic
            ))
        );
        if title
            && (is_acronym_like(doc.word(first)) || !doc.hits_in(doc.tokens[first].span).is_empty())
        {
            break;
        }
        // A possessive must follow a name word, and a country's is not
        // part of the name: "Nepal's Department of Hydrology".
        if doc.tokens[p].kind == TokenKind::Clitic
            && doc.prev_token(p).is_none_or(|q| {
                !english_name_part(doc, q)
                    || doc
                        .hits_in(doc.tokens[q].span)
                        .iter()
                        .any(|hit| doc.gazetteer.entries[hit.entry].class == Class::Place)
            })
        {
            break;
        }
        first = p;
    }
    // "and" between capitalised words: "Foreign and Commonwealth Office".
    while let Some(p) = doc.prev_token(first) {
        if doc.word(p) == "and"
            && let Some(q) = doc.prev_token(p)
        {
            // Not across two names: "X Foundation and Y Group".
            let separate = Base::get().org_head(doc.lang, doc.word(q)).is_some()
                || !doc.hits_in(doc.tokens[q].span).is_empty();
            if english_name_part(doc, q)
                && doc.tokens[q].kind == TokenKind::Word
                && first < h
                && !separate
            {
                let mut f = q;
                while let Some(r) = doc.prev_token(f) {
                    if !english_name_part(doc, r) {
                        break;
                    }
                    f = r;
                }
                // A head before "and" names a body of its own: "University
                // Hospital Limerick and Cork University Hospital".
                if (f..q).any(|x| Base::get().org_head(doc.lang, doc.word(x)).is_some()) {
                    break;
                }
                first = f;
                continue;
            }
        }
        break;
    }
    // Drop a leading sentence-initial word that is not a name ("The").
    while first < h && doc.tokens[first].kind != TokenKind::Word {
        first = doc.next_token(first).unwrap_or(h);
    }
    // A city council is "City of Cape Town"; "Mexico City" is a place.
    let city = fold(head) == "city";
    if city {
        first = h;
    }
    let mut last = h;
    // Complement: of/for/on (the)? Capitalised+ (and Capitalised+)?
    // (Compared in lowercase: a letterhead writes "MINISTRY OF …".)
    let lower = |k: usize| doc.word(k).to_lowercase();
    if let Some(n) = doc.next_token(h) {
        if matches!(lower(n).as_str(), "of" | "for" | "on") {
            let mut m = doc.next_token(n);
            if let Some(x) = m.filter(|&x| lower(x) == "the") {
                m = doc.next_token(x);
            }
            let mut end = None;
            let mut k = m;
            let ministry = Base::get().is_ministry_noun(Lang::En, head);
            let org_hit = |y: usize| {
                doc.hits_in(doc.tokens[y].span).iter().any(|hit| {
                    hit.span.overlaps(doc.tokens[y].span)
                        && doc.gazetteer.entries[hit.entry].class == Class::Org
                })
            };
            while let Some(x) = k {
                let w = doc.word(x);
                // A place in the complement, whole: "Government of Côte
                // d'Ivoire".
                if let Some((entry, pend)) = hit_at(doc, x)
                    && doc.gazetteer.entries[entry].class == Class::Place
                {
                    end = Some(pend);
                    k = doc.next_token(pend);
                    continue;
                }
                // A ministry lists its portfolios: "Ministry of Water,
                // Sanitation and Irrigation".
                if w == ","
                    && ministry
                    && end.is_some()
                    && let Some(e) = portfolio_list_end(doc, x)
                {
                    end = Some(e);
                    break;
                }
                let ok = (doc.tokens[x].kind == TokenKind::Word
                    && is_capitalised(w)
                    && !Base::get().is_function_word(Lang::En, &w.to_lowercase()))
                    || (matches!(lower(x).as_str(), "and" | "of" | "&")
                        && end.is_some()
                        && doc
                            .next_token(x)
                            .is_some_and(|y| is_capitalised(doc.word(y)) && !org_hit(y)));
                if !ok {
                    break;
                }
                if doc.tokens[x].kind == TokenKind::Word && is_capitalised(w) {
                    end = Some(x);
                }
                k = doc.next_token(x);
            }
            if let Some(e) = end {
                last = e;
            }
        } else if let Some((entry, end)) = hit_at(doc, n) {
            // A place after the head: "Network Sri Lanka", "University
            // Hospital Limerick".
            if doc.gazetteer.entries[entry].class == Class::Place
                && matches!(
                    doc.gazetteer.entries[entry].kind.as_str(),
                    "country" | "city" | "region" | "territory"
                )
            {
                last = end;
            }
        }
    }
    if headline {
        let line = doc.line_at(doc.tokens[h].span.start).span;
        let whole = line.as_str(doc.text).trim()
            == Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).as_str(doc.text);
        if !whole {
            return None;
        }
    }
    ((first < h && !city) || last > h).then_some((first, last))
}

/// The last token of an English portfolio list that starts at the comma
/// `comma`: ", Sanitation and Irrigation", ", Planning and Economic
/// Development". Items are capitalised words that name nothing else (no
/// organisation, place, honorific or first name), and the list must end
/// with "and" and an item; otherwise the comma is the sentence's.
fn portfolio_list_end(doc: &Doc, comma: usize) -> Option<usize> {
    let base = Base::get();
    let item_word = |y: usize| {
        let w = doc.word(y);
        doc.tokens[y].kind == TokenKind::Word
            && is_capitalised(w)
            && !base.is_function_word(Lang::En, &w.to_lowercase())
            && !crate::extract::person::starts_with_first_name(w)
            && base.honorific(Lang::En, w).is_none()
            && doc.hits_in(doc.tokens[y].span).is_empty()
    };
    // An item: one to three such words; returns its last token.
    let item = |y: usize| {
        if !item_word(y) {
            return None;
        }
        let mut last = y;
        for _ in 0..2 {
            match doc.next_token(last).filter(|&z| item_word(z)) {
                Some(z) => last = z,
                None => break,
            }
        }
        Some(last)
    };
    let mut sep = comma;
    for _ in 0..6 {
        let mut n = doc.next_token(sep)?;
        let and = doc.word(n) == "and";
        if and {
            n = doc.next_token(n)?;
        }
        let last = item(n)?;
        if and {
            return Some(last);
        }
        sep = doc.next_token(last)?;
        match doc.word(sep) {
            "," => {}
            "and" => {
                let l = item(doc.next_token(sep)?)?;
                return Some(l);
            }
            _ => return None,
        }
    }
    None
}

/// A company: capitalised words followed by a legal-form suffix ("Imerys
/// SA", "Plan International Inc.").
fn company_name(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let base = Base::get();
    let w = doc.word(i);
    let mut last = i;
    let mut suffix = base.is_company_suffix(w);
    if !suffix {
        // "Inc" "." tokenised apart.
        if let Some(n) = doc.tokens.get(i + 1)
            && n.as_str(doc.text) == "."
            && base.is_company_suffix(&format!("{w}."))
        {
            suffix = true;
            last = i + 1;
        }
    }
    if !suffix || w == "Groupe" || w == "Group" {
        return None;
    }
    // "Halvorsen Water Technologies, Inc.": a comma before the suffix.
    let mut first = i;
    if let Some(c) = doc.prev_token(i).filter(|&c| doc.word(c) == ",")
        && let Some(p) = doc.prev_token(c)
        && is_capitalised(doc.word(p))
        && doc.tokens[p].kind == TokenKind::Word
    {
        first = c;
    }
    while let Some(p) = doc.prev_token(first) {
        if doc.tokens[p].kind == TokenKind::Word
            && is_capitalised(doc.word(p))
            && !base.is_any_function_word(&doc.word(p).to_lowercase())
        {
            first = p;
        } else {
            break;
        }
    }
    let _ = last;
    // Nothing before the comma: not a company.
    if first < i && doc.word(first) == "," {
        return None;
    }
    (first < i).then_some((first, i))
}

/// Acronym definitions: "Long Form (ACR)", "ACR (Long Form)", and short
/// names "Full Name (Short Name)".
fn definitions(doc: &Doc, orgs: &mut Orgs) {
    for i in 0..doc.tokens.len() {
        if doc.word(i) != "(" || doc.furniture_at(doc.tokens[i].span).is_some() {
            continue;
        }
        let Some(close) = (i + 1..doc.tokens.len().min(i + 16))
            .find(|&k| matches!(doc.word(k), ")" | "\n"))
            .filter(|&k| doc.word(k) == ")")
        else {
            continue;
        };
        let inner = Span::new(doc.tokens[i].span.end, doc.tokens[close].span.start);
        let inner_text = inner.as_str(doc.text).trim();
        if inner_text.is_empty() {
            continue;
        }
        let Some(before) = doc.prev_token(i) else {
            continue;
        };
        let before_span = doc.tokens[before].span;
        // "(ACR)", "(ACR/ACR2)", "(FEESP–CSN)": a union and its confederation.
        // "(Sépaq)", "(Unicef)": a short name written like a word.
        let word_like = inner_text.chars().all(char::is_alphabetic)
            && (3..=8).contains(&inner_text.chars().count())
            && is_capitalised(inner_text)
            && doc.hits_in(inner).is_empty()
            && Base::get().first_name(inner_text).is_none();
        if is_acronym_like(inner_text)
            || inner_text
                .split(['/', '–', '-'])
                .all(|p| !p.is_empty() && is_acronym_like(p))
            || word_like
        {
            define_acronym(doc, orgs, inner, before_span);
        } else if inner_text.split_whitespace().count() >= 2 && is_capitalised(inner_text) {
            define_short_name(doc, orgs, inner, before_span);
        }
    }
}

/// Whether entity `e`'s name in the text spells `acr` (Schwartz-Hearst).
fn spells(doc: &Doc, orgs: &Orgs, e: usize, acr: &str) -> bool {
    orgs.index
        .values()
        .flatten()
        .filter(|(_, x, f)| *x == e && *f == MentionForm::Name)
        .any(|(s, _, _)| schwartz_hearst(acr, s.as_str(doc.text)) == Some(0))
}

/// "Long Form (ACR)".
fn define_acronym(doc: &Doc, orgs: &mut Orgs, acr_span: Span, before: Span) {
    let acr = acr_span.as_str(doc.text).trim();
    let acr_span = Span::new(
        acr_span.start
            + (acr_span.as_str(doc.text).len() - acr_span.as_str(doc.text).trim_start().len()),
        acr_span.start + acr_span.as_str(doc.text).trim_end().len(),
    );
    // The organisation mentioned right before the bracket.
    if let Some(e) = orgs.at(before) {
        match orgs.at(acr_span) {
            None => {
                orgs.define(acr, e);
                orgs.add(e, acr_span, MentionForm::Acronym);
            }
            // The gazetteer knows the acronym for another body, but the
            // name before it spells it: the text's definition wins.
            Some(o) if o != e && spells(doc, orgs, e, acr) => orgs.redefine(doc, acr, o, e),
            Some(_) => {}
        }
        return;
    }
    // "(FEESP–CSN)": the confederation's acronym inside the union's is not
    // the union.
    if acr.contains(['–', '-'])
        && orgs
            .overlapping(acr_span)
            .is_some_and(|(s, _)| s.len() < acr_span.len() && acr_span.contains(s))
    {
        orgs.clear(acr_span);
    }
    if orgs.at(acr_span).is_some() {
        return;
    }
    // Schwartz-Hearst over the words before the bracket, in the sentence.
    // A short name written like a word ("Sépaq") counts all its letters.
    let upper = acr.chars().filter(|c| c.is_uppercase()).count();
    let letters = if upper >= 2 {
        upper
    } else {
        acr.chars().filter(|c| c.is_alphabetic()).count()
    };
    if letters < 2 {
        return;
    }
    // The window counts content words: French long forms are full of
    // articles and prepositions ("Commission nationale d'accueil et de
    // réinsertion des réfugiés et des rapatriés (CNARR)").
    let max_words = (letters + 5).min(letters * 2);
    let base = Base::get();
    let end_tok = doc.token_from(before.start);
    let mut start_tok = end_tok;
    let mut words = 0;
    let mut tokens = 0;
    while let Some(p) = doc.prev_token(start_tok) {
        let t = doc.tokens[p];
        // Commas list parts of a name: "National Commission for Refugees,
        // Migrants and Internally Displaced Persons (NCFRMI)".
        let comma = doc.word(p) == "," && start_tok != end_tok;
        if !(t.is_wordlike() || comma) || words >= max_words || tokens >= 3 * max_words {
            break;
        }
        if t.kind == TokenKind::Word && !base.is_any_function_word(&doc.word(p).to_lowercase()) {
            words += 1;
        }
        tokens += 1;
        start_tok = p;
    }
    let window = Span::new(doc.tokens[start_tok].span.start, before.end);
    // "FEESP–CSN" spells its own name with its first part.
    let first_part = acr.split(['–', '-']).next().unwrap_or(acr);
    let Some(long_start) = schwartz_hearst(acr, window.as_str(doc.text))
        .or_else(|| schwartz_hearst(first_part, window.as_str(doc.text)))
    else {
        return;
    };
    let long = Span::new(window.start + long_start, window.end);
    let long_text = long.as_str(doc.text);
    let base = Base::get();
    // A head in either language: an English release cites "Institut
    // Congolais pour la Conservation de la Nature (ICCN)".
    let has_head = long_text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(base.org_head_any(w), Some(HeadRole::Head | HeadRole::Body)));
    if !has_head || !is_capitalised(long_text) || long_text.split_whitespace().count() < 2 {
        return;
    }
    orgs.clear(long);
    let e = orgs.for_key(fold(long_text));
    orgs.add(e, long, MentionForm::Name);
    orgs.define(acr, e);
    orgs.add(e, acr_span, MentionForm::Acronym);
    // The capitalised spelling of a long acronym ("Jetro").
    if acr.chars().count() >= 4 && acr.chars().all(char::is_uppercase) {
        let mut cs = acr.chars();
        let first = cs.next().map(String::from).unwrap_or_default();
        orgs.define(&(first + &cs.as_str().to_lowercase()), e);
    }
}

/// "Full Name (Short Name)": a short name made of the full name's words.
fn define_short_name(doc: &Doc, orgs: &mut Orgs, inner: Span, before: Span) {
    let Some((full_span, e)) = orgs.overlapping(before) else {
        return;
    };
    let short = inner.as_str(doc.text).trim();
    let full = [fold(full_span.as_str(doc.text))];
    let folded = fold(short);
    if full
        .iter()
        .any(|f| f.ends_with(&folded) || f.starts_with(&folded))
        && orgs.at(inner).is_none()
    {
        let start = inner.start
            + (inner.as_str(doc.text).len() - inner.as_str(doc.text).trim_start().len());
        let span = Span::new(start, start + short.len());
        orgs.define(short, e);
        orgs.add(e, span, MentionForm::Name);
    }
}

/// Schwartz–Hearst: the start (byte offset in `window`) of the shortest
/// suffix of `window` whose letters contain the acronym's letters in order,
/// the first one at a word start.
fn schwartz_hearst(acr: &str, window: &str) -> Option<usize> {
    let short: Vec<char> = fold(acr).chars().filter(|c| c.is_alphanumeric()).collect();
    let long: Vec<(usize, char)> = window
        .char_indices()
        .map(|(i, c)| (i, fold(&c.to_string()).chars().next().unwrap_or(c)))
        .collect();
    let mut s = short.len();
    let mut l = long.len();
    while s > 0 {
        let c = short[s - 1];
        loop {
            if l == 0 {
                return None;
            }
            let (_, lc) = long[l - 1];
            let word_start = l == 1 || !long[l - 2].1.is_alphanumeric();
            if lc == c && (s > 1 || word_start) {
                break;
            }
            l -= 1;
        }
        l -= 1;
        s -= 1;
    }
    Some(long[l].0)
}

/// Web names: "About.com", "About.com Health".
fn web_names(doc: &Doc, orgs: &mut Orgs) {
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i];
        let w = doc.word(i);
        if t.kind != TokenKind::Word || !is_capitalised(w) || doc.furniture_at(t.span).is_some() {
            continue;
        }
        let Some((_, tld)) = w.rsplit_once('.') else {
            continue;
        };
        if !matches!(tld, "com" | "org" | "net" | "io" | "co") {
            continue;
        }
        let mut last = i;
        while let Some(n) = doc.next_token(last) {
            let nw = doc.word(n);
            if doc.tokens[n].kind == TokenKind::Word
                && is_capitalised(nw)
                && !in_headline_case(doc, t.span.start)
            {
                last = n;
            } else {
                break;
            }
        }
        let span = Span::new(t.span.start, doc.tokens[last].span.end);
        if orgs.at(span).is_none() {
            let e = orgs.for_key(fold(span.as_str(doc.text)));
            orgs.add(e, span, MentionForm::Name);
            orgs.define(span.as_str(doc.text), e);
        }
    }
}

/// Unknown names coordinated with a known organisation in a partnership
/// sentence: "Visa and UNICEF have announced a partnership".
fn partners(doc: &Doc, orgs: &mut Orgs) {
    let base = Base::get();
    let known = orgs.mentions();
    for sentence in &doc.sentences {
        if doc.furniture_at(sentence.span).is_some() || in_headline_case(doc, sentence.span.start) {
            continue;
        }
        let cue = sentence
            .tokens
            .clone()
            .any(|k| base.is_partner_cue(doc.lang, &doc.word(k).to_lowercase()));
        if !cue {
            continue;
        }
        for &(span, _) in crate::extract::within(&known, sentence.span) {
            let first = doc.token_from(span.start);
            let last = doc.token_from(span.end).saturating_sub(1);
            // "X and ORG"
            if let Some(c) = doc
                .prev_token(first)
                .filter(|&c| matches!(doc.word(c), "and" | "et"))
                && let Some(x) = doc.prev_token(c)
            {
                add_partner(doc, orgs, x, false);
            }
            // "ORG and X", "with X" after the organisation.
            if let Some(c) = doc
                .next_token(last)
                .filter(|&c| matches!(doc.word(c), "and" | "et"))
                && let Some(x) = doc.next_token(c)
            {
                add_partner(doc, orgs, x, true);
            }
        }
    }
}

/// Adds the capitalised name that ends (or starts) at token `x`.
fn add_partner(doc: &Doc, orgs: &mut Orgs, x: usize, forward: bool) {
    let base = Base::get();
    let name_word = |k: usize| {
        let w = doc.word(k);
        doc.tokens[k].kind == TokenKind::Word
            && is_capitalised(w)
            && !base.is_any_function_word(&w.to_lowercase())
    };
    if !name_word(x) {
        return;
    }
    let (mut first, mut last) = (x, x);
    for _ in 0..3 {
        let step = if forward {
            doc.next_token(last)
        } else {
            doc.prev_token(first)
        };
        match step {
            Some(k) if name_word(k) => {
                if forward {
                    last = k;
                } else {
                    first = k;
                }
            }
            _ => break,
        }
    }
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
    let overlaps_hit = !doc.hits_in(span).is_empty();
    let personal = (first..=last).any(|k| {
        doc.tokens[k].kind == TokenKind::Word
            && (crate::extract::person::starts_with_first_name(doc.word(k))
                || base.title(doc.lang, doc.word(k)).is_some())
    });
    let after_title = doc
        .prev_token(first)
        .is_some_and(|p| base.title(doc.lang, doc.word(p)).is_some());
    if overlaps_hit || personal || after_title || orgs.at(span).is_some() {
        return;
    }
    let text = span.as_str(doc.text);
    let e = orgs.for_key(fold(text));
    orgs.add(e, span, MentionForm::Name);
    orgs.define(text, e);
}

/// How many earlier mentions a short reference looks back over.
const SHORT_REFERENCE_LOOKBACK: usize = 200;

/// "the Commission", "l'Organisation": a capitalised organisation noun after
/// a definite article and without a name of its own refers to the last
/// organisation named with it.
fn short_references(doc: &Doc, orgs: &mut Orgs) {
    let base = Base::get();
    let mut names: HashMap<usize, Vec<String>> = HashMap::new();
    for i in 0..doc.tokens.len() {
        let w = doc.word(i);
        if doc.tokens[i].kind != TokenKind::Word || base.org_head(doc.lang, w).is_none() {
            continue;
        }
        // A ministry is referred back to in lowercase too: "le secrétaire
        // général du ministère"; so is any body in the possessive: "the
        // centre's director".
        let ministry = base.is_ministry_noun(doc.lang, w);
        let possessive = doc.lang == Lang::En
            && doc
                .next_token(i)
                .is_some_and(|n| matches!(doc.word(n), "'s" | "’s"));
        if !(is_capitalised(w) || ministry || possessive) {
            continue;
        }
        let span = doc.tokens[i].span;
        if orgs.at(span).is_some() || doc.furniture_at(span).is_some() {
            continue;
        }
        let det = doc.prev_token(i).map(|p| doc.word(p).to_lowercase());
        let det_ok = match det.as_deref() {
            Some("the" | "la" | "le" | "l'") => true,
            Some("du") => ministry,
            _ => false,
        };
        if !det_ok {
            continue;
        }
        if let Some(n) = doc.next_token(i) {
            let nw = doc.word(n);
            let complement = matches!(nw, "of" | "for" | "de" | "du" | "des" | "d'")
                && doc.next_token(n).is_some_and(|m| {
                    is_capitalised(doc.word(m)) || matches!(doc.word(m), "the" | "la" | "l'")
                });
            if complement || (doc.tokens[n].kind == TokenKind::Word && is_capitalised(nw)) {
                continue;
            }
        }
        let head = fold(w);
        // The last organisations named before (a bounded look back).
        let target = orgs
            .index
            .range(..span.start)
            .rev()
            .take(SHORT_REFERENCE_LOOKBACK)
            .flat_map(|(_, slot)| slot.iter())
            .filter(|(s, _, _)| s.end <= span.start)
            .map(|&(_, e, _)| e)
            .find(|&e| {
                names
                    .entry(e)
                    .or_insert_with(|| entity_names(doc, &orgs.entities[e]))
                    .iter()
                    .any(|n| n.split(' ').any(|x| x == head))
            });
        if let Some(e) = target {
            orgs.add(e, span, MentionForm::Short);
        }
    }
}

/// The folded names an entity is known by: its surfaces and, for gazetteer
/// entries, its names in both languages.
fn entity_names(doc: &Doc, x: &OrgEntity) -> Vec<String> {
    let mut names: Vec<String> = x
        .mentions
        .iter()
        .map(|(s, _)| fold(s.as_str(doc.text)))
        .collect();
    if let Some(entry) = x.entry {
        names.extend(
            doc.gazetteer.entries[entry]
                .names
                .iter()
                .flatten()
                .map(|n| fold(n)),
        );
    }
    if !x.key.is_empty() {
        names.push(x.key.clone());
    }
    names
}

/// How an entity is presented in the record.
pub(crate) struct OrgView {
    pub(crate) name: String,
    pub(crate) acronym: Option<String>,
    pub(crate) aliases: Vec<String>,
}

/// The record view of entity `e`: the fullest name the text uses, the
/// acronym it uses, and every other surface form.
pub(crate) fn view(doc: &Doc, orgs: &Orgs, e: usize) -> OrgView {
    let x = &orgs.entities[e];
    let mut names: Vec<String> = Vec::new();
    let mut acronym = None;
    for (span, form) in &x.mentions {
        let surface = span
            .as_str(doc.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if *form == MentionForm::Acronym && acronym.is_none() {
            acronym = Some(surface.clone());
        }
        // One form per spelling: written in lowercase if the text ever
        // does ("Ministry of Health" under a "MINISTRY OF HEALTH" header).
        match names.iter_mut().find(|n| fold(n) == fold(&surface)) {
            Some(n) => {
                if !is_acronym_like(n)
                    && !n.chars().any(char::is_lowercase)
                    && surface.chars().any(char::is_lowercase)
                {
                    *n = surface;
                }
            }
            None => names.push(surface),
        }
    }
    let aliases_only: Vec<String> = x
        .mentions
        .iter()
        .filter(|(_, f)| *f == MentionForm::Alias)
        .map(|(s, _)| fold(s.as_str(doc.text)))
        .collect();
    // A name in capitals (a headline's) only when nothing else names it.
    let shouting = |n: &String| {
        n.chars().filter(|c| c.is_alphabetic()).count() > 3 && !n.chars().any(char::is_lowercase)
    };
    let has_mixed = names.iter().any(|n| !is_acronym_like(n) && !shouting(n));
    let name = names
        .iter()
        .filter(|n| {
            !is_acronym_like(n) && !is_short_reference(doc, n) && !aliases_only.contains(&fold(n))
        })
        .filter(|n| !(has_mixed && shouting(n)))
        .max_by_key(|n| n.chars().count())
        .or_else(|| names.first())
        .cloned()
        .unwrap_or_else(|| {
            x.entry
                .and_then(|en| doc.gazetteer.entries[en].name(doc.lang).map(str::to_string))
                .unwrap_or_default()
        });
    let aliases = names.into_iter().filter(|n| *n != name).collect();
    OrgView {
        name,
        acronym,
        aliases,
    }
}

/// Whether a surface is a bare organisation noun ("Commission").
fn is_short_reference(doc: &Doc, surface: &str) -> bool {
    !surface.contains(' ') && Base::get().org_head(doc.lang, surface).is_some()
}

/// The organisations as records, with spans mapped by `map`.
pub(crate) fn records(
    doc: &Doc,
    orgs: &Orgs,
    map: &dyn Fn(Span) -> Span,
) -> Vec<crate::record::Organisation> {
    let mut order: Vec<usize> = (0..orgs.entities.len())
        .filter(|&e| !orgs.entities[e].mentions.is_empty())
        .collect();
    order.sort_by_key(|&e| orgs.entities[e].mentions[0].0.start);
    order
        .into_iter()
        .map(|e| {
            let x = &orgs.entities[e];
            let v = view(doc, orgs, e);
            let entry = x.entry.map(|en| &doc.gazetteer.entries[en]);
            crate::record::Organisation {
                id: entry.map(|en| en.id.clone()),
                canonical_name: entry.and_then(|en| en.name(doc.lang)).map(str::to_string),
                name: v.name,
                acronym: v.acronym,
                aliases: v.aliases,
                kind: entry.map(|en| en.kind.clone()),
                spans: x.mentions.iter().map(|(s, _)| map(*s)).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schwartz_hearst_french_order() {
        let w = "l'Office des Nations Unies contre la drogue et le crime";
        let start = schwartz_hearst("ONUDC", w).unwrap();
        assert_eq!(
            &w[start..],
            "Office des Nations Unies contre la drogue et le crime"
        );
        let w = "the Japan External Trade Organization";
        assert_eq!(
            &w[schwartz_hearst("JETRO", w).unwrap()..],
            "Japan External Trade Organization"
        );
        assert_eq!(schwartz_hearst("XYZ", "the Bank of Africa"), None);
    }

    #[test]
    fn same_name_merges_fuller_forms() {
        assert!(same_name(
            "health ministry",
            "ministry of health and wellness"
        ));
        assert!(!same_name(
            "finance ministry",
            "ministry of health and wellness"
        ));
        assert!(same_name(
            "ministere des affaires etrangeres",
            "ministere des affaires etrangeres et de la cooperation regionale"
        ));
        assert!(same_name(
            "hopital de reference de beni",
            "hopital general de reference de beni"
        ));
        assert!(!same_name(
            "ministere de la sante",
            "ministere des affaires etrangeres"
        ));
        assert!(!same_name(
            "western australian government",
            "western australian local government association"
        ));
    }

    #[test]
    fn french_adjectives() {
        for w in [
            "étrangères",
            "régional",
            "fédéral",
            "congolais",
            "économique",
        ] {
            assert!(looks_like_french_adjective(w), "{w}");
        }
        for w in ["annonce", "signe", "a", "Santé"] {
            assert!(!looks_like_french_adjective(w), "{w}");
        }
    }
}
