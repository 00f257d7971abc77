//! Gazetteers: organisations (`data/organisations.tsv`), places
//! (`data/places.tsv`) and wire services (`data/wire_services.txt`),
//! compiled once: full names and variants into a word trie (see
//! [`crate::trie`]), acronyms into an Aho-Corasick automaton with
//! leftmost-longest semantics. Names are folded (see [`crate::fold`]) and
//! matched over the folded text, so case, accents and hyphens do not matter;
//! a match must still contain a capital in the text, and a one-word match
//! must start with one, so that "plan international" in running text is not
//! Plan International. Acronyms (`OIM`, `AfDB`, `US`) are matched as written
//! over the normalised text, plus the capitalised spelling of acronyms of
//! four letters or more (`Pnud`, `Unicef`); in a line written in capitals an
//! acronym that is also a function word (`UN` in "UN ACCORD") is ignored.
//! Both report word-bounded matches only, the longest at each start. Callers add organisations
//! in the same TSV format through [`crate::ParserBuilder`].

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, ErrorKind};
use crate::fold::{Folded, fold};
use crate::lang::Lang;
use crate::lexicon::{Base, data_lines};
use crate::span::Span;
use crate::trie::WordTrie;

/// What a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Org,
    Place,
    Wire,
}

/// One entity of a gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) id: String,
    pub(crate) class: Class,
    /// `un`, `ngo`, `country`, `city`, ...
    pub(crate) kind: String,
    /// Full names, indexed by [`Lang::index`].
    pub(crate) names: [Option<String>; 2],
    /// Acronyms, indexed by [`Lang::index`].
    pub(crate) acronyms: [Option<String>; 2],
    /// The organisation this one belongs to (an ECOWAS organ to ECOWAS).
    pub(crate) parent: Option<usize>,
    /// A place name that is also a common word or a person's name.
    pub(crate) ambiguous: bool,
    /// Other names of an organisation (former names, spelling variants).
    pub(crate) variants: Vec<String>,
}

impl Entry {
    /// The full name in `lang`, or in the other language.
    pub(crate) fn name(&self, lang: Lang) -> Option<&str> {
        self.names[lang.index()]
            .as_deref()
            .or(self.names[1 - lang.index()].as_deref())
    }
}

/// How a match was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Name,
    Acronym,
}

/// A gazetteer match in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) entry: usize,
    pub(crate) span: Span,
    pub(crate) form: Form,
}

/// The compiled gazetteers.
pub(crate) struct Gazetteer {
    pub(crate) entries: Vec<Entry>,
    names: WordTrie,
    acronyms: AhoCorasick,
    acronym_targets: Vec<usize>,
    /// Folded demonym ("congolais", "swiss") -> place entries.
    demonyms: FxHashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// Whether a form is written like an acronym: one word, mostly capitals
/// (`OIM`, `UNESCO`, `AfDB`, `H&M`), matched as written.
pub(crate) fn is_acronym_like(form: &str) -> bool {
    if form.contains(' ') {
        return false;
    }
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    let upper = form.chars().filter(|c| c.is_uppercase()).count();
    upper >= 2 && upper * 2 >= letters
}

fn split_list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Collects the entries and their surface forms before compilation.
#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// (form, entry) for every surface form.
    forms: Vec<(String, usize)>,
    parents: Vec<(usize, String)>,
    demonyms: FxHashMap<String, Vec<usize>>,
}

impl Builder {
    fn add(&mut self, entry: Entry, forms: Vec<String>) -> Result<usize, String> {
        if self.by_id.contains_key(&entry.id) {
            return Err(format!("duplicate id {:?}", entry.id));
        }
        let idx = self.entries.len();
        self.by_id.insert(entry.id.clone(), idx);
        self.entries.push(entry);
        self.forms.extend(forms.into_iter().map(|f| (f, idx)));
        Ok(idx)
    }

    /// Parses organisation lines: `id kind en_name fr_name en_acronym
    /// fr_acronym variants [parent]`.
    fn organisations(&mut self, src: &str) -> Result<(), Error> {
        for (line, cols) in data_lines(src) {
            let err = |message: String| Error::new(ErrorKind::Lexicon { line, message });
            if cols.len() < 7 || cols.len() > 8 {
                return Err(err(format!(
                    "expected 7 or 8 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let id = cols[0];
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(err(format!(
                    "bad id {id:?}: use lowercase letters, digits and '-'"
                )));
            }
            let names = [non_empty(cols[3]), non_empty(cols[2])];
            let acronyms = [non_empty(cols[5]), non_empty(cols[4])];
            if names.iter().chain(&acronyms).all(Option::is_none) {
                return Err(err(format!("entry {id:?} has no name and no acronym")));
            }
            let mut forms: Vec<String> = names.iter().chain(&acronyms).flatten().cloned().collect();
            forms.extend(split_list(cols[6]).map(str::to_string));
            let entry = Entry {
                id: id.to_string(),
                class: Class::Org,
                kind: cols[1].to_string(),
                names,
                acronyms,
                parent: None,
                ambiguous: false,
                variants: split_list(cols[6]).map(str::to_string).collect(),
            };
            let idx = self.add(entry, forms).map_err(err)?;
            if let Some(parent) = cols.get(7).filter(|p| !p.is_empty()) {
                self.parents.push((idx, parent.to_string()));
            }
        }
        Ok(())
    }

    /// Parses place lines: `id kind en fr variants en_adj fr_adj`, and the
    /// `# ambiguous:` comment that lists ids needing stronger context.
    fn places(&mut self, src: &str) {
        let ambiguous: Vec<&str> = src
            .lines()
            .filter_map(|l| l.strip_prefix("# ambiguous:"))
            .flat_map(str::split_whitespace)
            .collect();
        for (_, cols) in data_lines(src) {
            let [id, kind, en, fr, variants, en_adj, fr_adj] = cols[..] else {
                continue;
            };
            let names = [non_empty(fr), non_empty(en)];
            let mut forms: Vec<String> = names.iter().flatten().cloned().collect();
            forms.extend(split_list(variants).map(str::to_string));
            // "Le Caire" is "au Caire", "du Caire" in running French.
            if let Some(bare) = names[0]
                .as_deref()
                .and_then(|n| n.strip_prefix("Le ").or_else(|| n.strip_prefix("Les ")))
            {
                forms.push(bare.to_string());
            }
            let entry = Entry {
                id: id.to_string(),
                class: Class::Place,
                kind: kind.to_string(),
                names,
                acronyms: [None, None],
                parent: None,
                ambiguous: ambiguous.contains(&id),
                variants: Vec::new(),
            };
            if let Ok(idx) = self.add(entry, forms) {
                for adj in split_list(en_adj).chain(split_list(fr_adj)) {
                    self.demonyms.entry(fold(adj)).or_default().push(idx);
                }
            }
        }
    }

    fn wires(&mut self, src: &str) {
        for (n, cols) in data_lines(src) {
            let Some(name) = cols.first().filter(|n| !n.is_empty()) else {
                continue;
            };
            let entry = Entry {
                id: format!("wire-{n}"),
                class: Class::Wire,
                kind: "wire".to_string(),
                names: [Some(name.to_string()), Some(name.to_string())],
                acronyms: [None, None],
                parent: None,
                ambiguous: false,
                variants: Vec::new(),
            };
            // Two lines may name the same wire: the second id differs by line.
            let _ = self.add(entry, vec![name.to_string()]);
        }
    }

    fn compile(mut self) -> Result<Gazetteer, Error> {
        for (child, parent) in std::mem::take(&mut self.parents) {
            let Some(&p) = self.by_id.get(&parent) else {
                return Err(Error::new(ErrorKind::Lexicon {
                    line: 0,
                    message: format!(
                        "entry {:?} names unknown parent {parent:?}",
                        self.entries[child].id
                    ),
                }));
            };
            self.entries[child].parent = Some(p);
        }
        let mut names = WordTrie::default();
        let mut acronym_patterns: Vec<String> = Vec::new();
        let mut acronym_targets = Vec::new();
        let mut seen_acronyms: HashMap<String, usize> = HashMap::new();
        for (form, idx) in &self.forms {
            if is_acronym_like(form) {
                let mut spellings = vec![form.clone()];
                let letters = form.chars().filter(|c| c.is_alphabetic()).count();
                if letters >= 4 && form.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) {
                    let mut cs = form.chars();
                    let first = cs.next().unwrap_or(' ');
                    spellings.push(first.to_string() + &cs.as_str().to_lowercase());
                }
                for s in spellings {
                    if seen_acronyms.insert(s.clone(), *idx).is_none() {
                        acronym_patterns.push(s);
                        acronym_targets.push(*idx);
                    }
                }
            } else {
                let key = fold(form);
                if key.chars().count() >= 2 {
                    names.insert(&key, *idx);
                }
            }
        }
        let build = |patterns: &[String]| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .map_err(|e| {
                    Error::new(ErrorKind::Lexicon {
                        line: 0,
                        message: format!("cannot compile the gazetteer: {e}"),
                    })
                })
        };
        Ok(Gazetteer {
            names,
            acronyms: build(&acronym_patterns)?,
            acronym_targets,
            entries: self.entries,
            demonyms: self.demonyms,
        })
    }
}

impl Gazetteer {
    /// Compiles the bundled gazetteers plus caller-supplied organisation
    /// lines (same format as `data/organisations.tsv`).
    pub(crate) fn build(extra_organisations: &[String]) -> Result<Gazetteer, Error> {
        let mut b = Builder::default();
        b.organisations(include_str!("../data/organisations.tsv"))?;
        for extra in extra_organisations {
            b.organisations(extra)?;
        }
        b.places(include_str!("../data/places.tsv"));
        b.wires(include_str!("../data/wire_services.txt"));
        b.compile()
    }

    /// The places whose demonym is `word` ("congolais", "Swiss").
    pub(crate) fn demonym(&self, word: &str) -> Option<&[usize]> {
        crate::fold::with_fold(word, |k| self.demonyms.get(k).map(Vec::as_slice))
    }

    /// All word-bounded matches in `text` (normalised) and its fold, in text
    /// order, without overlaps (the longer match wins).
    pub(crate) fn find(&self, text: &str, folded: &Folded) -> Vec<Hit> {
        let base = Base::get();
        let mut hits = Vec::new();
        let ftext = folded.text.as_str();
        let name_hits = self.names.find(ftext, |start, end, entry| {
            let surface = folded.map.map_span(Span::new(start, end)).as_str(text);
            let key = &ftext[start..end];
            let one_word = !key.contains(' ');
            let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
            // An organisation written in lowercase is a description ("la
            // ville de Paris", "the city of Cape Town"), but for a name
            // headed by an organisation noun that texts write in lowercase
            // ("ministère de la Santé", "government of Kenya").
            let lowercase_org = !capitalised && self.entries[entry].class == Class::Org && {
                let head = key.split(' ').next().unwrap_or("");
                base.is_municipal_noun(head)
                    || [Lang::Fr, Lang::En]
                        .iter()
                        .all(|&l| base.org_head(l, head).is_none())
            };
            surface.chars().any(char::is_uppercase) && (capitalised || !one_word) && !lowercase_org
        });
        hits.extend(name_hits.into_iter().map(|(start, end, entry)| Hit {
            entry,
            span: folded.map.map_span(Span::new(start, end)),
            form: Form::Name,
        }));
        // Line starts and whether each line is in capitals, for the
        // acronyms that are also words ("UN ACCORD").
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let capitals: Vec<bool> = line_starts
            .iter()
            .enumerate()
            .map(|(k, &s)| {
                let e = line_starts.get(k + 1).map_or(text.len(), |&n| n - 1);
                !text[s..e].chars().any(char::is_lowercase)
            })
            .collect();
        let in_capitals_line =
            |pos: usize| capitals[line_starts.partition_point(|&s| s <= pos) - 1];
        for m in self.acronyms.find_iter(text) {
            if !bounded(text, m.start(), m.end()) {
                continue;
            }
            let acr = &text[m.start()..m.end()];
            if base.is_any_function_word(&acr.to_lowercase())
                && (in_capitals_line(m.start()) || shouting_neighbour(text, m.start(), m.end()))
            {
                continue;
            }
            hits.push(Hit {
                entry: self.acronym_targets[m.pattern().as_usize()],
                span: Span::new(m.start(), m.end()),
                form: Form::Acronym,
            });
        }
        hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if out.last().is_some_and(|p| p.span.end > h.span.start) {
                continue;
            }
            out.push(h);
        }
        out
    }
}

/// Whether `text[start..end]` is not glued to a letter or digit.
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the word before or after `start..end` is written in capitals
/// ("RESULTATS AU 30 JUIN": "AU" is the French word, not the African Union).
fn shouting_neighbour(text: &str, start: usize, end: usize) -> bool {
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let before = text[..start].split_whitespace().next_back().unwrap_or("");
    let after = text[end..].split_whitespace().next().unwrap_or("");
    caps(before) || caps(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold_text;

    fn gaz() -> Gazetteer {
        Gazetteer::build(&[]).expect("bundled gazetteer compiles")
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
        let folded = fold_text(text);
        g.find(text, &folded)
            .into_iter()
            .map(|h| {
                (
                    g.entries[h.entry].id.clone(),
                    h.span.as_str(text).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        let g = gaz();
        let got = found(&g, "Le Pnud et l'OIM, who said");
        let ids: Vec<&str> = got.iter().map(|(i, _)| i.as_str()).collect();
        assert!(ids.contains(&"undp"), "{got:?}");
        assert!(ids.contains(&"iom"), "{got:?}");
        assert!(!ids.contains(&"who"), "{got:?}");
    }

    #[test]
    fn names_fold_and_need_a_capital() {
        let g = gaz();
        let got = found(&g, "l'Organisation Mondiale de la Santé à Genève");
        assert!(
            got.iter()
                .any(|(i, s)| i == "who" && s == "Organisation Mondiale de la Santé"),
            "{got:?}"
        );
        assert!(got.iter().any(|(_, s)| s == "Genève"), "{got:?}");
        assert!(
            found(&g, "a global fund for women")
                .iter()
                .all(|(i, _)| i != "global-fund")
        );
    }

    #[test]
    fn lowercase_organisation_is_a_description() {
        let g = gaz();
        let ids = |t: &str| -> Vec<String> { found(&g, t).into_iter().map(|(i, _)| i).collect() };
        assert!(
            ids("La Ville de Paris ouvre des salles.")
                .contains(&"gov-france-ville-de-paris".to_string())
        );
        assert!(
            !ids("Il vit dans la ville de Paris.")
                .contains(&"gov-france-ville-de-paris".to_string())
        );
        assert!(
            ids("le ministère de la Santé et de l'Action sociale")
                .contains(&"gov-senegal-msas".to_string())
        );
    }

    #[test]
    fn capitals_line_skips_function_word_acronyms() {
        let g = gaz();
        let got = found(&g, "LE PNUD SIGNE UN ACCORD");
        assert!(got.iter().all(|(i, _)| i != "un"), "{got:?}");
    }

    #[test]
    fn user_entries_extend_and_errors_name_the_line() {
        let extra = "acme\tcompany\tAcme Widgets\tAcme Gadgets\tAW\t\t".to_string();
        let g = Gazetteer::build(&[extra]).unwrap();
        assert!(found(&g, "Acme Gadgets and AW").len() == 2);
        let bad = "# c\nbad id\tngo\tX\t\t\t\t".to_string();
        let err = Gazetteer::build(&[bad]).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::Lexicon { line: 2, .. }),
            "{err}"
        );
    }

    #[test]
    fn demonyms() {
        let g = gaz();
        let places = g.demonym("Congolais").expect("known demonym");
        assert!(places.iter().any(|&p| g.entries[p].id == "cg"));
    }
}
