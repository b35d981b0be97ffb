//! The log screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn LogPage() -> impl IntoView {
    view! { <Placeholder title=text::nav::LOG what=text::coming::LOG/> }
}
