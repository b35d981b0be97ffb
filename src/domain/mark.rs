//! A milestone the parent marks by hand: which one, on which day, in their words for their own.
//! Like a listed medicine, it is a record the log files (`Record::Milestone`) beside the ones
//! logged by the time, so it sits below the log entry and knows nothing of it; the timeline that
//! reads the marks is [`crate::domain::milestones`].

use chrono::{Datelike, NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use crate::domain::day::{day_start, iso_date, utc_midnight};
use crate::domain::invalid::Invalid;
use crate::domain::{serde_name, Millis, HOUR};

/// The milestones, in the order a journey usually meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FirstDrops,
    LetDown,
    BreastChanges,
    SupplementerFeed,
    FeedWithoutSupplementer,
    SupplementsHalved,
    DayWithoutSupplements,
    /// The parent's own, in their words.
    Own,
    /// A kind marked with a newer Relact that this build does not know: read, so that its entry
    /// is refused with a reason (from a backup or a partner's phone), and never stored or shown.
    #[serde(other)]
    Unknown,
}

impl Kind {
    /// Every milestone but the parent's own, in journey order.
    pub const LISTED: [Kind; 7] = [
        Kind::FirstDrops,
        Kind::LetDown,
        Kind::BreastChanges,
        Kind::SupplementerFeed,
        Kind::FeedWithoutSupplementer,
        Kind::SupplementsHalved,
        Kind::DayWithoutSupplements,
    ];
}

/// Longest milestone words, in characters: a sentence, not a document.
pub const MAX_OWN_CHARS: usize = 200;

/// How far after now a milestone may be filed: noon of today is up to 13 hours ahead (just
/// after midnight on a day the clocks go back), plus a little drift of the phone's clock.
const AHEAD: Millis = 14 * HOUR;

/// Years a milestone's day may fall in; anything else is a typing slip.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A milestone the parent marked by hand, kept in the log as `Record::Milestone`.
///
/// It is filed at noon of its day on the phone that marked it: noon is never skipped or repeated
/// by a clock change, and falls on the same day for phones in any nearby time zone, so the Log
/// lists it under the day the parent chose. The day itself is stored too, so the timeline reads
/// exactly that day everywhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// Which milestone; [`Kind::Own`] carries the parent's words.
    pub kind: Kind,
    /// The day the parent chose.
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    /// Where the log files it: noon of `date` where it was marked (see [`Milestone::on`]).
    pub at: Millis,
    /// The parent's words: their own milestone itself; empty for the others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
}

/// FNV-1a, 64 bits: a short, stable name for a milestone's words in its id (not a secret).
fn fnv1a(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl Milestone {
    /// `kind` on `date`, filed at noon of that day in `tz`; the words are trimmed, and kept for
    /// the parent's own milestone only.
    pub fn on<Tz: TimeZone>(tz: &Tz, kind: Kind, date: NaiveDate, words: &str) -> Milestone {
        let noon = date
            .and_hms_opt(12, 0, 0)
            .and_then(|t| tz.from_local_datetime(&t).earliest())
            .map_or_else(|| day_start(tz, date) + 12 * HOUR, |t| t.timestamp_millis());
        // A pasted tab or line break is a space, as the one-line field shows it.
        let words: String = words.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let words = if kind == Kind::Own { words.trim().to_string() } else { String::new() };
        Milestone { kind, date, at: noon, words }
    }

    /// The Progress form's mark, checked exactly like one read from a backup.
    pub fn from_form<Tz: TimeZone>(
        tz: &Tz,
        kind: Kind,
        date: NaiveDate,
        words: &str,
        now: Millis,
    ) -> Result<Milestone, Invalid> {
        let m = Milestone::on(tz, kind, date, words);
        m.validate(now)?;
        Ok(m)
    }

    /// Every rule, for the form, backups and a partner's phone alike.
    pub fn validate(&self, now: Millis) -> Result<(), Invalid> {
        if self.kind == Kind::Unknown {
            return Err(Invalid::MilestoneUnknown);
        }
        if self.kind == Kind::Own && self.words.trim().is_empty() {
            return Err(Invalid::MilestoneWordsEmpty);
        }
        if self.words.chars().count() > MAX_OWN_CHARS {
            return Err(Invalid::MilestoneWordsTooLong);
        }
        // Words are drawn as text everywhere; only what no keyboard types is refused (a new line
        // too: the form is one line).
        if self.words.chars().any(char::is_control) {
            return Err(Invalid::NotesControlCharacter);
        }
        if !YEARS.contains(&self.date.year()) {
            return Err(Invalid::DateOutOfRange);
        }
        // Noon of the day somewhere between UTC-12 and UTC+14.
        let midnight = utc_midnight(self.date);
        if self.at < midnight - 2 * HOUR || self.at > midnight + 24 * HOUR {
            return Err(Invalid::MilestoneDayMismatch);
        }
        if self.at > now + AHEAD {
            return Err(Invalid::InFuture);
        }
        Ok(())
    }

    /// The entry's id, made from what the milestone says (kind, day, words): the same mark made
    /// twice, or moved into the log by two phones, is one entry after any merge.
    pub fn id(&self) -> String {
        let mut id =
            format!("milestone-{}-{}", serde_name(&self.kind), iso_date::format(self.date));
        if !self.words.is_empty() {
            id += &format!("-{:016x}", fnv1a(&self.words));
        }
        id
    }

    /// The name its celebration is kept under: the same as its [`Reached::key`] on the timeline,
    /// so a mark said as it is saved is not said again.
    pub fn celebration_key(&self) -> String {
        celebration_key(self.kind, &self.words)
    }
}

/// A stable name for "celebrated once": the kind, or the parent's own words.
pub(super) fn celebration_key(kind: Kind, words: &str) -> String {
    match kind {
        Kind::Own => format!("own:{words}"),
        k => serde_name(&k),
    }
}
