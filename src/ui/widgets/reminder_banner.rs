//! The in-app reminder: the one reminder that works in every browser.

use chrono::{Local, TimeZone};
use leptos::prelude::*;

use crate::domain::entry::SessionKind;
use crate::state::reminders::Reminders;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text;

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
                            .map(|d| text::reminder::due(&text::format::clock_time(d.time(), clock)))
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
