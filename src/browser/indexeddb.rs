//! The log store in IndexedDB. One database, versioned from the first release; each version has a
//! migration in [`upgrade`]. Values are kept as `{id, at, updated, deleted, data}` where `data` is
//! the entry's JSON: the `at` index serves day and week queries, and the JSON is read by the same
//! serde code that reads backups, so there is one definition of the data.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbKeyRange, IdbObjectStoreParameters, IdbOpenDbRequest, IdbRequest,
    IdbTransaction, IdbTransactionMode, IdbVersionChangeEvent,
};

use crate::domain::entry::Entry;
use crate::domain::store::StoreError;
use crate::domain::Millis;

/// The schema version this build writes. Raise it only together with a step in [`upgrade`] and a
/// browser test that opens a database of the previous version. Version 2: volumes may hold
/// hundredths of a millilitre (`"left_ml": 66.54`, see [`crate::domain::units::Ml`]).
pub const SCHEMA: u32 = 2;
/// Object store holding every log entry.
pub const ENTRIES: &str = "entries";
/// Index on the instant an entry is filed under.
pub const BY_AT: &str = "at";

#[wasm_bindgen]
extern "C" {
    /// The same `IDBDatabase`, seen through a binding that can pass transaction options; web-sys
    /// only offers `{durability}` behind an unstable flag.
    type DurableDb;
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_options(
        this: &DurableDb,
        stores: &str,
        mode: &str,
        options: &JsValue,
    ) -> Result<IdbTransaction, JsValue>;
}

/// An open database. Cloning shares the connection.
#[derive(Clone)]
pub struct IndexedDb {
    db: IdbDatabase,
    /// Set when another tab upgraded the schema: this connection is closed and must not be used.
    stale: Rc<RefCell<bool>>,
}

fn js_error(e: JsValue) -> StoreError {
    match e.dyn_ref::<DomException>() {
        Some(d) if d.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
        Some(d) if d.name() == "VersionError" || d.name() == "InvalidStateError" => {
            StoreError::VersionChanged
        }
        Some(d) => StoreError::Other(format!("{}: {}", d.name(), d.message())),
        None => StoreError::Other(format!("{e:?}")),
    }
}

fn dom_error(e: Option<DomException>) -> StoreError {
    e.map_or(StoreError::Other("aborted".into()), |d| js_error(d.into()))
}

/// Resolves when a request succeeds, with its result. The handlers are dropped as soon as it
/// settles: a handler that never ran (the error one, usually) would otherwise keep the request,
/// and with it the whole result it read, alive for as long as the page (it did, every read).
async fn request(req: &IdbRequest) -> Result<JsValue, StoreError> {
    let mut handlers = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let fail = Closure::<dyn FnMut()>::new(move || {
            let err: JsValue = r.error().ok().flatten().map_or(JsValue::NULL, Into::into);
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        req.set_onsuccess(Some(ok.as_ref().unchecked_ref()));
        req.set_onerror(Some(fail.as_ref().unchecked_ref()));
        handlers = Some((ok, fail));
    });
    let result = JsFuture::from(promise).await.map_err(js_error);
    req.set_onsuccess(None);
    req.set_onerror(None);
    drop(handlers);
    result
}

/// Resolves when a transaction has committed; rejects if it aborted (nothing of it was written).
/// As with [`request`], the handlers that did not run are dropped once it settles.
async fn committed(tx: &IdbTransaction) -> Result<(), StoreError> {
    let mut handlers = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let reject2 = reject.clone();
        let fail = Closure::<dyn FnMut()>::new(move || {
            let err: JsValue = t.error().map_or(JsValue::NULL, Into::into);
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        let t = tx.clone();
        let abort = Closure::<dyn FnMut()>::new(move || {
            let err: JsValue = t.error().map_or(JsValue::NULL, Into::into);
            let _ = reject2.call1(&JsValue::NULL, &err);
        });
        tx.set_oncomplete(Some(ok.as_ref().unchecked_ref()));
        tx.set_onerror(Some(fail.as_ref().unchecked_ref()));
        tx.set_onabort(Some(abort.as_ref().unchecked_ref()));
        handlers = Some((ok, fail, abort));
    });
    let settled = JsFuture::from(promise).await;
    tx.set_oncomplete(None);
    tx.set_onerror(None);
    tx.set_onabort(None);
    drop(handlers);
    settled.map(|_| ()).map_err(|e| if e.is_null() { dom_error(tx.error()) } else { js_error(e) })
}

/// Brings a database from `old` to [`SCHEMA`], one version at a time, inside the upgrade transaction
/// (all steps land together or not at all).
fn upgrade(db: &IdbDatabase, _tx: &IdbTransaction, old: u32) -> Result<(), JsValue> {
    if old < 1 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str("id"));
        let store = db.create_object_store_with_optional_parameters(ENTRIES, &params)?;
        store.create_index_with_str(BY_AT, "at")?;
    }
    if old < 2 {
        // Version 2: a volume may hold hundredths of a millilitre. Version 1 stored whole
        // millilitres (`"ml": 30`), which version 2 reads as exactly that: no record is rewritten.
        // The version still moves, so a tab still running a build that knows only whole
        // millilitres is closed by `onversionchange` and cannot open the database again (the
        // browser refuses an older version): it never meets a record it would read as damaged.
    }
    // Version 3 and later: add `if old < N { ... }` here, never change the steps above.
    Ok(())
}

impl IndexedDb {
    /// Opens (creating or upgrading) the database called `name`. `on_version_change` runs when
    /// another tab needs a newer schema: this connection closes itself so the other tab is not
    /// blocked.
    pub async fn open(
        name: &str,
        on_version_change: impl Fn() + 'static,
    ) -> Result<Self, StoreError> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or(StoreError::Unavailable)?;
        let open: IdbOpenDbRequest =
            factory.open_with_u32(name, SCHEMA).map_err(|_| StoreError::Unavailable)?;
        let failed_upgrade: Rc<RefCell<Option<JsValue>>> = Rc::default();
        let failed = failed_upgrade.clone();
        let on_upgrade =
            Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |ev: IdbVersionChangeEvent| {
                let Some(req) = ev.target().and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
                else {
                    return;
                };
                let (Ok(db), Some(tx)) = (req.result(), req.transaction()) else { return };
                let db: IdbDatabase = db.unchecked_into();
                if let Err(e) = upgrade(&db, &tx, ev.old_version() as u32) {
                    *failed.borrow_mut() = Some(e);
                    let _ = tx.abort();
                }
            });
        open.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let result = request(&open).await;
        open.set_onupgradeneeded(None);
        drop(on_upgrade);
        if let Some(e) = failed_upgrade.borrow_mut().take() {
            return Err(js_error(e));
        }
        let db: IdbDatabase = result?.unchecked_into();
        let stale = Rc::new(RefCell::new(false));
        let (d, s) = (db.clone(), stale.clone());
        let on_change = Closure::<dyn FnMut()>::new(move || {
            *s.borrow_mut() = true;
            d.close();
            on_version_change();
        });
        db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget(); // lives as long as the connection
        Ok(IndexedDb { db, stale })
    }

    fn tx(&self, mode: IdbTransactionMode) -> Result<IdbTransaction, StoreError> {
        if *self.stale.borrow() {
            return Err(StoreError::VersionChanged);
        }
        match mode {
            IdbTransactionMode::Readwrite => {
                // Strict: the write is on disk before we tell the parent it is saved.
                let options = Object::new();
                let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
                self.db.unchecked_ref::<DurableDb>().transaction_with_options(
                    ENTRIES,
                    "readwrite",
                    &options,
                )
            }
            _ => self.db.transaction_with_str(ENTRIES),
        }
        .map_err(js_error)
    }

    /// Closes the connection (tests, and before a reload).
    pub fn close(&self) {
        self.db.close();
    }
}

/// The stored shape of an entry.
fn to_js(e: &Entry) -> Result<JsValue, StoreError> {
    let data = serde_json::to_string(e).map_err(|e| StoreError::Other(e.to_string()))?;
    let o = Object::new();
    let set = |k: &str, v: JsValue| Reflect::set(&o, &k.into(), &v).map(|_| ());
    set("id", e.id.as_str().into())
        .and(set("at", (e.at as f64).into()))
        .and(set("updated", (e.updated as f64).into()))
        .and(set("deleted", e.deleted.into()))
        .and(set("data", data.into()))
        .map_err(js_error)?;
    Ok(o.into())
}

/// Reads stored values; ones that cannot be parsed are skipped here and counted, never deleted.
fn from_js(values: JsValue) -> (Vec<Entry>, usize) {
    let mut unreadable = 0;
    let entries = Array::from(&values)
        .iter()
        .filter_map(|v| {
            let parsed = Reflect::get(&v, &"data".into())
                .ok()
                .and_then(|d| d.as_string())
                .and_then(|s| serde_json::from_str::<Entry>(&s).ok());
            if parsed.is_none() {
                unreadable += 1;
            }
            parsed
        })
        .collect();
    (entries, unreadable)
}

impl IndexedDb {
    /// Entries filed at `from <= at < to`, tombstones included, oldest first; also counting stored records that could not be read (they are left
    /// exactly as they are, so nothing is lost; the app tells the parent).
    pub async fn range_counted(
        &self,
        from: Millis,
        to: Millis,
    ) -> Result<(Vec<Entry>, usize), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readonly)?;
        let index = tx.object_store(ENTRIES).and_then(|s| s.index(BY_AT)).map_err(js_error)?;
        // IndexedDB keys are doubles; clamp so "everything" is a valid range.
        let lo = (from as f64).max(-8.64e15);
        let hi = (to as f64).min(8.64e15);
        let range =
            IdbKeyRange::bound_with_lower_open_and_upper_open(&lo.into(), &hi.into(), false, true)
                .map_err(js_error)?;
        let req = index.get_all_with_key(&range).map_err(js_error)?;
        Ok(from_js(request(&req).await?))
    }

    /// Up to `limit` entries whose ids come after `after` (all from the first without it), in id
    /// order, tombstones included, with the count of records that could not be read and the last
    /// id seen (`None` once the store has no more). Reading the whole log a page at a time keeps
    /// each task short, for the parent's taps and for the other reads waiting on the database.
    pub async fn page_after(&self, after: Option<&str>, limit: u32) -> Result<Page, StoreError> {
        let tx = self.tx(IdbTransactionMode::Readonly)?;
        let store = tx.object_store(ENTRIES).map_err(js_error)?;
        let from = match after {
            Some(id) => {
                IdbKeyRange::lower_bound_with_open(&id.into(), true).map_err(js_error)?.into()
            }
            None => JsValue::NULL,
        };
        let values =
            request(&store.get_all_with_key_and_limit(&from, limit).map_err(js_error)?).await?;
        let records = Array::from(&values);
        let last = (records.length() == limit)
            .then(|| Reflect::get(&records.get(limit - 1), &"id".into()).ok()?.as_string())
            .flatten();
        let (entries, unreadable) = from_js(values);
        Ok(Page { entries, unreadable, last })
    }
}

/// One page of the whole log (see [`IndexedDb::page_after`]).
pub struct Page {
    pub entries: Vec<Entry>,
    pub unreadable: usize,
    /// The last id read when more may follow; `None` at the end.
    pub last: Option<String>,
}

impl IndexedDb {
    /// Inserts or replaces entries by id, in one transaction: all of them land, or none.
    pub async fn put(&self, entries: &[Entry]) -> Result<(), StoreError> {
        // Serialise everything before the transaction starts: nothing is awaited inside it.
        let values = entries.iter().map(to_js).collect::<Result<Vec<_>, _>>()?;
        let tx = self.tx(IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(ENTRIES).map_err(js_error)?;
        for v in &values {
            if let Err(e) = store.put(v) {
                let _ = tx.abort();
                return Err(js_error(e));
            }
        }
        committed(&tx).await
    }

    /// Deletes every entry (the parent asked for it, after a warning).
    pub async fn clear(&self) -> Result<(), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(ENTRIES).map_err(js_error)?;
        store.clear().map_err(js_error)?;
        committed(&tx).await
    }
}
