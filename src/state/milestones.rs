//! The whole log, read once for every screen that needs it, and the milestone timeline found in
//! it: Today's next milestone, Progress's timeline and share, the Plan's share beside the
//! step-down, the consultant summary's milestones, shares and listed medicines. Milestones are firsts, so they need the whole log; reading it is
//! the slowest read there is, so it is done lazily (when a screen first follows it, once that
//! screen's own data is there, in a task of its own and a page at a time, never in the way of its
//! first paint), again after writes only while a screen follows it, and a burst of writes reads
//! once. Every call of `milestones::timeline` is here.
//!
//! Marks made by hand are log entries (`Record::Milestone`), saved through the log store like any
//! other. Kept beside the log, per phone: which milestones were already celebrated here (under
//! [`keys::MILESTONES`]), and, once, the move of the ticks older versions kept beside the log
//! (under [`keys::MILESTONES_V1`]) into it, so that backups and sharing carry them.

use std::sync::Arc;

use chrono::{Local, NaiveDate};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::keys;
use super::log_store::LogStore;
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::entry::Entry;
use crate::domain::milestones::{self, Journal, JournalV1, Shares, Timeline};
use crate::domain::settings::Settings;
use crate::domain::store::StoreError;

/// The whole log as last read, or why it could not be read.
pub type Whole = Result<Arc<Vec<Entry>>, StoreError>;

/// Shared, copyable handle, provided with the other state.
#[derive(Clone, Copy)]
pub struct Milestones {
    store: LogStore,
    whole: RwSignal<Option<Whole>>,
    /// The log revision the last read started at, if any.
    read_at: StoredValue<Option<u64>>,
    reading: StoredValue<bool>,
    /// How many screens follow the whole log now: writes are read again only while one does.
    followers: StoredValue<u32>,
    journal: RwSignal<Journal>,
    /// The local day the timeline is for (day-long milestones count finished days only).
    day: RwSignal<NaiveDate>,
    /// The milestone timeline of the whole log; `None` until the first read ends.
    pub timeline: Memo<Option<Result<Timeline, StoreError>>>,
    /// Every finished day's share from the breast and its one baseline, worked out once from the
    /// whole log for the Progress card and chart, the Plan's step-down and the consultant summary
    /// (each takes its days with `Shares::recent`); empty until the first read ends.
    pub shares: Memo<Shares>,
}

impl Milestones {
    /// Creates the handle (nothing is read yet) and provides it.
    pub fn provide(store: LogStore, settings: RwSignal<Settings>) {
        let whole = RwSignal::new(None::<Whole>);
        let journal = RwSignal::new(celebrated());
        let day = RwSignal::new(today());
        // Only the supplement a day the parent said at the start (the share's baseline) and the
        // birth date (the care table reads each day's praise at the baby's age) matter, so other
        // settings recompute nothing.
        let said = Memo::new(move |_| settings.with(|s| s.journey.supplement_ml_per_day));
        let born = Memo::new(move |_| {
            settings.with(|s| s.journey.birth_date.filter(|_| s.journey.path.baby_here()))
        });
        let timeline = Memo::new(move |_| {
            let (said, day, born) = (said.get(), day.get(), born.get());
            whole.with(|w| {
                w.as_ref().map(|r| {
                    r.as_ref()
                        .map(|all| milestones::timeline(&Local, all, said, born, day))
                        .map_err(Clone::clone)
                })
            })
        });
        let shares = Memo::new(move |_| {
            let (said, day) = (said.get(), day.get());
            whole.with(|w| match w {
                Some(Ok(all)) => milestones::all_shares(&Local, all, said, day),
                _ => Shares::default(),
            })
        });
        provide_context(Milestones {
            store,
            whole,
            read_at: StoredValue::new(None),
            reading: StoredValue::new(false),
            followers: StoredValue::new(0),
            journal,
            day,
            timeline,
            shares,
        });
    }

    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Milestones>()
    }

    /// Follows the whole log while the calling screen is shown: reads it once `ready()` is true
    /// (a screen passes "my own data is shown", so this read never competes with it), and again
    /// after each write. Screens that only show what is already read need not follow.
    pub fn follow(&self, ready: impl Fn() -> bool + Send + Sync + 'static) {
        let this = *self;
        this.followers.update_value(|n| *n += 1);
        on_cleanup(move || {
            this.followers.try_update_value(|n| *n = n.saturating_sub(1));
        });
        Effect::new(move |_| {
            let revision = this.store.revision.get();
            if ready() {
                // A screen opened on a new day sees the day just finished count.
                let now = today();
                if this.day.try_get_untracked().is_some_and(|d| d != now) {
                    let _ = this.day.try_set(now);
                }
                this.read(revision);
            }
        });
    }

    /// Reads the whole log as of `revision`, unless that read is done or under way. A read
    /// already under way reads again when it ends if the log changed meanwhile.
    fn read(self, revision: u64) {
        if self.read_at.try_get_value().flatten() == Some(revision)
            || self.reading.try_get_value() != Some(false)
        {
            return;
        }
        self.reading.set_value(true);
        self.read_at.set_value(Some(revision));
        // In a task of its own once the first screen is shown, and a page at a time: no task of
        // the read (turning records into entries) is long enough to hold up a paint or a tap.
        browser::tasks::after_shown(move || {
            leptos::task::spawn_local(async move {
                let result = self.store.all_in_pages().await.map(Arc::new);
                let now = today();
                if self.day.try_get_untracked().is_some_and(|d| d != now) {
                    let _ = self.day.try_set(now);
                }
                let _ = self.whole.try_set(Some(result));
                self.reading.try_set_value(false);
                let now = self.store.revision.try_get_untracked();
                if now.is_some_and(|r| r != revision)
                    && self.followers.try_get_value().is_some_and(|n| n > 0)
                {
                    if let Some(r) = now {
                        self.read(r);
                    }
                }
            });
        });
    }

    /// The whole log as last read; `None` until the first read ends.
    pub fn whole(&self) -> ReadSignal<Option<Whole>> {
        self.whole.read_only()
    }

    /// Whether the first read has ended (well or not).
    pub fn loaded(&self) -> bool {
        self.whole.with(Option::is_some)
    }

    /// The milestones already celebrated on this phone.
    pub fn journal(&self) -> ReadSignal<Journal> {
        self.journal.read_only()
    }

    /// Marks milestones as celebrated, so each is said once. The timeline is not recomputed:
    /// being celebrated changes nothing on it.
    pub fn celebrated(&self, keys: impl IntoIterator<Item = String>) {
        let mut j = self.journal.get_untracked();
        for key in keys {
            if !j.celebrated.contains(&key) {
                j.celebrated.push(key);
            }
        }
        keep_celebrated(&j);
        self.journal.update_untracked(|x| *x = j);
    }
}

/// The parent's local day now.
fn today() -> NaiveDate {
    crate::domain::day::local_date(&Local, browser::clock::now())
}

/// Milestones already celebrated on this phone. Until the old ticks have moved (the first start
/// after the update), the list is still in the old key, so it is read from there: nothing found
/// in the log is celebrated twice. Unreadable text is kept aside by `local_storage`.
fn celebrated() -> Journal {
    match local::get::<Journal>(keys::MILESTONES) {
        Ok(Some(j)) => j,
        Ok(None) => local::get::<Journal>(keys::MILESTONES_V1).ok().flatten().unwrap_or_default(),
        Err(_) => Journal::default(),
    }
}

/// Keeps `journal` as this phone's celebrated milestones. A refused write costs only a milestone
/// said a second time, so it is not reported.
fn keep_celebrated(journal: &Journal) {
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
