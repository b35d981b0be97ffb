//! "Baby is here" (Today while preparing, and Settings → Your journey): asks "When was your baby
//! born?" (today by default, any day before; an adopted or older baby is read by their age) and,
//! if the parent knows it, the birth weight. A date after today, or a weight no baby has, is
//! refused with a reason and nothing stored changes. Saved, it offers Undo, which puts the
//! journey and plan back exactly as they were.

use chrono::Local;
use leptos::prelude::*;

use crate::browser;
use crate::domain::journey::{self, BirthProblem};
use crate::state::AppState;
use crate::text::{self, journey as tj};
use crate::ui::focus;
use crate::ui::widgets::show::Show;

/// The "Baby is here" button and, once pressed, its short form.
#[component]
pub fn BabyIsHere() -> impl IntoView {
    let app = AppState::get();
    let open = RwSignal::new(false);
    let born = RwSignal::new(String::new());
    let weight = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let today = move || journey::today(&Local, browser::clock::now());
    let start = move |_| {
        born.set(text::format::date_input(today()));
        weight.set(String::new());
        problem.set(None);
        open.set(true);
        // The pressed button gives way to the form: focus goes to its first field.
        focus::show_and_focus("born");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(date) = text::format::parse_date_input(&born.get_untracked()) else {
            problem.set(Some(tj::BORN_MISSING.get()));
            return;
        };
        let typed = weight.get_untracked();
        let grams = match typed.trim() {
            "" => None,
            t => match t.parse::<u32>() {
                Ok(g) => Some(g),
                Err(_) => {
                    problem.set(Some(tj::birth_problem(BirthProblem::Weight)));
                    return;
                }
            },
        };
        let now = browser::clock::now();
        let (mut j, mut plan) =
            app.settings.with_untracked(|s| (s.journey.clone(), s.plan.clone()));
        let before = (j.clone(), plan.clone());
        match j.baby_arrived(date, grams, today(), now, &mut plan) {
            Err(p) => problem.set(Some(tj::birth_problem(p))),
            Ok(()) => {
                problem.set(None);
                open.set(false);
                app.settings.update(|s| {
                    s.journey = j;
                    s.plan = plan;
                });
                app.confirm_with_restore(tj::BABY_HERE_SAVED.get(), before.0, before.1);
                // The form is gone: focus goes to the heading, where the welcome (and Undo) shows.
                focus::focus_heading();
            }
        }
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="big wide" id="baby-here" on:click=start>{tj::BABY_HERE}</button>
            }
        >
            // Our own check says why a date is refused (the browser's bubble would not).
            <form class="baby-here" novalidate on:submit=save>
                <label class="field">
                    <span>{tj::BORN_QUESTION}</span>
                    <input
                        type="date"
                        id="born"
                        required
                        max=move || text::format::date_input(today())
                        aria-describedby="born-hint born-problem"
                        prop:value=move || born.get()
                        on:input=move |ev| born.set(event_target_value(&ev))
                        on:change=move |ev| born.set(event_target_value(&ev))
                    />
                </label>
                <p id="born-hint" class="hint">{tj::BORN_HINT}</p>
                <label class="field">
                    <span>{tj::BIRTH_WEIGHT}</span>
                    <input
                        type="number"
                        inputmode="numeric"
                        min="400"
                        max="7000"
                        step="1"
                        prop:value=move || weight.get()
                        on:input=move |ev| weight.set(event_target_value(&ev))
                    />
                </label>
                <p id="born-problem" class="error" role="alert">{move || problem.get()}</p>
                <div class="actions">
                    <button type="submit" class="big primary">{tj::BABY_HERE_SAVE}</button>
                    <button
                        type="button"
                        class="big"
                        on:click=move |_| {
                            open.set(false);
                            focus::show_and_focus("baby-here");
                        }
                    >
                        {tj::BABY_HERE_CANCEL}
                    </button>
                </div>
            </form>
        </Show>
    }
}
