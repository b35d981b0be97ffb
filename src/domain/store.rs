//! Why the log store could not do what was asked: a plain value, so screens and their sentences
//! (`text::store_error`) can be written and tested without a browser.

/// A refused or failed store operation. Each has a sentence in `text::store_error`.
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
