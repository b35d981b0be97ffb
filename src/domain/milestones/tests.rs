//! The milestones and the share, worked by hand.

use chrono::{Datelike, NaiveDate, TimeZone};

use super::*;
use crate::domain::day::{local_date, utc_midnight};
use crate::domain::entry::{Entry, Invalid, Method, Milk, Record, SessionKind, TestWeight};
use crate::domain::test_kit::{session, stool, supplement, weight, wet, Tweak};
use crate::domain::{Millis, HOUR};
use chrono_tz::Europe::London;

fn at(d: u32, h: u32) -> Millis {
    London.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap().timestamp_millis()
}
fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}
/// A day of feeds with `sup_ml` of supplement by cup and `wets` wet diapers.
fn day(d: u32, sup_ml: u32, wets: u32) -> Vec<Entry> {
    let mut out = vec![session(format!("p{d}"), SessionKind::Pumping, at(d, 6)).ml(0, 0)];
    if sup_ml > 0 {
        out.push(supplement(format!("s{d}"), at(d, 7), sup_ml));
    }
    out.extend((0..wets).map(|i| wet(format!("w{d}-{i}"), at(d, 8 + i))));
    out
}

#[test]
fn nothing_reached_is_all_ahead_never_behind() {
    let t = timeline(&London, &[], None, None, date(20));
    assert!(t.reached.is_empty());
    assert_eq!(t.ahead, Kind::LISTED.to_vec());
    // Sessions with no milk yet and supplements as high as ever: still nothing, no failure.
    let log: Vec<Entry> = (1..=10).flat_map(|d| day(d, 200, 6)).collect();
    let t = timeline(&London, &log, None, None, date(20));
    assert!(t.reached.is_empty(), "{:?}", t.reached);
}

#[test]
fn every_milestone_is_found_or_ticked_with_its_day() {
    // Week 1 (1–7): 200 ml a day, the baseline. Drops on the 3rd, supplementer on the 5th,
    // a feed without it on the 9th, 100 ml on the 10th (halved), none on the 12th.
    let mut log: Vec<Entry> = (1..=7).flat_map(|d| day(d, 200, 6)).collect();
    log.push(session("drops", SessionKind::Pumping, at(3, 10)).ml(2, 0));
    log.push(session("n5", SessionKind::Nursing, at(5, 12)));
    log.push(
        supplement("sn5", at(5, 13), 40)
            .given(Milk::Donor, Method::AtBreastSupplementer)
            .after("n5"),
    );
    log.extend(day(8, 150, 6));
    log.extend(day(9, 140, 6));
    log.push(session("n9", SessionKind::Nursing, at(9, 12)));
    log.extend(day(10, 100, 6));
    log.extend(day(11, 60, 6));
    log.extend(day(12, 0, 6));
    let mark = |kind, d: u32, words: &str| Milestone::on(&London, kind, date(d), words);
    log.push(Entry::milestone(mark(Kind::LetDown, 6, ""), at(6, 20)));
    log.push(Entry::milestone(mark(Kind::BreastChanges, 4, ""), at(6, 20)));
    log.push(Entry::milestone(mark(Kind::Own, 11, "Baby latched"), at(11, 20)));
    // A later mark of the same kind, and a deleted earlier one, change nothing.
    log.push(Entry::milestone(mark(Kind::LetDown, 8, ""), at(8, 20)));
    log.push(Entry::milestone(mark(Kind::LetDown, 2, ""), at(2, 20)).with_deleted(at(3, 0), true));
    let t = timeline(&London, &log, None, None, date(14));
    let got: Vec<(Kind, NaiveDate, bool)> =
        t.reached.iter().map(|r| (r.kind, r.date, r.from_log)).collect();
    assert_eq!(
        got,
        vec![
            (Kind::FirstDrops, date(3), true),
            (Kind::BreastChanges, date(4), false),
            (Kind::SupplementerFeed, date(5), true),
            (Kind::LetDown, date(6), false),
            (Kind::FeedWithoutSupplementer, date(9), true),
            (Kind::SupplementsHalved, date(10), true),
            (Kind::Own, date(11), false),
            (Kind::DayWithoutSupplements, date(12), true),
        ]
    );
    assert!(t.ahead.is_empty());
    // Celebrated once: what is marked celebrated is not offered again.
    let j = Journal { celebrated: t.reached.iter().take(7).map(Reached::key).collect() };
    let left = t.to_celebrate(&j);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].kind, Kind::DayWithoutSupplements);
    // Said to be 300 ml a day at the start, halved is 150 ml: the 8th already.
    let t = timeline(&London, &log, Some(300), None, date(14));
    assert!(t.reached.contains(&Reached {
        kind: Kind::SupplementsHalved,
        date: date(8),
        from_log: true,
        text: String::new(),
        id: None,
    }));
    // Today is not over: a day without supplements today is not yet a whole day.
    let t = timeline(&London, &log, None, None, date(12));
    assert!(t.ahead.contains(&Kind::DayWithoutSupplements));
}

#[test]
fn a_log_that_goes_back_down_keeps_what_was_reached_and_when() {
    let mut log: Vec<Entry> = (1..=7).flat_map(|d| day(d, 200, 6)).collect();
    log.push(session("drops", SessionKind::Pumping, at(2, 10)).ml(5, 0));
    log.extend(day(8, 90, 6)); // halved
    log.extend(day(9, 0, 6)); // a whole day without
                              // Then harder days: supplements back up, no milk expressed.
    log.extend((10..=20).flat_map(|d| day(d, 220, 6)));
    let t = timeline(&London, &log, None, None, date(21));
    let when = |k: Kind| t.reached.iter().find(|r| r.kind == k).map(|r| r.date);
    assert_eq!(when(Kind::FirstDrops), Some(date(2)));
    assert_eq!(when(Kind::SupplementsHalved), Some(date(8)));
    assert_eq!(when(Kind::DayWithoutSupplements), Some(date(9)));
    // A day without supplements but too few wet diapers is not counted.
    let mut thin: Vec<Entry> = (1..=7).flat_map(|d| day(d, 200, 6)).collect();
    thin.extend(day(8, 0, 3));
    let t = timeline(&London, &thin, None, None, date(21));
    assert!(t.ahead.contains(&Kind::DayWithoutSupplements));
    // Deleted entries show nothing.
    let gone =
        vec![session("d", SessionKind::Pumping, at(2, 10)).ml(5, 0).with_deleted(at(3, 0), true)];
    assert!(timeline(&London, &gone, None, None, date(21)).reached.is_empty());
}

#[test]
fn a_day_without_supplements_needs_feeds_and_six_wet_diapers() {
    for wet_count in 0..=8u32 {
        for with_session in [false, true] {
            let mut log = vec![supplement("s", at(1, 8), 60)];
            if with_session {
                log.push(session("p", SessionKind::Pumping, at(2, 9)).ml(0, 0));
            }
            log.extend((0..wet_count).map(|i| wet(format!("w{i}"), at(2, 6 + i))));
            let t = timeline(&London, &log, None, None, date(3));
            let found = t.reached.iter().any(|r| r.kind == Kind::DayWithoutSupplements);
            assert_eq!(
                found,
                with_session && wet_count >= 6,
                "{wet_count} wet, feed logged: {with_session}"
            );
        }
    }
}

#[test]
fn praise_needs_the_babys_signs_for_their_age_on_that_day() {
    // Week 1 (1–7): 200 ml a day with 6 wet diapers and 3 stools. The 8th: 90 ml (halved);
    // the 9th: no supplement. What the 8th and 9th also show decides the praise.
    let base = |stools_per_day: u32| -> Vec<Entry> {
        let mut log: Vec<Entry> = (1..=7).flat_map(|d| day(d, 200, 6)).collect();
        for d in 1..=7 {
            log.extend((0..stools_per_day).map(|i| stool(format!("st{d}-{i}"), at(d, 20 + i))));
        }
        log
    };
    let reached = |log: &[Entry], born: Option<NaiveDate>| -> (bool, bool) {
        let t = timeline(&London, log, None, born, date(14));
        let has = |k| t.reached.iter().any(|r| r.kind == k);
        (has(Kind::SupplementsHalved), has(Kind::DayWithoutSupplements))
    };
    let later = |stools: u32| -> Vec<Entry> {
        let mut log = [day(8, 90, 6), day(9, 0, 6)].concat();
        for d in 8..=9 {
            log.extend((0..stools).map(|i| stool(format!("st{d}-{i}"), at(d, 20 + i))));
        }
        log
    };
    // A 3-week-old (born 19 October: 20 days on the 8th) needs 3 stools a day too.
    let three_weeks = Some(NaiveDate::from_ymd_opt(2026, 10, 19).unwrap());
    let full = [base(3), later(3)].concat();
    assert_eq!(reached(&full, three_weeks), (true, true));
    let one_stool = [base(3), later(1)].concat();
    assert_eq!(reached(&one_stool, three_weeks), (false, false), "1 stool a day at 3 weeks");
    // At 3 months stools may be fewer: the same log is praised.
    let three_months = Some(NaiveDate::from_ymd_opt(2026, 8, 8).unwrap());
    assert_eq!(reached(&one_stool, three_months), (true, true));
    // Fewer wet diapers than the table: no praise, whatever the supplements did.
    let mut dry = base(3);
    dry.extend([day(8, 90, 4), day(9, 0, 5)].concat());
    assert_eq!(reached(&dry, three_months), (false, false));
    // A day with supplements and feeds but no diapers logged never counts.
    let mut unlogged = base(3);
    unlogged.extend([day(8, 90, 0), day(9, 0, 0)].concat());
    assert_eq!(reached(&unlogged, three_months), (false, false));
    // A weight logged that day showing a loss: no praise that day.
    let mut lost = [base(3), later(3)].concat();
    lost.push(weight("g1", at(2, 9), 5200));
    lost.push(weight("g8", at(8, 9), 5150));
    lost.push(weight("g9", at(9, 9), 5140));
    assert_eq!(reached(&lost, three_months), (false, false));
    // The same days with a good gain are praised.
    let mut gained = [base(3), later(3)].concat();
    gained.push(weight("g1", at(2, 9), 5200));
    gained.push(weight("g8", at(8, 9), 5320));
    gained.push(weight("g9", at(9, 9), 5340));
    assert_eq!(reached(&gained, three_months), (true, true));
}

#[test]
fn the_share_from_the_breast_with_and_without_test_weights() {
    let d = Day { sessions: 8, supplement_ml: 150, any: true, ..Day::default() };
    // Against a 200 ml baseline: 150 given, 25% may come from the breast.
    let s = share(&d, Some(200));
    assert_eq!((s.by_baseline, s.by_weighing), (Some(25), None));
    // More than the baseline is 0%, never negative; no baseline, no figure.
    assert_eq!(share(&Day { supplement_ml: 260, ..d }, Some(200)).by_baseline, Some(0));
    assert_eq!(share(&d, None).by_baseline, None);
    assert_eq!(share(&d, Some(0)).by_baseline, None);
    // No supplement: 100% only on a day logged whole (6+ wet diapers), else no figure.
    assert_eq!(share(&Day { supplement_ml: 0, wet: 6, ..d }, Some(200)).by_baseline, Some(100));
    assert_eq!(share(&Day { supplement_ml: 0, wet: 2, ..d }, Some(200)).by_baseline, None);
    // Test weighing: 90 ml weighed at 3 feeds and 150 ml given: 38% at least.
    let w = Day { weighed_ml: 90, weighed_feeds: 3, ..d };
    let s = share(&w, Some(200));
    assert_eq!((s.by_baseline, s.by_weighing, s.weighed_ml), (Some(25), Some(38), 90));
    // Weighed feeds but no supplement at all: everything measured came from the breast.
    assert_eq!(share(&Day { supplement_ml: 0, ..w }, None).by_weighing, Some(100));
    // From a log: the weighed session counts, an impossible pair never does.
    let mut a = session("a", SessionKind::Nursing, at(10, 9));
    let mut b = session("b", SessionKind::Nursing, at(10, 12));
    if let Record::Session(s) = &mut a.record {
        s.test_weight = Some(TestWeight { before_g: 4000, after_g: 4060 });
    }
    if let Record::Session(s) = &mut b.record {
        s.test_weight = Some(TestWeight { before_g: 4100, after_g: 4050 });
    }
    let log = vec![a, b, supplement("s", at(10, 13), 40)];
    // Today is not over, so it has no share yet.
    assert!(all_shares(&London, &log, Some(100), date(10)).days.is_empty());
    let got = all_shares(&London, &log, Some(100), date(11)).days;
    assert_eq!(got.len(), 1);
    let (day, s) = got[0];
    assert_eq!(day, date(10));
    assert_eq!(
        (s.weighed_ml, s.weighed_feeds, s.by_weighing, s.by_baseline),
        (60, 1, Some(60), Some(60))
    );
    let _ = HOUR;
}

#[test]
fn a_mark_is_filed_at_noon_of_its_day_and_checked_with_reasons() {
    use chrono_tz::Pacific::Auckland;
    let now = at(20, 9);
    let form = |kind, d: u32, words: &str| {
        Milestone::from_form(&London, kind, date(d), words, now).map(|m| (m.at, m.words))
    };
    assert_eq!(form(Kind::LetDown, 20, "ignored"), Ok((at(20, 12), String::new())));
    assert_eq!(
        form(Kind::Own, 19, "  Baby\tlatched  "),
        Ok((at(19, 12), "Baby latched".into())),
        "trimmed; a pasted tab is a space"
    );
    assert_eq!(form(Kind::Own, 19, "   "), Err(Invalid::MilestoneWordsEmpty));
    assert_eq!(form(Kind::Own, 19, &"x".repeat(2000)), Err(Invalid::MilestoneWordsTooLong));
    assert!(form(Kind::Own, 19, &"é".repeat(200)).is_ok(), "200 characters, not bytes");
    assert_eq!(form(Kind::Own, 19, &"é".repeat(201)), Err(Invalid::MilestoneWordsTooLong));
    // Today's noon lies ahead of a morning "now"; tomorrow is refused.
    assert!(form(Kind::LetDown, 20, "").is_ok());
    assert_eq!(form(Kind::LetDown, 21, ""), Err(Invalid::InFuture));
    // Noon on the day the clocks go back (25 Oct 2026 in London) is noon, not 11:00 or 13:00.
    let back = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
    let noon = London.with_ymd_and_hms(2026, 10, 25, 12, 0, 0).unwrap().timestamp_millis();
    assert_eq!(Milestone::on(&London, Kind::LetDown, back, "").at, noon);
    // Far from London the day is the same day, and it passes the same checks.
    let far = Milestone::on(&Auckland, Kind::LetDown, date(19), "");
    assert_eq!(local_date(&Auckland, far.at), date(19));
    assert_eq!(far.validate(now), Ok(()));
    // Read from elsewhere: what the form cannot make is refused too.
    let mut m = Milestone::on(&London, Kind::Own, date(19), "Mine");
    m.words = "a\u{0}b".into();
    assert_eq!(m.validate(now), Err(Invalid::NotesControlCharacter));
    m.words = "Mine".into();
    m.at = at(17, 12);
    assert_eq!(m.validate(now), Err(Invalid::MilestoneDayMismatch));
    m.date = NaiveDate::from_ymd_opt(1999, 12, 31).unwrap();
    assert_eq!(m.validate(now), Err(Invalid::DateOutOfRange));
    let unknown: Milestone = serde_json::from_value(serde_json::json!({
        "kind": "first_solid_food", "date": "2026-11-19", "at": at(19, 12)
    }))
    .unwrap();
    assert_eq!(unknown.kind, Kind::Unknown);
    assert_eq!(unknown.validate(now), Err(Invalid::MilestoneUnknown));
}

#[test]
fn a_marks_id_comes_from_what_it_says() {
    let m = |kind, d: u32, words: &str| Milestone::on(&London, kind, date(d), words).id();
    assert_eq!(m(Kind::LetDown, 19, ""), "milestone-let_down-2026-11-19");
    assert_eq!(m(Kind::LetDown, 19, ""), m(Kind::LetDown, 19, "words are dropped"));
    assert_ne!(m(Kind::LetDown, 19, ""), m(Kind::LetDown, 20, ""));
    assert_ne!(m(Kind::Own, 19, "Latched"), m(Kind::Own, 19, "Latched well"));
    assert_eq!(m(Kind::Own, 19, "Latched"), m(Kind::Own, 19, " Latched "));
    assert!(m(Kind::Own, 19, &"é".repeat(200)).len() < crate::domain::backup::MAX_ID_CHARS);
    // The same on every phone, whatever its time zone.
    let far = Milestone::on(&chrono_tz::America::New_York, Kind::Own, date(19), "Latched");
    assert_eq!(far.id(), m(Kind::Own, 19, "Latched"));
}

#[test]
fn marks_count_toward_no_day_and_no_milestone_the_log_shows() {
    let mark = Entry::milestone(Milestone::on(&London, Kind::Own, date(2), "x"), at(2, 20));
    assert!(!mark.happened());
    assert!(days(&London, std::slice::from_ref(&mark)).is_empty());
    let t = timeline(&London, &[mark], None, None, date(20));
    assert_eq!(t.reached.len(), 1);
    assert_eq!(t.ahead, Kind::LISTED.to_vec(), "no listed milestone from a mark of one's own");
    assert!(t.reached[0].id.is_some() && !t.reached[0].from_log);
}

/// The walk-through's ten days, 2 to 11 November: supplements falling from 360 to 180 ml a
/// day (a step-down begun on the 8th at 210 ml, the 3 days before it, plays no part), 7 wet
/// diapers a day but 5 on the 8th; the parent said 360 ml a day at the start.
fn walk_through() -> Vec<Entry> {
    const GIVEN: [u32; 10] = [360, 330, 300, 240, 210, 180, 210, 210, 210, 180];
    (0..10u32).flat_map(|i| day(2 + i, GIVEN[i as usize], if i == 6 { 5 } else { 7 })).collect()
}

#[test]
fn the_walk_through_reads_about_half_from_the_breast_against_what_supplements_were_at_the_start() {
    let log = walk_through();
    // Against the 360 ml said at the start, worked by hand: 180 given is 180/360 = 50% from
    // the breast; 330 is 30/360 = 8.3%; 210 is 150/360 = 41.7%; 360 itself is 0%.
    let s = all_shares(&London, &log, Some(360), date(12));
    let by_day: Vec<(u32, Option<u32>)> =
        s.days.iter().map(|(d, x)| (d.day(), x.by_baseline)).collect();
    assert_eq!(
        by_day,
        [
            (2, Some(0)),
            (3, Some(8)),
            (4, Some(17)),
            (5, Some(33)),
            (6, Some(42)),
            (7, Some(50)),
            (8, Some(42)),
            (9, Some(42)),
            (10, Some(42)),
            (11, Some(50)),
        ]
    );
    assert_eq!(
        s.baseline,
        Some(Baseline { ml: 360, source: BaselineSource::Said, from: date(2), settled: date(2) })
    );
    // Nothing said: the first week's days with supplements, 2 to 8 November:
    // 360 + 330 + 300 + 240 + 210 + 180 + 210 = 1830 ml over 7 days = 261 ml a day, and 180
    // given on the 11th is 81/261 = 31% from the breast.
    let s = all_shares(&London, &log, None, date(12));
    let b = s.baseline.unwrap();
    assert_eq!(b.ml, 261);
    assert_eq!(
        b.source,
        BaselineSource::FirstWeek { first: date(2), last: date(8), days: 7, complete: true }
    );
    assert_eq!(s.on(date(11)).and_then(|x| x.by_baseline), Some(31));
    // While the first week goes on, its finished days so far: on the 5th, the 2nd to the 4th,
    // (360 + 330 + 300) / 3 = 330 ml; 300 given is 30/330 = 9%.
    let s = all_shares(&London, &log, None, date(5));
    let b = s.baseline.unwrap();
    assert_eq!(b.ml, 330);
    assert_eq!(
        b.source,
        BaselineSource::FirstWeek { first: date(2), last: date(4), days: 3, complete: false }
    );
    assert_eq!(s.on(date(4)).and_then(|x| x.by_baseline), Some(9));
    // Only days with supplements logged make the first week: a day with a feed and two wet
    // diapers and no supplement logged (the 3rd here) is not a day of 0 ml, and has no share.
    let left_out = ["s3", "w3-2", "w3-3", "w3-4", "w3-5", "w3-6"];
    let gap: Vec<Entry> =
        log.iter().filter(|e| !left_out.contains(&e.id.as_str())).cloned().collect();
    let s = all_shares(&London, &gap, None, date(12));
    // (1830 - 330) / 6 = 250 ml.
    assert_eq!(s.baseline.map(|b| b.ml), Some(250));
    assert_eq!(s.on(date(3)).map(|x| x.by_baseline), Some(None), "not logged: no share");
    // On the first day of all there is no finished day yet, so no baseline.
    assert_eq!(all_shares(&London, &log, None, date(2)).baseline, None);
    // The halved milestone reads the same baseline: 180 given on the 7th is half of 360.
    let t = timeline(&London, &log, Some(360), None, date(12));
    let halved = t.reached.iter().find(|r| r.kind == Kind::SupplementsHalved).map(|r| r.date);
    assert_eq!(halved, Some(date(7)));
}

#[test]
fn recent_takes_the_n_finished_days_before_today_out_of_all_of_them() {
    let day = |d: u32| {
        (
            date(d),
            share(
                &Day { sessions: 8, supplement_ml: 100, wet: 6, any: true, ..Day::default() },
                Some(200),
            ),
        )
    };
    let all: Vec<(NaiveDate, Share)> = [3, 5, 6, 9].into_iter().map(day).collect();
    let days = |n| recent(&all, date(10), n).iter().map(|(d, _)| d.day()).collect::<Vec<_>>();
    assert_eq!(days(1), [9]);
    assert_eq!(days(4), [6, 9], "the 6th is 4 days before the 10th");
    assert_eq!(days(5), [5, 6, 9]);
    assert_eq!(days(100), [3, 5, 6, 9]);
    assert!(days(0).is_empty());
}

#[test]
fn old_ticks_move_into_the_log_once_with_the_same_entry_on_every_phone() {
    let tick = |kind, d: u32, text: &str| Ticked { kind, date: date(d), text: text.into() };
    let old = JournalV1 {
        ticked: vec![
            tick(Kind::LetDown, 6, ""),
            tick(Kind::Own, 11, "Baby latched"),
            tick(Kind::Own, 11, "Baby latched"),
            tick(Kind::Own, 12, &"long ".repeat(100)),
            tick(Kind::Own, 13, "  "),
            tick(Kind::BreastChanges, 28, ""),
            tick(Kind::Unknown, 5, ""),
        ],
        celebrated: vec!["let_down".into()],
    };
    let now = at(20, 9);
    let moved = old.moved(&London, &[], now);
    let ids: Vec<String> = moved.entries.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert_eq!(moved.left_out.len(), 3, "no words, a day ahead, a kind unknown");
    for e in &moved.entries {
        let Record::Milestone(m) = &e.record else { panic!("a milestone") };
        assert_eq!(e.id, m.id());
        assert_eq!(e.at, m.at);
        assert_eq!((e.created, e.updated), (utc_midnight(m.date), utc_midnight(m.date)));
        assert_eq!(e.record.validate(now), Ok(()));
        assert!(m.words.chars().count() <= MAX_OWN_CHARS);
    }
    // Another phone, later: the same entries, byte for byte.
    assert_eq!(old.moved(&London, &[], now + 5 * HOUR).entries, moved.entries);
    // Already in the log, or deleted from it since: left as it is.
    let gone = moved.entries[0].with_deleted(now, true);
    let again = old.moved(&London, &[gone, moved.entries[1].clone()], now);
    assert_eq!(again.entries, moved.entries[2..].to_vec());
    // The timeline reads them as they were ticked.
    let t = timeline(&London, &moved.entries, None, None, date(20));
    let got: Vec<(Kind, NaiveDate)> = t.reached.iter().map(|r| (r.kind, r.date)).collect();
    assert_eq!(got, vec![(Kind::LetDown, date(6)), (Kind::Own, date(11)), (Kind::Own, date(12))]);
}
