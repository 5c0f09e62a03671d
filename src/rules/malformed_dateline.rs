//! `malformed-dateline`: a dateline against the house style (`[dateline] style`), and datelines
//! that stand anywhere but at the start of the lede. The style checks live with the dateline
//! model (`article::dateline::style`); this rule turns them into findings.

use super::{Check, Context, Rule};
use crate::article::dateline::style;
use crate::finding::{Applicability, Finding, Fix};

pub struct MalformedDateline;

impl Check for MalformedDateline {
    fn rule(&self) -> Rule {
        Rule::MalformedDateline
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let datelines = &cx.article.dateline;
        if let Some(dateline) = &datelines.dateline {
            let house = style::House {
                style: cx.config.dateline_style,
                agency: cx.config.dateline_agency.as_deref(),
            };
            for problem in style::problems(cx.text, &cx.article.structure, dateline, &house) {
                let mut finding =
                    Finding::new(Rule::MalformedDateline, problem.span, problem.message);
                if let Some(rewrite) = problem.rewrite {
                    finding = finding.with_fix(Fix::replace(
                        rewrite.title,
                        rewrite.span,
                        rewrite.new_text,
                        // The style model offers a rewrite only where the answer is certain.
                        Applicability::Safe,
                    ));
                }
                findings.push(finding);
            }
        }
        let lede = datelines.lede;
        for misplaced in &datelines.misplaced {
            let shown = misplaced.span.slice(cx.text).trim_end();
            let mut finding = if let Some(first) = &datelines.dateline {
                Finding::new(Rule::MalformedDateline, misplaced.span, format!("A second dateline (`{shown}`): a story has one, at the start of the lede. Pasted wire copy?")).with_related(first.span, "the story's dateline")
            } else if Some(misplaced.paragraph) == lede {
                Finding::new(
                    Rule::MalformedDateline,
                    misplaced.span,
                    format!("The dateline `{shown}` belongs at the very start of the lede."),
                )
            } else {
                Finding::new(Rule::MalformedDateline, misplaced.span, format!("The dateline `{shown}` opens a later paragraph; it belongs at the start of the lede."))
            };
            if let Some(lede_paragraph) = lede
                .filter(|&l| l != misplaced.paragraph)
                .and_then(|l| cx.article.structure.paragraphs.get(l))
            {
                finding = finding.with_related(lede_paragraph.span, "the lede");
            }
            findings.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::article::Format;
    use crate::config::{Config, DatelineStyle};
    use crate::finding::apply_edits;
    use crate::rules::fixture::{findings, findings_as};
    use crate::rules::Rule;

    /// A story whose lede opens with `dateline`, checked under a style: each finding's flagged
    /// text, and the lede's first line after its fix (if it has one).
    fn check(dateline: &str, style: DatelineStyle) -> Vec<(String, Option<String>)> {
        let mut config = Config::default();
        config.dateline_style = style;
        check_under(dateline, &config)
    }

    /// `check` under a whole configuration.
    fn check_under(dateline: &str, config: &Config) -> Vec<(String, Option<String>)> {
        let draft = format!("Levee holds\n\n{dateline}The county said the levee held.\n");
        findings_as(Rule::MalformedDateline, &draft, Format::PlainText, config)
            .iter()
            .map(|f| {
                let fixed = f
                    .fixes
                    .first()
                    .and_then(|fix| apply_edits(&draft, &fix.edits))
                    .map(|text| text.lines().nth(2).unwrap_or("").to_string());
                (f.span.slice(&draft).to_string(), fixed)
            })
            .collect()
    }

    fn fixed(dateline: &str, style: DatelineStyle) -> Vec<String> {
        check(dateline, style)
            .into_iter()
            .filter_map(|(_, fixed)| fixed)
            .collect()
    }

    fn flagged(dateline: &str, style: DatelineStyle) -> Vec<String> {
        check(dateline, style)
            .into_iter()
            .map(|(flagged, _)| flagged)
            .collect()
    }

    /// Findings and fixed ledes for a house whose datelines carry an agency tag.
    fn with_agency(dateline: &str, agency: &str) -> Vec<(String, Option<String>)> {
        let config = Config::from_toml(&format!(
            "[dateline]\nstyle = \"ap\"\nagency = \"{agency}\"\n"
        ))
        .expect("a valid config");
        check_under(dateline, &config)
    }

    #[test]
    fn a_house_that_tags_its_datelines_flags_a_missing_tag_and_adds_it() {
        assert_eq!(
            with_agency("ANCHORAGE, Alaska — ", "AP"),
            [(
                "ANCHORAGE, Alaska —".to_string(),
                Some("ANCHORAGE, Alaska (AP) — The county said the levee held.".to_string())
            )]
        );
        assert_eq!(
            with_agency("DENVER — ", "(AP)"),
            [(
                "DENVER —".to_string(),
                Some("DENVER (AP) — The county said the levee held.".to_string())
            )]
        );
        // Another agency's story, and a tagged one, are as the house wants them.
        assert_eq!(with_agency("DENVER (Reuters) — ", "AP"), []);
        assert_eq!(with_agency("DENVER (AP) — ", "AP"), []);
        // Without `agency`, AP style accepts a staff story's untagged dateline.
        assert_eq!(check("DENVER — ", DatelineStyle::Ap), []);
    }

    #[test]
    fn clean_datelines_pass_in_their_style() {
        for (dateline, style) in [
            ("TULSA, Okla. (AP) — ", DatelineStyle::Ap),
            ("ANCHORAGE, Alaska (AP) — ", DatelineStyle::Ap),
            ("WASHINGTON (AP) — ", DatelineStyle::Ap),
            ("KYIV, Ukraine — ", DatelineStyle::Ap),
            ("LONDON — ", DatelineStyle::Ap),
            ("LONDON, England — ", DatelineStyle::Ap),
            ("ABOARD AIR FORCE ONE (AP) — ", DatelineStyle::Ap),
            ("ON THE MISSISSIPPI RIVER — ", DatelineStyle::Ap),
            ("UNITED NATIONS (AP) — ", DatelineStyle::Ap),
            ("JERUSALEM (AP) — ", DatelineStyle::Ap),
            ("HILO, Hawaii — ", DatelineStyle::Ap),
            ("quito, march 11 - ", DatelineStyle::Reuters),
            ("TULSA, Okla. (AP) -- ", DatelineStyle::Ap),
            ("SEOUL, Sept 3 (Reuters) - ", DatelineStyle::Reuters),
            ("New York, March 30 - ", DatelineStyle::Reuters),
            ("TULSA, June 2- ", DatelineStyle::Reuters),
            ("MINNEAPOLIS, MINN., March 3 - ", DatelineStyle::Reuters),
            ("(Bloomberg) -- ", DatelineStyle::Any),
            ("Dec 29 (Reuters) - ", DatelineStyle::Reuters),
            ("FRESNO, CA – ", DatelineStyle::Any),
            ("PARIS—", DatelineStyle::Any),
        ] {
            assert_eq!(
                check(dateline, style),
                vec![],
                "{dateline:?} under {style:?}"
            );
        }
    }

    #[test]
    fn a_city_not_in_capitals() {
        assert_eq!(
            fixed("Tulsa, Okla. (AP) — ", DatelineStyle::Ap),
            vec!["TULSA, Okla. (AP) — The county said the levee held."]
        );
        assert_eq!(
            flagged("New York (AFP) – ", DatelineStyle::Ap),
            vec!["New York", "–"]
        );
        assert_eq!(
            check("New York (AFP) – ", DatelineStyle::Any),
            vec![],
            "the Reuters wire writes `New York, Feb 26 -`: only AP asks for capitals"
        );
    }

    /// What missing-dateline says about a lede under a style: nothing, for a near miss.
    fn missing(dateline: &str, style: DatelineStyle) -> usize {
        let draft = format!("Levee holds\n\n{dateline}The county said the levee held.\n");
        let mut config = Config::default();
        config.dateline_style = style;
        findings_as(Rule::MissingDateline, &draft, Format::PlainText, &config).len()
    }

    const LEDE: &str = "The county said the levee held.";

    #[test]
    fn near_misses_are_malformed_with_a_fix_to_the_house_form_never_missing() {
        use DatelineStyle::{Any, Ap, Reuters};
        /// A lede's dateline, its style, and each finding's flagged text with the lede it fixes to.
        type NearMiss = (&'static str, DatelineStyle, Vec<(&'static str, String)>);
        let cases: [NearMiss; 8] = [
            (
                "Geneva, (AP) — ",
                Any,
                vec![(",", format!("Geneva (AP) — {LEDE}"))],
            ),
            (
                "Washington, (AP) — ",
                Ap,
                vec![
                    ("Washington", format!("WASHINGTON, (AP) — {LEDE}")),
                    (",", format!("Washington (AP) — {LEDE}")),
                ],
            ),
            (
                "geneva (AP) — ",
                Ap,
                vec![("geneva", format!("GENEVA (AP) — {LEDE}"))],
            ),
            (
                "London, 3 March (Reuters) - ",
                Reuters,
                vec![("3 March", format!("London, March 3 (Reuters) - {LEDE}"))],
            ),
            (
                "LONDON, 3 Sept. - ",
                Any,
                vec![("3 Sept.", format!("LONDON, Sept. 3 - {LEDE}"))],
            ),
            (
                "SEOUL, 3 Sept - ",
                Reuters,
                vec![("3 Sept", format!("SEOUL, Sept 3 - {LEDE}"))],
            ),
            (
                "FRESNO, Calif. - ",
                Ap,
                vec![("-", format!("FRESNO, Calif. — {LEDE}"))],
            ),
            (
                "DALLAS/FORT WORTH, Texas, March 3 - ",
                Ap,
                vec![
                    ("March 3", format!("DALLAS/FORT WORTH, Texas - {LEDE}")),
                    ("-", format!("DALLAS/FORT WORTH, Texas, March 3 — {LEDE}")),
                ],
            ),
        ];
        for (dateline, style, expected) in cases {
            let found: Vec<(String, String)> = check(dateline, style)
                .into_iter()
                .map(|(flagged, fixed)| (flagged, fixed.unwrap_or_default()))
                .collect();
            let expected: Vec<(String, String)> = expected
                .into_iter()
                .map(|(flagged, fixed)| (flagged.to_string(), fixed))
                .collect();
            assert_eq!(found, expected, "{dateline:?} under {style:?}");
            assert_eq!(missing(dateline, style), 0, "{dateline:?} under {style:?}");
        }
    }

    #[test]
    fn a_slash_city_is_well_formed() {
        for style in [DatelineStyle::Any, DatelineStyle::Reuters] {
            assert_eq!(
                check("DALLAS/FORT WORTH, Texas, March 3 - ", style),
                vec![],
                "{style:?}"
            );
        }
        assert_eq!(check("MINNEAPOLIS/ST. PAUL — ", DatelineStyle::Any), vec![]);
    }

    #[test]
    fn a_placeholder_is_malformed_until_filled_in() {
        for (placeholder, style) in [
            ("CITY, State — ", DatelineStyle::Any),
            ("CITY, State — ", DatelineStyle::Ap),
            ("CITY - ", DatelineStyle::Reuters),
        ] {
            let draft = format!("Levee holds\n\n{placeholder}{LEDE}\n");
            let mut config = Config::default();
            config.dateline_style = style;
            let found = findings_as(Rule::MalformedDateline, &draft, Format::PlainText, &config);
            let shown: Vec<(&str, &str, usize)> = found
                .iter()
                .map(|f| (f.span.slice(&draft), f.message.as_str(), f.fixes.len()))
                .collect();
            let place = placeholder.trim_end_matches([' ', '—', '-']);
            let message =
                format!("`{place}` is a placeholder: write the place the reporting was done.");
            assert_eq!(shown, vec![(place, message.as_str(), 0)], "{style:?}");
        }
    }

    /// Ledes that exercise every check; what `any` calls malformed, `ap` and `reuters` must
    /// call malformed too.
    #[test]
    fn nothing_any_calls_malformed_is_accepted_by_ap_or_reuters() {
        for dateline in [
            "Toronto, Feb 26 - ",
            "TORONTO, Apr 26 - ",
            "TORONTO, Feb. 26 - ",
            "quito, march 11 - ",
            "Geneva, (AP) — ",
            "London, 3 March (Reuters) - ",
            "CITY, State — ",
            "FRESNO, Calif. ",
            "PARIS—",
            "FRESNO, CA – ",
            "TULSA, Okla. (AP) -- ",
        ] {
            if check(dateline, DatelineStyle::Any).is_empty() {
                continue;
            }
            for style in [DatelineStyle::Ap, DatelineStyle::Reuters] {
                assert!(
                    !check(dateline, style).is_empty(),
                    "{dateline:?} under {style:?}"
                );
            }
        }
    }

    #[test]
    fn ap_state_abbreviations() {
        assert_eq!(
            fixed("FRESNO, CA — ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            fixed("FRESNO, California — ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            fixed("EL PASO, Tex. — ", DatelineStyle::Ap),
            vec!["EL PASO, Texas — The county said the levee held."]
        );
        assert_eq!(
            fixed("AKRON, OH — ", DatelineStyle::Ap),
            vec!["AKRON, Ohio — The county said the levee held."]
        );
        assert_eq!(
            fixed("SALEM, Oreg. — ", DatelineStyle::Ap),
            vec!["SALEM, Ore. — The county said the levee held."]
        );
        assert_eq!(
            fixed("TULSA, OKLA. — ", DatelineStyle::Ap),
            vec!["TULSA, Okla. — The county said the levee held."]
        );
        assert_eq!(
            fixed("KYIV, UKRAINE — ", DatelineStyle::Ap),
            vec!["KYIV, Ukraine — The county said the levee held."]
        );
        let mut ap = Config::default();
        ap.dateline_style = DatelineStyle::Ap;
        let message = |dateline: &str| {
            analyze(
                &format!("Levee\n\n{dateline}The levee held.\n"),
                Format::PlainText,
                &ap,
            )
            .findings[0]
                .message
                .clone()
        };
        assert!(
            message("BOISE, ID — ").contains("never abbreviates Idaho: `Idaho`"),
            "{}",
            message("BOISE, ID — ")
        );
        assert!(message("FRESNO, CA — ").contains("`Calif.`, not `CA`"));
    }

    #[test]
    fn ap_standalone_cities() {
        assert_eq!(
            fixed("CHICAGO, Ill. — ", DatelineStyle::Ap),
            vec!["CHICAGO — The county said the levee held."]
        );
        assert_eq!(
            fixed("WASHINGTON, D.C. (AP) — ", DatelineStyle::Ap),
            vec!["WASHINGTON (AP) — The county said the levee held."]
        );
        assert_eq!(
            check("PARIS, France (AP) — ", DatelineStyle::Ap),
            vec![],
            "international rows are unsure: both forms pass"
        );
        assert_eq!(
            check("PARIS, Texas (AP) — ", DatelineStyle::Ap),
            vec![],
            "another Paris"
        );
        assert_eq!(
            check("FRESNO — ", DatelineStyle::Ap),
            vec![("FRESNO".into(), None)]
        );
        assert_eq!(
            check("LAGOS (AP) — ", DatelineStyle::Ap),
            vec![("LAGOS".into(), None)]
        );
    }

    #[test]
    fn the_comma_and_the_date() {
        assert_eq!(
            fixed("FRESNO Calif. — ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            fixed("BEIRUT, Lebanon, June 2 — ", DatelineStyle::Ap),
            vec!["BEIRUT, Lebanon — The county said the levee held."]
        );
        assert_eq!(
            fixed("SEOUL, Sept. 3 (Reuters) - ", DatelineStyle::Reuters),
            vec!["SEOUL, Sept 3 (Reuters) - The county said the levee held."]
        );
        assert_eq!(
            fixed("SEOUL, September 3 (Reuters) - ", DatelineStyle::Reuters),
            vec!["SEOUL, Sept 3 (Reuters) - The county said the levee held."]
        );
    }

    #[test]
    fn dashes_per_style() {
        assert_eq!(
            fixed("FRESNO, Calif. - ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            fixed("FRESNO, Calif. – ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            fixed("PARIS—", DatelineStyle::Ap),
            vec!["PARIS — The county said the levee held."]
        );
        assert_eq!(
            fixed("SEOUL, Sept 3 (Reuters) — ", DatelineStyle::Reuters),
            vec!["SEOUL, Sept 3 (Reuters) - The county said the levee held."]
        );
        assert_eq!(
            fixed("FRESNO, Calif. ", DatelineStyle::Ap),
            vec!["FRESNO, Calif. — The county said the levee held."]
        );
        assert_eq!(
            flagged("FRESNO, Calif. ", DatelineStyle::Any),
            vec!["FRESNO, Calif."]
        );
    }

    #[test]
    fn a_dateline_on_its_own_line_is_joined_to_the_lede() {
        let draft = "# Levee holds\n\nFRESNO, Calif. —\n\nThe county said on Tuesday that the levee, rebuilt twice since 1952, held.\n";
        let analysis = analyze(draft, Format::Markdown, &Config::default());
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.rule == Rule::MalformedDateline)
            .expect("a finding");
        assert_eq!(
            apply_edits(draft, &finding.fixes[0].edits).as_deref(),
            Some("# Levee holds\n\nFRESNO, Calif. — The county said on Tuesday that the levee, rebuilt twice since 1952, held.\n")
        );
        assert!(!analysis
            .findings
            .iter()
            .any(|f| f.rule == Rule::MissingDateline));
    }

    #[test]
    fn a_wire_dateline_over_a_table_stands_alone_by_design() {
        let draft = "LEVEE AUTHORITY 1ST QTR NET\n    CHICAGO, Oct 20 -\n    Shr 52 cts vs 42 cts\n    Net 41.1 mln vs 33.2 mln\n Reuter\n";
        let mut config = Config::default();
        config.dateline_style = DatelineStyle::Reuters;
        let analysis = analyze(draft, Format::PlainText, &config);
        assert!(analysis.article.dateline.dateline.is_some());
        assert_eq!(
            analysis
                .findings
                .iter()
                .filter(|f| matches!(f.rule, Rule::MalformedDateline | Rule::MissingDateline))
                .count(),
            0
        );
    }

    #[test]
    fn datelines_out_of_place() {
        let draft = "Levee holds\n\nThe county said Tuesday, FRESNO, Calif. — the levee held.\n\nMEMPHIS, Tenn. (AP) — Downriver, the water kept rising.\n";
        let found = findings(Rule::MalformedDateline, draft);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages.len(), 2);
        assert!(
            messages[0].contains("belongs at the very start of the lede"),
            "{}",
            messages[0]
        );
        assert!(
            messages[1].contains("opens a later paragraph"),
            "{}",
            messages[1]
        );
    }

    #[test]
    fn a_second_dateline_points_at_the_first() {
        let draft = "Levee holds\n\nTULSA, Okla. — The levee held.\n\nMEMPHIS, Tenn. (AP) — Downriver, the water kept rising.\n";
        let found = findings(Rule::MalformedDateline, draft);
        let finding = found.first().expect("a finding");
        assert!(finding.message.starts_with("A second dateline"));
        assert_eq!(finding.related[0].span.slice(draft), "TULSA, Okla. — ");
    }

    #[test]
    fn run_in_heads_lower_down_are_not_datelines() {
        let draft = "Doctor under fire\n\nWASHINGTON — The doctor has been called out by colleagues.\n\nQUESTIONABLE CLAIMS — For years, he has been dogged by charges.\n\nCONGRESS HAS INVESTIGATED HIM — His advice earned him a hearing.\n";
        assert!(findings(Rule::MalformedDateline, draft).is_empty());
    }
}
