//! The browser's history, for moving between the app's screens without loading the page again:
//! the address shown now (path and query), a new entry (`pushState`) or the current one replaced
//! (`replaceState`), the top of the new page, and a listener for Back and Forward (`popstate`).
//! A browser that refuses any of these is a quiet `None` or `false`, never a panic.

use wasm_bindgen::JsValue;

use super::listener::Listener;

/// The address in the address bar, path and query (`/timer?start=pump`), without the fragment;
/// `None` where the browser will not say.
pub fn current() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(location.pathname().ok()? + &location.search().ok()?)
}

/// Adds `href` (a path in this app) to the history as the address shown; whether the browser did.
pub fn push(href: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state_with_url(&JsValue::NULL, "", Some(href)).is_ok())
}

/// Puts `href` (a path in this app) in place of the address shown, adding no entry to go back to;
/// whether the browser did.
pub fn replace(href: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(href)).is_ok())
}

/// Scrolls to the top of the page, where a new screen starts, as a new page would.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Calls `f` when the parent goes Back or Forward through the history (the address has changed
/// already; read it with [`current`]); dropping the listener stops it. The browser no longer
/// restores scroll positions: each screen starts at its top, as after a link.
pub fn on_back_or_forward(f: impl Fn() + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    // The app shows each screen from its top and focuses its heading: a scroll position the
    // browser restored on Back would leave that focus off screen.
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    Listener::new(&window.into(), "popstate", f)
}
