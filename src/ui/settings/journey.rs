//! Settings → "Your journey": where the parent starts, the baby's birth date and weight or the due
//! date, the supplement a day now (in the parent's unit), and "Baby is here" while preparing. A
//! birth date after today is refused with a reason and nothing is stored.

use chrono::{Local, NaiveDate};
use leptos::prelude::*;

use crate::browser;
use crate::domain::journey::{self, BirthProblem, Journey, Path, BIRTH_WEIGHT_G};
use crate::domain::units::Ml;
use crate::state::AppState;
use crate::text::format::VolumeField;
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
        app.confirm(tj::PATH_SAVED.get());
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
    // The birth date: checked (never after today), and said when refused; nothing is stored then.
    let born_problem = RwSignal::new(None::<&'static str>);
    let today = move || journey::today(&Local, browser::clock::now());
    let set_born = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let date = text::format::parse_date_input(&typed);
        let checked = date.map(|d| journey::check_birth_date(d, today())).transpose();
        match checked {
            Err(p) => {
                born_problem.set(Some(tj::birth_problem(p)));
                // Show the stored date again, so the field never shows what was not kept.
                s.update(|_| {});
            }
            Ok(d) => {
                born_problem.set(None);
                s.update(|s| s.journey.birth_date = d);
                if d.is_some() {
                    app.confirm(tj::BIRTH_SAVED.get());
                }
            }
        }
    };
    let weight_problem = RwSignal::new(None::<&'static str>);
    let set_weight = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        match typed.trim() {
            "" => {
                weight_problem.set(None);
                s.update(|s| s.journey.birth_weight_g = None);
            }
            t => match t.parse::<u32>().ok().filter(|g| BIRTH_WEIGHT_G.contains(g)) {
                Some(g) => {
                    weight_problem.set(None);
                    s.update(|s| s.journey.birth_weight_g = Some(g));
                }
                None => {
                    weight_problem.set(Some(tj::birth_problem(BirthProblem::Weight)));
                    s.update(|_| {});
                }
            },
        }
    };
    let unit = move || s.with(|s| s.volume);
    let oz = move || unit() == crate::domain::units::Volume::Oz;
    let supplement_problem = RwSignal::new(None::<&'static str>);
    let set_supplement = move |ev: leptos::ev::Event| {
        let stored = s.with_untracked(|s| s.journey.supplement_ml_per_day).map(Ml::whole);
        let field = VolumeField::new(unit(), stored);
        match field.read(unit(), &event_target_value(&ev)).map(|v| v.map(Ml::whole_ml)) {
            Ok(v) if v.is_none_or(|ml| ml <= crate::domain::plan::MAX_START_ML) => {
                supplement_problem.set(None);
                s.update(|s| s.journey.supplement_ml_per_day = v);
            }
            _ => {
                supplement_problem.set(Some(text::plan::start_not_a_number(unit())));
                s.update(|_| {});
            }
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
                    {date_field(tj::DUE_DATE.get(), |j| j.due_date, |j, d| j.due_date = d)}
                    <crate::ui::widgets::baby_here::BabyIsHere/>
                }.into_any()
            } else {
                view! {
                    <label class="field">
                        <span>{tj::BIRTH_DATE}</span>
                        <input
                            type="date"
                            max=move || text::format::date_input(today())
                            aria-describedby="birth-date-problem"
                            prop:value=move || s.with(|s| s.journey.birth_date).map(text::format::date_input).unwrap_or_default()
                            on:change=set_born
                        />
                    </label>
                    <p id="birth-date-problem" class="error" role="alert">{move || born_problem.get()}</p>
                    // Before the journey existed the plan kept an age in weeks; it cannot grow
                    // with the baby, so it is shown once here to help fill in the birth date.
                    {move || s.with(|s| (s.journey.birth_date.is_none()).then_some(s.plan.baby_age_weeks).flatten()).map(|w| view! {
                        <p class="hint">{tj::old_age_weeks(w)}</p>
                    })}
                    <label class="field">
                        <span>{tj::BIRTH_WEIGHT}</span>
                        <input
                            type="number"
                            inputmode="numeric"
                            min="400"
                            max="7000"
                            step="1"
                            aria-describedby="birth-weight-hint birth-weight-problem"
                            prop:value=move || s.with(|s| s.journey.birth_weight_g).map(|g| g.to_string()).unwrap_or_default()
                            on:change=set_weight
                        />
                    </label>
                    <p id="birth-weight-hint" class="hint">{tj::BIRTH_WEIGHT_HINT}</p>
                    <p id="birth-weight-problem" class="error" role="alert">{move || weight_problem.get()}</p>
                    <label class="field">
                        <span>{move || tj::supplement_now(unit())}</span>
                        <input
                            type="number"
                            inputmode=move || if oz() { "decimal" } else { "numeric" }
                            min="0"
                            step=move || if oz() { "0.01" } else { "1" }
                            aria-describedby="supplement-now-hint supplement-now-problem"
                            prop:value=move || VolumeField::new(unit(), s.with(|s| s.journey.supplement_ml_per_day).map(Ml::whole)).shown().to_string()
                            on:change=set_supplement
                        />
                    </label>
                    <p id="supplement-now-hint" class="hint">{tj::SUPPLEMENT_HINT}</p>
                    <p id="supplement-now-problem" class="error" role="alert">{move || supplement_problem.get()}</p>
                }.into_any()
            }}
        </section>
    }
}
