//! Attribution as an editor reads it: every word order, channel and anonymous source from the
//! newsroom conventions, each a tiny invented draft with the speaker expected next to it.

use copydesk::article::quotes::{AttributionSource, QuoteKind};
use copydesk::rules::Rule;
use copydesk::{analyze, Analysis, Config, Format};

fn draft(body: &str) -> String {
    format!("Clinic stays open\n\nRita Alvarez, the county health director, toured the site on Monday.\n\n{body}\n")
}

fn analysed(body: &str) -> (String, Analysis) {
    let text = draft(body);
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    (text, analysis)
}

/// The speaker of an analysis's first quote.
fn first_speaker(analysis: &Analysis) -> Option<String> {
    analysis
        .article
        .quotes
        .first()
        .and_then(|q| q.attribution.as_ref())
        .map(|a| a.speaker.clone())
}

/// The speaker of the draft's first quote, and whether any quote rule fired.
fn speaker(body: &str) -> (Option<String>, bool) {
    let (_, analysis) = analysed(body);
    let quiet = !analysis.findings.iter().any(|f| {
        matches!(
            f.rule,
            Rule::UnattributedQuote | Rule::FollowOnQuote | Rule::UnbalancedQuote
        )
    });
    (first_speaker(&analysis), quiet)
}

#[test]
fn every_word_order_names_the_speaker() {
    let alvarez = (Some("Rita Alvarez".to_string()), true);
    for body in [
        "“We are not closing the clinic,” Alvarez said.",
        "“We are not closing the clinic,” said Alvarez, the county health director.",
        "“We are not closing the clinic,” the county health director, Rita Alvarez, said.",
        "Alvarez said: “We are not closing the clinic.”",
        "Alvarez said, “We are not closing the clinic.”",
        "“We are not closing the clinic,” Alvarez said. “Not this year, not next year.”",
        "“We are not closing the clinic,” Alvarez said, “and we are hiring two nurses.”",
        "“We are not closing the clinic. We are hiring,” Alvarez said.",
        "According to Alvarez, “the clinic is not closing.”",
        "“The clinic is not closing,” according to Alvarez.",
        "“It is smaller than I expected,” she said.",
        "Alvarez called the plan “a giveaway to the developers.”",
        "Alvarez described the deal as “a disaster in slow motion.”",
        "Alvarez said the closure rumours were “completely false and damaging to the staff.”",
    ] {
        assert_eq!(speaker(body), alvarez, "{body}");
    }
}

#[test]
fn channels_and_descriptions_are_attributions() {
    for (body, who) in [
        ("“We regret the error,” the company said in a statement.", "the company"),
        ("“There will be no deal this week,” the senator told reporters.", "the senator"),
        ("“We are reviewing it,” a spokeswoman said in an email.", "a spokeswoman"),
        ("“The deal is dead,” said a person familiar with the talks, who spoke on condition of anonymity.", "a person familiar with the talks"),
        ("“We regret the error,” a White House spokesperson said.", "a White House spokesperson"),
        ("“Back to work,” Governor Ortiz wrote on X, formerly known as Twitter.", "Ortiz"),
    ] {
        assert_eq!(speaker(body), (Some(who.to_string()), true), "{body}");
    }
}

#[test]
fn a_multi_paragraph_quotation_is_attributed_once() {
    let (_, analysis) = analysed("“We knew the levee was weak,” Alvarez said. “We told the state in March.\n\n“Nobody answered. Nobody came.\n\n“So we started stacking sandbags ourselves.”");
    assert!(analysis.findings.iter().all(|f| !matches!(
        f.rule,
        Rule::UnattributedQuote | Rule::FollowOnQuote | Rule::UnbalancedQuote
    )));
    let sources: Vec<_> = analysis
        .article
        .quotes
        .iter()
        .map(|q| q.attribution.as_ref().map(|a| a.source))
        .collect();
    assert_eq!(
        sources,
        vec![
            Some(AttributionSource::Own),
            Some(AttributionSource::SameParagraph),
            Some(AttributionSource::Continuation),
            Some(AttributionSource::Continuation)
        ]
    );
}

#[test]
fn a_quote_after_a_partial_quote_closes_and_carries_over() {
    let (text, analysis) = analysed(
        "Alvarez called the response “a disgrace to the county.”\n\n“We told the state in March.”",
    );
    let follow_on: Vec<_> = analysis
        .findings
        .iter()
        .filter(|f| f.rule == Rule::FollowOnQuote)
        .collect();
    assert_eq!(follow_on.len(), 1);
    assert!(follow_on[0]
        .span
        .slice(&text)
        .starts_with("“We told the state"));
    assert_eq!(analysis.article.quotes[0].kind, QuoteKind::Partial);
}

#[test]
fn a_named_speaker_wins_over_a_person_only_mentioned() {
    let (_, analysis) = analysed(
        "Alvarez said she had called Mayor Ortiz. “He did not pick up the phone,” she said.",
    );
    assert_eq!(
        analysis.article.quotes[0]
            .attribution
            .as_ref()
            .map(|a| a.speaker.as_str()),
        Some("Rita Alvarez")
    );
}

#[test]
fn a_phrase_of_place_or_time_or_an_audience_is_never_the_speaker() {
    for body in [
        "In Washington, Alvarez released a statement condemning “what appears to be a failure of the county.”",
        "Alvarez, meanwhile, told Politico on Wednesday that “the clinic is not closing this year.”",
        "The center, which Alvarez on Friday declared open, is the one she called “the best clinic in the county.”",
        // The place ends its phrase, and what follows the comma is the main clause.
        "Here in Dayton, Alvarez stepped up her defence of the clinic, saying, “We will not close.”",
        "Alvarez, at a meeting in Dayton, Ohio, said she was “going to keep every nurse.”",
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"), "{body}");
    }
}

#[test]
fn a_sign_or_a_message_is_the_source_of_its_words() {
    for (body, source) in [
        ("Protesters filled the square. One man wore a shirt that read “Keep the clinic open.”", "a shirt"),
        ("The county website was replaced by a message that said, “This page is no longer available.”", "a message"),
        // The source of the whole sentence stands when the sign's own words are read first.
        ("According to the Ledger, the nurses carried signs that read “We stay.”", "signs"),
        ("That morning the nurses had gathered at the door, carrying signs saying, “Clinic today, closed tomorrow.”", "signs"),
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some(source), "{body}");
    }
}

#[test]
fn one_of_a_group_just_named_speaks() {
    let body = "Several nurses stood outside. “We will not leave,” said one.\n\nAnother said she had worked there for 30 years: “This is my home.”";
    let (_, analysis) = analysed(body);
    let speakers: Vec<String> = analysis
        .article
        .quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref().map(|a| a.speaker.clone()))
        .collect();
    assert_eq!(speakers, ["one", "Another"]);
    assert!(
        !analysis
            .findings
            .iter()
            .any(|f| f.rule == Rule::UnattributedQuote),
        "{:#?}",
        analysis.findings
    );
}

#[test]
fn words_someone_owns_are_theirs() {
    for body in [
        "The union will not back the plan after her March comment that, “the clinic costs too much.”",
        "Alvarez's stock answer then — “We will manage” — is likely to be heard again.",
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"), "{body}");
    }
}

#[test]
fn a_name_ends_a_role_too_long_to_read_whole() {
    let body = "“They have to decide whether to feed their kids,” Fight for $15 organizing director Kendall Fells told Fox News.";
    assert_eq!(speaker(body).0.as_deref(), Some("Kendall Fells"));
}

#[test]
fn a_role_for_a_name_is_the_whole_description() {
    for (body, who) in [
        ("The count was late, and a spokesman for Tom Ortiz could only quip: “We brought snacks.”", "a spokesman for Tom Ortiz"),
        ("But the chairman of Clinic Watch, Sir Paul Grant, said the decision was “a step backwards”.", "Paul Grant"),
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some(who), "{body}");
    }
}

#[test]
fn a_bark_is_a_cue() {
    let body =
        "“Go back to your desk,” Mayor Tom Ortiz barked and a guard escorted the reporter out.";
    assert_eq!(speaker(body).0.as_deref(), Some("Tom Ortiz"));
}

#[test]
fn words_a_cue_introduces_with_that_are_its_speakers() {
    // The cue after the quote reports words of its own: the quote is Alvarez's.
    let body = "Even as Alvarez claimed on Tuesday that “the clinic never ran short,” a former nurse said the shelves were often bare.";
    assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"));
    // A tag after the quote names who says the whole sentence.
    let body =
        "Ortiz understood that “the clinic is the town's best asset,” Alvarez told the council.";
    assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"));
}

#[test]
fn a_statement_issued_in_the_paragraph_before_speaks_in_the_next() {
    let body = "The county issued a statement apologizing for the delay.\n\n“We regret the delay and will reopen the clinic on Monday.”";
    assert_eq!(speaker(body).0.as_deref(), Some("The county"));
    // Carried over from the paragraph before: a follow-on quote, not an unattributed one.
    let (text, analysis) = analysed(body);
    let rules: Vec<Rule> = analysis.findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&Rule::FollowOnQuote), "{text}");
    assert!(!rules.contains(&Rule::UnattributedQuote), "{text}");
}

#[test]
fn whoever_issues_a_statement_says_its_words() {
    for (body, who) in [
        (
            "The county issued a statement saying the clinic “will reopen on Monday.”",
            "The county",
        ),
        (
            "The union released a statement: “We will not return to work.”",
            "The union",
        ),
        (
            "The town released a statement Wednesday saying the figures “are out of date.”",
            "The town",
        ),
        (
            "Black Lives Matter issued a statement calling the decision “a betrayal.”",
            "Black Lives Matter",
        ),
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some(who), "{body}");
    }
}

#[test]
fn what_was_said_before_a_colon_is_not_who_said_it() {
    for body in [
        "Alvarez delivered a sharp retort: “No one is closing this clinic.”",
        "On a busy evening, Alvarez offered one undeniable point: “The clinic works.”",
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"), "{body}");
    }
    // Nor is a phrase of place or time opening the sentence.
    for body in [
        "In an angry news conference, Alvarez attacked the board, calling it “the most careless board in our history.”",
        "But a few days later, Alvarez reversed herself, telling reporters that the rules “are set.”",
        "Two weeks ago, Alvarez called the plan “a disgrace.”",
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"), "{body}");
    }
    // A phrase before the colon that names someone is the speaker.
    let body = "The county has one answer from its spokeswoman: “The clinic stays open.”";
    assert_eq!(
        speaker(body).0.as_deref(),
        Some("its spokeswoman"),
        "{body}"
    );
}

#[test]
fn a_role_noun_opening_the_sentence_is_no_part_of_the_name() {
    for (body, name) in [
        ("Parent Marcus Hill said later starts would hurt sports. “My daughter already gets home at seven,” Hill said.", "Marcus Hill"),
        ("Councilmember Eunisses Hernandez criticized the plan. “This budget balances the books on the backs of young people,” Hernandez said.", "Eunisses Hernandez"),
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some(name), "{body}");
    }
}

#[test]
fn someone_who_gave_no_comment_lends_no_speaker_to_the_next_quote() {
    let (text, analysis) = analysed(
        "Her office did not respond to a request for comment.\n\n“It is not over until it is over.”",
    );
    let quote = &analysis.article.quotes[0];
    assert!(quote.attribution.is_none(), "{text}");
    assert!(
        analysis
            .findings
            .iter()
            .any(|f| f.rule == Rule::UnattributedQuote),
        "{text}"
    );
}

#[test]
fn reporting_verbs_adverbs_and_a_sentence_running_on_keep_their_speaker() {
    for body in [
        "“The clinic will stay open through the winter,” Alvarez reported.",
        "Alvarez, who runs the county health department, once said, “The clinic is the heart of this town.”",
        "“Let me thank the nurses who worked so hard” for the reopening, Alvarez said.",
        "Alvarez clashed with the board, chiding it, “What difference does a month make?”",
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some("Rita Alvarez"), "{body}");
    }
    // A sentence that reports facts lends no speaker to the quote paragraph after it.
    let (text, analysis) = analysed(
        "The clinic reopened on Monday, the Gazette reported.\n\n“We are glad to be back.”",
    );
    assert!(!analysis.article.quotes.is_empty(), "{text}");
    let speaker = first_speaker(&analysis);
    assert_ne!(speaker.as_deref(), Some("the Gazette"), "{text}");
}

#[test]
fn a_credit_line_under_a_quote_that_stands_alone_names_its_speaker() {
    assert_eq!(
        speaker("“We are not closing the clinic. Not this year, not next year.”\n\n- Alvarez.")
            .0
            .as_deref(),
        Some("Rita Alvarez")
    );
    assert_eq!(
        speaker("“Great work by the nurses. They never quit.”\n\n—Rita Alvarez, posting after the vote.").0.as_deref(),
        Some("Rita Alvarez")
    );
}

#[test]
fn a_list_of_titles_holds_no_speech() {
    let (text, analysis) = analysed(
        "Alvarez, who acted in “How the Grinch Stole Christmas,” “Apollo 13,” and “Home Alone,” opened the clinic.",
    );
    assert!(
        analysis
            .article
            .quotes
            .iter()
            .all(|q| q.not_speech.is_some() || !q.is_speech()),
        "{text}: {:?}",
        analysis.article.quotes
    );
}

#[test]
fn a_lower_case_connective_after_a_capitalised_one_opens_no_subject() {
    assert_eq!(
        speaker("And then Alvarez went on the attack, saying, “The board has failed this town.”")
            .0
            .as_deref(),
        Some("Rita Alvarez")
    );
}

#[test]
fn after_an_exclamation_a_description_then_the_name_is_the_speaker() {
    assert_eq!(
        speaker("“The board should resign in disgrace!” the county health director, Rita Alvarez, tweeted Sunday.")
            .0
            .as_deref(),
        Some("Rita Alvarez")
    );
    // A capital after the exclamation opens the next sentence.
    assert_eq!(
        speaker(
            "Alvarez asked: “Who will pay for it?” The county's chief health spokeswoman, Tina Reyes, said the state would."
        )
        .0
        .as_deref(),
        Some("Rita Alvarez")
    );
}

#[test]
fn i_in_the_writers_own_sentence_is_the_writer() {
    let with_note = "When the nurse mentioned the budget, I laughed. “I don't believe in budgets,” I said.\n\nRita Alvarez is a playwright in residence at the county college.";
    assert_eq!(speaker(with_note).0.as_deref(), Some("Rita Alvarez"));
    let (text, analysis) = analysed(
        "When the nurse mentioned the budget, I laughed. “I don't believe in budgets,” I said.",
    );
    let speaker = first_speaker(&analysis);
    assert_eq!(speaker.as_deref(), Some("the writer"), "{text}");
}

#[test]
fn a_cue_word_after_an_owner_is_a_noun() {
    assert_eq!(
        speaker("But the county board has insisted Alvarez was speaking about adults and her comments were “a recognition that people will get sick”.")
            .0
            .as_deref(),
        Some("the county board")
    );
}

#[test]
fn a_dateline_is_never_the_speaker_of_a_follow_on_quote() {
    // The place opens the lede as furniture; the lede's first sentence starts after the dash.
    let text = "Clinic stays open\n\nGENEVA (AP) — Rita Alvarez, the county health director, toured the site on Monday.\n\n“We are not closing the clinic.”\n";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    assert_eq!(first_speaker(&analysis).as_deref(), Some("Rita Alvarez"));
    let text = "Clinic stays open\n\nGENEVA (AP) — The clinic reopened on Monday.\n\n“We are not closing the clinic.”\n";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    assert_eq!(first_speaker(&analysis).as_deref(), None);
}

#[test]
fn he_or_she_with_no_name_in_reach_is_the_one_person_described() {
    let quote = |lede: &str| {
        let text = format!("Clinic stays open\n\n{lede}\n");
        let analysis = analyze(&text, Format::PlainText, &Config::default());
        first_speaker(&analysis)
    };
    assert_eq!(
        quote("A county health spokeswoman said the clinic would stay open. “We are hiring two nurses,” she said.").as_deref(),
        Some("A county health spokeswoman")
    );
    assert_eq!(
        quote("The official said the budget was tight. “We are hiring two nurses,” he said.")
            .as_deref(),
        Some("The official")
    );
    // A group, the wrong sex, or a person only inside a phrase about something else: no one.
    for lede in [
        "The county officials said the clinic would stay open. “We are hiring two nurses,” she said.",
        "A county health spokeswoman said the clinic would stay open. “We are hiring two nurses,” he said.",
        "The home of a county nurse was searched on Monday. “We are hiring two nurses,” she said.",
    ] {
        assert_eq!(quote(lede).as_deref(), Some(if lede.contains(" he said") { "he" } else { "she" }), "{lede}");
    }
    // A name in reach still comes first.
    assert_eq!(
        quote("Rita Alvarez met a county spokesman on Monday. The spokesman said it was tight. “We are hiring,” she said.").as_deref(),
        Some("Rita Alvarez")
    );
}

#[test]
fn a_description_with_no_role_noun_ends_at_its_verb_of_saying() {
    assert_eq!(
        speaker("The daily said price rises had been “far too quick in recent years.”")
            .0
            .as_deref(),
        Some("The daily")
    );
    assert_eq!(
        speaker("The official said the government would review “all aspects of the plan.”")
            .0
            .as_deref(),
        Some("The official")
    );
}

#[test]
fn whom_an_outlet_quoted_as_saying_is_the_speaker() {
    for (body, who) in [
        (
            "“We are not closing the clinic,” the newspaper quoted Alvarez as saying.",
            "Rita Alvarez",
        ),
        (
            "“We are not closing the clinic,” Reuters quoted a county official as saying.",
            "a county official",
        ),
        (
            "“We are not closing the clinic,” she was quoted as saying in the release.",
            "Rita Alvarez",
        ),
    ] {
        assert_eq!(speaker(body), (Some(who.to_string()), true), "{body}");
    }
}

#[test]
fn a_sentence_opening_word_or_a_kicker_is_no_one_to_carry_over() {
    // "More", "Won't", "It’s" open their sentences; LETTERS. is a section's kicker.
    for body in [
        "More clarity on the budget is needed.\n\n“We are not closing the clinic.”",
        "Won't the county pay for it? Nobody knows.\n\n“We are not closing the clinic.”",
        "It’s implied that nothing will change.\n\n“We are not closing the clinic.”",
        "LETTERS.\n\n“We are not closing the clinic.”",
    ] {
        let (_, analysis) = analysed(body);
        let said = first_speaker(&analysis);
        assert!(
            said.as_deref().is_none_or(|s| s == "Rita Alvarez"),
            "{body}: {said:?}"
        );
    }
}

#[test]
fn a_quote_inside_an_opening_clause_is_its_subjects() {
    assert_eq!(
        speaker("While Alvarez called the plan “a giveaway to the developers and nothing more,” the board voted for it.").0.as_deref(),
        Some("Rita Alvarez")
    );
}

#[test]
fn a_newsletters_credited_story_title_is_no_speech() {
    let (_, analysis) = analysed("SHORT READS:\n\n—“Clinic stays open in long-term plan for the county,” by the Ledger’s Amy Spencer http://example.com/a.\n\n—“An artist gets a gallery show,” by Hyperallergic’s Carey Dunne: http://example.com/b.");
    assert!(analysis.article.quotes.iter().all(|q| !q.is_speech()));
    assert!(!analysis
        .findings
        .iter()
        .any(|f| f.rule == Rule::UnattributedQuote));
    // A passive's agent is no credit: the quote is speech.
    let (_, analysis) = analysed("“If there had not been that intervention” by the county, the clinic would have closed, Alvarez said.");
    assert!(analysis.article.quotes.iter().all(|q| q.is_speech()));
}

#[test]
fn a_description_is_resolved_by_its_head_before_its_complement() {
    // "secretary of state": the head is "secretary", not "state", an institution.
    let text = "Clinic stays open\n\nSecretary of State Rita Alvarez toured the site on Monday.\n\n“We are not closing the clinic,” the former secretary of state said.\n";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    assert_eq!(first_speaker(&analysis).as_deref(), Some("Rita Alvarez"));
}

#[test]
fn a_plurals_possessive_before_a_role_and_name_keeps_the_name() {
    for body in [
        "“We are not closing the clinic,” the counties’ health director Rita Alvarez said.",
        "“We are not closing the clinic,” the counties' health director Rita Alvarez said.",
    ] {
        assert_eq!(
            speaker(body),
            (Some("Rita Alvarez".to_string()), true),
            "{body}"
        );
    }
}

#[test]
fn whom_the_words_were_said_to_or_for_is_not_the_speaker() {
    for (body, who) in [
        ("A county spokesman speaking to Fox News said, “We are not closing the clinic.”", "A county spokesman"),
        ("Alvarez wrote a letter to Governor Tom Ortiz asking him to “keep the clinic open for another year.”", "Rita Alvarez"),
        ("Alvarez argued for a bigger county budget: “We are not closing the clinic.”", "Rita Alvarez"),
    ] {
        assert_eq!(speaker(body).0.as_deref(), Some(who), "{body}");
    }
}

#[test]
fn the_agent_of_a_passive_calling_verb_is_the_speaker() {
    assert_eq!(
        speaker("The plan was described by Alvarez as “a disaster in slow motion.”")
            .0
            .as_deref(),
        Some("Rita Alvarez")
    );
    // "agreed" and "read" in the passive name no speaker of the words.
    assert_ne!(
        speaker("The leave was agreed by a county adviser “in conjunction with officials on behalf of ministers.”").0.as_deref(),
        Some("a county adviser")
    );
}

#[test]
fn a_newsletters_credit_in_brackets_names_the_source_when_the_sentence_names_no_one() {
    assert_eq!(
        speaker("THE LEVEE PARTY “The bash featured champagne showers and more than 500 revelers.” [Gazette] HOLD ON We finally have a trailer.").0.as_deref(),
        Some("Gazette")
    );
    // The writers named before the colon keep their words.
    assert_ne!(
        speaker("LEVEE REPORT - Rita Ortiz and Tom Lee: “We found that the levee would hold in most floods.” [Gazette]").0.as_deref(),
        Some("Gazette")
    );
}
