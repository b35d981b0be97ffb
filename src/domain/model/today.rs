//! The Today screen's model: the plan day's slots and where each stands, the next session, the
//! day's totals, the longest break, diapers and the planned supplement.

use chrono::{NaiveDate, TimeZone};

use super::supplement::{self, SupplementTarget};
use crate::domain::day::local_date;
use crate::domain::entry::{Entry, Record, SessionKind};
use crate::domain::plan::{Plan, Slot, SlotStatus};
use crate::domain::summary::{longest_gap, Totals};
use crate::domain::{Millis, HOUR, MINUTE};

/// How many of the day's slots are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SlotCounts {
    pub done: u32,
    pub due: u32,
    pub upcoming: u32,
    pub missed: u32,
}

/// Everything the Today screen draws, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayModel {
    /// The plan day: it begins at waking, so a 3 a.m. session belongs to the day before.
    pub plan_day: NaiveDate,
    /// The parent's calendar date now (the day the planned supplement is for).
    pub date: NaiveDate,
    /// When the plan day began.
    pub day_start: Millis,
    pub now: Millis,
    /// The plan day's slots, in order, each with its status now.
    pub slots: Vec<Slot>,
    pub counts: SlotCounts,
    /// The first slot that is due or coming up.
    pub next: Option<Slot>,
    /// Sessions the plan asks for in a day.
    pub planned: u8,
    /// Tallies of the plan day so far (from waking to now).
    pub totals: Totals,
    /// Sessions (not comfort nursing) in the 24 hours up to now.
    pub sessions_24h: u32,
    /// Longest break between sessions since waking, up to now; `None` before any session.
    pub longest_gap: Option<Millis>,
    /// Nursing and comfort sessions since waking: they stimulate the supply too.
    pub at_breast: u32,
    /// Nothing logged yet at all: the screen shows the first-day tips.
    pub first_day: bool,
    /// The planned supplement for today, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
}

impl TodayModel {
    /// Today's model at `now` from the log (`entries` must cover the 24 hours before the plan day
    /// and, with a step-down, [`supplement::log_needed_from`]; more does no harm).
    pub fn of<Tz: TimeZone>(entries: &[Entry], plan: &Plan, now: Millis, tz: &Tz) -> TodayModel {
        let plan = plan.clamped();
        let (plan_day, day_start) = plan.day_start(tz, now);
        let date = local_date(tz, now);
        let live = || entries.iter().filter(|e| !e.deleted);
        let today: Vec<Entry> =
            live().filter(|e| e.at >= day_start && e.at <= now).cloned().collect();
        let last_day = live().filter(|e| e.at > now - 24 * HOUR && e.at <= now);
        let slots = plan.slots(tz, plan_day, now, entries);
        let mut counts = SlotCounts::default();
        for s in &slots {
            match s.status {
                SlotStatus::Done { .. } => counts.done += 1,
                SlotStatus::Due => counts.due += 1,
                SlotStatus::Upcoming => counts.upcoming += 1,
                SlotStatus::Missed => counts.missed += 1,
            }
        }
        let next = slots
            .iter()
            .find(|s| matches!(s.status, SlotStatus::Due | SlotStatus::Upcoming))
            .cloned();
        let at_breast = today
            .iter()
            .filter(|e| {
                matches!(&e.record, Record::Session(s)
                    if matches!(s.kind, SessionKind::Nursing | SessionKind::ComfortNursing))
            })
            .count() as u32;
        TodayModel {
            plan_day,
            date,
            day_start,
            now,
            counts,
            next,
            planned: plan.sessions_per_day,
            totals: Totals::of(&today),
            sessions_24h: Totals::of(last_day).sessions,
            longest_gap: longest_gap(&today, now),
            at_breast,
            first_day: entries.iter().all(|e| e.deleted),
            supplement: supplement::target(&plan, entries, tz, date),
            slots,
        }
    }

    /// Whole minutes until the next slot, rounded up (never negative); `None` without one.
    pub fn minutes_to_next(&self) -> Option<i64> {
        self.next.as_ref().map(|s| ((s.at - self.now).max(0) + MINUTE - 1) / MINUTE)
    }

    /// The first instant of the log this screen needs at `now`.
    pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, now: Millis, tz: &Tz) -> Millis {
        let (_, start) = plan.clamped().day_start(tz, now);
        let day_before = start - 24 * HOUR;
        supplement::log_needed_from(plan, tz).map_or(day_before, |s| s.min(day_before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Method, Milk, Session, Supplement};
    use chrono_tz::Europe::London;

    fn london(d: u32, h: u32, m: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().timestamp_millis()
    }

    fn session(id: &str, start: Millis, kind: SessionKind) -> Entry {
        let s = Session {
            kind,
            start,
            end: start + 20 * MINUTE,
            segments: vec![],
            left_ml: Some(10),
            right_ml: Some(15),
            notes: String::new(),
        };
        Entry::new(id.into(), start, Record::Session(s))
    }

    #[test]
    fn today_counts_the_plan_day_from_waking_and_names_the_next_slot() {
        let plan = Plan::default(); // 07:00 .. 23:00, 8 sessions
        let now = london(28, 12, 25);
        let entries = vec![
            session("night", london(28, 3, 0), SessionKind::Pumping), // the day before's night
            session("a", london(28, 7, 10), SessionKind::Pumping),
            session("c", london(28, 12, 0), SessionKind::Nursing),
            session("z", london(28, 10, 0), SessionKind::ComfortNursing),
            Entry::new(
                "d".into(),
                0,
                Record::Diaper(Diaper { at: london(28, 8, 0), wet: true, dirty: false }),
            ),
            Entry::new(
                "s".into(),
                0,
                Record::Supplement(Supplement {
                    at: london(28, 9, 0),
                    ml: 40,
                    milk: Milk::Donor,
                    method: Method::Cup,
                    after_session: None,
                    notes: String::new(),
                }),
            ),
        ];
        let m = TodayModel::of(&entries, &plan, now, &London);
        assert_eq!(m.plan_day, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(m.totals.sessions, 2, "07:10 pump and 12:00 nursing; not the night before");
        assert_eq!(m.totals.comfort, 1);
        assert_eq!(m.sessions_24h, 3, "the 03:00 one is within 24 hours");
        assert_eq!((m.totals.wet, m.totals.supplement_ml, m.totals.expressed_ml), (1, 40, 75));
        assert_eq!(m.at_breast, 2);
        assert_eq!(m.counts, SlotCounts { done: 2, due: 0, upcoming: 5, missed: 1 });
        assert_eq!(m.next.as_ref().map(|s| s.at), Some(london(28, 15, 0)));
        assert_eq!(m.minutes_to_next(), Some(155));
        assert!(!m.first_day);
        assert_eq!(m.supplement, None);
        assert!(TodayModel::of(&[], &plan, now, &London).first_day);
    }
}
