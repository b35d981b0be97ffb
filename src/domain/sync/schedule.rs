//! When a phone tries again after a failed run, and how often an open phone listens for its
//! partner's changes. Pure, so the waits are tested as a table.

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

#[cfg(test)]
mod tests {
    use super::*;

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
