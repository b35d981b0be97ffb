//! Shown for an address that is not one of the app's screens.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::text;
use crate::ui::widgets::link::Link;

/// A friendly dead end with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>{text::problem::NOT_FOUND}</h1>
            <p>
                <Link to=Route::Today class="go-home">
                    {text::problem::GO_HOME}
                </Link>
            </p>
        </section>
    }
}
