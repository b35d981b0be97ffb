//! The Log screen: entries grouped by local day, newest first, with each day's totals; a kind
//! filter; delete with undo. Loads a range of days at a time, so months of entries stay quick.

use chrono::Local;
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::local_date;
use crate::domain::entry::Entry;
use crate::domain::model::log::{self as log_model, Filter, DAYS_PER_PAGE};
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::{self, log as t};
use crate::ui::widgets::entry_form::EntryForm;
use crate::ui::widgets::loaded::Loaded;
use crate::ui::widgets::share_status::ShareStatus;
use crate::ui::widgets::undo_bar::{remover, DeleteButton, UndoBar};

/// The Log screen.
#[component]
pub fn LogPage() -> impl IntoView {
    let store = LogStore::get();
    let app = AppState::get();
    let days = RwSignal::new(DAYS_PER_PAGE);
    let filter = RwSignal::new(Filter::All);
    let undo = RwSignal::new(None::<Entry>);
    // The add/edit form: closed, adding (`Some(None)`) or editing an entry.
    let form = RwSignal::new(None::<Option<Entry>>);

    let loaded = store.watch(move || {
        let today = local_date(&Local, browser::clock::now());
        log_model::span(&Local, today, days.get())
    });

    let remove = remover(undo, t::RESTORED.get());

    view! {
        <section class="screen log">
            <h1>{text::nav::LOG}</h1>
            <ShareStatus when_off=false/>
            {move || match form.get() {
                None => view! {
                    <div class="actions add">
                        <button type="button" class="big" on:click=move |_| form.set(Some(None))>{t::ADD}</button>
                    </div>
                }.into_any(),
                Some(editing) => view! { <EntryForm editing=editing on_done=move || form.set(None)/> }.into_any(),
            }}
            <div class="filters" role="group" aria-label=t::FILTER>
                {Filter::ALL
                    .into_iter()
                    .map(|f| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || (filter.get() == f).to_string()
                                on:click=move |_| filter.set(f)
                            >
                                {t::filter(f)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <UndoBar pending=undo message=t::DELETED.get() undo=t::UNDO.get() on_undo=move |e| remove(e, true)/>
            <Loaded data=loaded loading=t::LOADING.get() ready={move |entries: Vec<Entry>| {
                    let settings = app.settings.get();
                    let days = log_model::days(&Local, &entries, filter.get());
                    if days.is_empty() {
                        return view! { <p class="empty">{t::EMPTY}</p> }.into_any();
                    }
                    let clock = move |t| text::format::clock_time(t, settings.clock);
                    days.into_iter()
                        .map(|day| {
                            let date = day.date;
                            let totals = t::totals(&day.totals, settings.volume);
                            let rows = day
                                .rows
                                .into_iter()
                                .map(|row| {
                                    let e = row.entry;
                                    // A milestone has no time: its row shows none, and it is taken
                                    // back rather than edited.
                                    let milestone = row.time.is_none();
                                    let at = row.time.map(clock).unwrap_or_default();
                                    let what = t::describe(&e.record, settings.volume);
                                    let label = if milestone {
                                        t::delete_day_label(&what, date)
                                    } else {
                                        t::delete_label(&what, &at, date)
                                    };
                                    let edit_label = t::edit_label(&what, &at, date);
                                    let link = row
                                        .with_feed
                                        .map(|feed| t::with_feed(feed.kind, &clock(feed.time)))
                                        .or_else(|| {
                                            (!row.supplements_ml.is_empty()).then(|| {
                                                t::supplements_with(&row.supplements_ml, settings.volume)
                                            })
                                        });
                                    // Notes are text nodes, never markup: a note reads exactly as typed.
                                    let notes = row.notes.map(|n| {
                                        if n.cut {
                                            view! {
                                                <details class="entry-notes">
                                                    <summary>
                                                        {t::NOTES} " "
                                                        <span class="notes-short">{t::notes_cut(&n.short)} " "</span>
                                                        <span class="more">{t::NOTES_MORE}</span>
                                                    </summary>
                                                    <p class="notes-full">{n.full}</p>
                                                </details>
                                            }
                                            .into_any()
                                        } else {
                                            view! { <p class="entry-notes">{t::NOTES} " " {n.full}</p> }.into_any()
                                        }
                                    });
                                    let for_edit = e.clone();
                                    view! {
                                        <li class="entry" class:milestone=milestone>
                                            {(!milestone).then(|| view! { <span class="entry-time">{at.clone()}</span> })}
                                            <span class="entry-what">
                                                {what}
                                                {link.map(|l| view! { <span class="entry-link">{l}</span> })}
                                                {notes}
                                            </span>
                                            {(!milestone).then(|| view! {
                                                <button
                                                    type="button"
                                                    class="icon-button"
                                                    aria-label=edit_label
                                                    on:click=move |_| form.set(Some(Some(for_edit.clone())))
                                                >
                                                    <svg viewBox="0 0 24 24" aria-hidden="true">
                                                        <path d="M4 20h4L19 9l-4-4L4 16zM14 6l4 4"/>
                                                    </svg>
                                                </button>
                                            })}
                                            <DeleteButton label=label on_press=move || remove(e.clone(), false)/>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <section class="day">
                                    <h2>{text::format::day_heading(date)}</h2>
                                    <p class="day-totals">{totals}</p>
                                    <ul class="entries">{rows}</ul>
                                </section>
                            }
                        })
                        .collect_view()
                        .into_any()
            }}/>
            <div class="actions">
                <button
                    type="button"
                    class="big"
                    on:click=move |_| days.update(|d| *d += DAYS_PER_PAGE)
                >
                    {t::EARLIER}
                </button>
            </div>
        </section>
    }
}
