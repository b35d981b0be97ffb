//! One-shot timers that clean up after themselves: a [`Timeout`] is cleared when dropped, so a
//! retry scheduled by a screen or a state that goes away never fires into nothing. Every timer
//! calls one dispatcher that lives as long as the page, with the key of its callback: a timer
//! that fires although it was cleared (test clocks can) finds nothing to call, and no closure is
//! ever called after it was freed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Callbacks waiting for their timer, by key.
    static WAITING: RefCell<HashMap<u32, Box<dyn FnOnce()>>> = RefCell::new(HashMap::new());
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
    /// The one function every timer calls; kept here so it lives as long as the page.
    static DISPATCH: Closure<dyn Fn(u32)> = Closure::new(|key: u32| {
        let f = WAITING.with(|w| w.borrow_mut().remove(&key));
        if let Some(f) = f {
            f();
        }
    });
}

/// A pending call; dropping it cancels the call.
pub struct Timeout {
    id: i32,
    key: u32,
}

impl Timeout {
    /// Calls `f` once, `ms` milliseconds from now; `None` where the browser has no timers.
    pub fn new(ms: i64, f: impl FnOnce() + 'static) -> Option<Timeout> {
        let key = NEXT_KEY.with(|n| {
            n.set(n.get().wrapping_add(1));
            n.get()
        });
        WAITING.with(|w| w.borrow_mut().insert(key, Box::new(f)));
        let ms = ms.clamp(0, i32::MAX as i64) as i32;
        let id = DISPATCH.with(|d| {
            web_sys::window()?
                .set_timeout_with_callback_and_timeout_and_arguments_1(
                    d.as_ref().unchecked_ref(),
                    ms,
                    &JsValue::from(key),
                )
                .ok()
        });
        match id {
            Some(id) => Some(Timeout { id, key }),
            None => {
                WAITING.with(|w| w.borrow_mut().remove(&key));
                None
            }
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
        // Taken out first and dropped after: dropping a callback may drop other timers.
        let f = WAITING.with(|w| w.borrow_mut().remove(&self.key));
        drop(f);
    }
}

/// Resolves after `ms` milliseconds (a debounce, a pause between listening requests); at once
/// where timers are missing.
pub async fn sleep(ms: i64) {
    let ms = ms.clamp(0, i32::MAX as i64) as i32;
    let promise = Promise::new(&mut |resolve, _| {
        let set = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).ok()
        });
        if set.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
