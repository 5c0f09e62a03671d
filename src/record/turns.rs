//! A source of the record read into turns: who speaks (a label such as `TRUMP:`, `Q:`,
//! `**Putin:**`, `Mr. Smith:` or a WebVTT `<v Putin>`), from when (`[00:14:32]`, or a caption
//! cue's `00:14:32.120 --> 00:14:35.000`), and their words, each with its line. A turn runs on
//! over unlabelled lines until the next label or timestamp; a line may hold two turns
//! (`Q: Ready? A: Yes.`). Notes without labels are one turn said by someone.

use super::wording::{spoken_words, Piece};
use crate::article::{lexicon, transcript};
use crate::text::Span;

/// One speaker's turn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The label as written, without its colon or bold marks; `None` for unlabelled notes.
    pub speaker: Option<String>,
    /// The last timestamp at or before the turn, as written without its fraction (`00:14:32`).
    pub timestamp: Option<String>,
    /// The 1-based line the turn starts on.
    pub line: usize,
}

/// One word of the record, folded as compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordWord {
    pub hash: u64,
    /// In the source's text.
    pub span: Span,
    /// 1-based.
    pub line: u32,
    /// Index into the source's turns.
    pub turn: u32,
}

/// A source read into turns and words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Turns {
    pub turns: Vec<Turn>,
    pub words: Vec<RecordWord>,
}

/// Labels that name a role in the exchange, not a person: never anyone's name.
const ROLE_LABELS: &[&str] = &[
    "q",
    "a",
    "question",
    "answer",
    "questioner",
    "interviewer",
    "reporter",
    "reporters",
    "moderator",
    "host",
    "audience",
    "crowd",
    "unidentified",
    "unknown",
    "voice",
    "operator",
    "participant",
    "speaker",
    "note",
    "notes",
    "editor's note",
];

impl Turn {
    /// The person the turn's label names, if it names one (`Q:`, `REPORTER:` and unlabelled
    /// notes name nobody).
    pub fn person(&self) -> Option<&str> {
        let speaker = self.speaker.as_deref()?;
        let lower = speaker.to_lowercase();
        let role = ROLE_LABELS.contains(&lower.as_str())
            || lower.split_whitespace().next().is_some_and(|first| {
                ROLE_LABELS.contains(&first) && lower.split_whitespace().count() > 1
            });
        (!role).then_some(speaker)
    }
}

/// Reads a source's text into turns and words.
pub fn read(text: &str) -> Turns {
    let mut reader = Reader::default();
    let mut offset = 0;
    for (number, line) in text.split('\n').enumerate() {
        reader.line = number + 1;
        reader.read_line(offset, line.trim_end_matches('\r'));
        offset += line.len() + 1;
    }
    reader.turns
}

#[derive(Default)]
struct Reader {
    turns: Turns,
    line: usize,
    timestamp: Option<String>,
    /// A timestamp came since the last turn started: the next words start a turn of their own
    /// (the same speaker's, unless a label says otherwise).
    timed: bool,
}

impl Reader {
    /// Reads one line, which starts at byte `offset` of the source.
    fn read_line(&mut self, offset: usize, line: &str) {
        let trimmed = line.trim_start();
        let mut at = offset + (line.len() - trimmed.len());
        if trimmed.is_empty()
            || self.line == 1 && trimmed.starts_with("WEBVTT")
            || is_cue_number(trimmed)
        {
            return;
        }
        if let Some(time) = cue_timing(trimmed) {
            self.timestamp = Some(time);
            self.timed = true;
            return;
        }
        let mut rest = trimmed;
        if let Some((time, width)) = leading_timestamp(rest) {
            self.timestamp = Some(time);
            self.timed = true;
            (at, rest) = skip(at, rest, width);
        }
        if let Some((label, width)) = leading_label(rest) {
            self.start_turn(Some(label));
            (at, rest) = skip(at, rest, width);
        }
        for (piece, label) in split_at_labels(rest) {
            if let Some(label) = label {
                self.start_turn(Some(label));
            }
            self.add_words(at + piece.start, piece.slice(rest));
        }
    }

    fn current_speaker(&self) -> Option<String> {
        self.turns
            .turns
            .last()
            .and_then(|turn| turn.speaker.clone())
    }

    fn start_turn(&mut self, speaker: Option<String>) {
        self.timed = false;
        self.turns.turns.push(Turn {
            speaker,
            timestamp: self.timestamp.clone(),
            line: self.line,
        });
    }

    /// The words of `piece`, which starts at byte `at` of the source.
    fn add_words(&mut self, at: usize, piece: &str) {
        if self.turns.turns.is_empty() || self.timed {
            self.start_turn(self.current_speaker());
        }
        let turn = (self.turns.turns.len() - 1) as u32;
        for piece in spoken_words(piece) {
            if let Piece::Word { span, hash } = piece {
                self.turns.words.push(RecordWord {
                    hash,
                    span: span.shifted(at),
                    line: self.line as u32,
                    turn,
                });
            }
        }
    }
}

fn skip(at: usize, rest: &str, width: usize) -> (usize, &str) {
    let after = &rest[width..];
    let trimmed = after.trim_start();
    (at + width + (after.len() - trimmed.len()), trimmed)
}

/// A caption's cue number: a line of digits alone.
fn is_cue_number(line: &str) -> bool {
    line.len() <= 7 && line.bytes().all(|b| b.is_ascii_digit())
}

/// A WebVTT or SRT cue's timing line (`00:14:32.120 --> 00:14:35.000`), as its start.
fn cue_timing(line: &str) -> Option<String> {
    let (start, end) = line.split_once("-->")?;
    let (time, _) = clock(start.trim())?;
    clock(end.split_whitespace().next()?)?;
    Some(time)
}

/// A timestamp opening a line, `[00:14:32]`, `(14:32)` or bare `00:14:32`, and the bytes it
/// takes.
fn leading_timestamp(line: &str) -> Option<(String, usize)> {
    let (inner, closing) = match line.as_bytes().first()? {
        b'[' => (&line[1..], Some(']')),
        b'(' => (&line[1..], Some(')')),
        _ => (line, None),
    };
    let (time, width) = clock(inner)?;
    let after = &inner[width..];
    match closing {
        Some(close) => after
            .starts_with(close)
            .then(|| (time, line.len() - after.len() + 1)),
        None => (after.is_empty() || after.starts_with(char::is_whitespace))
            .then(|| (time, line.len() - after.len())),
    }
}

/// A clock time at the start of `text` (`00:14:32`, `14:32`, `0:14:32.120`, `00:14:32,120`),
/// without its fraction, and the bytes it takes with the fraction.
fn clock(text: &str) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut fields = 0;
    loop {
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        at += digits;
        fields += 1;
        if fields == 3 || bytes.get(at) != Some(&b':') {
            break;
        }
        at += 1;
    }
    if fields < 2 {
        return None;
    }
    let time = text[..at].to_string();
    if matches!(bytes.get(at), Some(b'.' | b','))
        && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    {
        at += 1 + bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    Some((time, at))
}

/// A speaker's label opening a line, and the bytes it takes with its colon and bold marks:
/// `TRUMP:`, `Mr. Smith:`, `**Putin:**`, `**Putin**:`, `<v Putin>`.
fn leading_label(line: &str) -> Option<(String, usize)> {
    if let Some(voice) = line.strip_prefix("<v ") {
        let close = voice.find('>')?;
        let name = voice[..close].trim();
        return (!name.is_empty()).then(|| (name.to_string(), 3 + close + 1));
    }
    let bold = line.starts_with("**") || line.starts_with("__");
    let inner = if bold { &line[2..] } else { line };
    let marks = |s: &str| s.len() - s.trim_start_matches(['*', '_']).len();
    let colon = inner.find(':')?;
    let label = inner[..colon].trim_end_matches(['*', '_']).trim();
    if label.is_empty() || !label_colon_is(inner, colon) {
        return None;
    }
    let mut width = (line.len() - inner.len()) + colon + 1;
    width += marks(&line[width..]);
    let after = &line[width..];
    let name_like = is_name_label(label);
    let ends_label = after.is_empty() || after.starts_with(char::is_whitespace);
    (ends_label && (transcript::is_speaker_label(label, bold) || name_like))
        .then(|| (label.to_string(), width))
}

/// Whether the colon at `colon` ends a label by the transcript grammar (`label_colon`), bold
/// marks before it set aside.
fn label_colon_is(inner: &str, colon: usize) -> bool {
    let plain: String = inner[..=colon].replace(['*', '_'], "");
    transcript::label_colon(&plain) == Some(plain.len() - 1)
}

/// A label in ordinary case that still names someone: every word capitalised (`Mr. Smith`,
/// `Rita Ortiz`, `Putin`), and not one ordinary capitalised word (`Note`, `Update`).
fn is_name_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()) || lexicon::is_particle(w));
    let one_ordinary_word = words.len() == 1 && lexicon::is_common(words[0]);
    label.len() <= 30
        && (1..=4).contains(&words.len())
        && capitalised
        && !one_ordinary_word
        && label.chars().any(char::is_alphabetic)
}

/// A line's words cut where a label in capitals follows the end of a sentence (`Q: Ready? A:
/// Yes.`): each piece with the label that opens it (none for the first).
fn split_at_labels(line: &str) -> Vec<(Span, Option<String>)> {
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    let mut opening = None;
    for (colon, _) in line.match_indices(": ") {
        let before = &line[piece_start..colon];
        let Some(end) = before.rfind(['.', '?', '!', '"', '”']) else {
            continue;
        };
        // Past the sentence's last character, which may be a curly mark of three bytes.
        let end = end + before[end..].chars().next().map_or(1, char::len_utf8);
        let label = before[end..].trim();
        let sentence_end = before[end..].starts_with(char::is_whitespace);
        let capitals = label.chars().any(char::is_alphabetic)
            && transcript::is_speaker_label(label, false)
            && label.split_whitespace().count() <= 4
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
        if sentence_end && capitals {
            let label_start =
                piece_start + end + (before[end..].len() - before[end..].trim_start().len());
            pieces.push((Span::new(piece_start, label_start), opening.take()));
            opening = Some(label.to_string());
            piece_start = colon + 2;
        }
    }
    pieces.push((Span::new(piece_start, line.len()), opening));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each turn as `speaker @ timestamp (line): words`.
    fn turns(text: &str) -> Vec<String> {
        let read = read(text);
        read.turns
            .iter()
            .enumerate()
            .map(|(index, turn)| {
                let words: Vec<&str> = read
                    .words
                    .iter()
                    .filter(|w| w.turn as usize == index)
                    .map(|w| w.span.slice(text))
                    .collect();
                format!(
                    "{} @ {} ({}): {}",
                    turn.speaker.as_deref().unwrap_or("-"),
                    turn.timestamp.as_deref().unwrap_or("-"),
                    turn.line,
                    words.join(" ")
                )
            })
            .collect()
    }

    #[test]
    fn labelled_lines_start_turns_that_run_on_over_unlabelled_lines() {
        let transcript = "ORTIZ: The levee held. [crosstalk]\nIt held all night.\n\nQ: Will it hold?\n**Putin:** Perhaps.\n**Rita Ortiz**: Yes.\nMr. Smith: No.\n";
        assert_eq!(
            turns(transcript),
            [
                "ORTIZ @ - (1): The levee held. It held all night.",
                "Q @ - (4): Will it hold?",
                "Putin @ - (5): Perhaps.",
                "Rita Ortiz @ - (6): Yes.",
                "Mr. Smith @ - (7): No.",
            ]
        );
    }

    #[test]
    fn a_label_after_a_curly_closing_mark_starts_a_turn() {
        assert_eq!(
            turns("Q: You said “no.” A: I did.").len(),
            2,
            "{:?}",
            turns("Q: You said “no.” A: I did.")
        );
    }

    #[test]
    fn a_line_with_two_labels_is_two_turns() {
        assert_eq!(
            turns("Q: Ready? A: Yes. MAYOR ORTIZ: We are.\n"),
            [
                "Q @ - (1): Ready?",
                "A @ - (1): Yes.",
                "MAYOR ORTIZ @ - (1): We are."
            ]
        );
    }

    #[test]
    fn timestamps_and_caption_cues_date_the_turns() {
        let transcript = "[00:14:32] TRUMP: We will win.\n[00:14:40] And fast.\n";
        assert_eq!(
            turns(transcript),
            [
                "TRUMP @ 00:14:32 (1): We will win.",
                "TRUMP @ 00:14:40 (2): And fast."
            ]
        );
        let captions = "WEBVTT\n\n1\n00:14:32.120 --> 00:14:35.000\n<v Ortiz>The levee held.\n\n2\n00:14:35,000 --> 00:14:38,000\nIt held all night.\n";
        assert_eq!(
            turns(captions),
            [
                "Ortiz @ 00:14:32 (5): The levee held.",
                "Ortiz @ 00:14:35 (9): It held all night.",
            ]
        );
    }

    #[test]
    fn notes_without_labels_are_said_by_someone_and_ordinary_colons_are_no_labels() {
        assert_eq!(
            turns("Call with the mayor, Monday.\nNote: she said the levee held: barely.\nAt 10:30 she left.\n"),
            ["- @ - (1): Call with the mayor, Monday. Note: she said the levee held: barely. At 10:30 she left."]
        );
    }

    #[test]
    fn role_labels_name_nobody() {
        let read = read("Q: Ready?\nREPORTER: Sir?\nMR. O'NEIL: Yes.\n");
        let people: Vec<Option<&str>> = read.turns.iter().map(Turn::person).collect();
        assert_eq!(people, [None, None, Some("MR. O'NEIL")]);
    }
}
