//! The app's one handle to the log in IndexedDB, shared by every screen through context. It opens
//! the database on first use, tells screens when something changed, and turns failures into
//! sentences for the parent.

use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::indexeddb::IndexedDb;
use crate::browser::local_storage as local;
use crate::domain::entry::Entry;
use crate::domain::store::StoreError;
use crate::domain::whole_read::WRITING;
use crate::domain::Millis;

/// What a screen gets from [`LogStore::watch`].
pub type Loaded = Result<Vec<Entry>, StoreError>;

/// Shared, copyable handle.
#[derive(Clone, Copy)]
pub struct LogStore {
    db: StoredValue<Option<IndexedDb>, LocalStorage>,
    /// Bumped after every successful write, so screens showing entries load them again.
    pub revision: RwSignal<u64>,
    /// Set when another tab upgraded the database and this page must reload.
    pub must_reload: RwSignal<bool>,
    /// Stored records that could not be read in the last load (kept as they are).
    pub unreadable: RwSignal<usize>,
}

impl LogStore {
    /// Creates the handle; the database is opened lazily.
    pub fn new() -> Self {
        LogStore {
            db: StoredValue::new_local(None),
            revision: RwSignal::new(0),
            must_reload: RwSignal::new(false),
            unreadable: RwSignal::new(0),
        }
    }

    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<LogStore>()
    }

    async fn db(&self) -> Result<IndexedDb, StoreError> {
        if let Some(db) = self.db.try_get_value().flatten() {
            return Ok(db);
        }
        let must_reload = self.must_reload;
        let db = IndexedDb::open(keys::DATABASE, move || {
            let _ = must_reload.try_set(true);
        })
        .await?;
        let _ = self.db.try_set_value(Some(db.clone()));
        Ok(db)
    }

    /// Writes entries in one transaction, then tells every screen.
    pub async fn save(&self, entries: Vec<Entry>) -> Result<(), StoreError> {
        let first = self.revision.get_untracked() == 0;
        let written = stamped(async { self.db().await?.put(&entries).await }).await;
        written?;
        self.revision.update(|r| *r += 1);
        if first {
            browser::persist::ask_persistent_storage();
        }
        Ok(())
    }

    /// Entries filed in `[from, to)`.
    pub async fn range(&self, from: Millis, to: Millis) -> Result<Vec<Entry>, StoreError> {
        let (entries, unreadable) = self.db().await?.range_counted(from, to).await?;
        if unreadable > 0 {
            let _ = self.unreadable.try_set(unreadable);
        }
        Ok(entries)
    }

    /// Entries in a range that follows `range` and every write: the screens' way to show live data.
    /// A slow, older load never overwrites a newer one. `None` while the first load runs.
    pub fn watch(
        &self,
        range: impl Fn() -> (Millis, Millis) + Send + Sync + 'static,
    ) -> ReadSignal<Option<Loaded>> {
        let store = *self;
        let (out, set_out) = signal(None::<Loaded>);
        let generation = StoredValue::new(0u64);
        Effect::new(move |_| {
            let _ = store.revision.get();
            let (from, to) = range();
            let mine = generation.get_value() + 1;
            generation.set_value(mine);
            leptos::task::spawn_local(async move {
                let result = store.range(from, to).await;
                if generation.try_get_value() == Some(mine) {
                    let _ = set_out.try_set(Some(result));
                }
            });
        });
        out
    }

    /// Deletes the whole log, then tells every screen.
    pub async fn clear(&self) -> Result<(), StoreError> {
        stamped(async { self.db().await?.clear().await }).await?;
        self.revision.update(|r| *r += 1);
        Ok(())
    }

    /// Every entry.
    pub async fn all(&self) -> Result<Vec<Entry>, StoreError> {
        self.range(Millis::MIN, Millis::MAX).await
    }

    /// Every entry, in id order (not by time), read a page at a time: the same entries as
    /// [`LogStore::all`] for work that runs while the parent uses the app, since no page keeps
    /// the screen or the database busy for long.
    pub async fn all_in_pages(&self) -> Result<Vec<Entry>, StoreError> {
        const PAGE: u32 = 2_000;
        let db = self.db().await?;
        let (mut all, mut unreadable, mut after) = (Vec::new(), 0, None::<String>);
        loop {
            let page = db.page_after(after.as_deref(), PAGE).await?;
            all.extend(page.entries);
            unreadable += page.unreadable;
            match page.last {
                Some(last) => after = Some(last),
                None => break,
            }
        }
        if unreadable > 0 {
            let _ = self.unreadable.try_set(unreadable);
        }
        Ok(all)
    }
}

/// Runs a write between two changes of the log's write stamp: [`WRITING`] before (a whole read
/// that starts meanwhile keeps nothing) and a fresh id after, whether it worked or not (a failed
/// transaction changed nothing, but a new stamp only costs one read).
async fn stamped<T>(write: impl std::future::Future<Output = T>) -> T {
    let _ = local::set(keys::LOG_STAMP, &WRITING);
    let out = write.await;
    let _ = local::set(keys::LOG_STAMP, &browser::clock::new_id());
    out
}

/// The log's write stamp now (see [`crate::domain::whole_read`]); the first whole read on a
/// phone without one writes one. `None` when storage is refused.
pub fn stamp(or_new: bool) -> Option<String> {
    match local::get::<String>(keys::LOG_STAMP) {
        Ok(Some(s)) => Some(s),
        Ok(None) if or_new => {
            let s = browser::clock::new_id();
            local::set(keys::LOG_STAMP, &s).ok().map(|()| s)
        }
        _ => None,
    }
}

impl Default for LogStore {
    fn default() -> Self {
        Self::new()
    }
}
