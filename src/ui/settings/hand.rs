//! "Send my log to another phone": the whole log as a locked file, handed to the share sheet (or
//! saved as a download), locked with the family key once paired or with a passphrase said aloud;
//! and the way to the screen that opens such a file.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clock;
use crate::browser::crypto::random_bytes;
use crate::browser::share_file::{share_or_save, Handed};
use crate::domain::day::local_date;
use crate::domain::route::Route;
use crate::domain::sync::file;
use crate::state::hand;
use crate::state::log_store::LogStore;
use crate::state::sharing::Sharing;
use crate::text::share::hand as t;
use crate::ui::focus::show_and_focus;
use crate::ui::widgets::link::Link;
use crate::ui::widgets::show::Show;

/// A passphrase to offer: twelve random digits in three groups.
fn suggestion() -> String {
    random_bytes(32).and_then(|b| file::suggest(&b)).unwrap_or_default()
}

/// The "Hand to hand, with no server" card.
#[component]
pub fn SendLog() -> impl IntoView {
    let sharing = Sharing::get();
    let store = LogStore::get();
    let paired = move || sharing.shared.with(Option::is_some);
    let by_passphrase = RwSignal::new(false);
    let passphrase = RwSignal::new(suggestion());
    let problem = RwSignal::new(None::<String>);
    let said = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let with_passphrase = move || !paired() || by_passphrase.get();
    let send = move |_| {
        let pass = with_passphrase().then(|| passphrase.get_untracked());
        let pass_used = pass.is_some();
        problem.set(None);
        said.set(None);
        busy.set(true);
        spawn_local(async move {
            let now = clock::now();
            let day = local_date(&Local, now).to_string();
            let sealed = hand::seal(store, sharing, pass.as_deref(), &day, now).await;
            let result = match sealed {
                Ok((name, text)) => share_or_save(&name, "text/plain", &text)
                    .await
                    .map_err(|_| t::problem(&file::HandError::NoCrypto, false)),
                Err(e) => Err(t::problem(&e, false)),
            };
            let _ = busy.try_set(false);
            match result {
                Ok(Handed::Shared) => said.set(Some(t::SHARED.get())),
                Ok(Handed::Downloaded) => said.set(Some(t::DOWNLOADED.get())),
                Ok(Handed::Cancelled) => {}
                Err(message) => {
                    problem.set(Some(message));
                    let at_field = pass_used;
                    show_and_focus(if at_field { "hand-passphrase" } else { "hand-error" });
                }
            }
        });
    };
    view! {
        <div class="card hand" role="region" aria-labelledby="hand-title">
            <h3 id="hand-title">{t::TITLE}</h3>
            <p class="hint">{t::HELP}</p>
            <Show when=paired>
                <p>{t::FAMILY_LOCK}</p>
                <label class="toggle">
                    <input type="checkbox" prop:checked=by_passphrase
                        on:change=move |ev| by_passphrase.set(event_target_checked(&ev))/>
                    <span>{t::USE_PASSPHRASE}</span>
                </label>
            </Show>
            <Show when=with_passphrase>
                <div class="field">
                    <label for="hand-passphrase"><span>{t::PASSPHRASE}</span></label>
                    <input type="text" id="hand-passphrase" autocomplete="off" autocapitalize="none"
                        spellcheck="false" class="code-text" prop:value=passphrase
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        aria-describedby="hand-passphrase-help hand-error"
                        on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                    <p class="hint" id="hand-passphrase-help">{t::PASSPHRASE_HELP}</p>
                </div>
            </Show>
            <p class="error" id="hand-error" tabindex="-1" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="button" class="big primary" on:click=send disabled=move || busy.get()>{t::SEND}</button>
            </div>
            <Show when=move || busy.get()><p class="loading" role="status">{t::SEALING}</p></Show>
            <p role="status">{move || said.get()}</p>
            <p><Link to=Route::Receive>{t::RECEIVE_LINK}</Link></p>
        </div>
    }
}
