//! The phone's network coming back (`online`). It says nothing about a server that was away and
//! returned: sharing also retries on a timer (`state::sharing`).

use super::listener::Listener;

/// Calls `f` when the phone regains a network; dropping the listener stops it.
pub fn on_online(f: impl Fn() + 'static) -> Option<Listener> {
    Listener::new(&web_sys::window()?.into(), "online", f)
}
