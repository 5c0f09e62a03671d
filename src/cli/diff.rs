//! `check --diff`: the fixes as a unified diff, built from the edits themselves (the changed
//! lines are known, so no line matching is needed), with three lines of context.

use crate::finding::{apply_edits, Edit};
use crate::text::LineIndex;
use std::fmt::Write;

/// Lines of unchanged text shown around each change.
const CONTEXT: usize = 3;

/// The unified diff of `text` under `edits` (sorted, never overlapping), `a/` and `b/` before
/// the path as git writes them; empty when the edits change nothing.
pub fn unified(path: &str, text: &str, edits: &[Edit]) -> String {
    let index = LineIndex::new(text);
    let blocks = changed_blocks(&index, text, edits);
    if blocks.is_empty() {
        return String::new();
    }
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    // A final line break ends the last line; no empty line follows it.
    let last_line = index.line_count() - 1 - usize::from(text.ends_with(['\n', '\r']));
    let mut added_so_far: isize = 0;
    for hunk in hunks(&blocks) {
        let first = hunk[0].first.saturating_sub(CONTEXT);
        let last = (hunk[hunk.len() - 1].last + CONTEXT).min(last_line);
        let mut body = String::new();
        let (mut old_count, mut new_count) = (0, 0);
        let mut line = first;
        for block in hunk {
            for context in line..block.first {
                push_line(&mut body, ' ', whole_line(&index, text, context));
            }
            let removed = block.first..=block.last;
            for old in removed.clone() {
                push_line(&mut body, '-', whole_line(&index, text, old));
            }
            let added = lines_of(&block.new_text);
            for new in &added {
                push_line(&mut body, '+', new);
            }
            old_count += block.first - line + removed.count();
            new_count += block.first - line + added.len();
            line = block.last + 1;
        }
        for context in line..=last {
            push_line(&mut body, ' ', whole_line(&index, text, context));
        }
        old_count += (last + 1).saturating_sub(line);
        new_count += (last + 1).saturating_sub(line);
        let new_start = (first as isize + added_so_far) as usize;
        added_so_far += new_count as isize - old_count as isize;
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            header_range(first, old_count),
            header_range(new_start, new_count)
        );
        out.push_str(&body);
    }
    out
}

/// Changed lines: old lines `first..=last` become `new_text` (whole lines, breaks included).
struct Block {
    first: usize,
    last: usize,
    new_text: String,
}

/// The edits grouped by the lines they touch; edits on a shared line make one block.
fn changed_blocks(index: &LineIndex, text: &str, edits: &[Edit]) -> Vec<Block> {
    let mut groups: Vec<(usize, usize, Vec<Edit>)> = Vec::new();
    for edit in edits {
        let first = index.line_of(edit.span.start);
        let last = index.line_of(edit.span.end);
        match groups.last_mut() {
            Some((_, group_last, group)) if first <= *group_last => {
                *group_last = (*group_last).max(last);
                group.push(edit.clone());
            }
            _ => groups.push((first, last, vec![edit.clone()])),
        }
    }
    groups
        .into_iter()
        .filter_map(|(first, last, group)| {
            let start = index.line_span(text, first).start;
            let end = line_end_with_break(index, text, last);
            let shifted: Vec<Edit> = group
                .into_iter()
                .map(|edit| Edit {
                    span: crate::text::Span::new(edit.span.start - start, edit.span.end - start),
                    new_text: edit.new_text,
                })
                .collect();
            let old_text = &text[start..end];
            let new_text = apply_edits(old_text, &shifted)?;
            (new_text != old_text).then_some(Block {
                first,
                last,
                new_text,
            })
        })
        .collect()
}

/// Blocks close enough that their contexts meet share a hunk.
fn hunks(blocks: &[Block]) -> Vec<&[Block]> {
    let mut hunks = Vec::new();
    let mut from = 0;
    for at in 1..blocks.len() {
        if blocks[at].first > blocks[at - 1].last + 2 * CONTEXT + 1 {
            hunks.push(&blocks[from..at]);
            from = at;
        }
    }
    hunks.push(&blocks[from..]);
    hunks
}

fn line_end_with_break(index: &LineIndex, text: &str, line: usize) -> usize {
    if line + 1 < index.line_count() {
        index.line_span(text, line + 1).start
    } else {
        text.len()
    }
}

fn whole_line<'t>(index: &LineIndex, text: &'t str, line: usize) -> &'t str {
    &text[index.line_span(text, line).start..line_end_with_break(index, text, line)]
}

/// A changed text's lines, each with its break (a lone `\r` ends a line too).
fn lines_of(text: &str) -> Vec<&str> {
    let index = LineIndex::new(text);
    (0..index.line_count())
        .map(|line| whole_line(&index, text, line))
        .filter(|line| !line.is_empty())
        .collect()
}

fn push_line(out: &mut String, mark: char, line: &str) {
    out.push(mark);
    out.push_str(line);
    if !line.ends_with(['\n', '\r']) {
        out.push_str("\n\\ No newline at end of file\n");
    }
}

/// `start,count` of a hunk header: 1-based, and the line before an empty range.
fn header_range(first: usize, count: usize) -> String {
    match count {
        0 => format!("{first},0"),
        1 => format!("{}", first + 1),
        _ => format!("{},{count}", first + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn replace(text: &str, word: &str, new_text: &str) -> Edit {
        let start = text.find(word).unwrap();
        Edit {
            span: Span::new(start, start + word.len()),
            new_text: new_text.into(),
        }
    }

    #[test]
    fn one_changed_line_with_its_context() {
        let draft = "Talks end\n\nCharap spoke.\n\nCharapp added nothing.\n\nCharap left.\n";
        let edits = [replace(draft, "Charapp", "Charap")];
        assert_eq!(
            unified("talks.txt", draft, &edits),
            "--- a/talks.txt\n+++ b/talks.txt\n@@ -2,6 +2,6 @@\n \n Charap spoke.\n \n-Charapp added nothing.\n+Charap added nothing.\n \n Charap left.\n"
        );
    }

    #[test]
    fn far_apart_changes_make_two_hunks_and_the_second_counts_the_lines_added() {
        let mut draft = String::from("Levee holds\n\nThe county said so.\n");
        draft.push_str(&"Filler line.\n".repeat(10));
        draft.push_str("Charapp added nothing.");
        let edits = [
            Edit {
                span: Span::empty(draft.find("The county").unwrap()),
                new_text: "CITY, State —\n".into(),
            },
            replace(&draft, "Charapp", "Charap"),
        ];
        let diff = unified("levee.txt", &draft, &edits);
        assert!(
            diff.contains("@@ -1,6 +1,7 @@\n Levee holds\n \n-The county said so.\n+CITY, State —\n+The county said so.\n"),
            "{diff}"
        );
        assert!(
            diff.ends_with("@@ -11,4 +12,4 @@\n Filler line.\n Filler line.\n Filler line.\n-Charapp added nothing.\n\\ No newline at end of file\n+Charap added nothing.\n\\ No newline at end of file\n"),
            "{diff}"
        );
    }

    #[test]
    fn edits_that_change_nothing_make_no_diff() {
        let draft = "Charap spoke.\n";
        assert_eq!(
            unified("a.txt", draft, &[replace(draft, "Charap", "Charap")]),
            ""
        );
    }
}
