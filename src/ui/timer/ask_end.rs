//! Asking when a timer left running for over 12 hours really ended.

use chrono::Local;
use leptos::prelude::*;

use super::Stage;
use crate::domain::entry::MAX_SESSION;
use crate::domain::{Millis, HOUR};
use crate::state::running::RunningSession;
use crate::text::{self, timer as t};

fn to_input(ms: Millis) -> String {
    crate::domain::day::to_input(&Local, ms)
}

fn from_input(v: &str) -> Option<Millis> {
    crate::domain::day::from_input(&Local, v)
}

/// For a timer left running for over 12 hours: when did it really end?
#[component]
pub(super) fn AskEnd(rs: RunningSession, stage: RwSignal<Stage>) -> impl IntoView {
    let Some(r) = rs.state.get_untracked() else {
        stage.set(Stage::Run);
        return ().into_any();
    };
    let started = r.started;
    let value = RwSignal::new(to_input(started + r.target));
    let problem = RwSignal::new(None::<&'static str>);
    let go = move |_| match from_input(&value.get_untracked()) {
        Some(end) if end > started && end - started <= MAX_SESSION => {
            rs.change(|s| s.iter_mut().for_each(|s| s.pause(end)));
            stage.set(Stage::Save(r.finish(end), r.supplementer));
        }
        Some(_) => problem.set(Some(text::invalid(crate::domain::entry::Invalid::SessionTooLong))),
        None => problem.set(Some(text::invalid(crate::domain::entry::Invalid::EndNotAfterStart))),
    };
    view! {
        <div class="panel">
            <h1>{t::SAVE_TITLE}</h1>
            <p>{t::OVERLONG}</p>
            <label class="field">
                <span>{t::OVERLONG_END}</span>
                <input
                    type="datetime-local"
                    min=to_input(started)
                    max=to_input(started + 12 * HOUR)
                    prop:value=value
                    on:change=move |ev| value.set(event_target_value(&ev))
                />
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="button" class="big primary" on:click=go>{t::CONTINUE}</button>
            </div>
        </div>
    }
    .into_any()
}
