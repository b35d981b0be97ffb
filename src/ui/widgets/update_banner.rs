//! "Update available — reload", shown only when no session is being timed; it floats just above
//! the bottom bar instead of entering the page's flow: a message that arrives seconds after the
//! screen was drawn must not push the screen down under the parent's thumb. The one-time "Ready to
//! work offline" is a quiet line at the very end of the screen ([`OfflineReady`]): it arrives
//! while the parent may be reaching for the Guide or Settings, so it covers nothing (not the
//! header's links, as an overlay did) and moves nothing above it, and screen readers hear it.

use leptos::prelude::*;

use crate::state::running::RunningSession;
use crate::state::updates::Updates;
use crate::text::update as t;
use crate::ui::widgets::show::Show;

/// The banners about the app itself.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = Updates::get();
    let rs = RunningSession::get();
    let show_update = move || updates.waiting.get() && rs.state.with(Option::is_none);
    view! {
        <div class="banner-area" role="status" aria-live="polite">
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

/// How long "Ready to work offline" stays at the end of the screen.
const OFFLINE_READY_MS: u64 = 10_000;

/// "Ready to work offline", once, as the last line of the screen (inside `<main>`).
#[component]
pub fn OfflineReady() -> impl IntoView {
    let updates = Updates::get();
    let shown = RwSignal::new(false);
    Effect::new(move |_| {
        if updates.offline_ready.get() {
            updates.offline_ready.set(false);
            shown.set(true);
            set_timeout(
                move || {
                    let _ = shown.try_set(false);
                },
                std::time::Duration::from_millis(OFFLINE_READY_MS),
            );
        }
    });
    view! {
        <p class="offline-ready" role="status">{move || shown.get().then_some(t::OFFLINE_READY.get())}</p>
    }
}
