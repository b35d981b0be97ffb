//! Asking when a timer left running really ended: offered past an hour of expressing or two of
//! nursing (with "It ended just now"), required past 12 hours.

use chrono::Local;
use leptos::prelude::*;

use super::Stage;
use crate::browser;
use crate::domain::timer::StopCheck;
use crate::domain::Millis;
use crate::state::running::RunningSession;
use crate::text::timer as t;
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
        _ => t::long(r.read(now).elapsed),
    };
    let value = RwSignal::new(to_input(r.likely_end(now)));
    let problem = RwSignal::new(None::<&'static str>);
    // Stops at the end given, if the domain takes it.
    let stop_at = move |given: Option<Millis>| {
        let Some(r) = rs.state.get_untracked() else { return };
        match r.given_end(given, browser::clock::now()) {
            Ok(end) => super::stop_at(rs, stage, end),
            Err(why) => problem.set(Some(t::end_problem(why))),
        }
    };
    let go = move |_| stop_at(from_input(&value.get_untracked()));
    // Now (or, paused, at its pause), checked like a typed end: past 12 hours since the question
    // came, it says so.
    let ended_now = move |_| {
        let now = browser::clock::now();
        stop_at(rs.state.with_untracked(|s| s.as_ref().map(|r| r.stop_end(now))));
    };
    // Stop is gone from the screen: focus goes to the question's heading, not to the page.
    focus_heading();
    view! {
        // Two halves, one above the other; side by side on a phone on its side.
        <div class="panel ask-end">
            <div class="ask-end-question">
                <h1>{t::SAVE_TITLE}</h1>
                <p id="ask-end-question">{question}</p>
            </div>
            <div class="ask-end-answer">
                <label class="field">
                    <span>{t::OVERLONG_END}</span>
                    <input
                        type="datetime-local"
                        aria-describedby="ask-end-question"
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
