//! Criterion benches: the whole pipeline on short and long French and
//! English releases (the bundled and fixture texts, replicated for the long
//! ones), the stages one by one, parser construction, and, in the same run,
//! a bare `unicode-segmentation` word-bound pass over the same text as the
//! reference ceiling (`ceiling/...`): the pipeline/ceiling ratio is what to
//! watch on a noisy machine. The `adversarial` group runs the inputs of
//! `tests/common/adversarial.rs` at 1 MB beside 1 MB of plain text
//! (`adversarial/plain`): their cost per MB as a ratio to it.

use std::hint::black_box;

use communique::{Lang, Parser, stages};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

#[path = "../tests/common/adversarial.rs"]
mod adversarial;

const FR: &str = concat!(
    include_str!("../examples/data/communique-fr.txt"),
    "\n\n",
    include_str!("../tests/data/fr-hcr-niger.txt")
);
const EN: &str = concat!(
    include_str!("../examples/data/communique-en.txt"),
    "\n\n",
    include_str!("../tests/data/en-wfp-kenya.txt")
);

/// About 30 kB: the short text repeated.
fn long(text: &str) -> String {
    let mut out = String::new();
    while out.len() < 30_000 {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

fn word_bounds(text: &str) -> usize {
    text.split_word_bounds().count()
}

fn bench_pipeline(c: &mut Criterion) {
    let parser = Parser::new();
    // Warm up the lazily built tables before timing.
    let _ = parser.parse(FR);
    let cases = [
        ("fr-short", FR.to_string(), Lang::Fr),
        ("en-short", EN.to_string(), Lang::En),
        ("fr-long", long(FR), Lang::Fr),
        ("en-long", long(EN), Lang::En),
    ];
    let mut g = c.benchmark_group("pipeline");
    for (name, text, _) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| parser.parse(black_box(text))));
    }
    g.finish();
    let mut g = c.benchmark_group("ceiling");
    for (name, text, _) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| word_bounds(black_box(text))));
    }
    g.finish();
    let mut g = c.benchmark_group("stages");
    let (_, text, lang) = &cases[2];
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalise", |b| {
        b.iter(|| stages::normalise(black_box(text)))
    });
    g.bench_function("language", |b| {
        b.iter(|| stages::detect_language(black_box(text)))
    });
    g.bench_function("tokens", |b| {
        b.iter(|| stages::tokens(black_box(text), *lang))
    });
    g.bench_function("sentences", |b| {
        b.iter(|| stages::sentences(black_box(text), *lang))
    });
    g.bench_function("gazetteer-match", |b| {
        b.iter(|| stages::match_gazetteer(black_box(text)))
    });
    g.bench_function("document", |b| {
        b.iter(|| stages::document(black_box(text), *lang))
    });
    g.bench_function("extractors", |b| {
        b.iter(|| stages::extractors(black_box(text), *lang))
    });
    g.finish();
}

fn bench_construction(c: &mut Criterion) {
    let mut g = c.benchmark_group("construction");
    g.sample_size(20);
    g.bench_function("gazetteer-compile", |b| b.iter(stages::compile_gazetteer));
    g.bench_function("parser-with-extra-organisation", |b| {
        b.iter(|| {
            Parser::builder()
                .organisations_tsv("acme\tcompany\tAcme Water\tEaux Acme\t\t\t")
                .build()
        })
    });
    g.finish();
}

fn bench_adversarial(c: &mut Criterion) {
    const MB: usize = 1 << 20;
    let parser = Parser::builder().language(Lang::Fr).build().unwrap();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    let plain = adversarial::plain(MB);
    g.throughput(Throughput::Bytes(plain.len() as u64));
    g.bench_function("plain", |b| b.iter(|| parser.parse(black_box(&plain))));
    for (name, make) in adversarial::CASES {
        let text = make(MB);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| parser.parse(black_box(&text))));
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_pipeline,
    bench_construction,
    bench_adversarial
);
criterion_main!(benches);
