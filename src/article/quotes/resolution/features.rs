//! The features a candidate speaker is weighed by, and their weights. Hand weights, each
//! named, tuned on the tuning halves of the corpus (docs/quotes-accuracy.md).

use super::mentions::Role;
use crate::article::lexicon::Gender;

/// Whether the candidate's sex, as far as the draft tells it, fits the pronoun or noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    Agrees,
    /// The draft does not tell, or the word asks for no sex ("the governor").
    Unknown,
    /// "she" for a man: never chosen.
    Clashes,
}

impl Agreement {
    pub fn of(wanted: Gender, known: Gender) -> Agreement {
        match (wanted, known) {
            (Gender::Any, _) | (_, Gender::Any) => Agreement::Unknown,
            (a, b) if a == b => Agreement::Agrees,
            _ => Agreement::Clashes,
        }
    }
}

/// What a reader weighs when deciding whom "she" or "the governor" stands for.
#[derive(Clone, Copy, Debug)]
pub struct Features {
    /// The part the candidate's latest mention in reach plays in its sentence.
    pub role: Role,
    /// The candidate was a speaker or subject anywhere in reach, not only at the latest mention.
    pub led_in_reach: bool,
    pub agreement: Agreement,
    /// Paragraphs between the candidate's latest mention and the words to resolve.
    pub paragraphs_back: usize,
    /// Other people who spoke or led a sentence since the candidate's latest mention: a reader
    /// follows the last one who did.
    pub leaders_since: usize,
    /// The candidate's mentions in the draft up to here: who the story is about.
    pub mentions: usize,
    /// The candidate speaks by name somewhere in the draft.
    pub quoted: bool,
    /// The reading by sentence subjects and named speakers (`pronouns`) chose this candidate.
    pub subject_chain: bool,
    /// A description's role noun is worn by the candidate ("Brown, the governor", "Gov.").
    pub wears_role: bool,
    /// The only candidate in reach whom the draft gives the pronoun's sex: "she" after one
    /// woman is her, however far back or in passing.
    pub sole_of_the_sex: bool,
    /// The quote itself names the candidate ("I think Sean's situation …"): people seldom
    /// speak of themselves by name.
    pub named_in_quote: bool,
}

impl Features {
    /// The candidate's weight; `None` when the candidate cannot be meant.
    pub fn score(&self) -> Option<f32> {
        if self.agreement == Agreement::Clashes {
            return None;
        }
        let role = match self.role {
            Role::Speaker => 2.5,
            Role::Subject => 1.8,
            Role::Mentioned => 0.0,
        };
        let agreement = match self.agreement {
            Agreement::Agrees => 1.0,
            _ => 0.0,
        };
        let distance = 1.0 * self.paragraphs_back.min(6) as f32;
        let crowding = 0.8 * self.leaders_since.min(5) as f32;
        let salience = 0.2 * (1.0 + self.mentions as f32).ln();
        Some(
            role + agreement + salience - distance - crowding
                + weight(self.led_in_reach, 0.5)
                + weight(self.quoted, 0.6)
                + weight(self.subject_chain, 1.5)
                + weight(self.wears_role, 2.5)
                + weight(self.sole_of_the_sex, 1.0)
                - weight(self.named_in_quote, 2.0),
        )
    }
}

fn weight(feature: bool, weight: f32) -> f32 {
    if feature {
        weight
    } else {
        0.0
    }
}

/// The winner of a weighing and how sure it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub person: usize,
    pub score: f32,
    /// The winner's share of the weight (a softmax over the scores), in hundredths.
    pub confidence: u8,
    /// The runners-up a reader might still name, best first.
    pub alternatives: Vec<usize>,
}

/// How much a point of score counts in the shares: the scores are hand weights, and on the
/// tuning halves a share computed from them at face value claimed 0.9 where 0.7 of the guesses
/// were right.
const TEMPERATURE: f32 = 2.0;

/// Below this share a runner-up is not worth naming.
const WORTH_NAMING: f32 = 0.15;

/// The score of someone the draft does not put in reach: the person a pronoun stands for may be
/// unnamed, or named where the reading missed them. Weighed in the shares, it keeps a lone
/// candidate with thin evidence (only mentioned, paragraphs back) from winning with full
/// confidence; it is never the winner.
const SOMEONE_UNSEEN: f32 = -1.0;

/// The best-scored candidate, with its share of the weight as the confidence.
pub fn weigh(scored: &mut [(usize, f32)]) -> Option<Verdict> {
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let &(person, best) = scored.first()?;
    let odds = |s: f32| ((s - best) / TEMPERATURE).exp();
    let total: f32 = scored.iter().map(|(_, s)| odds(*s)).sum::<f32>() + odds(SOMEONE_UNSEEN);
    let share = |s: f32| odds(s) / total;
    let alternatives = scored[1..]
        .iter()
        .take(2)
        .filter(|(_, s)| share(*s) >= WORTH_NAMING)
        .map(|(p, _)| *p)
        .collect();
    Some(Verdict {
        person,
        score: best,
        confidence: (share(best) * 100.0).round().clamp(0.0, 100.0) as u8,
        alternatives,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::quotes::Attribution;

    fn she_for(role: Role, known: Gender, paragraphs_back: usize) -> Features {
        Features {
            role,
            led_in_reach: role != Role::Mentioned,
            agreement: Agreement::of(Gender::Female, known),
            paragraphs_back,
            leaders_since: 0,
            mentions: 1,
            quoted: false,
            subject_chain: false,
            wears_role: false,
            sole_of_the_sex: false,
            named_in_quote: false,
        }
    }

    #[test]
    fn a_man_is_never_she() {
        assert_eq!(she_for(Role::Speaker, Gender::Male, 0).score(), None);
        assert!(she_for(Role::Speaker, Gender::Any, 0).score().is_some());
    }

    #[test]
    fn a_speaker_just_before_outweighs_one_mentioned_paragraphs_back() {
        let near = she_for(Role::Speaker, Gender::Female, 0).score();
        let far = she_for(Role::Mentioned, Gender::Female, 2).score();
        assert!(near > far, "{near:?} {far:?}");
    }

    #[test]
    fn close_scores_make_a_guess_with_the_runner_up_named() {
        let verdict = weigh(&mut [(7, 2.0), (3, 2.1), (9, -4.0)]).expect("a winner");
        assert_eq!(verdict.person, 3);
        assert!(verdict.confidence < Attribution::SURE, "{verdict:?}");
        assert_eq!(verdict.alternatives, [7]);
        let clear = weigh(&mut [(1, 6.0), (2, -1.0)]).expect("a winner");
        assert!(clear.confidence >= Attribution::SURE && clear.alternatives.is_empty());
    }
}
