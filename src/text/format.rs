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
use crate::domain::units::{Ml, Total, Volume, ML_PER_OZ};

/// The unit's short name, as printed after a number and in column headings.
pub fn unit_label(unit: Volume) -> &'static str {
    match unit {
        Volume::Ml => msg!("unit-ml").get(),
        Volume::Oz => msg!("unit-oz").get(),
    }
}

/// A number with `decimals` fraction digits, as the language in use writes it.
pub fn decimal(value: f64, decimals: u8) -> String {
    i18n::number(i18n::language(), value, decimals)
}

/// A whole number, as a chart's values and the table's average minutes show it.
pub fn whole(value: f64) -> String {
    decimal(value, 0)
}

/// A number on the unit's display grid ([`Volume::write`]: "1.75", "8") with the decimal
/// separator of the language in use ("1,75").
fn grid_number(unit: Volume, shown: u64) -> String {
    let s = unit.write(shown);
    if i18n::decimal_comma(i18n::language()) {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A stored amount or a total as the parent reads it: whole millilitres, or ounces with at most
/// two decimals ("1.75 oz"). A total is the sum of its parts as shown ([`Total`]), so a row's
/// "1.75 oz (L 1.5 oz, R 0.25 oz)" always adds up.
pub fn volume(unit: Volume, v: impl Into<Total>) -> String {
    format!("{} {}", amount(unit, v), unit_label(unit))
}

/// The number alone, as a table under a heading that names the unit prints it.
pub fn amount(unit: Volume, v: impl Into<Total>) -> String {
    grid_number(unit, v.into().shown(unit))
}

/// A plan's amount (the step-down keeps whole millilitres: a guide, not a measurement) as the
/// parent reads it: in ounces the fewest decimals (0 to 2) that read back as the same whole
/// millilitres, so a start of 8 oz (kept as 237 ml) reads "8 oz", not "8.01 oz".
pub fn planned_volume(unit: Volume, ml: u32) -> String {
    format!("{} {}", planned_number(unit, ml), unit_label(unit))
}

/// The number alone, as the plan's amount fields show it (see [`planned_volume`]).
pub fn planned_number(unit: Volume, ml: u32) -> String {
    match unit {
        Volume::Ml => ml.to_string(),
        Volume::Oz => (0..=2)
            .map(|d| decimal(f64::from(ml) / ML_PER_OZ, d))
            .find(|s| parse_volume(unit, s).map(Ml::whole_ml) == Some(ml))
            .unwrap_or_else(|| amount(unit, ml)),
    }
}

/// A chart or table value (a daily average may be fractional) in the parent's unit, on the same
/// grid as every other volume: whole millilitres or hundredths of an ounce.
pub fn volume_f64(unit: Volume, ml: f64) -> String {
    let shown = (in_unit(unit, ml.max(0.0)) * if unit == Volume::Oz { 100.0 } else { 1.0 }).round();
    format!("{} {}", grid_number(unit, shown as u64), unit_label(unit))
}

/// A value in millilitres, converted for a chart's axis in the parent's unit.
pub fn in_unit(unit: Volume, ml: f64) -> f64 {
    match unit {
        Volume::Ml => ml,
        Volume::Oz => ml / ML_PER_OZ,
    }
}

/// A stored amount as a field shows it: the same number the parent reads everywhere ("2.25",
/// "8", "45"), which typed back gives the same stored amount.
fn field_number(unit: Volume, ml: Ml) -> String {
    grid_number(unit, ml.shown(unit))
}

/// What a parent typed; `None` for anything that is not a finite, non-negative number, so a typo
/// never becomes a stored value. A comma works as the decimal point, in every language, and so do
/// Arabic-Indic digits and the Arabic decimal separator, which a phone's Arabic keyboard may type
/// ("٢٫٥"). Millilitres are kept whole and ounces to the hundredth (the most the screens show),
/// so what was typed reads back exactly.
pub fn parse_volume(unit: Volume, input: &str) -> Option<Ml> {
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
    let v = crate::domain::decimal::read(&ascii)?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    let shown = match unit {
        Volume::Ml => v.round(),
        Volume::Oz => (v * 100.0).round(),
    };
    (shown <= f64::from(u32::MAX / 100)).then(|| Ml::from_shown(unit, shown as u64))
}

/// A volume field's text, remembering the stored millilitres it was filled from: a field the
/// parent did not touch saves the stored value unchanged, whatever the unit's rounding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolumeField {
    stored: Option<Ml>,
    shown: String,
}

/// A volume field held text that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

impl VolumeField {
    /// The field for `stored` (empty for `None`) in the parent's unit.
    pub fn new(unit: Volume, stored: Option<Ml>) -> Self {
        let shown = stored.map(|ml| field_number(unit, ml)).unwrap_or_default();
        VolumeField { stored, shown }
    }

    /// The text to put in the field.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The amount `typed` stands for: the stored value if the text is what was shown, `None`
    /// for an empty field, the typed amount otherwise.
    pub fn read(&self, unit: Volume, typed: &str) -> Result<Option<Ml>, NotANumber> {
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
    (msg!("weekday-monday"), msg!("weekday-monday-short")),
    (msg!("weekday-tuesday"), msg!("weekday-tuesday-short")),
    (msg!("weekday-wednesday"), msg!("weekday-wednesday-short")),
    (msg!("weekday-thursday"), msg!("weekday-thursday-short")),
    (msg!("weekday-friday"), msg!("weekday-friday-short")),
    (msg!("weekday-saturday"), msg!("weekday-saturday-short")),
    (msg!("weekday-sunday"), msg!("weekday-sunday-short")),
];
/// Month names, January first, long and short.
const MONTHS: [(Msg, Msg); 12] = [
    (msg!("month-january"), msg!("month-january-short")),
    (msg!("month-february"), msg!("month-february-short")),
    (msg!("month-march"), msg!("month-march-short")),
    (msg!("month-april"), msg!("month-april-short")),
    (msg!("month-may"), msg!("month-may-short")),
    (msg!("month-june"), msg!("month-june-short")),
    (msg!("month-july"), msg!("month-july-short")),
    (msg!("month-august"), msg!("month-august-short")),
    (msg!("month-september"), msg!("month-september-short")),
    (msg!("month-october"), msg!("month-october-short")),
    (msg!("month-november"), msg!("month-november-short")),
    (msg!("month-december"), msg!("month-december-short")),
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
            msg!("format-clock-12")
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

/// Grams as kilograms with two decimals, "3.45" / "3,45" (the message writes the unit).
pub fn kg(grams: u32) -> Arg<'static> {
    Arg::decimal(crate::domain::units::kg(grams), 2)
}

/// A date as an `<input type="date">` holds it: "2026-11-28".
pub fn date_input(d: NaiveDate) -> String {
    crate::domain::day::iso_date::format(d)
}

/// The value of an `<input type="date">`; `None` for anything else.
pub fn parse_date_input(value: &str) -> Option<NaiveDate> {
    crate::domain::day::iso_date::parse(value.trim())
}

/// A day heading such as "Saturday 28 November".
pub fn day_heading(d: NaiveDate) -> String {
    date(msg!("format-day-heading"), d, Names::Long)
}

/// An instant as the clock time it shows in `tz`, in the parent's style: "14:05" or "2:05 pm".
pub fn clock_at<Tz: chrono::TimeZone>(tz: &Tz, ms: crate::domain::Millis, clock: Clock) -> String {
    clock_time(crate::domain::day::local_time(tz, ms), clock)
}

/// An instant as the day and time it shows in `tz`: "Sat 28 Nov 09:00".
pub fn date_time_at<Tz: chrono::TimeZone>(
    tz: &Tz,
    ms: crate::domain::Millis,
    clock: Clock,
) -> String {
    date_time(crate::domain::day::utc(ms).with_timezone(tz).naive_local(), clock)
}

/// A day and a time as a card names them: "Sat 28 Nov 09:00".
pub fn date_time(t: chrono::NaiveDateTime, clock: Clock) -> String {
    format!("{} {}", short_date(t.date()), clock_time(t.time(), clock))
}

/// A short date for table rows: "Sat 28 Nov".
pub fn short_date(d: NaiveDate) -> String {
    date(msg!("format-short-date"), d, Names::Short)
}

/// A date on a chart's axis: "28 Nov".
pub fn short_day_month(d: NaiveDate) -> String {
    date(msg!("format-short-day-month"), d, Names::Short)
}

/// A date in a sentence: "28 November".
pub fn day_month(d: NaiveDate) -> String {
    date(msg!("format-day-month"), d, Names::Long)
}

/// A date with its year, for printed ranges: "28 November 2026".
pub fn full_date(d: NaiveDate) -> String {
    date(msg!("format-full-date"), d, Names::Long)
}

/// A week's label on a chart: the date it starts on ("Nov 2"), which reads the same whatever day
/// weeks start on.
pub fn week_label(d: NaiveDate) -> String {
    date(msg!("format-week-label"), d, Names::Short)
}

/// A duration as a clock face: `4:05`, or `1:02:03` past an hour. Never negative.
pub fn duration(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if shows_hours(ms) {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Whether [`duration`] writes hours ("1:12:01"): two or three characters wider, which the Timer's
/// ring makes room for.
pub fn shows_hours(ms: i64) -> bool {
    ms >= 3_600_000
}

/// A short duration in whole minutes, for summaries.
pub fn minutes(ms: i64) -> String {
    msg!("format-minutes").with(&[("minutes", ((ms.max(0) + 30_000) / 60_000).into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ounces_are_for_display_only() {
        assert_eq!(volume(Volume::Ml, Ml::whole(60)), "60 ml");
        assert_eq!(volume(Volume::Oz, Ml::whole(60)), "2.03 oz");
        assert_eq!(volume(Volume::Oz, Ml::ZERO), "0 oz");
        assert_eq!(volume(Volume::Ml, 40u32), "40 ml");
        assert_eq!(parse_volume(Volume::Oz, "1"), Some(Ml::from_hundredths(2957)));
        assert_eq!(parse_volume(Volume::Ml, " 42,4 "), Some(Ml::whole(42)));
        assert_eq!(volume_f64(Volume::Oz, 66.54), "2.25 oz");
        assert_eq!(volume_f64(Volume::Ml, 66.54), "67 ml");
    }

    #[test]
    fn a_plans_whole_millilitres_read_as_the_ounces_typed() {
        // 8 oz is kept as 237 ml: it reads "8 oz"; 240 ml (not on the ounce grid) "8.1 oz".
        assert_eq!(planned_volume(Volume::Oz, 237), "8 oz");
        assert_eq!(planned_volume(Volume::Oz, 240), "8.1 oz");
        assert_eq!(planned_volume(Volume::Ml, 240), "240 ml");
        // Every whole millilitre to 2000 reads back as itself through the field.
        for ml in 0..=2000 {
            let shown = planned_number(Volume::Oz, ml);
            assert_eq!(parse_volume(Volume::Oz, &shown).map(Ml::whole_ml), Some(ml), "{ml}");
        }
    }

    #[test]
    fn nonsense_input_is_refused() {
        for bad in ["", "abc", "-5", "NaN", "inf", "1e400", "1e12"] {
            assert_eq!(parse_volume(Volume::Ml, bad), None, "{bad}");
            assert_eq!(parse_volume(Volume::Oz, bad), None, "{bad}");
        }
    }

    /// The issue's own numbers: each quarter ounce from 0 to 40 oz typed as a parent types it,
    /// stored, read back as the field and the Log show it, and added up as a session's two sides
    /// and a day of them: the total shown is always the sum of the parts shown.
    #[test]
    fn every_quarter_ounce_to_40_oz_types_stores_reads_back_and_adds_up() {
        let typed = |q: u32| match q % 4 {
            0 => format!("{}", q / 4),
            1 => format!("{}.25", q / 4),
            2 => format!("{}.5", q / 4),
            _ => format!("{}.75", q / 4),
        };
        let mut day = Total::ZERO;
        let mut day_quarters = 0;
        for q in 0..=160u32 {
            let stored = parse_volume(Volume::Oz, &typed(q)).unwrap();
            let json = serde_json::to_string(&stored).unwrap();
            let back: Ml = serde_json::from_str(&json).unwrap();
            assert_eq!(VolumeField::new(Volume::Oz, Some(back)).shown(), typed(q), "{json}");
            assert_eq!(volume(Volume::Oz, back), format!("{} oz", typed(q)));
            // A session of q quarters on the left and 160 - q on the right: 40 oz in all.
            let right = parse_volume(Volume::Oz, &typed(160 - q)).unwrap();
            assert_eq!(volume(Volume::Oz, Total::from(back) + right), "40 oz", "{q}");
            day += back;
            day_quarters += q;
            let whole = day_quarters / 4;
            let rest = ["", ".25", ".5", ".75"][(day_quarters % 4) as usize];
            assert_eq!(volume(Volume::Oz, day), format!("{whole}{rest} oz"), "after {q}");
        }
    }

    #[test]
    fn an_untouched_field_saves_the_stored_amount_in_both_units() {
        for unit in [Volume::Ml, Volume::Oz] {
            for ml in (0..=1000).map(Ml::whole).chain((0..=4000).map(Ml::from_oz_hundredths)) {
                let field = VolumeField::new(unit, Some(ml));
                assert_eq!(field.read(unit, field.shown()), Ok(Some(ml)), "{unit:?} {ml:?}");
            }
        }
        // Typing the shown number afresh gives the same amount when it was typed in that unit.
        for ml in (0..=1000).map(Ml::whole) {
            let shown = VolumeField::new(Volume::Ml, Some(ml)).shown().to_string();
            assert_eq!(parse_volume(Volume::Ml, &shown), Some(ml));
        }
        for oz in (0..=4000).map(Ml::from_oz_hundredths) {
            let shown = VolumeField::new(Volume::Oz, Some(oz)).shown().to_string();
            assert_eq!(parse_volume(Volume::Oz, &shown), Some(oz));
        }
    }

    #[test]
    fn a_field_reads_what_was_typed_and_refuses_nonsense() {
        let field = VolumeField::new(Volume::Oz, Some(Ml::whole(45)));
        assert_eq!(field.shown(), "1.52");
        // No decimals that add nothing: 30 ml reads "1.01" (it is not quite an ounce), 2.5 oz "2.5".
        assert_eq!(VolumeField::new(Volume::Oz, Some(Ml::whole(30))).shown(), "1.01");
        assert_eq!(
            VolumeField::new(Volume::Oz, Ml::from_shown(Volume::Oz, 800).into()).shown(),
            "8"
        );
        assert_eq!(
            VolumeField::new(Volume::Oz, Ml::from_shown(Volume::Oz, 250).into()).shown(),
            "2.5"
        );
        // Untouched, 45 ml stays 45 ml; typed "2", it is 2 oz.
        assert_eq!(field.read(Volume::Oz, "1.52"), Ok(Some(Ml::whole(45))));
        assert_eq!(field.read(Volume::Oz, "2"), Ok(Some(Ml::from_oz_hundredths(200))));
        assert_eq!(field.read(Volume::Oz, "  "), Ok(None));
        assert_eq!(field.read(Volume::Oz, "two"), Err(NotANumber));
        assert_eq!(VolumeField::new(Volume::Ml, None).read(Volume::Ml, ""), Ok(None));
    }

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65_000), "1:05");
        assert_eq!((duration(3_599_999), shows_hours(3_599_999)), ("59:59".to_string(), false));
        assert_eq!((duration(3_600_000), shows_hours(3_600_000)), ("1:00:00".to_string(), true));
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
    fn an_instant_reads_as_the_local_clock_where_the_phone_is() {
        use chrono::TimeZone;
        // 13:05 UTC on 4 July is 14:05 in London (summer time) and 09:05 in New York.
        let ms = chrono::Utc.with_ymd_and_hms(2026, 7, 4, 13, 5, 0).unwrap().timestamp_millis();
        assert_eq!(clock_at(&chrono_tz::Europe::London, ms, Clock::H24), "14:05");
        assert_eq!(clock_at(&chrono_tz::America::New_York, ms, Clock::H12), "9:05 am");
        assert_eq!(date_time_at(&chrono_tz::Europe::London, ms, Clock::H24), "Sat 4 Jul 14:05");
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
                    volume(Volume::Oz, Ml::whole(74)),
                    volume(Volume::Ml, Ml::whole(60)),
                    volume_f64(Volume::Oz, 74.0),
                    VolumeField::new(Volume::Oz, Some(Ml::whole(45))).shown().to_string(),
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
            let field = VolumeField::new(Volume::Oz, Some(Ml::whole(74)));
            assert_eq!(field.shown(), "2,5");
            assert_eq!(field.read(Volume::Oz, field.shown()), Ok(Some(Ml::whole(74))));
            assert_eq!(
                field.read(Volume::Oz, "2,25").map(|m| m.map(|m| m.shown(Volume::Oz))),
                Ok(Some(225))
            );
        });
        let oz = |s: &str| parse_volume(Volume::Oz, s).map(|m| m.shown(Volume::Oz));
        assert_eq!(parse_volume(Volume::Ml, "٦٠"), Some(Ml::whole(60)));
        assert_eq!(oz("٢٫٥"), Some(250));
        assert_eq!(oz("۲.۵"), Some(250));
    }
}
