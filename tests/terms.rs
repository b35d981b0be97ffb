//! The La Leche League terms in the translation files (public/i18n/TERMS.md, "Checked against La
//! Leche League's own pages"): where a check against LLL's own pages settled a word, each file uses
//! that word and not the one it replaced, and a sentence that sends the parent to a Settings
//! section names it as Settings does. Native only: it reads the files from the source tree.
#![cfg(not(target_arch = "wasm32"))]

use relact::domain::language::Language;
use relact::text::i18n::source;

/// The value of a one-line message (`id = value`) in a language's file.
fn value(language: Language, id: &str) -> String {
    let start = format!("{id} = ");
    source(language)
        .lines()
        .find_map(|line| line.strip_prefix(&start))
        .unwrap_or_else(|| panic!("{}: no one-line message {id}", language.file()))
        .to_string()
}

/// Words a file must use (confirmed on an LLL page, or the one word the file settled on) and the
/// words they replaced, which must not come back. Hand-written from TERMS.md.
const SETTLED: [(Language, &[&str], &[&str]); 2] = [
    (
        Language::French,
        // LLL France: "un DAL (dispositif d'aide à la lactation)"; "Les galactogogues".
        &["aide à la lactation", "galactogogues"],
        &["aide à l'allaitement", "aide à l’allaitement", "galactogène"],
    ),
    (
        Language::Spanish,
        // LLL Chile (LLLI's page): "conductos obstruidos"; the file's one word: "galactogogos".
        &["conductos obstruidos", "galactogogos"],
        &["obstrucciones de los conductos", "galactagogo"],
    ),
];

#[test]
fn each_file_uses_the_settled_term_and_not_the_one_it_replaced() {
    for (language, used, replaced) in SETTLED {
        let text = source(language);
        for word in used {
            assert!(text.contains(word), "{}: never says {word:?}", language.file());
        }
        for word in replaced {
            let lines: Vec<&str> = text.lines().filter(|l| l.contains(word)).collect();
            assert!(lines.is_empty(), "{}: still says {word:?}: {lines:?}", language.file());
        }
    }
}

#[test]
fn the_backup_hint_names_the_settings_section_as_settings_does() {
    for language in Language::ALL {
        let hint = value(language, "share-hand-file-not-ours");
        for id in ["nav-settings", "backup-title"] {
            let name = value(language, id);
            assert!(
                hint.contains(&name),
                "{}: share-hand-file-not-ours does not say {id} ({name:?}): {hint}",
                language.file()
            );
        }
    }
}
