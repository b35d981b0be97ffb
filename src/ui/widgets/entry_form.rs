//! Adding an entry by hand (for sessions written on paper at night) and editing one. The same
//! checks as everywhere else apply before anything is saved.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::entry::{
    Diaper, Entry, Method, Milk, Record, Session, SessionKind, Supplement, Weight,
};
use crate::domain::units::Ml;
use crate::domain::{from_serde_name, serde_name, Millis, MINUTE};
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::format::VolumeField;
use crate::text::{self, log as t};
use crate::ui::widgets::show::Show;

/// Which of the four records the form is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Session,
    Supplement,
    Diaper,
    Weight,
}

/// A new session's length until the parent types one.
const DEFAULT_MINUTES: Millis = 20;

fn to_input(ms: Millis) -> String {
    crate::domain::day::to_input(&Local, ms)
}

fn from_input(v: &str) -> Option<Millis> {
    crate::domain::day::from_input(&Local, v)
}

/// The add/edit form. `editing` is the entry being changed, or `None` to add a new one.
#[component]
pub fn EntryForm(
    editing: Option<Entry>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let unit = app.settings.with_untracked(|s| s.volume);
    let now = browser::clock::now();

    // Start from the entry being edited, or from sensible defaults for a new one.
    let (kind0, at0) = match editing.as_ref().map(|e| &e.record) {
        Some(Record::Session(s)) => (Kind::Session, s.start),
        Some(Record::Supplement(s)) => (Kind::Supplement, s.at),
        Some(Record::Diaper(d)) => (Kind::Diaper, d.at),
        Some(Record::Weight(w)) => (Kind::Weight, w.at),
        // Medicines are edited on their own list, never here (the Log does not show them), and
        // milestones are taken back and marked again on Progress (the Log offers no edit).
        // A new entry is for now (a session: one that ends now); the parent moves it back.
        Some(Record::Medicine(_) | Record::Milestone(_)) | None => {
            (Kind::Session, now - DEFAULT_MINUTES * MINUTE)
        }
    };
    let kind = RwSignal::new(kind0);
    let at = RwSignal::new(to_input(at0));
    // Until the parent changes the time, a new entry follows its kind: now for a supplement, a
    // diaper or a weight; a session that ends now.
    let at_touched = RwSignal::new(editing.is_some());
    let session = match editing.as_ref().map(|e| &e.record) {
        Some(Record::Session(s)) => s.clone(),
        _ => Session {
            kind: SessionKind::Pumping,
            start: at0,
            end: at0 + DEFAULT_MINUTES * MINUTE,
            segments: vec![],
            left_ml: None,
            right_ml: None,
            notes: String::new(),
            test_weight: None,
        },
    };
    // Test weights are not edited here; an edit keeps them while the session stays a feed.
    let kept_weight = session.test_weight;
    let session_kind = RwSignal::new(session.kind);
    let minutes = RwSignal::new(((session.end - session.start) / MINUTE).to_string());
    // Each volume field remembers the millilitres it was filled from, so an edit that leaves it
    // alone saves them unchanged whatever the unit's rounding.
    let left_field = VolumeField::new(unit, session.left_ml);
    let right_field = VolumeField::new(unit, session.right_ml);
    let left = RwSignal::new(left_field.shown().to_string());
    let right = RwSignal::new(right_field.shown().to_string());
    // Sessions and supplements both carry notes; an edit starts from the ones already written.
    let notes = RwSignal::new(match editing.as_ref().map(|e| &e.record) {
        Some(Record::Supplement(s)) => s.notes.clone(),
        _ => session.notes.clone(),
    });
    // An edited supplement keeps its link to the feed it followed.
    let after_session = match editing.as_ref().map(|e| &e.record) {
        Some(Record::Supplement(s)) => s.after_session.clone(),
        _ => None,
    };
    let (sup_ml, milk, method, wet, dirty, grams) = match editing.as_ref().map(|e| &e.record) {
        Some(Record::Supplement(s)) => (Some(s.ml), s.milk, s.method, true, false, String::new()),
        Some(Record::Diaper(d)) => {
            (None, Milk::OwnExpressed, Method::Cup, d.wet, d.dirty, String::new())
        }
        Some(Record::Weight(w)) => {
            (None, Milk::OwnExpressed, Method::Cup, true, false, w.grams.to_string())
        }
        _ => (None, Milk::OwnExpressed, Method::Cup, true, false, String::new()),
    };
    let sup_field = VolumeField::new(unit, sup_ml);
    let sup_ml = RwSignal::new(sup_field.shown().to_string());
    let fields = StoredValue::new((left_field, right_field, sup_field));
    let milk = RwSignal::new(milk);
    let method = RwSignal::new(method);
    let wet = RwSignal::new(wet);
    let dirty = RwSignal::new(dirty);
    let grams = RwSignal::new(grams);
    // The dark urine / crystals tick of a diaper, kept on edit.
    let dark = RwSignal::new(matches!(
        editing.as_ref().map(|e| &e.record),
        Some(Record::Diaper(d)) if d.dark_urine
    ));
    let problem = RwSignal::new(None::<&'static str>);
    let is_edit = editing.is_some();
    let editing = StoredValue::new(editing);

    let build = move || -> Result<Record, &'static str> {
        let at = from_input(&at.get_untracked()).ok_or(t::BAD_TIME.get())?;
        let (left_field, right_field, sup_field) = fields.get_value();
        let ml = |field: &VolumeField, typed: String| -> Result<Option<Ml>, &'static str> {
            field.read(unit, &typed).map_err(|_| t::BAD_NUMBER.get())
        };
        Ok(match kind.get_untracked() {
            Kind::Session => {
                let mins: i64 =
                    minutes.get_untracked().trim().parse().map_err(|_| t::BAD_NUMBER.get())?;
                let k = session_kind.get_untracked();
                let (l, r) = if k.measures_volume() {
                    (
                        ml(&left_field, left.get_untracked())?,
                        ml(&right_field, right.get_untracked())?,
                    )
                } else {
                    (None, None)
                };
                Record::Session(Session {
                    kind: k,
                    start: at,
                    end: at + mins * MINUTE,
                    segments: vec![],
                    left_ml: l,
                    right_ml: r,
                    notes: notes.get_untracked().trim().to_string(),
                    test_weight: kept_weight.filter(|_| !k.measures_volume()),
                })
            }
            Kind::Supplement => Record::Supplement(Supplement {
                at,
                ml: ml(&sup_field, sup_ml.get_untracked())?.unwrap_or_default(),
                milk: milk.get_untracked(),
                method: method.get_untracked(),
                after_session: after_session.clone(),
                notes: notes.get_untracked().trim().to_string(),
            }),
            Kind::Diaper => Record::Diaper(Diaper {
                at,
                wet: wet.get_untracked(),
                dirty: dirty.get_untracked(),
                // Only a wet diaper can show dark urine.
                dark_urine: wet.get_untracked() && dark.get_untracked(),
            }),
            Kind::Weight => Record::Weight(Weight {
                at,
                grams: grams.get_untracked().trim().parse().map_err(|_| t::BAD_NUMBER.get())?,
            }),
        })
    };

    let save = move |_| {
        let now = browser::clock::now();
        let record = match build() {
            Ok(r) => r,
            Err(msg) => return problem.set(Some(msg)),
        };
        if let Err(why) = record.validate(now) {
            return problem.set(Some(text::invalid(why)));
        }
        let entry = match editing.get_value() {
            // Times typed by hand carry no per-side segments; keep an edit's record whole.
            Some(old) => old.edited(now, record),
            None => Entry::new(browser::clock::new_id(), now, record),
        };
        spawn_local(async move {
            match store.save(vec![entry]).await {
                Ok(()) => {
                    app.confirm(t::SAVED.get());
                    on_done();
                }
                Err(e) => problem.set(Some(text::store_error(&e))),
            }
        });
    };

    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let select = |label: &'static str,
                  value: Signal<String>,
                  options: Vec<(String, &'static str)>,
                  set: Box<dyn Fn(String) + Send + Sync>| {
        view! {
            <label class="field">
                <span>{label}</span>
                <select on:change=move |ev| set(event_target_value(&ev))>
                    {options
                        .into_iter()
                        .map(|(v, l)| {
                            let v2 = v.clone();
                            view! { <option value=v selected=move || value.get() == v2>{l}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let kinds = vec![
        ("session".to_string(), text::log::SESSIONS.get()),
        ("supplement".to_string(), text::log::SUPPLEMENTS.get()),
        ("diaper".to_string(), text::log::DIAPERS.get()),
        ("weight".to_string(), text::log::WEIGHTS.get()),
    ];
    let kind_value = Signal::derive(move || {
        match kind.get() {
            Kind::Session => "session",
            Kind::Supplement => "supplement",
            Kind::Diaper => "diaper",
            Kind::Weight => "weight",
        }
        .to_string()
    });
    let unit_name = text::format::unit_label(unit);
    let text_field = move |label: String, value: RwSignal<String>, mode: &'static str| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="text"
                    inputmode=mode
                    prop:value=value
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
        }
    };

    view! {
        <div class="card entry-form" role="region" aria-labelledby="entry-form-title">
            <h2 id="entry-form-title" tabindex="-1" node_ref=heading>
                {if is_edit { t::FORM_EDIT.get() } else { t::FORM_ADD.get() }}
            </h2>
            <Show when=move || !is_edit>
                {select(
                    t::WHAT.get(),
                    kind_value,
                    kinds.clone(),
                    Box::new(move |v| {
                        let k = match v.as_str() {
                            "supplement" => Kind::Supplement,
                            "diaper" => Kind::Diaper,
                            "weight" => Kind::Weight,
                            _ => Kind::Session,
                        };
                        kind.set(k);
                        if !at_touched.get_untracked() {
                            let now = browser::clock::now();
                            at.set(to_input(if k == Kind::Session {
                                now - DEFAULT_MINUTES * MINUTE
                            } else {
                                now
                            }));
                        }
                    }),
                )}
            </Show>
            <label class="field">
                <span>{move || if kind.get() == Kind::Session { t::STARTED.get() } else { t::AT.get() }}</span>
                <input
                    type="datetime-local"
                    max=to_input(now)
                    prop:value=at
                    on:input=move |ev| {
                        at_touched.set(true);
                        at.set(event_target_value(&ev))
                    }
                />
            </label>
            <Show when=move || kind.get() == Kind::Session>
                {select(
                    t::KIND.get(),
                    Signal::derive(move || serde_name(&session_kind.get())),
                    SessionKind::ALL.iter().map(|k| (serde_name(k), text::log::kind(*k))).collect(),
                    Box::new(move |v| {
                        if let Some(k) = from_serde_name(&v) {
                            session_kind.set(k)
                        }
                    }),
                )}
                {text_field(t::MINUTES.to_string(), minutes, "numeric")}
                <Show when=move || session_kind.get().measures_volume()>
                    {text_field(format!("{} ({unit_name})", t::LEFT_ML), left, "decimal")}
                    {text_field(format!("{} ({unit_name})", t::RIGHT_ML), right, "decimal")}
                </Show>
            </Show>
            <Show when=move || kind.get() == Kind::Supplement>
                {text_field(format!("{} ({unit_name})", t::AMOUNT), sup_ml, "decimal")}
                {select(
                    text::timer::SUPPLEMENT_MILK.get(),
                    Signal::derive(move || serde_name(&milk.get())),
                    [Milk::OwnExpressed, Milk::Donor, Milk::Formula].iter().map(|m| (serde_name(m), text::feeding::milk(*m))).collect(),
                    Box::new(move |v| {
                        if let Some(m) = from_serde_name(&v) {
                            milk.set(m)
                        }
                    }),
                )}
                {select(
                    text::timer::SUPPLEMENT_METHOD.get(),
                    Signal::derive(move || serde_name(&method.get())),
                    [Method::Cup, Method::AtBreastSupplementer, Method::Spoon, Method::Syringe, Method::FingerFeeding, Method::Bottle]
                        .iter()
                        .map(|m| (serde_name(m), text::feeding::method(*m)))
                        .collect(),
                    Box::new(move |v| {
                        if let Some(m) = from_serde_name(&v) {
                            method.set(m)
                        }
                    }),
                )}
                <p class="hint">{text::feeding::WHY_CUP}</p>
            </Show>
            <Show when=move || matches!(kind.get(), Kind::Session | Kind::Supplement)>
                <label class="field">
                    <span>{text::timer::NOTES}</span>
                    <textarea rows="2" maxlength="2000" prop:value=notes on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
                </label>
            </Show>
            <Show when=move || kind.get() == Kind::Diaper>
                <label class="toggle">
                    <input type="checkbox" prop:checked=wet on:change=move |ev| wet.set(event_target_checked(&ev))/>
                    <span>{t::WET}</span>
                </label>
                <label class="toggle">
                    <input type="checkbox" prop:checked=dirty on:change=move |ev| dirty.set(event_target_checked(&ev))/>
                    <span>{t::DIRTY}</span>
                </label>
                <Show when=move || wet.get()>
                    <label class="toggle">
                        <input type="checkbox" prop:checked=dark on:change=move |ev| dark.set(event_target_checked(&ev))/>
                        <span>{t::DARK_URINE}</span>
                    </label>
                </Show>
            </Show>
            <Show when=move || kind.get() == Kind::Weight>
                {text_field(t::GRAMS.to_string(), grams, "numeric")}
            </Show>
            <p class="error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="button" class="big primary" on:click=save>{t::SAVE}</button>
                <button type="button" class="big" on:click=move |_| on_done()>{t::CANCEL}</button>
            </div>
        </div>
    }
}
