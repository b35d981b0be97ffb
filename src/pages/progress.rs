//! The progress screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn ProgressPage() -> impl IntoView {
    view! { <Placeholder title=text::nav::PROGRESS what=text::coming::PROGRESS/> }
}
