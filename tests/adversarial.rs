//! Adversarial inputs must finish and give a sane record: spans inside the
//! input and on char boundaries, no item outside the text. No wall-clock
//! assertion (the machine is noisy): `benches/pipeline.rs` measures the
//! same inputs per MB against plain text.

mod common;

use common::adversarial::CASES;
use communique::{ErrorKind, Lang, Parser};

/// The size the bench measures them at too.
const SIZE: usize = 1 << 20;

#[test]
fn adversarial_inputs_give_sane_records() {
    let auto = Parser::new();
    let forced = Parser::builder().language(Lang::Fr).build().unwrap();
    for (name, make) in CASES {
        let text = make(SIZE);
        for (parser, which) in [(&auto, "detected"), (&forced, "forced")] {
            match parser.parse(&text) {
                Ok(record) => {
                    let json = serde_json::to_value(&record).unwrap();
                    let mut spans = Vec::new();
                    collect_spans(&json, &mut spans);
                    for (s, e) in spans {
                        assert!(
                            s <= e && e <= text.len(),
                            "{name} ({which}): span {s}..{e} outside the input"
                        );
                        assert!(
                            text.is_char_boundary(s) && text.is_char_boundary(e),
                            "{name} ({which}): span {s}..{e} not on char boundaries"
                        );
                    }
                }
                Err(e) => assert!(
                    matches!(
                        e.kind(),
                        ErrorKind::Empty | ErrorKind::UnsupportedLanguage { .. }
                    ),
                    "{name} ({which}): unexpected error {e}"
                ),
            }
        }
    }
}

#[test]
fn oversized_input_is_refused_before_any_work() {
    let parser = Parser::builder().max_input_bytes(1000).build().unwrap();
    let text = common::adversarial::plain(5000);
    let err = parser.parse(&text).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::TooLarge { .. }), "{err}");
}

/// Every `[start, end]` pair of integers in a JSON record (spans are
/// serialised as such pairs).
fn collect_spans(v: &serde_json::Value, out: &mut Vec<(usize, usize)>) {
    match v {
        serde_json::Value::Array(a) => {
            if let [serde_json::Value::Number(s), serde_json::Value::Number(e)] = &a[..]
                && let (Some(s), Some(e)) = (s.as_u64(), e.as_u64())
            {
                out.push((s as usize, e as usize));
            } else {
                a.iter().for_each(|x| collect_spans(x, out));
            }
        }
        serde_json::Value::Object(o) => o.values().for_each(|x| collect_spans(x, out)),
        _ => {}
    }
}
