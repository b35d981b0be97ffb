//! The app's state, shared by every screen through context: the settings, the message line, the
//! log store, the whole log's milestones (one shared read, and those celebrated once per phone),
//! the running session, reminders, updates and the router (the screen shown). Built on `domain`
//! (rules) and `browser` (glue); knows nothing of how screens are drawn.

pub mod first_use;
pub mod hand;
pub mod keys;
pub mod log_store;
pub mod milestones;
pub mod reminders;
pub mod router;
pub mod running;
pub mod settings;
pub mod sharing;
pub mod updates;

use leptos::prelude::*;

use crate::browser::local_storage::LocalError;
use crate::domain::entry::Entry;
pub use crate::domain::model::notice::{Notice, NoticeKind};
use crate::domain::settings::Settings;
use crate::text;
use log_store::LogStore;

/// What every screen may read or change: the settings and the message line.
#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: RwSignal<Settings>,
    /// One sentence for the parent (an error or a confirmation); `None` hides the line.
    pub notice: RwSignal<Option<Notice>>,
}

impl AppState {
    /// Shorthand for screens.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Says that something worked; the sentence goes away by itself.
    pub fn confirm(&self, text: &'static str) {
        self.notice.set(Some(Notice::confirmation(text)));
    }

    /// Says that something worked and offers to take it back: Undo deletes `saved` again.
    pub fn confirm_with_undo(&self, text: &'static str, saved: Vec<Entry>) {
        self.notice.set(Some(Notice::confirmation(text).with_undo(saved)));
    }

    /// Says that the journey changed and offers to take it back: Undo puts `journey` and `plan`
    /// back exactly as they were.
    pub fn confirm_with_restore(
        &self,
        text: &'static str,
        journey: crate::domain::journey::Journey,
        plan: crate::domain::plan::Plan,
    ) {
        self.notice.set(Some(Notice::confirmation(text).with_restore(journey, plan)));
    }

    /// Says that something went wrong; the sentence stays until the parent dismisses it.
    pub fn error(&self, text: &'static str) {
        self.notice.set(Some(Notice::error(text)));
    }
}

/// Reads the settings, opens the log and picks up a running timer, for every screen to share.
/// Returns whether the settings may be saved (settings that could not be read and could not be
/// kept aside must not be overwritten) and the running timer.
pub fn provide() -> (bool, running::RunningSession) {
    router::Router::provide();
    let (loaded, problem) = settings::load_settings();
    let may_save = !matches!(problem, Some(LocalError::WriteRefused | LocalError::Blocked));
    let settings = RwSignal::new(loaded);
    provide_context(AppState {
        settings,
        notice: RwSignal::new(match problem {
            None => None,
            Some(LocalError::Unreadable { .. }) => {
                Some(Notice::error(text::problem::SETTINGS_UNREADABLE.get()))
            }
            Some(_) => Some(Notice::error(text::problem::STORAGE_BLOCKED.get())),
        }),
    });
    let store = LogStore::new();
    provide_context(store);
    milestones::Milestones::provide(store, settings);
    sharing::Sharing::provide(store);
    (may_save, running::provide())
}
