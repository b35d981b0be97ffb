//! The family key, and changing it when a phone is removed from sharing.
//!
//! Every phone makes its own RSA-OAEP key pair when it starts or joins, and puts the public half
//! in its device document (sealed with the family key, so the server can neither read nor swap
//! it). "Remove from sharing" on one phone makes a new random family key (generation `k + 1`),
//! wraps it for the public key of every phone that stays, and writes `relact:keys`:
//!
//! ```text
//! {"v": 1, "k": <generation>, "to": {<device id>: <the new key, RSA-OAEP-wrapped, base64>},
//!  "ring": <a document body sealed with the new key: every older generation's key>}
//! ```
//!
//! then seals the family document again with the new key (so the old pairing code no longer
//! joins), deletes the removed phone's device document, and pushes the whole log sealed with the
//! new key. Another phone that meets the new generation unwraps it with its private key, and
//! takes it only if the ring inside holds the key it already had: a server (or the removed
//! phone, which knows only the old key) cannot slip in a key of its own. The removed phone finds
//! no key wrapped for it and stops. Limits: what the removed phone already had stays readable to
//! it; until the server's password changes it can still reach the server and write documents
//! sealed with the old key (they open, as entries from before did); and a phone that never said
//! its public key (it has not synced since it was updated) is removed along with it.

use serde_json::{Map, Value};

use super::run::{self, Link};
use super::{
    aad, base64, body, escape, json, shape, written, Cipher, Failure, Local, Memory, Method,
    Progress, Remote, Report, Shape, SyncError, DEVICE_PREFIX, FAMILY_DOC, FAMILY_TEXT,
};
use crate::domain::Millis;

/// The document that hands a new family key to the phones that stay.
pub const KEYS_DOC: &str = "relact:keys";

/// Key handling the browser provides: importing a raw family key, and wrapping and unwrapping
/// one for a phone's key pair.
#[allow(async_fn_in_trait)]
pub trait Keys {
    type Key: Cipher;
    /// A cipher for a raw 32-byte family key; `None` where the browser refuses.
    async fn import(&self, raw: &[u8]) -> Option<Self::Key>;
    /// `raw` wrapped for the phone whose public key (SPKI) is `public`.
    async fn wrap(&self, public: &[u8], raw: &[u8]) -> Option<Vec<u8>>;
    /// Opens what was wrapped for this phone, with its own private key.
    async fn unwrap(&self, wrapped: &[u8]) -> Option<Vec<u8>>;
}

/// The family keys this phone holds, by generation; the newest seals, any opens.
pub struct Keyring<C> {
    gen: u32,
    /// Each generation once, the oldest first (as [`Keyring::raws`] and the saved pairing list
    /// them). A list, not a `BTreeMap`: a ring holds a few keys, and a map type used nowhere else
    /// was a copy of the map's code of its own in the wasm.
    keys: Vec<(u32, Vec<u8>, C)>,
    /// Set when a run learnt a newer key: the caller saves [`Keyring::raws`].
    pub changed: bool,
}

impl<C: Cipher> Keyring<C> {
    /// A ring holding one key, `raw` (generation `gen`), as `cipher`.
    pub fn new(gen: u32, raw: Vec<u8>, cipher: C) -> Self {
        Keyring { gen, keys: vec![(gen, raw, cipher)], changed: false }
    }

    /// Adds an older (or, with `current`, the newest) generation.
    pub fn insert(&mut self, gen: u32, raw: Vec<u8>, cipher: C, current: bool) {
        match self.keys.iter().position(|k| k.0 >= gen) {
            Some(i) if self.keys[i].0 == gen => self.keys[i] = (gen, raw, cipher),
            Some(i) => self.keys.insert(i, (gen, raw, cipher)),
            None => self.keys.push((gen, raw, cipher)),
        }
        if current {
            self.gen = gen;
        }
    }

    /// The generation new documents are sealed under.
    pub fn gen(&self) -> u32 {
        self.gen
    }

    fn held(&self, gen: u32) -> Option<&(u32, Vec<u8>, C)> {
        self.keys.iter().find(|k| k.0 == gen)
    }

    /// The newest generation's key and its raw bytes: the ring always holds it (it is made with
    /// it, and a newer one is only ever set as it is inserted).
    fn newest(&self) -> &(u32, Vec<u8>, C) {
        match self.held(self.gen) {
            Some(k) => k,
            None => unreachable!("a ring holds its newest generation"),
        }
    }

    /// The key new documents are sealed with.
    pub fn current(&self) -> &C {
        &self.newest().2
    }

    pub(super) fn get(&self, gen: u32) -> Option<&C> {
        self.held(gen).map(|k| &k.2)
    }

    /// The oldest generation held (a phone that joined after a change holds none before it).
    pub(super) fn oldest(&self) -> u32 {
        self.keys.first().map_or(self.gen, |k| k.0)
    }

    /// Every generation's raw key, for saving with the pairing.
    pub fn raws(&self) -> Vec<(u32, Vec<u8>)> {
        self.keys.iter().map(|(g, raw, _)| (*g, raw.clone())).collect()
    }
}

/// The ring a change of key carries, `{"<generation>": "<key, base64>", …}` from the oldest, byte
/// for byte as serde writes a map of generations to keys (base64 needs no escaping), without a
/// serialiser of its own in the wasm: that map and its sort cost 2.5 KB of the gzipped download.
pub(super) fn ring_text(raws: &[(u32, Vec<u8>)]) -> Vec<u8> {
    let pairs: Vec<String> =
        raws.iter().map(|(g, raw)| format!("\"{g}\":\"{}\"", base64::encode(raw))).collect();
    format!("{{{}}}", pairs.join(",")).into_bytes()
}

/// Reads a `relact:keys` document: when it hands this phone a newer key that proves it knew the
/// one this phone holds, the ring takes it (and every older key it carries).
pub(super) async fn learn<R: Remote, K: Keys, L>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    doc: &Value,
) -> Result<(), SyncError> {
    let Some(gen) = doc.get("k").and_then(Value::as_u64).and_then(|g| u32::try_from(g).ok()) else {
        return Err(SyncError::KeyChangeRefused);
    };
    if gen <= ring.gen {
        return Ok(());
    }
    let wrapped = doc
        .pointer(&format!("/to/{}", link.me.id.replace('~', "~0").replace('/', "~1")))
        .and_then(Value::as_str)
        .and_then(base64::decode)
        .ok_or(SyncError::Removed)?;
    let raw = link.keys.unwrap(&wrapped).await.ok_or(SyncError::Removed)?;
    let cipher = link.keys.import(&raw).await.ok_or(SyncError::Unreadable)?;
    let older = match doc.get("ring").map(shape) {
        Some(Shape::Sealed(g, sealed)) if g == gen => {
            cipher.open(&aad(KEYS_DOC, gen), &sealed).await.ok_or(SyncError::KeyChangeRefused)?
        }
        _ => return Err(SyncError::KeyChangeRefused),
    };
    // Read through a `Value`, whose parser the wasm holds anyway, rather than a parser of its own
    // for this one map: every key a generation, every value a key in base64, or the whole refused.
    let older = std::str::from_utf8(&older)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(text).ok())
        .ok_or(SyncError::KeyChangeRefused)?;
    let mine = base64::encode(&ring.newest().1);
    let mut proven = false;
    let mut missing: Vec<(u32, &str)> = Vec::new();
    for (g, b64) in older.as_object().ok_or(SyncError::KeyChangeRefused)? {
        let (Ok(g), Some(b64)) = (g.parse::<u32>(), b64.as_str()) else {
            return Err(SyncError::KeyChangeRefused);
        };
        proven |= g == ring.gen && b64 == mine;
        if g < gen && ring.held(g).is_none() {
            missing.push((g, b64));
        }
    }
    if !proven {
        return Err(SyncError::KeyChangeRefused);
    }
    // Each older key the ring lacks, in any order: the ring is keyed by generation.
    for (g, b64) in missing {
        let raw = base64::decode(b64).ok_or(SyncError::KeyChangeRefused)?;
        let c = link.keys.import(&raw).await.ok_or(SyncError::Unreadable)?;
        ring.insert(g, raw, c, false);
    }
    ring.insert(gen, raw, cipher, true);
    ring.changed = true;
    Ok(())
}

/// Fetches `relact:keys` and learns from it (a document sealed under a generation this phone
/// does not hold yet was met).
pub(super) async fn fetch_and_learn<R: Remote, K: Keys, L>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
) -> Result<(), SyncError> {
    match json(link.remote.send(Method::Get, &escape(KEYS_DOC), None).await) {
        Ok(doc) => learn(link, ring, &doc).await,
        Err(SyncError::NoDatabase) => Ok(()),
        Err(e) => Err(e),
    }
}

async fn rev_of<R: Remote>(remote: &R, id: &str) -> Result<Option<String>, SyncError> {
    match json(remote.send(Method::Get, &escape(id), None).await) {
        Ok(doc) => Ok(doc.get("_rev").and_then(Value::as_str).map(str::to_string)),
        Err(SyncError::NoDatabase) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn put<R: Remote>(remote: &R, id: &str, mut doc: Value) -> Result<(), SyncError> {
    if let Some(rev) = rev_of(remote, id).await? {
        doc["_rev"] = json!(rev);
    }
    let reply = remote.send(Method::Put, &escape(id), Some(doc.to_string())).await;
    match reply {
        // Another phone changed it in between (another removal at the same moment): stop, so
        // the next run reads theirs first.
        Ok(r) if r.status == 409 => Err(SyncError::Server),
        r => written(r).map(|_| ()),
    }
}

/// Removes the phone `removed` from sharing: syncs, makes generation `k + 1` from `new_raw`,
/// hands it to every other phone that said its public key, re-seals the family document, deletes
/// the removed phone's document, and pushes the whole log sealed with the new key. Returns the
/// last run's report and how many phones had no public key (they were removed as well).
pub async fn remove_device<R: Remote, K: Keys, L: Local>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    progress: &mut Progress,
    memory: &mut Memory,
    removed: &str,
    new_raw: Vec<u8>,
    now: Millis,
) -> Result<(Report, usize), Failure> {
    run::run(link, ring, progress, memory, now).await?;
    let gen = ring.gen + 1;
    let cipher = link.keys.import(&new_raw).await.ok_or(SyncError::Unreadable)?;
    let mut to = Map::new();
    let mut keyless = 0;
    let mut stay: Vec<super::Device> = progress
        .devices
        .iter()
        .filter(|d| d.id != removed && d.id != link.me.id)
        .cloned()
        .collect();
    stay.push(link.me.clone());
    for d in &stay {
        let wrapped = match base64::decode(&d.key) {
            Some(public) if !public.is_empty() => link.keys.wrap(&public, &new_raw).await,
            _ => None,
        };
        match wrapped {
            Some(w) => {
                to.insert(d.id.clone(), json!(base64::encode(&w)));
            }
            None if d.id == link.me.id => return Err(SyncError::Unreadable.into()),
            None => keyless += 1,
        }
    }
    let older = ring_text(&ring.raws());
    let sealed_ring =
        cipher.seal(&aad(KEYS_DOC, gen), &older).await.ok_or(SyncError::Unreadable)?;
    let keys = json!({"v": 1, "k": gen, "to": to, "ring": body(&sealed_ring, gen)});
    put(link.remote, KEYS_DOC, keys).await?;
    let family =
        cipher.seal(&aad(FAMILY_DOC, gen), FAMILY_TEXT).await.ok_or(SyncError::Unreadable)?;
    put(link.remote, FAMILY_DOC, body(&family, gen)).await?;
    ring.insert(gen, new_raw, cipher, true);
    ring.changed = true;
    // The removed phone, and any that could not be given the key, leave every phone's list.
    let mut gone: Vec<String> = progress
        .devices
        .iter()
        .filter(|d| d.id != link.me.id && !to.contains_key(&d.id))
        .map(|d| d.id.clone())
        .collect();
    if !gone.iter().any(|g| g == removed) {
        gone.push(removed.to_string());
    }
    for id in &gone {
        let device = format!("{DEVICE_PREFIX}{id}");
        if let Some(rev) = rev_of(link.remote, &device).await? {
            let doc = json!({"docs": [{"_id": device, "_rev": rev, "_deleted": true}]});
            written(link.remote.send(Method::Post, "_bulk_docs", Some(doc.to_string())).await)?;
        }
    }
    progress.devices.retain(|d| !gone.contains(&d.id));
    // Everything again, sealed with the new key.
    progress.known = 0;
    let report = run::run(link, ring, progress, memory, now).await?;
    Ok((report, keyless))
}
