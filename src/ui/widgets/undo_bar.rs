//! The line that stays after a delete on a list (the Log, the medicines list): what was removed
//! and an Undo that puts it back. It stays until the parent acts, unlike a passing confirmation,
//! because a list is where they look for what went missing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::entry::Entry;
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text;
use crate::ui::widgets::show::Show;

/// The delete and its Undo for a list of log entries: a deletion is a tombstone (so backups and
/// sharing carry it) and leaves the entry in `undo` for the [`UndoBar`]; Undo (`restore`) puts
/// it back and says `restored`. A refused write is said, and nothing changes.
pub fn remover(
    undo: RwSignal<Option<Entry>>,
    restored: &'static str,
) -> impl Fn(Entry, bool) + Copy + Send + Sync + 'static {
    let (app, store) = (AppState::get(), LogStore::get());
    move |e: Entry, restore: bool| {
        let changed = e.with_deleted(browser::clock::now(), !restore);
        spawn_local(async move {
            match store.save(vec![changed.clone()]).await {
                Ok(()) if restore => {
                    undo.set(None);
                    app.confirm(restored);
                }
                Ok(()) => undo.set(Some(changed)),
                Err(err) => app.error(text::store_error(&err)),
            }
        });
    }
}

/// The bin icon that deletes one row of a list (its Undo is the [`UndoBar`]); `label` names the
/// row, so a screen reader hears which.
#[component]
pub fn DeleteButton(label: String, #[prop(into)] on_press: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="icon-button" aria-label=label on:click=move |_| on_press.run(())>
            <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13"/>
            </svg>
        </button>
    }
}

/// Shown while `pending` holds the removed item; Undo hands it to `on_undo`. The bin that was
/// pressed went away with its row, so focus moves to Undo (each delete, the bar open or not), and
/// after Undo to the screen's heading, where the confirmation shows: never dropped to the page.
#[component]
pub fn UndoBar<T>(
    pending: RwSignal<Option<T>>,
    message: &'static str,
    undo: &'static str,
    // A callback, not a generic closure: one copy of this widget in the wasm, not one per screen.
    #[prop(into)] on_undo: Callback<T>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        // Runs on each delete (`pending` set) and once the button is drawn.
        if pending.with(Option::is_some) {
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    });
    view! {
        <Show when=move || pending.with(Option::is_some)>
            <p class="undo-bar" role="status">
                <span>{message}</span>
                <button
                    type="button"
                    class="link"
                    node_ref=button
                    on:click=move |_| {
                        if let Some(item) = pending.get_untracked() {
                            on_undo.run(item);
                            crate::ui::focus::focus_heading();
                        }
                    }
                >
                    {undo}
                </button>
            </p>
        </Show>
    }
}
