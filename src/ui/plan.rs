//! The Plan screen: the parent's daily schedule, shown at once as it is set up, the supplement
//! step-down, and a calendar file for reminders that ring when Relact is closed.

use chrono::{Local, NaiveTime};
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{day_range, local_date};
use crate::domain::ics::{plan_calendar, IcsText};
use crate::domain::milestones;
use crate::domain::model::plan::PlanModel;
use crate::domain::plan::{Goal, Plan, StepDown, NIGHT_SESSIONS, SESSIONS_PER_DAY};
use crate::domain::step_down::start::{self, StartingAmount};
use crate::domain::units::Ml;
use crate::state::first_use::Began;
use crate::state::log_store::{Loaded, LogStore};
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::format::VolumeField;
use crate::text::{self, plan as t};
use crate::ui::widgets::choice::Choice;
use crate::ui::widgets::number_select::{plain, NumberSelect};
use crate::ui::widgets::show::Show;

fn time_of(minute: u16) -> NaiveTime {
    NaiveTime::from_hms_opt(minute as u32 / 60, minute as u32 % 60, 0).unwrap_or(NaiveTime::MIN)
}

/// The plan's model and whether the log it reads has loaded: the screen and the printout both
/// draw from it, so they cannot disagree.
type Model = Memo<(PlanModel, bool)>;
/// Every finished day's share from the breast, from the whole-log read Progress and the
/// consultant summary use too: the same number for a day on every screen.
type Shares = Memo<milestones::Shares>;

/// The schedule as it prints and shows: times in the parent's clock style.
#[component]
fn Schedule(model: Model) -> impl IntoView {
    let settings = AppState::get().settings;
    view! {
        <ol class="schedule">
            {move || {
                let clock = settings.with(|s| s.clock);
                model.with(|(m, _)| m.schedule.clone())
                    .into_iter()
                    .map(|(minute, night)| {
                        view! {
                            <li class:night=night>
                                <span class="slot-time">{text::format::clock_time(time_of(minute), clock)}</span>
                                {night.then(|| view! { <span class="tag">{t::NIGHT}</span> })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}

/// A local instant as the Plan names it: "Sun 22 Nov 09:00".
fn when(ms: crate::domain::Millis) -> String {
    let clock = AppState::get().settings.with_untracked(|s| s.clock);
    text::format::date_time_at(&Local, ms, clock)
}

/// While the opening phase runs: its rhythm and its sessions still ahead, the same schedule
/// Today's card and the timer's goal follow.
#[component]
fn OpeningCard(model: Model) -> impl IntoView {
    move || {
        let o = model.with(|(m, _)| m.opening.clone())?;
        let clock = AppState::get().settings.with(|s| s.clock);
        let days = o
            .days
            .iter()
            .map(|d| {
                let times = d
                    .sessions
                    .iter()
                    .map(|&(time, night)| {
                        view! {
                            <li class:night=night>
                                <span class="slot-time">{text::format::clock_time(time, clock)}</span>
                                {night.then(|| view! { <span class="tag">{t::NIGHT}</span> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{text::format::day_heading(d.date)}</h3>
                    <ol class="schedule">{times}</ol>
                }
            })
            .collect_view();
        Some(view! {
            <section class="card opening" aria-labelledby="opening-title">
                <h2 id="opening-title">{text::journey::OPENING_TITLE}</h2>
                <p>{text::journey::opening(&when(o.ends))}</p>
                <p>{t::session_length(o.session_minutes)}</p>
                {days}
            </section>
        })
    }
}

/// The Plan screen.
#[component]
pub fn PlanPage() -> impl IntoView {
    let app = AppState::get();
    let settings = app.settings;
    let plan = move || settings.with(|s| s.plan.clamped());
    // The log the step-down reads (and the last three days, where a new step-down's starting
    // amount comes from), up to the end of today; the model is made once from it.
    // The printed plan also carries the warning signs the log shows now, as Today does.
    let log = LogStore::get().watch(move || {
        let now = browser::clock::now();
        let today = local_date(&Local, now);
        let end = day_range(&Local, today).1;
        let for_start = start::log_needed_from(&Local, today);
        let from = settings.with(|s| PlanModel::log_needed_from(&s.plan, now, &Local));
        (from.min(for_start), end)
    });
    let began = Began::get();
    let model: Model = Memo::new(move |_| {
        let now = browser::clock::now();
        let today = local_date(&Local, now);
        let since = began.first.with(|f| f.at);
        settings.with(|s| {
            let (entries, loaded) = log.with(|l| match l {
                Some(Ok(entries)) => (entries.clone(), true),
                _ => (Vec::new(), false),
            });
            let m = PlanModel::of(&s.plan, &s.journey, &entries, today, &Local);
            // While the opening phase runs, its sessions lead (as on Today and the timer); the
            // printout carries the signs the log shows now, as Today does.
            let m = m.with_opening(&s.journey, &s.plan, now, &Local);
            let m = if loaded {
                m.with_signs(&s.journey, &s.plan, &entries, now, since, &Local)
            } else {
                m
            };
            (m, loaded)
        })
    });
    // Each recent day's share from the breast, beside the step-down's planned amount: read from
    // the whole log (once this screen's own log is shown, and again after writes), never from
    // the Plan's slice of it, whose first days would lack the baseline.
    let ms = Milestones::get();
    ms.follow(move || log.with(Option::is_some));
    let shares: Shares = ms.shares;
    let edit = move |f: &dyn Fn(&mut Plan)| {
        settings.update(|s| {
            s.plan.edit(f);
        })
    };
    let time_problem = RwSignal::new(None::<&'static str>);
    let set_time = move |value: String, which: fn(&mut Plan) -> &mut u16| {
        match text::format::parse_minute_input(&value) {
            Some(minute) => {
                time_problem.set(None);
                edit(&|p| *which(p) = minute);
            }
            None => time_problem.set(Some(t::BAD_TIME.get())),
        }
    };
    let export = move |_| {
        let p = plan();
        let today = local_date(&Local, browser::clock::now());
        let words = IcsText {
            summary: t::ICS_SUMMARY.get(),
            night_summary: t::ICS_NIGHT.get(),
            description: t::ICS_DESCRIPTION.get(),
        };
        let ics = plan_calendar(&p, today, browser::clock::now(), &words);
        let done = browser::files::download("relact-plan.ics", "text/calendar;charset=utf-8", &ics);
        if done.is_ok() {
            app.confirm(t::CALENDAR_SAVED.get())
        } else {
            app.error(t::CALENDAR_FAILED.get())
        }
    };

    view! {
        <PlanPrintout model=model/>
        <section class="screen plan no-print">
            <h1>{text::nav::PLAN}</h1>
            <p>{t::GUIDANCE}</p>
            <OpeningCard model=model/>
            <section class="card" aria-labelledby="your-day">
                <h2 id="your-day">{t::YOUR_DAY}</h2>
                {move || model.with(|(m, _)| m.opening.as_ref().map(|o| o.ends)).map(|ends| {
                    view! { <p class="hint">{text::journey::plan_after(&when(ends))}</p> }
                })}
                <Schedule model=model/>
                <p>
                    {move || t::session_length(model.with(|(m, _)| m.session_minutes))}
                    <br/>
                    {move || t::longest_gap(model.with(|(m, _)| m.longest_gap))}
                </p>
            </section>

            <h2>{t::SETTINGS}</h2>
            <Choice
                legend=t::GOAL
                name="goal"
                options=vec![
                    (Goal::Relactation, t::GOAL_RELACTATION),
                    (Goal::InducedLactation, t::GOAL_INDUCED),
                ]
                value=Signal::derive(move || plan().goal)
                on_pick=move |g| edit(&|p| p.goal = g)
            />
            <NumberSelect
                label=t::SESSIONS.get()
                options=plain(SESSIONS_PER_DAY.map(u16::from))
                value=Signal::derive(move || plan().sessions_per_day.into())
                on_pick=move |n| edit(&|p| p.sessions_per_day = n as u8)
            />
            <NumberSelect
                label=t::MINUTES.get()
                options=plain([20, 25, 30])
                value=Signal::derive(move || plan().session_minutes.into())
                on_pick=move |n| edit(&|p| p.session_minutes = n as u8)
            />
            <div class="two">
                <label class="field">
                    <span>{t::WAKE}</span>
                    <input
                        type="time"
                        prop:value=move || text::format::minute_input(plan().wake)
                        on:change=move |ev| set_time(event_target_value(&ev), |p| &mut p.wake)
                    />
                </label>
                <label class="field">
                    <span>{t::SLEEP}</span>
                    <input
                        type="time"
                        prop:value=move || text::format::minute_input(plan().sleep)
                        on:change=move |ev| set_time(event_target_value(&ev), |p| &mut p.sleep)
                    />
                </label>
            </div>
            <p class="error" role="alert">{move || time_problem.get()}</p>
            <NumberSelect
                label=t::NIGHT_SESSIONS.get()
                options=NIGHT_SESSIONS
                    .map(|n| (u16::from(n), if n == 0 { t::NIGHT_NONE.to_string() } else { n.to_string() }))
                    .collect()
                value=Signal::derive(move || plan().night_sessions.into())
                on_pick=move |n| edit(&|p| p.night_sessions = n as u8)
            />
            <p class="hint">{t::NIGHT_WHY}</p>
            // The baby's age comes from the birth date in Settings → Your journey, one source for
            // every screen and printout.
            <p class="hint">{t::BABY_AGE_WHERE}</p>
            // Before the baby is here there is nothing to step down.
            <Show when=move || settings.with(|s| s.journey.path.baby_here())>
                <StepDownSettings edit=edit model=model shares=shares log=log/>
            </Show>
            <div class="actions">
                <button
                    type="button"
                    class="big"
                    on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            let said = crate::browser::notifications::ask_permission().await;
                            // Only "allowed" is news that can go away; the others explain what to do.
                            if text::reminder::ALLOWED == said {
                                app.confirm(said)
                            } else {
                                app.error(said)
                            }
                        });
                    }
                >
                    {text::reminder::ALLOW}
                </button>
            </div>
            <p class="hint">{text::reminder::ALLOW_HELP}</p>
            <div class="actions">
                <button type="button" class="big" on:click=export>{t::CALENDAR}</button>
            </div>
            <p class="hint">{t::CALENDAR_HELP}</p>
            <div class="actions">
                <button type="button" class="big" on:click=move |_| browser::print::print()>
                    {text::printout::PRINT_PLAN}
                </button>
            </div>
            <p class="hint">{text::guide::PRINT_HELP}</p>
        </section>
    }
}

/// The optional supplement step-down: its settings, today's target and the recent steps. Turned
/// on, its starting amount is prefilled from the log's last three days, or from what the parent
/// said at the start, with a line saying which; with neither, the amount is asked first and
/// nothing is stored until it is given. A refused amount says why and changes nothing.
#[component]
fn StepDownSettings(
    edit: impl Fn(&dyn Fn(&mut Plan)) + Copy + Send + Sync + 'static,
    model: Model,
    shares: Shares,
    log: ReadSignal<Option<Loaded>>,
) -> impl IntoView {
    let settings = AppState::get().settings;
    let step = move || settings.with(|s| s.plan.clamped().step_down);
    // Amounts are typed and shown in the parent's unit and stored in millilitres.
    let unit = move || settings.with(|s| s.volume);
    let oz = move || unit() == crate::domain::units::Volume::Oz;
    // Turned on with no amount to start from: the amount is asked before anything is stored.
    let asking = RwSignal::new(false);
    // The prefilled starting amount and its source, said while the amount is still that one.
    let prefilled = RwSignal::new(None::<StartingAmount>);
    let start_problem = RwSignal::new(None::<String>);
    let today = move || local_date(&Local, browser::clock::now());
    let begin = move |start_ml: u32| {
        edit(&|p| {
            p.step_down = Some(StepDown { started_on: today(), start_ml, ..StepDown::default() })
        })
    };
    let turn_on = move || {
        let found = settings.with(|s| {
            log.with(|l| {
                let entries = match l {
                    Some(Ok(entries)) => entries.as_slice(),
                    _ => &[],
                };
                start::starting_amount(entries, &s.journey, &Local, today(), s.volume)
            })
        });
        prefilled.set(found);
        start_problem.set(None);
        match found {
            Some(start) => begin(start.ml),
            None => asking.set(true),
        }
    };
    let turn_off = move || {
        asking.set(false);
        prefilled.set(None);
        start_problem.set(None);
        if step().is_some() {
            edit(&|p| p.step_down = None);
        }
    };
    // The starting amount as typed: stored only when the step-down can use it.
    let set_start = move |typed: String| {
        let unit = unit();
        // The plan keeps whole millilitres: a guide, not a measurement.
        let field = VolumeField::new(unit, step().map(|s| Ml::whole(s.start_ml)));
        let Ok(Some(ml)) = field.read(unit, &typed).map(|v| v.map(Ml::whole_ml)) else {
            start_problem.set(Some(t::start_not_a_number(unit).to_string()));
            return;
        };
        match StepDown::check_start(ml) {
            Err(problem) => start_problem.set(Some(t::start_problem(problem, unit))),
            Ok(ml) => {
                start_problem.set(None);
                if step().is_some() {
                    edit(&|p| {
                        if let Some(sd) = p.step_down.as_mut() {
                            sd.start_ml = ml
                        }
                    });
                } else {
                    asking.set(false);
                    begin(ml);
                }
            }
        }
    };
    let set_step = move |ev: leptos::ev::Event| {
        if let Some(ml) =
            text::format::parse_volume(unit(), &event_target_value(&ev)).map(Ml::whole_ml)
        {
            edit(&|p| {
                if let Some(sd) = p.step_down.as_mut() {
                    sd.step_ml = ml
                }
            });
        }
    };
    let inputmode = move || if oz() { "decimal" } else { "numeric" };
    let input_step = move || if oz() { "0.01" } else { "1" };
    let shown = move |get: fn(&StepDown) -> u32| {
        step().map(|s| text::format::planned_number(unit(), get(&s))).unwrap_or_default()
    };
    // Where the starting amount came from, while it is still the prefilled one.
    let source = move || {
        let start = prefilled.get()?;
        (step()?.start_ml == start.ml).then(|| {
            format!(
                "{} {}",
                t::start_source(start.source, &text::format::planned_volume(unit(), start.ml)),
                t::START_CHECK
            )
        })
    };
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                prop:checked=move || step().is_some() || asking.get()
                // The starting amount is read from the log: wait for it, a moment.
                disabled=move || log.with(Option::is_none)
                on:change=move |ev| if event_target_checked(&ev) { turn_on() } else { turn_off() }
            />
            <span>{t::STEP_DOWN}</span>
        </label>
        <Show when=move || step().is_some() || asking.get()>
            <p class="callout">{t::STEP_AGREE}</p>
            <div class="two step-amounts">
                <label class="field">
                    <span>{move || t::step_labels(unit()).0}</span>
                    <input
                        type="number"
                        inputmode=inputmode
                        step=input_step
                        min="0"
                        aria-describedby="step-start-about step-start-problem"
                        prop:value=move || shown(|s| s.start_ml)
                        on:change=move |ev| set_start(event_target_value(&ev))
                    />
                </label>
                <Show when=move || step().is_some()>
                    <label class="field">
                        <span>{move || t::step_labels(unit()).1}</span>
                        <input
                            type="number"
                            inputmode=inputmode
                            step=input_step
                            min="0"
                            prop:value=move || shown(|s| s.step_ml)
                            on:change=set_step
                        />
                    </label>
                </Show>
            </div>
            <p id="step-start-about" class="hint step-source">
                {move || if step().is_none() { Some(t::START_PROMPT.to_string()) } else { source() }}
            </p>
            <p id="step-start-problem" class="error" role="alert">{move || start_problem.get()}</p>
            <Show when=move || step().is_some()>
                <div class="two">
                    <NumberSelect
                        label=t::STEP_HOLD.get()
                        options=plain([2, 3])
                        value=Signal::derive(move || step().map_or(0, |s| s.hold_days.into()))
                        on_pick=move |n| edit(&|p| if let Some(sd) = p.step_down.as_mut() { sd.hold_days = n as u8 })
                    />
                    <label class="field">
                        <span>{t::STEP_FROM}</span>
                        <input
                            type="date"
                            prop:value=move || step().map(|s| text::format::date_input(s.started_on)).unwrap_or_default()
                            on:change=move |ev| {
                                if let Some(d) = text::format::parse_date_input(&event_target_value(&ev)) {
                                    edit(&|p| {
                                        if let Some(sd) = p.step_down.as_mut() {
                                            sd.started_on = d
                                        }
                                    });
                                }
                            }
                        />
                    </label>
                </div>
                <ul class="hint step-rule">
                    {move || model.with(|(m, _)| t::step_rule(m.diapers, m.age_days))
                        .into_iter()
                        .map(|line| view! { <li>{line}</li> })
                        .collect_view()}
                </ul>
                <StepHistory model=model shares=shares/>
            </Show>
        </Show>
    }
}

/// Today's planned supplement and the recent days of the step-down, from the model.
#[component]
fn StepHistory(model: Model, shares: Shares) -> impl IntoView {
    let settings = AppState::get().settings;
    move || {
        let unit = settings.with(|s| s.volume);
        let (m, loaded) = model.get();
        let sup = m.supplement.filter(|_| loaded)?;
        let vol = move |ml: u32| text::format::volume(unit, ml);
        let rows = sup
            .recent(10)
            .map(|d| {
                view! {
                    <tr>
                        <td>{text::format::day_heading(d.date)}</td>
                        <td>{text::format::planned_volume(unit, d.target_ml)} {t::change(d, &|ml| text::format::planned_volume(unit, ml)).map(|c| format!(" ({c})"))}</td>
                        // Today has no share yet (the day is not over); a day with entries that
                        // cannot tell says so, as on the printed summary.
                        <td>{shares.with(|s| s.on(d.date).map(text::progress::share_breast_cell))}</td>
                    </tr>
                }
            })
            .collect_view();
        let baseline =
            shares.with(|s| s.baseline.map(|b| text::progress::share_baseline(&b, &vol)));
        Some(view! {
            <p class="step-today">{t::planned_today(&text::format::planned_volume(unit, sup.ml))}</p>
            {sup.caution.map(|c| view! { <p class="callout caution">{t::caution(c, unit)}</p> })}
            {sup.restart_ml.map(|ml| {
                // The baby needed more than planned: offer to start again from what they had,
                // on the field's step in the parent's unit.
                let ml = start::on_step(unit, ml).min(crate::domain::plan::MAX_START_ML);
                let restart = move |_| {
                    let today = local_date(&Local, browser::clock::now());
                    settings.update(|s| {
                        s.plan.edit(|p| {
                            if let Some(sd) = p.step_down.as_mut() {
                                sd.start_ml = ml;
                                sd.started_on = today;
                            }
                        });
                    });
                    AppState::get().confirm(t::RESTARTED.get());
                };
                view! {
                    <button type="button" class="big restart-step" on:click=restart>
                        {t::restart_from(&text::format::planned_volume(unit, ml))}
                    </button>
                }
            })}
            <table class="step-history">
                <caption>{t::STEP_HISTORY}</caption>
                <thead><tr><th scope="col">{t::STEP_DATE}</th><th scope="col">{t::STEP_TARGET}</th><th scope="col">{text::progress::SHARE_COL_BREAST}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {baseline.map(|b| view! { <p class="hint share-baseline">{b}</p> })}
        })
    }
}

/// What the Plan screen prints: a fridge page with the plan, the day's planned supplement with
/// its date, the guide's reminders and the warning signs; then, on a page of its own, a day log
/// sheet with a row for each planned session of the 24 hours (left and right milk apart) and
/// spare rows, to fill in by hand. Hidden on screen.
#[component]
fn PlanPrintout(model: Model) -> impl IntoView {
    use crate::text::printout as p;
    let settings = AppState::get().settings;
    move || {
        let s = settings.get();
        let (m, loaded) = model.get();
        let printed = m.printout();
        let rows = printed
            .rows
            .iter()
            .map(|row| {
                // A spare row has no planned time: it is for an extra feed or a supplement.
                let planned = row.minute.map(|m| {
                    p::sheet_time(&text::format::clock_time(time_of(m), s.clock), row.night)
                });
                view! {
                    <tr class:spare=row.minute.is_none()>
                        <td>{planned}</td>
                        <td></td><td></td><td></td><td></td><td></td><td></td><td></td>
                    </tr>
                }
            })
            .collect_view();
        // Until the log has loaded the planned amount is unknown: print nothing rather than a
        // guess. The amount carries its day: the sheet stays on the fridge while it steps down.
        let target = match &printed.supplement {
            None => Some(p::NO_STEP_DOWN.to_string()),
            Some(sup) => loaded.then(|| {
                p::planned_on(
                    &text::format::day_heading(sup.date),
                    &text::format::planned_volume(s.volume, sup.ml),
                )
            }),
        };
        view! {
            <section class="print-only plan-print">
                <h1>{p::PLAN_TITLE}</h1>
                <p>{p::plan_line(printed.sessions_per_day, printed.session_minutes, printed.longest_gap)}</p>
                <Schedule model=model/>
                {target.map(|line| view! { <p class="print-target">{line}</p> })}
                // What the log shows now, as on Today, with who to call.
                <crate::ui::widgets::warning::WarningSigns signs=printed.signs.clone()/>
                // Side by side under the plan: the fridge page says what to do and when to call.
                // The footer goes under the short reminders, beside the long lists, so the plan
                // stays on one page and the day sheet on the next.
                <div class="print-boxes">
                    <div>
                        <section class="print-reminders">
                            <h2>{p::REMINDERS}</h2>
                            <ul>{text::guide::ROUTINE.iter().map(|l| view! { <li>{*l}</li> }).collect_view()}</ul>
                        </section>
                        <p class="print-footer">{p::FOOTER}</p>
                    </div>
                    <section class="print-signs">
                        <crate::ui::widgets::warning::SignLists/>
                    </section>
                </div>
                // The day log sheet on a page of its own, to print again for each day.
                <div class="sheet-page">
                    <h2>{p::SHEET_TITLE}</h2>
                    <p>{p::SHEET_HELP} " " {p::SHEET_SPARE} " " {p::DATE_LINE}</p>
                    <table class="sheet day-sheet">
                        <thead>
                            <tr>
                                <th>{p::COL_PLANNED}</th>
                                <th>{p::COL_TIME}</th>
                                <th>{p::COL_SIDE}</th>
                                <th>{p::COL_MINUTES}</th>
                                <th>{p::col_left(s.volume)}</th>
                                <th>{p::col_right(s.volume)}</th>
                                <th>{p::col_supplement(s.volume)}</th>
                                <th>{p::COL_DIAPERS}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    }
}
