//! Where data lives on the device. The browser glue is kept thin and separate from the rules it
//! stores, so the rules can be tested natively.
//!
//! Logs live in IndexedDB (`indexeddb`), small values in localStorage (`local`). `memory` is the
//! in-memory twin of the log store for native tests.

pub mod memory;

#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
#[cfg(target_arch = "wasm32")]
pub mod local;

use crate::domain::entry::Entry;
use crate::domain::Millis;

/// Why the log store could not do what was asked. Each has a sentence in `text::store_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no IndexedDB (some private modes) or refused to open it.
    Unavailable,
    /// The device is out of space for this site.
    QuotaExceeded,
    /// Another tab upgraded the database; this one must reload.
    VersionChanged,
    /// Anything else the browser reported, kept for the console.
    Other(String),
}

/// The log store. Every write is one transaction: all of it lands, or none of it.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Inserts or replaces entries by id.
    async fn put(&self, entries: &[Entry]) -> Result<(), StoreError>;
    /// Entries filed at `from <= at < to`, tombstones included, oldest first.
    async fn range(&self, from: Millis, to: Millis) -> Result<Vec<Entry>, StoreError>;
    /// Deletes every entry (the parent asked for it, after a warning).
    async fn clear(&self) -> Result<(), StoreError>;
    /// Every entry (for backup and merge).
    async fn all(&self) -> Result<Vec<Entry>, StoreError> {
        self.range(Millis::MIN, Millis::MAX).await
    }
}
