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

pub use args::{BatchCommand, Cli, Command};

use crate::analysis::Analysis;
use crate::article::Format;
use crate::config::Config;
use args::InputArgs;
use inputs::{ConfigCache, Draft, Input};
use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;

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

/// The analysis of a draft, read with every line break the core knows (the spans are the
/// same in the draft).
pub(crate) fn analyze(text: &str, format: Format, config: &Config) -> Analysis {
    crate::analysis::analyze(
        &crate::text::with_lone_returns_as_newlines(text),
        format,
        config,
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
}

/// Runs `work` over every input in parallel, in chunks so memory stays bounded by the largest
/// files in flight, and hands each result to `sink` in input order. A chunk waits for its
/// slowest draft while the other cores idle, so chunks are long: 16 drafts a thread cost a
/// corpus check an eighth of its time. The next chunk is analysed while this thread hands the
/// last one's results to `sink`, so that writing the report never leaves the cores idle.
pub(crate) fn process_inputs<T: Send>(
    args: &InputArgs,
    work: impl Fn(&Analysed) -> T + Sync,
    mut sink: impl FnMut(String, Processed<T>),
) {
    let configs = ConfigCache::new(args.config.as_deref());
    let inputs = inputs::collect(args, &configs);
    let chunk = rayon::current_num_threads().max(1) * 256;
    // One chunk's results wait at most: memory stays bounded by two chunks in flight.
    let (done, results) = std::sync::mpsc::sync_channel::<Vec<(String, Processed<T>)>>(1);
    std::thread::scope(|scope| {
        let (inputs, configs, work) = (&inputs, &configs, &work);
        scope.spawn(move || {
            for batch in inputs.chunks(chunk) {
                let results = batch
                    .par_iter()
                    .map(|input| process_one(input, args, configs, work))
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
}

fn process_one<T>(
    input: &Input,
    args: &InputArgs,
    configs: &ConfigCache,
    work: &impl Fn(&Analysed) -> T,
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
    let config = match configs.for_folder(&config_folder) {
        Ok(config) => config,
        Err(failure) => {
            return (
                draft.display.clone(),
                Processed::Failed(format!("config error: {failure}")),
            )
        }
    };
    let format = Format::from_path(&draft.display);
    let analysis = analyze(&draft.text, format, &config);
    let result = work(&Analysed {
        draft: &draft,
        analysis: &analysis,
        format,
        config: &config,
        path,
    });
    (draft.display, Processed::Done(result))
}
