//! The app's one handle to the log in IndexedDB, shared by every screen through context. It opens
//! the database on first use, tells screens when something changed, and turns failures into
//! sentences for the parent.

use futures::channel::oneshot;
use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::indexeddb::IndexedDb;
use crate::browser::local_storage as local;
use crate::domain::entry::Entry;
use crate::domain::store::{next_batch, StoreError};
use crate::domain::whole_read::WRITING;
use crate::domain::Millis;

/// What a screen gets from [`LogStore::watch`].
pub type Loaded = Result<Vec<Entry>, StoreError>;

/// A write waiting its turn, and who waits for its outcome.
enum Write {
    Put(Vec<Entry>),
    Clear,
}
type Waiting = (Write, oneshot::Sender<Result<(), StoreError>>);

/// Shared, copyable handle.
#[derive(Clone, Copy)]
pub struct LogStore {
    db: StoredValue<Option<IndexedDb>, LocalStorage>,
    /// Writes asked for while another is under way; they go together in the next transaction.
    queue: StoredValue<Vec<Waiting>, LocalStorage>,
    writing: StoredValue<bool>,
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
            queue: StoredValue::new_local(Vec::new()),
            writing: StoredValue::new(false),
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

    /// Writes entries in one transaction (all of them land, or none), then tells every screen.
    /// Saves asked for while a write is under way go together in the next transaction, so a
    /// burst of taps is a few writes and a few reads, not one of each per tap.
    pub async fn save(&self, entries: Vec<Entry>) -> Result<(), StoreError> {
        let first = self.revision.get_untracked() == 0;
        self.write(Write::Put(entries)).await?;
        if first {
            browser::persist::ask_persistent_storage();
        }
        Ok(())
    }

    /// Queues a write and waits for its outcome. Writes keep the order they were asked in.
    async fn write(&self, write: Write) -> Result<(), StoreError> {
        let (done, outcome) = oneshot::channel();
        self.queue.update_value(|q| q.push((write, done)));
        if !self.writing.get_value() {
            self.writing.set_value(true);
            let this = *self;
            leptos::task::spawn_local(async move { this.drain().await });
        }
        outcome.await.unwrap_or_else(|_| Err(StoreError::Other("write dropped".into())))
    }

    /// Runs the queued writes, in order: puts one after another go in one transaction, a clear
    /// on its own. Each write's waiters hear how their transaction went.
    async fn drain(self) {
        loop {
            let Some(mut queue) = self.queue.try_update_value(std::mem::take) else { return };
            if queue.is_empty() {
                self.writing.set_value(false);
                return;
            }
            while !queue.is_empty() {
                let clear = matches!(queue[0].0, Write::Clear);
                let n = next_batch(&queue, |(w, _)| matches!(w, Write::Clear));
                let (writes, waiters): (Vec<Write>, Vec<_>) = queue.drain(..n).unzip();
                let result = if clear {
                    stamped(async { self.db().await?.clear().await }).await
                } else {
                    let entries: Vec<Entry> = writes
                        .into_iter()
                        .flat_map(|w| match w {
                            Write::Put(entries) => entries,
                            Write::Clear => Vec::new(),
                        })
                        .collect();
                    stamped(async { self.db().await?.put(&entries).await }).await
                };
                if result.is_ok() {
                    self.revision.update(|r| *r += 1);
                }
                for done in waiters {
                    let _ = done.send(result.clone());
                }
            }
        }
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
    /// One read at a time: changes while a read runs are read once it ends (a burst of 1,000
    /// quick taps reads a few times, not 1,000), and only the newest read is shown. `None` while
    /// the first load runs.
    pub fn watch(
        &self,
        range: impl Fn() -> (Millis, Millis) + Send + Sync + 'static,
    ) -> ReadSignal<Option<Loaded>> {
        let store = *self;
        let (out, set_out) = signal(None::<Loaded>);
        // The range asked for last, and how many times it was asked.
        let wanted = StoredValue::new((0u64, (0, 0)));
        let reading = StoredValue::new(false);
        Effect::new(move |_| {
            let _ = store.revision.get();
            let r = range();
            wanted.update_value(|(n, w)| {
                *n += 1;
                *w = r;
            });
            if reading.get_value() {
                return;
            }
            reading.set_value(true);
            leptos::task::spawn_local(async move {
                while let Some((asked, (from, to))) = wanted.try_get_value() {
                    let result = store.range(from, to).await;
                    if wanted.try_get_value().map(|(n, _)| n) == Some(asked) {
                        let _ = set_out.try_set(Some(result));
                        break;
                    }
                }
                reading.try_set_value(false);
            });
        });
        out
    }

    /// Deletes the whole log (after the writes asked for before), then tells every screen.
    pub async fn clear(&self) -> Result<(), StoreError> {
        self.write(Write::Clear).await
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
