//! The session that is running right now, shared by every screen: its state (saved to localStorage
//! at every change), a clock that ticks once a second only while a session runs and catches up the
//! moment the page is visible again, the tab title, the wake lock and the goal chime.

use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::local_storage::{self as local, LocalError};
use crate::domain::entry::{SessionKind, Side};
use crate::domain::timer::{goal_for, GoalNews, Reading, Running, DEFAULT_TARGET};
use crate::domain::Millis;
use crate::state::AppState;
use crate::text;

/// Shared state of the running session.
#[derive(Clone, Copy)]
pub struct RunningSession {
    pub state: RwSignal<Option<Running>>,
    /// The current instant as the screens see it; refreshed each second while running.
    pub now: RwSignal<Millis>,
}

impl RunningSession {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<RunningSession>()
    }

    /// Elapsed and per-side times now, if a session runs.
    pub fn reading(&self) -> Option<Reading> {
        let now = self.now.get();
        self.state.with(|s| s.as_ref().map(|r| r.read(now)))
    }

    /// The goal's news for screen readers at the ticking now (see [`Running::goal_news`]).
    pub fn goal_news(&self) -> Option<GoalNews> {
        let now = self.now.get();
        self.state.with(|s| s.as_ref().and_then(|r| r.goal_news(now)))
    }

    /// Starts a session (the caller has made sure none is running).
    pub fn start(&self, kind: SessionKind) {
        let now = browser::clock::now();
        self.now.set(now);
        // Pumping and hand expressing aim for the plan's session length (about 15 minutes during
        // the opening phase before a baby arrives); nursing has no goal.
        let minutes = AppState::get()
            .settings
            .with_untracked(|s| s.journey.session_minutes(&s.plan, now, &chrono::Local));
        let target = goal_for(kind, minutes).unwrap_or(DEFAULT_TARGET);
        self.change(|s| *s = Some(Running::start(kind, Running::default_side(kind), now, target)));
    }

    /// Starts nursing with an at-breast supplementer: a nursing session whose save asks the
    /// amount given through the supplementer.
    pub fn start_supplementer(&self) {
        self.start(SessionKind::Nursing);
        self.change(|s| s.iter_mut().for_each(|r| r.supplementer = true));
    }

    /// Applies a change to the running state and writes it to localStorage at once.
    pub fn change(&self, f: impl FnOnce(&mut Option<Running>)) {
        self.now.set(browser::clock::now());
        self.state.update(f);
        let saved = match self.state.get_untracked() {
            Some(r) => local::set(keys::RUNNING, &r),
            None => {
                local::remove(keys::RUNNING);
                Ok(())
            }
        };
        if saved.is_err() {
            AppState::get().error(text::problem::SAVE_FAILED.get());
        }
    }

    /// Switches to the other breast now.
    pub fn switch_side(&self) {
        self.change(|s| s.iter_mut().for_each(|r| r.switch_side(browser::clock::now())));
    }

    /// Picks a side now.
    pub fn set_side(&self, side: Side) {
        self.change(|s| s.iter_mut().for_each(|r| r.set_side(side, browser::clock::now())));
    }

    /// Pauses or resumes.
    pub fn toggle_pause(&self) {
        self.change(|s| s.iter_mut().for_each(|r| r.toggle_pause(browser::clock::now())));
    }
}

/// Loads any running session and wires the clock, title, wake lock and chime. Called once by the
/// app shell.
pub fn provide() -> RunningSession {
    let notice = AppState::get().notice;
    let loaded = match local::get::<Running>(keys::RUNNING) {
        Ok(r) => r,
        Err(LocalError::Unreadable { .. }) => {
            local::remove(keys::RUNNING);
            notice.set(Some(crate::state::Notice::error(text::timer::TIMER_UNREADABLE.get())));
            None
        }
        Err(_) => None,
    };
    let rs =
        RunningSession { state: RwSignal::new(loaded), now: RwSignal::new(browser::clock::now()) };
    provide_context(rs);

    // Tick once a second while a session runs; nothing redraws when none does.
    let is_running = Memo::new(move |_| rs.state.with(Option::is_some));
    Effect::new(move |prev: Option<Option<IntervalHandle>>| {
        if let Some(Some(h)) = prev {
            h.clear();
        }
        if is_running.get() {
            browser::wake_lock::keep_screen_on();
            set_interval_with_handle(
                move || {
                    let _ = rs.now.try_set(browser::clock::now());
                },
                std::time::Duration::from_secs(1),
            )
            .ok()
        } else {
            browser::wake_lock::let_screen_sleep();
            None
        }
    });

    // Catch up at once when the phone is unlocked or the tab comes back. The listener is kept
    // under the app's owner, which lives as long as the page, and removed with it.
    let on_visible = browser::visibility::on_change(move |visible| {
        if visible && rs.state.try_with_untracked(Option::is_some).unwrap_or(false) {
            let _ = rs.now.try_set(browser::clock::now());
            browser::wake_lock::keep_screen_on();
        }
    });
    StoredValue::new_local(on_visible);

    // The tab title shows the time while running.
    Effect::new(move |_| {
        let title = match (rs.state.with(|s| s.as_ref().map(|r| r.kind)), rs.reading()) {
            (Some(kind), Some(r)) => text::timer::title(&text::format::duration(r.elapsed), kind),
            _ => text::APP_NAME.to_string(),
        };
        document().set_title(&title);
    });

    // A gentle signal when the goal is reached, once per session.
    Effect::new(move |_| {
        let now = rs.now.get();
        if rs.state.with(|s| s.as_ref().is_some_and(|s| s.goal_signal_due(now))) {
            if AppState::get().settings.with_untracked(|s| s.chime) {
                browser::sound::chime();
            }
            browser::sound::vibrate();
            rs.change(|s| s.iter_mut().for_each(|s| s.chimed = true));
        }
    });
    rs
}
