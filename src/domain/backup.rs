//! Backups: one JSON file in an envelope (`app`, `schema`, `exported_at`, entries, settings),
//! checked completely before anything is stored, and merged by id so that importing the same file
//! twice changes nothing and two parents' files merge to the same result in either order.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::entry::Entry;
use super::invalid::Invalid;
use super::settings::Settings;
use super::Millis;

/// The `app` field every Relact backup carries.
pub const APP: &str = "relact";
/// The backup format this build writes. Older formats are migrated in [`migrate`]. Each version
/// that adds a kind of entry is raised, so a build that does not know it says the file is newer
/// instead of leaving those entries out as unreadable: version 2 added listed medicines
/// (`"type": "medicine"`), version 3 milestones marked by hand (`"type": "milestone"`), version 4
/// volumes to the hundredth of a millilitre (`"left_ml": 66.54`, see [`super::units::Ml`]), so
/// an amount typed in ounces reads back exactly; a build that knows only whole millilitres says
/// the file is newer instead of refusing those entries one by one.
pub const SCHEMA: u32 = 4;
/// Larger files are refused before parsing: two years of heavy use is a few megabytes.
pub const MAX_BYTES: usize = 30 * 1024 * 1024;
/// More entries than any real log could hold.
pub const MAX_ENTRIES: usize = 200_000;
/// Ids are random UUIDs; anything much longer is not one of ours.
pub const MAX_ID_CHARS: usize = 100;

/// The file as written.
#[derive(Serialize, Deserialize)]
pub struct Envelope {
    pub app: String,
    pub schema: u32,
    pub exported_at: Millis,
    pub entries: Vec<Entry>,
    #[serde(default)]
    pub settings: Option<Settings>,
}

/// The whole log and settings as a backup file.
pub fn export(entries: &[Entry], settings: &Settings, now: Millis) -> String {
    let envelope = Envelope {
        app: APP.into(),
        schema: SCHEMA,
        exported_at: now,
        entries: entries.to_vec(),
        settings: Some(settings.clone()),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Why a whole file was refused; `text::backup::refused` words each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    Empty,
    TooLarge,
    /// Not JSON at all, or cut off part-way.
    NotJson,
    /// Relact's own spreadsheet export (`.csv`): made for reading, not a backup to import.
    SpreadsheetExport,
    /// A broken character: half of a character written on its own (a lone surrogate escape such
    /// as `\ud800`), or bytes that are not UTF-8 text. The file was damaged or made by a program
    /// that mangled a character (an emoji, for example).
    BrokenCharacter,
    /// JSON, but not a Relact backup.
    NotRelact,
    /// Made by a newer Relact than this one.
    NewerVersion(u32),
    /// The envelope is there but its entries are not a list, or too many.
    BadEntries,
    /// Not one entry in the file could be used: each entry's position and why.
    NothingUsable(Vec<(usize, Rejected)>),
}

/// Why one entry of an otherwise good file was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    /// Wrong types, missing fields or numbers out of range.
    Unreadable,
    BadId,
    /// Its stamps are impossible (before 2000, in the future, or inconsistent).
    BadStamps,
    Invalid(Invalid),
}

/// A checked file: what can be used, what cannot and why.
#[derive(Debug, Default)]
pub struct Checked {
    pub accepted: Vec<Entry>,
    /// Position in the file and reason.
    pub rejected: Vec<(usize, Rejected)>,
    /// The plan and settings the file carries, read with the same defaults as stored settings
    /// and clamped; `None` when it has none or they cannot be read. Never applied by `read`: the
    /// parent chooses (see [`restored_settings`]).
    pub settings: Option<Settings>,
}

/// 1 January 2000: no entry can be older.
const EARLIEST: Millis = 946_684_800_000;

/// Brings an older backup's entries up to [`SCHEMA`], one version at a time; each version adds
/// its step here, with a test that reads a file of the version before.
fn migrate(mut value: Value, from: u32) -> Value {
    if from < 2 {
        value = from_1(value);
    }
    if from < 3 {
        value = from_2(value);
    }
    if from < 4 {
        value = from_3(value);
    }
    value
}

/// Version 1 → 2: version 2 only added a record type (`medicine`), so version 1's entries read as
/// they are. A `medicine` entry in a version-1 file was never written by Relact: it is left as it
/// is and checked like every other entry.
fn from_1(entries: Value) -> Value {
    entries
}

/// Version 2 → 3: version 3 only added a record type (`milestone`; the ticks a phone kept beside
/// the log move into it when the app starts, not through backups), so version 2's entries read as
/// they are. A `milestone` entry in an older file is checked like every other entry.
fn from_2(entries: Value) -> Value {
    entries
}

/// Version 3 → 4: version 4 lets a volume hold hundredths of a millilitre. Version 3 wrote whole
/// millilitres (`"ml": 30`), which version 4 reads as exactly that many: nothing to change.
fn from_3(entries: Value) -> Value {
    entries
}

fn check_entry(value: Value, now: Millis) -> Result<Entry, Rejected> {
    let entry: Entry = serde_json::from_value(value).map_err(|_| Rejected::Unreadable)?;
    if entry.id.is_empty()
        || entry.id.chars().count() > MAX_ID_CHARS
        || entry.id.chars().any(char::is_control)
    {
        return Err(Rejected::BadId);
    }
    let future = now + super::HOUR * 24;
    if entry.at != entry.record.at()
        || entry.created < EARLIEST
        || entry.updated < entry.created
        || entry.updated > future
        || entry.at < EARLIEST
    {
        return Err(Rejected::BadStamps);
    }
    // Notes are not searched for code: a list of bad words is never complete and would refuse a
    // parent's honest words. They are drawn as text everywhere (CSV cells are defused), and
    // `validate` refuses control characters no keyboard types.
    entry.record.validate(now).map_err(Rejected::Invalid)?;
    Ok(entry)
}

/// Reads a backup file as it came from the disk. Bytes that are not UTF-8 mean a damaged file:
/// decoding them leniently could slip replacement characters into a parent's notes.
pub fn read_bytes(bytes: &[u8], now: Millis) -> Result<Checked, Refused> {
    if bytes.len() > MAX_BYTES {
        return Err(Refused::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Refused::BrokenCharacter)?;
    read(text, now)
}

/// Reads and checks a backup file without storing anything.
pub fn read(raw: &str, now: Millis) -> Result<Checked, Refused> {
    if raw.trim().is_empty() {
        return Err(Refused::Empty);
    }
    if raw.len() > MAX_BYTES {
        return Err(Refused::TooLarge);
    }
    // Relact's spreadsheet export starts with its own column names: say what it is.
    if raw.trim_start_matches('\u{feff}').starts_with(&super::csv::HEADER[..4].join(",")) {
        return Err(Refused::SpreadsheetExport);
    }
    // serde_json refuses nesting deeper than 128 levels, so a deeply nested file cannot hurt.
    let value: Value = serde_json::from_str(raw).map_err(|e| why_not_json(&e))?;
    let Value::Object(mut envelope) = value else { return Err(Refused::NotRelact) };
    if envelope.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(Refused::NotRelact);
    }
    let schema = match envelope.get("schema").and_then(Value::as_u64) {
        Some(v) if (1..=u32::MAX as u64).contains(&v) => v as u32,
        _ => return Err(Refused::NotRelact),
    };
    if schema > SCHEMA {
        return Err(Refused::NewerVersion(schema));
    }
    let Some(Value::Array(items)) = envelope.remove("entries").map(|e| migrate(e, schema)) else {
        return Err(Refused::BadEntries);
    };
    if items.len() > MAX_ENTRIES {
        return Err(Refused::BadEntries);
    }
    let mut checked = Checked {
        settings: envelope
            .remove("settings")
            .and_then(|v| serde_json::from_value::<Settings>(v).ok())
            .map(|mut s| {
                s.plan = s.plan.clamped();
                s
            }),
        ..Checked::default()
    };
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, item) in items.into_iter().enumerate() {
        match check_entry(item, now) {
            Ok(e) => match by_id.get(&e.id) {
                // The same id twice in one file: keep the copy that wins a merge.
                Some(&at) => {
                    if wins(&e, &checked.accepted[at]) {
                        checked.accepted[at] = e;
                    }
                }
                None => {
                    by_id.insert(e.id.clone(), checked.accepted.len());
                    checked.accepted.push(e);
                }
            },
            Err(why) => checked.rejected.push((i, why)),
        }
    }
    if checked.accepted.is_empty() && !checked.rejected.is_empty() {
        return Err(Refused::NothingUsable(checked.rejected));
    }
    Ok(checked)
}

/// Names what stopped the JSON from being read: a half character (serde_json refuses a lone
/// surrogate escape, which no text can hold) is not "cut off part-way".
fn why_not_json(e: &serde_json::Error) -> Refused {
    let message = e.to_string();
    if message.contains("surrogate") || message.contains("end of hex escape") {
        Refused::BrokenCharacter
    } else {
        Refused::NotJson
    }
}

/// The settings to use when the parent chooses to restore a backup's plan and settings over
/// `current`, or `None` when they are already the same (the plan's revision aside). The plan's
/// revision moves past both, so a calendar exported next replaces the events of either.
pub fn restored_settings(current: &Settings, incoming: &Settings) -> Option<Settings> {
    let mut next = incoming.clone();
    // The language is this phone's (a partner's backup may come from a phone in another one).
    next.language = current.language;
    next.plan = current.plan.clone();
    next.plan.edit(|plan| *plan = incoming.plan.clone());
    if next == *current {
        return None;
    }
    // Either phone may have exported a calendar: the next export replaces the events of both.
    next.plan.revision = current.plan.revision.max(incoming.plan.revision).saturating_add(1);
    Some(next)
}

/// Whether `a` should replace `b` (same id): the newer `updated` wins; a tie is broken by content,
/// so every phone picks the same copy whatever order files arrive in.
pub fn wins(a: &Entry, b: &Entry) -> bool {
    match a.updated.cmp(&b.updated) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        // The same copy (the usual case when a file is imported twice) needs no serialising.
        std::cmp::Ordering::Equal if a == b => false,
        std::cmp::Ordering::Equal => {
            let (ja, jb) = (
                serde_json::to_string(a).unwrap_or_default(),
                serde_json::to_string(b).unwrap_or_default(),
            );
            ja > jb
        }
    }
}

/// What an import would do, shown to the parent before anything is written.
#[derive(Debug, Default, PartialEq)]
pub struct MergePlan {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Exactly the entries to write.
    pub to_write: Vec<Entry>,
}

/// Compares incoming entries with what is stored.
pub fn merge(existing: &[Entry], incoming: &[Entry]) -> MergePlan {
    let stored: HashMap<&str, &Entry> = existing.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut plan = MergePlan::default();
    for e in incoming {
        match stored.get(e.id.as_str()) {
            None => {
                plan.new += 1;
                plan.to_write.push(e.clone());
            }
            Some(old) if wins(e, old) => {
                plan.updated += 1;
                plan.to_write.push(e.clone());
            }
            Some(_) => plan.unchanged += 1,
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Record, Weight};
    use crate::domain::units::Ml;

    const NOW: Millis = 1_780_000_000_000;

    fn diaper(id: &str, updated: Millis) -> Entry {
        let mut e = Entry::new(
            id.into(),
            NOW - 1000,
            Record::Diaper(Diaper { at: NOW - 1000, wet: true, dirty: false, dark_urine: false }),
        );
        e.updated = updated;
        e
    }

    fn apply(store: &mut Vec<Entry>, incoming: &[Entry]) {
        let plan = merge(store, incoming);
        for e in plan.to_write {
            store.retain(|s| s.id != e.id);
            store.push(e);
        }
        store.sort_by(|a, b| a.id.cmp(&b.id));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_even_inside_a_string() {
        let entries = vec![diaper("a", NOW - 10)];
        let file = export(&entries, &Settings::default(), NOW).replace("\"a\"", "\"a\u{1}\"");
        let mut bytes = file.into_bytes();
        let at = bytes.iter().position(|&b| b == 1).unwrap();
        bytes[at] = 0xff;
        assert_eq!(read_bytes(&bytes, NOW).unwrap_err(), Refused::BrokenCharacter);
        assert_eq!(read_bytes(&vec![b' '; MAX_BYTES + 1], NOW).unwrap_err(), Refused::TooLarge);
    }

    #[test]
    fn export_then_read_gives_back_every_entry() {
        let entries = vec![diaper("a", NOW - 10), diaper("b", NOW - 5).with_deleted(NOW - 1, true)];
        let file = export(&entries, &Settings::default(), NOW);
        let checked = read(&file, NOW).unwrap();
        assert_eq!(checked.accepted, entries);
        assert!(checked.rejected.is_empty());
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing() {
        let mut store = vec![diaper("a", NOW - 10)];
        let file = vec![diaper("a", NOW - 5), diaper("b", NOW - 5)];
        apply(&mut store, &file);
        let once = store.clone();
        let plan = merge(&store, &file);
        assert_eq!((plan.new, plan.updated, plan.unchanged), (0, 0, 2));
        apply(&mut store, &file);
        assert_eq!(store, once);
    }

    #[test]
    fn two_files_merge_to_the_same_result_in_either_order_and_tombstones_win_when_newer() {
        let mine = vec![
            diaper("a", NOW - 10),
            diaper("b", NOW - 9).with_deleted(NOW - 2, true),
            diaper("c", NOW - 8),
        ];
        let mut theirs_c = diaper("c", NOW - 8);
        if let Record::Diaper(d) = &mut theirs_c.record {
            d.dirty = true; // same stamp, different content: a tie both phones break the same way
        }
        let theirs =
            vec![diaper("a", NOW - 3), diaper("b", NOW - 5), theirs_c, diaper("d", NOW - 1)];
        let (mut one, mut two) = (Vec::new(), Vec::new());
        apply(&mut one, &mine);
        apply(&mut one, &theirs);
        apply(&mut two, &theirs);
        apply(&mut two, &mine);
        assert_eq!(one, two);
        assert!(
            one.iter().find(|e| e.id == "b").unwrap().deleted,
            "a newer delete is not undone by an older copy"
        );
        assert_eq!(one.iter().find(|e| e.id == "a").unwrap().updated, NOW - 3);
        assert_eq!(one.len(), 4);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let cases: Vec<(&str, Refused)> = vec![
            ("", Refused::Empty),
            ("   ", Refused::Empty),
            ("hello", Refused::NotJson),
            (r#"{"app":"relact","schema":1,"entries":[{"id":"a""#, Refused::NotJson),
            ("[1,2,3]", Refused::NotRelact),
            (r#"{"app":"other","schema":1,"entries":[]}"#, Refused::NotRelact),
            (r#"{"app":"relact","entries":[]}"#, Refused::NotRelact),
            (r#"{"app":"relact","schema":"1","entries":[]}"#, Refused::NotRelact),
            (r#"{"app":"relact","schema":0,"entries":[]}"#, Refused::NotRelact),
            (r#"{"app":"relact","schema":99,"entries":[]}"#, Refused::NewerVersion(99)),
            (r#"{"app":"relact","schema":1,"entries":{}}"#, Refused::BadEntries),
            (r#"{"app":"relact","schema":1}"#, Refused::BadEntries),
            (
                r#"{"app":"relact","schema":1,"entries":[1,"x",null]}"#,
                Refused::NothingUsable(vec![
                    (0, Rejected::Unreadable),
                    (1, Rejected::Unreadable),
                    (2, Rejected::Unreadable),
                ]),
            ),
        ];
        for (raw, why) in cases {
            assert_eq!(read(raw, NOW).err(), Some(why), "{raw}");
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(read(&deep, NOW).err(), Some(Refused::NotJson));
        let huge = "x".repeat(MAX_BYTES + 1);
        assert_eq!(read(&huge, NOW).err(), Some(Refused::TooLarge));
    }

    #[test]
    fn bad_entries_are_left_out_one_by_one_with_reasons() {
        let good = serde_json::to_value(diaper("good", NOW - 10)).unwrap();
        let mut wrong_type = good.clone();
        wrong_type["record"]["wet"] = Value::from("yes");
        let mut huge_number = good.clone();
        huge_number["at"] = serde_json::json!(1e300);
        let mut no_id = good.clone();
        no_id["id"] = Value::from("");
        let mut future = serde_json::to_value(Entry::new(
            "f".into(),
            NOW,
            Record::Weight(Weight { at: NOW + 86_400_000, grams: 3000 }),
        ))
        .unwrap();
        future["updated"] = Value::from(NOW);
        let mut mismatched = good.clone();
        mismatched["id"] = Value::from("m");
        mismatched["at"] = Value::from(NOW - 99_999);
        let mut nul = serde_json::to_value(Entry::new(
            "s".into(),
            NOW - 10,
            Record::Session(crate::domain::entry::Session {
                kind: crate::domain::entry::SessionKind::Pumping,
                start: NOW - 100_000,
                end: NOW - 10,
                segments: vec![],
                left_ml: None,
                right_ml: None,
                notes: "before\0after".into(),
                test_weight: None,
            }),
        ))
        .unwrap();
        nul["updated"] = Value::from(NOW - 10);
        let file = serde_json::json!({"app": "relact", "schema": 1, "exported_at": NOW,
            "entries": [good, wrong_type, huge_number, no_id, future, mismatched, nul]});
        let checked = read(&file.to_string(), NOW).unwrap();
        assert_eq!(checked.accepted.len(), 1);
        let reasons: Vec<Rejected> = checked.rejected.into_iter().map(|(_, r)| r).collect();
        assert_eq!(
            reasons,
            vec![
                Rejected::Unreadable,
                Rejected::Unreadable,
                Rejected::BadId,
                Rejected::Invalid(Invalid::InFuture),
                Rejected::BadStamps,
                Rejected::Invalid(Invalid::NotesControlCharacter),
            ]
        );
    }

    #[test]
    fn every_file_of_the_bad_backup_corpus_is_refused_or_partly_left_out() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-backups");
        let mut seen = 0;
        for file in std::fs::read_dir(dir).unwrap() {
            let path = file.unwrap().path();
            if path.file_name().unwrap() == "expected.json" {
                continue;
            }
            seen += 1;
            let raw = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            match read(&raw, NOW) {
                Err(_) => {}
                Ok(c) => assert!(!c.rejected.is_empty(), "{} was accepted whole", path.display()),
            }
        }
        assert!(seen >= 20, "the corpus has {seen} files");
    }

    /// Notes are text: the screens, printouts and CSV render them inertly, so an import keeps a
    /// parent's words exactly, even when they look like markup or a formula.
    #[test]
    fn notes_that_look_like_code_are_imported_verbatim_as_text() {
        use crate::domain::entry::{Method, Milk, Session, SessionKind, Supplement};
        let hostile = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<b onclick =alert(1)>tap</b>",
            "onerror = alert(1)",
            "<iframe src=x></iframe>",
            "=HYPERLINK(\"http://x\",\"y\")",
            "the <script> of the call with the consultant",
            "line one\nline two\tand a tab",
        ];
        let mut entries = Vec::new();
        for (i, notes) in hostile.iter().enumerate() {
            let at = NOW - 100_000 * (i as Millis + 2);
            let record = if i % 2 == 0 {
                Record::Session(Session {
                    kind: SessionKind::Pumping,
                    start: at,
                    end: at + 60_000,
                    segments: vec![],
                    left_ml: None,
                    right_ml: None,
                    notes: (*notes).into(),
                    test_weight: None,
                })
            } else {
                Record::Supplement(Supplement {
                    at,
                    ml: Ml::whole(30),
                    milk: Milk::Donor,
                    method: Method::Cup,
                    after_session: None,
                    notes: (*notes).into(),
                })
            };
            entries.push(Entry::new(format!("h{i}"), NOW - 10, record));
        }
        let checked = read(&export(&entries, &Settings::default(), NOW), NOW).unwrap();
        assert_eq!(checked.rejected, vec![]);
        assert_eq!(checked.accepted, entries, "every note kept exactly as written");
    }

    #[test]
    fn a_lone_surrogate_is_named_a_broken_character_not_a_cut_off_file() {
        let good = export(&[diaper("a", NOW - 10)], &Settings::default(), NOW);
        for broken in [r"\ud800", r"\udc00", r"\ud800\u0041", r"\ud800x"] {
            let file = good.replace("\"a\"", &format!("\"a{broken}\""));
            assert_eq!(read(&file, NOW).err(), Some(Refused::BrokenCharacter), "{broken}");
        }
        // A whole pair (an emoji) is fine, and a cut-off file is still said to be cut off.
        let emoji = good.replace("\"a\"", r#""a\ud83d\ude00""#);
        assert_eq!(read(&emoji, NOW).map(|c| c.accepted[0].id.clone()).ok(), Some("a😀".into()));
        assert_eq!(read(&good[..good.len() / 2], NOW).err(), Some(Refused::NotJson));
    }

    #[test]
    fn a_file_of_only_bad_entries_says_why_each_was_left_out() {
        let mut future = serde_json::to_value(diaper("f", NOW)).unwrap();
        future["at"] = Value::from(NOW + 86_400_000 * 3);
        future["record"]["at"] = Value::from(NOW + 86_400_000 * 3);
        let mut no_id = serde_json::to_value(diaper("x", NOW - 10)).unwrap();
        no_id["id"] = Value::from("");
        let file = serde_json::json!({"app": "relact", "schema": 1, "exported_at": NOW,
            "entries": [future, no_id]});
        let Err(Refused::NothingUsable(why)) = read(&file.to_string(), NOW) else {
            panic!("refused as nothing usable")
        };
        assert_eq!(why, vec![(0, Rejected::Invalid(Invalid::InFuture)), (1, Rejected::BadId)]);
    }

    #[test]
    fn a_backups_settings_never_change_this_phones_language() {
        use crate::domain::language::Language;
        let mine = Settings { language: Some(Language::Spanish), ..Settings::default() };
        let theirs = Settings { language: Some(Language::Arabic), ..Settings::default() };
        assert_eq!(restored_settings(&mine, &theirs), None, "nothing else differs");
        let theirs = Settings { chime: false, ..theirs };
        let restored = restored_settings(&mine, &theirs).unwrap();
        assert_eq!((restored.language, restored.chime), (Some(Language::Spanish), false));
    }

    #[test]
    fn a_backups_plan_and_settings_are_read_but_applied_only_when_chosen() {
        use crate::domain::units::Volume;
        let theirs = Settings {
            volume: Volume::Oz,
            plan: crate::domain::plan::Plan {
                sessions_per_day: 10,
                revision: 4,
                ..Default::default()
            },
            ..Settings::default()
        };
        let file = export(&[diaper("a", NOW - 10)], &theirs, NOW);
        let checked = read(&file, NOW).unwrap();
        assert_eq!(checked.settings.as_ref().map(|s| s.plan.sessions_per_day), Some(10));

        let mine = Settings {
            plan: crate::domain::plan::Plan { revision: 7, ..Default::default() },
            ..Settings::default()
        };
        let restored = restored_settings(&mine, &theirs).unwrap();
        assert_eq!((restored.volume, restored.plan.sessions_per_day), (Volume::Oz, 10));
        assert_eq!(restored.plan.revision, 8, "past both, so a calendar export replaces events");
        // The same settings again: nothing to offer.
        assert_eq!(restored_settings(&restored, &theirs), None);

        // A file without settings, or with unreadable ones, offers nothing; the entries still come.
        let bare = r#"{"app":"relact","schema":1,"entries":[]}"#;
        assert!(read(bare, NOW).unwrap().settings.is_none());
        let odd = r#"{"app":"relact","schema":1,"entries":[],"settings":{"volume":"gallons"}}"#;
        assert!(read(odd, NOW).unwrap().settings.is_none());
        // A hand-edited plan is brought into range before it is offered.
        let wild = r#"{"app":"relact","schema":1,"entries":[],"settings":{"plan":{"sessions_per_day":200}}}"#;
        let plan = read(wild, NOW).unwrap().settings.map(|s| s.plan.sessions_per_day);
        assert!(plan.is_some_and(|n| n <= 12), "{plan:?}");
    }

    #[test]
    fn the_same_id_twice_in_one_file_keeps_the_newer_copy() {
        let file =
            export(&[diaper("a", NOW - 10), diaper("a", NOW - 2)], &Settings::default(), NOW);
        let checked = read(&file, NOW).unwrap();
        assert_eq!(checked.accepted.len(), 1);
        assert_eq!(checked.accepted[0].updated, NOW - 2);
    }

    #[test]
    fn a_schema_1_backup_still_loads_unchanged() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/backup-schema-1.json");
        let raw = std::fs::read_to_string(path).unwrap();
        let checked = read(&raw, NOW).unwrap();
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        assert_eq!(checked.accepted.len(), 3);
        let Record::Session(s) = &checked.accepted[0].record else { panic!("a session") };
        assert_eq!((s.left_ml, s.notes.as_str()), (Some(Ml::whole(20)), "from a schema-1 phone"));
        // What this build writes says version 4, and reads back.
        let out = export(&checked.accepted, &Settings::default(), NOW);
        assert!(out.contains(r#""schema":4"#));
        assert_eq!(read(&out, NOW).unwrap().accepted, checked.accepted);
    }

    #[test]
    fn medicines_travel_in_backups_and_bad_ones_are_left_out_with_reasons() {
        use crate::domain::day::iso_date::parse;
        use crate::domain::medicine::Medicine;
        let m = Medicine::from_form("Listed thing", false, "Dr Lee", parse("2026-05-01"), None)
            .unwrap()
            .with_taken(parse("2026-05-02").unwrap(), true);
        let good = Entry::new("m".into(), NOW, Record::Medicine(m));
        let back =
            read(&export(std::slice::from_ref(&good), &Settings::default(), NOW), NOW).unwrap();
        assert_eq!(back.accepted, vec![good]);
        let med = |record: serde_json::Value| {
            let at = record["start"]
                .as_str()
                .and_then(parse)
                .map_or(0, |d| d.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp_millis());
            serde_json::json!({"id": "x", "created": NOW, "updated": NOW, "at": at, "record": record})
        };
        let base = serde_json::json!({"type": "medicine", "name": "N", "advised_by": "own_choice",
            "start": "2026-05-10"});
        let with = |k: &str, v: serde_json::Value| {
            let mut r = base.clone();
            r[k] = v;
            med(r)
        };
        let mut no_adviser = base.clone();
        no_adviser.as_object_mut().unwrap().remove("advised_by");
        let entries = vec![
            with("stop", "2026-05-09".into()),
            with("name", "n".repeat(2000).into()),
            with("name", "  ".into()),
            with("advised_by", serde_json::json!({"person": ""})),
            with("taken", serde_json::json!(["2026-05-01"])),
            with("start", "2026-02-30".into()),
            med(no_adviser),
            med(base.clone()),
        ];
        let file = serde_json::json!({"app": "relact", "schema": 2, "exported_at": NOW,
            "entries": entries});
        let checked = read(&file.to_string(), NOW).unwrap();
        assert_eq!(checked.accepted.len(), 1);
        let why: Vec<Rejected> = checked.rejected.iter().map(|(_, w)| w.clone()).collect();
        assert_eq!(
            why,
            vec![
                Rejected::Invalid(Invalid::StopBeforeStart),
                Rejected::Invalid(Invalid::MedicineNameTooLong),
                Rejected::Invalid(Invalid::MedicineNameEmpty),
                Rejected::Invalid(Invalid::AdvisedByEmpty),
                Rejected::Invalid(Invalid::TakenOutsideDates),
                Rejected::Unreadable,
                Rejected::Unreadable,
            ]
        );
    }

    #[test]
    fn a_schema_2_backup_still_loads_unchanged() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/backup-schema-2.json");
        let raw = std::fs::read_to_string(path).unwrap();
        let checked = read(&raw, NOW).unwrap();
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        assert_eq!(checked.accepted.len(), 4);
        let Record::Session(s) = &checked.accepted[0].record else { panic!("a session") };
        assert_eq!(s.notes, "from a schema-2 phone");
        assert_eq!(s.test_weight.and_then(|w| w.intake_ml()), Some(50));
        assert!(matches!(&checked.accepted[2].record, Record::Medicine(m) if m.taken.len() == 1));
        assert!(checked.accepted[3].deleted, "a tombstone stays a tombstone");
        assert_eq!(checked.settings.map(|s| s.volume), Some(crate::domain::units::Volume::Oz));
        // Written again, it says version 4 and reads back the same.
        let out = export(&checked.accepted, &Settings::default(), NOW);
        assert!(out.contains(r#""schema":4"#));
        assert_eq!(read(&out, NOW).unwrap().accepted, checked.accepted);
        // A file from a build newer than this one is refused whole, not read in part.
        let newer = out.replace(r#""schema":4"#, r#""schema":5"#);
        assert_eq!(read(&newer, NOW).err(), Some(Refused::NewerVersion(5)));
    }

    #[test]
    fn milestones_travel_in_backups_and_bad_ones_are_left_out_with_reasons() {
        use crate::domain::milestones::{Kind, Milestone};
        use chrono::NaiveDate;
        use chrono_tz::Europe::London;
        let day = NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        let own = Milestone::on(&London, Kind::Own, day, "=HYPERLINK(\"x\") <b>latched</b>");
        let let_down = Milestone::on(&London, Kind::LetDown, day, "");
        let good =
            vec![Entry::milestone(own.clone(), NOW - 10), Entry::milestone(let_down, NOW - 10)];
        let back = read(&export(&good, &Settings::default(), NOW), NOW).unwrap();
        assert_eq!(back.accepted, good, "the parent's words kept exactly");

        let entry = |record: Value| {
            let at = record["at"].clone();
            serde_json::json!({"id": "x", "created": NOW, "updated": NOW, "at": at, "record": record})
        };
        let base = serde_json::to_value(Record::Milestone(own)).unwrap();
        let with = |k: &str, v: Value| {
            let mut r = base.clone();
            r[k] = v;
            entry(r)
        };
        let entries = vec![
            with("kind", "first_steps_on_the_moon".into()),
            with("words", "".into()),
            with("words", "w".repeat(2000).into()),
            with("words", "a\u{0}b".into()),
            with("at", (NOW - 40 * super::super::HOUR * 24).into()),
            with("kind", 7.into()),
            entry(base.clone()),
        ];
        let file = serde_json::json!({"app": "relact", "schema": 3, "exported_at": NOW,
            "entries": entries});
        let checked = read(&file.to_string(), NOW).unwrap();
        assert_eq!(checked.accepted.len(), 1, "the good one is imported");
        let why: Vec<Rejected> = checked.rejected.iter().map(|(_, w)| w.clone()).collect();
        assert_eq!(
            why,
            vec![
                Rejected::Invalid(Invalid::MilestoneUnknown),
                Rejected::Invalid(Invalid::MilestoneWordsEmpty),
                Rejected::Invalid(Invalid::MilestoneWordsTooLong),
                Rejected::Invalid(Invalid::NotesControlCharacter),
                Rejected::Invalid(Invalid::MilestoneDayMismatch),
                Rejected::Unreadable,
            ]
        );
        // A merge follows the backup rule: the same mark from another phone is one entry.
        let plan = merge(&good, &back.accepted);
        assert_eq!((plan.new, plan.updated, plan.unchanged), (0, 0, 2));
    }

    #[test]
    fn relacts_own_spreadsheet_export_is_named_as_such_in_either_unit() {
        use crate::domain::units::Volume;
        let e = Entry::new(
            "d".into(),
            NOW,
            Record::Diaper(Diaper { at: NOW, wet: true, dirty: false, dark_urine: false }),
        );
        for unit in [Volume::Ml, Volume::Oz] {
            let csv = crate::domain::csv::log_csv(&chrono::Utc, unit, std::slice::from_ref(&e));
            assert_eq!(read(&csv, NOW).err(), Some(Refused::SpreadsheetExport), "{unit:?}");
        }
        // Another program's CSV is still "not a Relact backup".
        assert_eq!(read("date,amount\r\n1,2", NOW).err(), Some(Refused::NotJson));
    }

    #[test]
    fn a_schema_3_backup_still_loads_with_its_millilitres_unchanged() {
        use crate::domain::units::{Ml, Volume};
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/backup-schema-3.json");
        let raw = std::fs::read_to_string(path).unwrap();
        let checked = read(&raw, NOW).unwrap();
        assert!(checked.rejected.is_empty(), "{:?}", checked.rejected);
        assert_eq!(checked.accepted.len(), 4);
        let Record::Session(s) = &checked.accepted[0].record else { panic!("a session") };
        // 45 ml and 30 ml as a schema-3 phone stored them: still exactly that many millilitres.
        assert_eq!((s.left_ml, s.right_ml), (Some(Ml::whole(45)), Some(Ml::whole(30))));
        assert_eq!(s.notes, "from a schema-3 phone, in ounces");
        let Record::Supplement(sup) = &checked.accepted[1].record else { panic!("a supplement") };
        assert_eq!(sup.ml, Ml::whole(59));
        assert!(matches!(checked.accepted[3].record, Record::Milestone(_)));
        assert_eq!(checked.settings.map(|s| s.volume), Some(Volume::Oz));
        // Written again, whole millilitres look exactly as before; only the version moved.
        let out = export(&checked.accepted, &Settings::default(), NOW);
        assert!(out.contains(r#""schema":4"#) && out.contains(r#""left_ml":45,"right_ml":30"#));
        assert_eq!(read(&out, NOW).unwrap().accepted, checked.accepted);
    }

    #[test]
    fn ounces_typed_to_the_hundredth_travel_in_a_schema_4_backup_exactly() {
        use crate::domain::entry::{Method, Milk, Supplement};
        use crate::domain::units::{Ml, Volume};
        // 2.25 oz, as an ounce field stores it.
        let sup = Supplement {
            at: NOW - 60_000,
            ml: Ml::from_shown(Volume::Oz, 225),
            milk: Milk::Donor,
            method: Method::Cup,
            after_session: None,
            notes: String::new(),
        };
        let e = Entry::new("q".into(), NOW, Record::Supplement(sup));
        let out = export(std::slice::from_ref(&e), &Settings::default(), NOW);
        assert!(out.contains(r#""ml":66.54"#), "{out}");
        let back = read(&out, NOW).unwrap().accepted;
        assert_eq!(back, vec![e]);
        let Record::Supplement(s) = &back[0].record else { panic!("a supplement") };
        assert_eq!(Volume::Oz.write(s.ml.shown(Volume::Oz)), "2.25");
        assert_eq!(s.ml, Ml::from_hundredths(6654));
        // A build that knows schema 3 reads `schema` first and says "newer" (here: 5 for 4).
        let newer = out.replace(r#""schema":4"#, r#""schema":5"#);
        assert_eq!(read(&newer, NOW).err(), Some(Refused::NewerVersion(5)));
        // A negative or non-numeric amount is an unreadable entry, never a stored zero.
        for bad in ["-1", "\"2.25\"", "null"] {
            let file = out.replace("66.54", bad);
            assert_eq!(
                read(&file, NOW).err().map(|r| matches!(r, Refused::NothingUsable(_))),
                Some(true),
                "{bad}"
            );
        }
    }
}
