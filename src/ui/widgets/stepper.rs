//! A volume field with large − and + buttons: 5 ml or ¼ oz per tap, typed values accepted too.
//! Holds millilitres; shows the parent's unit.

use leptos::prelude::*;

use crate::domain::units::Volume;
use crate::text::{self, format::VolumeField};

/// One labelled volume input.
#[component]
pub fn VolumeStepper(
    label: &'static str,
    /// Unique id for the input, so the label points at it.
    id: &'static str,
    ml: RwSignal<u32>,
    unit: Signal<Volume>,
    /// Set when the typed text is not a number; the stored value is left as it was.
    invalid: RwSignal<bool>,
) -> impl IntoView {
    let shown = move || VolumeField::new(unit.get(), Some(ml.get())).shown().to_string();
    let step = move |dir: f64| {
        let unit = unit.get_untracked();
        let next = (ml.get_untracked() as f64 + dir * unit.step_ml()).max(0.0);
        // Snap to the step grid so repeated taps give round numbers.
        let steps = (next / unit.step_ml()).round();
        ml.set((steps * unit.step_ml()).round() as u32);
        invalid.set(false);
    };
    let unit_name = move || text::format::unit_label(unit.get());
    view! {
        <div class="stepper">
            <label for=id>{label}</label>
            <div class="stepper-row">
                <button type="button" class="step" on:click=move |_| step(-1.0)>
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
                    on:change=move |ev| {
                        let field = VolumeField::new(unit.get_untracked(), Some(ml.get_untracked()));
                        match field.read(unit.get_untracked(), &event_target_value(&ev)) {
                            Ok(Some(v)) => {
                                ml.set(v);
                                invalid.set(false);
                            }
                            Ok(None) => {
                                ml.set(0);
                                invalid.set(false);
                            }
                            Err(_) => invalid.set(true),
                        }
                    }
                />
                <span class="unit">{unit_name}</span>
                <button type="button" class="step" on:click=move |_| step(1.0)>
                    <span aria-hidden="true">"+"</span>
                    <span class="sr">{text::timer::MORE} " " {label}</span>
                </button>
            </div>
        </div>
    }
}
