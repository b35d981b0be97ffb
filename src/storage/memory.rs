//! An in-memory [`Store`] with the same contract as IndexedDB, for native tests of anything that
//! reads or writes the log.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{Store, StoreError};
use crate::domain::entry::Entry;
use crate::domain::Millis;

/// Entries by id. `fail_next` makes the next write fail whole, as a full disk would.
#[derive(Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, Entry>>,
    pub fail_next: RefCell<Option<StoreError>>,
}

impl Store for MemoryStore {
    async fn put(&self, entries: &[Entry]) -> Result<(), StoreError> {
        if let Some(e) = self.fail_next.borrow_mut().take() {
            return Err(e);
        }
        let mut map = self.entries.borrow_mut();
        for e in entries {
            map.insert(e.id.clone(), e.clone());
        }
        Ok(())
    }

    async fn clear(&self) -> Result<(), StoreError> {
        self.entries.borrow_mut().clear();
        Ok(())
    }

    async fn range(&self, from: Millis, to: Millis) -> Result<Vec<Entry>, StoreError> {
        let mut out: Vec<Entry> =
            self.entries.borrow().values().filter(|e| e.at >= from && e.at < to).cloned().collect();
        out.sort_by_key(|e| e.at);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Record};

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        // The memory store never awaits anything real, so one poll finishes it.
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("memory store future did not complete"),
        }
    }

    fn diaper(id: &str, at: Millis) -> Entry {
        Entry::new(id.into(), at, Record::Diaper(Diaper { at, wet: true, dirty: false }))
    }

    #[test]
    fn range_is_half_open_and_sorted() {
        let s = MemoryStore::default();
        block_on(s.put(&[diaper("b", 20), diaper("a", 10), diaper("c", 30)])).unwrap();
        let ids: Vec<String> =
            block_on(s.range(10, 30)).unwrap().into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(block_on(s.all()).unwrap().len(), 3);
    }

    #[test]
    fn a_failed_write_changes_nothing() {
        let s = MemoryStore::default();
        block_on(s.put(&[diaper("a", 10)])).unwrap();
        *s.fail_next.borrow_mut() = Some(StoreError::QuotaExceeded);
        let err = block_on(s.put(&[diaper("b", 20), diaper("c", 30)]));
        assert_eq!(err, Err(StoreError::QuotaExceeded));
        assert_eq!(block_on(s.all()).unwrap().len(), 1);
    }
}
