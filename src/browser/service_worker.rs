//! The app's own service worker (`/sw.js`): registering it, hearing the stages each newly
//! installing version reaches and the page's change of controller, and letting a waiting version
//! take over. Every listener is removed when the handle holding it is dropped.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::listener::Listener;
use crate::domain::app_update::Stage;

/// The page's service workers; `None` where they are missing (old browsers, or pages not served
/// over HTTPS or localhost).
pub fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Whether a version controls this page now: if so, a newly installed one is an update.
pub fn controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Calls `f` when another version takes control of the page; dropping the listener stops it.
pub fn on_controller_change(f: impl Fn() + 'static) -> Option<Listener> {
    let container = container()?;
    Listener::new(&container, "controllerchange", f)
}

/// Reloads the page, onto the version that controls it now.
pub fn reload() {
    super::location::reload();
}

fn stage(worker: &ServiceWorker) -> Stage {
    match worker.state() {
        ServiceWorkerState::Installed => Stage::Installed,
        ServiceWorkerState::Activated => Stage::Activated,
        _ => Stage::Other,
    }
}

/// `/sw.js` registered, with a listener on each version it installs; dropping it removes them.
pub struct Registration {
    registration: ServiceWorkerRegistration,
    _found: Option<Listener>,
    _installing: Rc<RefCell<Vec<Listener>>>,
}

impl Registration {
    /// Registers `url` and calls `on_stage` with every stage that a version installing now, or
    /// found later, reaches. `None` where service workers are missing or the browser refuses.
    pub async fn register(url: &str, on_stage: impl Fn(Stage) + Clone + 'static) -> Option<Self> {
        // Checked, not assumed: a browser that blocks workers may answer with no registration.
        let registration: ServiceWorkerRegistration =
            JsFuture::from(container()?.register(url)).await.ok()?.dyn_into().ok()?;
        let installing = Rc::new(RefCell::new(Vec::new()));
        let watch = {
            let installing = Rc::clone(&installing);
            move |worker: ServiceWorker| {
                let on_stage = on_stage.clone();
                let w = worker.clone();
                if let Some(l) = Listener::new(&worker, "statechange", move || on_stage(stage(&w)))
                {
                    installing.borrow_mut().push(l);
                }
            }
        };
        if let Some(worker) = registration.installing() {
            watch(worker);
        }
        let r = registration.clone();
        let found = Listener::new(&registration, "updatefound", move || {
            if let Some(worker) = r.installing() {
                watch(worker.clone());
            }
        });
        Some(Registration { registration, _found: found, _installing: installing })
    }

    /// Whether a version is installed and waiting to take over.
    pub fn has_waiting(&self) -> bool {
        self.registration.waiting().is_some()
    }

    /// Asks the waiting version to take over (`public/sw.js` listens for "skip-waiting");
    /// `false` when none waits.
    pub fn activate_waiting(&self) -> bool {
        match self.registration.waiting() {
            Some(w) => {
                let _ = w.post_message(&JsValue::from_str("skip-waiting"));
                true
            }
            None => false,
        }
    }
}
