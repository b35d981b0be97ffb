//! Numbers the translation messages at build time, so the wasm holds a message's position in the
//! file instead of its id (about 960 ids, ~19 KB): `msg!("nav-today")` becomes a small integer,
//! checked against `public/i18n/en.ftl` when the crate compiles. Reads the file with the app's
//! own reader (`src/text/i18n/ftl.rs`), so the build and the app agree on what an entry is.

#[allow(dead_code)]
#[path = "src/text/i18n/ftl.rs"]
mod ftl;

/// What `ftl.rs` reads a number key with. The app has its own reader (`domain::decimal::read`,
/// kept small for the wasm) that reads exactly as core does; the build script, which runs on the
/// build machine, uses core's.
mod domain {
    pub mod decimal {
        pub fn read(text: &str) -> Option<f64> {
            text.parse().ok()
        }
    }
}

use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

fn main() {
    let english = "public/i18n/en.ftl";
    println!("cargo::rerun-if-changed={english}");
    println!("cargo::rerun-if-changed=src/text/i18n/ftl.rs");
    let source = match fs::read_to_string(english) {
        Ok(s) => s,
        Err(e) => panic!("{english}: {e}"),
    };
    let entries = match ftl::parse(&source) {
        Ok(e) => e,
        Err(e) => panic!("{english}: {e}"),
    };
    let ids: Vec<&str> = entries.iter().map(|(id, _)| id.as_str()).collect();
    assert!(ids.len() <= usize::from(u16::MAX), "{english}: too many messages");
    let mut sorted: Vec<(&str, usize)> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    sorted.sort();
    if let Some(w) = sorted.windows(2).find(|w| w[0].0 == w[1].0) {
        panic!("{english}: {} is defined twice", w[0].0);
    }
    let mut out = String::new();
    let _ = writeln!(out, "/// How many entries `en.ftl` has (messages, attributes, terms).");
    let _ = writeln!(out, "pub const COUNT: usize = {};", ids.len());
    let _ =
        writeln!(out, "/// The fingerprint of `en.ftl`'s ids in file order (`ftl::order_hash`).");
    let _ =
        writeln!(out, "pub const ORDER_HASH: u64 = {:#x};", ftl::order_hash(ids.iter().copied()));
    let _ = writeln!(
        out,
        "/// Every id, sorted, with its position in the file: read only at compile time"
    );
    let _ = writeln!(out, "/// (`Msg::named`) and by native tests, so none of it is in the wasm.");
    let _ = writeln!(
        out,
        "#[allow(clippy::large_const_arrays)] // a const, not a static: never in the wasm"
    );
    let _ = writeln!(out, "pub const SORTED: [(&str, u16); {}] = [", sorted.len());
    for (id, i) in &sorted {
        let _ = writeln!(out, "    ({id:?}, {i}),");
    }
    let _ = writeln!(out, "];");
    let path =
        PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("messages.rs");
    if let Err(e) = fs::write(&path, out) {
        panic!("{}: {e}", path.display());
    }
}
