//! `copydesk quotes` and `copydesk names`: the speaker index and the people table of each draft,
//! for fact-checkers and for scripts.

use super::args::{IndexArgs, IndexFormat};
use super::output::json_range;
use super::report::position;
use super::{process_inputs, unusable_config, Processed, EXIT_CLEAN, EXIT_ERROR};
use crate::analysis::Analysis;
use crate::article::Attribution;
use crate::record::RecordMatch;
use crate::text::LineIndex;
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

#[derive(Serialize)]
struct QuoteEntry {
    text: String,
    byte_range: [usize; 2],
    range: super::output::JsonRange,
    speaker: Option<String>,
    cue: Option<String>,
    kind: &'static str,
    inferred: bool,
    /// How sure the speaker is, 0 to 1 (`null` without a speaker): below 1 when a pronoun or
    /// a description was resolved to a name.
    confidence: Option<f32>,
    /// The other speakers a reader might name, best first, when the speaker is a guess.
    alternatives: Vec<String>,
    /// The quote against the draft's record, for a draft with sources (quotes of fewer than
    /// three words are not checked).
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceEntry>,
    #[serde(skip)]
    line: usize,
}

/// Where the record holds a quote, and how the quote stands against it.
#[derive(Serialize)]
struct SourceEntry {
    path: Option<String>,
    line: Option<usize>,
    timestamp: Option<String>,
    /// "exact", "edited", "differs" or "none".
    #[serde(rename = "match")]
    kind: &'static str,
}

impl SourceEntry {
    fn of(found: &RecordMatch) -> SourceEntry {
        let passage = found.passage.as_ref();
        SourceEntry {
            path: passage.map(|p| p.path.clone()),
            line: passage.map(|p| p.line),
            timestamp: passage.and_then(|p| p.timestamp.clone()),
            kind: found.kind.as_str(),
        }
    }
}

#[derive(Serialize)]
struct SpeakerEntry {
    name: String,
    quotes: Vec<usize>,
}

#[derive(Serialize, Default)]
struct QuotesIndex {
    quotes: Vec<QuoteEntry>,
    speakers: Vec<SpeakerEntry>,
}

/// One draft in an index: its path, the index itself, or the reason it could not be read.
#[derive(Serialize)]
struct IndexFile<T> {
    path: String,
    #[serde(flatten)]
    index: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn quotes_of(text: &str, analysis: &Analysis) -> QuotesIndex {
    let index = LineIndex::new(text);
    let mut entries = Vec::new();
    let mut speakers: Vec<SpeakerEntry> = Vec::new();
    let checked = |quote: usize| analysis.record_matches.get(quote).and_then(Option::as_ref);
    for (number_in_draft, quote) in analysis.article.quotes.iter().enumerate() {
        if !quote.is_speech() {
            continue;
        }
        let speaker = quote.attribution.as_ref().map(|a| a.speaker.clone());
        let number = entries.len();
        if let Some(name) = &speaker {
            match speakers.iter_mut().find(|s| &s.name == name) {
                Some(entry) => entry.quotes.push(number),
                None => speakers.push(SpeakerEntry {
                    name: name.clone(),
                    quotes: vec![number],
                }),
            }
        }
        let start = position(&index, text, quote.span.start);
        entries.push(QuoteEntry {
            text: quote.content.slice(text).to_string(),
            byte_range: [quote.span.start, quote.span.end],
            range: json_range(start, position(&index, text, quote.span.end)),
            speaker,
            cue: quote.attribution.as_ref().and_then(|a| a.cue.clone()),
            kind: quote.kind.as_str(),
            inferred: quote.attribution.as_ref().is_some_and(|a| a.inferred()),
            confidence: quote
                .attribution
                .as_ref()
                .map(|a| f32::from(a.confidence) / 100.0),
            alternatives: quote
                .attribution
                .as_ref()
                .map(|a| a.alternatives.clone())
                .unwrap_or_default(),
            source: checked(number_in_draft).map(SourceEntry::of),
            line: start.line,
        });
    }
    QuotesIndex {
        quotes: entries,
        speakers,
    }
}

pub fn run_quotes(args: &IndexArgs) -> ExitCode {
    run_index(args, quotes_of, write_quotes_human)
}

fn write_quotes_human(out: &mut dyn Write, file: &QuotesIndex) -> std::io::Result<()> {
    for speaker in &file.speakers {
        let n = speaker.quotes.len();
        writeln!(
            out,
            "  {} ({n} quote{})",
            speaker.name,
            if n == 1 { "" } else { "s" }
        )?;
        for &i in &speaker.quotes {
            write_quote_line(out, &file.quotes[i])?;
        }
    }
    let orphans: Vec<&QuoteEntry> = file.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    if !orphans.is_empty() {
        writeln!(out, "  No speaker ({})", orphans.len())?;
        for quote in orphans {
            write_quote_line(out, quote)?;
        }
    }
    writeln!(out)
}

fn write_quote_line(out: &mut dyn Write, quote: &QuoteEntry) -> std::io::Result<()> {
    let text = crate::text::join_whitespace(&quote.text);
    let short: String = if text.chars().count() > 90 {
        text.chars().take(89).chain(['…']).collect()
    } else {
        text
    };
    let mut notes = Vec::new();
    if let Some(cue) = &quote.cue {
        notes.push(cue.clone());
    }
    if quote.kind == "partial" {
        notes.push("partial".into());
    }
    if quote.inferred {
        notes.push("carried over".into());
    }
    if let Some(source) = &quote.source {
        notes.push(match (&source.path, source.line) {
            (Some(path), Some(line)) => format!("{} {path}:{line}", source.kind),
            _ => "not in the record".into(),
        });
    }
    if quote
        .confidence
        .is_some_and(|c| c < f32::from(Attribution::SURE) / 100.0)
    {
        let others = quote.alternatives.join(" or ");
        notes.push(if others.is_empty() {
            "probably".into()
        } else {
            format!("probably; or {others}")
        });
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!("  [{}]", notes.join(", "))
    };
    writeln!(out, "    line {:>4}  “{short}”{notes}", quote.line)
}

#[derive(Serialize)]
struct VariantEntry {
    spelling: String,
    count: usize,
    lines: Vec<usize>,
}

#[derive(Serialize)]
struct PersonEntry {
    name: String,
    role: Option<String>,
    mentions: usize,
    first_full_line: Option<usize>,
    variants: Vec<VariantEntry>,
}

#[derive(Serialize, Default)]
struct NamesIndex {
    people: Vec<PersonEntry>,
}

fn people_of(text: &str, analysis: &Analysis) -> NamesIndex {
    let index = LineIndex::new(text);
    let line_of = |offset: usize| index.line_of(offset) + 1;
    let people = analysis
        .article
        .people
        .iter()
        .map(|person| PersonEntry {
            name: person.name.clone(),
            role: person.role.clone(),
            mentions: person.mentions.len(),
            first_full_line: person
                .first_full
                .and_then(|i| person.mentions.get(i))
                .map(|m| line_of(m.span.start)),
            variants: person
                .variants
                .iter()
                .map(|v| VariantEntry {
                    spelling: v.spelling.clone(),
                    count: v.mentions.len(),
                    lines: v
                        .mentions
                        .iter()
                        .filter_map(|&i| person.mentions.get(i))
                        .map(|m| line_of(m.span.start))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    NamesIndex { people }
}

pub fn run_names(args: &IndexArgs) -> ExitCode {
    run_index(args, people_of, write_names_human)
}

/// Builds an index for every draft and prints it: JSON for all files at once, or each file's
/// human form under its path.
fn run_index<T: Serialize + Default + Send>(
    args: &IndexArgs,
    build: fn(&str, &Analysis) -> T,
    write_human: fn(&mut dyn Write, &T) -> std::io::Result<()>,
) -> ExitCode {
    let mut files = Vec::new();
    let mut failed = false;
    let processed = process_inputs(
        &args.input,
        |analysed| build(&analysed.draft.text, analysed.analysis),
        |path, result| match result {
            Processed::Done(index) => files.push(IndexFile {
                path,
                index,
                error: None,
            }),
            Processed::Failed(message) => {
                eprintln!("copydesk: {path}: {message}");
                failed = true;
                files.push(IndexFile {
                    path,
                    index: T::default(),
                    error: Some(message),
                });
            }
            Processed::Skipped(note) => eprintln!("copydesk: note: {path}: {note}"),
        },
    );
    match processed {
        Ok(unread_sources) => failed |= unread_sources > 0,
        Err(failure) => return unusable_config(&failure),
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match args.format {
        IndexFormat::Json => write_json(&mut out, &files),
        IndexFormat::Human => files.iter().try_for_each(|file| {
            writeln!(out, "{}", file.path)?;
            match &file.error {
                Some(error) => writeln!(out, "  error: {error}\n"),
                None => write_human(&mut out, &file.index),
            }
        }),
    };
    let written = written.and_then(|()| out.flush());
    finish(written, failed)
}

fn write_names_human(out: &mut dyn Write, file: &NamesIndex) -> std::io::Result<()> {
    for person in &file.people {
        let role = person
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}{role} — {} mention{}",
            person.name,
            person.mentions,
            if person.mentions == 1 { "" } else { "s" }
        )?;
        if person.variants.len() > 1 {
            for variant in &person.variants {
                let lines: Vec<String> = variant.lines.iter().map(|l| l.to_string()).collect();
                writeln!(
                    out,
                    "      {} ×{} (lines {})",
                    variant.spelling,
                    variant.count,
                    lines.join(", ")
                )?;
            }
        }
    }
    writeln!(out)
}

#[derive(Serialize)]
struct IndexDocument<'a, T> {
    version: u32,
    files: &'a [T],
}

fn write_json<T: Serialize>(out: &mut dyn Write, files: &[T]) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, &IndexDocument { version: 1, files })?;
    writeln!(out)
}

fn finish(written: std::io::Result<()>, failed: bool) -> ExitCode {
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("copydesk: cannot write output: {e}");
            ExitCode::from(EXIT_ERROR)
        }
        _ if failed => ExitCode::from(EXIT_ERROR),
        _ => ExitCode::from(EXIT_CLEAN),
    }
}
