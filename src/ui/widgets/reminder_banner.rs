//! The in-app reminder: the one reminder that works in every browser. On Today, whose card already
//! offers to start the due session, the banner keeps only "Not now", so the screen has one start
//! button.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::entry::SessionKind;
use crate::domain::route::Route;
use crate::state::reminders::Reminders;
use crate::state::router::Router;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text;
use crate::ui::widgets::show::Show;

/// The in-app reminder banner.
#[component]
pub fn ReminderBanner() -> impl IntoView {
    let rem = Reminders::get();
    let rs = RunningSession::get();
    let app = AppState::get();
    let router = Router::get();
    let on_today = move || router.route() == Route::Today;
    view! {
        <Show when=move || rem.due.get().is_some() && rs.state.with(Option::is_none)>
            <div class="banner reminder" role="alert">
                <span>
                    {move || {
                        let clock = app.settings.with(|s| s.clock);
                        rem.due
                            .get()
                            .map(|at| text::reminder::due(&text::format::clock_at(&Local, at, clock)))
                    }}
                </span>
                <span class="banner-actions">
                    <Show when=move || !on_today()>
                        <button
                            type="button"
                            class="big primary small"
                            on:click=move |_| {
                                rs.start(SessionKind::Pumping);
                                router.go(Route::Timer, false);
                            }
                        >
                            {text::reminder::START}
                        </button>
                    </Show>
                    <button type="button" class="link" on:click=move |_| rem.skip()>
                        {text::reminder::LATER}
                    </button>
                </span>
            </div>
        </Show>
    }
}
