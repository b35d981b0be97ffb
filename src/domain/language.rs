//! The languages Relact speaks. Only which one: the words live in `public/i18n/<tag>.ftl`, and how
//! each writes numbers and plurals in `text::i18n`.

use serde::{Deserialize, Serialize};

/// A language Relact is translated into, saved in the settings under its BCP 47 tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "fr")]
    French,
    /// Brazilian Portuguese, also offered to phones set to Portugal's or Africa's Portuguese
    /// (Settings says it is the Brazilian translation).
    #[serde(rename = "pt-BR")]
    BrazilianPortuguese,
    /// Written right to left.
    #[serde(rename = "ar")]
    Arabic,
}

impl Language {
    /// Every language, in the order Settings lists them.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::BrazilianPortuguese,
        Language::Arabic,
    ];

    /// The BCP 47 tag: the `lang` attribute, the file name (`/i18n/<tag>.ftl`) and the saved value.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::BrazilianPortuguese => "pt-BR",
            Language::Arabic => "ar",
        }
    }

    /// The language a tag names exactly (as saved, or as the page's loader reports it).
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Whether the language is written right to left (`dir="rtl"`).
    pub fn right_to_left(self) -> bool {
        self == Language::Arabic
    }

    /// The translation's own file, as the page fetches it and the service worker caches it.
    pub fn file(self) -> String {
        format!("/i18n/{}.ftl", self.tag())
    }
}

/// Whether a phone language tag (`pt-PT`, `pt-AO`) asks for a Portuguese other than Brazil's,
/// so Settings can say that the translation it got is the Brazilian one. `pt` alone is Brazil's in
/// CLDR, and so is `pt-BR`.
pub fn other_portuguese(phone_tag: &str) -> bool {
    let mut parts = phone_tag.split(['-', '_']);
    let is_pt = parts.next().is_some_and(|l| l.eq_ignore_ascii_case("pt"));
    let region =
        parts.find(|p| p.len() == 2 || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit())));
    is_pt && region.is_some_and(|r| !r.eq_ignore_ascii_case("BR"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_are_what_settings_save() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.tag()));
        }
        assert_eq!(Language::from_tag("pt"), None, "only the exact tags the loader sends");
        assert_eq!(Language::Arabic.file(), "/i18n/ar.ftl");
        assert!(Language::Arabic.right_to_left() && !Language::Spanish.right_to_left());
    }

    #[test]
    fn only_a_portuguese_from_outside_brazil_gets_the_note() {
        for tag in ["pt-PT", "pt_pt", "pt-AO", "pt-Latn-MZ"] {
            assert!(other_portuguese(tag), "{tag}");
        }
        for tag in ["pt", "pt-BR", "pt-br", "es-PT", "", "en-US"] {
            assert!(!other_portuguese(tag), "{tag}");
        }
    }
}
