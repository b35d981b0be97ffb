//! The consultant summary's model: the plan in force, a row per logged day (calendar days, midnight
//! to midnight) with supplements by method, night sessions and the longest break, the totals and
//! the average a day of the finished days (today is shown apart, "so far", and counts in neither),
//! the daily series for its two charts with each day's own planned supplement, the step-down (its
//! start and where that amount came from, today's planned amount, each step, hold and step back
//! in the range with its reason, all read from the step-down's own history), how much supplement
//! went with a feed, and the notes the parent wrote in the log; the path and the baby's age (or
//! due date) from the parent's journey; and, from the whole log, the milestones, the share from
//! the breast with its baseline, and the listed medicines. Built once per change of the data the
//! summary shows: the notes the parent types for the consultant are not part of it.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone, Timelike};

use crate::domain::day::{day_range, local_date};
use crate::domain::entry::{Entry, Method, Record, SessionKind};
use crate::domain::journey::{self, Journey, Path};
use crate::domain::milestones::{Baseline, Reached, Share, Shares, Timeline};
use crate::domain::plan::Plan;
use crate::domain::stats::{buckets, Bucket};
use crate::domain::step_down::start::{on_step, StartSource};
use crate::domain::step_down::supplement::{self, SupplementTarget};
use crate::domain::step_down::{StepChange, StepDay};
use crate::domain::summary::Totals;
use crate::domain::units::{Ml, Total, Volume};
use crate::domain::{Millis, MINUTE};

/// Supplements by how they were given: cup, at-breast supplementer, anything else (ml).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByMethod {
    pub cup: Total,
    pub supplementer: Total,
    pub other: Total,
}

/// One day of the summary's table.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultantRow {
    pub date: NaiveDate,
    /// The same tallies as every other screen's day.
    pub totals: Totals,
    pub by_method: ByMethod,
    /// Sessions started in the plan's sleeping hours.
    pub night_sessions: u32,
    /// The longest break that ended this day (from the session before, even one of the day
    /// before, to a session of this day); `None` without a session this day.
    pub longest_break: Option<Millis>,
}

impl ConsultantRow {
    /// The day's active minutes, whole, the seconds dropped (the Minutes column).
    pub fn minutes(&self) -> i64 {
        self.totals.active / MINUTE
    }
}

/// A note the parent wrote on a session or a supplement.
#[derive(Clone, Debug, PartialEq)]
pub struct LoggedNote {
    pub at: Millis,
    /// When it was written, in local time (the printout names the day and time).
    pub when: NaiveDateTime,
    /// The session's kind, or `None` for a supplement.
    pub session: Option<SessionKind>,
    pub text: String,
}

/// Where the parent is on their journey on the print day, as Settings → Your journey says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryJourney {
    pub path: Path,
    /// The baby's age in days on the print day, from the birth date.
    pub age_days: Option<i64>,
    /// Before the baby is here: the due date and the days until it (negative once passed).
    pub due: Option<(NaiveDate, i64)>,
    /// The baby's age in weeks as typed on the Plan screen, for settings that have no birth date
    /// (those saved before the journey existed): shown only without a birth date.
    pub plan_age_weeks: Option<u16>,
}

impl SummaryJourney {
    /// The journey on `today` (the print day), with the plan's older age field as a fallback.
    pub fn of(journey: &Journey, plan: &Plan, today: NaiveDate) -> Self {
        let age_days = journey.age_days(today);
        SummaryJourney {
            path: journey.path,
            age_days,
            due: journey.due_date.zip(journey.days_to_due(today)),
            plan_age_weeks: plan
                .baby_age_weeks
                .filter(|_| age_days.is_none() && journey.path.baby_here()),
        }
    }
}

/// The finished days' average a day (over the days with entries), for the row under the totals.
/// Counts keep their fraction (the text shows a decimal where it matters); amounts are on the
/// millilitre's hundredths, like every stored amount, so they print on the unit's grid.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DayAverage {
    /// How many days it is over.
    pub days: u32,
    pub sessions: f64,
    pub minutes: f64,
    pub expressed_ml: Total,
    pub cup_ml: Total,
    pub supplementer_ml: Total,
    pub other_ml: Total,
    pub wet: f64,
    pub dirty: f64,
    pub night_sessions: f64,
}

/// The step-down as the summary tells it, read from its own history ([`SupplementTarget`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepSection {
    pub started_on: NaiveDate,
    /// The daily amount it started from, in ml.
    pub start_ml: u32,
    /// Where that amount came from: the log's days before the start or what the parent said at
    /// the start, when it is that amount; `None` when it was typed on the Plan.
    pub start_source: Option<StartSource>,
    /// Today's planned amount (ml), the one every screen shows.
    pub today_ml: u32,
    /// Each day of the summary's range on which the amount stepped down, held or stepped back,
    /// with the reason the history gives, oldest first.
    pub changes: Vec<StepDay>,
}

impl StepSection {
    /// The step-down in `target` (today's), with where its starting amount came from: `entries`
    /// must cover the days before it began ([`log_needed_from`] does).
    fn of<Tz: TimeZone>(
        plan: &Plan,
        journey: &Journey,
        target: &SupplementTarget,
        entries: &[Entry],
        first: NaiveDate,
        tz: &Tz,
    ) -> Option<StepSection> {
        let sd = plan.step_down.as_ref()?;
        // The amount either unit's field would have put in from that source.
        let same =
            |ml: u32| [Volume::Ml, Volume::Oz].iter().any(|u| on_step(*u, ml) == sd.start_ml);
        let start_source = journey::supplement_from_log(entries, tz, sd.started_on)
            .filter(|a| same(a.ml))
            .map(|a| StartSource::Log { days: a.days })
            .or_else(|| {
                journey.supplement_ml_per_day.filter(|ml| same(*ml)).map(|_| StartSource::Said)
            });
        Some(StepSection {
            started_on: sd.started_on,
            start_ml: sd.start_ml,
            start_source,
            today_ml: target.ml,
            changes: target
                .history
                .iter()
                .filter(|d| d.date >= first && d.change != StepChange::Same)
                .copied()
                .collect(),
        })
    }
}

/// Everything the printed consultant summary shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultantModel {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The path and the baby's age or due date on the print day (`last`).
    pub journey: SummaryJourney,
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub night_sessions: u8,
    /// Finished days with entries, oldest first.
    pub rows: Vec<ConsultantRow>,
    /// Today so far, when it has entries: printed apart, marked "so far", and left out of the
    /// totals, the average and the charts (half a day is not a low day).
    pub today: Option<ConsultantRow>,
    /// The finished rows added up (the weight is left out: it does not add up).
    pub total: ConsultantRow,
    /// The finished rows' average a day; `None` without a finished day.
    pub average: Option<DayAverage>,
    /// Every finished day of the range, for the charts.
    pub days: Vec<Bucket>,
    /// Today's planned supplement, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
    /// The step-down section; `None` without a step-down or before it began.
    pub step_down: Option<StepSection>,
    /// Each finished day's own planned supplement (ml), lined up with `days`: `None` before the
    /// step-down began. Past days keep what was planned then, not today's amount.
    pub targets: Vec<Option<u32>>,
    /// Supplement (ml) logged with a feed (an at-breast supplementer or right after nursing) on
    /// the finished days, out of `total.totals.supplement_ml`.
    pub with_feed_ml: Total,
    /// Notes from the log in the range (today's too), oldest first.
    pub notes: Vec<LoggedNote>,
    /// From the whole log ([`ConsultantModel::with_whole_log`]): every milestone reached (the
    /// timeline Progress shows).
    pub milestones: Vec<Reached>,
    /// Each finished day of the range that has a share from the breast, as Progress shows it.
    pub shares: Vec<(NaiveDate, Share)>,
    /// The baseline every share is read against, and how it was chosen.
    pub baseline: Option<Baseline>,
    /// The listed medicines whose dates meet the range.
    pub medicines: Vec<MedicineLine>,
}

/// How many days the summary can cover, as offered, and the one chosen at first.
pub const DAYS_OFFERED: [i64; 3] = [7, 14, 30];
pub const DAYS_AT_FIRST: i64 = 14;

/// The first instant of the log the summary of `days` days up to `today` needs.
pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, days: i64, today: NaiveDate, tz: &Tz) -> Millis {
    let from = day_range(tz, today - Duration::days(days.max(1) - 1)).0;
    supplement::log_needed_from(plan, tz).map_or(from, |s| s.min(from))
}

impl ConsultantModel {
    /// The summary of the `days` days up to `today` (today so far, apart) for a parent on
    /// `journey`. `entries` must cover [`log_needed_from`] and may hold more; only the range is
    /// tallied.
    pub fn of<Tz: TimeZone>(
        entries: &[Entry],
        plan: &Plan,
        journey: &Journey,
        days: i64,
        today: NaiveDate,
        tz: &Tz,
    ) -> Self {
        let plan = plan.clamped();
        let first = today - Duration::days(days.max(1) - 1);
        let all_days = buckets(tz, entries, first, today, false);
        let live: Vec<&Entry> = entries.iter().filter(|e| !e.deleted).collect();
        let breaks = breaks_by_day(tz, &live);
        let mut rows = Vec::new();
        let mut today_row = None;
        let mut total = ConsultantRow {
            date: today,
            totals: Totals::default(),
            by_method: ByMethod::default(),
            night_sessions: 0,
            longest_break: None,
        };
        for day in all_days.iter().filter(|d| d.days_with_data > 0) {
            let mut by = ByMethod::default();
            let mut night = 0;
            for e in live.iter().filter(|e| local_date(tz, e.at) == day.date) {
                match &e.record {
                    Record::Supplement(sup) => match sup.method {
                        Method::Cup => by.cup += sup.ml,
                        Method::AtBreastSupplementer => by.supplementer += sup.ml,
                        _ => by.other += sup.ml,
                    },
                    Record::Session(s) => {
                        let minute = tz
                            .timestamp_millis_opt(s.start)
                            .single()
                            .map(|d| d.time())
                            .map(|t| (t.hour() * 60 + t.minute()) as u16);
                        if minute.is_some_and(|m| plan.sleeping_at(m)) {
                            night += 1;
                        }
                    }
                    _ => {}
                }
            }
            let row = ConsultantRow {
                date: day.date,
                totals: day.totals,
                by_method: by,
                night_sessions: night,
                longest_break: breaks.get(&day.date).copied(),
            };
            // Today is not over: it is shown apart and counts in no total.
            if day.date == today {
                today_row = Some(row);
                continue;
            }
            add(&mut total.totals, &day.totals);
            total.by_method.cup += by.cup;
            total.by_method.supplementer += by.supplementer;
            total.by_method.other += by.other;
            total.night_sessions += night;
            total.longest_break = total.longest_break.max(row.longest_break);
            rows.push(row);
        }
        let finished: Vec<Bucket> = all_days.into_iter().filter(|d| d.date < today).collect();
        let supplement = supplement::target(&plan, journey, entries, tz, today);
        let planned: HashMap<NaiveDate, u32> = supplement
            .iter()
            .flat_map(|s| s.history.iter().map(|d| (d.date, d.target_ml)))
            .collect();
        let targets = finished.iter().map(|d| planned.get(&d.date).copied()).collect();
        let step_down = supplement
            .as_ref()
            .and_then(|t| StepSection::of(&plan, journey, t, entries, first, tz));
        let mut with_feed_ml = Total::ZERO;
        let mut notes = Vec::new();
        let local = |at: Millis| {
            tz.timestamp_millis_opt(at).single().map_or(NaiveDateTime::MIN, |d| d.naive_local())
        };
        for e in live.iter().filter(|e| (first..=today).contains(&local_date(tz, e.at))) {
            match &e.record {
                Record::Supplement(s) => {
                    if s.after_session.is_some() && local_date(tz, e.at) < today {
                        with_feed_ml += s.ml;
                    }
                    if !s.notes.trim().is_empty() {
                        notes.push(LoggedNote {
                            at: e.at,
                            when: local(e.at),
                            session: None,
                            text: s.notes.clone(),
                        });
                    }
                }
                Record::Session(s) if !s.notes.trim().is_empty() => notes.push(LoggedNote {
                    at: e.at,
                    when: local(e.at),
                    session: Some(s.kind),
                    text: s.notes.clone(),
                }),
                _ => {}
            }
        }
        crate::domain::sorting::sort_by_key(&mut notes, |n| n.at);
        ConsultantModel {
            first,
            last: today,
            journey: SummaryJourney::of(journey, &plan, today),
            sessions_per_day: plan.sessions_per_day,
            session_minutes: plan.session_minutes,
            night_sessions: plan.night_sessions,
            average: average(&total, rows.len() as u32),
            rows,
            today: today_row,
            total,
            days: finished,
            supplement,
            step_down,
            targets,
            with_feed_ml,
            notes,
            milestones: Vec::new(),
            shares: Vec::new(),
            baseline: None,
            medicines: Vec::new(),
        }
    }

    /// Supplement given with a feed and all supplement given (finished days), when any was.
    pub fn with_feed(&self) -> Option<(Total, Total)> {
        let total = self.total.totals.supplement_ml;
        (!total.is_zero()).then_some((self.with_feed_ml, total))
    }

    /// Adds what needs the whole log (the one read Progress and Today share): every milestone
    /// reached, the range's finished days' shares from the breast with their baseline (the
    /// same numbers Progress and the Plan show), and the listed medicines that meet the range
    /// (from `all`: the whole log, or only its entries that count toward no day's tallies).
    pub fn with_whole_log(mut self, timeline: &Timeline, shares: &Shares, all: &[Entry]) -> Self {
        self.milestones = timeline.reached.clone();
        // The range's finished days: from its first day to yesterday.
        let days = (self.last - self.first).num_days();
        self.shares = shares
            .recent(self.last, days)
            .iter()
            .filter(|(_, s)| s.by_baseline.is_some() || s.by_weighing.is_some())
            .cloned()
            .collect();
        self.baseline = shares.baseline;
        self.medicines = medicines(all, self.first, self.last);
        self
    }
}

/// The average a day of the finished rows (`days` of them).
fn average(total: &ConsultantRow, days: u32) -> Option<DayAverage> {
    let n = f64::from(days);
    let per = |v: u32| f64::from(v) / n;
    // Rounded to the nearest hundredth of a millilitre: 301 ml over 3 days is 100.33 ml.
    let per_ml = |v: Total| Total::from(Ml::from_hundredths((v.ml() / n * 100.0).round() as u32));
    (days > 0).then(|| DayAverage {
        days,
        sessions: per(total.totals.sessions),
        minutes: total.totals.active as f64 / 60_000.0 / n,
        expressed_ml: per_ml(total.totals.expressed_ml),
        cup_ml: per_ml(total.by_method.cup),
        supplementer_ml: per_ml(total.by_method.supplementer),
        other_ml: per_ml(total.by_method.other),
        wet: per(total.totals.wet),
        dirty: per(total.totals.dirty),
        night_sessions: per(total.night_sessions),
    })
}

/// The longest break between sessions, by the day it ended on (the day of the session after it).
fn breaks_by_day<Tz: TimeZone>(tz: &Tz, live: &[&Entry]) -> HashMap<NaiveDate, Millis> {
    let mut spans: Vec<(Millis, Millis)> = live
        .iter()
        .filter_map(|e| match &e.record {
            Record::Session(s) => Some((s.start, s.end)),
            _ => None,
        })
        .collect();
    crate::domain::sorting::sort(&mut spans);
    let mut out: HashMap<NaiveDate, Millis> = HashMap::new();
    let mut last_end: Option<Millis> = None;
    for (start, end) in spans {
        if let Some(l) = last_end {
            let day = out.entry(local_date(tz, start)).or_insert(0);
            *day = (*day).max((start - l).max(0));
        }
        last_end = Some(last_end.map_or(end, |l| l.max(end)));
    }
    out
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

/// A listed medicine as the summary shows it: its dates and the days ticked as taken in range.
#[derive(Clone, Debug, PartialEq)]
pub struct MedicineLine {
    pub medicine: crate::domain::medicine::Medicine,
    /// Days ticked as taken within the summary's days.
    pub taken_in_range: usize,
}

/// The parent's listed medicines whose dates meet `first..=last`, earliest start first.
pub fn medicines(entries: &[Entry], first: NaiveDate, last: NaiveDate) -> Vec<MedicineLine> {
    let mut out: Vec<MedicineLine> = entries
        .iter()
        .filter(|e| !e.deleted)
        .filter_map(|e| match &e.record {
            Record::Medicine(m) if m.overlaps(first, last) => Some(MedicineLine {
                medicine: m.clone(),
                taken_in_range: m.taken_between(first, last),
            }),
            _ => None,
        })
        .collect();
    crate::domain::sorting::sort_by(&mut out, |a, b| {
        a.medicine.start.cmp(&b.medicine.start).then(a.medicine.name.cmp(&b.medicine.name))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::Milk;
    use crate::domain::plan::StepDown;
    use crate::domain::test_kit::{session, supplement, wet, Tweak};
    use crate::domain::units::Ml;
    use crate::domain::{HOUR, MINUTE};
    use chrono_tz::Europe::London;

    fn at(day: u32, h: u32, m: u32) -> Millis {
        London
            .with_ymd_and_hms(2026, 11, day, h, m, 0)
            .single()
            .map(|d| d.timestamp_millis())
            .unwrap_or_default()
    }

    #[test]
    fn night_sessions_and_the_longest_break_are_counted_per_calendar_day() {
        let plan = Plan { wake: 7 * 60, sleep: 23 * 60, ..Plan::default() };
        let log = vec![
            session("a", SessionKind::Pumping, at(20, 8, 0)),
            session("b", SessionKind::Pumping, at(20, 22, 0)),
            session("c", SessionKind::Nursing, at(21, 3, 0)),
            session("d", SessionKind::Pumping, at(21, 9, 0)),
        ];
        // Printed on the 22nd: the 20th and 21st are whole days.
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let m = ConsultantModel::of(&log, &plan, &Journey::default(), 3, today, &London);
        assert_eq!(m.rows.len(), 2);
        assert_eq!(m.rows[0].night_sessions, 0, "08:00 and 22:00 are waking hours");
        assert_eq!(m.rows[1].night_sessions, 1, "03:00 is in the night");
        // 08:20 → 22:00 ends on the 20th; 22:20 → 03:00 ends on the 21st; 03:20 → 09:00 too.
        assert_eq!(m.rows[0].longest_break, Some(13 * HOUR + 40 * MINUTE));
        assert_eq!(m.rows[1].longest_break, Some(5 * HOUR + 40 * MINUTE));
        assert_eq!(m.total.night_sessions, 1);
        assert_eq!(m.total.longest_break, Some(13 * HOUR + 40 * MINUTE));
        assert_eq!(m.journey.path, Path::Relactating);
    }

    #[test]
    fn minutes_drop_their_seconds_and_an_average_amount_rounds_to_the_hundredth() {
        let plan = Plan::default();
        // A 20 min 59 s session and a 20 min one on the 20th: 40 minutes, not 41.
        let mut long = session("a", SessionKind::Pumping, at(20, 8, 0));
        if let Record::Session(s) = &mut long.record {
            s.end += 59_000;
        }
        // 100 + 100 + 102 ml by supplementer over three days: 100.666… a day, 100.67 ml.
        let log = vec![
            long,
            session("b", SessionKind::Pumping, at(20, 12, 0)),
            supplement("x", at(20, 9, 0), 100).given(Milk::Donor, Method::AtBreastSupplementer),
            supplement("y", at(21, 9, 0), 100).given(Milk::Donor, Method::AtBreastSupplementer),
            supplement("z", at(22, 9, 0), 102).given(Milk::Donor, Method::AtBreastSupplementer),
        ];
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let m = ConsultantModel::of(&log, &plan, &Journey::default(), 4, today, &London);
        assert_eq!(m.rows.len(), 3);
        assert_eq!(m.rows[0].minutes(), 40);
        assert_eq!(m.total.minutes(), 40);
        let avg = m.average.unwrap_or_default();
        assert_eq!(avg.supplementer_ml, Total::from(Ml::from_hundredths(10067)));
        assert_eq!(avg.cup_ml, Total::ZERO);
    }

    #[test]
    fn a_note_keeps_its_local_day_and_time_in_summer_time() {
        // 09:40 in London on 1 July is 08:40 UTC.
        let written = London.with_ymd_and_hms(2026, 7, 1, 9, 40, 0).unwrap().timestamp_millis();
        let log = [session("a", SessionKind::Nursing, written).notes("latched well")];
        let today = NaiveDate::from_ymd_opt(2026, 7, 2).unwrap_or_default();
        let m = ConsultantModel::of(&log, &Plan::default(), &Journey::default(), 3, today, &London);
        let when = NaiveDate::from_ymd_opt(2026, 7, 1).and_then(|d| d.and_hms_opt(9, 40, 0));
        assert_eq!(m.notes.iter().map(|n| Some(n.when)).collect::<Vec<_>>(), [when]);
    }

    #[test]
    fn each_past_day_keeps_the_supplement_planned_that_day_not_todays() {
        let started = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap_or_default();
        let plan = Plan {
            step_down: Some(StepDown {
                start_ml: 300,
                step_ml: 30,
                hold_days: 2,
                started_on: started,
            }),
            ..Plan::default()
        };
        // Six wet diapers every day: the step-down steps every two days.
        let mut log = Vec::new();
        for d in 3..=20 {
            for w in 0..6 {
                log.push(wet(format!("w{d}-{w}"), at(d, 8 + w, 0)));
            }
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        let m = ConsultantModel::of(&log, &plan, &Journey::default(), 14, today, &London);
        // The 7th to the 19th: the finished days (today is printed apart, so far).
        assert_eq!(m.targets.len(), 13);
        assert_eq!(m.targets[0], None, "the 7th: before the step-down began");
        assert_eq!(m.targets[3], Some(300), "the 10th: the first day");
        let today_ml = m.supplement.as_ref().map(|s| s.ml);
        assert!(today_ml < Some(300), "it stepped down since: {today_ml:?}");
        assert_eq!(m.step_down.map(|s| s.today_ml), today_ml, "the one every screen shows");
        let distinct: std::collections::BTreeSet<_> = m.targets.iter().flatten().collect();
        assert!(distinct.len() > 1, "not one flat line: {:?}", m.targets);
    }

    #[test]
    fn supplement_given_with_a_feed_and_the_logs_notes_are_in_the_summary() {
        let log = vec![
            session("n", SessionKind::Nursing, at(20, 3, 0)).notes("sleepy latch"),
            supplement("p", at(20, 3, 20), 30)
                .given(Milk::Donor, Method::AtBreastSupplementer)
                .after("n")
                .notes("used the supplementer on the left"),
            supplement("q", at(20, 12, 0), 50),
            supplement("gone", at(20, 13, 0), 70)
                .given(Milk::Donor, Method::AtBreastSupplementer)
                .after("n")
                .notes("deleted")
                .with_deleted(at(20, 14, 0), true),
        ];
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap_or_default();
        let m = ConsultantModel::of(&log, &Plan::default(), &Journey::default(), 7, today, &London);
        assert_eq!((m.with_feed_ml.whole_ml(), m.total.totals.supplement_ml.whole_ml()), (30, 80));
        // Printed on the 20th itself, the day is not over: nothing is added up yet.
        let on_the_day = ConsultantModel::of(
            &log,
            &Plan::default(),
            &Journey::default(),
            7,
            today.pred_opt().unwrap_or_default(),
            &London,
        );
        assert_eq!(
            (on_the_day.with_feed_ml.whole_ml(), on_the_day.total.totals.supplement_ml.whole_ml()),
            (0, 0)
        );
        assert_eq!(on_the_day.today.map(|r| r.totals.supplement_ml.whole_ml()), Some(80));
        assert_eq!(on_the_day.notes.len(), 2, "today's notes are printed");
        let notes: Vec<(Option<SessionKind>, &str)> =
            m.notes.iter().map(|n| (n.session, n.text.as_str())).collect();
        assert_eq!(
            notes,
            vec![
                (Some(SessionKind::Nursing), "sleepy latch"),
                (None, "used the supplementer on the left"),
            ]
        );
    }

    #[test]
    fn listed_medicines_in_range_with_days_ticked_there() {
        use crate::domain::day::iso_date::parse;
        use crate::domain::medicine::Medicine;
        let d = |s| parse(s).unwrap();
        let med = |name, start, stop: Option<&str>| {
            Medicine::from_form(name, true, "", parse(start), stop.and_then(parse)).unwrap()
        };
        let a = med("B", "2026-10-01", None)
            .with_taken(d("2026-10-02"), true)
            .with_taken(d("2026-11-10"), true)
            .with_taken(d("2026-11-11"), true);
        let ended = med("A", "2026-09-01", Some("2026-09-30"));
        let gone = Entry::new("g".into(), 1, Record::Medicine(med("C", "2026-11-01", None)))
            .with_deleted(2, true);
        let entries = vec![
            Entry::new("a".into(), 1, Record::Medicine(a)),
            Entry::new("e".into(), 1, Record::Medicine(ended)),
            gone,
        ];
        let lines = medicines(&entries, d("2026-11-01"), d("2026-11-14"));
        assert_eq!(lines.len(), 1, "ended before the range, or deleted: left out");
        assert_eq!((lines[0].medicine.name.as_str(), lines[0].taken_in_range), ("B", 2));
        assert_eq!(medicines(&entries, d("2026-09-20"), d("2026-10-03")).len(), 2);
    }

    #[test]
    fn the_whole_logs_lines_are_progress_milestones_and_the_finished_days_shares() {
        use crate::domain::milestones;
        let mut log = vec![session("p", SessionKind::Pumping, at(10, 9, 0))];
        if let Record::Session(s) = &mut log[0].record {
            s.left_ml = Some(Ml::whole(4));
        }
        log.push(session("n", SessionKind::Nursing, at(12, 9, 0)));
        log.push(
            supplement("s", at(12, 10, 0), 90)
                .given(Milk::Donor, Method::AtBreastSupplementer)
                .after("n"),
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 13).unwrap();
        let progress = milestones::timeline(&London, &log, Some(120), None, today);
        let shares = milestones::all_shares(&London, &log, Some(120), today);
        let m =
            ConsultantModel::of(&log, &Plan::default(), &Journey::default(), 14, today, &London)
                .with_whole_log(&progress, &shares, &log);
        assert_eq!(m.milestones, progress.reached);
        assert_eq!(m.milestones.len(), 2);
        // 90 ml against 120 ml said at the start: 25%. The 10th, before any supplement was
        // logged, has no share: nothing logged is not the same as nothing needed.
        use chrono::Datelike;
        let days: Vec<(u32, Option<u32>)> =
            m.shares.iter().map(|(d, s)| (d.day(), s.by_baseline)).collect();
        assert_eq!(days, [(12, Some(25))]);
        assert_eq!(m.baseline.map(|b| b.ml), Some(120));
    }

    /// The walk-through: 2 to 11 November, 8 pumpings a day, supplements by cup falling from 360
    /// to 180 ml, 7 wet diapers a day but 5 on the 8th; on the 12th by 09:00, two pumpings, 60 ml
    /// and two wet diapers. The parent said 360 ml a day at the start; the step-down began on the
    /// 8th at 210 ml (the 5th to the 7th: 240 + 210 + 180 = 630 / 3), 30 ml after 2 good days.
    fn walk_through() -> (Vec<Entry>, Plan, Journey) {
        const GIVEN: [u32; 10] = [360, 330, 300, 240, 210, 180, 210, 210, 210, 180];
        let mut log = Vec::new();
        for (i, ml) in GIVEN.iter().enumerate() {
            let d = 2 + i as u32;
            for n in 0..8 {
                log.push(session(format!("p{d}-{n}"), SessionKind::Pumping, at(d, 6 + 2 * n, 0)));
            }
            log.push(
                supplement(format!("c{d}"), at(d, 13, 0), *ml).given(Milk::Formula, Method::Cup),
            );
            for w in 0..if d == 8 { 5 } else { 7 } {
                log.push(wet(format!("w{d}-{w}"), at(d, 7 + 2 * w, 30)));
            }
        }
        log.push(session("t1", SessionKind::Pumping, at(12, 1, 0)));
        log.push(session("t2", SessionKind::Pumping, at(12, 5, 0)));
        log.push(
            supplement("tc", at(12, 13, 0), 60)
                .given(Milk::Formula, Method::Cup)
                .with_deleted(0, false),
        );
        log.push(wet("tw1", at(12, 2, 0)));
        log.push(wet("tw2", at(12, 6, 0)));
        let started = NaiveDate::from_ymd_opt(2026, 11, 8).unwrap();
        let plan = Plan {
            step_down: Some(StepDown {
                started_on: started,
                start_ml: 210,
                step_ml: 30,
                hold_days: 2,
            }),
            ..Plan::default()
        };
        let journey = Journey {
            path: Path::Relactating,
            birth_date: NaiveDate::from_ymd_opt(2026, 9, 7),
            supplement_ml_per_day: Some(360),
            ..Journey::default()
        };
        (log, plan, journey)
    }

    #[test]
    fn the_walk_through_prints_today_apart_the_step_down_with_its_reasons_and_about_half() {
        use crate::domain::milestones;
        use crate::domain::step_down::{Hold, Short};
        use chrono::Datelike;
        let (log, plan, journey) = walk_through();
        let today = NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
        let m = ConsultantModel::of(&log, &plan, &journey, 14, today, &London);
        // Today so far is apart, and counts in no total: ten whole days of 8 pumpings, 2430 ml
        // of supplement (360 + 330 + 300 + 240 + 210 + 180 + 210 + 210 + 210 + 180) and
        // 9 × 7 + 5 = 68 wet diapers; an average of 8 sessions, 243 ml and 6.8 wet a day.
        let today_row =
            m.today.as_ref().map(|r| (r.date.day(), r.totals.sessions, r.by_method.cup.whole_ml()));
        assert_eq!(today_row, Some((12, 2, 60)));
        assert_eq!(m.rows.len(), 10);
        assert!(m.rows.iter().all(|r| r.date < today));
        let t = m.total.totals;
        assert_eq!(
            (t.sessions, m.total.by_method.cup.whole_ml(), t.supplement_ml.whole_ml(), t.wet),
            (80, 2430, 2430, 68)
        );
        let avg = m.average.unwrap();
        assert_eq!((avg.days, avg.sessions, avg.cup_ml.whole_ml()), (10, 8.0, 243));
        assert!((avg.wet - 6.8).abs() < 1e-9);
        // The charts draw finished days only: the 29th of October to the 11th of November.
        assert_eq!(m.days.len(), 13);
        assert_eq!(m.days.last().map(|d| d.date.day()), Some(11));
        assert_eq!(m.targets.len(), m.days.len());
        // The step-down: began on the 8th at 210 ml, the log's 3 days before it; the 8th had
        // 5 wet diapers, so the 9th held; two good days (the 9th and 10th) and the 11th stepped
        // down to 180 ml, today's amount.
        let sd = m.step_down.as_ref().unwrap();
        assert_eq!((sd.started_on.day(), sd.start_ml, sd.today_ml), (8, 210, 180));
        assert_eq!(sd.start_source, Some(StartSource::Log { days: 3 }));
        let changes: Vec<(u32, u32, StepChange, Option<Hold>)> =
            sd.changes.iter().map(|d| (d.date.day(), d.target_ml, d.change, d.held)).collect();
        let few_wet = Hold::Short(Short { wet: true, wet_needed: 6, ..Short::default() });
        assert_eq!(
            changes,
            [(9, 210, StepChange::HeldLow, Some(few_wet)), (11, 180, StepChange::Down, None)]
        );
        // Against the 360 ml said at the start, the 11th's 180 ml is half from the breast.
        let m = m.with_whole_log(
            &milestones::timeline(&London, &log, journey.supplement_ml_per_day, None, today),
            &milestones::all_shares(&London, &log, journey.supplement_ml_per_day, today),
            &log,
        );
        let last = m.shares.last().map(|(d, s)| (d.day(), s.by_baseline));
        assert_eq!(last, Some((11, Some(50))));
        assert_eq!(m.shares.len(), 10, "every finished day from the 2nd has one");
        // A summary of 7 days (the 6th to today, the 12th) has the 6th to the 11th, no more.
        let week = ConsultantModel::of(&log, &plan, &journey, 7, today, &London).with_whole_log(
            &milestones::timeline(&London, &log, Some(360), None, today),
            &milestones::all_shares(&London, &log, Some(360), today),
            &log,
        );
        let days: Vec<u32> = week.shares.iter().map(|(d, _)| d.day()).collect();
        assert_eq!(days, [6, 7, 8, 9, 10, 11]);
        // Set on the Plan by hand, or from what the parent said: the source says so.
        let typed = Plan {
            step_down: plan.step_down.clone().map(|s| StepDown { start_ml: 200, ..s }),
            ..plan.clone()
        };
        let m = ConsultantModel::of(&log, &typed, &journey, 14, today, &London);
        assert_eq!(m.step_down.map(|s| s.start_source), Some(None));
        let said = Plan {
            step_down: plan.step_down.clone().map(|s| StepDown { start_ml: 360, ..s }),
            ..plan
        };
        let m = ConsultantModel::of(&log, &said, &journey, 14, today, &London);
        assert_eq!(m.step_down.map(|s| s.start_source), Some(Some(StartSource::Said)));
    }

    #[test]
    fn the_summary_says_the_journeys_path_and_the_babys_age_or_due_date_on_the_print_day() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default();
        let today = d(11, 28);
        let of = |j: &Journey, p: &Plan| ConsultantModel::of(&[], p, j, 14, today, &London).journey;
        // Inducing, born on 17 October: six weeks on the print day; the plan's older field is
        // not used once there is a birth date.
        let plan = Plan { baby_age_weeks: Some(2), ..Plan::default() };
        let born = Journey {
            path: Path::InducingBabyHere,
            birth_date: Some(d(10, 17)),
            ..Journey::default()
        };
        let j = of(&born, &plan);
        assert_eq!(
            (j.path, j.age_days, j.due, j.plan_age_weeks),
            (Path::InducingBabyHere, Some(42), None, None)
        );
        // Preparing: the due date and the days to it, no age.
        let due =
            Journey { path: Path::Preparing, due_date: Some(d(12, 20)), ..Journey::default() };
        let j = of(&due, &plan);
        assert_eq!(
            (j.path, j.age_days, j.due, j.plan_age_weeks),
            (Path::Preparing, None, Some((d(12, 20), 22)), None)
        );
        // Settings saved before the journey existed: relactating, as Settings shows them, and the
        // age once typed on the Plan screen.
        let old = r#"{"plan":{"goal":"induced_lactation","baby_age_weeks":3,"sessions_per_day":11,
            "session_minutes":25,"wake":360,"sleep":1320,"night_sessions":2,"step_down":null,
            "revision":7}}"#;
        let s = crate::domain::settings::Settings::parse_over(old, Default::default)
            .unwrap_or_default();
        let j = of(&s.journey, &s.plan);
        assert_eq!(
            (j.path, j.age_days, j.due, j.plan_age_weeks),
            (Path::Relactating, None, None, Some(3))
        );
        let m = ConsultantModel::of(&[], &s.plan, &s.journey, 14, today, &London);
        assert_eq!(m.sessions_per_day, 11, "the old plan is read as before");
    }
}
