//! Reminders while the app is open: at a planned time, a banner, a soft chime (unless muted) and,
//! if the parent allowed them, a notification shown by the service worker. A slot is announced
//! once, and not at all if a session is running or one was just logged.

use chrono::{Local, TimeZone};
use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::entry::{Record, SessionKind};
use crate::domain::{Millis, MINUTE};
use crate::state::log_store::LogStore;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text;

/// How long after its time a slot is still worth a reminder.
const LATE: Millis = 30 * MINUTE;

/// The banner's state: the slot time being announced.
#[derive(Clone, Copy)]
pub struct Reminders {
    pub due: RwSignal<Option<Millis>>,
}

impl Reminders {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Reminders>()
    }
}

/// Starts watching the plan; called once by the shell.
pub fn provide() {
    let rem = Reminders { due: RwSignal::new(None) };
    provide_context(rem);
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let check = move || {
        let now = browser::clock::now();
        let Some(plan) = app.settings.try_with_untracked(|s| s.plan.clone()) else { return };
        let (date, _) = plan.day_start(&Local, now);
        let reminded: Millis = local::get(keys::REMINDED).ok().flatten().unwrap_or(0);
        let Some(slot) = plan
            .slots(&Local, date, now, &[])
            .into_iter()
            .map(|s| s.at)
            .rfind(|at| *at <= now && now - at < LATE && *at > reminded)
        else {
            return;
        };
        if rs.state.try_with_untracked(Option::is_some).unwrap_or(true) {
            return;
        }
        leptos::task::spawn_local(async move {
            // A session logged near the slot means it is done: stay quiet.
            let recent = store.range(slot - LATE, now + 1).await.unwrap_or_default();
            let done = recent.iter().any(|e| {
                !e.deleted
                    && matches!(&e.record, Record::Session(s) if s.kind != SessionKind::ComfortNursing)
            });
            let _ = local::set(keys::REMINDED, &slot);
            if done {
                return;
            }
            let _ = rem.due.try_set(Some(slot));
            let clock = app.settings.with_untracked(|s| s.clock);
            let at = Local
                .timestamp_millis_opt(slot)
                .single()
                .map(|d| text::format::clock_time(d.time(), clock))
                .unwrap_or_default();
            if app.settings.with_untracked(|s| s.chime) {
                browser::sound::chime();
            }
            browser::notifications::notify(text::APP_NAME, &text::reminder::due(&at));
        });
    };
    crate::browser::tasks::after_shown(move || {
        check();
        // The shell lives as long as the page, and so does this interval.
        let _ = set_interval_with_handle(check, std::time::Duration::from_secs(20));
    });
}
