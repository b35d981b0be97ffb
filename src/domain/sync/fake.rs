//! An in-memory CouchDB for native tests: revision trees reduced to their leaves, conflicts,
//! `_changes` sequences and `_bulk_docs`/`_all_docs` as CouchDB answers them, plus faults a real
//! network produces (no answer, 401, 500, HTML, a cut-off body, a write applied but unanswered).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::{Method, NetError, Remote, Reply};

struct Leaf {
    rev: String,
    body: Value,
    deleted: bool,
}

struct Doc {
    leaves: Vec<Leaf>,
    seq: u64,
}

fn generation(rev: &str) -> u64 {
    rev.split('-').next().and_then(|g| g.parse().ok()).unwrap_or(0)
}

impl Doc {
    /// CouchDB's winner: a live leaf before a deleted one, then the longest, then the highest rev.
    fn winner(&self) -> &Leaf {
        self.leaves
            .iter()
            .max_by_key(|l| (!l.deleted, generation(&l.rev), l.rev.clone()))
            .expect("a document has a leaf")
    }
}

/// A fault the next matching requests meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    NoAnswer,
    Status(u16),
    Html,
    Truncated,
    /// The server does the work but the connection dies part-way through the answer.
    AppliedThenLost,
}

/// The server.
#[derive(Default)]
pub struct FakeCouch {
    docs: RefCell<BTreeMap<String, Doc>>,
    seq: Cell<u64>,
    counter: Cell<u64>,
    exists: Cell<bool>,
    fault: RefCell<Option<(String, Fault)>>,
    /// Requests answered, by first path segment, for tests that count round trips.
    pub requests: RefCell<Vec<String>>,
}

fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn query<'a>(q: &'a str, key: &str) -> Option<&'a str> {
    q.split('&').find_map(|kv| kv.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
}

fn ok(status: u16, body: Value) -> Reply {
    Reply { status, body: body.to_string() }
}

impl FakeCouch {
    /// A server whose database exists (`exists = false`: created by `PUT`).
    pub fn new(exists: bool) -> Self {
        let s = FakeCouch::default();
        s.exists.set(exists);
        s
    }

    /// Requests whose path contains `path` meet `fault` until [`FakeCouch::heal`].
    pub fn break_on(&self, path: &str, fault: Fault) {
        *self.fault.borrow_mut() = Some((path.to_string(), fault));
    }

    /// Answers normally again.
    pub fn heal(&self) {
        *self.fault.borrow_mut() = None;
    }

    fn next_rev(&self, generation: u64) -> String {
        self.counter.set(self.counter.get() + 1);
        format!("{generation}-{:032x}", self.counter.get() * 0x9e37_79b9)
    }

    fn bump(&self, id: &str) {
        self.seq.set(self.seq.get() + 1);
        if let Some(d) = self.docs.borrow_mut().get_mut(id) {
            d.seq = self.seq.get();
        }
    }

    /// The live winning body of every document (for dumps and comparisons).
    pub fn bodies(&self) -> BTreeMap<String, Value> {
        let docs = self.docs.borrow();
        docs.iter()
            .filter(|(_, d)| !d.winner().deleted)
            .map(|(id, d)| (id.clone(), d.winner().body.clone()))
            .collect()
    }

    /// Leaves (live revisions) of a document.
    pub fn live_leaves(&self, id: &str) -> usize {
        self.docs.borrow().get(id).map_or(0, |d| d.leaves.iter().filter(|l| !l.deleted).count())
    }

    /// Replaces a document's winning body as a replicator from elsewhere would (a new revision).
    pub fn overwrite(&self, id: &str, body: Value) {
        let mut docs = self.docs.borrow_mut();
        let doc = docs.entry(id.to_string()).or_insert(Doc { leaves: vec![], seq: 0 });
        let generation = doc.leaves.iter().map(|l| generation(&l.rev)).max().unwrap_or(0) + 1;
        doc.leaves = vec![Leaf { rev: self.next_rev(generation), body, deleted: false }];
        drop(docs);
        self.bump(id);
    }

    /// Adds a conflicting revision, as replication from another server would.
    pub fn add_conflict(&self, id: &str, body: Value) {
        let mut docs = self.docs.borrow_mut();
        let Some(doc) = docs.get_mut(id) else { return };
        let generation = generation(&doc.winner().rev);
        doc.leaves.push(Leaf { rev: self.next_rev(generation), body, deleted: false });
        drop(docs);
        self.bump(id);
    }

    fn with_meta(id: &str, leaf: &Leaf) -> Value {
        let mut doc = leaf.body.clone();
        doc["_id"] = json!(id);
        doc["_rev"] = json!(leaf.rev);
        if leaf.deleted {
            doc["_deleted"] = json!(true);
        }
        doc
    }

    fn write(&self, doc: &Value) -> Value {
        let id = doc["_id"].as_str().unwrap_or_default().to_string();
        let rev = doc.get("_rev").and_then(Value::as_str);
        let deleted = doc.get("_deleted") == Some(&Value::Bool(true));
        let mut body = doc.clone();
        if let Some(o) = body.as_object_mut() {
            o.retain(|k, _| !k.starts_with('_'));
        }
        let mut docs = self.docs.borrow_mut();
        let conflict =
            json!({"id": id, "error": "conflict", "reason": "Document update conflict."});
        let new_rev = match (docs.get_mut(&id), rev) {
            (None, None) => {
                let rev = self.next_rev(1);
                let leaf = Leaf { rev: rev.clone(), body, deleted };
                docs.insert(id.clone(), Doc { leaves: vec![leaf], seq: 0 });
                rev
            }
            (None, Some(_)) => return conflict,
            (Some(d), None) if d.leaves.iter().all(|l| l.deleted) => {
                let generation = generation(&d.winner().rev) + 1;
                let rev = self.next_rev(generation);
                d.leaves = vec![Leaf { rev: rev.clone(), body, deleted }];
                rev
            }
            (Some(_), None) => return conflict,
            (Some(d), Some(old)) => {
                match d.leaves.iter_mut().find(|l| l.rev == old && !l.deleted) {
                    Some(leaf) => {
                        let rev = self.next_rev(generation(old) + 1);
                        *leaf = Leaf { rev: rev.clone(), body, deleted };
                        rev
                    }
                    None => return conflict,
                }
            }
        };
        drop(docs);
        self.bump(&id);
        json!({"ok": true, "id": id, "rev": new_rev})
    }

    fn answer(&self, method: Method, path: &str, body: Option<&str>) -> Reply {
        let (path, q) = path.split_once('?').unwrap_or((path, ""));
        let input: Value = body.and_then(|b| serde_json::from_str(b).ok()).unwrap_or(Value::Null);
        if path.is_empty() {
            return match method {
                Method::Put if self.exists.get() => ok(412, json!({"error": "file_exists"})),
                Method::Put => {
                    self.exists.set(true);
                    ok(201, json!({"ok": true}))
                }
                _ if self.exists.get() => ok(200, json!({"db_name": "family"})),
                _ => ok(404, json!({"error": "not_found"})),
            };
        }
        if !self.exists.get() {
            return ok(404, json!({"error": "not_found", "reason": "Database does not exist."}));
        }
        match (method, path) {
            (Method::Get, "_changes") => {
                let since: u64 = query(q, "since").and_then(|s| s.parse().ok()).unwrap_or(0);
                let limit: usize =
                    query(q, "limit").and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
                let docs = self.docs.borrow();
                let mut changed: Vec<(&String, &Doc)> =
                    docs.iter().filter(|(_, d)| d.seq > since).collect();
                crate::domain::sorting::sort_by_key(&mut changed, |(_, d)| d.seq);
                changed.truncate(limit);
                let results: Vec<Value> = changed
                    .iter()
                    .map(|(id, d)| {
                        let w = d.winner();
                        let mut doc = Self::with_meta(id, w);
                        let conflicts: Vec<&str> = d
                            .leaves
                            .iter()
                            .filter(|l| !l.deleted && l.rev != w.rev)
                            .map(|l| l.rev.as_str())
                            .collect();
                        if !conflicts.is_empty() {
                            doc["_conflicts"] = json!(conflicts);
                        }
                        let mut change = json!({"id": id, "seq": d.seq,
                            "changes": [{"rev": w.rev}], "doc": doc});
                        if w.deleted {
                            change["deleted"] = json!(true);
                        }
                        change
                    })
                    .collect();
                let last = changed.last().map_or(since, |(_, d)| d.seq);
                ok(200, json!({"results": results, "last_seq": last}))
            }
            (Method::Post, "_all_docs") => {
                let docs = self.docs.borrow();
                let rows: Vec<Value> = input["keys"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|k| match docs.get(k) {
                        Some(d) => {
                            let w = d.winner();
                            json!({"id": k, "key": k, "value": {"rev": w.rev, "deleted": w.deleted}})
                        }
                        None => json!({"key": k, "error": "not_found"}),
                    })
                    .collect();
                ok(200, json!({"rows": rows}))
            }
            (Method::Post, "_bulk_docs") => {
                let out: Vec<Value> =
                    input["docs"].as_array().into_iter().flatten().map(|d| self.write(d)).collect();
                ok(201, json!(out))
            }
            (Method::Put, id) => {
                let mut doc = input;
                doc["_id"] = json!(unescape(id));
                let r = self.write(&doc);
                if r.get("error").is_some() {
                    ok(409, r)
                } else {
                    ok(201, r)
                }
            }
            (Method::Get, id) => {
                let id = unescape(id);
                let docs = self.docs.borrow();
                let want = query(q, "rev").map(unescape);
                let leaf = docs.get(&id).and_then(|d| match &want {
                    Some(r) => d.leaves.iter().find(|l| &l.rev == r),
                    None => Some(d.winner()).filter(|l| !l.deleted),
                });
                match leaf {
                    Some(l) => ok(200, Self::with_meta(&id, l)),
                    None => ok(404, json!({"error": "not_found", "reason": "missing"})),
                }
            }
            _ => ok(400, json!({"error": "bad_request"})),
        }
    }
}

impl Remote for FakeCouch {
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
    ) -> Result<Reply, NetError> {
        self.requests.borrow_mut().push(path.split('?').next().unwrap_or_default().to_string());
        let fault = self.fault.borrow().clone().filter(|(p, _)| path.contains(p.as_str()));
        match fault.map(|(_, f)| f) {
            None => Ok(self.answer(method, path, body.as_deref())),
            Some(Fault::NoAnswer) => Err(NetError::Offline),
            Some(Fault::Status(s)) => Ok(Reply { status: s, body: "{\"error\":\"x\"}".into() }),
            Some(Fault::Html) => Ok(Reply { status: 200, body: "<!doctype html><p>Log in".into() }),
            Some(Fault::Truncated) => {
                let full = self.answer(method, path, body.as_deref());
                Ok(Reply { status: full.status, body: full.body[..full.body.len() / 2].into() })
            }
            Some(Fault::AppliedThenLost) => {
                let _ = self.answer(method, path, body.as_deref());
                Err(NetError::Dropped)
            }
        }
    }
}
