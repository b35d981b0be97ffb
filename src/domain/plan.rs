//! The daily plan: 8 to 12 sessions of 20 to 30 minutes, spread over the waking hours with at
//! least one at night, and an optional slow step-down of supplements, whose settings are kept
//! here with the plan and whose rule is [`crate::domain::step_down`].

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::entry::{Entry, Record, SessionKind};
use super::{Millis, MINUTE};

/// The guidance's range of sessions per 24 hours.
pub const SESSIONS_PER_DAY: std::ops::RangeInclusive<u8> = 8..=12;
/// The guidance's range of minutes per session.
pub const SESSION_MINUTES: std::ops::RangeInclusive<u8> = 20..=30;
/// Night sessions a plan may hold.
pub const NIGHT_SESSIONS: std::ops::RangeInclusive<u8> = 0..=3;
/// The largest step down a day's supplement total may take, in ml: the guidance's "about 30 ml
/// (1 oz) a day", so no setting can make the amount fall faster than a baby can adjust.
pub const MAX_STEP_ML: u32 = 30;
/// The largest starting amount a step-down takes, in ml a day (about 68 oz): more than any baby
/// is given in a day, so a larger number is a typing slip.
pub const MAX_START_ML: u32 = 2000;
/// Days at each level when a plan does not say (the guidance's 2–3 days, at the careful end).
pub const DEFAULT_HOLD_DAYS: u8 = 3;
/// Minutes in a day, for clock arithmetic on minutes since midnight.
const DAY_MIN: i32 = 24 * 60;

/// Why the parent is building a supply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    #[default]
    Relactation,
    InducedLactation,
}

/// Reducing supplements slowly, as agreed with a lactation professional: what the parent set.
/// The amounts it gives each day are [`crate::domain::step_down`]'s.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepDown {
    /// The day the step-down began (local date).
    #[serde(with = "super::day::iso_date")]
    pub started_on: NaiveDate,
    /// Daily supplement total at the start, in ml.
    pub start_ml: u32,
    /// How much less per day's total each step gives, in ml.
    pub step_ml: u32,
    /// Days to stay at each level before the next step (2 or 3).
    pub hold_days: u8,
}

/// Why a typed starting amount was refused (nothing is stored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartProblem {
    /// 0 a day: there is nothing to step down from.
    Zero,
    /// More than [`MAX_START_ML`] a day.
    TooMuch,
}

impl StepDown {
    /// A starting amount the step-down can use: above 0 and at most [`MAX_START_ML`] ml a day.
    pub fn check_start(ml: u32) -> Result<u32, StartProblem> {
        match ml {
            0 => Err(StartProblem::Zero),
            ml if ml > MAX_START_ML => Err(StartProblem::TooMuch),
            ml => Ok(ml),
        }
    }
}

impl Default for StepDown {
    fn default() -> Self {
        StepDown {
            started_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
            start_ml: 300,
            step_ml: MAX_STEP_ML,
            hold_days: DEFAULT_HOLD_DAYS,
        }
    }
}

/// The parent's plan. Missing fields take their defaults, so older saved plans still load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub goal: Goal,
    pub baby_age_weeks: Option<u16>,
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    /// Usual waking time, minutes after local midnight.
    pub wake: u16,
    /// Usual sleeping time, minutes after local midnight (may be after midnight).
    pub sleep: u16,
    /// Sessions placed while the parent sleeps.
    pub night_sessions: u8,
    pub step_down: Option<StepDown>,
    /// Bumped at every change, so a calendar re-export replaces older events.
    pub revision: u32,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            goal: Goal::Relactation,
            baby_age_weeks: None,
            sessions_per_day: 8,
            session_minutes: 20,
            wake: 7 * 60,
            sleep: 23 * 60,
            night_sessions: 1,
            step_down: None,
            revision: 0,
        }
    }
}

/// Where a planned slot stands at a given moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlotStatus {
    /// A logged session matched this slot.
    Done {
        entry: String,
    },
    /// Within the window around its time, not yet done.
    Due,
    Upcoming,
    Missed,
    /// Its time came before the parent began using Relact (or set the plan up): nothing was asked
    /// of them then, so it is neither missed nor counted.
    BeforeStart,
}

/// A planned session on a given day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub at: Millis,
    /// Minutes after local midnight, for display.
    pub minute: u16,
    pub night: bool,
    pub status: SlotStatus,
}

fn modulo(m: i32) -> i32 {
    m.rem_euclid(DAY_MIN)
}

impl Plan {
    /// Brings every field into its allowed range, so a hand-edited or old value cannot break the
    /// schedule.
    pub fn clamped(&self) -> Plan {
        let mut p = self.clone();
        p.sessions_per_day =
            p.sessions_per_day.clamp(*SESSIONS_PER_DAY.start(), *SESSIONS_PER_DAY.end());
        p.session_minutes =
            p.session_minutes.clamp(*SESSION_MINUTES.start(), *SESSION_MINUTES.end());
        p.night_sessions = p.night_sessions.min(*NIGHT_SESSIONS.end()).min(p.sessions_per_day - 1);
        p.wake %= DAY_MIN as u16;
        p.sleep %= DAY_MIN as u16;
        if p.wake == p.sleep {
            p.sleep = (p.wake + 16 * 60) % DAY_MIN as u16;
        }
        if let Some(s) = &mut p.step_down {
            s.hold_days = s.hold_days.clamp(2, 3);
            s.step_ml = s.step_ml.clamp(5, MAX_STEP_ML);
            s.start_ml = s.start_ml.min(MAX_START_ML);
        }
        p
    }

    /// Changes the plan by `change` and brings it into range ([`Plan::clamped`]). The one rule
    /// for the revision: it moves on by one when the plan comes out different (however many
    /// fields the change set, or how often a nested edit moved it), and stays when it does not,
    /// so a calendar exported next replaces the last one's events exactly when they changed.
    /// Returns whether the plan changed.
    pub fn edit(&mut self, change: impl FnOnce(&mut Plan)) -> bool {
        let before = self.clone();
        change(self);
        let mut after = self.clamped();
        after.revision = before.revision;
        let changed = after != before;
        if changed {
            after.revision = before.revision.saturating_add(1);
        }
        *self = after;
        changed
    }

    /// Minutes awake in a day.
    fn waking_minutes(&self) -> i32 {
        modulo(self.sleep as i32 - self.wake as i32)
    }

    /// The day's session times as (minutes after midnight, is night), in order from waking.
    /// Day sessions run evenly from waking to bedtime; night sessions split the sleep evenly.
    pub fn schedule(&self) -> Vec<(u16, bool)> {
        let p = self.clamped();
        let awake = p.waking_minutes();
        let asleep = DAY_MIN - awake;
        let night = p.night_sessions as i32;
        let day = p.sessions_per_day as i32 - night;
        let round5 = |m: f64| ((m / 5.0).round() as i32) * 5;
        let mut out = Vec::new();
        for i in 0..day {
            let offset = if day == 1 { 0.0 } else { awake as f64 * i as f64 / (day - 1) as f64 };
            out.push((modulo(p.wake as i32 + round5(offset)) as u16, false));
        }
        for j in 1..=night {
            let offset = awake as f64 + asleep as f64 * j as f64 / (night + 1) as f64;
            out.push((modulo(p.wake as i32 + round5(offset)) as u16, true));
        }
        out
    }

    /// Whether `minute` (after local midnight) falls in the parent's sleeping hours, which may
    /// span midnight (asleep 23:00, awake 07:00) or not (a night-shift parent asleep 09:00–16:00).
    pub fn sleeping_at(&self, minute: u16) -> bool {
        let day = DAY_MIN as u16;
        let (sleep, wake) = (self.sleep % day, self.wake % day);
        if sleep <= wake {
            minute >= sleep && minute < wake
        } else {
            minute >= sleep || minute < wake
        }
    }

    /// The longest stretch between two planned sessions, in minutes (the guidance's reason for night
    /// sessions: long gaps slow the supply down).
    pub fn longest_gap(&self) -> i32 {
        let times: Vec<i32> = self
            .schedule()
            .iter()
            .map(|(m, _)| modulo(*m as i32 - self.clamped().wake as i32))
            .collect();
        let mut longest = 0;
        for (i, t) in times.iter().enumerate() {
            let next = times.get(i + 1).copied().unwrap_or(times[0] + DAY_MIN);
            longest = longest.max(next - t);
        }
        longest
    }

    /// How far from its time a session still counts for a slot: half the longest planned gap, at
    /// most 90 minutes. A slot is due (and worth a reminder) until its window ends.
    pub fn slot_window(&self) -> Millis {
        let window = (self.clamped().longest_gap().min(180) / 2) as Millis * MINUTE;
        window.min(90 * MINUTE)
    }

    /// The start of the plan day that contains `now`: the most recent waking time. A 3 a.m. night
    /// session belongs to the day that began the morning before.
    pub fn day_start<Tz: TimeZone>(&self, tz: &Tz, now: Millis) -> (NaiveDate, Millis) {
        let wake =
            NaiveTime::from_num_seconds_from_midnight_opt(self.clamped().wake as u32 * 60, 0)
                .unwrap_or(NaiveTime::MIN);
        let today = super::day::local_date(tz, now);
        for date in [today, today - Duration::days(1)] {
            let start = local_instant(tz, date.and_time(wake));
            if start <= now {
                return (date, start);
            }
        }
        (today, now)
    }

    /// The slots of the plan day starting on `date`, each with its status at `now`, matched to the
    /// logged sessions in `entries`: each session counts for the nearest slot within half the gap to
    /// its neighbours (at most 90 minutes), and for one slot only. A slot planned before `since`
    /// (when the parent began) and not done is [`SlotStatus::BeforeStart`] once its window is
    /// over, never missed: installing at 10:00 does not make 07:00 a missed session.
    pub fn slots<Tz: TimeZone>(
        &self,
        tz: &Tz,
        date: NaiveDate,
        now: Millis,
        entries: &[Entry],
        since: Millis,
    ) -> Vec<Slot> {
        let p = self.clamped();
        let wake_dt = date.and_time(
            NaiveTime::from_num_seconds_from_midnight_opt(p.wake as u32 * 60, 0)
                .unwrap_or(NaiveTime::MIN),
        );
        let schedule = p.schedule();
        let mut slots: Vec<Slot> = schedule
            .iter()
            .map(|&(minute, night)| {
                let offset = modulo(minute as i32 - p.wake as i32);
                Slot {
                    at: local_instant(tz, wake_dt + Duration::minutes(offset as i64)),
                    minute,
                    night,
                    status: SlotStatus::Upcoming,
                }
            })
            .collect();
        super::sorting::sort_by_key(&mut slots, |s| s.at);
        let window = p.slot_window();
        let mut sessions: Vec<(&str, Millis)> = entries
            .iter()
            .filter(|e| !e.deleted)
            .filter_map(|e| match &e.record {
                Record::Session(s) if s.kind != SessionKind::ComfortNursing => {
                    Some((e.id.as_str(), s.start))
                }
                _ => None,
            })
            .collect();
        super::sorting::sort_by_key(&mut sessions, |s| s.1);
        let mut used = vec![false; sessions.len()];
        for slot in slots.iter_mut() {
            let best = sessions
                .iter()
                .enumerate()
                .filter(|(i, (_, t))| !used[*i] && (t - slot.at).abs() <= window)
                .min_by_key(|(_, (_, t))| (t - slot.at).abs())
                .map(|(i, _)| i);
            slot.status = match best {
                Some(i) => {
                    used[i] = true;
                    SlotStatus::Done { entry: sessions[i].0.to_string() }
                }
                None if now < slot.at - 15 * MINUTE => SlotStatus::Upcoming,
                None if now <= slot.at + window => SlotStatus::Due,
                None if slot.at < since => SlotStatus::BeforeStart,
                None => SlotStatus::Missed,
            };
        }
        slots
    }
}

/// A local wall-clock time as an instant; in a DST gap, the first valid instant after it.
fn local_instant<Tz: TimeZone>(tz: &Tz, t: NaiveDateTime) -> Millis {
    let mut t = t;
    for _ in 0..8 {
        if let Some(dt) = tz.from_local_datetime(&t).earliest() {
            return dt.timestamp_millis();
        }
        t += Duration::minutes(15);
    }
    t.and_utc().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_kit::session;
    use crate::domain::HOUR;
    use chrono::Utc;
    use chrono_tz::Europe::London;

    fn hm(m: u16) -> String {
        format!("{:02}:{:02}", m / 60, m % 60)
    }

    #[test]
    fn sleeping_hours_may_span_midnight_or_lie_within_one_day() {
        let usual = Plan::default(); // asleep 23:00, awake 07:00
        assert!(usual.sleeping_at(0) && usual.sleeping_at(23 * 60) && !usual.sleeping_at(7 * 60));
        let night_shift = Plan { sleep: 9 * 60, wake: 16 * 60, ..Plan::default() };
        assert!(night_shift.sleeping_at(12 * 60) && !night_shift.sleeping_at(3 * 60));
        assert!(night_shift.sleeping_at(9 * 60) && !night_shift.sleeping_at(16 * 60));
    }

    #[test]
    fn every_sessions_per_day_value_gives_that_many_sessions_with_the_night_covered() {
        for n in 8..=12u8 {
            let plan = Plan { sessions_per_day: n, ..Plan::default() };
            let s = plan.schedule();
            assert_eq!(s.len(), n as usize);
            assert_eq!(s.iter().filter(|(_, night)| *night).count(), 1);
            let night: Vec<u16> = s.iter().filter(|(_, n)| *n).map(|(m, _)| *m).collect();
            assert_eq!(hm(night[0]), "03:00", "midway through 23:00-07:00");
            assert!(plan.longest_gap() <= 4 * 60, "n={n}: {}", plan.longest_gap());
            let mut sorted: Vec<u16> = s.iter().map(|(m, _)| *m).collect();
            sorted.dedup();
            assert_eq!(sorted.len(), n as usize, "no two sessions at the same time");
        }
    }

    #[test]
    fn the_default_plan_reads_as_expected() {
        let times: Vec<String> = Plan::default().schedule().iter().map(|(m, _)| hm(*m)).collect();
        assert_eq!(times, ["07:00", "09:40", "12:20", "15:00", "17:40", "20:20", "23:00", "03:00"]);
        assert_eq!(Plan::default().longest_gap(), 240);
    }

    #[test]
    fn waking_hours_that_cross_midnight_work() {
        // A parent on nights: awake 14:00 to 06:00.
        let plan = Plan {
            wake: 14 * 60,
            sleep: 6 * 60,
            sessions_per_day: 10,
            night_sessions: 2,
            ..Plan::default()
        };
        let s = plan.schedule();
        assert_eq!(s.len(), 10);
        assert_eq!(hm(s[0].0), "14:00");
        assert_eq!(hm(s[7].0), "06:00");
        let nights: Vec<String> = s.iter().filter(|(_, n)| *n).map(|(m, _)| hm(*m)).collect();
        assert_eq!(nights, ["08:40", "11:20"]);
        assert!(plan.longest_gap() <= 160);
    }

    #[test]
    fn without_night_sessions_the_gap_is_the_whole_night() {
        let plan = Plan { night_sessions: 0, ..Plan::default() };
        assert_eq!(plan.schedule().len(), 8);
        assert_eq!(plan.longest_gap(), 8 * 60);
    }

    #[test]
    fn out_of_range_values_are_clamped_not_trusted() {
        let plan = Plan {
            sessions_per_day: 40,
            session_minutes: 2,
            night_sessions: 9,
            wake: 5000,
            sleep: 5000,
            ..Plan::default()
        };
        let c = plan.clamped();
        assert_eq!((c.sessions_per_day, c.session_minutes, c.night_sessions), (12, 20, 3));
        assert_ne!(c.wake, c.sleep);
        assert_eq!(plan.schedule().len(), 12);
    }

    fn london(d: u32, h: u32, m: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().timestamp_millis()
    }

    #[test]
    fn slots_are_matched_to_logged_sessions_and_the_rest_are_due_upcoming_or_missed() {
        let plan = Plan::default();
        let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let now = london(28, 12, 25);
        let entries = vec![
            session("a", SessionKind::Pumping, london(28, 7, 10)),
            session("b", SessionKind::Pumping, london(28, 7, 20)), // a second one near 07:00 cannot fill 09:40
            session("c", SessionKind::Nursing, london(28, 12, 0)),
            session("z", SessionKind::ComfortNursing, london(28, 9, 40)), // comfort is not a planned session
        ];
        let slots = plan.slots(&London, date, now, &entries, Millis::MIN);
        let status: Vec<&SlotStatus> = slots.iter().map(|s| &s.status).collect();
        assert_eq!(status[0], &SlotStatus::Done { entry: "a".into() });
        assert_eq!(status[1], &SlotStatus::Missed);
        assert_eq!(status[2], &SlotStatus::Done { entry: "c".into() });
        assert_eq!(status[3], &SlotStatus::Upcoming);
        let later = plan.slots(&London, date, london(28, 15, 5), &entries, Millis::MIN);
        assert_eq!(later[3].status, SlotStatus::Due);
        assert_eq!(
            slots.last().unwrap().at,
            london(29, 3, 0),
            "the night session is on the next date"
        );
    }

    #[test]
    fn slots_before_the_parent_began_are_never_missed() {
        let plan = Plan::default(); // 07:00, 09:40, 12:20, ...
        let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let installed = london(28, 10, 0);
        let slots = plan.slots(&London, date, london(28, 14, 0), &[], installed);
        let status: Vec<&SlotStatus> = slots.iter().map(|s| &s.status).collect();
        assert_eq!(status[0], &SlotStatus::BeforeStart, "07:00, before the install");
        assert_eq!(status[1], &SlotStatus::BeforeStart, "09:40, before the install");
        assert_eq!(status[2], &SlotStatus::Missed, "12:20 came after the install");
        // Still within its window at the install, a slot is due, and done when logged.
        let early = plan.slots(&London, date, london(28, 7, 5), &[], london(28, 7, 5));
        assert_eq!(early[0].status, SlotStatus::Due);
        let done = [session("a", SessionKind::Pumping, london(28, 7, 10))];
        let later = plan.slots(&London, date, london(28, 13, 0), &done, installed);
        assert_eq!(later[0].status, SlotStatus::Done { entry: "a".into() });
    }

    #[test]
    fn the_plan_day_starts_at_waking_even_after_midnight() {
        let plan = Plan::default();
        let (date, start) = plan.day_start(&London, london(29, 3, 30));
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(start, london(28, 7, 0));
        let (date, _) = plan.day_start(&London, london(29, 7, 0));
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
    }

    #[test]
    fn slots_keep_wall_clock_times_across_a_dst_change() {
        let plan = Plan::default();
        let date = NaiveDate::from_ymd_opt(2026, 10, 24).unwrap(); // clocks go back in the night
        let slots = plan.slots(&London, date, 0, &[], Millis::MIN);
        let night = slots.last().unwrap();
        let local = chrono::DateTime::<Utc>::from_timestamp_millis(night.at)
            .unwrap()
            .with_timezone(&London);
        assert_eq!(local.format("%d %H:%M").to_string(), "25 03:00");
        assert_eq!(slots[1].at - slots[0].at, 160 * MINUTE);
        assert!(night.at - slots[6].at == 5 * HOUR, "23:00 to 03:00 is five hours that night");
    }

    #[test]
    fn an_edit_moves_the_revision_once_and_only_when_the_plan_changed() {
        let mut plan = Plan { revision: 4, ..Plan::default() };
        // Two fields at once: one step, 4 to 5.
        assert!(plan.edit(|p| {
            p.sessions_per_day = 10;
            p.wake = 6 * 60;
        }));
        assert_eq!((plan.sessions_per_day, plan.wake, plan.revision), (10, 360, 5));
        // The same values again: nothing changed, so neither does the revision.
        assert!(!plan.edit(|p| p.sessions_per_day = 10));
        assert_eq!(plan.revision, 5);
        // Changed and changed back within one edit: no change.
        assert!(!plan.edit(|p| {
            p.night_sessions = 3;
            p.night_sessions = 1;
        }));
        assert_eq!(plan.revision, 5);
        // A nested edit inside an edit still counts once: 5 to 6, not 7.
        assert!(plan.edit(|p| {
            p.edit(|q| q.session_minutes = 30);
            p.goal = Goal::InducedLactation;
        }));
        assert_eq!(
            (plan.session_minutes, plan.goal, plan.revision),
            (30, Goal::InducedLactation, 6)
        );
        // What the edit sets is brought into range: 40 sessions a day are 12.
        assert!(plan.edit(|p| p.sessions_per_day = 40));
        assert_eq!((plan.sessions_per_day, plan.revision), (12, 7));
        // A value clamped back to what it was is no change: 12 is already the most.
        assert!(!plan.edit(|p| p.sessions_per_day = 13));
        assert_eq!(plan.revision, 7);
        // The change cannot set the revision itself.
        assert!(!plan.edit(|p| p.revision = 99));
        assert_eq!(plan.revision, 7);
    }

    #[test]
    fn old_or_partial_plans_load_with_defaults() {
        let p: Plan = serde_json::from_str(r#"{"sessions_per_day":10}"#).unwrap();
        assert_eq!(p.sessions_per_day, 10);
        assert_eq!(p.night_sessions, 1);
    }
}
