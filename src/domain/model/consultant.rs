//! The consultant summary's model: the plan in force, a row per logged day (calendar days, midnight
//! to midnight) with supplements by method, night sessions and the longest break, the totals, the
//! daily series for its two charts with each day's own planned supplement, how much supplement went
//! with a feed, and the notes the parent wrote in the log; the path and the baby's age (or due
//! date) from the parent's journey; apart, the journey lines (milestones and the share from the
//! breast), which need the whole log.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, TimeZone, Timelike};

use super::supplement::{self, SupplementTarget};
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::{Entry, Method, Record, SessionKind};
use crate::domain::journey::{Journey, Path};
use crate::domain::milestones::{self, Reached, Share, Timeline};
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
    /// Sessions started in the plan's sleeping hours.
    pub night_sessions: u32,
    /// The longest break that ended this day (from the session before, even one of the day
    /// before, to a session of this day); `None` without a session this day.
    pub longest_break: Option<Millis>,
}

/// A note the parent wrote on a session or a supplement.
#[derive(Clone, Debug, PartialEq)]
pub struct LoggedNote {
    pub at: Millis,
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
    /// Days with entries, oldest first.
    pub rows: Vec<ConsultantRow>,
    /// The rows added up (the weight is left out: it does not add up).
    pub total: ConsultantRow,
    /// Every day of the range, for the charts.
    pub days: Vec<Bucket>,
    /// Today's planned supplement, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
    /// Each day's own planned supplement (ml), lined up with `days`: `None` before the
    /// step-down began. Past days keep what was planned then, not today's amount.
    pub targets: Vec<Option<u32>>,
    /// Supplement (ml) logged with a feed (an at-breast supplementer or right after nursing),
    /// out of `total.totals.supplement_ml`.
    pub with_feed_ml: u32,
    /// Notes from the log in the range, oldest first.
    pub notes: Vec<LoggedNote>,
}

/// The first instant of the log the summary of `days` days up to `today` needs.
pub fn log_needed_from<Tz: TimeZone>(plan: &Plan, days: i64, today: NaiveDate, tz: &Tz) -> Millis {
    let from = day_range(tz, today - Duration::days(days.max(1) - 1)).0;
    supplement::log_needed_from(plan, tz).map_or(from, |s| s.min(from))
}

impl ConsultantModel {
    /// The summary of the `days` days up to `today` for a parent on `journey`. `entries` may hold
    /// more; only the range is tallied.
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
        let mut total = ConsultantRow {
            date: today,
            totals: Totals::default(),
            by_method: ByMethod::default(),
            night_sessions: 0,
            longest_break: None,
        };
        let in_range = |e: &&&Entry| (first..=today).contains(&local_date(tz, e.at));
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
            let longest_break = breaks.get(&day.date).copied();
            add(&mut total.totals, &day.totals);
            total.by_method.cup += by.cup;
            total.by_method.supplementer += by.supplementer;
            total.by_method.other += by.other;
            total.night_sessions += night;
            total.longest_break = total.longest_break.max(longest_break);
            rows.push(ConsultantRow {
                date: day.date,
                totals: day.totals,
                by_method: by,
                night_sessions: night,
                longest_break,
            });
        }
        let supplement = supplement::target(&plan, journey, entries, tz, today);
        let planned: HashMap<NaiveDate, u32> = supplement
            .iter()
            .flat_map(|s| s.history.iter().map(|d| (d.date, d.target_ml)))
            .collect();
        let targets = all_days.iter().map(|d| planned.get(&d.date).copied()).collect();
        let mut with_feed_ml = 0;
        let mut notes = Vec::new();
        for e in live.iter().filter(in_range) {
            match &e.record {
                Record::Supplement(s) => {
                    if s.after_session.is_some() {
                        with_feed_ml += s.ml;
                    }
                    if !s.notes.trim().is_empty() {
                        notes.push(LoggedNote { at: e.at, session: None, text: s.notes.clone() });
                    }
                }
                Record::Session(s) if !s.notes.trim().is_empty() => notes.push(LoggedNote {
                    at: e.at,
                    session: Some(s.kind),
                    text: s.notes.clone(),
                }),
                _ => {}
            }
        }
        notes.sort_by_key(|n| n.at);
        ConsultantModel {
            first,
            last: today,
            journey: SummaryJourney::of(journey, &plan, today),
            sessions_per_day: plan.sessions_per_day,
            session_minutes: plan.session_minutes,
            night_sessions: plan.night_sessions,
            rows,
            total,
            days: all_days,
            supplement,
            targets,
            with_feed_ml,
            notes,
        }
    }
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
    spans.sort();
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
    out.sort_by(|a, b| {
        a.medicine.start.cmp(&b.medicine.start).then(a.medicine.name.cmp(&b.medicine.name))
    });
    out
}

/// The summary's journey lines: every milestone reached (the shared timeline Progress shows) and
/// the share from the breast for each finished day of the summary's range that has a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyLines {
    pub reached: Vec<Reached>,
    pub shares: Vec<(NaiveDate, Share)>,
}

impl JourneyLines {
    /// From the timeline and every finished day's share (both from the whole log, as Progress
    /// shows them), for the `days` of the range.
    pub fn of(
        timeline: &Timeline,
        shares: &[(NaiveDate, Share)],
        days: i64,
        today: NaiveDate,
    ) -> Self {
        JourneyLines {
            reached: timeline.reached.clone(),
            shares: milestones::recent(shares, today, days.max(1))
                .iter()
                .filter(|(_, s)| s.by_baseline.is_some() || s.by_weighing.is_some())
                .cloned()
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Milk, Session, Supplement};
    use crate::domain::plan::StepDown;
    use crate::domain::{HOUR, MINUTE};
    use chrono_tz::Europe::London;

    fn at(day: u32, h: u32, m: u32) -> Millis {
        London
            .with_ymd_and_hms(2026, 11, day, h, m, 0)
            .single()
            .map(|d| d.timestamp_millis())
            .unwrap_or_default()
    }

    fn session(id: &str, start: Millis, kind: SessionKind, notes: &str) -> Entry {
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
                notes: notes.into(),
                test_weight: None,
            }),
        )
    }

    fn sup(id: &str, at: Millis, ml: u32, after: Option<&str>, notes: &str) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Supplement(Supplement {
                at,
                ml,
                milk: Milk::Donor,
                method: Method::AtBreastSupplementer,
                after_session: after.map(Into::into),
                notes: notes.into(),
            }),
        )
    }

    fn wet(id: &str, at: Millis) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
        )
    }

    #[test]
    fn night_sessions_and_the_longest_break_are_counted_per_calendar_day() {
        let plan = Plan { wake: 7 * 60, sleep: 23 * 60, ..Plan::default() };
        let log = vec![
            session("a", at(20, 8, 0), SessionKind::Pumping, ""),
            session("b", at(20, 22, 0), SessionKind::Pumping, ""),
            session("c", at(21, 3, 0), SessionKind::Nursing, ""),
            session("d", at(21, 9, 0), SessionKind::Pumping, ""),
        ];
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap_or_default();
        let m = ConsultantModel::of(&log, &plan, &Journey::default(), 2, today, &London);
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
                log.push(wet(&format!("w{d}-{w}"), at(d, 8 + w, 0)));
            }
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        let m = ConsultantModel::of(&log, &plan, &Journey::default(), 14, today, &London);
        assert_eq!(m.targets.len(), 14);
        assert_eq!(m.targets[0], None, "the 7th: before the step-down began");
        assert_eq!(m.targets[3], Some(300), "the 10th: the first day");
        let today_ml = m.supplement.as_ref().map(|s| s.ml);
        assert_eq!(m.targets[13], today_ml, "today's is the one every screen shows");
        assert!(today_ml < Some(300), "it stepped down since: {today_ml:?}");
        let distinct: std::collections::BTreeSet<_> = m.targets.iter().flatten().collect();
        assert!(distinct.len() > 1, "not one flat line: {:?}", m.targets);
    }

    #[test]
    fn supplement_given_with_a_feed_and_the_logs_notes_are_in_the_summary() {
        let log = vec![
            session("n", at(20, 3, 0), SessionKind::Nursing, "sleepy latch"),
            sup("p", at(20, 3, 20), 30, Some("n"), "used the supplementer on the left"),
            sup("q", at(20, 12, 0), 50, None, ""),
            sup("gone", at(20, 13, 0), 70, Some("n"), "deleted").with_deleted(at(20, 14, 0), true),
        ];
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        let m = ConsultantModel::of(&log, &Plan::default(), &Journey::default(), 7, today, &London);
        assert_eq!((m.with_feed_ml, m.total.totals.supplement_ml), (30, 80));
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
    fn the_journey_lines_are_progress_milestones_and_the_finished_days_shares() {
        let mut log = vec![session("p", at(10, 9, 0), SessionKind::Pumping, "")];
        if let Record::Session(s) = &mut log[0].record {
            s.left_ml = Some(4);
        }
        log.push(session("n", at(12, 9, 0), SessionKind::Nursing, ""));
        log.push(Entry::new(
            "s".into(),
            at(12, 10, 0),
            Record::Supplement(Supplement {
                at: at(12, 10, 0),
                ml: 90,
                milk: Milk::Donor,
                method: Method::AtBreastSupplementer,
                after_session: Some("n".into()),
                notes: String::new(),
            }),
        ));
        let plan = Plan {
            step_down: Some(StepDown { start_ml: 120, ..StepDown::default() }),
            ..Plan::default()
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 13).unwrap();
        let progress = milestones::timeline(&London, &log, Some(120), None, today);
        let step = plan.clamped().step_down.map(|s| s.start_ml);
        let j = JourneyLines::of(
            &progress,
            &milestones::all_shares(&London, &log, step, today),
            14,
            today,
        );
        assert_eq!(j.reached, progress.reached);
        assert_eq!(j.reached.len(), 2);
        // 90 ml against 120 ml at the start: 25%. The 10th, before any supplement was logged,
        // has no share: nothing logged is not the same as nothing needed.
        use chrono::Datelike;
        let twelfth = j.shares.iter().find(|(d, _)| d.day() == 12).map(|(_, s)| s.by_baseline);
        assert_eq!(twelfth, Some(Some(25)));
        assert_eq!(j.shares.len(), 1);
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
