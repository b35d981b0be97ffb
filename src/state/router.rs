//! Which screen is shown: the address inside the app as a signal, moved by the app's links and
//! [`Router::go`] without loading the page again, and by the browser's Back and Forward. Which path
//! is which screen, and reading the query, is `domain::route`; the history is `browser::history`.

use leptos::prelude::*;

use crate::browser::listener::Listener;
use crate::browser::{history, location};
use crate::domain::route::{Address, Route};

/// The address shown and the screen it names, for every screen to read.
#[derive(Clone, Copy)]
pub struct Router {
    address: RwSignal<Address>,
    /// Changes only when the screen does, not when only its query does (`/timer?start=pump` →
    /// `/timer` keeps the Timer as it is).
    route: Memo<Route>,
    /// Back and Forward, removed with the app's owner (which lives as long as the page).
    _back_or_forward: StoredValue<Option<Listener>, LocalStorage>,
}

impl Router {
    /// Reads the address the page was opened at and follows Back and Forward from then on.
    pub fn provide() {
        let address = RwSignal::new(Address::parse(&history::current().unwrap_or_default()));
        let route = Memo::new(move |_| address.with(Address::route));
        let listener = history::on_back_or_forward(move || {
            if let Some(href) = history::current() {
                let _ = address.try_set(Address::parse(&href));
                history::scroll_to_top();
            }
        });
        provide_context(Router {
            address,
            route,
            _back_or_forward: StoredValue::new_local(listener),
        });
    }

    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Router>()
    }

    /// The screen shown (tracked).
    pub fn route(&self) -> Route {
        self.route.get()
    }

    /// The query's value for `key` (tracked), as [`Address::query`] reads it.
    pub fn query(&self, key: &str) -> Option<String> {
        self.address.with(|a| a.query(key))
    }

    /// Takes the query out of the address shown, in place (an address not to come back to, such
    /// as a shortcut's `?start=`), keeping the screen as it is. Where the browser refuses, the
    /// query stays: harmless, where a new page could lose what the screen was doing.
    pub fn drop_query(&self) {
        let path = self.address.with_untracked(|a| a.path.clone());
        if history::replace(&path) {
            self.address.set(Address::parse(&path));
        }
    }

    /// Shows `route`'s screen from its top, as a new page would: a new entry in the history, or,
    /// with `replace`, in place of the current one (an address not to come back to, such as a
    /// shortcut's `?start=`). Going to the address already shown adds no entry.
    pub fn go(&self, route: Route, replace: bool) {
        let to = Address::parse(route.path());
        let same = self.address.with_untracked(|a| *a == to);
        let recorded = if replace {
            history::replace(route.path())
        } else {
            same || history::push(route.path())
        };
        if !recorded {
            // Safari refuses after many changes in a short time: a new page rather than a screen
            // the address bar does not name.
            location::load(route.path(), replace);
            return;
        }
        if !same {
            self.address.set(to);
        }
        history::scroll_to_top();
    }
}
