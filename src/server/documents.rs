//! Open drafts: the buffer as typed (a rope, edited in place), its version, and the latest
//! analysis. Requests and publishing read immutable snapshots, so nothing holds the store's
//! lock while analysing.

use super::convert::{self, Lines};
use crate::analysis::Analysis;
use crate::article::Format;
use crate::config::Config;
use crate::text::{Encoding, LineIndex};
use ropey::Rope;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tower_lsp::lsp_types::{
    Diagnostic, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Position,
    TextDocumentContentChangeEvent, TextDocumentEdit, TextEdit, Url, WorkspaceEdit,
};

pub struct Document {
    rope: Rope,
    /// The client's version of the text.
    pub version: i32,
    pub format: Format,
    pub config: Arc<Config>,
    /// Renewed by every edit and every configuration change: an analysis of another
    /// generation describes a text or a config that no longer exists. Unique in the process,
    /// so a document closed and opened again under the same URI cannot take an analysis
    /// of its earlier text for its own.
    generation: u64,
    analysed: Option<Arc<Snapshot>>,
}

/// What an analysis needs, taken from a document in one short critical section.
pub struct Job {
    pub uri: Url,
    pub text: String,
    pub version: i32,
    pub generation: u64,
    pub format: Format,
    pub config: Arc<Config>,
}

/// One version of a draft with its analysis and diagnostics, all in agreement.
pub struct Snapshot {
    pub uri: Url,
    pub text: String,
    pub version: i32,
    pub generation: u64,
    pub format: Format,
    pub index: LineIndex,
    pub encoding: Encoding,
    pub analysis: Analysis,
    pub diagnostics: Vec<Diagnostic>,
}

impl Snapshot {
    pub fn new(job: Job, analysis: Analysis, encoding: Encoding) -> Snapshot {
        let index = LineIndex::new(&job.text);
        let lines = Lines {
            text: &job.text,
            index: &index,
            encoding,
        };
        let diagnostics = analysis
            .findings
            .iter()
            .map(|finding| convert::diagnostic(finding, lines, &job.uri))
            .collect();
        Snapshot {
            uri: job.uri,
            text: job.text,
            version: job.version,
            generation: job.generation,
            format: job.format,
            index,
            encoding,
            analysis,
            diagnostics,
        }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines {
            text: &self.text,
            index: &self.index,
            encoding: self.encoding,
        }
    }

    /// Edits to this version of the draft. A client that takes `documentChanges` gets them
    /// with the version they were made for, and refuses them if the draft has moved on.
    pub fn workspace_edit(&self, edits: Vec<TextEdit>, versioned: bool) -> WorkspaceEdit {
        if !versioned {
            return WorkspaceEdit {
                changes: Some(HashMap::from([(self.uri.clone(), edits)])),
                ..Default::default()
            };
        }
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: self.uri.clone(),
                    version: Some(self.version),
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..Default::default()
        }
    }
}

impl Document {
    pub fn new(text: &str, version: i32, format: Format, config: Arc<Config>) -> Document {
        Document {
            rope: Rope::from_str(text),
            version,
            format,
            config,
            generation: next_generation(),
            analysed: None,
        }
    }

    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    /// Applies the client's changes in order: a change without a range replaces the text.
    pub fn apply(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
        encoding: Encoding,
    ) {
        for change in changes {
            match change.range {
                None => self.rope = Rope::from_str(&change.text),
                Some(range) => {
                    let (a, b) = (
                        char_at(&self.rope, range.start, encoding),
                        char_at(&self.rope, range.end, encoding),
                    );
                    let (start, end) = (a.min(b), a.max(b));
                    self.rope.remove(start..end);
                    self.rope.insert(start, &change.text);
                }
            }
        }
        self.version = version;
        self.generation = next_generation();
    }

    pub fn set_config(&mut self, config: Arc<Config>) {
        self.config = config;
        self.generation = next_generation();
    }

    pub fn job(&self, uri: &Url) -> Job {
        Job {
            uri: uri.clone(),
            text: self.text(),
            version: self.version,
            generation: self.generation,
            format: self.format,
            config: self.config.clone(),
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The analysis of the current text and config, if it is done.
    pub fn current(&self) -> Option<Arc<Snapshot>> {
        self.analysed
            .clone()
            .filter(|snapshot| snapshot.generation == self.generation)
    }

    /// Keeps an analysis unless the document has moved on; says whether it was kept.
    pub fn store(&mut self, snapshot: Arc<Snapshot>) -> bool {
        if snapshot.generation != self.generation {
            return false;
        }
        self.analysed = Some(snapshot);
        true
    }
}

fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The char index of a position in a rope. Lines past the end give the end of the text,
/// columns past the end of a line give its end (before the line break), and a column inside a
/// character gives that character.
fn char_at(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line_number = position.line as usize;
    if line_number >= rope.len_lines() {
        return rope.len_chars();
    }
    let line = rope.line(line_number);
    let mut content_chars = line.len_chars();
    while content_chars > 0 && matches!(line.char(content_chars - 1), '\n' | '\r') {
        content_chars -= 1;
    }
    let content = line.slice(..content_chars);
    let col = position.character as usize;
    let within = match encoding {
        Encoding::Utf8 => content.byte_to_char(col.min(content.len_bytes())),
        Encoding::Utf16 => content.utf16_cu_to_char(col.min(content.len_utf16_cu())),
        Encoding::Utf32 => col.min(content_chars),
    };
    rope.line_to_char(line_number) + within
}

/// Every open draft by URI.
#[derive(Default)]
pub struct Documents {
    open: HashMap<Url, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Url, document: Document) {
        self.open.insert(uri, document);
    }

    pub fn close(&mut self, uri: &Url) -> Option<Document> {
        self.open.remove(uri)
    }

    pub fn get(&self, uri: &Url) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Url) -> Option<&mut Document> {
        self.open.get_mut(uri)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&Url, &mut Document)> {
        self.open.iter_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp::lsp_types::Range;

    fn document(text: &str) -> Document {
        Document::new(text, 1, Format::PlainText, Arc::new(Config::default()))
    }

    fn edit(range: ((u32, u32), (u32, u32)), text: &str) -> TextDocumentContentChangeEvent {
        let ((l1, c1), (l2, c2)) = range;
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.into(),
        }
    }

    #[test]
    fn incremental_edits_after_emoji_land_in_utf16_and_utf8() {
        let mut doc = document("Crowds 👋🏽 cheered “Zelensky” loudly.\nNext line\r\nLast");
        // "Zelensky" starts at UTF-16 column 21 (👋🏽 is four units) and at byte 27.
        doc.apply(
            vec![edit(((0, 21), (0, 29)), "Zelenskyy")],
            2,
            Encoding::Utf16,
        );
        assert_eq!(
            doc.text(),
            "Crowds 👋🏽 cheered “Zelenskyy” loudly.\nNext line\r\nLast"
        );
        doc.apply(
            vec![edit(((0, 27), (0, 36)), "Zelensky")],
            3,
            Encoding::Utf8,
        );
        assert_eq!(
            doc.text(),
            "Crowds 👋🏽 cheered “Zelensky” loudly.\nNext line\r\nLast"
        );
        doc.apply(
            vec![
                edit(((1, 9), (2, 0)), " "),
                edit(((0, 0), (0, 0)), "KYIV — "),
            ],
            4,
            Encoding::Utf32,
        );
        assert_eq!(
            doc.text(),
            "KYIV — Crowds 👋🏽 cheered “Zelensky” loudly.\nNext line Last"
        );
        assert_eq!(doc.version, 4);
    }

    #[test]
    fn out_of_range_edits_clamp() {
        let mut doc = document("one\r\ntwo");
        doc.apply(vec![edit(((0, 99), (0, 99)), "!")], 2, Encoding::Utf16);
        doc.apply(vec![edit(((7, 0), (9, 9)), "?")], 3, Encoding::Utf16);
        assert_eq!(doc.text(), "one!\r\ntwo?");
        // Half a surrogate pair snaps to the emoji's start.
        let mut doc = document("a👋b");
        doc.apply(vec![edit(((0, 2), (0, 3)), "")], 2, Encoding::Utf16);
        assert_eq!(doc.text(), "ab");
    }

    #[test]
    fn a_full_change_replaces_the_text() {
        let mut doc = document("old");
        doc.apply(
            vec![TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "new".into(),
            }],
            5,
            Encoding::Utf16,
        );
        assert_eq!((doc.text().as_str(), doc.version), ("new", 5));
    }

    #[test]
    fn an_analysis_of_an_older_generation_is_not_kept() {
        let mut doc = document("text");
        let uri = Url::parse("file:///a.txt").unwrap();
        let job = doc.job(&uri);
        doc.apply(vec![edit(((0, 0), (0, 0)), "more ")], 2, Encoding::Utf16);
        let analysis = crate::analyze(&job.text, job.format, &job.config);
        assert!(!doc.store(Arc::new(Snapshot::new(job, analysis, Encoding::Utf16))));
        assert!(doc.current().is_none());
    }

    #[test]
    fn a_reopened_document_does_not_keep_the_analysis_of_its_earlier_text() {
        let uri = Url::parse("file:///a.txt").unwrap();
        let job = document("earlier text").job(&uri);
        let analysis = crate::analyze(&job.text, job.format, &job.config);
        let mut reopened = document("later text");
        assert!(!reopened.store(Arc::new(Snapshot::new(job, analysis, Encoding::Utf16))));
    }
}
