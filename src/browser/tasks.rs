//! Splitting work into tasks of their own, so that no single task keeps a slow phone from
//! answering the parent's first tap; and marking them in the performance timeline.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Names a moment in the browser's performance timeline (start-up stages), so benchmarks and
/// DevTools can tell what each task of start-up was. Skipped where the browser has no timeline.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// A piece of work waiting for a task of its own.
pub type Task = Box<dyn FnOnce()>;

thread_local! {
    /// One channel for [`next_task`], with what waits to run; kept here so it lives as long as
    /// the page.
    static NEXT_TASK: RefCell<Option<(web_sys::MessageChannel, VecDeque<Task>)>> =
        const { RefCell::new(None) };
}

/// Runs `f` in a task of its own, after the browser has handled whatever waits (a tap, a paint).
/// Start-up is split this way so that no single piece of it keeps a slow phone from answering the
/// parent's first tap. A message, not a timer: timers in a hidden tab wait a second or more.
/// Where message channels are missing, `f` runs at once.
pub fn next_task(f: impl FnOnce() + 'static) {
    let refused = NEXT_TASK.with(|next| {
        let f: Task = Box::new(f);
        let mut next = next.borrow_mut();
        if next.is_none() {
            let Ok(channel) = web_sys::MessageChannel::new() else { return Some(f) };
            let run = Closure::<dyn FnMut()>::new(|| {
                let first = NEXT_TASK.with(|next| next.borrow_mut().as_mut()?.1.pop_front());
                if let Some(f) = first {
                    f();
                }
            });
            channel.port1().set_onmessage(Some(run.as_ref().unchecked_ref()));
            run.forget();
            *next = Some((channel, VecDeque::new()));
        }
        let Some((channel, waiting)) = next.as_mut() else { return Some(f) };
        if channel.port2().post_message(&JsValue::UNDEFINED).is_err() {
            return Some(f);
        }
        waiting.push_back(f);
        None
    });
    if let Some(f) = refused {
        f();
    }
}

/// Runs `f` after `turns` turns of the microtask queue: once work already queued as microtasks
/// (a screen being drawn) has finished, but before any timer or task. Timers would wait on a
/// paused test clock, and on a phone that sleeps; a microtask never does.
pub fn after_microtasks(turns: usize, f: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        for _ in 0..turns {
            let resolved = js_sys::Promise::resolve(&JsValue::NULL);
            let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
        }
        f();
    });
}

thread_local! {
    /// Work waiting for the first screen to be shown; `None` once it has been.
    static AFTER_SHOWN: RefCell<Option<Vec<Task>>> = const { RefCell::new(Some(Vec::new())) };
}

/// Runs `f` once the first screen is shown, in a task of its own (at once, in the next task,
/// after that). For work the first screen does not need, such as registering the service worker
/// or the first reminder check, so it never delays what the parent came to see.
pub fn after_shown(f: impl FnOnce() + 'static) {
    let f: Task = Box::new(f);
    let later = AFTER_SHOWN.with(|w| match w.borrow_mut().as_mut() {
        Some(waiting) => {
            waiting.push(f);
            None
        }
        None => Some(f),
    });
    if let Some(f) = later {
        next_task(f);
    }
}

/// Says that the first screen is shown: whatever waited for it runs, each in a task of its own.
pub fn shown() {
    let waiting = AFTER_SHOWN.with(|w| w.borrow_mut().take()).unwrap_or_default();
    for f in waiting {
        next_task(f);
    }
}
