//! The file another app shared to Relact ("Open with Relact", the manifest's Web Share Target).
//! The service worker receives the POST and keeps the file in a cache of its own, [`INBOX`]
//! (not `relact-…`, so a new version's clean-up leaves it), until the receiving screen takes it.
//! `public/sw.js` uses the same names.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The cache the service worker puts a shared file in.
pub const INBOX: &str = "inbox";
/// The key it is kept under.
pub const INBOX_FILE: &str = "/receive/file";

/// The shared file's bytes, removed from the inbox; `None` when there is none (or no cache).
pub async fn take() -> Option<Vec<u8>> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(INBOX)).await.ok()?.dyn_into().ok()?;
    let hit = JsFuture::from(cache.match_with_str(INBOX_FILE)).await.ok()?;
    let response: web_sys::Response = hit.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let _ = JsFuture::from(cache.delete_with_str(INBOX_FILE)).await;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
