//! Parses press releases and prints their records as JSON.
//!
//! ```text
//! cargo run --release --example parse -- [--jsonl] [--lang fr|en] FILE...
//! ```
//!
//! One file prints one pretty JSON record; `--jsonl` prints one compact
//! line per file, each with `"source": PATH` (the format `score.py` reads).
//! `-` reads standard input. A file that cannot be read or parsed gives one
//! line on stderr naming it and the reason; the other files are still
//! parsed, and the exit status is 1.

use std::io::{Read, Write};
use std::process::ExitCode;

use communique::{Communique, Lang, Parser};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    source: &'a str,
    #[serde(flatten)]
    record: &'a Communique,
}

const USAGE: &str = "usage: parse [--jsonl] [--lang fr|en] FILE... (- reads stdin)";

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut lang = None;
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
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        let bytes = if file == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        let result = match bytes {
            Err(e) => Err(e.to_string()),
            Ok(bytes) => parser.parse_bytes(&bytes).map_err(|e| e.to_string()),
        };
        match result {
            Ok(record) => {
                let output = Output {
                    source: file,
                    record: &record,
                };
                let json = if jsonl {
                    serde_json::to_string(&output)
                } else {
                    serde_json::to_string_pretty(&output)
                };
                match json {
                    Ok(line) => {
                        if writeln!(out, "{line}").is_err() {
                            return ExitCode::FAILURE;
                        }
                    }
                    Err(e) => {
                        eprintln!("{file}: {e}");
                        failed = true;
                    }
                }
            }
            Err(reason) => {
                eprintln!("{file}: {reason}");
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
