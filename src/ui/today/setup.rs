//! The first-run "Set up your day" step on Today: where the parent starts (relactating, inducing
//! with the baby here, or preparing before the baby arrives, with the baby's dates), waking time,
//! bedtime, sessions a day and night sessions, saved in one tap, or skipped (relactating). Offered once, to a parent with nothing
//! logged yet; the Plan screen holds every other choice.

use leptos::prelude::*;

use crate::domain::journey::{Journey, Path};
use crate::domain::plan::{Plan, NIGHT_SESSIONS, SESSIONS_PER_DAY};
use crate::state::first_use::Began;
use crate::state::AppState;
use crate::text::{self, journey as tj, plan as tp, today as t};
use crate::ui::widgets::choice::Choice;
use crate::ui::widgets::number_select::NumberSelect;

/// The set-up card. Its Save is the screen's one primary action while it is shown.
#[component]
pub fn SetUpDay() -> impl IntoView {
    let app = AppState::get();
    let began = Began::get();
    let start = app.settings.with_untracked(|s| s.plan.clamped());
    let draft = RwSignal::new(start);
    let journey = RwSignal::new(app.settings.with_untracked(|s| s.journey.clone()));
    let opening = RwSignal::new(false);
    let edit = move |f: &dyn Fn(&mut Plan)| draft.update(|p| f(p));
    // A path sets the draft's sessions to its own starting point; the parent can still change them.
    let pick_path = move |path: Path| {
        draft.update(|p| {
            let mut j = Journey::default();
            j.choose(path, p);
        });
        journey.update(|j| j.path = path);
    };
    // A birth date after today is refused with a reason; nothing is saved then.
    let born_problem = RwSignal::new(None::<&'static str>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = draft.get_untracked().clamped();
        let mut picked = journey.get_untracked();
        let today = crate::domain::journey::today(&chrono::Local, crate::browser::clock::now());
        let born = picked.birth_date.filter(|_| picked.path != Path::Preparing);
        if let Some(Err(p)) = born.map(|d| crate::domain::journey::check_birth_date(d, today)) {
            born_problem.set(Some(tj::birth_problem(p)));
            return;
        }
        born_problem.set(None);
        if picked.path == Path::Preparing {
            picked.birth_date = None;
            if opening.get_untracked() {
                picked.opening_started = Some(crate::browser::clock::now());
            }
        } else {
            picked.due_date = None;
        }
        app.settings.update(|s| {
            // The path's starting point and the times chosen here are one edit of the plan.
            s.plan.edit(|p| {
                s.journey.choose(picked.path, p);
                p.wake = chosen.wake;
                p.sleep = chosen.sleep;
                p.sessions_per_day = chosen.sessions_per_day;
                p.night_sessions = chosen.night_sessions;
            });
            s.journey = picked.clone();
        });
        began.set_up();
        app.confirm(t::SETUP_SAVED.get());
        // The form goes away with what had focus: the day starts at Today's top, on its heading.
        crate::ui::focus::focus_heading();
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
    let preparing = move || journey.with(|j| j.path == Path::Preparing);
    let date_field = move |label: &'static str,
                           get: fn(&Journey) -> Option<chrono::NaiveDate>,
                           set: fn(&mut Journey, Option<chrono::NaiveDate>)| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="date"
                    prop:value=move || journey.with(get).map(text::format::date_input).unwrap_or_default()
                    on:change=move |ev| {
                        let d = text::format::parse_date_input(&event_target_value(&ev));
                        journey.update(|j| set(j, d));
                    }
                />
            </label>
        }
    };
    view! {
        <form class="card setup" aria-labelledby="setup-title" on:submit=save>
            <h2 id="setup-title">{t::SETUP_TITLE}</h2>
            <Choice
                legend=tj::PATH
                name="setup-path"
                options=vec![
                    (Path::Relactating, tj::PATH_RELACTATING),
                    (Path::InducingBabyHere, tj::PATH_INDUCING_HERE),
                    (Path::Preparing, tj::PATH_PREPARING),
                ]
                value=Signal::derive(move || journey.with(|j| j.path))
                on_pick=pick_path
            />
            {move || if preparing() {
                view! {
                    {date_field(tj::DUE_DATE.get(), |j| j.due_date, |j, d| j.due_date = d)}
                    <label class="toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || opening.get()
                            on:change=move |ev| opening.set(event_target_checked(&ev))
                        />
                        <span>{tj::OPENING}</span>
                    </label>
                    <p class="hint">{tj::OPENING_HINT}</p>
                }.into_any()
            } else {
                view! {
                    {date_field(tj::BIRTH_DATE.get(), |j| j.birth_date, |j, d| j.birth_date = d)}
                    <p class="error" role="alert">{move || born_problem.get()}</p>
                }.into_any()
            }}
            <p>{t::SETUP_INTRO}</p>
            <div class="two">
                {time_field(t::SETUP_WAKE.get(), |p| p.wake, |p, m| p.wake = m)}
                {time_field(t::SETUP_SLEEP.get(), |p| p.sleep, |p, m| p.sleep = m)}
            </div>
            <div class="two">
                {count_field(t::SETUP_SESSIONS.get(), SESSIONS_PER_DAY, |p| p.sessions_per_day, |p, n| p.sessions_per_day = n)}
                {count_field(t::SETUP_NIGHT.get(), NIGHT_SESSIONS, |p| p.night_sessions, |p, n| p.night_sessions = n)}
            </div>
            <p class="hint">{t::SETUP_LATER}</p>
            <div class="actions">
                <button type="submit" class="big primary">{t::SETUP_SAVE}</button>
                <button type="button" class="link" on:click=move |_| {
                    began.set_up();
                    crate::ui::focus::focus_heading();
                }>{t::SETUP_SKIP}</button>
            </div>
        </form>
    }
}
