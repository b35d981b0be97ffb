//! The Timer screen's save form after Stop.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm_discard::ConfirmDiscard;
use super::Stage;
use crate::browser;
use crate::domain::entry::{Method, Record, Session, SessionKind, TestWeight};
use crate::domain::model::session::{SessionDraft, SupplementDraft};
use crate::domain::units::Ml;
use crate::domain::HOUR;
use crate::state::log_store::LogStore;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::{self, timer as t};
use crate::ui::focus::focus_heading;
use crate::ui::widgets::milk_and_method::MilkAndMethod;
use crate::ui::widgets::show::Show;
use crate::ui::widgets::stepper::VolumeStepper;

/// After Stop: volumes for expressing, an optional supplement after nursing, notes, Save.
#[component]
pub(super) fn SavePanel(
    session: Session,
    supplementer: bool,
    stage: RwSignal<Stage>,
    pending: RwSignal<Option<SessionKind>>,
) -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let unit = Signal::derive(move || app.settings.with(|s| s.volume));
    let kind = session.kind;
    let left = RwSignal::new(Ml::ZERO);
    let right = RwSignal::new(Ml::ZERO);
    // What the parent has changed on the form: the prefills below, read from the log a moment
    // after the panel opens, fill only what is still untouched.
    let volumes_touched = RwSignal::new(false);
    let sup_touched = RwSignal::new(false);
    let milk_touched = RwSignal::new(false);
    let method_touched = RwSignal::new(false);
    let bad_left = RwSignal::new(false);
    let bad_right = RwSignal::new(false);
    let notes = RwSignal::new(String::new());
    // With a supplementer the supplement is part of the feed: asked at once, method set.
    let with_supplement = RwSignal::new(supplementer);
    let first = SupplementDraft::default();
    let sup_ml = RwSignal::new(first.ml);
    let bad_sup = RwSignal::new(false);
    let milk = RwSignal::new(first.milk);
    let method =
        RwSignal::new(if supplementer { Method::AtBreastSupplementer } else { first.method });
    let weighed = RwSignal::new(false);
    let before_g = RwSignal::new(String::new());
    let after_g = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let saving = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    // Start from the last session's volumes: when they fit, saving is one more tap.
    if kind.measures_volume() {
        let now = browser::clock::now();
        spawn_local(async move {
            let Ok(recent) = store.range(now - 14 * 24 * HOUR, now + 1).await else { return };
            let last = recent.iter().rev().find_map(|e| match &e.record {
                Record::Session(s) if !e.deleted && s.kind == kind => Some(s.clone()),
                _ => None,
            });
            // Both sides together or not at all: half of the last session beside half of what
            // the parent typed would be neither.
            if let (Some(s), Some(false)) = (last, volumes_touched.try_get_untracked()) {
                let _ = left.try_set(s.left_ml.unwrap_or_default());
                let _ = right.try_set(s.right_ml.unwrap_or_default());
            }
        });
    }

    // The supplement starts from the last one given (amount, milk, method): most parents give the
    // same way at every feed.
    if !kind.measures_volume() {
        let now = browser::clock::now();
        spawn_local(async move {
            let Ok(recent) = store.range(now - 14 * 24 * HOUR, now + 1).await else { return };
            let last = SupplementDraft::last_given(&recent);
            let untouched = |t: RwSignal<bool>| t.try_get_untracked() == Some(false);
            if untouched(sup_touched) {
                let _ = sup_ml.try_set(last.ml);
            }
            if untouched(milk_touched) {
                let _ = milk.try_set(last.milk);
            }
            if !supplementer && untouched(method_touched) {
                let _ = method.try_set(last.method);
            }
        });
    }

    let summary = {
        let s = session.clone();
        let what = if supplementer { t::RUNNING_SUPPLEMENTER.get() } else { t::running(s.kind) };
        format!("{what} · {}", text::format::minutes(s.active_millis()))
    };
    // Asking whether to discard hides the form but keeps it (and everything typed) alive; coming
    // back puts focus on its heading again, where a screen reader expects it.
    let asking = RwSignal::new(false);
    Effect::new(move |was_asking: Option<bool>| {
        let now_asking = asking.get();
        if was_asking == Some(true) && !now_asking {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        }
        now_asking
    });
    let save = move |_| {
        if saving.get_untracked() {
            return;
        }
        if bad_left.get_untracked() || bad_right.get_untracked() || bad_sup.get_untracked() {
            problem.set(Some(t::BAD_NUMBER.get()));
            return;
        }
        let test_weight = if weighed.get_untracked() {
            let grams = |v: String| v.trim().parse::<u32>().ok();
            match (grams(before_g.get_untracked()), grams(after_g.get_untracked())) {
                (Some(before_g), Some(after_g)) => Some(TestWeight { before_g, after_g }),
                _ => {
                    problem.set(Some(t::WEIGH_BOTH.get()));
                    return;
                }
            }
        } else {
            None
        };
        let draft = SessionDraft {
            test_weight,
            session: session.clone(),
            left_ml: left.get_untracked(),
            right_ml: right.get_untracked(),
            notes: notes.get_untracked(),
            supplement: with_supplement.get_untracked().then(|| SupplementDraft {
                ml: sup_ml.get_untracked(),
                milk: milk.get_untracked(),
                method: method.get_untracked(),
            }),
        };
        let entries = match draft.entries(browser::clock::now(), browser::clock::new_id) {
            Ok(entries) => entries,
            Err(why) => {
                problem.set(Some(text::invalid(why)));
                return;
            }
        };
        saving.set(true);
        spawn_local(async move {
            match store.save(entries.clone()).await {
                Ok(()) => {
                    rs.change(|s| *s = None);
                    app.confirm_with_undo(t::SAVED.get(), entries);
                    stage.set(Stage::Run);
                    if let Some(next) = pending.get_untracked() {
                        pending.set(None);
                        rs.start(next);
                    }
                    focus_heading();
                }
                Err(e) => {
                    // The running state stays in localStorage: nothing is lost, the parent can retry.
                    problem.set(Some(text::store_error(&e)));
                    saving.set(false);
                }
            }
        });
    };

    // A baby's weight in grams, before or after the feed (test weighing).
    let grams_field = |label: &'static str, grams: RwSignal<String>| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="500"
                    max="30000"
                    prop:value=grams
                    on:input=move |ev| grams.set(event_target_value(&ev))
                />
            </label>
        }
    };
    view! {
        <Show when=move || asking.get()>
            <ConfirmDiscard stage=stage asking=asking/>
        </Show>
        <div class="panel" hidden=move || asking.get()>
            <h1 tabindex="-1" node_ref=heading>{t::SAVE_TITLE}</h1>
            <p class="summary">{summary}</p>
            <Show when=move || kind.measures_volume()>
                // Side by side in landscape, so both sit above the Save bar on a phone on its side.
                <div class="steppers">
                <VolumeStepper
                    label=t::MILK_LEFT.get()
                    id="ml-left"
                    ml=left
                    unit=unit
                    invalid=bad_left
                    touched=volumes_touched
                />
                <VolumeStepper
                    label=t::MILK_RIGHT.get()
                    id="ml-right"
                    ml=right
                    unit=unit
                    invalid=bad_right
                    touched=volumes_touched
                />
                </div>
            </Show>
            <Show when=move || !kind.measures_volume()>
                <label class="toggle">
                    <input
                        type="checkbox"
                        prop:checked=with_supplement
                        on:change=move |ev| with_supplement.set(event_target_checked(&ev))
                    />
                    <span>{t::SUPPLEMENT_AFTER}</span>
                </label>
                <Show when=move || with_supplement.get()>
                    <VolumeStepper
                        label=t::SUPPLEMENT_AMOUNT.get()
                        id="sup-ml"
                        ml=sup_ml
                        unit=unit
                        invalid=bad_sup
                        touched=sup_touched
                    />
                    <MilkAndMethod
                        milk_name="sup-milk"
                        method_name="sup-method"
                        milk=milk
                        method=method
                        milk_touched=milk_touched
                        method_touched=method_touched
                    />
                </Show>
                <label class="toggle">
                    <input
                        type="checkbox"
                        prop:checked=weighed
                        on:change=move |ev| weighed.set(event_target_checked(&ev))
                    />
                    <span>{t::WEIGHED}</span>
                </label>
                <Show when=move || weighed.get()>
                    <p class="hint">{t::WEIGH_NOTE}</p>
                    {grams_field(t::WEIGHT_BEFORE.get(), before_g)}
                    {grams_field(t::WEIGHT_AFTER.get(), after_g)}
                </Show>
            </Show>
            <label class="field">
                <span>{t::NOTES}</span>
                <textarea
                    rows="2"
                    maxlength="2000"
                    prop:value=notes
                    on:input=move |ev| notes.set(event_target_value(&ev))
                ></textarea>
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            // Save stays within reach however long the form: held above the bottom bar.
            <div class="actions sticky-actions">
                <button
                    type="button"
                    class="big primary"
                    disabled=move || saving.get()
                    on:click=save
                >
                    {t::SAVE}
                </button>
                <button
                    type="button"
                    class="big"
                    id="discard-start"
                    on:click=move |_| asking.set(true)
                >
                    {t::DISCARD}
                </button>
            </div>
        </div>
    }
}
