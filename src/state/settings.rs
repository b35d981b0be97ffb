//! The parent's settings in localStorage: read once at start, saved on every change, and never
//! overwritten by defaults when what is stored cannot be read.

use super::keys;
use crate::browser::local_storage::{self, LocalError};
use crate::browser::locale;
use crate::domain::settings::Settings;

/// Loads settings: the locale's defaults when none were saved yet (and for any field an older
/// version did not save), an error (with those defaults to run on) otherwise. The locale is
/// read only when needed (see [`Settings::parse_over`]).
pub fn load_settings() -> (Settings, Option<LocalError>) {
    let base = || Settings::for_locale(&locale::locale_hints());
    match local_storage::get_raw(keys::SETTINGS) {
        Ok(None) => {
            // Kept at once, so later starts need not read the locale again. A refusal here is
            // not worth a message: nothing is lost, and the next change reports it.
            let first = base();
            let _ = save_settings(&first);
            (first, None)
        }
        Ok(Some(raw)) => match Settings::parse_over(&raw, base) {
            Ok(s) => (s, None),
            Err(raw) => (base(), Some(local_storage::keep_aside(keys::SETTINGS, &raw))),
        },
        Err(e) => (base(), Some(e)),
    }
}

/// Saves settings.
pub fn save_settings(s: &Settings) -> Result<(), LocalError> {
    local_storage::set(keys::SETTINGS, s)
}
