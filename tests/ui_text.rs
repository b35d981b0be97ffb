//! No sentence a parent reads is written in a view: every string literal in `src/ui/` with a letter
//! in it (placeholders like `{v:.1}` aside) is either an attribute value that is not read (a class,
//! a type, an id…) or on the short list below of technical strings (file names, media types, marks
//! for the performance timeline, key names). A word typed into a view fails here: it belongs in
//! `src/text/` and the translation files. Native only: it reads the source tree.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Strings in `src/ui/` that no parent reads, each with why.
const TECHNICAL: &[&str] = &[
    // Class names chosen in Rust rather than written as an attribute.
    "notice confirmation",
    "notice error-notice",
    // SVG geometry.
    "rotate({} 100 100)",
    "rotate(-90 100 100)",
    // The performance timeline's marks (scripts/bench reads them).
    "relact:state",
    "relact:frame",
    "relact:bars",
    "relact:screen",
    "relact:shown",
    "relact:consultant-summary",
    // Downloaded files' names and media types.
    "relact-backup-{}.json",
    "relact-log-{}.csv",
    "relact-plan.ics",
    "application/json",
    "text/csv;charset=utf-8",
    "text/calendar;charset=utf-8",
    "text/plain",
    // A keyboard key's name.
    "Escape",
];

/// Attributes whose value a parent reads or hears: never exempt.
const READ_ATTRIBUTES: &[&str] =
    &["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-roledescription"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of Rust source `src` that are not attribute values a parent never reads:
/// comments and character literals skipped, raw strings read whole.
fn literals(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '\'' {
            // A character literal ('x', '\n', '"'), or a lifetime ('a), which has no closing quote.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !ident(chars.get(i.wrapping_sub(1)))
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            while k < chars.len() {
                if chars[k] == '"' && (0..hashes).all(|h| chars.get(k + 1 + h) == Some(&'#')) {
                    break;
                }
                k += 1;
            }
            out.push(chars[start..k.min(chars.len())].iter().collect());
            i = k + 1 + hashes;
        } else if c == '"' {
            let attribute = attribute_before(&chars, i);
            let mut s = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    s.push(ch);
                }
                i += 1;
            }
            i += 1;
            if attribute.is_none_or(|a| READ_ATTRIBUTES.contains(&a.as_str())) {
                out.push(s);
            }
        } else {
            i += 1;
        }
    }
    out
}

fn ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// The attribute name of `name="…"` (no space before `=`, as attributes are written in views;
/// Rust's own `x = "…"` has spaces), if the quote at `at` opens such a value.
fn attribute_before(chars: &[char], at: usize) -> Option<String> {
    if at == 0 || chars[at - 1] != '=' {
        return None;
    }
    let end = at - 1;
    let mut start = end;
    while start > 0
        && (chars[start - 1].is_alphanumeric() || matches!(chars[start - 1], '-' | '_' | ':'))
    {
        start -= 1;
    }
    (start < end).then(|| chars[start..end].iter().collect())
}

/// Whether a literal has a letter outside its `{…}` placeholders.
fn has_words(s: &str) -> bool {
    let mut depth = 0;
    s.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// Words a parent reads even in lower case: never taken for an identifier.
const READ_WORDS: &[&str] = &["min", "ml", "oz", "kg", "g", "h", "am", "pm", "wet", "dirty"];

/// Whether a literal is plainly technical: a path (`/timer`), SVG path data, or lower-case
/// identifiers (classes, ids, input modes, enum names: `big primary wide`, `share-server`,
/// `layer-{i}`) that are not words a parent reads.
fn technical(s: &str) -> bool {
    let identifier = |w: &str| {
        !READ_WORDS.contains(&w)
            && w.split(['-', '_', ':']).all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "{}".contains(c))
            })
    };
    s.starts_with('/')
        || (s.starts_with('M')
            && s.chars().all(|c| c.is_ascii_digit() || "MmLlHhVvCcSsQqTtAaZz .,{}-".contains(c)))
        || (!s.is_empty() && s.split(' ').all(identifier))
}

fn wording_in(files: &[PathBuf]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in files {
        let src = fs::read_to_string(file).expect("a readable file");
        for literal in literals(&src) {
            if has_words(&literal) && !technical(&literal) && !TECHNICAL.contains(&literal.as_str())
            {
                found.insert(format!("{}: {literal:?}", file.display()));
            }
        }
    }
    found
}

#[test]
fn no_view_holds_a_word_a_parent_reads() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    let found = wording_in(&files);
    assert!(found.is_empty(), "words written in views (move them to src/text/): {found:#?}");
}

#[test]
fn the_check_finds_a_word_in_a_view_and_spares_classes_comments_and_placeholders() {
    let src = r##"
        // A comment says "Hello there".
        let c = 'x';
        fn f<'a>(x: &'a str) {}
        view! { <p class="card next" aria-hidden="true">{t::TITLE}</p> }
        view! { <button aria-label="Close">"x"</button> }
        let s = format!("{n:.1} min");
        let t = format!("{a:.1},{b:.1}");
        let r = r#"Saved "now""#;
    "##;
    let found: Vec<String> = literals(src).into_iter().filter(|l| has_words(l)).collect();
    assert_eq!(found, ["Close", "x", "{n:.1} min", "Saved \"now\""]);
    let read: Vec<&str> =
        ["big primary wide", "share-server", "bar layer-{i}", "/timer", "M4 12l8-7z", "min", "x"]
            .into_iter()
            .filter(|s| !technical(s))
            .collect();
    assert_eq!(read, ["min"]);
}
