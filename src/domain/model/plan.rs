//! The Plan screen's model and the printed plan's: the schedule, its summary numbers and the
//! day's planned supplement with the step-down's recent days. The printout is made from the same
//! model, so paper and screen cannot disagree.

use chrono::{NaiveDate, TimeZone};

use super::supplement::{self, SupplementTarget};
use crate::domain::care::DiaperStage;
use crate::domain::entry::Entry;
use crate::domain::journey::Journey;
use crate::domain::plan::Plan;
use crate::domain::warning::{self, Baby, Sign};
use crate::domain::Millis;

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
    /// The care table's stage for the baby's age today: the step-down's rule is explained for it.
    pub diapers: DiaperStage,
    /// The baby's age in days today (the care table's numbers for the rule's sentences).
    pub age_days: Option<i64>,
    /// The warning signs the log shows now, as on Today (set by [`PlanModel::with_signs`]), for
    /// the printed plan.
    pub signs: Vec<Sign>,
}

/// One row of the printed sheet: a planned session to fill in by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SheetRow {
    /// Minutes after local midnight.
    pub minute: u16,
    pub night: bool,
}

/// What the printed plan shows: the plan's numbers, today's planned supplement and the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintedPlan {
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub longest_gap: i32,
    pub schedule: Vec<(u16, bool)>,
    /// Today's planned supplement (the same value as on screen).
    pub supplement: Option<SupplementTarget>,
    pub rows: Vec<SheetRow>,
    /// The warning signs the log shows now (the same as Today's).
    pub signs: Vec<Sign>,
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
            age_days: journey.age_days(today),
            signs: Vec::new(),
        }
    }

    /// The first instant of the log the Plan and its printout need at `now`: the step-down's
    /// days and the warning signs' [`warning::LOOK_BACK`].
    pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, now: Millis, tz: &Tz) -> Millis {
        let signs = now - warning::LOOK_BACK;
        supplement::log_needed_from(plan, tz).map_or(signs, |s| s.min(signs))
    }

    /// The same model with the warning signs the log shows at `now`, read by the one function
    /// Today reads them with, for the baby `journey` knows (none before the baby is here).
    /// `since` is when the parent began, as Today has it.
    pub fn with_signs<Tz: TimeZone>(
        mut self,
        journey: &Journey,
        plan: &Plan,
        entries: &[Entry],
        now: Millis,
        since: Millis,
        tz: &Tz,
    ) -> Self {
        if journey.path.baby_here() {
            let since = warning::began(entries, since);
            self.signs = warning::read(tz, entries, now, plan, since, &Baby::of(journey)).signs;
        }
        self
    }

    /// The printed plan, from this very model.
    pub fn printout(&self) -> PrintedPlan {
        PrintedPlan {
            sessions_per_day: self.sessions_per_day,
            session_minutes: self.session_minutes,
            longest_gap: self.longest_gap,
            schedule: self.schedule.clone(),
            supplement: self.supplement.clone(),
            rows: self.schedule.iter().map(|&(minute, night)| SheetRow { minute, night }).collect(),
            signs: self.signs.clone(),
        }
    }
}
