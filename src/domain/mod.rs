//! Pure logic with no browser dependency, so it can be tested natively in milliseconds.

pub mod app_update;
pub mod backup;
pub mod care;
pub mod csv;
pub mod day;
pub mod decimal;
pub mod entry;
pub mod first_use;
pub mod ics;
pub mod invalid;
pub mod journey;
pub mod language;
pub mod lower_case;
pub mod mark;
pub mod medicine;
pub mod milestones;
pub mod model;
pub mod plan;
pub mod reminder;
pub mod route;
pub mod settings;
pub mod sorting;
pub mod stats;
pub mod step_down;
pub mod store;
pub mod summary;
pub mod sync;
#[cfg(test)]
pub mod test_kit;
pub mod timer;
pub mod units;
pub mod warning;
pub mod whole_read;

/// Milliseconds since the Unix epoch, UTC. Every stored instant uses this so entries sort and compare
/// the same in any time zone; local days are computed only when shown.
pub type Millis = i64;

/// One minute in milliseconds; used wherever a tolerance or duration is spelled out.
pub const MINUTE: Millis = 60_000;
/// One hour in milliseconds.
pub const HOUR: Millis = 60 * MINUTE;

/// The snake_case name serde gives a unit enum value (`Method::Cup` → `"cup"`): used in CSV files
/// and as form values, so both read the same names as backups.
pub fn serde_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The enum value a [`serde_name`] stands for.
pub fn from_serde_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}
