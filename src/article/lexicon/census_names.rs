//! Given names that tell a sex, from the US Census Bureau's 1990 first names (public domain;
//! `scripts/given-names.py` writes the table). The hand lists in `words.rs` are read first; this
//! longer table covers the names they lack ("Dante", "Latoya"), so that "she" finds the woman a
//! draft names by a name no one wrote into a list.

use super::Gender;
use std::sync::OnceLock;

static TABLE: &str = include_str!("data/given-names.tsv");

/// The sex the table gives a capitalised given name, if it gives one.
pub fn gender(name: &str) -> Gender {
    // Read once, on the first person whose name the hand lists lack; sorted by the script.
    static NAMES: OnceLock<Vec<(&'static str, Gender)>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (name, sex) = line.split_once('\t')?;
                let gender = match sex {
                    "male" => Gender::Male,
                    "female" => Gender::Female,
                    _ => return None,
                };
                Some((name, gender))
            })
            .collect()
    });
    names
        .binary_search_by(|(listed, _)| (*listed).cmp(name))
        .map_or(Gender::Any, |at| names[at].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_tells_common_names() {
        let names: Vec<&str> = TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split('\t').next().unwrap_or(""))
            .collect();
        assert!(names.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(gender("Dante"), Gender::Male);
        assert_eq!(gender("Latoya"), Gender::Female);
        // Borne by both: the table leaves them out.
        assert_eq!(gender("Jordan"), Gender::Any);
        assert_eq!(gender("Dana"), Gender::Any);
        assert_eq!(gender("Washington"), Gender::Any);
    }
}
