//! The words that weigh a reading of the dateline grammar: the news agencies, the kickers and
//! labels that are not places, the words of a sentence, and the months.

/// News agencies whose credit in parentheses marks a dateline.
pub const AGENCIES: &[&str] = &[
    "AP",
    "Reuters",
    "REUTERS",
    "AFP",
    "UPI",
    "Bloomberg",
    "dpa",
    "DPA",
    "ANSA",
    "EFE",
    "Xinhua",
    "Kyodo",
    "CP",
    "PA",
    "IANS",
    "PTI",
    "CNN",
    "TASS",
    "Yonhap",
    "Anadolu",
    "NNS",
    "AAP",
];

/// All-capitals openers that are kickers or labels, not places.
pub const KICKERS: &[&str] = &[
    "ADVISORY",
    "ALERT",
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "BULLETIN",
    "CLARIFICATION",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "CORRECTION",
    "DEVELOPING",
    "EDITORIAL",
    "EDITOR'S NOTE",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACT CHECK",
    "FEATURE",
    "FIRST ON",
    "FLASH",
    "INTERVIEW",
    "LIVE",
    "NEW",
    "NEWS",
    "NOTE",
    "OBITUARY",
    "OPINION",
    "PHOTOS",
    "PODCAST",
    "PREVIEW",
    "Q",
    "A",
    "RECAP",
    "REVIEW",
    "SPONSORED",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
    "LISTEN",
    "WARNING",
    "WORLD",
    "SPORT",
    "SPORTS",
    "BUSINESS",
    "POLITICS",
    "TECH",
    "OPINIONS",
    "LETTERS",
];

/// Words that turn an all-capitals run into a sentence or a run-in head (`HE'S BEEN CALLED
/// OUT —`) rather than a place.
pub const NOT_IN_PLACES: &[&str] = &[
    "I", "WE", "YOU", "HE", "SHE", "IT", "THEY", "HE'S", "SHE'S", "IT'S", "IS", "ARE", "WAS",
    "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "NOT", "JUST", "TOO", "BY", "FOR", "WITH", "WILL",
    "CAN", "WHAT", "WHY", "HOW", "WHO", "WHEN", "MY", "OUR", "YOUR", "HIS", "HER", "THEIR", "DO",
    "DOES", "DID", "THAT", "THIS", "THESE", "THOSE", "MORE", "MOST", "NO", "YES", "VS", "VS.",
];

/// The first words of a place that is not a city, which AP allows (`ABOARD AIR FORCE ONE`).
pub const NON_CITY_OPENERS: &[&str] = &[
    "ABOARD", "ON", "AT", "IN", "NEAR", "OFF", "OVER", "ALONG", "INSIDE", "OUTSIDE",
];

/// The month a date word names (0 = January), in any case, abbreviated or not, with or
/// without a full stop.
pub fn month_of(date: &str) -> Option<usize> {
    let word: String = date
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES.iter().position(|name| {
        word.len() >= 3 && name.starts_with(&word) || word == "sept" && *name == "september"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_every_spelling() {
        assert_eq!(month_of("Sept 3"), Some(8));
        assert_eq!(month_of("Sep. 3"), Some(8));
        assert_eq!(month_of("MARCH 5"), Some(2));
        assert_eq!(month_of("FEb 26"), Some(1));
        assert_eq!(month_of("Marc 3"), Some(2));
        assert_eq!(month_of("Monday 3"), None);
        assert_eq!(month_of("Ma 3"), None);
    }
}
