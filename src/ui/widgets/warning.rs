//! A small, kind box on Today when the log shows a warning sign (too few wet diapers for the time of
//! day, a long stretch with none, a lower weight), with who to call. Nothing is drawn otherwise.

use chrono::Local;
use leptos::prelude::*;

use crate::browser;
use crate::domain::warning::signs;
use crate::domain::{Millis, HOUR};
use crate::state::log_store::LogStore;
use crate::text::warning as t;

/// How far back the signs look: the last weighings as well as today's diapers.
const LOOK_BACK: Millis = 21 * 24 * HOUR;

/// The warning box; `now` moves it on as the day goes by.
#[component]
pub fn WarningSigns(#[prop(into)] now: Signal<Millis>) -> impl IntoView {
    let store = LogStore::get();
    let loaded = store.watch(move || {
        let now = browser::clock::now();
        (now - LOOK_BACK, now + 24 * HOUR)
    });
    move || {
        let Some(Ok(entries)) = loaded.get() else { return None };
        // The tick only wakes this view up; a diaper saved a moment ago must count.
        let now = now.get().max(browser::clock::now());
        let found = signs(&Local, &entries, now);
        if found.is_empty() {
            return None;
        }
        let diapers = found.iter().any(t::about_diapers);
        Some(view! {
            <section class="card warning-signs" aria-labelledby="warning-title">
                <h2 id="warning-title">{t::TODAY_TITLE}</h2>
                <ul>{found.iter().map(|s| view! { <li>{t::sign(s)}</li> }).collect_view()}</ul>
                {diapers.then_some(view! { <p>{t::MAYBE_MISSED}</p> })}
                <p><strong>{t::CALL_TODAY}</strong></p>
                <p>{t::URGENT}</p>
            </section>
        })
    }
}
