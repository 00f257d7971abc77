//! Rules tables of names: each row is a passage written for the tests, the
//! names a careful reader lists from it, and names that must not be listed.

use communique::{Communique, Lang, Parser};

/// (name, language, passage, listed, not listed).
pub type Row = (
    &'static str,
    Lang,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// Parses every row and checks the names `names` reads from its record;
/// fails with every miss of the table at once.
pub fn check(rows: &[Row], names: impl Fn(&Communique) -> Vec<String>) {
    let mut failures = Vec::new();
    for &(row, lang, text, listed, not_listed) in rows {
        let parser = Parser::builder().language(lang).build().expect("parser");
        let record = parser.parse(text).expect("parse");
        let got = names(&record);
        for want in listed {
            if !got.iter().any(|g| g == want) {
                failures.push(format!("{row}: {want:?} not in {got:?}"));
            }
        }
        for unwanted in not_listed {
            if got.iter().any(|g| g == unwanted) {
                failures.push(format!("{row}: {unwanted:?} listed"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
