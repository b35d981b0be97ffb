//! Asking when a timer left running really ended: offered past an hour of expressing or two of
//! nursing (with "It ended just now"), required past 12 hours.

use chrono::Local;
use leptos::prelude::*;

use super::Stage;
use crate::browser;
use crate::domain::timer::StopCheck;
use crate::domain::Millis;
use crate::state::running::RunningSession;
use crate::text::{self, timer as t};
use crate::ui::focus::focus_heading;

fn to_input(ms: Millis) -> String {
    crate::domain::day::to_input(&Local, ms)
}

fn from_input(v: &str) -> Option<Millis> {
    crate::domain::day::from_input(&Local, v)
}

/// For a timer most likely left running: when did the session really end?
#[component]
pub(super) fn AskEnd(
    rs: RunningSession,
    stage: RwSignal<Stage>,
    check: StopCheck,
) -> impl IntoView {
    let Some(r) = rs.state.get_untracked() else {
        stage.set(Stage::Run);
        return ().into_any();
    };
    let now = browser::clock::now();
    let question = match check {
        StopCheck::AskOverlong => t::OVERLONG.get().to_string(),
        _ => t::long(&text::format::duration(r.read(now).elapsed)),
    };
    let value = RwSignal::new(to_input(r.likely_end(now)));
    let problem = RwSignal::new(None::<&'static str>);
    // Stops at `end`: the clock is frozen there, so a reload while saving keeps it.
    let stop_at = move |end: Millis| {
        let Some(r) = rs.state.get_untracked() else { return };
        rs.change(|s| s.iter_mut().for_each(|s| s.pause(end)));
        stage.set(Stage::Save(r.finish(end), r.supplementer));
    };
    let go = {
        let r = r.clone();
        move |_| match r.given_end(from_input(&value.get_untracked()), browser::clock::now()) {
            Ok(end) => stop_at(end),
            Err(why) => problem.set(Some(text::invalid(why))),
        }
    };
    let ended_now = move |_| {
        let Some(r) = rs.state.get_untracked() else { return };
        stop_at(browser::clock::now().max(r.last_change()));
    };
    // Stop is gone from the screen: focus goes to the question's heading, not to the page.
    focus_heading();
    view! {
        // Two halves, one above the other; side by side on a phone on its side.
        <div class="panel ask-end">
            <div class="ask-end-question">
                <h1>{t::SAVE_TITLE}</h1>
                <p>{question}</p>
            </div>
            <div class="ask-end-answer">
                <label class="field">
                    <span>{t::OVERLONG_END}</span>
                    <input
                        type="datetime-local"
                        min=to_input(r.started)
                        max=to_input(r.latest_end(now))
                        prop:value=value
                        on:change=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
                <p class="error" role="alert">{move || problem.get()}</p>
                // Held above the bottom bar, side by side: both in reach on the smallest phone.
                <div class="actions sticky-actions">
                    <button type="button" class="big primary" on:click=go>{t::CONTINUE}</button>
                    {(check == StopCheck::AskLong).then(|| view! {
                        <button type="button" class="big" on:click=ended_now>{t::ENDED_NOW}</button>
                    })}
                </div>
            </div>
        </div>
    }
    .into_any()
}
