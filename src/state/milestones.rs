//! Milestones on this phone: which were already celebrated here (per phone, under
//! [`keys::MILESTONES`]), and the one-time move of the ticks older versions kept beside the log
//! (under [`keys::MILESTONES_V1`]) into it, so that backups and sharing carry them.
//!
//! Marks themselves are log entries (`Record::Milestone`), saved through the log store like any
//! other; nothing here draws.

use chrono::Local;
use leptos::task::spawn_local;

use super::keys;
use super::log_store::LogStore;
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::milestones::{Journal, JournalV1};

/// Milestones already celebrated on this phone. Until the old ticks have moved (the first start
/// after the update), the list is still in the old key, so it is read from there: nothing found
/// in the log is celebrated twice. Unreadable text is kept aside by `local_storage`.
pub fn celebrated() -> Journal {
    match local::get::<Journal>(keys::MILESTONES) {
        Ok(Some(j)) => j,
        Ok(None) => local::get::<Journal>(keys::MILESTONES_V1).ok().flatten().unwrap_or_default(),
        Err(_) => Journal::default(),
    }
}

/// Keeps `journal` as this phone's celebrated milestones. A refused write costs only a milestone
/// said a second time, so it is not reported.
pub fn keep_celebrated(journal: &Journal) {
    let _ = local::set(keys::MILESTONES, journal);
}

/// Moves ticks kept by an older version into the log, once, after the first screen is shown.
///
/// The entries are written first; only once the log has them is the celebrated list written to
/// the new key and the old key removed. If anything fails on the way, the old key stays as it is
/// and the move runs again at the next start: entries already in the log (or deleted from it
/// since) are left alone ([`JournalV1::moved`]), so a retry never duplicates or revives one.
/// Ticks that cannot become entries (the old form never made one) are kept aside under
/// `relact.milestones.v1.unreadable` with the whole old value before it is removed.
pub fn move_old_ticks(store: LogStore) {
    browser::tasks::after_shown(move || {
        let Ok(Some(old)) = local::get::<JournalV1>(keys::MILESTONES_V1) else { return };
        spawn_local(async move {
            if !old.ticked.is_empty() {
                let Ok(all) = store.all().await else { return };
                let moved = old.moved(&Local, &all, browser::clock::now());
                if !moved.entries.is_empty() && store.save(moved.entries).await.is_err() {
                    return;
                }
                if !moved.left_out.is_empty() {
                    let Ok(Some(raw)) = local::get_raw(keys::MILESTONES_V1) else { return };
                    if !matches!(
                        local::keep_aside(keys::MILESTONES_V1, &raw),
                        local::LocalError::Unreadable { .. }
                    ) {
                        return;
                    }
                }
            }
            let mut journal = match local::get::<Journal>(keys::MILESTONES) {
                Ok(j) => j.unwrap_or_default(),
                Err(_) => Journal::default(),
            };
            for key in old.celebrated {
                if !journal.celebrated.contains(&key) {
                    journal.celebrated.push(key);
                }
            }
            if local::set(keys::MILESTONES, &journal).is_ok() {
                local::remove(keys::MILESTONES_V1);
            }
        });
    });
}
