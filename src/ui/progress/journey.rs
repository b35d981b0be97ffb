//! Progress: the milestone timeline (found in the log or marked by hand, each with its day, and
//! celebrated once) and the recent days' share of milk from the breast. A mark is a log entry,
//! saved through the log store; one marked by hand can be taken back here, with Undo.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::day::{iso_date, local_date};
use crate::domain::entry::Entry;
use crate::domain::milestones::{self, Kind, Milestone};
use crate::domain::model::notice::Notice;
use crate::state::log_store::LogStore;
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::widgets::show::Show;
use crate::ui::widgets::undo_bar::{remover, DeleteButton, UndoBar};

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
    // A mark just taken back, until Undo or the next removal.
    let undo = RwSignal::new(None::<Entry>);
    let remove = remover(undo, t::MARK_RESTORED.get());
    // The milestone celebrated on this visit: at the top of the card, in the page, so it covers
    // neither the heading nor the range buttons under it (a notice there would, for 10 s).
    let celebrating = RwSignal::new(None::<String>);
    move || match ms.timeline.get() {
        None => view! { <p class="loading" role="status">{t::LOADING}</p> }.into_any(),
        Some(Err(e)) => {
            view! { <p class="error" role="alert">{text::store_error(&e)}</p> }.into_any()
        }
        Some(Ok(tl)) => {
            let s = app.settings.get();
            let today = local_date(&Local, browser::clock::now());
            let unit = s.volume;
            // Celebrated once: the newest not yet celebrated is said, and all are marked.
            let new = tl.to_celebrate(&ms.journal().get_untracked());
            if let Some(last) = new.last() {
                celebrating.set(Some(last.key()));
                // Said through the message line, which screen readers follow; never in place of
                // a message already there (an error, or Undo for what was just saved).
                if app.notice.with_untracked(Option::is_none) {
                    app.notice.set(Some(Notice::said(t::celebrate(last.kind))));
                }
                ms.celebrated(new.iter().map(|r| r.key()));
            }
            // Gone if its milestone is (taken back, or removed on another phone).
            let celebration = celebrating.with_untracked(|key| {
                let key = key.as_ref()?;
                tl.reached.iter().find(|r| &r.key() == key).map(|r| t::celebrate(r.kind))
            });
            let (last, baseline) =
                ms.shares.with(|all| (all.recent(today, 7).last().cloned(), all.baseline));
            let vol = move |ml: u32| text::format::volume(unit, ml);
            let ahead = tl.ahead.clone();
            view! {
                <section class="card milestones" aria-labelledby="journey-title">
                    <h2 id="journey-title">{t::JOURNEY}</h2>
                    {celebration.map(|words| view! { <p class="callout celebration">{words}</p> })}
                    {if tl.reached.is_empty() {
                        view! { <p>{t::JOURNEY_NONE}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="journey-line">
                                {tl.reached.iter().map(|r| {
                                    let name = name(r);
                                    let day = text::format::day_month(r.date);
                                    // A mark made by hand can be taken back; one the log shows cannot.
                                    let mark = r.id.as_ref().and_then(|id| ms.mark(id));
                                    let marked = mark.is_some();
                                    let label = t::mark_remove_label(&name, &day);
                                    let line = t::dated_emphasised(&day, &name);
                                    view! {
                                        <li class:marked=marked>
                                            <span class="journey-what">
                                                {line.before}
                                                <strong>{line.emphasised}</strong>
                                                {line.after}
                                                {r.from_log.then(|| view! { <span class="hint">" " {t::FROM_LOG}</span> })}
                                            </span>
                                            {mark.map(|e| view! {
                                                <DeleteButton label=label on_press=move || remove(e.clone(), false)/>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }}
                    <UndoBar pending=undo message=t::MARK_REMOVED.get() undo=t::MARK_UNDO.get() on_undo=move |e| remove(e, true)/>
                    {(!ahead.is_empty()).then(|| view! {
                        <p class="hint">{t::ahead(&ahead.iter().map(|k| t::journey(*k)).collect::<Vec<_>>())}</p>
                    })}
                    <TickForm ahead=ahead.clone()/>
                </section>
                {last.filter(|(_, sh)| sh.by_baseline.is_some() || sh.by_weighing.is_some()).map(|(d, sh)| {
                    let line = t::dated_emphasised(&text::format::day_month(d), &t::share(&sh, &vol));
                    view! {
                    <section class="card share" aria-labelledby="share-title">
                        <h2 id="share-title">{t::SHARE_TITLE}</h2>
                        <p>{line.before}<strong>{line.emphasised}</strong>{line.after}</p>
                        <p class="hint">{baseline.filter(|_| sh.by_baseline.is_some()).map(|b| t::share_baseline(&b, &vol))} " " {t::SHARE_NOTE}</p>
                    </section>
                    }
                })}
            }.into_any()
        }
    }
}

/// Marks a milestone by hand, with its day (today unless changed) and, for the parent's own,
/// words. The mark is checked like any entry, saved to the log and said once, with Undo.
#[component]
fn TickForm(ahead: Vec<Kind>) -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let ms = Milestones::get();
    let mut options: Vec<Kind> = ahead;
    options.push(Kind::Own);
    let first = options[0];
    let which = RwSignal::new(first);
    let today = local_date(&Local, browser::clock::now());
    let iso_today = text::format::date_input(today);
    let day = RwSignal::new(iso_today.clone());
    let words = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let saving = RwSignal::new(false);
    let add = move |_| {
        if saving.get_untracked() {
            return;
        }
        let kind = which.get_untracked();
        let Some(date) = iso_date::parse(&day.get_untracked()) else {
            problem.set(Some(t::TICK_DAY_MISSING.get()));
            return;
        };
        let now = browser::clock::now();
        let m = match Milestone::from_form(&Local, kind, date, &words.get_untracked(), now) {
            Ok(m) => m,
            Err(why) => {
                problem.set(Some(text::invalid(why)));
                return;
            }
        };
        problem.set(None);
        saving.set(true);
        let key = m.celebration_key();
        let entry = Entry::milestone(m, now);
        spawn_local(async move {
            let saved = store.save(vec![entry.clone()]).await;
            let _ = saving.try_set(false);
            match saved {
                Ok(()) => {
                    // Said now, with Undo, so the timeline does not say it a second time.
                    ms.celebrated([key]);
                    let _ = words.try_set(String::new());
                    app.confirm_with_undo(t::celebrate(kind), vec![entry]);
                }
                Err(err) => app.error(text::store_error(&err)),
            }
        });
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
                    <input type="text" prop:value=words on:input=move |ev| words.set(event_target_value(&ev))/>
                </label>
            </Show>
            <label class="field">
                <span>{t::TICK_DAY}</span>
                <input type="date" max=iso_today.clone() prop:value=day on:change=move |ev| day.set(event_target_value(&ev))/>
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            <button type="button" class="big" on:click=add>{t::TICK_ADD}</button>
        </details>
    }
}
