//! A labelled drop-down of whole numbers (sessions a day, minutes, night sessions, days at a
//! level, days in a summary): one widget, so each such field is labelled, shows its value and
//! reads the choice back the same way.

use leptos::prelude::*;

/// `options` are the numbers offered, each with the words shown for it; `value` is the current
/// one; `on_pick` gets the number chosen.
#[component]
pub fn NumberSelect(
    label: &'static str,
    options: Vec<(u16, String)>,
    value: Signal<u16>,
    #[prop(into)] on_pick: Callback<u16>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{label}</span>
            <select on:change=move |ev| {
                if let Ok(n) = event_target_value(&ev).parse::<u16>() {
                    on_pick.run(n);
                }
            }>
                {options
                    .into_iter()
                    .map(|(n, words)| {
                        view! {
                            <option value=n.to_string() selected=move || value.get() == n>
                                {words}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Numbers offered as themselves ("8", "9", …).
pub fn plain(numbers: impl IntoIterator<Item = u16>) -> Vec<(u16, String)> {
    numbers.into_iter().map(|n| (n, n.to_string())).collect()
}
