//! Lexicons: the word lists every stage reads, kept as UTF-8 data files
//! under `data/` and compiled into the binary with `include_str!`. They are
//! parsed once, on first use, into the [`Base`] tables (hash sets and maps
//! keyed by the lowercase form). Comment lines start with `#`; columns are
//! separated by tabs. The organisation and place gazetteers, which a caller
//! can extend, are compiled separately in [`crate::gazetteer`].

use std::collections::HashSet;
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

/// The fixed word lists, one table per language where it matters.
pub(crate) struct Base {
    function_words: [HashSet<&'static str>; 2],
    abbreviations: [HashSet<&'static str>; 2],
}

static BASE: LazyLock<Base> = LazyLock::new(Base::load);

impl Base {
    /// The lists, parsed on first use.
    pub(crate) fn get() -> &'static Base {
        &BASE
    }

    fn load() -> Base {
        Base {
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
