//! Reminders while the app is open: at a planned time, a banner, a soft chime (unless muted) and,
//! if the parent allowed them, a notification shown by the service worker. Which slot is due is
//! decided by [`reminder::due_now`], checked every 20 seconds and again whenever the log, the plan or
//! the running session changes, so the banner ends as soon as the slot is logged, started,
//! skipped or no longer in the plan. The chime and notification sound once per slot.

use chrono::Local;
use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::reminder::{self, Answered};
use crate::domain::{Millis, HOUR};
use crate::state::first_use::Began;
use crate::state::log_store::LogStore;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text;

/// The banner's state: the slot time being announced.
#[derive(Clone, Copy)]
pub struct Reminders {
    pub due: RwSignal<Option<Millis>>,
    /// Slots at or before this instant are settled (see [`keys::REMINDER_SETTLED`]).
    settled: RwSignal<Millis>,
}

impl Reminders {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Reminders>()
    }

    /// Settles every slot up to `at`: the banner goes and that slot is not reminded again.
    fn settle(&self, at: Millis) {
        if self.settled.get_untracked() < at {
            self.settled.set(at);
            let _ = local::set(keys::REMINDER_SETTLED, &at);
        }
        self.due.set(None);
    }

    /// "Not now": the slot shown is skipped.
    pub fn skip(&self) {
        if let Some(at) = self.due.get_untracked() {
            self.settle(at);
        }
    }
}

/// Starts watching the plan; called once by the shell.
pub fn provide() {
    let settled: Millis = local::get(keys::REMINDER_SETTLED).ok().flatten().unwrap_or(0);
    let rem = Reminders { due: RwSignal::new(None), settled: RwSignal::new(settled) };
    provide_context(rem);
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let began = Began::get();
    let check = move || {
        let now = browser::clock::now();
        let Some((plan, journey)) =
            app.settings.try_with_untracked(|s| (s.plan.clone(), s.journey.clone()))
        else {
            return;
        };
        let running = rs.state.try_with_untracked(Option::is_some).unwrap_or(true);
        let Some(since) = began.first.try_with_untracked(|f| f.at) else { return };
        leptos::task::spawn_local(async move {
            let Ok(entries) = store.range(now - 36 * HOUR, now + 1).await else { return };
            let Some(settled) = rem.settled.try_get_untracked() else { return };
            let answered = Answered { since, settled, running };
            let due = reminder::due_now(&plan, &journey, &Local, &entries, now, answered);
            let _ = rem.due.try_set(due);
            let announced: Millis = local::get(keys::REMINDED).ok().flatten().unwrap_or(0);
            // Written after each decision, so a reload does not chime again (and a test can tell
            // the check has decided).
            if let Some(latest) = reminder::latest_now(&plan, &journey, &Local, now) {
                if latest > announced {
                    let _ = local::set(keys::REMINDED, &latest);
                }
            }
            let Some(slot) = due.filter(|at| *at > announced) else { return };
            let clock = app.settings.with_untracked(|s| s.clock);
            let at = text::format::clock_at(&Local, slot, clock);
            if app.settings.with_untracked(|s| s.chime) {
                browser::sound::chime();
            }
            browser::notifications::notify(text::APP_NAME, &text::reminder::due(&at));
        });
    };
    // Starting a session settles what was due; changing the plan settles every slot so far (the
    // old plan's times are not named, the new plan's past ones are not sprung on the parent).
    Effect::new(move |was_running: Option<bool>| {
        let running = rs.state.with(Option::is_some);
        if running && was_running == Some(false) {
            rem.settle(browser::clock::now());
        }
        running
    });
    Effect::new(move |before: Option<crate::domain::plan::Plan>| {
        let plan = app.settings.with(|s| s.plan.clone());
        if before.as_ref().is_some_and(|b| *b != plan) {
            rem.settle(browser::clock::now());
        }
        plan
    });
    crate::browser::tasks::after_shown(move || {
        check();
        // A saved session (or any write) is checked at once, not 20 seconds later.
        Effect::new(move |first: Option<()>| {
            let _ = store.revision.get();
            let _ = app.settings.with(|s| s.plan.revision);
            let _ = rem.settled.get();
            let _ = rs.state.with(Option::is_some);
            if first.is_some() {
                check();
            }
        });
        // The shell lives as long as the page, and so does this interval.
        let _ = set_interval_with_handle(check, std::time::Duration::from_secs(20));
    });
}
