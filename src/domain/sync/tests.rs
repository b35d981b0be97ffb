//! The protocol against the in-memory CouchDB: two phones with a fake cipher and log each.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::fake::{FakeCouch, Fault};
use super::*;
use crate::domain::entry::{Diaper, Record, Session, SessionKind};

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
    cipher: FakeCipher,
    log: FakeLog,
    progress: Progress,
    memory: Memory,
    me: Device,
}

impl Phone {
    fn new(key: u8, name: &str) -> Phone {
        Phone {
            cipher: FakeCipher { key, nonce: Cell::new(key) },
            log: FakeLog::default(),
            progress: Progress::default(),
            memory: Memory::default(),
            me: Device { id: format!("{:08x}", code::crc32(name.as_bytes())), name: name.into() },
        }
    }
    fn sync(&mut self, server: &FakeCouch, now: Millis) -> Result<Report, SyncError> {
        block_on(run(
            server,
            &self.cipher,
            &self.log,
            &mut self.progress,
            &mut self.memory,
            &self.me,
            now,
        ))
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
}

fn diaper(id: &str, at: Millis) -> Entry {
    Entry::new(
        id.into(),
        at,
        Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
    )
}

fn pumping(id: &str, at: Millis, notes: &str) -> Entry {
    let s = Session {
        kind: SessionKind::Pumping,
        start: at - 1_200_000,
        end: at,
        segments: vec![],
        left_ml: Some(35),
        right_ml: Some(40),
        notes: notes.into(),
        test_weight: None,
    };
    Entry::new(id.into(), at, Record::Session(s))
}

/// A started family: a server whose family document A wrote, and B joined.
fn family() -> (FakeCouch, Phone, Phone) {
    let server = FakeCouch::new(false);
    let (a, b) = (Phone::new(1, "Ana"), Phone::new(1, "Ben"));
    block_on(check_family(&server, &a.cipher, true)).unwrap();
    block_on(check_family(&server, &b.cipher, false)).unwrap();
    (server, a, b)
}

/// What the server holds, opened with the family key.
fn server_entries(server: &FakeCouch, cipher: &FakeCipher) -> Vec<Entry> {
    server
        .bodies()
        .into_iter()
        .filter(|(id, _)| !id.starts_with("relact:"))
        .map(|(id, body)| block_on(open_entry(cipher, &id, &body)).unwrap())
        .collect()
}

#[test]
fn starting_joining_and_refusing_another_familys_code_or_a_second_start() {
    let server = FakeCouch::new(false);
    let a = Phone::new(1, "Ana");
    assert_eq!(block_on(check_family(&server, &a.cipher, false)), Err(SyncError::NotShared));
    block_on(check_family(&server, &a.cipher, true)).unwrap();
    assert_eq!(block_on(check_family(&server, &a.cipher, true)), Err(SyncError::AlreadyShared));
    assert_eq!(block_on(check_family(&server, &a.cipher, false)), Ok(()));
    let stranger = Phone::new(9, "Eve");
    assert_eq!(block_on(check_family(&server, &stranger.cipher, false)), Err(SyncError::WrongKey));
    let empty = FakeCouch::new(true);
    assert_eq!(block_on(check_family(&empty, &a.cipher, false)), Err(SyncError::NotShared));
    server.break_on("", Fault::Status(401));
    assert_eq!(block_on(check_family(&server, &a.cipher, false)), Err(SyncError::Unauthorized));
}

#[test]
fn both_phones_log_offline_then_both_see_both_and_the_names_of_each_other() {
    let (server, mut a, mut b) = family();
    a.add(pumping("a1", NOW - 100_000, "left sore"));
    a.add(diaper("a2", NOW - 90_000));
    b.add(diaper("b1", NOW - 80_000));
    a.sync(&server, NOW).unwrap();
    let r = b.sync(&server, NOW + 1).unwrap();
    assert_eq!(r, Report { pulled: 2, pushed: 2 }, "B pulls A's two and pushes its one + name");
    a.sync(&server, NOW + 2).unwrap();
    assert_eq!(a.entries(), b.entries());
    assert_eq!(a.entries().len(), 3);
    assert_eq!(server_entries(&server, &a.cipher), a.entries());
    let names: Vec<&str> = a.progress.devices.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben"]);
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
    assert_eq!(server_entries(&server, &a.cipher), vec![winner]);
}

#[test]
fn a_conflict_on_the_server_is_resolved_by_the_merge_rule_and_its_losers_removed() {
    let (server, mut a, mut b) = family();
    a.add(diaper("x", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    b.sync(&server, NOW + 1).unwrap();
    let newer = a.get("x").unwrap().with_deleted(NOW + 50, true);
    let sealed = block_on(a.cipher.seal("x", &serde_json::to_vec(&newer).unwrap())).unwrap();
    server.add_conflict("x", body(&sealed));
    assert_eq!(server.live_leaves("x"), 2);
    b.sync(&server, NOW + 60).unwrap();
    assert_eq!(server.live_leaves("x"), 1, "the losing revision was deleted");
    assert_eq!(b.get("x"), Some(newer.clone()), "the newer deletion won on B");
    a.sync(&server, NOW + 61).unwrap();
    assert_eq!(a.get("x"), Some(newer.clone()), "and travels to A");
    assert_eq!(server_entries(&server, &a.cipher), vec![newer]);
}

#[test]
fn a_deletion_on_one_phone_reaches_the_other() {
    let (server, mut a, mut b) = family();
    a.add(diaper("x", NOW - 100_000));
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
    a.add(diaper("a1", NOW - 100_000));
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
fn garbage_another_keys_or_a_moved_document_is_refused_and_nothing_is_written() {
    let (server, mut a, mut b) = family();
    a.add(diaper("a1", NOW - 100_000));
    a.add(diaper("a2", NOW - 90_000));
    a.sync(&server, NOW).unwrap();
    let good = server.bodies()["a1"].clone();
    let stranger = FakeCipher { key: 9, nonce: Cell::new(0) };
    let plain = serde_json::to_vec(&diaper("a1", NOW - 100_000)).unwrap();
    let foreign = body(&block_on(stranger.seal("a1", &plain)).unwrap());
    let bad_bodies = [
        json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "garbage!"}),
        json!({"v": 1, "iv": "AAAAAAAAAAAAAAAA", "ct": "Z2FyYmFnZSBnYXJiYWdl"}),
        json!({"note": "left sore"}),
        foreign,
        server.bodies()["a2"].clone(), // a2's body under a1's id: the id is authenticated
    ];
    for bad in bad_bodies {
        server.overwrite("a1", bad.clone());
        let mut fresh = Phone::new(1, "Ben");
        assert_eq!(fresh.sync(&server, NOW + 1), Err(SyncError::Unreadable), "{bad}");
        assert!(fresh.entries().is_empty(), "{bad}");
        assert_eq!(b.sync(&server, NOW + 1), Err(SyncError::Unreadable), "{bad}");
        assert!(b.entries().is_empty());
    }
    server.overwrite("a1", good);
    b.sync(&server, NOW + 2).unwrap();
    assert_eq!(b.entries(), a.entries());
}

#[test]
fn an_entry_that_breaks_the_rules_is_refused_like_a_bad_backup() {
    let (server, mut a, mut b) = family();
    a.add(diaper("a1", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    let mut bad = diaper("a1", NOW - 100_000);
    bad.updated = NOW + 10 * crate::domain::HOUR * 24; // from the future
    let sealed = block_on(a.cipher.seal("a1", &serde_json::to_vec(&bad).unwrap())).unwrap();
    server.overwrite("a1", body(&sealed));
    assert_eq!(b.sync(&server, NOW + 1), Err(SyncError::Unreadable));
    assert!(b.entries().is_empty());
}

#[test]
fn a_push_whose_answer_is_lost_leaves_nothing_lost_or_twice_after_the_next_run() {
    let (server, mut a, mut b) = family();
    for i in 0..5 {
        a.add(diaper(&format!("a{i}"), NOW - 100_000 + i));
    }
    server.break_on("_bulk_docs", Fault::AppliedThenLost);
    assert_eq!(a.sync(&server, NOW), Err(SyncError::Offline));
    server.heal();
    a.sync(&server, NOW + 1).unwrap();
    b.sync(&server, NOW + 2).unwrap();
    assert_eq!(b.entries(), a.entries());
    assert_eq!(server_entries(&server, &a.cipher), a.entries());
    // A pull cut off in the middle changes nothing either.
    a.add(diaper("late", NOW + 3));
    a.sync(&server, NOW + 4).unwrap();
    server.break_on("_changes", Fault::AppliedThenLost);
    assert_eq!(b.sync(&server, NOW + 5), Err(SyncError::Offline));
    server.heal();
    b.sync(&server, NOW + 6).unwrap();
    assert_eq!(b.entries(), a.entries());
}

#[test]
fn a_large_log_goes_in_pages_and_batches_and_one_new_entry_costs_one_document() {
    let (server, mut a, mut b) = family();
    let n = 2 * PAGE + 17;
    for i in 0..n {
        a.add(diaper(&format!("e{i:05}"), NOW - 10_000_000 + i as Millis));
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
    a.add(diaper("one", NOW + 2));
    assert_eq!(a.sync(&server, NOW + 3).unwrap(), Report { pulled: 0, pushed: 1 });
    assert_eq!(b.sync(&server, NOW + 4).unwrap(), Report { pulled: 1, pushed: 0 });
}

#[test]
fn entries_imported_from_a_backup_after_sharing_began_are_pushed_too() {
    let (server, mut a, mut b) = family();
    a.add(diaper("a1", NOW - 100_000));
    a.sync(&server, NOW).unwrap();
    // An old backup: its stamps are all before the last push.
    let old = diaper("old", NOW - 500_000);
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
    a.add(own.entry(NOW - 20));
    a.add(let_down.clone().entry(NOW - 10));
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
    a.add(diaper("d", NOW - 100_000));
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
    assert_eq!(server_entries(&server, &a.cipher), a.entries());
    // Once shared, moving again (a retry after a failed write) adds nothing.
    assert!(old.moved(&London, &b.entries(), NOW + 3).entries.is_empty());
}
