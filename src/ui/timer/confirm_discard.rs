//! Asking before a stopped session is thrown away.

use leptos::prelude::*;

use super::Stage;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::timer as t;
use crate::ui::focus::focus_heading;

/// Asks before throwing a session away; "No, keep it" goes back to the save form as it was left.
#[component]
pub(super) fn ConfirmDiscard(stage: RwSignal<Stage>, asking: RwSignal<bool>) -> impl IntoView {
    let rs = RunningSession::get();
    let app = AppState::get();
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <div class="panel" role="alertdialog" aria-labelledby="discard-title">
            <h1 id="discard-title" tabindex="-1" node_ref=heading>{t::DISCARD_ASK}</h1>
            <div class="actions">
                <button
                    type="button"
                    class="big danger"
                    on:click=move |_| {
                        rs.change(|s| *s = None);
                        app.confirm(t::DISCARDED.get());
                        stage.set(Stage::Run);
                        focus_heading();
                    }
                >
                    {t::DISCARD_YES}
                </button>
                <button
                    type="button"
                    class="big"
                    on:click=move |_| asking.set(false)
                >
                    {t::DISCARD_NO}
                </button>
            </div>
        </div>
    }
}
