//! The pairing on small invented drafts, in double and single marks.
use super::*;
use crate::article::quotes::style;
use crate::article::structure::{self, Format};
use crate::config::QuoteStyle;

/// Pairs a draft's marks as `auto` reads them.
fn paired(draft: &str) -> (Vec<Paired>, Vec<StrayMark>) {
    let s = structure::parse(draft, Format::PlainText);
    pair(&s, style::decide(&s, QuoteStyle::Auto))
}

#[test]
fn mark_bytes_are_found_as_a_byte_by_byte_scan_finds_them() {
    let text = "He said: “It’s done,” and then \"left\" — twelve bytes of plain text here\"";
    let bytes = text.as_bytes();
    for from in 0..=bytes.len() + 1 {
        let scan = bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| DOUBLE_LEADS.contains(&Some(b))))
            .map(|i| from + i);
        assert_eq!(
            next_mark_byte(bytes, from, DOUBLE_LEADS),
            scan,
            "from {from}"
        );
    }
}

fn quoted(draft: &str) -> (Vec<String>, Vec<(StrayKind, usize)>) {
    let (quotes, strays) = paired(draft);
    (
        quotes
            .iter()
            .map(|q| draft[q.open.start..q.end].to_string())
            .collect(),
        strays.iter().map(|m| (m.kind, m.span.start)).collect(),
    )
}

#[test]
fn curly_and_straight_marks_pair_within_a_paragraph() {
    let (quotes, strays) =
        quoted("Headline\n\n“We are ready,” she said. \"So are we,\" he said.\n");
    assert_eq!(quotes, vec!["“We are ready,”", "\"So are we,\""]);
    assert!(strays.is_empty());
}

#[test]
fn apostrophes_and_inch_marks_are_not_quotes() {
    let (quotes, strays) = quoted("Headline\n\nThe ’90s were rock ’n’ roll for O’Brien, a 6'2\" guard, and Jones’ car. \"Don't, we don\"t,\" he said.\n");
    assert_eq!(quotes, vec!["\"Don't, we don\"t,\""]);
    assert!(strays.is_empty());
}

#[test]
fn merged_paragraphs_of_one_quote_continue_at_the_new_mark() {
    let (quotes, strays) = quoted("Headline\n\nMs Hewitt said: \"We doubled it to 26 weeks. \"We are going to extend it.\" She said more.\n");
    assert_eq!(
        quotes,
        vec![
            "\"We doubled it to 26 weeks.",
            "\"We are going to extend it.\""
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn a_quote_continues_into_the_next_paragraph_that_opens_with_a_mark() {
    let (quotes, strays) = quoted("Headline\n\n\"We knew the levee was weak,\" Ortiz said. \"We told the state.\n\n\"Nobody came.\"\n");
    assert_eq!(quotes.len(), 3);
    assert!(strays.is_empty());
}

#[test]
fn an_unclosed_quote_and_a_lone_closing_mark_are_strays() {
    let (_, strays) =
        quoted("Headline\n\n“We knew, Ortiz said.\n\nNobody came.” Then it rained.\n");
    assert_eq!(
        strays.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![StrayKind::NeverClosed, StrayKind::NeverOpened]
    );
}

/// Each quote as paired, and the quote it continues (by index), if any.
fn chained(draft: &str) -> Vec<(String, Option<usize>)> {
    paired(draft)
        .0
        .iter()
        .map(|q| (draft[q.open.start..q.end].to_string(), q.continues))
        .collect()
}

#[test]
fn a_low_mark_opens_a_quote() {
    let (quotes, strays) = quoted("Headline\n\n„We can do this,” Merkel said.\n");
    assert_eq!(quotes, vec!["„We can do this,”"]);
    assert!(strays.is_empty());
    // German „…“: the high mark closes the low one.
    let (quotes, strays) = quoted("Headline\n\n„Wir schaffen das“, sagte Merkel.\n");
    assert_eq!(quotes, vec!["„Wir schaffen das“"]);
    assert!(strays.is_empty());
}

#[test]
fn inch_marks_after_digits_open_no_quote() {
    let (quotes, strays) = quoted("Headline\n\nHe is 6'2\" and plays on a 12\" board.\n");
    assert!(quotes.is_empty());
    assert!(strays.is_empty());
    // Inside a quote, feet and inches still measure; a bare 12" closes the quote.
    let (quotes, _) =
        quoted("Headline\n\n\"He is 6'2\" tall,\" she said. \"Call it 12\" he said.\n");
    assert_eq!(quotes, vec!["\"He is 6'2\" tall,\"", "\"Call it 12\""]);
}

#[test]
fn a_double_mark_typed_for_an_apostrophe_is_skipped() {
    let (quotes, strays) =
        quoted("Headline\n\n\"We can\"t, it\"s late, they\"re gone,\" he said.\n");
    assert_eq!(quotes, vec!["\"We can\"t, it\"s late, they\"re gone,\""]);
    assert!(strays.is_empty());
}

#[test]
fn an_unclosed_quote_continues_into_each_paragraph_that_opens_with_a_mark() {
    assert_eq!(
        chained("Headline\n\n“We told the state.\n\n“Nobody came.\n\n“Then it rained.”\n"),
        vec![
            ("“We told the state.".to_string(), None),
            ("“Nobody came.".to_string(), Some(0)),
            ("“Then it rained.”".to_string(), Some(1)),
        ]
    );
    // A straight mark followed by a space does not open the next paragraph's quote.
    let (_, strays) = quoted("Headline\n\n\"We told the state.\n\n\" is all he said.\n");
    assert_eq!(strays.first().map(|s| s.0), Some(StrayKind::NeverClosed));
}

#[test]
fn a_subhead_ends_a_quotation_left_open() {
    let (quotes, strays) =
        quoted("Headline\n\n“We told the state.\n\nWHAT CAME NEXT\n\n“Nobody came.”\n");
    assert_eq!(quotes.len(), 2);
    assert_eq!(strays, vec![(StrayKind::NeverClosed, 10)]);
}

#[test]
fn a_straight_mark_after_a_nested_quote_ends_its_sentence_or_not() {
    // `.’` ends the sentence: the next straight mark opens a new quote (a continuation).
    let (quotes, _) =
        quoted("Headline\n\n\"He told me ‘we are done.’ \"Then he left,\" she said.\n");
    assert_eq!(quotes.len(), 2);
    // After a straight `?'` it does not: the next straight mark closes the quote.
    let (quotes, _) = quoted("Headline\n\n\"He asked me 'why not?' \"Then he left,\" she said.\n");
    assert_eq!(quotes[0], "\"He asked me 'why not?' \"");
}

#[test]
fn single_marks_carry_speech_with_double_marks_nested() {
    let (quotes, strays) = quoted(
        "Headline\n\n‘He said “no”, and we left,’ Ortiz said. ‘The workers’ union agreed.’\n",
    );
    assert_eq!(
        quotes,
        vec![
            "‘He said “no”, and we left,’",
            "‘The workers’ union agreed.’"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn apostrophes_inside_single_quotes_close_nothing() {
    let (quotes, strays) = quoted("Headline\n\n‘In the ’90s we played rock ’n’ roll at O’Brien’s,’ she said. ‘Nobody has told us anything.’\n");
    assert_eq!(
        quotes,
        vec![
            "‘In the ’90s we played rock ’n’ roll at O’Brien’s,’",
            "‘Nobody has told us anything.’"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn straight_single_marks_and_plural_possessives() {
    let (quotes, strays) = quoted("Headline\n\n'We can't stay,' Ortiz said. 'The nurses' union voted, and the Joneses' car is gone.'\n");
    assert_eq!(
        quotes,
        vec![
            "'We can't stay,'",
            "'The nurses' union voted, and the Joneses' car is gone.'"
        ]
    );
    assert!(strays.is_empty());
    // With no closing mark after it, the mark after a plural closes the quote.
    let (quotes, _) =
        quoted("Headline\n\n'It belongs to the Joneses' he said. 'Not to us,' she said.\n");
    assert_eq!(quotes, vec!["'It belongs to the Joneses'", "'Not to us,'"]);
}

#[test]
fn apostrophes_outside_quotes_are_no_strays() {
    let (quotes, strays) = quoted("Headline\n\nThe workers’ union met in Jones’ hall in the ’90s, goin’ home late.\n\n‘We are ready,’ she said.\n");
    assert_eq!(quotes, vec!["‘We are ready,’"]);
    assert!(strays.is_empty());
}

#[test]
fn a_single_mark_quote_continues_into_the_next_paragraph() {
    assert_eq!(
        chained("Headline\n\n‘We knew,’ Ortiz said. ‘We told the state.\n\n‘Nobody came.’\n"),
        vec![
            ("‘We knew,’".to_string(), None),
            ("‘We told the state.".to_string(), None),
            ("‘Nobody came.’".to_string(), Some(1)),
        ]
    );
}

#[test]
fn guillemets_pair_either_way_with_or_without_inner_spaces() {
    let (quotes, strays) =
        quoted("Headline\n\n«\u{202F}We are ready,\u{202F}» she said. «We said “no”,» he said.\n");
    assert_eq!(
        quotes,
        vec!["«\u{202F}We are ready,\u{202F}»", "«We said “no”,»"]
    );
    assert!(strays.is_empty());
    let (quotes, strays) = quoted("Headline\n\n»We are ready,« she said. »Are you?«\n");
    assert_eq!(quotes, vec!["»We are ready,«", "»Are you?«"]);
    assert!(strays.is_empty());
}

#[test]
fn low_single_marks_close_with_a_high_one() {
    let (quotes, strays) = quoted("Headline\n\n‚We can do this‘, she said. ‚Yes.‘\n");
    assert_eq!(quotes, vec!["‚We can do this‘", "‚Yes.‘"]);
    assert!(strays.is_empty());
}

#[test]
fn a_single_mark_quote_may_open_with_digits_at_a_sentence_start() {
    let (quotes, strays) = quoted("Headline\n\nThey rose in the ’90s. ‘2006 is where it starts,’ he added. ‘50’s beef is his.’\n");
    assert_eq!(
        quotes,
        vec!["‘2006 is where it starts,’", "‘50’s beef is his.’"]
    );
    assert!(strays.is_empty());
}

#[test]
fn a_closing_single_mark_before_a_word_after_a_full_stop_closes() {
    // The space after the quote left out; `U.S.’s` keeps its apostrophe.
    let (quotes, strays) =
        quoted("Headline\n\n‘The U.S.’s plan is up to the challenge.’Earlier, he left.\n");
    assert_eq!(quotes, vec!["‘The U.S.’s plan is up to the challenge.’"]);
    assert!(strays.is_empty());
}

#[test]
fn a_loose_closing_mark_or_one_ending_a_paragraph_opens_nothing() {
    let (quotes, strays) = quoted(
        "Headline\n\nShe left.\n\n‘We are ready,’ she said. The event ends on Sunday. ’\n\nIt went ’ well.\n",
    );
    assert_eq!(quotes, vec!["‘We are ready,’"]);
    assert!(strays.is_empty());
}

#[test]
fn doubled_single_marks_stand_for_a_nested_double_mark() {
    let (quotes, strays) = quoted(
        "Headline\n\n‘We won,’ he said. ’’I thought I’d get close.’’ He left. ‘Not ''now'',’ she said.\n",
    );
    assert_eq!(quotes, vec!["‘We won,’", "‘Not ''now'',’"]);
    assert!(strays.is_empty());
}

#[test]
fn straight_single_marks_open_after_a_colon_or_before_a_bracket() {
    let (quotes, strays) = quoted(
        "Headline\n\nHe told journalists :'The plan has few friends.' He said the 'bots and 'bot nets stay. 'We are ready. '[Alastair] will act for us.'\n",
    );
    assert_eq!(
        quotes,
        vec![
            "'The plan has few friends.'",
            "'We are ready.",
            "'[Alastair] will act for us.'"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn a_clipped_word_before_a_word_leaves_its_quote_open() {
    let (quotes, strays) =
        quoted("Headline\n\n‘I’m lovin’ it’ was the slogan, she said. ‘Good ol’ boys,’ he said.\n");
    assert_eq!(quotes, vec!["‘I’m lovin’ it’", "‘Good ol’ boys,’"]);
    assert!(strays.is_empty());
}

#[test]
fn digits_are_elided_unless_a_closing_mark_makes_them_a_quoted_number() {
    let (quotes, strays) = quoted(
        "Headline\n\n‘We are ready,’ she said. His ‘47 percent’ remark and her ‘100 percent’ pledge stung; the ’90s and Euro ’96 were kinder.\n",
    );
    assert_eq!(
        quotes,
        vec!["‘We are ready,’", "‘47 percent’", "‘100 percent’"]
    );
    assert!(strays.is_empty());
    let (quotes, strays) = quoted(
        "Headline\n\n'The class of '08 was great,' she said. They met in '08 and in '12. He spoke of the '47 percent' remark. The drug known as '771 failed. The '2 million-plus' people left.\n",
    );
    assert_eq!(
        quotes,
        vec![
            "'The class of '08 was great,'",
            "'47 percent'",
            "'2 million-plus'"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn a_plural_or_clipped_word_ending_a_quote_keeps_its_apostrophe() {
    let (quotes, strays) = quoted(
        "Headline\n\n‘They vote less than others’,’ Franklin said. He called him ‘Lyin’ ’ Ted. 'Not ours but the nurses'.' she said.\n",
    );
    assert_eq!(
        quotes,
        vec![
            "‘They vote less than others’,’",
            "‘Lyin’ ’",
            "'Not ours but the nurses'.'"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn an_opening_mark_after_a_word_is_an_apostrophe_set_the_wrong_way() {
    let (quotes, strays) =
        quoted("Headline\n\nOn CBS‘ Face the Nation she said, ‘We are ready.’ He said, ‘No.’\n");
    assert_eq!(quotes, vec!["‘We are ready.’", "‘No.’"]);
    assert!(strays.is_empty());
}

#[test]
fn a_capital_letter_after_a_single_mark_is_a_quoted_letter() {
    let (quotes, strays) = quoted(
        "Headline\n\n‘We are ready,’ she said. Voters pull the lever for ‘R,’ or ‘D,’ as they like. It got a ‘D’ rating.\n",
    );
    assert_eq!(quotes, vec!["‘We are ready,’", "‘R,’", "‘D,’", "‘D’"]);
    assert!(strays.is_empty());
}

#[test]
fn a_plural_inside_a_whole_sentence_quote_keeps_the_quote_open() {
    // The quote continues after the merged paragraph's boundary, and into the next paragraph.
    let (quotes, strays) = quoted(
        "Headline\n\nHe said: ‘The Lib Dems’ sums don’t add up. ‘They have no credibility.’ He added: ‘It is down to the fans’ reaction.\n\n‘He has had a tough time.’\n",
    );
    assert_eq!(
        quotes,
        vec![
            "‘The Lib Dems’ sums don’t add up.",
            "‘They have no credibility.’",
            "‘It is down to the fans’ reaction.",
            "‘He has had a tough time.’"
        ]
    );
    assert!(strays.is_empty());
    // A quote may end on a plural where the writer's words go on, partial or whole.
    let (quotes, _) = quoted(
        "Headline\n\n‘We are ready,’ she said. He called it ‘a victory for the workers’ and left.\n\n‘He voted with the gun lobby many times’ and against the law, she said.\n",
    );
    assert_eq!(
        quotes,
        vec![
            "‘We are ready,’",
            "‘a victory for the workers’",
            "‘He voted with the gun lobby many times’"
        ]
    );
    // Where the quote does not read on (no new sentence's quote, no continuing paragraph).
    let (quotes, strays) = quoted(
        "Headline\n\n‘We are ready,’ she said. He added: ‘We seek a solution that keeps investor protections’ without a ‘no exit’ market.\n\n‘Major problems’ are expected, the committee said.\n",
    );
    assert_eq!(
        quotes,
        vec![
            "‘We are ready,’",
            "‘We seek a solution that keeps investor protections’",
            "‘no exit’",
            "‘Major problems’"
        ]
    );
    assert!(strays.is_empty());
}

#[test]
fn an_opening_mark_typed_for_the_closing_one_closes_the_quote() {
    let (quotes, strays) =
        quoted("“It is unusual,“ said Noble, a lawyer. “It is a hard thing to pull off.”");
    assert_eq!(
        quotes,
        ["“It is unusual,“", "“It is a hard thing to pull off.”"]
    );
    assert!(strays.is_empty());
    // A nested opening after a colon and a space still opens.
    let (quotes, _) = quoted("He said: “She told me, “Go.” That was all.”");
    assert_eq!(quotes.len(), 2);
}
