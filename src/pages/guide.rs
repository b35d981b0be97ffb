//! The guide screen.

use leptos::prelude::*;

use super::Placeholder;
use crate::text;

/// Placeholder until this screen is built.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! { <Placeholder title=text::nav::GUIDE what=text::coming::GUIDE/> }
}
