//! Speakers a reader would name: pronouns, descriptions and long roles resolved to the person,
//! each a tiny invented draft with the expected speaker next to every quote.

use copydesk::{analyze, Config, Format};

/// Each speech quote of a draft as `quoted words — speaker`, `?` where nobody is attributed, and
/// `(probably)` where the speaker is a guess.
fn who_said(draft: &str) -> Vec<String> {
    let analysis = analyze(draft, Format::PlainText, &Config::default());
    analysis
        .article
        .quotes
        .iter()
        .filter(|q| q.is_speech())
        .map(|q| {
            let words = q.content.slice(draft).trim_end_matches([',', '.']);
            match &q.attribution {
                None => format!("{words} — ?"),
                Some(a) if a.unsure() => format!("{words} — {} (probably)", a.speaker),
                Some(a) => format!("{words} — {}", a.speaker),
            }
        })
        .collect()
}

#[test]
fn she_is_the_woman_just_named_not_the_man_quoted_before() {
    assert_eq!(
        who_said("Crews battle blaze\n\n“We will rebuild,” Mayor Tom Ortiz said on Monday.\n\nThe fire chief, Dana Ruiz, said crews worked all night. “It was the worst I have seen,” she said.\n"),
        ["We will rebuild — Tom Ortiz", "It was the worst I have seen — Dana Ruiz"]
    );
}

#[test]
fn a_title_tells_whom_she_stands_for() {
    assert_eq!(
        who_said("Vote delayed\n\nSenator Paul Hewitt and Ms. Clara Okafor met on Tuesday. Hewitt said the vote would wait.\n\n“We need more time,” she said.\n"),
        ["We need more time — Clara Okafor"]
    );
}

#[test]
fn a_given_name_tells_whom_he_stands_for() {
    assert_eq!(
        who_said("Budget\n\n“We are short,” Margaret Lowe said.\n\nDavid Kerr, the treasurer, spoke after her. “The numbers add up,” he said.\n"),
        ["We are short — Margaret Lowe", "The numbers add up — David Kerr"]
    );
}

#[test]
fn the_speaker_of_the_sentence_before_wins_over_a_name_in_passing() {
    assert_eq!(
        who_said("Clinic\n\nRita Alvarez said she had called Mayor Ortiz. “He did not pick up,” she said.\n"),
        ["He did not pick up — Rita Alvarez"]
    );
}

#[test]
fn a_pronoun_after_an_inverted_cue_is_the_person_it_named() {
    assert_eq!(
        who_said("Levee\n\nThe levee was never inspected, said Robert Egge, who runs the county's water board. “It makes this a state matter,” he said.\n"),
        ["It makes this a state matter — Robert Egge"]
    );
}

#[test]
fn a_long_role_after_a_name_keeps_its_verb() {
    assert_eq!(
        who_said("Forum\n\n“Is this in our interest?” Maria T. Alvarez, the governor's adviser on public safety, said at a forum Thursday.\n\n“It is not,” Ivan Petrov, the editor of the paper, wrote sarcastically on Telegram.\n"),
        ["Is this in our interest? — Maria T. Alvarez", "It is not — Ivan Petrov"]
    );
}

#[test]
fn a_name_that_is_also_a_word_still_speaks() {
    assert_eq!(
        who_said("Plan\n\nRose said: “The plan is sound.”\n"),
        ["The plan is sound — Rose"]
    );
}

#[test]
fn the_mayor_is_the_named_mayor() {
    assert_eq!(
        who_said("Stadium deal\n\nThe team's owner, Victor Lang, told the council the deal was fair. Mayor Ellen Brooks disagreed.\n\n“The city cannot afford it,” the mayor said.\n"),
        ["The city cannot afford it — Ellen Brooks"]
    );
}

#[test]
fn an_organisation_speaks_for_itself() {
    assert_eq!(
        who_said(
            "Recall\n\nThe recall began on Monday.\n\n“We regret the error,” the company said.\n"
        ),
        ["We regret the error — the company"]
    );
}

#[test]
fn a_description_nobody_in_the_draft_wears_stays_a_description() {
    assert_eq!(
        who_said("Talks\n\nThe talks ended late.\n\n“There will be no deal this week,” a White House official said.\n"),
        ["There will be no deal this week — a White House official"]
    );
}

#[test]
fn two_men_just_named_leave_the_other_as_an_alternative() {
    let draft =
        "Talks\n\nTom Ortiz spoke first. Paul Hewitt answered him.\n\n“It will hold,” he said.\n";
    let analysis = analyze(draft, Format::PlainText, &Config::default());
    let a = analysis.article.quotes[0]
        .attribution
        .as_ref()
        .expect("attributed");
    assert_eq!(a.speaker, "Paul Hewitt");
    assert!(a.confidence < 100, "{a:?}");
    assert_eq!(a.alternatives, ["Tom Ortiz"]);
}
