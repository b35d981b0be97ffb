//! Asking the browser to keep the log under storage pressure, and how safe and how full the
//! storage is.

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

/// Whether the browser promised to keep the storage under pressure, and how many bytes the app
/// uses (`false` and 0 where it cannot tell).
pub async fn storage_state() -> (bool, f64) {
    let Some(w) = web_sys::window() else { return (false, 0.0) };
    let storage = w.navigator().storage();
    let persisted = match storage.persisted() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    };
    let used = match storage.estimate() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| js_sys::Reflect::get(&v, &"usage".into()).ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0),
        Err(_) => 0.0,
    };
    (persisted, used)
}
