//! Browser glue, one capability per file. Each call is skipped quietly, or reports an error, where
//! the browser lacks the feature or refuses; none can stop the app. Nothing here knows about the
//! app's state or screens: `state` and `ui` call these.

pub mod appearance;
pub mod chosen_file;
pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod files;
pub mod history;
pub mod http;
pub mod i18n;
pub mod inbox;
pub mod indexeddb;
pub mod listener;
pub mod local_storage;
pub mod locale;
pub mod location;
pub mod network;
pub mod notifications;
pub mod persist;
pub mod print;
pub mod service_worker;
pub mod share_file;
pub mod sound;
pub mod split;
pub mod tasks;
pub mod timer;
pub mod visibility;
pub mod wake_lock;

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// A property of a JS object, or `None` when it is missing: for features only some browsers have.
pub(crate) fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
}
