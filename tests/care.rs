//! What Today says about the baby, as a table a lactation consultant can read: the baby's age, the
//! log in words, the clock, and exactly what Today's model shows (nothing, "call today" or "get
//! help now", and which sign). Every expected line was worked out by hand from the care table
//! (`shared/brief/care-by-age.md`), not by the app's own rule.
//!
//! How a row reads:
//! - **Age** at the clock time: "day 1" is the birth date (day of life), "3 weeks" is 21 days,
//!   "6 weeks" 42, "3 months" 91, "5 months" 152, "9 months" 274; "unknown": no birth date.
//! - **Clock**: Saturday 28 November 2026 in London (10:00, 18:00), or the night after it
//!   (00:30, 03:00). The parent's day runs 07:00 to 23:00 (the default plan).
//! - **Log**, separated by ";". A time is the last time the clock read it (at 18:00, "20:00" is
//!   yesterday evening; at 03:00, "09:20" is the morning before); "yesterday" and "N days ago"
//!   put it that much earlier. "N wet 08:00-17:00" spreads N evenly from the first to the last.
//!   "wet", "dirty", "dark wet" (ticked: dark urine or crystals), "feeds" (nursing), "began"
//!   (the parent's first use of Relact; otherwise long ago), "home" (the parent tapped "Baby is
//!   here"), "born 3500 g" (birth weight), "weighed 3300 g on day 3" (at 09:00 that day of life)
//!   or "weighed 3300 g 9 days ago". With nothing logged, the log says "nothing logged".
//! - **Shows**: "nothing", or each sign the model shows, the most urgent first, joined by " + ".

use chrono::{Duration, NaiveDate, TimeZone};
use chrono_tz::Europe::London;

use relact::domain::entry::{Diaper, Entry, Record, Session, SessionKind, Weight};
use relact::domain::journey::{Journey, Path};
use relact::domain::model::today::TodayModel;
use relact::domain::plan::Plan;
use relact::domain::warning::Sign;
use relact::domain::{Millis, HOUR, MINUTE};

/// Age, log, clock → what Today shows.
const ROWS: &[(&str, &str, &str, &str)] = &[
    // An adopted three-month-old, home this morning: one wet diaper by the evening.
    ("3 months", "home 08:00; wet 10:00", "10:00", "nothing"),
    (
        "3 months",
        "home 08:00; wet 10:00",
        "18:00",
        "call today: 1 wet in 8 h, 2 expected + call today: dry 8 h",
    ),
    (
        "3 months",
        "home 08:00; wet 10:00",
        "03:00",
        "get help now: dry 17 h + call today: 1 wet in 17 h, 4 expected",
    ),
    ("3 months", "home 08:00; wet 09:00; wet 12:00; wet 15:00", "18:00", "nothing"),
    // Home at 16:00: too little logged to read a count at 18:00; one wet in ten hours at 03:00.
    ("3 months", "home 16:00; wet 16:30", "18:00", "nothing"),
    ("3 months", "home 16:00; wet 16:30", "03:00", "call today: 1 wet in 10 h, 2 expected"),
    // A six-week-old on the parent's first day with Relact, one wet at 09:20, across midnight.
    (
        "6 weeks",
        "began 09:00; wet 09:20",
        "18:00",
        "call today: 1 wet in 8 h, 2 expected + call today: dry 8 h",
    ),
    (
        "6 weeks",
        "began 09:00; wet 09:20",
        "00:30",
        "get help now: dry 15 h + call today: 1 wet in 15 h, 3 expected",
    ),
    (
        "6 weeks",
        "began 09:00; wet 09:20",
        "03:00",
        "get help now: dry 17 h + call today: 1 wet in 17 h, 4 expected",
    ),
    ("6 weeks", "began 09:00; 3 wet 09:20-17:20", "00:30", "nothing"),
    ("6 weeks", "began 09:00; 3 wet 09:20-17:20", "03:00", "call today: 3 wet in 17 h, 4 expected"),
    // Seven in 24 hours with four since waking is a good day; five is not.
    (
        "3 months",
        "yesterday 6 wet 07:00-17:00; 3 wet 19:00-23:00; 4 wet 08:00-17:00",
        "18:00",
        "nothing",
    ),
    (
        "3 months",
        "yesterday 6 wet 07:00-17:00; 2 wet 19:00-23:00; 3 wet 08:00-17:00",
        "18:00",
        "call today: 5 wet in 24 h, 6 expected",
    ),
    // Five by the evening and three in the night: a good day, not a warning at 18:00.
    (
        "3 months",
        "yesterday 6 wet 07:00-17:00; 3 wet 00:00-04:00; 5 wet 07:30-17:30",
        "18:00",
        "nothing",
    ),
    // Fourteen hours dry, and a night without a wet diaper.
    (
        "3 months",
        "6 wet 07:00-17:00; wet 20:00",
        "10:00",
        "get help now: dry 14 h + call today: 5 wet in 24 h, 6 expected",
    ),
    (
        "3 months",
        "yesterday 6 wet 07:00-17:00; 4 wet 19:00-23:00; wet 08:00",
        "18:00",
        "call today: 5 wet in 24 h, 6 expected + call today: dry 10 h",
    ),
    ("6 weeks", "yesterday 6 wet 07:00-17:00; 6 wet 08:00-16:00", "03:00", "nothing"),
    (
        "6 weeks",
        "yesterday 6 wet 07:00-17:00; 6 wet 08:00-15:00",
        "03:00",
        "get help now: dry 12 h",
    ),
    ("9 months", "yesterday 6 wet 07:00-17:00; 6 wet 07:00-19:00", "03:00", "nothing"),
    // A parent who does not log diapers is never told there are none.
    ("3 months", "nothing logged", "18:00", "nothing"),
    ("3 months", "3 days ago wet 10:00", "18:00", "nothing"),
    // No birth date: the general guidance, six wet diapers a day, no stool count.
    (
        "unknown",
        "yesterday 6 wet 07:00-17:00; 3 wet 08:00-17:00",
        "18:00",
        "call today: 3 wet in 24 h, 6 expected",
    ),
    // The first days: wet diapers build up one a day; no dry spell is read on the day of birth.
    ("day 1", "born 3400 g; wet 10:00", "18:00", "nothing"),
    ("day 1", "dirty 09:00", "18:00", "nothing"),
    ("day 2", "dirty 12:00", "10:00", "call today: 0 wet in 22 h, 1 expected"),
    (
        "day 2",
        "yesterday dirty 12:00",
        "18:00",
        "get help now: dry 18 h + call today: 0 wet in 24 h, 1 expected + call today: 0 stools \
         in 24 h, 1 expected",
    ),
    ("day 3", "2 wet 22:00-10:00; 2 dirty 23:00-11:00", "18:00", "nothing"),
    ("day 3", "wet 07:00", "18:00", "nothing"),
    // Day 4 and day 5 with the same log: from day 5, six a day and the dry stretch.
    ("day 4", "4 wet 20:00-09:00", "18:00", "call today: 0 stools in 22 h, 2 expected"),
    (
        "day 5",
        "4 wet 20:00-09:00",
        "18:00",
        "call today: 4 wet in 22 h, 5 expected + call today: 0 stools in 22 h, 2 expected + call \
         today: dry 9 h",
    ),
    // Day 5 across midnight: each hour read at the baby's age in that hour.
    ("day 5", "6 wet 08:00-23:00; 3 dirty 09:00-21:00", "00:30", "nothing"),
    (
        "day 5",
        "2 wet 08:00-12:00",
        "03:00",
        "get help now: dry 15 h + call today: 2 wet in 19 h, 3 expected + call today: 0 stools \
         in 19 h, 2 expected",
    ),
    // Dark urine or crystals: a sign after day 4, not before.
    ("day 3", "3 wet 19:00-09:00; dark wet 12:00; 2 dirty 08:00-11:00", "18:00", "nothing"),
    (
        "3 weeks",
        "6 wet 20:00-16:00; 3 dirty 09:00-15:00; dark wet 17:00",
        "18:00",
        "call today: dark urine",
    ),
    // Feeds in the first weeks.
    (
        "3 weeks",
        "began 08:00; 3 feeds 09:00-17:00; 3 wet 09:00-17:00; 2 dirty 10:00-16:00",
        "18:00",
        "nothing",
    ),
    (
        "3 weeks",
        "began 08:00; 2 feeds 09:00-13:00; 3 wet 09:00-17:00; 2 dirty 10:00-16:00",
        "18:00",
        "call today: 2 feeds in 9 h, 3 expected",
    ),
    (
        "3 months",
        "began 08:00; 2 feeds 09:00-13:00; 3 wet 09:00-17:00; 2 dirty 10:00-16:00",
        "18:00",
        "nothing",
    ),
    // A newborn's weight: 4% is common, 7% needs feeding checked, 10% a medical check.
    ("day 5", "born 3500 g; weighed 3360 g on day 3", "10:00", "nothing"),
    ("day 3", "born 3500 g; weighed 3256 g on day 3", "18:00", "nothing"),
    (
        "day 3",
        "born 3500 g; weighed 3250 g on day 3",
        "18:00",
        "call today: lost 7% (feeding check)",
    ),
    (
        "day 4",
        "born 3500 g; weighed 3150 g on day 4",
        "18:00",
        "call today: lost 10% (medical check)",
    ),
    (
        "day 7",
        "born 3500 g; weighed 3300 g on day 4; weighed 3280 g on day 7",
        "10:00",
        "call today: weight down 3300 g to 3280 g",
    ),
    (
        "3 weeks",
        "born 3500 g; weighed 3450 g 2 days ago",
        "10:00",
        "call today: not back to birth weight (3450 g of 3500 g)",
    ),
    // Gain per week by the band for the age.
    (
        "3 weeks",
        "born 3500 g; weighed 3600 g 9 days ago; weighed 3700 g 2 days ago",
        "10:00",
        "call today: gain 100 g a week, under 115",
    ),
    (
        "3 weeks",
        "born 3500 g; weighed 3600 g 9 days ago; weighed 3730 g 2 days ago",
        "10:00",
        "nothing",
    ),
    (
        "5 months",
        "weighed 6500 g 9 days ago; weighed 6560 g 2 days ago",
        "10:00",
        "call today: gain 60 g a week, under 65",
    ),
    ("5 months", "weighed 6500 g 9 days ago; weighed 6580 g 2 days ago", "10:00", "nothing"),
    ("9 months", "weighed 8000 g 9 days ago; weighed 8040 g 2 days ago", "10:00", "nothing"),
    (
        "9 months",
        "weighed 8000 g 9 days ago; weighed 7990 g 2 days ago",
        "10:00",
        "call today: weight down 8000 g to 7990 g",
    ),
];

fn london(date: NaiveDate, h: u32, m: u32) -> Millis {
    London
        .from_local_datetime(&date.and_hms_opt(h, m, 0).unwrap())
        .earliest()
        .unwrap()
        .timestamp_millis()
}

/// The plan day of every row.
fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn hm(text: &str) -> (u32, u32) {
    let (h, m) = text.split_once(':').unwrap_or_else(|| panic!("a time: {text}"));
    (h.parse().unwrap(), m.parse().unwrap())
}

/// The instant of the clock: 10:00 and 18:00 on the day, 00:30 and 03:00 in the night after.
fn clock(text: &str) -> Millis {
    let (h, m) = hm(text);
    let date = if h < 7 { day() + Duration::days(1) } else { day() };
    london(date, h, m)
}

/// The age in days at the clock time.
fn age(text: &str) -> Option<i64> {
    let (n, unit) = text.split_once(' ').unwrap_or((text, ""));
    match (n, unit) {
        ("unknown", _) => None,
        ("day", n) => Some(n.parse::<i64>().unwrap() - 1),
        (n, "weeks") => Some(n.parse::<i64>().unwrap() * 7),
        ("3", "months") => Some(91),
        ("5", "months") => Some(152),
        ("9", "months") => Some(274),
        _ => panic!("an age: {text}"),
    }
}

/// The last instant before (or at) `now` when the clock read `text`.
fn last(now: Millis, text: &str) -> Millis {
    let (h, m) = hm(text);
    let date = London.timestamp_millis_opt(now).unwrap().date_naive();
    let today = london(date, h, m);
    if today <= now {
        today
    } else {
        london(date - Duration::days(1), h, m)
    }
}

struct Scenario {
    entries: Vec<Entry>,
    journey: Journey,
    since: Millis,
}

fn diaper(id: usize, at: Millis, wet: bool, dirty: bool, dark_urine: bool) -> Entry {
    Entry::new(format!("e{id}"), at, Record::Diaper(Diaper { at, wet, dirty, dark_urine }))
}

fn feed(id: usize, start: Millis) -> Entry {
    let s = Session {
        kind: SessionKind::Nursing,
        start,
        end: start + 20 * MINUTE,
        segments: vec![],
        left_ml: None,
        right_ml: None,
        notes: String::new(),
        test_weight: None,
    };
    Entry::new(format!("e{id}"), start, Record::Session(s))
}

/// The log of a row, read as the module's doc says.
fn scenario(age_words: &str, log: &str, now: Millis) -> Scenario {
    let age = age(age_words);
    let today = London.timestamp_millis_opt(now).unwrap().date_naive();
    let born = age.map(|a| today - Duration::days(a));
    let mut journey = Journey { path: Path::Relactating, birth_date: born, ..Journey::default() };
    let mut since = london(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 9, 0);
    let mut entries = Vec::new();
    for part in log.split(';').map(str::trim).filter(|p| *p != "nothing logged") {
        let (back, rest) = if let Some(rest) = part.strip_prefix("yesterday ") {
            (1, rest)
        } else if let Some((n, rest)) = part.split_once(" days ago ") {
            (n.parse::<i64>().unwrap(), rest)
        } else {
            (0, part)
        };
        let shift = back * 24 * HOUR;
        let words: Vec<&str> = rest.split_whitespace().collect();
        let id = entries.len();
        match words.as_slice() {
            ["began", t] => since = last(now, t) - shift,
            ["home", t] => {
                journey.path = Path::InducingBabyHere;
                journey.arrived_at = Some(last(now, t) - shift);
            }
            ["born", g, "g"] => journey.birth_weight_g = Some(g.parse().unwrap()),
            ["weighed", g, "g", "on", "day", n] => {
                let date = born.unwrap() + Duration::days(n.parse::<i64>().unwrap() - 1);
                let at = london(date, 9, 0);
                entries.push(Entry::new(
                    format!("e{id}"),
                    at,
                    Record::Weight(Weight { at, grams: g.parse().unwrap() }),
                ));
            }
            ["weighed", g, "g", n, "days", "ago"] => {
                let at = now - n.parse::<i64>().unwrap() * 24 * HOUR;
                entries.push(Entry::new(
                    format!("e{id}"),
                    at,
                    Record::Weight(Weight { at, grams: g.parse().unwrap() }),
                ));
            }
            ["wet", t] => entries.push(diaper(id, last(now, t) - shift, true, false, false)),
            ["dirty", t] => entries.push(diaper(id, last(now, t) - shift, false, true, false)),
            ["dark", "wet", t] => entries.push(diaper(id, last(now, t) - shift, true, false, true)),
            [n, what, span] => {
                let n: i64 = n.parse().unwrap_or_else(|_| panic!("a count: {part}"));
                let (a, b) = span.split_once('-').unwrap();
                let end = last(now, b) - shift;
                let (ha, ma) = hm(a);
                let (hb, mb) = hm(b);
                let minutes = ((hb * 60 + mb) as i64 - (ha * 60 + ma) as i64).rem_euclid(24 * 60);
                let start = end - minutes * MINUTE;
                for i in 0..n {
                    let at = if n == 1 { start } else { start + (end - start) * i / (n - 1) };
                    let id = entries.len();
                    entries.push(match *what {
                        "wet" => diaper(id, at, true, false, false),
                        "dirty" => diaper(id, at, false, true, false),
                        "feeds" => feed(id, at),
                        _ => panic!("what: {part}"),
                    });
                }
            }
            _ => panic!("a log part: {part}"),
        }
    }
    Scenario { entries, journey, since }
}

/// What one sign says, in the table's words.
fn said(s: &Sign) -> String {
    let level = match s.urgency() {
        relact::domain::care::Urgency::Now => "get help now",
        relact::domain::care::Urgency::CallToday => "call today",
    };
    let what = match *s {
        Sign::FewWet { wet, expected, hours } => {
            format!("{wet} wet in {hours} h, {expected} expected")
        }
        Sign::FewStools { stools, expected, hours } => {
            format!("{stools} stools in {hours} h, {expected} expected")
        }
        Sign::FewFeeds { feeds, expected, hours } => {
            format!("{feeds} feeds in {hours} h, {expected} expected")
        }
        Sign::DryFor { hours } | Sign::DryLong { hours } => format!("dry {hours} h"),
        Sign::DarkUrine => "dark urine".into(),
        Sign::NewbornLoss { pct, medical: false } => format!("lost {pct}% (feeding check)"),
        Sign::NewbornLoss { pct, medical: true } => format!("lost {pct}% (medical check)"),
        Sign::WeightDown { from_g, to_g } => format!("weight down {from_g} g to {to_g} g"),
        Sign::NotBackToBirth { birth_g, latest_g } => {
            format!("not back to birth weight ({latest_g} g of {birth_g} g)")
        }
        Sign::SlowGain { g_per_week, min_g_per_week } => {
            format!("gain {g_per_week} g a week, under {min_g_per_week}")
        }
    };
    format!("{level}: {what}")
}

/// What Today's model shows for a row.
fn shows(age: &str, log: &str, at: &str) -> String {
    let now = clock(at);
    let s = scenario(age, log, now);
    let plan = Plan::default();
    let m = TodayModel::of(&s.entries, &plan, now, &London, s.since)
        .with_journey(&s.journey, &plan, &London, &s.entries);
    if m.signs.is_empty() {
        "nothing".into()
    } else {
        m.signs.iter().map(said).collect::<Vec<_>>().join(" + ")
    }
}

#[test]
fn today_shows_what_the_care_table_asks_for_the_babys_age() {
    assert!(ROWS.len() >= 40, "{} rows", ROWS.len());
    let mut wrong = Vec::new();
    for (age, log, at, expected) in ROWS {
        let got = shows(age, log, at);
        if got != *expected {
            wrong.push(format!("{age} | {log} | {at}\n  expected: {expected}\n  shown:    {got}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} rows differ:\n{}",
        wrong.len(),
        ROWS.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_age_and_clock_time_of_the_brief_is_covered() {
    for age in ["day 1", "day 3", "day 5", "3 weeks", "6 weeks", "3 months", "5 months", "9 months"]
    {
        assert!(ROWS.iter().any(|r| r.0 == age), "{age}");
    }
    for at in ["10:00", "18:00", "00:30", "03:00"] {
        assert!(ROWS.iter().any(|r| r.2 == at), "{at}");
    }
    for level in ["nothing", "call today", "get help now"] {
        assert!(ROWS.iter().any(|r| r.3.contains(level)), "{level}");
    }
}
