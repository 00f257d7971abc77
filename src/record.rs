//! Records: what a parse returns, as serde types whose field names are
//! stable. [`Communique`] holds the language, title, dateline and the lists
//! of organisations, people, quotes, priority areas, dates, locations and
//! boilerplate. Every item carries `spans`: half-open byte ranges into the
//! ORIGINAL input, one per mention. The five core lists use the shapes read
//! by the evaluation script (`name`/`acronym`/`aliases`/`id` for
//! organisations, `name`/`role`/`organisation` for people, `text`/`speaker`
//! for quotes, `label`/`id` for priority areas, `text`/`value` for dates).
//! Optional fields are omitted from JSON when empty.

use serde::{Deserialize, Serialize};

pub use crate::boilerplate::BoilerplateKind;
use crate::lang::Lang;
use crate::span::Span;

/// Everything extracted from one press release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Communique {
    /// The language the release was read in.
    pub language: Lang,
    /// The headline: the first line, when it reads as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// The dateline ("GENÈVE, 12 mars 2024 –"), when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// Organisations, one record per entity with all its mentions.
    pub organisations: Vec<Organisation>,
    /// People, one record per person with all their mentions.
    pub people: Vec<Person>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Priority areas the text sets out, in text order.
    pub priority_areas: Vec<PriorityArea>,
    /// Calendar dates, in text order (ranges give one entry per end).
    pub dates: Vec<DateMention>,
    /// Places the text names.
    pub locations: Vec<Location>,
    /// Page furniture excluded from extraction.
    pub boilerplate: Vec<Boilerplate>,
}

/// The headline of a release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    /// The headline as written.
    pub text: String,
    /// Where it is.
    pub spans: Vec<Span>,
}

/// The dateline that opens a release: place and date of issue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place ("GENÈVE", "Nairobi"), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The date as ISO 8601 (`YYYY-MM-DD`, `YYYY-MM`), when it can be
    /// resolved (a dateline without a year takes one only from a full date
    /// elsewhere in the header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The issuing agency or wire named in the dateline ("HCR", "PRNewswire").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The dateline as written.
    pub text: String,
    /// Where it is.
    pub spans: Vec<Span>,
}

/// An organisation and every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// Canonical id from the gazetteer (`"iom"`, `"unodc"`), the same for
    /// the French and English versions of a release; `null` when the
    /// organisation is not in the gazetteer.
    pub id: Option<String>,
    /// The fullest form the text uses.
    pub name: String,
    /// The gazetteer's full name in the language of the release, when the
    /// organisation is known ("Fonds des Nations Unies pour l'enfance" for a
    /// French text that only says "UNICEF").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_name: Option<String>,
    /// The acronym the text uses, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Every other surface form the text uses for it.
    pub aliases: Vec<String>,
    /// The gazetteer's kind (`un`, `regional`, `ngo`, `government`,
    /// `company`, ...), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// One span per mention.
    pub spans: Vec<Span>,
}

/// Grammatical gender, from honorifics, titles and agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Feminine (Mme, Ms, Directrice, elle).
    Female,
    /// Masculine (M., Mr, Directeur, il).
    Male,
}

/// A person and every mention of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest form of the name, without honorifics.
    pub name: String,
    /// The role or title as written ("Directrice générale").
    pub role: Option<String>,
    /// The organisation the person speaks for or holds the role in: the
    /// `name` of an entry of `organisations`.
    pub organisation: Option<String>,
    /// The `id` of that organisation, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<String>,
    /// Grammatical gender, when the text shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Other full forms of the name used in the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// One span per mention (pronouns and role nouns are not mentions).
    pub spans: Vec<Span>,
}

/// Whether a quote reproduces words or reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech ("a souligné qu'il est...", "said that...").
    Indirect,
}

/// Who a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person of `people`.
    Person,
    /// An organisation of `organisations`.
    Organisation,
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The words, without the quotation marks.
    pub text: String,
    /// The speaker's `name` (a person or an organisation of the record), or
    /// `null` when the text does not say.
    pub speaker: Option<String>,
    /// Whether the speaker is a person or an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_kind: Option<SpeakerKind>,
    /// The speech verb of the attribution ("a déclaré", "said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Direct or indirect speech.
    pub kind: QuoteKind,
    /// Where the quoted words are.
    pub spans: Vec<Span>,
    /// Where the attribution ("a-t-elle ajouté", "said Ms Pope") is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Span>,
}

/// A priority area the text sets out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorityArea {
    /// The noun phrase as written, without leading determiners.
    pub label: String,
    /// The taxonomy id (`"human-trafficking"`), the same in French and
    /// English; `null` outside the taxonomy.
    pub id: Option<String>,
    /// Where it is.
    pub spans: Vec<Span>,
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

/// Which end of a range a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RangeEnd {
    /// The first day, month or year of the range.
    Start,
    /// The last one.
    End,
}

/// A calendar reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The expression as written ("2 juillet 2024", "du 3 au 5 mai 2024").
    pub text: String,
    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
    /// Whether the expression is relative ("aujourd'hui", "last week"),
    /// resolved against the dateline.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// For a range, which end this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<RangeEnd>,
    /// Where it is.
    pub spans: Vec<Span>,
}

/// A place the text names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The fullest form used.
    pub name: String,
    /// Gazetteer id (`"sn"`, `"city-geneva"`), when known.
    pub id: Option<String>,
    /// `country`, `city`, `region`, `continent` or `territory`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// One span per mention.
    pub spans: Vec<Span>,
}

/// A stretch of page furniture.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// What it is.
    pub kind: BoilerplateKind,
    /// Where it is.
    pub spans: Vec<Span>,
}
