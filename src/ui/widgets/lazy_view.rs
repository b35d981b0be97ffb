//! A screen, or a part of one, kept out of the first download (#27). Its code is a wasm file of
//! its own (split by the build, `scripts/split.mjs`), fetched the first time it is shown: from
//! the phone's own copy once the service worker has kept one, so it opens offline like the rest.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::browser::split::NotArrived;
use crate::text;

/// What a split-off view's function returns: the view once its file has arrived, or why not.
pub type ViewFile = Pin<Box<dyn Future<Output = Result<AnyView, NotArrived>> + Send>>;

/// Draws the view `load` brings. While its file arrives (a blink from the phone's copy) the
/// loading screen's "Opening…" shows, only after a moment (`style/app.css`), so a quick load does
/// not flash it. If the file cannot arrive (offline before the phone kept a copy), a sentence says
/// so and a button tries again: nothing the parent saved depends on it.
#[component]
pub fn LazyView(load: fn() -> ViewFile) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let view = move || {
        attempt.track();
        Suspend::new(async move {
            match load().await {
                Ok(view) => {
                    // A screen opened by a tap takes focus to its heading, which was not there
                    // yet when the tap asked for it.
                    crate::ui::focus::heading_arrived();
                    view
                }
                Err(_) => view! {
                    <p class="error" role="alert">{text::nav::SCREEN_UNAVAILABLE}</p>
                    <button
                        type="button"
                        class="big primary"
                        on:click=move |_| attempt.update(|n| *n += 1)
                    >
                        {text::nav::TRY_AGAIN}
                    </button>
                }
                .into_any(),
            }
        })
    };
    view! {
        // `display: contents`: what arrives lays out as its parent's own child. "Opening…" is
        // hidden by the style sheet once something stands beside it.
        <div class="lazy-view">
            <p class="loading opening" role="status">{text::nav::OPENING}</p>
            {view}
        </div>
    }
}
