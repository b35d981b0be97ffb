//! Whether the page is on screen, and a listener for when that changes (the phone unlocked, the
//! app brought back from the background).

use super::listener::Listener;

/// Whether the page is visible now (a page without a document counts as visible).
pub fn is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Calls `f` whenever the page is shown or hidden; dropping the listener stops it.
pub fn on_change(f: impl Fn(bool) + 'static) -> Option<Listener> {
    let document = web_sys::window()?.document()?;
    Listener::new(&document, "visibilitychange", move || f(is_visible()))
}
