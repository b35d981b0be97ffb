//! The today screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn TodayPage() -> impl IntoView {
    view! { <Placeholder title=text::nav::TODAY what=text::coming::TODAY/> }
}
