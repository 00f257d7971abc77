//! Locations: the places a release names, from the place gazetteer
//! (countries, regions, cities, in French and English, with official long
//! forms such as "République fédérale du Nigeria"). A place inside an
//! organisation's name, a person's name or boilerplate is not a location of
//! the text. Place names that are also common words or first names
//! ("Nice", "Chad", "Vienne") count only after a locative preposition ("à
//! Nice", "in Chad"), next to another place ("Niger, Chad and Mali") or as
//! the place of the dateline.
//! Mentions of one place group into one location named by its fullest form.

use crate::extract::org::Orgs;
use crate::extract::person::People;
use crate::extract::{Doc, overlapping};
use crate::fold::fold;
use crate::gazetteer::{Class, Hit};
use crate::record::Location;
use crate::span::Span;

/// Prepositions that introduce a place.
fn locative(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "in" | "at"
            | "from"
            | "to"
            | "across"
            | "throughout"
            | "near"
            | "à"
            | "au"
            | "aux"
            | "en"
            | "de"
            | "du"
            | "des"
            | "vers"
            | "depuis"
            | "dans"
    )
}

/// The places of a document, grouped by gazetteer entry, in order of first
/// mention: (entry, mentions).
pub(crate) fn find(
    doc: &Doc,
    orgs: &Orgs,
    people: &People,
    dateline: Option<Span>,
) -> Vec<(usize, Vec<Span>)> {
    let org_spans = orgs.mentions();
    let person_spans = people.mentions();
    // A country or a region named only in someone's title ("Président de
    // la République du Sénégal", "Regional Director for West Africa") is
    // not a place the text is about; a town in a mayor's title is ("le
    // maire des Cayes").
    let role_spans = people.role_spans();
    let places: Vec<&Hit> = doc
        .hits
        .iter()
        .filter(|h| doc.gazetteer.entries[h.entry].class == Class::Place)
        .collect();
    let mut out: Vec<(usize, Vec<Span>)> = Vec::new();
    for (n, h) in places.iter().enumerate() {
        let inside = |spans: &[(Span, usize)]| overlapping(spans, h.span).is_some();
        // (Titles barely overlap: the few that start last before the place
        // are the ones that can hold it.)
        let upto = role_spans.partition_point(|(s, _)| s.start <= h.span.start);
        let town = doc.gazetteer.entries[h.entry].kind == "city";
        let in_role = !town
            && role_spans[upto.saturating_sub(4)..upto]
                .iter()
                .any(|(s, _)| s.contains(h.span));
        if doc.furniture_at(h.span).is_some()
            || inside(&org_spans)
            || inside(&person_spans)
            || in_role
        {
            continue;
        }
        if doc.gazetteer.entries[h.entry].ambiguous {
            let first = doc.token_from(h.span.start);
            let capital = h
                .span
                .as_str(doc.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let prep = capital && doc.prev_token(first).is_some_and(|p| locative(doc.word(p)));
            let near = |other: Option<&&Hit>| {
                other.is_some_and(|o| {
                    o.span.start.abs_diff(h.span.end) < 8 || h.span.start.abs_diff(o.span.end) < 8
                })
            };
            let listed =
                near(places.get(n + 1)) || n.checked_sub(1).is_some_and(|m| near(places.get(m)));
            // The place of a dateline ("Rennes, le 13 février 2026 –").
            let dated = dateline.is_some_and(|d| d.contains(h.span));
            if !prep && !listed && !dated {
                continue;
            }
        }
        match out.iter_mut().find(|(e, _)| *e == h.entry) {
            Some((_, spans)) => spans.push(h.span),
            None => out.push((h.entry, vec![h.span])),
        }
    }
    out
}

/// The locations as records, with spans mapped by `map`.
pub(crate) fn records(
    doc: &Doc,
    places: &[(usize, Vec<Span>)],
    map: &dyn Fn(Span) -> Span,
) -> Vec<Location> {
    places
        .iter()
        .map(|(entry, spans)| {
            let e = &doc.gazetteer.entries[*entry];
            let mut names: Vec<String> = Vec::new();
            for s in spans {
                let surface = s
                    .as_str(doc.text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if !names.iter().any(|n| fold(n) == fold(&surface)) {
                    names.push(surface);
                }
            }
            let name = names
                .iter()
                .max_by_key(|n| n.chars().count())
                .cloned()
                .unwrap_or_default();
            Location {
                name,
                id: Some(e.id.clone()),
                kind: Some(e.kind.clone()),
                spans: spans.iter().map(|s| map(*s)).collect(),
            }
        })
        .collect()
}
