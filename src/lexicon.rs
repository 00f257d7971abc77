//! Lexicons: the word lists every stage reads, kept as UTF-8 data files
//! under `data/` and compiled into the binary with `include_str!`. They are
//! parsed once, on first use, into the [`Base`] tables (hash sets and maps
//! keyed by the lowercase form). Comment lines start with `#`; columns are
//! separated by tabs. The organisation and place gazetteers, which a caller
//! can extend, are compiled separately in [`crate::gazetteer`].

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::lang::Lang;

/// A regex pattern with its Perl classes narrowed to what a normalised
/// French or English text holds: `\d` to ASCII digits, `\s` and `\S` to
/// ASCII whitespace (the normaliser has turned the other spaces into
/// plain ones), `\w` to ASCII and Latin-1/Latin Extended-A-B letters. The
/// Unicode classes cost megabytes of automata per regex, and the lazy DFA
/// caches grow with them.
pub(crate) fn latin_classes(pattern: &str) -> String {
    const SPACE: &str = r"\t\n\x0B\f\r ";
    const WORD: &str = r"0-9A-Za-z_\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}";
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('d') => out.push_str("[0-9]"),
            Some('s') => out.push_str(&format!("[{SPACE}]")),
            Some('S') => out.push_str(&format!("[^{SPACE}]")),
            Some('w') => out.push_str(&format!("[{WORD}]")),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The data lines of a lexicon file: `(1-based line number, columns)`,
/// skipping blank lines and `#` comments.
pub(crate) fn data_lines(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            None
        } else {
            Some((i + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

fn word_set(src: &'static str) -> HashSet<&'static str> {
    data_lines(src)
        .filter_map(|(_, cols)| cols.first().copied())
        .collect()
}

/// What an organisation noun does (`data/org_heads.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeadRole {
    /// Heads a name ("Ministère", "Foundation").
    Head,
    /// Heads a name that can be an organ of another organisation
    /// ("Commission", "Secretariat").
    Body,
    /// Only refers back to an organisation named with it ("la Conférence").
    Refer,
}

/// Grammatical gender as a lexicon says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexGender {
    Masculine,
    Feminine,
    Either,
}

impl LexGender {
    fn parse(s: &str) -> LexGender {
        match s {
            "m" => LexGender::Masculine,
            "f" => LexGender::Feminine,
            _ => LexGender::Either,
        }
    }
}

/// What a title word does (`data/titles.*.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleClass {
    /// Heads a title inside an organisation (director, secrétaire).
    Head,
    /// Heads a political office (minister, président, roi).
    Political,
    /// Heads a descriptive occupation rather than an office (expert,
    /// journalist, fonctionnaire).
    Generic,
    /// Combines with a head (général, executive, deputy).
    Modifier,
    /// Precedes a title without being part of it (new, ancien).
    Transient,
}

/// An honorific (`data/honorifics.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Honorific {
    pub(crate) gender: LexGender,
    pub(crate) plural: bool,
    /// Also borne as part of a name ("Cheikh", "El Hadji").
    pub(crate) given: bool,
}

/// What a role noun refers to (`data/role_nouns.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refers {
    /// A person named before: "the minister", "la diplomate".
    Person,
    /// An organisation named before: "the agency", "l'organisation".
    Organisation,
    /// Someone the text need not name: "a woman", "une infirmière".
    Someone,
}

/// A word before a quotation that makes it a name or a term
/// (`data/term_cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TermCue {
    /// Always: "intitulé", "slogan", "so-called".
    Name,
    /// After a definite determiner: "le rapport", "the campaign".
    Definite,
    /// Between the cue and the mark: "retenu", "cette année".
    Bridge,
}

/// How a speech verb form is used (`data/speech_verbs.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbUse {
    /// After an auxiliary: "a déclaré".
    Participle,
    /// "explique", "says".
    Present,
    /// "said", "déclara".
    Past,
    /// "saying", "adding".
    Gerund,
    /// "say".
    Base,
}

/// The lookup key of an honorific: folded, internal spaces kept, so that
/// "S.E." and "s.e." meet.
fn honorific_key(form: &str) -> String {
    crate::fold::fold(form)
}

/// The fixed word lists, one table per language where it matters.
pub(crate) struct Base {
    /// Function words shared with other languages.
    shared_function_words: HashSet<&'static str>,
    /// Folded honorific (possibly several words, final period kept) ->
    /// honorific, per language (both tables hold the `*` forms).
    honorifics: [HashMap<String, Honorific>; 2],
    /// Longest honorific, in words.
    pub(crate) honorific_words: usize,
    /// Folded title word or unit -> (gender, class), per language.
    titles: [HashMap<String, (LexGender, TitleClass)>; 2],
    /// Longest title unit, in words.
    pub(crate) title_words: usize,
    /// First words of the title units of several words, per language.
    title_first_words: [HashSet<String>; 2],
    /// First names as written -> gender.
    first_names: HashMap<&'static str, LexGender>,
    /// Folded role noun -> (gender, refers to a person), per language.
    role_nouns: [HashMap<String, (LexGender, Refers)>; 2],
    /// Folded month and weekday names, both languages (names in capitals
    /// that are not people).
    calendar_words: HashSet<String>,
    /// Folded speech verb form -> use, per language (several-word forms
    /// such as "point out" are keyed by their first word too).
    speech_verbs: [HashMap<String, VerbUse>; 2],
    function_words: [HashSet<&'static str>; 2],
    abbreviations: [HashSet<&'static str>; 2],
    /// Folded organisation head noun -> role, per language.
    org_heads: [HashMap<String, HeadRole>; 2],
    /// Company suffixes as written ("SA", "Ltd.").
    company_suffixes: HashSet<&'static str>,
    /// Partnership cue words, lowercase, per language.
    partner_cues: [HashSet<&'static str>; 2],
    /// Generic singular organisation nouns, lowercase, per language.
    descriptors: [HashSet<&'static str>; 2],
    /// Lines that announce a signature ("Signed", "(Signé)").
    signature_cues: HashSet<&'static str>,
    /// Post-nominal letters ("TD", "MP", "OBE"), as written.
    postnominals: HashSet<&'static str>,
    /// Participles that appoint someone to a post ("nommé", "appointed").
    appointment_verbs: HashSet<&'static str>,
    appointment_nouns: HashSet<&'static str>,
    /// Head nouns of ministries' names, lowercase, per language.
    ministry_nouns: [HashSet<String>; 2],
    /// Heads of municipalities' names, folded, both languages.
    municipal_nouns: HashSet<String>,
    /// Head nouns of governments' names, lowercase, per language.
    government_nouns: [HashSet<String>; 2],
    /// Folded words too common in ministries' names to tell two apart.
    generic_ministry_words: HashSet<&'static str>,
    /// Folded words that make the quotation after them a name or a term,
    /// per language.
    term_cues: [HashMap<String, TermCue>; 2],
}

static BASE: LazyLock<Base> = LazyLock::new(Base::load);

impl Base {
    /// The lists, parsed on first use.
    pub(crate) fn get() -> &'static Base {
        &BASE
    }

    fn load() -> Base {
        let mut org_heads: [HashMap<String, HeadRole>; 2] = Default::default();
        let mut company_suffixes = HashSet::default();
        for (line, cols) in data_lines(include_str!("../data/org_heads.tsv")) {
            let [lang, form, role] = cols[..] else {
                panic!("data/org_heads.tsv:{line}: expected 3 columns");
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/org_heads.tsv:{line}: bad language"));
            let role = match role {
                "head" => HeadRole::Head,
                "body" => HeadRole::Body,
                "refer" => HeadRole::Refer,
                "suffix" => {
                    company_suffixes.insert(form);
                    continue;
                }
                other => panic!("data/org_heads.tsv:{line}: unknown role {other}"),
            };
            org_heads[lang.index()].insert(crate::fold::fold(form), role);
        }
        let mut partner_cues: [HashSet<&'static str>; 2] = Default::default();
        let mut descriptors: [HashSet<&'static str>; 2] = Default::default();
        let mut ministry_nouns: [HashSet<String>; 2] = Default::default();
        let mut government_nouns: [HashSet<String>; 2] = Default::default();
        let mut generic_ministry_words: HashSet<&'static str> = HashSet::default();
        let mut municipal_nouns: HashSet<String> = HashSet::default();
        for (line, cols) in data_lines(include_str!("../data/org_cues.tsv")) {
            let [lang, form, kind] = cols[..] else {
                panic!("data/org_cues.tsv:{line}: expected 3 columns");
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/org_cues.tsv:{line}: bad language"));
            match kind {
                "partner" => partner_cues[lang.index()].insert(form),
                "descriptor" => descriptors[lang.index()].insert(form),
                "ministry" => ministry_nouns[lang.index()].insert(crate::fold::fold(form)),
                "government" => government_nouns[lang.index()].insert(crate::fold::fold(form)),
                "generic" => generic_ministry_words.insert(form),
                "municipal" => municipal_nouns.insert(crate::fold::fold(form)),
                other => panic!("data/org_cues.tsv:{line}: unknown kind {other}"),
            };
        }
        let mut honorifics: [HashMap<String, Honorific>; 2] = Default::default();
        let mut honorific_words = 1;
        for (line, cols) in data_lines(include_str!("../data/honorifics.tsv")) {
            let [form, lang, gender, kind] = cols[..] else {
                panic!("data/honorifics.tsv:{line}: expected 4 columns");
            };
            let h = Honorific {
                gender: LexGender::parse(gender),
                plural: kind.ends_with("plural"),
                given: kind == "given",
            };
            honorific_words = honorific_words.max(form.split_whitespace().count());
            for l in [Lang::Fr, Lang::En] {
                if lang == "*" || lang == l.code() {
                    honorifics[l.index()].insert(honorific_key(form), h);
                }
            }
        }
        let mut titles: [HashMap<String, (LexGender, TitleClass)>; 2] = Default::default();
        let mut title_first_words: [HashSet<String>; 2] = Default::default();
        let mut title_words = 1;
        for (lang, src, file) in [
            (
                Lang::Fr,
                include_str!("../data/titles.fr.tsv"),
                "titles.fr.tsv",
            ),
            (
                Lang::En,
                include_str!("../data/titles.en.tsv"),
                "titles.en.tsv",
            ),
        ] {
            for (line, cols) in data_lines(src) {
                let [form, gender, class] = cols[..] else {
                    panic!("data/{file}:{line}: expected 3 columns");
                };
                let class = match class {
                    "head" => TitleClass::Head,
                    "political" => TitleClass::Political,
                    "generic" => TitleClass::Generic,
                    "modifier" => TitleClass::Modifier,
                    "transient" => TitleClass::Transient,
                    other => panic!("data/{file}:{line}: unknown class {other}"),
                };
                let key = crate::fold::fold(form);
                title_words = title_words.max(key.split(' ').count());
                if let Some((first, _)) = key.split_once(' ') {
                    title_first_words[lang.index()].insert(first.to_string());
                }
                titles[lang.index()]
                    .insert(crate::fold::fold(form), (LexGender::parse(gender), class));
            }
        }
        let mut first_names = HashMap::default();
        for (_, cols) in data_lines(include_str!("../data/first_names.tsv")) {
            if let [name, gender, ..] = cols[..] {
                first_names.insert(name, LexGender::parse(gender));
            }
        }
        let mut speech_verbs: [HashMap<String, VerbUse>; 2] = Default::default();
        for (line, cols) in data_lines(include_str!("../data/speech_verbs.tsv")) {
            let [lang, _lemma, form, verb_use] = cols[..] else {
                panic!("data/speech_verbs.tsv:{line}: expected 4 columns");
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/speech_verbs.tsv:{line}: bad language"));
            let verb_use = match verb_use {
                "participle" => VerbUse::Participle,
                "present" => VerbUse::Present,
                "past" => VerbUse::Past,
                "gerund" => VerbUse::Gerund,
                "base" => VerbUse::Base,
                other => panic!("data/speech_verbs.tsv:{line}: unknown use {other}"),
            };
            speech_verbs[lang.index()]
                .entry(crate::fold::fold(form))
                .or_insert(verb_use);
        }
        let mut role_nouns: [HashMap<String, (LexGender, Refers)>; 2] = Default::default();
        for (line, cols) in data_lines(include_str!("../data/role_nouns.tsv")) {
            let [form, lang, gender, refers] = cols[..] else {
                panic!("data/role_nouns.tsv:{line}: expected 4 columns");
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/role_nouns.tsv:{line}: bad language"));
            let refers = match refers {
                "person" => Refers::Person,
                "organisation" => Refers::Organisation,
                "someone" => Refers::Someone,
                other => panic!("data/role_nouns.tsv:{line}: unknown referent {other}"),
            };
            role_nouns[lang.index()]
                .insert(crate::fold::fold(form), (LexGender::parse(gender), refers));
        }
        let mut term_cues: [HashMap<String, TermCue>; 2] = Default::default();
        for (line, cols) in data_lines(include_str!("../data/term_cues.tsv")) {
            let [lang, form, kind] = cols[..] else {
                panic!("data/term_cues.tsv:{line}: expected 3 columns");
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/term_cues.tsv:{line}: bad language"));
            let kind = match kind {
                "name" => TermCue::Name,
                "definite" => TermCue::Definite,
                "bridge" => TermCue::Bridge,
                other => panic!("data/term_cues.tsv:{line}: unknown kind {other}"),
            };
            term_cues[lang.index()].insert(crate::fold::fold(form), kind);
        }
        let calendar_words = data_lines(include_str!("../data/months.tsv"))
            .filter_map(|(_, cols)| {
                cols.first()
                    .map(|f| crate::fold::fold(f.trim_end_matches('.')))
            })
            .collect();
        Base {
            shared_function_words: word_set(include_str!("../data/shared_function_words.txt")),
            role_nouns,
            calendar_words,
            honorifics,
            honorific_words,
            titles,
            title_words,
            title_first_words,
            first_names,
            speech_verbs,
            org_heads,
            company_suffixes,
            partner_cues,
            descriptors,
            ministry_nouns,
            government_nouns,
            generic_ministry_words,
            municipal_nouns,
            signature_cues: word_set(include_str!("../data/signature_cues.txt")),
            postnominals: word_set(include_str!("../data/postnominals.txt")),
            appointment_verbs: word_set(include_str!("../data/appointment_verbs.txt")),
            appointment_nouns: word_set(include_str!("../data/appointment_nouns.txt")),
            term_cues,
            function_words: [
                word_set(include_str!("../data/function_words.fr.txt")),
                word_set(include_str!("../data/function_words.en.txt")),
            ],
            abbreviations: [
                word_set(include_str!("../data/abbreviations.fr.txt")),
                word_set(include_str!("../data/abbreviations.en.txt")),
            ],
        }
    }

    /// Whether `lower` (a lowercase word) is a function word of `lang`.
    pub(crate) fn is_function_word(&self, lang: Lang, lower: &str) -> bool {
        self.function_words[lang.index()].contains(lower)
    }

    /// Whether `lower` is a function word French or English shares with
    /// other Latin-script languages ("de", "la", "in").
    pub(crate) fn is_shared_function_word(&self, lower: &str) -> bool {
        self.shared_function_words.contains(lower)
    }

    /// Whether `lower` is a function word of either language.
    pub(crate) fn is_any_function_word(&self, lower: &str) -> bool {
        self.function_words.iter().any(|set| set.contains(lower))
    }

    /// The role of an organisation noun of `lang` (any case).
    pub(crate) fn org_head(&self, lang: Lang, word: &str) -> Option<HeadRole> {
        crate::fold::with_fold(word, |k| self.org_heads[lang.index()].get(k).copied())
    }

    /// The role of `word` as an organisation head in French or in English:
    /// names cross languages ("Institut Congolais …" in an English release).
    pub(crate) fn org_head_any(&self, word: &str) -> Option<HeadRole> {
        self.org_head(Lang::Fr, word)
            .or_else(|| self.org_head(Lang::En, word))
    }

    /// Whether `lower` is a partnership cue of `lang`.
    pub(crate) fn is_partner_cue(&self, lang: Lang, lower: &str) -> bool {
        self.partner_cues[lang.index()].contains(lower)
    }

    /// Whether `word` (as written, maybe with a final period) is a
    /// post-nominal ("TD", "MP.", "OBE").
    pub(crate) fn is_postnominal(&self, word: &str) -> bool {
        self.postnominals.contains(word.trim_end_matches('.'))
    }

    /// Whether `lower` is a participle that appoints someone ("nommé").
    pub(crate) fn is_appointment_verb(&self, lower: &str) -> bool {
        self.appointment_verbs.contains(lower)
    }

    /// Whether `lower` is a noun that announces an appointment
    /// ("nomination").
    pub(crate) fn is_appointment_noun(&self, lower: &str) -> bool {
        self.appointment_nouns.contains(lower)
    }

    /// Whether the trimmed line `line` announces a signature.
    pub(crate) fn is_signature_cue(&self, line: &str) -> bool {
        self.signature_cues.contains(line)
    }

    /// Whether `word` heads the name of a government in `lang`
    /// ("gouvernement", "GOVERNMENT"; case and accents do not matter).
    pub(crate) fn is_government_noun(&self, lang: Lang, word: &str) -> bool {
        crate::fold::with_fold(word, |k| self.government_nouns[lang.index()].contains(k))
    }

    /// Whether the folded word `w` is too common in ministries' names to
    /// tell two apart ("affaires", "national").
    pub(crate) fn is_generic_ministry_word(&self, w: &str) -> bool {
        self.generic_ministry_words.contains(w)
    }

    /// Whether `word` heads a municipality's name, which names the
    /// authority only when capitalised ("Ville", "City", "Région").
    pub(crate) fn is_municipal_noun(&self, word: &str) -> bool {
        crate::fold::with_fold(word, |k| self.municipal_nouns.contains(k))
    }

    /// Whether `word` heads the name of a ministry in `lang` ("ministère",
    /// "MINISTERE", "department"; case and accents do not matter).
    pub(crate) fn is_ministry_noun(&self, lang: Lang, word: &str) -> bool {
        crate::fold::with_fold(word, |k| self.ministry_nouns[lang.index()].contains(k))
    }

    /// Whether `lower` is a generic singular noun for an organisation.
    pub(crate) fn is_descriptor(&self, lang: Lang, lower: &str) -> bool {
        self.descriptors[lang.index()].contains(lower)
    }

    /// Whether `word` (as written) is a company suffix ("SA", "Ltd").
    pub(crate) fn is_company_suffix(&self, word: &str) -> bool {
        self.company_suffixes.contains(word)
    }

    /// The honorific written `form` (one or more words, as in the text).
    /// Short forms ("M.", "Dr", "Me") must be capitalised.
    pub(crate) fn honorific(&self, lang: Lang, form: &str) -> Option<Honorific> {
        let letters = form.chars().filter(|c| c.is_alphabetic()).count();
        if letters <= 3 && !form.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        crate::fold::with_fold(form, |k| self.honorifics[lang.index()].get(k).copied())
    }

    /// The title word or unit `form` (folded before lookup).
    pub(crate) fn title(&self, lang: Lang, form: &str) -> Option<(LexGender, TitleClass)> {
        crate::fold::with_fold(form, |k| self.titles[lang.index()].get(k).copied())
    }

    /// Whether `word` begins a title unit of several words ("secrétaire"
    /// of "secrétaire d'État", "chief" of "chief executive officer").
    pub(crate) fn starts_title_unit(&self, lang: Lang, word: &str) -> bool {
        crate::fold::with_fold(word, |k| self.title_first_words[lang.index()].contains(k))
    }

    /// The gender of a first name, as written ("Amy"); a name in capitals
    /// ("AMY") is looked up capitalised.
    pub(crate) fn first_name(&self, word: &str) -> Option<LexGender> {
        if let Some(g) = self.first_names.get(word) {
            return Some(*g);
        }
        if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
            let mut cs = word.chars();
            let titled: String = cs
                .next()
                .into_iter()
                .chain(cs.flat_map(char::to_lowercase))
                .collect();
            return self.first_names.get(titled.as_str()).copied();
        }
        None
    }

    /// A role noun ("minister", "l'agence", "a nurse"): (gender, what it
    /// refers to).
    pub(crate) fn role_noun(&self, lang: Lang, word: &str) -> Option<(LexGender, Refers)> {
        crate::fold::with_fold(word, |k| self.role_nouns[lang.index()].get(k).copied())
    }

    /// Whether `word` is a month or weekday name, full or abbreviated.
    pub(crate) fn is_calendar_word(&self, word: &str) -> bool {
        crate::fold::with_fold(word, |k| self.calendar_words.contains(k))
    }

    /// How a speech verb form is used, if `form` is one.
    pub(crate) fn speech_verb(&self, lang: Lang, form: &str) -> Option<VerbUse> {
        crate::fold::with_fold(form, |k| self.speech_verbs[lang.index()].get(k).copied())
    }

    /// What `word` before a quotation mark says of the quotation
    /// ("entitled", "le slogan", "so-called", "le rapport").
    pub(crate) fn term_cue(&self, lang: Lang, word: &str) -> Option<TermCue> {
        crate::fold::with_fold(word, |k| self.term_cues[lang.index()].get(k).copied())
    }

    /// Whether `word` (as written, without its final period) is an
    /// abbreviation of `lang` whose period does not end a sentence.
    pub(crate) fn is_abbreviation(&self, lang: Lang, word: &str) -> bool {
        self.abbreviations[lang.index()].contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let b = Base::get();
        assert!(b.is_function_word(Lang::Fr, "des"));
        assert!(b.is_function_word(Lang::En, "the"));
        assert!(!b.is_function_word(Lang::En, "des"));
        assert!(b.is_abbreviation(Lang::Fr, "Mme"));
        assert!(b.is_abbreviation(Lang::En, "Dr"));
    }

    #[test]
    fn data_lines_skip_comments() {
        let lines: Vec<_> = data_lines("# c\n\na\tb\n").collect();
        assert_eq!(lines, vec![(3, vec!["a", "b"])]);
    }
}
