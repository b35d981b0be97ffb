//! The phone's network: whether it has one now, and listeners for when it goes (`offline`) and
//! comes back (`online`). It says nothing about a server that was away and returned: sharing also
//! retries on a timer (`state::sharing`).

use super::listener::Listener;

/// Whether the browser reports a network now (a page without a window counts as online).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `f` when the phone regains a network; dropping the listener stops it.
pub fn on_online(f: impl Fn() + 'static) -> Option<Listener> {
    Listener::new(&web_sys::window()?.into(), "online", f)
}

/// Calls `f` when the phone loses its network; dropping the listener stops it.
pub fn on_offline(f: impl Fn() + 'static) -> Option<Listener> {
    Listener::new(&web_sys::window()?.into(), "offline", f)
}
