//! One file per screen.

pub mod guide;
pub mod log;
pub mod not_found;
pub mod plan;
pub mod progress;
pub mod settings;
pub mod timer;
pub mod today;

use leptos::prelude::*;

/// A screen that a later piece of work fills: it says plainly what will be here.
#[component]
pub fn Placeholder(title: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <section class="screen">
            <h1>{title}</h1>
            <p class="soon">{crate::text::coming::SOON}</p>
            <p>{what}</p>
        </section>
    }
}
