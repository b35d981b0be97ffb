//! Sharing the log with the family's other phones: what this phone shares with (saved in
//! localStorage, never synced), the status every screen can show, and when a sync runs — on start,
//! a few seconds after a save, when the phone comes back online or the page is shown again, on
//! "Sync now", after a failed run on a growing wait (`domain::sync::schedule`: 5 s, 30 s, 2 min,
//! then every 10 min while open), and as soon as the server says a partner's change arrived (an
//! open, visible phone keeps one long-poll request waiting). Runs never overlap; a trigger during a
//! run asks for one more run after it. Removing a phone and removing unreadable items wait their
//! turn the same way.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use super::keys;
use super::log_store::LogStore;
use crate::browser::crypto::{new_phone_key, random_bytes, FamilyKey, PhoneKey};
use crate::browser::http::Couch;
use crate::browser::listener::Listener;
use crate::browser::split::{split, NotArrived};
use crate::browser::timer::{sleep, Timeout};
use crate::browser::{clock, local_storage, network, tasks, visibility};
use crate::domain::entry::Entry;
use crate::domain::store::StoreError;
use crate::domain::sync::code::{self, CodeError, Pairing, KEY_BYTES};
use crate::domain::sync::schedule::{self, listen_pause};
use crate::domain::sync::{
    self, base64, Device, Failure, Keyring, Link, Local, Memory, Progress, ServerCheck, SetupError,
    Status, SyncError,
};
use crate::domain::Millis;
use crate::text::share::Retry;

/// Waits this long after a save before syncing, so a burst of taps makes one run.
const DEBOUNCE_MS: i64 = 2_000;

fn first() -> u32 {
    1
}

/// What this phone shares with, as saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// The server, login, and the family key of generation [`Shared::gen`].
    pub pairing: Pairing,
    pub device: Device,
    /// This phone's private key (PKCS#8, base64), to receive a new family key when another
    /// phone is removed; made on the first run where missing (phones paired before).
    #[serde(default)]
    pub private: String,
    /// The generation of `pairing.key` (1 until a phone is removed).
    #[serde(default = "first")]
    pub gen: u32,
    /// Older generations' keys (base64), to open what was sealed before the last change.
    #[serde(default)]
    pub older: Vec<(u32, String)>,
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
    /// When the next try after a failed run is due.
    pub next_try: RwSignal<Option<Millis>>,
    ring: StoredValue<Option<Keyring<FamilyKey>>, LocalStorage>,
    phone: StoredValue<Option<PhoneKey>, LocalStorage>,
    memory: StoredValue<Memory, LocalStorage>,
    running: StoredValue<bool>,
    again: StoredValue<bool>,
    /// Failed runs in a row.
    failures: StoredValue<u32>,
    retry: StoredValue<Option<Timeout>, LocalStorage>,
    /// Bumped to stop the listening loop (a run started, the page was hidden, sharing stopped).
    listening: StoredValue<u64>,
    /// `online` and `visibilitychange`, removed with the app's owner.
    _listeners: StoredValue<Vec<Listener>, LocalStorage>,
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
        self.1.shared.with_untracked(|s| s.as_ref().is_some_and(|s| s.pairing.same_log(&self.2)))
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

async fn key_of(raw_b64: &str) -> Result<(Vec<u8>, FamilyKey), SetupError> {
    let raw = base64::decode(raw_b64).ok_or(SetupError::Code(CodeError::Mistyped))?;
    let key = FamilyKey::import(&raw).await.ok_or(SetupError::NoCrypto)?;
    Ok((raw, key))
}

/// The family keys a saved pairing holds, imported.
async fn ring_of(shared: &Shared) -> Option<Keyring<FamilyKey>> {
    let (raw, key) = key_of(&shared.pairing.key).await.ok()?;
    let mut ring = Keyring::new(shared.gen, raw, key);
    for (gen, b64) in &shared.older {
        let (raw, key) = key_of(b64).await.ok()?;
        ring.insert(*gen, raw, key, false);
    }
    Some(ring)
}

/// What a run needs that lives only while the page is open, taken out for the run's length.
struct Held {
    shared: Shared,
    ring: Keyring<FamilyKey>,
    phone: PhoneKey,
    memory: Memory,
}

split!(sync;
    /// A sync run, whose code (the run, the keys it holds, listening for a partner's change) is
    /// a wasm file of its own (#27), made ready with the first run: a phone that does not share
    /// never runs it (its file also carries code the Guide and Settings share with it, so opening
    /// one of those fetches the file; the service worker keeps a copy with every other file).
    fn sync_run(
        me: Sharing,
    ) -> Result<std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>, NotArrived> {
        Ok(Box::pin(async move {
            let ran = me
                .with_held(Box::new(|link, ring, progress, memory| {
                    Box::pin(async move {
                        sync::run(link, ring, progress, memory, clock::now()).await.map(|_| 0)
                    })
                }))
                .await;
            if ran.is_none() && me.shared.with_untracked(Option::is_some) {
                me.after(Err(SyncError::Unreadable.into()));
            }
        }))
    }
);

/// A job against the server: what a run is given, and a count to say (one result type, so the
/// code around every job is compiled once).
type Job = Box<
    dyn for<'a> FnOnce(
        &'a Link<'a, Couch, PhoneKey, Log>,
        &'a mut Keyring<FamilyKey>,
        &'a mut Progress,
        &'a mut Memory,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<usize, Failure>> + 'a>,
    >,
>;

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
            next_try: RwSignal::new(None),
            ring: StoredValue::new_local(None),
            phone: StoredValue::new_local(None),
            memory: StoredValue::new_local(Memory::default()),
            running: StoredValue::new(false),
            again: StoredValue::new(false),
            failures: StoredValue::new(0),
            retry: StoredValue::new_local(None),
            listening: StoredValue::new(0),
            _listeners: StoredValue::new_local(Vec::new()),
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
        let listeners = [
            network::on_online(move || sharing.sync_now()),
            visibility::on_change(move |shown| {
                if shown {
                    sharing.sync_now();
                } else {
                    sharing.stop_listening();
                }
            }),
        ];
        sharing._listeners.set_value(listeners.into_iter().flatten().collect());
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

    /// Waits for the run under way (if any) to finish, then holds the turn until [`Self::release`].
    async fn acquire(&self) {
        while self.running.get_value() {
            sleep(50).await;
        }
        self.running.set_value(true);
    }

    /// Gives the turn back; a run asked for meanwhile follows.
    fn release(&self) {
        self.running.set_value(false);
        self.again.set_value(false);
        self.sync_now();
    }

    /// The keys and memory a run needs: the saved pairing, its family keys imported, this phone's
    /// key pair (made now if this phone has none yet). `None` when the keys cannot be used.
    async fn hold(&self) -> Option<Held> {
        let mut shared = self.shared.get_untracked()?;
        if shared.private.is_empty() {
            if let Some((public, private)) = new_phone_key().await {
                shared.device.key = public;
                shared.private = private;
                shared.progress.keyed = false;
                self.phone.set_value(None);
                let pairing = shared.pairing.clone();
                self.shared.update(|s| {
                    if let Some(s) = s.as_mut().filter(|s| s.pairing == pairing) {
                        s.device = shared.device.clone();
                        s.private = shared.private.clone();
                        s.progress.keyed = false;
                    }
                });
                self.save();
            }
        }
        let ring = match self.ring.try_update_value(Option::take).flatten() {
            Some(ring) => ring,
            None => ring_of(&shared).await?,
        };
        let phone = match self.phone.try_update_value(Option::take).flatten() {
            Some(p) => p,
            None => PhoneKey::load(&shared.private).await,
        };
        let memory = self.memory.try_update_value(std::mem::take).unwrap_or_default();
        Some(Held { shared, ring, phone, memory })
    }

    /// Puts back what [`Self::hold`] took, saving what the run learnt, unless sharing stopped
    /// or changed meanwhile (then it belongs to nobody). Whether it was put back.
    fn put_back(&self, mut held: Held, ok: bool) -> bool {
        let current = self.shared.get_untracked();
        let same = current.as_ref().is_some_and(|c| {
            c.pairing.same_log(&held.shared.pairing) && c.device.id == held.shared.device.id
        });
        if !same {
            return false;
        }
        // Renamed while the run went on: the new name stays (and is written on the next run).
        if let Some(c) = current {
            held.shared.device.name = c.device.name;
        }
        if held.ring.changed {
            held.ring.changed = false;
            let gen = held.ring.gen();
            let mut raws = held.ring.raws();
            if let Some(i) = raws.iter().position(|(g, _)| *g == gen) {
                held.shared.pairing.key = base64::encode(&raws.remove(i).1);
            }
            held.shared.gen = gen;
            held.shared.older = raws.into_iter().map(|(g, r)| (g, base64::encode(&r))).collect();
        }
        if ok {
            held.shared.synced_at = Some(clock::now());
        }
        let _ = self.ring.try_set_value(Some(held.ring));
        let _ = self.phone.try_set_value(Some(held.phone));
        let _ = self.memory.try_set_value(held.memory);
        let _ = self.shared.try_set(Some(held.shared));
        self.save();
        true
    }

    async fn run_once(&self) {
        self.stop_listening();
        self.retry.set_value(None);
        let _ = self.status.try_set(Status::Syncing);
        match sync_run(*self).await {
            Ok(run) => run.await,
            // Its code not yet on the phone and no connection to fetch it: as a run that found
            // no connection (the retries follow), unless sharing stopped meanwhile.
            Err(_) if self.shared.with_untracked(Option::is_some) => {
                self.after(Err(SyncError::Offline.into()))
            }
            Err(_) => {}
        }
    }

    /// The status, the next try and listening, after a run (or another use of the server), as
    /// `domain::sync::schedule::after` decides.
    fn after(&self, result: Result<(), Failure>) {
        let next = schedule::after(result, self.failures.get_value());
        self.failures.set_value(next.failures);
        let synced = next.status == Status::Synced;
        let _ = self.status.try_set(next.status);
        match next.retry_in {
            Some(wait) => {
                let _ = self.next_try.try_set(Some(clock::now() + wait));
                let me = *self;
                // A task of its own: the run drops this timer, which must not be running then.
                let timer = Timeout::new(wait, move || spawn_local(async move { me.sync_now() }));
                self.retry.set_value(timer);
            }
            None => {
                let _ = self.next_try.try_set(None);
            }
        }
        if synced {
            self.listen();
        }
    }

    /// When the next try is due, as the status line says it.
    pub fn retry(&self, now: Millis) -> Option<Retry> {
        let at = self.next_try.get()?;
        if schedule::retry_soon(at, now) {
            return Some(Retry::Soon);
        }
        use chrono::TimeZone;
        chrono::Local.timestamp_millis_opt(at).single().map(|t| Retry::At(t.time()))
    }

    fn stop_listening(&self) {
        self.listening.update_value(|n| *n += 1);
    }

    /// While the page is visible and the last run went well: waits on the server for a partner's
    /// change (a long-poll; once a minute where the server answers at once), then syncs.
    fn listen(&self) {
        self.stop_listening();
        let me = *self;
        let id = self.listening.get_value();
        let still = move || {
            me.listening.try_get_value() == Some(id)
                && visibility::is_visible()
                && me.shared.with_untracked(Option::is_some)
        };
        spawn_local(async move {
            while still() {
                let Some((pairing, progress)) =
                    me.shared.get_untracked().map(|s| (s.pairing, s.progress))
                else {
                    return;
                };
                let asked = clock::now();
                let news = sync::changed(&couch(&pairing), &progress).await;
                if !still() {
                    return;
                }
                match news {
                    Ok(false) => sleep(listen_pause(clock::now() - asked)).await,
                    // News, or the server went away: a run finds out which (and a failing one
                    // starts the retries).
                    Ok(true) | Err(_) => {
                        me.sync_now();
                        return;
                    }
                }
            }
        });
    }

    async fn begin(&self, pairing: Pairing, name: &str, starting: bool) -> Result<(), SetupError> {
        let (raw, key) = key_of(&pairing.key).await?;
        let gen =
            sync::check_family(&couch(&pairing), &key, starting).await.map_err(SetupError::Sync)?;
        let (public, private) = new_phone_key().await.ok_or(SetupError::NoCrypto)?;
        let device = Device { id: clock::new_id(), name: name.trim().to_string(), key: public };
        self.ring.set_value(Some(Keyring::new(gen, raw, key)));
        self.phone.set_value(None);
        self.memory.set_value(Memory::default());
        self.failures.set_value(0);
        self.shared.set(Some(Shared {
            pairing,
            device,
            private,
            gen,
            older: Vec::new(),
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

    /// "Check this server": what works and what to fix, writing nothing.
    pub async fn check(
        &self,
        server: &str,
        database: &str,
        user: &str,
        password: &str,
    ) -> Result<ServerCheck, SetupError> {
        let (server, database) = code::check_server(server, database).map_err(SetupError::Code)?;
        Ok(sync::check_server(&Couch::new(&server, &database, user.trim(), password)).await)
    }

    /// Joins with a pairing code or link, after checking the server and that the key opens its
    /// log.
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
        self.ring.set_value(None);
        self.phone.set_value(None);
        self.memory.set_value(Memory::default());
        self.retry.set_value(None);
        self.stop_listening();
        self.next_try.set(None);
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

    /// The pairing link: this app's own address with the code in the fragment, which no browser
    /// sends to any server.
    pub fn link(&self) -> Option<String> {
        let origin = crate::browser::location::origin()?;
        self.code().map(|c| code::link(&origin, &c))
    }

    /// The family key of generation `gen` (the newest for `None`), to seal or open a log sent
    /// hand to hand; `None` when this phone does not share, or does not hold that generation.
    pub async fn family_key(&self, gen: Option<u32>) -> Option<(u32, FamilyKey)> {
        let shared = self.shared.get_untracked()?;
        let want = gen.unwrap_or(shared.gen);
        let b64 = if want == shared.gen {
            shared.pairing.key.clone()
        } else {
            shared.older.iter().find(|(g, _)| *g == want)?.1.clone()
        };
        key_of(&b64).await.ok().map(|(_, key)| (want, key))
    }

    /// Items on the server this phone skipped.
    pub fn unreadable(&self) -> usize {
        self.shared.with(|s| s.as_ref().map_or(0, |s| s.progress.unreadable.len()))
    }

    /// Removes from the server the items this phone could not open (each only if it still does
    /// not open), then syncs. How many were removed.
    pub async fn remove_unreadable(&self) -> Result<usize, Failure> {
        self.with_server(Box::new(|link, ring, progress, _memory| {
            Box::pin(sync::remove_unreadable(link, ring, progress, clock::now()))
        }))
        .await
    }

    /// Removes another phone from sharing: a new family key for the phones that stay (see
    /// `domain::sync::keys`). How many phones could not be given it (they never said their key).
    pub async fn remove_phone(&self, id: &str) -> Result<usize, Failure> {
        let raw = random_bytes(KEY_BYTES).ok_or(SyncError::Unreadable)?;
        let id = id.to_string();
        self.with_server(Box::new(move |link, ring, progress, memory| {
            Box::pin(async move {
                let done =
                    sync::remove_device(link, ring, progress, memory, &id, raw, clock::now())
                        .await?;
                Ok(done.1)
            })
        }))
        .await
    }

    /// Runs `job` with what a run holds (the keys, the memory, this phone's log and its server),
    /// then puts that back and sets the status from the result: one copy for a sync and for
    /// every other use of the server. `None`, and no job, when the keys cannot be used.
    async fn with_held(&self, job: Job) -> Option<Result<usize, Failure>> {
        let mut held = self.hold().await?;
        let remote = couch(&held.shared.pairing);
        let log = Log(self.store, *self, held.shared.pairing.clone());
        let device = held.shared.device.clone();
        let link = Link { remote: &remote, keys: &held.phone, local: &log, me: &device };
        let mut progress = std::mem::take(&mut held.shared.progress);
        let result = job(&link, &mut held.ring, &mut progress, &mut held.memory).await;
        held.shared.progress = progress;
        let ok = result.is_ok();
        if self.put_back(held, ok) {
            self.after(result.as_ref().map(|_| ()).map_err(Clone::clone));
        }
        Some(result)
    }

    /// Runs `job` against the server in its turn (no run at the same time), and saves what it
    /// changed.
    async fn with_server(&self, job: Job) -> Result<usize, Failure> {
        self.acquire().await;
        self.stop_listening();
        let result = self.with_held(job).await.unwrap_or_else(|| Err(SyncError::Unreadable.into()));
        // The change travels (and what was removed comes back from this phone) with a run.
        self.release();
        result
    }
}
