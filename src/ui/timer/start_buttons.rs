//! The start buttons of the Timer screen.

use leptos::prelude::*;

use crate::domain::entry::SessionKind;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::{self, timer as t};
use crate::ui::focus::focus_heading;
use crate::ui::widgets::show::Show;

/// Large start buttons, low on the screen where a thumb reaches. Before the baby is here only
/// pumping and hand expressing: nothing about nursing a baby shows yet.
#[component]
pub(super) fn StartButtons(rs: RunningSession) -> impl IntoView {
    let baby_here = AppState::get().settings.with_untracked(|s| s.journey.path.baby_here());
    view! {
        <h1>{text::nav::TIMER}</h1>
        <p>{t::INTRO}</p>
        <div class="start-grid">
            {SessionKind::ALL
                .into_iter()
                .filter(|k| baby_here || k.measures_volume())
                .map(|kind| {
                    view! {
                        <button
                            type="button"
                            class="big start"
                            on:click=move |_| {
                                rs.start(kind);
                                focus_heading();
                            }
                        >
                            {t::start(kind)}
                        </button>
                    }
                })
                .collect_view()}
            // A feed at the breast with an at-breast supplementer: a nursing session that counts
            // like any other, and at save the amount given through the supplementer.
            <Show when=move || baby_here>
            <button
                type="button"
                class="big start whole"
                on:click=move |_| {
                    rs.start_supplementer();
                    focus_heading();
                }
            >
                {t::START_SUPPLEMENTER}
            </button>
            </Show>
        </div>
    }
}
