//! `Parser::parse_bytes` on arbitrary bytes, with the detecting parser and
//! with French and English forced (so that every input reaches the
//! extractors): no panic, no hang, and every span of a record inside the
//! input and on char boundaries.

#![no_main]

use std::sync::LazyLock;

use communique::{Lang, Parser};
use libfuzzer_sys::fuzz_target;

static PARSERS: LazyLock<[Parser; 3]> = LazyLock::new(|| {
    [
        Parser::new(),
        Parser::builder().language(Lang::Fr).build().unwrap(),
        Parser::builder().language(Lang::En).build().unwrap(),
    ]
});

fn spans(v: &serde_json::Value, out: &mut Vec<(u64, u64)>) {
    match v {
        serde_json::Value::Array(a) => match &a[..] {
            [serde_json::Value::Number(s), serde_json::Value::Number(e)] => {
                out.push((s.as_u64().unwrap(), e.as_u64().unwrap()));
            }
            _ => a.iter().for_each(|x| spans(x, out)),
        },
        serde_json::Value::Object(o) => o.values().for_each(|x| spans(x, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    for parser in PARSERS.iter() {
        let Ok(record) = parser.parse_bytes(data) else {
            continue;
        };
        let text = std::str::from_utf8(data).expect("a record only for UTF-8");
        let mut found = Vec::new();
        spans(&serde_json::to_value(&record).unwrap(), &mut found);
        for (s, e) in found {
            let (s, e) = (s as usize, e as usize);
            assert!(s <= e && e <= text.len(), "span {s}..{e} outside the input");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }
});
