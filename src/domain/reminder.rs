//! Which planned slot, if any, deserves a reminder now. One rule for the banner, the chime and the
//! notification, so a reminder is never shown for a slot the log already answers.
//!
//! A reminder for a slot ends when the slot is started (a session is running), logged (a session
//! begun within the slot's window), skipped ("Not now"), or when the plan changes; and there is
//! none for a slot planned before the parent began using Relact.

use chrono::TimeZone;

use super::entry::{Entry, Record, SessionKind};
use super::journey::{opening_phase, Journey};
use super::plan::{Plan, Slot, SlotStatus};
use super::{Millis, HOUR, MINUTE};

/// How long after its time a slot is still worth a reminder.
pub const LATE: Millis = 30 * MINUTE;

/// What the parent has already answered, besides the log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answered {
    /// When the parent began using Relact (or set the plan up): no slot before it is reminded.
    pub since: Millis,
    /// Slots at or before this instant are settled: the parent said "Not now" to one, started a
    /// session, or changed the plan.
    pub settled: Millis,
    /// A session is being timed now.
    pub running: bool,
}

/// The slot due for a reminder at `now`, if any: the latest planned slot of the current plan
/// whose time has come within the last [`LATE`], planned after the parent began, not settled, and
/// with no session (other than comfort nursing) begun within its window. `entries` must cover
/// the day before `now`.
pub fn due<Tz: TimeZone>(
    plan: &Plan,
    tz: &Tz,
    entries: &[Entry],
    now: Millis,
    answered: Answered,
) -> Option<Slot> {
    if answered.running {
        return None;
    }
    let plan = plan.clamped();
    let window = plan.slot_window();
    let (today, _) = plan.day_start(tz, now);
    // The slot near waking may belong to the plan day before.
    let (yesterday, _) = plan.day_start(tz, now - 24 * HOUR);
    let mut slots = plan.slots(tz, yesterday, now, entries, answered.since);
    if yesterday != today {
        slots.extend(plan.slots(tz, today, now, entries, answered.since));
    }
    let logged = |slot: &Slot| {
        entries.iter().filter(|e| !e.deleted).any(|e| {
            matches!(&e.record, Record::Session(s)
                if s.kind != SessionKind::ComfortNursing
                    && s.start >= slot.at - window
                    && s.start <= now.max(slot.at + window))
        })
    };
    slots
        .into_iter()
        .filter(|s| s.at <= now && now - s.at < LATE)
        .filter(|s| s.at >= answered.since && s.at > answered.settled)
        .filter(|s| !matches!(s.status, SlotStatus::Done { .. }))
        .rfind(|s| !logged(s))
}

/// The planned session due for a reminder at `now`, if any, on the schedule the parent sees:
/// while the opening phase runs (preparing, its first 48 hours), its short sessions, which Today,
/// the Timer and the Plan show then; otherwise the plan's slots ([`due`]). An opening session is
/// answered by a session begun from an hour before it (as Today counts it done).
pub fn due_now<Tz: TimeZone>(
    plan: &Plan,
    journey: &Journey,
    tz: &Tz,
    entries: &[Entry],
    now: Millis,
    answered: Answered,
) -> Option<Millis> {
    let Some(times) = opening_times(plan, journey, tz, now) else {
        return due(plan, tz, entries, now, answered).map(|s| s.at);
    };
    if answered.running {
        return None;
    }
    let logged = |at: Millis| {
        entries.iter().filter(|e| !e.deleted).any(|e| {
            matches!(&e.record, Record::Session(s)
                if s.kind != SessionKind::ComfortNursing && s.start >= at - HOUR && s.start <= now)
        })
    };
    times
        .into_iter()
        .filter(|&at| at <= now && now - at < LATE)
        .filter(|&at| at >= answered.since && at > answered.settled)
        .rfind(|&at| !logged(at))
}

/// The latest planned session whose time has come by `now`, on the schedule the parent sees (see
/// [`due_now`]).
pub fn latest_now<Tz: TimeZone>(
    plan: &Plan,
    journey: &Journey,
    tz: &Tz,
    now: Millis,
) -> Option<Millis> {
    match opening_times(plan, journey, tz, now) {
        Some(times) => times.into_iter().filter(|at| *at <= now).max(),
        None => latest_slot(plan, tz, now),
    }
}

/// The opening phase's session times while it runs at `now`.
fn opening_times<Tz: TimeZone>(
    plan: &Plan,
    journey: &Journey,
    tz: &Tz,
    now: Millis,
) -> Option<Vec<Millis>> {
    journey.opening_now(plan, now, tz, None)?;
    let start = journey.opening_started?;
    Some(opening_phase(start, plan, tz).into_iter().map(|s| s.at).collect())
}

/// The latest planned slot whose time has come by `now` (today's or, near waking, the night's):
/// the one a check at `now` has decided about, whether it reminded or stayed quiet.
pub fn latest_slot<Tz: TimeZone>(plan: &Plan, tz: &Tz, now: Millis) -> Option<Millis> {
    let plan = plan.clamped();
    let (today, _) = plan.day_start(tz, now);
    let (yesterday, _) = plan.day_start(tz, now - 24 * HOUR);
    [yesterday, today]
        .into_iter()
        .flat_map(|d| plan.slots(tz, d, now, &[], Millis::MIN))
        .map(|s| s.at)
        .filter(|at| *at <= now)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_kit::session;
    use chrono_tz::Europe::London;

    fn london(d: u32, h: u32, m: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().timestamp_millis()
    }

    fn open_since(since: Millis) -> Answered {
        Answered { since, ..Answered::default() }
    }

    fn at(plan: &Plan, log: &[Entry], now: Millis, a: Answered) -> Option<Millis> {
        due(plan, &London, log, now, a).map(|s| s.at)
    }

    /// Preparing, the opening phase begun at 09:00 on 20 November (London): sessions every two
    /// hours while awake (09:00, 11:00, 13:00 …), and nothing of the ordinary plan (07:00, 09:40,
    /// 12:20 …) is reminded until the 48 hours end at 09:00 on the 22nd.
    #[test]
    fn during_the_opening_phase_its_sessions_are_reminded_not_the_plans() {
        use crate::domain::journey::Path;
        let plan = Plan::default();
        let journey = Journey {
            path: Path::Preparing,
            opening_started: Some(london(20, 9, 0)),
            ..Journey::default()
        };
        let a = open_since(london(20, 8, 0));
        let at = |log: &[Entry], now| due_now(&plan, &journey, &London, log, now, a);
        assert_eq!(at(&[], london(20, 11, 10)), Some(london(20, 11, 0)));
        assert_eq!(at(&[], london(20, 11, 29)), Some(london(20, 11, 0)));
        assert_eq!(at(&[], london(20, 11, 30)), None, "half an hour late: no longer");
        // 12:25: the plan's 12:20 is not the parent's schedule now.
        assert_eq!(at(&[], london(20, 12, 25)), None);
        // A session begun at 10:20 answers 11:00; one at 09:55 does not.
        assert_eq!(
            at(&[session("a", SessionKind::Pumping, london(20, 10, 20))], london(20, 11, 10)),
            None
        );
        assert_eq!(
            at(&[session("b", SessionKind::Pumping, london(20, 9, 55))], london(20, 11, 10)),
            Some(london(20, 11, 0))
        );
        assert_eq!(
            latest_now(&plan, &journey, &London, london(20, 12, 25)),
            Some(london(20, 11, 0))
        );
        // After the 48 hours: the plan's slots again (09:40 on the 22nd).
        assert_eq!(at(&[], london(22, 9, 45)), Some(london(22, 9, 40)));
        assert_eq!(
            latest_now(&plan, &journey, &London, london(22, 9, 45)),
            Some(london(22, 9, 40))
        );
        // Relactating, the same settings: the plan's slots.
        let relactating = Journey { path: Path::Relactating, ..journey.clone() };
        assert_eq!(due_now(&plan, &relactating, &London, &[], london(20, 11, 10), a), None);
        assert_eq!(
            due_now(&plan, &relactating, &London, &[], london(20, 9, 45), a),
            Some(london(20, 9, 40))
        );
    }

    #[test]
    fn a_slot_is_reminded_from_its_time_for_half_an_hour() {
        let plan = Plan::default(); // 07:00, 09:40, 12:20, ... 23:00, night 03:00
        let a = open_since(london(27, 8, 0));
        assert_eq!(at(&plan, &[], london(28, 9, 39), a), None);
        assert_eq!(at(&plan, &[], london(28, 9, 40), a), Some(london(28, 9, 40)));
        assert_eq!(at(&plan, &[], london(28, 10, 9), a), Some(london(28, 9, 40)));
        assert_eq!(at(&plan, &[], london(28, 10, 10), a), None);
        // The night slot belongs to the plan day before and is reminded all the same.
        assert_eq!(at(&plan, &[], london(29, 3, 1), a), Some(london(29, 3, 0)));
    }

    #[test]
    fn the_latest_slot_is_the_last_one_whose_time_has_come() {
        let plan = Plan::default();
        assert_eq!(latest_slot(&plan, &London, london(28, 9, 41)), Some(london(28, 9, 40)));
        assert_eq!(latest_slot(&plan, &London, london(29, 6, 59)), Some(london(29, 3, 0)));
        assert_eq!(latest_slot(&plan, &London, london(29, 7, 0)), Some(london(29, 7, 0)));
    }

    #[test]
    fn saving_the_3am_pump_ends_its_reminder() {
        let plan = Plan::default();
        let a = open_since(london(20, 8, 0));
        let night = london(29, 3, 0);
        assert_eq!(at(&plan, &[], night + 2 * MINUTE, a), Some(night));
        // Started at 03:02, saved at 03:22: no banner on any screen after.
        let log = [session("n", SessionKind::Pumping, night + 2 * MINUTE)];
        for m in 2..30 {
            assert_eq!(at(&plan, &log, night + m * MINUTE, a), None, "03:{m:02}");
        }
        // A session begun a little early counts too; comfort nursing does not.
        assert_eq!(
            at(
                &plan,
                &[session("e", SessionKind::Pumping, night - 20 * MINUTE)],
                night + MINUTE,
                a
            ),
            None
        );
        let comfort = [session("c", SessionKind::ComfortNursing, night - 5 * MINUTE)];
        assert_eq!(at(&plan, &comfort, night + MINUTE, a), Some(night));
        // A deleted session does not answer the slot.
        let deleted =
            [session("d", SessionKind::Pumping, night).with_deleted(night + MINUTE, true)];
        assert_eq!(at(&plan, &deleted, night + 2 * MINUTE, a), Some(night));
    }

    #[test]
    fn starting_skipping_or_changing_the_plan_ends_the_reminder() {
        let plan = Plan::default();
        let slot = london(28, 9, 40);
        let since = london(27, 8, 0);
        let running = Answered { since, settled: 0, running: true };
        assert_eq!(at(&plan, &[], slot + MINUTE, running), None, "started");
        let skipped = Answered { since, settled: slot, running: false };
        assert_eq!(at(&plan, &[], slot + 5 * MINUTE, skipped), None, "Not now");
        // The next slot is reminded as usual.
        assert_eq!(at(&plan, &[], london(28, 12, 21), skipped), Some(london(28, 12, 20)));
        // From 8 to 10 sessions at 09:45: 09:40 is no longer in the plan and is never named;
        // the plan change settles what was due.
        let ten = Plan { sessions_per_day: 10, ..Plan::default() };
        let changed = Answered { since, settled: slot + 5 * MINUTE, running: false };
        for m in 5..30 {
            let got = at(&ten, &[], slot + m * MINUTE, changed);
            assert_eq!(got, None, "09:{:02}", 40 + m);
        }
        let times: Vec<Millis> =
            ten.slots(&London, slot_date(), slot, &[], since).iter().map(|s| s.at).collect();
        assert!(!times.contains(&slot), "the 10-session plan has no 09:40");
        let next = at(&ten, &[], times[2], changed);
        assert_eq!(next, Some(times[2]), "the new plan's own slot is reminded");
    }

    fn slot_date() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn no_reminder_for_a_slot_planned_before_the_parent_began() {
        let plan = Plan::default();
        // Installed at 07:05: 07:00 is due on Today, but was no reminder's business.
        let installed = london(28, 7, 5);
        assert_eq!(at(&plan, &[], london(28, 7, 10), open_since(installed)), None);
        assert_eq!(
            at(&plan, &[], london(28, 9, 45), open_since(installed)),
            Some(london(28, 9, 40))
        );
    }

    #[test]
    fn a_reminder_is_never_shown_for_a_slot_that_has_a_session() {
        // Every minute of two days, every plan shape, sessions at scattered times: whatever is
        // returned is a planned slot with no session begun within its window.
        let plans = [
            Plan::default(),
            Plan { sessions_per_day: 12, night_sessions: 3, ..Plan::default() },
            Plan { sessions_per_day: 10, wake: 6 * 60, sleep: 22 * 60, ..Plan::default() },
            Plan { wake: 14 * 60, sleep: 6 * 60, night_sessions: 2, ..Plan::default() },
        ];
        let start = london(27, 0, 0);
        let log: Vec<Entry> = (0..40)
            .map(|i| {
                session(
                    format!("p{i}"),
                    SessionKind::Pumping,
                    start + (i * 71 + (i * i) % 37) * MINUTE,
                )
            })
            .collect();
        for plan in &plans {
            let window = plan.slot_window();
            for minute in (0..48 * 60).step_by(3) {
                let now = start + minute * MINUTE;
                let past: Vec<Entry> = log.iter().filter(|e| e.at <= now).cloned().collect();
                let Some(slot) = due(plan, &London, &past, now, open_since(start)) else {
                    continue;
                };
                let answered = past.iter().any(|e| match &e.record {
                    Record::Session(s) => s.start >= slot.at - window && s.start <= now,
                    _ => false,
                });
                assert!(!answered, "{plan:?} at minute {minute}: slot {} has a session", slot.at);
                assert!(slot.at <= now && now - slot.at < LATE);
                assert!(!matches!(slot.status, SlotStatus::Done { .. }));
            }
        }
    }
}
