//! Relact: an offline-first companion for parents rebuilding or inducing a milk supply.
//!
//! The crate is a library so that tests reach every module. Layers, each using only those before
//! it: `domain` (pure rules and screen models) → `text` (every sentence and all formatting) →
//! `browser` (one capability per file) → `state` (what screens share) → `ui` (the screens).
//! `domain` and `text` are plain Rust and build everywhere; the rest builds only for the browser.

pub mod domain;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Talc instead of Rust's default wasm allocator (dlmalloc): a little smaller in the download
/// (0.8 KB gzip), and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
