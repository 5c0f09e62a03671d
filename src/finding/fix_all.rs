//! Every fix of a draft at once, as `check --fix` and the editor's fix-all apply them: one fix
//! per finding, in the findings' order; a fix that collides with one taken before it waits for
//! the next run, when the draft has been analysed again.

use super::{Applicability, Edit, Finding, Fix};
use std::collections::BTreeMap;

/// Which fixes to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixScope {
    /// Only the fixes a person need not read.
    Safe,
    /// Also the ones that need an editor's eye.
    SafeAndUnsafe,
}

impl FixScope {
    fn takes(self, fix: &Fix) -> bool {
        self == FixScope::SafeAndUnsafe || fix.applicability == Applicability::Safe
    }
}

/// The edits of every fix taken, sorted and never overlapping, so that they apply together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FixAll {
    pub edits: Vec<Edit>,
    /// Findings whose fix is among the edits.
    pub fixed: usize,
    /// Findings whose fix collided with one taken before it.
    pub deferred: usize,
}

/// The first fix in `scope` of each finding, in the findings' order, unless it touches bytes
/// an earlier fix already rewrites.
pub fn fix_all(findings: &[Finding], scope: FixScope) -> FixAll {
    let mut taken = Taken::default();
    let mut all = FixAll::default();
    for fix in findings
        .iter()
        .filter_map(|finding| finding.fixes.iter().find(|fix| scope.takes(fix)))
    {
        if fix.edits.iter().any(|edit| taken.collides(edit)) {
            all.deferred += 1;
            continue;
        }
        for edit in &fix.edits {
            taken.ends_by_start.insert(edit.span.start, edit.span.end);
        }
        all.edits.extend(fix.edits.iter().cloned());
        all.fixed += 1;
    }
    all.edits
        .sort_by_key(|edit| (edit.span.start, edit.span.end));
    all
}

/// The spans rewritten so far, by start: they never overlap, so the neighbours of a new edit
/// on either side are all that can collide with it.
#[derive(Default)]
struct Taken {
    ends_by_start: BTreeMap<usize, usize>,
}

impl Taken {
    /// Whether `edit` overlaps a span taken, or starts where one starts (two insertions at one
    /// place have no order of their own).
    fn collides(&self, edit: &Edit) -> bool {
        let span = edit.span;
        let before = self.ends_by_start.range(..=span.start).next_back();
        let after = self.ends_by_start.range(span.start + 1..).next();
        before.is_some_and(|(&start, &end)| start == span.start || end > span.start)
            || after.is_some_and(|(&start, _)| start < span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{apply_edits, Rule};
    use crate::text::Span;

    const DRAFT: &str = "Charapp met Zelensky in kyiv.";

    fn finding_fixed_by(fix: Fix) -> Finding {
        Finding::new(Rule::NameSpelling, fix.edits[0].span, "m").with_fix(fix)
    }

    fn replace(word: &str, new_text: &str, applicability: Applicability) -> Finding {
        let start = DRAFT.find(word).unwrap();
        let span = Span::new(start, start + word.len());
        finding_fixed_by(Fix::replace("t", span, new_text, applicability))
    }

    fn fixed(findings: &[Finding], scope: FixScope) -> (String, usize, usize) {
        let all = fix_all(findings, scope);
        let text = apply_edits(DRAFT, &all.edits).expect("the edits apply together");
        (text, all.fixed, all.deferred)
    }

    #[test]
    fn safe_fixes_apply_and_unsafe_ones_wait_for_their_flag() {
        let findings = [
            replace("Charapp", "Charap", Applicability::Safe),
            replace("Zelensky", "Zelenskyy", Applicability::Safe),
            replace("kyiv", "Kyiv, Ukraine", Applicability::Unsafe),
        ];
        assert_eq!(
            fixed(&findings, FixScope::Safe),
            ("Charap met Zelenskyy in kyiv.".into(), 2, 0)
        );
        assert_eq!(
            fixed(&findings, FixScope::SafeAndUnsafe),
            ("Charap met Zelenskyy in Kyiv, Ukraine.".into(), 3, 0)
        );
    }

    #[test]
    fn of_two_overlapping_fixes_the_first_wins_and_the_second_waits() {
        let findings = [
            replace("Zelensky", "Zelenskyy", Applicability::Safe),
            replace("met Zelensky", "saw Zelenskiy", Applicability::Safe),
            replace("Zelensky in", "Zelensky at", Applicability::Safe),
        ];
        assert_eq!(
            fixed(&findings, FixScope::Safe),
            ("Charapp met Zelenskyy in kyiv.".into(), 1, 2)
        );
    }

    #[test]
    fn two_insertions_at_one_place_collide_but_touching_edits_do_not() {
        let at = DRAFT.find(" met").unwrap();
        let insert = |text: &str| {
            finding_fixed_by(Fix::replace(
                "t",
                Span::empty(at),
                text,
                Applicability::Safe,
            ))
        };
        let findings = [
            replace("Charapp", "Charap", Applicability::Safe),
            insert(", an analyst,"),
            insert(" also"),
        ];
        assert_eq!(
            fixed(&findings, FixScope::Safe),
            ("Charap, an analyst, met Zelensky in kyiv.".into(), 2, 1)
        );
    }

    #[test]
    fn a_finding_contributes_its_first_fix_in_scope() {
        let start = DRAFT.find("kyiv").unwrap();
        let span = Span::new(start, start + 4);
        let finding = Finding::new(Rule::MalformedDateline, span, "m")
            .with_fix(Fix::replace(
                "t",
                span,
                "Kyiv, Ukraine",
                Applicability::Unsafe,
            ))
            .with_fix(Fix::replace("t", span, "Kyiv", Applicability::Safe));
        assert_eq!(
            fixed(std::slice::from_ref(&finding), FixScope::Safe).0,
            "Charapp met Zelensky in Kyiv."
        );
        assert_eq!(
            fixed(&[finding], FixScope::SafeAndUnsafe).0,
            "Charapp met Zelensky in Kyiv, Ukraine."
        );
    }
}
