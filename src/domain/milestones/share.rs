//! How much of each day's milk came from the breast, as far as the log can tell.

use chrono::{Duration, NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use super::baseline::{baseline, Baseline};
use super::tally::{days, Day};
use crate::domain::care;
use crate::domain::day::iso_dated;
use crate::domain::entry::Entry;

/// How much of a day's milk came from the breast, as far as the log can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub supplement_ml: u32,
    pub baseline_ml: Option<u32>,
    /// Supplements below the baseline, as a percentage of it (0–100): the part of the baby's
    /// milk at the start that the breast may now give, if the baby drinks as much as then.
    pub by_baseline: Option<u32>,
    /// Test-weighed milk at the breast and at how many feeds.
    pub weighed_ml: u32,
    pub weighed_feeds: u32,
    /// Weighed milk as a percentage of weighed milk plus the day's supplements: a floor, since
    /// unweighed feeds gave milk too.
    pub by_weighing: Option<u32>,
}

/// The share for one day's totals. A day with no supplement logged gets a share against the
/// baseline only when it was logged as a whole day (feeds and 6 or more wet diapers): a day the
/// parent simply did not log supplements must not read as "all from the breast".
pub fn share(day: &Day, baseline_ml: Option<u32>) -> Share {
    let pct = |part: u32, whole: u32| ((part as f64 * 100.0) / whole as f64).round() as u32;
    let logged = day.supplement_ml > 0 || (day.sessions > 0 && day.wet >= care::WET_PER_DAY);
    let b = baseline_ml.filter(|b| *b > 0 && logged);
    Share {
        supplement_ml: day.supplement_ml,
        baseline_ml: b,
        by_baseline: b.map(|b| pct(b - day.supplement_ml.min(b), b)),
        weighed_ml: day.weighed_ml,
        weighed_feeds: day.weighed_feeds,
        by_weighing: (day.weighed_feeds > 0 && day.weighed_ml + day.supplement_ml > 0)
            .then(|| pct(day.weighed_ml, day.weighed_ml + day.supplement_ml)),
    }
}

/// Every finished day's share from the breast, and the one baseline they are read against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shares {
    pub baseline: Option<Baseline>,
    /// Each finished day with entries, oldest first; a day not logged is simply not here.
    #[serde(with = "iso_dated")]
    pub days: Vec<(NaiveDate, Share)>,
}

/// The share for every finished day before `today` that has entries, with the baseline. Today is
/// left out: half a day's supplements would read as a share it is not. Computed once from the
/// whole log (`state::milestones`) for Progress, the Plan and the consultant summary; each takes
/// its days with [`recent`].
pub fn all_shares<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    said_ml: Option<u32>,
    today: NaiveDate,
) -> Shares {
    let per_day = days(tz, entries);
    let base = baseline(&per_day, said_ml, today);
    let days = per_day
        .range(..today)
        .filter(|(_, d)| d.any)
        // Before the first supplement logged, there is nothing to compare with.
        .map(|(date, d)| (*date, share(d, base.filter(|b| *date >= b.from).map(|b| b.ml))))
        .collect();
    Shares { baseline: base, days }
}

/// The `n` finished days before `today` out of [`all_shares`] (oldest first, as given).
pub fn recent(all: &[(NaiveDate, Share)], today: NaiveDate, n: i64) -> &[(NaiveDate, Share)] {
    let from = today - Duration::days(n);
    &all[all.partition_point(|(d, _)| *d < from)..]
}

impl Shares {
    /// The `n` finished days before `today` (see [`recent`]).
    pub fn recent(&self, today: NaiveDate, n: i64) -> &[(NaiveDate, Share)] {
        recent(&self.days, today, n)
    }

    /// The share of one day, when it has one.
    pub fn on(&self, date: NaiveDate) -> Option<&Share> {
        self.days.iter().find(|(d, _)| *d == date).map(|(_, s)| s)
    }
}
