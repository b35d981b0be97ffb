//! The shell: header, navigation, notices and the routes to every screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

use crate::components::nav::{BottomNav, Header};
use crate::components::notice::Notices;
use crate::components::update_banner::UpdateBanner;
use crate::device;
use crate::domain::settings::Settings;
use crate::log_store::LogStore;
use crate::pages::{
    guide::GuidePage, log::LogPage, not_found::NotFound, plan::PlanPage, progress::ProgressPage,
    settings::SettingsPage, timer::TimerPage, today::TodayPage,
};
use crate::reminders::{self, ReminderBanner};
use crate::running;
use crate::service_worker;
use crate::storage::local::{self, LocalError};
use crate::text;

/// What every screen may read or change: the settings and the message line.
#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    /// One sentence for the parent (an error or a confirmation); `None` hides the line.
    pub notice: RwSignal<Option<&'static str>>,
}

impl AppState {
    /// Shorthand for screens.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }
}

/// Mounts the app into `#app`, then hides the loading shell that `index.html` paints before the
/// wasm arrives. The shell is hidden rather than removed: browsers stop counting a removed
/// element as the page's largest paint, and the shell is that paint.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id("app") else { return };
    root.set_inner_html("");
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        leptos::mount::mount_to(root, App).forget();
    }
    if let Some(shell) = document().get_element_by_id("shell") {
        let _ = shell.set_attribute("hidden", "");
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (loaded, problem) = local::load_settings();
    // Settings that could not be read and could not be kept aside must not be overwritten.
    let may_save = !matches!(problem, Some(LocalError::WriteRefused | LocalError::Blocked));
    let state = AppState {
        settings: RwSignal::new(loaded),
        notice: RwSignal::new(match problem {
            None => None,
            Some(LocalError::Unreadable { .. }) => Some(text::problem::SETTINGS_UNREADABLE),
            Some(_) => Some(text::problem::STORAGE_BLOCKED),
        }),
    };
    provide_context(state);
    let store = LogStore::new();
    provide_context(store);
    running::provide();
    service_worker::provide();
    reminders::provide();
    Effect::new(move |_| {
        if store.unreadable.get() > 0 {
            state.notice.set(Some(text::problem::ENTRIES_UNREADABLE));
        }
        if store.must_reload.get() {
            state.notice.set(Some(text::store_error(&crate::storage::StoreError::VersionChanged)));
        }
    });

    Effect::new(move |first: Option<()>| {
        let s = state.settings.get();
        apply_theme(&s);
        if first.is_some() && may_save && local::save_settings(&s).is_err() {
            state.notice.set(Some(text::problem::SAVE_FAILED));
        }
    });

    follow_the_clock_and_system(state.settings);

    view! {
        <Router>
            <a class="skip" href="#main">{text::nav::SKIP_TO_CONTENT}</a>
            <Header/>
            <UpdateBanner/>
            <div class="banner-area">
                <ReminderBanner/>
            </div>
            <Notices/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=TodayPage/>
                    <Route path=path!("/timer") view=TimerPage/>
                    <Route path=path!("/log") view=LogPage/>
                    <Route path=path!("/plan") view=PlanPage/>
                    <Route path=path!("/progress") view=ProgressPage/>
                    <Route path=path!("/guide") view=GuidePage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                </Routes>
            </main>
            <BottomNav/>
        </Router>
    }
}

/// Sets `data-theme` on `<html>`; `public/theme.js` does the same before the wasm loads, so the
/// page never flashes white at night.
pub fn apply_theme(settings: &Settings) {
    let minute = {
        use chrono::Timelike;
        let t = chrono::Local::now().time();
        (t.hour() * 60 + t.minute()) as u16
    };
    let night = settings.night_now(device::prefers_dark(), minute);
    let theme = if night { "night" } else { "light" };
    if let Some(html) = document().document_element() {
        if html.get_attribute("data-theme").as_deref() != Some(theme) {
            let _ = html.set_attribute("data-theme", theme);
        }
    }
}

/// The automatic theme turns at bedtime and waking and follows the phone's dark mode, so it is
/// checked once a minute (one attribute read) and whenever the system preference changes.
fn follow_the_clock_and_system(settings: RwSignal<Settings>) {
    let reapply = move || apply_theme(&settings.get_untracked());
    if let Ok(handle) = set_interval_with_handle(reapply, std::time::Duration::from_secs(60)) {
        on_cleanup(move || handle.clear());
    }
    if let Some(dark) = device::dark_mode() {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(reapply);
        let _ = dark.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
        // The app lives as long as the page, so the listener does too.
        listener.forget();
    }
}
