//! The shell: header, navigation, notices and the routes to every screen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::browser::split::{split, NotArrived};
use crate::domain::route::Route;
use crate::domain::settings::Settings;
use crate::state::log_store::LogStore;
use crate::state::reminders;
use crate::state::router::Router;
use crate::state::{self, updates, AppState};
use crate::text;
use crate::ui::widgets::lazy_view::LazyView;
use crate::ui::widgets::nav::{BottomNav, Header};
use crate::ui::widgets::notice::Notices;
use crate::ui::widgets::reminder_banner::ReminderBanner;
use crate::ui::widgets::show::Show;
use crate::ui::widgets::update_banner::{OfflineReady, UpdateBanner};
use crate::ui::{
    guide::GuidePage, join::JoinPage, log::LogPage, not_found::NotFound, plan::PlanPage,
    progress::ProgressPage, receive::ReceivePage, server_help::ServerHelpPage,
    settings::SettingsPage, timer::TimerPage, today::TodayPage,
};

/// Start-up happens in stages, one task each, so that no single task keeps a slow phone busy for
/// long: the state (settings, storage, the address), the frame (service worker, theme), then the
/// bars, then the screen, then the swap.
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
    // A panic's message in the console, for a developer's build only: a parent never reads the
    // console, and leaving the hook out of the release saves 0.9 KB gzip of the wasm.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The words first: every stage below draws them.
    browser::i18n::install_loaded();
    let Some(root) = document().get_element_by_id("app") else { return };
    root.set_inner_html("");
    let _ = root.set_attribute("hidden", "");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    // The app's owner lives as long as the page; the view is mounted under it a task later.
    // Opening the log spawns tasks, which needs the executor `mount_to` would set up later.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let (may_save, running) = owner.with(state::provide);
    let stage = RwSignal::new(Stage::State);
    browser::tasks::mark("relact:state");
    // Tasks run in the order they were asked for, each after the one before has finished.
    let frame = root.clone();
    browser::tasks::next_task(move || {
        // Forgotten on purpose: the app is the page, so its view is never unmounted.
        owner.with(|| {
            leptos::mount::mount_to(frame, move || view! { <App stage may_save/> }).forget()
        });
        browser::tasks::mark("relact:frame");
        std::mem::forget(owner);
    });
    browser::tasks::next_task(move || {
        stage.set(Stage::Bars);
        browser::tasks::mark("relact:bars");
    });
    browser::tasks::next_task(move || {
        // The clock was read with the state, tasks ago: a running timer is drawn as it is now.
        running.now.set(browser::clock::now());
        stage.set(Stage::Screen);
        browser::tasks::mark("relact:screen");
    });
    browser::tasks::next_task(move || show(&root));
    // The bottom bar's screens are one tap away: their file (one for the four, with the set-up
    // card's, which carries the code they share with other files) is read and compiled (off the
    // main thread) as soon as the app is shown, and run a moment later; so a tap seldom waits for
    // it, and the first screen does not. Compiled by the boot script while the shell painted,
    // Today came later; 50 ms after the app was shown, a tap the moment Today was drawn could meet
    // the compile on its way in; 300 ms after, a quick tap waited for it (README, the levers
    // table). A screen opened by its address had its file compiled by the boot script, beside
    // the main wasm.
    browser::tasks::after_shown(|| {
        leptos::task::spawn_local(async {
            browser::split::compile_ahead("bar");
            browser::timer::sleep(250).await;
            let _ = bar_preload().await;
        })
    });
}

/// The swap: the app in, the shell out, then whatever waited for it.
fn show(root: &web_sys::Element) {
    let _ = root.remove_attribute("hidden");
    if let Some(shell) = document().get_element_by_id("shell") {
        let _ = shell.set_attribute("hidden", "");
    }
    browser::tasks::mark("relact:shown");
    browser::tasks::shown();
}

/// The whole app, drawn up to `stage` (see [`start`]), under the state [`state::provide`] gave.
#[component]
pub fn App(stage: RwSignal<Stage>, may_save: bool) -> impl IntoView {
    let state = AppState::get();
    let store = LogStore::get();
    updates::provide();
    state::first_use::provide();
    reminders::provide();
    state::milestones::move_old_ticks(store);
    Effect::new(move |_| {
        if store.unreadable.get() > 0 {
            state.error(text::problem::ENTRIES_UNREADABLE.get());
        }
        if store.must_reload.get() {
            state.error(text::store_error(&crate::domain::store::StoreError::VersionChanged));
        }
    });

    Effect::new(move |first: Option<()>| {
        let s = state.settings.get();
        apply_theme(&s);
        if first.is_some() && may_save && state::settings::save_settings(&s).is_err() {
            state.error(text::problem::SAVE_FAILED.get());
        }
    });

    follow_the_clock_and_system(state.settings);
    let bars = move || stage.get() != Stage::State;

    view! {
        <Show when=bars>
            // Moves focus, not only the address: the next Tab starts in the screen.
            <a
                class="skip"
                href="#main"
                on:click=move |ev| {
                    ev.prevent_default();
                    crate::ui::focus::focus_main();
                }
            >
                {text::nav::SKIP_TO_CONTENT}
            </a>
            <Header/>
            // Both float above the bottom bar: a message that arrives while the parent looks
            // at a screen (a reminder at 09:40, an update) never pushes Start down.
            <div class="toasts">
                <UpdateBanner/>
                <ReminderBanner/>
            </div>
            <Notices/>
        </Show>
        <FocusOnNavigate/>
        <main id="main" tabindex="-1">
            <Show when=move || stage.get() == Stage::Screen>
                <Screen/>
            </Show>
            <Show when=bars>
                <OfflineReady/>
            </Show>
        </main>
        <Show when=bars>
            <BottomNav/>
        </Show>
    }
}

/// The screen the address names, drawn again only when the screen changes (not when only the
/// query does). Only Today is in the first download; the other screens are in two wasm files of
/// their own (#27), from the phone's own copy once the service worker has kept one, so each opens
/// offline: the bottom bar's, fetched a moment after the app is shown (see [`start`]), and the
/// others', fetched when one of them first opens; a screen opened by its address has its file
/// compiled by the boot script beside the main wasm (`scripts/post-build.mjs`).
#[component]
fn Screen() -> impl IntoView {
    let router = Router::get();
    move || match router.route() {
        Route::Today => view! { <TodayPage/> }.into_any(),
        Route::Timer => view! { <LazyView load=|| Box::pin(timer_screen())/> }.into_any(),
        Route::Log => view! { <LazyView load=|| Box::pin(log_screen())/> }.into_any(),
        Route::Plan => view! { <LazyView load=|| Box::pin(plan_screen())/> }.into_any(),
        Route::Progress => view! { <LazyView load=|| Box::pin(progress_screen())/> }.into_any(),
        Route::Guide => view! { <LazyView load=|| Box::pin(guide_screen())/> }.into_any(),
        Route::Settings => view! { <LazyView load=|| Box::pin(settings_screen())/> }.into_any(),
        Route::Join => view! { <LazyView load=|| Box::pin(join_screen())/> }.into_any(),
        Route::ServerHelp => {
            view! { <LazyView load=|| Box::pin(server_help_screen())/> }.into_any()
        }
        Route::Receive => view! { <LazyView load=|| Box::pin(receive_screen())/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}

// The split points (browser::split): the functions of one module, and all the code only they
// reach, become a wasm file of their own (code several share is carried inside one of the
// files, scripts/split.mjs): one for the bottom bar's screens, one for the others. One file per
// screen made 29 small files for Progress alone, each then a trip through the service worker: a
// tap took 40 ms longer. A file that cannot arrive is a sentence on the screen
// (widgets::lazy_view), never a panic.
split!(bar, preload bar_preload;
    fn timer_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <TimerPage/> }.into_any())
    }
);
split!(bar;
    fn log_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <LogPage/> }.into_any())
    }
);
split!(bar;
    fn plan_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <PlanPage/> }.into_any())
    }
);
split!(bar;
    fn progress_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <ProgressPage/> }.into_any())
    }
);
split!(more;
    fn guide_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <GuidePage/> }.into_any())
    }
);
split!(more;
    fn settings_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <SettingsPage/> }.into_any())
    }
);
split!(more;
    fn join_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <JoinPage/> }.into_any())
    }
);
split!(more;
    fn server_help_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <ServerHelpPage/> }.into_any())
    }
);
split!(more;
    fn receive_screen() -> Result<AnyView, NotArrived> {
        Ok(view! { <ReceivePage/> }.into_any())
    }
);

/// A new screen puts focus on its heading, as a new page would, rather than leaving it on a link
/// that is gone (or on the page itself). The first screen keeps focus at the start, so that the
/// first Tab still reaches the skip link.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let router = Router::get();
    // The screen, not the path: `/log/` → `/log` draws nothing new, so focus stays where it is.
    Effect::new(move |prev: Option<Route>| {
        let route = router.route();
        if prev.is_some_and(|p| p != route) {
            crate::ui::focus::focus_heading();
        }
        route
    });
}

/// Sets the theme the settings ask for now (`data-theme` on `<html>`); `public/theme.js` does
/// the same before the wasm loads, so the page never flashes white at night.
pub fn apply_theme(settings: &Settings) {
    let minute = {
        use chrono::Timelike;
        let t = chrono::Local::now().time();
        (t.hour() * 60 + t.minute()) as u16
    };
    let night = settings.night_now(browser::appearance::prefers_dark(), minute);
    browser::appearance::set_theme(if night { "night" } else { "light" });
}

/// The automatic theme turns at bedtime and waking and follows the phone's dark mode, so it is
/// checked once a minute (one attribute read) and whenever the system preference changes. Both
/// stop with the app's owner (which lives as long as the page).
fn follow_the_clock_and_system(settings: RwSignal<Settings>) {
    let reapply = move || apply_theme(&settings.get_untracked());
    if let Ok(handle) = set_interval_with_handle(reapply, std::time::Duration::from_secs(60)) {
        on_cleanup(move || handle.clear());
    }
    StoredValue::new_local(browser::appearance::on_dark_mode_change(reapply));
}
