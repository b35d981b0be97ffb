//! The message line for errors and confirmations, announced to screen readers. A confirmation
//! ("Session saved.") lies over the header for a few seconds and goes away by itself, so it never
//! covers a control on the screen nor moves it; it may offer Undo. An error stays in the page,
//! under the header, until the parent dismisses it. Words already shown in the page (a milestone
//! reached) are only said.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::domain::entry::Entry;
use crate::state::log_store::LogStore;
use crate::state::{AppState, NoticeKind};
use crate::text;
use crate::ui::focus::focus_heading;

/// Shows the current notice, if any, with Undo (when it has one) and Dismiss.
#[component]
pub fn Notices() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let notice = app.notice;
    let area = NodeRef::<leptos::html::Div>::new();

    // Whether keyboard focus is inside the notice (on Undo or Dismiss).
    let holds_focus = move || {
        let Some(area) = area.get_untracked() else { return false };
        let active = document().active_element();
        active.is_some_and(|a| area.contains(Some(a.unchecked_ref())))
    };

    // A confirmation leaves after its time (a `setTimeout`, so a test clock can move it). If the
    // parent has just tabbed onto Undo, it waits another round rather than vanish under focus.
    Effect::new(move |prev: Option<Option<TimeoutHandle>>| {
        if let Some(Some(h)) = prev {
            h.clear();
        }
        let current = notice.get()?;
        let ms = current.lasts_ms()?;
        set_timeout_with_handle(
            move || {
                if notice.try_with_untracked(|n| n.as_ref() == Some(&current)) != Some(true) {
                    return;
                }
                if holds_focus() {
                    notice.set(Some(current.clone()));
                } else {
                    notice.set(None);
                }
            },
            std::time::Duration::from_millis(ms),
        )
        .ok()
    });

    let dismiss = move |_| {
        let had_focus = holds_focus();
        notice.set(None);
        if had_focus {
            focus_heading();
        }
    };
    let undo = move |_| {
        let Some(n) = notice.get_untracked() else { return };
        if let Some(restore) = n.restore {
            // A change of path: the journey and plan go back as they were, the plan's revision
            // moving on (never back), so a calendar exported in between is still replaced.
            let (journey, plan) = *restore;
            notice.set(None);
            focus_heading();
            app.settings.update(|s| {
                s.journey = journey;
                s.plan.edit(|p| *p = plan);
            });
            app.confirm(text::journey::BABY_HERE_UNDONE.get());
            return;
        }
        let now = browser::clock::now();
        let back: Vec<Entry> = n.undo.iter().map(|e| e.with_deleted(now, true)).collect();
        notice.set(None);
        focus_heading();
        spawn_local(async move {
            match store.save(back).await {
                Ok(()) => app.confirm(text::problem::UNDONE.get()),
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };

    view! {
        <div class="notice-area" role="status" aria-live="polite" node_ref=area>
            {move || {
                notice
                    .get()
                    .map(|n| {
                        if n.kind == NoticeKind::Said {
                            // Heard, not shown: the words are on the screen already.
                            return view! { <p class="sr">{n.text}</p> }.into_any();
                        }
                        let class = match n.kind {
                            NoticeKind::Error => "notice error-notice",
                            _ => "notice confirmation",
                        };
                        view! {
                            <p class=class>
                                <span>{n.text}</span>
                                <span class="notice-actions">
                                    {n.has_undo()
                                        .then(|| {
                                            view! {
                                                <button type="button" class="link" on:click=undo>
                                                    {text::problem::UNDO}
                                                </button>
                                            }
                                        })}
                                    <button type="button" class="link" on:click=dismiss>
                                        {text::problem::DISMISS}
                                    </button>
                                </span>
                            </p>
                        }
                            .into_any()
                    })
            }}
        </div>
    }
}
