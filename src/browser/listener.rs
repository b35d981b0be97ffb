//! An event listener that removes itself when dropped, so whoever holds it decides how long it
//! lives (no `forget()`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::EventTarget;

/// A listener on `target` for `event`; dropping it removes it.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    f: Closure<dyn Fn()>,
}

impl Listener {
    /// Listens for `event` on `target`; `None` where the browser refuses.
    pub fn new(target: &EventTarget, event: &'static str, f: impl Fn() + 'static) -> Option<Self> {
        let f = Closure::<dyn Fn()>::new(f);
        target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref()).ok()?;
        Some(Listener { target: target.clone(), event, f })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.f.as_ref().unchecked_ref());
    }
}
