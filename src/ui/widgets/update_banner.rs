//! "Update available — reload", shown only when no session is being timed; it floats just above
//! the bottom bar instead of entering the page's flow: a message that arrives seconds after the
//! screen was drawn must not push the screen down under the parent's thumb. The one-time "Ready to
//! work offline" is a confirmation like "Session saved." (see `notice`): over the header for a few
//! seconds, never over the timer's controls.

use leptos::prelude::*;

use crate::state::running::RunningSession;
use crate::state::updates::Updates;
use crate::state::AppState;
use crate::text::update as t;

/// The banners about the app itself.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = Updates::get();
    let rs = RunningSession::get();
    let show_update = move || updates.waiting.get() && rs.state.with(Option::is_none);
    let app = AppState::get();
    // Said when the message line is free: it must not replace "Session saved." and its Undo.
    Effect::new(move |_| {
        if updates.offline_ready.get() && app.notice.with(Option::is_none) {
            updates.offline_ready.set(false);
            app.confirm(t::OFFLINE_READY);
        }
    });
    view! {
        <div class="banner-area toasts" role="status" aria-live="polite">
            <Show when=show_update>
                <p class="banner">
                    <span>{t::AVAILABLE}</span>
                    <button type="button" class="big primary small" on:click=move |_| updates.apply()>
                        {t::RELOAD}
                    </button>
                </p>
            </Show>
        </div>
    }
}
