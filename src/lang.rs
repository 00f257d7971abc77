//! Language: French or English. [`Lang`] is the crate's `Copy` language tag,
//! mapped from whatlang in exactly one place ([`detect`]). Detection reads a
//! bounded sample from the start of the document (whole-document detection
//! runs at only a few MB/s) and first asks whatlang without restriction, so
//! that a German or Spanish text is reported as such instead of being forced
//! into the nearer of French and English; only when that answer is French,
//! English or unreliable does it decide between the two, by function-word
//! counts and then whatlang restricted to French and English.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::lexicon::Base;
use crate::span::floor_char_boundary;

/// The languages communique reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The ISO 639-1 code: `"fr"` or `"en"`.
    ///
    /// ```
    /// assert_eq!(communique::Lang::Fr.code(), "fr");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language for an ISO 639-1 or 639-3 code or an English name,
    /// case-insensitively: `fr`, `fra`, `fre`, `french`, `en`, `eng`,
    /// `english`.
    ///
    /// ```
    /// use communique::Lang;
    /// assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    /// assert_eq!(Lang::from_code("de"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }

    /// Index of the language in per-language tables.
    pub(crate) const fn index(self) -> usize {
        match self {
            Lang::Fr => 0,
            Lang::En => 1,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// How many bytes of the document the detector reads.
pub(crate) const SAMPLE_BYTES: usize = 3000;

/// Share of sample words that must be French or English function words for
/// a text whatlang calls something else to be read anyway.
const MIN_FUNCTION_WORD_SHARE: f64 = 0.12;

/// Detects the language of `text` from a bounded sample.
pub(crate) fn detect(text: &str, lex: &Base) -> Result<Lang, Error> {
    let sample = &text[..floor_char_boundary(text, SAMPLE_BYTES)];
    let (fr, en, words) = function_word_counts(sample, lex, false);
    let share = if words == 0 {
        0.0
    } else {
        (fr.max(en)) as f64 / words as f64
    };
    // French or English words that no other language uses: when they are
    // frequent, nothing whatlang says can refuse the text (a French release
    // full of names can look Italian to trigrams).
    let (dfr, den, _) = function_word_counts(sample, lex, true);
    let distinctive = if words == 0 {
        0.0
    } else {
        dfr.max(den) as f64 / words as f64
    };
    let decided = if share >= MIN_FUNCTION_WORD_SHARE && fr.max(en) >= 4 {
        if fr >= 2 * en {
            Some(Lang::Fr)
        } else if en >= 2 * fr {
            Some(Lang::En)
        } else {
            None
        }
    } else {
        None
    };
    // The common case: the function words decide, and whatlang (the
    // costliest step for a short release) is not asked.
    if let Some(lang) = decided.filter(|_| distinctive >= MIN_FUNCTION_WORD_SHARE) {
        return Ok(lang);
    }
    let info = whatlang::detect(sample);
    if let Some(info) = &info {
        let lang = info.lang();
        // Another language, unless the distinctive words are frequent.
        if !matches!(lang, whatlang::Lang::Fra | whatlang::Lang::Eng)
            && info.is_reliable()
            && distinctive < MIN_FUNCTION_WORD_SHARE
        {
            return Err(Error::new(ErrorKind::UnsupportedLanguage {
                detected: lang.code().to_string(),
            }));
        }
    }
    if let Some(lang) = decided {
        return Ok(lang);
    }
    let restricted =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    match restricted.detect_lang(sample) {
        Some(whatlang::Lang::Fra) => Ok(Lang::Fr),
        Some(whatlang::Lang::Eng) => Ok(Lang::En),
        _ if fr + en > 0 => Ok(if fr >= en { Lang::Fr } else { Lang::En }),
        _ => Err(Error::new(ErrorKind::UnsupportedLanguage {
            detected: info
                .map(|i| i.lang().code().to_string())
                .unwrap_or_else(|| "unknown".to_string()),
        })),
    }
}

/// Counts French and English function words among the words of `sample`;
/// with `distinctive`, only those no other Latin-script language shares.
fn function_word_counts(sample: &str, lex: &Base, distinctive: bool) -> (usize, usize, usize) {
    let (mut fr, mut en, mut words) = (0, 0, 0);
    for word in sample
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = word.to_lowercase();
        let w = lower.trim_matches(|c| c == '\'' || c == '’');
        if distinctive && lex.is_shared_function_word(w) {
            continue;
        }
        if lex.is_function_word(Lang::Fr, w) {
            fr += 1;
        }
        if lex.is_function_word(Lang::En, w) {
            en += 1;
        }
    }
    (fr, en, words)
}
