//! The timer's save panel as data: what the parent entered after Stop, turned into the entries
//! to store, checked by the same rules as every other entry.

use crate::domain::entry::{Entry, Invalid, Method, Milk, Record, Session, Supplement, TestWeight};
use crate::domain::units::Ml;
use crate::domain::Millis;

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
            let record = Record::Supplement(Supplement {
                at: end.min(now),
                ml: sup.ml,
                milk: sup.milk,
                method: sup.method,
                after_session: Some(session.id.clone()),
                notes: String::new(),
            });
            record.validate(now)?;
            out.push(Entry::new(new_id(), now, record));
        }
        out.insert(0, session);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::SessionKind;
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

    fn supplement(id: &str, at: Millis, ml: u32, milk: Milk, method: Method) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Supplement(Supplement {
                at,
                ml: Ml::whole(ml),
                milk,
                method,
                after_session: None,
                notes: String::new(),
            }),
        )
    }

    #[test]
    fn the_supplement_form_starts_from_the_newest_supplement_given_not_a_deleted_one() {
        assert_eq!(SupplementDraft::last_given(&[]), SupplementDraft::default());
        assert_eq!(SupplementDraft::default().method, Method::Cup);
        let older = supplement("a", NOW - 3 * HOUR, 40, Milk::Donor, Method::AtBreastSupplementer);
        let newer = supplement("b", NOW - HOUR, 25, Milk::Formula, Method::AtBreastSupplementer);
        let gone = supplement("c", NOW - 60_000, 90, Milk::OwnExpressed, Method::Bottle)
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
}
