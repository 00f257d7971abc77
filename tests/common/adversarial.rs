//! Adversarial inputs, shared by `tests/adversarial.rs` (which checks that
//! each finishes with a sane record) and `benches/pipeline.rs` (which
//! reports their cost per MB against plain text of the same size). Each
//! generator takes a target size in bytes and returns about that much.

/// A plain release: the bundled French example repeated.
pub fn plain(size: usize) -> String {
    repeat(
        concat!(
            include_str!("../../examples/data/communique-fr.txt"),
            "\n\n"
        ),
        size,
    )
}

/// `unit` repeated until the text reaches `size` bytes.
pub fn repeat(unit: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + unit.len());
    while out.len() < size {
        out.push_str(unit);
    }
    out
}

/// Makes an input of about the size given.
pub type Generator = fn(usize) -> String;

/// The inputs, by name.
pub const CASES: &[(&str, Generator)] = &[
    ("unmatched-quote-marks", |n| {
        repeat("« Le ministre a dit “ que la ", n)
    }),
    ("one-line-without-spaces", |n| {
        repeat("Organisation-mondiale-de-la-Santé/OMS_", n)
    }),
    ("nested-brackets", |n| {
        let half = n / 2;
        format!("{}{}", "(«[".repeat(half / 3), "]»)".repeat(half / 3))
    }),
    ("repeated-honorific", |n| repeat("M. ", n)),
    ("repeated-title-and-name", |n| {
        repeat("le Directeur général adjoint de l'OMS, M. Jean Dupont, ", n)
    }),
    ("only-nbsp", |n| repeat("\u{a0}", n)),
    ("mixed-scripts", |n| {
        repeat(
            "L'UNICEF et Москва 世界保健機関 منظمة الصحة 🌍 a déclaré « نحن » le 3 mai 2024. ",
            n,
        )
    }),
    ("control-characters", |n| {
        repeat(
            "Le\u{0} HCR\u{1} a\u{7} dit\u{1b}[0m « oui\u{8} »\r\u{b}\u{c}2024 ",
            n,
        )
    }),
    ("many-newlines", |n| repeat("\n\n\u{2028}\r\n", n)),
    ("dense-dates", |n| {
        repeat("le 3 mai 2024, du 4 au 6 juin 2025 et en 2030; ", n)
    }),
];
