//! The command line: `check`, `quotes`, `names`, `init`, and the arguments of `lsp`, which
//! `main` starts. A thin adapter: it reads files, finds each draft's config, runs the analysis
//! in parallel and prints in input order.

mod args;
mod check;
mod diff;
mod fix;
mod index;
mod inputs;
pub mod output;
pub mod report;
mod sources;

pub use args::{BatchCommand, Cli, Command};

use crate::analysis::Analysis;
use crate::article::Format;
use crate::config::Config;
use crate::record::Record;
use args::InputArgs;
use inputs::{ConfigCache, ConfigFailure, Draft, Input};
use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Exit status: no finding at or above the threshold.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: findings at or above the threshold.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: a usage, config or I/O error.
pub const EXIT_ERROR: u8 = 2;

/// Runs one batch command. `copydesk lsp` is not one: `main` starts the server.
pub fn run(command: BatchCommand) -> ExitCode {
    match command {
        BatchCommand::Check(args) => check::run(&args),
        BatchCommand::Quotes(args) => index::run_quotes(&args),
        BatchCommand::Names(args) => index::run_names(&args),
        BatchCommand::Init { force } => init(force),
    }
}

fn init(force: bool) -> ExitCode {
    let path = Path::new("copydesk.toml");
    if path.exists() && !force {
        eprintln!("copydesk: copydesk.toml already exists here (use --force to overwrite it)");
        return ExitCode::from(EXIT_ERROR);
    }
    match std::fs::write(path, crate::config::DEFAULT_TOML) {
        Ok(()) => {
            println!("wrote copydesk.toml");
            ExitCode::from(EXIT_CLEAN)
        }
        Err(e) => {
            eprintln!("copydesk: cannot write copydesk.toml: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The result of one input: the analysis, a failure message, or a skip note.
pub(crate) enum Processed<T> {
    Done(T),
    Failed(String),
    Skipped(String),
}

impl<T> Processed<T> {
    /// Work that can itself fail, on a draft that was processed.
    pub(crate) fn and_then<U>(self, work: impl FnOnce(T) -> Processed<U>) -> Processed<U> {
        match self {
            Processed::Done(done) => work(done),
            Processed::Failed(message) => Processed::Failed(message),
            Processed::Skipped(note) => Processed::Skipped(note),
        }
    }

    pub(crate) fn map<U>(self, work: impl FnOnce(T) -> U) -> Processed<U> {
        self.and_then(|done| Processed::Done(work(done)))
    }
}

/// The analysis of a draft checked against its record (empty for a draft with no sources),
/// read with every line break the core knows (the spans are the same in the draft).
pub(crate) fn analyze_with_record(
    text: &str,
    format: Format,
    config: &Config,
    record: &Record,
) -> Analysis {
    crate::analysis::analyze_with_record(
        &crate::text::with_lone_returns_as_newlines(text),
        format,
        config,
        record,
    )
}

/// A draft as analysed, with what it was analysed under: `check --fix` analyses the fixed
/// text again, and writes it back to `path`.
pub(crate) struct Analysed<'a> {
    pub draft: &'a Draft,
    pub analysis: &'a Analysis,
    pub format: Format,
    pub config: &'a Config,
    /// The file the draft was read from; `None` for standard input.
    pub path: Option<&'a Path>,
    /// The draft's record, as read for it (empty for a draft with no sources).
    pub record: &'a Record,
}

/// Runs `work` over every input in parallel, in chunks so memory stays bounded by the largest
/// files in flight, and hands each result to `sink` in input order. A chunk waits for its
/// slowest draft while the other cores idle, so chunks are long: 16 drafts a thread cost a
/// corpus check an eighth of its time. The next chunk is analysed while this thread hands the
/// last one's results to `sink`, so that writing the report never leaves the cores idle.
///
/// A `--config FILE` that cannot be used stops the run before any draft is read. The answer
/// counts the drafts some of whose sources could not be read (each said on standard error);
/// the run exits 2 for them, as for an unreadable draft.
pub(crate) fn process_inputs<T: Send>(
    args: &InputArgs,
    work: impl Fn(&Analysed) -> T + Sync,
    mut sink: impl FnMut(String, Processed<T>),
) -> Result<usize, ConfigFailure> {
    let configs = ConfigCache::new(args.config.as_deref())?;
    let inputs = inputs::collect(args, &configs);
    let chunk = rayon::current_num_threads().max(1) * 256;
    // One chunk's results wait at most: memory stays bounded by two chunks in flight.
    let (done, results) = std::sync::mpsc::sync_channel::<Vec<(String, Processed<T>)>>(1);
    let unread = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (inputs, configs, work, unread) = (&inputs, &configs, &work, &unread);
        scope.spawn(move || {
            for batch in inputs.chunks(chunk) {
                let results = batch
                    .par_iter()
                    .map(|input| process_one(input, args, configs, work, unread))
                    .collect();
                if done.send(results).is_err() {
                    break;
                }
            }
        });
        for batch in results {
            for (display, result) in batch {
                sink(display, result);
            }
        }
    });
    Ok(unread.into_inner())
}

/// The one error of a run whose `--config FILE` cannot be used.
pub(crate) fn unusable_config(failure: &ConfigFailure) -> ExitCode {
    eprintln!("copydesk: config error: {failure}");
    ExitCode::from(EXIT_ERROR)
}

fn process_one<T>(
    input: &Input,
    args: &InputArgs,
    configs: &ConfigCache,
    work: &impl Fn(&Analysed) -> T,
    unread: &AtomicUsize,
) -> (String, Processed<T>) {
    let (draft, config_folder, path) = match input {
        Input::Error { display, message } => {
            return (display.clone(), Processed::Failed(message.clone()))
        }
        Input::Skipped { display, note } => {
            return (display.clone(), Processed::Skipped(note.clone()))
        }
        Input::File { display, path } => match inputs::read_draft(display, path) {
            Ok(draft) => (
                draft,
                path.parent().map(Path::to_path_buf).unwrap_or_default(),
                Some(path.as_path()),
            ),
            Err(message) => return (display.clone(), Processed::Failed(message)),
        },
        Input::Stdin { display, text } => {
            let folder = args
                .stdin_filename
                .as_ref()
                .and_then(|p| p.parent())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            (
                Draft {
                    display: display.clone(),
                    text: text.clone(),
                },
                folder,
                None,
            )
        }
    };
    let found = match configs.for_folder(&config_folder) {
        Ok(found) => found,
        Err(failure) => {
            return (
                draft.display.clone(),
                Processed::Failed(format!("config error: {failure}")),
            )
        }
    };
    let format = match input {
        Input::Stdin { .. } if args.stdin_filename.is_none() => inputs::unnamed_format(&draft.text),
        _ => Format::from_path(&draft.display),
    };
    let config = std::sync::Arc::clone(&found.config);
    let draft_path = path
        .or(args.stdin_filename.as_deref())
        .unwrap_or(Path::new("-"));
    let (record, unreadable) = sources::read_record(
        draft_path,
        &draft.text,
        format,
        &config,
        found.sources_below(),
    );
    if !unreadable.is_empty() {
        let message = unreadable.join("; ");
        eprintln!("copydesk: {}: {message}", draft.display);
        unread.fetch_add(1, Ordering::Relaxed);
    }
    let analysis = analyze_with_record(&draft.text, format, &config, &record);
    let result = work(&Analysed {
        draft: &draft,
        analysis: &analysis,
        format,
        config: &config,
        path,
        record: &record,
    });
    (draft.display, Processed::Done(result))
}
