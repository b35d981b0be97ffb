//! The daily plan: 8 to 12 sessions of 20 to 30 minutes, spread over the waking hours with at
//! least one at night, and an optional slow step-down of supplements that only moves while the
//! baby keeps having the wet and dirty diapers the guidance asks for at their age.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::care;
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

/// Reducing supplements slowly, as agreed with a lactation professional.
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

/// What the log and the baby's age say about one finished day, as the step-down reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DaySigns {
    /// Wet diapers logged that day.
    pub wet: u32,
    /// Stools (dirty diapers) logged that day.
    pub stools: u32,
    /// The last weight logged up to that day shows a loss, or a gain under the care table's band
    /// for the age, against the weight before it. `false` when no weight was logged.
    pub weight_low: bool,
    /// A weight logged in the 7 days up to that day shows a gain in range for the age: needed
    /// before the planned amount falls below half its start, or to nothing.
    pub weight_recent_ok: bool,
    /// Supplement logged that day, in ml.
    pub given_ml: u32,
    /// The baby's age in days that day; `None` when the birth date is not known.
    pub age_days: Option<i64>,
}

impl DaySigns {
    /// Why the day's diapers and weight do not count towards a step, or `None` when they do: the
    /// care table's wet diapers and stools for the baby's age that day, and no weight sign. In
    /// the first days nothing counts: wet diapers are still building up and the baby's doctor
    /// guides feeding. (A day that needed more than planned also holds: [`StepDown::history`]
    /// reads that, since it knows the day's planned amount.)
    pub fn hold(self) -> Option<Hold> {
        if self.age_days.is_some_and(|a| care::day_of_life(a) < care::USUAL_FROM_DAY) {
            return Some(Hold::FirstDays);
        }
        let needs = care::per_day(self.age_days);
        let stools_needed = needs.stools.unwrap_or(0);
        let short = Short {
            wet: self.wet < needs.wet,
            stools: self.stools < stools_needed,
            weight: self.weight_low,
            wet_needed: needs.wet,
            stools_needed,
        };
        (short.wet || short.stools || short.weight).then_some(Hold::Short(short))
    }

    /// The day counts towards a step (diapers and weight; not the amount given).
    pub fn good(self) -> bool {
        self.hold().is_none()
    }
}

/// What a finished day fell short of (at least one of `wet`, `stools`, `weight` is set), with
/// the care table's counts for the baby's age that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Short {
    /// Fewer wet diapers logged than the table asks.
    pub wet: bool,
    /// Fewer stools logged than the table asks at the baby's age.
    pub stools: bool,
    /// The weight showed a loss or a slow gain.
    pub weight: bool,
    /// The wet diapers the table asks that day.
    pub wet_needed: u32,
    /// The stools the table asks that day (0 where it asks none).
    pub stools_needed: u32,
}

/// Why a finished day did not count towards a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// The baby was in their first days (before day 5): the amount never steps down then.
    FirstDays,
    /// The day fell short of what the care table asks at the baby's age.
    Short(Short),
    /// The baby had more supplement than planned that day: they needed it, so the amount holds
    /// (and the Plan offers to restart from what was given).
    NeededMore { given_ml: u32, planned_ml: u32 },
}

/// How a day's planned amount came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepChange {
    /// The first day, or a day of the hold period after good days.
    Same,
    /// A step down: the whole hold period before it was good.
    Down,
    /// The day before did not count (a shortfall, or the first days): the amount holds and the
    /// hold period starts again.
    HeldLow,
    /// Two such days in a row: back up to the amount before the last step.
    BackUp,
}

/// Why the screen should suggest talking to the lactation consultant (or, in the first days,
/// say that the baby's doctor guides feeding) about the step-down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caution {
    /// Yesterday did not count towards a step, and why: the amount holds.
    Held(Hold),
    /// Two such days in a row: the amount went back up (and stays flagged at that level).
    SteppedBack,
    /// The hold period was good, but the next step would take the amount below half its start
    /// (or to nothing) and no weight from the last 7 days shows a gain in range: diapers alone
    /// are not enough, so the amount waits for a weighing.
    NeedsWeight,
}

/// One day of the supplement step-down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepDay {
    pub date: NaiveDate,
    /// The planned amount for the day, in ml: a guide, never a limit.
    pub target_ml: u32,
    /// How this day's amount came about.
    pub change: StepChange,
    /// Why the day before did not count towards a step, when it did not: the reason a held or
    /// stepped-back day shows.
    pub held: Option<Hold>,
    /// Set when the screen should say "talk to your lactation consultant".
    pub caution: Option<Caution>,
}

impl StepDown {
    /// The daily planned amounts from the start up to `until`, from `signs` (what the log says
    /// about each finished day). The rule, so it cannot under-feed:
    /// - a step down needs the whole hold period (2–3 days) good: each day had the care table's
    ///   wet diapers and stools for the baby's age that day, no weight sign against it, and no
    ///   more supplement than planned;
    /// - in the baby's first days (before day 5) no day is good, so the amount never steps;
    /// - a day that is not good holds the amount and starts the hold period again; two such
    ///   days in a row step back up to the amount before the last step;
    /// - the amount goes below half its start, or to nothing, only when a weight from the last
    ///   7 days shows a gain in range for the age (diapers alone are not enough);
    /// - a step is never more than [`MAX_STEP_ML`] a day, and the amount never goes below zero
    ///   nor above the starting amount.
    ///
    /// A day's amount depends only on the days before it, so today's amount is known in the
    /// morning and does not change as diapers are logged.
    pub fn history(&self, until: NaiveDate, signs: impl Fn(NaiveDate) -> DaySigns) -> Vec<StepDay> {
        let hold =
            if (2..=3).contains(&self.hold_days) { self.hold_days } else { DEFAULT_HOLD_DAYS };
        let step = self.step_ml.clamp(1, MAX_STEP_ML);
        let mut out: Vec<StepDay> = Vec::new();
        let mut target = self.start_ml;
        // Amounts before each step down, so a step back returns to the last one.
        let mut before: Vec<u32> = Vec::new();
        let mut good_days = 0u8;
        let mut low_days = 0u8;
        let mut stepped_back = false;
        let mut date = self.started_on;
        while date <= until && out.len() < 3660 {
            let mut change = StepChange::Same;
            let mut caution = None;
            let mut held = None;
            if let Some(yesterday) = out.last() {
                let day = signs(date - Duration::days(1));
                held = day.hold().or_else(|| {
                    (day.given_ml > yesterday.target_ml).then_some(Hold::NeededMore {
                        given_ml: day.given_ml,
                        planned_ml: yesterday.target_ml,
                    })
                });
                if let Some(why) = held {
                    good_days = 0;
                    low_days += 1;
                    change = StepChange::HeldLow;
                    caution = Some(Caution::Held(why));
                    if low_days >= 2 {
                        if let Some(previous) = before.pop() {
                            target = previous;
                            stepped_back = true;
                            change = StepChange::BackUp;
                        }
                        low_days = 0;
                    }
                } else {
                    low_days = 0;
                    good_days = good_days.saturating_add(1);
                    if good_days >= hold && target > 0 {
                        let next = target.saturating_sub(step);
                        let below_half = next == 0 || next * 2 < self.start_ml;
                        if below_half && !day.weight_recent_ok {
                            // Waits for a weighing; the good days are kept.
                            caution = Some(Caution::NeedsWeight);
                        } else {
                            before.push(target);
                            target = next;
                            good_days = 0;
                            stepped_back = false;
                            change = StepChange::Down;
                        }
                    }
                }
            }
            if (stepped_back && caution.is_none()) || change == StepChange::BackUp {
                caution = Some(Caution::SteppedBack);
            }
            out.push(StepDay { date, target_ml: target, change, held, caution });
            date += Duration::days(1);
        }
        out
    }
}

/// Whether a weight `grams` logged on `date` is in range against the weight before it
/// (`previous`, with its date), for a baby `age_days` old on `date`: the care table's rule
/// ([`care::weight_in_range`]). Weights on the same day cannot show a trend and count as in range.
pub fn weight_in_range(
    previous: (NaiveDate, u32),
    date: NaiveDate,
    grams: u32,
    age_days: Option<i64>,
) -> bool {
    care::weight_in_range(previous.1, (date - previous.0).num_days(), grams, age_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::Session;
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

    fn session(id: &str, start: Millis, kind: SessionKind) -> Entry {
        Entry::new(
            id.into(),
            start,
            Record::Session(Session {
                kind,
                start,
                end: start + 20 * MINUTE,
                segments: vec![],
                left_ml: None,
                right_ml: None,
                notes: String::new(),
                test_weight: None,
            }),
        )
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
            session("a", london(28, 7, 10), SessionKind::Pumping),
            session("b", london(28, 7, 20), SessionKind::Pumping), // a second one near 07:00 cannot fill 09:40
            session("c", london(28, 12, 0), SessionKind::Nursing),
            session("z", london(28, 9, 40), SessionKind::ComfortNursing), // comfort is not a planned session
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
        let done = [session("a", london(28, 7, 10), SessionKind::Pumping)];
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

    /// The planned amounts with `wet` wet diapers on each day and a recent weight in range.
    fn targets(sd: &StepDown, days: i64, wet: impl Fn(i64) -> u32) -> Vec<u32> {
        let start = sd.started_on;
        let signs = |d: NaiveDate| DaySigns {
            wet: wet((d - start).num_days()),
            weight_recent_ok: true,
            ..DaySigns::default()
        };
        sd.history(start + Duration::days(days), signs).iter().map(|d| d.target_ml).collect()
    }

    fn step_down(start_ml: u32, step_ml: u32, hold_days: u8) -> StepDown {
        let started_on = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        StepDown { started_on, start_ml, step_ml, hold_days }
    }

    #[test]
    fn step_down_steps_after_a_whole_good_hold_period() {
        let sd = step_down(120, 30, 3);
        assert_eq!(targets(&sd, 9, |_| 6), [120, 120, 120, 90, 90, 90, 60, 60, 60, 30]);
        assert_eq!(targets(&sd, 100, |_| 6).last(), Some(&0), "never below zero");
        assert!(sd.history(sd.started_on - Duration::days(1), |_| DaySigns::default()).is_empty());
        let two = StepDown { hold_days: 2, ..sd };
        assert_eq!(targets(&two, 4, |_| 6), [120, 120, 90, 90, 60]);
        let old: StepDown =
            serde_json::from_str(r#"{"started_on":"2026-11-01","start_ml":120}"#).unwrap();
        assert_eq!(targets(&old, 3, |_| 6), [120, 120, 120, 90], "3 days when not set");
    }

    #[test]
    fn a_low_diaper_day_holds_and_starts_the_hold_period_again() {
        let sd = step_down(120, 30, 3);
        // Day 2 had five wet diapers: no step on day 3, and three good days are needed again.
        let history = sd.history(sd.started_on + Duration::days(6), |d| DaySigns {
            wet: if (d - sd.started_on).num_days() == 2 { 5 } else { 6 },
            ..DaySigns::default()
        });
        let t: Vec<u32> = history.iter().map(|d| d.target_ml).collect();
        assert_eq!(t, [120, 120, 120, 120, 120, 120, 90]);
        assert_eq!(history[3].change, StepChange::HeldLow);
        let few_wet = Hold::Short(Short { wet: true, wet_needed: 6, ..Short::default() });
        assert_eq!(history[3].caution, Some(Caution::Held(few_wet)));
        assert_eq!(history[3].held, Some(few_wet));
        assert_eq!(history[4].caution, None, "a good day after it is not flagged");
    }

    #[test]
    fn two_low_days_in_a_row_step_back_up_to_the_previous_amount() {
        let sd = step_down(120, 30, 2);
        // Steps on days 2 and 4 (to 60); days 4 and 5 are low: back up to 90 on day 6, and
        // two good days later down again.
        let low = |n: i64| if n == 4 || n == 5 { 3 } else { 7 };
        let start = sd.started_on;
        let history = sd.history(start + Duration::days(9), |d| DaySigns {
            wet: low((d - start).num_days()),
            ..DaySigns::default()
        });
        let t: Vec<u32> = history.iter().map(|d| d.target_ml).collect();
        assert_eq!(t, [120, 120, 90, 90, 60, 60, 90, 90, 60, 60]);
        assert_eq!(history[5].change, StepChange::HeldLow);
        assert_eq!(history[6].change, StepChange::BackUp);
        assert_eq!(history[6].caution, Some(Caution::SteppedBack));
        assert_eq!(history[7].caution, Some(Caution::SteppedBack), "flagged while at that level");
        assert_eq!(history[8].caution, None, "until the next step");
    }

    #[test]
    fn weight_loss_holds() {
        let sd = step_down(120, 30, 3);
        let history = sd.history(sd.started_on + Duration::days(5), |_| DaySigns {
            wet: 8,
            weight_low: true,
            ..DaySigns::default()
        });
        assert!(history.iter().all(|d| d.target_ml == 120));
        let low = Hold::Short(Short { weight: true, wet_needed: 6, ..Short::default() });
        assert_eq!(history[1].caution, Some(Caution::Held(low)));
    }

    #[test]
    fn steps_never_exceed_the_cap_whatever_the_setting() {
        let sd = step_down(600, 200, 2);
        let t = targets(&sd, 30, |_| 9);
        assert!(t.windows(2).all(|w| w[0] - w[1] <= MAX_STEP_ML), "{t:?}");
        assert_eq!(t[2], 570);
        let plan = Plan { step_down: Some(sd), ..Plan::default() };
        assert_eq!(plan.clamped().step_down.map(|s| s.step_ml), Some(MAX_STEP_ML));
    }

    #[test]
    fn random_logs_never_give_a_negative_or_above_start_amount_nor_a_big_step() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let sd = step_down((next() % 700) as u32, (next() % 250) as u32, (next() % 5) as u8);
            let pattern: Vec<(u32, bool)> =
                (0..60).map(|_| ((next() % 10) as u32, next() % 7 == 0)).collect();
            let start = sd.started_on;
            let history = sd.history(start + Duration::days(59), |d| {
                let (wet, weight_low) = pattern[(d - start).num_days() as usize];
                DaySigns { wet, weight_low, weight_recent_ok: !weight_low, ..DaySigns::default() }
            });
            assert_eq!(history.len(), 60);
            for pair in history.windows(2) {
                let (a, b) = (pair[0].target_ml, pair[1].target_ml);
                assert!(b <= sd.start_ml, "{sd:?}: above the start");
                assert!(a <= b || a - b <= MAX_STEP_ML, "{sd:?}: a step of {}", a - b);
                if b < a {
                    assert_eq!(pair[1].change, StepChange::Down);
                }
            }
        }
    }

    #[test]
    fn reading_the_babys_age_only_ever_holds_longer_never_steps_sooner() {
        // The rule before it read the age: every day against 6 wet diapers, stools ignored (what
        // an unknown age still gets). With any age (a birth date before, at or after the start)
        // and any stools, no day's amount is ever below what that rule gave.
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..500 {
            let sd = step_down(
                30 + (next() % 400) as u32,
                5 + (next() % 30) as u32,
                2 + (next() % 2) as u8,
            );
            let pattern: Vec<(u32, u32, bool)> = (0..80)
                .map(|_| (4 + (next() % 6) as u32, (next() % 6) as u32, next() % 9 == 0))
                .collect();
            let born = sd.started_on - Duration::days((next() % 60) as i64 - 10);
            let start = sd.started_on;
            let day = |d: NaiveDate| pattern[(d - start).num_days() as usize];
            let until = start + Duration::days(79);
            let before = sd.history(until, |d| {
                let (wet, _, weight_low) = day(d);
                DaySigns { wet, weight_low, weight_recent_ok: true, ..DaySigns::default() }
            });
            let now = sd.history(until, |d| {
                let (wet, stools, weight_low) = day(d);
                let age = (d - born).num_days();
                let age_days = (age >= 0).then_some(age);
                DaySigns { wet, stools, weight_low, weight_recent_ok: true, age_days, given_ml: 0 }
            });
            for (b, n) in before.iter().zip(&now) {
                assert!(n.target_ml >= b.target_ml, "{sd:?} born {born}: {n:?} below {b:?}");
            }
        }
    }

    #[test]
    fn a_weight_is_in_range_by_the_care_tables_band_for_the_age() {
        let d = |n: i64| NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Duration::days(n);
        // 2 weeks to 4 months: 115 g a week.
        assert!(weight_in_range((d(0), 3000), d(7), 3115, Some(40)));
        assert!(!weight_in_range((d(0), 3000), d(7), 3100, Some(40)), "too slow at 6 weeks");
        // 9 months: 35 g a week is in range (150 g a week was asked at every age before).
        assert!(weight_in_range((d(0), 8000), d(7), 8040, Some(270)));
        assert!(!weight_in_range((d(0), 3000), d(1), 2990, Some(40)), "a loss");
        assert!(weight_in_range((d(0), 3000), d(0), 2990, Some(40)), "same day: no trend");
    }

    /// `days` of the step-down with every day good (7 wet diapers), a recent weight in range or
    /// not, and `given` ml logged each day.
    fn run(sd: &StepDown, days: i64, weighed: bool, given: impl Fn(i64) -> u32) -> Vec<StepDay> {
        let start = sd.started_on;
        sd.history(start + Duration::days(days), |d| DaySigns {
            wet: 7,
            weight_recent_ok: weighed,
            given_ml: given((d - start).num_days()),
            ..DaySigns::default()
        })
    }

    #[test]
    fn a_day_that_needed_more_than_planned_holds() {
        // Generated logs: for every start, step and day, a day given 10 ml more than planned
        // holds the next day at the same amount, and says what was given.
        for start_ml in (60..=400).step_by(20) {
            for hold_days in [2u8, 3] {
                let sd = step_down(start_ml, 30, hold_days);
                let plain = run(&sd, 20, true, |_| 0);
                for more_on in 0..15usize {
                    let planned = plain[more_on].target_ml;
                    let h =
                        run(
                            &sd,
                            20,
                            true,
                            |n| if n as usize == more_on { planned + 10 } else { 0 },
                        );
                    assert_eq!(h[more_on + 1].target_ml, planned, "{sd:?} day {more_on}");
                    assert_eq!(h[more_on + 1].change, StepChange::HeldLow);
                    let why = Hold::NeededMore { given_ml: planned + 10, planned_ml: planned };
                    assert_eq!(h[more_on + 1].caution, Some(Caution::Held(why)));
                    assert!(h.iter().all(|d| d.target_ml >= plain[20].target_ml));
                }
            }
        }
        // 300 ml given against 240 planned (the case from the issue): no step the next day.
        let sd = step_down(240, 30, 2);
        let h = run(&sd, 3, true, |n| if n == 1 { 300 } else { 240 });
        assert_eq!(h.iter().map(|d| d.target_ml).collect::<Vec<_>>(), [240, 240, 240, 240]);
        // Exactly the planned amount given is a good day.
        let h = run(&sd, 2, true, |_| 240);
        assert_eq!(h[2].target_ml, 210);
    }

    #[test]
    fn without_a_recent_weight_the_amount_never_falls_below_half_nor_to_zero() {
        // Generated logs: every start and step, 200 perfect diaper days, no weighing.
        for start_ml in (30..=600).step_by(15) {
            for step_ml in [5, 10, 15, 20, 30] {
                for hold_days in [2u8, 3] {
                    let sd = step_down(start_ml, step_ml, hold_days);
                    let h = run(&sd, 200, false, |_| 0);
                    for d in &h {
                        assert!(d.target_ml > 0, "{sd:?}: to 0 without a weight");
                        assert!(d.target_ml * 2 >= start_ml, "{sd:?}: {} below half", d.target_ml);
                    }
                    let last = h.last().unwrap();
                    assert_eq!(last.caution, Some(Caution::NeedsWeight), "{sd:?}: says why");
                    // With a weight in range it goes on, down to nothing.
                    let weighed = run(&sd, 400, true, |_| 0);
                    assert_eq!(weighed.last().map(|d| d.target_ml), Some(0), "{sd:?}");
                }
            }
        }
        // 240 ml in steps of 30: 240, 210, 180, 150, 120 (half) and there it waits.
        let sd = step_down(240, 30, 2);
        let t: Vec<u32> = run(&sd, 14, false, |_| 0).iter().map(|d| d.target_ml).collect();
        assert_eq!(t, [240, 240, 210, 210, 180, 180, 150, 150, 120, 120, 120, 120, 120, 120, 120]);
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
