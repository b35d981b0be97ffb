//! Keeping the screen on while a session is timed (Screen Wake Lock API).

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use super::get;

thread_local! {
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Keeps the screen on while a session runs (Screen Wake Lock API). The browser drops the lock when
/// the page is hidden, so this is called again when it becomes visible.
pub fn keep_screen_on() {
    let Some(nav) = web_sys::window().map(|w| JsValue::from(w.navigator())) else { return };
    let Some(wake) = get(&nav, "wakeLock") else { return };
    let Some(request) = get(&wake, "request").and_then(|f| f.dyn_into::<Function>().ok()) else {
        return;
    };
    let Ok(promise) = request.call1(&wake, &"screen".into()) else { return };
    let Ok(promise) = promise.dyn_into::<Promise>() else { return };
    spawn_local(async move {
        if let Ok(sentinel) = JsFuture::from(promise).await {
            WAKE_LOCK.with(|w| *w.borrow_mut() = Some(sentinel));
        }
    });
}

/// Lets the screen sleep again.
pub fn let_screen_sleep() {
    if let Some(sentinel) = WAKE_LOCK.with(|w| w.borrow_mut().take()) {
        if let Some(release) = get(&sentinel, "release").and_then(|f| f.dyn_into::<Function>().ok())
        {
            let _ = release.call0(&sentinel);
        }
    }
}
