//! What a parent records: sessions, supplements, diapers and weights (and, filed beside them, the
//! medicines they list and the milestones they mark), with the checks that keep nonsense out of
//! the log.

use serde::{Deserialize, Serialize};

pub use super::invalid::Invalid;
pub use super::mark::Milestone;
pub use super::medicine::Medicine;
use super::units::{Ml, Total};
use super::{Millis, HOUR, MINUTE};

/// The longest a single session may last; anything longer is almost surely a forgotten timer.
pub const MAX_SESSION: Millis = 12 * HOUR;
/// Expressed volume allowed per side in one session, in millilitres.
pub const MAX_SIDE_ML: u32 = 1000;
/// Supplement amount allowed in one feed, in millilitres.
pub const MAX_SUPPLEMENT_ML: u32 = 500;
/// Plausible baby weights, in grams.
pub const WEIGHT_GRAMS: std::ops::RangeInclusive<u32> = 500..=30_000;
/// Notes longer than this are refused so a pasted document cannot bloat the store.
pub const MAX_NOTES_CHARS: usize = 2000;
/// How far into the future an instant may be (phones' clocks drift a little).
pub const FUTURE_TOLERANCE: Millis = MINUTE;

/// How the breasts were stimulated; pumping and hand expression yield a measurable volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Pumping,
    HandExpression,
    Nursing,
    ComfortNursing,
}

impl SessionKind {
    /// All kinds, in the order the timer offers them.
    pub const ALL: [SessionKind; 4] = [
        SessionKind::Pumping,
        SessionKind::HandExpression,
        SessionKind::Nursing,
        SessionKind::ComfortNursing,
    ];

    /// Only expressing produces milk that can be measured in a container.
    pub fn measures_volume(self) -> bool {
        matches!(self, SessionKind::Pumping | SessionKind::HandExpression)
    }

    /// Stable short name used in URLs (`/timer?start=pump`) and CSV files.
    pub fn slug(self) -> &'static str {
        match self {
            SessionKind::Pumping => "pump",
            SessionKind::HandExpression => "hand",
            SessionKind::Nursing => "nurse",
            SessionKind::ComfortNursing => "comfort",
        }
    }

    /// Inverse of [`SessionKind::slug`], for shortcut URLs.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// Which breast was stimulated; `Both` covers double pumping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
    Both,
}

impl Side {
    /// The side a one-tap switch moves to: left and right alternate, and from both (where pumping
    /// starts) it goes to the left, so a parent with one pump needs one tap, not two.
    pub fn switched(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right | Side::Both => Side::Left,
        }
    }
}

/// A stretch of time on one side; gaps between segments are pauses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub side: Side,
    pub start: Millis,
    pub end: Millis,
}

impl Segment {
    /// Never negative, even if a clock moved backwards while it ran.
    pub fn duration(&self) -> Millis {
        (self.end - self.start).max(0)
    }
}

/// A pumping, hand-expression or nursing session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub kind: SessionKind,
    pub start: Millis,
    pub end: Millis,
    #[serde(default)]
    pub segments: Vec<Segment>,
    /// Milk expressed per side ([`Ml`]: hundredths of a millilitre, written as millilitres).
    #[serde(default)]
    pub left_ml: Option<Ml>,
    #[serde(default)]
    pub right_ml: Option<Ml>,
    #[serde(default)]
    pub notes: String,
    /// The baby weighed before and after a feed at the breast, when the parent does test
    /// weighing (added after schema 1: older entries simply have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_weight: Option<TestWeight>,
}

/// The baby's weight on a baby scale just before and just after one feed at the breast, in the
/// same clothes; the difference is the milk taken (1 g is about 1 ml).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestWeight {
    pub before_g: u32,
    pub after_g: u32,
}

/// The most milk one feed at the breast can plausibly give, in grams, for test weighing.
pub const MAX_TEST_WEIGHED_G: u32 = 500;

impl TestWeight {
    /// Milk taken at the breast, in millilitres (1 g ≈ 1 ml); `None` when the weights are not a
    /// possible pair (see [`TestWeight::check`]).
    pub fn intake_ml(self) -> Option<u32> {
        self.check().ok().map(|()| self.after_g - self.before_g)
    }

    /// Both weights a baby's, the second not smaller than the first, and no more taken than a
    /// feed can hold: anything else is a typing slip, never a negative intake.
    pub fn check(self) -> Result<(), Invalid> {
        if !WEIGHT_GRAMS.contains(&self.before_g) || !WEIGHT_GRAMS.contains(&self.after_g) {
            return Err(Invalid::WeightOutOfRange);
        }
        if self.after_g < self.before_g {
            return Err(Invalid::TestWeightAfterSmaller);
        }
        if self.after_g - self.before_g > MAX_TEST_WEIGHED_G {
            return Err(Invalid::TestWeightTooMuch);
        }
        Ok(())
    }
}

impl Session {
    /// Time actually spent stimulating: the segments, or the whole span when there are none
    /// (sessions typed in from paper have no segments).
    pub fn active_millis(&self) -> Millis {
        if self.segments.is_empty() {
            (self.end - self.start).max(0)
        } else {
            self.segments.iter().map(Segment::duration).sum()
        }
    }

    /// Active time spent on one side; `Both` segments count for each breast.
    pub fn millis_on(&self, side: Side) -> Millis {
        self.segments
            .iter()
            .filter(|s| s.side == side || (s.side == Side::Both && side != Side::Both))
            .map(Segment::duration)
            .sum()
    }

    /// Total expressed, the sum of both sides (as shown, see [`Total`]), or `None` when nothing
    /// was measured (nursing).
    pub fn total_ml(&self) -> Option<Total> {
        match (self.left_ml, self.right_ml) {
            (None, None) => None,
            (l, r) => Some(Total::from(l.unwrap_or_default()) + r.unwrap_or_default()),
        }
    }
}

/// What milk a supplement was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Milk {
    OwnExpressed,
    Donor,
    Formula,
}

/// How a supplement was given; cup and at-breast supplementer are what the guidance prefers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Cup,
    AtBreastSupplementer,
    Spoon,
    Syringe,
    FingerFeeding,
    Bottle,
}

/// A feed of expressed, donor or formula milk given outside nursing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Supplement {
    pub at: Millis,
    /// The amount given ([`Ml`]: hundredths of a millilitre, written as millilitres).
    pub ml: Ml,
    pub milk: Milk,
    pub method: Method,
    /// The nursing session this feed followed, so consultants can see supplementer use.
    #[serde(default)]
    pub after_session: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// A diaper change; wet counts are the everyday sign that the baby is getting enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diaper {
    pub at: Millis,
    pub wet: bool,
    pub dirty: bool,
    /// Dark urine or orange-pink crystals ("brick dust") in the diaper, when the parent ticked
    /// it: after day 4 a sign the baby needs more milk. Left out of the stored record when not
    /// ticked, so diapers read and written before it existed are unchanged.
    #[serde(default, skip_serializing_if = "is_false")]
    pub dark_urine: bool,
}

/// For `skip_serializing_if`: an unticked box is not stored.
fn is_false(b: &bool) -> bool {
    !*b
}

/// A weighing of the baby.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weight {
    pub at: Millis,
    pub grams: u32,
}

/// The things a parent can log; a medicine is listed (in Settings), not logged by the time, and a
/// milestone is marked on a day (on Progress). Both live in the log so that backups, sharing and
/// the CSV carry them like any entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    Session(Session),
    Supplement(Supplement),
    Diaper(Diaper),
    Weight(Weight),
    Medicine(Medicine),
    Milestone(Milestone),
}

impl Record {
    /// The instant the record is filed under: a session belongs to the moment it started.
    pub fn at(&self) -> Millis {
        match self {
            Record::Session(s) => s.start,
            Record::Supplement(s) => s.at,
            Record::Diaper(d) => d.at,
            Record::Weight(w) => w.at,
            Record::Medicine(m) => m.at(),
            Record::Milestone(m) => m.at,
        }
    }

    /// Checks every rule, so a hand-typed entry and an imported one are held to the same standard.
    pub fn validate(&self, now: Millis) -> Result<(), Invalid> {
        let future = |t: Millis| {
            if t > now + FUTURE_TOLERANCE {
                Err(Invalid::InFuture)
            } else {
                Ok(())
            }
        };
        // Notes are plain text, drawn as text on every screen and printout, so markup in them is
        // harmless words; only what no keyboard can type is refused.
        let notes = |n: &str| {
            if n.chars().count() > MAX_NOTES_CHARS {
                Err(Invalid::NotesTooLong)
            } else if n.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                Err(Invalid::NotesControlCharacter)
            } else {
                Ok(())
            }
        };
        match self {
            Record::Session(s) => {
                if s.end <= s.start {
                    return Err(Invalid::EndNotAfterStart);
                }
                if s.end - s.start > MAX_SESSION {
                    return Err(Invalid::SessionTooLong);
                }
                future(s.end)?;
                for seg in &s.segments {
                    if seg.end < seg.start || seg.start < s.start || seg.end > s.end {
                        return Err(Invalid::SegmentOutsideSession);
                    }
                }
                let max = Ml::whole(MAX_SIDE_ML);
                if s.left_ml.unwrap_or_default() > max || s.right_ml.unwrap_or_default() > max {
                    return Err(Invalid::VolumeOutOfRange);
                }
                if let Some(w) = s.test_weight {
                    w.check()?;
                }
                notes(&s.notes)
            }
            Record::Supplement(s) => {
                if s.ml > Ml::whole(MAX_SUPPLEMENT_ML) {
                    return Err(Invalid::AmountOutOfRange);
                }
                future(s.at)?;
                notes(&s.notes)
            }
            Record::Diaper(d) => {
                if !d.wet && !d.dirty {
                    return Err(Invalid::DiaperEmpty);
                }
                future(d.at)
            }
            Record::Weight(w) => {
                if !WEIGHT_GRAMS.contains(&w.grams) {
                    return Err(Invalid::WeightOutOfRange);
                }
                future(w.at)
            }
            Record::Medicine(m) => m.validate(),
            Record::Milestone(m) => m.validate(now),
        }
    }
}

/// A stored log entry: the record plus what merging backups from two phones needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Random and stable, so the same entry is recognised in any backup.
    pub id: String,
    pub created: Millis,
    /// The newer `updated` wins when two copies of an entry meet.
    pub updated: Millis,
    /// Deleted entries stay as tombstones so a merge cannot bring them back.
    #[serde(default)]
    pub deleted: bool,
    /// Copy of `record.at()`, kept at the top level so the store can index it.
    pub at: Millis,
    pub record: Record,
}

impl Entry {
    /// A fresh entry; `at` is derived so it can never disagree with the record.
    pub fn new(id: String, now: Millis, record: Record) -> Self {
        Entry { id, created: now, updated: now, deleted: false, at: record.at(), record }
    }

    /// A fresh entry for a milestone the parent marked, under the id made from what it says
    /// ([`Milestone::id`]), so the same mark made twice is one entry after any merge.
    pub fn milestone(mark: Milestone, now: Millis) -> Self {
        Entry::new(mark.id(), now, Record::Milestone(mark))
    }

    /// A changed copy, stamped so it wins over the old one in any merge.
    pub fn edited(&self, now: Millis, record: Record) -> Self {
        Entry { updated: now.max(self.updated + 1), at: record.at(), record, ..self.clone() }
    }

    /// A live entry for something that happened when it is filed (a session, a supplement, a
    /// diaper, a weight). A listed medicine is filed under its start day but did not happen that
    /// day, and a marked milestone is a note about a day, not something done in it: neither
    /// counts toward any day's tallies, charts, reminders, log-found milestones or first use.
    pub fn happened(&self) -> bool {
        !self.deleted && !matches!(self.record, Record::Medicine(_) | Record::Milestone(_))
    }

    /// A tombstone of this entry (undo is the same entry un-deleted with a newer stamp).
    pub fn with_deleted(&self, now: Millis, deleted: bool) -> Self {
        Entry { updated: now.max(self.updated + 1), deleted, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_780_000_000_000;

    fn pumping(start: Millis, end: Millis) -> Session {
        Session {
            kind: SessionKind::Pumping,
            start,
            end,
            segments: vec![],
            left_ml: Some(Ml::whole(20)),
            right_ml: Some(Ml::whole(15)),
            notes: String::new(),
            test_weight: None,
        }
    }

    #[test]
    fn a_normal_session_is_valid() {
        let s = Record::Session(pumping(NOW - 30 * MINUTE, NOW - 5 * MINUTE));
        assert_eq!(s.validate(NOW), Ok(()));
    }

    #[test]
    fn session_rules_are_enforced() {
        let check = |s: Session| Record::Session(s).validate(NOW);
        assert_eq!(check(pumping(NOW, NOW)), Err(Invalid::EndNotAfterStart));
        assert_eq!(check(pumping(NOW - 13 * HOUR, NOW)), Err(Invalid::SessionTooLong));
        assert_eq!(check(pumping(NOW - 12 * HOUR, NOW)), Ok(()));
        assert_eq!(check(pumping(NOW, NOW + 2 * MINUTE)), Err(Invalid::InFuture));
        assert_eq!(check(pumping(NOW - MINUTE, NOW + MINUTE)), Ok(()), "a minute of drift is fine");
        let mut s = pumping(NOW - HOUR, NOW);
        s.left_ml = Some(Ml::whole(1001));
        assert_eq!(check(s.clone()), Err(Invalid::VolumeOutOfRange));
        s.left_ml = Some(Ml::whole(1000));
        assert_eq!(check(s.clone()), Ok(()));
        s.notes = "x".repeat(2001);
        assert_eq!(check(s.clone()), Err(Invalid::NotesTooLong));
        s.notes = "é".repeat(2000);
        assert_eq!(check(s.clone()), Ok(()), "notes limit counts characters, not bytes");
        s.segments = vec![Segment { side: Side::Left, start: NOW - 2 * HOUR, end: NOW }];
        assert_eq!(check(s), Err(Invalid::SegmentOutsideSession));
    }

    #[test]
    fn notes_refuse_control_characters_but_keep_new_lines_tabs_and_markup_as_text() {
        let with_notes = |notes: &str| {
            let mut s = pumping(NOW - HOUR, NOW);
            s.notes = notes.into();
            Record::Session(s).validate(NOW)
        };
        for bad in ["a\0b", "bell\u{7}", "esc\u{1b}[31m", "del\u{7f}", "c1\u{85}", "\r"] {
            assert_eq!(with_notes(bad), Err(Invalid::NotesControlCharacter), "{bad:?}");
        }
        for fine in [
            "line one\nline two",
            "left\tright",
            "<script> of the call",
            "<img src=x onerror=alert(1)>",
            "=HYPERLINK(\"x\")",
            "café 🍼",
        ] {
            assert_eq!(with_notes(fine), Ok(()), "{fine:?}");
        }
        let sup = Record::Supplement(Supplement {
            at: NOW,
            ml: Ml::whole(30),
            milk: Milk::Formula,
            method: Method::Cup,
            after_session: None,
            notes: "nul\0".into(),
        });
        assert_eq!(sup.validate(NOW), Err(Invalid::NotesControlCharacter));
    }

    #[test]
    fn other_records_are_checked() {
        let sup = |ml| {
            Record::Supplement(Supplement {
                at: NOW,
                ml,
                milk: Milk::Donor,
                method: Method::Cup,
                after_session: None,
                notes: String::new(),
            })
        };
        assert_eq!(sup(Ml::whole(500)).validate(NOW), Ok(()));
        assert_eq!(sup(Ml::whole(501)).validate(NOW), Err(Invalid::AmountOutOfRange));
        let weight = |grams| Record::Weight(Weight { at: NOW, grams });
        assert_eq!(weight(499).validate(NOW), Err(Invalid::WeightOutOfRange));
        assert_eq!(weight(3500).validate(NOW), Ok(()));
        assert_eq!(weight(30_001).validate(NOW), Err(Invalid::WeightOutOfRange));
        let diaper = |wet, dirty| Record::Diaper(Diaper { at: NOW, wet, dirty, dark_urine: false });
        assert_eq!(diaper(false, false).validate(NOW), Err(Invalid::DiaperEmpty));
        assert_eq!(diaper(true, false).validate(NOW), Ok(()));
    }

    #[test]
    fn time_per_side_counts_both_for_each_breast_and_skips_pauses() {
        let mut s = pumping(0, 40 * MINUTE);
        s.segments = vec![
            Segment { side: Side::Left, start: 0, end: 10 * MINUTE },
            // a five-minute pause
            Segment { side: Side::Right, start: 15 * MINUTE, end: 25 * MINUTE },
            Segment { side: Side::Both, start: 25 * MINUTE, end: 40 * MINUTE },
        ];
        assert_eq!(s.active_millis(), 35 * MINUTE);
        assert_eq!(s.millis_on(Side::Left), 25 * MINUTE);
        assert_eq!(s.millis_on(Side::Right), 25 * MINUTE);
        assert_eq!(s.millis_on(Side::Both), 15 * MINUTE);
        assert_eq!(s.total_ml().map(|t| t.whole_ml()), Some(35));
    }

    #[test]
    fn entries_round_trip_through_json_with_a_kind_tag() {
        let e = Entry::new(
            "a1".into(),
            NOW,
            Record::Diaper(Diaper { at: NOW, wet: true, dirty: false, dark_urine: false }),
        );
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains(r#""type":"diaper""#), "{json}");
        let back: Entry = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn a_session_keeps_its_own_kind_beside_the_record_type() {
        let e = Entry::new("s".into(), NOW, Record::Session(pumping(NOW - HOUR, NOW)));
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains(r#""type":"session""#) && json.contains(r#""kind":"pumping""#));
        assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), e);
    }

    #[test]
    fn edits_and_deletes_always_move_updated_forward() {
        let e = Entry::new("a".into(), NOW, Record::Weight(Weight { at: NOW, grams: 3000 }));
        // Even with a clock that went backwards, the change must win a merge.
        let gone = e.with_deleted(NOW - 10, true);
        assert!(gone.deleted && gone.updated > e.updated);
        let back = gone.with_deleted(NOW - 20, false);
        assert!(!back.deleted && back.updated > gone.updated);
        let edited = back.edited(NOW, Record::Weight(Weight { at: NOW - HOUR, grams: 3100 }));
        assert_eq!(edited.at, NOW - HOUR);
        assert!(edited.updated > back.updated);
    }

    /// The e2e seed helper (`tests/e2e/harness.mjs`) refuses seeds whose fields are not in
    /// `tests/e2e/entry-shape.json`, because serde would silently drop an unknown field or default
    /// a misspelt optional one. This keeps that file equal to the types: every field it names is
    /// written by serde, every required one is needed, every optional one may be left out, and
    /// every value it allows is read.
    #[test]
    fn a_session_saved_before_test_weighing_still_loads_and_weights_are_checked() {
        // Schema 1 as stored before the field existed: no `test_weight`, read as none, and a
        // session without one is written exactly as before (no IndexedDB migration needed).
        let old = r#"{"type":"session","kind":"nursing","start":1,"end":2}"#;
        let r: Record = serde_json::from_str(old).unwrap();
        let Record::Session(s) = &r else { panic!("a session") };
        assert_eq!(s.test_weight, None);
        assert!(!serde_json::to_string(&r).unwrap().contains("test_weight"));
        let mut s = pumping(NOW - HOUR, NOW);
        s.kind = SessionKind::Nursing;
        let with = |before_g, after_g| {
            let mut s = s.clone();
            s.test_weight = Some(TestWeight { before_g, after_g });
            Record::Session(s).validate(NOW)
        };
        assert_eq!(with(4000, 4060), Ok(()));
        assert_eq!(with(4000, 4000), Ok(()));
        assert_eq!(with(4060, 4000), Err(Invalid::TestWeightAfterSmaller));
        assert_eq!(with(40, 60), Err(Invalid::WeightOutOfRange));
        assert_eq!(with(4000, 40_000), Err(Invalid::WeightOutOfRange));
        assert_eq!(with(4000, 4600), Err(Invalid::TestWeightTooMuch));
        assert_eq!(TestWeight { before_g: 4000, after_g: 4060 }.intake_ml(), Some(60));
        assert_eq!(TestWeight { before_g: 4060, after_g: 4000 }.intake_ml(), None);
    }

    #[test]
    fn the_e2e_seed_shape_matches_the_rust_types() {
        use serde_json::{json, Value};
        use std::collections::BTreeSet;
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/entry-shape.json");
        let shape: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let names = |v: &Value| -> BTreeSet<String> {
            v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
        };
        // Checks one object shape against a fully populated value of its Rust type.
        fn check<T: serde::de::DeserializeOwned>(
            what: &str,
            full: Value,
            required: BTreeSet<String>,
            optional: BTreeSet<String>,
        ) {
            let written: BTreeSet<String> = full.as_object().unwrap().keys().cloned().collect();
            let listed: BTreeSet<String> = required.union(&optional).cloned().collect();
            assert_eq!(written, listed, "{what}: the fields serde writes");
            assert!(serde_json::from_value::<T>(full.clone()).is_ok(), "{what}: full value reads");
            for field in &listed {
                let mut less = full.clone();
                less.as_object_mut().unwrap().remove(field);
                let reads = serde_json::from_value::<T>(less).is_ok();
                assert_eq!(reads, optional.contains(field), "{what}.{field}: optional = {reads}");
            }
        }
        let mut session = pumping(NOW - HOUR, NOW);
        session.segments = vec![Segment { side: Side::Left, start: NOW - HOUR, end: NOW }];
        session.notes = "n".into();
        session.test_weight = Some(TestWeight { before_g: 4000, after_g: 4040 });
        let supplement = Supplement {
            at: NOW,
            ml: Ml::whole(30),
            milk: Milk::Donor,
            method: Method::Cup,
            after_session: Some("s".into()),
            notes: "n".into(),
        };
        let records = [
            ("session", Record::Session(session.clone())),
            ("supplement", Record::Supplement(supplement)),
            (
                "diaper",
                Record::Diaper(Diaper { at: NOW, wet: true, dirty: false, dark_urine: true }),
            ),
            ("weight", Record::Weight(Weight { at: NOW, grams: 3000 })),
            ("medicine", {
                let day = |s| super::super::day::iso_date::parse(s);
                let m = Medicine::from_form("m", false, "Dr", day("2026-05-01"), day("2026-05-09"));
                Record::Medicine(m.unwrap().with_taken(day("2026-05-02").unwrap(), true))
            }),
            ("milestone", {
                use super::super::mark::Kind;
                let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
                Record::Milestone(Milestone::on(&chrono::Utc, Kind::Own, day, "w"))
            }),
        ];
        let listed: BTreeSet<String> =
            shape["records"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(listed, records.iter().map(|(k, _)| k.to_string()).collect());
        for (kind, record) in &records {
            let s = &shape["records"][kind];
            let full = serde_json::to_value(record).unwrap();
            assert_eq!(full["type"], json!(kind));
            check::<Record>(kind, full, names(&s["required"]), names(&s["optional"]));
        }
        let e = &shape["entry"];
        let entry =
            serde_json::to_value(Entry::new("a".into(), NOW, records[0].1.clone())).unwrap();
        check::<Entry>("entry", entry, names(&e["required"]), names(&e["optional"]));
        let seg = serde_json::to_value(session.segments[0]).unwrap();
        check::<Segment>(
            "segment",
            seg,
            names(&shape["segment"]["required"]),
            names(&shape["segment"]["optional"]),
        );
        // Every value the helper allows is one the app reads.
        for v in names(&shape["values"]["kind"]) {
            serde_json::from_value::<SessionKind>(json!(v)).unwrap();
        }
        for v in names(&shape["values"]["side"]) {
            serde_json::from_value::<Side>(json!(v)).unwrap();
        }
        for v in names(&shape["values"]["milk"]) {
            serde_json::from_value::<Milk>(json!(v)).unwrap();
        }
        for v in names(&shape["values"]["method"]) {
            serde_json::from_value::<Method>(json!(v)).unwrap();
        }
        // Milestone kinds: every one this build marks, and nothing it would read as unknown.
        use super::super::mark::Kind;
        let kinds: BTreeSet<Kind> = names(&shape["values"]["milestone_kind"])
            .iter()
            .map(|v| serde_json::from_value::<Kind>(json!(v)).unwrap())
            .collect();
        let mut known: BTreeSet<Kind> = Kind::LISTED.into_iter().collect();
        known.insert(Kind::Own);
        assert_eq!(kinds, known);
    }

    #[test]
    fn slugs_round_trip() {
        for k in SessionKind::ALL {
            assert_eq!(SessionKind::from_slug(k.slug()), Some(k));
        }
        assert_eq!(SessionKind::from_slug("nope"), None);
        assert!(SessionKind::Pumping.measures_volume());
        assert!(!SessionKind::ComfortNursing.measures_volume());
    }
}
