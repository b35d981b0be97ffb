//! What this phone keeps about milestones (those already celebrated), and the one-time move of
//! the ticks older phones kept beside the log into it.

use std::collections::HashSet;

use chrono::{NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use crate::domain::day::{iso_date, utc_midnight};
use crate::domain::entry::{Entry, Record};
use crate::domain::mark::{Kind, Milestone, MAX_OWN_CHARS};
use crate::domain::Millis;

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
