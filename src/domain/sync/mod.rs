//! Sharing one log between a family's phones through a CouchDB server they control, end-to-end
//! encrypted. Everything here is pure: the server, the cipher and the log are traits, so the whole
//! protocol (pairing, documents, pull, push, conflicts, removing a phone) is tested natively
//! against an in-memory CouchDB (`fake.rs`); the browser supplies `fetch`, WebCrypto and IndexedDB.
//!
//! Each entry is one document, `_id` = the entry's id, body `{v, iv, ct}` (and `k`, the key's
//! generation, once the family has changed its key): the entry's JSON sealed with AES-GCM under
//! the family key, the id (and generation) as associated data, so a document copied to another id
//! does not open. A run pulls first (`_changes` pages, decrypted, checked like a backup file and
//! merged by the backup rule), then pushes what changed here (`_bulk_docs` batches). A document
//! that does not open, or opens to something a backup would refuse, is skipped on its own and
//! counted (`Progress::unreadable`); only what could lose data stops a run.

pub mod base64;
pub mod code;
#[cfg(test)]
mod fake;
pub mod file;
pub mod keys;
mod run;
pub mod schedule;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

pub use keys::{remove_device, Keyring, Keys};
pub use run::{changed, remove_unreadable, run, Link};

use super::store::StoreError;
use super::Millis;

/// The document every family database holds, sealed with its key: a joining phone opens it to be
/// sure its code belongs to this database before it writes anything.
pub const FAMILY_DOC: &str = "relact:family";
/// What the family document says once opened.
const FAMILY_TEXT: &[u8] = b"relact family v1";
/// Phone names (and, since phones can be removed, their public keys) live in
/// `relact:device:<id>` documents, sealed like entries.
pub const DEVICE_PREFIX: &str = "relact:device:";
/// Document body format. A higher one is a newer Relact's: a run stops rather than overwrite it.
const DOC_VERSION: u64 = 1;
/// Changes asked for per `_changes` page.
pub const PAGE: usize = 1000;
/// Documents per `_bulk_docs` request.
pub const BATCH: usize = 500;
/// A listening request waits this long for a partner's change before the server answers "none".
pub const LISTEN_WAIT_MS: u32 = 25_000;

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

/// Why no (whole) answer came.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetError {
    /// No connection, or refused: the request never got an answer started.
    Offline,
    /// No answer in time.
    Timeout,
    /// The answer began, then the connection went away part-way.
    Dropped,
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

    /// A `GET` the server may hold open (a `_changes` long-poll), given longer than a request.
    async fn wait(&self, path: &str) -> Result<Reply, NetError> {
        self.send(Method::Get, path, None).await
    }
}

/// A sealed body: the nonce and the ciphertext with its tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iv: Vec<u8>,
    pub ct: Vec<u8>,
}

/// AES-GCM under one key, `aad` = what the sealed text belongs to (a document id).
#[allow(async_fn_in_trait)]
pub trait Cipher {
    /// Seals with a fresh nonce; `None` only when the browser refuses.
    async fn seal(&self, aad: &str, plain: &[u8]) -> Option<Sealed>;
    /// `None` when the body was not made with this key for this `aad`.
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

use super::entry::Entry;

/// Why a run (or setting up) stopped; `text::share` words each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncError {
    /// No connection: the request got no answer at all.
    Offline,
    /// The connection went away part-way through the server's answer to a read.
    Dropped,
    /// A write was sent and its answer was lost or cut off: the server may have it. The next run
    /// finds out (it reads before it writes).
    Unconfirmed,
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
    /// Something that should open with the family's key does not (the family document itself,
    /// or this phone's key cannot be used).
    Unreadable,
    /// A document written by a newer Relact: skipping it could lose what it holds.
    Newer,
    /// Another phone removed this phone from sharing (the family's new key was not given to it).
    Removed,
    /// A change of the family key that does not prove it knew the old key: not taken.
    KeyChangeRefused,
    /// Joining: the database holds another family's log (the code's key does not open it).
    WrongKey,
    /// Joining: the database exists but nobody started sharing in it.
    NotShared,
    /// Starting: the database already holds a family's log; join it instead.
    AlreadyShared,
    /// This phone's log could not be read or written.
    Store(StoreError),
}

impl SyncError {
    /// Whether trying again later can help without the parent doing anything.
    pub fn heals(&self) -> bool {
        !matches!(self, SyncError::Removed | SyncError::Newer | SyncError::Store(_))
    }
}

/// A run that stopped, and what it had done by then (pages already merged stay merged).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub why: SyncError,
    pub done: Report,
}

impl From<SyncError> for Failure {
    fn from(why: SyncError) -> Self {
        Failure { why, done: Report::default() }
    }
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
    /// The last run stopped for this reason, after doing this much.
    Failed(Failure),
}

/// Why starting or joining did not happen; nothing was saved.
#[derive(Clone, Debug, PartialEq)]
pub enum SetupError {
    Code(code::CodeError),
    Sync(SyncError),
    /// WebCrypto is missing (a page not served over HTTPS) or refused.
    NoCrypto,
}

/// The field of the sharing forms an error belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Server,
    Database,
    /// The user name and password (shown under the password).
    Login,
    /// The pairing code (joining).
    Code,
    /// No one field: shown by the form's button.
    Form,
}

impl SetupError {
    /// Where the parent fixes it: next to that field the error is shown, focused and scrolled to.
    pub fn field(&self, joining: bool) -> Field {
        use code::CodeError as C;
        if joining {
            return match self {
                SetupError::NoCrypto => Field::Form,
                _ => Field::Code,
            };
        }
        match self {
            SetupError::Code(C::BadDatabase) => Field::Database,
            SetupError::Code(_) => Field::Server,
            SetupError::Sync(SyncError::Unauthorized) => Field::Login,
            SetupError::Sync(
                SyncError::NoDatabase | SyncError::AlreadyShared | SyncError::NotShared,
            ) => Field::Database,
            SetupError::Sync(
                SyncError::Offline
                | SyncError::Dropped
                | SyncError::NotCouch
                | SyncError::Truncated
                | SyncError::Server,
            ) => Field::Server,
            _ => Field::Form,
        }
    }
}

/// A phone that shares the log, by the name it gave itself, with the public key other phones
/// wrap a new family key for (empty for a phone that has not said it yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub name: String,
    /// SPKI of the phone's RSA-OAEP public key, base64.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
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
    /// Whether that document carries this phone's public key.
    #[serde(default)]
    pub keyed: bool,
    /// Every phone that shares, this one included.
    #[serde(default)]
    pub devices: Vec<Device>,
    /// Documents on the server that were skipped because they do not open with the family's key
    /// or hold what a backup would refuse: their ids, until they are fixed or removed.
    #[serde(default)]
    pub unreadable: Vec<String>,
}

/// What one run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Entries written to this phone.
    pub pulled: usize,
    /// Documents written to the server.
    pub pushed: usize,
    /// Documents skipped in this run because they could not be opened or were refused.
    pub skipped: usize,
}

/// What a phone remembers while it stays open: the revisions it wrote itself, so their echo in
/// `_changes` is not decrypted again.
#[derive(Default)]
pub struct Memory {
    written: ById<String>,
}

/// Values by id (a run's log and what it saw on the server, the revisions a phone wrote): a list,
/// and the position of each id in the `HashMap<String, usize>` that `backup::read` uses already.
/// A map of ids to each kind of value would be one more copy of the map's code in the wasm.
#[derive(Default)]
pub(super) struct ById<T> {
    list: Vec<T>,
    at: HashMap<String, usize>,
}

impl<T> ById<T> {
    pub(super) fn new() -> Self {
        ById { list: Vec::new(), at: HashMap::new() }
    }

    /// Adds `value` for `id`, or replaces the one it had; whether it had one.
    pub(super) fn put(&mut self, id: String, value: T) -> bool {
        if let Some(&i) = self.at.get(&id) {
            self.list[i] = value;
            return true;
        }
        self.at.insert(id, self.list.len());
        self.list.push(value);
        false
    }

    pub(super) fn get(&self, id: &str) -> Option<&T> {
        self.at.get(id).map(|&i| &self.list[i])
    }
}

fn fail_for_status(status: u16) -> Result<(), SyncError> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => Err(SyncError::Unauthorized),
        404 => Err(SyncError::NoDatabase),
        _ => Err(SyncError::Server),
    }
}

/// The JSON of a successful answer to a read, or why it is not one.
fn json(reply: Result<Reply, NetError>) -> Result<Value, SyncError> {
    let reply = reply.map_err(|e| match e {
        NetError::Dropped => SyncError::Dropped,
        NetError::Offline | NetError::Timeout => SyncError::Offline,
    })?;
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

/// The JSON of the answer to a write. A write whose answer was cut off or lost part-way may have
/// been done: it is `Unconfirmed`, never "nothing changed".
fn written(reply: Result<Reply, NetError>) -> Result<Value, SyncError> {
    match json(reply) {
        Err(SyncError::Dropped | SyncError::Truncated) => Err(SyncError::Unconfirmed),
        other => other,
    }
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

/// The associated data of a document sealed under key generation `gen`: the id alone for the
/// first key (documents written before keys could change), the id and the generation after, so
/// a body cannot be passed off as sealed under another generation.
pub fn aad(id: &str, gen: u32) -> String {
    if gen <= 1 {
        id.to_string()
    } else {
        format!("{id}\u{0}{gen}")
    }
}

/// The body of a document sealed under key generation `gen`.
pub fn body(sealed: &Sealed, gen: u32) -> Value {
    let mut doc = json!({"v": DOC_VERSION, "iv": base64::encode(&sealed.iv), "ct": base64::encode(&sealed.ct)});
    if gen > 1 {
        doc["k"] = json!(gen);
    }
    doc
}

/// How a document's body reads before it is opened.
#[derive(Debug, PartialEq, Eq)]
enum Shape {
    Sealed(u32, Sealed),
    /// A newer Relact's format.
    Newer,
    Damaged,
}

fn shape(doc: &Value) -> Shape {
    let version = doc.get("v").and_then(Value::as_u64);
    if version.is_some_and(|v| v > DOC_VERSION) {
        return Shape::Newer;
    }
    let parts = || {
        let gen = match doc.get("k") {
            None => 1,
            Some(k) => u32::try_from(k.as_u64()?).ok().filter(|g| *g >= 1)?,
        };
        let iv = base64::decode(doc.get("iv")?.as_str()?)?;
        let ct = base64::decode(doc.get("ct")?.as_str()?)?;
        (version == Some(DOC_VERSION) && iv.len() == 12).then_some((gen, Sealed { iv, ct }))
    };
    parts().map_or(Shape::Damaged, |(gen, sealed)| Shape::Sealed(gen, sealed))
}

/// Checks a family database before this phone uses it: for joining, that the family document opens
/// with the code's key (and under which generation: the answer); for starting, that there is none
/// yet (then it is written, creating the database first when the login may).
pub async fn check_family<R: Remote, C: Cipher>(
    remote: &R,
    cipher: &C,
    starting: bool,
) -> Result<u32, SyncError> {
    let db = remote.send(Method::Get, "", None).await;
    match json(db) {
        Err(SyncError::NoDatabase) if starting => {
            written(remote.send(Method::Put, "", None).await)?;
        }
        Err(SyncError::NoDatabase) => return Err(SyncError::NotShared),
        other => {
            other?;
        }
    }
    let family = remote.send(Method::Get, &escape(FAMILY_DOC), None).await;
    match (json(family), starting) {
        (Ok(doc), false) => match shape(&doc) {
            Shape::Sealed(gen, sealed) => match cipher.open(&aad(FAMILY_DOC, gen), &sealed).await {
                Some(text) if text == FAMILY_TEXT => Ok(gen),
                _ => Err(SyncError::WrongKey),
            },
            Shape::Newer => Err(SyncError::Newer),
            Shape::Damaged => Err(SyncError::WrongKey),
        },
        (Ok(_), true) => Err(SyncError::AlreadyShared),
        (Err(SyncError::NoDatabase), false) => Err(SyncError::NotShared),
        (Err(SyncError::NoDatabase), true) => {
            let sealed = cipher.seal(FAMILY_DOC, FAMILY_TEXT).await.ok_or(SyncError::Unreadable)?;
            let path = escape(FAMILY_DOC);
            match remote.send(Method::Put, &path, Some(body(&sealed, 1).to_string())).await {
                // Another phone started at the same moment: its key wins, this one must join.
                Ok(r) if r.status == 409 => Err(SyncError::AlreadyShared),
                r => written(r).map(|_| 1),
            }
        }
        (Err(e), _) => Err(e),
    }
}

/// What "Check this server" found, before anything is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerCheck {
    /// The login works and the database is there, empty of any family's log.
    Ready,
    /// The login works; the database does not exist yet and is made when sharing starts.
    NoDatabaseYet,
    /// The database already holds a family's log: join it with that family's code.
    Shared,
    /// What stops it.
    Problem(SyncError),
}

/// Looks at the server and database as typed, writing nothing.
pub async fn check_server<R: Remote>(remote: &R) -> ServerCheck {
    let reply = remote.send(Method::Get, "", None).await;
    if let Ok(r) = &reply {
        if r.status == 404 {
            // CouchDB says why in JSON; any other server's "not found" is not a missing database.
            let said: Option<Value> = serde_json::from_str(&r.body).ok();
            let couch = said.as_ref().and_then(|v| v.get("error")).is_some();
            return if couch {
                ServerCheck::NoDatabaseYet
            } else {
                ServerCheck::Problem(SyncError::NotCouch)
            };
        }
    }
    match json(reply) {
        Ok(info) if info.get("db_name").is_none() => ServerCheck::Problem(SyncError::NotCouch),
        Ok(_) => match json(remote.send(Method::Get, &escape(FAMILY_DOC), None).await) {
            Ok(_) => ServerCheck::Shared,
            Err(SyncError::NoDatabase) => ServerCheck::Ready,
            Err(e) => ServerCheck::Problem(e),
        },
        Err(SyncError::NoDatabase) => ServerCheck::NoDatabaseYet,
        Err(e) => ServerCheck::Problem(e),
    }
}

#[cfg(test)]
mod tests;
