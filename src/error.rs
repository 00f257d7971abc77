//! The crate's one error type. Parsing never fails on odd text: a strange
//! release gives a sparse record, not an error. [`Error`] is for inputs the
//! parser refuses outright (invalid UTF-8, empty or oversized input, a
//! language other than French or English) and for building a parser from a
//! bad lexicon line. The caller matches on [`Error::kind`]; messages are
//! lowercase and name the offending value.

/// What went wrong. Marked non-exhaustive so that new kinds can be added
/// without breaking callers that match on it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes are not UTF-8; `offset` is the first invalid byte.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input is empty or holds only whitespace.
    #[error("empty input: nothing to parse")]
    Empty,
    /// The input is larger than the parser's `max_input_bytes`.
    #[error("input of {size} bytes exceeds the limit of {max} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        max: usize,
    },
    /// The text is neither French nor English.
    #[error("unsupported language: detected {detected}, expected French or English")]
    UnsupportedLanguage {
        /// What the detector saw: an ISO 639-3 code such as `deu`, or
        /// `unknown` when no language could be recognised.
        detected: String,
    },
    /// A user-supplied lexicon line could not be read.
    #[error("bad lexicon entry at line {line}: {message}")]
    Lexicon {
        /// 1-based line number in the supplied text.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// The error returned by parsing and by building a [`crate::Parser`].
///
/// ```
/// use communique::ErrorKind;
/// let err = communique::Parser::builder().build().unwrap()
///     .parse_bytes(b"Bonjour \xff").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 8 });
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 8");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: Box<ErrorKind>,
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Whether the input was refused because of its language.
    pub fn is_unsupported_language(&self) -> bool {
        matches!(*self.kind, ErrorKind::UnsupportedLanguage { .. })
    }

    /// Whether the input was refused because it is not UTF-8.
    pub fn is_invalid_utf8(&self) -> bool {
        matches!(*self.kind, ErrorKind::InvalidUtf8 { .. })
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error {
            kind: Box::new(kind),
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}
