use clap::Parser;
use copydesk::cli::{self, Cli};

fn main() -> std::process::ExitCode {
    cli::run(Cli::parse())
}
