use clap::Parser;
use copydesk::cli::{self, Cli};

/// The analysis makes many small short-lived allocations (words, spellings, keys); mimalloc
/// serves them in about half the time glibc's allocator takes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run(Cli::parse())
}
