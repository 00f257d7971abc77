//! Several regexes searched in one pass. The date and priority extractors
//! each look for half a dozen word-list regexes (months, weekdays, cue
//! phrases) over the whole text; run one by one, every list costs a full
//! pass of the lazy DFA, and those passes were a fifth of the pipeline. A
//! [`RegexGroup`] compiles its members into one multi-pattern regex (the
//! gate) and runs it once. A leftmost-first search of an alternation always
//! reports a match that starts at or before, and ends after, the start of any
//! match of one of its members; so every member match starts inside a gate
//! match, and the members are then tried anchored at the positions inside the
//! gate matches only. The result is what each member's own leftmost-first,
//! non-overlapping search would report, restricted to matches that do not
//! start inside a word (between two alphanumeric chars) — the callers dropped
//! those anyway.

use regex_automata::meta::{BuildError, Regex};
use regex_automata::{Anchored, Input, PatternID};

use crate::span::Span;

/// Member regexes behind one gate; see the module documentation.
#[derive(Debug)]
pub(crate) struct RegexGroup {
    /// All members as one multi-pattern regex: searched unanchored, it is
    /// the gate; anchored on one pattern, it is that member alone.
    gate: Regex,
}

impl RegexGroup {
    /// Compiles `patterns` (regex crate syntax) as members and as one gate.
    pub(crate) fn new<P: AsRef<str>>(patterns: &[P]) -> Result<RegexGroup, Box<BuildError>> {
        let gate = Regex::new_many(patterns)?;
        Ok(RegexGroup { gate })
    }

    /// The non-empty matches of each member in `text`, in text order: the
    /// `i`th list holds the matches of the `i`th pattern.
    pub(crate) fn find_all(&self, text: &str) -> Vec<Vec<Span>> {
        let members = self.gate.pattern_len();
        let mut found = vec![Vec::new(); members];
        // Where each member's own search would resume.
        let mut resume = vec![0; members];
        let mut starts = Vec::new();
        for hit in self.gate.find_iter(text) {
            starts.clear();
            let mut prev = text[..hit.start()].chars().next_back();
            for (i, c) in text[hit.start()..hit.end()].char_indices() {
                if !(prev.is_some_and(char::is_alphanumeric) && c.is_alphanumeric()) {
                    starts.push(hit.start() + i);
                }
                prev = Some(c);
            }
            for m in 0..members {
                let pattern = PatternID::new_unchecked(m);
                for &at in &starts {
                    if at < resume[m] {
                        continue;
                    }
                    let input = Input::new(text)
                        .range(at..)
                        .anchored(Anchored::Pattern(pattern));
                    if let Some(found_here) = self.gate.find(input).filter(|f| !f.is_empty()) {
                        found[m].push(Span::new(found_here.start(), found_here.end()));
                        resume[m] = found_here.end();
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each member's own search, dropping matches that start inside a word.
    fn one_by_one(patterns: &[&str], text: &str) -> Vec<Vec<Span>> {
        patterns
            .iter()
            .map(|p| {
                let re = regex::Regex::new(p).expect("test pattern");
                re.find_iter(text)
                    .filter(|m| {
                        let before = text[..m.start()].chars().next_back();
                        let first = m.as_str().chars().next();
                        !(before.is_some_and(char::is_alphanumeric)
                            && first.is_some_and(char::is_alphanumeric))
                    })
                    .map(|m| Span::new(m.start(), m.end()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn members_match_as_they_would_alone() {
        let patterns = [
            r"(?i)\b(?:janvier|mars|march)\b",
            r"(?i)\bmarch\s+\d{1,2}\b",
            r"(?i)\b(?:priorités?|priority areas?)\b",
            r"(?i)\bareas?\s+of\s+focus\b",
            r"(?i)\b(?:focus)\b",
            r"\d{4}",
        ];
        let cases = [
            "",
            "nothing here",
            "On March 3 and 4 March 2025, the priority areas of focus were set.",
            "Ses priorités : les areas of focus, march 12 et mars 2024.",
            "unemarch mars marchmarch march 1march 2",
            "focus focus areas of focus of focus 20251 Ébène janvier",
            "March\n12\n\nareas of\nfocus é mars",
        ];
        let group = RegexGroup::new(&patterns).expect("patterns compile");
        for text in cases {
            assert_eq!(
                group.find_all(text),
                one_by_one(&patterns, text),
                "text: {text:?}"
            );
        }
    }

    proptest::proptest! {
        /// Any text over words that the members share prefixes and suffixes
        /// with: the group reports what the members find one by one.
        #[test]
        fn group_equals_members_alone(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "areas", "of", "focus", "march", "mars", "3", "2025", "é", "ma",
                "priorité", "priorités", " ", "\n", ",", "-", "Areas", "MARCH",
            ]),
            0..40,
        )) {
            let patterns = [
                r"(?i)\b(?:march|mars)\b",
                r"(?i)\bmarch\s+\d{1,2}\b",
                r"(?i)\bareas\s+of\s+focus\b",
                r"(?i)(?:focus|of\s+focus)",
                r"(?i)priorités?",
                r"\d{4}|\d\s*-",
            ];
            let text = words.join(" ");
            let group = RegexGroup::new(&patterns).expect("patterns compile");
            proptest::prop_assert_eq!(group.find_all(&text), one_by_one(&patterns, &text));
        }
    }

    #[test]
    fn overlapping_members_are_all_found() {
        // The gate reports "areas of focus"; the member "focus" starts inside it.
        let group = RegexGroup::new(&[r"\bareas of focus\b", r"\bfocus\b"]).expect("compile");
        let text = "three areas of focus";
        let spans = group.find_all(text);
        assert_eq!(spans[0], vec![Span::new(6, 20)]);
        assert_eq!(spans[1], vec![Span::new(15, 20)]);
    }
}
