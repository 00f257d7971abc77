//! Dates, datelines and relative dates. [`extract`] scans the normalised
//! text with regexes compiled once from two data files (`data/months.tsv`:
//! month and weekday names; `data/date_cues.tsv`: the words that make a bare
//! number a year used as a date, that mark a year inside a name or a count,
//! that join two dates into a range or a list, and the relative expressions)
//! and builds date atoms: full dates in words, numeric and ISO dates, day
//! lists, day and month, month and year, years governed by a cue, parts of a
//! year and fiscal years ("fin 2010", "exercice 2024-2025", "fiscal year
//! 2024/25"), years compared with ("par rapport à 2022"), years after a
//! loose preposition when no name ends on it and no count follows
//! ("celles de 2022", not "the Reform Act of 1995"). Atoms joined by a
//! range or list connector share their year and become the two ends of a
//! range; two bare years make one only outside a name ("Plan quinquennal
//! 2021-2025", "the 2019-2023 Country Policy", "the Plan (RISDP)
//! 2020-2030" are names); the dateline near the top of the body, or a full
//! date on a short header line, gives the document date, which completes a
//! day and month written without a year and resolves relative expressions
//! ("hier", "last week", "on Thursday") and months named alone after a
//! preposition or a part of the year ("in July", "by the end of May",
//! "décembre dernier": relative, since their year is the document's).
//! Boilerplate is skipped, except "About X" sections, whose dates ("Founded
//! in 1998") are the release's. Nothing is guessed: a date that cannot be
//! completed with certainty is not reported, and uncued 4-digit numbers or
//! abbreviated months alone never are.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::Doc;
use crate::boilerplate::BoilerplateKind;
use crate::gazetteer::Class;
use crate::lang::Lang;
use crate::lexicon::{Base, data_lines};
use crate::normalize::starts_with_list_marker;
use crate::record::{DateMention, Dateline, Granularity, RangeEnd};
use crate::regex_group::RegexGroup;
use crate::segment::TokenKind;
use crate::span::{Span, floor_char_boundary};
use crate::stem::is_function_word;

/// What the date extractor found, with spans in normalised coordinates.
#[derive(Debug, Default)]
pub(crate) struct DateFindings {
    /// Calendar references, in text order, one entry per (text, value).
    pub(crate) dates: Vec<DateMention>,
    /// The dateline, when the release has one.
    pub(crate) dateline: Option<Dateline>,
}

impl DateFindings {
    /// The findings in the coordinates of the original input: every span
    /// passed through `map` (normalised text to original), every text read
    /// back from `original` as written.
    pub(crate) fn mapped(mut self, original: &str, map: impl Fn(Span) -> Span) -> DateFindings {
        let remap = |spans: &mut Vec<Span>, text: &mut String| {
            for s in spans.iter_mut() {
                *s = map(*s);
            }
            if let Some(written) = spans
                .first()
                .map(|s| s.as_str(original))
                .filter(|w| !w.is_empty())
            {
                *text = written.to_string();
            }
        };
        for d in &mut self.dates {
            remap(&mut d.spans, &mut d.text);
        }
        if let Some(dl) = &mut self.dateline {
            remap(&mut dl.spans, &mut dl.text);
        }
        self
    }
}

/// Lines of the header: the dateline and the document date are looked for
/// in this many non-empty, non-boilerplate lines from the top.
const HEADER_LINES: usize = 6;
/// A full date on a header line at most this long (in bytes) dates the
/// document; longer lines are prose, whose dates may be of other events.
const SHORT_LINE: usize = 80;
/// The first header line, up to this long and without a final period, is
/// a headline: its full dates date the document too.
const TITLE_LINE: usize = 250;
/// Years accepted for numeric dates and bare years.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// Years accepted for dates written with a month name.
const WORD_YEARS: std::ops::RangeInclusive<i32> = 1000..=2100;
/// A day and month without a year take the year of the document date,
/// unless that puts them further than this many days from it: "le 20
/// décembre" in a release of 5 January is the December before.
const FAR: i64 = 270;

// ---------------------------------------------------------------------------
// Lexicon

#[derive(Clone, Copy, Debug)]
struct Name {
    month: bool,
    number: u32,
    fr: bool,
    en: bool,
    /// Not an abbreviation: no longer form of the same name starts with it
    /// ("juin", "May"; not "Jun", "sept.").
    full: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Before,
    Part,
    Period,
    Ordinal,
    After,
    NotBefore,
    NotAfter,
    Count,
    Range,
    Coord,
    RangeOpen,
    RangeFrom,
    Relative,
    Decade,
    NameNoun,
    Compare,
    Loose,
    Participle,
    Attributive,
    Past,
    Future,
}

/// How many [`Role`]s there are.
const ROLES: usize = Role::Future as usize + 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug)]
struct Cue {
    /// Lowercase.
    text: String,
    lang: Option<Lang>,
    role: Role,
    unit: Unit,
    offset: i64,
    /// For a compare cue: the year must not be followed by a content word
    /// ("contre 2021", not "contre 1990 salariés").
    alone: bool,
}

struct Lexicon {
    /// Lowercase month and weekday forms.
    names: FxHashMap<String, Name>,
    /// Cue indices by language and role: `by_role[lang.index()][role as usize]`.
    by_role: [Vec<Vec<usize>>; 2],
    cues: Vec<Cue>,
    day_month: Regex,
    month_day: Regex,
    month_year: Regex,
    numeric: Regex,
    iso: Regex,
    iso_name: Regex,
    dmy_dash: Regex,
    year: Regex,
    year_short: Regex,
    month: Regex,
    /// `month_day`, `month_year`, bare months, weekdays and relative
    /// expressions, searched in one pass (see [`Words`]).
    words: RegexGroup,
    place_dated: Regex,
    after_date: Regex,
    place_after: Regex,
    place_bare: Regex,
    /// "Tunisie : ...", "Ghana - ...": the second half of "A - B : title".
    paired_title: Regex,
}

static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The matches of the word-list regexes of a text, in text order.
struct Words {
    month_day: Vec<Span>,
    month_year: Vec<Span>,
    month: Vec<Span>,
    weekday: Vec<Span>,
    relative: Vec<Span>,
}

impl Words {
    fn find(lex: &Lexicon, text: &str) -> Words {
        let mut all = lex.words.find_all(text).into_iter();
        let mut next = || all.next().unwrap_or_default();
        Words {
            month_day: next(),
            month_year: next(),
            month: next(),
            weekday: next(),
            relative: next(),
        }
    }
}

/// An alternation of `forms`, longest first; a form ending with '.' needs
/// no word boundary after it, the others do.
fn alternation<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    let mut forms: Vec<&str> = forms.collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    let parts: Vec<String> = forms
        .iter()
        .map(|f| {
            let words: Vec<String> = f.split(' ').map(regex::escape).collect();
            let body = words.join(r"\s+");
            if f.ends_with(|c: char| c.is_alphanumeric()) {
                format!(r"{body}(?-u:\b)")
            } else {
                body
            }
        })
        .collect();
    format!("(?:{})", parts.join("|"))
}

fn regex(pattern: &str) -> Regex {
    Regex::new(&crate::lexicon::latin_classes(pattern))
        .unwrap_or_else(|e| panic!("date regex {pattern}: {e}"))
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut names: FxHashMap<String, Name> = FxHashMap::default();
        for (line, cols) in data_lines(include_str!("../../data/months.tsv")) {
            let [form, lang, kind, number] = cols[..] else {
                panic!("data/months.tsv:{line}: expected 4 columns");
            };
            let number: u32 = number
                .parse()
                .unwrap_or_else(|_| panic!("data/months.tsv:{line}: bad number"));
            let month = match kind {
                "month" => true,
                "weekday" => false,
                other => panic!("data/months.tsv:{line}: unknown kind {other}"),
            };
            let lang = Lang::from_code(lang)
                .unwrap_or_else(|| panic!("data/months.tsv:{line}: bad language"));
            let e = names.entry(form.to_lowercase()).or_insert(Name {
                month,
                number,
                fr: false,
                en: false,
                full: true,
            });
            match lang {
                Lang::Fr => e.fr = true,
                Lang::En => e.en = true,
            }
        }
        let forms: Vec<(String, bool, u32)> = names
            .iter()
            .map(|(f, n)| (f.clone(), n.month, n.number))
            .collect();
        for (form, n) in names.iter_mut() {
            let stem = form.trim_end_matches('.');
            n.full = !form.ends_with('.')
                && !forms.iter().any(|(other, month, number)| {
                    *month == n.month
                        && *number == n.number
                        && other.len() > stem.len()
                        && other.starts_with(stem)
                });
        }
        let mut cues = Vec::new();
        for (line, cols) in data_lines(include_str!("../../data/date_cues.tsv")) {
            let [text, lang, role, arg] = cols[..] else {
                panic!("data/date_cues.tsv:{line}: expected 4 columns");
            };
            let lang = match lang {
                "any" => None,
                code => Some(
                    Lang::from_code(code)
                        .unwrap_or_else(|| panic!("data/date_cues.tsv:{line}: bad language")),
                ),
            };
            let role = match role {
                "before" => Role::Before,
                "part" => Role::Part,
                "period" => Role::Period,
                "ordinal" => Role::Ordinal,
                "after" => Role::After,
                "not_before" => Role::NotBefore,
                "not_after" => Role::NotAfter,
                "count" => Role::Count,
                "range" => Role::Range,
                "coord" => Role::Coord,
                "range_open" => Role::RangeOpen,
                "range_from" => Role::RangeFrom,
                "relative" => Role::Relative,
                "decade" => Role::Decade,
                "name_noun" => Role::NameNoun,
                "compare" => Role::Compare,
                "loose" => Role::Loose,
                "participle" => Role::Participle,
                "attributive" => Role::Attributive,
                "past" => Role::Past,
                "future" => Role::Future,
                other => panic!("data/date_cues.tsv:{line}: unknown role {other}"),
            };
            let (unit, offset) = if role == Role::Relative {
                let (u, o) = arg.split_once(':').unwrap_or_else(|| {
                    panic!("data/date_cues.tsv:{line}: relative needs unit:offset")
                });
                let unit = match u {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    other => panic!("data/date_cues.tsv:{line}: unknown unit {other}"),
                };
                let offset = o
                    .parse()
                    .unwrap_or_else(|_| panic!("data/date_cues.tsv:{line}: bad offset"));
                (unit, offset)
            } else {
                (Unit::Day, 0)
            };
            let alone = match (role, arg) {
                (Role::Compare, "alone") => true,
                (Role::Compare, "-") => false,
                (Role::Compare, other) => {
                    panic!("data/date_cues.tsv:{line}: compare takes alone or -, not {other}")
                }
                _ => false,
            };
            cues.push(Cue {
                text: text.to_lowercase(),
                lang,
                role,
                unit,
                offset,
                alone,
            });
        }

        let months = alternation(
            names
                .iter()
                .filter(|(_, n)| n.month)
                .map(|(f, _)| f.as_str()),
        );
        let weekdays = alternation(
            names
                .iter()
                .filter(|(f, n)| !n.month && !f.ends_with('.'))
                .map(|(f, _)| f.as_str()),
        );
        let relatives = alternation(
            cues.iter()
                .filter(|c| c.role == Role::Relative)
                .map(|c| c.text.as_str()),
        );
        // Connectors inside a day list ("3-5", "26 et 27", "3, 4 and 5"); a
        // slash would read numeric dates.
        let mut conn = Vec::new();
        for c in cues
            .iter()
            .filter(|c| matches!(c.role, Role::Range | Role::Coord))
        {
            if c.text.chars().all(char::is_alphabetic) || c.text.contains('\'') {
                conn.push(format!(r"\s+{}\s+", regex::escape(&c.text)));
            } else if c.text != "/" {
                conn.push(format!(r"\s*{}\s*", regex::escape(&c.text)));
            }
        }
        let conn = conn.join("|");
        let day = r"\d{1,2}(?:\s?er|re|e|ème|eme|st|nd|rd|th)?(?-u:\b)";
        let day_list = format!(r"{day}(?:(?:{conn})(?:(?:le|the)\s+)?{day})*");
        // A capitalised word. The classes are Latin (Basic, Latin-1,
        // Extended-A and B, combining diacritics) rather than \p{Lu} and
        // \p{L}: those cost megabytes of automata, repeated a dozen times in
        // the place patterns. Extended-A and B alternate upper and lower
        // case, so both are taken as capitals.
        let cw = r"[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}'.\-]*";
        let part = format!(
            r"{cw}(?:\s+(?:(?:de|du|des|la|le|les|es|el|al|of|upon|sur|en|di|am)\s+)?{cw}){{0,3}}"
        );
        let place = format!(r"{part}(?:\s*[,/]\s*{part}){{0,2}}");
        let source = r"(?:\((?P<src>[^()\n]{1,40})\)|/(?P<src2>[^/\n]{1,40})/)";
        let month_day = format!(
            r"(?i)(?-u:\b)(?P<mon>{months})\s+(?P<dl>{day_list})(?:\s*(?P<comma>,)?\s+(?P<y>\d{{4}})(?-u:\b))?"
        );
        let month_year =
            format!(r"(?i)(?-u:\b)(?P<mon>{months})\s*,?\s+(?:of\s+)?(?P<y>\d{{4}})(?-u:\b)");
        let month = format!(r"(?i)(?-u:\b){months}");
        let words = [
            &month_day,
            &month_year,
            &month,
            &format!(r"(?i)(?-u:\b){weekdays}"),
            &format!(r"(?i)(?-u:\b){relatives}"),
        ]
        .map(|p| crate::lexicon::latin_classes(p));
        Lexicon {
            day_month: regex(&format!(
                r"(?i)(?-u:\b)(?P<dl>{day_list})\s+(?:of\s+)?(?P<mon>{months})(?:\s*(?P<comma>,)?\s+(?P<y>\d{{4}}|\d{{2}})(?-u:\b))?"
            )),
            month_day: regex(&month_day),
            month_year: regex(&month_year),
            numeric: regex(r"(?-u:\b)(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})(?-u:\b)"),
            iso: regex(r"(?-u:\b)(\d{4})([./-])(\d{1,2})([./-])(\d{1,2})(?-u:\b)"),
            iso_name: regex(&format!(
                r"(?i)(?-u:\b)(\d{{4}})-(?P<mon>{months})-?(\d{{1,2}})(?-u:\b)"
            )),
            dmy_dash: regex(&format!(
                r"(?i)(?-u:\b)(\d{{1,2}})-(?P<mon>{months})-(\d{{4}})(?-u:\b)"
            )),
            year: regex(r"(?-u:\b)\d{4}(?-u:\b)"),
            year_short: regex(r"(?-u:\b)(\d{4})\s?[-/]\s?(\d{2})(?-u:\b)"),
            month: regex(&month),
            words: RegexGroup::new(&words).unwrap_or_else(|e| panic!("date word regexes: {e}")),
            place_dated: regex(&format!(
                r"(?i:^(?P<place>(?-i:{place}))(?:\s*\((?P<paren>[^()\n]{{1,30}})\))?(?:\s*,\s*(?:le\s+)?|\s+le\s+|(?P<dash>\s+-+\s+))(?:{weekdays}\s*,?\s+)?)"
            )),
            after_date: regex(&format!(
                r"^\s*/?\s*(?:-+\s*)?{source}?\s*/?\s*(?P<term>-+|:|\.|,|$)"
            )),
            place_after: regex(&format!(
                r"^\s*(?:,|-+)\s*(?P<place>{place}(?:\s*\([^()\n]{{1,30}}\))?)\s*(?P<term>:|-+|,|$)"
            )),
            place_bare: regex(&format!(
                r"^(?P<place>{place})\s*{source}?\s*(?P<term>-+|:)\s*(?P<rest>\S.*)$"
            )),
            paired_title: regex(&format!(r"^{cw}\s*(?:-+|:)\s")),
            by_role: [Lang::Fr, Lang::En].map(|lang| {
                let mut lists = vec![Vec::new(); ROLES];
                for (i, c) in cues.iter().enumerate() {
                    if c.lang.is_none_or(|l| l == lang) {
                        lists[c.role as usize].push(i);
                    }
                }
                lists
            }),
            names,
            cues,
        }
    }

    /// The cues of `role` for `lang` (and for any language).
    fn cues(&self, lang: Lang, role: Role) -> impl Iterator<Item = &Cue> {
        self.by_role[lang.index()][role as usize]
            .iter()
            .map(|&i| &self.cues[i])
    }

    /// The month or weekday `written` names, if its case fits its language
    /// (English names are capitalised).
    fn name(&self, written: &str) -> Option<Name> {
        let n = *self.names.get(&written.to_lowercase())?;
        let capital = written.chars().next().is_some_and(char::is_uppercase);
        (n.fr || capital).then_some(n)
    }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (i32::try_from(y).unwrap_or(i32::MAX), m, d)
}

/// ISO weekday, 1 (Monday) to 7 (Sunday).
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7) + 1
}

/// A date, as precise as the text says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Ymd {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
}

impl Ymd {
    fn new(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Ymd {
        Ymd { y, m, d }
    }

    fn is_full(&self) -> bool {
        self.y.is_some() && self.m.is_some() && self.d.is_some()
    }

    fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.y?, self.m?, self.d?))
    }

    /// Whether the day exists in the month (and year, when known).
    fn is_valid(&self) -> bool {
        match (self.m, self.d) {
            (Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.y, m),
            (Some(m), None) => (1..=12).contains(&m),
            (None, Some(_)) => false,
            (None, None) => self.y.is_some(),
        }
    }

    fn value(&self) -> Option<(String, Granularity)> {
        let y = self.y?;
        Some(match (self.m, self.d) {
            (Some(m), Some(d)) => (format!("{y:04}-{m:02}-{d:02}"), Granularity::Day),
            (Some(m), None) => (format!("{y:04}-{m:02}"), Granularity::Month),
            _ => (format!("{y:04}"), Granularity::Year),
        })
    }
}

// ---------------------------------------------------------------------------
// Atoms

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// A date written with a day or a month: kept once it has a year.
    Explicit,
    /// A year governed by a cue, or joined to a date.
    Cued,
    /// A 4-digit number that may be a year: kept only when joined to a date.
    Bare,
    /// A month name alone: kept only when it takes a year from a range.
    Month,
}

#[derive(Clone, Debug)]
struct Atom {
    /// The expression, for overlaps and joins.
    span: Span,
    /// The text reported (a range reports its whole extent).
    text: Span,
    vals: Vec<(Ymd, Option<RangeEnd>)>,
    status: Status,
}

impl Atom {
    fn one(span: Span, v: Ymd, status: Status) -> Atom {
        Atom {
            span,
            text: span,
            vals: vec![(v, None)],
            status,
        }
    }
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// The stretch of the line around `start..end`: at most `back` bytes
/// before and `fwd` bytes after it, on char boundaries, not across a line
/// break. Bounded, so that a long one-line input stays linear.
fn around(text: &str, start: usize, end: usize, back: usize, fwd: usize) -> (usize, usize) {
    let lo = floor_char_boundary(text, start.saturating_sub(back));
    let from = text[lo..start].rfind('\n').map_or(lo, |i| lo + i + 1);
    let hi = floor_char_boundary(text, end.saturating_add(fwd)).max(end);
    let to = text[end..hi].find('\n').map_or(hi, |i| end + i);
    (from, to)
}

/// Whether `start..end` is not glued to a letter or digit. The regexes use
/// ASCII word boundaries, which the lazy DFA runs at full speed on any
/// text; this adds the Unicode view ("é2024" is no year). A match ending
/// with a period ("janv.") may touch what follows.
fn free(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric())
        && (text[..end].ends_with('.') || after.is_none_or(|c| !c.is_alphanumeric()))
}

/// If `hay` ends with `cue` starting at a word boundary, where it starts.
fn ends_with_word(hay: &str, cue: &str) -> Option<usize> {
    let at = hay.len().checked_sub(cue.len())?;
    if !hay.is_char_boundary(at) || &hay[at..] != cue {
        return None;
    }
    let boundary = cue.starts_with(|c: char| !c.is_alphanumeric())
        || hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    boundary.then_some(at)
}

/// Whether `hay` starts with `cue` followed by a word boundary.
fn starts_with_word(hay: &str, cue: &str) -> bool {
    hay.starts_with(cue)
        && (cue.ends_with(|c: char| !c.is_alphanumeric())
            || hay[cue.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric()))
}

/// Whether `span` should be skipped: boilerplate, URL or e-mail. An
/// "About X" section is boilerplate for the other extractors, but its
/// dates ("Founded in 1998") are calendar references of the release.
fn skipped(doc: &Doc, span: Span) -> bool {
    // A date alone on its line is the release's date, even at the foot of
    // a contact block ("Contact: …¶Jan. 21, 2026").
    if doc
        .furniture_at(span)
        .is_some_and(|f| f.kind != BoilerplateKind::About)
        && !alone_on_line(doc, span)
    {
        return true;
    }
    let i = doc.tokens.partition_point(|t| t.span.end <= span.start);
    doc.tokens.get(i).is_some_and(|t| {
        matches!(t.kind, TokenKind::Url | TokenKind::Email) && t.span.start <= span.start
    })
}

/// Whether `span` is all its line holds (but for spaces and a final
/// period).
fn alone_on_line(doc: &Doc, span: Span) -> bool {
    let line = doc.line_at(span.start).span;
    line.as_str(doc.text).trim().trim_end_matches('.') == span.as_str(doc.text)
}

/// The day numbers of a day list ("3", "26 et 27", "3-5", "3, 4 and 5"),
/// and whether the list is a range ("3-5", "du 3 au 5") rather than an
/// enumeration.
fn day_list(lex: &Lexicon, lang: Lang, list: &str) -> (Vec<u32>, bool) {
    let mut days = Vec::new();
    let mut range = false;
    let mut last_end = None;
    let bytes = list.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if let Some(e) = last_end {
                let between = list[e..s].to_lowercase();
                range |= lex.cues(lang, Role::Range).any(|c| {
                    if c.text.chars().any(char::is_alphabetic) {
                        between.split_whitespace().any(|w| w == c.text)
                    } else {
                        between.contains(c.text.as_str())
                    }
                });
            }
            days.extend(num(&list[s..i]));
            last_end = Some(i);
        } else {
            i += 1;
        }
    }
    (days, range)
}

/// What the words before an atom starting at `start` say: the start of a
/// range opener ("entre", "between") or of a range start word ("du",
/// "from") just before it.
fn opener(lex: &Lexicon, doc: &Doc, start: usize) -> (Option<usize>, Option<usize>) {
    let text = doc.text;
    let (from, _) = around(text, start, start, 24, 0);
    let window = &text[from..start];
    let lower = window.to_lowercase();
    if lower.len() != window.len() {
        return (None, None);
    }
    let mut trimmed = lower.trim_end();
    // "entre le 3 et le 5 mai", "between the 3rd and the 5th".
    for det in [" le", " the", " l'"] {
        if let Some(h) = trimmed.strip_suffix(det) {
            trimmed = h.trim_end();
        }
    }
    let find = |role| {
        lex.cues(doc.lang, role)
            .filter_map(|c| ends_with_word(trimmed, &c.text))
            .min()
            .map(|at| from + at)
    };
    (find(Role::RangeOpen), find(Role::RangeFrom))
}

/// A day list before or after a month, with or without a year.
fn push_day_lists<'t>(
    lex: &Lexicon,
    doc: &Doc<'t>,
    month_first: bool,
    found: impl Iterator<Item = Captures<'t>>,
    atoms: &mut Vec<Atom>,
) {
    let text = doc.text;
    for c in found {
        let (Some(whole), Some(dl), Some(mon)) = (c.get(0), c.name("dl"), c.name("mon")) else {
            continue;
        };
        let Some(name) = lex.name(mon.as_str()).filter(|n| n.month) else {
            continue;
        };
        if month_first && !name.en {
            continue;
        }
        // "12,5 mai" and "June 2,000 people" hold no day.
        let before = &text[..dl.start()];
        let after = &text.as_bytes()[dl.end()..];
        if (before.ends_with([',', '.'])
            && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()))
            || (after.len() >= 2 && matches!(after[0], b',' | b'.') && after[1].is_ascii_digit())
        {
            continue;
        }
        let mut end = whole.end();
        let mut year = None;
        if let Some(y) = c.name("y") {
            let caps = mon
                .as_str()
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let (_, to) = around(text, y.end(), y.end(), 0, 40);
            let after = text[y.end()..to].trim_start().to_lowercase();
            let short = y.as_str().len() == 2;
            // "On 5 May, 2000 people": a count, not a year.
            let count = (short || c.name("comma").is_some())
                && lex
                    .cues(doc.lang, Role::Count)
                    .chain(lex.cues(doc.lang, Role::NotAfter))
                    .any(|q| starts_with_word(&after, &q.text));
            let followed = text[y.end()..].starts_with(['%', ',', '.', ' '])
                && text[y.end() + 1..].starts_with(|c: char| c.is_ascii_digit() || c == '%');
            let v = match y.as_str().len() {
                4 => y.as_str().parse::<i32>().ok(),
                _ if short && caps && !followed => y
                    .as_str()
                    .parse::<i32>()
                    .ok()
                    .map(|yy| if yy < 50 { 2000 + yy } else { 1900 + yy }),
                _ => None,
            };
            match v {
                Some(v) if !count && WORD_YEARS.contains(&v) => year = Some(v),
                _ => end = if month_first { dl.end() } else { mon.end() },
            }
        }
        let mut start = if month_first { mon.start() } else { dl.start() };
        if !free(text, start, end) {
            continue;
        }
        let (days, mut range) = day_list(lex, doc.lang, dl.as_str());
        let (open, from) = opener(lex, doc, start);
        if open.is_some() && days.len() == 2 {
            range = true;
        }
        if range && let Some(o) = open.or(from) {
            start = o;
        }
        let mk = |d: u32| Ymd::new(year, Some(name.number), Some(d));
        let vals = match (range, days.as_slice()) {
            (_, []) => continue,
            (_, [d]) => vec![(mk(*d), None)],
            (true, [first, .., last]) => vec![
                (mk(*first), Some(RangeEnd::Start)),
                (mk(*last), Some(RangeEnd::End)),
            ],
            (false, list) => list.iter().map(|d| (mk(*d), None)).collect(),
        };
        let span = Span::new(start, end);
        atoms.push(Atom {
            span,
            text: span,
            vals,
            status: Status::Explicit,
        });
    }
}

/// Whether a number at `start..end` stands alone: not part of a grouped
/// number, a decimal, an amount, a percentage or a phone number.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let prev = before.chars().next_back();
    if prev.is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '#' | '+' | '№')) {
        return false;
    }
    let digit_before = |s: &str| s.ends_with(|c: char| c.is_ascii_digit());
    if matches!(prev, Some(',' | '.' | ':')) && digit_before(&before[..before.len() - 1]) {
        return false;
    }
    // "75 2024", "2011 2010": a number or a table cell before; "Q3 2023",
    // "COVID-19 2021" end with a digit but are words.
    if before.ends_with(' ') {
        let word = before.trim_end_matches(' ');
        let head = word.trim_end_matches(|c: char| c.is_ascii_digit());
        if head.len() < word.len() && !head.ends_with(|c: char| c.is_alphabetic() || c == '-') {
            return false;
        }
    }
    let mut rest = after.chars();
    match (rest.next(), rest.next()) {
        (Some('%' | '°' | '€' | '$'), _) => false,
        (Some(',' | '.' | ':' | '/' | ' '), Some(d)) if d.is_ascii_digit() => false,
        (Some(' '), Some('%')) => false,
        _ => true,
    }
}

/// Whether a numeric date at `start..end` is embedded in a longer run of
/// numbers and separators (a phone number, a reference).
fn embedded(text: &str, start: usize, end: usize) -> bool {
    let before = &text.as_bytes()[..start];
    let after = &text.as_bytes()[end..];
    let sep = |b: u8| matches!(b, b'.' | b'/' | b'-');
    let n = before.len();
    (n >= 2 && sep(before[n - 1]) && before[n - 2].is_ascii_digit())
        || (after.len() >= 2 && sep(after[0]) && after[1].is_ascii_digit())
}

/// Pushes `a` unless it is glued to a letter or digit.
fn push_free(text: &str, atoms: &mut Vec<Atom>, a: Atom) {
    if free(text, a.span.start, a.span.end) {
        atoms.push(a);
    }
}

/// Numeric dates: `02/07/2024`, `03.05.2021`, `2024-07-02`, `2020-Feb-11`.
fn push_numeric(lex: &Lexicon, doc: &Doc, us: bool, atoms: &mut Vec<Atom>) {
    let text = doc.text;
    for c in lex.numeric.captures_iter(text) {
        let (Some(w), Some(a), Some(s1), Some(b), Some(s2), Some(y)) =
            (c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5))
        else {
            continue;
        };
        if s1.as_str() != s2.as_str() || embedded(text, w.start(), w.end()) {
            continue;
        }
        let (Some(a), Some(b), Ok(y)) =
            (num(a.as_str()), num(b.as_str()), y.as_str().parse::<i32>())
        else {
            continue;
        };
        if !YEARS.contains(&y) {
            continue;
        }
        let day_first = Ymd::new(Some(y), Some(b), Some(a));
        let month_first = Ymd::new(Some(y), Some(a), Some(b));
        let v = if us && s1.as_str() != "." && month_first.is_valid() {
            month_first
        } else if day_first.is_valid() {
            day_first
        } else if s1.as_str() != "." && month_first.is_valid() {
            month_first
        } else {
            continue;
        };
        push_free(
            text,
            atoms,
            Atom::one(Span::new(w.start(), w.end()), v, Status::Explicit),
        );
    }
    for c in lex.iso.captures_iter(text) {
        let (Some(w), Some(y), Some(s1), Some(m), Some(s2), Some(d)) =
            (c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5))
        else {
            continue;
        };
        if s1.as_str() != s2.as_str() || embedded(text, w.start(), w.end()) {
            continue;
        }
        let (Ok(y), m, d) = (y.as_str().parse::<i32>(), num(m.as_str()), num(d.as_str())) else {
            continue;
        };
        let v = Ymd::new(Some(y), m, d);
        if YEARS.contains(&y) && v.is_valid() {
            push_free(
                text,
                atoms,
                Atom::one(Span::new(w.start(), w.end()), v, Status::Explicit),
            );
        }
    }
    let named = lex
        .iso_name
        .captures_iter(text)
        .map(|c| (c, 1, 3))
        .chain(lex.dmy_dash.captures_iter(text).map(|c| (c, 3, 1)));
    for (c, yi, di) in named {
        let (Some(w), Some(y), Some(mon), Some(d)) =
            (c.get(0), c.get(yi), c.name("mon"), c.get(di))
        else {
            continue;
        };
        let Some(name) = lex.name(mon.as_str()).filter(|n| n.month) else {
            continue;
        };
        let v = Ymd::new(y.as_str().parse().ok(), Some(name.number), num(d.as_str()));
        if v.y.is_some_and(|y| YEARS.contains(&y))
            && v.is_valid()
            && !embedded(text, w.start(), w.end())
        {
            push_free(
                text,
                atoms,
                Atom::one(Span::new(w.start(), w.end()), v, Status::Explicit),
            );
        }
    }
}

/// Month and year ("January 2005", "[septembre 2023]") and bare months.
fn push_months(lex: &Lexicon, doc: &Doc, words: &Words, atoms: &mut Vec<Atom>) {
    let text = doc.text;
    for c in (words.month_year.iter()).filter_map(|s| lex.month_year.captures_at(text, s.start)) {
        let (Some(w), Some(mon), Some(y)) = (c.get(0), c.name("mon"), c.name("y")) else {
            continue;
        };
        let Some(name) = lex.name(mon.as_str()).filter(|n| n.month) else {
            continue;
        };
        let Ok(y) = y.as_str().parse::<i32>() else {
            continue;
        };
        if WORD_YEARS.contains(&y) && stands_alone(text, w.start(), w.end()) {
            let v = Ymd::new(Some(y), Some(name.number), None);
            push_free(
                text,
                atoms,
                Atom::one(Span::new(w.start(), w.end()), v, Status::Explicit),
            );
        }
    }
    for &m in words.month.iter().filter(|m| free(text, m.start, m.end)) {
        if let Some(name) = lex.name(m.as_str(text)).filter(|n| n.month) {
            let v = Ymd::new(None, Some(name.number), None);
            atoms.push(Atom::one(m, v, Status::Month));
        }
    }
}

/// What the context of a bare year says.
enum YearContext {
    /// Never a date here (a name, a count, a fiscal year, a decade).
    Reject,
    /// A date, whose text starts at the given position (before the year
    /// when a part of the year is named: "fin 2010").
    Cued(usize),
    /// No cue.
    Bare,
}

fn year_context(lex: &Lexicon, doc: &Doc, start: usize, end: usize) -> YearContext {
    let text = doc.text;
    if !stands_alone(text, start, end) {
        return YearContext::Reject;
    }
    let (from, to) = around(text, start, end, 48, 40);
    let window = &text[from..start];
    let lower = window.to_lowercase();
    let same_len = lower.len() == window.len();
    let trimmed = lower.trim_end();
    let spaced = trimmed.len() < lower.len();
    let after_raw = &text[end..to];
    let after_lower = after_raw.to_lowercase();
    let after = after_lower.trim_start();
    let after_spaced = after.len() < after_lower.len();
    let lang = doc.lang;

    let round = text[start..end].parse::<u32>().is_ok_and(|n| n % 50 == 0);
    let followed_by = |role| {
        after_spaced
            && lex
                .cues(lang, role)
                .any(|c: &Cue| starts_with_word(after, &c.text))
    };
    if lex
        .cues(lang, Role::NotBefore)
        .any(|c| ends_with_word(trimmed, &c.text).is_some())
        || followed_by(Role::NotAfter)
        || (round && followed_by(Role::Count))
    {
        return YearContext::Reject;
    }
    // "les années 1960" is a decade; "les années 2024 et 2025" are years.
    if spaced
        && lex
            .cues(lang, Role::Decade)
            .any(|c| ends_with_word(trimmed, &c.text).is_some())
    {
        let decade = text[start..end].ends_with('0');
        return if decade {
            YearContext::Reject
        } else {
            YearContext::Cued(start)
        };
    }
    let at = |i: usize| if same_len { from + i } else { start };
    // A period of the year, maybe with an ordinal: "1er trimestre 2016".
    if spaced {
        let mut head = trimmed;
        for link in [" of", " de", " d'"] {
            if let Some(h) = head.strip_suffix(link) {
                head = h;
                break;
            }
        }
        if let Some(p) = lex
            .cues(lang, Role::Period)
            .filter_map(|c| ends_with_word(head, &c.text))
            .min()
        {
            let before = head[..p].trim_end();
            let o = lex
                .cues(lang, Role::Ordinal)
                .filter_map(|c| ends_with_word(before, &c.text))
                .min();
            return YearContext::Cued(at(o.unwrap_or(p)));
        }
    }
    // A part of the year: "fin 2010", "mid-2020".
    let part = lex
        .cues(lang, Role::Part)
        .filter_map(|c| {
            if c.text.ends_with('-') {
                ends_with_word(&lower, &c.text)
            } else if spaced {
                ends_with_word(trimmed, &c.text)
            } else {
                None
            }
        })
        .min();
    if let Some(p) = part {
        return YearContext::Cued(at(p));
    }
    if spaced
        && lex
            .cues(lang, Role::Before)
            .any(|c| ends_with_word(trimmed, &c.text).is_some())
    {
        return YearContext::Cued(start);
    }
    // "par rapport à 2022", "compared with 2021 levels"; not "contre 1980
    // emplois" nor "contre 1990 salariés", counts.
    let compare = lex
        .cues(lang, Role::Compare)
        .filter(|c| ends_with_word(trimmed, &c.text).is_some())
        .max_by_key(|c| c.text.len());
    if let Some(c) = compare.filter(|_| spaced) {
        let noun = followed_by_content(lang, after, after_spaced);
        return if followed_by(Role::Count) || (c.alone && noun) {
            YearContext::Bare
        } else {
            YearContext::Cued(start)
        };
    }
    // "celles de 2022", "the floods of 2022": a date when no content word
    // follows the year ("de 1968 habitants") and no name ends on the
    // preposition ("the Reform Act of 1995", "la Convention de 1951").
    if spaced
        && let Some(at) = lex
            .cues(lang, Role::Loose)
            .filter_map(|c| ends_with_word(trimmed, &c.text))
            .min()
    {
        // The written word before the cue (the lowercase copy has the same
        // offsets when lowercasing kept the lengths).
        let prev = if same_len {
            window[..at]
                .trim_end()
                .rsplit(|ch: char| ch.is_whitespace() || ch == '\'')
                .next()
                .unwrap_or_default()
        } else {
            ""
        };
        let named = capitalised_content(lang, prev);
        if named || followed_by(Role::Count) || followed_by_content(lang, after, after_spaced) {
            return YearContext::Bare;
        }
        return YearContext::Cued(start);
    }
    if after_spaced
        && lex
            .cues(lang, Role::After)
            .any(|c| starts_with_word(after, &c.text))
    {
        return YearContext::Cued(start);
    }
    // "a 2024 survey", "the 2024 monsoon season": the year dates the noun.
    let lowercase_next = after_raw
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if spaced
        && !round
        && lowercase_next
        && followed_by_content(lang, after, after_spaced)
        && !followed_by(Role::Count)
        && lex
            .cues(lang, Role::Attributive)
            .any(|c| ends_with_word(trimmed, &c.text).is_some())
    {
        return YearContext::Cued(start);
    }
    YearContext::Bare
}

/// Whether `after` (lowercase, trimmed, what follows a year) opens with a
/// content word: "1990 salariés", not "2022, " nor "2022 qui".
fn followed_by_content(lang: Lang, after: &str, spaced: bool) -> bool {
    let next = after
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
        .next()
        .unwrap_or_default();
    spaced && !next.is_empty() && !is_function_word(lang, next)
}

/// Whether a word is a content word written with a capital ("Green",
/// "PNDES"), not a function word ("Over", "Entre") nor a possessive
/// ("UNICEF's 2023-2027 programme" dates the programme).
fn capitalised_content(lang: Lang, word: &str) -> bool {
    !word.ends_with("'s")
        && !word.ends_with("’s")
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))
        && !is_function_word(lang, &word.to_lowercase())
}

/// Whether a bare range of years at `start..end` is part of a name: right
/// after a capitalised content word ("Horizon Bleu 2021-2027"), after a
/// name noun, maybe with one word between ("Plan quinquennal 2021-2025"),
/// or before capitalised words ending with a name noun ("the 2019-2023
/// Country Policy"). Before a lowercase noun the range says when ("the
/// 2019-2023 policy"): a date.
fn names_range(lex: &Lexicon, doc: &Doc, start: usize, end: usize) -> bool {
    let text = doc.text;
    let lang = doc.lang;
    let (from, to) = around(text, start, end, 48, 48);
    let before = &text[from..start];
    let after = &text[end..to];
    let noun_ends = |hay: &str| {
        let lower = hay.to_lowercase();
        lex.cues(lang, Role::NameNoun)
            .any(|c| ends_with_word(&lower, &c.text).is_some())
    };
    let noun_starts = |hay: &str| {
        let lower = hay.to_lowercase();
        lex.cues(lang, Role::NameNoun)
            .any(|c| starts_with_word(&lower, &c.text))
    };
    let content = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))
            && !is_function_word(lang, &w.to_lowercase())
    };
    // Before: a name noun, a capitalised word, or a name noun and one word.
    let trimmed = before.trim_end();
    if trimmed.len() < before.len() {
        let last = trimmed
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        // "the Development Plan (RISDP) 2020-2030": an acronym in brackets
        // ends the name.
        let acronym = last
            .strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|w| capitalised_content(lang, w));
        if noun_ends(trimmed) || capitalised_content(lang, last) || acronym {
            return true;
        }
        let head = trimmed[..trimmed.len() - last.len()].trim_end();
        // "Plan quinquennal 2021-2025", not "a plan covering 2021-2025".
        let participle = lex
            .cues(lang, Role::Participle)
            .any(|c| last.to_lowercase().ends_with(&c.text));
        if content(last)
            && !participle
            && head.len() < trimmed.len() - last.len()
            && noun_ends(head)
        {
            return true;
        }
    }
    // After: capitalised words, the last a name noun.
    let mut rest = after.trim_start();
    if rest.len() == after.len() {
        return false;
    }
    for _ in 0..4 {
        let word = rest.split(char::is_whitespace).next().unwrap_or_default();
        if !capitalised_content(lang, word) {
            return false;
        }
        if noun_starts(rest) {
            return true;
        }
        let next = rest[word.len()..].trim_start();
        if next.len() == rest.len() - word.len() {
            return false;
        }
        rest = next;
    }
    false
}

/// Years: cued ("en 2023", "fin 2010", "2023 sera"), short ranges
/// ("2023-24") and bare 4-digit numbers that a join may make dates.
fn push_years(lex: &Lexicon, doc: &Doc, atoms: &mut Vec<Atom>) {
    let text = doc.text;
    for m in lex
        .year
        .find_iter(text)
        .filter(|m| free(text, m.start(), m.end()))
    {
        let Ok(y) = m.as_str().parse::<i32>() else {
            continue;
        };
        if !YEARS.contains(&y) {
            continue;
        }
        let v = Ymd::new(Some(y), None, None);
        match year_context(lex, doc, m.start(), m.end()) {
            YearContext::Reject => {}
            YearContext::Cued(from) => {
                atoms.push(Atom::one(Span::new(from, m.end()), v, Status::Cued))
            }
            YearContext::Bare => {
                atoms.push(Atom::one(Span::new(m.start(), m.end()), v, Status::Bare))
            }
        }
    }
    for c in lex.year_short.captures_iter(text) {
        let (Some(w), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(y), Ok(yy)) = (a.as_str().parse::<i32>(), b.as_str().parse::<i32>()) else {
            continue;
        };
        let end = y - y % 100 + yy;
        if !YEARS.contains(&y)
            || end <= y
            || embedded(text, w.start(), w.end())
            || !free(text, w.start(), w.end())
        {
            continue;
        }
        // "en 2023-24", "fiscal year 2024/25" are ranges; "décret n°
        // 2020-25" is not.
        let YearContext::Cued(from) = year_context(lex, doc, a.start(), w.end()) else {
            continue;
        };
        if !stands_alone(text, w.start(), w.end()) {
            continue;
        }
        let span = Span::new(from.min(w.start()), w.end());
        atoms.push(Atom {
            span,
            text: span,
            vals: vec![
                (Ymd::new(Some(y), None, None), Some(RangeEnd::Start)),
                (Ymd::new(Some(end), None, None), Some(RangeEnd::End)),
            ],
            status: Status::Cued,
        });
    }
}

/// Keeps the longest of overlapping atoms, in text order.
fn resolve_overlaps(mut atoms: Vec<Atom>) -> Vec<Atom> {
    atoms.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    for a in atoms {
        match out.last_mut() {
            Some(last) if a.span.start < last.span.end => {
                if a.span.len() > last.span.len() {
                    *last = a;
                }
            }
            _ => out.push(a),
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    Range,
    Coord,
}

/// How atoms `a` and `b` (in that order) are joined, if they are.
fn link(lex: &Lexicon, doc: &Doc, a: &Atom, b: &Atom) -> Option<Link> {
    // Only dates of one precision join: days with days, months with months,
    // years with years ("au premier semestre 2019 au 31 mars" is no range).
    let precision = |x: &Atom| x.vals.first().map(|(v, _)| (v.m.is_some(), v.d.is_some()));
    if b.status == Status::Month || precision(a) != precision(b) {
        return None;
    }
    let gap = doc.text.get(a.span.end..b.span.start)?;
    if gap.len() > 24 || gap.contains('\n') {
        return None;
    }
    let lower = gap.trim().to_lowercase();
    let mut g = lower.as_str();
    for det in [" le", " the", " l'"] {
        if let Some(h) = g.strip_suffix(det) {
            g = h.trim_end();
        }
    }
    if g.is_empty() {
        return None;
    }
    let is = |role| lex.cues(doc.lang, role).any(|c| c.text == g);
    if is(Role::Range) {
        Some(Link::Range)
    } else if is(Role::Coord) {
        Some(Link::Coord)
    } else {
        None
    }
}

/// Joins atoms: ranges and lists share their year, their ends are marked,
/// and a bare year joined to a date is a date.
fn join(lex: &Lexicon, doc: &Doc, atoms: &mut [Atom]) {
    let n = atoms.len();
    if n < 2 {
        return;
    }
    let mut links: Vec<Option<Link>> = (0..n - 1)
        .map(|i| link(lex, doc, &atoms[i], &atoms[i + 1]))
        .collect();
    // "entre mars et juin 2024": a list after a range opener is a range.
    for i in 0..n - 1 {
        if links[i] == Some(Link::Coord) && (i == 0 || links[i - 1].is_none()) {
            let (open, _) = opener(lex, doc, atoms[i].span.start);
            if open.is_some() {
                links[i] = Some(Link::Range);
            }
        }
    }
    // Years flow from right to left ("du 30 avril au 2 mai 2024").
    for i in (0..n - 1).rev() {
        if links[i].is_none() {
            continue;
        }
        let Some(&(b, _)) = atoms[i + 1].vals.first() else {
            continue;
        };
        let Some(by) = b.y else {
            continue;
        };
        let a = &mut atoms[i];
        for (v, _) in &mut a.vals {
            if v.y.is_none() && v.m.is_some() {
                let later = (v.m, v.d.unwrap_or(0)) > (b.m, b.d.unwrap_or(0)) && b.m.is_some();
                v.y = Some(if later { by - 1 } else { by });
            }
        }
        if a.status == Status::Month && a.vals.iter().all(|(v, _)| v.y.is_some()) {
            a.status = Status::Explicit;
        }
    }
    // Dates vouch for the bare years joined to them, left to right.
    for i in 0..n - 1 {
        let Some(l) = links[i] else {
            continue;
        };
        let (left, right) = atoms.split_at_mut(i + 1);
        let (a, b) = (&mut left[i], &mut right[0]);
        let year = |x: &Atom| x.vals.first().and_then(|(v, _)| v.y);
        match (a.status, b.status) {
            (Status::Explicit | Status::Cued, Status::Bare) => b.status = Status::Cued,
            (Status::Bare, Status::Bare)
                if l == Link::Range
                    && year(a) < year(b)
                    && !embedded(doc.text, a.span.start, b.span.end)
                    && !names_range(lex, doc, a.span.start, b.span.end) =>
            {
                a.status = Status::Cued;
                b.status = Status::Cued;
            }
            (Status::Bare, Status::Cued) if l == Link::Range => a.status = Status::Cued,
            _ => {}
        }
        if l == Link::Range
            && !matches!(a.status, Status::Bare | Status::Month)
            && !matches!(b.status, Status::Bare | Status::Month)
        {
            if let Some(first) = a.vals.first_mut() {
                first.1.get_or_insert(RangeEnd::Start);
            }
            if let Some(last) = b.vals.last_mut() {
                last.1.get_or_insert(RangeEnd::End);
            }
            // "du 30 avril au 2 mai", "between March and June"; not "de
            // 2022-2023", where "de" governs the whole range.
            let worded = doc.text[a.span.end..b.span.start].contains(char::is_alphabetic);
            let (open, from) = opener(lex, doc, a.span.start);
            let opened = if worded { open.or(from) } else { open };
            let start = opened.unwrap_or(a.text.start).min(a.text.start);
            let text = Span::new(start, b.text.end);
            a.text = text;
            b.text = text;
        }
    }
}

// ---------------------------------------------------------------------------
// Header, dateline and document date

/// The first non-empty, non-boilerplate lines that are not list items.
fn header_lines(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in doc.text.split('\n') {
        let span = Span::new(start, start + line.len());
        start += line.len() + 1;
        let t = line.trim();
        if t.is_empty()
            || !t.chars().any(char::is_alphanumeric)
            || starts_with_list_marker(t)
            || doc.furniture_at(span).is_some()
        {
            continue;
        }
        out.push(span);
        if out.len() == HEADER_LINES {
            break;
        }
    }
    out
}

struct FoundDateline {
    record: Dateline,
    atom: Option<usize>,
}

/// Index of the date atom that starts at `pos`.
fn atom_at(atoms: &[Atom], pos: usize) -> Option<usize> {
    let i = atoms.partition_point(|a| a.span.start < pos);
    atoms
        .get(i)
        .filter(|a| {
            a.span.start == pos
                && matches!(a.status, Status::Explicit)
                && a.vals.iter().all(|(v, _)| v.d.is_some())
        })
        .map(|_| i)
}

/// Where a dateline ends: after its dash, colon or period, before a comma.
fn term_end(m: regex::Match) -> usize {
    if m.as_str() == "," {
        m.start()
    } else {
        m.end()
    }
}

fn source_of(c: &Captures) -> Option<String> {
    c.name("src")
        .or_else(|| c.name("src2"))
        .map(|m| m.as_str().trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The gazetteer class of the match that starts at `pos`, if any.
fn hit_class_at(doc: &Doc, pos: usize) -> Option<Class> {
    let i = doc.hits.partition_point(|h| h.span.start < pos);
    doc.hits
        .get(i)
        .filter(|h| h.span.start == pos)
        .and_then(|h| doc.gazetteer.entries.get(h.entry))
        .map(|e| e.class)
}

/// A dateline from `line.start` to `end` (exclusive), trailing spaces
/// trimmed.
fn dateline_record(
    text: &str,
    line: Span,
    end: usize,
    place: &str,
    source: Option<String>,
) -> Dateline {
    let written = text[line.start..end].trim_end();
    Dateline {
        place: Some(place.trim().to_string()).filter(|p| !p.is_empty()),
        date: None,
        source,
        text: written.to_string(),
        spans: vec![Span::new(line.start, line.start + written.len())],
    }
}

/// `PLACE, [le] DATE [(SOURCE)|/SOURCE/] -`: a place, then a date.
fn place_then_date(lex: &Lexicon, doc: &Doc, line: Span, atoms: &[Atom]) -> Option<FoundDateline> {
    let text = doc.text;
    let l = line.as_str(text);
    let c = lex.place_dated.captures(l)?;
    let (w, place) = (c.get(0)?, c.name("place")?);
    // "Genève (Suisse), le 12 mars": a country in brackets belongs to the
    // place; an agency in brackets is the source.
    let mut place_end = place.end();
    let mut paren_source = None;
    if let Some(p) = c.name("paren") {
        if p.as_str().chars().any(char::is_lowercase) {
            place_end = l[p.end()..].find(')').map_or(p.end(), |e| p.end() + e + 1);
        } else {
            paren_source = Some(p.as_str().trim().to_string());
        }
    }
    // "Nairobi, Kenya - 4 March 2025 -": with a dash, only a known place.
    if c.name("dash").is_some() && hit_class_at(doc, line.start) != Some(Class::Place) {
        return None;
    }
    let i = atom_at(atoms, line.start + w.end())?;
    let date_end = atoms[i].span.end;
    if date_end > line.end {
        return None;
    }
    let t = lex.after_date.captures(&text[date_end..line.end])?;
    let end = date_end + t.name("term").map_or(0, term_end);
    let source = source_of(&t).or(paren_source);
    Some(FoundDateline {
        record: dateline_record(text, line, end, &l[..place_end], source),
        atom: Some(i),
    })
}

/// `[Le] DATE, PLACE[, PLACE]:` or `DATE - PLACE -`: a date, then a place.
fn date_then_place(lex: &Lexicon, doc: &Doc, line: Span, atoms: &[Atom]) -> Option<FoundDateline> {
    let text = doc.text;
    let l = line.as_str(text);
    let lead = ["le ", "the "]
        .iter()
        .find(|p| l.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
        .map_or(0, |p| p.len());
    let i = atom_at(atoms, line.start + lead)?;
    let date_end = atoms[i].span.end;
    if date_end > line.end {
        return None;
    }
    let c = lex.place_after.captures(&text[date_end..line.end])?;
    let place = c.name("place").map_or("", |m| m.as_str());
    // "04.11.2019 - UNS": an office code is no place.
    if place.chars().count() <= 3 && !place.chars().any(char::is_lowercase) {
        return None;
    }
    let end = date_end + c.name("term").map_or(0, term_end);
    Some(FoundDateline {
        record: dateline_record(text, line, end, place, None),
        atom: Some(i),
    })
}

/// `PLACE [(SOURCE)] - Text...`: a place without a date, before the first
/// sentence of the body.
fn place_only(
    lex: &Lexicon,
    doc: &Doc,
    line: Span,
    first: bool,
    atoms: &[Atom],
) -> Option<FoundDateline> {
    let text = doc.text;
    let l = line.as_str(text);
    let c = lex.place_bare.captures(l)?;
    let (place, term, rest) = (c.name("place")?, c.name("term")?, c.name("rest")?);
    let first_word = place
        .as_str()
        .split([' ', ',', '/'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let sentence = rest.as_str().chars().count() >= 40
        && rest
            .as_str()
            .starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '«' | '“'));
    // A headline ("Haut-Uele: MSF ... sans entrave") has no final stop.
    let closed = !first || l.trim_end().ends_with(['.', ':', '!', '?', '»', '"', '”']);
    // "ONU-Habitat" is a name, not "ONU -"; "Belgique - Maroc : ..." is a
    // caption; "MSF - Communiqué" names an organisation, not a place.
    let glued =
        term.as_str().starts_with('-') && l[..term.start()].ends_with(char::is_alphanumeric);
    let paired = lex.paired_title.is_match(rest.as_str());
    let org = hit_class_at(doc, line.start) == Some(Class::Org);
    if !sentence
        || !closed
        || glued
        || paired
        || org
        || Base::get().is_any_function_word(&first_word)
    {
        return None;
    }
    // "GENEVA (3 March 2025) -": the brackets hold the date.
    let dated = c.name("src").and_then(|m| {
        atom_at(atoms, line.start + m.start())
            .filter(|&i| atoms[i].span.end == line.start + m.end())
    });
    Some(FoundDateline {
        record: dateline_record(
            text,
            line,
            line.start + term.end(),
            place.as_str(),
            if dated.is_some() { None } else { source_of(&c) },
        ),
        atom: dated,
    })
}

/// Finds the dateline among the header lines.
fn find_dateline(
    lex: &Lexicon,
    doc: &Doc,
    header: &[Span],
    atoms: &[Atom],
) -> Option<FoundDateline> {
    // A dated dateline anywhere in the header wins over a place alone
    // ("Andes : … lance un programme" as the title, "GENÈVE, 3 mars 2026 –"
    // below it).
    header
        .iter()
        .find_map(|&line| {
            place_then_date(lex, doc, line, atoms)
                .or_else(|| date_then_place(lex, doc, line, atoms))
        })
        .or_else(|| {
            header
                .iter()
                .enumerate()
                .find_map(|(k, &line)| place_only(lex, doc, line, k == 0, atoms))
        })
}

/// The document date: a full date in the dateline, else the first full date
/// in the headline or on a short header line.
fn document_date(
    doc: &Doc,
    header: &[Span],
    dateline: Option<&FoundDateline>,
    atoms: &[Atom],
) -> Option<Ymd> {
    let full = |a: &Atom| {
        a.vals
            .first()
            .map(|(v, _)| *v)
            .filter(|v| v.is_full() && a.status == Status::Explicit)
    };
    if let Some(v) = dateline.and_then(|d| d.atom).and_then(|i| full(&atoms[i])) {
        return Some(v);
    }
    for (k, line) in header.iter().enumerate() {
        let l = line.as_str(doc.text).trim();
        let title = k == 0 && l.len() <= TITLE_LINE && !l.ends_with('.');
        if l.len() > SHORT_LINE && !title {
            continue;
        }
        let i = atoms.partition_point(|a| a.span.start < line.start);
        for a in atoms[i..].iter().take_while(|a| a.span.end <= line.end) {
            if let Some(v) = full(a) {
                return Some(v);
            }
        }
    }
    // A full date alone on its line, wherever it is (at the foot of a US
    // release: "Jan. 21, 2026").
    atoms
        .iter()
        .filter(|a| alone_on_line(doc, a.span))
        .find_map(full)
}

/// The year of month `m`, day `d` written without one, from the document
/// date: its year, unless `tense` (-1 past, 1 future, 0 unknown) or the
/// distance says the year before or after.
fn year_near(anchor: Ymd, m: u32, d: Option<u32>, tense: i8) -> Option<i32> {
    let ay = anchor.y?;
    let at = anchor.days()?;
    let day = d.unwrap_or(1).min(days_in_month(Some(ay), m)).max(1);
    let diff = days_from_civil(ay, m, day) - at;
    Some(match tense {
        -1 if diff > 0 => ay - 1,
        1 if diff < 0 => ay + 1,
        0 if diff > FAR => ay - 1,
        0 if diff < -FAR => ay + 1,
        _ => ay,
    })
}

/// Whether the word after `end` says past (-1: "dernier", "last") or future
/// (1: "prochain", "next").
fn tense_after(lex: &Lexicon, doc: &Doc, end: usize) -> i8 {
    let (_, to) = around(doc.text, end, end, 0, 24);
    let after = doc.text[end..to].trim_start().to_lowercase();
    if lex
        .cues(doc.lang, Role::Past)
        .any(|c| starts_with_word(&after, &c.text))
    {
        -1
    } else if lex
        .cues(doc.lang, Role::Future)
        .any(|c| starts_with_word(&after, &c.text))
    {
        1
    } else {
        0
    }
}

// ---------------------------------------------------------------------------
// Relative expressions

/// A relative expression resolved against the document date.
fn relatives(
    lex: &Lexicon,
    doc: &Doc,
    words: &Words,
    anchor: Ymd,
    atoms: &[Atom],
    out: &mut Vec<(Span, Ymd)>,
) {
    let text = doc.text;
    let Some(at) = anchor.days() else {
        return;
    };
    let inside_atom = |s: Span| {
        let i = atoms.partition_point(|a| a.span.end <= s.start);
        atoms.get(i).is_some_and(|a| a.span.overlaps(s))
    };
    for &span in words.relative.iter().filter(|m| free(text, m.start, m.end)) {
        let Some(cue) = lex.cues(doc.lang, Role::Relative).find(|c| {
            c.text
                .split(' ')
                .eq(span.as_str(text).to_lowercase().split_whitespace())
        }) else {
            continue;
        };
        if skipped(doc, span) || inside_atom(span) {
            continue;
        }
        // "cette année 2023": the year says it.
        let next = text[span.end..].trim_start();
        if cue.unit == Unit::Year
            && next.len() >= 4
            && next.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        {
            continue;
        }
        let v = match cue.unit {
            Unit::Day => {
                let (y, mo, d) = civil_from_days(at + cue.offset);
                Ymd::new(Some(y), Some(mo), Some(d))
            }
            Unit::Week => {
                let day = at + 7 * cue.offset;
                let monday = day - (weekday_of(day) - 1);
                let (y, mo, d) = civil_from_days(monday);
                Ymd::new(Some(y), Some(mo), Some(d))
            }
            Unit::Month => {
                let (Some(y), Some(mo)) = (anchor.y, anchor.m) else {
                    continue;
                };
                let k = i64::from(y) * 12 + i64::from(mo) - 1 + cue.offset;
                let y = i32::try_from(k.div_euclid(12)).unwrap_or(y);
                Ymd::new(Some(y), Some(k.rem_euclid(12) as u32 + 1), None)
            }
            Unit::Year => Ymd::new(anchor.y.map(|y| y + cue.offset as i32), None, None),
        };
        out.push((span, v));
    }
    for &m in words.weekday.iter().filter(|m| free(text, m.start, m.end)) {
        let Some(name) = lex.name(m.as_str(text)).filter(|n| !n.month) else {
            continue;
        };
        let mut span = m;
        if skipped(doc, span) || inside_atom(span) {
            continue;
        }
        // "jeudi 11 mars", "Tuesday the 9th", "lundi (7 mars)": a date follows.
        let mut next = text[m.end..].trim_start_matches([' ', ',']);
        for w in ["the ", "le ", "("] {
            if let Some(r) = next.strip_prefix(w) {
                next = r.trim_start();
            }
        }
        // "Thursday, November 7, 2024": a month follows.
        let month_next = lex
            .month
            .find(&next[..floor_char_boundary(next, 16)])
            .is_some_and(|mm| mm.start() == 0 && lex.name(mm.as_str()).is_some());
        if next.starts_with(|c: char| c.is_ascii_digit()) || month_next {
            continue;
        }
        let (ls, le) = around(text, m.start, m.end, 32, 32);
        let before_raw = &text[ls..m.start];
        let before_lower = before_raw.to_lowercase();
        let before = before_lower.trim_end();
        let after_raw = &text[m.end..le.max(m.end)];
        let after_lower = after_raw.to_lowercase();
        let after = after_lower.trim_start();
        let mut shift = 0;
        for (role, s) in [(Role::Past, -1), (Role::Future, 1)] {
            for c in lex.cues(doc.lang, role) {
                if let Some(p) = ends_with_word(before, &c.text) {
                    shift = s;
                    if before_lower.len() == before_raw.len() {
                        span.start = ls + p;
                    }
                } else if starts_with_word(after, &c.text) {
                    shift = s;
                    if after_lower.len() == after_raw.len() {
                        span.end = m.end + (after_lower.len() - after.len()) + c.text.len();
                    }
                }
            }
        }
        let target = i64::from(name.number);
        let aw = weekday_of(at);
        let day = match shift {
            1 => at + (target - aw - 1).rem_euclid(7) + 1,
            -1 => at - ((aw - target - 1).rem_euclid(7) + 1),
            _ => at - (aw - target).rem_euclid(7),
        };
        let (y, mo, d) = civil_from_days(day);
        out.push((span, Ymd::new(Some(y), Some(mo), Some(d))));
    }
}

/// A month named alone after a preposition or a part of the year, or next
/// to a tense word ("in July", "by the end of May", "depuis juin", "last
/// March", "décembre dernier"): where its text
/// starts and its tense (-1 past, 1 future, 0 unknown). `None` without such
/// a cue, or for an abbreviation ("Mar", "sept.").
fn bare_month(lex: &Lexicon, doc: &Doc, a: &Atom) -> Option<(usize, i8)> {
    let text = doc.text;
    let (start, end) = (a.span.start, a.span.end);
    lex.name(&text[start..end]).filter(|n| n.month && n.full)?;
    let (from, _) = around(text, start, start, 32, 0);
    let window = &text[from..start];
    let lower = window.to_lowercase();
    let trimmed = lower.trim_end();
    let spaced = trimmed.len() < lower.len();
    let at = |i: usize| {
        if lower.len() == window.len() {
            from + i
        } else {
            start
        }
    };
    let lang = doc.lang;
    let ends = |role| {
        lex.cues(lang, role)
            .filter_map(|c| {
                if c.text.ends_with(['-', '\'']) {
                    ends_with_word(&lower, &c.text)
                } else if spaced {
                    ends_with_word(trimmed, &c.text)
                } else {
                    None
                }
            })
            .min()
    };
    let tense = tense_after(lex, doc, end);
    if let Some(p) = ends(Role::Part) {
        return Some((at(p), tense));
    }
    if let Some(p) = ends(Role::Past) {
        return Some((at(p), -1));
    }
    if let Some(p) = ends(Role::Future) {
        return Some((at(p), 1));
    }
    // "décembre dernier": the tense word is cue enough.
    (tense != 0 || ends(Role::Before).is_some()).then_some((start, tense))
}

// ---------------------------------------------------------------------------
// Entry point

/// Finds the dates and the dateline of a document; see the module
/// documentation.
pub(crate) fn extract(doc: &Doc) -> DateFindings {
    let lex = &*LEX;
    let mut atoms = Vec::new();
    let words = Words::find(lex, doc.text);
    let month_days =
        (words.month_day.iter()).filter_map(|s| lex.month_day.captures_at(doc.text, s.start));
    push_day_lists(lex, doc, true, month_days, &mut atoms);
    // US style: a "Month D, YYYY" date in an English text reads 02/07 month first.
    let us = doc.lang == Lang::En
        && atoms.iter().any(|a| {
            a.vals.iter().any(|(v, _)| v.y.is_some())
                && doc.text[a.span.start..].starts_with(|c: char| c.is_alphabetic())
        });
    push_day_lists(
        lex,
        doc,
        false,
        lex.day_month.captures_iter(doc.text),
        &mut atoms,
    );
    push_numeric(lex, doc, us, &mut atoms);
    push_months(lex, doc, &words, &mut atoms);
    push_years(lex, doc, &mut atoms);
    atoms.retain(|a| !skipped(doc, a.span));
    let mut atoms = resolve_overlaps(atoms);
    join(lex, doc, &mut atoms);

    let header = header_lines(doc);
    let mut dateline = find_dateline(lex, doc, &header, &atoms);
    let anchor = document_date(doc, &header, dateline.as_ref(), &atoms);

    // Complete days and months without a year from the document date.
    if let Some(anchor) = anchor {
        for a in &mut atoms {
            if a.vals.iter().all(|(v, _)| v.y.is_some()) {
                continue;
            }
            let tense = tense_after(lex, doc, a.span.end);
            for (v, _) in &mut a.vals {
                if v.y.is_none()
                    && let Some(m) = v.m
                {
                    v.y = year_near(anchor, m, v.d, tense);
                }
            }
        }
    }
    let keep = |a: &Atom| {
        matches!(a.status, Status::Explicit | Status::Cued)
            && a.vals
                .iter()
                .all(|(v, _)| v.y.is_some_and(|y| WORD_YEARS.contains(&y)) && v.is_valid())
    };
    if let Some(d) = &mut dateline {
        d.record.date = d
            .atom
            .map(|i| &atoms[i])
            .filter(|a| keep(a))
            .and_then(|a| a.vals.first())
            .and_then(|(v, _)| v.value())
            .map(|(s, _)| s);
    }

    let mut found: Vec<(Span, Ymd, Option<RangeEnd>, bool)> = Vec::new();
    for a in atoms.iter().filter(|a| keep(a)) {
        for &(v, end) in &a.vals {
            found.push((a.text, v, end, false));
        }
    }
    if let Some(anchor) = anchor {
        // A month alone takes the year of the document date, as a weekday
        // takes its week: a relative reference.
        for a in atoms.iter().filter(|a| a.status == Status::Month) {
            let Some((from, tense)) = bare_month(lex, doc, a) else {
                continue;
            };
            for &(v, _) in &a.vals {
                let Some(m) = v.m else {
                    continue;
                };
                let v = Ymd::new(year_near(anchor, m, None, tense), Some(m), None);
                found.push((Span::new(from, a.span.end), v, None, true));
            }
        }
        let mut rel = Vec::new();
        relatives(lex, doc, &words, anchor, &atoms, &mut rel);
        found.extend(rel.into_iter().map(|(s, v)| (s, v, None, true)));
    }
    found.sort_by_key(|f| f.0.start);

    let mut dates: Vec<DateMention> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for (span, v, end, relative) in found {
        let Some((value, granularity)) = v.value() else {
            continue;
        };
        let text = span.as_str(doc.text).to_string();
        if let Some(&i) = index.get(&(text.clone(), value.clone())) {
            // Mentions come in text order: a repeated span is the last one.
            if dates[i].spans.last() != Some(&span) {
                dates[i].spans.push(span);
            }
            continue;
        }
        index.insert((text.clone(), value.clone()), dates.len());
        dates.push(DateMention {
            text,
            value,
            granularity,
            relative,
            range: end,
            spans: vec![span],
        });
    }
    DateFindings {
        dates,
        dateline: dateline.map(|d| d.record),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::normalize::normalize;

    static GAZETTEER: LazyLock<Gazetteer> =
        LazyLock::new(|| Gazetteer::build(&[]).expect("bundled gazetteer compiles"));

    fn run(input: &str, lang: Lang) -> DateFindings {
        let norm = normalize(input, Base::get());
        let doc = Doc::new(&norm.text, lang, &GAZETTEER);
        let found = extract(&doc);
        for d in &found.dates {
            for s in &d.spans {
                assert_eq!(s.as_str(&norm.text), d.text, "span must cover the text");
            }
        }
        found
    }

    fn pairs(input: &str, lang: Lang) -> Vec<(String, String)> {
        run(input, lang)
            .dates
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $lang:ident, $input:expr, [$(($text:expr, $value:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let got = pairs($input, Lang::$lang);
                let want: Vec<(String, String)> = vec![$(($text.to_string(), $value.to_string())),*];
                assert_eq!(got, want, "help: see extract::date");
            }
        };
    }

    // Full dates in words.
    t!(
        fr_full,
        Fr,
        "La réunion s'est tenue le 2 juillet 2024 à Genève.",
        [("2 juillet 2024", "2024-07-02")]
    );
    t!(
        en_full_us,
        En,
        "The agreement was signed on July 2, 2024 in Nairobi.",
        [("July 2, 2024", "2024-07-02")]
    );
    t!(
        en_full,
        En,
        "The agreement was signed on 2 July 2024 in Nairobi.",
        [("2 July 2024", "2024-07-02")]
    );
    t!(
        en_ordinal,
        En,
        "Ministers gathered on 23rd March 2019 in Accra.",
        [("23rd March 2019", "2019-03-23")]
    );
    t!(
        en_weekday_the_of,
        En,
        "The board convened on Tuesday the 9th of April 2019, in Lusaka.",
        [("9th of April 2019", "2019-04-09")]
    );
    t!(
        fr_weekday,
        Fr,
        "La délégation est arrivée ce jeudi 11 mars 2021 à Cotonou.",
        [("11 mars 2021", "2021-03-11")]
    );
    t!(
        fr_premier,
        Fr,
        "Son contrat a pris effet le 1er avril 2015.",
        [("1er avril 2015", "2015-04-01")]
    );
    t!(
        fr_capitals,
        Fr,
        "AVIS DU 18 MARS 2019 : bilan annuel",
        [("18 MARS 2019", "2019-03-18")]
    );
    t!(
        fr_capitals_short_year,
        Fr,
        "CHIFFRES AU 31 MARS 17 NOTE",
        [("31 MARS 17", "2017-03-31")]
    );
    t!(
        fr_short_year_lowercase,
        Fr,
        "Le 31 mars 17 familles sont reparties.",
        []
    );
    t!(
        fr_abbrev,
        Fr,
        "Signé à Dakar le 3 janv. 2024 et publié le 5 févr. 2024.",
        [
            ("3 janv. 2024", "2024-01-03"),
            ("5 févr. 2024", "2024-02-05")
        ]
    );
    t!(
        en_abbrev,
        En,
        "CHICAGO, Sep 22, 2011 (BUSINESS WIRE) -- The retailer expanded.",
        [("Sep 22, 2011", "2011-09-22")]
    );
    t!(
        en_abbrev_comma,
        En,
        "Posted 17 Feb, 2023 by the press office.",
        [("17 Feb, 2023", "2023-02-17")]
    );
    t!(
        en_jan_period,
        En,
        "Filed on Jan. 5, 2021 with the court.",
        [("Jan. 5, 2021", "2021-01-05")]
    );
    t!(
        fr_unaccented,
        Fr,
        "Le rapport du 4 fevrier 2020 et du 9 decembre 2021.",
        [
            ("4 fevrier 2020", "2020-02-04"),
            ("9 decembre 2021", "2021-12-09")
        ]
    );

    t!(
        fr_short_year_count,
        Fr,
        "LE 31 MARS 17 FAMILLES ET LE 4 MAI 12 800 TONNES",
        []
    );
    t!(en_comma_count, En, "On 5 May, 2000 people marched.", []);

    t!(
        en_attributive_year,
        En,
        "A 2024 survey and the 2023 monsoon season agree, unlike the 2030 Agenda and the 2000 participants.",
        [("2024", "2024"), ("2023", "2023")]
    );
    t!(
        fr_years_after_annees,
        Fr,
        "Le plan couvre les années 2024 et 2025, comme dans les années 2000.",
        [("2024", "2024"), ("2025", "2025")]
    );
    t!(
        en_quarter_code,
        En,
        "Revenue rose 8% from Q3 2023 and in H1 2024.",
        [("Q3 2023", "2023"), ("H1 2024", "2024")]
    );
    t!(
        tense_future,
        Fr,
        "Titre\nDakar, 15 mars 2024 (APS) - La revue aura lieu du 2 au 4 décembre prochain, après la campagne du 8 mars dernier.",
        [
            ("15 mars 2024", "2024-03-15"),
            ("du 2 au 4 décembre", "2024-12-02"),
            ("du 2 au 4 décembre", "2024-12-04"),
            ("8 mars", "2024-03-08"),
        ]
    );
    t!(
        weekday_before_month,
        En,
        "Title\nNEW YORK, Nov. 6, 2024 /PRNewswire/ -- A call is set for Thursday, November 7, 2024.",
        [
            ("Nov. 6, 2024", "2024-11-06"),
            ("November 7, 2024", "2024-11-07")
        ]
    );

    t!(
        en_year_before_noun,
        En,
        "In 2022 women made up half of the staff, for 2000 families.",
        [("2022", "2022")]
    );

    // Numeric dates.
    t!(
        fr_slash,
        Fr,
        "Publié le 02/07/2024 par le ministère.",
        [("02/07/2024", "2024-07-02")]
    );
    t!(
        en_slash_day_first,
        En,
        "Published 02/07/2024 by the ministry.",
        [("02/07/2024", "2024-07-02")]
    );
    t!(
        en_slash_us,
        En,
        "WASHINGTON, March 12, 2024 - The report dated 02/07/2024 was released.",
        [
            ("March 12, 2024", "2024-03-12"),
            ("02/07/2024", "2024-02-07")
        ]
    );
    t!(
        en_slash_only_valid_reading,
        En,
        "Dated 12/25/2024 in the file.",
        [("12/25/2024", "2024-12-25")]
    );
    t!(
        dotted,
        Fr,
        "Berne, 03.05.2021 - Le Conseil fédéral a décidé.",
        [("03.05.2021", "2021-05-03")]
    );
    t!(
        iso,
        En,
        "Released 2024-07-02 at noon.",
        [("2024-07-02", "2024-07-02")]
    );
    t!(
        iso_month_name,
        En,
        "OSLO, Norway, 2020-Feb-11 - The museum reopened.",
        [("2020-Feb-11", "2020-02-11")]
    );
    t!(
        day_month_dashed,
        En,
        "Deadline: 14-Oct-2024 for all bids.",
        [("14-Oct-2024", "2024-10-14")]
    );
    t!(
        not_thousands_after_month,
        En,
        "Title\nGENEVA, 4 March 2025 - In June 2,000 people fled.",
        // "June" alone is a relative month, not a day.
        [("4 March 2025", "2025-03-04"), ("June", "2025-06")]
    );
    t!(
        phone_not_date,
        En,
        "Call +41 22 917 12/34/5678 or 022-12-2024-5.",
        []
    );

    // Month and year.
    t!(
        en_month_year,
        En,
        "She will step down in October 2012.",
        [("October 2012", "2012-10")]
    );
    t!(
        fr_month_year,
        Fr,
        "Le projet a démarré en septembre 2023.",
        [("septembre 2023", "2023-09")]
    );
    t!(
        bracketed_month_year,
        En,
        "UK announces funding [September 2023]",
        [("September 2023", "2023-09")]
    );
    t!(
        bare_month_not_date,
        En,
        "She will attend the summit in August and again in December.",
        []
    );
    t!(
        bare_month_fr,
        Fr,
        "Les pluies reviennent en avril et en novembre.",
        []
    );
    t!(may_modal, En, "The fund may 2024 be renewed.", []);

    // Years used as dates.
    t!(
        fr_en_year,
        Fr,
        "La Croix-Rouge, en 2019, a distribué 3 millions de repas.",
        [("2019", "2019")]
    );
    t!(
        en_in_year,
        En,
        "In 2018, he toured the Pacific islands.",
        [("2018", "2018")]
    );
    t!(
        fr_depuis,
        Fr,
        "Le Portugal siège au comité depuis 1987.",
        [("1987", "1987")]
    );
    t!(
        en_by,
        En,
        "Hunger must end by 2030, the agency said.",
        [("2030", "2030")]
    );
    t!(
        en_since_founded,
        En,
        "Since 2009, volunteers have planted trees. Founded in 1998, the charity expanded.",
        [("2009", "2009"), ("1998", "1998")]
    );
    t!(
        we_are_in,
        En,
        "We are in 2021 and yet many villages lack running water.",
        [("2021", "2021")]
    );
    t!(
        fr_after_verb,
        Fr,
        "On estime que 2026 sera une année charnière pour le port.",
        [("2026", "2026")]
    );
    t!(
        en_after_as,
        En,
        "Analysts regard 2019 as the turning point for the industry.",
        [("2019", "2019")]
    );
    t!(
        fr_pour,
        Fr,
        "Pour 2021, le budget s'élève à 12 millions.",
        [("2021", "2021")]
    );
    t!(
        fr_quarter,
        Fr,
        "Ventes du 1er trimestre 2016 et du premier semestre 2018.",
        [
            ("1er trimestre 2016", "2016"),
            ("premier semestre 2018", "2018")
        ]
    );
    t!(
        fr_quarter_spaced,
        Fr,
        "Trafic : 1 er semestre 2017 stable.",
        [("1 er semestre 2017", "2017")]
    );
    t!(
        fr_second_semester,
        Fr,
        "Au second semestre 2018, la société prévoit un recul des livraisons.",
        [("second semestre 2018", "2018")]
    );
    t!(
        fr_fin,
        Fr,
        "La reprise amorcée fin 2012 se confirme.",
        [("fin 2012", "2012")]
    );
    t!(
        en_parts,
        En,
        "Sales rose in the first quarter of 2024 and by mid-2025.",
        [("first quarter of 2024", "2024"), ("mid-2025", "2025")]
    );

    // Not dates.
    t!(
        not_numbers,
        Fr,
        "Les 48 pays membres, 3 000 familles, 812,4 millions, 15 victimes et 6,7 % de baisse.",
        []
    );
    t!(
        not_names,
        En,
        "The 2030 Agenda, Agenda 2063, COP28 and Vision 2063 were discussed.",
        []
    );
    t!(
        not_edition,
        Fr,
        "La parution de l'édition 2017 du guide.",
        []
    );
    t!(
        not_fiscal,
        En,
        "Funding since FY 2012 tops $87 million.",
        []
    );
    t!(
        en_fiscal_years,
        En,
        "Sales for fiscal year 2023/24 rose, and the fiscal 2025 outlook is firm.",
        [
            ("fiscal year 2023/24", "2023"),
            ("fiscal year 2023/24", "2024"),
            ("fiscal 2025", "2025")
        ]
    );
    t!(
        fr_fiscal_years,
        Fr,
        "Les comptes de l'exercice 2022-2023 et le budget de l'exercice 2026 sont votés.",
        [
            ("exercice 2022-2023", "2022"),
            ("exercice 2022-2023", "2023"),
            ("exercice 2026", "2026")
        ]
    );
    t!(
        fr_loose_de,
        Fr,
        "Les crues de 2019, comme celles de 2021 qui ont noyé les rizières, dépassent la Convention de 1951 et une commune de 1968 habitants.",
        [("2019", "2019"), ("2021", "2021")]
    );
    t!(
        en_loose_of,
        En,
        "The droughts of 2017 and the first nine months of 2023 were harsher than the Water Act of 1995 planned, with a tally of 1998 wells.",
        [("2017", "2017"), ("2023", "2023")]
    );
    t!(
        fr_fin_de,
        Fr,
        "La seconde phase doit démarrer d'ici à la fin de 2027.",
        [("fin de 2027", "2027")]
    );
    t!(
        not_range_after_acronym,
        En,
        "The ministry follows the National Water Plan (NWP) 2021-2031 closely.",
        []
    );
    t!(
        about_section_dates,
        En,
        "Title\n\nThe cooperative opened a new mill.\n\nAbout Harvest Mills\nHarvest Mills was founded in 1994 and mills grain in four districts.\n",
        [("1994", "1994")]
    );
    t!(not_decades, Fr, "Ce jumelage date des années 1970.", []);
    t!(not_decades_en, En, "Since the 1990s, trade has grown.", []);
    t!(
        not_times,
        Fr,
        "La séance se tiendra à 11h00 et à 10:30.",
        []
    );
    t!(
        not_durations,
        En,
        "A 12-year-old pupil at the 45th meeting said two months is short.",
        []
    );
    t!(
        not_bare_year,
        En,
        "The figure reached 2011 2010 in the table.",
        []
    );
    t!(
        not_counts,
        En,
        "The camp hosts 2000 people in 1500 tents.",
        []
    );
    t!(
        not_implausible,
        En,
        "In 1850 and in 2150 nothing happened.",
        []
    );
    t!(not_money, En, "It costs $2024 or 2024% more.", []);
    t!(
        not_glued_to_letters,
        Fr,
        "Les codes é2024 et 2024é ou lémai 2024 et Ämars 2024.",
        []
    );
    t!(
        not_url,
        Fr,
        "Lire https://www.example.org/actualites/2019/en-2019 pour plus.",
        []
    );

    // Ranges and lists.
    t!(
        fr_range_days,
        Fr,
        "La conférence se tiendra du 3 au 5 mai 2024 à Rome.",
        [
            ("du 3 au 5 mai 2024", "2024-05-03"),
            ("du 3 au 5 mai 2024", "2024-05-05")
        ]
    );
    t!(
        en_range_dash,
        En,
        "The course runs 3-5 May 2024 in Vienna.",
        [
            ("3-5 May 2024", "2024-05-03"),
            ("3-5 May 2024", "2024-05-05")
        ]
    );
    t!(
        fr_coord_days,
        Fr,
        "Le forum a eu lieu les 14 et 15 mars 2018 à Lomé.",
        [
            ("14 et 15 mars 2018", "2018-03-14"),
            ("14 et 15 mars 2018", "2018-03-15")
        ]
    );
    t!(
        en_between_months,
        En,
        "Work is planned between March and June 2024.",
        [
            ("between March and June 2024", "2024-03"),
            ("between March and June 2024", "2024-06")
        ]
    );
    t!(
        year_range,
        En,
        "The 2020-2024 strategy was adopted.",
        [("2020-2024", "2020"), ("2020-2024", "2024")]
    );
    // A bare range inside a name: after a capitalised word or a name
    // noun (maybe with one word between), before a capitalised name.
    t!(
        range_in_names,
        Fr,
        "Le Plan quinquennal 2021-2025 prolonge le programme Horizon Bleu 2018-2022 et la feuille de route 2019-2023.",
        []
    );
    t!(
        range_before_capitalised_name,
        En,
        "The board approved the 2019-2023 Country Strategic Plan and the National Housing Policy 2016-2030.",
        []
    );
    // Opened by a preposition or a cue, or naming a period: still dates.
    t!(
        range_opened_stays,
        Fr,
        "Les travaux sont prévus de 2022 à 2025 ; le plan couvrant 2026-2028 suivra.",
        [
            ("de 2022 à 2025", "2022"),
            ("de 2022 à 2025", "2025"),
            ("2026-2028", "2026"),
            ("2026-2028", "2028")
        ]
    );
    t!(
        range_over_and_period_stay,
        En,
        "Over 2017-2019 exports rose, and the 2011-2013 period was calm.",
        [
            ("2017-2019", "2017"),
            ("2017-2019", "2019"),
            ("2011-2013", "2011"),
            ("2011-2013", "2013")
        ]
    );
    // Years compared with.
    t!(
        fr_compared_years,
        Fr,
        "Les ventes progressent de 6 % par rapport à la même période de 2019, de 2 % comparé à 2018 et reculent contre 2017.",
        [("2019", "2019"), ("2018", "2018"), ("2017", "2017")]
    );
    t!(
        fr_contre_count,
        Fr,
        "Le groupe emploie 2 400 personnes, contre 1990 salariés un an plus tôt.",
        []
    );
    t!(
        en_compared_years,
        En,
        "Output rose 5% compared with 2016 levels and 2% versus 2015.",
        [("2016", "2016"), ("2015", "2015")]
    );
    t!(
        year_range_short,
        En,
        "Prices rose in 2023-24 across the region.",
        [("2023-24", "2023"), ("2023-24", "2024")]
    );
    t!(
        not_decree,
        Fr,
        "Le décret n° 2020-25 et la loi 2021-12 sont publiés.",
        []
    );
    t!(
        not_agenda_fr,
        Fr,
        "Le Programme de développement durable à l'horizon 2030 guide l'action.",
        []
    );
    t!(
        fr_dici,
        Fr,
        "Éliminer la faim d'ici à 2030 et la pauvreté à l'horizon 2035.",
        [("2030", "2030"), ("2035", "2035")]
    );
    t!(
        fr_entre_le,
        Fr,
        "L'atelier aura lieu entre le 3 et le 5 mai 2024 à Dakar.",
        [
            ("entre le 3 et le 5 mai 2024", "2024-05-03"),
            ("entre le 3 et le 5 mai 2024", "2024-05-05")
        ]
    );
    t!(
        en_month_day_range,
        En,
        "The forum runs June 12-14, 2024 in Kigali.",
        [
            ("June 12-14, 2024", "2024-06-12"),
            ("June 12-14, 2024", "2024-06-14")
        ]
    );
    t!(
        fr_cross_month_range,
        Fr,
        "Du 30 avril au 2 mai 2024, les ministres se réunissent.",
        [
            ("Du 30 avril au 2 mai 2024", "2024-04-30"),
            ("Du 30 avril au 2 mai 2024", "2024-05-02")
        ]
    );
    t!(
        fr_year_list,
        Fr,
        "Le fonds a été reconduit en 2020, 2021 et 2022.",
        [("2020", "2020"), ("2021", "2021"), ("2022", "2022")]
    );
    t!(
        fr_range_years,
        Fr,
        "Le plan couvre la période de 2020 à 2024.",
        [("de 2020 à 2024", "2020"), ("de 2020 à 2024", "2024")]
    );

    // Days and months without a year take the document date's year.
    t!(
        anchored_by_header,
        Fr,
        "MSF ouvre une clinique mobile\n14 Mars 2021\nBamako (MSF) - Depuis le 2 mars, les équipes ont reçu plus de 400 patients à Mopti.",
        [("14 Mars 2021", "2021-03-14"), ("2 mars", "2021-03-02")]
    );
    t!(
        anchored_by_dateline,
        Fr,
        "Titre\nLuxembourg, le 09/05/2012. La commissaire a pris part ces 7 et 8 mai au séminaire.",
        [
            ("09/05/2012", "2012-05-09"),
            ("7 et 8 mai", "2012-05-07"),
            ("7 et 8 mai", "2012-05-08")
        ]
    );
    t!(
        parenthesised_days,
        Fr,
        "Le 1er juillet 2016 - Niamey (Niger) - La ministre a assisté au Colloque (28 et 29 juin) et à la Foire (1er juillet).",
        [
            ("1er juillet 2016", "2016-07-01"),
            ("28 et 29 juin", "2016-06-28"),
            ("28 et 29 juin", "2016-06-29"),
            ("1er juillet", "2016-07-01"),
        ]
    );
    t!(
        no_anchor_no_year,
        En,
        "Maputo, 14 July -- The Speaker opened the debate on Monday. As of March 3, prices fell.",
        []
    );
    t!(
        no_anchor_fr,
        Fr,
        "Du 5 au 8 Avril, le directeur visitera le Tchad.",
        []
    );
    t!(
        anchor_previous_year,
        En,
        "Title of the release\nGENEVA, 5 January 2025 - The appeal launched on 20 December raised funds.",
        [
            ("5 January 2025", "2025-01-05"),
            ("20 December", "2024-12-20")
        ]
    );
    t!(
        anchor_in_title,
        En,
        "SADC signs pact on 6 June in Gaborone\n\n9 Jun, 2022\n\nThe bloc signed on 6 June 2022, in Gaborone.",
        [
            ("6 June", "2022-06-06"),
            ("9 Jun, 2022", "2022-06-09"),
            ("6 June 2022", "2022-06-06")
        ]
    );

    // Relative expressions resolve against the document date.
    t!(
        relative_fr,
        Fr,
        "Titre\nGENÈVE, 12 mars 2024 - L'OIM a signé aujourd'hui un accord; hier, elle avait reçu le ministre, arrivé lundi.",
        [
            ("12 mars 2024", "2024-03-12"),
            ("aujourd'hui", "2024-03-12"),
            ("hier", "2024-03-11"),
            ("lundi", "2024-03-11"),
        ]
    );
    t!(
        relative_en,
        En,
        "WHO - Media Briefing - 06 March 2023\nThe director spoke on Monday. Last year and this year were hard; next Thursday she travels.",
        [
            ("06 March 2023", "2023-03-06"),
            ("Monday", "2023-03-06"),
            ("Last year", "2022"),
            ("this year", "2023"),
            ("next Thursday", "2023-03-09"),
        ]
    );
    t!(
        relative_without_anchor,
        Fr,
        "Aujourd'hui, nous signons. Mardi, le ministre est arrivé.",
        []
    );
    t!(
        weekday_with_date_not_relative,
        Fr,
        "Titre\nNAIROBI, 7 mars 2022 (PNUE) - Elle a rejoint le bureau lundi (7 mars).",
        [("7 mars 2022", "2022-03-07"), ("7 mars", "2022-03-07")]
    );

    #[test]
    fn relative_flag_and_granularity() {
        let f = run(
            "Titre\nNairobi, 4 March 2025 - The agency said today that last week went well.",
            Lang::En,
        );
        let today = f.dates.iter().find(|d| d.text == "today").expect("today");
        assert!(today.relative);
        assert_eq!(today.granularity, Granularity::Day);
        let week = f
            .dates
            .iter()
            .find(|d| d.text == "last week")
            .expect("last week");
        assert_eq!(week.value, "2025-02-24", "the Monday of the previous week");
        let full = f
            .dates
            .iter()
            .find(|d| d.text == "4 March 2025")
            .expect("date");
        assert!(!full.relative);
        assert_eq!(full.granularity, Granularity::Day);
    }

    #[test]
    fn range_ends_are_marked() {
        let f = run("The course runs from 3 to 5 May 2024 in Vienna.", Lang::En);
        let ends: Vec<_> = f.dates.iter().map(|d| (d.text.as_str(), d.range)).collect();
        assert_eq!(
            ends,
            [
                ("from 3 to 5 May 2024", Some(RangeEnd::Start)),
                ("from 3 to 5 May 2024", Some(RangeEnd::End))
            ]
        );
        let f = run("Les 14 et 15 mars 2018.", Lang::Fr);
        assert!(
            f.dates.iter().all(|d| d.range.is_none()),
            "a list is not a range"
        );
    }

    #[test]
    fn duplicates_merge_spans() {
        let f = run(
            "En 2017, l'OMS a avancé. Les résultats obtenus en 2017 sont clairs.",
            Lang::Fr,
        );
        assert_eq!(f.dates.len(), 1);
        assert_eq!(f.dates[0].spans.len(), 2);
    }

    #[test]
    fn date_line_at_the_foot_anchors_the_release() {
        let got = pairs(
            "Title\n\nThe board approved the plan on Feb. 3.\n\nContact: Media Relations, (406) 555-0100\nFeb. 9, 2026",
            Lang::En,
        );
        assert_eq!(
            got,
            [
                ("Feb. 3".to_string(), "2026-02-03".to_string()),
                ("Feb. 9, 2026".to_string(), "2026-02-09".to_string())
            ]
        );
    }

    #[test]
    fn into_a_year() {
        let got = pairs(
            "Cash funds operations into 2028. The scheme reached into 2000 homes.",
            Lang::En,
        );
        assert_eq!(got, [("2028".to_string(), "2028".to_string())]);
    }

    #[test]
    fn years_after_a_possessive_date_the_noun() {
        let got = pairs(
            "The grant is part of the WHO's 2024-2028 country strategy and of Kenya's 2025 budget.",
            Lang::En,
        );
        let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024", "2028", "2025"], "{got:?}");
    }

    /// Place, date, source and text of a dateline.
    type Parts = (Option<String>, Option<String>, Option<String>, String);

    fn dateline(input: &str, lang: Lang) -> Option<Parts> {
        run(input, lang)
            .dateline
            .map(|d| (d.place, d.date, d.source, d.text))
    }

    macro_rules! dl {
        ($name:ident, $lang:ident, $input:expr, $place:expr, $date:expr, $source:expr, $text:expr) => {
            #[test]
            fn $name() {
                let got = dateline($input, Lang::$lang);
                let o = |s: &str| (!s.is_empty()).then(|| s.to_string());
                assert_eq!(
                    got,
                    Some((o($place), o($date), o($source), $text.to_string()))
                );
            }
        };
    }

    dl!(
        dl_geneve,
        Fr,
        "Titre\nGENÈVE, 12 mars 2024 – L'OIM a salué l'accord.",
        "GENÈVE",
        "2024-03-12",
        "",
        "GENÈVE, 12 mars 2024 -"
    );
    dl!(
        dl_dated_line_under_a_place_title,
        Fr,
        "COMMUNIQUÉ DE PRESSE\n\nSahel : une ONG lance un programme pour l'eau\n\nDAKAR, 3 mars 2026 – L'ONG lance aujourd'hui un programme.",
        "DAKAR",
        "2026-03-03",
        "",
        "DAKAR, 3 mars 2026 -"
    );
    dl!(
        dl_nairobi,
        En,
        "Title\nNairobi, 4 March 2025 - The agency said it would help.",
        "Nairobi",
        "2025-03-04",
        "",
        "Nairobi, 4 March 2025 -"
    );
    dl!(
        dl_prnewswire,
        En,
        "Title\nNEW YORK, March 12, 2024 /PRNewswire/ -- The company announced results.",
        "NEW YORK",
        "2024-03-12",
        "PRNewswire",
        "NEW YORK, March 12, 2024 /PRNewswire/ --"
    );
    dl!(
        dl_business_wire,
        En,
        "Title\nCHICAGO, Sep 22, 2011 (BUSINESS WIRE) -- The retailer opened a new store.",
        "CHICAGO",
        "2011-09-22",
        "BUSINESS WIRE",
        "CHICAGO, Sep 22, 2011 (BUSINESS WIRE) --"
    );
    dl!(
        dl_vienne,
        Fr,
        "Titre\nVIENNE, 12 mars (ONUDC) – L'Office a publié son rapport annuel.",
        "VIENNE",
        "",
        "ONUDC",
        "VIENNE, 12 mars (ONUDC) -"
    );
    dl!(
        dl_berne,
        Fr,
        "Titre\nBerne, 03.05.2021 - Le Conseil fédéral a décidé de prolonger.",
        "Berne",
        "2021-05-03",
        "",
        "Berne, 03.05.2021 -"
    );
    dl!(
        dl_no_year,
        En,
        "Title\nMaputo, 14 July -- The Speaker opened the debate.",
        "Maputo",
        "",
        "",
        "Maputo, 14 July --"
    );
    dl!(
        dl_no_date,
        Fr,
        "Titre\nParis/Kidal (MSF) – Face à l'afflux de déplacés, MSF renforce ses équipes.",
        "Paris/Kidal",
        "",
        "MSF",
        "Paris/Kidal (MSF) -"
    );
    dl!(
        dl_washington,
        En,
        "Title\nOttawa -- Rural broadband access was the topic of remarks delivered in Ottawa.",
        "Ottawa",
        "",
        "",
        "Ottawa --"
    );
    dl!(
        dl_dakar_le,
        Fr,
        "Communiqué\nBamako le 17 Octobre 2019\nCOMMUNIQUE DE PRESSE",
        "Bamako",
        "2019-10-17",
        "",
        "Bamako le 17 Octobre 2019"
    );
    dl!(
        dl_rome_le,
        Fr,
        "Titre\nMadrid, le 8 février 2018 – Le roi a reçu la délégation.",
        "Madrid",
        "2018-02-08",
        "",
        "Madrid, le 8 février 2018 -"
    );
    dl!(
        dl_date_first,
        En,
        "Title\n11 August 2021, Kathmandu, Nepal: In a step to expand rural power, the ministry signed a deal.",
        "Kathmandu, Nepal",
        "2021-08-11",
        "",
        "11 August 2021, Kathmandu, Nepal:"
    );
    dl!(
        dl_le_date_first,
        Fr,
        "Titre\nLe 1er juillet 2016 – Niamey (Niger) – Coopération belge",
        "Niamey (Niger)",
        "2016-07-01",
        "",
        "Le 1er juillet 2016 - Niamey (Niger) -"
    );
    dl!(
        dl_date_in_brackets,
        En,
        "Title\nGENEVA (3 March 2025) - The High Commissioner called for restraint in the region.",
        "GENEVA",
        "2025-03-03",
        "",
        "GENEVA (3 March 2025) -"
    );
    dl!(
        dl_abuja,
        En,
        "Title\nAccra, 23rd March 2019. Ministers of the region met.",
        "Accra",
        "2019-03-23",
        "",
        "Accra, 23rd March 2019."
    );
    dl!(
        dl_year_from_header,
        Fr,
        "Titre\n7 mars 2022\nNAIROBI, 7 mars (PNUE) - La nouvelle directrice a pris ses fonctions.",
        "NAIROBI",
        "2022-03-07",
        "PNUE",
        "NAIROBI, 7 mars (PNUE) -"
    );

    dl!(
        dl_country_in_brackets,
        Fr,
        "Titre\nGenève (Suisse), le 12 mars 2024 - Le Conseil a adopté la résolution.",
        "Genève (Suisse)",
        "2024-03-12",
        "",
        "Genève (Suisse), le 12 mars 2024 -"
    );
    dl!(
        dl_weekday,
        Fr,
        "Titre\nAbidjan, le mardi 12 mars 2024 (AIP) - Le ministre a reçu la délégation.",
        "Abidjan",
        "2024-03-12",
        "AIP",
        "Abidjan, le mardi 12 mars 2024 (AIP) -"
    );
    dl!(
        dl_dash_known_place,
        En,
        "Title\nNairobi, Kenya - 4 March 2025 - The agency said it would help.",
        "Nairobi, Kenya",
        "2025-03-04",
        "",
        "Nairobi, Kenya - 4 March 2025 -"
    );
    dl!(
        dl_stray_slash,
        En,
        "Title\nBRUSSELS, Belgium, March 4, 2025/ -- The Commission announced new funding today.",
        "BRUSSELS, Belgium",
        "2025-03-04",
        "",
        "BRUSSELS, Belgium, March 4, 2025/ --"
    );

    /// (text, value, relative) of every date found.
    fn triples(input: &str, lang: Lang) -> Vec<(String, String, bool)> {
        run(input, lang)
            .dates
            .into_iter()
            .map(|d| (d.text, d.value, d.relative))
            .collect()
    }

    #[test]
    fn bare_months_are_relative() {
        let own = |t: &str, v: &str, r: bool| (t.to_string(), v.to_string(), r);
        assert_eq!(
            triples(
                "Title\nLUSAKA, 4 March 2025 - Seed stocks run out by the end of May and in July; the dry spell began last December. Prices rose in Mar and in Sept.",
                Lang::En
            ),
            vec![
                own("4 March 2025", "2025-03-04", false),
                own("end of May", "2025-05", true),
                own("July", "2025-07", true),
                own("last December", "2024-12", true),
            ]
        );
        assert_eq!(
            triples(
                "Titre\nNIAMEY, 4 mars 2025 - Les semis reprendront en juin, au mois d'août et fin septembre, après les pluies de décembre dernier. En sept jours, rien.",
                Lang::Fr
            ),
            vec![
                own("4 mars 2025", "2025-03-04", false),
                own("juin", "2025-06", true),
                own("août", "2025-08", true),
                own("fin septembre", "2025-09", true),
                own("décembre", "2024-12", true),
            ]
        );
        // Without a document date a month alone gives nothing.
        assert!(triples("Rains return in November.", Lang::En).is_empty());
    }

    #[test]
    fn no_dateline_mid_paragraph_or_headline() {
        assert!(
            dateline(
                "Titre\nONU-Habitat et la ville de Rabat lancent un programme pour les quartiers",
                Lang::Fr
            )
            .is_none()
        );
        assert!(
            dateline(
                "Titre\nBelgique - Maroc : la ministre reçoit son homologue à Bruxelles.",
                Lang::Fr
            )
            .is_none()
        );
        assert!(dateline("Titre\nUNICEF - Les équipes de l'agence ont distribué des vaccins dans tout le pays.", Lang::Fr).is_none());
        assert!(
            dateline(
                "Titre\nThe Office - The agency has distributed vaccines across the whole country.",
                Lang::En
            )
            .is_none()
        );
        assert!(dateline("Haut-Uele: MSF soigne plus de 60 patients et demande un accès sans entrave\nMSF - Communiqué de Presse", Lang::Fr).is_none());
        assert!(
            dateline(
                "WHO - Media Briefing - 06 March 2023\n\nWe are safer thanks to vaccines.",
                Lang::En
            )
            .is_none()
        );
        let long = "Title\nThe agency met partners. In Geneva, 12 March 2024 - was a turning point for the talks.";
        assert!(dateline(long, Lang::En).is_none());
    }

    #[test]
    fn linear_on_digits_and_slashes() {
        let mut s = String::from("Titre\n");
        while s.len() < 1 << 20 {
            s.push_str("12/3/2024/5/");
        }
        let start = std::time::Instant::now();
        let _ = run(&s, Lang::Fr);
        let mut t = String::from("Titre\n");
        while t.len() < 1 << 20 {
            t.push_str("1234567890");
        }
        let _ = run(&t, Lang::Fr);
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    }

    #[test]
    fn linear_on_one_long_line() {
        for unit in [
            "lundi ",
            "en 2024 ",
            "12 mai ",
            "1, ",
            "Monday last ",
            "du 3 au ",
            "2024-2025 ",
            "en juin ",
            "de 2024 ",
            "exercice 2024/25 ",
        ] {
            let mut s = String::from("Titre\nGENÈVE, 12 mars 2024 - ");
            while s.len() < 1 << 19 {
                s.push_str(unit);
            }
            let start = std::time::Instant::now();
            let _ = run(&s, Lang::Fr);
            assert!(
                start.elapsed().as_secs() < 20,
                "{unit:?} took {:?}",
                start.elapsed()
            );
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "é2024",
            "2024é",
            "en 2024\u{a0}",
            "– 3 – mai –",
            "1er",
            "mai",
            "Le 31 février 2024.",
            "(",
            "Jan.",
            "İstanbul, 3 March 2024 -",
        ] {
            let _ = run(s, Lang::Fr);
            let _ = run(s, Lang::En);
        }
    }

    #[test]
    fn calendar_round_trip() {
        for z in [-800_000_i64, -1, 0, 1, 19_000, 47_482, 100_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(
            weekday_of(days_from_civil(2023, 3, 6)),
            1,
            "6 March 2023 was a Monday"
        );
        assert!(!Ymd::new(Some(2023), Some(2), Some(29)).is_valid());
        assert!(Ymd::new(Some(2024), Some(2), Some(29)).is_valid());
    }
}
