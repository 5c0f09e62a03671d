//! What a house style asks of a dateline, checked against one that was found. Each problem says
//! what the style wants and, where the answer is certain, the rewrite that gives it.
//!
//! `any` checks only what every style shares, so that nothing it calls malformed is accepted by
//! `ap` or `reuters`: a place filled in rather than the fix's placeholder, no comma left with
//! nothing after it, a date written month first, a dash before the text, and a dateline that
//! opens the lede rather than standing on its own line. `ap` adds the city in capitals, AP's
//! state abbreviations, its stand-alone cities, no date and the spaced em dash. `reuters` adds
//! the spaced hyphen and Reuters' month abbreviations; it does not check case, because the
//! Reuters wire itself writes `New York, Feb 26 -` beside `NEW YORK, Feb 26 -` (and so `any`
//! does not either). docs/rules/malformed-dateline.md lists what each style accepts.

use super::tables::{self, StateForm};
use super::words::{self, is_day_first, is_placeholder, NON_CITY_OPENERS};
use super::Dateline;
use crate::article::structure::{ParagraphKind, Structure};
use crate::config::DatelineStyle;
use crate::text::{may_close_quote, Span};

/// One way a dateline departs from the style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The part of the dateline at fault.
    pub span: Span,
    pub message: String,
    pub rewrite: Option<Rewrite>,
}

/// A certain correction: the bytes under `span` become `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    pub title: String,
    pub span: Span,
    pub new_text: String,
}

impl Rewrite {
    fn new(title: impl Into<String>, span: Span, new_text: impl Into<String>) -> Rewrite {
        Rewrite {
            title: title.into(),
            span,
            new_text: new_text.into(),
        }
    }
}

/// Reuters' month forms (Jan, Feb, March, …, Sept, …): no full stop, March to July in full.
const REUTERS_MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];

/// Places AP datelines carry alone that are not cities on the stand-alone list.
const STANDALONE_NON_CITIES: &[&str] = &["UNITED NATIONS", "VATICAN CITY", "JERUSALEM"];

/// The problems of a dateline that opens the lede, under a style.
pub fn problems(
    text: &str,
    structure: &Structure,
    dateline: &Dateline,
    house: &House,
) -> Vec<Problem> {
    let checks = Checks {
        text,
        structure,
        dateline,
        style: house.style,
        agency: house.agency,
        found: Vec::new(),
    };
    checks.run()
}

/// What the house asks of its datelines (`[dateline]` in copydesk.toml).
#[derive(Clone, Copy, Debug)]
pub struct House<'c> {
    pub style: DatelineStyle,
    /// The agency tag every dateline carries ("AP"), when the house has one.
    pub agency: Option<&'c str>,
}

struct Checks<'a> {
    text: &'a str,
    structure: &'a Structure,
    dateline: &'a Dateline,
    style: DatelineStyle,
    agency: Option<&'a str>,
    found: Vec<Problem>,
}

impl Checks<'_> {
    fn run(mut self) -> Vec<Problem> {
        if self.placeholder() {
            return self.found;
        }
        if !self.dateline.place.is_empty() {
            if self.style == DatelineStyle::Ap {
                self.city_in_capitals();
            }
            if self.style != DatelineStyle::Any {
                self.comma_before_region();
            }
            if self.style == DatelineStyle::Ap {
                self.ap_place_and_region();
            }
        }
        self.stray_comma();
        match self.style {
            DatelineStyle::Ap => self.ap_date(),
            DatelineStyle::Reuters => {
                self.month_first();
                self.reuters_month();
            }
            DatelineStyle::Any => self.month_first(),
        }
        self.agency_tag();
        self.separator();
        self.own_line();
        self.found
    }

    /// The house's agency tag, where its datelines carry one (`[dateline] agency = "AP"`): a
    /// staff story in a paper that sets `CITY, State — ` has none to carry, so only a house that
    /// says so is held to it. A different agency's tag (a Reuters story in an AP paper) is fine.
    fn agency_tag(&mut self) {
        let Some(agency) = self.agency else {
            return;
        };
        if self.dateline.agency.is_some() || self.dateline.place.is_empty() {
            return;
        }
        let Some(separator) = self.dateline.separator else {
            return;
        };
        let before = self.part(Span::new(self.dateline.span.start, separator.start));
        let last_word = before.trim_end().len();
        let at = self.dateline.span.start + last_word;
        let message =
            format!("The house dateline carries its agency tag: `({agency})` before the dash.");
        let rewrite = Rewrite::new(
            format!("Add `({agency})`"),
            Span::new(at, at),
            format!(" ({agency})"),
        );
        self.report(
            Span::new(self.dateline.span.start, separator.end),
            message,
            Some(rewrite),
        );
    }

    fn part(&self, span: Span) -> &str {
        span.slice(self.text)
    }

    fn report(&mut self, span: Span, message: String, rewrite: Option<Rewrite>) {
        self.found.push(Problem {
            span,
            message,
            rewrite,
        });
    }

    fn style_name(&self) -> &'static str {
        match self.style {
            DatelineStyle::Ap => "AP style",
            DatelineStyle::Reuters => "Reuters style",
            DatelineStyle::Any => "Standard dateline style",
        }
    }

    /// `CITY, State — `, as the `missing-dateline` fix writes it: nothing else is worth saying
    /// about a dateline the reporter has still to fill in. True when it is one.
    fn placeholder(&mut self) -> bool {
        let place = self.part(self.dateline.place);
        let region = self.dateline.region.map(|region| self.part(region));
        if !is_placeholder(place, region) {
            return false;
        }
        let end = self
            .dateline
            .region
            .map_or(self.dateline.place.end, |r| r.end);
        let span = Span::new(self.dateline.place.start, end);
        let message = format!(
            "`{}` is a placeholder: write the place the reporting was done.",
            self.part(span)
        );
        self.report(span, message, None);
        true
    }

    /// `Geneva, (AP) —`: a comma with no region or date after it.
    fn stray_comma(&mut self) {
        let Some(comma) = self.dateline.stray_comma else {
            return;
        };
        let message = "A comma with nothing after it: the place runs straight on to the agency or the dash (`GENEVA (AP) — `, not `GENEVA, (AP) — `).".to_string();
        self.report(
            comma,
            message,
            Some(Rewrite::new("Remove the comma", comma, "")),
        );
    }

    /// `LONDON, 3 March -`: every dateline style writes the month first. The rewrite writes the
    /// month as the style does (`Sept 3` under Reuters, as written under `any`).
    fn month_first(&mut self) {
        let Some(date) = self.dateline.date else {
            return;
        };
        let written = self.part(date);
        let Some(month) = words::month_of(written).filter(|_| is_day_first(written)) else {
            return;
        };
        let (day, month_word) = written
            .split_once(char::is_whitespace)
            .unwrap_or((written, ""));
        let month_word = match self.style {
            DatelineStyle::Reuters => REUTERS_MONTHS[month],
            _ => month_word.trim(),
        };
        let wanted = format!("{month_word} {day}");
        let message =
            format!("Datelines write the month before the day: `{wanted}`, not `{written}`.");
        self.report(
            date,
            message,
            Some(Rewrite::new(
                format!("Write `{wanted}`"),
                date,
                wanted.clone(),
            )),
        );
    }

    fn city_in_capitals(&mut self) {
        let place = self.dateline.place;
        let written = self.part(place);
        if !written.chars().any(char::is_lowercase) {
            return;
        }
        let wanted = written.to_uppercase();
        let message = format!(
            "{} puts the dateline city in capitals: `{wanted}`, not `{written}`.",
            self.style_name()
        );
        self.report(
            place,
            message,
            Some(Rewrite::new(
                format!("Write `{wanted}`"),
                place,
                wanted.clone(),
            )),
        );
    }

    fn comma_before_region(&mut self) {
        let (Some(region), true) = (self.dateline.region, self.dateline.region_without_comma)
        else {
            return;
        };
        let message = format!(
            "{} puts a comma between the city and `{}`.",
            self.style_name(),
            self.part(region)
        );
        let place_end = Span::empty(self.dateline.place.end);
        self.report(
            Span::new(self.dateline.place.start, region.end),
            message,
            Some(Rewrite::new("Add the comma", place_end, ",")),
        );
    }

    fn ap_place_and_region(&mut self) {
        let place = self.dateline.place;
        let place_text = self.part(place).to_string();
        let standalone = tables::standalone_city(&place_text);
        let Some(region) = self.dateline.region else {
            if standalone.is_none() {
                self.ap_region_wanted(place, &place_text);
            }
            return;
        };
        let region_text = self.part(region).to_string();
        let named_alone = standalone.filter(|city| {
            city.verified
                && city
                    .region
                    .is_some_and(|r| tables::region_names(&region_text, r))
        });
        if let Some(city) = named_alone {
            self.ap_city_alone(city, region, &region_text);
            return;
        }
        match tables::state_for_region(&region_text) {
            Some((state, form)) if form != StateForm::Ap => {
                self.ap_state_form(state, form, region, &region_text)
            }
            Some(_) => {}
            None => self.region_in_ordinary_case(region, &region_text),
        }
    }

    /// A place with no region that is neither on AP's stand-alone list nor a place that is not
    /// a city (`ABOARD AIR FORCE ONE`).
    fn ap_region_wanted(&mut self, place: Span, place_text: &str) {
        let non_city = place_text
            .split_whitespace()
            .next()
            .is_some_and(|first| NON_CITY_OPENERS.contains(&first.to_uppercase().as_str()));
        if non_city || STANDALONE_NON_CITIES.contains(&place_text.to_uppercase().as_str()) {
            return;
        }
        let message = format!("AP style names the state or country after `{place_text}`: only the cities on AP's stand-alone list (WASHINGTON, NEW YORK, LONDON, …) go without.");
        self.report(place, message, None);
    }

    /// `ST. LOUIS, Missouri`: a city AP datelines alone, with its region.
    fn ap_city_alone(&mut self, city: &tables::StandaloneCity, region: Span, region_text: &str) {
        let place = self.dateline.place;
        let message = format!(
            "AP style datelines `{}` alone, without `{region_text}`.",
            city.city
        );
        let remove = Span::new(place.end, region.end);
        self.report(
            Span::new(place.start, region.end),
            message,
            Some(Rewrite::new(
                format!("Write `{}` alone", city.city),
                remove,
                "",
            )),
        );
    }

    /// A U.S. state written other than as AP abbreviates it.
    fn ap_state_form(
        &mut self,
        state: &tables::State,
        form: StateForm,
        region: Span,
        written: &str,
    ) {
        let wanted = state.ap;
        let message = match form {
            StateForm::ApInCapitals => format!("AP style writes the state in ordinary case: `{wanted}`, not `{written}`."),
            _ if state.never_abbreviated() => format!("AP style never abbreviates {}: `{wanted}`, not `{written}`.", state.name),
            StateForm::Postal => format!("AP style uses its own state abbreviations in datelines, not postal codes: `{wanted}`, not `{written}`."),
            StateForm::FullName => format!("AP style abbreviates {} in a dateline: `{wanted}`.", state.name),
            _ => format!("AP style abbreviates {} as `{wanted}`, not `{written}`.", state.name),
        };
        self.report(
            region,
            message,
            Some(Rewrite::new(format!("Write `{wanted}`"), region, wanted)),
        );
    }

    /// `KYIV, UKRAINE`: the country takes ordinary case. Only one-word names get a rewrite; a
    /// name like `BOSNIA AND HERZEGOVINA` needs a human.
    fn region_in_ordinary_case(&mut self, region: Span, written: &str) {
        let letters = written.chars().filter(|c| c.is_alphabetic()).count();
        if written.chars().any(char::is_lowercase) || letters < 4 || written.contains('.') {
            return;
        }
        let rewrite = (!written.contains(char::is_whitespace)).then(|| {
            let mut chars = written.chars();
            let wanted: String = chars
                .next()
                .into_iter()
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            Rewrite::new(format!("Write `{wanted}`"), region, wanted)
        });
        let message =
            format!("AP style writes the state or country in ordinary case, not `{written}`.");
        self.report(region, message, rewrite);
    }

    fn ap_date(&mut self) {
        let Some(date) = self.dateline.date else {
            return;
        };
        let before = [Some(self.dateline.place), self.dateline.region]
            .into_iter()
            .flatten()
            .map(|s| s.end)
            .filter(|&end| end <= date.start)
            .max();
        let rewrite = before
            .filter(|&start| {
                Span::new(start, date.start)
                    .slice(self.text)
                    .trim_matches([',', ' '])
                    .is_empty()
            })
            .map(|start| Rewrite::new("Drop the date", Span::new(start, date.end), ""));
        let message = format!(
            "AP style datelines carry no date: drop `{}`.",
            self.part(date)
        );
        self.report(date, message, rewrite);
    }

    /// Reuters' month forms, for a date written month first (`month_first` rewrites the others).
    fn reuters_month(&mut self) {
        let Some(date) = self
            .dateline
            .date
            .filter(|d| !is_day_first(d.slice(self.text)))
        else {
            return;
        };
        let written = self.part(date);
        let Some(month) = words::month_of(written) else {
            let message = format!("Reuters style dates a dateline with the month and day (`Sept 3`); `{written}` is not a date.");
            self.report(date, message, None);
            return;
        };
        let day: usize = written
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .unwrap_or(0);
        if !(1..=31).contains(&day) {
            let message = format!("`{written}` is not a day of the month.");
            self.report(date, message, None);
            return;
        }
        let word_len = written
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        let with_stop = written[word_len..].starts_with('.');
        let word = &written[..word_len];
        let wanted = REUTERS_MONTHS[month];
        if word.eq_ignore_ascii_case(wanted) && !with_stop {
            return;
        }
        let month_span = Span::new(date.start, date.start + word_len + usize::from(with_stop));
        let shown = month_span.slice(self.text);
        let message = if word.eq_ignore_ascii_case(wanted) {
            format!(
                "Reuters style writes the month without a full stop: `{wanted}`, not `{shown}`."
            )
        } else {
            format!("Reuters style writes the month as `{wanted}`, not `{shown}`.")
        };
        self.report(
            month_span,
            message,
            Some(Rewrite::new(
                format!("Write `{wanted}`"),
                month_span,
                wanted,
            )),
        );
    }

    fn separator(&mut self) {
        let Some(separator) = self.dateline.separator else {
            self.missing_separator();
            return;
        };
        let written = self.part(separator);
        let prose = &self.structure.prose;
        let spaced_before = prose[..separator.start].ends_with(char::is_whitespace);
        let spaced_after = prose[separator.end..].starts_with(char::is_whitespace)
            || separator.end >= self.paragraph_end();
        let (wanted, ok) = match self.style {
            DatelineStyle::Any => return,
            DatelineStyle::Ap => (
                "—",
                matches!(written, "—" | "--") && spaced_before && spaced_after,
            ),
            // The wire glues the hyphen to the date now and then (`June 2- `); Reuters' point
            // is the hyphen itself.
            DatelineStyle::Reuters => ("-", written == "-"),
        };
        if ok {
            return;
        }
        let new_text = format!(
            "{}{wanted}{}",
            if spaced_before { "" } else { " " },
            if spaced_after { "" } else { " " }
        );
        let message = match self.style {
            DatelineStyle::Ap => format!("AP style separates the dateline from the text with an em dash and a space each side (` — `), not `{written}`."),
            _ => format!("Reuters style separates the dateline from the text with a hyphen and a space each side (` - `), not `{written}`."),
        };
        self.report(
            separator,
            message,
            Some(Rewrite::new(
                format!("Use ` {wanted} `"),
                separator,
                new_text,
            )),
        );
    }

    fn missing_separator(&mut self) {
        let at = Span::empty(self.dateline.span.end);
        let (message, rewrite) = match self.style {
            DatelineStyle::Ap => (
                "AP style ends the dateline with an em dash: ` — ` before the text.",
                Some(Rewrite::new("Add ` — `", at, " —")),
            ),
            DatelineStyle::Reuters => (
                "Reuters style ends the dateline with a hyphen: ` - ` before the text.",
                Some(Rewrite::new("Add ` - `", at, " -")),
            ),
            DatelineStyle::Any => (
                "A dateline ends with a dash before the text of the lede.",
                None,
            ),
        };
        self.report(self.dateline.span, message.to_string(), rewrite);
    }

    fn paragraph_end(&self) -> usize {
        self.structure
            .paragraphs
            .get(self.dateline.paragraph)
            .map_or(self.text.len(), |p| p.span.end)
    }

    /// `FRESNO, Calif. —` and then a blank line: the dateline belongs on the lede's first line.
    fn own_line(&mut self) {
        if self.dateline.span.end < self.paragraph_end() {
            return;
        }
        let next = self.structure.paragraphs.get(self.dateline.paragraph + 1);
        // Wire copy puts the dateline on a line of its own above a table (`CHICAGO, Oct 20 -`
        // over `Shr 52 cts vs 42 cts`); only a dateline cut off from a sentence is a slip.
        if !next.is_some_and(|p| {
            p.kind == ParagraphKind::Body && reads_as_sentences(self.structure.prose_of(p.span))
        }) {
            return;
        }
        let join = next
            .map(|p| {
                Span::new(
                    self.dateline
                        .separator
                        .map_or(self.dateline.span.end, |s| s.end),
                    p.span.start,
                )
            })
            .filter(|between| between.slice(self.text).trim().is_empty());
        let message =
            "The dateline stands on a line of its own; it opens the first line of the lede."
                .to_string();
        self.report(
            self.dateline.span,
            message,
            join.map(|between| Rewrite::new("Join the dateline to the lede", between, " ")),
        );
    }
}

/// Running prose rather than a table or a list of figures: several words, ending as a sentence
/// ends.
fn reads_as_sentences(paragraph: &str) -> bool {
    let paragraph = paragraph.trim_end();
    paragraph.chars().count() >= 60
        && paragraph.split_whitespace().count() >= 8
        && paragraph.ends_with(|c| matches!(c, '.' | '?' | '!' | ')') || may_close_quote(c))
}
