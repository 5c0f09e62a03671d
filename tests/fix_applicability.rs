//! Which fixes are safe to apply unread (`check --fix`, the editor's fix-all) and which need an
//! editor's eye (`--unsafe-fixes`): one invented draft per kind of fix, with the fix's title and
//! applicability next to it.

use copydesk::finding::{Applicability, Rule};
use copydesk::{analyze, Config, Format};

/// Every fix `rule` offers in a plain-text draft under `config`: its title and applicability.
fn fixes(rule: Rule, draft: &str, config: &Config) -> Vec<(String, Applicability)> {
    analyze(draft, Format::PlainText, config)
        .findings
        .into_iter()
        .filter(|finding| finding.rule == rule)
        .flat_map(|finding| finding.fixes)
        .map(|fix| (fix.title, fix.applicability))
        .collect()
}

fn ap_style() -> Config {
    Config::from_toml("[dateline]\nstyle = \"ap\"\n").expect("a valid config")
}

#[test]
fn the_drafts_majority_spelling_is_safe() {
    let draft = "Talks end\n\nSamuel Charap, a senior political scientist at RAND, called it upbeat.\n\n“It was calm,” Charap said.\n\nCharapp added that nothing was agreed.\n\nCharap said more talks were likely.\n";
    assert_eq!(
        fixes(Rule::NameSpelling, draft, &Config::default()),
        vec![("Use “Charap”".to_string(), Applicability::Safe)]
    );
}

#[test]
fn the_house_spelling_is_safe() {
    let config = Config::from_toml("[names]\n\"Volodymyr Zelenskyy\" = [\"Zelensky\"]\n").unwrap();
    let draft = "Talks end\n\nUkrainian President Volodymyr Zelenskyy spoke.\n\nZelensky said he would wait.\n";
    assert_eq!(
        fixes(Rule::NameSpelling, draft, &config),
        vec![("Use “Zelenskyy”".to_string(), Applicability::Safe)]
    );
}

#[test]
fn a_datelines_case_and_punctuation_are_safe() {
    let lower_case = "Levee holds\n\nTulsa, Okla. (AP) — The county said the levee held.\n";
    assert_eq!(
        fixes(Rule::MalformedDateline, lower_case, &ap_style()),
        vec![("Write `TULSA`".to_string(), Applicability::Safe)]
    );
    let hyphen = "Levee holds\n\nFRESNO, Calif. - The county said the levee held.\n";
    assert_eq!(
        fixes(Rule::MalformedDateline, hyphen, &ap_style()),
        vec![("Use ` — `".to_string(), Applicability::Safe)]
    );
}

#[test]
fn a_placeholder_dateline_is_unsafe() {
    let draft = "Levee holds\n\nThe county said the levee held.\n";
    assert_eq!(
        fixes(Rule::MissingDateline, draft, &Config::default()),
        vec![("Insert a dateline".to_string(), Applicability::Unsafe)]
    );
}

#[test]
fn an_inserted_attribution_is_unsafe() {
    let draft =
        "Levee holds\n\n“We told the state in March,” Rita Ortiz said.\n\n“Nobody answered.”\n";
    assert_eq!(
        fixes(Rule::FollowOnQuote, draft, &Config::default()),
        vec![(
            "Attribute to Ortiz: add `, Ortiz said`".to_string(),
            Applicability::Unsafe
        )]
    );
}

#[test]
fn a_full_name_put_in_for_a_surname_is_unsafe() {
    let draft = "Talks end\n\nCharap said the talks were upbeat.\n\nSamuel Charap, a senior political scientist at RAND, spoke later.\n";
    assert_eq!(
        fixes(Rule::FirstReference, draft, &Config::default()),
        vec![(
            "Use the full name “Samuel Charap”".to_string(),
            Applicability::Unsafe
        )]
    );
}
