//! Numbers behind the Progress screen: one tally per local day (or week, for long ranges), moving
//! averages, the trend a summary sentence describes, and round
//! chart ticks. The work grows with the days shown, never with all data stored.

use chrono::{Duration, NaiveDate, TimeZone};

use super::day::local_date;
use super::entry::Entry;
use super::summary::Totals;

/// One bucket of the chart: a day, or a week starting on `date`.
#[derive(Clone, Debug, PartialEq)]
pub struct Bucket {
    pub date: NaiveDate,
    pub days: u32,
    pub totals: Totals,
    /// Days in the bucket that have any entry at all (so empty days are not read as zeros).
    pub days_with_data: u32,
}

/// Tallies `entries` per local day from `first` to `last` inclusive; days without entries are
/// present with zero totals. With `weekly`, days are grouped in weeks starting on `first`.
pub fn buckets<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    first: NaiveDate,
    last: NaiveDate,
    weekly: bool,
) -> Vec<Bucket> {
    let span = (last - first).num_days().max(0) as usize + 1;
    let mut per_day: Vec<Vec<&Entry>> = vec![Vec::new(); span];
    // A listed medicine is filed under its start day but is no day's data.
    let logged = |e: &&Entry| e.happened();
    for e in entries.iter().filter(logged) {
        let d = local_date(tz, e.at);
        if d >= first && d <= last {
            per_day[(d - first).num_days() as usize].push(e);
        }
    }
    let size = if weekly { 7 } else { 1 };
    per_day
        .chunks(size)
        .enumerate()
        .map(|(i, chunk)| Bucket {
            date: first + Duration::days((i * size) as i64),
            days: chunk.len() as u32,
            totals: Totals::of(chunk.iter().flatten().copied()),
            days_with_data: chunk.iter().filter(|d| !d.is_empty()).count() as u32,
        })
        .collect()
}

/// Trailing moving average over `window` values (fewer at the start).
pub fn moving_average(values: &[f64], window: usize) -> Vec<f64> {
    let window = window.max(1);
    (0..values.len())
        .map(|i| {
            let from = i.saturating_sub(window - 1);
            let part = &values[from..=i];
            part.iter().sum::<f64>() / part.len() as f64
        })
        .collect()
}

/// Round tick values from zero to at least `max`: 1, 2 or 5 times a power of ten apart.
pub fn ticks(max: f64) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
    let rough = max / 4.0;
    // The power of ten at or below `rough` (1 below one: steps never go under 1), found by
    // multiplying rather than with `powf`/`log10`, which would bring kilobytes of libm to the wasm.
    let mut power = 1.0;
    while power * 10.0 <= rough {
        power *= 10.0;
    }
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(power * 10.0);
    let step = step.max(1.0);
    let count = (max / step).ceil() as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// How a measure moved over the range: the average of the first and of the last three days that
/// have data. `None` with fewer than two such days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub from: f64,
    pub to: f64,
    pub days: i64,
}

/// The trend of `value` over buckets that have data.
pub fn trend(buckets: &[Bucket], value: impl Fn(&Totals) -> f64) -> Option<Trend> {
    let with: Vec<&Bucket> = buckets.iter().filter(|b| b.days_with_data > 0).collect();
    if with.len() < 2 {
        return None;
    }
    let n = (with.len() / 2).clamp(1, 3);
    let avg = |bs: &[&Bucket]| bs.iter().map(|b| value(&b.totals)).sum::<f64>() / bs.len() as f64;
    Some(Trend {
        from: avg(&with[..n]),
        to: avg(&with[with.len() - n..]),
        days: (with[with.len() - 1].date - with[0].date).num_days(),
    })
}

/// What kind of measure a trend is about, which decides how a change is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The parent's own work and milk (sessions, minutes, milk expressed): up is encouraging, a dip
    /// is part of the journey.
    Effort,
    /// Supplement given, on days when the baby's diapers (and weight where logged) met the care
    /// table: down is progress, up is said plainly.
    Supplement,
    /// Supplement given, when the baby's signs did not meet the care table on every day (or were
    /// not logged): down is said plainly, with a word to watch the baby, never praised.
    SupplementSignsUnmet,
    /// What the baby shows (wet diapers, weight): a fall is a sign to watch, never "normal".
    Baby,
}

/// How a trend is put into words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    Steady,
    /// Up, said plainly.
    Up,
    /// Up, with a word of encouragement.
    UpKeepGoing,
    /// Down, and that is progress (supplement, with the baby's signs met).
    DownGoodProgress,
    /// Down (supplement), but the baby's signs did not meet the table every day: no praise.
    DownWatchSigns,
    /// Down, and dips are part of building a supply (the parent's own effort or milk).
    DownNormal,
    /// Down in what the baby shows: fewer than before, with who to talk to if it goes on.
    DownWatch,
}

/// How a move from `from` to `to` in `measure` is read. A fall in what the baby shows is always
/// [`Movement::DownWatch`], however small.
pub fn movement(measure: Measure, from: f64, to: f64) -> Movement {
    if to > from {
        match measure {
            Measure::Effort => Movement::UpKeepGoing,
            Measure::Supplement | Measure::SupplementSignsUnmet | Measure::Baby => Movement::Up,
        }
    } else if to < from {
        match measure {
            Measure::Effort => Movement::DownNormal,
            Measure::Supplement => Movement::DownGoodProgress,
            Measure::SupplementSignsUnmet => Movement::DownWatchSigns,
            Measure::Baby => Movement::DownWatch,
        }
    } else {
        Movement::Steady
    }
}

/// Whether a range is long enough to be drawn by week.
pub fn use_weeks(first: NaiveDate, last: NaiveDate) -> bool {
    (last - first).num_days() > 62
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::*;
    use crate::domain::test_kit::{pumped, wet};
    use crate::domain::{Millis, HOUR, MINUTE};
    use chrono_tz::Europe::London;

    fn at(d: u32, h: u32) -> Millis {
        London.with_ymd_and_hms(2026, 10, d, h, 0, 0).unwrap().timestamp_millis()
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
    }

    #[test]
    fn days_are_local_and_empty_days_are_kept() {
        // 23:00 on the 24th and 00:30 on the 25th fall on either side of local midnight, the
        // night before the clocks go back.
        let entries = vec![
            pumped("a", at(24, 23), 10, 0),
            pumped("b", at(25, 0) + 30 * MINUTE, 20, 0),
            pumped("c", at(27, 12), 5, 0),
        ];
        let b = buckets(&London, &entries, date(24), date(27), false);
        assert_eq!(b.len(), 4);
        let ml: Vec<u32> = b.iter().map(|x| x.totals.expressed_ml.whole_ml()).collect();
        assert_eq!(ml, [10, 20, 0, 5]);
        assert_eq!(b[2].days_with_data, 0);
        let w = buckets(&London, &entries, date(1), date(27), true);
        assert_eq!(w.len(), 4);
        assert_eq!(w[3].date, date(22));
        assert_eq!(w[3].days, 6);
        assert_eq!(w[3].totals.expressed_ml.whole_ml(), 35);
    }

    #[test]
    fn moving_average_trails() {
        assert_eq!(moving_average(&[2.0, 4.0, 6.0, 8.0], 3), vec![2.0, 3.0, 4.0, 6.0]);
        assert!(moving_average(&[], 7).is_empty());
    }

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(ticks(95.0), vec![0.0, 50.0, 100.0]);
        assert_eq!(ticks(8.0), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(ticks(0.0), vec![0.0, 1.0]);
        assert_eq!(ticks(1.0), vec![0.0, 1.0]);
        assert_eq!(ticks(3650.0), vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
        assert_eq!(ticks(f64::NAN), vec![0.0, 1.0]);
    }

    #[test]
    fn trend_compares_the_first_and_last_days_with_data() {
        let entries: Vec<Entry> =
            (1..=14).map(|d| pumped(format!("p{d}"), at(d, 9), 10 * d, 0)).collect();
        let b = buckets(&London, &entries, date(1), date(14), false);
        let t = trend(&b, |t| t.expressed_ml.ml()).unwrap();
        assert_eq!((t.from, t.to, t.days), (20.0, 130.0, 13));
        let single = buckets(&London, &entries[..1], date(1), date(14), false);
        assert_eq!(trend(&single, |t| t.expressed_ml.ml()), None);
    }

    #[test]
    fn a_fall_in_what_the_baby_shows_is_always_watched() {
        // Every falling series of wet diapers a day (whole and fractional averages) and of weights.
        let mut values: Vec<f64> = (0..=120).map(|v| v as f64 / 10.0).collect();
        values.extend((2000..=6000).step_by(50).map(f64::from));
        for &from in &values {
            for &to in values.iter().filter(|&&to| to < from) {
                assert_eq!(
                    movement(Measure::Baby, from, to),
                    Movement::DownWatch,
                    "{from} -> {to}"
                );
            }
        }
        // And on logged days: 7 wet a day falling to 4.
        let mut entries = Vec::new();
        for d in 1..=7u32 {
            let n = if d <= 3 { 7 } else { 4 };
            for i in 0..n {
                entries.push(wet(format!("w{d}-{i}"), at(d, 6) + i as Millis * HOUR));
            }
        }
        let b = buckets(&London, &entries, date(1), date(7), false);
        let t = trend(&b, |t| t.wet as f64).unwrap();
        assert_eq!((t.from, t.to), (7.0, 4.0));
        assert_eq!(movement(Measure::Baby, t.from, t.to), Movement::DownWatch);
        assert_eq!(movement(Measure::Effort, 7.0, 4.0), Movement::DownNormal);
        assert_eq!(movement(Measure::Supplement, 7.0, 4.0), Movement::DownGoodProgress);
        assert_eq!(movement(Measure::Baby, 4.0, 4.0), Movement::Steady);
    }
}
