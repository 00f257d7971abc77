//! Stems: the Snowball stemmers of `rust-stemmers` (French and English),
//! built once and keyed by [`Lang`], so that inflected forms of one word
//! compare equal ("frontières" / "frontière", "migrants" / "migrant").
//! [`content_stems`] cuts a phrase into lowercase words at every character
//! that is not a letter or a digit (so elisions and hyphenated compounds
//! split), drops the function words of `data/function_words.*.txt` and
//! single characters, and stems the rest (numbers stay: "résolution 1325").

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::lang::Lang;
use crate::lexicon::Base;

static STEMMERS: LazyLock<[Stemmer; 2]> = LazyLock::new(|| {
    [
        Stemmer::create(Algorithm::French),
        Stemmer::create(Algorithm::English),
    ]
});

/// The stem of one word, lowercased first.
pub(crate) fn stem(lang: Lang, word: &str) -> String {
    let lower = word.to_lowercase();
    STEMMERS[lang.index()].stem(&lower).into_owned()
}

/// Whether `lower` (a lowercase word without its apostrophe) is a function
/// word of `lang`, elided or not ("l" for "l'").
pub(crate) fn is_function_word(lang: Lang, lower: &str) -> bool {
    let base = Base::get();
    base.is_function_word(lang, lower)
        || (lower.chars().count() <= 5 && base.is_function_word(lang, &format!("{lower}'")))
}

/// The stems of the content words of `text`, in order, without repeats.
pub(crate) fn content_stems(lang: Lang, text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() < 2 {
            continue;
        }
        let lower = word.to_lowercase();
        if is_function_word(lang, &lower) {
            continue;
        }
        let s = stem(lang, &lower);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet() {
        assert_eq!(stem(Lang::Fr, "Frontières"), stem(Lang::Fr, "frontière"));
        assert_eq!(stem(Lang::En, "borders"), stem(Lang::En, "border"));
    }

    #[test]
    fn content_words_only() {
        assert_eq!(
            content_stems(Lang::Fr, "la gestion et la sécurité des frontières"),
            content_stems(Lang::Fr, "gestion, sécurité, frontière")
        );
        assert_eq!(
            content_stems(Lang::En, "the 2 of them"),
            Vec::<String>::new()
        );
        assert_eq!(
            content_stems(Lang::Fr, "l'eau"),
            vec![stem(Lang::Fr, "eau")]
        );
    }
}
