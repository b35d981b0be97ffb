//! Small pieces of browser glue the timer needs: the clock, ids, keeping the screen on, a soft
//! chime, a short vibration and asking for persistent storage. Each is skipped quietly where the
//! browser does not support it or refuses; none can stop the app.

use std::cell::RefCell;
use std::collections::VecDeque;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use crate::domain::settings::LocaleHints;
use crate::domain::Millis;

/// The current instant. Read from `Date.now()`, which tests can control.
pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// A random, stable id for a new entry.
pub fn new_id() -> String {
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let uuid = c.random_uuid();
        if !uuid.is_empty() {
            return uuid;
        }
    }
    // Very old browsers: time plus randomness is still unique enough for one person's log.
    format!("{:x}-{:x}", now(), (js_sys::Math::random() * 1e16) as u64)
}

/// What the browser says about the parent's language and region, for first-run defaults. Any
/// part the browser does not offer (older engines lack `weekInfo`) is left out, never guessed.
/// On a first start the page's loader has usually asked a worker already (`public/locale.js`:
/// Intl's first use loads locale data, tens of milliseconds of a slow phone's main thread), and
/// its answer is used as it is.
pub fn locale_hints() -> LocaleHints {
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if let Some(told) = get(&js_sys::global(), "relactLocaleHints") {
        let hour12 = get(&told, "hour12").and_then(|v| v.as_bool());
        let first_day = get(&told, "firstDay").and_then(|v| v.as_f64()).map(|d| d as u8);
        return LocaleHints { region: LocaleHints::region_of(&language), hour12, first_day };
    }
    let intl = get(&js_sys::global(), "Intl");
    let hour12 = intl.as_ref().and_then(|_| {
        let options = js_sys::Object::new();
        Reflect::set(&options, &"hour".into(), &"numeric".into()).ok()?;
        let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options);
        let cycle = get(&format.resolved_options(), "hourCycle")?.as_string()?;
        Some(cycle == "h12" || cycle == "h11")
    });
    let first_day = intl.as_ref().and_then(|intl| {
        let locale = get(intl, "Locale")?.dyn_into::<Function>().ok()?;
        let locale =
            Reflect::construct(&locale, &js_sys::Array::of1(&language.clone().into())).ok()?;
        // `getWeekInfo()` is the current name; Chromium before 130 had a `weekInfo` getter.
        let info = match get(&locale, "getWeekInfo").and_then(|f| f.dyn_into::<Function>().ok()) {
            Some(f) => f.call0(&locale).ok()?,
            None => get(&locale, "weekInfo")?,
        };
        get(&info, "firstDay")?.as_f64().map(|d| d as u8)
    });
    LocaleHints { region: LocaleHints::region_of(&language), hour12, first_day }
}

/// The system's dark-mode setting, to read now or to listen to for changes.
pub fn dark_mode() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

/// Whether the system asks for dark colours.
pub fn prefers_dark() -> bool {
    dark_mode().is_some_and(|m| m.matches())
}

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

thread_local! {
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
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

/// Two soft notes made with Web Audio (no sound file to download), quiet enough for a sleeping
/// room.
pub fn chime() {
    let Ok(ctx) = web_sys::AudioContext::new() else { return };
    let start = ctx.current_time();
    for (i, freq) in [659.25_f32, 880.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else { return };
        osc.frequency().set_value(freq);
        let t = start + i as f64 * 0.35;
        let g = gain.gain();
        let _ = g.set_value_at_time(0.0, t);
        let _ = g.linear_ramp_to_value_at_time(0.12, t + 0.05);
        let _ = g.exponential_ramp_to_value_at_time(0.0001, t + 1.2);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start_with_when(t);
        let _ = osc.stop_with_when(t + 1.3);
    }
}

/// A short buzz where the device can.
pub fn vibrate() {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().vibrate_with_duration(200);
    }
}

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

/// Saves `body` as a file on the device (a download; nothing leaves the phone). `Err` when the
/// browser refuses to make the file.
pub fn download(name: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    document.body().ok_or(JsValue::NULL)?.append_child(&a)?;
    a.click();
    a.remove();
    // Give the browser a moment to start the download before the object URL goes away.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Opens the browser's print window (which also offers "Save as PDF").
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
