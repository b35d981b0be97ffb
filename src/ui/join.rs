//! The screen a pairing link opens (`/join#RELACT1-…`, from the QR code or a message): it reads
//! the code from the address's fragment (never sent to any server), takes it out of the address
//! bar, says which server and database it joins, and asks before anything is sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::route::Route;
use crate::domain::sync::code::{self, JOIN_PATH};
use crate::state::router::Router;
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::share as t;
use crate::ui::focus::show_and_focus;
use crate::ui::widgets::link::Link;
use crate::ui::widgets::show::Show;

/// The server's host, as a parent recognises it.
fn host(server: &str) -> &str {
    server.split_once("://").map_or(server, |(_, rest)| rest)
}

/// The screen.
#[component]
pub fn JoinPage() -> impl IntoView {
    let sharing = Sharing::get();
    let app = AppState::get();
    let router = Router::get();
    // Read once, then out of the address bar and the history, where a screenshot or a shared
    // tab would carry the family's key.
    let fragment = crate::browser::location::take_fragment(JOIN_PATH);
    let decoded = code::decode(&fragment);
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let already = sharing.shared.with_untracked(Option::is_some);

    let code = fragment.clone();
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = document()
            .get_element_by_id("join-name")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        let fragment = code.clone();
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let result = sharing.join(&fragment, &name).await;
            let _ = busy.try_set(false);
            match result {
                Ok(()) => {
                    app.confirm(t::JOINED.get());
                    router.go(Route::Settings, false);
                }
                Err(e) => {
                    problem.set(Some(t::setup_problem(&e)));
                    show_and_focus("join-error");
                }
            }
        });
    };

    let body = match (already, decoded) {
        (true, _) => view! {
            <p>{t::ALREADY_SHARING_HERE}</p>
            <p><Link to=Route::Settings>{t::TO_SETTINGS}</Link></p>
        }
        .into_any(),
        (false, Err(e)) => {
            let empty = fragment.trim_start_matches('#').is_empty();
            let why = if empty { t::NO_CODE_IN_LINK.get() } else { t::code_problem(e) };
            view! {
                <p class="error" role="alert">{why}</p>
                <p><Link to=Route::Settings>{t::TO_SETTINGS}</Link></p>
            }
            .into_any()
        }
        (false, Ok(p)) => view! {
            <p id="join-ask">{t::join_ask(host(&p.server), &p.database)}</p>
            <form class="card" on:submit=join aria-describedby="join-ask" novalidate>
                <div class="field">
                    <label for="join-name"><span>{t::NAME}</span></label>
                    <input type="text" id="join-name" name="name" value=t::DEFAULT_NAME/>
                </div>
                <p class="error" id="join-error" tabindex="-1" role="alert">{move || problem.get()}</p>
                <div class="actions">
                    <button type="submit" class="big primary" disabled=move || busy.get()>{t::JOIN_YES}</button>
                    <Link to=Route::Today class="big">{t::JOIN_NOT_NOW}</Link>
                </div>
                <Show when=move || busy.get()><p class="loading" role="status">{t::CHECKING}</p></Show>
            </form>
        }
        .into_any(),
    };
    view! {
        <section class="screen join">
            <h1>{t::JOIN_TITLE}</h1>
            {body}
        </section>
    }
}
