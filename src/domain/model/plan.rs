//! The Plan screen's model and the printed plan's: the schedule, its summary numbers and the
//! day's planned supplement with the step-down's recent days. The printout is made from the same
//! model, so paper and screen cannot disagree.

use chrono::{NaiveDate, TimeZone};

use super::supplement::{self, SupplementTarget};
use crate::domain::diapers::DiaperStage;
use crate::domain::entry::Entry;
use crate::domain::journey::Journey;
use crate::domain::plan::{Plan, SESSIONS_PER_DAY};

/// Everything the Plan screen shows about the plan in force.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanModel {
    /// The day's session times as (minutes after local midnight, is night), from waking.
    pub schedule: Vec<(u16, bool)>,
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub night_sessions: u8,
    /// The longest planned break, in minutes.
    pub longest_gap: i32,
    /// Today's planned supplement and the step-down so far; `None` without a step-down.
    pub supplement: Option<SupplementTarget>,
    /// The diaper guidance for the baby's age today: the step-down's rule is explained for it.
    pub diapers: DiaperStage,
}

/// One row of the printed sheet, to fill in by hand: a planned session, or a spare row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// The planned session's time, in minutes after local midnight; `None` for a spare row.
    pub minute: Option<u16>,
    pub night: bool,
}

/// Session rows the printed sheet always has room for: the most sessions a plan can hold, since
/// a parent often adds feeds beyond the plan.
pub const SHEET_SESSION_ROWS: usize = *SESSIONS_PER_DAY.end() as usize;

/// Spare rows after those, for supplements given by cup, spoon or bottle on their own.
pub const SHEET_SUPPLEMENT_ROWS: usize = 4;

/// What the printed plan shows: the plan's numbers, today's planned supplement and the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedPlan {
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub longest_gap: i32,
    pub schedule: Vec<(u16, bool)>,
    /// Today's planned supplement (the same value as on screen), with the day it is for: the
    /// sheet stays on the fridge for days while the amount steps down.
    pub supplement: Option<SupplementTarget>,
    /// A row per planned session, then spare rows: room for [`SHEET_SESSION_ROWS`] sessions and
    /// [`SHEET_SUPPLEMENT_ROWS`] supplements.
    pub rows: Vec<SheetRow>,
}

impl PlanModel {
    /// The model of `plan` on `today`, with the planned supplement from the real log in `entries`
    /// (which must cover [`supplement::log_needed_from`] to the end of `today`) and the baby's age
    /// from `journey`.
    pub fn of<Tz: TimeZone>(
        plan: &Plan,
        journey: &Journey,
        entries: &[Entry],
        today: NaiveDate,
        tz: &Tz,
    ) -> Self {
        let p = plan.clamped();
        PlanModel {
            schedule: p.schedule(),
            sessions_per_day: p.sessions_per_day,
            session_minutes: p.session_minutes,
            night_sessions: p.night_sessions,
            longest_gap: p.longest_gap(),
            supplement: supplement::target(&p, journey, entries, tz, today),
            diapers: DiaperStage::of(journey.age_days(today)),
        }
    }

    /// The printed plan, from this very model.
    pub fn printout(&self) -> PrintedPlan {
        PrintedPlan {
            sessions_per_day: self.sessions_per_day,
            session_minutes: self.session_minutes,
            longest_gap: self.longest_gap,
            schedule: self.schedule.clone(),
            supplement: self.supplement.clone(),
            rows: sheet_rows(&self.schedule),
        }
    }
}

/// The sheet's rows for `schedule`: one per planned session, then spare rows.
fn sheet_rows(schedule: &[(u16, bool)]) -> Vec<SheetRow> {
    let spare = SHEET_SESSION_ROWS.saturating_sub(schedule.len()) + SHEET_SUPPLEMENT_ROWS;
    schedule
        .iter()
        .map(|&(minute, night)| SheetRow { minute: Some(minute), night })
        .chain(std::iter::repeat_n(SheetRow { minute: None, night: false }, spare))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_sheet_has_room_for_12_sessions_and_4_supplements_whatever_the_plan() {
        for (sessions, planned_rows, spare) in [(8u8, 8, 8), (10, 10, 6), (12, 12, 4)] {
            let plan = Plan { sessions_per_day: sessions, ..Plan::default() };
            let rows = PlanModel::of(&plan, &Journey::default(), &[], NaiveDate::MIN, &chrono::Utc)
                .printout()
                .rows;
            assert_eq!(rows.iter().filter(|r| r.minute.is_some()).count(), planned_rows);
            assert_eq!(rows.iter().filter(|r| r.minute.is_none()).count(), spare);
            assert_eq!(rows.len(), 16, "{sessions} planned");
            assert!(rows[..planned_rows].iter().all(|r| r.minute.is_some()), "planned first");
        }
    }
}
