//! The one way a screen shows entries read from the log: a status while they load, the store's
//! own sentence if reading failed, and the screen's view once they are there.

use leptos::prelude::*;

use crate::domain::entry::Entry;
use crate::state::log_store::Loaded as Loading;
use crate::text;

/// Draws `ready` with the entries `data` holds, or says why it cannot yet. `loading` names what
/// is being read ("Loading your log…"), announced politely to screen readers.
#[component]
pub fn Loaded(
    data: ReadSignal<Option<Loading>>,
    loading: &'static str,
    // A callback, not a generic closure: one copy of this widget in the wasm, not one per screen.
    #[prop(into)] ready: Callback<Vec<Entry>, AnyView>,
) -> impl IntoView {
    move || match data.get() {
        None => view! { <p class="loading" role="status">{loading}</p> }.into_any(),
        Some(Err(e)) => {
            view! { <p class="error" role="alert">{text::store_error(&e)}</p> }.into_any()
        }
        Some(Ok(entries)) => ready.run(entries),
    }
}
