//! The parent's own list of medicines and galactagogues (Settings): add, tick "taken" for today,
//! edit, remove with undo. Stored as log entries, so they back up and sync with the log. Relact
//! never suggests anything here; the words beside the list say these are decided with a doctor or
//! lactation consultant.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::day::{iso_date, local_date};
use crate::domain::entry::{Entry, Record};
use crate::domain::medicine::{AdvisedBy, Medicine};
use crate::domain::Millis;
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::{self, medicines as t};
use crate::ui::widgets::loaded::Loaded;
use crate::ui::widgets::show::Show;
use crate::ui::widgets::undo_bar::{remover, UndoBar};

/// "2026-11-03" for a date input.
fn input_date(d: chrono::NaiveDate) -> String {
    crate::domain::serde_name(&crate::domain::medicine::Day(d))
}

/// The list with its form.
#[component]
pub fn MedicineList() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    // Medicines are filed under their start day, which can be long ago: the whole log is read.
    let loaded = store.watch(|| (Millis::MIN, Millis::MAX));
    // Closed, adding (`Some(None)`) or editing an entry.
    let form = RwSignal::new(None::<Option<Entry>>);
    let undo = RwSignal::new(None::<Entry>);
    // When the form closes its buttons go away: focus returns to the list's heading.
    let heading = NodeRef::<leptos::html::H2>::new();
    let close = move || {
        form.set(None);
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    };

    let save = move |entry: Entry, said: &'static str| {
        spawn_local(async move {
            match store.save(vec![entry]).await {
                Ok(()) => app.confirm(said),
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };
    let remove = remover(undo, t::RESTORED.get());

    let list = move |entries: Vec<Entry>| {
        let today = local_date(&Local, browser::clock::now());
        let mut meds: Vec<(Entry, Medicine)> = entries
            .into_iter()
            .filter(|e| !e.deleted)
            .filter_map(|e| match &e.record {
                Record::Medicine(m) => Some((e.clone(), m.clone())),
                _ => None,
            })
            .collect();
        crate::domain::sorting::sort_by_key(&mut meds, |m| std::cmp::Reverse(m.1.start));
        if meds.is_empty() {
            return view! { <p class="empty">{t::EMPTY}</p> }.into_any();
        }
        let items = meds
            .into_iter()
            .map(|(e, m)| {
                let dates = t::dates(
                    &text::format::short_date(m.start.0),
                    m.stop.map(|s| text::format::short_date(s.0)).as_deref(),
                );
                let runs = m.runs_on(today);
                let taken = m.taken_on(today);
                let (for_tick, for_edit, for_delete) = (e.clone(), e.clone(), e);
                let m2 = m.clone();
                // Names are text nodes, never markup.
                view! {
                    <li class="entry medicine">
                        <span class="entry-what">
                            <strong>{m.name.clone()}</strong>
                            <span class="entry-link">{t::advised(&m.advised_by)}</span>
                            <span class="entry-link">{dates}</span>
                            {runs.then(|| view! {
                                <label class="toggle">
                                    <input
                                        type="checkbox"
                                        aria-label=t::taken_today(&m.name)
                                        prop:checked=taken
                                        on:change=move |ev| {
                                            let now = browser::clock::now();
                                            let m = m2.with_taken(today, event_target_checked(&ev));
                                            save(for_tick.edited(now, Record::Medicine(m)), t::SAVED.get());
                                        }
                                    />
                                    <span>{t::TAKEN_TODAY}</span>
                                </label>
                            })}
                        </span>
                        <span class="medicine-actions">
                            <button
                                type="button"
                                class="link"
                                aria-label=t::edit_label(&m.name)
                                on:click=move |_| form.set(Some(Some(for_edit.clone())))
                            >
                                {t::EDIT}
                            </button>
                            <button
                                type="button"
                                class="link"
                                aria-label=t::delete_label(&m.name)
                                on:click=move |_| remove(for_delete.clone(), false)
                            >
                                {t::DELETE}
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="entries medicines">{items}</ul> }.into_any()
    };

    view! {
        <section class="card medicines" aria-labelledby="medicines-title">
            <h2 id="medicines-title" tabindex="-1" node_ref=heading>{t::TITLE}</h2>
            <p class="quiet">{t::INTRO}</p>
            <UndoBar pending=undo message=t::DELETED.get() undo=t::UNDO.get() on_undo=move |e| remove(e, true)/>
            <Loaded data=loaded loading=t::LOADING.get() ready=list/>
            {move || match form.get() {
                None => view! {
                    <div class="actions">
                        <button type="button" class="big" on:click=move |_| form.set(Some(None))>{t::ADD}</button>
                    </div>
                }.into_any(),
                Some(editing) => view! {
                    <MedicineForm editing=editing on_save=move |e| { save(e, t::SAVED.get()); close(); } on_cancel=close/>
                }.into_any(),
            }}
        </section>
    }
}

/// Adding or editing one medicine: every field labelled, an error that says what to fix, focus
/// moved to the first field when it opens.
#[component]
fn MedicineForm(
    editing: Option<Entry>,
    on_save: impl Fn(Entry) + Send + Sync + 'static + Copy,
    on_cancel: impl Fn() + Send + Sync + 'static + Copy,
) -> impl IntoView {
    let old = match editing.as_ref().map(|e| &e.record) {
        Some(Record::Medicine(m)) => Some(m.clone()),
        _ => None,
    };
    let today = local_date(&Local, browser::clock::now());
    let name = RwSignal::new(old.as_ref().map(|m| m.name.clone()).unwrap_or_default());
    let (who0, own0) = match old.as_ref().map(|m| &m.advised_by) {
        Some(AdvisedBy::Person(w)) => (w.clone(), false),
        Some(AdvisedBy::OwnChoice) => (String::new(), true),
        None => (String::new(), false),
    };
    let who = RwSignal::new(who0);
    let own = RwSignal::new(own0);
    let start = RwSignal::new(input_date(old.as_ref().map_or(today, |m| m.start.0)));
    let stop = RwSignal::new(
        old.as_ref().and_then(|m| m.stop).map(|d| input_date(d.0)).unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<&'static str>);
    let editing = StoredValue::new(editing);
    let old = StoredValue::new(old);
    let first = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = first.get() {
            let _ = i.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let made = Medicine::from_form(
            &name.get_untracked(),
            own.get_untracked(),
            &who.get_untracked(),
            iso_date::parse(&start.get_untracked()),
            iso_date::parse(&stop.get_untracked()),
        );
        let m = match made {
            Ok(m) => m,
            Err(why) => return problem.set(Some(text::invalid(why))),
        };
        problem.set(None);
        let now = browser::clock::now();
        let entry = match (editing.get_value(), old.get_value()) {
            (Some(e), Some(before)) => e.edited(now, Record::Medicine(before.with_details(m))),
            _ => Entry::new(browser::clock::new_id(), now, Record::Medicine(m)),
        };
        on_save(entry);
    };
    view! {
        <form class="entry-form medicine-form" on:submit=submit novalidate>
            <label class="field">
                <span>{t::NAME}</span>
                <input
                    type="text"
                    node_ref=first
                    autocomplete="off"
                    aria-describedby="medicine-problem"
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </label>
            <label class="toggle">
                <input type="checkbox" prop:checked=own on:change=move |ev| own.set(event_target_checked(&ev))/>
                <span>{t::OWN_CHOICE}</span>
            </label>
            <Show when=move || own.get()>
                <p class="hint own-choice-note">{t::OWN_CHOICE_NOTE}</p>
            </Show>
            <Show when=move || !own.get()>
                <label class="field">
                    <span>{t::WHO}</span>
                    <input
                        type="text"
                        autocomplete="off"
                        aria-describedby="medicine-problem"
                        prop:value=who
                        on:input=move |ev| who.set(event_target_value(&ev))
                    />
                </label>
            </Show>
            <label class="field">
                <span>{t::START}</span>
                <input type="date" prop:value=start on:input=move |ev| start.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{t::STOP}</span>
                <input type="date" prop:value=stop on:input=move |ev| stop.set(event_target_value(&ev))/>
            </label>
            <p id="medicine-problem" class="error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="submit" class="big primary">{t::SAVE}</button>
                <button type="button" class="big" on:click=move |_| on_cancel()>{t::CANCEL}</button>
            </div>
        </form>
    }
}
