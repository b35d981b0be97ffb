//! Progress: the milestone timeline (found in the log or ticked by hand, each with its day, and
//! celebrated once) and the recent days' share of milk from the breast.

use chrono::{Datelike, Local};
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{iso_date, local_date};
use crate::domain::milestones::{self, Journal, Kind, Ticked, MAX_OWN_CHARS};
use crate::domain::model::notice::Notice;
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::{self, progress as t};

/// A milestone's words: the parent's own, or its name.
pub(crate) fn name(r: &milestones::Reached) -> String {
    if r.kind == Kind::Own {
        r.text.clone()
    } else {
        t::journey(r.kind).to_string()
    }
}

/// The milestone timeline and the share line, from the shared whole-log read (the screen follows
/// it and waits for it, so this card never arrives after the charts and pushes them down).
#[component]
pub fn Journey() -> impl IntoView {
    let app = AppState::get();
    let ms = Milestones::get();
    move || match ms.timeline.get() {
        None => view! { <p class="loading" role="status">{t::LOADING}</p> }.into_any(),
        Some(Err(e)) => {
            view! { <p class="error" role="alert">{text::store_error(&e)}</p> }.into_any()
        }
        Some(Ok(tl)) => {
            let s = app.settings.get();
            let today = local_date(&Local, browser::clock::now());
            let step = s.plan.clamped().step_down.map(|d| d.start_ml);
            let unit = s.volume;
            // Celebrated once: the newest not yet celebrated is said, and all are marked.
            let new = tl.to_celebrate(&ms.journal().get_untracked());
            if let Some(last) = new.last() {
                app.notice.set(Some(Notice::confirmation(t::celebrate(last.kind))));
                ms.celebrated(&new);
            }
            let shares = ms.whole().with(|w| match w {
                Some(Ok(all)) => milestones::shares(&Local, all, step, today, 7),
                _ => Vec::new(),
            });
            let vol = move |ml: u32| text::format::volume(unit, ml);
            let ahead = tl.ahead.clone();
            view! {
                <section class="card milestones" aria-labelledby="journey-title">
                    <h2 id="journey-title">{t::JOURNEY}</h2>
                    {if tl.reached.is_empty() {
                        view! { <p>{t::JOURNEY_NONE}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="journey-line">
                                {tl.reached.iter().map(|r| {
                                    let name = name(r);
                                    view! {
                                        <li>
                                            <strong>{text::format::day_month(r.date)}</strong>
                                            " · " {name}
                                            {r.from_log.then(|| view! { <span class="hint">" (" {t::FROM_LOG} ")"</span> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }}
                    {(!ahead.is_empty()).then(|| view! {
                        <p class="hint">{t::AHEAD} ": " {ahead.iter().map(|k| t::journey(*k)).collect::<Vec<_>>().join(" · ")}</p>
                    })}
                    <TickForm ahead=ahead.clone() journal=ms.journal() save=move |j| ms.set_journal(j)/>
                </section>
                {shares.last().filter(|(_, sh)| sh.by_baseline.is_some() || sh.by_weighing.is_some()).map(|(d, sh)| view! {
                    <section class="card share" aria-labelledby="share-title">
                        <h2 id="share-title">{t::SHARE_TITLE}</h2>
                        <p><strong>{text::format::day_month(*d)}</strong> " · " {t::share(sh, &vol)}</p>
                        <p class="hint">{t::SHARE_NOTE}</p>
                    </section>
                })}
            }.into_any()
        }
    }
}

/// Ticks a milestone by hand, with its day (today unless changed) and, for the parent's own, words.
#[component]
fn TickForm(
    ahead: Vec<Kind>,
    journal: ReadSignal<Journal>,
    save: impl Fn(Journal) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let mut options: Vec<Kind> = ahead;
    options.push(Kind::Own);
    let first = options[0];
    let which = RwSignal::new(first);
    let today = local_date(&Local, browser::clock::now());
    let day = RwSignal::new(format!("{:04}-{:02}-{:02}", today.year(), today.month(), today.day()));
    let words = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let add = move |_| {
        let kind = which.get_untracked();
        let text = words.get_untracked().trim().chars().take(MAX_OWN_CHARS).collect::<String>();
        if kind == Kind::Own && text.is_empty() {
            problem.set(Some(t::TICK_OWN_EMPTY));
            return;
        }
        let date = iso_date::parse(&day.get_untracked()).unwrap_or(today).min(today);
        let mut j = journal.get_untracked();
        j.ticked.push(Ticked {
            kind,
            date,
            text: if kind == Kind::Own { text } else { String::new() },
        });
        problem.set(None);
        words.set(String::new());
        save(j);
    };
    view! {
        <details class="tick">
            <summary>{t::TICK}</summary>
            <label class="field">
                <span>{t::TICK_WHICH}</span>
                <select on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    which.set(options.get(i).copied().unwrap_or(Kind::Own));
                }>
                    {options.iter().enumerate().map(|(i, k)| view! { <option value=i.to_string()>{t::journey(*k)}</option> }).collect_view()}
                </select>
            </label>
            <Show when=move || which.get() == Kind::Own>
                <label class="field">
                    <span>{t::TICK_OWN}</span>
                    <input type="text" maxlength=MAX_OWN_CHARS.to_string() prop:value=words on:input=move |ev| words.set(event_target_value(&ev))/>
                </label>
            </Show>
            <label class="field">
                <span>{t::TICK_DAY}</span>
                <input type="date" prop:value=day on:change=move |ev| day.set(event_target_value(&ev))/>
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            <button type="button" class="big" on:click=add>{t::TICK_ADD}</button>
        </details>
    }
}
