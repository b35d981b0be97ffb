//! Browser tests of the storage layer and of mounting the app, run in headless Chromium by
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use relact::browser::local_storage::LocalError;
use relact::domain::settings::{Clock, Settings, Theme};
use relact::domain::units::Volume;
use relact::state::keys::SETTINGS;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Installs the English file as shipped, as the app's loader does before it mounts.
fn speak_english() {
    use relact::domain::language::Language;
    use relact::text::i18n::{install, Bundle};
    let english = Bundle::parse(Language::English, include_str!("../public/i18n/en.ftl"));
    install(english.expect("the shipped English file parses"));
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn settings_round_trip_through_local_storage() {
    storage().clear().unwrap();
    // A first start takes the browser locale's units, clock and first weekday.
    let for_here = Settings::for_locale(&relact::browser::locale::locale_hints());
    let (fresh, problem) = relact::state::settings::load_settings();
    assert_eq!(fresh, for_here);
    assert_eq!(problem, None);

    let mine = Settings {
        volume: Volume::Oz,
        clock: Clock::H12,
        theme: Theme::Night,
        chime: false,
        ..Settings::default()
    };
    relact::state::settings::save_settings(&mine).unwrap();
    assert_eq!(relact::state::settings::load_settings(), (mine, None));
}

#[wasm_bindgen_test]
fn unreadable_settings_are_kept_aside_not_lost() {
    storage().clear().unwrap();
    storage().set_item(SETTINGS, "{not json").unwrap();
    let (s, problem) = relact::state::settings::load_settings();
    assert_eq!(s, Settings::for_locale(&relact::browser::locale::locale_hints()));
    let kept = format!("{SETTINGS}.unreadable");
    assert_eq!(problem, Some(LocalError::Unreadable { kept_at: kept.clone() }));
    assert_eq!(storage().get_item(&kept).unwrap().as_deref(), Some("{not json"));
}

/// Waits, a few milliseconds at a time and for at most two seconds, until `ready` holds.
async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..200 {
        if ready() {
            return true;
        }
        let pause = js_sys::Promise::new(&mut |done, _| {
            let window = web_sys::window().unwrap();
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
    }
    ready()
}

#[wasm_bindgen_test]
async fn next_task_runs_later_and_in_order() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    for n in [1, 2, 3] {
        let seen = seen.clone();
        relact::browser::tasks::next_task(move || seen.borrow_mut().push(n));
    }
    seen.borrow_mut().push(0);
    assert_eq!(*seen.borrow(), [0], "nothing runs before the current task ends");
    assert!(until(|| seen.borrow().len() == 4).await);
    assert_eq!(*seen.borrow(), [0, 1, 2, 3]);
}

#[wasm_bindgen_test]
async fn the_app_mounts_in_stages_then_swaps_for_the_shell() {
    storage().clear().unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let shell = document.create_element("div").unwrap();
    shell.set_id("shell");
    document.body().unwrap().append_child(&shell).unwrap();
    let host = document.create_element("div").unwrap();
    host.set_id("app");
    document.body().unwrap().append_child(&host).unwrap();
    // What the page's loader leaves for the app: the English file it fetched.
    let text = js_sys::Object::new();
    js_sys::Reflect::set(&text, &"lang".into(), &"en".into()).unwrap();
    js_sys::Reflect::set(&text, &"ftl".into(), &include_str!("../public/i18n/en.ftl").into())
        .unwrap();
    js_sys::Reflect::set(&js_sys::global(), &"relactText".into(), &text).unwrap();
    relact::ui::app::start();
    // Within the first task only the state exists, and the app is not shown yet.
    assert!(host.has_attribute("hidden"), "the app stays hidden until it is whole");
    assert!(!shell.has_attribute("hidden"), "the shell stays on screen meanwhile");
    assert!(document.query_selector("nav.bottom").unwrap().is_none());
    assert!(until(|| !host.has_attribute("hidden")).await, "the app is shown");
    assert!(shell.has_attribute("hidden"), "and the shell hidden in the same task");
    let nav = document.query_selector("nav.bottom").unwrap().expect("bottom navigation");
    let labels: Vec<String> = (0..nav.children().length())
        .filter_map(|i| nav.children().item(i))
        .map(|a| a.unchecked_into::<web_sys::HtmlElement>().inner_text())
        .collect();
    assert_eq!(labels, ["Today", "Timer", "Log", "Plan", "Progress"]);
    let html = document.document_element().unwrap();
    assert_eq!(
        (html.get_attribute("lang"), html.get_attribute("dir")),
        (Some("en".into()), Some("ltr".into()))
    );
    assert!(document.query_selector("main h1").unwrap().is_some(), "a screen heading is drawn");
    let marks = web_sys::window().unwrap().performance().unwrap().get_entries_by_type("mark");
    let names: Vec<String> = marks
        .iter()
        .filter_map(|m| js_sys::Reflect::get(&m, &"name".into()).ok()?.as_string())
        .filter(|n| n.starts_with("relact:"))
        .collect();
    assert_eq!(
        names,
        ["relact:state", "relact:frame", "relact:bars", "relact:screen", "relact:shown"]
    );
}

// ---- IndexedDB ---------------------------------------------------------------------------------

mod idb {
    use super::*;
    use relact::browser::indexeddb::{IndexedDb, SCHEMA};
    use relact::domain::entry::{Diaper, Entry, Record};
    use relact::domain::store::StoreError;
    use relact::domain::units::Ml;
    use relact::domain::HOUR;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen(inline_js = r#"
    export function writeFixture(name, version, values) {
      return new Promise((ok, fail) => {
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = () => {
          const s = req.result.createObjectStore("entries", { keyPath: "id" });
          s.createIndex("at", "at");
        };
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction("entries", "readwrite");
          for (const v of values) tx.objectStore("entries").put(v);
          tx.oncomplete = () => { db.close(); ok(); };
          tx.onerror = () => fail(tx.error);
        };
        req.onerror = () => fail(req.error);
      });
    }
    export function deleteDb(name) {
      return new Promise((ok) => {
        const r = indexedDB.deleteDatabase(name);
        r.onsuccess = r.onerror = r.onblocked = () => ok();
      });
    }
    export function openVersion(name, version) {
      return new Promise((ok, fail) => {
        const r = indexedDB.open(name, version);
        r.onsuccess = () => { r.result.close(); ok(); };
        r.onerror = () => fail(r.error);
      });
    }
    "#)]
    extern "C" {
        #[wasm_bindgen(js_name = writeFixture)]
        fn write_fixture(name: &str, version: u32, values: JsValue) -> js_sys::Promise;
        #[wasm_bindgen(js_name = deleteDb)]
        fn delete_db(name: &str) -> js_sys::Promise;
        #[wasm_bindgen(js_name = openVersion)]
        fn open_version(name: &str, version: u32) -> js_sys::Promise;
    }

    const T: i64 = 1_780_000_000_000;

    async fn fresh(name: &str) -> IndexedDb {
        JsFuture::from(delete_db(name)).await.unwrap();
        IndexedDb::open(name, || {}).await.expect("open")
    }

    fn diaper(id: &str, at: i64) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
        )
    }

    #[wasm_bindgen_test]
    async fn entries_round_trip_and_range_queries_are_half_open() {
        let db = fresh("t-roundtrip").await;
        let entries: Vec<Entry> = (0..48).map(|i| diaper(&format!("d{i}"), T + i * HOUR)).collect();
        db.put(&entries).await.unwrap();
        let day = db.range_counted(T + 24 * HOUR, T + 48 * HOUR).await.unwrap().0;
        assert_eq!(day.len(), 24);
        assert_eq!(day.first().unwrap().id, "d24");
        assert_eq!(day.last().unwrap().id, "d47");
        assert_eq!(db.range_counted(i64::MIN, i64::MAX).await.unwrap().0, entries);
        // Replacing by id, including a tombstone.
        let gone = entries[3].with_deleted(T + 100 * HOUR, true);
        db.put(std::slice::from_ref(&gone)).await.unwrap();
        let again = db.range_counted(T + 3 * HOUR, T + 4 * HOUR).await.unwrap().0;
        assert_eq!(again, vec![gone]);
        db.close();
    }

    #[wasm_bindgen_test]
    async fn the_whole_log_read_in_pages_is_every_entry_once() {
        let db = fresh("t-pages").await;
        // 7 entries, filed newest first, in pages of 3: 3, 3, then 1, which says the end.
        let entries: Vec<Entry> = (0..7).map(|i| diaper(&format!("d{i}"), T - i * HOUR)).collect();
        db.put(&entries).await.unwrap();
        let mut seen = Vec::new();
        let mut after = None::<String>;
        let mut pages = 0;
        loop {
            let page = db.page_after(after.as_deref(), 3).await.unwrap();
            assert!(page.entries.len() <= 3);
            assert_eq!(page.unreadable, 0);
            seen.extend(page.entries);
            pages += 1;
            match page.last {
                Some(last) => after = Some(last),
                None => break,
            }
        }
        assert_eq!(pages, 3);
        seen.sort_by_key(|e| e.id.clone());
        assert_eq!(seen, entries, "every entry once, in id order, whatever their time");
        db.close();
    }

    #[wasm_bindgen_test]
    async fn a_schema_1_database_written_by_an_earlier_release_opens_intact() {
        let name = "t-fixture-v1";
        JsFuture::from(delete_db(name)).await.unwrap();
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("fixtures/idb-schema-1.json")).unwrap();
        let values = js_sys::JSON::parse(&fixture["values"].to_string()).unwrap();
        JsFuture::from(write_fixture(name, 1, values)).await.unwrap();

        let db = IndexedDb::open(name, || {}).await.expect("opens the old database");
        let all = db.range_counted(i64::MIN, i64::MAX).await.unwrap().0;
        let expected: Vec<Entry> = fixture["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| serde_json::from_str(v["data"].as_str().unwrap()).unwrap())
            .collect();
        assert_eq!(all.len(), 6);
        assert_eq!(all, expected);
        assert!(all.iter().any(|e| e.deleted), "tombstones survive");
        // Its whole millilitres read as exactly that many: 20 ml and 15 ml, 60 ml given.
        let pump = all.iter().find(|e| e.id == "fx-pump").unwrap();
        let Record::Session(s) = &pump.record else { panic!("a session") };
        assert_eq!((s.left_ml, s.right_ml), (Some(Ml::whole(20)), Some(Ml::whole(15))));
        let sup = all.iter().find(|e| e.id == "fx-sup").unwrap();
        assert!(matches!(&sup.record, Record::Supplement(s) if s.ml == Ml::whole(60)));
        // Upgraded to this schema: 2.25 oz written now reads back as 2.25 oz (in English, as the
        // app speaks once the loader has installed the shipped file).
        speak_english();
        let typed = relact::text::format::parse_volume(Volume::Oz, "2.25").unwrap();
        let mut quarter = sup.clone();
        quarter.id = "fx-quarter".into();
        if let Record::Supplement(s) = &mut quarter.record {
            s.ml = typed;
        }
        db.put(std::slice::from_ref(&quarter)).await.unwrap();
        let back = db.range_counted(quarter.at, quarter.at + 1).await.unwrap().0;
        let q = back.iter().find(|e| e.id == "fx-quarter").unwrap();
        let Record::Supplement(s) = &q.record else { panic!("a supplement") };
        assert_eq!(relact::text::format::volume(Volume::Oz, s.ml), "2.25 oz");
        db.close();
        // A build that knows only schema 1 asks for version 1: the browser refuses it (a
        // VersionError) instead of handing it records it cannot read; nothing is touched.
        assert!(JsFuture::from(open_version(name, 1)).await.is_err());
        let db = IndexedDb::open(name, || {}).await.unwrap();
        assert_eq!(db.range_counted(i64::MIN, i64::MAX).await.unwrap().0.len(), 7);
        db.close();
    }

    #[wasm_bindgen_test]
    async fn another_tab_upgrading_closes_this_connection_with_a_notice() {
        let name = "t-versionchange";
        JsFuture::from(delete_db(name)).await.unwrap();
        let told = Rc::new(Cell::new(false));
        let t = told.clone();
        let db = IndexedDb::open(name, move || t.set(true)).await.unwrap();
        JsFuture::from(open_version(name, SCHEMA + 1)).await.unwrap();
        assert!(told.get(), "the app was told to reload");
        assert_eq!(db.put(&[diaper("x", T)]).await, Err(StoreError::VersionChanged));
    }
}
