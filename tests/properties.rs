//! Property tests: parsing never panics and every span of the record lies
//! on char boundaries inside the input; tokens reassemble the text they were
//! cut from; sentences are in order and inside the text.

use communique::segment::{sentence::sentences, tokenize};
use communique::{Communique, Lang, Parser, Span};
use proptest::prelude::*;

/// Text that looks like a release: words, names, marks and the characters
/// the normaliser rewrites.
fn release_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("« ".to_string()),
            Just(" »".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just("\u{a0}".to_string()),
            Just("\u{202f}".to_string()),
            Just("\u{ad}".to_string()),
            Just("\r\n".to_string()),
            Just("\n\n".to_string()),
            Just(" – ".to_string()),
            Just("l’".to_string()),
            Just("a-t-elle ".to_string()),
            Just("M. ".to_string()),
            Just("Directrice générale de l'OIM, ".to_string()),
            Just("Claire Martin ".to_string()),
            Just("said ".to_string()),
            Just("a déclaré ".to_string()),
            Just("12 mars 2024 ".to_string()),
            Just("(ONUDC) ".to_string()),
            Just("Lire aussi : ".to_string()),
            Just("e\u{301}".to_string()),
            "[a-zA-Zéèàç]{1,8} ",
            "[0-9]{1,4}[ ./-]",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..60,
    );
    pieces.prop_map(|p| p.concat())
}

fn all_spans(r: &Communique) -> Vec<Span> {
    let mut out = Vec::new();
    out.extend(r.title.iter().flat_map(|t| t.spans.clone()));
    out.extend(r.dateline.iter().flat_map(|d| d.spans.clone()));
    out.extend(r.organisations.iter().flat_map(|o| o.spans.clone()));
    out.extend(r.people.iter().flat_map(|p| p.spans.clone()));
    out.extend(
        r.quotes
            .iter()
            .flat_map(|q| q.spans.iter().copied().chain(q.attribution)),
    );
    out.extend(r.priority_areas.iter().flat_map(|a| a.spans.clone()));
    out.extend(r.dates.iter().flat_map(|d| d.spans.clone()));
    out.extend(r.locations.iter().flat_map(|l| l.spans.clone()));
    out.extend(r.boilerplate.iter().flat_map(|b| b.spans.clone()));
    out
}

fn check_spans(text: &str, r: &Communique) -> Result<(), TestCaseError> {
    for s in all_spans(r) {
        prop_assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} outside {}",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} splits a char"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn parsing_never_panics_and_spans_are_valid(text in release_like()) {
        for lang in [Lang::Fr, Lang::En] {
            let parser = Parser::builder().language(lang).build().unwrap();
            if let Ok(record) = parser.parse(&text) {
                check_spans(&text, &record)?;
            }
        }
        // Detected language: any outcome but a panic is fine.
        if let Ok(record) = communique::parse(&text) {
            check_spans(&text, &record)?;
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let parser = Parser::builder().language(Lang::Fr).build().unwrap();
        if let Ok(record) = parser.parse(&text) {
            check_spans(&text, &record)?;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let parser = Parser::builder().language(Lang::En).build().unwrap();
        if let (Ok(record), Ok(text)) = (parser.parse_bytes(&bytes), std::str::from_utf8(&bytes)) {
            check_spans(text, &record)?;
        }
    }

    #[test]
    fn tokens_reassemble_the_text(text in release_like(), fr in any::<bool>()) {
        let lang = if fr { Lang::Fr } else { Lang::En };
        let tokens = tokenize(&text, lang);
        let joined: String = tokens.iter().map(|t| t.as_str(&text)).collect();
        prop_assert_eq!(&joined, &text);
        for pair in tokens.windows(2) {
            prop_assert_eq!(pair[0].span.end, pair[1].span.start);
        }
        let sents = sentences(&text, &tokens, lang);
        for pair in sents.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start);
        }
        for s in &sents {
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}
