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

/// Start-up happens in stages, one task each, so that no single task keeps a slow phone busy for
/// long: the state (settings, storage), the frame (router, service worker, theme), then the bars,
/// then the screen, then the swap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    State,
    Bars,
    Screen,
}

/// Mounts the app into `#app` stage by stage (see [`Stage`]). Until the swap `#app` stays hidden
/// and the loading shell that `index.html` paints stays on screen, so the parent sees one change,
/// not a screen that builds itself. The shell is hidden rather than removed: browsers stop
/// counting a removed element as the page's largest paint, and the shell is that paint.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id("app") else { return };
    root.set_inner_html("");
    let _ = root.set_attribute("hidden", "");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    // The app's owner lives as long as the page; the view is mounted under it a task later.
    // Opening the log spawns tasks, which needs the executor `mount_to` would set up later.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let (may_save, running) = owner.with(provide_state);
    let stage = RwSignal::new(Stage::State);
    device::mark("relact:state");
    // Tasks run in the order they were asked for, each after the one before has finished.
    let frame = root.clone();
    device::next_task(move || {
        owner.with(|| {
            leptos::mount::mount_to(frame, move || view! { <App stage may_save/> }).forget()
        });
        device::mark("relact:frame");
        std::mem::forget(owner);
    });
    device::next_task(move || {
        stage.set(Stage::Bars);
        device::mark("relact:bars");
    });
    device::next_task(move || {
        // The clock was read with the state, tasks ago: a running timer is drawn as it is now.
        running.now.set(device::now());
        stage.set(Stage::Screen);
        device::mark("relact:screen");
    });
    device::next_task(move || show(&root));
}

/// Reads the settings, opens the log and picks up a running timer, for every screen to share.
/// Returns whether the settings may be saved (settings that could not be read and could not be
/// kept aside must not be overwritten) and the running timer.
fn provide_state() -> (bool, running::RunningSession) {
    let (loaded, problem) = local::load_settings();
    let may_save = !matches!(problem, Some(LocalError::WriteRefused | LocalError::Blocked));
    provide_context(AppState {
        settings: RwSignal::new(loaded),
        notice: RwSignal::new(match problem {
            None => None,
            Some(LocalError::Unreadable { .. }) => Some(text::problem::SETTINGS_UNREADABLE),
            Some(_) => Some(text::problem::STORAGE_BLOCKED),
        }),
    });
    provide_context(LogStore::new());
    (may_save, running::provide())
}

/// The swap: the app in, the shell out, then whatever waited for it.
fn show(root: &web_sys::Element) {
    let _ = root.remove_attribute("hidden");
    if let Some(shell) = document().get_element_by_id("shell") {
        let _ = shell.set_attribute("hidden", "");
    }
    device::mark("relact:shown");
    let waiting = AFTER_SHOWN.with(|w| w.borrow_mut().take()).unwrap_or_default();
    for f in waiting {
        device::next_task(f);
    }
}

thread_local! {
    /// Work waiting for the first screen to be shown; `None` once it has been.
    static AFTER_SHOWN: std::cell::RefCell<Option<Vec<device::Task>>> =
        std::cell::RefCell::new(Some(Vec::new()));
}

/// Runs `f` once the first screen is shown, in a task of its own (at once, in the next task,
/// after that). For work the first screen does not need, such as registering the service worker
/// or the first reminder check, so it never delays what the parent came to see.
pub fn after_shown(f: impl FnOnce() + 'static) {
    let f: device::Task = Box::new(f);
    let later = AFTER_SHOWN.with(|w| match w.borrow_mut().as_mut() {
        Some(waiting) => {
            waiting.push(f);
            None
        }
        None => Some(f),
    });
    if let Some(f) = later {
        device::next_task(f);
    }
}

/// The whole app, drawn up to `stage` (see [`start`]), under the state [`provide_state`] gave.
#[component]
pub fn App(stage: RwSignal<Stage>, may_save: bool) -> impl IntoView {
    let state = AppState::get();
    let store = LogStore::get();
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
    let bars = move || stage.get() != Stage::State;

    view! {
        <Router>
            <Show when=bars>
                <a class="skip" href="#main">{text::nav::SKIP_TO_CONTENT}</a>
                <Header/>
                <UpdateBanner/>
                <div class="banner-area">
                    <ReminderBanner/>
                </div>
                <Notices/>
            </Show>
            <main id="main" tabindex="-1">
                <Show when=move || stage.get() == Stage::Screen>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=TodayPage/>
                        <Route path=path!("/timer") view=TimerPage/>
                        <Route path=path!("/log") view=LogPage/>
                        <Route path=path!("/plan") view=PlanPage/>
                        <Route path=path!("/progress") view=ProgressPage/>
                        <Route path=path!("/guide") view=GuidePage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                    </Routes>
                </Show>
            </main>
            <Show when=bars>
                <BottomNav/>
            </Show>
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
