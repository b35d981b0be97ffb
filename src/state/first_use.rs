//! When the parent began using Relact, so nothing planned before it reads as missed or is
//! reminded, and whether the first-run "Set up your day" step is still to be offered.
//!
//! Stored under [`keys::FIRST_USE`]. A parent updating from a version that did not store it
//! began with their first log entry: the key is written at once with "now" and then moved back to
//! the oldest entry of the log, and the set-up step is not offered to a parent who has a log.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::keys;
use crate::browser;
use crate::browser::local_storage as local;
use crate::domain::Millis;
use crate::state::log_store::LogStore;

/// What is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstUse {
    /// When the parent began: the first start of Relact, or their first log entry if older.
    pub at: Millis,
    /// The parent has set up their day or chosen to skip it.
    #[serde(default)]
    pub set_up: bool,
}

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
    let now = browser::clock::now();
    let (first, check_log) = match local::get::<FirstUse>(keys::FIRST_USE) {
        Ok(Some(f)) => (f, false),
        Ok(None) => (FirstUse { at: now, set_up: false }, true),
        // Storage that cannot be read or written: a log, if any, still decides in the screen
        // models; a step that could never be remembered as done is not offered.
        Err(_) => (FirstUse { at: now, set_up: true }, false),
    };
    // Until the log has been read, a parent updating from an older version is not offered the
    // first-run step (it would flash and vanish).
    let began =
        Began { first: RwSignal::new(FirstUse { set_up: first.set_up || check_log, ..first }) };
    provide_context(began);
    if !check_log {
        return;
    }
    let _ = local::set(keys::FIRST_USE, &first);
    let store = LogStore::get();
    leptos::task::spawn_local(async move {
        let Ok(all) = store.all().await else { return };
        let found = match all.iter().filter(|e| e.happened()).map(|e| e.at).min() {
            Some(oldest) => FirstUse { at: oldest.min(first.at), set_up: true },
            None => first,
        };
        if began.first.try_set(found).is_none() {
            let _ = local::set(keys::FIRST_USE, &found);
        }
    });
}
