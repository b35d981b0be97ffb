//! Registers the service worker and watches for updates. A new version never takes over by
//! itself: the parent sees "Update available — reload" and only their tap activates it, and the
//! banner waits while a session is being timed. What each stage of a new version means is decided
//! by `domain::app_update`; the worker itself is `browser::service_worker`.

use leptos::prelude::*;

use super::keys;
use crate::browser::listener::Listener;
use crate::browser::local_storage as local;
use crate::browser::network;
use crate::browser::service_worker::{self as worker, Registration};
use crate::domain::app_update::{self, Say, Seen, Stage};

/// What the shell shows about the app's own updates and the network.
#[derive(Clone, Copy)]
pub struct Updates {
    /// A new version is installed and waiting for the parent's consent.
    pub waiting: RwSignal<bool>,
    /// The first install finished: the app now works offline.
    pub offline_ready: RwSignal<bool>,
    /// The browser reports no network.
    pub offline: RwSignal<bool>,
    registration: StoredValue<Option<Registration>, LocalStorage>,
    /// The parent tapped Reload; only then does a change of worker reload the page.
    reload_requested: StoredValue<bool>,
    /// `online`, `offline` and `controllerchange`, removed with the app's owner.
    _listeners: StoredValue<Vec<Listener>, LocalStorage>,
}

impl Updates {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Updates>()
    }

    /// Activates the waiting version; the page reloads when it has taken over.
    pub fn apply(&self) {
        let asked =
            self.registration.with_value(|r| r.as_ref().is_some_and(|r| r.activate_waiting()));
        if asked {
            self.reload_requested.set_value(true);
        } else {
            worker::reload();
        }
    }

    /// Says what a new version reaching `stage` means (see [`app_update::on_stage`]).
    fn on_stage(&self, stage: Stage) {
        let seen = Seen {
            controlled: worker::controlled(),
            reload_requested: self.reload_requested.try_get_value().unwrap_or(false),
            offline_ready_said: local::get_raw(keys::OFFLINE_READY).ok().flatten().is_some(),
        };
        match app_update::on_stage(stage, seen) {
            Say::UpdateWaiting => {
                let _ = self.waiting.try_set(true);
            }
            Say::OfflineReady => {
                let _ = local::set(keys::OFFLINE_READY, &true);
                let _ = self.offline_ready.try_set(true);
            }
            Say::Nothing => {}
        }
    }
}

/// Provides [`Updates`] and registers `/sw.js` once the first screen is shown (the worker
/// downloads every file, which must not compete with that screen). Does nothing where service
/// workers are missing (old browsers, or pages not served over HTTPS or localhost).
pub fn provide() -> Updates {
    let updates = Updates {
        waiting: RwSignal::new(false),
        offline_ready: RwSignal::new(false),
        offline: RwSignal::new(!network::is_online()),
        registration: StoredValue::new_local(None),
        reload_requested: StoredValue::new(false),
        _listeners: StoredValue::new_local(Vec::new()),
    };
    provide_context(updates);

    let mut listeners = vec![
        network::on_online(move || {
            let _ = updates.offline.try_set(false);
        }),
        network::on_offline(move || {
            let _ = updates.offline.try_set(true);
        }),
    ];
    let Some(container) = worker::container() else {
        updates._listeners.set_value(listeners.into_iter().flatten().collect());
        return updates;
    };
    // When the parent consents, the new worker takes control; reload once onto the new version.
    // (The first install also changes the controller, through clients.claim(): no reload then.)
    listeners.push(worker::on_controller_change(move || {
        if updates.reload_requested.try_get_value().unwrap_or(false) {
            worker::reload();
        }
    }));
    updates._listeners.set_value(listeners.into_iter().flatten().collect());

    crate::browser::tasks::after_shown(move || {
        leptos::task::spawn_local(async move {
            let on_stage = move |stage| updates.on_stage(stage);
            let Some(reg) = Registration::register("/sw.js", on_stage).await else { return };
            if reg.has_waiting() && worker::controlled() {
                let _ = updates.waiting.try_set(true);
            }
            let _ = updates.registration.try_set_value(Some(reg));
            crate::browser::i18n::keep_offline(&container).await;
        })
    });
    updates
}
