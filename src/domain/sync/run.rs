//! One run: pull everything new (a page at a time, each page merged and its position saved), then
//! push what changed here. A document that does not open, or opens to what a backup would refuse,
//! costs that document only; and "remove from the server" for such documents.

use std::collections::HashSet;

use serde_json::Value;

use super::keys::{self, Keyring, Keys, KEYS_DOC};
use super::{
    aad, body, escape, json, shape, written, ById, Cipher, Device, Failure, Local, Memory, Method,
    Progress, Remote, Report, Shape, SyncError, BATCH, DEVICE_PREFIX, FAMILY_DOC, PAGE,
};
use crate::domain::backup;
use crate::domain::entry::Entry;
use crate::domain::Millis;

/// Everything a run talks to: the server, the browser's keys, this phone's log, and this phone.
pub struct Link<'a, R, K, L> {
    pub remote: &'a R,
    pub keys: &'a K,
    pub local: &'a L,
    pub me: &'a Device,
}

/// What opening one document gave.
enum Opened<T> {
    /// Opened, under this key generation.
    Got(T, u32),
    /// Sealed under a key older than any this phone holds (it joined after the family's key
    /// changed): left for the phones that hold it, which seal it again with the new key.
    Older,
    /// Damaged, sealed with another key, moved from another id, or refused by the backup checks.
    Bad,
}

async fn open_doc<R: Remote, K: Keys, L>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    id: &str,
    doc: &Value,
) -> Result<Opened<Vec<u8>>, SyncError> {
    let (gen, sealed) = match shape(doc) {
        Shape::Newer => return Err(SyncError::Newer),
        Shape::Damaged => return Ok(Opened::Bad),
        Shape::Sealed(gen, sealed) => (gen, sealed),
    };
    if gen > ring.gen() {
        keys::fetch_and_learn(link, ring).await?;
    }
    Ok(match ring.get(gen) {
        Some(c) => {
            c.open(&aad(id, gen), &sealed).await.map_or(Opened::Bad, |p| Opened::Got(p, gen))
        }
        None if gen < ring.oldest() => Opened::Older,
        // A generation no change of key announced: not the family's.
        None => Opened::Bad,
    })
}

async fn open_entry<R: Remote, K: Keys, L>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    id: &str,
    doc: &Value,
) -> Result<Opened<Entry>, SyncError> {
    Ok(match open_doc(link, ring, id, doc).await? {
        Opened::Got(plain, gen) => {
            // From text, as the log store reads entries: one copy of the parsing code in the wasm.
            let entry = std::str::from_utf8(&plain)
                .ok()
                .and_then(|text| serde_json::from_str::<Entry>(text).ok())
                .filter(|e| e.id == id);
            entry.map_or(Opened::Bad, |e| Opened::Got(e, gen))
        }
        Opened::Older => Opened::Older,
        Opened::Bad => Opened::Bad,
    })
}

/// A device document's body: `{"name", "key"}`, or the bare name older versions wrote.
fn device_of(id: &str, plain: Vec<u8>) -> Option<Device> {
    let text = String::from_utf8(plain).ok()?;
    let parsed: Option<Device> = serde_json::from_str::<Value>(&text).ok().and_then(|v| {
        Some(Device {
            id: id.to_string(),
            name: v.get("name")?.as_str()?.to_string(),
            key: v.get("key").and_then(Value::as_str).unwrap_or_default().to_string(),
        })
    });
    Some(parsed.unwrap_or(Device { id: id.to_string(), name: text, key: String::new() }))
}

/// Checks decrypted entries exactly like a backup file's: the positions of those refused.
fn refused(entries: &[&Entry], now: Millis) -> Result<Vec<usize>, SyncError> {
    // Written as text (the backup's own serialiser), not built as a `Value`.
    let list = serde_json::to_string(entries).map_err(|_| SyncError::Unreadable)?;
    let envelope = format!(
        r#"{{"app":"{}","schema":{},"exported_at":{now},"entries":{list}}}"#,
        backup::APP,
        backup::SCHEMA
    );
    match backup::read(&envelope, now) {
        Ok(checked) => Ok(checked.rejected.into_iter().map(|(i, _)| i).collect()),
        Err(backup::Refused::NothingUsable(all)) => Ok(all.into_iter().map(|(i, _)| i).collect()),
        Err(_) => Err(SyncError::Unreadable),
    }
}

fn skip(progress: &mut Progress, report: &mut Report, id: &str) {
    report.skipped += 1;
    if !progress.unreadable.iter().any(|u| u == id) {
        progress.unreadable.push(id.to_string());
    }
}

/// One run: pull everything new, then push what changed here. `progress` is updated as far as the
/// run got, so the caller saves it whether the run succeeded or not; a run that stops says what
/// it had done by then.
pub async fn run<R: Remote, K: Keys, L: Local>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    progress: &mut Progress,
    memory: &mut Memory,
    now: Millis,
) -> Result<Report, Failure> {
    let mut report = Report::default();
    match run_counted(link, ring, progress, memory, now, &mut report).await {
        Ok(()) => Ok(report),
        Err(why) => Err(Failure { why, done: report }),
    }
}

async fn run_counted<R: Remote, K: Keys, L: Local>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    progress: &mut Progress,
    memory: &mut Memory,
    now: Millis,
    report: &mut Report,
) -> Result<(), SyncError> {
    let (remote, local, me) = (link.remote, link.local, link.me);
    let mut log = ById::new();
    for e in local.all().await.map_err(SyncError::Store)? {
        log.put(e.id.clone(), e);
    }
    // The server's copy of entries seen in this run, so they are not pushed straight back.
    // `None` once refused: gone from the list as from a map.
    let mut on_server: ById<Option<Millis>> = ById::new();
    let grown = log.list.len().saturating_sub(progress.known);
    let fresh = log.list.iter().filter(|e| e.created >= progress.push_mark).count();
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
        // A change of key first, wherever it stands in the page.
        if let Some(doc) = results
            .iter()
            .find(|c| c.get("id").and_then(Value::as_str) == Some(KEYS_DOC))
            .and_then(|c| c.get("doc"))
            .filter(|d| d.get("_deleted") != Some(&Value::Bool(true)))
        {
            keys::learn(link, ring, doc).await?;
        }
        // What opened on this page, by id (each id once: a later copy replaces the earlier). A
        // list, not a map: one kind of map fewer in the wasm, and a page holds at most PAGE.
        let mut incoming: Vec<(String, Entry, u32)> = Vec::new();
        let mut losers: Vec<Value> = Vec::new();
        for change in results {
            let (Some(id), Some(doc)) =
                (change.get("id").and_then(Value::as_str), change.get("doc"))
            else {
                continue;
            };
            let deleted = change.get("deleted") == Some(&Value::Bool(true))
                || doc.get("_deleted") == Some(&Value::Bool(true));
            if id.starts_with('_') || id == FAMILY_DOC || id == KEYS_DOC {
                continue;
            }
            if deleted {
                // A removed phone, or a skipped document someone removed: gone from the lists.
                if let Some(device) = id.strip_prefix(DEVICE_PREFIX) {
                    progress.devices.retain(|d| d.id != device);
                }
                progress.unreadable.retain(|u| u != id);
                // Relact deletes an entry with a sealed tombstone, never by removing its
                // document: a good copy here goes back up.
                if log.get(id).is_some() && !progress.pending.iter().any(|p| p == id) {
                    progress.pending.push(id.to_string());
                }
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
                match open_doc(link, ring, id, doc).await? {
                    Opened::Got(plain, _) => match device_of(device, plain) {
                        Some(d) => {
                            progress.unreadable.retain(|u| u != id);
                            progress.devices.retain(|x| x.id != device);
                            progress.devices.push(d);
                        }
                        None => skip(progress, report, id),
                    },
                    Opened::Older => {}
                    Opened::Bad => skip(progress, report, id),
                }
                continue;
            }
            let (winner, gen) = match open_entry(link, ring, id, doc).await? {
                Opened::Got(e, gen) => (e, gen),
                Opened::Older => continue,
                Opened::Bad => {
                    skip(progress, report, id);
                    continue;
                }
            };
            // Seen before in this run: perhaps on this page too, then replaced below.
            let seen = on_server.put(id.to_string(), Some(winner.updated));
            let mut best = (winner, gen);
            for other in conflicts {
                let path = format!("{}?rev={}", escape(id), escape(other));
                let doc = json(remote.send(Method::Get, &path, None).await)?;
                match open_entry(link, ring, id, &doc).await? {
                    Opened::Got(entry, g) => {
                        if backup::wins(&entry, &best.0) {
                            best = (entry, g);
                        }
                    }
                    // Kept for the phones that hold its key.
                    Opened::Older => continue,
                    // A revision that opens to nothing: removing it loses nothing.
                    Opened::Bad => {}
                }
                losers.push(json!({"_id": id, "_rev": other, "_deleted": true}));
            }
            let slot = if seen { incoming.iter().position(|(x, ..)| x == id) } else { None };
            match slot {
                Some(i) => incoming[i] = (id.to_string(), best.0, best.1),
                None => incoming.push((id.to_string(), best.0, best.1)),
            }
        }
        // Decrypted entries are checked exactly like a backup file's; those refused are skipped
        // one by one, like those that do not open.
        if !incoming.is_empty() {
            let entries: Vec<&Entry> = incoming.iter().map(|(_, e, _)| e).collect();
            let out = refused(&entries, now)?;
            for i in &out {
                let id = &incoming[*i].0;
                on_server.put(id.clone(), None);
                losers.retain(|l| l["_id"].as_str() != Some(id.as_str()));
                skip(progress, report, id);
            }
            let mut i = 0;
            incoming.retain(|_| {
                i += 1;
                !out.contains(&(i - 1))
            });
        }
        let mut to_write = Vec::new();
        for (id, theirs, gen) in incoming {
            progress.unreadable.retain(|u| *u != id);
            let server_updated = on_server.get(&id).copied().flatten();
            let mut repush = gen < ring.gen();
            match log.get(&id) {
                Some(mine) if !backup::wins(&theirs, mine) => {
                    // Ours is at least as new: the server must get it if its winner differs.
                    repush |= server_updated != Some(mine.updated) || backup::wins(mine, &theirs);
                }
                _ => {
                    // A conflicting revision won: write it over the server's winner too.
                    repush |= server_updated != Some(theirs.updated);
                    to_write.push(theirs);
                }
            }
            // Sealed with an older key: sealed again with this one.
            if repush && !progress.pending.contains(&id) {
                progress.pending.push(id.clone());
            }
        }
        if !to_write.is_empty() {
            local.save(to_write.clone()).await.map_err(SyncError::Store)?;
            report.pulled += to_write.len();
            for e in to_write {
                log.put(e.id.clone(), e);
            }
        }
        if !losers.is_empty() {
            // Best effort: a loser someone else removed first is simply gone.
            let body = json!({"docs": losers}).to_string();
            written(remote.send(Method::Post, "_bulk_docs", Some(body)).await)?;
        }
        progress.since = Some(last_seq);
        if results.len() < PAGE {
            break;
        }
    }

    // Push: entries stamped since the last push (or all once after an import), and pending ones.
    let pending: HashSet<String> = progress.pending.iter().cloned().collect();
    let mut out: Vec<&Entry> = log
        .list
        .iter()
        .filter(|e| !e.id.starts_with('_') && !e.id.starts_with("relact:"))
        .filter(|e| {
            pending.contains(&e.id)
                || ((push_all || e.updated >= progress.push_mark)
                    && on_server.get(&e.id) != Some(&Some(e.updated)))
        })
        .collect();
    crate::domain::sorting::sort_by(&mut out, |a, b| a.id.cmp(&b.id));
    let mut failed: Vec<String> = Vec::new();
    let mut docs: Vec<(String, Vec<u8>)> = Vec::new();
    let announce_key = !progress.keyed && !me.key.is_empty();
    if progress.named.as_deref() != Some(me.name.as_str()) || announce_key {
        let said = json!({"name": me.name, "key": me.key}).to_string();
        docs.push((format!("{DEVICE_PREFIX}{}", me.id), said.into_bytes()));
    }
    for e in out {
        let plain = serde_json::to_vec(e).map_err(|_| SyncError::Unreadable)?;
        docs.push((e.id.clone(), plain));
    }
    let gen = ring.gen();
    for batch in docs.chunks(BATCH) {
        let keys: Vec<&str> = batch.iter().map(|(id, _)| id.as_str()).collect();
        let revs = json(
            remote.send(Method::Post, "_all_docs", Some(json!({"keys": keys}).to_string())).await,
        )?;
        // Each document's last revision. A list, not a map: one kind of map fewer in the wasm;
        // CouchDB answers row by row in the order asked, so a row is looked for there first.
        let mut rev_of: Vec<(&str, &str)> = Vec::new();
        for row in revs.get("rows").and_then(Value::as_array).ok_or(SyncError::NotCouch)? {
            // A deleted document is written anew, without its last revision.
            if row.pointer("/value/deleted") == Some(&Value::Bool(true)) {
                continue;
            }
            if let (Some(id), Some(rev)) = (
                row.get("id").and_then(Value::as_str),
                row.pointer("/value/rev").and_then(Value::as_str),
            ) {
                rev_of.push((id, rev));
            }
        }
        let mut bodies = Vec::with_capacity(batch.len());
        for (n, (id, plain)) in batch.iter().enumerate() {
            let sealed =
                ring.current().seal(&aad(id, gen), plain).await.ok_or(SyncError::Unreadable)?;
            let mut doc = body(&sealed, gen);
            doc["_id"] = Value::from(id.as_str());
            let mine = |(x, _): &&(&str, &str)| x == id;
            let rev = rev_of.get(n).filter(mine).or_else(|| rev_of.iter().rev().find(mine));
            if let Some((_, rev)) = rev {
                doc["_rev"] = Value::from(*rev);
            }
            bodies.push(doc);
        }
        let reply = remote
            .send(Method::Post, "_bulk_docs", Some(json!({"docs": bodies}).to_string()))
            .await;
        let results = written(reply)?;
        for r in results.as_array().ok_or(SyncError::NotCouch)? {
            let id = r.get("id").and_then(Value::as_str).unwrap_or_default();
            match r.get("rev").and_then(Value::as_str) {
                Some(rev) if r.get("error").is_none() => {
                    memory.written.put(id.to_string(), rev.to_string());
                    report.pushed += 1;
                    if id.starts_with(DEVICE_PREFIX) {
                        progress.named = Some(me.name.clone());
                        progress.keyed = !me.key.is_empty();
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
    if !progress.devices.iter().any(|d| d == me) {
        progress.devices.retain(|d| d.id != me.id);
        progress.devices.push(me.clone());
    }
    crate::domain::sorting::sort_by(&mut progress.devices, |a, b| {
        a.name.cmp(&b.name).then(a.id.cmp(&b.id))
    });
    progress.pending = failed.into_iter().filter(|id| !id.starts_with(DEVICE_PREFIX)).collect();
    progress.push_mark = now;
    progress.known = log.list.len();
    Ok(())
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

pub(super) fn since_text(progress: &Progress) -> String {
    progress.since.as_ref().map_or("0".to_string(), |s| match s {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// Whether anything changed on the server since this phone's position: one `_changes` request
/// the server may hold open for [`super::LISTEN_WAIT_MS`] until a partner's change arrives
/// (CouchDB's long-poll). A server that answers at once just says "no".
pub async fn changed<R: Remote>(remote: &R, progress: &Progress) -> Result<bool, SyncError> {
    let path = format!(
        "_changes?feed=longpoll&since={}&limit=1&timeout={}",
        escape(&since_text(progress)),
        super::LISTEN_WAIT_MS
    );
    let page = match remote.wait(&path).await {
        // Held past the phone's patience: nothing came.
        Err(super::NetError::Timeout) => return Ok(false),
        reply => json(reply)?,
    };
    let results = page.get("results").and_then(Value::as_array).ok_or(SyncError::NotCouch)?;
    Ok(!results.is_empty())
}

/// Removes from the server the documents this phone skipped (`Progress::unreadable`), each only
/// if it still does not open: one another phone has fixed meanwhile stays. This phone's own copy
/// of such an entry goes up again on the next run. Returns how many were removed.
pub async fn remove_unreadable<R: Remote, K: Keys, L>(
    link: &Link<'_, R, K, L>,
    ring: &mut Keyring<K::Key>,
    progress: &mut Progress,
    now: Millis,
) -> Result<usize, Failure> {
    let mut gone = Vec::new();
    let mut fixed = Vec::new();
    let ids = progress.unreadable.clone();
    for id in &ids {
        let doc = match json(link.remote.send(Method::Get, &escape(id), None).await) {
            Ok(doc) => doc,
            Err(SyncError::NoDatabase) => {
                fixed.push(id.clone());
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let opens = if id.starts_with(DEVICE_PREFIX) {
            matches!(open_doc(link, ring, id, &doc).await?, Opened::Got(..))
        } else {
            match open_entry(link, ring, id, &doc).await? {
                Opened::Got(e, _) => refused(&[&e], now)?.is_empty(),
                Opened::Older => true,
                Opened::Bad => false,
            }
        };
        match doc.get("_rev").and_then(Value::as_str) {
            Some(rev) if !opens => gone.push(json!({"_id": id, "_rev": rev, "_deleted": true})),
            _ => fixed.push(id.clone()),
        }
    }
    let mut removed = 0;
    if !gone.is_empty() {
        let body = json!({"docs": gone}).to_string();
        let results = written(link.remote.send(Method::Post, "_bulk_docs", Some(body)).await)?;
        for r in results.as_array().into_iter().flatten() {
            if r.get("error").is_none() {
                if let Some(id) = r.get("id").and_then(Value::as_str) {
                    fixed.push(id.to_string());
                    removed += 1;
                    if !id.starts_with(DEVICE_PREFIX) && !progress.pending.iter().any(|p| p == id) {
                        progress.pending.push(id.to_string());
                    }
                }
            }
        }
    }
    progress.unreadable.retain(|u| !fixed.contains(u));
    Ok(removed)
}
