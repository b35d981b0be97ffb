//! What merging a file would do, said before anything is written: "3 new, 1 updated, 40
//! unchanged, 1 left out." and why each left-out entry was. Shared by the backup import and a log
//! sent hand to hand from another phone, which merge by the same rule.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::backup::{MergePlan, Rejected};
use crate::text::backup as t;

/// The summary line and the list of entries left out (the first 20).
#[component]
pub fn MergeSummary(plan: Arc<MergePlan>, rejected: Vec<(usize, Rejected)>) -> impl IntoView {
    view! {
        <p class="summary-line">
            {t::summary(plan.new, plan.updated, plan.unchanged, rejected.len())}
        </p>
        {(!rejected.is_empty())
            .then(|| {
                view! {
                    <p>{t::LEFT_OUT}</p>
                    <ul>
                        {rejected
                            .iter()
                            .take(20)
                            .map(|(i, why)| {
                                view! { <li>{format!("{} {}: {}", t::ENTRY, i + 1, t::rejected(why))}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}
