//! The Plan screen's model and the printed plan's: the schedule, its summary numbers and the
//! day's planned supplement with the step-down's recent days. The printout is made from the same
//! model, so paper and screen cannot disagree.

use chrono::{NaiveDate, TimeZone};

use crate::domain::care::DiaperStage;
use crate::domain::entry::Entry;
use crate::domain::journey::{Journey, OpeningSession, OPENING_SESSION_MINUTES};
use crate::domain::plan::{Plan, SESSIONS_PER_DAY};
use crate::domain::step_down::supplement::{self, SupplementTarget};
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
    /// The opening phase while it runs (set by [`PlanModel::with_opening`]): its sessions lead,
    /// and the day's schedule above begins when it ends.
    pub opening: Option<OpeningPlan>,
}

/// The opening phase as the Plan shows it: the same schedule as Today's card and the timer's goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpeningPlan {
    /// When the 48 hours end and the day's schedule takes over.
    pub ends: Millis,
    /// Minutes a session aims for (about 15).
    pub session_minutes: u8,
    /// The phase's sessions still ahead, by local day, in order.
    pub days: Vec<OpeningDay>,
}

/// One day of the opening phase's sessions still ahead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpeningDay {
    pub date: NaiveDate,
    /// Each session's local time, and whether it falls in the parent's sleeping hours.
    pub sessions: Vec<(chrono::NaiveTime, bool)>,
}

/// Opening sessions grouped by local day, in order.
fn by_day<Tz: TimeZone>(tz: &Tz, sessions: &[OpeningSession]) -> Vec<OpeningDay> {
    let mut days: Vec<OpeningDay> = Vec::new();
    for s in sessions {
        let (date, time) =
            (crate::domain::day::local_date(tz, s.at), crate::domain::day::local_time(tz, s.at));
        match days.last_mut() {
            Some(d) if d.date == date => d.sessions.push((time, s.night)),
            _ => days.push(OpeningDay { date, sessions: vec![(time, s.night)] }),
        }
    }
    days
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
            opening: None,
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

    /// The model with the opening phase at `now`, when the parent began one and it still runs.
    pub fn with_opening<Tz: TimeZone>(
        mut self,
        journey: &Journey,
        plan: &Plan,
        now: Millis,
        tz: &Tz,
    ) -> Self {
        self.opening = journey.opening_now(plan, now, tz, None).map(|o| OpeningPlan {
            ends: o.ends,
            session_minutes: OPENING_SESSION_MINUTES,
            days: by_day(tz, &o.ahead),
        });
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
            rows: sheet_rows(&self.schedule),
            signs: self.signs.clone(),
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

    use crate::domain::journey::Path;
    use chrono_tz::Europe::London;

    fn london(d: u32, h: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap().timestamp_millis()
    }

    #[test]
    fn the_plan_shows_the_opening_phase_while_it_runs_and_the_day_after() {
        let plan = Plan::default();
        let j = Journey {
            path: Path::Preparing,
            opening_started: Some(london(20, 9)),
            ..Journey::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let at = |now| {
            PlanModel::of(&plan, &j, &[], today, &London).with_opening(&j, &plan, now, &London)
        };
        let o = at(london(20, 10)).opening.unwrap();
        assert_eq!(
            (o.session_minutes, o.ends),
            (15, london(22, 9)),
            "15 minutes, not the plan's 20"
        );
        // From 11:00 on the 20th, by day: 11 13 15 17 19 21 and 23 asleep; 02 05 08 … on the 21st.
        let hm = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert_eq!(o.days[0].date, today);
        assert_eq!(o.days[0].sessions[..2], [(hm(11), false), (hm(13), false)]);
        assert_eq!(o.days[0].sessions.last(), Some(&(hm(23), true)));
        assert_eq!(o.days[1].sessions[..3], [(hm(2), true), (hm(5), true), (hm(8), false)]);
        assert_eq!(o.days.len(), 3, "the 20th, the 21st and the morning of the 22nd");
        assert_eq!(at(london(22, 9)).opening, None, "over after 48 hours");
        assert_eq!(at(london(22, 9)).session_minutes, 20);
    }
}
