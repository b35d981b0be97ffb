//! The journey's milestones and the daily share of milk from the breast.
//!
//! Milestones are found in the log where it shows them (the first drops, the first feed with an
//! at-breast supplementer, supplements halved, a whole day without one) and marked by hand where
//! only the parent can tell (a let-down, breast changes, their own). A mark is a log entry
//! ([`Milestone`], `Record::Milestone`), so backups, sharing and the CSV carry it like any other.
//! Each milestone is the *first* day it happened, so a later harder day never takes it away.
//! There is no "behind": a milestone not yet reached is simply still ahead.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::care;
use super::day::{day_start, iso_date, iso_dated, local_date};
use super::entry::{Entry, Invalid, Method, Record, SessionKind};
use super::{serde_name, Millis, HOUR};

/// The milestones, in the order a journey usually meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FirstDrops,
    LetDown,
    BreastChanges,
    SupplementerFeed,
    FeedWithoutSupplementer,
    SupplementsHalved,
    DayWithoutSupplements,
    /// The parent's own, in their words.
    Own,
    /// A kind marked with a newer Relact that this build does not know: read, so that its entry
    /// is refused with a reason (from a backup or a partner's phone), and never stored or shown.
    #[serde(other)]
    Unknown,
}

impl Kind {
    /// Every milestone but the parent's own, in journey order.
    pub const LISTED: [Kind; 7] = [
        Kind::FirstDrops,
        Kind::LetDown,
        Kind::BreastChanges,
        Kind::SupplementerFeed,
        Kind::FeedWithoutSupplementer,
        Kind::SupplementsHalved,
        Kind::DayWithoutSupplements,
    ];

    /// Only the parent can tell these; the log never shows them.
    pub fn by_hand_only(self) -> bool {
        matches!(self, Kind::LetDown | Kind::BreastChanges | Kind::Own)
    }
}

/// Longest milestone words, in characters: a sentence, not a document.
pub const MAX_OWN_CHARS: usize = 200;

/// How far after now a milestone may be filed: noon of today is up to 13 hours ahead (just
/// after midnight on a day the clocks go back), plus a little drift of the phone's clock.
const AHEAD: Millis = 14 * HOUR;

/// Years a milestone's day may fall in; anything else is a typing slip.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A milestone the parent marked by hand, kept in the log as `Record::Milestone`.
///
/// It is filed at noon of its day on the phone that marked it: noon is never skipped or repeated
/// by a clock change, and falls on the same day for phones in any nearby time zone, so the Log
/// lists it under the day the parent chose. The day itself is stored too, so the timeline reads
/// exactly that day everywhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// Which milestone; [`Kind::Own`] carries the parent's words.
    pub kind: Kind,
    /// The day the parent chose.
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    /// Where the log files it: noon of `date` where it was marked (see [`Milestone::on`]).
    pub at: Millis,
    /// The parent's words: their own milestone itself; empty for the others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
}

/// FNV-1a, 64 bits: a short, stable name for a milestone's words in its id (not a secret).
fn fnv1a(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// `date` as "2026-11-28".
fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// UTC midnight of `date`: the same instant on every phone.
fn utc_midnight(date: NaiveDate) -> Millis {
    date.and_time(NaiveTime::MIN).and_utc().timestamp_millis()
}

impl Milestone {
    /// `kind` on `date`, filed at noon of that day in `tz`; the words are trimmed, and kept for
    /// the parent's own milestone only.
    pub fn on<Tz: TimeZone>(tz: &Tz, kind: Kind, date: NaiveDate, words: &str) -> Milestone {
        let noon = date
            .and_hms_opt(12, 0, 0)
            .and_then(|t| tz.from_local_datetime(&t).earliest())
            .map_or_else(|| day_start(tz, date) + 12 * HOUR, |t| t.timestamp_millis());
        // A pasted tab or line break is a space, as the one-line field shows it.
        let words: String = words.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let words = if kind == Kind::Own { words.trim().to_string() } else { String::new() };
        Milestone { kind, date, at: noon, words }
    }

    /// The Progress form's mark, checked exactly like one read from a backup.
    pub fn from_form<Tz: TimeZone>(
        tz: &Tz,
        kind: Kind,
        date: NaiveDate,
        words: &str,
        now: Millis,
    ) -> Result<Milestone, Invalid> {
        let m = Milestone::on(tz, kind, date, words);
        m.validate(now)?;
        Ok(m)
    }

    /// Every rule, for the form, backups and a partner's phone alike.
    pub fn validate(&self, now: Millis) -> Result<(), Invalid> {
        if self.kind == Kind::Unknown {
            return Err(Invalid::MilestoneUnknown);
        }
        if self.kind == Kind::Own && self.words.trim().is_empty() {
            return Err(Invalid::MilestoneWordsEmpty);
        }
        if self.words.chars().count() > MAX_OWN_CHARS {
            return Err(Invalid::MilestoneWordsTooLong);
        }
        // Words are drawn as text everywhere; only what no keyboard types is refused (a new line
        // too: the form is one line).
        if self.words.chars().any(char::is_control) {
            return Err(Invalid::NotesControlCharacter);
        }
        if !YEARS.contains(&self.date.year()) {
            return Err(Invalid::DateOutOfRange);
        }
        // Noon of the day somewhere between UTC-12 and UTC+14.
        let midnight = utc_midnight(self.date);
        if self.at < midnight - 2 * HOUR || self.at > midnight + 24 * HOUR {
            return Err(Invalid::MilestoneDayMismatch);
        }
        if self.at > now + AHEAD {
            return Err(Invalid::InFuture);
        }
        Ok(())
    }

    /// The entry's id, made from what the milestone says (kind, day, words): the same mark made
    /// twice, or moved into the log by two phones, is one entry after any merge.
    pub fn id(&self) -> String {
        let mut id = format!("milestone-{}-{}", serde_name(&self.kind), iso(self.date));
        if !self.words.is_empty() {
            id += &format!("-{:016x}", fnv1a(&self.words));
        }
        id
    }

    /// The name its celebration is kept under: the same as its [`Reached::key`] on the timeline,
    /// so a mark said as it is saved is not said again.
    pub fn celebration_key(&self) -> String {
        celebration_key(self.kind, &self.words)
    }

    /// A fresh log entry for this mark.
    pub fn entry(self, now: Millis) -> Entry {
        Entry::new(self.id(), now, Record::Milestone(self))
    }
}

/// A milestone ticked on a phone before milestones were log entries (`relact.milestones.v1`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticked {
    /// Which milestone.
    pub kind: Kind,
    /// The day the parent chose.
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    /// The parent's words, for their own milestones.
    #[serde(default)]
    pub text: String,
}

/// What this phone keeps about milestones: those already celebrated, so each is said once here
/// (once on each phone is fine). The marks themselves are log entries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// Milestones already celebrated once (own ones by their words).
    #[serde(default)]
    pub celebrated: Vec<String>,
}

/// What phones kept before milestones were log entries: the ticks and the celebrated, under
/// `relact.milestones.v1`. Read once, to move the ticks into the log.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalV1 {
    /// The milestones ticked by hand, in the order they were ticked.
    #[serde(default)]
    pub ticked: Vec<Ticked>,
    /// Milestones already celebrated on that phone, as [`Journal::celebrated`].
    #[serde(default)]
    pub celebrated: Vec<String>,
}

/// The ticks of a [`JournalV1`] as log entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Moved {
    /// Entries to write: ticks not already in the log (live or deleted), each once.
    pub entries: Vec<Entry>,
    /// Ticks that cannot be entries (no words, a day after today): the form never made one.
    pub left_out: Vec<Ticked>,
}

impl JournalV1 {
    /// The ticks as entries for the one-time move into the log. Ids come from what each tick says
    /// ([`Milestone::id`]) and both stamps are its day's UTC midnight, so two phones moving the
    /// same tick write the same entry, and a tick already in the log, or deleted from it since
    /// (by a partner's phone, say), is left as it is.
    pub fn moved<Tz: TimeZone>(&self, tz: &Tz, existing: &[Entry], now: Millis) -> Moved {
        let mut seen: HashSet<String> = existing.iter().map(|e| e.id.clone()).collect();
        let mut out = Moved::default();
        for t in &self.ticked {
            // The old form cut the words at 200 characters without a word; so does the move.
            let words: String = t.text.trim().chars().take(MAX_OWN_CHARS).collect();
            let m = Milestone::on(tz, t.kind, t.date, &words);
            if m.validate(now).is_err() {
                out.left_out.push(t.clone());
                continue;
            }
            let id = m.id();
            if !seen.insert(id.clone()) {
                continue;
            }
            let stamp = utc_midnight(t.date);
            out.entries.push(Entry {
                id,
                created: stamp,
                updated: stamp,
                deleted: false,
                at: m.at,
                record: Record::Milestone(m),
            });
        }
        out
    }
}

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

/// A stable name for "celebrated once": the kind, or the parent's own words.
fn celebration_key(kind: Kind, words: &str) -> String {
    match kind {
        Kind::Own => format!("own:{words}"),
        k => serde_name(&k),
    }
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

/// One day's tallies the milestones and the share need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Day {
    pub sessions: u32,
    pub supplement_ml: u32,
    pub wet: u32,
    /// Stools (dirty diapers).
    pub dirty: u32,
    /// The last weight logged that day, in grams.
    pub weight_g: Option<(Millis, u32)>,
    /// Milk taken at the breast by test weighing, and at how many feeds.
    pub weighed_ml: u32,
    pub weighed_feeds: u32,
    pub any: bool,
}

/// Tallies per local day of the whole log (tombstones ignored).
pub fn days<Tz: TimeZone>(tz: &Tz, entries: &[Entry]) -> BTreeMap<NaiveDate, Day> {
    let mut out: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.happened()) {
        let d = out.entry(local_date(tz, e.at)).or_default();
        d.any = true;
        match &e.record {
            Record::Session(s) => {
                if s.kind != SessionKind::ComfortNursing {
                    d.sessions += 1;
                }
                if let Some(ml) = s.test_weight.and_then(|w| w.intake_ml()) {
                    d.weighed_ml += ml;
                    d.weighed_feeds += 1;
                }
            }
            Record::Supplement(s) => d.supplement_ml += s.ml.whole_ml(),
            Record::Diaper(x) => {
                d.wet += x.wet as u32;
                d.dirty += x.dirty as u32;
            }
            Record::Weight(w) => {
                if d.weight_g.is_none_or(|(at, _)| e.at >= at) {
                    d.weight_g = Some((e.at, w.grams));
                }
            }
            Record::Medicine(_) | Record::Milestone(_) => {}
        }
    }
    out
}

/// Where the share's baseline came from, so every screen can say how it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BaselineSource {
    /// What the parent said a day was at the start (Settings → Your journey).
    Said,
    /// The average of the days with supplements logged in the first week that had one: `first`
    /// to `last` (the week, or its finished days while it is still going on), `days` of them.
    FirstWeek {
        #[serde(with = "iso_date")]
        first: NaiveDate,
        #[serde(with = "iso_date")]
        last: NaiveDate,
        days: u32,
        complete: bool,
    },
}

/// The daily supplement the journey started from: what supplements covered at the start, the
/// one amount every share from the breast is read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub ml: u32,
    pub source: BaselineSource,
    /// The first day with a supplement logged: a day before it has no share (nothing logged to
    /// compare is not the same as nothing needed).
    #[serde(with = "iso_date")]
    pub from: NaiveDate,
    /// The last day the amount was read from; a day after it can show supplements halved.
    #[serde(with = "iso_date")]
    pub settled: NaiveDate,
}

/// What supplements covered at the start: the amount the parent said (Settings → Your journey),
/// else the average of the first week with supplements logged, over its days with supplements
/// logged (finished days only, so while that week goes on the amount is the days so far). Not
/// the step-down's starting amount: a step-down begun weeks in starts from a later, lower amount,
/// and days above it would all read as nothing from the breast. `None` before any finished day.
pub fn baseline(
    days: &BTreeMap<NaiveDate, Day>,
    said_ml: Option<u32>,
    today: NaiveDate,
) -> Option<Baseline> {
    let first = days.iter().find(|(_, d)| d.supplement_ml > 0).map(|(k, _)| *k)?;
    if let Some(ml) = said_ml.filter(|ml| *ml > 0) {
        return Some(Baseline { ml, source: BaselineSource::Said, from: first, settled: first });
    }
    let week_end = first + Duration::days(6);
    // Finished days only: the first supplement may have been logged today.
    let last = week_end.min(today.pred_opt()?);
    if last < first {
        return None;
    }
    let given: Vec<u32> =
        days.range(first..=last).map(|(_, d)| d.supplement_ml).filter(|ml| *ml > 0).collect();
    let n = given.len() as u32;
    (n > 0).then(|| Baseline {
        ml: (given.iter().sum::<u32>() + n / 2) / n,
        source: BaselineSource::FirstWeek { first, last, days: n, complete: last == week_end },
        from: first,
        settled: week_end,
    })
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
    let mut when: BTreeMap<Kind, (NaiveDate, Option<String>)> =
        found.into_iter().map(|(k, d)| (k, (d, None))).collect();
    let mut reached: Vec<Reached> = Vec::new();
    let mut marks: Vec<(&Entry, &Milestone)> = live
        .iter()
        .filter_map(|e| match &e.record {
            Record::Milestone(m) if m.kind != Kind::Unknown => Some((*e, m)),
            _ => None,
        })
        .collect();
    super::sorting::sort_by(&mut marks, |(a, x), (b, y)| (x.date, &a.id).cmp(&(y.date, &b.id)));
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
    super::sorting::sort_by_key(&mut reached, |r| (r.date, r.kind));
    let ahead =
        Kind::LISTED.into_iter().filter(|k| !reached.iter().any(|r| r.kind == *k)).collect();
    Timeline { reached, ahead }
}

/// How much of a day's milk came from the breast, as far as the log can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub supplement_ml: u32,
    pub baseline_ml: Option<u32>,
    /// Supplements below the baseline, as a percentage of it (0–100): the part of the baby's
    /// milk at the start that the breast may now give, if the baby drinks as much as then.
    pub by_baseline: Option<u32>,
    /// Test-weighed milk at the breast and at how many feeds.
    pub weighed_ml: u32,
    pub weighed_feeds: u32,
    /// Weighed milk as a percentage of weighed milk plus the day's supplements: a floor, since
    /// unweighed feeds gave milk too.
    pub by_weighing: Option<u32>,
}

/// The share for one day's totals. A day with no supplement logged gets a share against the
/// baseline only when it was logged as a whole day (feeds and 6 or more wet diapers): a day the
/// parent simply did not log supplements must not read as "all from the breast".
pub fn share(day: &Day, baseline_ml: Option<u32>) -> Share {
    let pct = |part: u32, whole: u32| ((part as f64 * 100.0) / whole as f64).round() as u32;
    let logged = day.supplement_ml > 0 || (day.sessions > 0 && day.wet >= care::WET_PER_DAY);
    let b = baseline_ml.filter(|b| *b > 0 && logged);
    Share {
        supplement_ml: day.supplement_ml,
        baseline_ml: b,
        by_baseline: b.map(|b| pct(b - day.supplement_ml.min(b), b)),
        weighed_ml: day.weighed_ml,
        weighed_feeds: day.weighed_feeds,
        by_weighing: (day.weighed_feeds > 0 && day.weighed_ml + day.supplement_ml > 0)
            .then(|| pct(day.weighed_ml, day.weighed_ml + day.supplement_ml)),
    }
}

/// Every finished day's share from the breast, and the one baseline they are read against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shares {
    pub baseline: Option<Baseline>,
    /// Each finished day with entries, oldest first; a day not logged is simply not here.
    #[serde(with = "iso_dated")]
    pub days: Vec<(NaiveDate, Share)>,
}

/// The share for every finished day before `today` that has entries, with the baseline. Today is
/// left out: half a day's supplements would read as a share it is not. Computed once from the
/// whole log (`state::milestones`) for Progress, the Plan and the consultant summary; each takes
/// its days with [`recent`].
pub fn all_shares<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    said_ml: Option<u32>,
    today: NaiveDate,
) -> Shares {
    let per_day = days(tz, entries);
    let base = baseline(&per_day, said_ml, today);
    let days = per_day
        .range(..today)
        .filter(|(_, d)| d.any)
        // Before the first supplement logged, there is nothing to compare with.
        .map(|(date, d)| (*date, share(d, base.filter(|b| *date >= b.from).map(|b| b.ml))))
        .collect();
    Shares { baseline: base, days }
}

/// The `n` finished days before `today` out of [`all_shares`] (oldest first, as given).
pub fn recent(all: &[(NaiveDate, Share)], today: NaiveDate, n: i64) -> &[(NaiveDate, Share)] {
    let from = today - Duration::days(n);
    &all[all.partition_point(|(d, _)| *d < from)..]
}

impl Shares {
    /// The `n` finished days before `today` (see [`recent`]).
    pub fn recent(&self, today: NaiveDate, n: i64) -> &[(NaiveDate, Share)] {
        recent(&self.days, today, n)
    }

    /// The share of one day, when it has one.
    pub fn on(&self, date: NaiveDate) -> Option<&Share> {
        self.days.iter().find(|(d, _)| *d == date).map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Milk, Session, Supplement, TestWeight};
    use crate::domain::units::Ml;
    use crate::domain::{Millis, HOUR, MINUTE};
    use chrono_tz::Europe::London;

    fn at(d: u32, h: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap().timestamp_millis()
    }
    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }
    fn session(id: &str, kind: SessionKind, start: Millis, ml: Option<u32>) -> Entry {
        Entry::new(
            id.into(),
            start,
            Record::Session(Session {
                kind,
                start,
                end: start + 20 * MINUTE,
                segments: vec![],
                left_ml: ml.map(Ml::whole),
                right_ml: ml.map(|_| Ml::ZERO),
                notes: String::new(),
                test_weight: None,
            }),
        )
    }
    fn sup(id: &str, at: Millis, ml: u32, method: Method, after: Option<&str>) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Supplement(Supplement {
                at,
                ml: Ml::whole(ml),
                milk: Milk::Donor,
                method,
                after_session: after.map(str::to_string),
                notes: String::new(),
            }),
        )
    }
    fn wet(id: String, at: Millis) -> Entry {
        Entry::new(
            id,
            at,
            Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
        )
    }
    /// A day of feeds with `sup_ml` of supplement by cup and `wets` wet diapers.
    fn day(d: u32, sup_ml: u32, wets: u32) -> Vec<Entry> {
        let mut out = vec![session(&format!("p{d}"), SessionKind::Pumping, at(d, 6), Some(0))];
        if sup_ml > 0 {
            out.push(sup(&format!("s{d}"), at(d, 7), sup_ml, Method::Cup, None));
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
        log.push(session("drops", SessionKind::Pumping, at(3, 10), Some(2)));
        log.push(session("n5", SessionKind::Nursing, at(5, 12), None));
        log.push(sup("sn5", at(5, 13), 40, Method::AtBreastSupplementer, Some("n5")));
        log.extend(day(8, 150, 6));
        log.extend(day(9, 140, 6));
        log.push(session("n9", SessionKind::Nursing, at(9, 12), None));
        log.extend(day(10, 100, 6));
        log.extend(day(11, 60, 6));
        log.extend(day(12, 0, 6));
        let mark = |kind, d: u32, words: &str| Milestone::on(&London, kind, date(d), words);
        log.push(mark(Kind::LetDown, 6, "").entry(at(6, 20)));
        log.push(mark(Kind::BreastChanges, 4, "").entry(at(6, 20)));
        log.push(mark(Kind::Own, 11, "Baby latched").entry(at(11, 20)));
        // A later mark of the same kind, and a deleted earlier one, change nothing.
        log.push(mark(Kind::LetDown, 8, "").entry(at(8, 20)));
        log.push(mark(Kind::LetDown, 2, "").entry(at(2, 20)).with_deleted(at(3, 0), true));
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
        log.push(session("drops", SessionKind::Pumping, at(2, 10), Some(5)));
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
        let gone = vec![
            session("d", SessionKind::Pumping, at(2, 10), Some(5)).with_deleted(at(3, 0), true)
        ];
        assert!(timeline(&London, &gone, None, None, date(21)).reached.is_empty());
    }

    #[test]
    fn a_day_without_supplements_needs_feeds_and_six_wet_diapers() {
        for wet_count in 0..=8u32 {
            for with_session in [false, true] {
                let mut log = vec![sup("s", at(1, 8), 60, Method::Cup, None)];
                if with_session {
                    log.push(session("p", SessionKind::Pumping, at(2, 9), Some(0)));
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

    fn stool(id: String, at: Millis) -> Entry {
        Entry::new(
            id,
            at,
            Record::Diaper(Diaper { at, wet: false, dirty: true, dark_urine: false }),
        )
    }

    fn weighed(id: &str, at: Millis, grams: u32) -> Entry {
        Entry::new(id.into(), at, Record::Weight(crate::domain::entry::Weight { at, grams }))
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
        lost.push(weighed("g1", at(2, 9), 5200));
        lost.push(weighed("g8", at(8, 9), 5150));
        lost.push(weighed("g9", at(9, 9), 5140));
        assert_eq!(reached(&lost, three_months), (false, false));
        // The same days with a good gain are praised.
        let mut gained = [base(3), later(3)].concat();
        gained.push(weighed("g1", at(2, 9), 5200));
        gained.push(weighed("g8", at(8, 9), 5320));
        gained.push(weighed("g9", at(9, 9), 5340));
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
        let mut a = session("a", SessionKind::Nursing, at(10, 9), None);
        let mut b = session("b", SessionKind::Nursing, at(10, 12), None);
        if let Record::Session(s) = &mut a.record {
            s.test_weight = Some(TestWeight { before_g: 4000, after_g: 4060 });
        }
        if let Record::Session(s) = &mut b.record {
            s.test_weight = Some(TestWeight { before_g: 4100, after_g: 4050 });
        }
        let log = vec![a, b, sup("s", at(10, 13), 40, Method::Cup, None)];
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
        let mark = Milestone::on(&London, Kind::Own, date(2), "x").entry(at(2, 20));
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
    fn the_walk_through_reads_about_half_from_the_breast_against_what_supplements_were_at_the_start(
    ) {
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
            Some(Baseline {
                ml: 360,
                source: BaselineSource::Said,
                from: date(2),
                settled: date(2)
            })
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
        assert_eq!(
            got,
            vec![(Kind::LetDown, date(6)), (Kind::Own, date(11)), (Kind::Own, date(12))]
        );
    }
}
