//! The Today screen's model: the plan day's slots and where each stands, the next session, the
//! day's totals, the longest break, diapers and the planned supplement.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use crate::domain::day::local_date;
use crate::domain::entry::{Entry, Method, Record, SessionKind};
use crate::domain::journey::{DiaperStage, Journey, OpeningNow, Path};
use crate::domain::milestones::{Kind, Timeline};
use crate::domain::plan::{Plan, Slot, SlotStatus};
use crate::domain::step_down::supplement::{self, SupplementTarget};
use crate::domain::summary::{longest_gap, Totals};
use crate::domain::units::Total;
use crate::domain::warning::{self, Baby, Sign};
use crate::domain::{Millis, HOUR, MINUTE};

/// How many of the day's slots are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SlotCounts {
    pub done: u32,
    pub due: u32,
    pub upcoming: u32,
    pub missed: u32,
    /// Planned before the parent began: not asked of them, not counted.
    pub before_start: u32,
}

/// When the plan day began, as the tiles that count from it name it: "since 7:00", or "since
/// 7:00 yesterday" in the night before the next waking (a 3 a.m. session belongs to the day
/// that began the morning before, and "today" would read as the calendar day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayBegan {
    pub time: NaiveTime,
    /// On the calendar day before now's.
    pub yesterday: bool,
}

/// What the Today card says once no planned session is left in the day: it follows the count,
/// never praises missed sessions and never scolds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// Every session asked of the parent today was done.
    AllDone,
    /// Some were done and some were not: said kindly, without a second count (the sessions tile
    /// holds the day's one count).
    SomeDone,
    /// None was done (or none was asked since the parent began): only what comes next.
    NothingLeft,
}

/// The day's one count of sessions, on the sessions tile and in the closing words alike:
/// sessions (not comfort nursing) in the 24 hours up to now, of what is asked in 24 hours (the
/// plan's sessions a day; during the opening phase, the phase's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionCount {
    pub done: u32,
    pub of: u32,
}

/// A session ahead, as the Today card names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextAt {
    pub at: Millis,
    /// Its local time of day.
    pub time: NaiveTime,
    /// Whole minutes until it, rounded up, never negative.
    pub minutes: i64,
    /// On a later calendar date than now (after a last session at 23:00, tomorrow's 07:00).
    pub tomorrow: bool,
}

/// One slot of Today's timeline as the screen lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRow {
    /// The slot's local time of day.
    pub time: NaiveTime,
    pub night: bool,
    pub status: SlotStatus,
}

/// The first-day step Today shows for a parent with nothing logged yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstDayStep {
    /// "Set up your day", offered until the parent saves or skips it; while it is shown its
    /// Save is the one primary action.
    SetUp,
    /// The first-day tips, once the set-up is saved or skipped.
    Tips,
}

/// What the Today card leads with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextCard {
    /// A session is being timed (the view knows; see [`TodayModel::card`]).
    Running,
    /// A planned session (or, during the opening phase, an opening session) is due now.
    DueNow,
    /// The next session, later.
    Next(NextAt),
    /// No planned session is left in this plan day: what the day came to, and the first session
    /// of the next one.
    DayOver { closing: Closing, next: Option<NextAt> },
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
    /// The same, as the tiles counting from it say it.
    pub day_began: DayBegan,
    pub now: Millis,
    /// The plan day's slots, in order, each with its status now.
    pub slots: Vec<Slot>,
    /// The same slots at their local times, as the timeline lists them.
    pub timeline: Vec<TimelineRow>,
    pub counts: SlotCounts,
    /// The first slot that is due or coming up.
    pub next: Option<Slot>,
    /// With no slot left today, what the card says instead; `None` while one is left.
    pub closing: Option<Closing>,
    /// Sessions the plan asks for in a day.
    pub planned: u8,
    /// Tallies of the plan day so far (from waking to now).
    pub totals: Totals,
    /// Sessions (not comfort nursing) in the 24 hours up to now.
    pub sessions_24h: u32,
    /// Supplement given in the 24 hours up to now: the diaper card's row, beside that card's wet
    /// and dirty counts over the same 24 hours (the night's cup feed still counts at 08:30).
    pub supplement_24h: Total,
    /// The day's one count of sessions (the tile and the closing words).
    pub count: SessionCount,
    /// What the card leads with, when no session is running.
    pub card: NextCard,
    /// Longest break between sessions since waking, up to now; `None` with fewer than two
    /// sessions today, when there is no break between sessions to report.
    pub longest_gap: Option<Millis>,
    /// Nursing and comfort sessions since waking: they stimulate the supply too.
    pub at_breast: u32,
    /// Nothing logged yet at all: the screen shows the first-day tips.
    pub first_day: bool,
    /// The planned supplement for today, from the one step-down function (set by
    /// [`TodayModel::with_journey`], since it follows the baby's age).
    pub supplement: Option<SupplementTarget>,
    /// Warning signs, read against the care table for the baby's age over the rolling 24 hours
    /// (set again by [`TodayModel::with_journey`], which knows the baby), the most urgent first.
    pub signs: Vec<Sign>,
    /// Wet diapers and stools in the last 24 hours: the diaper card's counts, the same the
    /// signs read.
    pub wet_24h: u32,
    pub stools_24h: u32,
    /// When the parent began (or their first entry, if older): the signs' log covers from here.
    pub since: Millis,
    /// Where the parent is on their journey today.
    pub journey: JourneyToday,
    /// What Today's one Start button starts: the kind of session the parent logged last.
    pub start: Start,
}

/// The session Today's Start button begins: the kind the parent logged last (a parent who nurses
/// with a supplementer after every pumping day starts that in one tap, as a pumping parent
/// starts pumping); pumping when nothing is logged or before the baby is here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    #[default]
    Pumping,
    HandExpression,
    Nursing,
    /// Nursing with an at-breast supplementer.
    Supplementer,
}

impl Start {
    /// The last planned session in `entries` (comfort nursing is baby-led, not one of the
    /// 8–12), read with the supplement given through an at-breast supplementer linked to it.
    pub fn last(entries: &[Entry], now: Millis) -> Start {
        let Some((id, kind)) = entries
            .iter()
            .filter(|e| e.happened() && e.at <= now)
            .filter_map(|e| match &e.record {
                Record::Session(s) if s.kind != SessionKind::ComfortNursing => {
                    Some((s.start, e.id.as_str(), s.kind))
                }
                _ => None,
            })
            .max_by_key(|(start, _, _)| *start)
            .map(|(_, id, kind)| (id, kind))
        else {
            return Start::Pumping;
        };
        match kind {
            SessionKind::Pumping | SessionKind::ComfortNursing => Start::Pumping,
            SessionKind::HandExpression => Start::HandExpression,
            SessionKind::Nursing => {
                let supplementer = entries.iter().any(|e| {
                    !e.deleted
                        && matches!(&e.record, Record::Supplement(s)
                            if s.method == Method::AtBreastSupplementer
                                && s.after_session.as_deref() == Some(id))
                });
                if supplementer {
                    Start::Supplementer
                } else {
                    Start::Nursing
                }
            }
        }
    }
}

/// The journey's part of Today: the path, the countdown or the baby's age, and the opening phase.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyToday {
    pub path: Path,
    /// Diapers, supplements and the baby's warning signs are shown (the baby is here).
    pub shows_baby: bool,
    /// Days until the due date while preparing (0 on the day, negative once it has passed).
    pub days_to_due: Option<i64>,
    /// The baby's age in days, when the birth date is known.
    pub age_days: Option<i64>,
    /// Which diaper guidance fits the baby's age.
    pub diapers: DiaperStage,
    /// The opening phase, while it runs.
    pub opening: Option<OpeningNow>,
    /// When the opening phase ends, in local time (the card and the note under the stats).
    pub opening_ends: Option<NaiveDateTime>,
}

/// What Today's countdown to the due date says while preparing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// No due date is set: where to add one.
    NoDueDate,
    /// Whole days until the due date (0 on the day).
    Days(u32),
    /// The due date has passed and the baby is not marked as here yet.
    Passed,
}

impl JourneyToday {
    /// The countdown this journey shows.
    pub fn countdown(&self) -> Countdown {
        match self.days_to_due {
            None => Countdown::NoDueDate,
            Some(days) => u32::try_from(days).map_or(Countdown::Passed, Countdown::Days),
        }
    }
}

impl Default for JourneyToday {
    fn default() -> Self {
        JourneyToday {
            path: Path::Relactating,
            shows_baby: true,
            days_to_due: None,
            age_days: None,
            diapers: DiaperStage::Unknown,
            opening: None,
            opening_ends: None,
        }
    }
}

/// What Today says about the journey ahead: one milestone to look forward to, never a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextMilestone {
    /// The next milestone on the list, still ahead.
    Next(Kind),
    /// Before the baby is here, every milestone about the parent's body is reached: the others
    /// come with the baby.
    WithBaby,
    /// Every milestone on the list is reached.
    AllReached,
}

/// The next milestone for a parent on `path`: the first in journey order still ahead. Before the
/// baby is here only those about the parent's body count (the others need a baby). A milestone
/// is behind the parent once reached, and once a later feeding milestone is reached (after a
/// whole day with no supplement, first drops or a feed with a supplementer are not asked for);
/// the body's milestones come in any order, so they never pass each other. Reached milestones
/// come from the whole timeline, so a harder day never takes one back; nothing is "behind"
/// or dated.
pub fn next_milestone(path: Path, timeline: &Timeline) -> NextMilestone {
    let body = |k: Kind| matches!(k, Kind::FirstDrops | Kind::LetDown | Kind::BreastChanges);
    let reached = |k: Kind| timeline.reached.iter().any(|r| r.kind == k);
    let passed = |i: usize, k: Kind| {
        reached(k) || Kind::LISTED[i + 1..].iter().any(|later| !body(*later) && reached(*later))
    };
    let next = Kind::LISTED
        .iter()
        .enumerate()
        .filter(|(_, k)| path.baby_here() || body(**k))
        .find(|(i, k)| !passed(*i, **k))
        .map(|(_, k)| *k);
    match next {
        Some(k) => NextMilestone::Next(k),
        None if path.baby_here() => NextMilestone::AllReached,
        None => NextMilestone::WithBaby,
    }
}

/// Whole minutes from `now` until `at`, rounded up, never negative.
fn minutes_until(at: Millis, now: Millis) -> i64 {
    ((at - now).max(0) + MINUTE - 1) / MINUTE
}

/// The local time of day at `at` (midnight if the zone has no such instant).
fn local_time<Tz: TimeZone>(tz: &Tz, at: Millis) -> NaiveTime {
    tz.timestamp_millis_opt(at).single().map_or(NaiveTime::MIN, |d| d.naive_local().time())
}

/// A session at `at` as the card names it at `now`.
fn next_at<Tz: TimeZone>(tz: &Tz, at: Millis, now: Millis) -> NextAt {
    let local = tz.timestamp_millis_opt(at).single().map(|d| d.naive_local());
    NextAt {
        at,
        time: local.map_or(NaiveTime::MIN, |d| d.time()),
        minutes: minutes_until(at, now),
        tomorrow: local.is_some_and(|d| d.date() > local_date(tz, now)),
    }
}

impl TodayModel {
    /// Today's model at `now` from the log (`entries` must cover [`TodayModel::log_needed_from`];
    /// more does no harm). `since` is when the parent began using Relact: slots before it (and
    /// before the first entry in the log, for a parent whose log is older) are not missed.
    pub fn of<Tz: TimeZone>(
        entries: &[Entry],
        plan: &Plan,
        now: Millis,
        tz: &Tz,
        since: Millis,
    ) -> TodayModel {
        let plan = plan.clamped();
        // A listed medicine's start day is no use of Relact: it never makes earlier slots "missed".
        let since = warning::began(entries, since);
        let (plan_day, day_start) = plan.day_start(tz, now);
        // Without a journey the baby's age is unknown: the general guidance.
        let reading = warning::read(tz, entries, now, &plan, since, &Baby::default());
        let date = local_date(tz, now);
        let live = || entries.iter().filter(|e| !e.deleted);
        let today: Vec<Entry> =
            live().filter(|e| e.at >= day_start && e.at <= now).cloned().collect();
        let last_24h = Totals::of(live().filter(|e| e.at > now - 24 * HOUR && e.at <= now));
        let slots = plan.slots(tz, plan_day, now, entries, since);
        let mut counts = SlotCounts::default();
        for s in &slots {
            match s.status {
                SlotStatus::Done { .. } => counts.done += 1,
                SlotStatus::Due => counts.due += 1,
                SlotStatus::Upcoming => counts.upcoming += 1,
                SlotStatus::Missed => counts.missed += 1,
                SlotStatus::BeforeStart => counts.before_start += 1,
            }
        }
        let next = slots
            .iter()
            .find(|s| matches!(s.status, SlotStatus::Due | SlotStatus::Upcoming))
            .cloned();
        let sessions_24h = last_24h.sessions;
        let count = SessionCount { done: sessions_24h, of: u32::from(plan.sessions_per_day) };
        let closing = next.is_none().then_some(match counts {
            SlotCounts { done: 0, .. } => Closing::NothingLeft,
            SlotCounts { missed: 0, .. } => Closing::AllDone,
            _ => Closing::SomeDone,
        });
        let card = match (&next, closing) {
            (Some(slot), _) if slot.status == SlotStatus::Due => NextCard::DueNow,
            (Some(slot), _) => NextCard::Next(next_at(tz, slot.at, now)),
            (None, closing) => NextCard::DayOver {
                closing: closing.unwrap_or(Closing::NothingLeft),
                // The first session of the next plan day (tomorrow's 07:00, or today's when the
                // night is over): named, so the card never goes blank after the last one.
                next: plan
                    .slots(tz, plan_day + chrono::Duration::days(1), now, entries, since)
                    .first()
                    .map(|s| next_at(tz, s.at, now)),
            },
        };
        let timeline = slots
            .iter()
            .map(|s| TimelineRow {
                time: local_time(tz, s.at),
                night: s.night,
                status: s.status.clone(),
            })
            .collect();
        let sessions_today =
            today.iter().filter(|e| matches!(e.record, Record::Session(_))).count();
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
            day_began: DayBegan {
                time: local_time(tz, day_start),
                yesterday: local_date(tz, day_start) < date,
            },
            now,
            counts,
            next,
            closing,
            planned: plan.sessions_per_day,
            totals: Totals::of(&today),
            sessions_24h,
            supplement_24h: last_24h.supplement_ml,
            count,
            card,
            longest_gap: if sessions_today < 2 { None } else { longest_gap(&today, now) },
            at_breast,
            first_day: !entries.iter().any(Entry::happened),
            // The step-down reads the baby's age: [`TodayModel::with_journey`] fills it in.
            supplement: None,
            signs: reading.signs,
            wet_24h: reading.wet,
            stools_24h: reading.stools,
            since,
            slots,
            timeline,
            journey: JourneyToday::default(),
            start: Start::last(entries, now),
        }
    }

    /// Today's model for a parent on `journey`: before the baby is here there are no diapers,
    /// supplements or warning signs about a baby to show (the log may still hold some from a
    /// backup; they stay in the log), and the screen counts down to the due date instead.
    pub fn with_journey<Tz: TimeZone>(
        mut self,
        journey: &Journey,
        plan: &Plan,
        tz: &Tz,
        entries: &[Entry],
    ) -> Self {
        let last_start = entries
            .iter()
            .filter(|e| !e.deleted && e.at <= self.now)
            .filter_map(|e| match &e.record {
                Record::Session(s) if s.kind != SessionKind::ComfortNursing => Some(s.start),
                _ => None,
            })
            .max();
        let shows_baby = journey.path.baby_here();
        let age_days = journey.age_days(self.date);
        let opening = journey.opening_now(plan, self.now, tz, last_start);
        self.journey = JourneyToday {
            path: journey.path,
            shows_baby,
            days_to_due: journey.days_to_due(self.date),
            age_days,
            diapers: DiaperStage::of(age_days),
            opening_ends: opening
                .as_ref()
                .and_then(|o| tz.timestamp_millis_opt(o.ends).single())
                .map(|d| d.naive_local()),
            opening,
        };
        // While the opening phase runs its own rhythm leads: the card names its next session
        // (or, after its last, the plan's first one after it), and the count is the phase's.
        if let Some(o) = &self.journey.opening {
            self.count.of = o.per_day;
            self.card = match o.next {
                Some(at) if at <= self.now => NextCard::DueNow,
                Some(at) => NextCard::Next(next_at(tz, at, self.now)),
                None => {
                    let (day, _) = plan.clamped().day_start(tz, o.ends);
                    let since = self.now;
                    plan.slots(tz, day, o.ends, &[], since)
                        .into_iter()
                        .chain(plan.slots(tz, day + chrono::Duration::days(1), o.ends, &[], since))
                        .find(|s| s.at >= o.ends)
                        .map_or(self.card.clone(), |s| NextCard::Next(next_at(tz, s.at, self.now)))
                }
            };
        }
        // The planned supplement, its days read against the care table for the baby's age.
        self.supplement = supplement::target(plan, journey, entries, tz, self.date);
        // The signs, read for the baby's real age (and arrival, and birth weight).
        let reading = warning::read(tz, entries, self.now, plan, self.since, &Baby::of(journey));
        (self.signs, self.wet_24h, self.stools_24h) = (reading.signs, reading.wet, reading.stools);
        if !shows_baby {
            self.signs.clear();
            self.supplement = None;
            // Before the baby is here every session is pumping or hand expressing.
            if matches!(self.start, Start::Nursing | Start::Supplementer) {
                self.start = Start::Pumping;
            }
        }
        self
    }

    /// Whole minutes until the next slot, rounded up (never negative); `None` without one.
    pub fn minutes_to_next(&self) -> Option<i64> {
        self.next.as_ref().map(|s| minutes_until(s.at, self.now))
    }

    /// The longest break in whole minutes, the seconds dropped (a break of 2 h 29 min 59 s
    /// reads "2 h 29 min"); `None` while there is no break to report.
    pub fn longest_gap_minutes(&self) -> Option<i32> {
        self.longest_gap.map(|g| i32::try_from(g / MINUTE).unwrap_or(i32::MAX))
    }

    /// The first-day step to show: the set-up for a parent with nothing logged who has not
    /// saved or skipped it (`set_up`), the tips once they have; nothing once anything is logged.
    pub fn first_day_step(&self, set_up: bool) -> Option<FirstDayStep> {
        match (self.first_day, set_up) {
            (false, _) => None,
            (true, false) => Some(FirstDayStep::SetUp),
            (true, true) => Some(FirstDayStep::Tips),
        }
    }

    /// What the card leads with: the running session if one is timed, else [`TodayModel::card`].
    pub fn card(&self, running: bool) -> NextCard {
        if running {
            NextCard::Running
        } else {
            self.card.clone()
        }
    }

    /// The first instant of the log this screen needs at `now`: the day before the plan day,
    /// the weighings the warning signs read and what the step-down reads.
    pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, now: Millis, tz: &Tz) -> Millis {
        let (_, start) = plan.clamped().day_start(tz, now);
        let day_before = (start - 24 * HOUR).min(now - warning::LOOK_BACK);
        supplement::log_needed_from(plan, tz).map_or(day_before, |s| s.min(day_before))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Method, Milk, Session, Supplement};
    use crate::domain::milestones::Reached;
    use crate::domain::test_kit;
    use crate::domain::units::Ml;
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
            left_ml: Some(Ml::whole(10)),
            right_ml: Some(Ml::whole(15)),
            notes: String::new(),
            test_weight: None,
        };
        Entry::new(id.into(), start, Record::Session(s))
    }

    #[test]
    fn start_begins_the_kind_of_session_logged_last() {
        let now = london(28, 12, 0);
        let given = |id: &str, method, after: Option<&str>| {
            Entry::new(
                id.into(),
                0,
                Record::Supplement(Supplement {
                    at: london(28, 9, 30),
                    ml: Ml::whole(30),
                    milk: Milk::Formula,
                    method,
                    after_session: after.map(str::to_string),
                    notes: String::new(),
                }),
            )
        };
        assert_eq!(Start::last(&[], now), Start::Pumping, "nothing logged yet");
        let pump = session("p", london(28, 7, 0), SessionKind::Pumping);
        let feed = session("f", london(28, 9, 0), SessionKind::Nursing);
        let comfort = session("c", london(28, 11, 0), SessionKind::ComfortNursing);
        let later = session("l", london(28, 13, 0), SessionKind::HandExpression);
        assert_eq!(Start::last(std::slice::from_ref(&pump), now), Start::Pumping);
        assert_eq!(Start::last(&[pump.clone(), feed.clone()], now), Start::Nursing);
        let with = given("s", Method::AtBreastSupplementer, Some("f"));
        let log = [pump.clone(), feed.clone(), with.clone(), comfort.clone(), later];
        assert_eq!(
            Start::last(&log, now),
            Start::Supplementer,
            "comfort and the future don't count"
        );
        let cup = given("s", Method::Cup, Some("f"));
        assert_eq!(Start::last(&[pump.clone(), feed.clone(), cup], now), Start::Nursing);
        let gone = with.with_deleted(now, true);
        assert_eq!(Start::last(&[pump, feed, gone], now), Start::Nursing, "a deleted supplement");
        // Before the baby is here every session is pumping.
        let preparing = Journey { path: Path::Preparing, ..Journey::default() };
        let plan = Plan::default();
        let m = TodayModel::of(&log, &plan, now, &London, 0)
            .with_journey(&preparing, &plan, &London, &log);
        assert_eq!(m.start, Start::Pumping);
    }

    #[test]
    fn the_tiles_name_when_the_day_they_count_began() {
        let at = |d, h, m| TodayModel::of(&[], &Plan::default(), london(d, h, m), &London, 0);
        let morning =
            DayBegan { time: NaiveTime::from_hms_opt(7, 0, 0).unwrap(), yesterday: false };
        // 08:30: the day began at 07:00 this morning.
        assert_eq!(at(28, 8, 30).day_began, morning);
        assert_eq!(at(28, 7, 0).day_began, morning);
        // 03:00 and 06:59: still the day that began at 07:00 yesterday, not "today".
        assert_eq!(at(29, 3, 0).day_began, DayBegan { yesterday: true, ..morning });
        assert_eq!(at(29, 6, 59).day_began, DayBegan { yesterday: true, ..morning });
        // 23:30: the same calendar day as the waking.
        assert_eq!(at(28, 23, 30).day_began, morning);
        // Across the clock changes (London, 2026): on 29 March 01:00 GMT became 02:00 BST, on
        // 25 October 02:00 BST became 01:00 GMT. The waking is still 07:00 local on either side.
        let on = |m, d, h| {
            let now =
                London.with_ymd_and_hms(2026, m, d, h, 30, 0).single().unwrap().timestamp_millis();
            TodayModel::of(&[], &Plan::default(), now, &London, 0).day_began
        };
        assert_eq!(on(3, 29, 3), DayBegan { yesterday: true, ..morning }, "03:30 BST on the 29th");
        assert_eq!(on(3, 29, 8), morning);
        assert_eq!(on(10, 25, 3), DayBegan { yesterday: true, ..morning }, "03:30 GMT on the 25th");
        assert_eq!(on(10, 25, 8), morning);
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
                Record::Diaper(Diaper {
                    at: london(28, 8, 0),
                    wet: true,
                    dirty: false,
                    dark_urine: false,
                }),
            ),
            Entry::new(
                "s".into(),
                0,
                Record::Supplement(Supplement {
                    at: london(28, 9, 0),
                    ml: Ml::whole(40),
                    milk: Milk::Donor,
                    method: Method::Cup,
                    after_session: None,
                    notes: String::new(),
                }),
            ),
        ];
        let m = TodayModel::of(&entries, &plan, now, &London, 0);
        assert_eq!(m.plan_day, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        assert_eq!(m.totals.sessions, 2, "07:10 pump and 12:00 nursing; not the night before");
        assert_eq!(m.totals.comfort, 1);
        assert_eq!(m.sessions_24h, 3, "the 03:00 one is within 24 hours");
        assert_eq!(
            (m.totals.wet, m.totals.supplement_ml.whole_ml(), m.totals.expressed_ml.whole_ml()),
            (1, 40, 75)
        );
        assert_eq!(m.at_breast, 2);
        assert_eq!(
            m.counts,
            SlotCounts { done: 2, due: 0, upcoming: 5, missed: 1, before_start: 0 }
        );
        assert_eq!(m.next.as_ref().map(|s| s.at), Some(london(28, 15, 0)));
        assert_eq!(m.minutes_to_next(), Some(155));
        assert!(!m.first_day);
        assert_eq!(m.supplement, None);
        assert!(TodayModel::of(&[], &plan, now, &London, 0).first_day);
    }

    #[test]
    fn the_diaper_cards_supplement_is_the_last_24_hours_like_its_diapers() {
        // Waking at 07:00: at 08:30 the night's 03:20 cup feed belongs to the plan day before,
        // but it is within the 24 hours the diaper card counts.
        let plan = Plan::default();
        let entries = vec![
            test_kit::supplement("old", london(27, 8, 0), 40), // 24 h 30 min ago: out
            test_kit::supplement("edge", london(27, 8, 30), 35), // exactly 24 h ago: out
            test_kit::supplement("evening", london(27, 22, 0), 15), // before midnight: in
            test_kit::supplement("night", london(28, 3, 20), 60),
            Entry { deleted: true, ..test_kit::supplement("gone", london(28, 4, 0), 30) },
            test_kit::supplement("now", london(28, 8, 15), 25),
            test_kit::supplement("later", london(28, 9, 0), 50), // not given yet: out
        ];
        let m = TodayModel::of(&entries, &plan, london(28, 8, 30), &London, 0);
        assert_eq!(m.supplement_24h.whole_ml(), 100, "22:00, 03:20 and 08:15: 15 + 60 + 25");
        assert_eq!(m.totals.supplement_ml.whole_ml(), 25, "the plan day began at 07:00");
    }

    fn wet(id: &str, at: Millis) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
        )
    }

    #[test]
    fn the_closing_message_follows_the_count() {
        let plan = Plan::default(); // 8 slots: 07:00 .. 23:00 and 03:00 the night after
        let late = london(29, 5, 0); // every window of the plan day of the 28th is over
        let since = london(20, 9, 0);
        // Only the night session done, 7 of 8 missed: never "every session ... Well done".
        let one = [session("n", london(29, 3, 0), SessionKind::Pumping)];
        let m = TodayModel::of(&one, &plan, late, &London, since);
        assert_eq!(m.counts.missed, 7);
        assert_eq!(m.next, None);
        assert_eq!(m.closing, Some(Closing::SomeDone));
        // All eight done.
        let all: Vec<Entry> = m
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| session(&format!("s{i}"), s.at + 5 * MINUTE, SessionKind::Pumping))
            .collect();
        let m = TodayModel::of(&all, &plan, late, &London, since);
        assert_eq!(m.closing, Some(Closing::AllDone));
        // None done: no count of zero, no praise.
        let m = TodayModel::of(&[], &plan, late, &London, since);
        assert_eq!(m.closing, Some(Closing::NothingLeft));
        // With a slot still ahead there is no closing message at all.
        let m = TodayModel::of(&one[..0], &plan, london(28, 12, 0), &London, since);
        assert_eq!(m.closing, None);
    }

    #[test]
    fn a_medicine_listed_from_an_earlier_day_makes_no_slot_missed() {
        use crate::domain::day::iso_date::parse;
        let plan = Plan::default();
        let installed = london(28, 10, 0);
        let m =
            crate::domain::medicine::Medicine::from_form("x", true, "", parse("2026-11-20"), None);
        let listed = [Entry::new("m".into(), installed, Record::Medicine(m.unwrap()))];
        let m = TodayModel::of(&listed, &plan, london(28, 14, 0), &London, installed);
        assert_eq!((m.counts.before_start, m.counts.missed), (2, 1), "as with nothing listed");
    }

    #[test]
    fn installing_at_ten_leaves_the_morning_unmissed() {
        let plan = Plan::default();
        let installed = london(28, 10, 0);
        let m = TodayModel::of(&[], &plan, installed, &London, installed);
        assert_eq!(m.counts.missed, 0, "07:00 and 09:40 came before Relact");
        assert_eq!(m.slots[0].status, SlotStatus::BeforeStart);
        assert_eq!(m.slots[1].status, SlotStatus::Due, "09:40 can still be done");
        // Later that day, a slot planned after the install and not done is missed.
        let m = TodayModel::of(&[], &plan, london(28, 14, 0), &London, installed);
        assert_eq!((m.counts.before_start, m.counts.missed), (2, 1));
        // A parent whose log is older than the stored first use (an update from a version that
        // did not store it, or a restored backup) is read from their first entry.
        let old = [session("old", london(27, 9, 0), SessionKind::Pumping)];
        let m = TodayModel::of(&old, &plan, london(28, 14, 0), &London, installed);
        assert_eq!((m.counts.before_start, m.counts.missed), (0, 3));
        // The last slot is before the install, none is left: nothing is praised or counted.
        let m = TodayModel::of(&[], &plan, london(29, 5, 0), &London, london(29, 4, 0));
        assert_eq!(m.closing, Some(Closing::NothingLeft));
    }

    /// On 28 November at 19:00 in London: due that day is 0 days away, due the day before has
    /// passed, due 20 December is 22 days away, and with no due date the card asks for one.
    #[test]
    fn the_countdown_counts_whole_local_days_to_the_due_date() {
        let plan = Plan::default();
        let now = london(28, 19, 0);
        let countdown = |due: Option<(u32, u32)>| {
            let due_date = due.map(|(m, d)| NaiveDate::from_ymd_opt(2026, m, d).unwrap());
            let j = Journey { path: Path::Preparing, due_date, ..Journey::default() };
            TodayModel::of(&[], &plan, now, &London, 0)
                .with_journey(&j, &plan, &London, &[])
                .journey
                .countdown()
        };
        assert_eq!(countdown(Some((11, 28))), Countdown::Days(0));
        assert_eq!(countdown(Some((11, 27))), Countdown::Passed);
        assert_eq!(countdown(Some((12, 20))), Countdown::Days(22));
        assert_eq!(countdown(None), Countdown::NoDueDate);
    }

    #[test]
    fn preparing_shows_the_countdown_and_nothing_about_a_baby() {
        let plan = Plan::default();
        let now = london(28, 19, 0);
        // Two wet diapers by 19:00 would be a warning sign with the baby here.
        let log = [wet("a", london(28, 9, 0)), wet("b", london(28, 10, 0))];
        let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let preparing =
            Journey { path: Path::Preparing, due_date: Some(date(12, 20)), ..Journey::default() };
        let m = TodayModel::of(&log, &plan, now, &London, 0)
            .with_journey(&preparing, &plan, &London, &log);
        assert!(!m.journey.shows_baby);
        assert_eq!(m.journey.days_to_due, Some(22));
        assert_eq!(m.journey.countdown(), Countdown::Days(22));
        assert!(m.signs.is_empty());
        assert_eq!(m.supplement, None);
        // A three-month-old arrives at 08:00: the same log is read for their age (nine hours
        // with no wet diaper by 19:00), and the age counts from the birth date.
        let mut here = preparing.clone();
        let mut p = plan.clone();
        assert!(here
            .baby_arrived(date(8, 28), None, date(11, 28), london(28, 8, 0), &mut p)
            .is_ok());
        let m =
            TodayModel::of(&log, &plan, now, &London, 0).with_journey(&here, &plan, &London, &log);
        assert!(m.journey.shows_baby);
        assert_eq!((m.journey.days_to_due, m.journey.age_days), (None, Some(92)));
        assert_eq!(m.journey.diapers, DiaperStage::Older);
        assert_eq!(m.signs, vec![Sign::DryFor { hours: 9 }]);
        // Without a journey the screen is as before.
        assert_eq!(TodayModel::of(&log, &plan, now, &London, 0).journey, JourneyToday::default());
    }

    #[test]
    fn one_session_has_no_break_to_report() {
        let plan = Plan::default();
        let now = london(28, 9, 0);
        let one = [session("a", london(28, 8, 0), SessionKind::Pumping)];
        assert_eq!(TodayModel::of(&one, &plan, now, &London, 0).longest_gap, None);
        assert_eq!(TodayModel::of(&[], &plan, now, &London, 0).longest_gap, None);
        let two = [one[0].clone(), session("b", london(28, 8, 50), SessionKind::Nursing)];
        assert_eq!(TodayModel::of(&two, &plan, now, &London, 0).longest_gap, Some(30 * MINUTE));
    }

    #[test]
    fn the_longest_break_reads_in_whole_minutes_with_the_seconds_dropped() {
        let plan = Plan::default();
        // 08:00–08:20, then 10:49:59: a break of 2 h 29 min 59 s, read as 2 h 29 min.
        let log = [
            session("a", london(28, 8, 0), SessionKind::Pumping),
            session("b", london(28, 10, 49) + 59_000, SessionKind::Pumping),
        ];
        let m = TodayModel::of(&log, &plan, london(28, 10, 50), &London, 0);
        assert_eq!(m.longest_gap_minutes(), Some(149));
        assert_eq!(
            TodayModel::of(&log[..1], &plan, london(28, 9, 0), &London, 0).longest_gap_minutes(),
            None
        );
    }

    #[test]
    fn the_first_day_offers_the_set_up_then_the_tips_and_nothing_once_a_session_is_logged() {
        let plan = Plan::default();
        let now = london(28, 9, 0);
        let empty = TodayModel::of(&[], &plan, now, &London, 0);
        assert_eq!(empty.first_day_step(false), Some(FirstDayStep::SetUp));
        assert_eq!(empty.first_day_step(true), Some(FirstDayStep::Tips));
        let one = [session("a", london(28, 8, 0), SessionKind::Pumping)];
        let m = TodayModel::of(&one, &plan, now, &London, 0);
        assert_eq!((m.first_day_step(false), m.first_day_step(true)), (None, None));
    }

    #[test]
    fn the_timeline_lists_the_slots_at_their_local_times_in_summer_time() {
        let plan = Plan::default();
        // 1 July: London is an hour ahead of UTC, and the list reads the wall clock.
        let now = London.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap().timestamp_millis();
        let m = TodayModel::of(&[], &plan, now, &London, 0);
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let times: Vec<NaiveTime> = m.timeline.iter().map(|r| r.time).collect();
        let expected = [
            hm(7, 0),
            hm(9, 40),
            hm(12, 20),
            hm(15, 0),
            hm(17, 40),
            hm(20, 20),
            hm(23, 0),
            hm(3, 0),
        ];
        assert_eq!(times, expected);
        let nights: Vec<bool> = m.timeline.iter().map(|r| r.night).collect();
        assert_eq!(nights, [false, false, false, false, false, false, false, true]);
        assert_eq!(m.timeline[2].status, SlotStatus::Upcoming, "12:20 at 12:00");
    }

    #[test]
    fn the_diaper_card_counts_the_same_24_hours_as_the_signs() {
        let plan = Plan::default();
        let now = london(28, 19, 0);
        // Three at 02:00–04:00 (within the last 24 hours, the plan day before) and three since
        // waking: six in the last 24 hours, and no sign, whatever "since waking" says.
        let mut log: Vec<Entry> =
            (0..3).map(|i| wet(&format!("n{i}"), london(28, 2, 0) + i * HOUR)).collect();
        log.extend((0..3).map(|i| wet(&format!("d{i}"), london(28, 9, 0) + i * 2 * HOUR)));
        // And yesterday evening, outside the 24 hours.
        log.push(wet("old", london(27, 18, 0)));
        let m = TodayModel::of(&log, &plan, now, &London, 0);
        assert_eq!((m.totals.wet, m.wet_24h), (3, 6));
        assert!(m.signs.is_empty(), "{:?}", m.signs);
        // Three fewer at night: the same card says 3, and the sign names 3 of 6.
        let m = TodayModel::of(&log[3..], &plan, now, &London, 0);
        assert_eq!(m.wet_24h, 3);
        assert_eq!(m.signs, vec![Sign::FewWet { wet: 3, expected: 6, hours: 24 }]);
        // The log the screen loads reaches back to the weighings the signs read, and further
        // than the rolling 24 hours and the 48 that show diapers are logged.
        let from = TodayModel::log_needed_from(&plan, now, &London);
        assert!(from <= now - warning::LOOK_BACK && from <= now - 48 * HOUR);
    }

    /// A timeline with `kinds` reached (on one day) and the rest of the list ahead.
    fn reached(kinds: &[Kind]) -> Timeline {
        let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let text =
            |k: &Kind| if *k == Kind::Own { "Baby latched".to_string() } else { String::new() };
        Timeline {
            reached: kinds
                .iter()
                .map(|k| Reached { kind: *k, date: day, from_log: true, text: text(k), id: None })
                .collect(),
            ahead: Kind::LISTED.into_iter().filter(|k| !kinds.contains(k)).collect(),
        }
    }

    #[test]
    fn the_next_milestone_is_the_first_still_ahead_that_fits_the_path() {
        use NextMilestone::*;
        let paths = [Path::Relactating, Path::InducingBabyHere, Path::Preparing];
        // None reached: first drops, on every path.
        for p in paths {
            assert_eq!(next_milestone(p, &reached(&[])), Next(Kind::FirstDrops), "{p:?}");
        }
        // Some reached: the first still ahead in journey order.
        let drops = reached(&[Kind::FirstDrops]);
        for p in paths {
            assert_eq!(next_milestone(p, &drops), Next(Kind::LetDown), "{p:?}");
        }
        // The body's milestones come in any order: changes noticed first leave the drops ahead.
        let changes = reached(&[Kind::BreastChanges]);
        assert_eq!(next_milestone(Path::Preparing, &changes), Next(Kind::FirstDrops));
        assert_eq!(next_milestone(Path::Relactating, &changes), Next(Kind::FirstDrops));
        // The parent's own milestones are theirs: they move nothing on the list.
        let own = reached(&[Kind::Own]);
        assert_eq!(next_milestone(Path::Relactating, &own), Next(Kind::FirstDrops));
        // Every body milestone reached: with the baby here, the feeds come next; before the
        // baby is here, the rest waits for the baby.
        let body = reached(&[Kind::FirstDrops, Kind::LetDown, Kind::BreastChanges]);
        assert_eq!(next_milestone(Path::InducingBabyHere, &body), Next(Kind::SupplementerFeed));
        assert_eq!(next_milestone(Path::Preparing, &body), WithBaby);
        // A later feeding milestone puts the earlier ones behind: a parent who nursed without
        // logging drops and halved the supplements is asked for a day with none, not for drops.
        let halved = reached(&[Kind::SupplementsHalved]);
        assert_eq!(next_milestone(Path::Relactating, &halved), Next(Kind::DayWithoutSupplements));
        // All reached (or behind the parent): nothing more to ask, said kindly.
        for p in [Path::Relactating, Path::InducingBabyHere] {
            assert_eq!(next_milestone(p, &reached(&Kind::LISTED)), AllReached);
            assert_eq!(next_milestone(p, &reached(&[Kind::DayWithoutSupplements])), AllReached);
        }
        assert_eq!(next_milestone(Path::Preparing, &reached(&Kind::LISTED)), WithBaby);
    }

    #[test]
    fn a_log_that_goes_back_down_never_asks_again_for_what_was_reached() {
        use crate::domain::milestones::timeline;
        // Drops on the 2nd; then two weeks of sessions with nothing expressed.
        let mut log = vec![session("drops", london(2, 9, 0), SessionKind::Pumping)];
        for d in 3..=16 {
            let mut dry = session(&format!("dry{d}"), london(d, 9, 0), SessionKind::Pumping);
            if let Record::Session(s) = &mut dry.record {
                (s.left_ml, s.right_ml) = (Some(Ml::ZERO), Some(Ml::ZERO));
            }
            log.push(dry);
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let t = timeline(&London, &log, None, None, today);
        for p in [Path::Relactating, Path::InducingBabyHere, Path::Preparing] {
            assert_eq!(next_milestone(p, &t), NextMilestone::Next(Kind::LetDown), "{p:?}");
        }
    }

    /// The night: installed at 09:00, sessions at 20:20 and 03:00, Today at 03:30. The
    /// plan day (from 07:00) is over; the card names the next plan day's 07:00 and says the same
    /// count as the tile.
    #[test]
    fn at_half_past_three_after_the_three_oclock_session_the_card_names_seven_oclock() {
        let plan = Plan::default(); // 07:00 09:40 12:20 15:00 17:40 20:20 23:00, night 03:00
        let since = london(28, 9, 0);
        let log = [
            session("evening", london(28, 20, 20), SessionKind::Pumping),
            session("night", london(29, 3, 0), SessionKind::Pumping),
        ];
        let m = TodayModel::of(&log, &plan, london(29, 3, 30), &London, since);
        let seven = NextAt {
            at: london(29, 7, 0),
            time: NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
            minutes: 210,
            tomorrow: false,
        };
        let count = SessionCount { done: 2, of: 8 };
        assert_eq!(m.count, count, "the tile: 2 of 8");
        assert_eq!(m.card, NextCard::DayOver { closing: Closing::SomeDone, next: Some(seven) });
        assert_eq!(m.card(true), NextCard::Running);
        // With no night session, after 23:00 the next one is tomorrow's 07:00.
        let no_night = Plan { night_sessions: 0, ..Plan::default() };
        let late = [session("last", london(28, 23, 0), SessionKind::Pumping)];
        let m = TodayModel::of(&late, &no_night, london(28, 23, 30), &London, london(28, 6, 0));
        let NextCard::DayOver { next: Some(n), .. } = m.card else { panic!("{:?}", m.card) };
        assert_eq!((n.at, n.minutes, n.tomorrow), (london(29, 7, 0), 450, true));
        // Before the last slot the card is the slot itself: due within 15 minutes, else next.
        let m = TodayModel::of(&log[..1], &plan, london(28, 22, 50), &London, since);
        assert_eq!(m.card, NextCard::DueNow);
        let m = TodayModel::of(&log[..1], &plan, london(28, 21, 0), &London, since);
        let NextCard::Next(n) = m.card else { panic!("{:?}", m.card) };
        assert_eq!((n.at, n.minutes), (london(28, 23, 0), 120));
    }

    /// Preparing with the opening phase begun at 09:00 on the 20th: Today follows the phase (a
    /// session about every 2 hours), and the tile counts what the phase asks (11 a day).
    #[test]
    fn during_the_opening_phase_today_names_its_sessions_and_counts_what_it_asks() {
        let plan = Plan::default();
        let j = Journey {
            path: Path::Preparing,
            opening_started: Some(london(20, 9, 0)),
            ..Journey::default()
        };
        let model = |log: &[Entry], now| {
            TodayModel::of(log, &plan, now, &London, london(20, 9, 0))
                .with_journey(&j, &plan, &London, log)
        };
        let done = [session("o1", london(20, 9, 5), SessionKind::Pumping)];
        let m = model(&done, london(20, 10, 0));
        let ends = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(9, 0, 0);
        assert_eq!(m.journey.opening_ends, ends, "48 hours after 09:00 on the 20th");
        let NextCard::Next(n) = m.card else { panic!("{:?}", m.card) };
        assert_eq!((n.at, n.minutes), (london(20, 11, 0), 60), "not the plan's 09:40");
        assert_eq!(m.count, SessionCount { done: 1, of: 11 }, "not 1 of 8");
        assert_eq!(model(&done, london(20, 11, 5)).card, NextCard::DueNow);
        // After the 48 hours the plan's day leads again.
        let m = model(&done, london(22, 11, 30));
        assert_eq!(m.count.of, 8);
        let NextCard::Next(n) = m.card else { panic!("{:?}", m.card) };
        assert_eq!((n.at, n.minutes), (london(22, 12, 20), 50));
    }
}
