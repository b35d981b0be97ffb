//! Every name Relact stores data under, in one place. `public/theme.js` and the loader written by
//! `scripts/post-build.mjs` read the settings key too; a browser test checks they use this one.

/// The IndexedDB database holding the log.
pub const DATABASE: &str = "relact";
/// localStorage: the parent's settings and plan (JSON of `domain::settings::Settings`).
pub const SETTINGS: &str = "relact.settings.v1";
/// localStorage: the session being timed (JSON of `domain::timer::Running`), so a killed tab
/// picks it up again.
pub const RUNNING: &str = "relact.timer.v1";
/// localStorage: the last planned slot a reminder was shown for, so a reload does not repeat it.
pub const REMINDED: &str = "relact.reminded.v1";
/// localStorage: set once "Ready to work offline" was said, so it is said once only.
pub const OFFLINE_READY: &str = "relact.offline-ready";
/// localStorage: slots at or before this instant need no reminder (the parent said "Not now",
/// started a session or changed the plan).
pub const REMINDER_SETTLED: &str = "relact.reminder-settled.v1";
/// localStorage: when the parent began using Relact and whether they set up (or skipped setting
/// up) their day (JSON of `domain::first_use::FirstUse`).
pub const FIRST_USE: &str = "relact.first-use.v1";
/// localStorage: sharing with a partner (JSON of `state::sharing::Shared`: the server, login and
/// family key, this phone's name and how far it has synced). Per phone, never synced itself.
pub const SHARING: &str = "relact.sharing.v1";
/// localStorage: milestones already celebrated on this phone (JSON of
/// `domain::milestones::Journal`), so each is said once here. Per phone, never synced. Marks
/// themselves are log entries since version 2 of this key.
pub const MILESTONES: &str = "relact.milestones.v2";
/// localStorage, older versions: the milestones ticked by hand, kept beside the log, and those
/// celebrated (JSON of `domain::milestones::JournalV1`). Read once by `state::milestones`, which
/// moves the ticks into the log and the celebrated into [`MILESTONES`], then removes it; while
/// it is still here (a failed move retries at the next start), the celebrated are read from it.
pub const MILESTONES_V1: &str = "relact.milestones.v1";
/// localStorage: the log's write stamp, a fresh id after every write ([`WRITING`] while one is
/// under way), so a kept read of the whole log is used only for the log it was read from.
///
/// [`WRITING`]: crate::domain::whole_read::WRITING
pub const LOG_STAMP: &str = "relact.log-stamp.v1";
/// localStorage: the milestones and shares of the last whole read, with the stamp and basis they
/// were worked out for (JSON of `domain::whole_read::Kept`), so Progress opened directly draws
/// them at once. Worked out again from the log whenever they do not fit; never synced.
pub const WHOLE_READ: &str = "relact.whole-read.v1";
