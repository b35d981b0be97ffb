//! The timeline: the milestones the log shows and those marked by hand, each on the first day it
//! happened, and those still ahead.

use std::collections::{BTreeMap, HashSet};

use chrono::{NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use super::baseline::{baseline, Baseline};
use super::journal::Journal;
use super::tally::{days, Day};
use crate::domain::care;
use crate::domain::day::{iso_date, local_date};
use crate::domain::entry::{Entry, Method, Record, SessionKind};
use crate::domain::mark::{celebration_key, Kind, Milestone};
use crate::domain::Millis;

/// A milestone reached, with its day and whether the log showed it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reached {
    pub kind: Kind,
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    pub from_log: bool,
    pub text: String,
    /// The log entry of a milestone marked by hand, so it can be taken back; `None` when the log
    /// shows it.
    pub id: Option<String>,
}

impl Reached {
    /// A stable name for "celebrated once".
    pub fn key(&self) -> String {
        celebration_key(self.kind, &self.text)
    }
}

/// The timeline: milestones reached (oldest first) and those still ahead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub reached: Vec<Reached>,
    pub ahead: Vec<Kind>,
}

impl Timeline {
    /// Reached milestones not yet celebrated.
    pub fn to_celebrate(&self, journal: &Journal) -> Vec<Reached> {
        self.reached.iter().filter(|r| !journal.celebrated.contains(&r.key())).cloned().collect()
    }
}

/// Whether a day's log shows the baby had what the care table asks for their age that day
/// (`age_days`; `None`: the general guidance): the wet diapers and stools, and, where a weight
/// was logged that day, a weight in range against the weighing before (`before`). A day with
/// nothing logged of the baby never meets it. The praise of "supplements halved" and "a whole
/// day with no supplement" needs it.
pub fn baby_signs_met(day: &Day, age_days: Option<i64>, before: Option<(NaiveDate, u32)>) -> bool {
    let need = care::per_day(age_days);
    let diapers = day.wet >= need.wet && day.dirty >= need.stools.unwrap_or(0);
    let weight = match (day.weight_g, before) {
        (Some((at, grams)), Some((date, previous))) => {
            let days = (utc_date(at) - date).num_days();
            care::weight_in_range(previous, days, grams, age_days)
        }
        _ => true,
    };
    diapers && weight
}

/// The UTC date of an instant: weighings are compared by whole days apart, which a time zone
/// shifts for both alike.
fn utc_date(ms: Millis) -> NaiveDate {
    chrono::DateTime::from_timestamp_millis(ms).map_or(NaiveDate::MIN, |d| d.date_naive())
}

/// The timeline from the whole log (milestones it shows and those marked by hand), the
/// supplement a day the parent said at the start (for the share's [`baseline`]) and the baby's
/// birth date (`born`: the care table reads each day at the baby's age). Only finished days
/// count for day-long milestones (today is not over), and only days whose log shows the baby's
/// signs met ([`baby_signs_met`]).
pub fn timeline<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    said_ml: Option<u32>,
    born: Option<NaiveDate>,
    today: NaiveDate,
) -> Timeline {
    let mut found: BTreeMap<Kind, NaiveDate> = BTreeMap::new();
    let mut note = |k: Kind, d: NaiveDate| {
        let e = found.entry(k).or_insert(d);
        *e = (*e).min(d);
    };
    let live: Vec<&Entry> = entries.iter().filter(|e| !e.deleted).collect();
    for e in &live {
        if let Record::Session(s) = &e.record {
            if s.total_ml().is_some_and(|t| !t.is_zero()) {
                note(Kind::FirstDrops, local_date(tz, e.at));
            }
        }
    }
    // Feeds with an at-breast supplementer: the supplements given that way, and the sessions
    // they are linked to.
    let with_supplementer: HashSet<&str> = live
        .iter()
        .filter_map(|e| match &e.record {
            Record::Supplement(s) if s.method == Method::AtBreastSupplementer => {
                s.after_session.as_deref()
            }
            _ => None,
        })
        .collect();
    let first_supplementer = live
        .iter()
        .filter(|e| matches!(&e.record, Record::Supplement(s) if s.method == Method::AtBreastSupplementer))
        .map(|e| e.at)
        .min();
    if let Some(at) = first_supplementer {
        note(Kind::SupplementerFeed, local_date(tz, at));
        // Without one: a feed at the breast after supplementer feeds began, with none linked.
        if let Some(e) = live
            .iter()
            .filter(|e| e.at > at && !with_supplementer.contains(e.id.as_str()))
            .filter(|e| matches!(&e.record, Record::Session(s) if s.kind == SessionKind::Nursing))
            .min_by_key(|e| e.at)
        {
            note(Kind::FeedWithoutSupplementer, local_date(tz, e.at));
        }
    }
    let per_day = days(tz, entries);
    let finished = |d: &NaiveDate| *d < today;
    // Each day's signs against the care table at the baby's age that day, with its weight read
    // against the weighing before.
    let mut before: Option<(NaiveDate, u32)> = None;
    let mut met: BTreeMap<NaiveDate, bool> = BTreeMap::new();
    for (date, day) in &per_day {
        let age = born.map(|b| (*date - b).num_days()).filter(|a| *a >= 0);
        met.insert(*date, baby_signs_met(day, age, before));
        if let Some((at, g)) = day.weight_g {
            before = Some((utc_date(at), g));
        }
    }
    let signs_met = |d: &NaiveDate| met.get(d).copied().unwrap_or(false);
    if let Some(Baseline { ml: base, settled: from, .. }) = baseline(&per_day, said_ml, today) {
        if let Some((d, _)) = per_day.iter().find(|(d, x)| {
            finished(d)
                && **d > from
                && x.sessions > 0
                && x.supplement_ml * 2 <= base
                && signs_met(d)
        }) {
            note(Kind::SupplementsHalved, *d);
        }
    }
    if let Some(first) = per_day.iter().find(|(_, d)| d.supplement_ml > 0).map(|(k, _)| *k) {
        // A whole day with no supplement counts only when the day was logged: feeds, and the
        // baby's diapers (and weight, where logged) as the care table asks for their age.
        if let Some((d, _)) = per_day.iter().find(|(d, x)| {
            finished(d) && **d > first && x.supplement_ml == 0 && x.sessions > 0 && signs_met(d)
        }) {
            note(Kind::DayWithoutSupplements, *d);
        }
    }
    // A mark earlier than what the log shows wins: the parent knows the day. Of two marks of
    // one kind, the earlier; the parent's own are each their own milestone.
    // Inserted one by one: a collect into a BTreeMap sorts its items first, with a copy of the
    // standard sort of its own in the wasm (domain::sorting), and `found` is in order already.
    let mut when: BTreeMap<Kind, (NaiveDate, Option<String>)> = BTreeMap::new();
    for (k, d) in found {
        when.insert(k, (d, None));
    }
    let mut reached: Vec<Reached> = Vec::new();
    let mut marks: Vec<(&Entry, &Milestone)> = live
        .iter()
        .filter_map(|e| match &e.record {
            Record::Milestone(m) if m.kind != Kind::Unknown => Some((*e, m)),
            _ => None,
        })
        .collect();
    crate::domain::sorting::sort_by(&mut marks, |(a, x), (b, y)| {
        (x.date, &a.id).cmp(&(y.date, &b.id))
    });
    for (e, m) in marks {
        if m.kind == Kind::Own {
            reached.push(Reached {
                kind: Kind::Own,
                date: m.date,
                from_log: false,
                text: m.words.clone(),
                id: Some(e.id.clone()),
            });
        } else if when.get(&m.kind).is_none_or(|(d, _)| m.date < *d) {
            when.insert(m.kind, (m.date, Some(e.id.clone())));
        }
    }
    reached.extend(when.into_iter().map(|(kind, (date, id))| Reached {
        kind,
        date,
        from_log: id.is_none(),
        text: String::new(),
        id,
    }));
    crate::domain::sorting::sort_by_key(&mut reached, |r| (r.date, r.kind));
    let ahead =
        Kind::LISTED.into_iter().filter(|k| !reached.iter().any(|r| r.kind == *k)).collect();
    Timeline { reached, ahead }
}
