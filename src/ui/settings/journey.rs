//! Settings → "Your journey": where the parent starts, the baby's birth or due date, the
//! supplement a day now, and "Baby is here" while preparing.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::journey::{Journey, Path};
use crate::state::AppState;
use crate::text::{self, journey as tj};
use crate::ui::widgets::choice::Choice;

/// The "Your journey" section.
#[component]
pub fn JourneySection() -> impl IntoView {
    let app = AppState::get();
    let s = app.settings;
    let path = Signal::derive(move || s.with(|s| s.journey.path));
    let pick = move |p: Path| {
        if s.with_untracked(|s| s.journey.path) == p {
            return;
        }
        s.update(|s| {
            let crate::domain::settings::Settings { journey, plan, .. } = s;
            journey.choose(p, plan);
        });
        app.confirm(tj::PATH_SAVED);
    };
    let date_field = move |label: &'static str,
                           get: fn(&Journey) -> Option<NaiveDate>,
                           set: fn(&mut Journey, Option<NaiveDate>)| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="date"
                    prop:value=move || s.with(|s| get(&s.journey)).map(text::format::date_input).unwrap_or_default()
                    on:change=move |ev| {
                        let d = text::format::parse_date_input(&event_target_value(&ev));
                        s.update(|s| set(&mut s.journey, d));
                    }
                />
            </label>
        }
    };
    view! {
        <section class="journey" aria-labelledby="journey-title">
            <h2 id="journey-title">{tj::TITLE}</h2>
            <Choice
                legend=tj::PATH
                name="path"
                options=vec![
                    (Path::Relactating, tj::PATH_RELACTATING),
                    (Path::InducingBabyHere, tj::PATH_INDUCING_HERE),
                    (Path::Preparing, tj::PATH_PREPARING),
                ]
                value=path
                on_pick=pick
            />
            {move || if path.get() == Path::Preparing {
                view! {
                    {date_field(tj::DUE_DATE, |j| j.due_date, |j, d| j.due_date = d)}
                    <button type="button" class="big wide" on:click=move |_| crate::ui::today::baby_is_here()>
                        {tj::BABY_HERE}
                    </button>
                }.into_any()
            } else {
                view! {
                    {date_field(tj::BIRTH_DATE, |j| j.birth_date, |j, d| j.birth_date = d)}
                    // Before the journey existed the plan kept an age in weeks; it cannot grow
                    // with the baby, so it is shown once here to help fill in the birth date.
                    {move || s.with(|s| (s.journey.birth_date.is_none()).then_some(s.plan.baby_age_weeks).flatten()).map(|w| view! {
                        <p class="hint">{tj::old_age_weeks(w)}</p>
                    })}
                    <label class="field">
                        <span>{tj::SUPPLEMENT_NOW}</span>
                        <input
                            type="number"
                            inputmode="numeric"
                            min="0"
                            max="2000"
                            step="5"
                            prop:value=move || s.with(|s| s.journey.supplement_ml_per_day).map(|v| v.to_string()).unwrap_or_default()
                            on:change=move |ev| {
                                let v = event_target_value(&ev).trim().parse::<u32>().ok().filter(|v| *v <= 2000);
                                s.update(|s| s.journey.supplement_ml_per_day = v);
                            }
                        />
                    </label>
                    <p class="hint">{tj::SUPPLEMENT_HINT}</p>
                }.into_any()
            }}
        </section>
    }
}
