//! When a phone tries again after a failed run, and how often an open phone listens for its
//! partner's changes. Pure, so the waits are tested as a table.

use super::{Failure, Status, SyncError};
use crate::domain::{Millis, MINUTE};

/// Waits after the 1st, 2nd, 3rd failed run in a row; every later one waits the last.
pub const RETRY: [Millis; 4] = [5_000, 30_000, 2 * MINUTE, 10 * MINUTE];
/// An open, visible phone whose server answers "nothing new" at once (no long-poll) asks again
/// after this long, so a partner's entry still arrives within about a minute.
pub const LISTEN_EVERY: Millis = MINUTE;

/// How long to wait after `failures` failed runs in a row (1 after the first failure).
pub fn retry_wait(failures: u32) -> Millis {
    let i = (failures.max(1) - 1) as usize;
    RETRY[i.min(RETRY.len() - 1)]
}

/// An answer of "nothing new" that took at least this long was a long-poll the server held.
const HELD: Millis = 10_000;

/// After a listening request answered "nothing new" `took` ms after it was sent: how long to
/// wait before the next one. A long-poll the server held is asked again at once; a server that
/// answers at once is asked once a minute.
pub fn listen_pause(took: Millis) -> Millis {
    if took >= HELD {
        0
    } else {
        LISTEN_EVERY - took.max(0)
    }
}

/// What a phone does after a run (or another use of the server) ended with `result`, having
/// failed `failures` times in a row before it.
#[derive(Clone, Debug, PartialEq)]
pub struct After {
    /// What the status line shows.
    pub status: Status,
    /// Failed runs in a row now.
    pub failures: u32,
    /// How long until it tries again: `None` after a run that went well (it listens for its
    /// partner instead) or a failure that waiting does not heal (removed from sharing, a newer
    /// version's data, this phone's own storage).
    pub retry_in: Option<Millis>,
}

/// See [`After`]: a phone with no network waits quietly; a failure waiting heals is tried again
/// on a growing wait ([`retry_wait`]); one it does not heal is shown and left to the parent.
pub fn after(result: Result<(), Failure>, failures: u32) -> After {
    match result {
        Ok(()) => After { status: Status::Synced, failures: 0, retry_in: None },
        Err(f) => {
            let heals = f.why.heals();
            let status = match f.why {
                SyncError::Offline => Status::Waiting,
                _ => Status::Failed(f),
            };
            if heals {
                let failures = failures + 1;
                After { status, failures, retry_in: Some(retry_wait(failures)) }
            } else {
                After { status, failures, retry_in: None }
            }
        }
    }
}

/// Whether a retry due at `at` is less than a minute after `now` (the status line then says
/// "soon" rather than a time).
pub fn retry_soon(at: Millis, now: Millis) -> bool {
    at - now < MINUTE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_run_shows_synced_and_starts_the_count_again() {
        assert_eq!(after(Ok(()), 3), After { status: Status::Synced, failures: 0, retry_in: None });
    }

    #[test]
    fn no_network_waits_quietly_and_tries_again_on_the_growing_wait() {
        let first = after(Err(SyncError::Offline.into()), 0);
        assert_eq!(first, After { status: Status::Waiting, failures: 1, retry_in: Some(5_000) });
        let fourth = after(Err(SyncError::Offline.into()), 3);
        assert_eq!(fourth.retry_in, Some(600_000));
        let server = after(Err(SyncError::Server.into()), 1);
        assert_eq!(server.status, Status::Failed(SyncError::Server.into()));
        assert_eq!((server.failures, server.retry_in), (2, Some(30_000)));
    }

    #[test]
    fn a_failure_waiting_does_not_heal_is_shown_and_not_retried() {
        for why in [SyncError::Removed, SyncError::Newer] {
            let a = after(Err(why.clone().into()), 2);
            assert_eq!(
                a,
                After { status: Status::Failed(why.into()), failures: 2, retry_in: None }
            );
        }
    }

    #[test]
    fn a_retry_under_a_minute_away_is_soon() {
        assert!(retry_soon(100_000 + 59_999, 100_000));
        assert!(!retry_soon(100_000 + 60_000, 100_000));
    }

    #[test]
    fn waits_grow_from_five_seconds_to_ten_minutes_and_stay_there() {
        let waits: Vec<Millis> = (1..=7).map(retry_wait).collect();
        assert_eq!(waits, [5_000, 30_000, 120_000, 600_000, 600_000, 600_000, 600_000]);
        assert_eq!(retry_wait(0), 5_000);
    }

    #[test]
    fn a_server_without_long_poll_is_asked_once_a_minute_and_one_that_waited_at_once() {
        assert_eq!(listen_pause(200), 59_800);
        assert_eq!(listen_pause(9_999), 50_001);
        assert_eq!(listen_pause(25_000), 0);
    }
}
