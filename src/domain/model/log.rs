//! The Log screen as data: which entries a filter keeps, tombstones left out, the days newest
//! first with each day's totals, and each row with what the parent wrote about it and the feed a
//! supplement went with, so the screen shows what was stored rather than only its numbers.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};

use crate::domain::day::{day_range, group_by_day};
use crate::domain::entry::{Entry, Record, SessionKind};
use crate::domain::summary::Totals;
use crate::domain::units::Ml;
use crate::domain::Millis;

/// Days the Log reads at first, and adds with "Show earlier days".
pub const DAYS_PER_PAGE: i64 = 7;

/// The span of the log the screen reads to show `days` local days up to and including `today`:
/// from the first day's local midnight to the midnight after today (days are 23 or 25 hours
/// long when the clocks change, so never counted in 24-hour steps).
pub fn span<Tz: TimeZone>(tz: &Tz, today: NaiveDate, days: i64) -> (Millis, Millis) {
    let (from, _) = day_range(tz, today - Duration::days(days.max(1) - 1));
    (from, day_range(tz, today).1)
}

/// Which kind of entry the Log shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Sessions,
    Supplements,
    Diapers,
    Weights,
}

impl Filter {
    /// Every filter, in the order the chips are offered.
    pub const ALL: [Filter; 5] =
        [Filter::All, Filter::Sessions, Filter::Supplements, Filter::Diapers, Filter::Weights];

    /// Whether a row for `r` is shown. Medicines are listed in Settings, not among the day's
    /// entries; a milestone marked by hand is shown on its day (under All), so it can be found
    /// and taken back here too.
    pub fn keeps(self, r: &Record) -> bool {
        matches!(
            (self, r),
            (
                Filter::All,
                Record::Session(_)
                    | Record::Supplement(_)
                    | Record::Diaper(_)
                    | Record::Weight(_)
                    | Record::Milestone(_)
            ) | (Filter::Sessions, Record::Session(_))
                | (Filter::Supplements, Record::Supplement(_))
                | (Filter::Diapers, Record::Diaper(_))
                | (Filter::Weights, Record::Weight(_))
        )
    }
}

/// One day of the Log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogDay {
    pub date: NaiveDate,
    /// Everything that happened that day, whatever the filter shows: the day's totals do not
    /// change with a filter. Volumes are sums of the amounts as shown, so the rows add up to them.
    pub totals: Totals,
    /// The rows the filter keeps, newest first.
    pub rows: Vec<LogRow>,
}

/// The Log's days, newest first. A day with nothing the filter keeps is left out.
pub fn days<Tz: TimeZone>(tz: &Tz, entries: &[Entry], filter: Filter) -> Vec<LogDay> {
    let live: Vec<&Entry> = entries.iter().filter(|e| !e.deleted).collect();
    let all: Vec<Entry> = live.iter().map(|e| (*e).clone()).collect();
    group_by_day(tz, live, |e| e.at)
        .into_iter()
        .filter_map(|(date, list)| {
            let shown: Vec<Entry> =
                list.iter().filter(|e| filter.keeps(&e.record)).map(|e| (*e).clone()).collect();
            (!shown.is_empty()).then(|| LogDay {
                date,
                totals: Totals::of(list.iter().copied()),
                rows: rows(tz, &shown, &all),
            })
        })
        .collect()
}

/// Notes longer than this many characters are shortened on the row, with a way to read all.
pub const SHORT_NOTES_CHARS: usize = 80;

/// A note as the row shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotePreview {
    /// The start of the note, cut at a word where it can be, without a trailing ellipsis (the
    /// language's `text::log::notes_cut` adds it, so the model holds only the parent's words).
    pub short: String,
    /// The whole note, exactly as written.
    pub full: String,
    /// Whether `short` leaves something out.
    pub cut: bool,
}

impl NotePreview {
    /// The preview of `notes`, or `None` when nothing was written.
    pub fn of(notes: &str) -> Option<NotePreview> {
        let full = notes.trim();
        if full.is_empty() {
            return None;
        }
        // The first line only: a note's later lines are behind "read all" too.
        let first_line = full.lines().next().unwrap_or(full);
        let chars = first_line.chars().count();
        if chars <= SHORT_NOTES_CHARS && first_line.len() == full.len() {
            return Some(NotePreview { short: full.into(), full: full.into(), cut: false });
        }
        let head: String = first_line.chars().take(SHORT_NOTES_CHARS).collect();
        let short = if chars > SHORT_NOTES_CHARS {
            // Back to the last space, unless that would leave almost nothing.
            match head.rfind(char::is_whitespace) {
                Some(at) if at >= SHORT_NOTES_CHARS / 2 => head[..at].trim_end().to_string(),
                _ => head,
            }
        } else {
            head
        };
        Some(NotePreview { short, full: full.into(), cut: true })
    }
}

/// The feed a supplement was given with, when that feed is among the loaded entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feed {
    pub start: Millis,
    /// When it started, in local time.
    pub time: NaiveTime,
    pub kind: SessionKind,
}

/// One row of the Log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogRow {
    pub entry: Entry,
    /// Its local time; `None` for a milestone, which is marked on a day, not at a time (its row
    /// shows no time, and it is taken back rather than edited).
    pub time: Option<NaiveTime>,
    pub notes: Option<NotePreview>,
    /// For a supplement: the feed it went with (its `after_session`), if still in the log.
    pub with_feed: Option<Feed>,
    /// For a session: the supplements logged with it, in ml, oldest first.
    pub supplements_ml: Vec<Ml>,
}

/// The rows for `entries` (live ones only, in the order given). `all` is every entry loaded,
/// where the links between feeds and supplements are looked up: a supplement can sit on a
/// different day (or be filtered out) and still be named on its feed's row.
pub fn rows<Tz: TimeZone>(tz: &Tz, entries: &[Entry], all: &[Entry]) -> Vec<LogRow> {
    let local = |at: Millis| {
        tz.timestamp_millis_opt(at).single().map_or(NaiveTime::MIN, |d| d.naive_local().time())
    };
    let live = || all.iter().filter(|e| !e.deleted);
    let sessions: HashMap<&str, Feed> = live()
        .filter_map(|e| match &e.record {
            Record::Session(s) => {
                Some((e.id.as_str(), Feed { start: s.start, time: local(s.start), kind: s.kind }))
            }
            _ => None,
        })
        .collect();
    let mut given: HashMap<&str, Vec<(Millis, Ml)>> = HashMap::new();
    for e in live() {
        if let Record::Supplement(s) = &e.record {
            if let Some(id) = s.after_session.as_deref() {
                given.entry(id).or_default().push((s.at, s.ml));
            }
        }
    }
    entries
        .iter()
        .filter(|e| !e.deleted)
        .map(|e| {
            let (notes, with_feed, supplements_ml) = match &e.record {
                Record::Session(s) => {
                    let mut with: Vec<(Millis, Ml)> =
                        given.get(e.id.as_str()).cloned().unwrap_or_default();
                    crate::domain::sorting::sort(&mut with);
                    (NotePreview::of(&s.notes), None, with.into_iter().map(|(_, ml)| ml).collect())
                }
                Record::Supplement(s) => (
                    NotePreview::of(&s.notes),
                    s.after_session.as_deref().and_then(|id| sessions.get(id).copied()),
                    vec![],
                ),
                _ => (None, None, vec![]),
            };
            let time = (!matches!(e.record, Record::Milestone(_))).then(|| local(e.at));
            LogRow { entry: e.clone(), time, notes, with_feed, supplements_ml }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Method, Milk};
    use crate::domain::test_kit::{self as kit, Tweak};
    use crate::domain::MINUTE;

    const T: Millis = 1_780_000_000_000;

    fn nursing(id: &str, start: Millis, notes: &str) -> Entry {
        kit::session(id, SessionKind::Nursing, start).notes(notes)
    }

    fn sup(id: &str, at: Millis, ml: u32, after: Option<&str>, notes: &str) -> Entry {
        let e = kit::supplement(id, at, ml).given(Milk::Donor, Method::AtBreastSupplementer);
        match after {
            Some(feed) => e.after(feed),
            None => e,
        }
        .notes(notes)
    }

    #[test]
    fn a_supplement_row_names_its_feed_and_the_feed_row_its_supplements() {
        let feed = nursing("n1", T, "");
        let with = sup("p1", T + 20 * MINUTE, 30, Some("n1"), "");
        let second = sup("p2", T + 25 * MINUTE, 10, Some("n1"), "");
        let lost = sup("p3", T + 30 * MINUTE, 15, Some("gone"), "");
        let all = vec![feed.clone(), with.clone(), second, lost.clone()];
        let rows = rows(&chrono::Utc, &all, &all);
        assert_eq!(rows[0].supplements_ml, vec![Ml::whole(30), Ml::whole(10)]);
        // T is 20:26:40 UTC on 28 May 2026.
        let time = NaiveTime::from_hms_opt(20, 26, 40).unwrap();
        assert_eq!(rows[1].with_feed, Some(Feed { start: T, time, kind: SessionKind::Nursing }));
        assert_eq!(rows[3].with_feed, None, "a feed not in the log is not invented");
        // Only the supplements shown (a filter) with the feed looked up among all loaded.
        let only = super::rows(&chrono::Utc, &[with], &all);
        assert_eq!(only[0].with_feed.map(|f| f.start), Some(T));
        // A deleted feed is not named; a deleted supplement is not counted.
        let gone_feed = feed.with_deleted(T + HOUR_MS, true);
        let all =
            vec![gone_feed, lost.with_deleted(T + HOUR_MS, true), sup("p1", T, 30, Some("n1"), "")];
        let rows = super::rows(&chrono::Utc, &all, &all);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].with_feed, None);
    }

    const HOUR_MS: Millis = 60 * MINUTE;

    #[test]
    fn notes_show_whole_when_short_and_shortened_at_a_word_when_long() {
        assert_eq!(NotePreview::of("  \n "), None);
        let short = NotePreview::of(" latched well ").unwrap();
        assert_eq!((short.short.as_str(), short.cut), ("latched well", false));
        let long = "Baby latched on the left for a long time and then fell asleep, so we used \
            the supplementer on the right side after a nap";
        let p = NotePreview::of(long).unwrap();
        assert!(p.cut);
        assert!(p.short.chars().count() <= SHORT_NOTES_CHARS);
        assert!(long.starts_with(&p.short) && long[p.short.len()..].starts_with(' '));
        assert_eq!(p.full, long);
        let lines = NotePreview::of("first line\nsecond line").unwrap();
        assert_eq!((lines.short.as_str(), lines.cut), ("first line", true));
        let unbroken = "x".repeat(200);
        assert_eq!(NotePreview::of(&unbroken).unwrap().short.len(), SHORT_NOTES_CHARS);
        let markup = "<img src=x onerror=alert(1)>";
        assert_eq!(NotePreview::of(markup).unwrap().full, markup, "kept as written");
    }

    #[test]
    fn diapers_and_weights_have_no_notes_or_links() {
        let d = Entry::new(
            "d".into(),
            T,
            Record::Diaper(Diaper { at: T, wet: true, dirty: false, dark_urine: false }),
        );
        let r = rows(&chrono::Utc, std::slice::from_ref(&d), std::slice::from_ref(&d));
        assert_eq!(
            (r[0].notes.clone(), r[0].with_feed, r[0].supplements_ml.len()),
            (None, None, 0)
        );
    }

    /// A day of the log in London around the clocks going back (25 October 2026), in ounces.
    #[test]
    fn days_are_local_newest_first_without_tombstones_and_keep_their_totals_under_a_filter() {
        use crate::domain::entry::Weight;
        use crate::domain::units::{Total, Volume};
        use chrono::TimeZone as _;
        use chrono_tz::Europe::London;
        let at = |d: u32, h: u32, m: u32| {
            London.with_ymd_and_hms(2026, 10, d, h, m, 0).unwrap().timestamp_millis()
        };
        let oz = |hundredths: u64| Ml::from_shown(Volume::Oz, hundredths);
        let mut pump = nursing("p", at(25, 23, 30), "");
        if let Record::Session(s) = &mut pump.record {
            s.kind = SessionKind::Pumping;
            (s.left_ml, s.right_ml) = (Some(oz(150)), Some(oz(25)));
        }
        let mut given = sup("g", at(25, 23, 50), 0, None, "");
        if let Record::Supplement(s) = &mut given.record {
            s.ml = oz(225);
        }
        let gone = sup("x", at(25, 9, 0), 90, None, "").with_deleted(at(25, 10, 0), true);
        let night = Entry::new(
            "w".into(),
            0,
            Record::Diaper(Diaper {
                at: at(26, 0, 30),
                wet: true,
                dirty: false,
                dark_urine: false,
            }),
        );
        let weighed =
            Entry::new("kg".into(), 0, Record::Weight(Weight { at: at(24, 8, 0), grams: 4000 }));
        let log = vec![weighed, pump, gone, given, night];
        let date = |d| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();

        let all = days(&London, &log, Filter::All);
        let dates: Vec<NaiveDate> = all.iter().map(|d| d.date).collect();
        assert_eq!(dates, [date(26), date(25), date(24)], "00:30 is the next day; newest first");
        let ids: Vec<&str> = all[1].rows.iter().map(|r| r.entry.id.as_str()).collect();
        assert_eq!(ids, ["g", "p"], "newest first, the deleted 90 ml gone");
        let t = all[1].totals;
        assert_eq!((t.sessions, t.expressed_ml.shown(Volume::Oz)), (1, 175));
        assert_eq!(t.supplement_ml.shown(Volume::Oz), 225, "the deleted supplement is not counted");
        // The sides add up to the day's milk as shown: 1.5 + 0.25 = 1.75 oz.
        assert_eq!(t.left_ml + t.right_ml, t.expressed_ml);
        assert_eq!(Total::from(oz(150)) + oz(25), t.expressed_ml);

        // Supplements only: the days without one are left out; the day keeps its whole totals.
        let given_only = days(&London, &log, Filter::Supplements);
        assert_eq!(given_only.len(), 1);
        assert_eq!(given_only[0].rows.len(), 1);
        assert_eq!(given_only[0].totals, all[1].totals);
        let weights = days(&London, &log, Filter::Weights);
        assert_eq!(weights[0].date, date(24));
        // Rows read the wall clock: 08:00 in summer time (07:00 UTC), 23:50 after the change.
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(weights[0].rows[0].time, hm(8, 0));
        assert_eq!(all[1].rows[0].time, hm(23, 50));
        assert!(days(&London, &log[2..3], Filter::All).is_empty(), "only a tombstone: nothing");
    }

    #[test]
    fn a_listed_medicine_is_never_a_row_and_a_marked_milestone_is_one_under_all_only() {
        use crate::domain::milestones::{Kind, Milestone};
        let day = NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        let mark = Entry::milestone(Milestone::on(&chrono::Utc, Kind::LetDown, day, ""), T);
        let med = crate::domain::medicine::Medicine::from_form("m", true, "", Some(day), None);
        let listed = Entry::new("m".into(), T, Record::Medicine(med.unwrap()));
        let log = [mark, listed];
        let all = days(&chrono::Utc, &log, Filter::All);
        assert_eq!(all.len(), 1);
        assert!(matches!(all[0].rows[0].entry.record, Record::Milestone(_)));
        assert_eq!(all[0].rows[0].time, None, "marked on a day, not at a time");
        assert_eq!(all[0].rows.len(), 1);
        for f in [Filter::Sessions, Filter::Supplements, Filter::Diapers, Filter::Weights] {
            assert!(days(&chrono::Utc, &log, f).is_empty(), "{f:?}");
        }
    }

    /// A week up to Wednesday 28 October 2026 in London, across the clocks going back on the 25th.
    #[test]
    fn the_screen_reads_whole_local_days_up_to_the_end_of_today() {
        use chrono::Utc;
        use chrono_tz::Europe::London;
        let today = NaiveDate::from_ymd_opt(2026, 10, 28).unwrap();
        let utc = |d, h| Utc.with_ymd_and_hms(2026, 10, d, h, 0, 0).unwrap().timestamp_millis();
        // From Thursday the 22nd at midnight in summer time (23:00 UTC the day before) to the
        // midnight after the 28th (GMT again): seven days, one of them 25 hours long.
        assert_eq!(span(&London, today, DAYS_PER_PAGE), (utc(21, 23), utc(29, 0)));
        assert_eq!(span(&London, today, 1), (utc(28, 0), utc(29, 0)));
    }
}
