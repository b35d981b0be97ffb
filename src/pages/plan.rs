//! The plan screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn PlanPage() -> impl IntoView {
    view! { <Placeholder title=text::nav::PLAN what=text::coming::PLAN/> }
}
