//! Every sentence the parent reads, in one place, so the app can be translated by replacing this
//! module. Components never hold their own wording.

use crate::domain::entry::Invalid;

pub mod format;

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
/// The Settings screen.
pub mod settings {
    pub const THEME: &str = "Colours";
    pub const THEME_AUTO: &str = "Automatic: night colours while I sleep (from my plan) or when \
        my phone is in dark mode";
    pub const THEME_LIGHT: &str = "Light";
    pub const THEME_NIGHT: &str = "Night (dim)";
    pub const VOLUME: &str = "Volume unit";
    pub const VOLUME_ML: &str = "Millilitres (ml)";
    pub const VOLUME_OZ: &str = "Ounces (oz)";
    pub const CLOCK: &str = "Clock";
    pub const CLOCK_24: &str = "24-hour (14:30)";
    pub const CLOCK_12: &str = "12-hour (2:30 pm)";
    pub const WEEK_START: &str = "Weeks start on";
    pub const MONDAY: &str = "Monday";
    pub const SUNDAY: &str = "Sunday";
    pub const SATURDAY: &str = "Saturday";
    pub const CHIME: &str = "Play a soft chime when a session reaches its goal";
    pub const SAVED: &str = "Settings saved on this device.";
    pub const PRIVACY: &str =
        "Everything you enter stays on this device. Relact has no account and \
        sends nothing anywhere.";
}

/// The Plan screen.
pub mod plan {
    pub const YOUR_DAY: &str = "Your day";
    pub const NIGHT: &str = "night";
    pub const LONGEST_GAP: &str = "Longest break between sessions";
    pub const SESSION_LENGTH: &str = "Each session";
    pub const SETTINGS: &str = "Set up your plan";
    pub const GOAL: &str = "What you are doing";
    pub const GOAL_RELACTATION: &str = "Relactation: bringing back my milk";
    pub const GOAL_INDUCED: &str = "Inducing lactation: making milk for the first time";
    pub const SESSIONS: &str = "Sessions per 24 hours";
    pub const MINUTES: &str = "Minutes per session";
    pub const WAKE: &str = "I usually wake at";
    pub const SLEEP: &str = "I usually go to sleep at";
    pub const NIGHT_SESSIONS: &str = "Sessions while I sleep";
    pub const NIGHT_WHY: &str = "The guidance includes night sessions. Milk is made when it is \
        removed often, so a session while you sleep keeps the longest break short. One is a good start.";
    pub const NIGHT_NONE: &str = "None";
    pub const BABY_AGE: &str = "Baby's age in weeks (optional)";
    pub const GUIDANCE: &str =
        "The usual advice is 8 to 12 sessions a day, 20 to 30 minutes each, \
        including at night. Hand expressing, pumping and nursing all count.";
    pub const STEP_DOWN: &str = "Plan a slow step-down of supplements";
    pub const STEP_START: &str = "Supplement per day now (ml)";
    pub const STEP_SIZE: &str = "Less each step (ml per day)";
    pub const STEP_HOLD: &str = "Days at each level";
    pub const STEP_FROM: &str = "Start the step-down on";
    pub const STEP_RULE: &str =
        "A step is only taken when the day before had 6 or more wet diapers. \
        Otherwise the amount stays the same.";
    pub const STEP_AGREE: &str = "Please agree the pace of any step-down with your lactation \
        consultant or health professional. Every baby is different.";
    pub const STEP_TODAY: &str = "Today's supplement target";
    pub const STEP_HISTORY: &str = "Recent days";
    pub const STEP_DATE: &str = "Date";
    pub const STEP_TARGET: &str = "Target";
    pub const STEPPED: &str = "stepped down";
    pub const CALENDAR: &str = "Add to my calendar (.ics)";
    pub const CALENDAR_HELP: &str = "Your phone's calendar can then remind you of each session, even \
        when Relact is closed. After you change the plan, add the new file again: it replaces the old \
        reminders.";
    pub const CALENDAR_SAVED: &str = "Calendar file saved. Open it to add the reminders.";
    pub const CALENDAR_FAILED: &str = "The calendar file could not be made on this device.";
    pub const ICS_SUMMARY: &str = "Pump, hand express or nurse";
    pub const ICS_NIGHT: &str = "Night session: pump, hand express or nurse";
    pub const ICS_DESCRIPTION: &str = "From your Relact plan. For personal advice, talk to a \
        lactation consultant or your local La Leche League Leader.";
    pub const BAD_TIME: &str = "Please enter a time, for example 07:00.";

    /// "4 h 0 min" style span.
    pub fn hours(minutes: i32) -> String {
        format!("{} h {} min", minutes / 60, minutes % 60)
    }
}

/// The Today screen.
pub mod today {
    pub const FIRST_DAY: [&str; 3] = [
        "Aim for 8 or more sessions in 24 hours, one of them at night.",
        "Tap Start when it is time; Relact keeps the time even if your phone locks.",
        "Log wet and dirty diapers below, so you can see your baby is getting enough.",
    ];
    pub const NEXT: &str = "Next session";
    pub const DUE_NOW: &str = "A session is due now";
    pub const ALL_DONE: &str = "That's every session planned for today. Well done.";
    pub const START_PUMP: &str = "Start pumping";
    pub const RUNNING: &str = "A session is running";
    pub const OPEN_TIMER: &str = "Open the timer";
    pub const DONE_24H: &str = "Sessions in the last 24 hours";
    pub const LONGEST_GAP: &str = "Longest break today";
    pub const EXPRESSED: &str = "Milk expressed today";
    pub const SUPPLEMENT: &str = "Supplement today";
    pub const AT_BREAST: &str = "Nursing and comfort at the breast";
    pub const DIAPERS: &str = "Diapers today";
    pub const WET: &str = "Wet";
    pub const DIRTY: &str = "Dirty";
    pub const ADD_WET: &str = "Add a wet diaper";
    pub const ADD_DIRTY: &str = "Add a dirty diaper";
    pub const DIAPER_SAVED: &str = "Diaper saved.";
    pub const TIMELINE: &str = "Today's plan";
    pub const STATUS_DONE: &str = "Done";
    pub const STATUS_DUE: &str = "Due now";
    pub const STATUS_UPCOMING: &str = "Coming up";
    pub const STATUS_MISSED: &str = "Missed";
    pub const NONE_YET: &str = "None yet";
    pub const LOADING: &str = "Loading today…";

    /// "5 of 8".
    pub fn of(done: u32, planned: u8) -> String {
        format!("{done} of {planned}")
    }

    /// "at 12:20, in 1 h 5 min".
    pub fn next(at: &str, minutes: i64) -> String {
        if minutes < 60 {
            format!("{at}, in {minutes} min")
        } else {
            format!("{at}, in {} h {} min", minutes / 60, minutes % 60)
        }
    }

    /// "120 ml of 150 ml".
    pub fn against_target(given: &str, target: &str) -> String {
        format!("{given} of {target}")
    }
}

/// The printable guide: the facts of the source article in our own words, plain and kind.
/// Each section ends by pointing to personal help.
pub mod guide {
    /// A section: heading, paragraphs, and a bulleted list (may be empty).
    pub struct Section {
        pub heading: &'static str,
        pub paragraphs: &'static [&'static str],
        pub points: &'static [&'static str],
    }

    pub const INTRO: &str = "This guide is for parents who want to bring back their milk \
        (relactation) or make milk without having given birth, for example for an adopted baby \
        (induced lactation). It is general information, not medical advice.";
    pub const PRINT: &str = "Print the guide";
    pub const PRINT_HELP: &str =
        "Print opens your browser's print window with a preview. Choose a \
        printer, or choose Save as PDF to keep a copy. You can pick which pages to print there.";
    pub const HELP: &str = "For advice about you and your baby, talk to a lactation consultant or \
        a La Leche League Leader near you.";
    pub const FURTHER: &str = "Further reading";
    pub const FURTHER_NOTE: &str =
        "These articles and stories come from La Leche League groups and \
        others. Search for their titles when you are online.";
    pub const FIND_SUPPORT: &str = "Find a La Leche League group or Leader: llli.org";

    pub const SECTIONS: &[Section] = &[
        Section {
            heading: "What to expect",
            paragraphs: &[
                "Many parents can build a milk supply again after a break, or build one for the \
                 first time. People stop for many reasons: a medical procedure, time apart from \
                 their baby, or advice that did not fit them. Starting again is possible.",
                "It takes time, patience and a baby who is willing to latch. Some parents make all \
                 the milk their baby needs. Others keep giving some supplement as well. Both are \
                 good outcomes: every drop of your milk matters.",
            ],
            points: &[],
        },
        Section {
            heading: "Stimulating your breasts",
            paragraphs: &[
                "Milk is made when milk is removed. The more often your breasts are emptied, the \
                 more milk your body learns to make.",
            ],
            points: &[
                "Hand express or pump 8 to 12 times a day.",
                "Give each session 20 to 30 minutes.",
                "Include the night: at least one session while you would usually sleep.",
                "Try to empty your breasts fully and often. This builds supply and also helps \
                 prevent plugged ducts and breast infections (mastitis).",
            ],
        },
        Section {
            heading: "Bringing your baby to the breast",
            paragraphs: &[
                "Nursing is about more than milk. Your baby gets comfort from you, and \
                 skin-to-skin contact gives your baby immune benefits too.",
            ],
            points: &[
                "If your baby will latch, offer the breast before and after each feed.",
                "Between feeds, offer the breast for comfort as often as you can, instead of a \
                 dummy or pacifier. This also helps your supply grow.",
                "Spend time skin to skin: your baby in just a diaper, on your bare chest.",
            ],
        },
        Section {
            heading: "Giving supplements",
            paragraphs: &[
                "While your supply grows, your baby may need your expressed milk, donor milk or \
                 formula as well. How you give it matters.",
            ],
            points: &[
                "Use a small cup rather than a bottle.",
                "Or use an at-breast supplementer: a thin tube taped next to the nipple, so your \
                 baby gets the supplement while nursing and your breast is stimulated at the same \
                 time.",
                "Relact's plan can help you reduce supplements slowly. Agree the pace with your \
                 lactation consultant.",
            ],
        },
        Section {
            heading: "When to call for help",
            paragraphs: &[
                "Reach out to a health professional soon if something worries you. You do not \
                 need to wait.",
            ],
            points: &[
                "A part of your breast is sore, red or hot, or you feel unwell. These can be signs \
                 of a plugged duct or an infection.",
                "Your baby has fewer wet diapers than usual, or you are unsure your baby is getting \
                 enough.",
                "Before you change how much supplement your baby gets.",
            ],
        },
        Section {
            heading: "Herbs and medicines",
            paragraphs: &[
                "Some parents ask about herbs or medicines to increase milk. Please talk with a \
                 health professional who knows about breastfeeding before you take any. They will \
                 look at your own medical history and your goals with you.",
                "Relact does not suggest any herb, medicine or dose.",
            ],
            points: &[],
        },
        Section {
            heading: "Getting support",
            paragraphs: &[
                "You do not have to do this alone. Support makes a real difference.",
            ],
            points: &[
                "Contact your local La Leche League group or Leader. The group finder is at \
                 llli.org.",
                "La Leche League also runs online support groups for parents who are relactating \
                 or inducing lactation.",
                "Say yes when people offer help with shopping, cooking or housework. It gives you \
                 time for your baby and your sessions.",
            ],
        },
    ];

    pub const READING: &[&str] = &[
        "Relactation and Induced Lactation (La Leche League GB)",
        "Relactation Guide (La Leche League Greece)",
        "Relacteren (Borstvoedingorganisatie La Leche League, Netherlands)",
        "È possibile rilattare? (La Leche League Italia)",
        "My Relactation Story, from South Africa",
        "Induced Lactation and Relactation (La Leche League USA)",
        "Drip-Drop Feeding Technique",
        "Feed The Baby: Building A Milk Supply",
        "Volver al pecho",
        "The Baby Who Doesn't Nurse",
        "Suplementación al pecho",
        "At-Breast Supplementer Nursing",
        "Breastfeeding An Adopted Baby",
        "Breastfeeding Without Giving Birth",
    ];
}

/// The printed plan and night log sheet.
pub mod printout {
    pub const PRINT_PLAN: &str = "Print my plan and a night log sheet";
    pub const PLAN_TITLE: &str = "My Relact plan";
    pub const SHEET_TITLE: &str = "Night log sheet";
    pub const SHEET_HELP: &str = "Fill this in by hand at night; add it to Relact later.";
    pub const DATE_LINE: &str = "Date: ____________________";
    pub const COL_PLANNED: &str = "Planned";
    pub const COL_TIME: &str = "Time started";
    pub const COL_SIDE: &str = "Side (L / R / both)";
    pub const COL_MINUTES: &str = "Minutes";
    pub const COL_ML: &str = "Milk (ml)";
    pub const COL_SUPPLEMENT: &str = "Supplement (ml, how)";
    pub const COL_DIAPERS: &str = "Diapers (wet / dirty)";
    pub const SESSIONS_LINE: &str = "Sessions a day";
    pub const TARGET_LINE: &str = "Supplement target today";
    pub const NO_STEP_DOWN: &str = "No step-down planned";
    pub const FOOTER: &str =
        "Made with Relact. Your data stays on your phone. For personal advice, \
        talk to a lactation consultant or your local La Leche League Leader.";
}

/// Backups, CSV and storage, in Settings.
pub mod backup {
    use crate::domain::backup::{Refused, Rejected};

    pub const TITLE: &str = "Your data";
    pub const EXPORT: &str = "Save a backup file (.json)";
    pub const EXPORT_HELP: &str =
        "Keep a copy somewhere safe, or move your log to a new phone. The \
        file is saved on this device; nothing is uploaded.";
    pub const EXPORTED: &str = "Backup saved.";
    pub const CSV: &str = "Export for a spreadsheet (.csv)";
    pub const CSV_SAVED: &str = "Spreadsheet file saved.";
    pub const IMPORT: &str = "Restore or merge a backup file";
    pub const IMPORT_HELP: &str = "Entries are matched one by one: newer changes win, and nothing \
        you have is deleted unless it was deleted later on the other phone too.";
    pub const READING: &str = "Checking the file…";
    pub const CONFIRM: &str = "Add these to my log";
    pub const CANCEL: &str = "Cancel";
    pub const IMPORTED: &str = "Backup imported.";
    pub const NOTHING_TO_DO: &str = "Everything in this file is already in your log.";
    pub const CANNOT_READ_FILE: &str = "This file could not be opened. Nothing was changed.";
    pub const LEFT_OUT: &str = "These entries will be left out:";
    pub const ENTRY: &str = "Entry";
    pub const FAILED: &str = "The backup or export could not be made on this device.";
    pub const CLEAR: &str = "Delete everything on this device";
    pub const CLEAR_ASK: &str =
        "Delete your whole log from this phone? Save a backup first if you \
        might want it again. This cannot be undone.";
    pub const CLEAR_YES: &str = "Yes, delete everything";
    pub const CLEARED: &str = "Your log was deleted from this device.";
    pub const STORAGE: &str = "Storage on this device";
    pub const PERSISTENT: &str = "Kept safely: the browser will not clear it to save space.";
    pub const NOT_PERSISTENT: &str =
        "The browser may clear Relact's data if the phone runs very low \
        on space. Installing Relact to the home screen and saving backups helps.";

    /// The import summary line.
    pub fn summary(new: usize, updated: usize, unchanged: usize, rejected: usize) -> String {
        format!("{new} new, {updated} updated, {unchanged} unchanged, {rejected} left out.")
    }

    /// Space used, in megabytes.
    pub fn used(bytes: f64) -> String {
        format!("Using {:.1} MB.", bytes / 1_048_576.0)
    }

    /// Why a whole file was refused.
    pub fn refused(r: &Refused) -> String {
        match r {
            Refused::Empty => "This file is empty. Nothing was changed.".into(),
            Refused::TooLarge => "This file is far larger than any Relact backup, so it was not \
                opened. Nothing was changed."
                .into(),
            Refused::NotJson => "This file is not a Relact backup, or it was cut off part-way \
                (for example, a download that did not finish). Nothing was changed."
                .into(),
            Refused::NotRelact => "This file is not a Relact backup. Nothing was changed.".into(),
            Refused::NewerVersion(v) => format!(
                "This backup was made by a newer version of Relact (format {v}). Please update \
                 Relact first. Nothing was changed."
            ),
            Refused::BadEntries => {
                "This backup's list of entries is damaged. Nothing was changed.".into()
            }
            Refused::NothingUsable => {
                "None of the entries in this file could be used. Nothing was \
                changed."
                    .into()
            }
        }
    }

    /// Why one entry was left out.
    pub fn rejected(r: &Rejected) -> &'static str {
        match r {
            Rejected::Unreadable => "its data is damaged or has the wrong kind of values",
            Rejected::BadId => "its id is missing or damaged",
            Rejected::BadStamps => "its dates are impossible",
            Rejected::Markup => "its notes contain code",
            Rejected::Invalid(why) => super::invalid(*why),
        }
    }
}

/// Reminders at planned times while the app is open.
pub mod reminder {
    pub const START: &str = "Start now";
    pub const LATER: &str = "Not now";
    pub const ALLOW: &str = "Allow reminder notifications";
    pub const ALLOW_HELP: &str =
        "While Relact is open, it shows a message (and a notification, if \
        you allow them) at each planned time. For reminders when Relact is closed, add the plan to \
        your calendar.";
    pub const ALLOWED: &str = "Reminder notifications are on.";
    pub const BLOCKED: &str = "Notifications are blocked for Relact in this browser's settings. \
        The in-app reminder still works.";
    pub const UNSUPPORTED: &str =
        "This browser cannot show notifications. The in-app reminder still \
        works.";

    /// The reminder sentence.
    pub fn due(at: &str) -> String {
        format!("Time for your {at} session.")
    }
}

/// The Progress screen.
pub mod progress {
    pub const RANGE: &str = "Show";
    pub const DAYS_7: &str = "7 days";
    pub const DAYS_30: &str = "30 days";
    pub const ALL: &str = "All";
    pub const LOADING: &str = "Loading your progress…";
    pub const EMPTY: &str =
        "Your charts will grow here as you log sessions. Every session counts, \
        even the ones with no milk yet.";
    pub const SESSIONS: &str = "Sessions per day";
    pub const MINUTES: &str = "Minutes of stimulation per day";
    pub const EXPRESSED: &str = "Milk expressed per day";
    pub const SUPPLEMENT: &str = "Supplement per day";
    pub const DIAPERS: &str = "Wet and dirty diapers per day";
    pub const WEIGHT: &str = "Weight";
    pub const SHOW_TABLE: &str = "Show as a table";
    pub const HIDE_TABLE: &str = "Hide the table";
    pub const COL_DAY: &str = "Day";
    pub const COL_WEEK: &str = "Week of";
    pub const TARGET: &str = "target";
    pub const AVERAGE: &str = "7-day average";
    pub const LEFT: &str = "left";
    pub const RIGHT: &str = "right";
    pub const WET: &str = "wet";
    pub const DIRTY: &str = "dirty";
    pub const MILESTONES: &str = "Worth celebrating";
    pub const NO_WEIGHT: &str = "No weights logged in this range yet.";
    pub const PRINT: &str = "Print for my consultant";

    pub const SUMMARY_DAYS: &str = "Days in the printed summary";
    pub const SUMMARY_NOTES: &str = "Notes for your consultant (optional, printed, not saved)";
    pub const SUMMARY_TITLE: &str = "Summary for my lactation consultant";
    pub const SUMMARY_PLAN: &str = "Plan in force";
    pub const SUMMARY_TABLE: &str = "Day by day (24-hour tallies)";
    pub const SUMMARY_NOTES_TITLE: &str = "My notes";
    pub const COL_DATE: &str = "Date";
    pub const COL_SESSIONS: &str = "Sessions";
    pub const COL_MINUTES: &str = "Minutes";
    pub const COL_EXPRESSED: &str = "Expressed (ml)";
    pub const COL_CUP: &str = "Suppl. cup (ml)";
    pub const COL_SUPPLEMENTER: &str = "Suppl. at-breast (ml)";
    pub const COL_OTHER: &str = "Suppl. other (ml)";
    pub const COL_WET: &str = "Wet";
    pub const COL_DIRTY: &str = "Dirty";
    pub const COL_WEIGHT: &str = "Weight (kg)";
    pub const TOTAL: &str = "Total";

    /// The date range line of the printed summary.
    pub fn summary_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        format!("{} to {}", from.format("%-d %B %Y"), to.format("%-d %B %Y"))
    }

    /// The plan line of the printed summary.
    pub fn summary_plan(sessions: u8, minutes: u8, night: u8) -> String {
        format!("{sessions} sessions a day of {minutes} minutes, {night} of them at night.")
    }

    /// A plain sentence about how a measure moved.
    pub fn trend(
        what: &str,
        from: &str,
        to: &str,
        days: i64,
        up_is_good: bool,
        rising: bool,
    ) -> String {
        let span = if days >= 14 {
            format!("the last {} weeks", days / 7)
        } else {
            format!("the last {} days", days + 1)
        };
        if from == to {
            format!("{what} has stayed at about {to} a day over {span}.")
        } else if rising {
            let tail = if up_is_good { " Keep going." } else { "" };
            format!("{what} is up from {from} to {to} a day over {span}.{tail}")
        } else {
            let tail = if up_is_good { " Ups and downs are normal." } else { " Good progress." };
            format!("{what} is down from {from} to {to} a day over {span}.{tail}")
        }
    }

    /// Said when a chart has too little data for a trend.
    pub fn early(what: &str) -> String {
        format!("{what}: a few more days of logging will show a trend.")
    }

    /// A milestone sentence.
    pub fn milestone(m: &crate::domain::stats::Milestone) -> String {
        use crate::domain::stats::Milestone::*;
        match m {
            FirstDrops(d) => format!("First drops expressed on {}.", d.format("%-d %B")),
            FirstFullDay(d) => {
                format!("First day with every planned session: {}.", d.format("%-d %B"))
            }
            FirstDayWithoutFormula(d) => {
                format!("First day without formula: {}.", d.format("%-d %B"))
            }
        }
    }
}

/// The app's own updates and the network.
pub mod update {
    pub const AVAILABLE: &str = "Update available";
    pub const RELOAD: &str = "Reload";
    pub const OFFLINE_READY: &str = "Ready to work offline. Relact now opens even with no signal.";
    pub const OFFLINE: &str = "Offline";
    pub const OFFLINE_HINT: &str = "No network. Everything in Relact still works.";
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
    pub const ENTRIES_UNREADABLE: &str = "Some saved entries could not be read, so they are not \
        shown. They are kept on this device unchanged.";
    pub const NOT_FOUND: &str = "There is no page here.";
    pub const GO_HOME: &str = "Go to Today";
    pub const DISMISS: &str = "Dismiss";
}

/// The Timer screen and the quick save after it.
pub mod timer {
    pub const INTRO: &str = "Tap to start. The timer keeps true time even if your phone locks.";
    pub const START_PUMP: &str = "Pump";
    pub const START_HAND: &str = "Hand express";
    pub const START_NURSE: &str = "Nurse";
    pub const START_COMFORT: &str = "Comfort nurse";
    pub const RUNNING_PUMP: &str = "Pumping";
    pub const RUNNING_HAND: &str = "Hand expressing";
    pub const RUNNING_NURSE: &str = "Nursing";
    pub const RUNNING_COMFORT: &str = "Comfort nursing";
    pub const SIDE: &str = "Side";
    pub const LEFT: &str = "Left";
    pub const RIGHT: &str = "Right";
    pub const BOTH: &str = "Both";
    pub const SWITCH: &str = "Switch side";
    pub const PAUSE: &str = "Pause";
    pub const RESUME: &str = "Resume";
    pub const STOP: &str = "Stop";
    pub const PAUSED: &str = "Paused";
    pub const ELAPSED: &str = "Time so far";
    pub const GOAL_REACHED: &str = "Goal reached. Well done. You can keep going up to 30 minutes.";
    pub const CLOCK_BACK: &str = "Your phone's clock moved back, so the timer is holding its time         until the clock catches up. Nothing was lost.";
    pub const SAVE_TITLE: &str = "Save this session";
    pub const MILK_LEFT: &str = "Milk from left";
    pub const MILK_RIGHT: &str = "Milk from right";
    pub const LESS: &str = "Less";
    pub const MORE: &str = "More";
    pub const NOTES: &str = "Notes (optional)";
    pub const SAVE: &str = "Save";
    pub const DISCARD: &str = "Discard";
    pub const DISCARD_ASK: &str = "Discard this session? Its time will not be saved.";
    pub const DISCARD_YES: &str = "Yes, discard";
    pub const DISCARD_NO: &str = "No, keep it";
    pub const SAVED: &str = "Session saved.";
    pub const DISCARDED: &str = "Session discarded.";
    pub const SUPPLEMENT_AFTER: &str = "Baby had a supplement right after this feed";
    pub const SUPPLEMENT_AMOUNT: &str = "Amount";
    pub const SUPPLEMENT_MILK: &str = "Milk";
    pub const SUPPLEMENT_METHOD: &str = "How it was given";
    pub const OVERLONG: &str = "This timer has been running for more than 12 hours. It was probably         left on by accident. When did the session really end?";
    pub const OVERLONG_END: &str = "Session ended at";
    pub const CONTINUE: &str = "Continue";
    pub const ALREADY_RUNNING: &str = "A session is already running. Only one can run at a time.";
    pub const STOP_AND_SAVE: &str = "Stop and save it";
    pub const KEEP_RUNNING: &str = "Keep it running";
    pub const BAD_NUMBER: &str = "Please enter a number, for example 30.";
    pub const TIMER_UNREADABLE: &str = "A running timer was found but could not be read. It was         kept aside; you can start a new session.";
    pub const GOAL: &str = "Goal";

    /// The heading while a session of `kind` runs.
    pub fn running(kind: crate::domain::entry::SessionKind) -> &'static str {
        use crate::domain::entry::SessionKind::*;
        match kind {
            Pumping => RUNNING_PUMP,
            HandExpression => RUNNING_HAND,
            Nursing => RUNNING_NURSE,
            ComfortNursing => RUNNING_COMFORT,
        }
    }

    /// The start button for `kind`.
    pub fn start(kind: crate::domain::entry::SessionKind) -> &'static str {
        use crate::domain::entry::SessionKind::*;
        match kind {
            Pumping => START_PUMP,
            HandExpression => START_HAND,
            Nursing => START_NURSE,
            ComfortNursing => START_COMFORT,
        }
    }

    /// The name of a side.
    pub fn side(side: crate::domain::entry::Side) -> &'static str {
        use crate::domain::entry::Side::*;
        match side {
            Left => LEFT,
            Right => RIGHT,
            Both => BOTH,
        }
    }

    /// The tab title while a session runs, so the time shows in the task switcher.
    pub fn title(elapsed: &str, kind: crate::domain::entry::SessionKind) -> String {
        format!("{elapsed} {} · Relact", running(kind))
    }

    /// The goal under the ring.
    pub fn goal_minutes(minutes: i64) -> String {
        format!("{GOAL}: {minutes} min")
    }
}

/// Names of milk types and feeding methods.
pub mod feeding {
    use crate::domain::entry::{Method, Milk};

    /// A milk type as the parent reads it.
    pub fn milk(m: Milk) -> &'static str {
        match m {
            Milk::OwnExpressed => "My expressed milk",
            Milk::Donor => "Donor milk",
            Milk::Formula => "Formula",
        }
    }

    /// A feeding method as the parent reads it.
    pub fn method(m: Method) -> &'static str {
        match m {
            Method::Cup => "Cup",
            Method::AtBreastSupplementer => "At-breast supplementer",
            Method::Spoon => "Spoon",
            Method::Syringe => "Syringe",
            Method::FingerFeeding => "Finger feeding",
            Method::Bottle => "Bottle",
        }
    }
}

/// The Log screen.
pub mod log {
    use crate::domain::entry::{Record, SessionKind};
    use crate::domain::summary::Totals;
    use crate::domain::units::Volume;

    pub const LOADING: &str = "Loading your log…";
    pub const EMPTY: &str = "Nothing logged in these days yet. Sessions you time appear here.";
    pub const EARLIER: &str = "Show earlier days";
    pub const FILTER: &str = "Show";
    pub const ALL: &str = "All";
    pub const SESSIONS: &str = "Sessions";
    pub const SUPPLEMENTS: &str = "Supplements";
    pub const DIAPERS: &str = "Diapers";
    pub const WEIGHTS: &str = "Weights";
    pub const DELETE: &str = "Delete";
    pub const DELETED: &str = "Entry deleted.";
    pub const UNDO: &str = "Undo";
    pub const RESTORED: &str = "Entry restored.";

    /// One line describing an entry.
    pub fn describe(r: &Record, unit: Volume) -> String {
        match r {
            Record::Session(s) => {
                let mut line =
                    format!("{} · {}", kind(s.kind), super::format::minutes(s.active_millis()));
                if let Some(total) = s.total_ml() {
                    line += &format!(
                        " · {} (L {}, R {})",
                        super::format::volume(unit, total),
                        super::format::volume(unit, s.left_ml.unwrap_or(0)),
                        super::format::volume(unit, s.right_ml.unwrap_or(0))
                    );
                }
                line
            }
            Record::Supplement(s) => format!(
                "Supplement · {} {} · {}",
                super::format::volume(unit, s.ml),
                super::feeding::milk(s.milk).to_lowercase(),
                super::feeding::method(s.method).to_lowercase()
            ),
            Record::Diaper(d) => match (d.wet, d.dirty) {
                (true, true) => "Diaper · wet and dirty".into(),
                (true, false) => "Diaper · wet".into(),
                _ => "Diaper · dirty".into(),
            },
            Record::Weight(w) => format!("Weight · {:.2} kg", w.grams as f64 / 1000.0),
        }
    }

    /// A session kind as a noun.
    pub fn kind(k: SessionKind) -> &'static str {
        super::timer::running(k)
    }

    /// The totals line under a day's heading.
    pub fn totals(t: &Totals, unit: Volume) -> String {
        let mut parts = vec![format!(
            "{} {}",
            t.sessions,
            if t.sessions == 1 { "session" } else { "sessions" }
        )];
        if t.comfort > 0 {
            parts.push(format!("{} comfort", t.comfort));
        }
        parts.push(super::format::minutes(t.active));
        if t.expressed_ml > 0 {
            parts.push(format!("{} expressed", super::format::volume(unit, t.expressed_ml)));
        }
        if t.supplement_ml > 0 {
            parts.push(format!("{} supplement", super::format::volume(unit, t.supplement_ml)));
        }
        if t.wet + t.dirty > 0 {
            parts.push(format!("{} wet, {} dirty", t.wet, t.dirty));
        }
        parts.join(" · ")
    }

    pub const ADD: &str = "Add an entry by hand";
    pub const EDIT: &str = "Edit";
    pub const FORM_ADD: &str = "Add an entry";
    pub const FORM_EDIT: &str = "Edit entry";
    pub const WHAT: &str = "What happened";
    pub const KIND: &str = "Kind of session";
    pub const STARTED: &str = "Started";
    pub const AT: &str = "Time";
    pub const MINUTES: &str = "Minutes";
    pub const LEFT_ML: &str = "Milk from left";
    pub const RIGHT_ML: &str = "Milk from right";
    pub const AMOUNT: &str = "Amount";
    pub const WET: &str = "Wet";
    pub const DIRTY: &str = "Dirty";
    pub const GRAMS: &str = "Weight in grams";
    pub const SAVE: &str = "Save entry";
    pub const CANCEL: &str = "Cancel";
    pub const SAVED: &str = "Entry saved.";
    pub const BAD_TIME: &str = "Please choose a date and time.";
    pub const BAD_NUMBER: &str = "Please enter whole numbers, for example 30.";

    /// The accessible name of an edit button.
    pub fn edit_label(what: &str, at: &str) -> String {
        format!("{EDIT} {what} at {at}")
    }

    /// The accessible name of a delete button.
    pub fn delete_label(what: &str, at: &str) -> String {
        format!("{DELETE} {what} at {at}")
    }
}

/// A sentence for each way the log store can fail.
pub fn store_error(e: &crate::domain::store::StoreError) -> &'static str {
    use crate::domain::store::StoreError::*;
    match e {
        Unavailable => {
            "This browser is not letting Relact keep a log (private mode or a blocked \
            setting). Nothing can be saved here until that changes."
        }
        QuotaExceeded => {
            "Your phone is out of space for Relact, so this was not saved. Nothing \
            saved before was changed. Freeing some space on the phone will help."
        }
        VersionChanged => {
            "Relact was updated in another tab. Please reload this page to keep \
            going; nothing was lost."
        }
        Other(_) => "That could not be saved on this device. Nothing you saved before was changed.",
    }
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

/// Sharing the log with a partner's phone (Settings → Share with a partner).
pub mod share {
    use crate::domain::sync::code::CodeError;
    use crate::domain::sync::{SetupError, Status, SyncError};
    use crate::domain::{Millis, MINUTE};

    pub const TITLE: &str = "Share with a partner";
    pub const INTRO: &str = "Two phones, one log: entries made on either phone appear on both. \
        They travel through a CouchDB server your family runs or rents, locked with a key that \
        only your phones hold — the server cannot read a time, a volume or a note.";
    pub const NOT_SHARED: &str = "Not shared. Nothing leaves this phone.";
    pub const START: &str = "Start sharing";
    pub const START_HELP: &str = "On the first phone: the address of your family's server and a \
        database name. Relact makes a new key and shows a pairing code for the second phone.";
    pub const JOIN: &str = "Join a partner's log";
    pub const JOIN_HELP: &str = "On the second phone: paste the pairing code shown on the first \
        phone (Settings → Share with a partner).";
    pub const SERVER: &str = "Server address";
    pub const SERVER_HINT: &str = "https://couch.example.org";
    pub const DATABASE: &str = "Database";
    pub const USER: &str = "User name (if the server asks for one)";
    pub const PASSWORD: &str = "Password (if the server asks for one)";
    pub const NAME: &str = "This phone's name";
    pub const DEFAULT_NAME: &str = "My phone";
    pub const CODE: &str = "Pairing code";
    pub const CODE_HELP: &str = "Scan this on the other phone, or send the code to it and paste \
        it under \"Join a partner's log\". Anyone with this code can read your shared log: send \
        it only to your partner.";
    pub const QR_LABEL: &str = "QR code of the pairing code";
    pub const COPY: &str = "Copy code";
    pub const COPIED: &str = "Pairing code copied.";
    pub const SEND: &str = "Send code…";
    pub const CHECKING: &str = "Checking the server…";
    pub const SYNC_NOW: &str = "Sync now";
    pub const STOP: &str = "Stop sharing";
    pub const STOP_CONFIRM: &str = "Stop sharing on this phone? It forgets the server and the \
        key; every entry stays on this phone. You can join again with the pairing code.";
    pub const STOP_YES: &str = "Yes, stop sharing";
    pub const STOP_NO: &str = "Keep sharing";
    pub const STOPPED: &str = "Sharing stopped on this phone. Your log is still here.";
    pub const STARTED: &str = "Sharing started. Show the pairing code to the other phone.";
    pub const JOINED: &str = "Joined. Entries from the other phone arrive in a moment.";
    pub const PHONES: &str = "Phones that share this log";
    pub const THIS_PHONE: &str = "(this phone)";
    pub const RENAME: &str = "Save name";
    pub const SHOW_CODE: &str = "Show pairing code";
    pub const HIDE_CODE: &str = "Hide pairing code";

    /// The status line.
    pub fn status(status: &Status, synced_at: Option<Millis>, now: Millis) -> String {
        match status {
            Status::Off => NOT_SHARED.into(),
            Status::Syncing => "Shared · syncing…".into(),
            Status::Waiting => {
                "Waiting for a connection — your entries are safe on this phone.".into()
            }
            Status::Failed(e) => format!("Not synced: {}", problem(e)),
            Status::Idle | Status::Synced => match synced_at {
                None => "Shared · not synced yet".into(),
                Some(at) => format!("Shared · synced {}", ago(now - at)),
            },
        }
    }

    /// "just now", "2 min ago", "3 h ago", "2 days ago".
    pub fn ago(ms: Millis) -> String {
        let min = ms.max(0) / MINUTE;
        match min {
            0 => "just now".into(),
            1..=59 => format!("{min} min ago"),
            60..=2879 => format!("{} h ago", min / 60),
            _ => format!("{} days ago", min / 1440),
        }
    }

    /// What went wrong with a sync, in plain words, with what happens next.
    pub fn problem(e: &SyncError) -> &'static str {
        match e {
            SyncError::Offline => {
                "the server could not be reached. Your entries are safe on this phone."
            }
            SyncError::Unauthorized => {
                "the server did not accept the user name or password. Check them with whoever \
                runs the server."
            }
            SyncError::NoDatabase => "there is no such database on this server.",
            SyncError::Server => {
                "the server had a problem. Relact will try again; your entries are safe here."
            }
            SyncError::NotCouch => {
                "the address answered, but not as a CouchDB server (perhaps a login page). \
                Nothing was changed."
            }
            SyncError::Truncated => {
                "the server's answer was cut off. Nothing was changed; Relact will try again."
            }
            SyncError::Unreadable => {
                "something on the server cannot be opened with your family's key (damaged, or \
                from another family). Nothing from it was written to this phone."
            }
            SyncError::WrongKey => {
                "this code does not open the log on that server: it belongs to another family \
                or an older pairing. Nothing was written."
            }
            SyncError::NotShared => {
                "nobody has started sharing in this database yet. Start sharing on the first \
                phone, then use its code here."
            }
            SyncError::AlreadyShared => {
                "this database already holds a family's log. Join it with that phone's pairing \
                code, or choose another database name."
            }
            SyncError::Store(_) => "this phone's log could not be read or written.",
        }
    }

    /// Why a code, address or setup was refused.
    pub fn setup_problem(e: &SetupError) -> String {
        match e {
            SetupError::Code(CodeError::NotACode) => {
                "That is not a Relact pairing code. It starts with RELACT1-.".into()
            }
            SetupError::Code(CodeError::Mistyped) => {
                "That code has a mistake in it (a character changed or missing). Copy it again \
                from the other phone."
                    .into()
            }
            SetupError::Code(CodeError::Newer) => {
                "That code was made by a newer Relact. Update Relact on this phone first.".into()
            }
            SetupError::Code(CodeError::BadServer) => {
                "The server address must start with https:// (or be http://localhost for \
                trying it out)."
                    .into()
            }
            SetupError::Code(CodeError::BadDatabase) => {
                "A database name starts with a lowercase letter and uses only lowercase \
                letters, digits and _ $ ( ) + - /."
                    .into()
            }
            SetupError::NoCrypto => {
                "This browser cannot encrypt here. Open Relact from its https:// address.".into()
            }
            SetupError::Sync(e) => format!("Not shared: {}", problem(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trend_sentences_are_plain_and_kind() {
        let up = progress::trend("Milk expressed per day", "40 ml", "95 ml", 13, true, true);
        assert_eq!(up, "Milk expressed per day is up from 40 ml to 95 ml a day over the last 14 days. Keep going.");
        let down = progress::trend("Supplement per day", "300 ml", "240 ml", 20, false, false);
        assert_eq!(down, "Supplement per day is down from 300 ml to 240 ml a day over the last 2 weeks. Good progress.");
        let dip = progress::trend("Milk expressed per day", "60 ml", "50 ml", 6, true, false);
        assert!(dip.ends_with("Ups and downs are normal."), "a dip is never scolded: {dip}");
        let same = progress::trend("Sessions per day", "8", "8", 6, true, false);
        assert_eq!(same, "Sessions per day has stayed at about 8 a day over the last 7 days.");
    }
}
