//! Relact: an offline-first companion for parents rebuilding or inducing a milk supply.
//!
//! The crate is a library so that tests reach every module. `domain` and `text` are plain Rust and
//! build everywhere; the screens and the browser glue build only for the browser.

pub mod domain;
pub mod storage;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod device;
#[cfg(target_arch = "wasm32")]
pub mod log_store;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod reminders;
#[cfg(target_arch = "wasm32")]
pub mod running;
#[cfg(target_arch = "wasm32")]
pub mod service_worker;
