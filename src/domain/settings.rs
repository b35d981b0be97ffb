//! The parent's preferences, kept small so they fit in localStorage and load before first paint.

use serde::{Deserialize, Serialize};

use super::journey::Journey;
use super::language::Language;
use super::plan::Plan;
use super::units::Volume;

/// Which colour scheme to draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Night during the plan's sleeping hours (the room is dark then) or whenever the phone is in
    /// dark mode; light otherwise. `public/theme.js` repeats this rule before the wasm loads.
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

/// The day a week starts on in charts and week labels; regions differ (Monday, Sunday, Saturday).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
    Saturday,
}

impl WeekStart {
    /// The chrono weekday, for aligning week buckets.
    pub fn weekday(self) -> chrono::Weekday {
        match self {
            WeekStart::Monday => chrono::Weekday::Mon,
            WeekStart::Sunday => chrono::Weekday::Sun,
            WeekStart::Saturday => chrono::Weekday::Sat,
        }
    }
}

/// Everything the parent can set in Settings. Unknown or missing fields take their defaults, so
/// settings written by an older or newer version still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub volume: Volume,
    pub clock: Clock,
    pub theme: Theme,
    pub week_start: WeekStart,
    /// The target-reached chime; a sleeping household may want silence.
    pub chime: bool,
    /// The daily plan; kept with the settings because it is small and needed at start-up.
    pub plan: Plan,
    /// Where the parent starts (relactating, inducing with the baby here, or preparing), the
    /// baby's birth or due date. Settings saved before it existed load as relactating.
    pub journey: Journey,
    /// The language the parent chose in Settings; `None` follows the phone's languages (the
    /// page's loader picks one before the wasm starts: `public/language.js`). Left out of the
    /// saved JSON while unset, so settings saved before it existed still count as complete.
    /// A language this version does not know (saved by a newer one) reads as unset rather than
    /// making the whole settings unreadable.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "known_language")]
    pub language: Option<Language>,
}

fn known_language<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
    let tag: Option<String> = Option::deserialize(d)?;
    Ok(tag.as_deref().and_then(Language::from_tag))
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            volume: Volume::Ml,
            clock: Clock::H24,
            theme: Theme::Auto,
            week_start: WeekStart::Monday,
            chime: true,
            plan: Plan::default(),
            journey: Journey::default(),
            language: None,
        }
    }
}

/// What the browser says about the parent's region; only used to choose first-run defaults, so a
/// parent in the US starts in ounces with a 12-hour clock and Sunday-first weeks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleHints {
    /// The region subtag of the browser's language (`"US"` in `en-US`), if it has one.
    pub region: Option<String>,
    /// Whether the locale writes times with am/pm.
    pub hour12: Option<bool>,
    /// ISO weekday the locale's weeks start on (1 = Monday … 7 = Sunday).
    pub first_day: Option<u8>,
}

impl LocaleHints {
    /// The region of a BCP 47 language tag: the first two-letter or three-digit subtag after the
    /// language (`"US"` in `en-US`, `"BR"` in `pt-Latn-BR`, `"419"` in `es-419`).
    pub fn region_of(tag: &str) -> Option<String> {
        tag.split(['-', '_'])
            .skip(1)
            .take_while(|part| part.len() > 1)
            .find(|part| {
                (part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
                    || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit()))
            })
            .map(str::to_ascii_uppercase)
    }
}

/// Regions where bottles and pumps are marked in fluid ounces first.
const OUNCE_REGIONS: [&str; 3] = ["US", "LR", "MM"];

impl Settings {
    /// Reads stored settings, taking any field they lack (saved by an older version) from `base`
    /// rather than from fixed defaults, so a new setting starts at the locale's value. `base` is
    /// only asked for when a field is missing: reading the locale costs a slow phone tens of
    /// milliseconds at every start, and settings saved by this version need none of it. `Err`
    /// carries the raw text so the caller can keep it aside instead of overwriting it.
    pub fn parse_over(raw: &str, base: impl FnOnce() -> Settings) -> Result<Settings, String> {
        let refuse = || raw.to_string();
        let stored: serde_json::Value = serde_json::from_str(raw).map_err(|_| refuse())?;
        let serde_json::Value::Object(stored) = stored else { return Err(refuse()) };
        let complete = match serde_json::to_value(Settings::default()) {
            Ok(serde_json::Value::Object(all)) => all.keys().all(|k| stored.contains_key(k)),
            _ => false,
        };
        let mut merged = if complete {
            serde_json::Value::Object(serde_json::Map::new())
        } else {
            serde_json::to_value(base()).map_err(|_| refuse())?
        };
        if let Some(fields) = merged.as_object_mut() {
            fields.extend(stored);
        }
        serde_json::from_value(merged).map_err(|_| refuse())
    }

    /// Defaults for a first start, from what the browser says about the parent's region.
    pub fn for_locale(hints: &LocaleHints) -> Settings {
        let region = hints.region.as_deref().map(str::to_ascii_uppercase);
        let ounces = region.as_deref().is_some_and(|r| OUNCE_REGIONS.contains(&r));
        Settings {
            volume: if ounces { Volume::Oz } else { Volume::Ml },
            clock: if hints.hour12 == Some(true) { Clock::H12 } else { Clock::H24 },
            week_start: match hints.first_day {
                Some(7) => WeekStart::Sunday,
                Some(6) => WeekStart::Saturday,
                _ => WeekStart::Monday,
            },
            ..Settings::default()
        }
    }

    /// Whether to draw the night theme at `minute` (after local midnight) when the system's dark
    /// preference is `system_dark`.
    pub fn night_now(&self, system_dark: bool, minute: u16) -> bool {
        match self.theme {
            Theme::Night => true,
            Theme::Light => false,
            Theme::Auto => system_dark || self.plan.sleeping_at(minute),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::Path;

    fn parse(raw: &str) -> Result<Settings, String> {
        Settings::parse_over(raw, Settings::default)
    }

    #[test]
    fn missing_fields_take_defaults_and_unknown_ones_are_ignored() {
        let s = parse(r#"{"volume":"oz","future_field":1}"#).unwrap();
        assert_eq!(s.volume, Volume::Oz);
        assert_eq!(s.clock, Clock::H24);
        assert!(s.chime);
    }

    #[test]
    fn unreadable_settings_are_handed_back_not_replaced() {
        assert_eq!(parse("{oops").unwrap_err(), "{oops");
        assert!(parse(r#"{"volume":"gallons"}"#).is_err());
    }

    #[test]
    fn first_start_follows_the_locale() {
        let us = LocaleHints { region: Some("US".into()), hour12: Some(true), first_day: Some(7) };
        let s = Settings::for_locale(&us);
        assert_eq!((s.volume, s.clock, s.week_start), (Volume::Oz, Clock::H12, WeekStart::Sunday));
        let gb = LocaleHints { region: Some("GB".into()), hour12: Some(false), first_day: Some(1) };
        let s = Settings::for_locale(&gb);
        assert_eq!((s.volume, s.clock, s.week_start), (Volume::Ml, Clock::H24, WeekStart::Monday));
        let eg = LocaleHints { region: Some("eg".into()), hour12: Some(true), first_day: Some(6) };
        let s = Settings::for_locale(&eg);
        assert_eq!(
            (s.volume, s.clock, s.week_start),
            (Volume::Ml, Clock::H12, WeekStart::Saturday)
        );
        // A browser that says nothing gets the metric, 24-hour, Monday defaults.
        assert_eq!(Settings::for_locale(&LocaleHints::default()), Settings::default());
    }

    #[test]
    fn region_comes_from_the_language_tag() {
        assert_eq!(LocaleHints::region_of("en-US").as_deref(), Some("US"));
        assert_eq!(LocaleHints::region_of("pt-Latn-BR").as_deref(), Some("BR"));
        assert_eq!(LocaleHints::region_of("es-419").as_deref(), Some("419"));
        assert_eq!(LocaleHints::region_of("en_gb").as_deref(), Some("GB"));
        assert_eq!(LocaleHints::region_of("en"), None);
        assert_eq!(LocaleHints::region_of("de-x-us"), None);
        assert_eq!(LocaleHints::region_of(""), None);
    }

    #[test]
    fn fields_missing_from_older_settings_come_from_the_locale_not_fixed_defaults() {
        let base =
            Settings { week_start: WeekStart::Sunday, clock: Clock::H12, ..Settings::default() };
        let over = |raw: &str| Settings::parse_over(raw, || base.clone());
        let s = over(r#"{"volume":"oz","clock":"h24"}"#).unwrap();
        assert_eq!((s.volume, s.clock, s.week_start), (Volume::Oz, Clock::H24, WeekStart::Sunday));
        assert_eq!(over("[1,2]").unwrap_err(), "[1,2]");
        assert_eq!(over("{oops").unwrap_err(), "{oops");
        assert!(over(r#"{"theme":"purple"}"#).is_err());
    }

    #[test]
    fn complete_settings_never_ask_for_the_locale() {
        let saved =
            Settings { volume: Volume::Oz, week_start: WeekStart::Saturday, ..Settings::default() };
        let raw = serde_json::to_string(&saved).unwrap();
        let s = Settings::parse_over(&raw, || panic!("the locale was read")).unwrap();
        assert_eq!(s, saved);
        // One field missing: the locale is read, once.
        let mut partial: serde_json::Value = serde_json::from_str(&raw).unwrap();
        partial.as_object_mut().unwrap().remove("clock");
        let asked = std::cell::Cell::new(0);
        let base = || {
            asked.set(asked.get() + 1);
            Settings { clock: Clock::H12, ..Settings::default() }
        };
        let s = Settings::parse_over(&partial.to_string(), base).unwrap();
        assert_eq!((asked.get(), s.clock, s.volume), (1, Clock::H12, Volume::Oz));
    }

    #[test]
    fn automatic_theme_is_night_while_the_parent_sleeps_or_the_phone_is_dark() {
        // Plan default: awake 07:00, asleep 23:00.
        let auto = Settings::default();
        assert!(!auto.night_now(false, 12 * 60));
        assert!(auto.night_now(true, 12 * 60));
        assert!(auto.night_now(false, 23 * 60));
        assert!(auto.night_now(false, 3 * 60));
        assert!(auto.night_now(false, 6 * 60 + 59));
        assert!(!auto.night_now(false, 7 * 60));
        assert!(!auto.night_now(false, 22 * 60 + 59));
        let light = Settings { theme: Theme::Light, ..Settings::default() };
        assert!(!light.night_now(true, 3 * 60));
        let night = Settings { theme: Theme::Night, ..Settings::default() };
        assert!(night.night_now(false, 12 * 60));
    }

    /// Settings exactly as the version before the journey saved them: they load, keep every
    /// value, and start as relactating with no dates (no migration needed: the new field is
    /// `serde(default)`). The locale is not asked for the journey: only its defaults are used.
    #[test]
    fn settings_saved_before_the_journey_still_load_as_relactating() {
        let old = r#"{"volume":"oz","clock":"h12","theme":"night","week_start":"sunday","chime":false,
            "plan":{"goal":"induced_lactation","baby_age_weeks":3,"sessions_per_day":11,
            "session_minutes":25,"wake":360,"sleep":1320,"night_sessions":2,
            "step_down":{"started_on":"2026-11-01","start_ml":240,"step_ml":30,"hold_days":3},
            "revision":7}}"#;
        let s = parse(old).unwrap();
        assert_eq!(
            (s.volume, s.clock, s.theme, s.chime),
            (Volume::Oz, Clock::H12, Theme::Night, false)
        );
        assert_eq!(
            (s.plan.sessions_per_day, s.plan.revision, s.plan.baby_age_weeks),
            (11, 7, Some(3))
        );
        assert_eq!(s.plan.step_down.as_ref().map(|d| d.start_ml), Some(240));
        assert_eq!(s.journey, Journey::default());
        assert_eq!(s.journey.path, Path::Relactating);
        // A journey with only some fields (a newer or older shape) fills in the rest.
        let partial = parse(r#"{"journey":{"path":"preparing","due_date":"2027-01-09"}}"#).unwrap();
        assert_eq!(partial.journey.path, Path::Preparing);
        assert_eq!(partial.journey.due_date, chrono::NaiveDate::from_ymd_opt(2027, 1, 9));
        assert_eq!(partial.journey.birth_date, None);
        // A date that is not a date is refused (kept aside by the caller), never guessed.
        assert!(parse(r#"{"journey":{"birth_date":"yesterday"}}"#).is_err());
        assert!(parse(r#"{"journey":{"path":"somewhere"}}"#).is_err());
    }

    #[test]
    fn round_trip() {
        let s = Settings {
            volume: Volume::Oz,
            clock: Clock::H12,
            theme: Theme::Night,
            week_start: WeekStart::Saturday,
            chime: false,
            plan: Plan { sessions_per_day: 11, ..Plan::default() },
            journey: Journey {
                path: Path::Preparing,
                due_date: chrono::NaiveDate::from_ymd_opt(2027, 1, 9),
                supplement_ml_per_day: Some(250),
                opening_started: Some(1_800_000_000_000),
                birth_date: None,
                birth_weight_g: Some(3400),
                arrived_at: Some(1_800_000_100_000),
            },
            language: Some(Language::Arabic),
        };
        let raw = serde_json::to_string(&s).unwrap();
        assert!(raw.contains(r#""language":"ar""#), "{raw}");
        assert_eq!(parse(&raw).unwrap(), s);
        // Unset, it is not saved, and the settings still count as complete.
        let raw = serde_json::to_string(&Settings::default()).unwrap();
        assert!(!raw.contains("language"), "{raw}");
        assert!(Settings::parse_over(&raw, || panic!("the locale was read")).is_ok());
        assert_eq!(parse(r#"{"language":"de","volume":"oz"}"#).unwrap().language, None);
        assert_eq!(parse(r#"{"language":"de","volume":"oz"}"#).unwrap().volume, Volume::Oz);
    }
}
