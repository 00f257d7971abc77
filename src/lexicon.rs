//! Lexicons: the word lists every stage reads, kept as UTF-8 data files
//! under `data/` and compiled into the binary with `include_str!`. They are
//! parsed once, on first use, into the [`Base`] tables (hash sets and maps
//! keyed by the lowercase form). Comment lines start with `#`; columns are
//! separated by tabs. The organisation and place gazetteers, which a caller
//! can extend, are compiled separately in [`crate::gazetteer`].

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::lang::Lang;

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
    data_lines(src).filter_map(|(_, cols)| cols.first().copied()).collect()
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

/// The fixed word lists, one table per language where it matters.
pub(crate) struct Base {
    function_words: [HashSet<&'static str>; 2],
    abbreviations: [HashSet<&'static str>; 2],
    /// Folded organisation head noun -> role, per language.
    org_heads: [HashMap<String, HeadRole>; 2],
    /// Company suffixes as written ("SA", "Ltd.").
    company_suffixes: HashSet<&'static str>,
}

static BASE: LazyLock<Base> = LazyLock::new(Base::load);

impl Base {
    /// The lists, parsed on first use.
    pub(crate) fn get() -> &'static Base {
        &BASE
    }

    fn load() -> Base {
        let mut org_heads: [HashMap<String, HeadRole>; 2] = Default::default();
        let mut company_suffixes = HashSet::new();
        for (line, cols) in data_lines(include_str!("../data/org_heads.tsv")) {
            let [lang, form, role] = cols[..] else {
                panic!("data/org_heads.tsv:{line}: expected 3 columns");
            };
            let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("data/org_heads.tsv:{line}: bad language"));
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
        Base {
            org_heads,
            company_suffixes,
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

    /// Whether `lower` is a function word of either language.
    pub(crate) fn is_any_function_word(&self, lower: &str) -> bool {
        self.function_words.iter().any(|set| set.contains(lower))
    }

    /// The role of an organisation noun of `lang` (any case).
    pub(crate) fn org_head(&self, lang: Lang, word: &str) -> Option<HeadRole> {
        self.org_heads[lang.index()].get(&crate::fold::fold(word)).copied()
    }

    /// Whether `word` (as written) is a company suffix ("SA", "Ltd").
    pub(crate) fn is_company_suffix(&self, word: &str) -> bool {
        self.company_suffixes.contains(word)
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
