//! How numbers, times and dates are written and read back: volumes in the parent's unit, clock
//! times in their clock style, days and durations. One place, so every screen, printout and form
//! writes the same value the same way, and a field read back gives exactly what was stored.
//!
//! Everything is written in the language in use ([`i18n::language`]): its decimal separator
//! ("2,5 oz" in Spanish, French and Portuguese), its unit words, day and month names and date
//! shapes, all from the translation files (`unit-*`, `weekday-*`, `month-*`, `format-*`), so a
//! native test reads exactly what a screen says. Machine formats (`<input>` values) never change.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::i18n::{self, Arg, Msg};
use crate::domain::settings::Clock;
use crate::domain::units::{Volume, ML_PER_OZ};

/// The unit's short name, as printed after a number and in column headings.
pub fn unit_label(unit: Volume) -> &'static str {
    match unit {
        Volume::Ml => Msg("unit-ml").get(),
        Volume::Oz => Msg("unit-oz").get(),
    }
}

/// A number with `decimals` fraction digits, as the language in use writes it.
pub fn decimal(value: f64, decimals: u8) -> String {
    i18n::number(i18n::language(), value, decimals)
}

/// A stored amount as the parent reads it: whole millilitres, or ounces to the nearest 0.1.
pub fn volume(unit: Volume, ml: u32) -> String {
    format!("{} {}", volume_number(unit, ml, 1), unit_label(unit))
}

/// The number alone, as a table under a heading that names the unit prints it.
pub fn amount(unit: Volume, ml: u32) -> String {
    volume_number(unit, ml, 1)
}

/// A chart or table value (a daily average may be fractional) in the parent's unit.
pub fn volume_f64(unit: Volume, ml: f64) -> String {
    let number = match unit {
        Volume::Ml => decimal(ml, 0),
        Volume::Oz => decimal(ml / ML_PER_OZ, 1),
    };
    format!("{number} {}", unit_label(unit))
}

/// A value in millilitres, converted for a chart's axis in the parent's unit.
pub fn in_unit(unit: Volume, ml: f64) -> f64 {
    match unit {
        Volume::Ml => ml,
        Volume::Oz => ml / ML_PER_OZ,
    }
}

/// The number alone. Ounces get `oz_decimals` places: 1 to read, 2 in a field, where 2 are
/// enough for typing the shown value back to give the same whole millilitre.
fn volume_number(unit: Volume, ml: u32, oz_decimals: u8) -> String {
    match unit {
        Volume::Ml => ml.to_string(),
        Volume::Oz => decimal(ml as f64 / ML_PER_OZ, oz_decimals),
    }
}

/// A stored amount as a field shows it: in ounces the fewest decimals (0 to 2) that type back to
/// the same whole millilitre, so 237 ml reads "8", not "8.01", and 45 ml still reads "1.52".
fn field_number(unit: Volume, ml: u32) -> String {
    (0..2)
        .map(|d| volume_number(unit, ml, d))
        .find(|s| parse_volume(unit, s) == Some(ml))
        .unwrap_or_else(|| volume_number(unit, ml, 2))
}

/// What a parent typed, in millilitres; `None` for anything that is not a finite, non-negative
/// number, so a typo never becomes a stored value. A comma works as the decimal point, in every
/// language, and so do Arabic-Indic digits and the Arabic decimal separator, which a phone's
/// Arabic keyboard may type ("٢٫٥").
pub fn parse_volume(unit: Volume, input: &str) -> Option<u32> {
    let ascii: String = input
        .trim()
        .chars()
        .map(|c| match c {
            ',' | '\u{066B}' => '.',
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect();
    let v: f64 = ascii.parse().ok()?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    let ml = match unit {
        Volume::Ml => v,
        Volume::Oz => v * ML_PER_OZ,
    };
    (ml <= u32::MAX as f64).then(|| ml.round() as u32)
}

/// A volume field's text, remembering the stored millilitres it was filled from: a field the
/// parent did not touch saves the stored value unchanged, whatever the unit's rounding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolumeField {
    stored: Option<u32>,
    shown: String,
}

/// A volume field held text that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

impl VolumeField {
    /// The field for `stored` (empty for `None`) in the parent's unit.
    pub fn new(unit: Volume, stored: Option<u32>) -> Self {
        let shown = stored.map(|ml| field_number(unit, ml)).unwrap_or_default();
        VolumeField { stored, shown }
    }

    /// The text to put in the field.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The millilitres `typed` stands for: the stored value if the text is what was shown,
    /// `None` for an empty field, the typed amount otherwise.
    pub fn read(&self, unit: Volume, typed: &str) -> Result<Option<u32>, NotANumber> {
        if typed.trim() == self.shown {
            return Ok(self.stored);
        }
        if typed.trim().is_empty() {
            return Ok(None);
        }
        parse_volume(unit, typed).map(Some).ok_or(NotANumber)
    }
}

// Dates are written by hand from the translation files' names and shapes rather than with
// chrono's `format` (about 20 KB of wasm for a handful of fixed shapes) or the browser's `Intl`
// (which native tests cannot run, and which would disagree with the files' wording).

/// Day names, Monday first (chrono's `num_days_from_monday`), long and short.
const WEEKDAYS: [(Msg, Msg); 7] = [
    (Msg("weekday-monday"), Msg("weekday-monday-short")),
    (Msg("weekday-tuesday"), Msg("weekday-tuesday-short")),
    (Msg("weekday-wednesday"), Msg("weekday-wednesday-short")),
    (Msg("weekday-thursday"), Msg("weekday-thursday-short")),
    (Msg("weekday-friday"), Msg("weekday-friday-short")),
    (Msg("weekday-saturday"), Msg("weekday-saturday-short")),
    (Msg("weekday-sunday"), Msg("weekday-sunday-short")),
];
/// Month names, January first, long and short.
const MONTHS: [(Msg, Msg); 12] = [
    (Msg("month-january"), Msg("month-january-short")),
    (Msg("month-february"), Msg("month-february-short")),
    (Msg("month-march"), Msg("month-march-short")),
    (Msg("month-april"), Msg("month-april-short")),
    (Msg("month-may"), Msg("month-may-short")),
    (Msg("month-june"), Msg("month-june-short")),
    (Msg("month-july"), Msg("month-july-short")),
    (Msg("month-august"), Msg("month-august-short")),
    (Msg("month-september"), Msg("month-september-short")),
    (Msg("month-october"), Msg("month-october-short")),
    (Msg("month-november"), Msg("month-november-short")),
    (Msg("month-december"), Msg("month-december-short")),
];

/// Long names or short ones.
#[derive(Clone, Copy)]
enum Names {
    Long,
    Short,
}

fn pick((long, short): (Msg, Msg), names: Names) -> &'static str {
    match names {
        Names::Long => long.get(),
        Names::Short => short.get(),
    }
}

/// A date in one of the files' shapes (`format-*`), with its names long or short.
fn date(shape: Msg, d: NaiveDate, names: Names) -> String {
    let weekday = pick(WEEKDAYS[d.weekday().num_days_from_monday() as usize], names);
    let month = pick(MONTHS[d.month0() as usize], names);
    shape.with(&[
        ("weekday", weekday.into()),
        ("day", d.day().into()),
        ("month", month.into()),
        ("year", Arg::from(d.year())),
    ])
}

/// A local clock time in the parent's chosen style: "14:05" or "2:05 pm".
pub fn clock_time(t: NaiveTime, clock: Clock) -> String {
    match clock {
        Clock::H24 => time_input(t),
        Clock::H12 => {
            let (pm, hour) = t.hour12();
            let time = format!("{hour}:{:02}", t.minute());
            let period = if pm { "pm" } else { "am" };
            Msg("format-clock-12")
                .with(&[("time", time.as_str().into()), ("period", period.into())])
        }
    }
}

/// A time as an `<input type="time">` holds it: "07:00".
pub fn time_input(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// The value of an `<input type="time">` ("07:00", or "07:00:00" from some browsers); `None`
/// for anything else.
pub fn parse_time_input(value: &str) -> Option<NaiveTime> {
    let mut parts = value.trim().split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.parse().ok()?;
    let second = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// A plan time (minutes after midnight) as an `<input type="time">` holds it.
pub fn minute_input(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60 % 24, minute % 60)
}

/// The value of an `<input type="time">` as minutes after midnight, as the plan keeps times.
pub fn parse_minute_input(value: &str) -> Option<u16> {
    parse_time_input(value).map(|t| (t.hour() * 60 + t.minute()) as u16)
}

/// A date as an `<input type="date">` holds it: "2026-11-28".
pub fn date_input(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The value of an `<input type="date">`; `None` for anything else.
pub fn parse_date_input(value: &str) -> Option<NaiveDate> {
    crate::domain::day::iso_date::parse(value.trim())
}

/// A day heading such as "Saturday 28 November".
pub fn day_heading(d: NaiveDate) -> String {
    date(Msg("format-day-heading"), d, Names::Long)
}

/// A short date for table rows: "Sat 28 Nov".
pub fn short_date(d: NaiveDate) -> String {
    date(Msg("format-short-date"), d, Names::Short)
}

/// A date on a chart's axis: "28 Nov".
pub fn short_day_month(d: NaiveDate) -> String {
    date(Msg("format-short-day-month"), d, Names::Short)
}

/// A date in a sentence: "28 November".
pub fn day_month(d: NaiveDate) -> String {
    date(Msg("format-day-month"), d, Names::Long)
}

/// A date with its year, for printed ranges: "28 November 2026".
pub fn full_date(d: NaiveDate) -> String {
    date(Msg("format-full-date"), d, Names::Long)
}

/// A week's label on a chart: the date it starts on ("Nov 2"), which reads the same whatever day
/// weeks start on.
pub fn week_label(d: NaiveDate) -> String {
    date(Msg("format-week-label"), d, Names::Short)
}

/// A duration as a clock face: `4:05`, or `1:02:03` past an hour. Never negative.
pub fn duration(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A short duration in whole minutes, for summaries.
pub fn minutes(ms: i64) -> String {
    Msg("format-minutes").with(&[("minutes", ((ms.max(0) + 30_000) / 60_000).into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ounces_are_for_display_only() {
        assert_eq!(volume(Volume::Ml, 60), "60 ml");
        assert_eq!(volume(Volume::Oz, 60), "2.0 oz");
        assert_eq!(volume(Volume::Oz, 0), "0.0 oz");
        assert_eq!(parse_volume(Volume::Oz, "1"), Some(30));
        assert_eq!(parse_volume(Volume::Ml, " 42,4 "), Some(42));
    }

    #[test]
    fn nonsense_input_is_refused() {
        for bad in ["", "abc", "-5", "NaN", "inf", "1e400"] {
            assert_eq!(parse_volume(Volume::Ml, bad), None, "{bad}");
        }
    }

    #[test]
    fn an_untouched_field_saves_the_stored_millilitres_in_both_units() {
        for unit in [Volume::Ml, Volume::Oz] {
            for ml in 0..=1000 {
                let field = VolumeField::new(unit, Some(ml));
                assert_eq!(field.read(unit, field.shown()), Ok(Some(ml)), "{unit:?} {ml}");
                // Typing the shown number afresh (another field, a copy) gives it back too.
                assert_eq!(parse_volume(unit, field.shown()), Some(ml), "{unit:?} {ml}");
            }
        }
    }

    #[test]
    fn a_field_reads_what_was_typed_and_refuses_nonsense() {
        let field = VolumeField::new(Volume::Oz, Some(45));
        assert_eq!(field.shown(), "1.52");
        // No decimals that add nothing: 8 oz stored as 237 ml reads "8", 30 ml "1", 31 ml "1.05".
        assert_eq!(VolumeField::new(Volume::Oz, Some(237)).shown(), "8");
        assert_eq!(VolumeField::new(Volume::Oz, Some(30)).shown(), "1");
        assert_eq!(VolumeField::new(Volume::Oz, Some(31)).shown(), "1.05");
        assert_eq!(VolumeField::new(Volume::Oz, Some(74)).shown(), "2.5");
        assert_eq!(field.read(Volume::Oz, "2"), Ok(Some(59)));
        assert_eq!(field.read(Volume::Oz, "  "), Ok(None));
        assert_eq!(field.read(Volume::Oz, "two"), Err(NotANumber));
        assert_eq!(VolumeField::new(Volume::Ml, None).read(Volume::Ml, ""), Ok(None));
    }

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65_000), "1:05");
        assert_eq!(duration(3_723_000), "1:02:03");
        assert_eq!(duration(-5_000), "0:00");
        assert_eq!(minutes(20 * 60_000 + 29_000), "20 min");
        assert_eq!(minutes(20 * 60_000 + 30_000), "21 min");
    }

    #[test]
    fn clock_times_follow_the_setting() {
        let t = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        assert_eq!(clock_time(t, Clock::H24), "14:05");
        assert_eq!(clock_time(t, Clock::H12), "2:05 pm");
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(day_heading(d), "Saturday 28 November");
    }

    #[test]
    fn hand_written_dates_read_as_chrono_would_write_them() {
        let mut d = NaiveDate::from_ymd_opt(2025, 12, 25).unwrap();
        for _ in 0..400 {
            assert_eq!(day_heading(d), d.format("%A %-d %B").to_string());
            assert_eq!(short_date(d), d.format("%a %-d %b").to_string());
            assert_eq!(day_month(d), d.format("%-d %B").to_string());
            assert_eq!(short_day_month(d), d.format("%-d %b").to_string());
            assert_eq!(full_date(d), d.format("%-d %B %Y").to_string());
            assert_eq!(week_label(d), format!("{} {}", d.format("%b"), d.day()));
            assert_eq!(date_input(d), d.format("%Y-%m-%d").to_string());
            assert_eq!(parse_date_input(&date_input(d)), Some(d));
            d = d.succ_opt().unwrap();
        }
        for minute in 0..24 * 60 {
            let t = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
            assert_eq!(clock_time(t, Clock::H12), t.format("%-I:%M %P").to_string());
            assert_eq!(time_input(t), t.format("%H:%M").to_string());
            assert_eq!(parse_time_input(&time_input(t)), Some(t));
        }
        assert_eq!(parse_time_input("07:30:00"), NaiveTime::from_hms_opt(7, 30, 0));
        for minute in [0u16, 59, 420, 1439] {
            assert_eq!(parse_minute_input(&minute_input(minute)), Some(minute));
        }
        for bad in ["", "7", "25:00", "07:60", "07:00:00:00", "aa:bb", "2026-13-01"] {
            assert_eq!(parse_time_input(bad), None, "{bad}");
            assert_eq!(parse_date_input(bad), None, "{bad}");
        }
    }

    /// What each language's screens say for the same values, worked out by hand from CLDR's
    /// patterns (as `Intl.DateTimeFormat` writes them), in the files' words.
    #[test]
    fn each_language_writes_numbers_units_times_and_dates_its_own_way() {
        use crate::domain::language::Language::{self, *};
        use crate::text::i18n::{with_language, ISOLATE};
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let first = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let t = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        let morning = NaiveTime::from_hms_opt(0, 30, 0).unwrap();
        // Arabic isolates each value placed in a sentence; the table reads them without.
        let plain = |s: String| s.replace([ISOLATE.0, ISOLATE.1], "");
        let said = |language: Language| {
            with_language(language, || {
                [
                    volume(Volume::Oz, 74),
                    volume(Volume::Ml, 60),
                    volume_f64(Volume::Oz, 74.0),
                    VolumeField::new(Volume::Oz, Some(45)).shown().to_string(),
                    plain(day_heading(d)),
                    plain(short_date(d)),
                    plain(full_date(d)),
                    plain(day_month(first)),
                    plain(week_label(d)),
                    plain(clock_time(t, Clock::H12)),
                    plain(clock_time(morning, Clock::H12)),
                    clock_time(t, Clock::H24),
                    plain(minutes(20 * 60_000)),
                ]
            })
        };
        let expected: [(Language, [&str; 13]); 5] = [
            (
                English,
                [
                    "2.5 oz",
                    "60 ml",
                    "2.5 oz",
                    "1.52",
                    "Saturday 28 November",
                    "Sat 28 Nov",
                    "28 November 2026",
                    "1 November",
                    "Nov 28",
                    "2:05 pm",
                    "12:30 am",
                    "14:05",
                    "20 min",
                ],
            ),
            (
                Spanish,
                [
                    "2,5 oz",
                    "60 ml",
                    "2,5 oz",
                    "1,52",
                    "sábado, 28 de noviembre",
                    "sáb, 28 nov",
                    "28 de noviembre de 2026",
                    "1 de noviembre",
                    "28 nov",
                    "2:05 p. m.",
                    "12:30 a. m.",
                    "14:05",
                    "20 min",
                ],
            ),
            (
                French,
                [
                    "2,5 oz",
                    "60 ml",
                    "2,5 oz",
                    "1,52",
                    "samedi 28 novembre",
                    "sam. 28 nov.",
                    "28 novembre 2026",
                    "1er novembre",
                    "28 nov.",
                    "2:05 PM",
                    "12:30 AM",
                    "14:05",
                    "20 min",
                ],
            ),
            (
                BrazilianPortuguese,
                [
                    "2,5 oz",
                    "60 ml",
                    "2,5 oz",
                    "1,52",
                    "sábado, 28 de novembro",
                    "sáb., 28 de nov.",
                    "28 de novembro de 2026",
                    "1 de novembro",
                    "28 de nov.",
                    "2:05 PM",
                    "12:30 AM",
                    "14:05",
                    "20 min",
                ],
            ),
            (
                Arabic,
                [
                    "2.5 أونصة",
                    "60 مل",
                    "2.5 أونصة",
                    "1.52",
                    "السبت، 28 نوفمبر",
                    "السبت، 28 نوفمبر",
                    "28 نوفمبر 2026",
                    "1 نوفمبر",
                    "28 نوفمبر",
                    "2:05 م",
                    "12:30 ص",
                    "14:05",
                    "20 د",
                ],
            ),
        ];
        for (language, lines) in expected {
            assert_eq!(
                said(language).map(|s| s.to_string()),
                lines.map(str::to_string),
                "{language:?}"
            );
        }
        // In Arabic the numbers keep their own order inside the right-to-left sentence.
        let (fsi, pdi) = ISOLATE;
        let heading = with_language(Arabic, || day_heading(d));
        assert!(heading.contains(&format!("{fsi}28{pdi}")), "{heading:?}");
        // A field shown in Spanish reads back, and an Arabic keyboard's digits are understood.
        with_language(Spanish, || {
            let field = VolumeField::new(Volume::Oz, Some(74));
            assert_eq!(field.read(Volume::Oz, field.shown()), Ok(Some(74)));
        });
        assert_eq!(parse_volume(Volume::Ml, "٦٠"), Some(60));
        assert_eq!(parse_volume(Volume::Oz, "٢٫٥"), Some(74));
        assert_eq!(parse_volume(Volume::Oz, "۲.۵"), Some(74));
    }
}
