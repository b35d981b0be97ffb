//! "+ Supplement" on Today: a small sheet prefilled with the last supplement's amount, milk and
//! method, given now (or a few minutes earlier), linked to the feed it follows. A repeat
//! supplement is two taps: open, Save. Counted at once on Today, with Undo.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::entry::{Entry, Record};
use crate::domain::model::session::{feed_before, GivenAt, SupplementDraft};
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::{self, today as t};
use crate::ui::widgets::milk_and_method::MilkAndMethod;
use crate::ui::widgets::stepper::VolumeStepper;

/// The sheet. `entries` is the log Today has loaded (its last two days at least): the last
/// supplement and the feed are read from it at once, so Save right after opening saves the same
/// supplement again, never a default that a later read would have replaced.
#[component]
pub fn SupplementSheet(
    entries: Vec<Entry>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let unit = Signal::derive(move || app.settings.with(|s| s.volume));
    let clock = app.settings.with_untracked(|s| s.clock);
    let last = SupplementDraft::last_given(&entries);
    let ml = RwSignal::new(last.ml);
    let bad_ml = RwSignal::new(false);
    let milk = RwSignal::new(last.milk);
    let method = RwSignal::new(last.method);
    let when = RwSignal::new(GivenAt::Now);
    let other_time = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let saving = RwSignal::new(false);
    let entries = StoredValue::new(entries);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    // The instant chosen, read when it is needed (Now is the moment of the tap on Save).
    let instant = move || when.get().instant(&Local, browser::clock::now());
    // The feed it goes with, named on the sheet as it will be saved.
    let feed = move || {
        let at = instant()?;
        entries.with_value(|all| {
            feed_before(all, at).and_then(|e| match &e.record {
                Record::Session(s) => Some((e.id.clone(), s.kind, s.start)),
                _ => None,
            })
        })
    };
    let feed_line = move || {
        feed().map(|(_, kind, start)| {
            let at = crate::domain::day::local_time(&Local, start);
            t::supplement_with_feed(text::log::kind(kind), &text::format::clock_time(at, clock))
        })
    };

    let save = move |_| {
        if saving.get_untracked() {
            return;
        }
        if bad_ml.get_untracked() {
            return problem.set(Some(text::timer::BAD_NUMBER.get()));
        }
        let now = browser::clock::now();
        let Some(at) = when.get_untracked().instant(&Local, now) else {
            return problem.set(Some(text::log::BAD_TIME.get()));
        };
        let draft = SupplementDraft {
            ml: ml.get_untracked(),
            milk: milk.get_untracked(),
            method: method.get_untracked(),
        };
        let after = entries.with_value(|all| feed_before(all, at).map(|e| e.id.clone()));
        let entry = match draft.entry(at, after, now, browser::clock::new_id()) {
            Ok(e) => e,
            Err(why) => return problem.set(Some(text::invalid(why))),
        };
        saving.set(true);
        spawn_local(async move {
            match store.save(vec![entry.clone()]).await {
                Ok(()) => {
                    app.confirm_with_undo(t::SUPPLEMENT_SAVED.get(), vec![entry]);
                    on_done();
                }
                Err(e) => {
                    problem.set(Some(text::store_error(&e)));
                    saving.set(false);
                }
            }
        });
    };

    let choose = move |g: GivenAt| {
        when.set(g);
        problem.set(None);
    };
    // A chip clears a typed time, so what is pressed is what is saved.
    let chip = move |g: GivenAt| {
        other_time.set(String::new());
        choose(g);
    };
    view! {
        <div class="supplement-sheet-backdrop" on:click=move |_| on_done()></div>
        <div
            class="supplement-sheet"
            role="dialog"
            aria-modal="true"
            aria-labelledby="sheet-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    on_done();
                }
            }
        >
            <div class="supplement-sheet-body">
                <h2 id="sheet-title" tabindex="-1" node_ref=heading>{t::SUPPLEMENT_TITLE}</h2>
                <VolumeStepper
                    label=text::timer::SUPPLEMENT_AMOUNT.get()
                    id="quick-sup-ml"
                    ml=ml
                    unit=unit
                    invalid=bad_ml
                />
                <div class="filters when" role="group" aria-label=t::SUPPLEMENT_WHEN>
                    <button
                        type="button"
                        class="chip"
                        aria-pressed=move || (when.get() == GivenAt::Now).to_string()
                        on:click=move |_| chip(GivenAt::Now)
                    >
                        {t::GIVEN_NOW}
                    </button>
                    {GivenAt::EARLIER
                        .into_iter()
                        .map(|m| {
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-pressed=move || {
                                        (when.get() == GivenAt::MinutesAgo(m)).to_string()
                                    }
                                    on:click=move |_| chip(GivenAt::MinutesAgo(m))
                                >
                                    {t::minutes_ago(m)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <label class="field">
                    <span>{t::GIVEN_AT}</span>
                    <input
                        type="time"
                        prop:value=other_time
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            other_time.set(v.clone());
                            match text::format::parse_time_input(&v) {
                                Some(time) => choose(GivenAt::At(time)),
                                None => choose(GivenAt::Now),
                            }
                        }
                    />
                </label>
                <p class="supplement-sheet-feed">{feed_line}</p>
                <MilkAndMethod
                    milk_name="quick-sup-milk"
                    method_name="quick-sup-method"
                    milk=milk
                    method=method
                />
            </div>
            <p class="error" role="alert">{move || problem.get()}</p>
            <div class="actions supplement-sheet-actions">
                <button
                    type="button"
                    class="big primary"
                    disabled=move || saving.get()
                    on:click=save
                >
                    {t::SUPPLEMENT_SAVE}
                </button>
                <button type="button" class="big" on:click=move |_| on_done()>
                    {text::log::CANCEL}
                </button>
            </div>
        </div>
    }
}
