//! "Open a log from another phone": a file sent with "Send my log to another phone" arrives here,
//! from the share sheet ("Open with Relact", the service worker's share target: `?shared=1`) or
//! the file chooser. It asks for the passphrase if the file has one, then shows the same summary
//! as a backup import and merges by the same rule only on the parent's yes.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::chosen_file::{Chosen, ReadError};
use crate::browser::{self, clock};
use crate::domain::backup::{self, MergePlan, Rejected};
use crate::domain::sync::file::{self, HandError};
use crate::state::hand;
use crate::state::log_store::LogStore;
use crate::state::router::Router;
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::{self, backup as tb, share::hand as t};
use crate::ui::focus::show_and_focus;
use crate::ui::widgets::merge_summary::MergeSummary;
use crate::ui::widgets::show::Show;

/// A checked file waiting for the parent's yes.
#[derive(Clone)]
struct Pending {
    plan: Arc<MergePlan>,
    rejected: Vec<(usize, Rejected)>,
}

/// The screen.
#[component]
pub fn ReceivePage() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let sharing = Sharing::get();
    let router = Router::get();
    let bytes = RwSignal::new(None::<Arc<Vec<u8>>>);
    let asking = RwSignal::new(false);
    let pending = RwSignal::new(None::<Pending>);
    let problem = RwSignal::new(None::<String>);
    let said = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);

    // Opens the file (with the passphrase, if it has one) and works out what merging it would do.
    let open = move |data: Arc<Vec<u8>>, passphrase: Option<String>| {
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let now = clock::now();
            let (existing, checked) = futures::future::join(
                store.all(),
                hand::open(&data, passphrase.as_deref(), sharing, now),
            )
            .await;
            let _ = busy.try_set(false);
            match (checked, existing) {
                (Ok(checked), Ok(existing)) => {
                    asking.set(false);
                    bytes.set(None);
                    pending.set(Some(Pending {
                        plan: Arc::new(backup::merge(&existing, &checked.accepted)),
                        rejected: checked.rejected,
                    }));
                }
                (Err(e @ (HandError::WrongPassphrase | HandError::NeedPassphrase)), _) => {
                    problem.set(Some(t::problem(&e, true)));
                    show_and_focus("receive-passphrase");
                }
                (Err(e), _) => {
                    problem.set(Some(t::problem(&e, true)));
                    show_and_focus("receive-error");
                }
                (_, Err(e)) => problem.set(Some(text::store_error(&e).to_string())),
            }
        });
    };
    // A file arrived: asks for its passphrase, or opens it with the family key.
    let consider = move |data: Vec<u8>| {
        pending.set(None);
        match hand::needs_passphrase(&data) {
            Err(e) => {
                problem.set(Some(t::problem(&e, true)));
                show_and_focus("receive-error");
            }
            Ok(true) => {
                problem.set(None);
                bytes.set(Some(Arc::new(data)));
                asking.set(true);
                show_and_focus("receive-passphrase");
            }
            Ok(false) => open(Arc::new(data), None),
        }
    };
    if untrack(|| router.query("shared")).is_some() {
        // Taken out of the address as it is read: the inbox is emptied by this visit, so Back or a
        // reload onto `?shared` would only look again at nothing.
        spawn_local(async move {
            router.drop_query();
            if let Some(data) = browser::inbox::take().await {
                said.set(Some(t::RECEIVED.get()));
                consider(data);
            }
        });
    }
    let choose = move |ev: leptos::ev::Event| {
        let Some(chosen) = Chosen::from_event(&ev) else { return };
        spawn_local(async move {
            // A file larger than any sent log is refused by `read` before it is read into memory.
            let read = chosen.read(file::MAX_BYTES).await;
            if !matches!(read, Err(ReadError::None)) {
                said.set(None);
            }
            match read {
                Ok(bytes) => consider(bytes),
                Err(ReadError::None) => {}
                Err(ReadError::TooLarge) => {
                    problem.set(Some(t::problem(&HandError::File(file::FileError::Damaged), true)))
                }
                Err(ReadError::Unreadable) => problem.set(Some(t::OPEN_FAILED.into())),
            }
        });
    };
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pass = document()
            .get_element_by_id("receive-passphrase")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        if let Some(data) = bytes.get_untracked() {
            open(data, Some(pass));
        }
    };
    let apply = move |_| {
        let Some(p) = pending.get_untracked() else { return };
        busy.set(true);
        spawn_local(async move {
            let writes = p.plan.to_write.clone();
            let result = if writes.is_empty() { Ok(()) } else { store.save(writes).await };
            let _ = busy.try_set(false);
            match result {
                Ok(()) => {
                    pending.set(None);
                    app.confirm(if p.plan.to_write.is_empty() {
                        tb::NOTHING_TO_DO.get()
                    } else {
                        tb::IMPORTED.get()
                    });
                }
                Err(e) => problem.set(Some(text::store_error(&e).to_string())),
            }
        });
    };

    view! {
        <section class="screen receive">
            <h1>{t::RECEIVE_TITLE}</h1>
            <p class="hint">{t::RECEIVE_HELP}</p>
            <p role="status">{move || said.get()}</p>
            <div class="actions">
                <label class="big file-button">
                    <input class="sr" type="file" accept=".txt,text/plain" on:change=choose/>
                    <span>{t::CHOOSE}</span>
                </label>
            </div>
            <Show when=move || asking.get()>
                <form class="card" on:submit=unlock novalidate>
                    <p id="receive-ask">{t::ASK_PASSPHRASE}</p>
                    <div class="field">
                        <label for="receive-passphrase"><span>{t::PASSPHRASE}</span></label>
                        <input type="text" id="receive-passphrase" autocomplete="off" autocapitalize="none"
                            spellcheck="false" class="code-text" aria-describedby="receive-ask receive-error"
                            aria-invalid=move || problem.with(Option::is_some).then_some("true")/>
                    </div>
                    <div class="actions">
                        <button type="submit" class="big primary" disabled=move || busy.get()>{t::OPEN}</button>
                    </div>
                </form>
            </Show>
            <Show when=move || busy.get()><p class="loading" role="status">{t::OPENING}</p></Show>
            <p class="error" id="receive-error" tabindex="-1" role="alert">{move || problem.get()}</p>
            {move || pending.get().map(|p| view! {
                <div class="card import-summary" role="region" aria-label=t::RECEIVE_TITLE>
                    <MergeSummary plan=p.plan.clone() rejected=p.rejected.clone()/>
                    <div class="actions">
                        <button type="button" class="big primary" on:click=apply disabled=move || busy.get()>
                            {tb::CONFIRM}
                        </button>
                        <button type="button" class="big" on:click=move |_| pending.set(None)>{tb::CANCEL}</button>
                    </div>
                </div>
            })}
        </section>
    }
}
