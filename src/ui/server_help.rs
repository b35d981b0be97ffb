//! "Getting a server": a short page for a parent who has never heard of CouchDB — what it is
//! for, three ways to get one, what it sees, and how to check it — with the part to show to
//! whoever sets it up.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::text::share::server_help as t;
use crate::ui::widgets::link::Link;

/// The page.
#[component]
pub fn ServerHelpPage() -> impl IntoView {
    let origin = crate::browser::location::origin().unwrap_or_default();
    view! {
        <section class="screen server-help">
            <h1>{t::TITLE}</h1>
            <h2>{t::WHAT_TITLE}</h2>
            <p>{t::WHAT}</p>
            <h2>{t::SEES_TITLE}</h2>
            <p>{t::SEES}</p>
            <h2>{t::WAYS_TITLE}</h2>
            <p>{t::COST}</p>
            <h3>{t::HOSTED_TITLE}</h3>
            <p>{t::HOSTED}</p>
            <h3>{t::HOME_TITLE}</h3>
            <p>{t::HOME}</p>
            <h3>{t::FRIEND_TITLE}</h3>
            <p>{t::FRIEND}</p>
            <div class="callout">
                <h3>{t::FOR_FRIEND_TITLE}</h3>
                <p>{t::for_friend(&origin)}</p>
            </div>
            <h2>{t::CHECK_TITLE}</h2>
            <p>{t::CHECK}</p>
            <p><Link to=Route::Settings>{t::BACK}</Link></p>
        </section>
    }
}
