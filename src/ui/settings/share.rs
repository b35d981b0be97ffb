//! Settings → Share with a partner: start sharing (server, database, login) and show the pairing
//! code as text and QR code; join with a pasted code; the status line, Sync now, the phones that
//! share, and Stop sharing.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::browser::{self, get};
use crate::domain::sync::Status;
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::share as t;
use crate::ui::widgets::share_status::ShareStatus;

/// The QR code of `text` as one SVG path (one square per dark module), with a quiet zone.
fn qr_path(text: &str) -> Option<(i32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((size + 8, d))
}

/// Focuses an element a task later, once it is drawn.
fn focus_later(node: NodeRef<leptos::html::H3>) {
    browser::tasks::next_task(move || {
        if let Some(el) = node.get_untracked() {
            let _ = el.focus();
        }
    });
}

fn input_value(ev: &SubmitEvent, name: &str) -> String {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        .and_then(|f| f.elements().named_item(name))
        .and_then(|e| {
            e.dyn_ref::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
        })
        .unwrap_or_default()
}

/// The pairing code: text, copy, send, QR.
#[component]
fn PairingCode(code: String) -> impl IntoView {
    let app = AppState::get();
    let can_share = get(&window().navigator(), "share").is_some();
    let qr = qr_path(&code);
    let copy = {
        let code = code.clone();
        move |_| {
            let clip = window().navigator().clipboard();
            let code = code.clone();
            spawn_local(async move {
                if JsFuture::from(clip.write_text(&code)).await.is_ok() {
                    app.confirm(t::COPIED);
                }
            });
        }
    };
    let send = {
        let code = code.clone();
        move |_| {
            let data = web_sys::ShareData::new();
            data.set_text(&code);
            data.set_title(t::CODE);
            // A refusal (the parent closed the sheet) needs no message.
            let _ = window().navigator().share_with_data(&data);
        }
    };
    view! {
        <div class="card share-code">
            <p class="hint">{t::CODE_HELP}</p>
            {qr.map(|(size, d)| {
                view! {
                    <svg class="qr" role="img" aria-label=t::QR_LABEL viewBox=format!("0 0 {size} {size}")>
                        <rect width=size height=size class="qr-light"></rect>
                        <path d=d class="qr-dark"></path>
                    </svg>
                }
            })}
            // Labelled by `for`, not by wrapping: a wrapping label would add the code to its name.
            <div class="field">
                <label for="share-code"><span>{t::CODE}</span></label>
                <textarea id="share-code" readonly rows="4" class="code-text">{code.clone()}</textarea>
            </div>
            <div class="actions">
                <button type="button" class="big" on:click=copy>{t::COPY}</button>
                {can_share.then(|| view! { <button type="button" class="big" on:click=send>{t::SEND}</button> })}
            </div>
        </div>
    }
}

/// The "Share with a partner" section of Settings.
#[component]
pub fn ShareSection() -> impl IntoView {
    let sharing = Sharing::get();
    let app = AppState::get();
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let show_code = RwSignal::new(false);
    let confirm_stop = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H3>::new();
    let shared = move || sharing.shared.with(Option::is_some);

    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (server, db) = (input_value(&ev, "server"), input_value(&ev, "database"));
        let (user, pass, name) =
            (input_value(&ev, "user"), input_value(&ev, "password"), input_value(&ev, "name"));
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let result = sharing.start(&server, &db, &user, &pass, &name).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    show_code.set(true);
                    app.confirm(t::STARTED);
                    focus_later(heading);
                }
                Err(e) => problem.set(Some(t::setup_problem(&e))),
            }
        });
    };
    let join = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (code, name) = (input_value(&ev, "code"), input_value(&ev, "join-name"));
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let result = sharing.join(&code, &name).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    app.confirm(t::JOINED);
                    focus_later(heading);
                }
                Err(e) => problem.set(Some(t::setup_problem(&e))),
            }
        });
    };
    let rename = move |ev: SubmitEvent| {
        ev.prevent_default();
        sharing.rename(&input_value(&ev, "rename"));
    };
    let stop = move |_| {
        sharing.stop();
        confirm_stop.set(false);
        show_code.set(false);
        app.confirm(t::STOPPED);
        focus_later(heading);
    };

    let setup = move || {
        view! {
            <p class="hint">{t::INTRO}</p>
            <form class="card" on:submit=start aria-labelledby="share-start">
                <h3 id="share-start">{t::START}</h3>
                <p class="hint">{t::START_HELP}</p>
                <label class="field"><span>{t::SERVER}</span>
                    <input type="text" name="server" inputmode="url" autocomplete="url" required
                        placeholder=t::SERVER_HINT/></label>
                <label class="field"><span>{t::DATABASE}</span>
                    <input type="text" name="database" autocapitalize="none" required value="relact"/></label>
                <label class="field"><span>{t::USER}</span>
                    <input type="text" name="user" autocapitalize="none" autocomplete="username"/></label>
                <label class="field"><span>{t::PASSWORD}</span>
                    <input type="password" name="password" autocomplete="current-password"/></label>
                <label class="field"><span>{t::NAME}</span>
                    <input type="text" name="name" required value=t::DEFAULT_NAME/></label>
                <div class="actions">
                    <button type="submit" class="big primary" disabled=move || busy.get()>{t::START}</button>
                </div>
            </form>
            <form class="card" on:submit=join aria-labelledby="share-join">
                <h3 id="share-join">{t::JOIN}</h3>
                <p class="hint">{t::JOIN_HELP}</p>
                <label class="field"><span>{t::CODE}</span>
                    <textarea name="code" rows="4" required autocapitalize="none" spellcheck="false"></textarea></label>
                <label class="field"><span>{t::NAME}</span>
                    <input type="text" name="join-name" required value=t::DEFAULT_NAME/></label>
                <div class="actions">
                    <button type="submit" class="big primary" disabled=move || busy.get()>{t::JOIN}</button>
                </div>
            </form>
        }
    };

    let phones = move || {
        let (list, me) = sharing.shared.with(|s| {
            s.as_ref().map(|s| (s.progress.devices.clone(), s.device.clone())).unwrap_or_default()
        });
        let mut list = list;
        if !list.iter().any(|d| d.id == me.id) {
            list.push(me.clone());
        }
        list.into_iter()
            .map(|d| {
                let mine = d.id == me.id;
                view! { <li>{d.name} {mine.then_some(" ")} {mine.then_some(t::THIS_PHONE)}</li> }
            })
            .collect_view()
    };

    let joined = move || {
        let name = sharing.shared.with(|s| s.as_ref().map(|s| s.device.name.clone()));
        view! {
            <div class="actions">
                <button type="button" class="big primary" on:click=move |_| sharing.sync_now()
                    disabled=move || sharing.status.get() == Status::Syncing>{t::SYNC_NOW}</button>
                <button type="button" class="big" aria-expanded=move || show_code.get().to_string()
                    on:click=move |_| show_code.update(|s| *s = !*s)>
                    {move || if show_code.get() { t::HIDE_CODE } else { t::SHOW_CODE }}
                </button>
            </div>
            {move || show_code.get().then(|| sharing.code().map(|code| view! { <PairingCode code/> }))}
            <h3>{t::PHONES}</h3>
            <ul class="phones">{phones}</ul>
            <form on:submit=rename>
                <label class="field"><span>{t::NAME}</span>
                    <input type="text" name="rename" required value=name.unwrap_or_default()/></label>
                <div class="actions"><button type="submit" class="big">{t::RENAME}</button></div>
            </form>
            <Show
                when=move || confirm_stop.get()
                fallback=move || view! {
                    <div class="actions">
                        <button type="button" class="big danger" on:click=move |_| confirm_stop.set(true)>{t::STOP}</button>
                    </div>
                }
            >
                <div class="card" role="alertdialog" aria-labelledby="stop-ask">
                    <p id="stop-ask">{t::STOP_CONFIRM}</p>
                    <div class="actions">
                        <button type="button" class="big danger" on:click=stop>{t::STOP_YES}</button>
                        <button type="button" class="big" on:click=move |_| confirm_stop.set(false)>{t::STOP_NO}</button>
                    </div>
                </div>
            </Show>
        }
    };

    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{t::TITLE}</h2>
            <h3 class="sr" tabindex="-1" node_ref=heading>{t::TITLE}</h3>
            <ShareStatus when_off=true/>
            <Show when=move || busy.get()><p class="loading" role="status">{t::CHECKING}</p></Show>
            <p class="error" role="alert">{move || problem.get()}</p>
            {move || if shared() { joined().into_any() } else { setup().into_any() }}
        </section>
    }
}
