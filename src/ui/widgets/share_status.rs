//! The sharing status line ("Shared · synced 2 min ago", "Waiting for a connection — your
//! entries are safe on this phone. Relact will try again at 14:05.", or what went wrong and what
//! the run had done), drawn wherever it matters: in Settings with the sharing controls, and on
//! the Log, where a partner's entries appear.

use leptos::prelude::*;

use crate::browser;
use crate::domain::sync::Status;
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::share as t;
use crate::ui::widgets::show::Show;

/// The status line. With `when_off` false it draws nothing until sharing is set up, so a parent
/// who never shares sees no trace of it.
#[component]
pub fn ShareStatus(when_off: bool) -> impl IntoView {
    let sharing = Sharing::get();
    let now = RwSignal::new(browser::clock::now());
    // "synced 2 min ago" stays true while the screen is open.
    if let Ok(h) = set_interval_with_handle(
        move || {
            let _ = now.try_set(browser::clock::now());
        },
        std::time::Duration::from_secs(30),
    ) {
        on_cleanup(move || h.clear());
    }
    let clock = AppState::get().settings;
    let line = move || {
        let status = sharing.status.get();
        let at = sharing.shared.with(|s| s.as_ref().and_then(|s| s.synced_at));
        let now = now.get().max(browser::clock::now());
        t::status(&status, at, now, sharing.retry(now), clock.with(|s| s.clock))
    };
    let shown = move || when_off || sharing.status.with(|s| *s != Status::Off);
    view! {
        <Show when=shown>
            <p class="share-status" role="status">{line}</p>
        </Show>
    }
}
