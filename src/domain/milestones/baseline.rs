//! The daily supplement the journey started from: the one amount every share from the breast,
//! and the "supplements halved" milestone, are read against.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::tally::Day;
use crate::domain::day::iso_date;

/// Where the share's baseline came from, so every screen can say how it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BaselineSource {
    /// What the parent said a day was at the start (Settings → Your journey).
    Said,
    /// The average of the days with supplements logged in the first week that had one: `first`
    /// to `last` (the week, or its finished days while it is still going on), `days` of them.
    FirstWeek {
        #[serde(with = "iso_date")]
        first: NaiveDate,
        #[serde(with = "iso_date")]
        last: NaiveDate,
        days: u32,
        complete: bool,
    },
}

/// The daily supplement the journey started from: what supplements covered at the start, the
/// one amount every share from the breast is read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub ml: u32,
    pub source: BaselineSource,
    /// The first day with a supplement logged: a day before it has no share (nothing logged to
    /// compare is not the same as nothing needed).
    #[serde(with = "iso_date")]
    pub from: NaiveDate,
    /// The last day the amount was read from; a day after it can show supplements halved.
    #[serde(with = "iso_date")]
    pub settled: NaiveDate,
}

/// What supplements covered at the start: the amount the parent said (Settings → Your journey),
/// else the average of the first week with supplements logged, over its days with supplements
/// logged (finished days only, so while that week goes on the amount is the days so far). Not
/// the step-down's starting amount: a step-down begun weeks in starts from a later, lower amount,
/// and days above it would all read as nothing from the breast. `None` before any finished day.
pub fn baseline(
    days: &BTreeMap<NaiveDate, Day>,
    said_ml: Option<u32>,
    today: NaiveDate,
) -> Option<Baseline> {
    let first = days.iter().find(|(_, d)| d.supplement_ml > 0).map(|(k, _)| *k)?;
    if let Some(ml) = said_ml.filter(|ml| *ml > 0) {
        return Some(Baseline { ml, source: BaselineSource::Said, from: first, settled: first });
    }
    let week_end = first + Duration::days(6);
    // Finished days only: the first supplement may have been logged today.
    let last = week_end.min(today.pred_opt()?);
    if last < first {
        return None;
    }
    let given: Vec<u32> =
        days.range(first..=last).map(|(_, d)| d.supplement_ml).filter(|ml| *ml > 0).collect();
    let n = given.len() as u32;
    (n > 0).then(|| Baseline {
        ml: (given.iter().sum::<u32>() + n / 2) / n,
        source: BaselineSource::FirstWeek { first, last, days: n, complete: last == week_end },
        from: first,
        settled: week_end,
    })
}
