//! What milk a supplement was and how it was given, with the kind line on why a cup or an
//! at-breast supplementer is suggested (the bottle stays offered): the timer's save panel and
//! Today's "+ Supplement" sheet ask it the same way.

use leptos::prelude::*;

use crate::domain::entry::{Method, Milk};
use crate::text::{self, timer as t};
use crate::ui::widgets::choice::Choice;

/// Every way of giving a supplement, in the order offered: the guidance's first.
const METHODS: [Method; 6] = [
    Method::Cup,
    Method::AtBreastSupplementer,
    Method::Spoon,
    Method::Syringe,
    Method::FingerFeeding,
    Method::Bottle,
];

/// The two choices. `touched` is set at the parent's first pick, so a value read from the log a
/// moment later never replaces theirs.
#[component]
pub fn MilkAndMethod(
    /// The radio groups' names, unique on the page.
    milk_name: &'static str,
    method_name: &'static str,
    milk: RwSignal<Milk>,
    method: RwSignal<Method>,
    #[prop(optional)] milk_touched: Option<RwSignal<bool>>,
    #[prop(optional)] method_touched: Option<RwSignal<bool>>,
) -> impl IntoView {
    let touch = |t: Option<RwSignal<bool>>| {
        if let Some(t) = t {
            t.set(true);
        }
    };
    view! {
        <Choice
            legend=t::SUPPLEMENT_MILK
            name=milk_name
            options=[Milk::OwnExpressed, Milk::Donor, Milk::Formula]
                .into_iter()
                .map(|m| (m, text::feeding::milk(m)))
                .collect()
            value=milk.into()
            on_pick=move |m| {
                touch(milk_touched);
                milk.set(m)
            }
        />
        <Choice
            legend=t::SUPPLEMENT_METHOD
            name=method_name
            options=METHODS.into_iter().map(|m| (m, text::feeding::method(m))).collect()
            value=method.into()
            on_pick=move |m| {
                touch(method_touched);
                method.set(m)
            }
        />
        <p class="hint">{text::feeding::WHY_CUP}</p>
    }
}
