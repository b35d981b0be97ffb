//! The timer screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn TimerPage() -> impl IntoView {
    view! { <Placeholder title=text::nav::TIMER what=text::coming::TIMER/> }
}
