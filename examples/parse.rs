//! Parses press releases and prints their records as JSON.
//!
//! ```text
//! cargo run --release --example parse -- [--jsonl] [--lang fr|en] [--jobs N] FILE...
//! ```
//!
//! One file prints one pretty JSON record; `--jsonl` prints one compact
//! line per file, each with `"source": PATH` (the format `score.py` reads).
//! `-` reads standard input. `--jobs N` parses on N threads (default: the
//! number of cores); output keeps the order of the files. A file that cannot
//! be read or parsed gives one line on stderr naming it and the reason; the
//! other files are still parsed, and the exit status is 1. Batches of more
//! than 1,000 files report progress on stderr when it is a terminal.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use communique::{Communique, Lang, Parser};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    source: &'a str,
    #[serde(flatten)]
    record: &'a Communique,
}

const USAGE: &str = "usage: parse [--jsonl] [--lang fr|en] [--jobs N] FILE... (- reads stdin)";

/// What became of one file: its JSON, or the reason it failed.
type Outcome = Result<String, String>;

fn read(file: &str) -> std::io::Result<Vec<u8>> {
    if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(file)
    }
}

fn process(parser: &Parser, file: &str, jsonl: bool) -> Outcome {
    let bytes = read(file).map_err(|e| e.to_string())?;
    let record = parser.parse_bytes(&bytes).map_err(|e| e.to_string())?;
    let output = Output {
        source: file,
        record: &record,
    };
    if jsonl {
        serde_json::to_string(&output)
    } else {
        serde_json::to_string_pretty(&output)
    }
    .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut lang = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                Some(l) => lang = Some(l),
                None => {
                    eprintln!("parse: --lang takes fr or en\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--jobs" | "-j" => match args.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => {
                    eprintln!("parse: --jobs takes a positive number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => {
                eprintln!("parse: unknown option {arg}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut builder = Parser::builder();
    if let Some(l) = lang {
        builder.language(l);
    }
    let parser = match builder.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("parse: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Workers take the next file; results come back in file order.
    let outcomes: Vec<Mutex<Option<Outcome>>> = files.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let progress = files.len() > 1000 && std::io::stderr().is_terminal();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(files.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let outcome = process(&parser, file, jsonl);
                    if let Ok(mut slot) = outcomes[i].lock() {
                        *slot = Some(outcome);
                    }
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if progress && (n.is_multiple_of(500) || n == files.len()) {
                        eprint!("\rparsed {n}/{}", files.len());
                        if n == files.len() {
                            eprintln!();
                        }
                    }
                }
            });
        }
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for (file, slot) in files.iter().zip(outcomes) {
        match slot.into_inner().ok().flatten() {
            Some(Ok(json)) => {
                if writeln!(out, "{json}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Some(Err(reason)) => {
                eprintln!("{file}: {reason}");
                failed = true;
            }
            None => {
                eprintln!("{file}: not parsed");
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
