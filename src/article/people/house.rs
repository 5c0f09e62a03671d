//! The house list (`[names]` in copydesk.toml): canonical spellings and the variants a
//! publication never prints, flagged even in an article that is consistent with itself.

use crate::config::{Config, HouseName};

/// What the house list says about one mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseVerdict<'a> {
    pub entry: &'a HouseName,
    /// The mention's text is a listed variant (as opposed to the canonical spelling itself).
    pub variant: bool,
    /// The variant covers the whole mention ("Volodymyr Zelensky"), not only its surname.
    pub whole_name: bool,
}

impl HouseVerdict<'_> {
    /// The spelling that replaces the variant.
    pub fn replacement(&self) -> &str {
        if self.whole_name {
            &self.entry.canonical
        } else {
            surname_of(&self.entry.canonical)
        }
    }
}

/// The last word of a name: the part a surname-only mention repeats.
pub fn surname_of(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Looks a mention up in the house list, by its whole text and by its surname.
pub fn verdict<'a>(config: &'a Config, mention: &str, surname: &str) -> Option<HouseVerdict<'a>> {
    for entry in &config.house_names {
        for variant in &entry.variants {
            if variant == mention && variant.contains(' ') {
                return Some(HouseVerdict {
                    entry,
                    variant: true,
                    whole_name: true,
                });
            }
            if variant == surname {
                return Some(HouseVerdict {
                    entry,
                    variant: true,
                    whole_name: false,
                });
            }
        }
        if entry.canonical == mention || surname_of(&entry.canonical) == surname {
            return Some(HouseVerdict {
                entry,
                variant: false,
                whole_name: false,
            });
        }
    }
    None
}

/// True when a surname is named in the house list, as canonical or as a variant.
pub fn knows(config: &Config, surname: &str) -> bool {
    verdict(config, surname, surname).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let mut config = Config::default();
        config.house_names = vec![HouseName {
            canonical: "Volodymyr Zelenskyy".into(),
            variants: vec!["Zelensky".into(), "Zelenskiy".into()],
        }];
        config
    }

    #[test]
    fn variants_point_to_the_canonical_surname() {
        let config = config();
        let found = verdict(&config, "Zelensky", "Zelensky").unwrap();
        assert!(found.variant);
        assert_eq!(found.replacement(), "Zelenskyy");
        assert!(
            !verdict(&config, "Volodymyr Zelenskyy", "Zelenskyy")
                .unwrap()
                .variant
        );
        assert!(verdict(&config, "Putin", "Putin").is_none());
    }
}
