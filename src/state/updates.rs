//! Registers the service worker and watches for updates. A new version never takes over by
//! itself: the parent sees "Update available — reload" and only their tap activates it, and the
//! banner waits while a session is being timed.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use super::keys;
use crate::browser::local_storage as local;

/// What the shell shows about the app's own updates and the network.
#[derive(Clone, Copy)]
pub struct Updates {
    /// A new version is installed and waiting for the parent's consent.
    pub waiting: RwSignal<bool>,
    /// The first install finished: the app now works offline.
    pub offline_ready: RwSignal<bool>,
    /// The browser reports no network.
    pub offline: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// The parent tapped Reload; only then does a change of worker reload the page.
    reload_requested: StoredValue<bool>,
}

impl Updates {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Updates>()
    }

    /// Activates the waiting version; the page reloads when it has taken over.
    pub fn apply(&self) {
        let waiting = self.registration.get_value().and_then(|r| r.waiting());
        match waiting {
            Some(w) => {
                self.reload_requested.set_value(true);
                let _ = w.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    }
}

/// Whether a worker controls this page now: if so, a newly installed one is an update.
fn controlled() -> bool {
    window().navigator().service_worker().controller().is_some()
}

fn offline_ready_said() -> bool {
    local::get_raw(keys::OFFLINE_READY).ok().flatten().is_some()
}

fn watch_installing(worker: ServiceWorker, updates: Updates) {
    let w = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || match w.state() {
        ServiceWorkerState::Installed if controlled() => {
            let _ = updates.waiting.try_set(true);
        }
        ServiceWorkerState::Activated
            if !updates.reload_requested.get_value() && !offline_ready_said() =>
        {
            let _ = local::set(keys::OFFLINE_READY, &true);
            let _ = updates.offline_ready.try_set(true);
        }
        _ => {}
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Provides [`Updates`] and registers `/sw.js` once the first screen is shown (the worker
/// downloads every file, which must not compete with that screen). Does nothing where service
/// workers are missing (old browsers, or pages not served over HTTPS or localhost).
pub fn provide() -> Updates {
    let updates = Updates {
        waiting: RwSignal::new(false),
        offline_ready: RwSignal::new(false),
        offline: RwSignal::new(!window().navigator().on_line()),
        registration: StoredValue::new_local(None),
        reload_requested: StoredValue::new(false),
    };
    provide_context(updates);

    for (event, offline) in [("online", false), ("offline", true)] {
        let cb = Closure::<dyn FnMut()>::new(move || {
            let _ = updates.offline.try_set(offline);
        });
        let _ = window().add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    }

    let nav = window().navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return updates;
    }
    let container = nav.service_worker();

    // When the parent consents, the new worker takes control; reload once onto the new version.
    // (The first install also changes the controller, through clients.claim(): no reload then.)
    let on_controller = Closure::<dyn FnMut()>::new(move || {
        if updates.reload_requested.try_get_value().unwrap_or(false) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();

    crate::browser::tasks::after_shown(move || {
        leptos::task::spawn_local(async move {
            let Ok(reg) = JsFuture::from(container.register("/sw.js")).await else { return };
            let reg: ServiceWorkerRegistration = reg.unchecked_into();
            if reg.waiting().is_some() && controlled() {
                let _ = updates.waiting.try_set(true);
            }
            if let Some(installing) = reg.installing() {
                watch_installing(installing, updates);
            }
            let r = reg.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = r.installing() {
                    watch_installing(installing, updates);
                }
            });
            reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
            let _ = updates.registration.try_set_value(Some(reg));
            crate::browser::i18n::keep_offline(&container).await;
        })
    });
    updates
}
