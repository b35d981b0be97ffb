//! The milestones and shares last worked out from the whole log, kept on the phone between visits
//! (`state::milestones`). Reading the whole log is the slowest read there is (most of a second
//! with two years of entries), so a screen opened directly (Progress, say) draws what was kept at
//! once, and the read that follows finds the same. Only what is still exact is used: worked out
//! from the log as it is now (every write changes the log's write stamp, and the kept read names
//! the stamp it saw), on the same day, at the same offset from UTC and for the same journey
//! settings. Anything else waits for the read, as a first visit does.

use chrono::{NaiveDate, Offset, TimeZone};
use serde::{Deserialize, Serialize};

use super::day::iso_date;
use super::entry::Entry;
use super::journey::Journey;
use super::milestones::{Shares, Timeline};
use super::Millis;

/// The write stamp while a write is under way: a read that sees it keeps nothing, since it may
/// have read the log before the write or after it.
pub const WRITING: &str = "writing";

/// Whether a read of the whole log that started when the log's write stamp was `before` and
/// ended when it was `after` read one settled state of the log: no write under way at its start
/// and none since. A missing stamp (storage refused, or never written) keeps nothing.
pub fn may_keep(before: Option<&str>, after: Option<&str>) -> bool {
    match (before, after) {
        (Some(b), Some(a)) => b == a && b != WRITING && !b.is_empty(),
        _ => false,
    }
}

/// Everything besides the log the milestones and shares were worked out for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Basis {
    /// The local day: only finished days count, so a new day may add a milestone or a share.
    #[serde(with = "iso_date")]
    pub day: NaiveDate,
    /// The phone's offset from UTC in minutes: entries fall on local days.
    pub offset_minutes: i32,
    /// The journey settings as stored (JSON): the baseline said at the start, the baby's birth
    /// date, the path — whatever the rules read, so any change there works them out anew.
    pub journey: String,
}

impl Basis {
    /// The basis of a read on local `day` at `now` in `tz`, with these journey settings.
    pub fn at<Tz: TimeZone>(tz: &Tz, day: NaiveDate, now: Millis, journey: &Journey) -> Basis {
        let offset_minutes = tz
            .timestamp_millis_opt(now)
            .single()
            .map_or(0, |t| t.offset().fix().local_minus_utc() / 60);
        Basis { day, offset_minutes, journey: serde_json::to_string(journey).unwrap_or_default() }
    }
}

/// The milestones and shares of one whole read, with what they were worked out for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    /// The log's write stamp the read saw, at its start and at its end.
    pub stamp: String,
    pub basis: Basis,
    pub timeline: Timeline,
    pub shares: Shares,
    /// The live entries that count toward no day's tallies (marks made by hand, to take one
    /// back, and listed medicines, for the consultant summary): a handful, read with the rest.
    pub untallied: Vec<Entry>,
}

/// The live entries of `all` that count toward no day's tallies, as [`Kept::untallied`] holds.
pub fn untallied(all: &[Entry]) -> Vec<Entry> {
    all.iter().filter(|e| !e.deleted && !e.happened()).cloned().collect()
}

impl Kept {
    /// Whether this is exact for the log at write stamp `stamp`, with `basis` as it is now.
    pub fn fits(&self, stamp: Option<&str>, basis: &Basis) -> bool {
        may_keep(Some(&self.stamp), stamp) && self.basis == *basis
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::milestones::{self, Kind, Milestone};
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_basis_names_the_day_the_phones_offset_then_and_the_journey() {
        use chrono_tz::Europe::Paris;
        let journey = Journey { supplement_ml_per_day: Some(300), ..Journey::default() };
        // 15 January 2026, noon in Paris (UTC+1), and 15 July (summer time, UTC+2).
        let winter = Paris.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap().timestamp_millis();
        let summer = Paris.with_ymd_and_hms(2026, 7, 15, 12, 0, 0).unwrap().timestamp_millis();
        let b = Basis::at(&Paris, date(15), winter, &journey);
        assert_eq!((b.day, b.offset_minutes), (date(15), 60));
        assert!(b.journey.contains(r#""supplement_ml_per_day":300"#), "{}", b.journey);
        assert_eq!(Basis::at(&Paris, date(15), summer, &journey).offset_minutes, 120);
        assert_eq!(Basis::at(&London, date(15), winter, &journey).offset_minutes, 0);
        // Another baseline is another basis: what was kept no longer fits.
        assert_ne!(Basis::at(&Paris, date(15), winter, &Journey::default()), b);
    }

    fn basis() -> Basis {
        Basis { day: date(28), offset_minutes: 0, journey: r#"{"path":"relactating"}"#.into() }
    }

    #[test]
    fn only_a_read_that_saw_one_settled_log_is_kept() {
        assert!(may_keep(Some("a1"), Some("a1")));
        // A write finished during the read: it may or may not have seen it.
        assert!(!may_keep(Some("a1"), Some("b2")));
        // A write was under way when the read began (and its end set a new stamp, or the
        // page died before it could).
        assert!(!may_keep(Some(WRITING), Some(WRITING)));
        assert!(!may_keep(Some(WRITING), Some("b2")));
        // Storage refused or empty: nothing to check against.
        assert!(!may_keep(None, None));
        assert!(!may_keep(Some("a1"), None));
        assert!(!may_keep(Some(""), Some("")));
    }

    #[test]
    fn what_was_kept_fits_the_same_log_day_offset_and_journey_only() {
        let kept = Kept {
            stamp: "a1".into(),
            basis: basis(),
            timeline: Timeline { reached: vec![], ahead: vec![Kind::FirstDrops] },
            shares: Shares::default(),
            untallied: vec![],
        };
        assert!(kept.fits(Some("a1"), &basis()));
        assert!(!kept.fits(Some("b2"), &basis()), "the log was written since");
        assert!(!kept.fits(None, &basis()), "no stamp to check");
        assert!(!kept.fits(Some(WRITING), &basis()), "a write under way");
        let next_day = Basis { day: date(29), ..basis() };
        assert!(!kept.fits(Some("a1"), &next_day), "yesterday is now a finished day");
        let travelled = Basis { offset_minutes: -300, ..basis() };
        assert!(!kept.fits(Some("a1"), &travelled), "entries fall on other local days");
        let said = Basis {
            journey: r#"{"path":"relactating","supplement_ml_per_day":360}"#.into(),
            ..basis()
        };
        assert!(!kept.fits(Some("a1"), &said), "the baseline said at the start changed");
    }

    #[test]
    fn a_kept_read_reads_back_exactly_with_its_marks() {
        let at = |d: u32, h: u32| {
            London.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap().timestamp_millis()
        };
        // Written as stored (JSON), so the test reads the same whatever fields entries gain.
        let entry = |json: String| serde_json::from_str::<Entry>(&json).unwrap();
        let (pump, wet) = (at(2, 8), at(3, 9));
        let mut all = vec![
            entry(format!(
                r#"{{"id":"s1","created":{pump},"updated":{pump},"deleted":false,"at":{pump},
                "record":{{"type":"session","kind":"pumping","start":{pump},"end":{},
                "segments":[],"left_ml":5,"right_ml":5,"notes":""}}}}"#,
                pump + 20 * 60_000
            )),
            entry(format!(
                r#"{{"id":"d1","created":{wet},"updated":{wet},"deleted":false,"at":{wet},
                "record":{{"type":"diaper","at":{wet},"wet":true,"dirty":false}}}}"#
            )),
            Entry::milestone(Milestone::on(&London, Kind::LetDown, date(10), ""), at(10, 12)),
            Entry::milestone(
                Milestone::on(&London, Kind::Own, date(12), "Slept four hours"),
                at(12, 12),
            ),
        ];
        let mut taken_back =
            Entry::milestone(Milestone::on(&London, Kind::BreastChanges, date(11), ""), at(11, 12));
        taken_back.deleted = true;
        all.push(taken_back);
        let timeline = milestones::timeline(&London, &all, Some(300), None, date(28));
        let shares = milestones::all_shares(&London, &all, Some(300), date(28));
        let kept = Kept {
            stamp: "a1".into(),
            basis: basis(),
            timeline: timeline.clone(),
            shares,
            untallied: untallied(&all),
        };
        // The two live marks and nothing else: not the deleted mark, not the day's entries.
        let ids: Vec<&str> = kept.untallied.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert_eq!(ids[0], "milestone-let_down-2026-11-10");
        assert!(ids[1].starts_with("milestone-own-2026-11-12-"), "{ids:?}");
        let json = serde_json::to_string(&kept).unwrap();
        let back: Kept = serde_json::from_str(&json).unwrap();
        assert_eq!(back, kept);
        assert_eq!(back.timeline.reached.len(), 3, "first drops, the let-down and their own");
        assert_eq!(back.timeline.reached[0].date, date(2));
        assert!(json.contains(r#""date":"2026-11-02""#), "days as YYYY-MM-DD: {json}");
    }
}
