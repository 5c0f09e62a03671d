use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// copydesk: a copy editor for news drafts. Flags unattributed quotes, inconsistent name
/// spellings and missing or malformed datelines.
#[derive(Parser, Debug)]
#[command(name = "copydesk", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Every subcommand. `main` starts the language server itself and hands the rest to `cli::run`,
/// so that the command line never depends on the server.
#[derive(Subcommand, Debug)]
pub enum Command {
    #[command(flatten)]
    Batch(BatchCommand),
    /// Run the language server on stdio.
    // `--help` lists it between `names` and `init`, where it stood before the split.
    #[command(display_order = 3)]
    Lsp,
}

/// The commands that read drafts or write a file, then exit.
#[derive(Subcommand, Debug)]
pub enum BatchCommand {
    /// Lint drafts (files, folders, or `-` for standard input).
    Check(CheckArgs),
    /// The speaker index of each draft: every speaker with their quotes, and the quotes with no speaker.
    Quotes(IndexArgs),
    /// The people in each draft: canonical spelling, role, mentions and spelling variants.
    Names(IndexArgs),
    /// Write a commented default copydesk.toml in the current folder.
    // After `lsp` in `--help`: see `Command::Lsp`.
    #[command(display_order = 4)]
    Init {
        /// Overwrite an existing copydesk.toml.
        #[arg(long)]
        force: bool,
    },
}

#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or folders to read (`-` reads standard input).
    pub paths: Vec<PathBuf>,
    /// The file name to report for standard input; also picks the format and the config folder.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Use this config file instead of discovering one per draft.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("fixing").args(["fix", "diff"])))]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Apply every safe fix in place and report the findings left. With `-`, write the fixed
    /// text to standard output (and the report to standard error).
    #[arg(long)]
    pub fix: bool,
    /// Print the fixes as a unified diff and change nothing; exit 1 when there would be changes.
    #[arg(long)]
    pub diff: bool,
    /// With --fix or --diff, also apply the fixes that need an editor's eye (an inserted
    /// attribution, a placeholder dateline).
    #[arg(long, requires = "fixing")]
    pub unsafe_fixes: bool,
}

#[derive(clap::Args, Debug)]
pub struct IndexArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = IndexFormat::Human)]
    pub format: IndexFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
    Never,
}
