//! The one-line message area for errors and confirmations, announced to screen readers.

use leptos::prelude::*;

use crate::state::AppState;
use crate::text;

/// Shows the current notice, if any, with a way to dismiss it.
#[component]
pub fn Notices() -> impl IntoView {
    let notice = AppState::get().notice;
    view! {
        <div class="notice-area" role="status" aria-live="polite">
            <Show when=move || notice.get().is_some()>
                <p class="notice">
                    <span>{move || notice.get().unwrap_or_default()}</span>
                    <button type="button" class="link" on:click=move |_| notice.set(None)>
                        {text::problem::DISMISS}
                    </button>
                </p>
            </Show>
        </div>
    }
}
