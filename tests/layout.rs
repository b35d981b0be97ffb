//! The layers of the crate, checked on the source itself: each folder of `src/` uses only the
//! layers before it (`domain` → `text` → `browser` → `state` → `ui`), so the rules stay pure and
//! the screens stay thin. Also checks that the JavaScript which runs before the wasm reads the
//! settings under the same key the app writes, and that no module of the domain uses itself
//! through others (a cycle: none of its modules can be read, moved or tested without the rest),
//! and that the README's "Where things are" names every file, so a newcomer finds each one.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

#[allow(dead_code)] // Only the keys the scripts read are checked here.
#[path = "../src/state/keys.rs"]
mod keys;

const LAYERS: [&str; 5] = ["domain", "text", "browser", "state", "ui"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layers a file names as `crate::<layer>`.
fn used_layers(source: &str) -> Vec<&'static str> {
    LAYERS.into_iter().filter(|l| source.contains(&format!("crate::{l}"))).collect()
}

#[test]
fn each_layer_uses_only_the_layers_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has Rust files");
        for file in files {
            let source = fs::read_to_string(&file).expect("a readable source file");
            for used in used_layers(&source) {
                let used_rank = LAYERS.iter().position(|l| *l == used).unwrap_or(0);
                if used_rank > rank {
                    wrong.push(format!("{} uses crate::{used}", file.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "layer rule broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_layer_check_notices_a_forbidden_use() {
    assert_eq!(used_layers("use crate::ui::app;\nuse crate::domain::plan;"), ["domain", "ui"]);
}

#[test]
fn scripts_that_run_before_the_wasm_read_the_same_settings_key() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["public/theme.js", "public/language.js", "scripts/post-build.mjs"] {
        let js = fs::read_to_string(root.join(file)).expect("the script exists");
        let quoted = format!("\"{}\"", keys::SETTINGS);
        assert!(js.contains(&quoted), "{file} must read localStorage under {quoted}");
        assert!(
            !js.contains("relact.settings.v")
                || js.matches("relact.settings.v").count() == js.matches(&quoted).count(),
            "{file} names another settings key"
        );
    }
}

/// The standard library's sorts called outside `domain::sorting` (and outside test modules, which
/// never reach the wasm): each such call compiles its own copy of the sort.
fn direct_sorts(source: &str) -> Vec<String> {
    let calls = [".sort()", ".sort_by(", ".sort_by_key(", ".sort_unstable", ".sort_by_cached_key("];
    shipped_lines(source, |l| calls.iter().any(|c| l.contains(c)))
}

/// The lines of `source`'s shipped code (see [`shipped`]) that `pick` picks, comments aside,
/// trimmed.
fn shipped_lines(source: &str, pick: impl Fn(&str) -> bool) -> Vec<String> {
    shipped(source)
        .lines()
        .filter(|l| !l.trim_start().starts_with("//") && pick(l))
        .map(|l| l.trim().to_string())
        .collect()
}

/// Every line of `src/` (files `skip` spares aside) that `check` picks out, with its file.
fn lines_in_src(check: fn(&str) -> Vec<String>, skip: &str) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in files.iter().filter(|f| skip.is_empty() || !f.ends_with(skip)) {
        let source = fs::read_to_string(file).expect("a readable source file");
        for line in check(&source) {
            found.push(format!("{}: {line}", file.display()));
        }
    }
    found
}

#[test]
fn every_sort_goes_through_the_one_compiled_sort() {
    let found = lines_in_src(direct_sorts, "domain/sorting.rs");
    assert!(
        found.is_empty(),
        "use domain::sorting (one copy of the sort in the wasm):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_sort_check_notices_a_direct_sort_and_spares_tests() {
    assert_eq!(
        direct_sorts("let mut v = x;\nv.sort_by_key(|e| e.at);\n"),
        ["v.sort_by_key(|e| e.at);"]
    );
    assert!(direct_sorts("fn a() {}\n#[cfg(test)]\nmod tests { fn b() { v.sort(); } }").is_empty());
    // Code after a test module in the middle of a file still ships, and is still read.
    assert_eq!(
        direct_sorts("#[cfg(test)]\nmod tests { fn b() {} }\nfn c() { v.sort(); }"),
        ["fn c() { v.sort(); }"]
    );
}

/// `source` without its `#[cfg(test)]` items (test modules, test-only functions and uses), which
/// never reach the wasm: braces are counted outside strings, character literals and comments, so
/// a file's code after a test module in its middle is still read.
fn shipped(source: &str) -> String {
    let b = source.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = String::new();
    let (mut i, mut depth, mut kept) = (0, 0usize, 0);
    // While a test item is skipped: the depth it began at, and whether its block has opened.
    let mut skip: Option<(usize, bool)> = None;
    while i < b.len() {
        if skip.is_none() && source[i..].starts_with("#[cfg(test)]") {
            out.push_str(&source[kept..i]);
            skip = Some((depth, false));
            i += "#[cfg(test)]".len();
            continue;
        }
        let raw = b[i] == b'r'
            && (i == 0 || !ident(b[i - 1]) || (b[i - 1] == b'b' && (i < 2 || !ident(b[i - 2]))));
        let hashes = if raw { b[i + 1..].iter().take_while(|&&c| c == b'#').count() } else { 0 };
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = source[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = source[i..].find("*/").map_or(b.len(), |n| i + n + 1);
            }
            b'r' if raw && b.get(i + 1 + hashes) == Some(&b'"') => {
                let close = format!("\"{}", "#".repeat(hashes));
                let from = i + 2 + hashes;
                i = source[from..].find(&close).map_or(b.len(), |n| from + n + close.len() - 1);
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if b.get(i + 1) == Some(&b'\\') => {
                i = source[i + 3..].find('\'').map_or(b.len(), |n| i + 3 + n);
            }
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 2,
            b'{' => {
                depth += 1;
                if let Some((d, false)) = skip {
                    if depth == d + 1 {
                        skip = Some((d, true));
                    }
                }
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if skip == Some((depth, true)) {
                    skip = None;
                    kept = i + 1;
                }
            }
            b';' if skip == Some((depth, false)) => {
                skip = None;
                kept = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if skip.is_none() {
        out.push_str(&source[kept.min(b.len())..]);
    }
    out
}

#[test]
fn shipped_code_leaves_out_test_items_only() {
    let src = "fn a() { x('{'); }\n#[cfg(test)]\nuse y::z;\nmod m {\n    #[cfg(test)]\n    mod tests {\n        \
               fn b() { let s = \"}}\"; let r = r#\"}\"#; }\n    }\n    // }\n    fn c() {}\n}\n";
    let kept = shipped(src);
    assert!(kept.contains("fn a()") && kept.contains("fn c()"), "{kept}");
    assert!(!kept.contains("y::z") && !kept.contains("fn b()"), "{kept}");
}

/// Calls that bring core's float formatting or parsing into the wasm (19 KB gzip: Grisu, Dragon
/// and a bignum to write, Eisel–Lemire and its tables to read), outside test modules: a
/// precision (`{:.1}`, `{v:.*}`) or `parse::<f64>`. Write a number with `domain::decimal::fixed`
/// or `shortest`, read one with `decimal::read`. Only these spellings are seen: an `f64` given
/// to `{}` or straight to a view attribute is not, and `./scripts/size` then lists
/// `<f64 as Display>::fmt` again.
fn float_text(source: &str) -> Vec<String> {
    let precision = |line: &str| {
        line.split('{').skip(1).filter_map(|s| s.split_once('}')).any(|(inner, _)| {
            inner.split_once(':').is_some_and(|(name, spec)| {
                name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && spec.contains('.')
                    && spec.chars().all(|c| c.is_ascii_alphanumeric() || "<^>+#.*$?".contains(c))
            })
        })
    };
    shipped_lines(source, |l| {
        precision(l) || ["parse::<f64>", "parse::<f32>"].iter().any(|c| l.contains(c))
    })
}

#[test]
fn numbers_are_written_and_read_without_cores_float_machinery() {
    let found = lines_in_src(float_text, "");
    assert!(found.is_empty(), "use domain::decimal (see float_text):\n{}", found.join("\n"));
}

#[test]
fn the_float_check_notices_a_precision_and_a_parse_and_spares_tests_and_braces() {
    assert_eq!(float_text("let s = format!(\"{v:.1} ml\");"), ["let s = format!(\"{v:.1} ml\");"]);
    assert_eq!(float_text("format!(\"{:.*}\", d, v)"), ["format!(\"{:.*}\", d, v)"]);
    assert_eq!(float_text("let v = t.parse::<f64>();"), ["let v = t.parse::<f64>();"]);
    assert!(float_text("let p = Point { x: a.x, y: 0 };\nformat!(\"{:02}:{m}\")").is_empty());
    assert!(
        float_text("fn a() {}\n#[cfg(test)]\nmod t { fn b() { format!(\"{v:.0}\"); } }").is_empty()
    );
}

/// Lower and upper case from core outside test modules: `str::to_lowercase` keeps Unicode's
/// final-sigma tables in the wasm (2.5 KB gzip) and `char::to_lowercase` the table of every
/// mapping (8 KB); `to_uppercase` would bring its own. Lower-case with `domain::lower_case`.
fn str_case_calls(source: &str) -> Vec<String> {
    shipped_lines(source, |l| ["to_lowercase", "to_uppercase"].iter().any(|c| l.contains(c)))
}

#[test]
fn names_are_lower_cased_by_domain_lower_case() {
    let found = lines_in_src(str_case_calls, "");
    assert!(found.is_empty(), "use domain::lower_case:\n{}", found.join("\n"));
    assert_eq!(str_case_calls("let a = b.to_lowercase();"), ["let a = b.to_lowercase();"]);
    assert_eq!(str_case_calls("s.chars().flat_map(char::to_lowercase)").len(), 1);
    assert!(str_case_calls("s.to_ascii_lowercase()").is_empty());
}

/// The domain modules (`src/domain/<name>.rs` or `src/domain/<name>/`) that a file of the module
/// `own`, `depth` folders below `src/domain/`, names outside its tests: `crate::domain::<name>`,
/// or the same through `super` (`super::<name>` in `src/domain/x.rs`, `super::super::<name>` one
/// folder down); comments aside.
fn domain_uses(source: &str, own: &str, depth: usize) -> BTreeSet<String> {
    let shipped = shipped_lines(source, |_| true).join("\n");
    let up = "super::".repeat(depth);
    let mut names = BTreeSet::new();
    for prefix in ["crate::domain::".to_string(), up] {
        for (i, _) in shipped.match_indices(&prefix) {
            let rest = &shipped[i + prefix.len()..];
            // `super::{a, b::c}`: every name in the braces; `super::a`: the one.
            let list = match rest.strip_prefix('{') {
                Some(inner) => inner.split('}').next().unwrap_or_default(),
                None => rest,
            };
            for part in list.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let is_module = name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
                if is_module && name != own && name != "super" && name != "self" {
                    names.insert(name);
                }
                if rest.starts_with('{') {
                    continue;
                }
                break;
            }
        }
    }
    names
}

/// The first cycle among the domain modules' uses, as a path back to where it starts
/// ("entry -> mark -> entry"), or `None`: two modules that use each other, or a longer loop.
fn cycle(uses: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    /// Depth first from the last module of `path`; a use of a module already on it closes a loop.
    fn walk(
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<String> {
        let here = path.last()?.clone();
        for next in uses.get(&here).into_iter().flatten() {
            if let Some(i) = path.iter().position(|m| m == next) {
                let mut loop_: Vec<&str> = path[i..].iter().map(String::as_str).collect();
                loop_.push(next);
                return Some(loop_.join(" -> "));
            }
            if !done.contains(next) {
                path.push(next.clone());
                let found = walk(uses, path, done);
                path.pop();
                if found.is_some() {
                    return found;
                }
            }
        }
        done.insert(here);
        None
    }
    let mut done = BTreeSet::new();
    uses.keys().find_map(|start| walk(uses, &mut vec![start.clone()], &mut done))
}

#[test]
fn no_domain_module_uses_itself_through_others() {
    let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&domain, &mut files);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&domain).expect("under src/domain");
        let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        let own = parts[0].trim_end_matches(".rs").to_string();
        if own == "mod" {
            continue;
        }
        let source = fs::read_to_string(&file).expect("a readable source file");
        let found = domain_uses(&source, &own, parts.len());
        uses.entry(own).or_default().extend(found);
    }
    assert!(uses.contains_key("entry") && uses["entry"].contains("mark"), "{uses:?}");
    assert_eq!(cycle(&uses), None, "domain modules that use each other, through others or not");
}

#[test]
fn the_cycle_check_notices_a_loop_of_two_or_more_modules() {
    let entry = "pub use super::mark::Milestone;\nuse super::{invalid::Invalid, units::Ml};";
    assert_eq!(
        domain_uses(entry, "entry", 1),
        ["invalid", "mark", "units"].map(String::from).into()
    );
    let timeline =
        "use crate::domain::entry::Entry;\nuse super::super::care;\nuse super::tally::Day;";
    assert_eq!(domain_uses(timeline, "milestones", 2), ["care", "entry"].map(String::from).into());
    assert!(domain_uses("/// See [`crate::domain::plan`].", "x", 1).is_empty(), "a comment");
    let tests_only = "fn a() {}\n#[cfg(test)]\nmod tests { use crate::domain::plan::Plan; }";
    assert!(domain_uses(tests_only, "x", 1).is_empty());
    let graph = |edges: &[(&str, &[&str])]| -> BTreeMap<String, BTreeSet<String>> {
        edges
            .iter()
            .map(|(from, to)| (from.to_string(), to.iter().map(|t| t.to_string()).collect()))
            .collect()
    };
    let pair = graph(&[("entry", &["mark"]), ("mark", &["day", "entry"]), ("day", &[])]);
    assert_eq!(cycle(&pair).as_deref(), Some("entry -> mark -> entry"));
    let three = graph(&[
        ("a", &["day"]),
        ("day", &[]),
        ("plan", &["step_down"]),
        ("step_down", &["x"]),
        ("x", &["plan"]),
    ]);
    assert_eq!(cycle(&three).as_deref(), Some("plan -> step_down -> x -> plan"));
    // The loop is behind a module with none ("care" comes first and leads nowhere).
    let behind = graph(&[("a", &["care", "z"]), ("z", &["a"]), ("care", &[])]);
    assert_eq!(cycle(&behind).as_deref(), Some("a -> z -> a"));
    let none = graph(&[("step_down", &["plan", "care"]), ("plan", &["care"]), ("care", &[])]);
    assert_eq!(cycle(&none), None);
}

/// The names of the files and folders under `src/<layer>/` that the README's "Where things are"
/// does not mention as a word (`mod.rs` stands for its folder).
fn unlisted(readme: &str) -> Vec<String> {
    let start = readme.find("## Where things are").unwrap_or(0);
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |n| n + 3)];
    let words: BTreeSet<String> = section
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map(str::to_lowercase)
        .collect();
    let mut files = Vec::new();
    for layer in LAYERS {
        rust_files(&Path::new("src").join(layer), &mut files);
    }
    let mut missing = BTreeSet::new();
    for file in &files {
        let relative = file.strip_prefix("src").unwrap_or(file);
        let mut names: Vec<String> = relative
            .components()
            .skip(1)
            .map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string())
            .collect();
        names.retain(|n| n != "mod");
        for name in names {
            if !words.contains(&name.to_lowercase()) {
                missing.insert(format!("{}: {name}", relative.display()));
            }
        }
    }
    missing.into_iter().collect()
}

#[test]
fn where_things_are_names_every_file_in_the_tree() {
    let readme = fs::read_to_string("README.md").expect("README.md is readable");
    let missing = unlisted(&readme);
    assert!(
        missing.is_empty(),
        "README's \"Where things are\" does not name:\n{}",
        missing.join("\n")
    );
}
