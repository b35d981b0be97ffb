//! The timer's save panel as data: what the parent entered after Stop, turned into the entries
//! to store, checked by the same rules as every other entry.

use crate::domain::entry::{
    Entry, Invalid, Method, Milk, Record, Session, SessionKind, Supplement, TestWeight,
};
use crate::domain::units::Ml;
use crate::domain::{Millis, MINUTE};

/// How long after a feed at the breast ends a supplement still goes with it: the timer links a
/// supplement given during or right after a feed to it, and one logged from Today within this
/// time after a feed is linked the same way.
pub const LINK_WINDOW: Millis = 60 * MINUTE;

/// The feed a supplement given at `at` goes with: the latest nursing (or comfort nursing) session
/// that began before `at` and ended at most [`LINK_WINDOW`] before it; `None` after pumping, or
/// long after a feed. Tombstones are ignored.
pub fn feed_before(entries: &[Entry], at: Millis) -> Option<&Entry> {
    entries
        .iter()
        .filter(|e| !e.deleted)
        .filter(|e| match &e.record {
            Record::Session(s) => {
                matches!(s.kind, SessionKind::Nursing | SessionKind::ComfortNursing)
                    && s.start <= at
                    && at - s.end <= LINK_WINDOW
            }
            _ => false,
        })
        .max_by_key(|e| e.at)
}

/// A supplement given during (at-breast supplementer) or right after a nursing session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SupplementDraft {
    pub ml: Ml,
    pub milk: Milk,
    pub method: Method,
}

impl Default for SupplementDraft {
    /// What the form offers before any supplement was logged: the guidance prefers a cup.
    fn default() -> Self {
        SupplementDraft { ml: Ml::whole(30), milk: Milk::OwnExpressed, method: Method::Cup }
    }
}

impl SupplementDraft {
    /// The supplement given at `at` (after the feed `after`, by id), checked at `now` like every
    /// entry: the timer's save panel and Today's "+ Supplement" both make it here.
    pub fn entry(
        &self,
        at: Millis,
        after: Option<String>,
        now: Millis,
        id: String,
    ) -> Result<Entry, Invalid> {
        let record = Record::Supplement(Supplement {
            at,
            ml: self.ml,
            milk: self.milk,
            method: self.method,
            after_session: after,
            notes: String::new(),
        });
        record.validate(now)?;
        Ok(Entry::new(id, now, record))
    }

    /// What the save panel starts from: the amount, milk and method of the newest supplement in
    /// `entries` (tombstones ignored), so a parent who always gives donor milk by supplementer
    /// does not pick both again at every feed; the default when none was logged.
    pub fn last_given(entries: &[Entry]) -> SupplementDraft {
        entries
            .iter()
            .filter(|e| !e.deleted)
            .filter_map(|e| match &e.record {
                Record::Supplement(s) => Some((e.at, e.updated, s)),
                _ => None,
            })
            .max_by_key(|(at, updated, _)| (*at, *updated))
            .map_or_else(SupplementDraft::default, |(_, _, s)| SupplementDraft {
                ml: s.ml,
                milk: s.milk,
                method: s.method,
            })
    }
}

/// When a supplement logged from Today was given: now (the default), a few minutes ago, or at a
/// time of day today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GivenAt {
    #[default]
    Now,
    MinutesAgo(u16),
    At(chrono::NaiveTime),
}

impl GivenAt {
    /// The "earlier" choices offered beside Now, in minutes.
    pub const EARLIER: [u16; 3] = [15, 30, 60];

    /// The instant meant at `now`; `None` for a time of day that does not exist today (the hour
    /// the clocks skip). A time later than now is returned as it is, for the entry's own check to
    /// refuse as in the future.
    pub fn instant<Tz: chrono::TimeZone>(self, tz: &Tz, now: Millis) -> Option<Millis> {
        match self {
            GivenAt::Now => Some(now),
            GivenAt::MinutesAgo(m) => Some(now - Millis::from(m) * MINUTE),
            GivenAt::At(t) => {
                let date = crate::domain::day::local_date(tz, now);
                tz.from_local_datetime(&date.and_time(t)).earliest().map(|d| d.timestamp_millis())
            }
        }
    }
}

/// The stopped session and what the parent typed on the save panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionDraft {
    /// The session as the timer finished it.
    pub session: Session,
    /// Volumes per side, used only for kinds that measure volume (pumping, hand expressing).
    pub left_ml: Ml,
    pub right_ml: Ml,
    /// Notes as typed; saved trimmed.
    pub notes: String,
    /// A supplement with the feed, used only for nursing kinds.
    pub supplement: Option<SupplementDraft>,
    /// The baby weighed before and after the feed (test weighing), only for nursing kinds.
    pub test_weight: Option<TestWeight>,
}

impl SessionDraft {
    /// The entries to save at `now`: the session, then any supplement linked to it. `new_id`
    /// gives each entry its id. Nothing is returned unless every entry passes validation.
    pub fn entries(
        &self,
        now: Millis,
        mut new_id: impl FnMut() -> String,
    ) -> Result<Vec<Entry>, Invalid> {
        // The session's end is an instant the timer knew (a tap, or an end the parent gave): a
        // phone clock moved back since never makes it "in the future".
        let now = now.max(self.session.end);
        let mut s = self.session.clone();
        let expressing = s.kind.measures_volume();
        if expressing {
            s.left_ml = Some(self.left_ml);
            s.right_ml = Some(self.right_ml);
        }
        s.notes = self.notes.trim().to_string();
        s.test_weight = self.test_weight.filter(|_| !expressing);
        let end = s.end;
        let record = Record::Session(s);
        record.validate(now)?;
        let session = Entry::new(new_id(), now, record);
        let mut out = Vec::new();
        if let Some(sup) = self.supplement.filter(|_| !expressing) {
            out.push(sup.entry(end.min(now), Some(session.id.clone()), now, new_id())?);
        }
        out.insert(0, session);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::SessionKind;
    use crate::domain::test_kit::{self as kit, Tweak};
    use crate::domain::{HOUR, MINUTE};

    const NOW: Millis = 1_780_000_000_000;

    fn draft(kind: SessionKind) -> SessionDraft {
        SessionDraft {
            session: Session {
                kind,
                start: NOW - 20 * MINUTE,
                end: NOW,
                segments: vec![],
                left_ml: None,
                right_ml: None,
                notes: String::new(),
                test_weight: None,
            },
            left_ml: Ml::whole(20),
            right_ml: Ml::whole(15),
            notes: "  good one \n".into(),
            supplement: Some(SupplementDraft {
                ml: Ml::whole(30),
                milk: Milk::Donor,
                method: Method::Cup,
            }),
            test_weight: None,
        }
    }

    #[test]
    fn a_test_weighed_feed_keeps_its_weights_and_a_smaller_after_is_refused() {
        let mut d = draft(SessionKind::Nursing);
        d.test_weight = Some(TestWeight { before_g: 4200, after_g: 4265 });
        let out = d.entries(NOW, ids()).unwrap();
        let Record::Session(s) = &out[0].record else { panic!("a session") };
        assert_eq!(s.test_weight.and_then(TestWeight::intake_ml), Some(65));
        d.test_weight = Some(TestWeight { before_g: 4265, after_g: 4200 });
        assert_eq!(d.entries(NOW, ids()), Err(Invalid::TestWeightAfterSmaller));
        // Pumping has no feed to weigh: the weights are dropped, not stored.
        let mut p = draft(SessionKind::Pumping);
        p.test_weight = Some(TestWeight { before_g: 4265, after_g: 4200 });
        let out = p.entries(NOW, ids()).unwrap();
        let Record::Session(s) = &out[0].record else { panic!("a session") };
        assert_eq!(s.test_weight, None);
    }

    fn ids() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("id{n}")
        }
    }

    #[test]
    fn a_phone_clock_moved_back_since_the_timer_stopped_does_not_refuse_the_session() {
        // The timer ended the feed at NOW; the phone now reads an hour earlier.
        let out = draft(SessionKind::Nursing).entries(NOW - HOUR, ids()).unwrap();
        let Record::Session(s) = &out[0].record else { panic!("a session") };
        assert_eq!((s.start, s.end), (NOW - 20 * MINUTE, NOW));
        let Record::Supplement(sup) = &out[1].record else { panic!("its supplement") };
        assert_eq!(sup.at, NOW, "given at the feed's end");
    }

    #[test]
    fn pumping_saves_volumes_and_trimmed_notes_but_no_supplement() {
        let out = draft(SessionKind::Pumping).entries(NOW, ids()).unwrap();
        assert_eq!(out.len(), 1);
        let Record::Session(s) = &out[0].record else { panic!("a session") };
        assert_eq!(
            (s.left_ml, s.right_ml, s.notes.as_str()),
            (Some(Ml::whole(20)), Some(Ml::whole(15)), "good one")
        );
    }

    #[test]
    fn nursing_saves_no_volumes_and_a_supplement_linked_to_it() {
        let out = draft(SessionKind::Nursing).entries(NOW, ids()).unwrap();
        assert_eq!(out.len(), 2);
        let Record::Session(s) = &out[0].record else { panic!("a session") };
        assert_eq!((s.left_ml, s.right_ml), (None, None));
        let Record::Supplement(sup) = &out[1].record else { panic!("a supplement") };
        assert_eq!(sup.after_session.as_deref(), Some(out[0].id.as_str()));
        assert_eq!((sup.ml, sup.at), (Ml::whole(30), NOW));
        let none = SessionDraft { supplement: None, ..draft(SessionKind::Nursing) };
        assert_eq!(none.entries(NOW, ids()).unwrap().len(), 1);
    }

    #[test]
    fn the_supplement_form_starts_from_the_newest_supplement_given_not_a_deleted_one() {
        assert_eq!(SupplementDraft::last_given(&[]), SupplementDraft::default());
        assert_eq!(SupplementDraft::default().method, Method::Cup);
        let older = kit::supplement("a", NOW - 3 * HOUR, 40)
            .given(Milk::Donor, Method::AtBreastSupplementer);
        let newer =
            kit::supplement("b", NOW - HOUR, 25).given(Milk::Formula, Method::AtBreastSupplementer);
        let gone = kit::supplement("c", NOW - 60_000, 90)
            .given(Milk::OwnExpressed, Method::Bottle)
            .with_deleted(NOW, true);
        // Out of order on purpose: the newest by time wins, whatever order the store gave.
        let picked = SupplementDraft::last_given(&[newer, gone, older]);
        assert_eq!(
            picked,
            SupplementDraft {
                ml: Ml::whole(25),
                milk: Milk::Formula,
                method: Method::AtBreastSupplementer
            }
        );
    }

    #[test]
    fn nothing_is_saved_when_any_part_is_invalid() {
        let mut big = draft(SessionKind::Nursing);
        big.supplement =
            Some(SupplementDraft { ml: Ml::whole(5000), milk: Milk::Formula, method: Method::Cup });
        assert_eq!(big.entries(NOW, ids()), Err(Invalid::AmountOutOfRange));
        let mut flood = draft(SessionKind::Pumping);
        flood.left_ml = Ml::whole(5000);
        assert_eq!(flood.entries(NOW, ids()), Err(Invalid::VolumeOutOfRange));
        let mut long = draft(SessionKind::Pumping);
        long.notes = "x".repeat(3000);
        assert_eq!(long.entries(NOW, ids()), Err(Invalid::NotesTooLong));
    }

    fn nursing_at(id: &str, start: Millis, end: Millis, kind: SessionKind) -> Entry {
        let mut e = draft(kind).session;
        (e.start, e.end) = (start, end);
        Entry::new(id.into(), end, Record::Session(e))
    }

    #[test]
    fn a_supplement_goes_with_the_feed_it_follows_within_an_hour_never_with_pumping() {
        let feed = nursing_at("feed", NOW - 80 * MINUTE, NOW - 60 * MINUTE, SessionKind::Nursing);
        let pump = nursing_at("pump", NOW - 30 * MINUTE, NOW - 10 * MINUTE, SessionKind::Pumping);
        let log = [feed.clone(), pump];
        let id = |e: Option<&Entry>| e.map(|e| e.id.clone());
        // Now: the feed ended 60 minutes ago, just within; the pumping since does not count.
        assert_eq!(id(feed_before(&log, NOW)), Some("feed".into()));
        assert_eq!(id(feed_before(&log, NOW + MINUTE)), None, "61 minutes after");
        // During the feed (an at-breast supplementer) it goes with it; before it began, not.
        assert_eq!(id(feed_before(&log, NOW - 70 * MINUTE)), Some("feed".into()));
        assert_eq!(id(feed_before(&log, NOW - 81 * MINUTE)), None);
        let comfort =
            nursing_at("c", NOW - 20 * MINUTE, NOW - 5 * MINUTE, SessionKind::ComfortNursing);
        assert_eq!(
            id(feed_before(&[feed.clone(), comfort.clone()], NOW)),
            Some("c".into()),
            "the latest"
        );
        let gone = comfort.with_deleted(NOW, true);
        assert_eq!(id(feed_before(&[feed, gone], NOW)), Some("feed".into()), "not a deleted one");
    }

    #[test]
    fn given_now_or_earlier_and_a_time_in_the_future_is_refused() {
        use chrono::{NaiveTime, TimeZone};
        use chrono_tz::Europe::London;
        let now = London.with_ymd_and_hms(2026, 11, 28, 9, 22, 0).unwrap().timestamp_millis();
        assert_eq!(GivenAt::Now.instant(&London, now), Some(now), "09:22, not 08:52");
        assert_eq!(GivenAt::MinutesAgo(30).instant(&London, now), Some(now - 30 * MINUTE));
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        assert_eq!(GivenAt::At(nine).instant(&London, now), Some(now - 22 * MINUTE));
        let later = GivenAt::At(NaiveTime::from_hms_opt(9, 40, 0).unwrap()).instant(&London, now);
        let d = SupplementDraft::default();
        assert_eq!(d.entry(later.unwrap(), None, now, "x".into()), Err(Invalid::InFuture));
        let e = d.entry(now, Some("feed".into()), now, "y".into()).unwrap();
        let Record::Supplement(s) = &e.record else { panic!("a supplement") };
        assert_eq!(
            (s.at, s.ml, s.method, s.after_session.as_deref()),
            (now, Ml::whole(30), Method::Cup, Some("feed"))
        );
        // The hour the clocks skip (29 March 2026, 01:00–02:00 in London) has no 01:30.
        let spring = London.with_ymd_and_hms(2026, 3, 29, 9, 0, 0).unwrap().timestamp_millis();
        let gap = GivenAt::At(NaiveTime::from_hms_opt(1, 30, 0).unwrap());
        assert_eq!(gap.instant(&London, spring), None);
    }
}
