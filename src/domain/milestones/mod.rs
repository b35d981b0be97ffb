//! The journey's milestones and the daily share of milk from the breast.
//!
//! Milestones are found in the log where it shows them (the first drops, the first feed with an
//! at-breast supplementer, supplements halved, a whole day without one) and marked by hand where
//! only the parent can tell (a let-down, breast changes, their own). A mark is a log entry
//! ([`Milestone`], `Record::Milestone`), so backups, sharing and the CSV carry it like any other.
//! Each milestone is the *first* day it happened, so a later harder day never takes it away.
//! There is no "behind": a milestone not yet reached is simply still ahead.
//!
//! One concept a file: the mark a parent makes is a log record of its own
//! ([`crate::domain::mark`]); here, this phone's journal of what was
//! celebrated and the move of older ticks into the log ([`journal`]), the day tallies read from
//! the log ([`tally`]), the baseline the shares are read against ([`baseline`]), the share from
//! the breast ([`share`]) and the timeline of milestones reached and ahead ([`timeline`]).

mod baseline;
mod journal;
mod share;
mod tally;
mod timeline;

pub use super::mark::{Kind, Milestone, MAX_OWN_CHARS};
pub use baseline::{baseline, Baseline, BaselineSource};
pub use journal::{Journal, JournalV1, Moved, Ticked};
pub use share::{all_shares, recent, share, Share, Shares};
pub use tally::{days, Day};
pub use timeline::{baby_signs_met, timeline, Reached, Timeline};

#[cfg(test)]
mod tests;
