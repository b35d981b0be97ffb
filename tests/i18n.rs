//! The translation files, checked as files: each is standard Fluent (the official parser reads it
//! without an error), Relact's own reader reads it too, every language has exactly the messages
//! English has with the same placeholders, and every message the code or the loading screen asks
//! for exists (and none sits unused). Native only: it reads the files from the source tree.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use relact::domain::language::Language;
use relact::text::i18n::{bundled, source, Bundle};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_file_is_standard_fluent() {
    for language in Language::ALL {
        let text = source(language);
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            panic!("{}: {errors:?}", language.file());
        }
        // Relact's reader agrees on the ids (the official parser counts attributes apart).
        let official = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
        let mut ids = BTreeSet::new();
        for entry in official.body {
            match entry {
                fluent_syntax::ast::Entry::Message(m) => {
                    ids.insert(m.id.name.to_string());
                    for a in m.attributes {
                        ids.insert(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
                fluent_syntax::ast::Entry::Term(t) => {
                    ids.insert(format!("-{}", t.id.name));
                }
                _ => {}
            }
        }
        let ours: BTreeSet<String> = bundled(language).ids().map(str::to_string).collect();
        assert_eq!(ours, ids, "{}", language.file());
    }
}

/// What a message looks like from outside: its id, the variables it shows, and those it uses
/// at all (shown, or chosen by).
type Shape = BTreeMap<String, (Vec<String>, Vec<String>)>;

fn shape(bundle: &Bundle) -> Shape {
    bundle
        .ids()
        .map(|id| (id.to_string(), (bundle.shown_variables(id), bundle.variables(id))))
        .collect()
}

/// What differs between a translation and English: a message missing or extra, a variable shown
/// in one and not the other, or one of English's variables the translation never uses. A
/// translation may choose a form by a variable of its own (Spanish "la 1:00" but "las 7:00"), as
/// Fluent intends; it may not show one.
fn differences(english: &Shape, this: &Shape) -> Vec<String> {
    let mut out = Vec::new();
    for id in english.keys().filter(|id| !this.contains_key(*id)) {
        out.push(format!("{id}: missing"));
    }
    for id in this.keys().filter(|id| !english.contains_key(*id)) {
        out.push(format!("{id}: extra"));
    }
    for (id, (shown, used)) in this {
        let Some((en_shown, en_used)) = english.get(id) else { continue };
        if shown.iter().any(|v| !en_used.contains(v)) || en_shown.iter().any(|v| !used.contains(v))
        {
            out.push(format!("{id}: shows {shown:?}, English {en_shown:?}"));
        }
        if en_used.iter().any(|v| !used.contains(v)) {
            out.push(format!("{id}: uses {used:?}, English {en_used:?}"));
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = shape(bundled(Language::English));
    for language in Language::ALL {
        let wrong = differences(&english, &shape(bundled(language)));
        assert!(wrong.is_empty(), "{}: {wrong:?}", language.file());
    }
}

#[test]
fn the_placeholder_check_notices_a_missing_key_and_a_renamed_variable() {
    let english = shape(&Bundle::parse(Language::English, "a = A { $n }\nb = B").unwrap());
    for wrong in [
        "a = A { $n }",
        "a = A { $count }\nb = B",
        "a = A { $n }\nb = B\nc = C",
        // A variable of its own, shown: the app never passes it.
        "a = A { $n } { $m }\nb = B",
        // English's variable left out, even where a form is chosen.
        "a = A { $m ->\n   *[other] x\n}\nb = B",
    ] {
        let other = shape(&Bundle::parse(Language::Spanish, wrong).unwrap());
        assert!(!differences(&english, &other).is_empty(), "{wrong}");
    }
    // Choosing a form by a variable of its own is the translation's right.
    let chooses = "a = A { $one ->\n    [yes] la\n   *[other] las\n} { $n }\nb = B";
    let other = shape(&Bundle::parse(Language::Spanish, chooses).unwrap());
    assert_eq!(differences(&english, &other), Vec::<String>::new());
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `msg!("…")` in the source and every `data-msg="…"` in the loading screen.
fn asked_for() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut asked = BTreeSet::new();
    let mut texts: Vec<String> =
        files.iter().map(|f| fs::read_to_string(f).expect("a readable file")).collect();
    texts.push(fs::read_to_string(root().join("index.html")).expect("index.html"));
    for text in &texts {
        for marker in ["msg!(\"", "data-msg=\""] {
            for part in text.split(marker).skip(1) {
                if let Some(id) = part.split('"').next() {
                    asked.insert(id.to_string());
                }
            }
        }
    }
    // The runtime's own examples are not messages of the app.
    asked.remove("no-such-message");
    asked
}

#[test]
fn every_message_asked_for_exists_and_none_is_unused() {
    let asked = asked_for();
    let english: BTreeSet<String> = bundled(Language::English)
        .ids()
        .filter(|id| !id.starts_with('-'))
        .map(str::to_string)
        .collect();
    let missing: Vec<_> = asked.difference(&english).collect();
    let unused: Vec<_> = english.difference(&asked).collect();
    assert!(missing.is_empty(), "asked for but not in en.ftl: {missing:?}");
    assert!(unused.is_empty(), "in en.ftl but never asked for: {unused:?}");
}

#[test]
fn the_loading_screen_words_are_plain_text_in_every_language() {
    // The build copies them into the page (scripts/post-build.mjs), where no code runs yet.
    let html = fs::read_to_string(root().join("index.html")).expect("index.html");
    for language in Language::ALL {
        let bundle = bundled(language);
        for id in html.split("data-msg=\"").skip(1).filter_map(|p| p.split('"').next()) {
            let line = source(language)
                .lines()
                .find(|l| l.starts_with(&format!("{id} = ")))
                .unwrap_or_else(|| panic!("{}: {id} on one line", language.file()));
            assert!(!line.contains('{'), "{}: {id} must be plain text", language.file());
            assert!(bundle.fixed(id).is_some());
        }
    }
    // Without a script (or before it runs) the page says the English words.
    for part in html.split("data-msg=\"").skip(1) {
        let (id, rest) = part.split_once('"').expect("a closed attribute");
        let shown = rest.split_once('>').and_then(|(_, r)| r.split_once('<')).map(|(t, _)| t);
        assert_eq!(shown, bundled(Language::English).fixed(id), "index.html: {id}");
    }
}
