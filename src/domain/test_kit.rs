//! The one way the domain's tests build log entries: a session, a supplement, a diaper or a
//! weight with the plainest values (20 minutes, nothing measured, donor milk by cup, no notes),
//! and [`Tweak`] to change the one thing a test is about. Each entry is made at its own time
//! (`created` and `updated` are `at`), as a parent logging it then would.

use super::entry::{Diaper, Entry, Method, Milk, Record, Session, SessionKind, Supplement, Weight};
use super::units::Ml;
use super::{Millis, MINUTE};

/// A session of `kind` from `start`, 20 minutes long, with nothing measured.
pub fn session(id: impl Into<String>, kind: SessionKind, start: Millis) -> Entry {
    let s = Session {
        kind,
        start,
        end: start + 20 * MINUTE,
        segments: vec![],
        left_ml: None,
        right_ml: None,
        notes: String::new(),
        test_weight: None,
    };
    Entry::new(id.into(), start, Record::Session(s))
}

/// A 20-minute pumping session from `start` that gave `left` and `right` ml.
pub fn pumped(id: impl Into<String>, start: Millis, left: u32, right: u32) -> Entry {
    session(id, SessionKind::Pumping, start).ml(left, right)
}

/// `ml` of donor milk by cup at `at`, not linked to a feed.
pub fn supplement(id: impl Into<String>, at: Millis, ml: u32) -> Entry {
    let s = Supplement {
        at,
        ml: Ml::whole(ml),
        milk: Milk::Donor,
        method: Method::Cup,
        after_session: None,
        notes: String::new(),
    };
    Entry::new(id.into(), at, Record::Supplement(s))
}

/// A diaper at `at`, wet or dirty or both.
pub fn diaper(id: impl Into<String>, at: Millis, wet: bool, dirty: bool) -> Entry {
    Entry::new(id.into(), at, Record::Diaper(Diaper { at, wet, dirty, dark_urine: false }))
}

/// A wet diaper at `at`.
pub fn wet(id: impl Into<String>, at: Millis) -> Entry {
    diaper(id, at, true, false)
}

/// A stool (a dirty diaper, not wet) at `at`.
pub fn stool(id: impl Into<String>, at: Millis) -> Entry {
    diaper(id, at, false, true)
}

/// The baby weighed `grams` at `at`.
pub fn weight(id: impl Into<String>, at: Millis, grams: u32) -> Entry {
    Entry::new(id.into(), at, Record::Weight(Weight { at, grams }))
}

/// A fixed pseudo-random walk from a seed (xorshift64), for tests that try many generated
/// cases: the same seed gives the same cases on every run, without another crate.
pub struct Random(pub u64);

impl Random {
    /// The next number of the walk.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// One of `items`, which must not be empty.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// The one thing a test changes in a kit entry. Each applies to the records it names and
/// leaves any other record as it is.
pub trait Tweak {
    /// A session's or a supplement's notes.
    fn notes(self, notes: &str) -> Entry;
    /// A session's volumes, left and right, in whole ml.
    fn ml(self, left: u32, right: u32) -> Entry;
    /// A supplement's milk and how it was given.
    fn given(self, milk: Milk, method: Method) -> Entry;
    /// A supplement given with the feed `session` (its id).
    fn after(self, session: &str) -> Entry;
}

impl Tweak for Entry {
    fn notes(mut self, notes: &str) -> Entry {
        match &mut self.record {
            Record::Session(s) => s.notes = notes.into(),
            Record::Supplement(s) => s.notes = notes.into(),
            _ => {}
        }
        self
    }

    fn ml(mut self, left: u32, right: u32) -> Entry {
        if let Record::Session(s) = &mut self.record {
            (s.left_ml, s.right_ml) = (Some(Ml::whole(left)), Some(Ml::whole(right)));
        }
        self
    }

    fn given(mut self, milk: Milk, method: Method) -> Entry {
        if let Record::Supplement(s) = &mut self.record {
            (s.milk, s.method) = (milk, method);
        }
        self
    }

    fn after(mut self, session: &str) -> Entry {
        if let Record::Supplement(s) = &mut self.record {
            s.after_session = Some(session.into());
        }
        self
    }
}
