//! When the parent began using Relact, so nothing planned before it reads as missed or is
//! reminded, and whether the first-run "Set up your day" step is still to be offered.
//!
//! Stored under [`keys::FIRST_USE`]. A parent updating from a version that did not store it
//! began with their first log entry: the key is written at once with "now" and then moved back to
//! the oldest entry of the log, and the set-up step is not offered to a parent who has a log
//! (the decisions: `domain::first_use`).

use leptos::prelude::*;

use super::keys;
use crate::browser;
use crate::browser::local_storage as local;
pub use crate::domain::first_use::FirstUse;
use crate::domain::first_use::{Start, Stored};
use crate::domain::Millis;
use crate::state::log_store::LogStore;

/// The shared handle.
#[derive(Clone, Copy)]
pub struct Began {
    pub first: RwSignal<FirstUse>,
}

impl Began {
    /// The handle from context.
    pub fn get() -> Self {
        expect_context::<Began>()
    }

    /// When the parent began.
    pub fn since(&self) -> Millis {
        self.first.with(|f| f.at)
    }

    /// Everything was deleted, plan and settings too: the parent begins again now, so nothing
    /// before this moment reads as missed, the set-up step is offered again, and no old reminder
    /// state is left behind.
    pub fn begin_again(&self) {
        self.first.set(FirstUse { at: browser::clock::now(), set_up: false });
        let _ = local::set(keys::FIRST_USE, &self.first.get_untracked());
        local::remove(keys::REMINDER_SETTLED);
        local::remove(keys::REMINDED);
    }

    /// The set-up step is done or skipped: it is not offered again.
    pub fn set_up(&self) {
        self.first.update(|f| f.set_up = true);
        let _ = local::set(keys::FIRST_USE, &self.first.get_untracked());
    }
}

/// Reads (or, on the first start, writes) when the parent began; called once by the shell.
pub fn provide() {
    let stored = match local::get::<FirstUse>(keys::FIRST_USE) {
        Ok(Some(f)) => Stored::Found(f),
        Ok(None) => Stored::Missing,
        Err(_) => Stored::Refused,
    };
    let Start { first, shown, check_log } = FirstUse::at_start(stored, browser::clock::now());
    let began = Began { first: RwSignal::new(shown) };
    provide_context(began);
    if !check_log {
        return;
    }
    let _ = local::set(keys::FIRST_USE, &first);
    let store = LogStore::get();
    leptos::task::spawn_local(async move {
        let Ok(all) = store.all().await else { return };
        let found = first.found_in(&all);
        if began.first.try_set(found).is_none() {
            let _ = local::set(keys::FIRST_USE, &found);
        }
    });
}
