//! The parent's preferences, kept small so they fit in localStorage and load before first paint.

use serde::{Deserialize, Serialize};

use super::plan::Plan;
use super::units::Volume;

/// Key under which settings live in localStorage; the suffix is the format version.
pub const SETTINGS_KEY: &str = "relact.settings.v1";

/// Which colour scheme to draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the system's dark preference.
    #[default]
    Auto,
    Light,
    Night,
}

/// How clock times are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    #[default]
    H24,
    H12,
}

/// Everything the parent can set in Settings. Unknown or missing fields take their defaults, so
/// settings written by an older or newer version still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub volume: Volume,
    pub clock: Clock,
    pub theme: Theme,
    /// The target-reached chime; a sleeping household may want silence.
    pub chime: bool,
    /// The daily plan; kept with the settings because it is small and needed at start-up.
    pub plan: Plan,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            volume: Volume::Ml,
            clock: Clock::H24,
            theme: Theme::Auto,
            chime: true,
            plan: Plan::default(),
        }
    }
}

impl Settings {
    /// Reads stored settings. `Err` carries the raw text so the caller can keep it aside instead of
    /// overwriting it with defaults.
    pub fn parse(raw: &str) -> Result<Settings, String> {
        serde_json::from_str(raw).map_err(|_| raw.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_defaults_and_unknown_ones_are_ignored() {
        let s = Settings::parse(r#"{"volume":"oz","future_field":1}"#).unwrap();
        assert_eq!(s.volume, Volume::Oz);
        assert_eq!(s.clock, Clock::H24);
        assert!(s.chime);
    }

    #[test]
    fn unreadable_settings_are_handed_back_not_replaced() {
        assert_eq!(Settings::parse("{oops").unwrap_err(), "{oops");
        assert!(Settings::parse(r#"{"volume":"gallons"}"#).is_err());
    }

    #[test]
    fn round_trip() {
        let s = Settings {
            volume: Volume::Oz,
            clock: Clock::H12,
            theme: Theme::Night,
            chime: false,
            plan: Plan { sessions_per_day: 11, ..Plan::default() },
        };
        assert_eq!(Settings::parse(&serde_json::to_string(&s).unwrap()).unwrap(), s);
    }
}
