//! Settings → Share with a partner: start sharing (server, database, login; "Check this server"
//! first if the parent likes) and show the pairing link as text and QR code; join with a pasted
//! code or link; the status line (with what was skipped and a way to remove it), Sync now, the
//! phones that share (and removing one), sending the log hand to hand, and Stop sharing. Every
//! error stands next to the field that fixes it, scrolled into view and focused.

use leptos::prelude::*;
use leptos::task::spawn_local;
use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::JsCast;

use super::hand::SendLog;
use crate::browser;
use crate::domain::route::Route;
use crate::domain::sync::{Device, Field, ServerCheck, SetupError, Status};
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::share::{self as t, phones as tp};
use crate::ui::focus::{focus_id, show_and_focus};
use crate::ui::widgets::confirm::{Confirm, Place};
use crate::ui::widgets::link::Link;
use crate::ui::widgets::share_status::ShareStatus;
use crate::ui::widgets::show::Show;

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

/// The input (or, for the whole form, the error line) an error about `field` belongs to.
fn target(field: Field, joining: bool) -> &'static str {
    match (field, joining) {
        (Field::Server, _) => "share-server",
        (Field::Database, _) => "share-database",
        (Field::Login, _) => "share-password",
        (Field::Code, _) | (_, true) => "share-join-code",
        (Field::Form, false) => "share-start-error",
    }
}

fn error_id(field: Field, joining: bool) -> &'static str {
    match target(field, joining) {
        "share-server" => "share-server-error",
        "share-database" => "share-database-error",
        "share-password" => "share-password-error",
        "share-join-code" => "share-join-code-error",
        _ => "share-start-error",
    }
}

/// One form's problem: the field it belongs to and the sentence.
type Problem = RwSignal<Option<(Field, String)>>;

/// The error line under a field (empty, and silent, while there is none).
#[component]
fn FieldError(problem: Problem, field: Field, joining: bool) -> impl IntoView {
    let text =
        move || problem.with(|p| p.as_ref().filter(|(f, _)| *f == field).map(|(_, s)| s.clone()));
    view! {
        <p class="error field-error" id=error_id(field, joining) tabindex="-1" role="alert">{text}</p>
    }
}

fn read(form: &web_sys::HtmlFormElement, name: &str) -> String {
    form.elements()
        .named_item(name)
        .and_then(|e| {
            e.dyn_ref::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
        })
        .unwrap_or_default()
}

fn form_of(ev: &leptos::ev::SubmitEvent) -> Option<web_sys::HtmlFormElement> {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
}

/// The pairing link: text, copy, send, QR.
#[component]
fn PairingLink(link: String) -> impl IntoView {
    let app = AppState::get();
    let can_share = browser::share_file::can_share_links();
    let qr = qr_path(&link);
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            spawn_local(async move {
                if browser::clipboard::copy(&link).await {
                    app.confirm(t::COPIED.get());
                }
            });
        }
    };
    let send = {
        let link = link.clone();
        move |_| browser::share_file::share_link(&link, t::CODE.get())
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
            // Labelled by `for`, not by wrapping: a wrapping label would add the link to its name.
            <div class="field">
                <label for="share-code"><span>{t::LINK}</span></label>
                <textarea id="share-code" readonly rows="4" class="code-text">{link.clone()}</textarea>
            </div>
            <div class="actions">
                <button type="button" class="big" on:click=copy>{t::COPY}</button>
                {can_share.then(|| view! { <button type="button" class="big" on:click=send>{t::SEND}</button> })}
            </div>
        </div>
    }
}

/// Items on the server that were skipped, and the way to remove them.
#[component]
fn Unreadable(said: RwSignal<Option<String>>) -> impl IntoView {
    let sharing = Sharing::get();
    let busy = RwSignal::new(false);
    let n = move || sharing.shared.with(|s| s.as_ref().map_or(0, |s| s.progress.unreadable.len()));
    let remove = move |_| {
        busy.set(true);
        spawn_local(async move {
            let result = sharing.remove_unreadable().await;
            let _ = busy.try_set(false);
            let _ = said.try_set(Some(match result {
                Ok(removed) => t::removed_unreadable(removed),
                Err(f) => t::failed(&f),
            }));
        });
    };
    view! {
        <Show when=move || { n() > 0 }>
            <div class="card callout unreadable" role="region" aria-label=move || t::unreadable(n())>
                <p>{move || t::unreadable(n())}</p>
                <p class="hint">{t::REMOVE_UNREADABLE_HELP}</p>
                <div class="actions">
                    <button type="button" class="big" on:click=remove disabled=move || busy.get()>
                        {move || t::remove_unreadable(n())}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The phones that share, each other one with "Remove from sharing" (asked first).
#[component]
fn Phones(said: RwSignal<Option<String>>) -> impl IntoView {
    let sharing = Sharing::get();
    let asking = RwSignal::new(None::<Device>);
    let busy = RwSignal::new(false);
    let list = move || {
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
                let name = d.name.clone();
                view! {
                    <li>
                        <span class="phone-name">{name.clone()} {mine.then_some(" ")} {mine.then_some(t::THIS_PHONE.get())}</span>
                        {(!mine).then(|| {
                            let label = tp::remove_label(&name);
                            view! {
                                <button type="button" class="big small" aria-label=label id=format!("phone-{}", d.id)
                                    on:click=move |_| asking.set(Some(d.clone()))>{tp::REMOVE}</button>
                            }
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    let remove = move || {
        let Some(device) = asking.get_untracked() else { return };
        busy.set(true);
        spawn_local(async move {
            let result = sharing.remove_phone(&device.id).await;
            let _ = busy.try_set(false);
            let _ = asking.try_set(None);
            let _ = said.try_set(Some(match result {
                Ok(keyless) => {
                    let more = tp::keyless(keyless);
                    let done = tp::removed(&device.name);
                    if more.is_empty() {
                        done
                    } else {
                        format!("{done} {more}")
                    }
                }
                Err(f) => t::failed(&f),
            }));
        });
    };
    view! {
        <h3>{t::PHONES}</h3>
        <ul class="phones">{list}</ul>
        // "No" goes back to the phone's own Remove button, where the parent was.
        {move || asking.get().map(|d| view! {
            <Confirm
                id="remove"
                place=Place::Inline
                question=tp::remove_ask(&d.name)
                yes=tp::REMOVE_YES
                on_yes=remove
                no=tp::REMOVE_NO
                on_no=move || {
                    asking.set(None);
                    focus_id(&format!("phone-{}", d.id));
                }
                busy=busy
            >
                <Show when=move || busy.get()><p class="loading" role="status">{tp::REMOVING}</p></Show>
            </Confirm>
        })}
    }
}

/// The "Share with a partner" section of Settings.
#[component]
pub fn ShareSection() -> impl IntoView {
    let sharing = Sharing::get();
    let app = AppState::get();
    let start_problem: Problem = RwSignal::new(None);
    let join_problem: Problem = RwSignal::new(None);
    let checked = RwSignal::new(None::<&'static str>);
    let said = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let show_code = RwSignal::new(false);
    let confirm_stop = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H3>::new();
    let start_form = NodeRef::<leptos::html::Form>::new();
    let shared = move || sharing.shared.with(Option::is_some);
    let refuse = move |problem: Problem, e: SetupError, joining: bool| {
        let field = e.field(joining);
        problem.set(Some((field, t::setup_problem(&e))));
        show_and_focus(target(field, joining));
    };
    let bad = move |problem: Problem, field: Field| {
        problem.with(|p| p.as_ref().is_some_and(|(f, _)| *f == field))
    };
    let invalid =
        move |problem: Problem, field: Field| move || bad(problem, field).then_some("true");
    let described = move |problem: Problem, field: Field, joining: bool| {
        move || bad(problem, field).then_some(error_id(field, joining))
    };

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(f) = form_of(&ev) else { return };
        let (server, db) = (read(&f, "server"), read(&f, "database"));
        let (user, pass, name) = (read(&f, "user"), read(&f, "password"), read(&f, "name"));
        busy.set(true);
        start_problem.set(None);
        checked.set(None);
        spawn_local(async move {
            let result = sharing.start(&server, &db, &user, &pass, &name).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    show_code.set(true);
                    app.confirm(t::STARTED.get());
                    focus_later(heading);
                }
                Err(e) => refuse(start_problem, e, false),
            }
        });
    };
    let check = move |_| {
        let Some(f) = start_form.get_untracked() else { return };
        let (server, db) = (read(&f, "server"), read(&f, "database"));
        let (user, pass) = (read(&f, "user"), read(&f, "password"));
        busy.set(true);
        start_problem.set(None);
        checked.set(None);
        spawn_local(async move {
            let result = sharing.check(&server, &db, &user, &pass).await;
            busy.set(false);
            match result {
                Ok(ServerCheck::Problem(e)) => {
                    let field = SetupError::Sync(e.clone()).field(false);
                    start_problem.set(Some((field, t::checked(&ServerCheck::Problem(e)).into())));
                    show_and_focus(target(field, false));
                }
                Ok(ServerCheck::Shared) => {
                    start_problem
                        .set(Some((Field::Database, t::checked(&ServerCheck::Shared).into())));
                    show_and_focus(target(Field::Database, false));
                }
                Ok(fine) => checked.set(Some(t::checked(&fine))),
                Err(e) => refuse(start_problem, e, false),
            }
        });
    };
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(f) = form_of(&ev) else { return };
        let (code, name) = (read(&f, "code"), read(&f, "join-name"));
        busy.set(true);
        join_problem.set(None);
        spawn_local(async move {
            let result = sharing.join(&code, &name).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    app.confirm(t::JOINED.get());
                    focus_later(heading);
                }
                Err(e) => refuse(join_problem, e, true),
            }
        });
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(f) = form_of(&ev) {
            sharing.rename(&read(&f, "rename"));
        }
    };
    let stop = move || {
        sharing.stop();
        confirm_stop.set(false);
        show_code.set(false);
        said.set(None);
        app.confirm(t::STOPPED.get());
        focus_later(heading);
    };

    let setup = move || {
        let sp = start_problem;
        let jp = join_problem;
        view! {
            <p class="hint">{t::INTRO}</p>
            <p><Link to=Route::ServerHelp>{t::SERVER_HELP_LINK}</Link></p>
            <form class="card" on:submit=start node_ref=start_form aria-labelledby="share-start" novalidate>
                <h3 id="share-start">{t::START}</h3>
                <p class="hint">{t::START_HELP}</p>
                <div class="field">
                    <label for="share-server"><span>{t::SERVER}</span></label>
                    <input type="text" id="share-server" name="server" inputmode="url" autocomplete="url"
                        autocapitalize="none" spellcheck="false" placeholder=t::SERVER_HINT
                        aria-invalid=invalid(sp, Field::Server) aria-describedby=described(sp, Field::Server, false)/>
                    <FieldError problem=sp field=Field::Server joining=false/>
                </div>
                <div class="field">
                    <label for="share-database"><span>{t::DATABASE}</span></label>
                    <input type="text" id="share-database" name="database" autocapitalize="none" spellcheck="false" value="relact"
                        aria-invalid=invalid(sp, Field::Database) aria-describedby=described(sp, Field::Database, false)/>
                    <FieldError problem=sp field=Field::Database joining=false/>
                </div>
                <div class="field">
                    <label for="share-user"><span>{t::USER}</span></label>
                    <input type="text" id="share-user" name="user" autocapitalize="none" autocomplete="username"
                        aria-invalid=invalid(sp, Field::Login)/>
                </div>
                <div class="field">
                    <label for="share-password"><span>{t::PASSWORD}</span></label>
                    <input type="password" id="share-password" name="password" autocomplete="current-password"
                        aria-invalid=invalid(sp, Field::Login) aria-describedby=described(sp, Field::Login, false)/>
                    <FieldError problem=sp field=Field::Login joining=false/>
                </div>
                <div class="field">
                    <label for="share-name"><span>{t::NAME}</span></label>
                    <input type="text" id="share-name" name="name" value=t::DEFAULT_NAME/>
                </div>
                <div class="actions">
                    <button type="button" class="big" on:click=check disabled=move || busy.get()>{t::CHECK}</button>
                </div>
                <p class="ok-line" role="status">{move || checked.get()}</p>
                <FieldError problem=sp field=Field::Form joining=false/>
                <div class="actions">
                    <button type="submit" class="big primary" disabled=move || busy.get()>{t::START}</button>
                </div>
            </form>
            <form class="card" on:submit=join aria-labelledby="share-join" novalidate>
                <h3 id="share-join">{t::JOIN}</h3>
                <p class="hint">{t::JOIN_HELP}</p>
                <div class="field">
                    <label for="share-join-code"><span>{t::CODE}</span></label>
                    <textarea id="share-join-code" name="code" rows="4" autocapitalize="none" spellcheck="false"
                        aria-invalid=invalid(jp, Field::Code) aria-describedby=described(jp, Field::Code, true)></textarea>
                    <FieldError problem=jp field=Field::Code joining=true/>
                </div>
                <div class="field">
                    <label for="share-join-name"><span>{t::NAME}</span></label>
                    <input type="text" id="share-join-name" name="join-name" value=t::DEFAULT_NAME/>
                </div>
                <div class="actions">
                    <button type="submit" class="big primary" disabled=move || busy.get()>{t::JOIN}</button>
                </div>
            </form>
        }
    };

    let joined = move || {
        let name = sharing.shared.with(|s| s.as_ref().map(|s| s.device.name.clone()));
        view! {
            <Unreadable said/>
            <div class="actions">
                <button type="button" class="big primary" on:click=move |_| sharing.sync_now()
                    disabled=move || sharing.status.get() == Status::Syncing>{t::SYNC_NOW}</button>
                <button type="button" class="big" aria-expanded=move || show_code.get().to_string()
                    on:click=move |_| show_code.update(|s| *s = !*s)>
                    {move || if show_code.get() { t::HIDE_CODE.get() } else { t::SHOW_CODE.get() }}
                </button>
            </div>
            {move || show_code.get().then(|| sharing.link().map(|link| view! { <PairingLink link/> }))}
            <Phones said/>
            <form on:submit=rename>
                <div class="field">
                    <label for="share-rename"><span>{t::NAME}</span></label>
                    <input type="text" id="share-rename" name="rename" required value=name.unwrap_or_default()/>
                </div>
                <div class="actions"><button type="submit" class="big">{t::RENAME}</button></div>
            </form>
            <Show
                when=move || confirm_stop.get()
                fallback=move || view! {
                    <div class="actions">
                        <button type="button" class="big danger" id="stop-start"
                            on:click=move |_| confirm_stop.set(true)>{t::STOP}</button>
                    </div>
                }
            >
                <Confirm
                    id="stop"
                    place=Place::Inline
                    question=t::STOP_CONFIRM
                    yes=t::STOP_YES
                    on_yes=stop
                    no=t::STOP_NO
                    on_no=move || {
                        confirm_stop.set(false);
                        show_and_focus("stop-start");
                    }
                />
            </Show>
        }
    };

    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{t::TITLE}</h2>
            <h3 class="sr" tabindex="-1" node_ref=heading>{t::TITLE}</h3>
            <ShareStatus when_off=true/>
            <p class="said" role="status">{move || said.get()}</p>
            <Show when=move || busy.get()><p class="loading" role="status">{t::CHECKING}</p></Show>
            {move || if shared() { joined().into_any() } else { setup().into_any() }}
            <SendLog/>
        </section>
    }
}
