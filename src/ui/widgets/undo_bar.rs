//! The line that stays after a delete on a list (the Log, the medicines list): what was removed
//! and an Undo that puts it back. It stays until the parent acts, unlike a passing confirmation,
//! because a list is where they look for what went missing.

use leptos::prelude::*;

/// Shown while `pending` holds the removed item; Undo hands it to `on_undo`.
#[component]
pub fn UndoBar<T, F>(
    pending: RwSignal<Option<T>>,
    message: &'static str,
    undo: &'static str,
    on_undo: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) + Send + Sync + 'static,
{
    // Show's children are drawn again each time it opens, so the handler is shared, not moved.
    let on_undo = std::sync::Arc::new(on_undo);
    view! {
        <Show when=move || pending.with(Option::is_some)>
            <p class="undo-bar" role="status">
                <span>{message}</span>
                <button
                    type="button"
                    class="link"
                    on:click={
                        let on_undo = on_undo.clone();
                        move |_| {
                            if let Some(item) = pending.get_untracked() {
                                on_undo(item);
                            }
                        }
                    }
                >
                    {undo}
                </button>
            </p>
        </Show>
    }
}
