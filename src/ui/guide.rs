//! The Guide: what relactation and induced lactation involve, in plain words, ready to print.

use leptos::prelude::*;

use crate::browser;
use crate::text::{self, guide as t, journey as tj};
use crate::ui::widgets::warning::SignLists;

/// The Guide screen.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="screen guide">
            <h1>{text::nav::GUIDE}</h1>
            <p class="lead">{t::INTRO}</p>
            <p>{t::INTRO_WORDS}</p>
            <section class="card at-a-glance" aria-labelledby="glance-title">
                <h2 id="glance-title">{t::AT_A_GLANCE}</h2>
                <ul>{t::ROUTINE.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                <SignLists small=true/>
            </section>
            <div class="print-bar no-print">
                <button type="button" class="big" on:click=move |_| browser::print::print()>{t::PRINT}</button>
                <p class="hint">{t::PRINT_HELP}</p>
            </div>
            {t::SECTIONS
                .iter()
                .map(|s| {
                    view! {
                        <section class="guide-section">
                            <h2>{s.heading}</h2>
                            {s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                            {(!s.points.is_empty())
                                .then(|| {
                                    view! {
                                        <ul>{s.points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                                    }
                                })}
                        </section>
                    }
                })
                .collect_view()}
            <h2 class="guide-part">{tj::GUIDE_TITLE}</h2>
            {tj::GUIDE
                .iter()
                .map(|s| {
                    view! {
                        <section class="guide-section guide-path">
                            <h3>{s.heading}</h3>
                            {s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                            <ul>{s.points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                        </section>
                    }
                })
                .collect_view()}
            <section class="guide-section">
                <h2>{t::FURTHER}</h2>
                <p>{t::FURTHER_NOTE}</p>
                <ul class="reading">{t::READING.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
                <p class="help">{t::FIND_SUPPORT}</p>
            </section>
            <p class="help">{t::HELP}</p>
        </article>
    }
}
