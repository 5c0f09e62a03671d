//! One emitter per output format; the serialised shapes exist only here.

mod github;
mod human;
mod json;
mod sarif;

use super::args::CheckFormat;
use super::report::{FileReport, Summary};
use std::io::Write;

pub fn emit(
    format: CheckFormat,
    reports: &[FileReport],
    summary: &Summary,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        CheckFormat::Human => human::emit(reports, summary, out, human::use_colour()),
        CheckFormat::Json => json::emit(reports, summary, out),
        CheckFormat::Sarif => sarif::emit(reports, out),
        CheckFormat::Github => github::emit(reports, out),
    }
}

pub use json::{range as json_range, Range as JsonRange};
pub use sarif::build as build_sarif;
