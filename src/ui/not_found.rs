//! Shown for an address that is not one of the app's screens.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::text;

/// A friendly dead end with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>{text::problem::NOT_FOUND}</h1>
            <p>
                <A href="/" attr:class="go-home">
                    {text::problem::GO_HOME}
                </A>
            </p>
        </section>
    }
}
