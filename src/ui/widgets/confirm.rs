//! The one way Relact asks before it does something a parent cannot take back (discard a
//! session, delete everything, remove a phone, stop sharing) or that cuts short what runs. Every
//! such question looks, reads and moves focus the same way: a screen reader hears it as an alert
//! dialog named by its question, and focus waits on the safe answer, so a stray Enter at 3 a.m.
//! keeps what the parent has.

use leptos::prelude::*;

use crate::text::Msg;
use crate::ui::focus::show_and_focus_element;

/// Where the question stands, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In place of a whole screen (the Timer's): a panel, the question its `<h1>`, so the screen
    /// still has a heading to land on.
    Screen,
    /// Inside a section (Settings): a card where the button that asked was, the question a
    /// paragraph under the section's own heading.
    Inline,
}

/// Asks `question` with two answers. `id` names its parts for the labels (and for tests): the
/// question is `{id}-ask`, the `detail` sentence (read with it, when given) `{id}-detail`, the safe
/// answer `{id}-cancel`. When it opens, focus moves to the safe answer; where focus goes after is
/// the caller's (`on_no` usually puts it back on the button that asked). `children` (the loading
/// line, a box to tick) go between the question and its answers. The yes button is `danger`
/// unless `gentle` (an answer that keeps what it ends, such as "Stop and save"). Both answers
/// wait while `busy`.
#[component]
pub fn Confirm(
    id: &'static str,
    place: Place,
    #[prop(into)] question: String,
    #[prop(optional)] detail: Option<Msg>,
    yes: Msg,
    no: Msg,
    // Callbacks, not generic closures: one copy of this widget in the wasm instead of one per
    // question (2.8 KB gzip less).
    #[prop(into)] on_yes: Callback<()>,
    #[prop(into)] on_no: Callback<()>,
    #[prop(optional)] gentle: bool,
    #[prop(optional, into)] busy: Signal<bool>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let ask = format!("{id}-ask");
    let described = detail.map(|_| format!("{id}-detail"));
    let safe = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = safe.get() {
            show_and_focus_element(&button);
        }
    });
    let question = match place {
        Place::Screen => view! { <h1 id=ask.clone()>{question}</h1> }.into_any(),
        Place::Inline => view! { <p id=ask.clone()>{question}</p> }.into_any(),
    };
    let class = match place {
        Place::Screen => "panel",
        Place::Inline => "card",
    };
    let detail = detail.map(|d| view! { <p id=described.clone()>{d}</p> });
    view! {
        <div class=class role="alertdialog" aria-labelledby=ask aria-describedby=described>
            {question}
            {detail}
            {children.map(|c| c())}
            <div class="actions">
                <button
                    type="button"
                    class=if gentle { "big primary" } else { "big danger" }
                    disabled=move || busy.get()
                    on:click=move |_| on_yes.run(())
                >
                    {yes}
                </button>
                <button
                    type="button"
                    class="big"
                    id=format!("{id}-cancel")
                    node_ref=safe
                    disabled=move || busy.get()
                    on:click=move |_| on_no.run(())
                >
                    {no}
                </button>
            </div>
        </div>
    }
}
