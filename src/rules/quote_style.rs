//! `quote-style`: quotation marks against the house style (`[quotes]`), each with a fix.
//! Straight marks in a curly house; a draft that quotes in single marks in a double-mark house
//! (or the reverse); a closing mark set to open a quote (`” … ”`); two apostrophes typed for a
//! double mark (`''`). Off unless a house turns it on.

use super::{Check, Context, Rule};
use crate::article::quotes::{mark_pairs, DraftMarks, StrayKind};
use crate::config::QuoteStyle as HouseStyle;
use crate::finding::{Applicability, Finding, Fix};
use crate::text::{mark_of, quote_mark, Facing, Family, Span, Weight};

pub struct QuoteStyle;

impl Check for QuoteStyle {
    fn rule(&self) -> Rule {
        Rule::QuoteStyle
    }

    fn check(&self, cx: &Context, findings: &mut Vec<Finding>) {
        let house = house_weight(cx);
        let marks = cx.article.quote_marks;
        if house.is_some_and(|weight| weight != marks.own) {
            other_weight(cx, house.unwrap_or(marks.own), findings);
        } else if cx.config.curly_quotes {
            straight_marks(cx, findings);
        }
        closing_marks_that_open(cx, findings);
        doubled_apostrophes(cx, findings);
    }
}

/// The weight the house sets speech in, if it names one.
fn house_weight(cx: &Context) -> Option<Weight> {
    match cx.config.quote_style {
        HouseStyle::Auto => None,
        HouseStyle::Double => Some(Weight::Double),
        HouseStyle::Single => Some(Weight::Single),
    }
}

fn weight_name(weight: Weight) -> &'static str {
    match weight {
        Weight::Double => "double",
        Weight::Single => "single",
    }
}

/// `c` as the house sets a mark of `weight` facing `facing`: curly or straight as the house
/// wants, the other marks (low marks, guillemets) left as they are.
fn house_mark(cx: &Context, c: char, weight: Weight, facing: Facing) -> Option<char> {
    let family = match quote_mark(c)?.family {
        Family::Low | Family::Guillemet => return None,
        _ if cx.config.curly_quotes => Family::Curly,
        _ => Family::Straight,
    };
    mark_of(weight, facing, family)
}

/// Each mark of a quote, with the facing it has there.
fn quote_marks(open: Span, close: Option<Span>) -> impl Iterator<Item = (Span, Facing)> {
    std::iter::once((open, Facing::Opening)).chain(close.map(|c| (c, Facing::Closing)))
}

/// A draft that quotes in the other weight: every quote's marks, as the draft's own marks pair
/// them, set in the house's weight. Nested quotes are left for the editor.
fn other_weight(cx: &Context, house: Weight, findings: &mut Vec<Finding>) {
    let own = DraftMarks {
        primary: cx.article.quote_marks.own,
        ..cx.article.quote_marks
    };
    for pair in mark_pairs(&cx.article.structure, own) {
        for (span, facing) in quote_marks(pair.open, pair.close) {
            let Some(c) = cx
                .text
                .get(span.start..span.end)
                .and_then(|s| s.chars().next())
            else {
                continue;
            };
            let Some(wanted) = house_mark(cx, c, house, facing) else {
                continue;
            };
            let message = format!(
                "The house sets quotes in {} marks; this one is in {} marks",
                weight_name(house),
                weight_name(own.primary)
            );
            // Unsafe: single marks are told from apostrophes by a guess, and a wrong guess would
            // set an apostrophe as a quotation mark.
            findings.push(mark_finding(span, message, wanted, Applicability::Unsafe));
        }
    }
}

/// A finding on one mark, with the fix that sets `wanted` in its place.
fn mark_finding(
    span: Span,
    message: impl Into<String>,
    wanted: char,
    applicability: Applicability,
) -> Finding {
    let fix = Fix::replace(
        format!("Use {wanted}"),
        span,
        wanted.to_string(),
        applicability,
    );
    Finding::new(Rule::QuoteStyle, span, message).with_fix(fix)
}

/// Straight marks in a curly house: the opening and closing marks of each quote.
fn straight_marks(cx: &Context, findings: &mut Vec<Finding>) {
    for quote in &cx.article.quotes {
        let open = Span::new(quote.span.start, quote.span.start + 1);
        let close = quote
            .closed
            .then(|| Span::new(quote.span.end.saturating_sub(1), quote.span.end));
        for (span, facing) in quote_marks(open, close) {
            let Some(c) = cx
                .text
                .get(span.start..span.end)
                .and_then(|s| s.chars().next())
            else {
                continue;
            };
            let Some(mark) = quote_mark(c).filter(|m| m.family == Family::Straight) else {
                continue;
            };
            let Some(curly) = mark_of(mark.weight, facing, Family::Curly) else {
                continue;
            };
            let message = "A straight quotation mark in a house that sets curly ones";
            findings.push(mark_finding(span, message, curly, Applicability::Safe));
        }
    }
}

/// A closing curly mark that opens a quote (`” … ”`, as Swedish copy sets it): a stray closing
/// mark with a word after it and none before.
fn closing_marks_that_open(cx: &Context, findings: &mut Vec<Finding>) {
    for stray in &cx.article.stray_marks {
        if stray.kind != StrayKind::NeverOpened {
            continue;
        }
        let span = stray.span;
        let Some(mark) = cx.text[span.start..].chars().next().and_then(quote_mark) else {
            continue;
        };
        let before = cx.text[..span.start].chars().next_back();
        let after = cx.text[span.end..].chars().next();
        let opens =
            before.is_none_or(char::is_whitespace) && after.is_some_and(char::is_alphanumeric);
        let Some(opening) = mark_of(mark.weight, Facing::Opening, Family::Curly) else {
            continue;
        };
        if opens && mark.facing == Facing::Closing && mark.family == Family::Curly {
            let message = format!("A closing mark opens this quote; open it with {opening}");
            findings.push(mark_finding(span, message, opening, Applicability::Safe));
        }
    }
}

/// `''` typed for a double mark, in the body's prose.
fn doubled_apostrophes(cx: &Context, findings: &mut Vec<Finding>) {
    let prose = cx.article.structure.prose.as_str();
    for at in memchr::memmem::find_iter(prose.as_bytes(), b"''") {
        if at > 0 && prose.as_bytes()[at - 1] == b'\'' {
            continue;
        }
        let span = Span::new(at, at + 2);
        let after = prose[span.end..].chars().next();
        let facing = if after.is_some_and(char::is_alphanumeric) {
            Facing::Opening
        } else {
            Facing::Closing
        };
        let family = if cx.config.curly_quotes {
            Family::Curly
        } else {
            Family::Straight
        };
        let Some(mark) = mark_of(Weight::Double, facing, family) else {
            continue;
        };
        let message = format!("Two apostrophes stand for a quotation mark; use {mark}");
        findings.push(mark_finding(span, message, mark, Applicability::Safe));
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Format;
    use crate::config::{Config, Level, QuoteStyle};
    use crate::finding::{apply_edits, Severity};
    use crate::rules::fixture::{findings_as, flagged_as};
    use crate::rules::Rule;

    fn house(style: QuoteStyle) -> Config {
        let mut config = Config::default();
        config.set_level(Rule::QuoteStyle, Level::On(Severity::Info));
        config.quote_style = style;
        config
    }

    /// The draft with every fix of the rule applied.
    fn fixed(draft: &str, config: &Config) -> String {
        let edits: Vec<_> = findings_as(Rule::QuoteStyle, draft, Format::PlainText, config)
            .into_iter()
            .flat_map(|f| f.fixes.into_iter().flat_map(|fix| fix.edits))
            .collect();
        apply_edits(draft, &edits).unwrap_or_default()
    }

    #[test]
    fn off_by_default() {
        let draft = "Levee holds\n\n\"We knew,\" Ortiz said.\n";
        let found = findings_as(
            Rule::QuoteStyle,
            draft,
            Format::PlainText,
            &Config::default(),
        );
        assert!(found.is_empty());
    }

    #[test]
    fn straight_marks_in_a_curly_house_are_made_curly() {
        let config = house(QuoteStyle::Auto);
        let draft = "Levee holds\n\n\"We knew,\" Ortiz said. “We told them.”\n";
        assert_eq!(
            flagged_as(Rule::QuoteStyle, draft, Format::PlainText, &config),
            vec!["\"", "\""]
        );
        assert_eq!(
            fixed(draft, &config),
            "Levee holds\n\n“We knew,” Ortiz said. “We told them.”\n"
        );
    }

    #[test]
    fn single_marks_in_a_double_mark_house() {
        let config = house(QuoteStyle::Double);
        let draft = "Levee holds\n\n‘We knew the workers’ union would come,’ Ortiz said.\n";
        assert_eq!(
            fixed(draft, &config),
            "Levee holds\n\n“We knew the workers’ union would come,” Ortiz said.\n"
        );
    }

    #[test]
    fn a_closing_mark_that_opens_and_doubled_apostrophes() {
        let config = house(QuoteStyle::Auto);
        let draft = "Levee holds\n\nOrtiz said: ”We knew.” He added: ''Nobody came.''\n";
        assert_eq!(
            fixed(draft, &config),
            "Levee holds\n\nOrtiz said: “We knew.” He added: “Nobody came.”\n"
        );
    }
}
