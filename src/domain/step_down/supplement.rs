//! The day's planned supplement, from the real log: the one function every screen and printout
//! reads it from. The rule itself (holds, steps, steps back) is [`StepDown::history`]; each day's
//! diapers and weight are read against the care table for the baby's age that day
//! ([`crate::domain::care`]).

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, TimeZone};

use crate::domain::care;
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::{Entry, Record};
use crate::domain::journey::Journey;
use crate::domain::plan::{Plan, StepDown};
use crate::domain::step_down::{weight_in_range, Caution, DaySigns, Hold, StepDay};
use crate::domain::Millis;

/// How far before the step-down's start the log is read: a week, so a weight logged before it
/// began gives the first weight in the step-down something to be compared with.
const LOOK_BEHIND_DAYS: i64 = 7;

/// The planned supplement of one day, with how it came about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupplementTarget {
    /// The day it is for (the parent's local calendar date).
    pub date: NaiveDate,
    /// The planned amount in ml: a guide, never a limit (display converts the unit).
    pub ml: u32,
    /// Set when the screen should say "talk to your lactation consultant": the amount is holding
    /// after a low day, or went back up.
    pub caution: Option<Caution>,
    /// Every day of the step-down up to `date`, oldest first.
    pub history: Vec<StepDay>,
    /// When the amount holds because the baby had more than planned: what was given that day
    /// (ml), which the Plan offers to restart the step-down from.
    pub restart_ml: Option<u32>,
}

impl SupplementTarget {
    /// The last `n` days of the step-down, newest first: the Plan screen's "Recent days".
    pub fn recent(&self, n: usize) -> impl Iterator<Item = &StepDay> {
        self.history.iter().rev().take(n)
    }
}

/// The day's planned supplement from the step-down in `plan` and the real log in `entries`
/// (wet and dirty diapers and weights, tombstones ignored), each day read against the diaper
/// guidance for the baby's age that day (from `journey`'s birth date), or `None` without a
/// step-down or before it began. `entries` must cover [`log_needed_from`] to the end of `date`;
/// anything earlier is ignored, so a screen that loads more gets the same answer as one that
/// loads just enough.
pub fn target<Tz: TimeZone>(
    plan: &Plan,
    journey: &Journey,
    entries: &[Entry],
    tz: &Tz,
    date: NaiveDate,
) -> Option<SupplementTarget> {
    let plan = plan.clamped();
    let sd: &StepDown = plan.step_down.as_ref()?;
    let from = log_needed_from(&plan, tz)?;
    let read: Vec<&Entry> = entries.iter().filter(|e| e.at >= from).collect();
    let age = |d: NaiveDate| journey.age_days(d);
    let (signs, weighed_ok) = signs_per_day(tz, read, age);
    // A weighing in range counts for 7 days from its own day.
    let recent_ok = |d: NaiveDate| {
        let from = d - Duration::days(care::RECENT_WEIGHT_DAYS - 1);
        weighed_ok.iter().any(|w| (from..=d).contains(w))
    };
    let history = sd.history(date, |d| DaySigns {
        age_days: age(d),
        weight_recent_ok: recent_ok(d),
        ..signs.get(&d).copied().unwrap_or_else(|| weight_only(&signs, d))
    });
    let last = *history.last()?;
    let restart_ml = match last.caution {
        Some(Caution::Held(Hold::NeededMore { given_ml, .. })) => Some(given_ml),
        _ => None,
    };
    Some(SupplementTarget { date, ml: last.target_ml, caution: last.caution, history, restart_ml })
}

/// The first instant of the log [`target`] reads for `date`: screens load at least from here.
/// `None` without a step-down.
pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, tz: &Tz) -> Option<Millis> {
    let sd = plan.step_down.as_ref()?;
    Some(day_range(tz, sd.started_on - Duration::days(LOOK_BEHIND_DAYS)).0)
}

/// A day with nothing logged: no diapers, and the weight sign of the last day before it.
fn weight_only(signs: &BTreeMap<NaiveDate, DaySigns>, date: NaiveDate) -> DaySigns {
    let weight_low = signs.range(..date).next_back().is_some_and(|(_, s)| s.weight_low);
    DaySigns { weight_low, ..DaySigns::default() }
}

/// What the log says about each date that has entries (the baby's age is added by [`target`];
/// `age` gives it for reading weights against the care table's band). A weight sign lasts until
/// the next weighing: a loss keeps holding the step-down until a weight in range is logged. Also
/// the dates of the weighings that were in range against the one before.
fn signs_per_day<'a, Tz: TimeZone>(
    tz: &Tz,
    entries: impl IntoIterator<Item = &'a Entry>,
    age: impl Fn(NaiveDate) -> Option<i64>,
) -> (BTreeMap<NaiveDate, DaySigns>, Vec<NaiveDate>) {
    let mut days: BTreeMap<NaiveDate, DaySigns> = BTreeMap::new();
    // The last weight of each date, in order.
    let mut weights: BTreeMap<NaiveDate, (Millis, u32)> = BTreeMap::new();
    // A listed medicine's start day is no logged day (it would read as a day with no diapers).
    for e in entries.into_iter().filter(|e| e.happened()) {
        let date = local_date(tz, e.at);
        let day = days.entry(date).or_default();
        match &e.record {
            Record::Diaper(d) => {
                day.wet += u32::from(d.wet);
                day.stools += u32::from(d.dirty);
            }
            Record::Supplement(s) => day.given_ml += s.ml.whole_ml(),
            Record::Weight(w) => {
                let last = weights.entry(date).or_insert((w.at, w.grams));
                if w.at >= last.0 {
                    *last = (w.at, w.grams);
                }
            }
            _ => {}
        }
    }
    // Each weighing against the one before: in range for the age, or not; `None` for the first.
    let mut in_range_on: BTreeMap<NaiveDate, Option<bool>> = BTreeMap::new();
    let mut previous: Option<(NaiveDate, u32)> = None;
    for (&date, &(_, grams)) in &weights {
        let ok = previous.map(|p| weight_in_range(p, date, grams, age(date)));
        in_range_on.insert(date, ok);
        previous = Some((date, grams));
    }
    for (date, day) in days.iter_mut() {
        day.weight_low =
            in_range_on.range(..=*date).next_back().is_some_and(|(_, ok)| *ok == Some(false));
    }
    let ok = in_range_on.into_iter().filter(|(_, ok)| *ok == Some(true)).map(|(d, _)| d);
    (days, ok.collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::step_down::{Hold, Short, StepChange};
    use crate::domain::test_kit as kit;
    use crate::domain::HOUR;
    use chrono_tz::Europe::London;

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
    }

    #[test]
    fn a_listed_medicines_start_day_is_no_day_without_diapers() {
        let m = crate::domain::medicine::Medicine::from_form("x", true, "", Some(start()), None);
        let listed = Entry::new("m".into(), 0, Record::Medicine(m.unwrap()));
        assert!(signs_per_day(&London, [&listed], |_| None).0.is_empty());
    }

    fn noon(day: i64) -> Millis {
        let d = start() + Duration::days(day);
        day_range(&London, d).0 + 12 * HOUR
    }

    fn wet(day: i64, n: u32) -> Vec<Entry> {
        (0..n).map(|i| kit::wet(format!("w{day}-{i}"), noon(day) + i as Millis * 60_000)).collect()
    }

    fn weight(day: i64, grams: u32) -> Entry {
        kit::weight(format!("g{day}"), noon(day) - HOUR, grams)
    }

    fn plan(start_ml: u32, step_ml: u32) -> Plan {
        Plan {
            step_down: Some(StepDown { started_on: start(), start_ml, step_ml, hold_days: 3 }),
            ..Plan::default()
        }
    }

    fn targets(plan: &Plan, log: &[Entry], days: i64) -> Vec<u32> {
        target(plan, &Journey::default(), log, &London, start() + Duration::days(days))
            .unwrap()
            .history
            .iter()
            .map(|d| d.target_ml)
            .collect()
    }

    #[test]
    fn weight_loss_holds_until_a_weight_in_range_is_logged() {
        let p = plan(120, 30);
        let mut log: Vec<Entry> = (-1..12).flat_map(|d| wet(d, 7)).collect();
        log.push(weight(-3, 3500));
        log.push(weight(1, 3450)); // lost 50 g: holds from day 2 on
        assert_eq!(targets(&p, &log, 5), [120, 120, 120, 120, 120, 120]);
        let t =
            target(&p, &Journey::default(), &log, &London, start() + Duration::days(5)).unwrap();
        assert_eq!(
            t.caution,
            Some(Caution::Held(Hold::Short(Short {
                weight: true,
                wet_needed: 6,
                ..Short::default()
            })))
        );
        log.push(weight(5, 3600)); // back in range: a whole good hold period is needed again
        assert_eq!(targets(&p, &log, 9), [120, 120, 120, 120, 120, 120, 120, 120, 90, 90]);
    }

    #[test]
    fn a_steady_gain_in_range_lets_the_step_down_go_on() {
        let p = plan(120, 30);
        let mut log: Vec<Entry> = (-1..12).flat_map(|d| wet(d, 6)).collect();
        log.push(weight(0, 3500));
        log.push(weight(2, 3550)); // 25 g a day: 175 g a week
        assert_eq!(targets(&p, &log, 3), [120, 120, 120, 90]);
    }

    #[test]
    fn below_half_and_to_nothing_only_with_a_weight_in_range_from_the_last_7_days() {
        let p = plan(120, 30);
        let mut log: Vec<Entry> = (-1..20).flat_map(|d| wet(d, 7)).collect();
        // Diapers alone: down to half (60) and there it waits, saying why.
        assert_eq!(targets(&p, &log, 12), [120, 120, 120, 90, 90, 90, 60, 60, 60, 60, 60, 60, 60]);
        let t =
            target(&p, &Journey::default(), &log, &London, start() + Duration::days(12)).unwrap();
        assert_eq!(t.caution, Some(Caution::NeedsWeight));
        // A weighing on day 7, 200 g up in a week: the step below half on day 9, and to nothing
        // on day 12 (still within 7 days of it).
        log.push(weight(0, 3500));
        log.push(weight(7, 3700));
        assert_eq!(targets(&p, &log, 12), [120, 120, 120, 90, 90, 90, 60, 60, 60, 30, 30, 30, 0]);
        // A weighing older than 7 days is not enough: weighed on day 1 only, it waits at 60.
        let mut old: Vec<Entry> = (-1..20).flat_map(|d| wet(d, 7)).collect();
        old.push(weight(-6, 3500));
        old.push(weight(1, 3700));
        assert_eq!(targets(&p, &old, 12)[9..], [60, 60, 60, 60]);
    }

    #[test]
    fn no_diapers_logged_means_no_step() {
        let p = plan(120, 30);
        let t =
            target(&p, &Journey::default(), &[], &London, start() + Duration::days(10)).unwrap();
        assert_eq!(t.ml, 120);
        assert_eq!(
            t.caution,
            Some(Caution::Held(Hold::Short(Short {
                wet: true,
                wet_needed: 6,
                ..Short::default()
            })))
        );
        assert!(t.history.iter().all(|d| d.change != StepChange::Down));
    }

    #[test]
    fn without_a_step_down_or_before_it_there_is_no_target() {
        assert_eq!(target(&Plan::default(), &Journey::default(), &[], &London, start()), None);
        assert_eq!(
            target(&plan(100, 10), &Journey::default(), &[], &London, start() - Duration::days(1)),
            None
        );
        assert_eq!(log_needed_from(&Plan::default(), &London), None);
        assert_eq!(
            log_needed_from(&plan(100, 10), &London),
            Some(day_range(&London, start() - Duration::days(7)).0)
        );
    }

    /// `n` stools (dirty diapers, not wet) on day `day`.
    fn stools(day: i64, n: u32) -> Vec<Entry> {
        (0..n)
            .map(|i| kit::stool(format!("s{day}-{i}"), noon(day) + HOUR + i as Millis * 60_000))
            .collect()
    }

    /// Every day from the day before the start: 7 wet diapers and `n` stools.
    fn days_with(n: u32) -> Vec<Entry> {
        (-1..20).flat_map(|d| [wet(d, 7), stools(d, n)].concat()).collect()
    }

    /// A baby `age` days old on the step-down's first day (`None`: no birth date).
    fn baby(age: Option<i64>) -> Journey {
        Journey { birth_date: age.map(|a| start() - Duration::days(a)), ..Journey::default() }
    }

    fn history(j: &Journey, log: &[Entry], days: i64) -> Vec<StepDay> {
        target(&plan(120, 30), j, log, &London, start() + Duration::days(days)).unwrap().history
    }

    fn amounts(h: &[StepDay]) -> Vec<u32> {
        h.iter().map(|d| d.target_ml).collect()
    }

    const FEW_STOOLS: Hold = Hold::Short(Short {
        wet: false,
        stools: true,
        weight: false,
        wet_needed: 6,
        stools_needed: 3,
    });

    #[test]
    fn in_the_first_days_the_amount_never_steps_down() {
        // Three days old at the start (day 4 of life): that day is one of the first days (held,
        // however many diapers); from day 5 of life (the start's second day) three good days are
        // needed, so the first step comes on the fifth day, where a baby of unknown age stepped
        // on the fourth.
        let log = days_with(4);
        let h = history(&baby(Some(3)), &log, 6);
        assert_eq!(amounts(&h), [120, 120, 120, 120, 90, 90, 90]);
        assert_eq!((h[1].held, h[2].held), (Some(Hold::FirstDays), None));
        assert_eq!(h[1].caution, Some(Caution::Held(Hold::FirstDays)));
        assert_eq!(amounts(&history(&baby(None), &log, 6)), [120, 120, 120, 90, 90, 90, 60]);
        // A newborn: nothing steps in the whole first days, even with a perfect log.
        let h = history(&baby(Some(0)), &log, 5);
        assert!(h.iter().all(|d| d.target_ml == 120 && d.change != StepChange::Down));
    }

    #[test]
    fn from_day_5_to_6_weeks_a_day_needs_3_stools_too() {
        // Day 20 with 2 stools a day: every day holds, and says why.
        let h = history(&baby(Some(20)), &days_with(2), 9);
        assert!(h.iter().all(|d| d.target_ml == 120), "{:?}", amounts(&h));
        assert_eq!(h[1].change, StepChange::HeldLow);
        assert_eq!(h[1].held, Some(FEW_STOOLS));
        let t = target(
            &plan(120, 30),
            &baby(Some(20)),
            &days_with(2),
            &London,
            start() + Duration::days(9),
        );
        assert_eq!(t.unwrap().caution, Some(Caution::Held(FEW_STOOLS)));
        // Day 20 with 3 stools a day: steps every three good days.
        let h = history(&baby(Some(20)), &days_with(3), 6);
        assert_eq!(amounts(&h), [120, 120, 120, 90, 90, 90, 60]);
        assert!(h.iter().all(|d| d.caution.is_none()));
        // Both short: both named.
        let few = [wet(0, 4), stools(0, 1)].concat();
        let h = history(&baby(Some(20)), &few, 1);
        let both = Hold::Short(Short {
            wet: true,
            stools: true,
            weight: false,
            wet_needed: 6,
            stools_needed: 3,
        });
        assert_eq!(h[1].held, Some(both));
    }

    #[test]
    fn from_6_weeks_and_at_an_unknown_age_wet_diapers_decide() {
        for age in [Some(70), None] {
            let h = history(&baby(age), &days_with(0), 6);
            assert_eq!(amounts(&h), [120, 120, 120, 90, 90, 90, 60], "{age:?}");
        }
        // Week 10 with 5 wet diapers: held for the wet diapers, not the stools.
        let few_wet = (-1..8).flat_map(|d| wet(d, 5)).collect::<Vec<_>>();
        let h = history(&baby(Some(70)), &few_wet, 1);
        assert_eq!(
            h[1].held,
            Some(Hold::Short(Short { wet: true, wet_needed: 6, ..Short::default() }))
        );
    }

    #[test]
    fn each_day_is_read_for_the_babys_age_that_day_across_6_weeks() {
        // 38 days old at the start, one stool a day: days 38–41 fall short (young), from day 42
        // stools no longer count, so three good days later (the start's eighth day) it steps.
        let h = history(&baby(Some(38)), &days_with(1), 8);
        assert_eq!(amounts(&h), [120, 120, 120, 120, 120, 120, 120, 90, 90]);
        assert_eq!(h[4].held, Some(FEW_STOOLS), "day 41 was short of stools");
        assert_eq!(h[5].held, None, "day 42 counts");
        // Two short days in a row after a step go back up.
        // 18 days old, 3 stools a day, but only 1 on the start's 4th and 5th days.
        let mut log: Vec<Entry> = (-1..20).flat_map(|d| wet(d, 7)).collect();
        log.extend((-1..20).flat_map(|d| stools(d, if d == 4 || d == 5 { 1 } else { 3 })));
        let h = history(&baby(Some(18)), &log, 7);
        assert_eq!(amounts(&h), [120, 120, 120, 90, 90, 90, 120, 120]);
        assert_eq!((h[5].change, h[6].change), (StepChange::HeldLow, StepChange::BackUp));
        assert_eq!(h[6].held, Some(FEW_STOOLS));
        assert_eq!(h[6].caution, Some(Caution::SteppedBack));
    }

    #[test]
    fn the_day_5_boundary_falls_within_one_history() {
        // Born the day before the start: the first days (days 1 to 4 of life, ages 0 to 3) to
        // the start's 3rd day, then young.
        let h = history(&baby(Some(1)), &days_with(3), 8);
        let held: Vec<Option<Hold>> = h.iter().map(|d| d.held).collect();
        assert_eq!(held[1..=3], [Some(Hold::FirstDays); 3], "ages 1 to 3: days 2 to 4 of life");
        assert_eq!(held[4], None, "age 4, day 5 of life, counts");
        assert_eq!(amounts(&h), [120, 120, 120, 120, 120, 120, 90, 90, 90]);
    }
}
