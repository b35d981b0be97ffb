//! A small, kind box on Today when the log shows a warning sign (too few wet diapers for the time of
//! day, a long stretch with none, a lower weight), with who to call. Nothing is drawn otherwise.
//! The signs come from Today's model, so the box and the diaper counter read the same day.

use leptos::prelude::*;

use crate::domain::warning::Sign;
use crate::text::warning as t;

/// The warning box for `signs` (from `TodayModel::signs`).
#[component]
pub fn WarningSigns(signs: Vec<Sign>) -> impl IntoView {
    if signs.is_empty() {
        return None;
    }
    let diapers = signs.iter().any(t::about_diapers);
    // A low count before the evening is not yet a sign to call about: said gently.
    let only_early = signs.iter().all(|s| matches!(s, Sign::FewWet { evening: false, .. }));
    Some(view! {
        <section class="card warning-signs" aria-labelledby="warning-title">
            <h2 id="warning-title">{t::TODAY_TITLE}</h2>
            <ul>{signs.iter().map(|s| view! { <li>{t::sign(s)}</li> }).collect_view()}</ul>
            {diapers.then_some(view! { <p>{t::MAYBE_MISSED}</p> })}
            {if only_early {
                view! { <p>{t::TALK_SOON}</p> }.into_any()
            } else {
                view! { <p><strong>{t::CALL_TODAY}</strong></p> }.into_any()
            }}
            <p>{t::URGENT}</p>
        </section>
    })
}
