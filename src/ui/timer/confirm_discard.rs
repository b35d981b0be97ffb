//! Asking before a stopped session is thrown away.

use leptos::prelude::*;

use super::Stage;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::timer as t;
use crate::ui::focus::{focus_heading, show_and_focus};
use crate::ui::widgets::confirm::{Confirm, Place};

/// Asks before throwing a session away; "No, keep it" goes back to the save form as it was left,
/// focus on its Discard button (`discard-start`), where the parent was.
#[component]
pub(super) fn ConfirmDiscard(stage: RwSignal<Stage>, asking: RwSignal<bool>) -> impl IntoView {
    let rs = RunningSession::get();
    let app = AppState::get();
    view! {
        <Confirm
            id="discard"
            place=Place::Screen
            question=t::DISCARD_ASK
            yes=t::DISCARD_YES
            on_yes=move || {
                rs.change(|s| *s = None);
                app.confirm(t::DISCARDED.get());
                stage.set(Stage::Run);
                focus_heading();
            }
            no=t::DISCARD_NO
            on_no=move || {
                asking.set(false);
                show_and_focus("discard-start");
            }
        />
    }
}
