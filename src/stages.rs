//! Stage entry points for benchmarks and profiling. Not part of the stable
//! API: each function runs one stage of the pipeline on its own, on text it
//! prepares itself, so that `benches/` can time the stages separately. The
//! functions return counts so that the work cannot be optimised away.

use crate::extract::{self, Doc};
use crate::fold::fold_text;
use crate::gazetteer::Gazetteer;
use crate::lang::{self, Lang};
use crate::lexicon::Base;
use crate::normalize::normalize;
use crate::segment::{sentence, tokenize};

/// Compiles the bundled gazetteers (what building a parser with extra
/// organisations costs). Returns the number of entries.
pub fn compile_gazetteer() -> usize {
    Gazetteer::build(&[]).map_or(0, |g| g.entries.len())
}

/// Normalises `text`; returns the normalised length.
pub fn normalise(text: &str) -> usize {
    normalize(text, Base::get()).text.len()
}

/// Detects the language of `text` (on a bounded sample).
pub fn detect_language(text: &str) -> Option<Lang> {
    lang::detect(text, Base::get()).ok()
}

/// Tokenises `text`; returns the number of tokens.
pub fn tokens(text: &str, lang: Lang) -> usize {
    tokenize(text, lang).len()
}

/// Tokenises and splits `text` into sentences; returns their number.
pub fn sentences(text: &str, lang: Lang) -> usize {
    let t = tokenize(text, lang);
    sentence::sentences(text, &t, lang).len()
}

/// Folds `text` and matches the default gazetteer; returns the hits.
pub fn match_gazetteer(text: &str) -> usize {
    let g = crate::default_gazetteer();
    g.find(text, &fold_text(text)).len()
}

/// The extractors run on an already segmented document; returns the number
/// of items found by (organisations, people, quotes, dates, priority areas).
pub fn extractors(text: &str, lang: Lang) -> [usize; 5] {
    let g = crate::default_gazetteer();
    let doc = Doc::new(text, lang, g);
    let mut orgs = extract::org::find(&doc);
    let people = extract::person::find(&doc, &mut orgs);
    let quotes = extract::quote::find(&doc, &people, &orgs);
    let dates = extract::date::extract(&doc).dates.len();
    let areas = extract::priority::extract(&doc).len();
    [
        orgs.entities.len(),
        people.entities.len(),
        quotes.len(),
        dates,
        areas,
    ]
}

/// Builds the document (tokens, sentences, boilerplate, gazetteer hits)
/// without running the extractors; returns the number of hits.
pub fn document(text: &str, lang: Lang) -> usize {
    Doc::new(text, lang, crate::default_gazetteer()).hits.len()
}
