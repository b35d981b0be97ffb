//! The warning signs: on Today, a kind box per level when the log shows a sign (get help now
//! first, then worth a call today), each naming who to call, and a one-line "When to get help
//! now" that opens the signs only a parent can see; in the Guide and on the printed plan, the
//! whole lists. The signs come from Today's model (the care table, for the baby's age), so the
//! box and the diaper counter read the same 24 hours.

use leptos::prelude::*;

use crate::domain::care::Urgency;
use crate::domain::warning::Sign;
use crate::text::warning as t;

/// The warning boxes for `signs` (from `TodayModel::signs`) at `levels`; nothing without a sign.
#[component]
pub fn WarningSigns(
    signs: Vec<Sign>,
    #[prop(default = &[Urgency::Now, Urgency::CallToday])] levels: &'static [Urgency],
) -> impl IntoView {
    levels
        .iter()
        .copied()
        .filter_map(|level| {
            let these: Vec<Sign> = signs.iter().copied().filter(|s| s.urgency() == level).collect();
            if these.is_empty() {
                return None;
            }
            // A count may simply be incomplete: said under the signs read from counts.
            let counts = these.iter().any(Sign::from_counts);
            let (class, id) = match level {
                Urgency::Now => ("card warning-signs urgent", "warning-now-title"),
                Urgency::CallToday => ("card warning-signs", "warning-title"),
            };
            Some(view! {
                <section class=class aria-labelledby=id>
                    <h2 id=id>{t::title(level)}</h2>
                    <ul>{these.iter().map(|s| view! { <li>{t::sign(s)}</li> }).collect_view()}</ul>
                    {(counts && level == Urgency::CallToday).then_some(view! { <p>{t::MAYBE_MISSED}</p> })}
                    <p><strong>{t::act(level)}</strong></p>
                </section>
            })
        })
        .collect_view()
}

/// The "get help now" signs as one line that opens (Today): small, so it never pushes the Start
/// button or the diaper buttons off a small phone.
#[component]
pub fn HelpNow() -> impl IntoView {
    view! {
        <details class="help-now">
            <summary>{t::URGENT_OPEN}</summary>
            <p>{t::URGENT_INTRO}</p>
            <ul>{t::urgent_signs().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </details>
    }
}

/// Both lists, whole: worth a call today, and get help now (the Guide and the printed plan).
#[component]
pub fn SignLists(
    /// The list titles as `h3` (inside a box with its own heading) rather than `h2`.
    #[prop(default = false)]
    small: bool,
) -> impl IntoView {
    let title = move |text: &'static str| {
        if small {
            view! { <h3>{text}</h3> }.into_any()
        } else {
            view! { <h2>{text}</h2> }.into_any()
        }
    };
    view! {
        {title(t::SIGNS_TITLE.get())}
        <ul>{t::signs().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        {title(t::URGENT_TITLE.get())}
        <ul class="urgent-list">{t::urgent_signs().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
    }
}
