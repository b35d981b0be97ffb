//! Every sentence the parent reads, in one place, so the app can be translated by replacing this
//! module. Components never hold their own wording.

use crate::domain::entry::Invalid;

/// The app's name as shown in titles.
pub const APP_NAME: &str = "Relact";

/// Navigation labels and the headings of the screens they open.
pub mod nav {
    pub const TODAY: &str = "Today";
    pub const TIMER: &str = "Timer";
    pub const LOG: &str = "Log";
    pub const PLAN: &str = "Plan";
    pub const PROGRESS: &str = "Progress";
    pub const GUIDE: &str = "Guide";
    pub const SETTINGS: &str = "Settings";
    pub const MAIN_MENU: &str = "Main";
    pub const MORE_MENU: &str = "More";
    pub const SKIP_TO_CONTENT: &str = "Skip to content";
}

/// Words on screens that are still being built; each says what will come.
pub mod coming {
    pub const TODAY: &str = "Your day at a glance will live here: the sessions planned for today, \
        which are done and which is next, and your milk and supplement totals.";
    pub const LOG: &str = "Everything you record will be listed here, day by day, with totals. \
        You will be able to add sessions you wrote on paper, edit, and undo a delete.";
    pub const PLAN: &str =
        "Your daily plan will be set up here: 8 to 12 sessions a day of 20 to 30 \
        minutes, with at least one at night, and an optional slow step-down of supplements.";
    pub const PROGRESS: &str = "Charts will show how things are going: sessions per day, milk \
        expressed, supplements given, diapers and weight.";
    pub const GUIDE: &str =
        "A short, printable guide to relactation and inducing lactation will be \
        here, in plain words, with where to find personal help.";
    pub const TIMER: &str = "The session timer will be here: one tap to start pumping, hand \
        expressing or nursing, and it keeps true time even if your phone locks.";
    pub const SOON: &str = "Coming soon";
}

/// The Settings screen.
pub mod settings {
    pub const THEME: &str = "Colours";
    pub const THEME_AUTO: &str = "Match my phone";
    pub const THEME_LIGHT: &str = "Light";
    pub const THEME_NIGHT: &str = "Night (dim)";
    pub const VOLUME: &str = "Volume unit";
    pub const VOLUME_ML: &str = "Millilitres (ml)";
    pub const VOLUME_OZ: &str = "Ounces (oz)";
    pub const CLOCK: &str = "Clock";
    pub const CLOCK_24: &str = "24-hour (14:30)";
    pub const CLOCK_12: &str = "12-hour (2:30 pm)";
    pub const CHIME: &str = "Play a soft chime when a session reaches its goal";
    pub const SAVED: &str = "Settings saved on this device.";
    pub const PRIVACY: &str =
        "Everything you enter stays on this device. Relact has no account and \
        sends nothing anywhere.";
}

/// Problems the browser can cause, said plainly with what still works.
pub mod problem {
    pub const STORAGE_BLOCKED: &str = "This browser is not letting Relact save anything (private \
        mode or a blocked setting). You can still use the app, but changes will be lost when you \
        close it.";
    pub const SETTINGS_UNREADABLE: &str = "Your saved settings could not be read, so Relact is \
        using the defaults for now. The old settings were kept aside, not deleted.";
    pub const SAVE_FAILED: &str =
        "That could not be saved on this device. Nothing you saved before \
        was changed.";
    pub const NOT_FOUND: &str = "There is no page here.";
    pub const GO_HOME: &str = "Go to Today";
    pub const DISMISS: &str = "Dismiss";
}

/// A sentence for each reason a record is refused.
pub fn invalid(why: Invalid) -> &'static str {
    match why {
        Invalid::EndNotAfterStart => "The end time must be after the start time.",
        Invalid::SessionTooLong => {
            "A session can be at most 12 hours long. Please check the times."
        }
        Invalid::SegmentOutsideSession => "Part of this session lies outside its start and end.",
        Invalid::VolumeOutOfRange => "Milk per side must be between 0 and 1000 ml.",
        Invalid::AmountOutOfRange => "A supplement must be between 0 and 500 ml.",
        Invalid::WeightOutOfRange => "Weight must be between 500 g and 30 kg.",
        Invalid::DiaperEmpty => "Choose wet, dirty, or both.",
        Invalid::NotesTooLong => "Notes can be at most 2000 characters.",
        Invalid::InFuture => "That time is in the future. Please check the clock.",
    }
}
