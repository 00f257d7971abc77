//! communique reads French and English press releases (communiqués) and
//! returns typed, serde-serialisable records: the organisations involved,
//! the people and their roles, direct quotes with their speakers, the
//! priority areas the text sets out, and the dates it mentions. Every item
//! carries byte spans into the original input.
//!
//! # Overview
//!
//! * [`parse`] parses one release with a default [`Parser`], built once.
//! * [`Parser::builder`] configures a parser: force a [`Lang`], cap the input
//!   size, add organisations to the gazetteer. A [`Parser`] is immutable,
//!   `Send + Sync`, and parses any number of documents.
//! * [`Communique`] is the record: see [`record`] for every field.
//! * [`Error`] is returned for input the parser refuses (invalid UTF-8,
//!   empty, oversized, neither French nor English); match on
//!   [`Error::kind`].
//!
//! The pipeline runs normalise → detect language → tokenise and split
//! sentences → match entities → extract → build records; `DESIGN.md` in the
//! repository describes each stage.
//!
//! # Example: parse a release
//!
//! ```
//! let text = "LOMÉ, 5 juin 2025 – Le Représentant de la FAO au Togo, \
//!             M. Paul Amegah, a présenté le nouveau programme.";
//! let record = communique::parse(text)?;
//! assert_eq!(record.language, communique::Lang::Fr);
//! # Ok::<(), communique::Error>(())
//! ```
//!
//! # Example: a configured parser
//!
//! ```
//! use communique::{Lang, Parser};
//! let parser = Parser::builder().language(Lang::En).max_input_bytes(1 << 20).build()?;
//! let record = parser.parse("Nairobi, 4 March 2025 - The agency said it would help.")?;
//! assert_eq!(record.language, Lang::En);
//! # Ok::<(), communique::Error>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod boilerplate;
mod error;
mod extract;
mod fold;
mod gazetteer;
mod lang;
mod lexicon;
mod normalize;
pub mod record;
mod regex_group;
pub mod segment;
mod span;
#[doc(hidden)]
pub mod stages;
mod stem;
mod trie;

use std::sync::{Arc, LazyLock};

pub use error::{Error, ErrorKind};
pub use lang::Lang;
pub use record::Communique;
pub use span::Span;

/// Inputs larger than this are refused unless the builder says otherwise.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Parses one press release with the default parser.
///
/// ```
/// let record = communique::parse("WASHINGTON, April 15, 2016 - The minister said the fund would grow.")?;
/// assert_eq!(record.language.code(), "en");
/// # Ok::<(), communique::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Communique, Error> {
    static DEFAULT: LazyLock<Parser> = LazyLock::new(Parser::new);
    DEFAULT.parse(text)
}

/// The bundled gazetteers, compiled once and shared by every parser that
/// adds no organisation of its own.
static DEFAULT_GAZETTEER: LazyLock<Arc<gazetteer::Gazetteer>> = LazyLock::new(|| {
    Arc::new(gazetteer::Gazetteer::build(&[]).expect("the bundled gazetteers are valid"))
});

fn default_gazetteer() -> &'static gazetteer::Gazetteer {
    &DEFAULT_GAZETTEER
}

/// A configured, reusable parser. Build it once with [`Parser::builder`]
/// (or [`Parser::new`] for the defaults) and share it across threads.
#[derive(Clone, Debug)]
pub struct Parser {
    language: Option<Lang>,
    max_input_bytes: usize,
    gazetteer: Arc<gazetteer::Gazetteer>,
}

/// Configures a [`Parser`].
#[derive(Clone, Debug)]
pub struct ParserBuilder {
    language: Option<Lang>,
    max_input_bytes: usize,
    organisations: Vec<String>,
}

impl Default for ParserBuilder {
    fn default() -> ParserBuilder {
        ParserBuilder {
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            organisations: Vec::new(),
        }
    }
}

impl ParserBuilder {
    /// Reads every document in `lang` instead of detecting the language.
    pub fn language(&mut self, lang: Lang) -> &mut ParserBuilder {
        self.language = Some(lang);
        self
    }

    /// Refuses inputs larger than `max` bytes (default
    /// [`DEFAULT_MAX_INPUT_BYTES`]), before doing any work on them.
    pub fn max_input_bytes(&mut self, max: usize) -> &mut ParserBuilder {
        self.max_input_bytes = max;
        self
    }

    /// Adds organisations to the gazetteer, as lines in the format of the
    /// bundled `data/organisations.tsv`: `id`, `kind`, English name, French
    /// name, English acronym, French acronym, `|`-separated variants and an
    /// optional parent id, separated by tabs; `#` starts a comment line.
    /// Errors are reported by [`ParserBuilder::build`], with the line.
    ///
    /// ```
    /// use communique::Parser;
    /// let parser = Parser::builder()
    ///     .organisations_tsv("acme\tcompany\tAcme Water Works\tEaux Acme\tAWW\t\t")
    ///     .build()?;
    /// let record = parser.parse("Geneva, 3 May 2024 - Acme Water Works (AWW) signed the deal.")?;
    /// assert_eq!(record.organisations[0].id.as_deref(), Some("acme"));
    /// # Ok::<(), communique::Error>(())
    /// ```
    pub fn organisations_tsv(&mut self, tsv: &str) -> &mut ParserBuilder {
        self.organisations.push(tsv.to_string());
        self
    }

    /// Builds the parser, compiling the gazetteers when organisations were
    /// added (otherwise the bundled ones, compiled once, are shared).
    pub fn build(&self) -> Result<Parser, Error> {
        let gazetteer = if self.organisations.is_empty() {
            Arc::clone(&DEFAULT_GAZETTEER)
        } else {
            Arc::new(gazetteer::Gazetteer::build(&self.organisations)?)
        };
        Ok(Parser {
            language: self.language,
            max_input_bytes: self.max_input_bytes,
            gazetteer,
        })
    }
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the default settings: language detected, inputs up
    /// to [`DEFAULT_MAX_INPUT_BYTES`], the bundled gazetteers.
    pub fn new() -> Parser {
        Parser {
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            gazetteer: Arc::clone(&DEFAULT_GAZETTEER),
        }
    }

    /// A builder with the default settings.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// Parses one press release.
    ///
    /// ```
    /// use communique::{ErrorKind, Parser};
    /// let parser = Parser::new();
    /// assert_eq!(parser.parse("  \n ").unwrap_err().kind(), &ErrorKind::Empty);
    /// ```
    pub fn parse(&self, text: &str) -> Result<Communique, Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::new(ErrorKind::TooLarge {
                size: text.len(),
                max: self.max_input_bytes,
            }));
        }
        if text.trim().is_empty() {
            return Err(Error::new(ErrorKind::Empty));
        }
        let base = lexicon::Base::get();
        let norm = normalize::normalize(text, base);
        let lang = match self.language {
            Some(lang) => lang,
            None => lang::detect(&norm.text, base)?,
        };
        Ok(extract::run(text, &norm, lang, &self.gazetteer))
    }

    /// Parses many releases given as bytes, each on its own: one bad
    /// document gives an error in its slot and does not stop the others.
    /// With the `parallel` feature the documents are parsed on all cores
    /// (rayon); the results keep the order of `docs`.
    ///
    /// ```
    /// let parser = communique::Parser::new();
    /// let docs: [&[u8]; 2] = [b"GENEVA, 3 May 2024 - The WHO said it would help.", b"\xff"];
    /// let results = parser.parse_many(&docs);
    /// assert!(results[0].is_ok());
    /// assert!(results[1].as_ref().unwrap_err().is_invalid_utf8());
    /// ```
    pub fn parse_many<T: AsRef<[u8]> + Sync>(&self, docs: &[T]) -> Vec<Result<Communique, Error>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            docs.par_iter()
                .map(|d| self.parse_bytes(d.as_ref()))
                .collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            docs.iter().map(|d| self.parse_bytes(d.as_ref())).collect()
        }
    }

    /// Parses one press release given as bytes, which must be UTF-8.
    ///
    /// ```
    /// use communique::{ErrorKind, Parser};
    /// let err = Parser::new().parse_bytes(b"\xc3\x28").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 0 });
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Communique, Error> {
        if bytes.len() > self.max_input_bytes {
            return Err(Error::new(ErrorKind::TooLarge {
                size: bytes.len(),
                max: self.max_input_bytes,
            }));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::new(ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })
        })?;
        self.parse(text)
    }
}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Parser>();
        assert_send_sync::<Communique>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn too_large_is_refused_before_work() {
        let parser = Parser::builder().max_input_bytes(10).build().unwrap();
        let err = parser
            .parse("This text is longer than ten bytes.")
            .unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::TooLarge { size: 35, max: 10 });
    }
}
