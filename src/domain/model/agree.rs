//! The property the screen models exist for: for the same log, plan and moment, every screen and
//! printout reports the same planned supplement, the same day's totals and the same session
//! counts — even when each screen loads only the part of the log it asks for.

use chrono::{Duration, NaiveDate};
use chrono_tz::Europe::London;

use super::consultant::{self, ConsultantModel};
use super::plan::PlanModel;
use super::progress::{self, ChartKind, Layer, Range};
use super::today::TodayModel;
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::{
    Diaper, Entry, Method, Milk, Record, Session, SessionKind, Supplement, Weight,
};
use crate::domain::journey::Journey;
use crate::domain::plan::{Plan, SlotStatus, StepDown};
use crate::domain::settings::Settings;
use crate::domain::step_down::supplement;
use crate::domain::test_kit::Random;
use crate::domain::units::Ml;
use crate::domain::{Millis, MINUTE};

fn random_plan(rng: &mut Random, today: NaiveDate) -> Plan {
    let step_down = (rng.below(4) != 0).then(|| StepDown {
        started_on: today - Duration::days(rng.below(25) as i64),
        start_ml: rng.below(600) as u32,
        step_ml: rng.below(250) as u32,
        hold_days: rng.below(5) as u8,
    });
    Plan {
        sessions_per_day: 8 + rng.below(5) as u8,
        session_minutes: rng.pick(&[20, 25, 30]),
        wake: rng.pick(&[0, 6 * 60, 7 * 60, 14 * 60]),
        sleep: rng.pick(&[22 * 60, 23 * 60 + 30, 6 * 60]),
        night_sessions: rng.below(4) as u8,
        step_down,
        ..Plan::default()
    }
}

/// A baby of any age the step-down reads differently (first days, young, older, unknown), so
/// the hold rule's every stage is read by every screen; most babies young enough that their
/// step-down crosses day 5 or 6 weeks.
fn random_journey(rng: &mut Random, today: NaiveDate) -> Journey {
    let birth_date = (rng.below(5) != 0).then(|| today - Duration::days(rng.below(70) as i64));
    Journey { birth_date, ..Journey::default() }
}

fn random_log(rng: &mut Random, now: Millis) -> Vec<Entry> {
    let mut weight = 3000 + rng.below(800) as u32;
    let mut log = Vec::new();
    let mut add = |rng: &mut Random, at: Millis, record: Record| {
        let e = Entry::new(format!("e{}", log.len()), at, record);
        log.push(if rng.below(15) == 0 { e.with_deleted(now, true) } else { e });
    };
    // Mostly enough wet diapers a day, so the step-down really steps, holds and steps back.
    for day in 0..40 {
        let wet = rng.pick(&[2, 5, 6, 6, 7, 7, 8, 9, 10]);
        for _ in 0..wet {
            let at = now - (day * 24 * 60 + rng.below(24 * 60) as Millis) * MINUTE;
            let dirty = rng.below(2) == 0; // about 3.5 stools a day: young babies step too
            add(rng, at, Record::Diaper(Diaper { at, wet: true, dirty, dark_urine: false }));
        }
        if rng.below(3) == 0 {
            let at = now - (day * 24 * 60 + rng.below(24 * 60) as Millis) * MINUTE;
            weight = (weight as i64 + rng.below(120) as i64 - 40) as u32;
            add(rng, at, Record::Weight(Weight { at, grams: weight }));
        }
    }
    for _ in 0..rng.below(300) {
        let at = now - rng.below(40 * 24 * 60) as Millis * MINUTE;
        let record = if rng.below(3) == 0 {
            Record::Supplement(Supplement {
                at,
                ml: Ml::whole(rng.below(120) as u32),
                milk: rng.pick(&[Milk::OwnExpressed, Milk::Donor, Milk::Formula]),
                method: rng.pick(&[Method::Cup, Method::AtBreastSupplementer, Method::Bottle]),
                after_session: None,
                notes: String::new(),
            })
        } else {
            let ml = |rng: &mut Random| (rng.below(3) != 0).then(|| rng.below(80) as u32);
            Record::Session(Session {
                kind: rng.pick(&SessionKind::ALL),
                start: at,
                end: at + (5 + rng.below(30) as Millis) * MINUTE,
                segments: vec![],
                left_ml: ml(rng).map(Ml::whole),
                right_ml: ml(rng).map(Ml::whole),
                notes: String::new(),
                test_weight: None,
            })
        };
        add(rng, at, record);
    }
    log
}

/// What a screen gets when it loads the log from `from` to the end of `today`.
fn loaded(log: &[Entry], from: Millis, to: Millis) -> Vec<Entry> {
    log.iter().filter(|e| e.at >= from && e.at < to).cloned().collect()
}

#[test]
fn every_screen_and_printout_reports_the_same_target_totals_and_sessions_for_the_same_day() {
    let mut rng = Random(0x2545_F491_4F6C_DD1D);
    let day0 = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    for case in 0..250 {
        let today = day0 + Duration::days(rng.below(120) as i64); // crosses the October DST change
        let (start, end) = day_range(&London, today);
        let now = start + rng.below(((end - start) / MINUTE) as u64) as Millis * MINUTE;
        let plan = random_plan(&mut rng, today);
        let journey = random_journey(&mut rng, today);
        let settings =
            Settings { plan: plan.clone(), journey: journey.clone(), ..Settings::default() };
        let log = random_log(&mut rng, now);
        let ctx = format!("case {case}: {plan:?}, {journey:?} at {now}");
        assert_eq!(local_date(&London, now), today);

        let today_log = loaded(&log, TodayModel::log_needed_from(&plan, now, &London), end);
        let t = TodayModel::of(&today_log, &plan, now, &London, Millis::MIN)
            .with_journey(&journey, &plan, &London, &today_log);
        let plan_log = loaded(&log, PlanModel::log_needed_from(&plan, now, &London), end);
        let p = PlanModel::of(&plan, &journey, &plan_log, today, &London).with_signs(
            &journey,
            &plan,
            &plan_log,
            now,
            Millis::MIN,
            &London,
        );
        let printed = p.printout();
        let progress: Vec<_> = [Range::Week, Range::Month, Range::All]
            .into_iter()
            .map(|r| {
                let from = progress::log_needed_from(&plan, r, today, &London);
                progress::charts(&loaded(&log, from, end), &settings, r, today, &London, 0)
            })
            .collect();
        let summaries: Vec<ConsultantModel> = [7, 14, 30]
            .into_iter()
            .map(|days| {
                let from = consultant::log_needed_from(&plan, days, today, &London);
                let loaded = loaded(&log, from, end);
                ConsultantModel::of(&loaded, &plan, &journey, days, today, &London)
            })
            .collect();

        // The warning signs: the same on Today and the printed plan.
        assert_eq!(printed.signs, t.signs, "printed plan's signs, {ctx}");

        // The planned supplement: one value (and one caution) everywhere.
        let whole = supplement::target(&plan, &journey, &log, &London, today);
        let target = whole.as_ref().map(|s| (s.ml, s.caution));
        let of = |s: &Option<supplement::SupplementTarget>| s.as_ref().map(|s| (s.ml, s.caution));
        assert_eq!(of(&t.supplement), target, "Today, {ctx}");
        assert_eq!(of(&p.supplement), target, "Plan, {ctx}");
        assert_eq!(of(&printed.supplement), target, "printed plan, {ctx}");
        for m in progress.iter().flatten() {
            assert_eq!(of(&m.supplement), target, "Progress, {ctx}");
            let line = m.chart(ChartKind::Supplement).and_then(|c| c.target);
            assert_eq!(line, target.map(|(ml, _)| ml as f64), "supplement chart, {ctx}");
        }
        for s in &summaries {
            assert_eq!(of(&s.supplement), target, "consultant summary, {ctx}");
        }

        // The planned sessions a day.
        let planned = plan.clamped().sessions_per_day;
        assert_eq!(t.planned, planned);
        assert_eq!((p.sessions_per_day, printed.sessions_per_day), (planned, planned));
        let planned_rows = printed.rows.iter().filter(|r| r.minute.is_some()).count();
        assert_eq!(planned_rows, planned as usize, "a sheet row per planned session");
        for s in &summaries {
            assert_eq!(s.sessions_per_day, planned);
        }

        // The calendar day's totals and session counts.
        // An empty range draws no charts: its day counts as zero.
        let today_bucket =
            progress[0].as_ref().and_then(|m| m.days.last().map(|b| b.totals)).unwrap_or_default();
        for m in progress.iter().flatten() {
            let last = m.days.last().map(|b| b.totals);
            assert_eq!(last, Some(today_bucket), "Progress ranges, {ctx}");
            assert_eq!(m.so_far.totals, today_bucket, "Progress so far, {ctx}");
            // Today, unfinished, is shown apart: "so far", never a bar of the chart.
            let sessions = m.chart(ChartKind::Sessions).and_then(|c| {
                c.so_far.iter().find(|(l, _)| *l == Layer::Sessions).map(|(_, v)| *v)
            });
            assert_eq!(sessions, last.map(|t| t.sessions as f64), "{ctx}");
            if !m.weekly {
                let bars = m.chart(ChartKind::Sessions).map(|c| c.layers[0].1.len());
                assert_eq!(bars, Some(m.days.len() - 1), "{ctx}");
            }
        }
        for s in &summaries {
            // Today is printed apart, "so far", and is in no total.
            assert!(s.rows.iter().all(|r| r.date < today), "{ctx}");
            let row = s.today.as_ref().map(|r| r.totals);
            assert_eq!(row.unwrap_or_default(), today_bucket, "consultant today, {ctx}");
            let summed = s.rows.iter().map(|r| r.totals.sessions).sum::<u32>();
            assert_eq!(s.total.totals.sessions, summed);
        }
        // With the plan day starting at midnight, Today's day is the calendar day.
        if plan.clamped().wake == 0 {
            assert_eq!(t.totals, today_bucket, "Today against Progress, {ctx}");
        }
        let done = t.slots.iter().filter(|s| matches!(s.status, SlotStatus::Done { .. }));
        assert_eq!(done.count() as u32, t.counts.done, "{ctx}");
    }
}
