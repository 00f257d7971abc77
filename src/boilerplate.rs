//! Boilerplate: the page furniture around a release ("Lire aussi :" links,
//! share and subscribe prompts, contact blocks, "###" and "-30-" end marks,
//! "About X" sections, wire footers, photo credits, advertisements). It is
//! found line by line on the normalised text from the cues in
//! `data/boilerplate.tsv`, reported in the record, and excluded from
//! extraction (contact blocks still give the people they name). A cue can
//! cover its line, its line and the list under it, the rest of the document,
//! or the rest of its line (credits); a contact cue in the header, above the
//! first paragraph, covers the lines up to that paragraph only. A short
//! `AGENCY/Name` line is a photo credit too. Notes to editors are part of
//! the release, and so is what follows an end mark ("###", "ENDS"): the
//! mark covers its own line, and the notes, contacts and About sections
//! after it are told apart by their own cues.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use serde::{Deserialize, Serialize};

use crate::lexicon::data_lines;
use crate::normalize::starts_with_list_marker;
use crate::span::Span;

/// What a boilerplate span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// "Lire aussi", "Read also", "Related" and lists of other stories.
    ReadAlso,
    /// Share, print, follow and subscribe prompts.
    Share,
    /// "For more information" and media contact blocks. Notes to editors
    /// are part of the release: they are read like the body.
    Contact,
    /// "###", "-30-" and other end-of-release marks, and what follows.
    EndMarker,
    /// "About X" / "À propos de X" sections.
    About,
    /// "Distributed by", "You just read", copyright lines.
    WireFooter,
    /// Photo credits.
    PhotoCredit,
    /// Advertisements and sponsored-content labels.
    Advertisement,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Extent {
    Line,
    List,
    Rest,
    Tail,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Match {
    Whole,
    Prefix,
    Heading,
    Anywhere,
}

struct Cue {
    kind: BoilerplateKind,
    extent: Extent,
    how: Match,
    /// Lowercase unless the cue is written in capitals, which then match
    /// case-sensitively.
    text: String,
    case_sensitive: bool,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    let mut cues = Vec::new();
    for (line, cols) in data_lines(include_str!("../data/boilerplate.tsv")) {
        let [kind, extent, how, text] = cols[..] else {
            panic!("data/boilerplate.tsv:{line}: expected 4 columns");
        };
        let kind = match kind {
            "read_also" => BoilerplateKind::ReadAlso,
            "share" => BoilerplateKind::Share,
            "contact" => BoilerplateKind::Contact,
            "end_marker" => BoilerplateKind::EndMarker,
            "about" => BoilerplateKind::About,
            "wire_footer" => BoilerplateKind::WireFooter,
            "photo_credit" => BoilerplateKind::PhotoCredit,
            "advertisement" => BoilerplateKind::Advertisement,
            other => panic!("data/boilerplate.tsv:{line}: unknown kind {other}"),
        };
        let extent = match extent {
            "line" => Extent::Line,
            "list" => Extent::List,
            "rest" => Extent::Rest,
            "tail" => Extent::Tail,
            other => panic!("data/boilerplate.tsv:{line}: unknown extent {other}"),
        };
        let how = match how {
            "whole" => Match::Whole,
            "prefix" => Match::Prefix,
            "heading" => Match::Heading,
            "anywhere" => Match::Anywhere,
            other => panic!("data/boilerplate.tsv:{line}: unknown match {other}"),
        };
        // The raw line keeps a meaningful trailing space ("About ").
        let raw = include_str!("../data/boilerplate.tsv")
            .lines()
            .nth(line - 1)
            .and_then(|l| l.rsplit('\t').next())
            .unwrap_or(text);
        let case_sensitive = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !raw.chars().any(char::is_lowercase);
        cues.push(Cue {
            kind,
            extent,
            how,
            text: if case_sensitive {
                raw.to_string()
            } else {
                raw.to_lowercase()
            },
            case_sensitive,
        });
    }
    cues
});

/// A boilerplate span in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Furniture {
    pub(crate) kind: BoilerplateKind,
    pub(crate) span: Span,
}

/// Whether `line` opens an "About X" section.
fn opens_about(line: &str) -> bool {
    let lower = line.to_lowercase();
    CUES.iter()
        .filter(|c| c.kind == BoilerplateKind::About)
        .any(|c| {
            let hay = if c.case_sensitive {
                line
            } else {
                lower.as_str()
            };
            line_matches(line, hay, c)
        })
}

/// Finds the boilerplate of a normalised text, in text order, without
/// overlaps.
pub(crate) fn find(text: &str) -> Vec<Furniture> {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        lines.push(Span::new(start, start + line.len()));
        start += line.len() + 1;
    }
    let first_prose = lines.iter().position(|l| is_prose(l.as_str(text)));
    let mut out: Vec<Furniture> = Vec::new();
    let mut k = 0;
    'lines: while k < lines.len() {
        let line = lines[k].as_str(text);
        let lower = line.to_lowercase();
        let mut advanced = false;
        for cue in CUES.iter() {
            let hay = if cue.case_sensitive {
                line
            } else {
                lower.as_str()
            };
            if cue.extent == Extent::Tail {
                if let Some(at) = find_word(hay, &cue.text) {
                    // Positions in `lower` equal positions in `line` only when
                    // lowercasing kept byte lengths; fall back to the line.
                    let at = if hay.len() == line.len() { at } else { 0 };
                    let from = lines[k].start + at;
                    let end = credit_end(line, at) + lines[k].start;
                    out.push(Furniture {
                        kind: cue.kind,
                        span: Span::new(from, end),
                    });
                    break;
                }
                continue;
            }
            if !line_matches(line, hay, cue) {
                continue;
            }
            let span = match cue.extent {
                Extent::Line => lines[k],
                // A contact line in the header, above the first paragraph
                // ("Contact: Press Office" under the title of a government
                // release), holds the lines up to that paragraph only.
                Extent::Rest
                    if cue.kind == BoilerplateKind::Contact
                        && first_prose.is_none_or(|p| p > k) =>
                {
                    match first_prose {
                        Some(m) => {
                            let mut e = m - 1;
                            while e > k && lines[e].as_str(text).trim().is_empty() {
                                e -= 1;
                            }
                            out.push(Furniture {
                                kind: cue.kind,
                                span: Span::new(lines[k].start, lines[e].end),
                            });
                            k = m;
                            continue 'lines;
                        }
                        None => Span::new(lines[k].start, text.len()),
                    }
                }
                // The rest of the document, up to the next section reported
                // on its own: a contact block after other furniture (the
                // people it lists are extracted), an "About" section after a
                // contact block (its dates are the release's).
                Extent::Rest => {
                    let next_section = |l: &str| {
                        if cue.kind == BoilerplateKind::Contact {
                            opens_about(l)
                        } else {
                            is_contact_line(l)
                        }
                    };
                    match (k + 1..lines.len()).find(|&m| next_section(lines[m].as_str(text))) {
                        Some(m) => {
                            out.push(Furniture {
                                kind: cue.kind,
                                span: Span::new(lines[k].start, lines[m - 1].end),
                            });
                            k = m;
                            continue 'lines;
                        }
                        None => Span::new(lines[k].start, text.len()),
                    }
                }
                Extent::List => {
                    let mut e = k;
                    while e + 1 < lines.len() {
                        let n = lines[e + 1].as_str(text);
                        if n.trim().is_empty() || starts_with_list_marker(n) {
                            e += 1;
                        } else {
                            break;
                        }
                    }
                    let span = Span::new(lines[k].start, lines[e].end);
                    k = e;
                    span
                }
                Extent::Tail => unreachable!("handled above"),
            };
            out.push(Furniture {
                kind: cue.kind,
                span,
            });
            if cue.extent == Extent::Rest {
                return out;
            }
            advanced = true;
            break;
        }
        if !advanced
            && out.last().is_none_or(|f| f.span.end < lines[k].start)
            && is_slash_credit(line)
        {
            out.push(Furniture {
                kind: BoilerplateKind::PhotoCredit,
                span: lines[k],
            });
        }
        k += 1;
    }
    out
}

fn line_matches(line: &str, hay: &str, cue: &Cue) -> bool {
    let t = hay.trim();
    match cue.how {
        Match::Whole => {
            let body = t.trim_end_matches([':', ' ']);
            body == cue.text.trim_end() || t == cue.text.trim_end()
        }
        Match::Prefix => {
            t.starts_with(cue.text.as_str())
                && (cue.text.ends_with([' ', ':'])
                    || t[cue.text.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric()))
        }
        Match::Heading => {
            // A name, capitalised in the original line, follows the cue.
            let original = line.trim();
            t.starts_with(cue.text.as_str())
                && t.chars().count() <= 90
                && !t.ends_with('.')
                && original
                    .get(cue.text.len()..)
                    .is_some_and(|rest| rest.chars().any(char::is_uppercase))
        }
        Match::Anywhere => false,
    }
}

/// Whether a line is a paragraph of the release: twenty words or more.
fn is_prose(line: &str) -> bool {
    line.split_whitespace().nth(19).is_some()
}

/// Whether a line opens a contact block.
fn is_contact_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    CUES.iter().any(|c| {
        c.kind == BoilerplateKind::Contact
            && line_matches(line, if c.case_sensitive { line } else { &lower }, c)
    })
}

/// Where a photo credit starts in `line`, if it has one: for the lines of
/// a block that runs to the end ("For more information:" … "Photo credit:
/// OCHA/Jane Doe"), whose names are otherwise read as contacts.
pub(crate) fn credit_in_line(line: &str) -> Option<usize> {
    // The credit cues in one automaton, case-insensitive (ASCII), so that a
    // block of many lines is read in one pass per line.
    static CREDITS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        let cues: Vec<&str> = CUES
            .iter()
            .filter(|c| c.kind == BoilerplateKind::PhotoCredit && c.extent == Extent::Tail)
            .map(|c| c.text.as_str())
            .collect();
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(cues)
            .ok()
    });
    let at_word_start = |i: usize| {
        line[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    CREDITS
        .as_ref()
        .and_then(|ac| {
            ac.find_iter(line)
                .map(|m| m.start())
                .find(|&i| at_word_start(i))
        })
        .or_else(|| is_slash_credit(line).then_some(0))
}

/// Byte position of `needle` in `hay` at a word start.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    hay.match_indices(needle).map(|(i, _)| i).find(|&i| {
        hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// End (within `line`) of a credit starting at `at`: the end of the line,
/// or the " - " that separates the credit from a caption after it.
fn credit_end(line: &str, at: usize) -> usize {
    match line[at..].find(" - ") {
        Some(d) if line[at + d + 3..].split_whitespace().count() >= 4 => at + d,
        _ => line.len(),
    }
}

/// A short line `AGENCY/Name` or `AGENCY/I. Name`: a photo credit.
fn is_slash_credit(line: &str) -> bool {
    let t = line.trim();
    let Some((left, right)) = t.split_once('/') else {
        return false;
    };
    let left = left.trim();
    let right = right.trim();
    let words = right.split_whitespace().count();
    !left.is_empty()
        && !left.contains(' ')
        && left.chars().next().is_some_and(char::is_uppercase)
        && (1..=3).contains(&words)
        && right.chars().next().is_some_and(char::is_uppercase)
        && !t.contains("://")
        && !t.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BoilerplateKind, &str)> {
        find(text)
            .into_iter()
            .map(|f| (f.kind, f.span.as_str(text)))
            .collect()
    }

    #[test]
    fn read_also_line() {
        let text = "Corps.\nLire aussi : Autre chose\nSuite.";
        assert_eq!(
            kinds(text),
            [(BoilerplateKind::ReadAlso, "Lire aussi : Autre chose")]
        );
    }

    #[test]
    fn contact_to_end() {
        let text = "Body.\nFor further information please contact:\nJane Doe\nTel: 1";
        let k = kinds(text);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].0, BoilerplateKind::Contact);
        assert!(k[0].1.ends_with("Tel: 1"));
    }

    #[test]
    fn notes_to_editors_are_read_like_the_body() {
        let text = "Body.\nNotes to editors\nThe alliance was founded in 1997 by WHO and the IFRC.\n\nMedia contacts\nJane Doe";
        let k = kinds(text);
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0], (BoilerplateKind::Contact, "Media contacts\nJane Doe"));
    }

    #[test]
    fn header_contact_ends_at_the_first_paragraph() {
        let text = "Ministry Awards Grants\nContact: Press Office\nEmail: press@example.org\n\nWASHINGTON (May 2, 2025) - The ministry today announced forty new grants for school meals in six countries, to be paid over the next five years.\n\nFor more information contact:\nJane Doe";
        let k = kinds(text);
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(
            k[0],
            (
                BoilerplateKind::Contact,
                "Contact: Press Office\nEmail: press@example.org"
            )
        );
        assert!(k[1].1.starts_with("For more information"));
    }

    #[test]
    fn list_section() {
        let text = "Body.\nMore To Read\n- One story\n- Two story\nBack to body.";
        assert_eq!(
            kinds(text),
            [(
                BoilerplateKind::ReadAlso,
                "More To Read\n- One story\n- Two story"
            )]
        );
    }

    #[test]
    fn credits() {
        let text = "Caption here. Photo ONU/Mark Garten\nUNHCR/S. Hopper\n©UNESCO/Jo Bloggs - The Director-General giving the address\nTexte. © Keystone";
        assert_eq!(
            kinds(text),
            [
                (BoilerplateKind::PhotoCredit, "Photo ONU/Mark Garten"),
                (BoilerplateKind::PhotoCredit, "UNHCR/S. Hopper"),
                (BoilerplateKind::PhotoCredit, "©UNESCO/Jo Bloggs"),
                (BoilerplateKind::PhotoCredit, "© Keystone"),
            ]
        );
    }

    #[test]
    fn about_heading_not_sentence() {
        assert_eq!(
            kinds("Body.\nAbout UNICEF\nUNICEF works.")[0].0,
            BoilerplateKind::About
        );
        assert!(kinds("About 300 people came.").is_empty());
        assert!(kinds("About.com Health expands").is_empty());
    }

    #[test]
    fn capital_cue_is_case_sensitive() {
        assert_eq!(
            kinds("Body.\nSOURCE Imerys")[0].0,
            BoilerplateKind::WireFooter
        );
        assert!(kinds("Source of the data is the survey.").is_empty());
    }

    #[test]
    fn end_marker_covers_its_line_only() {
        let k = kinds("Body.\n###\nThe fund was set up in 2001.\nMedia contact:\nJane Doe");
        assert_eq!(k[0], (BoilerplateKind::EndMarker, "###"));
        assert_eq!(k[1], (BoilerplateKind::Contact, "Media contact:\nJane Doe"));
    }

    #[test]
    fn contact_block_ends_at_an_about_section() {
        let k = kinds(
            "The company reported its results for the fourth quarter of last year on Monday, with sales up by a third on the year before.\nFor further information:\nJane Doe, +47 900 00 001\n\nAbout Acme\nAcme was founded in 2014.",
        );
        assert_eq!(k[0].0, BoilerplateKind::Contact);
        assert_eq!(
            k[1],
            (
                BoilerplateKind::About,
                "About Acme\nAcme was founded in 2014."
            )
        );
    }

    #[test]
    fn end_marker() {
        assert_eq!(
            kinds("Body.\n###\nAbout us")[0].0,
            BoilerplateKind::EndMarker
        );
    }
}
