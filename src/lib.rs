//! copydesk: a copy editor for news drafts. The analysis is a pure function of the text and
//! the configuration (`analysis::analyze`); the command line (`cli`) and the language server
//! (`server`) are thin adapters over it.

pub mod text;

pub mod article;
pub mod finding;
pub mod record;
pub mod rules;

pub mod analysis;
pub mod config;

pub mod allocator;
pub mod cli;
pub mod server;

pub use analysis::{analyze, analyze_with_record, Analysis};
pub use article::Format;
pub use config::Config;
