//! Pure logic with no browser dependency, so it can be tested natively in milliseconds.

pub mod backup;
pub mod csv;
pub mod day;
pub mod entry;
pub mod ics;
pub mod plan;
pub mod settings;
pub mod stats;
pub mod summary;
pub mod timer;
pub mod units;

/// Milliseconds since the Unix epoch, UTC. Every stored instant uses this so entries sort and compare
/// the same in any time zone; local days are computed only when shown.
pub type Millis = i64;

/// One minute in milliseconds; used wherever a tolerance or duration is spelled out.
pub const MINUTE: Millis = 60_000;
/// One hour in milliseconds.
pub const HOUR: Millis = 60 * MINUTE;
