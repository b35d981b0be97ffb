//! Asking the browser to keep the log under storage pressure.

use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Asks the browser not to evict the log under storage pressure. Asked once, after the first save.
pub fn ask_persistent_storage() {
    let Some(w) = web_sys::window() else { return };
    let storage = w.navigator().storage();
    if let Ok(p) = storage.persist() {
        spawn_local(async move {
            let _ = JsFuture::from(p).await;
        });
    }
}
