//! Small values in localStorage: settings and the running timer. Every call survives a browser that
//! refuses storage (private mode, blocked cookies, a full quota) and reports it instead of panicking.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

/// Why a read or write did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalError {
    /// The browser gives no localStorage at all.
    Blocked,
    /// A value is there but cannot be read; it has been copied aside under the given key.
    Unreadable { kept_at: String },
    /// The browser refused the write (usually a full quota).
    WriteRefused,
}

/// `gloo_storage` panics when localStorage is missing, so every call probes first.
pub fn available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// The raw text under `key`, if any.
pub fn get_raw(key: &str) -> Result<Option<String>, LocalError> {
    if !available() {
        return Err(LocalError::Blocked);
    }
    Ok(LocalStorage::raw().get_item(key).ok().flatten())
}

/// Writes a value as JSON. Only the serialising is compiled per type (the settings, the timer, the
/// sharing…); the writing, once, in [`set_text`].
pub fn set<T: Serialize>(key: &str, value: &T) -> Result<(), LocalError> {
    set_text(key, serde_json::to_string(value).ok())
}

/// Writes `text` (`None`: it could not be made) under `key`.
fn set_text(key: &str, text: Option<String>) -> Result<(), LocalError> {
    if !available() {
        return Err(LocalError::Blocked);
    }
    let text = text.ok_or(LocalError::WriteRefused)?;
    LocalStorage::raw().set_item(key, &text).map_err(|_| LocalError::WriteRefused)
}

/// Removes a value; a refusal is ignored because there is nothing left to protect.
pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// Reads a JSON value. Text that does not parse is copied to `<key>.unreadable` and reported, so
/// a later save can never destroy the only copy.
pub fn get<T: DeserializeOwned>(key: &str) -> Result<Option<T>, LocalError> {
    let Some(raw) = get_raw(key)? else { return Ok(None) };
    serde_json::from_str(&raw).map(Some).map_err(|_| keep_aside(key, &raw))
}

pub fn keep_aside(key: &str, raw: &str) -> LocalError {
    let kept_at = format!("{key}.unreadable");
    if LocalStorage::raw().set_item(&kept_at, raw).is_err() {
        return LocalError::WriteRefused;
    }
    LocalError::Unreadable { kept_at }
}
