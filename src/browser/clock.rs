//! The clock and fresh ids. Both come from the browser so tests can control them.

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
