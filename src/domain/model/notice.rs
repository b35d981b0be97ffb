//! The message line's model: one sentence for the parent, a confirmation that goes away by itself
//! or an error that waits to be read, optionally with Undo. The state holds one; the `notice`
//! widget draws it and runs its clock.

use crate::domain::entry::Entry;
use crate::domain::journey::Journey;
use crate::domain::plan::Plan;

/// Whether a notice reports success or a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// "Session saved.": short, out of the way, gone after a few seconds.
    Confirmation,
    /// Something the parent must know: stays until dismissed.
    Error,
    /// Said to screen readers only: its words are already on the screen where they belong (a
    /// milestone reached, at the top of its card), so nothing is laid over the screen's controls.
    Said,
}

/// One sentence for the parent. A confirmation disappears by itself (a tired parent should not
/// have to clear the screen), an error waits to be read; either is announced to screen readers.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: &'static str,
    /// What Undo takes back: the entries just written, to be deleted again (as the Log's own
    /// delete does, with tombstones). Empty when there is nothing to undo.
    pub undo: Vec<Entry>,
    /// What Undo puts back instead, for a change of path ("Baby is here"): the journey and the
    /// plan exactly as they were.
    pub restore: Option<Box<(Journey, Plan)>>,
    /// Sets two equal sentences apart (two diaper taps in a row), so each gets its full time.
    serial: u64,
}

/// How long a confirmation stays on screen, in milliseconds.
pub const CONFIRMATION_MS: u64 = 5_000;
/// How long a confirmation with Undo stays: time enough to reach the button.
pub const UNDO_MS: u64 = 10_000;

impl Notice {
    fn new(kind: NoticeKind, text: &'static str) -> Self {
        use std::sync::atomic::{AtomicU64, Ordering};
        static SERIAL: AtomicU64 = AtomicU64::new(0);
        Notice {
            kind,
            text,
            undo: vec![],
            restore: None,
            serial: SERIAL.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// A confirmation that goes away by itself.
    pub fn confirmation(text: &'static str) -> Self {
        Notice::new(NoticeKind::Confirmation, text)
    }

    /// Words shown in the page that screen readers should also hear, once.
    pub fn said(text: &'static str) -> Self {
        Notice::new(NoticeKind::Said, text)
    }

    /// An error that stays until dismissed.
    pub fn error(text: &'static str) -> Self {
        Notice::new(NoticeKind::Error, text)
    }

    /// The same notice, offering Undo for `saved`.
    pub fn with_undo(self, saved: Vec<Entry>) -> Self {
        Notice { undo: saved, ..self }
    }

    /// The same notice, offering Undo that puts `journey` and `plan` back.
    pub fn with_restore(self, journey: Journey, plan: Plan) -> Self {
        Notice { restore: Some(Box::new((journey, plan))), ..self }
    }

    /// Whether the notice offers Undo.
    pub fn has_undo(&self) -> bool {
        !self.undo.is_empty() || self.restore.is_some()
    }

    /// How long the notice stays on screen; `None` until the parent dismisses it.
    pub fn lasts_ms(&self) -> Option<u64> {
        match self.kind {
            NoticeKind::Error => None,
            NoticeKind::Said => Some(CONFIRMATION_MS),
            NoticeKind::Confirmation if !self.has_undo() => Some(CONFIRMATION_MS),
            NoticeKind::Confirmation => Some(UNDO_MS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmations_go_away_by_themselves_and_errors_wait_to_be_dismissed() {
        assert_eq!(Notice::confirmation("Saved.").lasts_ms(), Some(CONFIRMATION_MS));
        assert_eq!(Notice::error("Could not save.").lasts_ms(), None);
        assert_eq!(Notice::said("Milestone.").lasts_ms(), Some(CONFIRMATION_MS));
        let e = Entry::new(
            "x".into(),
            0,
            crate::domain::entry::Record::Diaper(crate::domain::entry::Diaper {
                at: 0,
                wet: true,
                dirty: false,
                dark_urine: false,
            }),
        );
        let undo = Notice::confirmation("Saved.").with_undo(vec![e]);
        assert!(undo.lasts_ms() > Some(CONFIRMATION_MS), "Undo gets time to be reached");
        assert_eq!(undo.kind, NoticeKind::Confirmation);
    }

    #[test]
    fn the_same_sentence_twice_is_two_notices() {
        assert_ne!(Notice::confirmation("Saved."), Notice::confirmation("Saved."));
    }
}
