//! "Update available — reload", shown only when no session is being timed, and the one-time
//! "Ready to work offline". Both float just above the bottom bar instead of entering the page's
//! flow: a message that arrives seconds after the screen was drawn must not push the screen down
//! under the parent's thumb.

use leptos::prelude::*;

use crate::state::running::RunningSession;
use crate::state::updates::Updates;
use crate::text::{problem, update as t};

/// The banners about the app itself.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = Updates::get();
    let rs = RunningSession::get();
    let show_update = move || updates.waiting.get() && rs.state.with(Option::is_none);
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
            <Show when=move || updates.offline_ready.get()>
                <p class="banner">
                    <span>{t::OFFLINE_READY}</span>
                    <button type="button" class="link" on:click=move |_| updates.offline_ready.set(false)>
                        {problem::DISMISS}
                    </button>
                </p>
            </Show>
        </div>
    }
}
