//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning, built from the typed structures of
//! the `serde-sarif` crate so the output always matches the schema's shapes.

use crate::cli::report::{Diagnostic, FileReport, Outcome};
use crate::finding::{Rule, Severity};
use serde_sarif::sarif;
use std::io::Write;

/// Where a reader finds the rule's page: its address, or its path in the repository.
fn help_page(rule: Rule) -> String {
    rule.doc_url()
        .unwrap_or_else(|| format!("docs/rules/{}.md in the copydesk repository.", rule.code()))
}

pub fn build(reports: &[FileReport]) -> sarif::Sarif {
    let rules: Vec<sarif::ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|rule| {
            let mut descriptor = sarif::ReportingDescriptor::builder()
                .id(rule.code().to_string())
                .name(rule.code().to_string())
                .short_description(
                    sarif::MultiformatMessageString::builder()
                        .text(rule.summary().to_string())
                        .build(),
                )
                .full_description(
                    sarif::MultiformatMessageString::builder()
                        .text(rule.summary().to_string())
                        .build(),
                )
                .help(
                    sarif::MultiformatMessageString::builder()
                        .text(format!("{} See {}", rule.summary(), help_page(*rule)))
                        .build(),
                )
                .default_configuration(
                    sarif::ReportingConfiguration::builder()
                        .enabled(rule.on_by_default())
                        .level(serde_json::json!(level(rule.default_severity())))
                        .build(),
                )
                .build();
            descriptor.help_uri = rule.doc_url();
            descriptor
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for report in reports {
        match &report.outcome {
            Outcome::Checked(diagnostics) => {
                for d in diagnostics {
                    let region = sarif::Region::builder()
                        .start_line(d.start.line as i64)
                        .start_column(d.start.column as i64)
                        .end_line(d.end.line as i64)
                        .end_column(d.end.column as i64)
                        .byte_offset(d.span.start as i64)
                        .byte_length(d.span.len() as i64)
                        .build();
                    let location = sarif::Location::builder()
                        .physical_location(
                            sarif::PhysicalLocation::builder()
                                .artifact_location(artifact(&report.path))
                                .region(region)
                                .build(),
                        )
                        .build();
                    let mut result = sarif::Result::builder()
                        .rule_id(d.rule.code().to_string())
                        .level(sarif_level(d.severity))
                        .message(sarif::Message::builder().text(d.message.clone()).build())
                        .locations(vec![location])
                        .build();
                    if !d.related_elsewhere.is_empty() {
                        result.related_locations = Some(related_locations(d));
                    }
                    results.push(result);
                }
            }
            Outcome::Failed(message) => notifications.push(
                sarif::Notification::builder()
                    .message(
                        sarif::Message::builder()
                            .text(format!("{}: {message}", report.path))
                            .build(),
                    )
                    .level(serde_json::json!("error"))
                    .locations(vec![sarif::Location::builder()
                        .physical_location(
                            sarif::PhysicalLocation::builder()
                                .artifact_location(artifact(&report.path))
                                .build(),
                        )
                        .build()])
                    .build(),
            ),
            Outcome::Skipped(_) => {}
        }
    }
    let mut driver = sarif::ToolComponent::builder()
        .name("copydesk".to_string())
        .version(env!("CARGO_PKG_VERSION").to_string())
        .semantic_version(env!("CARGO_PKG_VERSION").to_string())
        .rules(rules)
        .build();
    driver.information_uri = crate::finding::REPOSITORY_URL.map(str::to_string);
    let invocation = sarif::Invocation::builder()
        .execution_successful(notifications.is_empty())
        .tool_execution_notifications(notifications)
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .build();
    sarif::Sarif::builder()
        .schema(sarif::SCHEMA_URL.to_string())
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// The lines of the draft's record a finding points at, as SARIF related locations.
fn related_locations(d: &Diagnostic) -> Vec<sarif::Location> {
    d.related_elsewhere
        .iter()
        .enumerate()
        .map(|(id, related)| {
            let region = sarif::Region::builder()
                .start_line(related.line as i64)
                .build();
            let mut location = sarif::Location::builder()
                .physical_location(
                    sarif::PhysicalLocation::builder()
                        .artifact_location(artifact(&related.path))
                        .region(region)
                        .build(),
                )
                .message(
                    sarif::Message::builder()
                        .text(related.message.clone())
                        .build(),
                )
                .build();
            location.id = Some(id as i64);
            location
        })
        .collect()
}

fn artifact(path: &str) -> sarif::ArtifactLocation {
    sarif::ArtifactLocation::builder()
        .uri(path.replace('\\', "/"))
        .build()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn sarif_level(severity: Severity) -> sarif::ResultLevel {
    match severity {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Info | Severity::Hint => sarif::ResultLevel::Note,
    }
}

pub fn emit(reports: &[FileReport], out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &build(reports))?;
    writeln!(out)
}
