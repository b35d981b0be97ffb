//! Reminders while the app is open: at a planned time, a banner, a soft chime (unless muted) and,
//! if the parent allowed them, a notification shown by the service worker. A slot is announced
//! once, and not at all if a session is running or one was just logged.

use chrono::{Local, TimeZone};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::AppState;
use crate::device;
use crate::domain::entry::{Record, SessionKind};
use crate::domain::{Millis, MINUTE};
use crate::log_store::LogStore;
use crate::running::RunningSession;
use crate::storage::local;
use crate::text;

/// The last slot announced, so a reload does not announce it again.
const REMINDED_KEY: &str = "relact.reminded.v1";
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

fn notify(body: &str) {
    let Some(w) = web_sys::window() else { return };
    let permission = js_sys::Reflect::get(&w, &"Notification".into())
        .ok()
        .filter(|n| !n.is_undefined())
        .and_then(|n| js_sys::Reflect::get(&n, &"permission".into()).ok())
        .and_then(|p| p.as_string());
    if permission.as_deref() != Some("granted") {
        return;
    }
    let body = body.to_string();
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(
            w.navigator()
                .service_worker()
                .ready()
                .unwrap_or_else(|_| js_sys::Promise::reject(&"".into())),
        )
        .await
        else {
            return;
        };
        let Ok(show) = js_sys::Reflect::get(&reg, &"showNotification".into()) else { return };
        let Ok(show) = show.dyn_into::<js_sys::Function>() else { return };
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"body".into(), &body.into());
        let _ = js_sys::Reflect::set(&options, &"tag".into(), &"relact-session".into());
        let _ = js_sys::Reflect::set(&options, &"icon".into(), &"/icons/icon-192.png".into());
        let _ = show.call2(&reg, &text::APP_NAME.into(), &options);
    });
}

/// Asks for notification permission; returns the sentence to show.
pub async fn ask_permission() -> &'static str {
    let Some(w) = web_sys::window() else { return text::reminder::UNSUPPORTED };
    let Ok(n) = js_sys::Reflect::get(&w, &"Notification".into()) else {
        return text::reminder::UNSUPPORTED;
    };
    let Some(request) = js_sys::Reflect::get(&n, &"requestPermission".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return text::reminder::UNSUPPORTED;
    };
    let Ok(p) = request.call0(&n).and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        return text::reminder::UNSUPPORTED;
    };
    match JsFuture::from(p).await.ok().and_then(|v| v.as_string()).as_deref() {
        Some("granted") => text::reminder::ALLOWED,
        _ => text::reminder::BLOCKED,
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
        let now = device::now();
        let Some(plan) = app.settings.try_with_untracked(|s| s.plan.clone()) else { return };
        let (date, _) = plan.day_start(&Local, now);
        let reminded: Millis = local::get(REMINDED_KEY).ok().flatten().unwrap_or(0);
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
            let _ = local::set(REMINDED_KEY, &slot);
            if done {
                return;
            }
            let _ = rem.due.try_set(Some(slot));
            let clock = app.settings.with_untracked(|s| s.clock);
            let at = Local
                .timestamp_millis_opt(slot)
                .single()
                .map(|d| text::clock_time(d.time(), clock))
                .unwrap_or_default();
            if app.settings.with_untracked(|s| s.chime) {
                device::chime();
            }
            notify(&text::reminder::due(&at));
        });
    };
    crate::app::after_shown(move || {
        check();
        // The shell lives as long as the page, and so does this interval.
        let _ = set_interval_with_handle(check, std::time::Duration::from_secs(20));
    });
}

/// The in-app reminder banner.
#[component]
pub fn ReminderBanner() -> impl IntoView {
    let rem = Reminders::get();
    let rs = RunningSession::get();
    let app = AppState::get();
    let navigate = leptos_router::hooks::use_navigate();
    view! {
        <Show when=move || rem.due.get().is_some() && rs.state.with(Option::is_none)>
            <div class="banner reminder" role="alert">
                <span>
                    {move || {
                        let clock = app.settings.with(|s| s.clock);
                        rem.due
                            .get()
                            .and_then(|at| Local.timestamp_millis_opt(at).single())
                            .map(|d| text::reminder::due(&text::clock_time(d.time(), clock)))
                    }}
                </span>
                <span class="banner-actions">
                    <button
                        type="button"
                        class="big primary small"
                        on:click={
                            let navigate = navigate.clone();
                            move |_| {
                                rem.due.set(None);
                                rs.start(SessionKind::Pumping);
                                navigate("/timer", Default::default());
                            }
                        }
                    >
                        {text::reminder::START}
                    </button>
                    <button type="button" class="link" on:click=move |_| rem.due.set(None)>
                        {text::reminder::LATER}
                    </button>
                </span>
            </div>
        </Show>
    }
}
