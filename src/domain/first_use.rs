//! When the parent began using Relact, so nothing planned before it reads as missed or is
//! reminded, and whether the first-run "Set up your day" step is still to be offered. A parent
//! updating from a version that did not store it began with their first log entry. Pure: the
//! state (`state::first_use`) reads and writes it.

use serde::{Deserialize, Serialize};

use super::entry::Entry;
use super::Millis;

/// What is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstUse {
    /// When the parent began: the first start of Relact, or their first log entry if older.
    pub at: Millis,
    /// The parent has set up their day or chosen to skip it.
    #[serde(default)]
    pub set_up: bool,
}

/// What the phone's storage held at start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    Found(FirstUse),
    /// Nothing yet: a first start, or an update from a version that did not store it.
    Missing,
    /// Storage that cannot be read or written.
    Refused,
}

/// What the app begins with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    /// What is known now, and written when it was missing.
    pub first: FirstUse,
    /// What the screens are shown until the log has been read.
    pub shown: FirstUse,
    /// The log must be read to find an older beginning (see [`FirstUse::found_in`]).
    pub check_log: bool,
}

impl FirstUse {
    /// What the app begins with at `now`, given what was stored. With nothing stored, the
    /// parent may be updating from an older version with a log: until that log has been read the
    /// first-run step is not offered (it would flash and vanish). Where storage is refused, a log,
    /// if any, still decides in the screen models, and a step that could never be remembered as
    /// done is not offered.
    pub fn at_start(stored: Stored, now: Millis) -> Start {
        match stored {
            Stored::Found(f) => Start { first: f, shown: f, check_log: false },
            Stored::Missing => {
                let first = FirstUse { at: now, set_up: false };
                Start { first, shown: FirstUse { set_up: true, ..first }, check_log: true }
            }
            Stored::Refused => {
                let first = FirstUse { at: now, set_up: true };
                Start { first, shown: first, check_log: false }
            }
        }
    }

    /// What a first start at `self` becomes once the log is read: a log means the parent began
    /// with its oldest entry that happened (or now, if that is older) and needs no set-up step.
    pub fn found_in(self, log: &[Entry]) -> FirstUse {
        match log.iter().filter(|e| e.happened()).map(|e| e.at).min() {
            Some(oldest) => FirstUse { at: oldest.min(self.at), set_up: true },
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_kit::wet as diaper;
    use crate::domain::HOUR;

    const NOW: Millis = 1_780_000_000_000;

    #[test]
    fn what_was_stored_is_used_as_it_is() {
        let kept = FirstUse { at: NOW - 30 * HOUR, set_up: false };
        let start = FirstUse::at_start(Stored::Found(kept), NOW);
        assert_eq!(start, Start { first: kept, shown: kept, check_log: false });
    }

    #[test]
    fn a_first_start_begins_now_but_offers_the_set_up_only_after_the_log_is_read() {
        let start = FirstUse::at_start(Stored::Missing, NOW);
        assert_eq!(start.first, FirstUse { at: NOW, set_up: false });
        assert_eq!(start.shown, FirstUse { at: NOW, set_up: true });
        assert!(start.check_log);
    }

    #[test]
    fn refused_storage_never_offers_a_step_it_could_not_remember() {
        let start = FirstUse::at_start(Stored::Refused, NOW);
        assert_eq!(start.shown, FirstUse { at: NOW, set_up: true });
        assert!(!start.check_log);
    }

    #[test]
    fn an_older_log_moves_the_beginning_back_to_its_first_entry_that_happened() {
        let first = FirstUse { at: NOW, set_up: false };
        assert_eq!(first.found_in(&[]), first, "an empty log: a true first start");
        let old = diaper("a", NOW - 50 * HOUR);
        let older_deleted = diaper("b", NOW - 90 * HOUR).with_deleted(NOW, true);
        let later = diaper("c", NOW - 2 * HOUR);
        assert_eq!(
            first.found_in(&[later, older_deleted.clone(), old]),
            FirstUse { at: NOW - 50 * HOUR, set_up: true }
        );
        // Only a deleted entry: nothing happened, the parent begins now.
        assert_eq!(first.found_in(&[older_deleted]), first);
        // An entry dated after now (a clock put right since) does not move the beginning later.
        assert_eq!(first.found_in(&[diaper("d", NOW + HOUR)]), FirstUse { at: NOW, set_up: true });
    }
}
