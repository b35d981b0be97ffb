//! Warning signs the log shows today: too few wet diapers for the time of day, a long stretch with
//! no wet diaper, a baby who weighs less than at the last weighing. Each is a reason to call the
//! baby's doctor today; the screen says so kindly. Signs about diapers are only read when the parent
//! logs diapers at all (any diaper in the last two days), so a parent who does not log them is never
//! told their baby has none.
//!
//! "Today" is the plan day, from waking, as on the Today screen: the screen has one answer for the
//! day's wet diapers, and a 3 a.m. diaper counts for the day that began the morning before.

use chrono::{TimeZone, Timelike};

use super::entry::{Entry, Record};
use super::plan::Plan;
use super::stats::ENOUGH_WET;
use super::{Millis, HOUR, MINUTE};

/// Minutes after waking from which the whole day's 6 wet diapers are expected ("by evening":
/// 18:00 for a parent who wakes at 07:00).
pub const EVENING_AFTER_WAKING: u32 = 11 * 60;
/// Minutes after waking before which the night makes counts too uncertain to read.
pub const MORNING_AFTER_WAKING: u32 = 60;
/// Hours with no wet diaper that are worth a call, read while the parent is usually up.
pub const DRY_HOURS: i64 = 8;
/// How far back a diaper shows that the parent logs them.
const TRACKING: Millis = 48 * HOUR;
/// How recent the last weight must be to be read today.
const RECENT_WEIGHT: Millis = 7 * 24 * HOUR;
/// How far back the signs look: the last weighings as well as today's diapers.
pub const LOOK_BACK: Millis = 21 * 24 * HOUR;

/// One sign the log shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// Fewer wet diapers today than expected by now (`expected` is 6 from the evening on).
    FewWet { wet: u32, expected: u32, evening: bool },
    /// No wet diaper logged for `hours` hours.
    NoWetFor { hours: i64 },
    /// The latest weight (this week) is below the one before it.
    WeightDown { from_g: u32, to_g: u32 },
}

/// Wet diapers expected `awake` minutes after waking: 6 from the evening, before it a share of 6
/// for the time gone, less one diaper of leeway, and none in the first hour.
pub fn expected_wet(awake: u32) -> u32 {
    if awake >= EVENING_AFTER_WAKING {
        ENOUGH_WET
    } else if awake < MORNING_AFTER_WAKING {
        0
    } else {
        (ENOUGH_WET * awake / EVENING_AFTER_WAKING).saturating_sub(1)
    }
}

/// The signs the log shows at `now` in time zone `tz`, most pressing first, for the plan day of
/// `plan` (from waking). The day's count is only read when the parent had Relact all day
/// (`since`, when they began, is before the day started): half a day logged is not a low day.
pub fn signs<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    now: Millis,
    plan: &Plan,
    since: Millis,
) -> Vec<Sign> {
    let mut out = Vec::new();
    let plan = plan.clamped();
    let live = || entries.iter().filter(|e| !e.deleted && e.at <= now);
    let (_, day_start) = plan.day_start(tz, now);
    let awake = ((now - day_start).max(0) / MINUTE) as u32;
    let local = tz.timestamp_millis_opt(now).single().map(|d| d.naive_local().time());
    let minute = local.map_or(0, |t| t.hour() * 60 + t.minute()) as u16;

    let diapers: Vec<(Millis, bool)> = live()
        .filter_map(|e| match &e.record {
            Record::Diaper(d) => Some((e.at, d.wet)),
            _ => None,
        })
        .collect();
    if diapers.iter().any(|(at, _)| *at > now - TRACKING) {
        let wet_today = diapers.iter().filter(|(at, wet)| *wet && *at >= day_start).count() as u32;
        let expected = expected_wet(awake);
        if wet_today < expected && since <= day_start {
            out.push(Sign::FewWet {
                wet: wet_today,
                expected,
                evening: awake >= EVENING_AFTER_WAKING,
            });
        }
        let last_wet = diapers.iter().filter(|(_, wet)| *wet).map(|(at, _)| *at).max();
        // Read while the parent is up, from an hour after waking: not through the night.
        let daytime = awake >= MORNING_AFTER_WAKING && !plan.sleeping_at(minute);
        if let Some(last) = last_wet {
            let hours = (now - last) / HOUR;
            if daytime && hours >= DRY_HOURS {
                out.push(Sign::NoWetFor { hours });
            }
        }
    }

    let mut weights: Vec<(Millis, u32)> = live()
        .filter_map(|e| match &e.record {
            Record::Weight(w) => Some((e.at, w.grams)),
            _ => None,
        })
        .collect();
    super::sorting::sort_by_key(&mut weights, |(at, _)| *at);
    if let [.., (_, before), (at, latest)] = weights[..] {
        if at > now - RECENT_WEIGHT && latest < before {
            out.push(Sign::WeightDown { from_g: before, to_g: latest });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Weight};
    use crate::domain::MINUTE;
    use chrono_tz::Europe::London;

    fn at(d: u32, h: u32, m: u32) -> Millis {
        London.with_ymd_and_hms(2026, 3, d, h, m, 0).unwrap().timestamp_millis()
    }

    fn diaper(id: &str, t: Millis, wet: bool) -> Entry {
        Entry::new(id.into(), t, Record::Diaper(Diaper { at: t, wet, dirty: !wet }))
    }

    fn weight(id: &str, t: Millis, grams: u32) -> Entry {
        Entry::new(id.into(), t, Record::Weight(Weight { at: t, grams }))
    }

    /// `n` wet diapers today, spread from 07:05 every 75 minutes at most (so none after `now`),
    /// plus 6 yesterday, so the parent logs diapers.
    fn day_with(n: u32, now: Millis) -> Vec<Entry> {
        let mut out: Vec<Entry> =
            (0..6).map(|i| diaper(&format!("y{i}"), at(9, 8, 0) + i * 2 * HOUR, true)).collect();
        let first = at(10, 7, 5);
        let step = ((now - first) / (n as Millis + 1)).min(75 * MINUTE);
        for i in 0..n as Millis {
            out.push(diaper(&format!("t{i}"), first + i * step, true));
        }
        out
    }

    /// The signs with the default plan (awake 07:00 to 23:00) for a parent who began long ago.
    fn signs_at(log: &[Entry], now: Millis) -> Vec<Sign> {
        signs(&London, log, now, &Plan::default(), 0)
    }

    fn few_wet(signs: &[Sign]) -> bool {
        signs.iter().any(|s| matches!(s, Sign::FewWet { .. }))
    }

    #[test]
    fn fewer_than_six_wet_diapers_by_evening_is_a_sign() {
        for n in 0..=8u32 {
            for (hour, flagged) in [(16, n < 3), (18, n < 6), (23, n < 6)] {
                let now = at(10, hour, 0);
                let s = signs_at(&day_with(n, now), now);
                assert_eq!(few_wet(&s), flagged, "{n} wet at {hour}:00: {s:?}");
                if let Some(Sign::FewWet { wet, expected, evening }) = s.first() {
                    assert_eq!((*wet, *evening), (n, hour >= 18));
                    assert_eq!(*expected, if hour >= 18 { 6 } else { 3 });
                }
            }
        }
    }

    #[test]
    fn the_expectation_grows_through_the_day_and_never_passes_six() {
        // Minutes after waking at 07:00: 08:00, 12:00, 14:00, 17:59, 18:00, 06:59.
        assert_eq!(expected_wet(0), 0);
        assert_eq!(expected_wet(59), 0);
        assert_eq!(expected_wet(5 * 60), 1);
        assert_eq!(expected_wet(7 * 60), 2);
        assert_eq!(expected_wet(11 * 60 - 1), 4);
        assert_eq!(expected_wet(11 * 60), 6);
        assert_eq!(expected_wet(24 * 60 - 1), 6);
        let mut last = 0;
        for m in 0..24 * 60 {
            assert!(expected_wet(m) >= last && expected_wet(m) <= ENOUGH_WET);
            last = expected_wet(m);
        }
    }

    #[test]
    fn a_parent_who_does_not_log_diapers_is_never_told_there_are_none() {
        let now = at(10, 23, 0);
        assert!(signs_at(&[], now).is_empty());
        let old = vec![diaper("old", at(7, 9, 0), true)];
        assert!(signs_at(&old, now).is_empty());
        let mut deleted = day_with(2, now);
        deleted.iter_mut().for_each(|e| e.deleted = true);
        assert!(signs_at(&deleted, now).is_empty());
    }

    #[test]
    fn many_hours_without_a_wet_diaper_is_a_sign_by_day_only() {
        let log = vec![diaper("w", at(10, 6, 0), true), diaper("d", at(10, 13, 0), false)];
        let s = signs_at(&log, at(10, 14, 0));
        assert!(s.contains(&Sign::NoWetFor { hours: 8 }), "{s:?}");
        assert!(!signs_at(&log, at(10, 13, 59)).iter().any(|s| matches!(s, Sign::NoWetFor { .. })));
        // Through the night the gap is not read (the parent is asleep).
        let night = vec![diaper("w", at(9, 19, 0), true)];
        assert!(!signs_at(&night, at(10, 3, 0)).iter().any(|s| matches!(s, Sign::NoWetFor { .. })));
        assert!(signs_at(&night, at(10, 8, 0)).contains(&Sign::NoWetFor { hours: 13 }));
        // A dirty diaper does not count as wet.
        let dirty = vec![diaper("d", at(10, 6, 0), false), diaper("d2", at(10, 9, 0), false)];
        assert!(signs_at(&dirty, at(10, 14, 0)).contains(&Sign::FewWet {
            wet: 0,
            expected: 2,
            evening: false
        }));
    }

    #[test]
    fn the_day_is_counted_from_waking_like_today() {
        // Five wet diapers before waking (the night, counted for the day before) and three since:
        // at 19:00 that is three for today, as Today's counter says.
        let mut log: Vec<Entry> =
            (0..5).map(|i| diaper(&format!("n{i}"), at(10, 1, 0) + i * HOUR, true)).collect();
        log.extend((0..3).map(|i| diaper(&format!("d{i}"), at(10, 9, 0) + i * HOUR, true)));
        assert_eq!(
            signs_at(&log, at(10, 19, 0)).first(),
            Some(&Sign::FewWet { wet: 3, expected: 6, evening: true })
        );
        // A 02:00 diaper counts for the plan day before: at 02:30 that day had six by bedtime.
        let mut night: Vec<Entry> =
            (0..5).map(|i| diaper(&format!("e{i}"), at(9, 8, 0) + i * 2 * HOUR, true)).collect();
        night.push(diaper("late", at(10, 2, 0), true));
        assert!(!few_wet(&signs_at(&night, at(10, 2, 30))));
        // A night-shift parent who wakes at 14:00 is not expected to have six by 18:00.
        let shift = Plan { wake: 14 * 60, sleep: 6 * 60, ..Plan::default() };
        let two = vec![diaper("a", at(10, 15, 0), true), diaper("b", at(10, 17, 0), true)];
        assert!(!few_wet(&signs(&London, &two, at(10, 18, 30), &shift, 0)));
    }

    #[test]
    fn half_a_day_with_relact_is_not_read_as_a_low_day() {
        // Installed at 15:00, two wet diapers logged since: at 19:00 the day's count is not read.
        let log = vec![diaper("a", at(10, 16, 0), true), diaper("b", at(10, 18, 0), true)];
        assert!(few_wet(&signs_at(&log, at(10, 19, 0))));
        assert!(!few_wet(&signs(&London, &log, at(10, 19, 0), &Plan::default(), at(10, 15, 0))));
        // From the next day, it is.
        let next = at(11, 19, 0);
        assert!(few_wet(&signs(&London, &log, next, &Plan::default(), at(10, 15, 0))));
    }

    #[test]
    fn a_lower_weight_this_week_is_a_sign() {
        let now = at(10, 12, 0);
        let down = vec![weight("a", at(1, 9, 0), 4200), weight("b", at(8, 9, 0), 4150)];
        assert_eq!(signs_at(&down, now), vec![Sign::WeightDown { from_g: 4200, to_g: 4150 }]);
        let up = vec![weight("a", at(1, 9, 0), 4200), weight("b", at(8, 9, 0), 4350)];
        assert!(signs_at(&up, now).is_empty());
        let old = vec![weight("a", at(1, 9, 0), 4200), weight("b", at(2, 9, 0), 4100)];
        assert!(signs_at(&old, now).is_empty(), "a drop weeks ago is not today's sign");
        assert!(signs_at(&down[1..], now).is_empty());
    }
}
