//! A volume field with large − and + buttons: 5 ml or exactly ¼ oz per tap, typed values
//! accepted too. Holds the stored amount; shows the parent's unit.

use leptos::prelude::*;

use crate::domain::units::{Ml, Volume};
use crate::text::{self, format::VolumeField};

/// One labelled volume input.
#[component]
pub fn VolumeStepper(
    label: &'static str,
    /// Unique id for the input, so the label points at it.
    id: &'static str,
    ml: RwSignal<Ml>,
    unit: Signal<Volume>,
    /// Set when the typed text is not a number; the stored value is left as it was.
    invalid: RwSignal<bool>,
    /// Set at the parent's first change (a tap or typing), so a value read from the log a moment
    /// later never replaces theirs.
    #[prop(optional)]
    touched: Option<RwSignal<bool>>,
) -> impl IntoView {
    let touch = move || {
        if let Some(t) = touched {
            t.set(true);
        }
    };
    let shown = move || VolumeField::new(unit.get(), Some(ml.get())).shown().to_string();
    let step = move |up: bool| {
        let unit = unit.get_untracked();
        touch();
        ml.set(unit.stepped(ml.get_untracked(), up));
        invalid.set(false);
    };
    let unit_name = move || text::format::unit_label(unit.get());
    view! {
        <div class="stepper">
            <label for=id>{label}</label>
            <div class="stepper-row">
                <button type="button" class="step" on:click=move |_| step(false)>
                    <span aria-hidden="true">"−"</span>
                    <span class="sr">{text::timer::LESS} " " {label}</span>
                </button>
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=shown
                    aria-invalid=move || invalid.get().to_string()
                    on:input=move |_| touch()
                    on:change=move |ev| {
                        touch();
                        let field = VolumeField::new(unit.get_untracked(), Some(ml.get_untracked()));
                        match field.read(unit.get_untracked(), &event_target_value(&ev)) {
                            Ok(Some(v)) => {
                                ml.set(v);
                                invalid.set(false);
                            }
                            Ok(None) => {
                                ml.set(Ml::ZERO);
                                invalid.set(false);
                            }
                            Err(_) => invalid.set(true),
                        }
                    }
                />
                <span class="unit">{unit_name}</span>
                <button type="button" class="step" on:click=move |_| step(true)>
                    <span aria-hidden="true">"+"</span>
                    <span class="sr">{text::timer::MORE} " " {label}</span>
                </button>
            </div>
        </div>
    }
}
