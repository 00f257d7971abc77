//! Priority areas: the themes a release explicitly sets out as priorities or
//! focus areas. Cues come from `data/priority_cues.tsv` (per language, with
//! every word list the rules below use): nouns of priority or area
//! ("domaines prioritaires de", "key areas such as"), verbs of focus
//! ("mettre l'accent sur", "focus on"; not negated, not with a meeting for
//! subject, "cibler"/"target" only in the active voice with an object),
//! objectives named as such ("the objective of X is to ...", one item: the
//! clause) and trailing cues ("X as a priority"); generic purpose verbs are
//! not cues, nor are cues inside named frameworks ("objectifs de
//! développement durable"), places ("rural areas") or boilerplate. A noun
//! cue governs an enumeration only through a list introducer (colon, "tels
//! que", "such as", "include"), a copula followed by a determiner or two
//! items, or a de/of complement that does not name an owner ("les priorités
//! du partenariat" gives nothing); a singular "domaine"/"area" needs two
//! items. A colon that ends its line introduces the list of lines under it
//! even past a participle or "pour" ("les axes retenus pour la période :"),
//! and an active cue may take its objects after a colon ("to prioritize:").
//! The enumeration is read within one sentence, or one bulleted, numbered or
//! lettered list after a colon (up to a colon a few words on: "focus on
//! three chains where ...: A, B and C"): list items and semicolon pieces are
//! one entry each, cut before ", notamment"/", including"; a comma list runs
//! while its segments stay parallel; only its last segment (and the one
//! before "ainsi que"/"as well as") splits on its conjunction, not after
//! "entre"/"between", not between possessives, not when the whole names one
//! taxonomy area ("water and sanitation"), not when the segment opens with a
//! conjunction after the last comma ("A, B, and C of D and E"); no
//! conjunction splits two modifiers of one noun ("santé sexuelle et
//! reproductive", "maternal and newborn care", by the adjective endings of
//! the data file) or two names inside an item that opens with a common noun
//! ("pumps for Senegal and Mali"); after items opening with a determiner, a
//! conjunct opening with a preposition (or in French made of one bare word)
//! stays inside the item ("des filières vanille et girofle"), unless the
//! preposition is the cue's own ("se concentrent sur A et sur B"); "A, et B" is a list of
//! two after a colon or an introducer when B opens like A, and a segment
//! after ", and" that an auxiliary follows is the subject of a clause, not
//! an item; a segment opening with "au/aux/à/to" continues the previous
//! item; bare nouns outside the taxonomy share the complement of the item
//! coordinated after them ("gestion et sécurité des frontières"); the list
//! ends at a closing bracket or quote, a stop phrase (relative, purpose,
//! reporting, "starting with") or an auxiliary. Labels lose leading
//! determiners, prepositions and quantities, trailing punctuation and a
//! trailing deadline ("by 2030"); proper names and generic nouns alone are
//! dropped. Each label maps to an id of the bilingual taxonomy
//! `data/areas.tsv` by Snowball stems of its content words (all the stems of
//! a variant present and covering 40% of the label, or Dice >= 0.6), else
//! `None`. Work per cue is bounded by a sentence window, so the pass is
//! linear in the document.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::Doc;
use crate::lang::Lang;
use crate::lexicon::data_lines;
use crate::normalize::starts_with_list_marker;
use crate::regex_group::RegexGroup;
use crate::segment::TokenKind;
use crate::span::{Span, floor_char_boundary};
use crate::stem::{content_stems, is_function_word};

/// A priority area of a document, with spans in the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Area {
    /// The noun phrase as written, without leading determiners.
    pub(crate) label: String,
    /// The taxonomy id, when the label maps to one.
    pub(crate) id: Option<&'static str>,
    /// One span per mention, in text order.
    pub(crate) spans: Vec<Span>,
}

/// Most non-space tokens read after one cue.
const WINDOW: usize = 160;
/// Most words in one list item; a longer one is a clause, not an area.
const MAX_ITEM_WORDS: usize = 25;
/// Most words in the clause of an objective cue.
const MAX_GOAL_WORDS: usize = 60;
/// Most words read backwards for a trailing cue.
const MAX_POST_WORDS: usize = 12;
/// Most lines of a bulleted list after a colon.
const MAX_LIST_LINES: usize = 30;
/// Longest line read as a list item, in bytes.
const MAX_LINE_BYTES: usize = 1000;
/// Most tokens between a cue and the colon that opens its list.
const MAX_HEAD_TOKENS: usize = 16;
/// Most words in a heading made of a noun cue ("Priority areas").
const MAX_HEADING_WORDS: usize = 6;
/// Most words in a bulleted item under such a heading.
const MAX_HEADED_ITEM_WORDS: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    Noun,
    NounList,
    Verb,
    Active,
    Goal,
    Post,
}

/// The rules of one language, compiled from `data/priority_cues.tsv`.
struct Rules {
    lang: Lang,
    /// The cue regexes of each [`CueKind`] (in the order of `cue_kinds`),
    /// then the framework blocks ("objectifs de développement durable")
    /// inside which a cue is not one.
    cues: RegexGroup,
    cue_kinds: [CueKind; 6],
    intro: Regex,
    far_intro: Regex,
    copula: Regex,
    stop: Regex,
    report: Regex,
    aux: Regex,
    scope: Regex,
    deadline: Regex,
    conj: Regex,
    loose_conj: Regex,
    of: HashSet<&'static str>,
    det: HashSet<&'static str>,
    prep: HashSet<&'static str>,
    comp_prep: HashSet<&'static str>,
    between: HashSet<&'static str>,
    not_after: HashSet<&'static str>,
    back_stop: HashSet<&'static str>,
    lead: HashSet<&'static str>,
    generic: HashSet<&'static str>,
    topic: HashSet<&'static str>,
    negation: HashSet<&'static str>,
    relative: HashSet<&'static str>,
    aside: HashSet<&'static str>,
    owner: HashSet<&'static str>,
    adj_suffix: HashSet<&'static str>,
    noun_suffix: HashSet<&'static str>,
    not_adj: HashSet<&'static str>,
}

const CUE_FILE: &str = include_str!("../../data/priority_cues.tsv");

/// Joins regex patterns into one case-insensitive alternation, longest
/// first; `anchored` ones match only at the start of the haystack. An empty
/// list gives a pattern that never matches.
fn alternation(mut patterns: Vec<&str>, anchored: bool) -> String {
    if patterns.is_empty() {
        return r"[^\s\S]".to_string();
    }
    patterns.sort_by_key(|p| std::cmp::Reverse(p.len()));
    // A word boundary after a pattern that can end in a word character, so
    // that "(?:de|des)" backtracks to "des" instead of stopping inside it.
    let wordish = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | '?' | '*' | '+' | '}'))
    };
    // The boundary is the ASCII one: a Unicode `\b` makes the regex crate
    // fall back from its lazy DFA to the (much slower) PikeVM on any
    // non-ASCII text. Matches are checked against Unicode word boundaries
    // afterwards (`on_word_bounds`), so the ASCII boundary only has to
    // steer alternations ("de|des") towards the whole word.
    // A pattern with non-ASCII letters gets no boundary at all (its group
    // may end in "é", which the ASCII boundary does not see as a letter).
    let boundary = |p: &str, c: Option<char>| {
        let ascii_end = c.is_some_and(|c| c.is_ascii_alphanumeric())
            || (wordish(c) && !c.is_some_and(char::is_alphanumeric) && p.is_ascii());
        if ascii_end { r"(?-u:\b)" } else { "" }
    };
    let alt: Vec<String> = patterns
        .iter()
        .map(|p| {
            let before = boundary(p, p.chars().next());
            let after = boundary(p, p.chars().next_back());
            format!("{before}(?:{p}){after}")
        })
        .collect();
    let src = format!(
        "(?i){}(?:{})",
        if anchored { "^" } else { "" },
        alt.join("|")
    );
    crate::lexicon::latin_classes(&src)
}

/// [`alternation`], compiled.
fn compile(patterns: Vec<&str>, anchored: bool, what: &str) -> Regex {
    Regex::new(&alternation(patterns, anchored))
        .unwrap_or_else(|e| panic!("data/priority_cues.tsv: bad {what} pattern: {e}"))
}

fn load(lang: Lang) -> Rules {
    let mut regexes: HashMap<&str, Vec<&'static str>> = HashMap::new();
    let mut words: HashMap<&str, HashSet<&'static str>> = HashMap::new();
    for (line, cols) in data_lines(CUE_FILE) {
        let [code, kind, pattern] = cols[..] else {
            panic!("data/priority_cues.tsv:{line}: expected 3 columns");
        };
        if Lang::from_code(code) != Some(lang) {
            continue;
        }
        match kind {
            "noun" | "noun_list" | "verb" | "active" | "goal" | "post" | "intro" | "far_intro"
            | "copula" | "block" | "stop" | "report" | "aux" | "scope" | "deadline" | "conj"
            | "loose_conj" => {
                regexes.entry(kind).or_default().push(pattern);
            }
            "of" | "det" | "prep" | "comp_prep" | "between" | "owner" | "not_after"
            | "back_stop" | "lead" | "generic" | "topic" | "negation" | "relative" | "aside"
            | "adj_suffix" | "noun_suffix" | "not_adj" => {
                words
                    .entry(kind)
                    .or_default()
                    .extend(pattern.split('|').map(str::trim));
            }
            other => panic!("data/priority_cues.tsv:{line}: unknown kind {other}"),
        }
    }
    let mut take = |k: &str| regexes.remove(k).unwrap_or_default();
    // The cue kinds, then the framework blocks, as one group.
    let kinds = [
        ("noun", CueKind::Noun),
        ("noun_list", CueKind::NounList),
        ("verb", CueKind::Verb),
        ("active", CueKind::Active),
        ("goal", CueKind::Goal),
        ("post", CueKind::Post),
    ];
    let mut sources: Vec<String> = kinds
        .iter()
        .map(|(k, _)| alternation(take(k), false))
        .collect();
    sources.push(alternation(take("block"), false));
    let cues = RegexGroup::new(&sources)
        .unwrap_or_else(|e| panic!("data/priority_cues.tsv: bad cue pattern: {e}"));
    let cue_kinds = kinds.map(|(_, kind)| kind);
    let intro = compile(take("intro"), true, "intro");
    let far_intro = compile(take("far_intro"), true, "far_intro");
    let copula = compile(take("copula"), true, "copula");
    let stop = compile(take("stop"), true, "stop");
    let report = compile(take("report"), true, "report");
    let aux = compile(take("aux"), true, "aux");
    let scope = compile(take("scope"), true, "scope");
    let deadline = compile(take("deadline"), true, "deadline");
    let conj = compile(take("conj"), true, "conj");
    let loose_conj = compile(take("loose_conj"), true, "loose_conj");
    let mut set = |k: &str| words.remove(k).unwrap_or_default();
    Rules {
        lang,
        cues,
        cue_kinds,
        intro,
        far_intro,
        copula,
        stop,
        report,
        aux,
        scope,
        deadline,
        conj,
        loose_conj,
        of: set("of"),
        det: set("det"),
        prep: set("prep"),
        comp_prep: set("comp_prep"),
        between: set("between"),
        not_after: set("not_after"),
        back_stop: set("back_stop"),
        lead: set("lead"),
        generic: set("generic"),
        topic: set("topic"),
        negation: set("negation"),
        relative: set("relative"),
        aside: set("aside"),
        owner: set("owner"),
        adj_suffix: set("adj_suffix"),
        noun_suffix: set("noun_suffix"),
        not_adj: set("not_adj"),
    }
}

/// The rules of each language, compiled on first use of that language: a
/// process that reads only French never compiles the English cues.
static RULES: [LazyLock<Rules>; 2] = [
    LazyLock::new(|| load(Lang::Fr)),
    LazyLock::new(|| load(Lang::En)),
];

/// One variant of a taxonomy area: its id and content stems.
struct Variant {
    id: &'static str,
    stems: Vec<String>,
    /// Whether the variant is itself a coordination ("water and
    /// sanitation", "paix et sécurité").
    coordination: bool,
}

/// The taxonomy of `data/areas.tsv`, per language.
struct Taxonomy {
    variants: [Vec<Variant>; 2],
    by_stem: [HashMap<String, Vec<usize>>; 2],
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    let mut variants: [Vec<Variant>; 2] = [Vec::new(), Vec::new()];
    for (line, cols) in data_lines(include_str!("../../data/areas.tsv")) {
        let [id, en_label, fr_label, rest @ ..] = &cols[..] else {
            panic!("data/areas.tsv:{line}: expected id, en_label, fr_label, variants");
        };
        let en_variants = rest.first().copied().unwrap_or("");
        let fr_variants = rest.get(1).copied().unwrap_or("");
        for (lang, label, more) in [
            (Lang::Fr, *fr_label, fr_variants),
            (Lang::En, *en_label, en_variants),
        ] {
            for v in std::iter::once(label).chain(more.split('|')) {
                let stems = content_stems(lang, v);
                if !stems.is_empty() {
                    let coordination = [" and ", " et ", ", "].iter().any(|c| v.contains(c));
                    variants[lang.index()].push(Variant {
                        id,
                        stems,
                        coordination,
                    });
                }
            }
        }
    }
    let by_stem = [0, 1].map(|l| {
        let mut m: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, v) in variants[l].iter().enumerate() {
            for s in &v.stems {
                m.entry(s.clone()).or_default().push(i);
            }
        }
        m
    });
    Taxonomy { variants, by_stem }
});

/// The taxonomy id of a label: the variant whose content stems are all in
/// the label and cover at least 40% of it (the most specific such variant),
/// or, for labels of two stems or more, a variant with Dice >= 0.6.
pub(crate) fn area_id(lang: Lang, label: &str) -> Option<&'static str> {
    let stems = content_stems(lang, label);
    if stems.is_empty() {
        return None;
    }
    let tax = &*TAXONOMY;
    let l = lang.index();
    let mut candidates: Vec<usize> = stems
        .iter()
        .filter_map(|s| tax.by_stem[l].get(s))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    // Numbers in a label ("1 000 localités") do not dilute the overlap;
    // they only count when a variant has them ("résolution 1325").
    let size = stems
        .iter()
        .filter(|s| !s.chars().all(char::is_numeric))
        .count()
        .max(1);
    let mut best: Option<((u8, usize, u32), &'static str)> = None;
    for i in candidates {
        let v = &tax.variants[l][i];
        let common = v.stems.iter().filter(|s| stems.contains(s)).count();
        let dice = 2.0 * common as f64 / (v.stems.len() + size) as f64;
        let contained = common == v.stems.len() && v.stems.len() * 5 >= size * 2;
        let score = if contained {
            (2, v.stems.len(), (dice * 1000.0) as u32)
        } else if size >= 2 && dice >= 0.6 {
            (1, common, (dice * 1000.0) as u32)
        } else {
            continue;
        };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, v.id));
        }
    }
    best.map(|(_, id)| id)
}

/// Whether a list segment opens with an infinitive marker and a verb: "de
/// réduire ...", "d'accroître ...", "to cut ...".
fn infinitive_start(lang: Lang, seg: &[Tok]) -> bool {
    let mut words = seg.iter().filter(|t| t.is_word() || t.lower == "d'");
    let (Some(marker), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    let v = verb.lower.as_str();
    match lang {
        Lang::Fr => {
            matches!(marker.lower.as_str(), "de" | "d'")
                && ["er", "ir", "re", "oir"].iter().any(|e| v.ends_with(e))
                && v.chars().count() > 3
        }
        Lang::En => marker.lower == "to" && v.chars().all(char::is_lowercase) && v.len() > 2,
    }
}

/// Whether `text` is an area of the taxonomy named by a coordination
/// ("water and sanitation"): such an item is not split on its conjunction.
fn is_coordinated_area(lang: Lang, text: &str) -> bool {
    let stems = content_stems(lang, text);
    let tax = &*TAXONOMY;
    let l = lang.index();
    let Some(first) = stems.first().and_then(|s| tax.by_stem[l].get(s)) else {
        return false;
    };
    first.iter().any(|&i| {
        let v = &tax.variants[l][i];
        v.coordination
            && v.stems.iter().all(|s| stems.contains(s))
            && v.stems.len() * 5 >= stems.len() * 3
    })
}

/// A non-space token of a window.
#[derive(Clone, Debug)]
struct Tok {
    span: Span,
    kind: TokenKind,
    lower: String,
}

impl Tok {
    fn is_word(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Elision | TokenKind::Clitic
        )
    }

    fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.lower == p
    }

    fn first_upper(&self, text: &str) -> bool {
        self.span
            .as_str(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// The non-space tokens lying in `from..to`, at most `max` of them.
fn window(doc: &Doc, from: usize, to: usize, max: usize) -> Vec<Tok> {
    let first = doc.tokens.partition_point(|t| t.span.start < from);
    doc.tokens[first..]
        .iter()
        .take_while(|t| t.span.end <= to)
        .filter(|t| !t.is_space())
        .take(max)
        .map(|t| Tok {
            span: t.span,
            kind: t.kind,
            lower: t.as_str(doc.text).to_lowercase(),
        })
        .collect()
}

/// The last `max` non-space tokens lying in `from..to`, in text order.
fn window_before(doc: &Doc, from: usize, to: usize, max: usize) -> Vec<Tok> {
    let last = doc.tokens.partition_point(|t| t.span.end <= to);
    let mut out: Vec<Tok> = doc.tokens[..last]
        .iter()
        .rev()
        .take_while(|t| t.span.start >= from)
        .filter(|t| !t.is_space())
        .take(max)
        .map(|t| Tok {
            span: t.span,
            kind: t.kind,
            lower: t.as_str(doc.text).to_lowercase(),
        })
        .collect();
    out.reverse();
    out
}

/// Whether a match `start..end` of `text` begins and ends at word
/// boundaries.
fn on_word_bounds(text: &str, start: usize, end: usize) -> bool {
    let inner_first = text[start..end].chars().next();
    let inner_last = text[start..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let glued_before = alnum(inner_first) && alnum(before);
    let glued_after = alnum(inner_last) && alnum(after);
    !glued_before && !glued_after
}

/// The end of a match of the anchored regex `re` at `pos`, if any.
fn match_at(re: &Regex, text: &str, pos: usize) -> Option<usize> {
    let end = floor_char_boundary(text, pos.saturating_add(160).min(text.len()));
    if pos > end || !text.is_char_boundary(pos) {
        return None;
    }
    let m = re.find(&text[pos..end])?;
    let e = pos + m.end();
    (m.end() > 0 && on_word_bounds(text, pos, e)).then_some(e)
}

/// Index of the first token of `w` that starts at or after `pos`.
fn tok_index(w: &[Tok], pos: usize) -> usize {
    w.partition_point(|t| t.span.start < pos)
}

/// How an enumeration hangs on its noun cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attach {
    /// After a list introducer ("such as", ":").
    Intro,
    /// After "to be": needs a determiner, a colon or two items.
    Copula,
    /// A de/of complement ("domaines prioritaires de ...").
    Complement,
}

/// How a list segment opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A determiner ("la", "the").
    Det,
    /// A preposition ("de la", "of").
    Prep,
    /// "des", "du": either.
    Amb,
    /// A lowercase content word.
    Bare,
    /// A capitalised word.
    Cap,
    /// Anything else: a pronoun, a verb form, a number.
    Other,
}

/// Compatible openings in the same list, before its final conjunction.
fn loosely_parallel(a: Class, b: Class) -> bool {
    use Class::*;
    match (a, b) {
        (Other, _) | (_, Other) => false,
        (Amb, _) | (_, Amb) => true,
        (Prep, Prep) => true,
        (Prep, _) | (_, Prep) => false,
        _ => true,
    }
}

/// Same openings, as needed to continue a list after a conjunction.
fn strictly_parallel(a: Class, b: Class) -> bool {
    use Class::*;
    match (a, b) {
        (Other, _) | (_, Other) => false,
        (Amb, Prep | Det | Amb) | (Prep | Det, Amb) => true,
        (Bare, Bare) | (Det, Det) | (Prep, Prep) | (Cap, Cap) => true,
        _ => false,
    }
}

/// A list item: one part, or parts coordinated by `conj` that share a head
/// ("gestion" + "sécurité des frontières").
#[derive(Clone, Debug)]
struct Item {
    parts: Vec<Span>,
    /// The conjunction before the last part, as written.
    conj: String,
    /// Whether a conjunction coordinates this item with the previous one.
    coordinated: bool,
}

impl Item {
    fn one(span: Span) -> Item {
        Item {
            parts: vec![span],
            conj: String::new(),
            coordinated: false,
        }
    }

    fn span(&self) -> Span {
        Span::new(
            self.parts.first().map_or(0, |p| p.start),
            self.parts.last().map_or(0, |p| p.end),
        )
    }

    fn label(&self, text: &str) -> String {
        let texts: Vec<String> = self
            .parts
            .iter()
            .map(|p| collapse(p.as_str(text)))
            .collect();
        match texts.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, init)) => format!("{} {} {}", init.join(", "), self.conj, last),
        }
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What one cue reads.
struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    r: &'static Rules,
    /// The preposition that ends the cue being read ("sur", "on"),
    /// lowercase.
    tail: Option<String>,
}

impl Reader<'_, '_> {
    fn text(&self) -> &str {
        self.doc.text
    }

    fn lang(&self) -> Lang {
        self.r.lang
    }

    fn is_fn(&self, t: &Tok) -> bool {
        let w = t.lower.trim_end_matches(['\'', '’']);
        is_function_word(self.lang(), &t.lower) || is_function_word(self.lang(), w)
    }

    /// A determiner, preposition or lead word of the rules.
    fn is_particle(&self, t: &Tok) -> bool {
        let l = t.lower.as_str();
        self.r.det.contains(l) || self.r.prep.contains(l) || self.r.lead.contains(l)
    }

    /// Length in tokens of a conjunction at `w[k]`, if one starts there.
    fn conj_at(&self, w: &[Tok], k: usize, loose_too: bool) -> Option<usize> {
        let t = w.get(k)?;
        if !t.is_word() {
            return None;
        }
        let end = match_at(&self.r.conj, self.text(), t.span.start).or_else(|| {
            if loose_too {
                match_at(&self.r.loose_conj, self.text(), t.span.start)
            } else {
                None
            }
        })?;
        Some(tok_index(w, end) - k)
    }

    fn loose_conj_at(&self, w: &[Tok], k: usize) -> bool {
        w.get(k).is_some_and(|t| {
            t.is_word() && match_at(&self.r.loose_conj, self.text(), t.span.start).is_some()
        })
    }

    fn stop_at(&self, t: &Tok) -> bool {
        t.is_word()
            && (match_at(&self.r.stop, self.text(), t.span.start).is_some()
                || match_at(&self.r.report, self.text(), t.span.start).is_some())
    }

    fn aux_at(&self, t: &Tok) -> bool {
        t.is_word()
            && !t.first_upper(self.text())
            && match_at(&self.r.aux, self.text(), t.span.start).is_some()
    }

    /// Where the clause of an objective cue ends: a closing bracket or
    /// quote, or a reporting phrase.
    fn clause_end(&self, w: &[Tok]) -> usize {
        let mut depth = 0usize;
        for (k, t) in w.iter().enumerate() {
            match t.lower.as_str() {
                "(" | "[" | "«" | "“" if t.kind == TokenKind::Punct => depth += 1,
                ")" | "]" | "»" | "”" | "\"" if t.kind == TokenKind::Punct => {
                    if depth == 0 {
                        return k;
                    }
                    depth -= 1;
                }
                _ if t.is_word()
                    && match_at(&self.r.report, self.text(), t.span.start).is_some() =>
                {
                    return k;
                }
                _ => {}
            }
        }
        w.len()
    }

    /// How the tokens `w` open (after a leading conjunction).
    fn class(&self, w: &[Tok]) -> Class {
        let mut k = 0;
        while let Some(n) = self.conj_at(w, k, true) {
            k += n.max(1);
        }
        let Some(t) = w.get(k) else {
            return Class::Other;
        };
        let l = t.lower.as_str();
        let det = self.r.det.contains(l);
        let prep = self.r.prep.contains(l);
        if det && prep {
            Class::Amb
        } else if det {
            Class::Det
        } else if prep {
            Class::Prep
        } else if t.kind != TokenKind::Word || self.is_fn(t) || self.r.lead.contains(l) {
            Class::Other
        } else if t.first_upper(self.text()) {
            Class::Cap
        } else {
            Class::Bare
        }
    }

    /// The span of `w` without leading function words, conjunctions and
    /// punctuation, nor trailing punctuation, function words and a
    /// parenthetical; `None` when no content word is left or it is too long.
    fn clean(&self, w: &[Tok], max_words: usize) -> Option<Span> {
        let mut a = 0;
        let mut b = w.len();
        loop {
            let t = w.get(a).filter(|_| a < b)?;
            let quantity = t.kind == TokenKind::Number
                && w.get(a + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && !n.first_upper(self.text()));
            if let Some(n) = self.conj_at(w, a, true) {
                a += n.max(1);
            } else if !t.is_word() || quantity || self.is_fn(t) || self.is_particle(t) {
                a += 1;
            } else {
                break;
            }
        }
        let mut dated = false;
        loop {
            if b <= a {
                return None;
            }
            let t = &w[b - 1];
            if t.is_punct(")") {
                // Drop a trailing parenthetical ("(SDGs)").
                match w[a..b - 1].iter().rposition(|x| x.is_punct("(")) {
                    Some(open) => b = a + open,
                    None => b -= 1,
                }
            } else if (!t.is_word() && !t.is_punct("%")) || self.is_fn(t) {
                // A percentage keeps its sign ("a margin of 20%").
                b -= 1;
            } else if dated {
                break;
            } else {
                // Drop a trailing deadline ("by 2030"): it dates the item.
                dated = true;
                let end = t.span.end;
                // A deadline is a few words long: only the last ones are tried.
                let deadline = (b.saturating_sub(8).max(a + 1)..b).find(|&k| {
                    w[k].is_word()
                        && match_at(&self.r.deadline, self.text(), w[k].span.start) == Some(end)
                });
                match deadline {
                    Some(k) => b = k,
                    None => break,
                }
            }
        }
        let words = w[a..b].iter().filter(|t| t.is_word()).count();
        let content = w[a..b].iter().any(|t| {
            let l = t.lower.as_str();
            t.kind == TokenKind::Word
                && !self.is_fn(t)
                && !self.r.lead.contains(l)
                && !self.r.generic.contains(l)
        });
        (content && words <= max_words).then(|| Span::new(w[a].span.start, w[b - 1].span.end))
    }

    /// Cuts `w` before a scope preposition followed by a name or a number
    /// ("clean air | across Baltic States"), or after
    /// generic words only ("projects | in the north", then dropped).
    fn scope_cut<'w>(&self, w: &'w [Tok]) -> &'w [Tok] {
        for k in 1..w.len() {
            let t = &w[k];
            if !t.is_word() || match_at(&self.r.scope, self.text(), t.span.start).is_none() {
                continue;
            }
            let content: Vec<&Tok> = w[..k]
                .iter()
                .filter(|x| x.kind == TokenKind::Word && !self.is_fn(x))
                .collect();
            let named = w[k + 1..].iter().take(3).any(|x| {
                x.kind == TokenKind::Number
                    || (x.kind == TokenKind::Word && x.first_upper(self.text()))
            });
            let generic = content
                .iter()
                .all(|x| self.r.generic.contains(x.lower.as_str()));
            if !content.is_empty() && (named || generic) {
                return &w[..k];
            }
        }
        w
    }

    /// An owner noun, singular or plural.
    fn is_owner_word(&self, lower: &str) -> bool {
        self.r.owner.contains(lower)
            || lower
                .strip_suffix(['s', 'x'])
                .is_some_and(|w| self.r.owner.contains(w))
    }

    /// Whether a de/of complement (the tokens after the preposition) names
    /// the owner of the priorities rather than an area.
    fn is_owner(&self, w: &[Tok]) -> bool {
        let mut content: Vec<&Tok> = Vec::new();
        for t in w.iter().take(8) {
            if !t.is_word() {
                break;
            }
            if self.is_fn(t) {
                if !content.is_empty() {
                    break;
                }
                if !(self.r.det.contains(t.lower.as_str()) || self.r.of.contains(t.lower.as_str()))
                {
                    return true;
                }
                continue;
            }
            if t.kind == TokenKind::Number {
                return content.is_empty();
            }
            content.push(t);
            if content.len() == 3 {
                break;
            }
        }
        let Some(first) = content.first() else {
            return true;
        };
        if content.iter().any(|t| self.is_owner_word(&t.lower)) {
            return true;
        }
        if first.first_upper(self.text()) {
            let phrase: Vec<&str> = content.iter().map(|t| t.span.as_str(self.text())).collect();
            return area_id(self.lang(), &phrase.join(" ")).is_none();
        }
        false
    }

    /// Whether only spaces lie between `pos` and the end of its line.
    fn ends_line(&self, pos: usize) -> bool {
        let text = self.text();
        let probe = floor_char_boundary(text, pos.saturating_add(16).min(text.len()));
        let rest = text[pos..probe].trim_start_matches([' ', '\t', '\u{a0}']);
        rest.is_empty() && probe == text.len() || rest.starts_with(['\n', '\r'])
    }

    /// Where the enumeration governed by a noun cue starts, and how it is
    /// attached: after an introducer, after a copula, or at a de/of
    /// complement. An introducer before any comma wins over a complement
    /// ("les objectifs de la rencontre sont ...").
    fn noun_start(&self, cue: Span, sent_end: usize, framework: bool) -> Option<(usize, Attach)> {
        let w = window(self.doc, cue.end, sent_end, 40);
        let first = w.first()?;
        let complement =
            first.is_word() && self.r.of.contains(first.lower.as_str()) && !self.is_owner(&w[1..]);
        if framework {
            return complement.then_some((first.span.start, Attach::Complement));
        }
        let mut words = 0;
        let mut stopped = false;
        let mut comma = false;
        for t in &w {
            if words > 12 {
                break;
            }
            let text = self.text();
            let at = t.span.start;
            // A relative clause ("areas where crises such as ...") hides
            // even a strong introducer.
            if self.r.relative.contains(t.lower.as_str()) {
                break;
            }
            if let Some(e) = match_at(&self.r.far_intro, text, at) {
                return Some((e, Attach::Intro));
            }
            // "les cinq axes retenus pour la période :" over a list of
            // lines: a colon that ends its line introduces the list.
            if t.is_punct(":") && !comma && self.ends_line(t.span.end) {
                return Some((t.span.end, Attach::Intro));
            }
            if words <= 6 && !stopped && !(complement && comma) {
                if let Some(e) = match_at(&self.r.intro, text, at) {
                    return Some((e, Attach::Intro));
                }
                if let Some(e) = match_at(&self.r.copula, text, at) {
                    return Some((e, Attach::Copula));
                }
            }
            stopped |= self.stop_at(t);
            comma |= t.is_punct(",");
            words += usize::from(t.is_word());
        }
        complement.then_some((first.span.start, Attach::Complement))
    }

    /// The enumeration from `start` to the end of its sentence (or of the
    /// list of lines after it).
    fn list(
        &self,
        start: usize,
        sent_end: usize,
        strong: bool,
        attached: bool,
    ) -> (Vec<Item>, usize) {
        let mut w = window(self.doc, start, sent_end, WINDOW);
        let mut strong = strong;
        let mut attached = attached;
        // "targets three markets: A, B and C", "focus on three chains
        // where the region has a base: A, B and C": the list follows the
        // colon.
        let head = w
            .iter()
            .take_while(|t| !t.is_punct(","))
            .take(MAX_HEAD_TOKENS)
            .position(|t| t.is_punct(":"));
        if let Some(c) = head {
            w.drain(..=c);
            strong = true;
            attached = false;
        } else if !attached {
            // "focus on segments such as A, B and C": the list follows.
            let intro = w
                .iter()
                .take_while(|t| !t.is_punct(","))
                .take(10)
                .skip(1)
                .find_map(|t| match_at(&self.r.far_intro, self.text(), t.span.start));
            if let Some(e) = intro {
                let k = tok_index(&w, e);
                w.drain(..k);
                strong = true;
            }
        }
        if strong && !w.iter().any(Tok::is_word) {
            return self.lines(sent_end);
        }
        if let Some(items) = self.marked_list(&w, strong) {
            let end = w.last().map_or(start, |t| t.span.end);
            return (items, end);
        }
        let items = self.comma_list(&w, strong, attached);
        let end = items.last().map_or(start, |i| i.span().end);
        (items, end)
    }

    /// Items of a bulleted or numbered list on the lines after `from`.
    fn lines(&self, from: usize) -> (Vec<Item>, usize) {
        self.lines_with(from, MAX_ITEM_WORDS, false)
    }

    /// Items of the list on the lines after `from`: lines with list
    /// markers of one family, or (unless `marked_only`) short lines; a line
    /// longer than `max_words` ends the list.
    fn lines_with(&self, from: usize, max_words: usize, marked_only: bool) -> (Vec<Item>, usize) {
        let text = self.text();
        let mut items = Vec::new();
        let mut family: Option<Option<char>> = None;
        // The list starts on the next line, which must be close.
        let from = floor_char_boundary(text, from);
        let probe = floor_char_boundary(text, from.saturating_add(MAX_LINE_BYTES));
        let mut pos = match text[from..probe].find('\n') {
            Some(i) => from + i + 1,
            None => return (items, from),
        };
        let mut end = from;
        let mut taken = 0;
        while pos < text.len() && taken < MAX_LIST_LINES {
            // A line longer than any list item is not searched to its end.
            let probe =
                floor_char_boundary(text, pos.saturating_add(MAX_LINE_BYTES).min(text.len()));
            let Some(line_end) = text[pos..probe]
                .find('\n')
                .map(|i| pos + i)
                .or((probe == text.len()).then_some(probe))
            else {
                break;
            };
            let line = &text[pos..line_end];
            let next = line_end + 1;
            if line.trim().is_empty() {
                pos = next;
                continue;
            }
            let span = Span::new(pos, line_end);
            if self.doc.furniture_at(span).is_some() {
                break;
            }
            let marked = starts_with_list_marker(line);
            let fam = if marked { marker_family(line) } else { None };
            let short = line.split_whitespace().take(13).count() <= 12;
            match family {
                None => family = Some(fam),
                Some(f) if f == fam => {}
                Some(_) => break,
            }
            // A long marked line inside a list is cut to its item; one
            // that would open the list, or a long plain line, is a
            // paragraph.
            let long = line.split_whitespace().take(max_words + 2).count() > max_words + 1;
            if (!marked && (marked_only || !short)) || (long && (!marked || items.is_empty())) {
                break;
            }
            let w = window(self.doc, pos, line_end, WINDOW);
            let body = if marked { skip_marker(&w) } else { &w[..] };
            if let Some(item) = self.piece(body) {
                items.push(item);
            }
            end = line_end;
            taken += 1;
            pos = next;
        }
        (items, end)
    }

    /// One list piece: cut at a stop, an auxiliary, a semicolon or a comma
    /// before an introducer of examples ("A, notamment à travers B"),
    /// cleaned.
    fn piece(&self, w: &[Tok]) -> Option<Item> {
        let mut end = w.len();
        for (k, t) in w.iter().enumerate() {
            let aside = t.is_punct(",")
                && w.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && (match_at(&self.r.intro, self.text(), n.span.start).is_some()
                            || self.r.aside.contains(n.lower.as_str()))
                });
            if k > 0 && (self.stop_at(t) || self.aux_at(t) || t.is_punct(";") || aside) {
                end = k;
                break;
            }
        }
        self.clean(&w[..end], MAX_ITEM_WORDS).map(Item::one)
    }

    /// An inline list with markers ("1) ... ; 2) ...") or semicolons after
    /// an introducer: one item per piece.
    fn marked_list(&self, w: &[Tok], strong: bool) -> Option<Vec<Item>> {
        let mut k0 = 0;
        while w.get(k0).is_some_and(|t| t.is_punct(":")) {
            k0 += 1;
        }
        let w = &w[k0..];
        let starts_marked = inline_marker(w, 0).is_some();
        let has_semicolon = w.iter().any(|t| t.is_punct(";"));
        if !(starts_marked || (strong && has_semicolon)) {
            return None;
        }
        let family = inline_marker(w, 0).map(|(_, f)| f);
        let mut pieces: Vec<&[Tok]> = Vec::new();
        let mut from = 0;
        let mut k = 0;
        while k < w.len() {
            let marker = inline_marker(w, k).filter(|(_, f)| Some(*f) == family);
            if let Some((len, _)) = marker {
                if k > from {
                    pieces.push(&w[from..k]);
                }
                from = k + len;
                k += len;
                continue;
            }
            if w[k].is_punct(";") {
                pieces.push(&w[from..k]);
                from = k + 1;
            }
            k += 1;
        }
        if from < w.len() {
            pieces.push(&w[from..]);
        }
        Some(pieces.into_iter().filter_map(|p| self.piece(p)).collect())
    }

    /// The end (exclusive token index) of a comma list: a closing bracket
    /// or quote, a stop phrase or a semicolon.
    fn comma_end(&self, w: &[Tok]) -> usize {
        let mut depth = 0usize;
        let mut quotes = 0usize;
        let mut straight = false;
        for (k, t) in w.iter().enumerate() {
            if t.kind == TokenKind::Punct {
                match t.lower.as_str() {
                    "(" | "[" => depth += 1,
                    ")" | "]" if depth > 0 => depth -= 1,
                    ")" | "]" => return k,
                    "«" | "“" => quotes += 1,
                    "»" | "”" if quotes > 0 => quotes -= 1,
                    "»" | "”" => return k,
                    "\"" if straight => straight = false,
                    "\"" if k == 0 || w[k - 1].span.end < t.span.start => straight = true,
                    "\"" => return k,
                    ";" if depth == 0 => return k,
                    _ => {}
                }
            } else if k > 0 && depth == 0 && (self.stop_at(t) || self.aux_at(t)) {
                return k;
            }
        }
        w.len()
    }

    /// Positions of the top-level commas of `w`.
    fn commas(w: &[Tok]) -> Vec<usize> {
        let mut depth = 0usize;
        let mut out = Vec::new();
        for (k, t) in w.iter().enumerate() {
            match t.lower.as_str() {
                "(" | "[" | "«" | "“" if t.kind == TokenKind::Punct => depth += 1,
                ")" | "]" | "»" | "”" if t.kind == TokenKind::Punct => {
                    depth = depth.saturating_sub(1)
                }
                "," if depth == 0 => out.push(k),
                _ => {}
            }
        }
        out
    }

    /// Whether `w` holds a top-level conjunction (not at its start).
    fn conj_positions(&self, w: &[Tok]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        let mut protected = false;
        let mut k = 0;
        while k < w.len() {
            let t = &w[k];
            if t.kind == TokenKind::Punct {
                match t.lower.as_str() {
                    "(" | "[" => depth += 1,
                    ")" | "]" => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            if self.r.between.contains(t.lower.as_str()) {
                protected = true;
            }
            let conj = if k > 0 && depth == 0 {
                self.conj_at(w, k, true)
            } else {
                None
            };
            if let Some(n) = conj {
                if protected {
                    protected = false;
                } else if !self.possessive_before(w, k)
                    && !self.modifiers_at(w, k, n)
                    && !self.names_at(w, k, n)
                {
                    out.push((k, n.max(1)));
                }
                k += n.max(1);
                continue;
            }
            k += 1;
        }
        out
    }

    /// Whether a word looks like an adjective or a participle: it ends
    /// with an adj_suffix, and is neither a not_adj noun nor ends with a
    /// noun_suffix.
    fn is_modifier(&self, t: &Tok) -> bool {
        let l = t.lower.as_str();
        t.kind == TokenKind::Word
            && l.chars().count() >= 4
            && !self.is_fn(t)
            && !self.r.not_adj.contains(l)
            && !self.r.noun_suffix.iter().any(|s| l.ends_with(s))
            && self.r.adj_suffix.iter().any(|s| l.ends_with(s))
    }

    /// Whether the conjunction `w[k..k + n]` coordinates two modifiers of
    /// one noun, inside one item: in French, after a modifier that follows
    /// a noun, before a modifier that ends the item or comes before a
    /// preposition or a conjunction ("santé mentale et psychosociale",
    /// "pêche artisanale et tournée vers l'export"); in English, after a
    /// modifier, before two words or more ("maternal and child health": an
    /// English item does not end with a modifier).
    fn modifiers_at(&self, w: &[Tok], k: usize, n: usize) -> bool {
        let (Some(prev), Some(next)) = (k.checked_sub(1).and_then(|i| w.get(i)), w.get(k + n))
        else {
            return false;
        };
        if !self.is_modifier(prev) {
            return false;
        }
        let content = |t: &Tok| t.kind == TokenKind::Word && !self.is_fn(t);
        let after = w.get(k + n + 1);
        match self.lang() {
            Lang::Fr => {
                let noun_before = k >= 2 && content(&w[k - 2]) && !self.is_particle(&w[k - 2]);
                let closes = after.is_none_or(|t| {
                    !t.is_word()
                        || self.r.prep.contains(t.lower.as_str())
                        || self.conj_at(w, k + n + 1, true).is_some()
                });
                noun_before && self.is_modifier(next) && closes
            }
            Lang::En => content(next) && after.is_some_and(content),
        }
    }

    /// Whether the conjunction `w[k..k + n]` joins two names inside an
    /// item that opens with a common noun ("ferries for Corsica and
    /// Sardinia"): the names share the item.
    fn names_at(&self, w: &[Tok], k: usize, n: usize) -> bool {
        let name =
            |t: &Tok| t.kind == TokenKind::Word && t.first_upper(self.text()) && !self.is_fn(t);
        let opens_lower = w
            .iter()
            .find(|t| t.kind == TokenKind::Word && !self.is_fn(t) && !self.is_particle(t))
            .is_some_and(|t| !t.first_upper(self.text()));
        k > 0 && name(&w[k - 1]) && w.get(k + n).is_some_and(name) && opens_lower
    }

    /// Whether the conjunction at `w[k]` coordinates possessives
    /// ("farmers' and herders' incomes") or a bare noun under one
    /// ("herders' incomes and savings").
    fn possessive_before(&self, w: &[Tok], k: usize) -> bool {
        if self.lang() != Lang::En || k == 0 {
            return false;
        }
        let is_poss = |t: &Tok| t.kind == TokenKind::Clitic || t.lower == "'" || t.lower == "’";
        if is_poss(&w[k - 1]) {
            return true;
        }
        let rest = &w[k + 1..];
        let single_after = rest
            .first()
            .is_some_and(|t| t.kind == TokenKind::Word && !self.is_fn(t))
            && rest.get(1).is_none_or(|t| !t.is_word());
        single_after && w[..k].iter().any(is_poss)
    }

    /// Splits the tokens of one comma segment at its conjunctions into the
    /// parts of one item.
    fn item_of(&self, w: &[Tok], max_words: usize) -> Option<Item> {
        let conjs = self.conj_positions(w);
        let mut parts = Vec::new();
        let mut conj = String::new();
        let mut from = 0;
        for &(k, n) in &conjs {
            parts.push(self.clean(self.scope_cut(&w[from..k]), max_words)?);
            conj = collapse(Span::new(w[k].span.start, w[k + n - 1].span.end).as_str(self.text()));
            from = k + n;
        }
        parts.push(self.clean(self.scope_cut(&w[from..]), max_words)?);
        Some(Item {
            parts,
            conj,
            coordinated: false,
        })
    }

    /// A comma list; see the module documentation.
    fn comma_list(&self, w: &[Tok], strong: bool, attached: bool) -> Vec<Item> {
        let mut k0 = 0;
        while w.get(k0).is_some_and(|t| t.is_punct(":")) {
            k0 += 1;
        }
        let end = self.comma_end(w).max(k0);
        // "A, and the team will ...": the list ends on a clause.
        let verb_cut = w.get(end).is_some_and(|t| self.aux_at(t));
        let w = &w[k0..end];
        if w.is_empty() {
            return Vec::new();
        }
        let mut bounds = vec![0];
        for c in Self::commas(w) {
            bounds.push(c);
        }
        let segs: Vec<&[Tok]> = bounds
            .iter()
            .enumerate()
            .map(|(i, &b)| {
                let s = if i == 0 { b } else { b + 1 };
                let e = bounds.get(i + 1).copied().unwrap_or(w.len());
                &w[s.min(e)..e]
            })
            .collect();
        let skip_of = usize::from(
            attached
                && w.first()
                    .is_some_and(|t| self.r.of.contains(t.lower.as_str())),
        );
        let class0 = self.class(&segs[0][skip_of.min(segs[0].len())..]);
        let mut prev_class = class0;
        // Groups of segments: each a run of token slices forming one item.
        let mut groups: Vec<Vec<&[Tok]>> = vec![vec![segs[0]]];
        let mut after_conj = !self.conj_positions(segs[0]).is_empty();
        let mut has_conj = after_conj;
        for (i, seg) in segs.iter().enumerate().skip(1) {
            let Some(first) = seg.first() else {
                break;
            };
            // A complement of the previous item's head: "l'aide aux
            // coopératives, aux artisans ...", "les chaînes de valeur
            // du sorgho, du niébé ...".
            let of_again = !attached
                && self.r.of.contains(first.lower.as_str())
                && groups.last().and_then(|g| g.last()).is_some_and(|p| {
                    p.iter()
                        .skip(1)
                        .any(|t| self.r.of.contains(t.lower.as_str()))
                });
            if (self.r.comp_prep.contains(first.lower.as_str()) || of_again) && class0 == Class::Det
            {
                if let Some(g) = groups.last_mut() {
                    g.push(seg);
                }
                continue;
            }
            // Objectives as parallel infinitives: "de produire A, de
            // réduire B et de créer C", "to produce A, to cut B".
            if infinitive_start(self.lang(), seg)
                && (infinitive_start(self.lang(), segs[0]) || class0 == Class::Bare)
            {
                prev_class = self.class(seg);
                after_conj = !self.conj_positions(seg).is_empty();
                has_conj |= after_conj;
                groups.push(vec![seg]);
                continue;
            }
            let conj_first = self.conj_at(seg, 0, true).is_some();
            let c = self.class(seg);
            // "A, and B" makes a list of two after a colon or an
            // introducer, when B opens like A ("la pêche, et la forêt");
            // elsewhere the conjunction opens a clause.
            let pair = strong && c != Class::Other && strictly_parallel(class0, c);
            if i == 1 && conj_first && !self.loose_conj_at(seg, 0) && !pair {
                break;
            }
            // "A, B, and the team will ...": the subject of a clause.
            if conj_first && verb_cut && i + 1 == segs.len() {
                break;
            }
            let ok = if attached {
                c != Class::Other && (!after_conj || c != Class::Cap || prev_class == Class::Cap)
            } else if after_conj && !(strong && class0 == Class::Cap) {
                // (After a colon, a first item that opens with a name joins
                // common nouns: "One Health and antimicrobial resistance,
                // climate-smart agriculture, …".)
                strictly_parallel(prev_class, c)
            } else {
                loosely_parallel(class0, c)
            };
            if !ok {
                break;
            }
            prev_class = c;
            let inner = !self.conj_positions(seg).is_empty();
            after_conj = conj_first || inner;
            has_conj |= after_conj;
            groups.push(vec![seg]);
        }
        if !has_conj && !strong && groups.len() < 3 {
            groups.truncate(1);
        }
        // The whole list may name one area ("water, sanitation and hygiene").
        if groups.len() > 1 {
            let last = groups.last().and_then(|g| g.last()).copied().unwrap_or(&[]);
            let all = span_tokens(w, segs[0], last);
            if let (Some(a), Some(b)) = (all.first(), all.last()) {
                let text = Span::new(a.span.start, b.span.end).as_str(self.text());
                if is_coordinated_area(self.lang(), text) {
                    return self
                        .clean(all, MAX_ITEM_WORDS)
                        .map(Item::one)
                        .into_iter()
                        .collect();
                }
            }
        }
        let n = groups.len();
        let mut items: Vec<Item> = Vec::new();
        for (gi, g) in groups.iter().enumerate() {
            let first = g[0];
            let last = g[g.len() - 1];
            let whole = span_tokens(w, first, last);
            let coordinated = self.conj_at(first, 0, true).is_some();
            if g.len() > 1 {
                // A head with complements after commas: one item as written.
                if let Some(s) = self.clean(whole, MAX_ITEM_WORDS) {
                    items.push(Item {
                        coordinated,
                        ..Item::one(s)
                    });
                }
                continue;
            }
            let before_loose = groups
                .get(gi + 1)
                .is_some_and(|g| self.loose_conj_at(g[0], 0));
            if gi + 1 == n || before_loose {
                // The last segment splits on its final conjunction, and so
                // does the one before "as well as" ("A, B and C, as well
                // as D").
                // At "ainsi que" / "as well as" when there is one, which
                // outranks "et" / "and" ("A ainsi que B de C et D").
                let conjs = self.conj_positions(whole);
                let loose = conjs.iter().find(|&&(k, _)| self.loose_conj_at(whole, k));
                // "A, B, and C of D and E": the conjunction after the last
                // comma closes the list; one inside its last item
                // coordinates within that item.
                let closed = coordinated && gi + 1 == n && gi > 0;
                let split = if closed {
                    loose
                } else {
                    loose.or(conjs.last())
                };
                if let Some(&(k, len)) = split {
                    let post = &whole[k + len..];
                    // After items opening with a determiner, a conjunct
                    // without one belongs inside the item ("the holding of
                    // free and fair elections", "la protection des enfants
                    // et des femmes").
                    // A bare conjunct after "of free" coordinates modifiers
                    // inside the last complement.
                    let pre = &whole[..k];
                    let tail = pre
                        .iter()
                        .rposition(|t| self.r.prep.contains(t.lower.as_str()))
                        .map_or(usize::MAX, |p| pre.len() - p - 1);
                    // "se concentrent sur A et sur B": the cue's own
                    // preposition opens a second object, not a complement.
                    let again = post
                        .first()
                        .is_some_and(|t| self.tail.as_deref() == Some(t.lower.as_str()));
                    // "des filières vanille et girofle": in French, whose
                    // items repeat their determiner, one bare word ends the
                    // item it follows ("the economy and security" shares
                    // its determiner).
                    let single =
                        self.lang() == Lang::Fr && post.iter().filter(|t| t.is_word()).count() == 1;
                    let inside = !attached
                        && !again
                        && !self.loose_conj_at(whole, k)
                        && match self.class(post) {
                            Class::Prep | Class::Amb => true,
                            Class::Bare => tail == 1 || single,
                            _ => false,
                        };
                    let comp = (inside
                        || post
                            .first()
                            .is_some_and(|t| self.r.comp_prep.contains(t.lower.as_str())))
                        && class0 == Class::Det;
                    let named = Span::new(whole[0].span.start, whole[whole.len() - 1].span.end);
                    if is_coordinated_area(self.lang(), named.as_str(self.text())) {
                        if let Some(mut it) = self.item_of(whole, MAX_ITEM_WORDS) {
                            it.coordinated = coordinated;
                            items.push(it);
                        }
                        continue;
                    }
                    if self.class(post) == Class::Other {
                        // "X and will prioritise Y": a clause, not an item.
                        if let Some(mut it) = self.item_of(&whole[..k], MAX_ITEM_WORDS) {
                            it.coordinated = coordinated;
                            items.push(it);
                        }
                        continue;
                    }
                    if !comp {
                        if let Some(mut it) = self.item_of(&whole[..k], MAX_ITEM_WORDS) {
                            it.coordinated = coordinated;
                            items.push(it);
                        }
                        if let Some(s) = self.clean(self.scope_cut(post), MAX_ITEM_WORDS) {
                            let conj = Span::new(whole[k].span.start, whole[k + len - 1].span.end);
                            items.push(Item {
                                parts: vec![s],
                                conj: collapse(conj.as_str(self.text())),
                                coordinated: true,
                            });
                        }
                        continue;
                    }
                    if let Some(s) = self.clean(self.scope_cut(whole), MAX_ITEM_WORDS) {
                        items.push(Item::one(s));
                    }
                    continue;
                }
            }
            if let Some(mut it) = self.item_of(whole, MAX_ITEM_WORDS) {
                it.coordinated = coordinated;
                items.push(it);
            }
        }
        let mut items = self.share_heads(items);
        items.retain(|it| !self.is_name(it.span()));
        items
    }

    /// Whether an inline item is a proper name outside the taxonomy: all
    /// its content words capitalised ("Wadi Fira").
    fn is_name(&self, s: Span) -> bool {
        let w = window(self.doc, s.start, s.end, 40);
        let content: Vec<&Tok> = w
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !self.is_fn(t))
            .collect();
        let upper = |t: &&Tok| t.first_upper(self.text());
        content.iter().any(upper)
            && content
                .iter()
                .all(|t| upper(t) || self.r.generic.contains(t.lower.as_str()))
            && area_id(self.lang(), s.as_str(self.text())).is_none()
    }

    /// Merges bare nouns outside the taxonomy into the coordinated item
    /// with a complement that follows them ("collecte, analyse et
    /// utilisation des données").
    fn share_heads(&self, items: Vec<Item>) -> Vec<Item> {
        let mut out: Vec<Item> = Vec::new();
        for it in items {
            if it.coordinated && it.parts.len() == 1 && self.has_complement(it.parts[0]) {
                let mut k = out.len();
                while k > 0 && out[k - 1].parts.len() == 1 && self.is_bare(out[k - 1].parts[0]) {
                    k -= 1;
                }
                if k < out.len() {
                    let mut parts: Vec<Span> = out.drain(k..).flat_map(|i| i.parts).collect();
                    parts.push(it.parts[0]);
                    out.push(Item {
                        parts,
                        conj: it.conj,
                        coordinated: false,
                    });
                    continue;
                }
            }
            out.push(it);
        }
        out
    }

    /// One content word that names no area by itself ("gestion").
    fn is_bare(&self, s: Span) -> bool {
        let t = s.as_str(self.text());
        !t.contains(char::is_whitespace)
            && !t.contains('\'')
            && area_id(self.lang(), t).is_none()
            && t.chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether a phrase has a de/of complement after its head.
    fn has_complement(&self, s: Span) -> bool {
        let w = window(self.doc, s.start, s.end, 40);
        w.iter()
            .skip(1)
            .any(|t| self.r.of.contains(t.lower.as_str()))
    }

    /// Whether an objective clause is a comma list of parallel bare
    /// phrases ("reduce emissions, increase resilience and mobilize
    /// finance") or of infinitive phrases ("to produce A, to cut B").
    fn is_verb_list(&self, w: &[Tok]) -> bool {
        let commas = Self::commas(w);
        let Some(&c) = commas.first() else {
            return false;
        };
        let first = &w[..c];
        let second = &w[c + 1..commas.get(1).copied().unwrap_or(w.len())];
        let short = |x: &[Tok]| x.iter().filter(|t| t.is_word()).count() <= 6;
        let bare = |x: &[Tok]| self.class(x) == Class::Bare && short(x);
        // "de produire A, de réduire B et de créer C": each phrase repeats
        // its infinitive marker, and may be longer.
        let infinitive = |x: &[Tok]| {
            infinitive_start(self.lang(), x)
                && x.iter()
                    .take_while(|t| !matches!(t.lower.as_str(), "et" | "and" | "ou" | "or"))
                    .filter(|t| t.is_word())
                    .count()
                    <= 12
        };
        // (The cue may have taken the first marker: "objectives are to".)
        let verb_first = |x: &[Tok]| {
            x.first().is_some_and(|t| t.is_word())
                && self.class(x) == Class::Bare
                && x.iter().filter(|t| t.is_word()).count() <= 12
        };
        (bare(first) && bare(second))
            || ((infinitive(first) || verb_first(first)) && infinitive(second))
    }

    /// Whether a noun cue and its complement are the subject of a verb
    /// ("Les secteurs de la pêche et de l'agriculture sont en crise"): the
    /// cue opens its sentence and an auxiliary follows the list.
    fn is_subject(&self, sent_start: usize, cue_start: usize, end: usize, sent_end: usize) -> bool {
        let before = window(self.doc, sent_start, cue_start, 4);
        let opens = before.iter().all(|t| self.is_particle(t) || !t.is_word());
        let after = window(self.doc, end, sent_end, 2);
        opens
            && after
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| self.aux_at(t))
    }

    /// Whether a sentence is a short heading line of its own, without final
    /// punctuation.
    fn is_heading(&self, sent: Span) -> bool {
        let text = self.text();
        let line_start = sent.start == 0 || text[..sent.start].ends_with('\n');
        let line_end = sent.end == text.len() || text[sent.end..].starts_with('\n');
        let body = sent.as_str(text).trim_end_matches(':').trim_end();
        line_start
            && line_end
            && !body.ends_with(['.', '!', '?', ';', ','])
            && body.split_whitespace().take(MAX_HEADING_WORDS + 1).count() <= MAX_HEADING_WORDS
    }

    /// Whether what follows `start` opens with a colon or a determiner.
    fn opens_np(&self, start: usize, end: usize) -> bool {
        let w = window(self.doc, start, end, 2);
        w.first()
            .is_some_and(|t| t.is_punct(":") || self.r.det.contains(t.lower.as_str()))
    }

    /// Whether what follows `start` opens with a colon or a determiner that
    /// is not also a preposition ("la", not "du").
    fn opens_pure_np(&self, start: usize, end: usize) -> bool {
        let w = window(self.doc, start, end, 2);
        w.first().is_some_and(|t| {
            let l = t.lower.as_str();
            t.is_punct(":") || (self.r.det.contains(l) && !self.r.prep.contains(l))
        })
    }

    /// Where the phrase that ends at `w[..end]` starts, read backwards up
    /// to punctuation, a back_stop word, a stop phrase or a determiner that
    /// opens it; `None` when it is longer than an item.
    fn phrase_start(&self, w: &[Tok], end: usize) -> Option<usize> {
        let mut a = end;
        let mut words = 0;
        while a > 0 {
            let t = &w[a - 1];
            let apostrophe = t.kind == TokenKind::Punct && (t.lower == "'" || t.lower == "’");
            if (!t.is_word() && !apostrophe)
                || self.r.back_stop.contains(t.lower.as_str())
                || self.stop_at(t)
            {
                break;
            }
            if t.is_word() {
                words += 1;
            }
            if words > MAX_POST_WORDS {
                return None;
            }
            a -= 1;
            // A determiner opens the phrase unless a preposition or a
            // conjunction links it to what precedes ("a retenu | l'emploi").
            let pure_det =
                self.r.det.contains(t.lower.as_str()) && !self.r.prep.contains(t.lower.as_str());
            if pure_det {
                let linked = a > 0 && {
                    let p = &w[a - 1];
                    self.r.prep.contains(p.lower.as_str()) || self.conj_at(w, a - 1, true).is_some()
                };
                if !linked {
                    break;
                }
            }
        }
        Some(a)
    }

    /// The items read backwards from a trailing cue at `cue_start`: one
    /// phrase ("small farmers as a priority"), or a comma list whose last
    /// segment holds the conjunction ("A, B et C demeurent les priorités").
    fn post_items(&self, sent_start: usize, cue_start: usize) -> Vec<Item> {
        let mut w = window_before(self.doc, sent_start, cue_start, WINDOW);
        // "la protection des civils doit | rester une priorité".
        while w.last().is_some_and(|t| self.aux_at(t)) {
            w.pop();
        }
        let end = w.len();
        let Some(a) = self.phrase_start(&w, end) else {
            return Vec::new();
        };
        let last = &w[a..end];
        let mut start = a;
        if !self.conj_positions(last).is_empty() {
            let class = self.class(last);
            let mut segments = 1;
            while start > 1 && w[start - 1].is_punct(",") && segments < 8 {
                let Some(s) = self.phrase_start(&w, start - 1) else {
                    break;
                };
                if s + 1 >= start || !loosely_parallel(self.class(&w[s..start - 1]), class) {
                    break;
                }
                start = s;
                segments += 1;
            }
        }
        if start < a {
            self.comma_list(&w[start..end], true, false)
        } else {
            self.clean(last, MAX_POST_WORDS)
                .map(Item::one)
                .into_iter()
                .collect()
        }
    }
}

/// The tokens of `w` from the start of `first` to the end of `last`
/// (sub-slices of `w`).
fn span_tokens<'w>(w: &'w [Tok], first: &[Tok], last: &[Tok]) -> &'w [Tok] {
    let (Some(f), Some(l)) = (first.first(), last.last()) else {
        return &w[0..0];
    };
    let a = tok_index(w, f.span.start);
    let b = tok_index(w, l.span.start) + 1;
    &w[a.min(b)..b.min(w.len())]
}

/// An inline list marker at `w[k]`: `1)`, `a)`, `1.`, `•`, `-`; its
/// length in tokens and its family (`'1'`, `'a'` or the bullet).
fn inline_marker(w: &[Tok], k: usize) -> Option<(usize, char)> {
    let t = w.get(k)?;
    let prev_ok = k == 0 || w[k - 1].kind == TokenKind::Punct;
    if t.kind == TokenKind::Punct && matches!(t.lower.as_str(), "•" | "*") {
        return Some((1, '•'));
    }
    if t.kind == TokenKind::Punct && t.lower == "-" && k == 0 {
        return Some((1, '-'));
    }
    let next = w.get(k + 1)?;
    let glued = next.span.start == t.span.end;
    if t.kind == TokenKind::Number
        && t.lower.len() <= 2
        && glued
        && (next.lower == ")" || (next.lower == "." && prev_ok))
    {
        return Some((2, '1'));
    }
    let letter = t.kind == TokenKind::Word
        && t.lower.chars().count() == 1
        && t.lower.chars().all(|c| c.is_ascii_lowercase());
    if letter && glued && next.lower == ")" && prev_ok {
        return Some((2, 'a'));
    }
    None
}

/// The family of a line's list marker: its first character class.
fn marker_family(line: &str) -> Option<char> {
    let c = line.trim_start().chars().next()?;
    Some(if c.is_ascii_digit() {
        '1'
    } else if c.is_ascii_lowercase() {
        'a'
    } else if c == '(' {
        let inner = line.trim_start().chars().nth(1).unwrap_or(' ');
        if inner.is_ascii_digit() { '1' } else { 'a' }
    } else {
        c
    })
}

/// The tokens of a list line after its marker.
fn skip_marker(w: &[Tok]) -> &[Tok] {
    if let Some((n, _)) = inline_marker(w, 0) {
        return &w[n..];
    }
    let mut k = 0;
    if w.first().is_some_and(|t| t.is_punct("(")) {
        k = 1;
    }
    if w.get(k).is_some_and(|t| t.is_word())
        && w.get(k + 1)
            .is_some_and(|t| t.is_punct(")") || t.is_punct("."))
    {
        return &w[k + 2..];
    }
    if w.first().is_some_and(|t| t.kind == TokenKind::Punct) {
        return &w[1..];
    }
    w
}

/// A cue match.
#[derive(Clone, Copy, Debug)]
struct Cue {
    kind: CueKind,
    span: Span,
    /// A noun cue ending a framework name ("Millennium Development Goal").
    framework: bool,
}

/// Finds the priority areas of a document; see the module documentation.
pub(crate) fn extract(doc: &Doc) -> Vec<Area> {
    let r: &'static Rules = &RULES[doc.lang.index()];
    let text = doc.text;
    let bounded = |s: &Span| on_word_bounds(text, s.start, s.end);
    let mut found = r.cues.find_all(text);
    let blocks: Vec<Span> = found
        .pop()
        .unwrap_or_default()
        .into_iter()
        .filter(bounded)
        .collect();
    let mut cues: Vec<Cue> = Vec::new();
    for (kind, spans) in r.cue_kinds.iter().zip(found) {
        for span in spans.into_iter().filter(bounded) {
            let i = blocks.partition_point(|b| b.end < span.end);
            let block = blocks[i.saturating_sub(1)..]
                .iter()
                .take(3)
                .find(|b| b.contains(span));
            let framework = match block {
                Some(b) if *kind == CueKind::Noun && b.end == span.end => true,
                Some(_) => continue,
                None => false,
            };
            if doc.furniture_at(span).is_some() {
                continue;
            }
            cues.push(Cue {
                kind: *kind,
                span,
                framework,
            });
        }
    }
    cues.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    // Overlapping cues: the first (longest) wins, except that a noun cue
    // beats a trailing cue it overlaps ("as well as priority areas").
    let mut kept: Vec<Cue> = Vec::new();
    for c in cues {
        match kept.last() {
            Some(p) if p.span.overlaps(c.span) => {
                if p.kind == CueKind::Post && c.kind == CueKind::Noun && c.span.end > p.span.end {
                    kept.pop();
                    kept.push(c);
                }
            }
            _ => kept.push(c),
        }
    }
    let mut reader = Reader { doc, r, tail: None };
    let cue_starts: HashSet<usize> = kept.iter().map(|c| c.span.start).collect();
    let mut found: Vec<Item> = Vec::new();
    let mut covered = 0usize;
    for cue in &kept {
        if cue.span.start < covered {
            continue;
        }
        let si = doc
            .sentences
            .partition_point(|s| s.span.end <= cue.span.start);
        let Some(sent) = doc
            .sentences
            .get(si)
            .filter(|s| s.span.start <= cue.span.start)
        else {
            continue;
        };
        let sent_end = sent.span.end;
        reader.tail = cue
            .span
            .as_str(text)
            .rsplit(char::is_whitespace)
            .next()
            .map(str::to_lowercase)
            .filter(|w| r.prep.contains(w.as_str()));
        let (items, end) = match cue.kind {
            CueKind::Noun | CueKind::NounList => {
                let heading = cue.kind == CueKind::Noun && reader.is_heading(sent.span);
                match reader.noun_start(cue.span, sent_end, cue.framework) {
                    // A heading "Priority areas" over a bulleted list.
                    None if heading => reader.lines_with(sent_end, MAX_HEADED_ITEM_WORDS, true),
                    Some((start, attach)) => {
                        if opens_with_cue(&reader, start, sent_end, &cue_starts) {
                            continue;
                        }
                        let strong = attach != Attach::Complement;
                        let (items, end) = reader.list(start, sent_end, strong, !strong);
                        let few = items.len() < 2;
                        if few
                            && (cue.kind == CueKind::NounList
                                || (attach == Attach::Copula && !reader.opens_np(start, sent_end)))
                        {
                            continue;
                        }
                        if attach == Attach::Complement
                            && reader.is_subject(sent.span.start, cue.span.start, end, sent_end)
                        {
                            continue;
                        }
                        (items, end)
                    }
                    None => continue,
                }
            }
            CueKind::Verb | CueKind::Active => {
                if cue.kind == CueKind::Active && !active_ok(doc, r, cue.span) {
                    continue;
                }
                if reports_topic(&reader, sent.span.start, cue.span.start)
                    || negated(&reader, sent.span.start, cue.span.start)
                {
                    continue;
                }
                if opens_with_cue(&reader, cue.span.end, sent_end, &cue_starts) {
                    continue;
                }
                let (mut items, end) = reader.list(cue.span.end, sent_end, false, false);
                // "targets an EBITDA margin of 20%": a figure, not an area.
                items.retain(|it| !it.span().as_str(text).contains(['%', '$', '€', '£', '¥']));
                (items, end)
            }
            // "The network's objectives are to:" and a list on the lines
            // after.
            CueKind::Goal if doc.text[cue.span.end..].trim_start().starts_with(':') => {
                reader.lines(cue.span.end)
            }
            CueKind::Goal => {
                let w = window(doc, cue.span.end, sent_end, WINDOW);
                let w = &w[..reader.clause_end(&w)];
                let items: Vec<Item> = if reader.is_verb_list(w) {
                    reader.comma_list(w, true, false)
                } else {
                    reader
                        .clean(w, MAX_GOAL_WORDS)
                        .map(Item::one)
                        .into_iter()
                        .collect()
                };
                let end = items.last().map_or(cue.span.end, |i| i.span().end);
                (items, end)
            }
            // "a retenu comme priorités la santé et ...": the list follows.
            CueKind::Post if reader.opens_pure_np(cue.span.end, sent_end) => {
                reader.list(cue.span.end, sent_end, true, false)
            }
            CueKind::Post => (
                reader.post_items(sent.span.start, cue.span.start),
                cue.span.end,
            ),
        };
        let mut any = false;
        for it in items {
            let s = it.span();
            if found.iter().rev().take(40).any(|f| f.span().overlaps(s)) {
                continue;
            }
            found.push(it);
            any = true;
        }
        if any {
            covered = covered.max(end);
        }
    }
    found.sort_by_key(|i| i.span().start);
    let mut out: Vec<Area> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for it in found {
        let label = it.label(text);
        if label.is_empty() {
            continue;
        }
        let key = label.to_lowercase();
        match index.get(&key) {
            Some(&i) => out[i].spans.push(it.span()),
            None => {
                index.insert(key, out.len());
                out.push(Area {
                    id: area_id(doc.lang, &label),
                    label,
                    spans: vec![it.span()],
                });
            }
        }
    }
    out
}

/// Whether the enumeration at `start` opens with another cue ("s'articule
/// autour de trois axes : ..."), which then takes over.
fn opens_with_cue(
    reader: &Reader,
    start: usize,
    sent_end: usize,
    cue_starts: &HashSet<usize>,
) -> bool {
    let w = window(reader.doc, start, sent_end, 6);
    let opener = w.iter().find(|t| {
        t.kind == TokenKind::Word && !reader.is_fn(t) && !reader.r.lead.contains(t.lower.as_str())
    });
    opener.is_some_and(|t| cue_starts.contains(&t.span.start))
}

/// Whether a verb of focus is negated ("failed to focus on", "ne s'est pas
/// concentré sur"): one of the three words before it is a negation.
fn negated(reader: &Reader, sent_start: usize, cue_start: usize) -> bool {
    let w = window_before(reader.doc, sent_start, cue_start, 6);
    w.iter()
        .rev()
        .filter(|t| t.is_word())
        .take(3)
        .any(|t| reader.r.negation.contains(t.lower.as_str()))
}

/// Whether a verb of focus has a meeting or talks for subject ("the
/// meeting focused on ..."): a reported discussion, not a priority.
fn reports_topic(reader: &Reader, sent_start: usize, cue_start: usize) -> bool {
    let w = window_before(reader.doc, sent_start, cue_start, 6);
    w.iter()
        .rev()
        .filter(|t| t.kind == TokenKind::Word)
        .take(3)
        .any(|t| reader.r.topic.contains(t.lower.as_str()))
}

/// Whether an active-only cue is used actively with an object: not after
/// a determiner or a passive auxiliary, and followed by a word that is not
/// a preposition, or by a colon that opens the list of its objects.
fn active_ok(doc: &Doc, r: &Rules, cue: Span) -> bool {
    let i = doc.tokens.partition_point(|t| t.span.start < cue.start);
    let prev = doc.tokens[..i].iter().rev().find(|t| !t.is_space());
    if prev.is_some_and(|t| {
        r.not_after
            .contains(t.as_str(doc.text).to_lowercase().as_str())
    }) {
        return false;
    }
    // "the recycled-content targets set by …": after a compound modifier
    // the cue is a noun.
    if prev.is_some_and(|t| {
        let w = t.as_str(doc.text);
        t.is_wordlike() && w.contains('-') && w.chars().all(|c| c.is_lowercase() || c == '-')
    }) {
        return false;
    }
    let j = doc.tokens.partition_point(|t| t.span.start < cue.end);
    let next = doc.tokens[j..].iter().find(|t| !t.is_space());
    next.is_some_and(|t| {
        let lower = t.as_str(doc.text).to_lowercase();
        // "to prioritize:" over a list: the object follows the colon.
        if t.kind == TokenKind::Punct && lower == ":" {
            return true;
        }
        let participle = doc.lang == Lang::En && lower.ends_with("ed");
        t.is_wordlike()
            && !participle
            && (r.det.contains(lower.as_str()) || !is_function_word(doc.lang, &lower))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    static GAZETTEER: LazyLock<Gazetteer> =
        LazyLock::new(|| Gazetteer::build(&[]).expect("bundled gazetteer"));

    fn areas(text: &str, lang: Lang) -> Vec<(String, Option<&'static str>)> {
        let doc = Doc::new(text, lang, &GAZETTEER);
        extract(&doc).into_iter().map(|a| (a.label, a.id)).collect()
    }

    fn labels(text: &str, lang: Lang) -> Vec<String> {
        areas(text, lang).into_iter().map(|a| a.0).collect()
    }

    /// (language, sentence, expected labels separated by " | ").
    const CASES: &[(Lang, &str, &str)] = &[
        // An objective after a possessive; a goal cue before a colon reads
        // the list under it.
        (
            Lang::En,
            "The survey's main objective is to map the seabed of the northern bay.",
            "map the seabed of the northern bay",
        ),
        (
            Lang::En,
            "The alliance's objectives are to:\n1. train 40 midwives;\n2. equip six clinics.",
            "train 40 midwives | equip six clinics",
        ),
        // An aside after a comma ends an item; a long item inside a list is
        // cut to its area and the list goes on.
        (
            Lang::Fr,
            "Pour la saison, l'Office a retenu trois priorités :\n1. la vaccination des troupeaux, avec une équipe mobile par district ;\n2. la surveillance des marchés à bétail, qui reçoivent chaque semaine plus de dix mille têtes venues des régions du nord et de l'est du pays ;\n3. la formation des éleveurs.",
            "vaccination des troupeaux | surveillance des marchés à bétail | formation des éleveurs",
        ),
        // A verb of choosing stops the reading back from "as priorities".
        (
            Lang::En,
            "The fund's new plan identifies coastal protection as a priority.",
            "coastal protection",
        ),
        // A cue verb after a compound modifier is a noun.
        (
            Lang::En,
            "Suppliers must meet the low-carbon targets set by the regional regulator.",
            "",
        ),
        // Priority demands before a bulleted list.
        (
            Lang::Fr,
            "Les revendications prioritaires de l'association portent sur :\n• la gratuité des transports scolaires ;\n• un plan de rénovation des cantines.",
            "gratuité des transports scolaires | plan de rénovation des cantines",
        ),
        // The agent of "priorité donnée" between the noun and its object.
        (
            Lang::Fr,
            "Le programme reflète la priorité donnée par le Canada à la sécurité alimentaire.",
            "sécurité alimentaire",
        ),
        // Nouns of area with a de complement, shared heads, "ainsi que".
        (
            Lang::Fr,
            "Le protocole énumère les domaines prioritaires du contrôle des navires, de la lutte contre la pêche illégale, de la surveillance et de la protection du littoral, ainsi que de la saisie, de l'archivage et de la diffusion des données afin d'informer les communes.",
            "contrôle des navires | lutte contre la pêche illégale | surveillance et protection du littoral | saisie, archivage et diffusion des données",
        ),
        // Only the last comma segment splits; inner "et" stays.
        (
            Lang::Fr,
            "La banque financera des secteurs aussi stratégiques que l'agriculture, la pêche et l'aquaculture, le logement, le numérique et la recherche appliquée.",
            "agriculture | pêche et aquaculture | logement | numérique | recherche appliquée",
        ),
        // A preposition-led segment continues the previous item.
        (
            Lang::Fr,
            "Elle a évoqué des secteurs porteurs pour le pays, tels que l'aide aux coopératives, aux artisans et à la pêche côtière.",
            "aide aux coopératives, aux artisans et à la pêche côtière",
        ),
        // Numbered items with semicolons: one entry each, no inner split.
        (
            Lang::Fr,
            "Le plan agricole retient quatre priorités : 1) irrigation des périmètres ; 2) crédit rural ; 3) stockage et transformation des récoltes ; 4) formation.",
            "irrigation des périmètres | crédit rural | stockage et transformation des récoltes | formation",
        ),
        // "entre X et Y" is not split; verb of focus.
        (
            Lang::Fr,
            "Le rapport met l'accent sur le lien entre énergie et pauvreté.",
            "lien entre énergie et pauvreté",
        ),
        // Colon after "suivants", ends at sentence end.
        (
            Lang::Fr,
            "Les deux villes jumelées travailleront ensemble dans les secteurs suivants : la gestion de l'eau, le transport urbain et la vie culturelle.",
            "gestion de l'eau | transport urbain | vie culturelle",
        ),
        // "se concentrer sur", list closed by a relative clause.
        (
            Lang::Fr,
            "Le projet se concentrera sur la sécurité routière et la gestion des déchets, qui restent des défis majeurs.",
            "sécurité routière | gestion des déchets",
        ),
        // Objective clause.
        (
            Lang::Fr,
            "L'objectif du projet est de former 300 enseignants dans les zones rurales du pays.",
            "former 300 enseignants dans les zones rurales du pays",
        ),
        // "a pour objectif de" names an objective.
        (
            Lang::Fr,
            "Le projet a pour objectif de réduire de moitié la mortalité maternelle.",
            "réduire de moitié la mortalité maternelle",
        ),
        // Trailing cue.
        (
            Lang::Fr,
            "Le gouvernement a retenu l'emploi des jeunes comme priorité pour 2025.",
            "emploi des jeunes",
        ),
        // English: "such as" with a serial comma.
        (
            Lang::En,
            "The council will fund key areas such as housing, public transport, urban parks, and waste recycling.",
            "housing | public transport | urban parks | waste recycling",
        ),
        // Lettered items on their own lines.
        (
            Lang::En,
            "The two ministries listed the following priority areas:\n\na) Port logistics;\n\nb) Customs training; and\n\nc) Trade finance for exporters.\n\n2. A steering committee will be set up.",
            "Port logistics | Customs training | Trade finance for exporters",
        ),
        // A heading over bullets; not over numbered paragraphs.
        (
            Lang::En,
            "Key focus areas\n\n• Primary health care\n• Clean water\n\nThe plan runs to 2030.",
            "Primary health care | Clean water",
        ),
        (
            Lang::En,
            "Areas of Collaboration\n\n1. The two universities plan to work together on designing and running shared courses.\n\n2. They will hold a joint review every spring.",
            "",
        ),
        // "goal of" with coordination and a scope phrase.
        (
            Lang::En,
            "The charter serves the goal of decent housing and clean air across Baltic States.",
            "decent housing | clean air",
        ),
        // Semicolon list after a colon.
        (
            Lang::En,
            "The strategy has three pillars: expanding primary care; training health workers; and improving supply chains.",
            "expanding primary care | training health workers | improving supply chains",
        ),
        // Possessives are not split; "focuses on".
        (
            Lang::En,
            "The adviser, who focuses on farmers' and herders' incomes and savings, will speak on Monday.",
            "farmers' and herders' incomes and savings",
        ),
        // Objective clause and trailing "as a priority".
        (
            Lang::En,
            "One aim is to equip 40 clinics within three years. The region will work with small farmers as a priority.",
            "equip 40 clinics within three years | small farmers",
        ),
        // "with a focus on" followed by a clause after a comma.
        (
            Lang::En,
            "The team will run the survey with a focus on island schools, and then publish its findings.",
            "island schools",
        ),
        // "in the area of" + list + "among others".
        (
            Lang::En,
            "Projects in the area of roads, ports and irrigation among others were discussed.",
            "roads | ports | irrigation",
        ),
        // A cue opening the list of another takes over.
        (
            Lang::Fr,
            "La stratégie s'articule autour de trois axes : la formation des enseignants, l'équipement des écoles et le suivi des élèves.",
            "formation des enseignants | équipement des écoles | suivi des élèves",
        ),
        // A copula after an owner complement.
        (
            Lang::En,
            "The themes of this year's forum are youth employment and digital skills.",
            "youth employment | digital skills",
        ),
        (
            Lang::Fr,
            "Les priorités de la présidence restent la paix et la sécurité.",
            "paix et sécurité",
        ),
        // Adverb after an active verb; a quantity is not part of the label.
        (
            Lang::Fr,
            "Le programme cible en particulier 2 000 femmes rurales.",
            "femmes rurales",
        ),
        // Objective clause closed by its quotation mark.
        (
            Lang::En,
            "\"Our priority is to keep every school open,\" said the minister.",
            "keep every school open",
        ),
        // "ainsi que" outranks the "et" inside the last item.
        (
            Lang::Fr,
            "La campagne mettra l'accent sur la vaccination, la nutrition ainsi que l'accès aux soins prénatals et postnatals.",
            "vaccination | nutrition | accès aux soins prénatals et postnatals",
        ),
        // "A, B and C, as well as D".
        (
            Lang::En,
            "Cooperation will cover the fields of trade, investment and tourism, as well as culture.",
            "trade | investment | tourism | culture",
        ),
        // A colon after the object of a verb of focus; bullets on lines.
        (
            Lang::En,
            "The company will target three markets: cloud services, cybersecurity and logistics.",
            "cloud services | cybersecurity | logistics",
        ),
        (
            Lang::En,
            "The grant focuses on:\n- school feeding;\n- teacher training;\n- girls' scholarships.\nIt runs for two years.",
            "school feeding | teacher training | girls' scholarships",
        ),
        // A clause after the last conjunction is not an item.
        (
            Lang::En,
            "The bank will concentrate on its core lending and will review its fees.",
            "core lending",
        ),
        // Names in an inline list are places, not areas.
        (
            Lang::En,
            "The project will work in areas such as Kayes and Sikasso Region.",
            "",
        ),
        // Objective clause made of parallel phrases.
        (
            Lang::En,
            "Its objectives are to cut emissions, protect forests and create green jobs.",
            "cut emissions | protect forests | create green jobs",
        ),
        // A list made "its priority areas" (a post cue after a verb).
        (
            Lang::En,
            "The Directorate has made wildlife crime, gender-based violence and corruption its priority areas for prosecution.",
            "wildlife crime | gender-based violence | corruption",
        ),
        (
            Lang::En,
            "Its priority areas include health and education.",
            "health | education",
        ),
        // After a colon, a first item that opens with a name.
        (
            Lang::En,
            "The call targeted four thematic areas: One Health and antimicrobial resistance, climate-smart agriculture, and mathematics education.",
            "One Health and antimicrobial resistance | climate-smart agriculture | mathematics education",
        ),
        // Parallel infinitives that repeat their marker.
        (
            Lang::Fr,
            "Les objectifs sont de produire 900 tonnes de légumes par an, de réduire de moitié les pertes après récolte et de créer 40 emplois.",
            "produire 900 tonnes de légumes par an | réduire de moitié les pertes après récolte | créer 40 emplois",
        ),
        (
            Lang::En,
            "The objectives are to train 500 nurses in the northern districts, to equip 40 clinics and to halve stock-outs.",
            "train 500 nurses in the northern districts | equip 40 clinics | halve stock-outs",
        ),
        // More verbs of focus and trailing cues.
        (
            Lang::Fr,
            "Une attention particulière sera accordée aux jeunes filles et aux personnes handicapées.",
            "jeunes filles | personnes handicapées",
        ),
        (
            Lang::En,
            "Food security and rural roads are among the top priorities of the new plan.",
            "Food security and rural roads",
        ),
        (
            Lang::En,
            "The second phase is centred on water, sanitation and hygiene.",
            "water, sanitation and hygiene",
        ),
        // "such as" inside the object of a verb of focus.
        (
            Lang::En,
            "The firm will focus on growth segments such as batteries, filtration and life sciences.",
            "batteries | filtration | life sciences",
        ),
        (
            Lang::Fr,
            "Le Secrétaire général réaffirme que la protection des civils doit rester une priorité.",
            "protection des civils",
        ),
        // A trailing cue read forwards when a determiner follows it.
        (
            Lang::Fr,
            "Les deux parties ont retenu comme domaines prioritaires la migration de main-d'œuvre et la réintégration.",
            "migration de main-d'œuvre | réintégration",
        ),
        (
            Lang::En,
            "The review identified as priority areas the health workforce and supply chains.",
            "health workforce | supply chains",
        ),
        // A trailing cue after a comma list.
        (
            Lang::Fr,
            "Les maires ont rappelé que la propreté des rues, l'éclairage public et la sécurité des piétons demeurent les priorités du mandat.",
            "propreté des rues | éclairage public | sécurité des piétons",
        ),
        (
            Lang::En,
            "In 2023, road safety was a priority for the ministry.",
            "road safety",
        ),
        // Coordinated modifiers of one noun stay in one item; a final
        // ", et X" after a colon is an item of its own.
        (
            Lang::Fr,
            "Le fonds retient deux priorités : la prise en charge psychologique et adaptée aux survivants, et la scolarisation des enfants réfugiés.",
            "prise en charge psychologique et adaptée aux survivants | scolarisation des enfants réfugiés",
        ),
        (
            Lang::Fr,
            "Le programme mettra l'accent sur la santé mentale et psychosociale.",
            "santé mentale et psychosociale",
        ),
        (
            Lang::Fr,
            "Les priorités sont la médecine préventive et curative et la recherche.",
            "médecine préventive et curative | recherche",
        ),
        (
            Lang::En,
            "The fund will concentrate on neonatal and paediatric intensive care, the nursing workforce, and school vaccination for boys and girls.",
            "neonatal and paediatric intensive care | nursing workforce | school vaccination for boys and girls",
        ),
        (
            Lang::En,
            "The agency will focus on sexual and reproductive health.",
            "sexual and reproductive health",
        ),
        // Names coordinated inside an item; a final ", and" item.
        (
            Lang::En,
            "The company will focus on two products: solar pumps for Senegal and Mali, and cold storage.",
            "solar pumps for Senegal and Mali | cold storage",
        ),
        // ", and" opening a clause ends the list.
        (
            Lang::En,
            "The bank will focus on housing, roads, bridges, and the minister will report next month.",
            "housing | roads | bridges",
        ),
        // A trailing deadline dates the item; an example is not part of it.
        (
            Lang::En,
            "The goal is to connect every village to the grid by 2030.",
            "connect every village to the grid",
        ),
        (
            Lang::Fr,
            "L'objectif est de scolariser toutes les filles d'ici 2028.",
            "scolariser toutes les filles",
        ),
        (
            Lang::En,
            "Key areas include rail links, starting with the coastal line.",
            "rail links",
        ),
        // Negatives: purpose verbs, deplored problems, frameworks, names.
        (
            Lang::En,
            "Aid will reach areas where hazards such as floods and droughts recur.",
            "",
        ),
        (
            Lang::En,
            "The company targets an operating margin of 20% by 2026.",
            "",
        ),
        (
            Lang::En,
            "The objectives and targets described herein are subject to risks.",
            "",
        ),
        (
            Lang::En,
            "The text failed to focus on the needs of the region.",
            "",
        ),
        (
            Lang::Fr,
            "Les secteurs de la pêche et du tourisme sont durement touchés par la crise.",
            "",
        ),
        (
            Lang::Fr,
            "Les secteurs les plus touchés sont l'agriculture et l'élevage.",
            "",
        ),
        (
            Lang::En,
            "The meeting focused on the security situation.",
            "",
        ),
        (
            Lang::En,
            "UNHCR's focus on protection has not changed.",
            "protection",
        ),
        (Lang::Fr, "Les priorités sont claires.", ""),
        (
            Lang::Fr,
            "Dans le domaine de la santé, les besoins restent importants, a-t-il ajouté.",
            "",
        ),
        (
            Lang::En,
            "The main areas of concern are high prices and poor harvests.",
            "",
        ),
        (Lang::En, "Targets were set for the next decade.", ""),
        (Lang::En, "In the area of Goma, the fighting continued.", ""),
        (
            Lang::En,
            "The fund will prioritize projects in the north.",
            "",
        ),
        (
            Lang::Fr,
            "Cette initiative vise à consolider les échanges et à appuyer les villages.",
            "",
        ),
        (
            Lang::Fr,
            "Le ministre a déploré la hausse de la criminalité et du chômage.",
            "",
        ),
        (
            Lang::Fr,
            "Le texte s'appuie sur les objectifs de développement durable et l'Agenda 2063.",
            "",
        ),
        (
            Lang::Fr,
            "Les délégués ont souligné l'importance de l'axe Abidjan-Lagos.",
            "",
        ),
        (
            Lang::Fr,
            "Ces écoles ne devraient jamais être ciblées lors des combats.",
            "",
        ),
        (
            Lang::Fr,
            "La directrice a présenté les priorités de l'organisation lors du sommet.",
            "",
        ),
        (
            Lang::Fr,
            "Un soutien ciblé sera apporté en matière d'hygiène scolaire.",
            "",
        ),
        (
            Lang::En,
            "The scheme aims to deepen ties and help rural towns.",
            "",
        ),
        (
            Lang::En,
            "Ministers cited Agenda 2063 and the Sustainable Development Goals as guides.",
            "",
        ),
        (
            Lang::En,
            "Joint research will cover the areas of mutual interest.",
            "",
        ),
        (
            Lang::En,
            "The private sector and rural areas were hit hardest by the floods.",
            "",
        ),
        (
            Lang::En,
            "Runners train to reach speed and endurance goals.",
            "",
        ),
        (Lang::En, "The new targets were announced on Monday.", ""),
        // A colon ending its line after a noun cue opens the list of lines,
        // even past "pour"; a comma before "notamment" ends a line item.
        (
            Lang::Fr,
            "La ministre a détaillé les trois axes prioritaires fixés pour le mandat :\n\n1. la réhabilitation des pistes rurales ;\n2. l'accès des éleveurs au crédit, notamment par la microfinance ;\n3. la formation des agents vétérinaires.",
            "réhabilitation des pistes rurales | accès des éleveurs au crédit | formation des agents vétérinaires",
        ),
        // An active cue followed by a colon and a bulleted list.
        (
            Lang::En,
            "The coalition urges ministers to prioritise:\n\n• clean cookstoves for rural households;\n• solar pumps for smallholder irrigation.",
            "clean cookstoves for rural households | solar pumps for smallholder irrigation",
        ),
        (
            Lang::Fr,
            "Le réseau invite les communes à cibler en priorité :\n- la collecte des déchets plastiques ;\n- le recyclage des pneus usagés.",
            "collecte des déchets plastiques | recyclage des pneus usagés",
        ),
        // The cue's preposition repeated opens a second item.
        (
            Lang::Fr,
            "Les brigades se concentrent sur la surveillance des forêts classées et sur la prévention des feux de brousse.",
            "surveillance des forêts classées | prévention des feux de brousse",
        ),
        // "pour" before a noun phrase stays in the item; before an
        // infinitive it ends the list.
        (
            Lang::Fr,
            "Le fonds se concentrera sur deux créneaux : le stockage frigorifique pour les coopératives laitières et la transformation du lait pour accroître les revenus des éleveurs.",
            "stockage frigorifique pour les coopératives laitières | transformation du lait",
        ),
        // A single bare word after "et" completes the item it follows.
        (
            Lang::Fr,
            "Le projet mettra l'accent sur la certification des producteurs des filières karité et sésame.",
            "certification des producteurs des filières karité et sésame",
        ),
        // English items may share their determiner.
        (
            Lang::En,
            "The fund will focus on the environment and health.",
            "environment | health",
        ),
        // The list after a colon further on, past a relative clause.
        (
            Lang::En,
            "The fund will focus on four value chains where the province already has processing plants: dairy, leather, cashew processing and horticulture.",
            "dairy | leather | cashew processing | horticulture",
        ),
        // Objectives named with "pour objectif" or "l'objectif d'un".
        (
            Lang::Fr,
            "La région s'est fixé pour objectif la gratuité des soins maternels et que chaque village ait une sage-femme.",
            "gratuité des soins maternels",
        ),
        (
            Lang::Fr,
            "Cette ligne de crédit nous rapproche de l'objectif d'une couverture sanitaire universelle d'ici 2030.",
            "couverture sanitaire universelle",
        ),
        (
            Lang::Fr,
            "Le maire a rappelé que l'objectif du gouvernement reste inchangé.",
            "",
        ),
    ];

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for (lang, text, want) in CASES {
            let got = labels(text, *lang).join(" | ");
            if got != *want {
                failures.push(format!("{text}\n   want: {want}\n    got: {got}"));
            }
        }
        assert!(
            failures.is_empty(),
            "help: see data/priority_cues.tsv\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn same_ids_in_both_languages() {
        let fr = areas(
            "Les priorités du partenariat sont la traite des personnes, le trafic illicite de migrants et la gestion des frontières.",
            Lang::Fr,
        );
        let en = areas(
            "The priorities of the partnership are trafficking in persons, smuggling of migrants and border management.",
            Lang::En,
        );
        let ids = |v: &[(String, Option<&'static str>)]| v.iter().map(|a| a.1).collect::<Vec<_>>();
        assert_eq!(ids(&fr), ids(&en));
        assert_eq!(
            ids(&fr),
            [
                Some("human-trafficking"),
                Some("migrant-smuggling"),
                Some("border-management")
            ]
        );
    }

    #[test]
    fn duplicates_merge() {
        let text = "The fund will focus on road safety. Later it will again focus on road safety.";
        let doc = Doc::new(text, Lang::En, &GAZETTEER);
        let got = extract(&doc);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].spans.len(), 2);
    }

    #[test]
    fn taxonomy_ids() {
        assert_eq!(
            area_id(Lang::Fr, "gestion et sécurité des frontières"),
            Some("border-management")
        );
        assert_eq!(
            area_id(Lang::En, "border management"),
            Some("border-management")
        );
        assert_eq!(
            area_id(Lang::Fr, "prévention du terrorisme"),
            Some("terrorism-prevention")
        );
        assert_eq!(area_id(Lang::Fr, "collecte"), None);
    }

    #[test]
    fn taxonomy_variants_are_unambiguous() {
        let tax = &*TAXONOMY;
        let mut clashes = Vec::new();
        for l in 0..2 {
            let mut seen: HashMap<Vec<String>, &str> = HashMap::new();
            for v in &tax.variants[l] {
                let mut key = v.stems.clone();
                key.sort();
                match seen.get(&key) {
                    Some(&id) if id != v.id => clashes.push(format!("{key:?}: {id} / {}", v.id)),
                    _ => {
                        seen.insert(key, v.id);
                    }
                }
            }
        }
        assert!(
            clashes.is_empty(),
            "help: see data/areas.tsv\n{}",
            clashes.join("\n")
        );
    }

    #[test]
    fn random_cue_soup_does_not_panic() {
        const PIECES: &[&str] = &[
            "domaines prioritaires de",
            "areas such as",
            "focus on",
            "met l'accent sur",
            "priority areas:",
            "la santé",
            "l'eau",
            "et",
            "and",
            "ainsi que",
            "as well as",
            ",",
            ";",
            ":",
            ".",
            "\n",
            "\n\n",
            "1)",
            "a)",
            "•",
            "-",
            "(",
            ")",
            "«",
            "»",
            "\"",
            "the",
            "des",
            "de la",
            "entre",
            "between",
            "Goal of",
            "objectifs",
            "is to",
            "est de",
            "as a priority",
            "comme priorité",
            "ciblée",
            "targets",
            "which",
            "qui",
            "Wadi Fira",
            "2 000",
            "é",
            "’",
            "women's",
            "girls'",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..600 {
            let mut text = String::new();
            for _ in 0..(round % 40 + 1) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
                text.push(' ');
            }
            for lang in [Lang::Fr, Lang::En] {
                let doc = Doc::new(&text, lang, &GAZETTEER);
                for a in extract(&doc) {
                    for s in &a.spans {
                        assert!(text.get(s.start..s.end).is_some(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "domaines prioritaires de",
            "focus on",
            ": ; , et and ( ) « » 1) a) •",
            "priority areas:\n\na)\n\nb) ;",
            "Les priorités sont : , , ; et ou ainsi que.",
            "as a priority",
        ] {
            for lang in [Lang::Fr, Lang::En] {
                let _ = labels(text, lang);
            }
        }
    }
}
