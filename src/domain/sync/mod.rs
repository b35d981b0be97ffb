//! Sharing one log between a family's phones through a CouchDB server they control, end-to-end
//! encrypted. Everything here is pure: the server, the cipher and the log are traits, so the whole
//! protocol (pairing, documents, pull, push, conflicts) is tested natively against an in-memory
//! CouchDB (`fake.rs`); the browser supplies `fetch`, WebCrypto and IndexedDB.
//!
//! Each entry is one document, `_id` = the entry's id, body `{v, iv, ct}`: the entry's JSON sealed
//! with AES-GCM under the family key, the id as associated data (a document copied to another id
//! does not open). A run pulls first (`_changes` pages, decrypted, checked like a backup file and
//! merged by the backup rule), then pushes what changed here (`_bulk_docs` batches).

pub mod base64;
pub mod code;
#[cfg(test)]
mod fake;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::backup;
use super::entry::Entry;
use super::store::StoreError;
use super::Millis;

/// The document every family database holds, sealed with its key: a joining phone opens it to be
/// sure its code belongs to this database before it writes anything.
pub const FAMILY_DOC: &str = "relact:family";
/// What the family document says once opened.
const FAMILY_TEXT: &[u8] = b"relact family v1";
/// Phone names live in `relact:device:<id>` documents, sealed like entries.
pub const DEVICE_PREFIX: &str = "relact:device:";
/// Document body format.
const DOC_VERSION: u64 = 1;
/// Changes asked for per `_changes` page.
pub const PAGE: usize = 1000;
/// Documents per `_bulk_docs` request.
pub const BATCH: usize = 500;

/// HTTP methods the protocol uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
}

/// A server's answer as received: the status and the whole body.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

/// Why no answer came at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetError {
    /// No connection, refused, or the server went away mid-answer.
    Offline,
    /// No answer in time.
    Timeout,
}

/// The family's database: `path` is relative to it (`""` is the database itself).
// Browser futures are not `Send`; nothing here crosses threads.
#[allow(async_fn_in_trait)]
pub trait Remote {
    /// One request; never fails for an HTTP status, only for no answer.
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
    ) -> Result<Reply, NetError>;
}

/// A sealed body: the nonce and the ciphertext with its tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iv: Vec<u8>,
    pub ct: Vec<u8>,
}

/// AES-GCM under the family key, `aad` = the document id.
#[allow(async_fn_in_trait)]
pub trait Cipher {
    /// Seals with a fresh nonce; `None` only when the browser refuses.
    async fn seal(&self, aad: &str, plain: &[u8]) -> Option<Sealed>;
    /// `None` when the body was not made with this key for this id.
    async fn open(&self, aad: &str, sealed: &Sealed) -> Option<Vec<u8>>;
}

/// This phone's log.
#[allow(async_fn_in_trait)]
pub trait Local {
    /// Every entry, tombstones included.
    async fn all(&self) -> Result<Vec<Entry>, StoreError>;
    /// Writes entries in one transaction.
    async fn save(&self, entries: Vec<Entry>) -> Result<(), StoreError>;
}

/// Why a run stopped; `text::share::problem` words each. Nothing of the failing step was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncError {
    Offline,
    /// 401/403: the user name or password is not (or no longer) accepted.
    Unauthorized,
    /// 404: no such database at this address.
    NoDatabase,
    /// 5xx or an answer CouchDB never gives.
    Server,
    /// HTML or other text: the address is not a CouchDB server (a login page, a proxy).
    NotCouch,
    /// JSON cut off part-way.
    Truncated,
    /// A document on the server does not open with this family's key (damaged, another family's,
    /// or moved to another id), or opens to something that is not a valid entry.
    Unreadable,
    /// Joining: the database holds another family's log (the code's key does not open it).
    WrongKey,
    /// Joining: the database exists but nobody started sharing in it.
    NotShared,
    /// Starting: the database already holds a family's log; join it instead.
    AlreadyShared,
    /// This phone's log could not be read or written.
    Store(StoreError),
}

/// What the status line says.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Not shared.
    Off,
    /// Shared; no run finished yet on this phone since it opened.
    Idle,
    Syncing,
    /// The last run finished well.
    Synced,
    /// No connection: entries wait on this phone.
    Waiting,
    /// The last run stopped for this reason.
    Failed(SyncError),
}

/// Why starting or joining did not happen; nothing was saved.
#[derive(Clone, Debug, PartialEq)]
pub enum SetupError {
    Code(code::CodeError),
    Sync(SyncError),
    /// WebCrypto is missing (a page not served over HTTPS) or refused.
    NoCrypto,
}

/// A phone that shares the log, by the name it gave itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub name: String,
}

/// What a phone remembers between runs (saved after every run, whether it failed or not).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The `_changes` sequence everything before which has been merged here.
    #[serde(default)]
    pub since: Option<Value>,
    /// Local instant the last complete push started: entries stamped since then are pushed.
    #[serde(default)]
    pub push_mark: Millis,
    /// Entries counted here after the last complete run; more ids than new entries since means
    /// some arrived another way (a backup import) and everything is pushed once.
    #[serde(default)]
    pub known: usize,
    /// Entries that must be pushed whatever their stamp: this phone's copy beat the server's.
    #[serde(default)]
    pub pending: Vec<String>,
    /// The name last written to this phone's device document.
    #[serde(default)]
    pub named: Option<String>,
    /// Every phone that shares, this one included.
    #[serde(default)]
    pub devices: Vec<Device>,
}

/// What one run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Entries written to this phone.
    pub pulled: usize,
    /// Documents written to the server.
    pub pushed: usize,
}

/// What a phone remembers while it stays open: the revisions it wrote itself, so their echo in
/// `_changes` is not decrypted again.
#[derive(Default)]
pub struct Memory {
    written: HashMap<String, String>,
}

fn fail_for_status(status: u16) -> Result<(), SyncError> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => Err(SyncError::Unauthorized),
        404 => Err(SyncError::NoDatabase),
        _ => Err(SyncError::Server),
    }
}

/// The JSON of a successful answer, or why it is not one.
fn json(reply: Result<Reply, NetError>) -> Result<Value, SyncError> {
    let reply = reply.map_err(|_| SyncError::Offline)?;
    fail_for_status(reply.status)?;
    if reply.body.trim_start().starts_with('<') {
        return Err(SyncError::NotCouch);
    }
    serde_json::from_str(&reply.body).map_err(|e| {
        if e.is_eof() {
            SyncError::Truncated
        } else {
            SyncError::NotCouch
        }
    })
}

/// Percent-encodes a document id or query value for a URL.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The body of a sealed document.
pub fn body(sealed: &Sealed) -> Value {
    json!({"v": DOC_VERSION, "iv": base64::encode(&sealed.iv), "ct": base64::encode(&sealed.ct)})
}

/// The sealed part of a document, if it has the shape this build writes.
pub fn sealed_of(doc: &Value) -> Option<Sealed> {
    if doc.get("v")?.as_u64()? != DOC_VERSION {
        return None;
    }
    let iv = base64::decode(doc.get("iv")?.as_str()?)?;
    let ct = base64::decode(doc.get("ct")?.as_str()?)?;
    (iv.len() == 12).then_some(Sealed { iv, ct })
}

async fn open_doc<C: Cipher>(cipher: &C, id: &str, doc: &Value) -> Result<Vec<u8>, SyncError> {
    let sealed = sealed_of(doc).ok_or(SyncError::Unreadable)?;
    cipher.open(id, &sealed).await.ok_or(SyncError::Unreadable)
}

async fn open_entry<C: Cipher>(cipher: &C, id: &str, doc: &Value) -> Result<Entry, SyncError> {
    let plain = open_doc(cipher, id, doc).await?;
    // From text, as the log store reads entries: one copy of the parsing code in the wasm.
    let text = std::str::from_utf8(&plain).map_err(|_| SyncError::Unreadable)?;
    let entry: Entry = serde_json::from_str(text).map_err(|_| SyncError::Unreadable)?;
    if entry.id != id {
        return Err(SyncError::Unreadable);
    }
    Ok(entry)
}

/// Checks a family database before this phone uses it: for joining, that the family document opens
/// with the code's key; for starting, that there is none yet (then it is written, creating the
/// database first when the login may).
pub async fn check_family<R: Remote, C: Cipher>(
    remote: &R,
    cipher: &C,
    starting: bool,
) -> Result<(), SyncError> {
    let db = remote.send(Method::Get, "", None).await;
    match json(db) {
        Err(SyncError::NoDatabase) if starting => {
            json(remote.send(Method::Put, "", None).await)?;
        }
        Err(SyncError::NoDatabase) => return Err(SyncError::NotShared),
        other => {
            other?;
        }
    }
    let family = remote.send(Method::Get, &escape(FAMILY_DOC), None).await;
    match (json(family), starting) {
        (Ok(doc), false) => match open_doc(cipher, FAMILY_DOC, &doc).await {
            Ok(text) if text == FAMILY_TEXT => Ok(()),
            _ => Err(SyncError::WrongKey),
        },
        (Ok(_), true) => Err(SyncError::AlreadyShared),
        (Err(SyncError::NoDatabase), false) => Err(SyncError::NotShared),
        (Err(SyncError::NoDatabase), true) => {
            let sealed = cipher.seal(FAMILY_DOC, FAMILY_TEXT).await.ok_or(SyncError::Unreadable)?;
            let path = escape(FAMILY_DOC);
            match remote.send(Method::Put, &path, Some(body(&sealed).to_string())).await {
                // Another phone started at the same moment: its key wins, this one must join.
                Ok(r) if r.status == 409 => Err(SyncError::AlreadyShared),
                r => json(r).map(|_| ()),
            }
        }
        (Err(e), _) => Err(e),
    }
}

/// One run: pull everything new, then push what changed here. `progress` is updated as far as the
/// run got, so the caller saves it whether the run succeeded or not.
pub async fn run<R: Remote, C: Cipher, L: Local>(
    remote: &R,
    cipher: &C,
    local: &L,
    progress: &mut Progress,
    memory: &mut Memory,
    me: &Device,
    now: Millis,
) -> Result<Report, SyncError> {
    let mut report = Report::default();
    let mut log: HashMap<String, Entry> = local
        .all()
        .await
        .map_err(SyncError::Store)?
        .into_iter()
        .map(|e| (e.id.clone(), e))
        .collect();
    // The server's copy of entries seen in this run, so they are not pushed straight back.
    let mut on_server: HashMap<String, Millis> = HashMap::new();
    let grown = log.len().saturating_sub(progress.known);
    let fresh = log.values().filter(|e| e.created >= progress.push_mark).count();
    let push_all = progress.known == 0 || grown > fresh;

    loop {
        let since = since_text(progress);
        let path = format!(
            "_changes?since={}&include_docs=true&conflicts=true&limit={PAGE}",
            escape(&since)
        );
        let page = json(remote.send(Method::Get, &path, None).await)?;
        let results = page.get("results").and_then(Value::as_array).ok_or(SyncError::NotCouch)?;
        let last_seq = page.get("last_seq").cloned().ok_or(SyncError::NotCouch)?;
        let mut incoming: HashMap<String, Entry> = HashMap::new();
        let mut losers: Vec<Value> = Vec::new();
        for change in results {
            let (Some(id), Some(doc)) =
                (change.get("id").and_then(Value::as_str), change.get("doc"))
            else {
                continue;
            };
            let deleted = change.get("deleted") == Some(&Value::Bool(true))
                || doc.get("_deleted") == Some(&Value::Bool(true));
            if deleted || id.starts_with('_') || id == FAMILY_DOC {
                continue;
            }
            let rev = doc.get("_rev").and_then(Value::as_str).unwrap_or_default();
            let conflicts: Vec<&str> = doc
                .get("_conflicts")
                .and_then(Value::as_array)
                .map(|c| c.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if conflicts.is_empty() && memory.written.get(id).is_some_and(|w| w == rev) {
                continue;
            }
            if let Some(device) = id.strip_prefix(DEVICE_PREFIX) {
                let plain = open_doc(cipher, id, doc).await?;
                let name = String::from_utf8(plain).map_err(|_| SyncError::Unreadable)?;
                progress.devices.retain(|d| d.id != device);
                progress.devices.push(Device { id: device.to_string(), name });
                continue;
            }
            let winner = open_entry(cipher, id, doc).await?;
            on_server.insert(id.to_string(), winner.updated);
            let mut best = winner;
            for other in conflicts {
                let path = format!("{}?rev={}", escape(id), escape(other));
                let doc = json(remote.send(Method::Get, &path, None).await)?;
                let entry = open_entry(cipher, id, &doc).await?;
                if backup::wins(&entry, &best) {
                    best = entry;
                }
                losers.push(json!({"_id": id, "_rev": other, "_deleted": true}));
            }
            incoming.insert(id.to_string(), best);
        }
        // Decrypted entries are checked exactly like a backup file's.
        if !incoming.is_empty() {
            // Written as text (the backup's own serialiser), not built as a `Value`.
            let entries: Vec<&Entry> = incoming.values().collect();
            let entries = serde_json::to_string(&entries).map_err(|_| SyncError::Unreadable)?;
            let envelope = format!(
                r#"{{"app":"{}","schema":{},"exported_at":{now},"entries":{entries}}}"#,
                backup::APP,
                backup::SCHEMA
            );
            let checked = backup::read(&envelope, now).map_err(|_| SyncError::Unreadable)?;
            if !checked.rejected.is_empty() {
                return Err(SyncError::Unreadable);
            }
        }
        let mut to_write = Vec::new();
        for (id, theirs) in incoming {
            let server_updated = on_server.get(&id).copied();
            match log.get(&id) {
                Some(mine) if !backup::wins(&theirs, mine) => {
                    // Ours is at least as new: the server must get it if its winner differs.
                    let differs =
                        server_updated != Some(mine.updated) || backup::wins(mine, &theirs);
                    if differs && !progress.pending.contains(&id) {
                        progress.pending.push(id.clone());
                    }
                }
                _ => {
                    if server_updated != Some(theirs.updated) && !progress.pending.contains(&id) {
                        // A conflicting revision won: write it over the server's winner too.
                        progress.pending.push(id.clone());
                    }
                    to_write.push(theirs);
                }
            }
        }
        if !to_write.is_empty() {
            local.save(to_write.clone()).await.map_err(SyncError::Store)?;
            report.pulled += to_write.len();
            for e in to_write {
                log.insert(e.id.clone(), e);
            }
        }
        if !losers.is_empty() {
            // Best effort: a loser someone else removed first is simply gone.
            let body = json!({"docs": losers}).to_string();
            json(remote.send(Method::Post, "_bulk_docs", Some(body)).await)?;
        }
        progress.since = Some(last_seq);
        if results.len() < PAGE {
            break;
        }
    }

    // Push: entries stamped since the last push (or all once after an import), and pending ones.
    let pending: HashSet<String> = progress.pending.iter().cloned().collect();
    let mut out: Vec<&Entry> = log
        .values()
        .filter(|e| !e.id.starts_with('_') && !e.id.starts_with("relact:"))
        .filter(|e| {
            pending.contains(&e.id)
                || ((push_all || e.updated >= progress.push_mark)
                    && on_server.get(&e.id) != Some(&e.updated))
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    let mut failed: Vec<String> = Vec::new();
    let mut docs: Vec<(String, Vec<u8>)> = Vec::new();
    if progress.named.as_deref() != Some(me.name.as_str()) {
        docs.push((format!("{DEVICE_PREFIX}{}", me.id), me.name.as_bytes().to_vec()));
    }
    for e in out {
        let plain = serde_json::to_vec(e).map_err(|_| SyncError::Unreadable)?;
        docs.push((e.id.clone(), plain));
    }
    for batch in docs.chunks(BATCH) {
        let keys: Vec<&str> = batch.iter().map(|(id, _)| id.as_str()).collect();
        let revs = json(
            remote.send(Method::Post, "_all_docs", Some(json!({"keys": keys}).to_string())).await,
        )?;
        let mut rev_of: HashMap<&str, &str> = HashMap::new();
        for row in revs.get("rows").and_then(Value::as_array).ok_or(SyncError::NotCouch)? {
            if let (Some(id), Some(rev)) = (
                row.get("id").and_then(Value::as_str),
                row.pointer("/value/rev").and_then(Value::as_str),
            ) {
                rev_of.insert(id, rev);
            }
        }
        let mut bodies = Vec::with_capacity(batch.len());
        for (id, plain) in batch {
            let sealed = cipher.seal(id, plain).await.ok_or(SyncError::Unreadable)?;
            let mut doc = body(&sealed);
            doc["_id"] = Value::from(id.as_str());
            if let Some(rev) = rev_of.get(id.as_str()) {
                doc["_rev"] = Value::from(*rev);
            }
            bodies.push(doc);
        }
        let reply = remote
            .send(Method::Post, "_bulk_docs", Some(json!({"docs": bodies}).to_string()))
            .await;
        let results = json(reply)?;
        for r in results.as_array().ok_or(SyncError::NotCouch)? {
            let id = r.get("id").and_then(Value::as_str).unwrap_or_default();
            match r.get("rev").and_then(Value::as_str) {
                Some(rev) if r.get("error").is_none() => {
                    memory.written.insert(id.to_string(), rev.to_string());
                    report.pushed += 1;
                    if id.starts_with(DEVICE_PREFIX) {
                        progress.named = Some(me.name.clone());
                    }
                }
                // Someone wrote it in between: the next pull brings theirs and the rule decides.
                _ => failed.push(id.to_string()),
            }
        }
    }
    if report.pushed > 0 && failed.is_empty() {
        skip_echoes(remote, progress, memory).await?;
    }
    if !progress.devices.iter().any(|d| d.id == me.id && d.name == me.name) {
        progress.devices.retain(|d| d.id != me.id);
        progress.devices.push(me.clone());
    }
    progress.devices.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    progress.pending = failed.into_iter().filter(|id| !id.starts_with(DEVICE_PREFIX)).collect();
    progress.push_mark = now;
    progress.known = log.len();
    Ok(report)
}

/// Moves the sequence past this phone's own writes, if nothing else came in between, listing the
/// changes without their documents: after a first push of a large log the next pull would
/// otherwise download every document again just to find they are ours.
async fn skip_echoes<R: Remote>(
    remote: &R,
    progress: &mut Progress,
    memory: &Memory,
) -> Result<(), SyncError> {
    loop {
        let since = since_text(progress);
        let path = format!("_changes?since={}&limit={PAGE}", escape(&since));
        let page = json(remote.send(Method::Get, &path, None).await)?;
        let results = page.get("results").and_then(Value::as_array).ok_or(SyncError::NotCouch)?;
        let ours = results.iter().all(|change| {
            let id = change.get("id").and_then(Value::as_str).unwrap_or_default();
            let rev = change.pointer("/changes/0/rev").and_then(Value::as_str);
            id == FAMILY_DOC || (rev.is_some() && memory.written.get(id).map(String::as_str) == rev)
        });
        if !ours {
            return Ok(());
        }
        progress.since = Some(page.get("last_seq").cloned().ok_or(SyncError::NotCouch)?);
        if results.len() < PAGE {
            return Ok(());
        }
    }
}

fn since_text(progress: &Progress) -> String {
    progress.since.as_ref().map_or("0".to_string(), |s| match s {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

#[cfg(test)]
mod tests;
