//! One-shot timers that clean up after themselves: a [`Timeout`] is cleared when dropped, so a
//! retry scheduled by a screen or a state that goes away never fires into nothing.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A pending call; dropping it cancels the call.
pub struct Timeout {
    id: i32,
    // Kept alive until the timer fires or is cleared.
    _f: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Calls `f` once, `ms` milliseconds from now; `None` where the browser has no timers.
    pub fn new(ms: i64, f: impl FnOnce() + 'static) -> Option<Timeout> {
        let mut f = Some(f);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        let ms = ms.clamp(0, i32::MAX as i64) as i32;
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                ms,
            )
            .ok()?;
        Some(Timeout { id, _f: closure })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
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
