//! A link to one of the app's screens: a real `<a href>`, so a long press, a middle click, "open in
//! a new tab" and a page without its script all work as on any page, while a plain click or Enter
//! changes the screen in place (`state::router`) instead of loading the app again. The link to
//! the screen shown says so (`aria-current="page"`; the bars' CSS marks it).

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::router::Router;

/// A link to `to`'s screen, with `class` on the `<a>` where given. Its href is an app path, so
/// it is always on this origin.
#[component]
pub fn Link(
    to: Route,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = Router::get();
    let click = move |ev: leptos::ev::MouseEvent| {
        // A modified click (new tab, new window, download) or another button is the browser's.
        let modified = ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if ev.default_prevented() || ev.button() != 0 || modified {
            return;
        }
        ev.prevent_default();
        router.go(to, false);
    };
    view! {
        <a
            href=to.path()
            class=class
            aria-current=move || (router.route() == to).then_some("page")
            on:click=click
        >
            {children()}
        </a>
    }
}
