//! The language server: `copydesk lsp` on stdio. The only module that names LSP types.
//!
//! STUB: the language-server issue replaces this.

/// Runs the language server on stdin/stdout until the client exits.
pub fn run_stdio() -> std::process::ExitCode {
    eprintln!("copydesk lsp: not yet");
    std::process::ExitCode::from(2)
}
