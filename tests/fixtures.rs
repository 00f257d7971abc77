//! Data-driven integration tests: each fixture is a communiqué written for
//! these tests (`tests/data/NAME.txt`, French or English, with NBSPs,
//! typographic quotes, CRLF or hard wraps) and what a careful reader
//! extracts from it (`tests/data/NAME.expect.json`). The harness checks each
//! expected item is in the record, that no other organisation is when the
//! fixture says so, that the dates are exactly the expected ones, and that
//! every span of the record lies on char boundaries inside the input.

use communique::{Communique, Span};
use serde_json::Value;

macro_rules! fixture {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("data/", $name, ".txt")),
            include_str!(concat!("data/", $name, ".expect.json")),
        )
    };
}

const FIXTURES: &[(&str, &str, &str)] = &[
    fixture!("fr-hcr-niger"),
    fixture!("en-wfp-kenya"),
    fixture!("fr-ministere-sante"),
    fixture!("en-acme-energy"),
    fixture!("fr-cedeao-sommet"),
    fixture!("en-msf-statement"),
    fixture!("en-wrapped-email"),
    fixture!("fr-onu-femmes-unicef"),
];

fn norm(s: &str) -> String {
    s.replace('’', "'").to_lowercase()
}

/// Every span of the record, with what it belongs to.
fn spans(record: &Communique) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut add =
        |what: &str, spans: &[Span]| out.extend(spans.iter().map(|s| (what.to_string(), *s)));
    record.title.iter().for_each(|t| add("title", &t.spans));
    record
        .dateline
        .iter()
        .for_each(|d| add("dateline", &d.spans));
    record
        .organisations
        .iter()
        .for_each(|o| add(&o.name, &o.spans));
    record.people.iter().for_each(|p| add(&p.name, &p.spans));
    record.quotes.iter().for_each(|q| add("quote", &q.spans));
    record
        .priority_areas
        .iter()
        .for_each(|a| add(&a.label, &a.spans));
    record.dates.iter().for_each(|d| add(&d.text, &d.spans));
    record.locations.iter().for_each(|l| add(&l.name, &l.spans));
    record
        .boilerplate
        .iter()
        .for_each(|b| add("boilerplate", &b.spans));
    out
}

/// Whether organisation `o` is the expected `want` (an id or a name).
fn org_is(o: &communique::record::Organisation, want: &str) -> bool {
    o.id.as_deref() == Some(want)
        || norm(&o.name) == norm(want)
        || o.aliases.iter().any(|a| norm(a) == norm(want))
}

fn check(name: &str, text: &str, expect: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let record = match communique::parse(text) {
        Ok(r) => r,
        Err(e) => return vec![format!("{name}: parse failed: {e}")],
    };
    let mut fail = |msg: String| errors.push(format!("{name}: {msg}"));
    for (what, span) in spans(&record) {
        if span.start > span.end
            || span.end > text.len()
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            fail(format!(
                "span {span:?} of {what:?} is not on char boundaries inside the input"
            ));
        }
    }
    if let Some(lang) = expect["language"].as_str()
        && record.language.code() != lang
    {
        fail(format!("language {} instead of {lang}", record.language));
    }
    if let Some(d) = expect.get("dateline") {
        let got = record.dateline.as_ref();
        let place = got.and_then(|d| d.place.as_deref());
        let date = got.and_then(|d| d.date.as_deref());
        if place != d["place"].as_str() || date != d["date"].as_str() {
            fail(format!("dateline {place:?} {date:?}, expected {d}"));
        }
    }
    let orgs: Vec<&str> = expect["organisations"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for want in &orgs {
        if !record.organisations.iter().any(|o| org_is(o, want)) {
            fail(format!("missing organisation {want:?}"));
        }
    }
    if expect["only_these_organisations"].as_bool() == Some(true) {
        for o in &record.organisations {
            if !orgs.iter().any(|w| org_is(o, w)) {
                fail(format!("unexpected organisation {:?}", o.name));
            }
        }
    }
    for p in expect["people"].as_array().into_iter().flatten() {
        let want = p["name"].as_str().unwrap_or_default();
        let Some(got) = record.people.iter().find(|x| x.name == want) else {
            fail(format!("missing person {want:?}"));
            continue;
        };
        if let Some(role) = p.get("role").and_then(Value::as_str)
            && !got
                .role
                .as_deref()
                .is_some_and(|r| norm(r).contains(&norm(role)))
        {
            fail(format!("{want}: role {:?}, expected {role:?}", got.role));
        }
        match p.get("organisation") {
            Some(Value::Null) if got.organisation.is_some() => fail(format!(
                "{want}: organisation {:?}, expected none",
                got.organisation
            )),
            Some(Value::String(o)) => {
                let ok = got.organisation_id.as_deref() == Some(o.as_str())
                    || got
                        .organisation
                        .as_deref()
                        .is_some_and(|n| norm(n) == norm(o));
                if !ok {
                    fail(format!(
                        "{want}: organisation {:?}, expected {o:?}",
                        got.organisation
                    ));
                }
            }
            _ => {}
        }
    }
    for q in expect["quotes"].as_array().into_iter().flatten() {
        let starts = q["starts"].as_str().unwrap_or_default();
        let Some(got) = record
            .quotes
            .iter()
            .find(|x| norm(&x.text).starts_with(&norm(starts)))
        else {
            fail(format!("missing quote {starts:?}"));
            continue;
        };
        if got.speaker.as_deref() != q["speaker"].as_str() {
            fail(format!(
                "quote {starts:?}: speaker {:?}, expected {}",
                got.speaker, q["speaker"]
            ));
        }
        let kind = q.get("kind").and_then(Value::as_str).unwrap_or("direct");
        let got_kind = serde_json::to_value(got.kind).unwrap_or_default();
        if got_kind.as_str() != Some(kind) {
            fail(format!(
                "quote {starts:?}: kind {got_kind}, expected {kind}"
            ));
        }
    }
    if let Some(dates) = expect["dates"].as_array() {
        let mut want: Vec<&str> = dates.iter().filter_map(Value::as_str).collect();
        let mut got: Vec<&str> = record
            .dates
            .iter()
            .filter(|d| !d.relative)
            .map(|d| d.value.as_str())
            .collect();
        want.sort_unstable();
        want.dedup();
        got.sort_unstable();
        got.dedup();
        if want != got {
            fail(format!("dates {got:?}, expected {want:?}"));
        }
    }
    for a in expect["priority_areas"].as_array().into_iter().flatten() {
        let label = a["label"].as_str().unwrap_or_default();
        let Some(got) = record
            .priority_areas
            .iter()
            .find(|x| norm(&x.label) == norm(label))
        else {
            fail(format!(
                "missing priority area {label:?}, got {:?}",
                record
                    .priority_areas
                    .iter()
                    .map(|x| &x.label)
                    .collect::<Vec<_>>()
            ));
            continue;
        };
        if let Some(id) = a.get("id").and_then(Value::as_str)
            && got.id.as_deref() != Some(id)
        {
            fail(format!(
                "priority area {label:?}: id {:?}, expected {id:?}",
                got.id
            ));
        }
    }
    if let Some(kinds) = expect["boilerplate"].as_array() {
        let want: Vec<&str> = kinds.iter().filter_map(Value::as_str).collect();
        let got: Vec<String> = record
            .boilerplate
            .iter()
            .filter_map(|b| serde_json::to_value(b.kind).ok())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        if want != got {
            fail(format!("boilerplate {got:?}, expected {want:?}"));
        }
    }
    errors
}

#[test]
fn fixtures() {
    let mut errors = Vec::new();
    for (name, text, expect) in FIXTURES {
        let expect: Value =
            serde_json::from_str(expect).unwrap_or_else(|e| panic!("{name}.expect.json: {e}"));
        errors.extend(check(name, text, &expect));
    }
    assert!(
        errors.is_empty(),
        "help: compare with tests/data/*.expect.json\n{}",
        errors.join("\n")
    );
}

#[test]
fn records_round_trip_through_json() {
    for (name, text, _) in FIXTURES {
        let record = communique::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let json = serde_json::to_string(&record).unwrap_or_else(|e| panic!("{name}: {e}"));
        let back: Communique =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, record, "{name}");
    }
}

#[test]
fn french_and_english_versions_share_ids() {
    // The same announcement written in each language.
    let fr = "NAIROBI, 2 juin 2025 – Le Programme alimentaire mondial a conclu avec l’ONUDC et \
              l’OIM un plan commun pour les ports de la région.";
    let en = "NAIROBI, 2 June 2025 – The World Food Programme agreed a joint plan for the \
              region's ports with UNODC and IOM.";
    let ids = |text: &str| {
        let mut ids: Vec<String> = communique::parse(text)
            .unwrap()
            .organisations
            .into_iter()
            .filter_map(|o| o.id)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(fr), ids(en));
    assert_eq!(ids(en), ["iom", "unodc", "wfp"]);
}
