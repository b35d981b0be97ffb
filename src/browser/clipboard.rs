//! Copying text for the parent to paste elsewhere (the pairing link).

use wasm_bindgen_futures::JsFuture;

/// Puts `text` on the clipboard; `false` where the browser has no clipboard or refuses (no
/// secure context, no permission).
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    if super::get(&w.navigator(), "clipboard").is_none() {
        return false;
    }
    JsFuture::from(w.navigator().clipboard().write_text(text)).await.is_ok()
}
