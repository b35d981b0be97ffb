//! The protocol against the in-memory CouchDB: two phones with a fake cipher and log each.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::fake::{FakeCouch, Fault};
use super::keys::KEYS_DOC;
use super::*;
use crate::domain::entry::{Record, Session, SessionKind};
use crate::domain::test_kit::wet;
use crate::domain::units::Ml;

const NOW: Millis = 1_780_000_000_000;

/// Runs a future whose every await is ready at once (all the fakes are).
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// Not encryption, but the same contract: a keyed tag over id and text, a fresh nonce each time.
struct FakeCipher {
    key: u8,
    nonce: Cell<u8>,
}

fn tag(key: u8, aad: &str, plain: &[u8]) -> [u8; 4] {
    let mut bytes = vec![key];
    bytes.extend_from_slice(aad.as_bytes());
    bytes.push(0);
    bytes.extend_from_slice(plain);
    code::crc32(&bytes).to_be_bytes()
}

impl Cipher for FakeCipher {
    async fn seal(&self, aad: &str, plain: &[u8]) -> Option<Sealed> {
        self.nonce.set(self.nonce.get().wrapping_add(1));
        let iv = vec![self.nonce.get(); 12];
        let mut ct: Vec<u8> = plain.iter().map(|b| b ^ self.key ^ iv[0]).collect();
        ct.extend_from_slice(&tag(self.key, aad, plain));
        Some(Sealed { iv, ct })
    }
    async fn open(&self, aad: &str, sealed: &Sealed) -> Option<Vec<u8>> {
        let (ct, t) = sealed.ct.split_last_chunk::<4>()?;
        let plain: Vec<u8> = ct.iter().map(|b| b ^ self.key ^ sealed.iv[0]).collect();
        (tag(self.key, aad, &plain) == *t).then_some(plain)
    }
}

/// Key pairs as a byte: a phone's "public key" is its byte, and what is wrapped for it opens only
/// with the same byte. Not cryptography, but the same contract as RSA-OAEP.
struct FakeKeys {
    mine: u8,
}

impl Keys for FakeKeys {
    type Key = FakeCipher;
    async fn import(&self, raw: &[u8]) -> Option<FakeCipher> {
        (raw.len() == 32).then(|| FakeCipher { key: raw[0], nonce: Cell::new(raw[0]) })
    }
    async fn wrap(&self, public: &[u8], raw: &[u8]) -> Option<Vec<u8>> {
        Some([public, raw].concat())
    }
    async fn unwrap(&self, wrapped: &[u8]) -> Option<Vec<u8>> {
        let (first, raw) = wrapped.split_first()?;
        (*first == self.mine).then(|| raw.to_vec())
    }
}

#[derive(Default)]
struct FakeLog {
    entries: RefCell<BTreeMap<String, Entry>>,
    writes: Cell<usize>,
}

impl Local for FakeLog {
    async fn all(&self) -> Result<Vec<Entry>, StoreError> {
        Ok(self.entries.borrow().values().cloned().collect())
    }
    async fn save(&self, entries: Vec<Entry>) -> Result<(), StoreError> {
        self.writes.set(self.writes.get() + 1);
        for e in entries {
            self.entries.borrow_mut().insert(e.id.clone(), e);
        }
        Ok(())
    }
}

struct Phone {
    keys: FakeKeys,
    ring: Keyring<FakeCipher>,
    log: FakeLog,
    progress: Progress,
    memory: Memory,
    me: Device,
}

impl Phone {
    /// A phone holding family key `key` (generation 1), with a key pair of its own.
    fn new(key: u8, name: &str) -> Phone {
        let mine = code::crc32(name.as_bytes()) as u8 | 1;
        Phone {
            keys: FakeKeys { mine },
            ring: Keyring::new(1, vec![key; 32], FakeCipher { key, nonce: Cell::new(key) }),
            log: FakeLog::default(),
            progress: Progress::default(),
            memory: Memory::default(),
            me: Device {
                id: format!("{:08x}", code::crc32(name.as_bytes())),
                name: name.into(),
                key: base64::encode(&[mine]),
            },
        }
    }
    fn cipher(&self) -> &FakeCipher {
        self.ring.current()
    }
    fn remove_unreadable(&mut self, server: &FakeCouch, now: Millis) -> Result<usize, Failure> {
        let link = Link { remote: server, keys: &self.keys, local: &self.log, me: &self.me };
        block_on(remove_unreadable(&link, &mut self.ring, &mut self.progress, now))
    }
    /// A run; what it had done when it stopped is in [`Phone::sync_full`].
    fn sync(&mut self, server: &FakeCouch, now: Millis) -> Result<Report, SyncError> {
        self.sync_full(server, now).map_err(|f| f.why)
    }
    fn sync_full(&mut self, server: &FakeCouch, now: Millis) -> Result<Report, Failure> {
        let link = Link { remote: server, keys: &self.keys, local: &self.log, me: &self.me };
        block_on(run(&link, &mut self.ring, &mut self.progress, &mut self.memory, now))
    }
    fn add(&self, e: Entry) {
        self.log.entries.borrow_mut().insert(e.id.clone(), e);
    }
    fn get(&self, id: &str) -> Option<Entry> {
        self.log.entries.borrow().get(id).cloned()
    }
    fn entries(&self) -> Vec<Entry> {
        self.log.entries.borrow().values().cloned().collect()
    }
    fn names(&self) -> Vec<&str> {
        self.progress.devices.iter().map(|d| d.name.as_str()).collect()
    }
}

/// An entry sealed the way a phone seals it (generation 1).
fn sealed_body(cipher: &FakeCipher, e: &Entry) -> Value {
    let sealed = block_on(cipher.seal(&e.id, &serde_json::to_vec(e).unwrap())).unwrap();
    body(&sealed, 1)
}

fn pumping(id: &str, at: Millis, notes: &str) -> Entry {
    let s = Session {
        kind: SessionKind::Pumping,
        start: at - 1_200_000,
        end: at,
        segments: vec![],
        left_ml: Some(Ml::whole(35)),
        right_ml: Some(Ml::whole(40)),
        notes: notes.into(),
        test_weight: None,
    };
    Entry::new(id.into(), at, Record::Session(s))
}

/// A started family: a server whose family document A wrote, and B joined.
fn family() -> (FakeCouch, Phone, Phone) {
    let server = FakeCouch::new(false);
    let (a, b) = (Phone::new(1, "Ana"), Phone::new(1, "Ben"));
    block_on(check_family(&server, a.cipher(), true)).unwrap();
    block_on(check_family(&server, b.cipher(), false)).unwrap();
    (server, a, b)
}

/// What the server holds, opened with the family key of generation `gen` held by `phone`.
fn server_entries(server: &FakeCouch, phone: &Phone) -> Vec<Entry> {
    server
        .bodies()
        .into_iter()
        .filter(|(id, _)| !id.starts_with("relact:"))
        .map(|(id, body)| {
            let Shape::Sealed(gen, sealed) = shape(&body) else { panic!("{id} is damaged") };
            let cipher = phone.ring.get(gen).unwrap_or_else(|| panic!("{id}: no key {gen}"));
            let plain = block_on(cipher.open(&aad(&id, gen), &sealed)).expect("opens");
            serde_json::from_slice(&plain).unwrap()
        })
        .collect()
}

#[test]
fn starting_joining_and_refusing_another_familys_code_or_a_second_start() {
    let server = FakeCouch::new(false);
    let a = Phone::new(1, "Ana");
    assert_eq!(block_on(check_family(&server, a.cipher(), false)), Err(SyncError::NotShared));
    block_on(check_family(&server, a.cipher(), true)).unwrap();
    assert_eq!(block_on(check_family(&server, a.cipher(), true)), Err(SyncError::AlreadyShared));
    assert_eq!(block_on(check_family(&server, a.cipher(), false)), Ok(1));
    let stranger = Phone::new(9, "Eve");
    assert_eq!(block_on(check_family(&server, stranger.cipher(), false)), Err(SyncError::WrongKey));
    let empty = FakeCouch::new(true);
    assert_eq!(block_on(check_family(&empty, a.cipher(), false)), Err(SyncError::NotShared));
    server.break_on("", Fault::Status(401));
    assert_eq!(block_on(check_family(&server, a.cipher(), false)), Err(SyncError::Unauthorized));
}

#[test]
fn both_phones_log_offline_then_both_see_both_and_the_names_of_each_other() {
    let (server, mut a, mut b) = family();
    a.add(pumping("a1", NOW - 100_000, "left sore"));
    a.add(wet("a2", NOW - 90_000));
    b.add(wet("b1", NOW - 80_000));
    a.sync(&server, NOW).unwrap();
    let r = b.sync(&server, NOW + 1).unwrap();
    assert_eq!(
        r,
        Report { pulled: 2, pushed: 2, skipped: 0 },
        "B pulls A's two, pushes its one + name"
    );
    a.sync(&server, NOW + 2).unwrap();
    assert_eq!(a.entries(), b.entries());
    assert_eq!(a.entries().len(), 3);
    assert_eq!(server_entries(&server, &a), a.entries());
    assert_eq!(a.names(), ["Ana", "Ben"]);
    // Nothing new: a quiet run writes nothing anywhere.
    let before = a.log.writes.get();
    assert_eq!(a.sync(&server, NOW + 3).unwrap(), Report::default());
    assert_eq!(a.log.writes.get(), before);
}

#[test]
fn the_server_never_holds_a_note_a_volume_or_a_time_in_clear() {
    let (server, mut a, _) = family();
    a.add(pumping("a1", NOW - 100_000, "left sore"));
    a.sync(&server, NOW).unwrap();
    let dump = serde_json::to_string(&server.bodies()).unwrap();
    for secret in ["left sore", "35", "40", &(NOW - 100_000).to_string(), "pumping", "Ana"] {
        assert!(!dump.contains(secret), "{secret} is readable on the server: {dump}");
    }
}

#[test]
fn both_edit_one_entry_offline_and_every_copy_ends_with_the_newer_edit() {
    let (server, mut a, mut b) = family();
    a.add(pumping("x", NOW - 100_000, "first"));
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    let base = b.get("x").unwrap();
    let rec = |notes: &str| match &base.record {
        Record::Session(s) => Record::Session(Session { notes: notes.into(), ..s.clone() }),
        _ => unreachable!(),
    };
    a.add(base.edited(NOW + 20, rec("A later")));
    b.add(base.edited(NOW + 10, rec("B earlier")));
    // B pushes last, over A's newer copy; A then sees its copy win and pushes it again.
    a.sync(&server, NOW + 30).unwrap();
    b.sync(&server, NOW + 31).unwrap();
    a.sync(&server, NOW + 32).unwrap();
    b.sync(&server, NOW + 33).unwrap();
    let winner = a.get("x").unwrap();
    assert_eq!(winner.updated, NOW + 20);
    assert_eq!(b.get("x"), Some(winner.clone()));
    assert_eq!(server_entries(&server, &a), vec![winner]);
}

#[test]
fn a_conflict_on_the_server_is_resolved_by_the_merge_rule_and_its_losers_removed() {
    let (server, mut a, mut b) = family();
    a.add(wet("x", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    let newer = a.get("x").unwrap().with_deleted(NOW + 50, true);
    server.add_conflict("x", sealed_body(a.cipher(), &newer));
    assert_eq!(server.live_leaves("x"), 2);
    b.sync(&server, NOW + 60).unwrap();
    assert_eq!(server.live_leaves("x"), 1, "the losing revision was deleted");
    assert_eq!(b.get("x"), Some(newer.clone()), "the newer deletion won on B");
    a.sync(&server, NOW + 61).unwrap();
    assert_eq!(a.get("x"), Some(newer.clone()), "and travels to A");
    assert_eq!(server_entries(&server, &a), vec![newer]);
}

#[test]
fn a_deletion_on_one_phone_reaches_the_other() {
    let (server, mut a, mut b) = family();
    a.add(wet("x", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    a.add(a.get("x").unwrap().with_deleted(NOW + 5, true));
    a.sync(&server, NOW + 6).unwrap();
    b.sync(&server, NOW + 7).unwrap();
    assert!(b.get("x").unwrap().deleted);
}

#[test]
fn every_kind_of_bad_answer_stops_the_run_writes_nothing_and_the_next_sane_run_catches_up() {
    let (server, mut a, mut b) = family();
    a.add(wet("a1", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    let cases = [
        (Fault::NoAnswer, SyncError::Offline),
        (Fault::Status(401), SyncError::Unauthorized),
        (Fault::Status(500), SyncError::Server),
        (Fault::Status(503), SyncError::Server),
        (Fault::Html, SyncError::NotCouch),
        (Fault::Truncated, SyncError::Truncated),
    ];
    for (fault, expected) in cases {
        server.break_on("_changes", fault);
        assert_eq!(b.sync(&server, NOW + 1), Err(expected), "{fault:?}");
        assert!(b.entries().is_empty(), "{fault:?} wrote something");
        assert_eq!(b.progress.since, None, "{fault:?} moved the sequence");
    }
    server.heal();
    b.sync(&server, NOW + 2).unwrap();
    assert_eq!(b.entries(), a.entries());
}

#[test]
fn garbage_another_keys_or_a_moved_document_costs_that_document_only_and_can_be_removed() {
    let (server, mut a, _) = family();
    a.add(wet("a1", NOW - 100_000));
    a.add(wet("a2", NOW - 90_000));
    a.add(wet("a3", NOW - 80_000));
    a.sync(&server, NOW).unwrap();
    let good = server.bodies()["a1"].clone();
    let stranger = FakeCipher { key: 9, nonce: Cell::new(0) };
    let foreign = sealed_body(&stranger, &wet("a1", NOW - 100_000));
    let bad_bodies = [
        json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "garbage!"}),
        json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "Z2FyYmFnZSBnYXJiYWdl"}),
        json!({"note": "left sore"}),
        json!({"v": 1, "k": 7, "iv": good["iv"], "ct": good["ct"]}), // a generation never announced
        foreign,
        server.bodies()["a2"].clone(), // a2's body under a1's id: the id is authenticated
    ];
    for bad in bad_bodies {
        server.overwrite("a1", bad.clone());
        let mut fresh = Phone::new(1, "Ben");
        let r = fresh.sync(&server, NOW + 1).unwrap();
        assert_eq!((r.pulled, r.skipped), (2, 1), "{bad}");
        let ids: Vec<String> = fresh.entries().into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["a2", "a3"], "{bad}");
        assert_eq!(fresh.progress.unreadable, ["a1"], "{bad}");
        // The position moved past it: the next run is quiet and still says it.
        assert_eq!(fresh.sync(&server, NOW + 2).unwrap(), Report::default());
        assert_eq!(fresh.progress.unreadable, ["a1"]);
    }
    // Fixed on the server (by a phone that holds a good copy): no longer counted.
    let mut ben = Phone::new(1, "Ben");
    ben.sync(&server, NOW + 3).unwrap();
    server.overwrite("a1", good);
    ben.sync(&server, NOW + 4).unwrap();
    assert!(ben.progress.unreadable.is_empty());
    assert_eq!(ben.entries(), a.entries());
    // Damaged again, then removed from the server by the parent's choice; A's copy goes back up.
    server.overwrite("a1", json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "Z2FyYmFnZSBnYXJiYWdl"}));
    ben.sync(&server, NOW + 5).unwrap();
    assert_eq!(ben.progress.unreadable, ["a1"]);
    let removed = ben.remove_unreadable(&server, NOW + 6).unwrap();
    assert_eq!(removed, 1);
    assert!(ben.progress.unreadable.is_empty());
    assert!(!server.bodies().contains_key("a1"));
    ben.sync(&server, NOW + 7).unwrap();
    assert_eq!(server_entries(&server, &a).len(), 3, "Ben's own copy of a1 went back up");
    // Removed while only A held a good copy: A puts it back, and a phone that never had it gets it.
    server.overwrite("a1", json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "Z2FyYmFnZSBnYXJiYWdl"}));
    let mut cleo = Phone::new(1, "Cleo");
    cleo.sync(&server, NOW + 8).unwrap();
    assert_eq!(cleo.remove_unreadable(&server, NOW + 9), Ok(1));
    assert!(!server.bodies().contains_key("a1"));
    a.sync(&server, NOW + 10).unwrap();
    cleo.sync(&server, NOW + 11).unwrap();
    assert_eq!(cleo.get("a1"), a.get("a1"));
}

#[test]
fn removing_skips_nothing_that_opens_now() {
    let (server, mut a, mut b) = family();
    a.add(wet("a1", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    let good = server.bodies()["a1"].clone();
    server.overwrite("a1", json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "Z2FyYmFnZSBnYXJiYWdl"}));
    b.sync(&server, NOW + 1).unwrap();
    assert_eq!(b.progress.unreadable, ["a1"]);
    server.overwrite("a1", good); // repaired before the parent chose to remove
    assert_eq!(b.remove_unreadable(&server, NOW + 2), Ok(0));
    assert!(b.progress.unreadable.is_empty());
    assert!(server.bodies().contains_key("a1"), "a document that opens is never removed");
}

#[test]
fn an_entry_that_breaks_the_rules_is_skipped_like_a_bad_backup_entry_and_the_rest_arrive() {
    let (server, mut a, mut b) = family();
    a.add(wet("a1", NOW - 100_000));
    a.add(wet("a2", NOW - 90_000));
    a.sync(&server, NOW).unwrap();
    let mut bad = wet("a1", NOW - 100_000);
    bad.updated = NOW + 10 * crate::domain::HOUR * 24; // from the future
    server.overwrite("a1", sealed_body(a.cipher(), &bad));
    let r = b.sync(&server, NOW + 1).unwrap();
    assert_eq!((r.pulled, r.skipped), (1, 1));
    assert_eq!(b.entries(), vec![a.get("a2").unwrap()]);
    assert_eq!(b.progress.unreadable, ["a1"]);
}

#[test]
fn a_document_from_a_newer_relact_stops_the_run_before_anything_is_written() {
    let (server, mut a, mut b) = family();
    a.add(wet("a1", NOW - 100_000));
    a.add(wet("a2", NOW - 90_000));
    a.sync(&server, NOW).unwrap();
    server.overwrite("a1", json!({"v": 2, "format": "something new"}));
    assert_eq!(b.sync(&server, NOW + 1), Err(SyncError::Newer));
    assert!(b.entries().is_empty());
    assert_eq!(b.progress.since, None, "skipping it could lose what it holds: not passed");
    assert!(!SyncError::Newer.heals());
}

#[test]
fn a_push_whose_answer_is_lost_leaves_nothing_lost_or_twice_after_the_next_run() {
    let (server, mut a, mut b) = family();
    for i in 0..5 {
        a.add(wet(format!("a{i}"), NOW - 100_000 + i));
    }
    server.break_on("_bulk_docs", Fault::AppliedThenLost);
    // The server has them; the phone cannot know: "may have received", never "nothing changed".
    assert_eq!(a.sync(&server, NOW), Err(SyncError::Unconfirmed));
    assert_eq!(server_entries(&server, &a).len(), 5);
    server.heal();
    a.sync(&server, NOW + 1).unwrap();
    b.sync(&server, NOW + 2).unwrap();
    assert_eq!(b.entries(), a.entries());
    assert_eq!(server_entries(&server, &a), a.entries());
    // A pull cut off in the middle changes nothing either.
    a.add(wet("late", NOW + 3));
    a.sync(&server, NOW + 4).unwrap();
    server.break_on("_changes", Fault::AppliedThenLost);
    assert_eq!(b.sync(&server, NOW + 5), Err(SyncError::Dropped));
    server.heal();
    b.sync(&server, NOW + 6).unwrap();
    assert_eq!(b.entries(), a.entries());
}

#[test]
fn a_large_log_goes_in_pages_and_batches_and_one_new_entry_costs_one_document() {
    let (server, mut a, mut b) = family();
    let n = 2 * PAGE + 17;
    for i in 0..n {
        a.add(wet(format!("e{i:05}"), NOW - 10_000_000 + i as Millis));
    }
    let r = a.sync(&server, NOW).unwrap();
    assert_eq!(r.pushed, n + 1, "every entry and the phone's name");
    // Its own writes are skipped without downloading them: the family document, n entries, a name.
    assert_eq!(a.progress.since, Some(json!(n as u64 + 2)));
    let r = b.sync(&server, NOW + 1).unwrap();
    assert_eq!(r.pulled, n);
    assert_eq!(b.entries(), a.entries());
    let pages = server.requests.borrow().iter().filter(|p| *p == "_changes").count();
    assert!(pages >= 3, "{pages} pages");
    a.add(wet("one", NOW + 2));
    assert_eq!(a.sync(&server, NOW + 3).unwrap(), Report { pulled: 0, pushed: 1, skipped: 0 });
    assert_eq!(b.sync(&server, NOW + 4).unwrap(), Report { pulled: 1, pushed: 0, skipped: 0 });
}

#[test]
fn entries_imported_from_a_backup_after_sharing_began_are_pushed_too() {
    let (server, mut a, mut b) = family();
    a.add(wet("a1", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    // An old backup: its stamps are all before the last push.
    let old = wet("old", NOW - 500_000);
    a.add(old.clone());
    a.sync(&server, NOW + 10).unwrap();
    b.sync(&server, NOW + 11).unwrap();
    assert_eq!(b.get("old"), Some(old));
}

#[test]
fn a_milestone_marked_on_phone_a_is_on_phone_bs_timeline_and_its_removal_travels_too() {
    use crate::domain::milestones::{timeline, Kind, Milestone};
    use chrono::NaiveDate;
    use chrono_tz::Europe::London;
    let (server, mut a, mut b) = family();
    let day = NaiveDate::from_ymd_opt(2026, 5, 27).unwrap();
    let today = day.succ_opt().unwrap();
    let own =
        Milestone::from_form(&London, Kind::Own, day, "Latched for ten minutes", NOW).unwrap();
    let let_down = Milestone::from_form(&London, Kind::LetDown, day, "", NOW).unwrap();
    a.add(Entry::milestone(own, NOW - 20));
    a.add(Entry::milestone(let_down.clone(), NOW - 10));
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    let marked = |p: &Phone| -> Vec<(Kind, NaiveDate, String)> {
        timeline(&London, &p.entries(), None, None, today)
            .reached
            .into_iter()
            .filter(|r| !r.from_log)
            .map(|r| (r.kind, r.date, r.text))
            .collect()
    };
    let both = vec![
        (Kind::LetDown, day, String::new()),
        (Kind::Own, day, "Latched for ten minutes".to_string()),
    ];
    assert_eq!(marked(&b), both);
    // Taken back on B: gone from A's timeline after the next runs.
    let gone = b.get(&let_down.id()).unwrap().with_deleted(NOW + 5, true);
    b.add(gone);
    b.sync(&server, NOW + 6).unwrap();
    a.sync(&server, NOW + 7).unwrap();
    assert_eq!(marked(&a), both[1..].to_vec());
    assert_eq!(a.entries(), b.entries());
}

#[test]
fn two_phones_moving_the_same_old_tick_into_the_log_end_with_one_entry() {
    use crate::domain::milestones::{JournalV1, Kind, Ticked};
    use chrono::NaiveDate;
    use chrono_tz::Europe::London;
    let (server, mut a, mut b) = family();
    let tick = |kind, text: &str| Ticked {
        kind,
        date: NaiveDate::from_ymd_opt(2026, 5, 20).unwrap(),
        text: text.into(),
    };
    let old = JournalV1 {
        ticked: vec![tick(Kind::LetDown, ""), tick(Kind::Own, "First smile at the breast")],
        celebrated: vec![],
    };
    // Sharing is under way: both have synced before, so the moved entries, stamped with their
    // old day, are older than the last push and must still go up.
    a.add(wet("d", NOW - 100_000));
    a.sync(&server, NOW - 50_000).unwrap();
    b.sync(&server, NOW - 40_000).unwrap();
    // Both phones had the same ticks (ticked on each, say) and move them on their own.
    for p in [&a, &b] {
        let moved = old.moved(&London, &p.entries(), NOW);
        assert_eq!(moved.entries.len(), 2);
        for e in moved.entries {
            p.add(e);
        }
    }
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    a.sync(&server, NOW + 2).unwrap();
    assert_eq!(a.entries().len(), 3, "the diaper and one entry per tick");
    assert_eq!(a.entries(), b.entries());
    assert_eq!(server_entries(&server, &a), a.entries());
    // Once shared, moving again (a retry after a failed write) adds nothing.
    assert!(old.moved(&London, &b.entries(), NOW + 3).entries.is_empty());
}

#[test]
fn a_connection_dropped_after_a_page_keeps_that_page_and_says_how_much_arrived() {
    let (server, mut a, mut b) = family();
    for i in 0..PAGE + 10 {
        a.add(wet(format!("e{i:05}"), NOW - 10_000_000 + i as Millis));
    }
    a.sync(&server, NOW).unwrap();
    // Page one is the family document (1), A's name (2) and 998 entries; page two dies.
    server.break_on(&format!("since={PAGE}&"), Fault::AppliedThenLost);
    let stopped = b.sync_full(&server, NOW + 1).unwrap_err();
    assert_eq!(stopped.why, SyncError::Dropped);
    assert_eq!(stopped.done.pulled, PAGE - 2);
    assert_eq!(b.entries().len(), PAGE - 2, "the merged page stays merged");
    assert_eq!(b.progress.since, Some(json!(PAGE)));
    server.heal();
    assert_eq!(b.sync(&server, NOW + 2).unwrap().pulled, 12);
    assert_eq!(b.entries(), a.entries());
}

#[test]
fn listening_hears_a_partners_change_and_nothing_else() {
    let (server, mut a, mut b) = family();
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    a.sync(&server, NOW + 2).unwrap();
    assert_eq!(block_on(changed(&server, &b.progress)), Ok(false));
    a.add(wet("a1", NOW + 3));
    a.sync(&server, NOW + 4).unwrap();
    assert_eq!(block_on(changed(&server, &a.progress)), Ok(false), "its own write is no news");
    assert_eq!(block_on(changed(&server, &b.progress)), Ok(true));
    assert!(server.requests.borrow().iter().any(|p| p == "_changes"));
    server.break_on("_changes", Fault::NoAnswer);
    assert_eq!(block_on(changed(&server, &b.progress)), Err(SyncError::Offline));
}

#[test]
fn check_this_server_says_what_works_before_anything_is_written() {
    let new = FakeCouch::new(false);
    assert_eq!(block_on(check_server(&new)), ServerCheck::NoDatabaseYet);
    let empty = FakeCouch::new(true);
    assert_eq!(block_on(check_server(&empty)), ServerCheck::Ready);
    assert!(empty.bodies().is_empty(), "the check writes nothing");
    let (shared, _, _) = family();
    assert_eq!(block_on(check_server(&shared)), ServerCheck::Shared);
    let cases = [
        (Fault::Status(401), SyncError::Unauthorized),
        (Fault::NoAnswer, SyncError::Offline),
        (Fault::Html, SyncError::NotCouch),
        (Fault::Status(500), SyncError::Server),
    ];
    for (fault, why) in cases {
        empty.break_on("", fault);
        assert_eq!(block_on(check_server(&empty)), ServerCheck::Problem(why), "{fault:?}");
    }
}

#[test]
fn each_setup_error_belongs_next_to_the_field_that_fixes_it() {
    use code::CodeError as C;
    let start = |e: SetupError| e.field(false);
    assert_eq!(start(SetupError::Code(C::BadServer)), Field::Server);
    assert_eq!(start(SetupError::Code(C::BadDatabase)), Field::Database);
    assert_eq!(start(SetupError::Sync(SyncError::Unauthorized)), Field::Login);
    assert_eq!(start(SetupError::Sync(SyncError::Offline)), Field::Server);
    assert_eq!(start(SetupError::Sync(SyncError::NotCouch)), Field::Server);
    assert_eq!(start(SetupError::Sync(SyncError::AlreadyShared)), Field::Database);
    assert_eq!(start(SetupError::NoCrypto), Field::Form);
    assert_eq!(SetupError::Sync(SyncError::WrongKey).field(true), Field::Code);
    assert_eq!(SetupError::Code(C::Mistyped).field(true), Field::Code);
}

#[test]
fn a_name_written_by_an_older_relact_still_reads() {
    let (server, a, mut b) = family();
    let sealed = block_on(a.cipher().seal("relact:device:old", b"Grandma's phone")).unwrap();
    server.overwrite("relact:device:old", body(&sealed, 1));
    b.sync(&server, NOW).unwrap();
    assert_eq!(b.names(), ["Ben", "Grandma's phone"]);
}

/// Three phones share; A removes C. A and B carry on under a new key that C's key does not
/// open; C is told it was removed; nothing is lost on A or B.
#[test]
fn removing_a_phone_gives_the_others_a_new_key_that_the_removed_phone_cannot_open() {
    let (server, mut a, mut b) = family();
    let mut c = Phone::new(1, "Cleo");
    block_on(check_family(&server, c.cipher(), false)).unwrap();
    a.add(wet("a1", NOW - 100_000));
    c.add(wet("c1", NOW - 90_000));
    for _ in 0..2 {
        for p in [&mut a, &mut b, &mut c] {
            p.sync(&server, NOW).unwrap();
        }
    }
    assert_eq!(a.names(), ["Ana", "Ben", "Cleo"]);
    assert_eq!(b.entries().len(), 2);

    let c_id = c.me.id.clone();
    let link = Link { remote: &server, keys: &a.keys, local: &a.log, me: &a.me };
    let (_, keyless) = block_on(remove_device(
        &link,
        &mut a.ring,
        &mut a.progress,
        &mut a.memory,
        &c_id,
        vec![42; 32],
        NOW + 10,
    ))
    .unwrap();
    assert_eq!(keyless, 0);
    assert_eq!((a.ring.gen(), a.ring.changed), (2, true));
    assert_eq!(a.names(), ["Ana", "Ben"]);
    // Every entry on the server is sealed with the new key now.
    for (id, doc) in server.bodies() {
        if id != KEYS_DOC && !id.starts_with(DEVICE_PREFIX) {
            assert_eq!(doc["k"], json!(2), "{id} is still under the old key");
        }
    }
    assert!(!server.bodies().contains_key(&format!("{DEVICE_PREFIX}{c_id}")));

    // B learns the new key on its next run, and what it writes A can read.
    b.add(wet("b1", NOW + 20));
    b.sync(&server, NOW + 21).unwrap();
    assert_eq!(b.ring.gen(), 2);
    assert_eq!(b.names(), ["Ana", "Ben"]);
    a.sync(&server, NOW + 22).unwrap();
    assert!(a.get("b1").is_some());
    assert_eq!(a.entries(), b.entries());
    let b1 = &server.bodies()["b1"];
    assert_eq!(b1["k"], json!(2));

    // C: nothing new opens with its key, and its next run says it was removed.
    let Shape::Sealed(_, sealed) = shape(b1) else { panic!() };
    assert_eq!(block_on(c.cipher().open(&aad("b1", 2), &sealed)), None);
    assert_eq!(block_on(c.cipher().open("b1", &sealed)), None);
    assert_eq!(c.sync(&server, NOW + 23), Err(SyncError::Removed));
    assert!(c.get("b1").is_none());
    assert!(!SyncError::Removed.heals());
    // And C's old code no longer joins.
    let late = Phone::new(1, "Late");
    assert_eq!(block_on(check_family(&server, late.cipher(), false)), Err(SyncError::WrongKey));
    // The new key's code joins, at generation 2.
    let joined = FakeCipher { key: 42, nonce: Cell::new(0) };
    assert_eq!(block_on(check_family(&server, &joined, false)), Ok(2));
}

#[test]
fn a_ring_lists_its_keys_oldest_first_each_once() {
    let key = |k: u8| FakeCipher { key: k, nonce: Cell::new(k) };
    let mut ring = Keyring::new(3, vec![3], key(3));
    ring.insert(1, vec![1], key(1), false);
    ring.insert(5, vec![5], key(5), true);
    ring.insert(2, vec![2], key(2), false);
    ring.insert(1, vec![11], key(11), false);
    assert_eq!(ring.raws(), [(1, vec![11]), (2, vec![2]), (3, vec![3]), (5, vec![5])]);
    assert_eq!((ring.gen(), ring.oldest(), ring.current().key), (5, 1, 5));
    assert_eq!(ring.get(1).map(|c| c.key), Some(11));
    assert!(ring.get(4).is_none());
}

#[test]
fn the_ring_of_older_keys_is_written_as_serde_writes_the_map() {
    let raws = vec![(1, vec![0xfb; 32]), (2, vec![7; 32]), (10, vec![0xff, 0xee]), (11, vec![])];
    let map: BTreeMap<u32, String> =
        raws.iter().map(|(g, raw)| (*g, base64::encode(raw))).collect();
    assert_eq!(keys::ring_text(&raws), serde_json::to_vec(&map).unwrap());
    assert_eq!(keys::ring_text(&[]), b"{}");
}

#[test]
fn a_key_change_that_does_not_prove_it_knew_the_old_key_is_refused() {
    let (server, mut a, mut b) = family();
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    // Someone who knows B's public key but not the family key writes a "new key" for B.
    let theirs = FakeCipher { key: 66, nonce: Cell::new(0) };
    let ring = serde_json::to_vec(&json!({"1": base64::encode(&[99; 32])})).unwrap();
    let sealed_ring = block_on(theirs.seal(&aad(KEYS_DOC, 2), &ring)).unwrap();
    let wrapped = block_on(b.keys.wrap(&[b.keys.mine], &[66; 32])).unwrap();
    let forged = json!({"v": 1, "k": 2, "to": {b.me.id.clone(): base64::encode(&wrapped)},
        "ring": body(&sealed_ring, 2)});
    server.overwrite(KEYS_DOC, forged);
    assert_eq!(b.sync(&server, NOW + 2), Err(SyncError::KeyChangeRefused));
    assert_eq!(b.ring.gen(), 1);
}

/// The ring of older keys must be generations and keys only; a well-formed one is taken.
#[test]
fn a_key_change_whose_ring_holds_anything_else_is_refused() {
    let (server, mut a, mut b) = family();
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    let new = FakeCipher { key: 66, nonce: Cell::new(0) };
    let wrapped = base64::encode(&block_on(b.keys.wrap(&[b.keys.mine], &[66; 32])).unwrap());
    let old = base64::encode(&[1; 32]);
    let rings = [
        (json!({"1": old, "x": old}), Err(SyncError::KeyChangeRefused)),
        (json!({"1": old, "0": 7}), Err(SyncError::KeyChangeRefused)),
        (json!([old]), Err(SyncError::KeyChangeRefused)),
        (json!({"1": old}), Ok(())),
    ];
    for (i, (ring, said)) in rings.into_iter().enumerate() {
        let text = serde_json::to_vec(&ring).unwrap();
        let sealed = block_on(new.seal(&aad(KEYS_DOC, 2), &text)).unwrap();
        let doc =
            json!({"v": 1, "k": 2, "to": {b.me.id.clone(): wrapped}, "ring": body(&sealed, 2)});
        server.overwrite(KEYS_DOC, doc);
        assert_eq!(b.sync(&server, NOW + 2 + i as Millis).map(|_| ()), said, "{ring}");
        assert_eq!(b.ring.gen(), if said.is_ok() { 2 } else { 1 });
    }
}

#[test]
fn a_volume_typed_in_ounces_reaches_the_other_phone_to_the_hundredth() {
    let (server, mut a, mut b) = family();
    let mut quarter = pumping("q1", NOW - 100_000, "");
    if let Record::Session(s) = &mut quarter.record {
        // 2.25 oz and 0.25 oz as ounce fields store them: 66.54 ml and 7.39 ml.
        (s.left_ml, s.right_ml) = (Some(Ml::from_hundredths(6654)), Some(Ml::from_hundredths(739)));
    }
    a.add(quarter.clone());
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    assert_eq!(b.get("q1"), Some(quarter));
}
