//! Where the step-down's starting amount comes from when the parent turns it on: the log's last
//! three days when they hold supplements (only the days that do: a day with none logged is not a
//! day with none given), otherwise what the parent told Relact at the start,
//! otherwise nothing (the Plan then asks). The amount is rounded to the field's step in the
//! parent's unit, and the Plan says which source it came from.

use chrono::{NaiveDate, TimeZone};

use crate::domain::entry::Entry;
use crate::domain::journey::{self, Journey};
use crate::domain::plan::StepDown;
use crate::domain::units::Volume;
use crate::domain::Millis;

/// Where a prefilled starting amount came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartSource {
    /// The log's average over the `days` of the last three that had anything logged.
    Log { days: u32 },
    /// What the parent said a day was at the start ([`Journey::supplement_ml_per_day`]).
    Said,
}

/// A starting amount to put in the field, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartingAmount {
    /// In ml, on the field's step in the parent's unit (5 ml, or ¼ oz).
    pub ml: u32,
    pub source: StartSource,
}

/// The first instant of the log [`starting_amount`] reads on `today`.
pub fn log_needed_from<Tz: TimeZone>(tz: &Tz, today: NaiveDate) -> Millis {
    journey::log_needed_from(tz, today)
}

/// The starting amount to prefill on `today`: the log's last three days when they hold any
/// supplement (`entries` must cover [`log_needed_from`] to `today`), else what the parent said,
/// else `None`. Each is rounded to the field's step in `unit`; one that rounds to nothing or is
/// beyond what the field takes is passed over, so a prefill is always an amount the field keeps.
pub fn starting_amount<Tz: TimeZone>(
    entries: &[Entry],
    journey: &Journey,
    tz: &Tz,
    today: NaiveDate,
    unit: Volume,
) -> Option<StartingAmount> {
    let usable = |ml: u32| StepDown::check_start(on_step(unit, ml)).ok();
    let from_log = journey::supplement_from_log(entries, tz, today).and_then(|a| {
        usable(a.ml).map(|ml| StartingAmount { ml, source: StartSource::Log { days: a.days } })
    });
    from_log.or_else(|| {
        let said = journey.supplement_ml_per_day.and_then(usable)?;
        Some(StartingAmount { ml: said, source: StartSource::Said })
    })
}

/// `ml` on the step of a field in `unit` (5 ml, or a quarter ounce), in whole ml.
pub fn on_step(unit: Volume, ml: u32) -> u32 {
    let step = unit.step_ml();
    ((ml as f64 / step).round() * step).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::day_range;
    use crate::domain::entry::{Method, Milk};
    use crate::domain::test_kit::{self as kit, Tweak};
    use crate::domain::HOUR;
    use chrono_tz::Europe::London;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn given(id: &str, d: u32, ml: u32) -> Entry {
        let at = day_range(&London, date(d)).0 + 9 * HOUR;
        kit::supplement(id, at, ml).given(Milk::Formula, Method::Cup)
    }

    fn diaper(id: &str, d: u32) -> Entry {
        kit::wet(id, day_range(&London, date(d)).0 + 10 * HOUR)
    }

    /// A parent who said 300 ml a day at the start.
    fn said() -> Journey {
        Journey { supplement_ml_per_day: Some(300), ..Journey::default() }
    }

    fn start(log: &[Entry], j: &Journey, unit: Volume) -> Option<StartingAmount> {
        starting_amount(log, j, &London, date(28), unit)
    }

    #[test]
    fn the_log_comes_first_then_what_was_said_then_nothing() {
        // 25th–27th: 240, 250 and 230 ml a day.
        let log = vec![
            given("a", 25, 120),
            given("b", 25, 120),
            given("c", 26, 250),
            given("d", 27, 230),
            given("today", 28, 900),
            given("too-old", 24, 900),
        ];
        let from_log = StartingAmount { ml: 240, source: StartSource::Log { days: 3 } };
        assert_eq!(start(&log, &said(), Volume::Ml), Some(from_log));
        assert_eq!(start(&log, &Journey::default(), Volume::Ml), Some(from_log));
        // Nothing logged in the last three days: what the parent said.
        let from_said = StartingAmount { ml: 300, source: StartSource::Said };
        assert_eq!(start(&log[4..], &said(), Volume::Ml), Some(from_said));
        // Days logged with diapers only: no supplement to go on, so what was said.
        let diapers = [diaper("w1", 26), diaper("w2", 27)];
        assert_eq!(start(&diapers, &said(), Volume::Ml), Some(from_said));
        // Neither: nothing, and the Plan asks.
        assert_eq!(start(&diapers, &Journey::default(), Volume::Ml), None);
        assert_eq!(start(&[], &Journey::default(), Volume::Ml), None);
        // Said 0 (or so little it rounds to 0) or more than the field takes: nothing either.
        for ml in [0, 2, 2100] {
            let j = Journey { supplement_ml_per_day: Some(ml), ..Journey::default() };
            assert_eq!(start(&[], &j, Volume::Ml), None, "{ml}");
        }
        // Two of the three days logged: their average, and the line says two days.
        let two = [given("a", 25, 100), given("b", 27, 200)];
        let got = start(&two, &Journey::default(), Volume::Ml);
        assert_eq!(got, Some(StartingAmount { ml: 150, source: StartSource::Log { days: 2 } }));
        // A day logged without a supplement is left out (a feed others gave may be missing
        // from the log), never averaged in as 0: (240 + 200) / 2, not (240 + 0 + 200) / 3.
        let gap = [given("a", 25, 240), diaper("w", 26), given("b", 27, 200)];
        let got = start(&gap, &Journey::default(), Volume::Ml);
        assert_eq!(got, Some(StartingAmount { ml: 220, source: StartSource::Log { days: 2 } }));
    }

    #[test]
    fn the_amount_is_rounded_to_the_fields_step_in_the_parents_unit() {
        // 146.7 ml a day: 145 ml, or 5 oz (147.9 ml → 148 ml) for a parent in ounces.
        let log = [given("a", 25, 150), given("b", 26, 140), given("c", 27, 150)];
        let ml = start(&log, &Journey::default(), Volume::Ml).map(|s| s.ml);
        let oz = start(&log, &Journey::default(), Volume::Oz).map(|s| s.ml);
        assert_eq!((ml, oz), (Some(145), Some(148)));
        assert_eq!(on_step(Volume::Ml, 242), 240);
        assert_eq!(on_step(Volume::Ml, 243), 245);
        assert_eq!(on_step(Volume::Oz, 240), 237, "8 oz");
        assert_eq!(on_step(Volume::Oz, 300), 303, "10.25 oz");
        // What was said is rounded the same way.
        let j = Journey { supplement_ml_per_day: Some(242), ..Journey::default() };
        assert_eq!(start(&[], &j, Volume::Ml).map(|s| s.ml), Some(240));
        // An average that rounds to nothing is no starting amount: what was said instead.
        let tiny = [given("a", 27, 2)];
        assert_eq!(start(&tiny, &said(), Volume::Ml).map(|s| s.source), Some(StartSource::Said));
    }
}
