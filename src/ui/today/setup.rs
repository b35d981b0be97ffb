//! The first-run "Set up your day" step on Today: waking time, bedtime, sessions a day and night
//! sessions, saved into the plan in one tap, or skipped. Offered once, to a parent with nothing
//! logged yet; the Plan screen holds every other choice.

use leptos::prelude::*;

use crate::domain::plan::{Plan, NIGHT_SESSIONS, SESSIONS_PER_DAY};
use crate::state::first_use::Began;
use crate::state::AppState;
use crate::text::{self, plan as tp, today as t};
use crate::ui::widgets::number_select::NumberSelect;

/// The set-up card. Its Save is the screen's one primary action while it is shown.
#[component]
pub fn SetUpDay() -> impl IntoView {
    let app = AppState::get();
    let began = Began::get();
    let start = app.settings.with_untracked(|s| s.plan.clamped());
    let draft = RwSignal::new(start);
    let edit = move |f: &dyn Fn(&mut Plan)| draft.update(|p| f(p));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = draft.get_untracked().clamped();
        app.settings.update(|s| {
            let changed = s.plan.wake != chosen.wake
                || s.plan.sleep != chosen.sleep
                || s.plan.sessions_per_day != chosen.sessions_per_day
                || s.plan.night_sessions != chosen.night_sessions;
            s.plan.wake = chosen.wake;
            s.plan.sleep = chosen.sleep;
            s.plan.sessions_per_day = chosen.sessions_per_day;
            s.plan.night_sessions = chosen.night_sessions;
            s.plan = s.plan.clamped();
            if changed {
                s.plan.revision += 1;
            }
        });
        began.set_up();
        app.confirm(t::SETUP_SAVED);
    };
    let time_field = move |label: &'static str, get: fn(&Plan) -> u16, set: fn(&mut Plan, u16)| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="time"
                    required
                    prop:value=move || text::format::minute_input(draft.with(get))
                    on:change=move |ev| {
                        if let Some(m) = text::format::parse_minute_input(&event_target_value(&ev)) {
                            edit(&|p| set(p, m));
                        }
                    }
                />
            </label>
        }
    };
    let count_field = move |label: &'static str,
                            range: std::ops::RangeInclusive<u8>,
                            get: fn(&Plan) -> u8,
                            set: fn(&mut Plan, u8)| {
        let options = range
            .map(|n| {
                (u16::from(n), if n == 0 { tp::NIGHT_NONE.to_string() } else { n.to_string() })
            })
            .collect();
        view! {
            <NumberSelect
                label=label
                options=options
                value=Signal::derive(move || draft.with(get).into())
                on_pick=move |n| edit(&|p| set(p, n as u8))
            />
        }
    };
    view! {
        <form class="card setup" aria-labelledby="setup-title" on:submit=save>
            <h2 id="setup-title">{t::SETUP_TITLE}</h2>
            <p>{t::SETUP_INTRO}</p>
            <div class="two">
                {time_field(t::SETUP_WAKE, |p| p.wake, |p, m| p.wake = m)}
                {time_field(t::SETUP_SLEEP, |p| p.sleep, |p, m| p.sleep = m)}
            </div>
            <div class="two">
                {count_field(t::SETUP_SESSIONS, SESSIONS_PER_DAY, |p| p.sessions_per_day, |p, n| p.sessions_per_day = n)}
                {count_field(t::SETUP_NIGHT, NIGHT_SESSIONS, |p| p.night_sessions, |p, n| p.night_sessions = n)}
            </div>
            <p class="hint">{t::SETUP_LATER}</p>
            <div class="actions">
                <button type="submit" class="big primary">{t::SETUP_SAVE}</button>
                <button type="button" class="link" on:click=move |_| began.set_up()>{t::SETUP_SKIP}</button>
            </div>
        </form>
    }
}
