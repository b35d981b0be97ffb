//! The whole log, read once for every screen that needs it, and the milestone timeline found in
//! it: Today's next milestone, Progress's timeline and share, the Plan's share beside the
//! step-down, the consultant summary's milestones, shares and listed medicines. Milestones are firsts, so they need the whole log; reading it is
//! the slowest read there is, so it is done lazily (when a screen first follows it, once that
//! screen's own data is there, in a task of its own and a page at a time, never in the way of its
//! first paint), again after writes only while a screen follows it, and a burst of writes reads
//! once. Every call of `milestones::timeline` is here.
//!
//! What the last read worked out is kept on the phone (`domain::whole_read`), so a screen opened
//! directly shows the milestones and shares at once when the log, the day and the journey are as
//! they were; the read then runs as usual and finds the same.
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
use super::log_store::{self, LogStore};
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::entry::Entry;
use crate::domain::milestones::{self, Journal, JournalV1, Shares, Timeline};
use crate::domain::settings::Settings;
use crate::domain::store::StoreError;
use crate::domain::whole_read::{self, Basis, Kept};

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
    settings: RwSignal<Settings>,
    /// What the last whole read (on an earlier visit, maybe) worked out, if it was read from
    /// the log as it is (same write stamp); read when a screen first follows the log, and
    /// dropped once this page has read the whole log itself.
    kept: RwSignal<Option<Arc<Kept>>>,
    /// The log's write stamp when what was kept was looked at (`None` until then).
    kept_at: StoredValue<Option<Option<String>>>,
    /// The milestone timeline of the whole log; `None` until the first read ends.
    pub timeline: Memo<Option<Result<Timeline, StoreError>>>,
    /// The entries that count toward no day's tallies (marks made by hand and listed medicines):
    /// a handful, which screens look up one by one; `None` until the first read ends.
    pub untallied: Memo<Option<Arc<Vec<Entry>>>>,
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
        let kept = RwSignal::new(None::<Arc<Kept>>);
        let kept_at = StoredValue::new(None::<Option<String>>);
        // What was kept is exact while it fits the log as it was when looked at, the day and
        // the journey settings (the birth date among them) now. After a write on this page it is
        // shown (as an older read would be) until the log is read again.
        let fitting = move || {
            let basis = basis(day.get(), settings);
            let stamp = kept_at.get_value().flatten();
            kept.get().filter(|k| k.fits(stamp.as_deref(), &basis))
        };
        let born = Memo::new(move |_| {
            settings.with(|s| s.journey.birth_date.filter(|_| s.journey.path.baby_here()))
        });
        let timeline = Memo::new(move |_| {
            let (said, day, born) = (said.get(), day.get(), born.get());
            whole.with(|w| match w {
                Some(r) => Some(
                    r.as_ref()
                        .map(|all| milestones::timeline(&Local, all, said, born, day))
                        .map_err(Clone::clone),
                ),
                None => fitting().map(|k| Ok(k.timeline.clone())),
            })
        });
        let shares = Memo::new(move |_| {
            let (said, day) = (said.get(), day.get());
            whole.with(|w| match w {
                Some(Ok(all)) => milestones::all_shares(&Local, all, said, day),
                Some(Err(_)) => Shares::default(),
                None => fitting().map(|k| k.shares.clone()).unwrap_or_default(),
            })
        });
        let untallied = Memo::new(move |_| {
            whole.with(|w| match w {
                Some(Ok(all)) => Some(Arc::new(whole_read::untallied(all))),
                Some(Err(_)) => None,
                None => fitting().map(|k| Arc::new(k.untallied.clone())),
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
            settings,
            kept,
            kept_at,
            timeline,
            untallied,
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
        // What an earlier read kept, looked at once, when the first screen needs it.
        if this.kept_at.get_value().is_none() {
            this.kept_at.set_value(Some(log_store::stamp(false)));
            this.kept.set(kept_read().map(Arc::new));
        }
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

    /// Reads the whole log as of `revision`, unless that read is done or under way, or nothing
    /// was written since what was kept (which fits, so the read would find the same). A read
    /// already under way reads again when it ends if the log changed meanwhile.
    fn read(self, revision: u64) {
        if self.read_at.try_get_value().flatten() == Some(revision)
            || self.reading.try_get_value() != Some(false)
        {
            return;
        }
        let unread = self.whole.with_untracked(Option::is_none);
        if revision == 0 && unread && self.timeline.with_untracked(Option::is_some) {
            return;
        }
        self.reading.set_value(true);
        self.read_at.set_value(Some(revision));
        // In a task of its own once the first screen is shown, and a page at a time: no task of
        // the read (turning records into entries) is long enough to hold up a paint or a tap.
        browser::tasks::after_shown(move || {
            leptos::task::spawn_local(async move {
                let stamp = log_store::stamp(true);
                let result = self.store.all_in_pages().await.map(Arc::new);
                let now = today();
                if self.day.try_get_untracked().is_some_and(|d| d != now) {
                    let _ = self.day.try_set(now);
                }
                let read_well = result.is_ok();
                let _ = self.whole.try_set(Some(result));
                let _ = self.kept.try_set(None);
                if read_well
                    && whole_read::may_keep(stamp.as_deref(), log_store::stamp(false).as_deref())
                {
                    browser::tasks::next_task(move || self.keep(stamp.unwrap_or_default()));
                }
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

    /// Keeps what the read just finished worked out (it read the log at `stamp`), unless that
    /// is kept already. A refused write costs only a slower first screen next time.
    fn keep(self, stamp: String) {
        let Some(Some(Ok(timeline))) = self.timeline.try_get_untracked() else { return };
        let Some(day) = self.day.try_get_untracked() else { return };
        let basis = basis(day, self.settings);
        if kept_read().is_some_and(|k| k.stamp == stamp && k.basis == basis) {
            return;
        }
        let shares = self.shares.get_untracked();
        let Some(untallied) = self.untallied.get_untracked() else { return };
        let kept = Kept { stamp, basis, timeline, shares, untallied: untallied.to_vec() };
        let _ = local::set(keys::WHOLE_READ, &kept);
    }

    /// Whether the milestones and shares are known: read from the whole log, or kept from an
    /// earlier read of the same log.
    pub fn known(&self) -> bool {
        self.timeline.with(Option::is_some)
    }

    /// The log entry of the mark made by hand with this id (to take it back).
    pub fn mark(&self, id: &str) -> Option<Entry> {
        self.untallied.with(|u| u.as_ref()?.iter().find(|e| e.id == id).cloned())
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

/// What the milestones are worked out for besides the log: `day`, the phone's offset from UTC
/// now and the journey settings.
fn basis(day: NaiveDate, settings: RwSignal<Settings>) -> Basis {
    settings.with(|s| Basis::at(&Local, day, browser::clock::now(), &s.journey))
}

/// What the last whole read kept, if it can be read. It is only ever worked out again from the
/// log, so text that does not read (from another version) is simply dropped.
fn kept_read() -> Option<Kept> {
    let raw = local::get_raw(keys::WHOLE_READ).ok().flatten()?;
    let kept = serde_json::from_str(&raw).ok();
    if kept.is_none() {
        local::remove(keys::WHOLE_READ);
    }
    kept
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
