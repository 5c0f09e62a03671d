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
    // She is the only woman named; but she was only mentioned, and a man has spoken since, so
    // the card shows her as a guess.
    assert_eq!(
        who_said("Vote delayed\n\nSenator Paul Hewitt and Ms. Clara Okafor met on Tuesday. Hewitt said the vote would wait.\n\n“We need more time,” she said.\n"),
        ["We need more time — Clara Okafor (probably)"]
    );
    // Once she leads a sentence, she is sure.
    assert_eq!(
        who_said("Vote delayed\n\nSenator Paul Hewitt met Ms. Clara Okafor on Tuesday. Okafor asked for a delay.\n\n“We need more time,” she said.\n"),
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
fn the_company_is_the_company_the_draft_just_named() {
    assert_eq!(
        who_said("Recall\n\nBrightwell Foods recalled 40,000 jars of sauce on Monday.\n\n“We regret the error,” the company said.\n"),
        ["We regret the error — Brightwell Foods"]
    );
    // The group that issued the statement before is the group that said the next words.
    assert_eq!(
        who_said("Parade\n\nRiver Watch Alliance issued a statement saying it would “stay home this year.”\n\n“We cannot march beside the police,” the group said.\n"),
        ["stay home this year — River Watch Alliance", "We cannot march beside the police — River Watch Alliance"]
    );
}

#[test]
fn the_company_is_never_a_person_or_a_place() {
    // Dana Ruiz is a person and Ohio a place: the company stays as written.
    assert_eq!(
        who_said("Plant\n\nOhio lost 300 jobs. Dana Ruiz, a welder, was among them.\n\n“We had no choice,” the company said.\n"),
        ["We had no choice — the company"]
    );
}

#[test]
fn the_newspaper_is_an_outlet_not_the_company_in_the_story() {
    // Ardent Motors is the story's company, the Valley Herald the paper that wrote.
    assert_eq!(
        who_said("Plant\n\nArdent Motors closed its plant. The Valley Herald reported the news first.\n\n“The town will not recover,” the newspaper wrote.\n"),
        ["The town will not recover — The Valley Herald"]
    );
    assert_eq!(
        who_said("Plant\n\nArdent Motors closed its plant in May.\n\n“The town will not recover,” the newspaper wrote.\n"),
        ["The town will not recover — the newspaper"]
    );
}

#[test]
fn two_organisations_in_reach_make_the_latest_a_guess() {
    assert_eq!(
        who_said("Merger\n\nKestrel Air agreed to buy Lumen Jets. Lumen Jets said talks had been long.\n\n“It is a fair price,” the airline said.\n"),
        ["It is a fair price — Lumen Jets (probably)"]
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

#[test]
fn she_is_the_woman_named_by_a_surname_that_is_also_a_word() {
    // "Short" is an ordinary word; "Ms Short" makes it her surname, so "she" has her to go to
    // rather than the man named before her.
    assert_eq!(
        who_said("Aid row\n\nFormer minister Clare Short criticised the plan.\n\nPresident Bush announced an alliance. But Ms Short said it would undermine the UN. “It is the only body with the authority,” she said.\n"),
        ["It is the only body with the authority — Clare Short"]
    );
}

#[test]
fn a_surname_that_is_a_demonym_speaks_when_a_cue_follows_it() {
    // "Cuban said": a people's name as the subject of a cue is the person of that surname.
    assert_eq!(
        who_said("Race\n\nBillionaire investor Mark Cuban spoke about Donald Trump on Sunday.\n\nTrump's grasp of policy is worrying, Cuban said.\n\n“He has to learn,” he said when asked about Trump's temperament.\n"),
        ["He has to learn — Mark Cuban"]
    );
}

#[test]
fn a_lone_candidate_only_mentioned_paragraphs_back_is_a_guess() {
    // The only person in reach, whose sex the draft does not tell, was named in passing
    // paragraphs up: no cue, no subject.
    let draft = "Harbour\n\nThe council thanked Jordan Ortiz for the report.\n\nThe harbour reopened on Monday.\n\nBoats were back by noon.\n\n“It was a long winter,” he said.\n";
    let analysis = analyze(draft, Format::PlainText, &Config::default());
    let a = analysis.article.quotes[0]
        .attribution
        .as_ref()
        .expect("attributed");
    assert_eq!(a.speaker, "Jordan Ortiz");
    assert!(a.unsure(), "{a:?}");
}

#[test]
fn a_plural_description_is_not_one_of_the_people_named() {
    assert_eq!(
        who_said("Inquiry\n\nRep. Paul Hewitt and Rep. Tom Ortiz chair the two committees. Director Ann Cole said the inquiry would go on. “The evidence is clear,” the committee chairmen wrote. “It is not,” the two said later.\n"),
        ["The evidence is clear — the committee chairmen", "It is not — the two"]
    );
}

#[test]
fn an_owner_is_not_the_one_who_speaks() {
    // "Bloomberg's" names the pollster's client: the pollster is the subject and the speaker.
    assert_eq!(
        who_said("Poll\n\nMichael Keane won the primary easily. Keane's pollster, Douglas Shore, says his man has time. “The mayor can build support rapidly,” he says.\n"),
        ["The mayor can build support rapidly — Douglas Shore"]
    );
}

#[test]
fn a_person_in_a_subordinate_clause_is_not_the_one_the_sentence_is_about() {
    assert_eq!(
        who_said("Interview\n\nWhen Rachel Moody pointed out the cost, Clara Okafor seized on it. “It is not the same plan,” she said.\n"),
        ["It is not the same plan — Clara Okafor"]
    );
}

#[test]
fn a_cue_after_an_age_and_a_hometown_is_the_named_persons() {
    assert_eq!(
        who_said("Voters\n\n“The economy comes first,” said Misha Patel, 32, of Chicago.\n\nBrianne Stone, 29, of Huntsville, Ala., says her biggest concern is the climate. “By the time we act, it will be too late,” she says.\n"),
        [
            "The economy comes first — Misha Patel",
            "By the time we act, it will be too late — Brianne Stone"
        ]
    );
}

#[test]
fn a_cue_after_a_long_relative_clause_is_the_named_persons() {
    assert_eq!(
        who_said("Delegates\n\n“We stay,” said Dana Cole.\n\nSteve Dunwoody, who worked as a campaign staffer for the senator in the 2008 primary and on into the general election, said tensions were high. “What we ask for is not unreasonable,” he said.\n"),
        ["We stay — Dana Cole", "What we ask for is not unreasonable — Steve Dunwoody"]
    );
}

#[test]
fn a_pronoun_with_its_verb_run_in_is_resolved() {
    assert_eq!(
        who_said("Rally\n\nDonald Trump spoke in Michigan on Tuesday.\n\nHe’s claiming that voting fraud is “a big, big problem in this country” but that nobody cares.\n"),
        ["a big, big problem in this country — Donald Trump"]
    );
}

#[test]
fn someone_the_quote_names_is_seldom_its_speaker() {
    // Long is the sentence's subject, but the quote speaks of Sean: it is Sculthorpe's, though
    // against the subject only a guess.
    assert_eq!(
        who_said("Rugby\n\nPaul Sculthorpe said the schedule was too long. Sean Long, his team-mate, has doubts about playing on. “I think Sean's situation is down to the number of games,” he said.\n"),
        ["I think Sean's situation is down to the number of games — Paul Sculthorpe (probably)"]
    );
}

#[test]
fn a_cue_before_an_outlets_reporter_names_the_reporter() {
    assert_eq!(
        who_said("Debates\n\nThe debates seldom move the race, noted NBC’s Dante Chinni.\n\n“Debates happen late in the campaign,” he wrote.\n"),
        ["Debates happen late in the campaign — Dante Chinni"]
    );
}

#[test]
fn a_role_noun_before_a_given_name_is_not_part_of_the_name() {
    assert_eq!(
        who_said("Party\n\nThe committee spent early. That, RNC Chief of Staff Katie Walsh explained, is by design.\n\n“We have a head start on the ground,” she said.\n"),
        ["We have a head start on the ground — Katie Walsh"]
    );
}

#[test]
fn the_name_in_apposition_to_a_description_is_the_speaker() {
    assert_eq!(
        who_said("Brexit\n\nIn a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Cooperation is essential.”\n\nAnother Tory back-bencher, Anthony Beaumont-Dark, said: “I have always been an October man.”\n"),
        [
            "Cooperation is essential — Jake Sullivan",
            "I have always been an October man — Anthony Beaumont-Dark"
        ]
    );
}

#[test]
fn a_place_in_apposition_is_not_the_speaker() {
    assert_eq!(
        who_said("Sanders\n\nMichael Seaman, who lives outside the state capital, Sacramento, said he still “prays that Bernie ends up the nominee.”\n"),
        ["prays that Bernie ends up the nominee — Michael Seaman"]
    );
}

#[test]
fn where_an_inverted_speaker_is_from_is_not_the_speaker() {
    assert_eq!(
        who_said("Primary\n\n“I do not know where he stands,” said undecided Republican voter Stephanie Hooton of Derry, N.H., before the barn event.\n\n“We will grow,” said the head of Microsoft.\n"),
        [
            "I do not know where he stands — Stephanie Hooton",
            "We will grow — the head of Microsoft"
        ]
    );
}

#[test]
fn the_one_told_or_accused_is_not_the_speaker_and_the_one_asked_answers() {
    // The other person leads the same sentence, so each answer is a guess, but the right one.
    assert_eq!(
        who_said("Rally\n\nMr Brown accused shadow chancellor Oliver Letwin of plotting cuts. He said: “Britain will never return to the mistakes of the past.”\n\nLast month, the Post's Scott Conroy asked Bernie Sanders whether his age was fair game. “Sure it is,” he said.\n"),
        [
            "Britain will never return to the mistakes of the past — Brown (probably)",
            "Sure it is — Bernie Sanders (probably)"
        ]
    );
}

#[test]
fn someone_who_spoke_or_asserted_is_the_speaker_of_the_words_that_follow() {
    assert_eq!(
        who_said("Levee plan\n\nWhat the plan means is left to the voters, since Mayor Rita Ortiz spoke only in generalities at the meeting.\n\n“We have to do something about the levee.”\n\n“It is sure to rain all spring,” she asserted to reporters on Tuesday.\n"),
        ["We have to do something about the levee — Rita Ortiz", "It is sure to rain all spring — Rita Ortiz"]
    );
}

#[test]
fn after_a_given_name_a_surname_that_is_a_word_is_still_a_name() {
    assert_eq!(
        who_said("Party at forty\n\n“We won a smaller share of the votes than any party ever had,” said Al From, who helped found the council.\n\n“The council will meet in June,” Theresa May said.\n"),
        ["We won a smaller share of the votes than any party ever had — Al From", "The council will meet in June — Theresa May"]
    );
}

#[test]
fn a_second_quote_after_a_short_attributed_one_keeps_its_speaker() {
    assert_eq!(
        who_said("Levee holds\n\n“It is unusual,” said Rita Ortiz, an engineer with the county. “It is a hard thing to do.”\n"),
        ["It is unusual — Rita Ortiz", "It is a hard thing to do — Rita Ortiz"]
    );
}

#[test]
fn the_subject_after_a_time_phrase_and_a_clause_says_it() {
    assert_eq!(
        who_said("Levee holds\n\nThe mayor spoke on Monday.\n\nLast month, when I asked Rita Ortiz if she would ever endorse the plan, she looked straight into my camera, furrowed her brow and said, “I am going to endorse you!”\n"),
        ["I am going to endorse you! — Rita Ortiz"]
    );
}

#[test]
fn the_one_a_question_asks_about_answers_it() {
    assert_eq!(
        who_said("Levee holds\n\nOmar Diallo, 12, set up a stand by the levee on Monday.\n\nSales were great, he said, wiping sweat off his face. Diallo estimated he sold 40 bottles. Only three remained.\n\nWhy was he out in the heat? “My mom says I have to save up for college.”\n"),
        ["My mom says I have to save up for college — Omar Diallo"]
    );
}

#[test]
fn the_sentence_after_a_quote_may_point_back_and_name_its_source() {
    assert_eq!(
        who_said("Levee holds\n\n“I would rather have a leaky roof than a leaky levee.” That quote from County Engineer Rita Ortiz appeared on the front page in 1980.\n"),
        ["I would rather have a leaky roof than a leaky levee — Rita Ortiz"]
    );
}

#[test]
fn a_show_named_in_quotes_before_the_subject_hides_no_one() {
    assert_eq!(
        who_said("Levee holds\n\nThe county met.\n\nOn “Meet the County,” Sen. Rita Ortiz (Ohio), who lost the primary to Dayton, named the levee as one of the reasons. “The younger people are sick and tired of floods.”\n"),
        ["The younger people are sick and tired of floods — Rita Ortiz"]
    );
}

#[test]
fn a_given_name_no_hand_list_holds_still_tells_whom_she_stands_for() {
    // Neither name is on the hand-written lists; the census table knows Latoya from Dante.
    assert_eq!(
        who_said("Shelter opens\n\nLatoya Briggs handed out blankets on Friday. Dante Reyes said the shelter was full by nine.\n\n“We had more people than beds,” she said.\n"),
        ["We had more people than beds — Latoya Briggs"]
    );
}

#[test]
fn a_speaker_the_subject_reading_passed_over_is_the_one_followed() {
    // "Gerrard admitted" names a speaker the reading by sentence subjects does not take for a
    // person (one word, never quoted by name); the manager it chose spoke before him.
    let said = who_said("Cup tie\n\nSteven Gerrard scored twice as Liverpool won on Wednesday. Manager Rafael Benitez praised his captain. He added: \"Steven can play all over the pitch and he influences every part of the game.\n\n\"I felt that the difference was our supporters.\" Gerrard admitted he thought they were going out at half-time. He said: \"I would be lying if I said we were sure.\"\n");
    assert_eq!(
        said.last().map(String::as_str),
        Some("I would be lying if I said we were sure — Steven Gerrard")
    );
}

#[test]
fn a_name_after_said_that_has_a_verb_of_its_own_is_not_a_speaker() {
    assert_eq!(
        who_said("Briefing\n\nPress secretary Josh Earnest said President Barack Obama has kept in close touch with his supporters.\n\n“I would think that would have some influence,” he said.\n"),
        ["I would think that would have some influence — Josh Earnest"]
    );
}

#[test]
fn a_verb_that_attributes_only_the_words_after_it_makes_no_speaker_without_them() {
    // "went" is a cue in "went on: “…”", not in "Trump went too far".
    assert_eq!(
        who_said("Interview\n\n“I do not care,” Donald Trump said.\n\nRadio host Hugh Hewitt argued that the attacks had worked, but suggested Trump went too far.\n\n“By using that word, they are hitting you again. Mistake?” he asked.\n"),
        ["I do not care — Donald Trump", "By using that word, they are hitting you again. Mistake? — Hugh Hewitt"]
    );
}

#[test]
fn an_age_or_an_origin_describes_the_last_person_who_led_a_sentence() {
    assert_eq!(
        who_said("Marathon\n\nPaula Radcliffe wants tougher bans for drug cheats.\n\nThe world record holder believes more must be done. “Doping in sport is a criminal offence,” the 30-year-old told the Sunday Times.\n"),
        ["Doping in sport is a criminal offence — Paula Radcliffe"]
    );
    assert_eq!(
        who_said("Davis Cup\n\nAndy Roddick lost both his singles in Seville.\n\nRoddick was left frustrated after the defeat. “I had my chances,” said the American.\n"),
        ["I had my chances — Andy Roddick"]
    );
    // The coach spoke last by name, but the player led the sentence after him: the epithet is
    // not the coach's, and the card keeps it as written.
    assert_eq!(
        who_said("Davis Cup\n\nAndy Roddick lost both his singles in Seville.\n\nUS coach Patrick McEnroe praised the Spanish side. “They are the best on clay,” said McEnroe. Roddick was left frustrated after the defeat. “I had my chances,” said the American.\n"),
        ["They are the best on clay — Patrick McEnroe", "I had my chances — the American"]
    );
}

#[test]
fn a_document_speaks_for_its_author() {
    assert_eq!(
        who_said("Staffer sues\n\nBradley Podliska, a former investigator, was fired in October. Podliska’s lawsuit asks for his job back.\n\n“He was fired for doing his job,” the suit reads.\n"),
        ["He was fired for doing his job — Bradley Podliska’s suit"]
    );
    assert_eq!(
        who_said("Sprinter sues\n\nMarion Jones has sued Victor Conte for defamation. Her lawsuit, filed in San Francisco, said that she “has never taken banned performance-enhancing drugs”.\n"),
        ["has never taken banned performance-enhancing drugs — Marion Jones’s lawsuit"]
    );
    // Whoever issued it: its subject, or the agent after "by".
    assert_eq!(
        who_said("Flood\n\nMayor Lena Ortiz released a statement on Friday night.\n\n“We grieve with the families,” the statement said.\n"),
        ["We grieve with the families — Lena Ortiz’s statement"]
    );
    assert_eq!(
        who_said("Leak\n\nThe memo, obtained by the Herald, was sent on Monday by chief of staff Dan Reyes.\n\n“We are ready to move,” it reads.\n"),
        ["We are ready to move — Dan Reyes’s memo"]
    );
    // Another email came since the one Sanders sent: the draft does not say whose that is.
    assert_eq!(
        who_said("Money\n\nAn email sent out by Bernie Sanders on Tuesday warned of a long fight.\n\nThe rival campaign sent out an email of its own. “We need everyone to step up,” the email said.\n"),
        ["We need everyone to step up — the email"]
    );
    // A report named for someone says whose it is already.
    assert_eq!(
        who_said("Lisbon\n\nWim Kok wrote the review.\n\n“Lisbon is about everything,” the Kok report said.\n"),
        ["Lisbon is about everything — the Kok report"]
    );
}

#[test]
fn a_subject_described_as_someone_named_is_them() {
    // "The actress" was introduced as "actress Ada Vance": she leads the sentence before the
    // quote, though the senator was named since.
    assert_eq!(
        who_said("Vance undecided\n\nOscar-winning actress Ada Vance is not sure she can vote for Senator Clara Hunt.\n\n“I don’t know yet,” Vance told reporters on Monday.\n\nAsked about the primary, she replied: “We will see.”\n\nThe actress said she was tired of the status quo.\n\nShe appeared to imply that change could come faster than Hunt, the 68-year-old former governor, would allow.\n\n“Some people feel things will explode,” she said.\n"),
        [
            "I don’t know yet — Ada Vance",
            "We will see — Ada Vance",
            "Some people feel things will explode — Ada Vance (probably)"
        ]
    );
    // Called by another rank or other words, the description is someone else: it makes no
    // sighting of them.
    assert_eq!(
        who_said("Budget\n\nShadow chancellor Olivia Pike attacked the plans on Monday.\n\nIn a speech, Mary Lowe backed the cuts.\n\nThe chancellor said the savings would pay for teachers.\n\n“We will not waver,” she said.\n"),
        ["We will not waver — Mary Lowe"]
    );
}

#[test]
fn a_subject_the_sentence_reading_missed_still_leads() {
    // "Webb’s lawsuit demands …": the sentence is about Webb, though the spokesman spoke since
    // and the reading by sentence subjects, which takes no possessive for a subject, chose him.
    assert_eq!(
        who_said("Staffer sues\n\nMarcus Webb was fired in May.\n\nHale’s spokesman, Jamal Ortiz, said the claims were false.\n\nWebb’s lawsuit demands his reinstatement. He also seeks “a permanent injunction barring the chairman from repeating false statements” about him.\n"),
        ["a permanent injunction barring the chairman from repeating false statements — Marcus Webb (probably)"]
    );
}
