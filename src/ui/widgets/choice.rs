//! A group of radio buttons with a visible legend: large rows that are easy to hit with a thumb and
//! that screen readers announce as one question.

use leptos::prelude::*;

/// One question with a fixed set of answers. Legend and labels are text or messages
/// ([`crate::text::Msg`]).
#[component]
pub fn Choice<T, L>(
    #[prop(into)] legend: &'static str,
    /// The `name` shared by the radio buttons.
    name: &'static str,
    options: Vec<(T, L)>,
    value: Signal<T>,
    #[prop(into)] on_pick: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    L: Into<&'static str> + 'static,
{
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|(v, label)| {
                    let label: &'static str = label.into();
                    view! {
                        <label class="choice-row">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || value.get() == v
                                on:change=move |_| on_pick.run(v)
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
