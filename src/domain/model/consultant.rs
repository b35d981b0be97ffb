//! The consultant summary's model: the plan in force, a row per logged day with supplements by
//! method, the totals, the daily series for its two charts and the day's planned supplement.

use chrono::{Duration, NaiveDate, TimeZone};

use super::supplement::{self, SupplementTarget};
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::{Entry, Method, Record};
use crate::domain::plan::Plan;
use crate::domain::stats::{buckets, Bucket};
use crate::domain::summary::Totals;
use crate::domain::Millis;

/// Supplements by how they were given: cup, at-breast supplementer, anything else (ml).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByMethod {
    pub cup: u32,
    pub supplementer: u32,
    pub other: u32,
}

/// One day of the summary's table.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultantRow {
    pub date: NaiveDate,
    /// The same tallies as every other screen's day.
    pub totals: Totals,
    pub by_method: ByMethod,
}

/// Everything the printed consultant summary shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultantModel {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub night_sessions: u8,
    /// Days with entries, oldest first.
    pub rows: Vec<ConsultantRow>,
    /// The rows added up (the weight is left out: it does not add up).
    pub total: ConsultantRow,
    /// Every day of the range, for the charts.
    pub days: Vec<Bucket>,
    /// Today's planned supplement, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
}

/// The first instant of the log the summary of `days` days up to `today` needs.
pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, days: i64, today: NaiveDate, tz: &Tz) -> Millis {
    let from = day_range(tz, today - Duration::days(days.max(1) - 1)).0;
    supplement::log_needed_from(plan, tz).map_or(from, |s| s.min(from))
}

impl ConsultantModel {
    /// The summary of the `days` days up to `today`. `entries` may hold more; only the range is
    /// tallied.
    pub fn of<Tz: TimeZone>(
        entries: &[Entry],
        plan: &Plan,
        days: i64,
        today: NaiveDate,
        tz: &Tz,
    ) -> Self {
        let plan = plan.clamped();
        let first = today - Duration::days(days.max(1) - 1);
        let all_days = buckets(tz, entries, first, today, false);
        let mut rows = Vec::new();
        let mut total = ConsultantRow {
            date: today,
            totals: Totals::default(),
            by_method: ByMethod::default(),
        };
        for day in all_days.iter().filter(|d| d.days_with_data > 0) {
            let mut by = ByMethod::default();
            for e in entries.iter().filter(|e| !e.deleted && local_date(tz, e.at) == day.date) {
                if let Record::Supplement(sup) = &e.record {
                    match sup.method {
                        Method::Cup => by.cup += sup.ml,
                        Method::AtBreastSupplementer => by.supplementer += sup.ml,
                        _ => by.other += sup.ml,
                    }
                }
            }
            add(&mut total.totals, &day.totals);
            total.by_method.cup += by.cup;
            total.by_method.supplementer += by.supplementer;
            total.by_method.other += by.other;
            rows.push(ConsultantRow { date: day.date, totals: day.totals, by_method: by });
        }
        ConsultantModel {
            first,
            last: today,
            sessions_per_day: plan.sessions_per_day,
            session_minutes: plan.session_minutes,
            night_sessions: plan.night_sessions,
            rows,
            total,
            days: all_days,
            supplement: supplement::target(&plan, entries, tz, today),
        }
    }
}

/// Adds one day's tallies into a running total.
fn add(total: &mut Totals, day: &Totals) {
    total.sessions += day.sessions;
    total.comfort += day.comfort;
    total.active += day.active;
    total.expressed_ml += day.expressed_ml;
    total.left_ml += day.left_ml;
    total.right_ml += day.right_ml;
    total.supplement_ml += day.supplement_ml;
    total.formula_ml += day.formula_ml;
    total.wet += day.wet;
    total.dirty += day.dirty;
}
