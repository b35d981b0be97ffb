//! Sharing the log with a partner's phone: what this phone shares with (saved in localStorage,
//! never synced), the status every screen can show, and when a sync runs: on start, a few seconds
//! after a save, when the phone comes back online, and on "Sync now". Runs never overlap; a
//! trigger during a run asks for one more run after it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use super::keys;
use super::log_store::LogStore;
use crate::browser::crypto::{random_bytes, FamilyKey};
use crate::browser::http::{sleep, Couch};
use crate::browser::{clock, local_storage, tasks};
use crate::domain::entry::Entry;
use crate::domain::store::StoreError;
use crate::domain::sync::code::{self, CodeError, Pairing, KEY_BYTES};
use crate::domain::sync::{
    self, base64, Device, Local, Memory, Progress, SetupError, Status, SyncError,
};
use crate::domain::Millis;

/// Waits this long after a save before syncing, so a burst of taps makes one run.
const DEBOUNCE_MS: i32 = 2_000;

/// What this phone shares with, as saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    pub pairing: Pairing,
    pub device: Device,
    #[serde(default)]
    pub progress: Progress,
    /// When the last run finished well.
    #[serde(default)]
    pub synced_at: Option<Millis>,
}

/// Shared, copyable handle (context).
#[derive(Clone, Copy)]
pub struct Sharing {
    /// `None` when this phone does not share.
    pub shared: RwSignal<Option<Shared>>,
    pub status: RwSignal<Status>,
    key: StoredValue<Option<FamilyKey>, LocalStorage>,
    memory: StoredValue<Memory, LocalStorage>,
    running: StoredValue<bool>,
    again: StoredValue<bool>,
    /// The log revision this module's own pull produced, so it does not trigger a push.
    own_revision: StoredValue<u64>,
    debounce: StoredValue<u64>,
    store: LogStore,
}

/// The log as the sync engine sees it, for one pairing: once sharing stops (or "Delete everything"
/// clears this phone), what a run still in flight pulls is dropped instead of written back.
struct Log(LogStore, Sharing, Pairing);

impl Log {
    fn still_shared(&self) -> bool {
        self.1.shared.with_untracked(|s| s.as_ref().map(|s| &s.pairing) == Some(&self.2))
    }
}

impl Local for Log {
    async fn all(&self) -> Result<Vec<Entry>, StoreError> {
        self.0.all().await
    }
    async fn save(&self, entries: Vec<Entry>) -> Result<(), StoreError> {
        if !self.still_shared() {
            return Ok(());
        }
        self.0.save(entries).await?;
        self.1.own_revision.set_value(self.0.revision.get_untracked());
        Ok(())
    }
}

fn couch(p: &Pairing) -> Couch {
    Couch::new(&p.server, &p.database, &p.user, &p.password)
}

async fn key_of(p: &Pairing) -> Result<FamilyKey, SetupError> {
    let raw = base64::decode(&p.key).ok_or(SetupError::Code(CodeError::Mistyped))?;
    FamilyKey::import(&raw).await.ok_or(SetupError::NoCrypto)
}

impl Sharing {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Sharing>()
    }

    /// Reads what was saved and sets up the triggers. Called once at start.
    pub fn provide(store: LogStore) -> Sharing {
        // Unreadable text is kept aside as `<key>.unreadable` by local_storage: not shared then.
        let shared = local_storage::get::<Shared>(keys::SHARING).unwrap_or_default();
        let sharing = Sharing {
            status: RwSignal::new(if shared.is_some() { Status::Idle } else { Status::Off }),
            shared: RwSignal::new(shared),
            key: StoredValue::new_local(None),
            memory: StoredValue::new_local(Memory::default()),
            running: StoredValue::new(false),
            again: StoredValue::new(false),
            own_revision: StoredValue::new(0),
            debounce: StoredValue::new(0),
            store,
        };
        provide_context(sharing);
        tasks::after_shown(move || sharing.sync_now());
        // After a save (not one of our own), once the taps have settled.
        Effect::new(move |_| {
            let revision = store.revision.get();
            if revision == 0 || revision == sharing.own_revision.get_value() {
                return;
            }
            let mine = sharing.debounce.get_value() + 1;
            sharing.debounce.set_value(mine);
            spawn_local(async move {
                sleep(DEBOUNCE_MS).await;
                if sharing.debounce.try_get_value() == Some(mine) {
                    sharing.sync_now();
                }
            });
        });
        if let Some(w) = web_sys::window() {
            let online = Closure::<dyn Fn()>::new(move || sharing.sync_now());
            let _ = w.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
            online.forget(); // lives as long as the page
        }
        sharing
    }

    fn save(&self) {
        match self.shared.get_untracked() {
            Some(s) => {
                let _ = local_storage::set(keys::SHARING, &s);
            }
            None => local_storage::remove(keys::SHARING),
        }
    }

    /// Runs a sync now (or right after the one running). Does nothing when not shared.
    pub fn sync_now(&self) {
        if self.shared.with_untracked(Option::is_none) {
            return;
        }
        if self.running.get_value() {
            self.again.set_value(true);
            return;
        }
        self.running.set_value(true);
        let me = *self;
        spawn_local(async move {
            loop {
                me.again.set_value(false);
                me.run_once().await;
                if !me.again.try_get_value().unwrap_or(false) {
                    break;
                }
            }
            let _ = me.running.try_set_value(false);
        });
    }

    async fn run_once(&self) {
        let Some(mut shared) = self.shared.get_untracked() else { return };
        let _ = self.status.try_set(Status::Syncing);
        let key = match self.key.get_value() {
            Some(k) => k,
            None => match key_of(&shared.pairing).await {
                Ok(k) => {
                    self.key.set_value(Some(k.clone()));
                    k
                }
                Err(_) => {
                    let _ = self.status.try_set(Status::Failed(SyncError::Unreadable));
                    return;
                }
            },
        };
        let started = clock::now();
        let remote = couch(&shared.pairing);
        let log = Log(self.store, *self, shared.pairing.clone());
        let mut memory = self.memory.try_update_value(std::mem::take).unwrap_or_default();
        let result = sync::run(
            &remote,
            &key,
            &log,
            &mut shared.progress,
            &mut memory,
            &shared.device,
            started,
        )
        .await;
        let _ = self.memory.try_set_value(memory);
        // Stopped (or re-paired) while this ran: what it learnt belongs to nobody now.
        let current = self.shared.get_untracked();
        if current.as_ref().map(|c| &c.pairing) != Some(&shared.pairing) {
            return;
        }
        if result.is_ok() {
            shared.synced_at = Some(clock::now());
        }
        let _ = self.shared.try_set(Some(shared));
        self.save();
        let _ = self.status.try_set(match result {
            Ok(_) => Status::Synced,
            Err(SyncError::Offline) => Status::Waiting,
            Err(e) => Status::Failed(e),
        });
    }

    async fn begin(&self, pairing: Pairing, name: &str, starting: bool) -> Result<(), SetupError> {
        let key = key_of(&pairing).await?;
        sync::check_family(&couch(&pairing), &key, starting).await.map_err(SetupError::Sync)?;
        let device = Device { id: clock::new_id(), name: name.trim().to_string() };
        self.key.set_value(Some(key));
        self.memory.set_value(Memory::default());
        self.shared.set(Some(Shared {
            pairing,
            device,
            progress: Progress::default(),
            synced_at: None,
        }));
        self.save();
        self.status.set(Status::Idle);
        self.sync_now();
        Ok(())
    }

    /// Starts sharing: makes a family key, checks the server, writes the family document.
    pub async fn start(
        &self,
        server: &str,
        database: &str,
        user: &str,
        password: &str,
        name: &str,
    ) -> Result<(), SetupError> {
        let (server, database) = code::check_server(server, database).map_err(SetupError::Code)?;
        let raw = random_bytes(KEY_BYTES).ok_or(SetupError::NoCrypto)?;
        let pairing = Pairing {
            server,
            database,
            user: user.trim().to_string(),
            password: password.to_string(),
            key: base64::encode(&raw),
        };
        self.begin(pairing, name, true).await
    }

    /// Joins with a pairing code, after checking the server and that the key opens its log.
    pub async fn join(&self, pairing_code: &str, name: &str) -> Result<(), SetupError> {
        let pairing = code::decode(pairing_code).map_err(SetupError::Code)?;
        self.begin(pairing, name, false).await
    }

    /// Whether this phone shares its log now.
    pub fn is_on(&self) -> bool {
        self.shared.with(Option::is_some)
    }

    /// Forgets the server, login and key on this phone; the log stays.
    pub fn stop(&self) {
        self.shared.set(None);
        self.key.set_value(None);
        self.memory.set_value(Memory::default());
        self.save();
        self.status.set(Status::Off);
    }

    /// Renames this phone (its device document is rewritten on the next run).
    pub fn rename(&self, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.shared.update(|s| {
            if let Some(s) = s {
                s.device.name = name.to_string();
            }
        });
        self.save();
        self.sync_now();
    }

    /// The pairing code of this phone's family, to show to the next phone.
    pub fn code(&self) -> Option<String> {
        self.shared.with(|s| s.as_ref().map(|s| code::encode(&s.pairing)))
    }
}
