//! Every sentence the parent reads, in one place. Components never hold their own wording.
//!
//! Translated modules name their messages ([`Msg`]) in the translation files,
//! `public/i18n/<language>.ftl` (see [`i18n`]); the others still hold English here and move to
//! the files module by module, keeping their names and signatures.

use crate::domain::entry::Invalid;

pub mod format;
pub mod i18n;

pub use i18n::{Arg, Msg};

/// The app's name as shown in titles.
pub const APP_NAME: &str = "Relact";

/// Navigation labels and the headings of the screens they open (`public/i18n/*.ftl`, `nav-*`).
pub mod nav {
    use super::Msg;

    pub const TODAY: Msg = Msg("nav-today");
    pub const TIMER: Msg = Msg("nav-timer");
    pub const LOG: Msg = Msg("nav-log");
    pub const PLAN: Msg = Msg("nav-plan");
    pub const PROGRESS: Msg = Msg("nav-progress");
    pub const GUIDE: Msg = Msg("nav-guide");
    pub const SETTINGS: Msg = Msg("nav-settings");
    pub const MAIN_MENU: Msg = Msg("nav-main-menu");
    pub const MORE_MENU: Msg = Msg("nav-more-menu");
    pub const SKIP_TO_CONTENT: Msg = Msg("nav-skip-to-content");
}

/// The Settings screen (`settings-*`).
pub mod settings {
    use super::Msg;
    use crate::domain::language::Language;

    pub const THEME: Msg = Msg("settings-theme");
    pub const THEME_AUTO: Msg = Msg("settings-theme-auto");
    pub const THEME_LIGHT: Msg = Msg("settings-theme-light");
    pub const THEME_NIGHT: Msg = Msg("settings-theme-night");
    pub const VOLUME: Msg = Msg("settings-volume");
    pub const VOLUME_ML: Msg = Msg("settings-volume-ml");
    pub const VOLUME_OZ: Msg = Msg("settings-volume-oz");
    pub const CLOCK: Msg = Msg("settings-clock");
    pub const CLOCK_24: Msg = Msg("settings-clock-24");
    pub const CLOCK_12: Msg = Msg("settings-clock-12");
    pub const WEEK_START: Msg = Msg("settings-week-start");
    pub const MONDAY: Msg = Msg("settings-monday");
    pub const SUNDAY: Msg = Msg("settings-sunday");
    pub const SATURDAY: Msg = Msg("settings-saturday");
    pub const CHIME: Msg = Msg("settings-chime");
    pub const SAVED: Msg = Msg("settings-saved");
    pub const PRIVACY: Msg = Msg("settings-privacy");

    pub const LANGUAGE: Msg = Msg("settings-language");
    pub const LANGUAGE_REOPENS: Msg = Msg("settings-language-reopens");
    /// Said in Portuguese to a phone set to a Portuguese other than Brazil's.
    pub const LANGUAGE_BRAZIL: Msg = Msg("settings-language-brazil");

    /// Each language's own name, the same in every translation, so a parent finds theirs
    /// whatever the screen is in.
    pub fn language_name(language: Language) -> &'static str {
        match language {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::French => "Français",
            Language::BrazilianPortuguese => "Português (Brasil)",
            Language::Arabic => "العربية",
        }
    }

    /// While the chosen language's file is being fetched.
    pub fn language_opening(language: Language) -> String {
        Msg("settings-language-opening").with(&[("language", language_name(language).into())])
    }

    /// The file could not be fetched: no connection, and the phone never had it.
    pub fn language_offline(language: Language) -> String {
        Msg("settings-language-offline").with(&[("language", language_name(language).into())])
    }

    /// The file came but could not be read (a server error, a broken deploy).
    pub fn language_failed(language: Language) -> String {
        Msg("settings-language-failed").with(&[("language", language_name(language).into())])
    }
}

/// The Plan screen.
pub mod plan {
    use crate::domain::care::{self, DiaperStage};
    use crate::domain::model::step_start::StartSource;
    use crate::domain::plan::{
        Caution, Hold, Short, StartProblem, StepChange, StepDay, MAX_START_ML,
    };
    use crate::domain::units::Volume;

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
    /// Where the baby's age is set now (the plan's old "age in weeks" field is gone).
    pub const BABY_AGE_WHERE: &str =
        "Your baby's birth date, which keeps their age up to date, is in Settings → Your journey.";
    pub const GUIDANCE: &str =
        "The usual advice is 8 to 12 sessions a day, 20 to 30 minutes each, \
        including at night. Hand expressing, pumping and nursing all count.";
    pub const STEP_DOWN: &str = "Plan a slow step-down of supplements";
    pub const STEP_START: &str = "Supplement per day now (ml)";
    pub const STEP_SIZE: &str = "Less each step (ml per day, up to 30)";
    pub const STEP_START_OZ: &str = "Supplement per day now (oz)";
    pub const STEP_SIZE_OZ: &str = "Less each step (oz per day, up to 1)";
    pub const STEP_HOLD: &str = "Days at each level";
    pub const STEP_FROM: &str = "Start the step-down on";
    pub const STEP_AGREE: &str = "Please agree the pace of any step-down with your lactation \
        consultant or your baby's doctor. Every baby is different.";
    pub const STEP_HISTORY: &str = "Recent days";
    pub const STEP_DATE: &str = "Date";
    pub const STEP_TARGET: &str = "Planned";
    pub const STEPPED: &str = "stepped down";
    pub const HELD_LOW: &str = "held";
    pub const STEPPED_BACK: &str = "back up";
    pub const CALENDAR: &str = "Add to my calendar (.ics)";
    pub const CALENDAR_HELP: &str = "Your phone's calendar can then remind you of each session, even \
        when Relact is closed. After you change the plan, add the new file again: it replaces the old \
        reminders.";
    pub const CALENDAR_SAVED: &str = "Calendar file saved. Open it to add the reminders.";
    pub const CALENDAR_FAILED: &str = "The calendar file could not be made on this device.";
    pub const ICS_SUMMARY: &str = "Pump, hand express or nurse";
    pub const ICS_NIGHT: &str = "Night session: pump, hand express or nurse";
    pub const ICS_DESCRIPTION: &str = "From your Relact plan. For personal advice, talk to your \
        baby's doctor, a lactation consultant or your local La Leche League Leader.";
    pub const BAD_TIME: &str = "Please enter a time, for example 07:00.";

    /// The step-down's amount fields, labelled in the parent's unit.
    pub fn step_labels(unit: Volume) -> (&'static str, &'static str) {
        match unit {
            Volume::Ml => (STEP_START, STEP_SIZE),
            Volume::Oz => (STEP_START_OZ, STEP_SIZE_OZ),
        }
    }

    /// "4 h 0 min" style span.
    pub fn hours(minutes: i32) -> String {
        format!("{} h {} min", minutes / 60, minutes % 60)
    }

    /// The day's planned supplement, worded so it never reads as a limit.
    pub fn planned_today(amount: &str) -> String {
        format!(
            "Planned supplement today: {amount} — a guide, not a limit. If your baby still seems \
            hungry, give more."
        )
    }

    /// How the step-down decides, said for the baby's age today as a short list (the same rule
    /// the amounts follow: [`crate::domain::plan::StepDown::history`]), numbers from the care
    /// table for `age_days`.
    pub fn step_rule(stage: DiaperStage, age_days: Option<i64>) -> Vec<String> {
        let need = care::per_day(age_days);
        let diapers = match (stage, need.stools) {
            (DiaperStage::FirstDays, _) => format!(
                "In your baby's first days (before day {}) the amount does not step down: wet \
                diapers are still building up, and your baby's doctor guides feeding.",
                care::USUAL_FROM_DAY
            ),
            (_, Some(stools)) => format!(
                "A step down comes only after every day at a level had {} or more wet diapers \
                and {stools} or more stools, as expected at your baby's age.",
                need.wet
            ),
            (_, None) => format!(
                "A step down comes only after every day at a level had {} or more wet diapers.",
                need.wet
            ),
        };
        let mut out = vec![
            "The planned amount is a guide, never a limit: if your baby still seems hungry, \
            give more."
                .to_string(),
            diapers,
            "A day on which your baby had more than planned holds the amount.".to_string(),
            "If you log weights, each must show your baby gaining as expected for their age."
                .to_string(),
            format!(
                "Below half the starting amount, and before none, a weight from the last {} days \
                showing a good gain is needed: diapers alone are not enough.",
                care::RECENT_WEIGHT_DAYS
            ),
            "A day that falls short holds the amount; two in a row go back up.".to_string(),
            "Each step is at most 30 ml (1 oz) a day.".to_string(),
        ];
        if stage == DiaperStage::Unknown {
            out.push(
                "Add your baby's birth date in Settings, so the rule follows their age."
                    .to_string(),
            );
        }
        out
    }

    /// What a day fell short of, in a few words: "fewer than 6 wet diapers and fewer than 3
    /// stools".
    fn short_words(s: Short) -> String {
        let wet = format!("fewer than {} wet diapers", s.wet_needed);
        let stools = format!("fewer than {} stools", s.stools_needed);
        match (s.wet, s.stools) {
            (true, true) => format!("{wet} and {stools}"),
            (true, false) => wet,
            (false, true) => stools,
            (false, false) => String::new(),
        }
    }

    /// Why a day did not count towards a step, for the recent days table: "fewer than 3 stools
    /// logged yesterday".
    pub fn hold_reason(h: Hold, vol: &dyn Fn(u32) -> String) -> String {
        match h {
            Hold::FirstDays => "your baby's first days".to_string(),
            Hold::NeededMore { given_ml, .. } => {
                format!("your baby had {} yesterday", vol(given_ml))
            }
            Hold::Short(s) if !s.wet && !s.stools => "the last weight".to_string(),
            Hold::Short(s) if s.weight => {
                format!("{} logged yesterday, and the last weight", short_words(s))
            }
            Hold::Short(s) => format!("{} logged yesterday", short_words(s)),
        }
    }

    /// Why the step-down is holding or went back up, and who to talk to. A count is said as
    /// what the log shows, with a word to add what was not logged.
    pub fn caution(c: Caution, unit: Volume) -> String {
        match c {
            Caution::Held(Hold::FirstDays) => "In your baby's first days wet diapers are still \
                building up, so the planned amount does not step down. Your baby's doctor guides \
                feeding now."
                .to_string(),
            Caution::Held(Hold::NeededMore { given_ml, planned_ml }) => format!(
                "Yesterday your baby had {}, more than the {} planned, so the amount stays the \
                same. Your baby needed it: the plan is a guide, never a limit. You can restart \
                the step-down from what your baby had.",
                super::format::planned_volume(unit, given_ml),
                super::format::planned_volume(unit, planned_ml)
            ),
            Caution::Held(Hold::Short(s)) => {
                let said = if !s.wet && !s.stools {
                    "The last weight shows a loss or a slow gain".to_string()
                } else if s.weight {
                    format!(
                        "The log shows {} yesterday, and the last weight shows a loss or a slow \
                        gain",
                        short_words(s)
                    )
                } else {
                    format!("The log shows {} yesterday", short_words(s))
                };
                let missing =
                    if s.wet || s.stools { " If some were not logged, add them." } else { "" };
                format!(
                    "{said}, so the amount stays the same.{missing} Please talk to your lactation \
                    consultant or your baby's doctor."
                )
            }
            Caution::SteppedBack => "Two days in a row fell short of what your baby's diapers or \
                weight should show, so the amount went back up. Please talk to your lactation \
                consultant."
                .to_string(),
            Caution::NeedsWeight => format!(
                "The next step would take the amount below half of where it started. Before \
                that, please have your baby weighed: a weight from the last {} days that shows a \
                good gain is needed, since diapers alone are not enough.",
                care::RECENT_WEIGHT_DAYS
            ),
        }
    }

    /// The offer when the baby had more than planned: start again from what was given.
    pub fn restart_from(amount: &str) -> String {
        format!("Restart the step-down from {amount} a day")
    }

    /// Said after the step-down was restarted.
    pub const RESTARTED: &str = "The step-down starts again from what your baby had.";

    /// How a day of the step-down came about, for its recent days table: "held: fewer than 3
    /// stools yesterday".
    pub fn change(d: &StepDay, vol: &dyn Fn(u32) -> String) -> Option<String> {
        let word = match d.change {
            StepChange::Same => return None,
            StepChange::Down => STEPPED,
            StepChange::HeldLow => HELD_LOW,
            StepChange::BackUp => STEPPED_BACK,
        };
        Some(match d.held {
            Some(h) => format!("{word}: {}", hold_reason(h, vol)),
            None => word.to_string(),
        })
    }

    /// Under the starting amount: where the prefilled number came from, in the parent's unit.
    pub fn start_source(source: StartSource, amount: &str) -> String {
        match source {
            StartSource::Log { days: 3 } => {
                format!("From your log, the last 3 days: about {amount} a day.")
            }
            StartSource::Log { days: 1 } => format!(
                "From your log, the 1 of the last 3 days with a supplement logged: about {amount} \
                a day."
            ),
            StartSource::Log { days } => format!(
                "From your log, the {days} of the last 3 days with a supplement logged: about \
                {amount} a day."
            ),
            StartSource::Said => {
                format!("From what you told Relact at the start: about {amount} a day.")
            }
        }
    }

    /// Asked under a prefilled starting amount: a partner's feeds may be missing from the log.
    pub const START_CHECK: &str =
        "Is this everything your baby had, including feeds others gave? If not, change it.";

    /// Asked when the step-down is turned on and neither the log nor the start gives an amount.
    pub const START_PROMPT: &str = "How much supplement does your baby have in a day now? Enter \
        it here to start the step-down.";

    /// A starting amount that is not a number above 0 (a minus sign, a typo).
    pub fn start_not_a_number(unit: Volume) -> &'static str {
        match unit {
            Volume::Ml => "Please enter the amount a day as a number above 0, for example 240.",
            Volume::Oz => "Please enter the amount a day as a number above 0, for example 8.",
        }
    }

    /// A starting amount that was refused; nothing was changed.
    pub fn start_problem(p: StartProblem, unit: Volume) -> String {
        match p {
            StartProblem::Zero => {
                "The starting amount must be more than 0. If your baby no longer \
                needs a supplement, you can turn the step-down off."
                    .to_string()
            }
            StartProblem::TooMuch => format!(
                "That is more than {} a day. Please check the amount.",
                super::format::volume(unit, MAX_START_ML)
            ),
        }
    }
}

/// The Today screen.
pub mod today {
    use super::Msg;
    use crate::domain::model::today::{Closing, NextAt, NextCard, SessionCount};
    use crate::domain::settings::Clock;

    pub const FIRST_DAY: [Msg; 3] =
        [Msg("today-first-day-aim"), Msg("today-first-day-start"), Msg("today-first-day-diapers")];
    pub const NEXT: Msg = Msg("today-next");
    pub const DUE_NOW: Msg = Msg("today-due-now");
    pub const ALL_DONE: Msg = Msg("today-all-done");
    /// With no slot left and none done (or none asked since the parent began): what comes next.
    pub const NOTHING_LEFT: Msg = Msg("today-nothing-left");
    pub const STATUS_BEFORE_START: Msg = Msg("today-status-before-start");
    /// Longest break with fewer than two sessions today.
    pub const NO_BREAK_YET: Msg = Msg("today-no-break-yet");
    /// Beside the first start button while the set-up step is offered, so one action leads.
    pub const SETUP_TITLE: Msg = Msg("today-setup-title");
    pub const SETUP_INTRO: Msg = Msg("today-setup-intro");
    pub const SETUP_WAKE: Msg = Msg("today-setup-wake");
    pub const SETUP_SLEEP: Msg = Msg("today-setup-sleep");
    pub const SETUP_SESSIONS: Msg = Msg("today-setup-sessions");
    pub const SETUP_NIGHT: Msg = Msg("today-setup-night");
    pub const SETUP_SAVE: Msg = Msg("today-setup-save");
    pub const SETUP_SKIP: Msg = Msg("today-setup-skip");
    pub const SETUP_LATER: Msg = Msg("today-setup-later");
    pub const SETUP_SAVED: Msg = Msg("today-setup-saved");
    pub const START_PUMP: Msg = Msg("today-start-pump");

    /// Today's Start button, for the kind of session the parent logged last.
    pub fn start(start: crate::domain::model::today::Start) -> &'static str {
        use crate::domain::model::today::Start::*;
        match start {
            Pumping => START_PUMP,
            HandExpression => Msg("today-start-hand"),
            Nursing => Msg("today-start-nurse"),
            Supplementer => Msg("today-start-supplementer"),
        }
        .get()
    }
    pub const RUNNING: Msg = Msg("today-running");
    pub const OPEN_TIMER: Msg = Msg("today-open-timer");
    pub const DONE_24H: Msg = Msg("today-done-24h");
    pub const LONGEST_GAP: Msg = Msg("today-longest-gap");
    pub const EXPRESSED: Msg = Msg("today-expressed");
    pub const SUPPLEMENT: Msg = Msg("today-supplement");
    pub const AT_BREAST: Msg = Msg("today-at-breast");
    pub const DIAPERS: Msg = Msg("today-diapers");
    /// The diaper tiles' words after their counts ("3 Wet"), in the count's form where a
    /// language agrees the word with it.
    pub fn wet(count: u32) -> String {
        Msg("today-wet").with(&[("count", count.into())])
    }
    pub fn dirty(count: u32) -> String {
        Msg("today-dirty").with(&[("count", count.into())])
    }
    /// The diaper buttons as shown ("+1 Wet"); spoken as [`ADD_WET`] and [`ADD_DIRTY`].
    pub const PLUS_WET: Msg = Msg("today-plus-wet");
    pub const PLUS_DIRTY: Msg = Msg("today-plus-dirty");
    pub const ADD_WET: Msg = Msg("today-add-wet");
    pub const ADD_DIRTY: Msg = Msg("today-add-dirty");
    pub const DIAPER_SAVED: Msg = Msg("today-diaper-saved");
    /// "+ Supplement" beside the diapers: shown short, spoken as the whole action.
    pub const ADD_SUPPLEMENT_SHORT: Msg = Msg("today-add-supplement-short");
    pub const ADD_SUPPLEMENT: Msg = Msg("today-add-supplement");
    /// Beside the day's supplement total on the same row.
    pub const SUPPLEMENT_ROW: Msg = Msg("today-supplement-row");
    pub const SUPPLEMENT_TITLE: Msg = Msg("today-supplement-title");
    pub const SUPPLEMENT_WHEN: Msg = Msg("today-supplement-when");
    pub const GIVEN_NOW: Msg = Msg("today-given-now");
    pub const GIVEN_AT: Msg = Msg("today-given-at");
    pub const SUPPLEMENT_SAVE: Msg = Msg("today-supplement-save");
    pub const SUPPLEMENT_SAVED: Msg = Msg("today-supplement-saved");

    /// An "earlier" choice: "15 min ago", "1 h ago".
    pub fn minutes_ago(minutes: u16) -> String {
        if minutes >= 60 && minutes.is_multiple_of(60) {
            Msg("today-hours-ago").with(&[("hours", (minutes / 60).into())])
        } else {
            Msg("today-minutes-ago").with(&[("minutes", minutes.into())])
        }
    }

    /// On the sheet: the feed the supplement will be saved with.
    pub fn supplement_with_feed(feed: &str, at: &str) -> String {
        Msg("today-supplement-with-feed")
            .with(&[("feed", feed.to_lowercase().as_str().into()), ("time", at.into())])
    }
    pub const TIMELINE: Msg = Msg("today-timeline");
    pub const STATUS_DONE: Msg = Msg("today-status-done");
    pub const STATUS_DUE: Msg = Msg("today-status-due");
    pub const STATUS_UPCOMING: Msg = Msg("today-status-upcoming");
    pub const STATUS_MISSED: Msg = Msg("today-status-missed");
    pub const NONE_YET: Msg = Msg("today-none-yet");
    pub const LOADING: Msg = Msg("today-loading");

    /// The day's plan is over and some sessions were not done: a kind word for what was done
    /// (never praise for what was missed, never a scolding). The count is the sessions tile's.
    pub const SOME_DONE: Msg = Msg("today-some-done");

    /// The sessions tile: "5 of 8".
    pub fn of(count: SessionCount) -> String {
        Msg("today-of").with(&[("done", count.done.into()), ("planned", count.of.into())])
    }

    /// The first-day tips; before the baby is here, none about diapers.
    pub fn first_day(shows_baby: bool) -> &'static [Msg] {
        if shows_baby {
            &FIRST_DAY
        } else {
            &FIRST_DAY[..2]
        }
    }

    /// How long until a session: "45 min", "3 h 30 min".
    fn wait(minutes: i64) -> String {
        if minutes < 60 {
            Msg("today-wait-minutes").with(&[("minutes", minutes.into())])
        } else {
            Msg("today-wait-hours")
                .with(&[("hours", (minutes / 60).into()), ("minutes", (minutes % 60).into())])
        }
    }

    /// The Today card's heading and the line under it, in the parent's clock style.
    pub fn card(card: &NextCard, clock: Clock) -> (String, Option<String>) {
        let time = |n: &NextAt| super::format::clock_time(n.time, clock);
        let next_line = |n: &NextAt| {
            if n.tomorrow {
                Msg("today-next-tomorrow").with(&[
                    ("time", time(n).as_str().into()),
                    ("wait", wait(n.minutes).as_str().into()),
                ])
            } else {
                next(&time(n), n.minutes)
            }
        };
        let closing = |c: &Closing| match c {
            Closing::AllDone => ALL_DONE.to_string(),
            Closing::SomeDone => SOME_DONE.to_string(),
            Closing::NothingLeft => NOTHING_LEFT.to_string(),
        };
        match card {
            NextCard::Running => (RUNNING.into(), None),
            NextCard::DueNow => (DUE_NOW.into(), None),
            NextCard::Next(n) => (NEXT.into(), Some(next_line(n))),
            // After the day's last session the card reads as any other "next": the same two
            // lines, so nothing below it (+1 Wet) moves down on a small phone; the count is the
            // tile's.
            NextCard::DayOver { next: Some(n), .. } => (NEXT.into(), Some(next_line(n))),
            NextCard::DayOver { closing: c, next: None } => (closing(c), None),
        }
    }

    /// "12:20, in 1 h 5 min".
    pub fn next(at: &str, minutes: i64) -> String {
        Msg("today-next-at").with(&[("time", at.into()), ("wait", wait(minutes).as_str().into())])
    }
}

/// Where the parent starts: the path, the baby's dates, the opening phase before a baby arrives,
/// the countdown and the baby's age on Today, and the Guide's section per path.
pub mod journey {
    use crate::domain::care;
    use crate::domain::journey::{BirthProblem, DiaperStage, Path};

    pub const TITLE: &str = "Your journey";
    pub const PATH: &str = "Where are you starting?";
    pub const PATH_RELACTATING: &str = "Bringing my milk back. My baby is here.";
    pub const PATH_INDUCING_HERE: &str = "Making milk for the first time. My baby is here.";
    pub const PATH_PREPARING: &str =
        "Making milk before my baby arrives (for example adoption or surrogacy).";
    pub const BIRTH_DATE: &str = "Baby's birth date (if you like)";
    /// The age in weeks an older plan kept, offered as a help to fill in the birth date.
    pub fn old_age_weeks(weeks: u16) -> String {
        format!(
            "Your plan once said your baby was {weeks} {} old. Add the birth date above so \
            Relact can keep the age up to date.",
            if weeks == 1 { "week" } else { "weeks" }
        )
    }
    pub const DUE_DATE: &str = "When your baby is expected";
    /// The supplement a day now, labelled in the parent's unit.
    pub fn supplement_now(unit: crate::domain::units::Volume) -> String {
        format!("Supplement a day now, in {} (if you like)", super::format::unit_label(unit))
    }
    /// The birth weight field (Settings, and "Baby is here").
    pub const BIRTH_WEIGHT: &str = "Birth weight in grams (if you know it)";
    pub const BIRTH_WEIGHT_HINT: &str = "With the birth weight, Today can tell you if your \
        newborn's weight loss needs checking, and if your baby is back to it in time.";
    /// "Baby is here": the question and its answers.
    pub const BORN_QUESTION: &str = "When was your baby born?";
    pub const BORN_HINT: &str = "Today, or any day before: an older or adopted baby is read by \
        their age, so what Today expects fits them.";
    pub const BABY_HERE_SAVE: &str = "Save: my baby is here";
    pub const BABY_HERE_CANCEL: &str = "Not yet";
    pub const BABY_HERE_UNDONE: &str = "Back to getting ready. Nothing else changed.";
    /// A birth date or weight that was refused; nothing was changed.
    pub fn birth_problem(p: BirthProblem) -> &'static str {
        match p {
            BirthProblem::Future => {
                "That date is after today. Please choose the day your baby \
                was born. Nothing was changed."
            }
            BirthProblem::Year => "Please check the year of the birth date. Nothing was changed.",
            BirthProblem::Weight => {
                "Please check the birth weight: it is in grams, for example \
                3400. Nothing was changed."
            }
        }
    }
    /// A birth date field that was emptied or could not be read.
    pub const BORN_MISSING: &str = "Please choose the day your baby was born.";
    pub const SUPPLEMENT_HINT: &str = "Once your log has supplements from the last three days, \
        Relact uses those instead.";
    pub const OPENING: &str = "Begin with a gentle opening phase (48 hours of short sessions)";
    pub const OPENING_HINT: &str = "A short session about every 2 hours by day and every 3 hours \
        at night, about 15 minutes each; then your plan takes over. Agree the start with your \
        lactation consultant.";
    pub const BABY_HERE: &str = "Baby is here";
    pub const BABY_HERE_SAVED: &str =
        "Welcome, little one. Diapers and supplements are now on Today. Your log is kept.";
    /// Said when a birth date is saved in Settings.
    pub const BIRTH_SAVED: &str = "Birth date saved. Today now reads your baby's signs for \
        their age.";
    pub const PREPARING_TITLE: &str = "Getting ready for your baby";
    pub const PREPARING_NOTE: &str = "Until your baby is here, Today shows pumping only. \
        Diapers and supplements appear when you tap \u{201c}Baby is here\u{201d}.";
    pub const NO_DUE_DATE: &str = "Add the due date in Settings to see a countdown.";

    /// The label of a path.
    pub fn path(p: Path) -> &'static str {
        match p {
            Path::Relactating => PATH_RELACTATING,
            Path::InducingBabyHere => PATH_INDUCING_HERE,
            Path::Preparing => PATH_PREPARING,
        }
    }

    /// After a path is chosen in Settings: what it did to the plan.
    pub const PATH_SAVED: &str =
        "Saved. Your plan now starts from this path; you can change it on the Plan screen.";

    /// The countdown on Today while preparing.
    pub fn countdown(days: i64) -> String {
        match days {
            d if d < 0 => "Your due date has passed. Tap \u{201c}Baby is here\u{201d} when your \
                baby arrives."
                .to_string(),
            0 => "Your baby is due today.".to_string(),
            1 => "1 day until your baby is due.".to_string(),
            d => format!("{d} days until your baby is due."),
        }
    }

    /// Today's line about the journey ahead: one milestone to look forward to, with no date and
    /// nothing "behind". Short, so it fits two lines on the smallest phone. On the inducing paths
    /// a day with no supplement is a goal only if the parent has it.
    pub fn next_milestone(
        next: crate::domain::model::today::NextMilestone,
        path: Path,
    ) -> &'static str {
        use crate::domain::milestones::Kind::*;
        use crate::domain::model::today::NextMilestone::*;
        match next {
            Next(FirstDrops) => "Next on your journey: first drops.",
            // Explained in a few words, and short enough for two lines on the smallest phone.
            Next(LetDown) => "Next: a let-down (tingling, or milk dripping or spraying).",
            Next(BreastChanges) => "Next on your journey: changes in your breasts or chest.",
            Next(SupplementerFeed) => "Next on your journey: nursing with a supplementer.",
            Next(FeedWithoutSupplementer) => {
                "Next on your journey: nursing without a supplementer."
            }
            Next(SupplementsHalved) => "Next on your journey: supplements halved.",
            Next(DayWithoutSupplements) if path != Path::Relactating => {
                "Next, if that is your goal: a whole day with no supplement."
            }
            Next(DayWithoutSupplements) => "Next on your journey: a whole day with no supplement.",
            // Never next (only listed milestones are), but every kind has words.
            Next(Own | Unknown) => "Next on your journey: a milestone of your own.",
            WithBaby => "The next milestones come with your baby.",
            AllReached => "You are past every milestone on the list. Well done.",
        }
    }

    /// The baby's age on Today: days for the first two weeks, then weeks.
    pub fn baby_age(days: i64) -> String {
        match days {
            0 => "Your baby was born today.".to_string(),
            1 => "Your baby is 1 day old.".to_string(),
            d if d < 14 => format!("Your baby is {d} days old."),
            d => format!("Your baby is {} weeks old.", d / 7),
        }
    }

    /// Under the diaper counts: what to look for at the baby's age, from the care table.
    pub fn diapers(stage: DiaperStage) -> String {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        match stage {
            DiaperStage::FirstDays => format!(
                "In the first days wet diapers build up: about {d1} on day 1, {d2} on day 2, {d3} \
                on day 3 and {d4} on day 4, then {} or more heavy ones a day from day {}.",
                care::WET_PER_DAY,
                care::USUAL_FROM_DAY
            ),
            DiaperStage::Young => format!(
                "At your baby's age: {} or more heavy wet diapers and {} or more stools in 24 \
                hours.",
                care::WET_PER_DAY,
                care::STOOLS_PER_DAY
            ),
            DiaperStage::Older => format!(
                "At your baby's age: {} or more heavy wet diapers in 24 hours. Stools may come \
                less often.",
                care::WET_PER_DAY
            ),
            DiaperStage::Unknown => format!(
                "Look for {} or more heavy wet diapers in 24 hours from day {} of life. Add your \
                baby's birth date in Settings for guidance that fits their age.",
                care::WET_PER_DAY,
                care::USUAL_FROM_DAY
            ),
        }
    }

    /// The opening phase's card on the Plan.
    pub const OPENING_TITLE: &str = "Your first 48 hours: the opening phase";

    /// The opening phase on Today.
    pub fn opening(ends: &str) -> String {
        format!(
            "Opening phase until {ends}: a short session of about 15 minutes, about every 2 hours \
             by day and every 3 hours at night."
        )
    }

    /// Instead of the day's plan while the opening phase runs.
    pub fn plan_after(ends: &str) -> String {
        format!("Your daily plan of sessions begins when the opening phase ends, on {ends}.")
    }

    /// The Guide's section per path.
    pub const GUIDE_TITLE: &str = "Where you start";
    pub const GUIDE: &[super::guide::Section] = &[
        super::guide::Section {
            heading: "Bringing your milk back",
            paragraphs: &[
                "Your baby is here, and your milk stopped or dropped. Bringing it back is often \
                 possible. A review by the World Health Organization (1998) found that most \
                 parents who wanted to relactate could, and that a baby who is willing to suckle \
                 helps the most. Milk can come back within days; for some it takes a few weeks.",
                "Some parents reach a full supply and some a part of it. Both are real progress.",
            ],
            points: &[
                "Nurse or pump often: 8 or more times in 24 hours, one of them at night.",
                "Keep giving the supplement your baby needs. Lower it only slowly, with your \
                 lactation consultant.",
                "Ask your lactation consultant for a plan that fits you and your baby.",
            ],
        },
        super::guide::Section {
            heading: "Making milk for the first time, with your baby here",
            paragraphs: &[
                "Making milk without a recent pregnancy is possible (World Health Organization \
                 review, 1998). It is less often enough for all of a baby's needs, and every \
                 amount you make counts.",
                "Nursing with a supplementer at the breast or chest lets your baby get what they \
                 need while they help build your supply.",
            ],
            points: &[
                "Relact starts you with 10 sessions a day; you can change that on the Plan screen.",
                "Watch the diapers: they tell you your baby is getting enough.",
                "Ask your lactation consultant how to combine nursing, pumping and supplements.",
            ],
        },
        super::guide::Section {
            heading: "Getting ready before your baby arrives",
            paragraphs: &[
                "If you are adopting, or a surrogate or your partner is carrying your baby, you \
                 can start making milk before your baby comes. In the protocols by Newman and \
                 Goldfarb (2002), pumping starts about 6 weeks before the due date, together \
                 with a prescribed part that only a doctor decides with you (Relact does not plan \
                 it). Without that part, ask your lactation consultant when to begin.",
                "Their pumping instructions begin gently: for the first 48 hours, a short session \
                 about every 2 hours by day and every 3 hours at night; then 8 to 12 a day, about \
                 every 3 hours. A short session is about 15 minutes: pump 5 to 7 minutes, stroke \
                 and massage gently, then pump 5 to 7 minutes more.",
            ],
            points: &[
                "Today counts down to your due date and shows pumping only.",
                "When your baby arrives, tap \u{201c}Baby is here\u{201d} in Relact. Your \
                 log is kept.",
                "Ask your lactation consultant when to start and how often to pump.",
            ],
        },
    ];
}

/// Warning signs: on Today when the log shows one, at the top of the Guide and on the printed plan.
/// Kind and plain, with who to call; never alarming, never falsely reassuring. Every number comes
/// from the care table ([`crate::domain::care`]) through a placeholder.
pub mod warning {
    use crate::domain::care::{self, Urgency};
    use crate::domain::warning::Sign;

    /// The heading of the box on Today for signs worth a call today.
    pub const TODAY_TITLE: &str = "Worth a call today";
    /// The heading of the box on Today for a sign that needs help now.
    pub const NOW_TITLE: &str = "Get help now";
    /// Under a sign read from counts: the log may simply be incomplete.
    pub const MAYBE_MISSED: &str = "If some were not logged, add them.";
    /// Who to call when a sign is real.
    pub const CALL_TODAY: &str = "If the log is right, please call your baby's doctor today.";
    /// What to do when a "get help now" sign is real.
    pub const GET_HELP_NOW: &str = "If it is right, get help now: go to urgent care or call your \
        local emergency number.";

    /// The "get help now" list's heading (Today's expandable line, the Guide, the printed plan).
    pub const URGENT_TITLE: &str =
        "Get help now (urgent care or your local emergency number) if your baby";
    /// Today's one line that opens the list.
    pub const URGENT_OPEN: &str = "When to get help now";

    /// The signs only a parent can see, and the long dry spell: each means get help now.
    pub fn urgent_signs() -> Vec<String> {
        vec![
            format!("has had no wet diaper for {} hours or more", care::DRY_NOW_HOURS),
            "is floppy, very hard to wake, or too sleepy to feed".to_string(),
            format!(
                "is under {} months old and has a temperature of {} \u{b0}C or more",
                care::FEVER_UNDER_MONTHS,
                care::FEVER_C
            ),
            "has trouble breathing, or blue or grey lips or skin".to_string(),
            "has a sunken soft spot on the head, a dry mouth and no tears".to_string(),
            "vomits green, or vomits forcefully again and again".to_string(),
            format!(
                "has yellow skin in the first {} hours of life, or yellow skin that is deepening \
                while your baby is sleepy",
                care::JAUNDICE_EARLY_HOURS
            ),
        ]
    }

    /// The heading of the list of signs worth a call, in the Guide and on the printed plan.
    pub const SIGNS_TITLE: &str = "Call your baby's doctor today if";

    /// The signs worth a call today, in the Guide and on the printed plan: short, so the Guide
    /// still prints on a few pages.
    pub fn signs() -> Vec<String> {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        let band = care::GAIN_BANDS[0];
        vec![
            format!(
                "Fewer wet diapers in 24 hours than about {d1} on day 1, {d2} on day 2, {d3} on \
                day 3, {d4} on day 4, then {wet} or more heavy ones.",
                wet = care::WET_PER_DAY
            ),
            format!(
                "From day {from} to {weeks} weeks, fewer than {n} stools in 24 hours.",
                from = care::USUAL_FROM_DAY,
                weeks = care::STOOLS_UNTIL_WEEKS,
                n = care::STOOLS_PER_DAY
            ),
            format!(
                "After day {day}, no wet diaper for {h} hours while awake and feeding, or dark \
                urine or orange-pink crystals.",
                day = care::DRY_CALL_FROM_DAY - 1,
                h = care::DRY_CALL_HOURS
            ),
            format!(
                "In the first {weeks} weeks, fewer than {n} feeds in 24 hours.",
                weeks = care::FEEDS_UNTIL_AGE / 7,
                n = care::FEEDS_PER_DAY
            ),
            format!(
                "A newborn has lost {check}% of birth weight (feeding needs checking) or \
                {medical}% (a medical check), still loses after day {falling}, or is not back to \
                birth weight by {back} days.",
                check = care::LOSS_CHECK_PCT,
                medical = care::LOSS_MEDICAL_PCT,
                falling = care::STOPS_FALLING_AGE,
                back = care::BACK_BY_AGE
            ),
            format!(
                "From {from} weeks to {until} months, a gain under about {g} g a week, or any \
                loss; later, well under the usual gain for the age.",
                from = band.from_age / 7,
                until = band.until_months,
                g = band.min_g_per_week
            ),
            "Still hungry after the planned supplement: give more. The plan is a guide, never a \
            limit."
                .to_string(),
        ]
    }

    /// "1 wet diaper", "3 wet diapers".
    pub fn wet_diapers(n: u32) -> String {
        match n {
            1 => "1 wet diaper".into(),
            n => format!("{n} wet diapers"),
        }
    }

    /// "1 stool", "3 stools".
    pub fn stools(n: u32) -> String {
        match n {
            1 => "1 stool".into(),
            n => format!("{n} stools"),
        }
    }

    /// "1 feed", "3 feeds".
    pub fn feeds(n: u32) -> String {
        match n {
            1 => "1 feed".into(),
            n => format!("{n} feeds"),
        }
    }

    /// "1 hour", "10 hours".
    pub fn hours(n: u32) -> String {
        match n {
            1 => "1 hour".into(),
            n => format!("{n} hours"),
        }
    }

    /// Grams as kilograms, "3.45 kg".
    fn kg(grams: u32) -> String {
        format!("{:.2} kg", grams as f64 / 1000.0)
    }

    /// What one sign on Today says: what the log shows (a count is never said as a fact about
    /// the baby), and what the care table expects.
    pub fn sign(s: &Sign) -> String {
        match *s {
            Sign::FewWet { wet, expected, hours: h } => format!(
                "The log shows {} in the last {}. At your baby's age, about {expected} or more are \
                expected in that time.",
                wet_diapers(wet),
                hours(h)
            ),
            Sign::FewStools { stools: n, expected, hours: h } => format!(
                "The log shows {} in the last {}. At your baby's age, about {expected} or more are \
                expected in that time.",
                stools(n),
                hours(h)
            ),
            Sign::FewFeeds { feeds: n, expected, hours: h } => format!(
                "The log shows {} in the last {}. In the first weeks, a baby feeds about \
                {expected} or more times in that time.",
                feeds(n),
                hours(h)
            ),
            Sign::DryFor { hours: h } => format!(
                "No wet diaper has been logged for {} while your baby was awake and feeding.",
                hours(h as u32)
            ),
            Sign::DryLong { hours: h } => format!(
                "No wet diaper has been logged for {}. If your baby had one that is not in the \
                log yet (overnight, say), check and add it.",
                hours(h as u32)
            ),
            Sign::DarkUrine => "A diaper in the last 24 hours had dark urine or orange-pink \
                crystals. After the first days, that is a sign your baby needs more milk."
                .to_string(),
            Sign::NewbornLoss { pct, medical: false } => format!(
                "Your baby's latest weight is {pct}% under the birth weight. From {}%, feeding \
                needs checking.",
                care::LOSS_CHECK_PCT
            ),
            Sign::NewbornLoss { pct, medical: true } => format!(
                "Your baby's latest weight is {pct}% under the birth weight. From {}%, your baby \
                needs a medical check.",
                care::LOSS_MEDICAL_PCT
            ),
            Sign::WeightDown { from_g, to_g } => format!(
                "Your baby's latest weight, {}, is lower than the one before, {}.",
                kg(to_g),
                kg(from_g)
            ),
            Sign::NotBackToBirth { birth_g, latest_g } => format!(
                "Your baby's latest weight, {}, is still under the birth weight, {}. Most babies \
                are back to it by {} days.",
                kg(latest_g),
                kg(birth_g),
                care::BACK_BY_AGE
            ),
            Sign::SlowGain { g_per_week, min_g_per_week } if g_per_week <= 0 => format!(
                "Your baby has not gained since the weighing a week or more before. At this age, \
                a gain under about {min_g_per_week} g a week is worth a call."
            ),
            Sign::SlowGain { g_per_week, min_g_per_week } => format!(
                "Your baby gained about {g_per_week} g a week since the weighing a week or more \
                before. At this age, under about {min_g_per_week} g a week is worth a call."
            ),
        }
    }

    /// The box's closing line for a level: who to call, and when.
    pub fn act(u: Urgency) -> &'static str {
        match u {
            Urgency::CallToday => CALL_TODAY,
            Urgency::Now => GET_HELP_NOW,
        }
    }

    /// The box's heading for a level.
    pub fn title(u: Urgency) -> &'static str {
        match u {
            Urgency::CallToday => TODAY_TITLE,
            Urgency::Now => NOW_TITLE,
        }
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

    pub const INTRO: &str = "This guide is for parents who want to bring back their milk. This is \
        called relactation. It is also for parents who want to make milk without having given \
        birth, for example for an adopted baby. This is called induced lactation.";
    /// The intro's second paragraph: the words used, and what the guide is not. (Two paragraphs
    /// also keep the loading screen's text the first screen's largest paint.)
    pub const INTRO_WORDS: &str = "We say breast; some parents say chest. Use the word that fits \
        you. This guide is general information, not medical advice.";
    /// The box at the top of the guide: the routine, the warning signs and who to call.
    pub const AT_A_GLANCE: &str = "At a glance";
    pub const ROUTINE: &[&str] = &[
        "Pump, hand express or nurse 8 to 12 times in 24 hours, night included.",
        "Give supplements with a cup or an at-breast supplementer, rather than a bottle.",
        "Spend time skin to skin, and offer the breast or chest for comfort often.",
        "For help, talk to your baby's doctor, a lactation consultant or a La Leche League Leader.",
    ];
    pub const PRINT: &str = "Print the guide";
    pub const PRINT_HELP: &str =
        "Print opens your browser's print window with a preview. Choose a \
        printer, or choose Save as PDF to keep a copy. You can pick which pages to print there.";
    pub const HELP: &str = "For advice about you and your baby, talk to your baby's doctor, a \
        lactation consultant or a La Leche League Leader near you.";
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
                "It takes time, patience and a baby who is willing to latch. The first milk can \
                 take days or a few weeks to appear. Some parents make all the milk their baby \
                 needs. Others keep giving some supplement as well. Both are good outcomes: every \
                 drop of your milk matters.",
                "While you build your supply, watch your baby's diapers and weight. They show \
                 whether your baby is getting enough milk.",
            ],
            points: &[],
        },
        Section {
            heading: "Stimulating your breasts",
            paragraphs: &[
                "Milk is made when milk is removed. Emptying your breasts more often usually \
                 makes more milk.",
            ],
            points: &[
                "Hand express or pump 8 to 12 times a day.",
                "Give each session 20 to 30 minutes.",
                "Include the night: at least one session while you would usually sleep.",
                "Try to empty your breasts fully and often. This helps your supply grow. It also \
                 helps prevent plugged ducts and breast infections (mastitis).",
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
                "Let your baby nurse for as long as they like. There is no time limit.",
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
                "Use a small cup rather than a bottle. Hold your baby upright. Rest the cup on the \
                 lower lip and tip it just until the milk touches the lip. Let your baby sip or lap \
                 at their own pace. Never pour milk into the mouth.",
                "Or use an at-breast supplementer. This is a thin tube taped next to the nipple. \
                 Your baby gets the supplement while nursing. Your breast is stimulated at the same \
                 time.",
                "Relact's plan can help you reduce supplements slowly. Agree the pace with your \
                 lactation consultant, and keep watching diapers and weight.",
            ],
        },
        Section {
            heading: "When to call for help",
            paragraphs: &[
                "Reach out soon if something worries you; you do not need to wait. The signs in \
                 your baby are at the top of this guide. For your own body:",
            ],
            points: &[
                "Pain, cracks or bleeding: ask your lactation consultant to check the latch or the \
                 pump's flange size.",
                "A hard, red, hot area with a fever or flu-like feeling: call a doctor within 24 \
                 hours, and keep the milk moving.",
                "Rest and help at home matter. Low mood or worry lasting two weeks or more is worth \
                 telling a doctor or midwife.",
                "Call your baby's doctor if you are unsure your baby is getting enough milk.",
            ],
        },
        Section {
            heading: "Herbs and medicines",
            paragraphs: &[
                "Some parents ask about galactagogues: herbs or medicines said to increase milk. \
                 Please talk with a doctor who knows breastfeeding before you take any. They will \
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
                "La Leche League also runs online support groups. They are for parents who are \
                 relactating or inducing lactation.",
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

/// The printed plan and its day log sheet.
pub mod printout {
    pub const PRINT_PLAN: &str = "Print my plan and a day log sheet";
    pub const PLAN_TITLE: &str = "My Relact plan";
    /// The sheet lists every planned session of the 24 hours, day and night.
    pub const SHEET_TITLE: &str = "Day log sheet (24 hours, night included)";
    pub const SHEET_HELP: &str = "Fill this in by hand, day or night; add it to Relact later.";
    pub const DATE_LINE: &str = "Date: ____________________";
    pub const COL_PLANNED: &str = "Planned";
    pub const COL_TIME: &str = "Time started";
    pub const COL_SIDE: &str = "Side (L / R / both)";
    pub const COL_MINUTES: &str = "Minutes";
    /// The left breast's milk column's heading, in the parent's unit.
    pub fn col_left(unit: crate::domain::units::Volume) -> String {
        format!("Milk left ({})", super::format::unit_label(unit))
    }
    /// The right breast's milk column's heading, in the parent's unit.
    pub fn col_right(unit: crate::domain::units::Volume) -> String {
        format!("Milk right ({})", super::format::unit_label(unit))
    }
    /// The supplement column's heading, in the parent's unit.
    pub fn col_supplement(unit: crate::domain::units::Volume) -> String {
        format!("Supplement ({}, how)", super::format::unit_label(unit))
    }
    /// The fridge reminders' heading; the reminders are the guide's "at a glance" routine.
    pub const REMINDERS: &str = "Remember";
    pub const COL_DIAPERS: &str = "Diapers (wet / dirty)";
    pub const SESSIONS_LINE: &str = "Sessions a day";
    /// The planned supplement on the fridge sheet, with the day it is for: the sheet stays up
    /// for days while the amount steps down.
    pub fn planned_on(day: &str, amount: &str) -> String {
        format!("Planned supplement for {day} (a guide, not a limit): {amount}")
    }
    /// A planned time in the sheet's first column: "03:00 (night)" in the sleeping hours.
    pub fn sheet_time(time: &str, night: bool) -> String {
        if night {
            format!("{time} (night)")
        } else {
            time.to_string()
        }
    }
    /// Under the sheet's title: what the rows after the planned ones are for.
    pub const SHEET_SPARE: &str = "The rows after the planned times are spare: for extra feeds \
        and for supplements given by cup, spoon or bottle.";
    pub const NO_STEP_DOWN: &str = "No step-down planned";
    pub const FOOTER: &str =
        "Made with Relact. Your data stays on your phone. For personal advice, \
        talk to your baby's doctor, a lactation consultant or your local La Leche League Leader.";
}

/// Backups, CSV and storage, in Settings.
pub mod backup {
    use super::{Arg, Msg};
    use crate::domain::backup::{Refused, Rejected};

    pub const TITLE: Msg = Msg("backup-title");
    pub const EXPORT: Msg = Msg("backup-export");
    pub const EXPORT_HELP: Msg = Msg("backup-export-help");
    pub const EXPORTED: Msg = Msg("backup-exported");
    pub const CSV: Msg = Msg("backup-csv");
    pub const CSV_SAVED: Msg = Msg("backup-csv-saved");
    pub const IMPORT: Msg = Msg("backup-import");
    pub const IMPORT_HELP: Msg = Msg("backup-import-help");
    pub const READING: Msg = Msg("backup-reading");
    pub const CONFIRM: Msg = Msg("backup-confirm");
    pub const CANCEL: Msg = Msg("backup-cancel");
    pub const IMPORTED: Msg = Msg("backup-imported");
    pub const NOTHING_TO_DO: Msg = Msg("backup-nothing-to-do");

    /// Where "Add these to my log" was tapped, once it is done: what was added, counted.
    pub fn added(new: usize, updated: usize) -> String {
        match (new, updated) {
            (0, 0) => Msg("backup-added-nothing").into(),
            (n, 0) => Msg("backup-added-new").with(&[("new", n.into())]),
            (0, u) => Msg("backup-added-updated").with(&[("updated", u.into())]),
            (n, u) => Msg("backup-added-both").with(&[("new", n.into()), ("updated", u.into())]),
        }
    }
    pub const CANNOT_READ_FILE: Msg = Msg("backup-cannot-read-file");
    pub const LEFT_OUT: Msg = Msg("backup-left-out");
    pub const ENTRY: Msg = Msg("backup-entry");
    pub const FAILED: Msg = Msg("backup-failed");
    pub const CLEAR: Msg = Msg("backup-clear");
    pub const CLEAR_ASK: Msg = Msg("backup-clear-ask");
    /// Says exactly what "delete everything" keeps unless the parent asks.
    pub const CLEAR_KEEPS: Msg = Msg("backup-clear-keeps");
    pub const CLEAR_SETTINGS_TOO: Msg = Msg("backup-clear-settings-too");
    pub const CLEAR_YES: Msg = Msg("backup-clear-yes");
    pub const CLEARED: Msg = Msg("backup-cleared");
    pub const CLEARED_ALL: Msg = Msg("backup-cleared-all");
    /// "Delete everything" on a phone that shares its log: what happens to the other phones.
    pub const CLEAR_SHARED_ASK: Msg = Msg("backup-clear-shared-ask");
    pub const CLEARED_SHARED: Msg = Msg("backup-cleared-shared");
    pub const CLEARED_SHARED_ALL: Msg = Msg("backup-cleared-shared-all");
    /// The import summary's offer of the backup's own plan and settings.
    pub const SETTINGS_IN_FILE: Msg = Msg("backup-settings-in-file");
    pub const SETTINGS_RESTORE: Msg = Msg("backup-settings-restore");
    pub const SETTINGS_SAME: Msg = Msg("backup-settings-same");
    pub const IMPORTED_WITH_SETTINGS: Msg = Msg("backup-imported-with-settings");

    /// The backup's plan and units, in a line.
    pub fn settings_line(s: &crate::domain::settings::Settings) -> String {
        let p = &s.plan;
        let unit = match s.volume {
            crate::domain::units::Volume::Ml => Msg("backup-unit-ml"),
            crate::domain::units::Volume::Oz => Msg("backup-unit-oz"),
        };
        let plan =
            super::progress::summary_plan(p.sessions_per_day, p.session_minutes, p.night_sessions);
        let args = [("plan", plan.as_str().into()), ("unit", unit.get().into())];
        match &p.step_down {
            Some(sd) => {
                let from = super::format::volume(s.volume, sd.start_ml);
                Msg("backup-settings-line-step").with(&[
                    args[0],
                    args[1],
                    ("amount", from.as_str().into()),
                ])
            }
            None => Msg("backup-settings-line").with(&args),
        }
    }
    pub const STORAGE: Msg = Msg("backup-storage");
    pub const PERSISTENT: Msg = Msg("backup-persistent");
    pub const NOT_PERSISTENT: Msg = Msg("backup-not-persistent");

    /// The import summary line.
    pub fn summary(new: usize, updated: usize, unchanged: usize, rejected: usize) -> String {
        Msg("backup-summary").with(&[
            ("new", new.into()),
            ("updated", updated.into()),
            ("unchanged", unchanged.into()),
            ("rejected", rejected.into()),
        ])
    }

    /// Space used, in megabytes.
    pub fn used(bytes: f64) -> String {
        Msg("backup-used").with(&[("megabytes", Arg::decimal(bytes / 1_048_576.0, 1))])
    }

    /// Why a whole file was refused.
    pub fn refused(r: &Refused) -> String {
        match r {
            Refused::Empty => Msg("backup-refused-empty").into(),
            Refused::TooLarge => Msg("backup-refused-too-large").into(),
            Refused::NotJson => Msg("backup-refused-not-json").into(),
            Refused::NotRelact => Msg("backup-refused-not-relact").into(),
            Refused::SpreadsheetExport => Msg("backup-refused-spreadsheet").into(),
            Refused::NewerVersion(v) => {
                Msg("backup-refused-newer").with(&[("version", (*v).into())])
            }
            Refused::BadEntries => Msg("backup-refused-bad-entries").into(),
            Refused::BrokenCharacter => Msg("backup-refused-broken-character").into(),
            Refused::NothingUsable(why) => {
                let mut out = String::from(Msg("backup-refused-nothing-usable").get());
                for (i, reason) in why.iter().take(REASONS_SHOWN) {
                    out.push(' ');
                    out += &Msg("backup-refused-entry")
                        .with(&[("number", (i + 1).into()), ("reason", rejected(reason).into())]);
                }
                if why.len() > REASONS_SHOWN {
                    out.push(' ');
                    out += &Msg("backup-refused-more")
                        .with(&[("count", (why.len() - REASONS_SHOWN).into())]);
                }
                out
            }
        }
    }

    /// How many reasons a refused file lists before "And N more".
    const REASONS_SHOWN: usize = 5;

    /// Why one entry was left out.
    pub fn rejected(r: &Rejected) -> &'static str {
        match r {
            Rejected::Unreadable => Msg("backup-rejected-unreadable").get(),
            Rejected::BadId => Msg("backup-rejected-bad-id").get(),
            Rejected::BadStamps => Msg("backup-rejected-bad-stamps").get(),
            Rejected::Invalid(why) => super::invalid(*why),
        }
    }
}

/// Reminders at planned times while the app is open.
pub mod reminder {
    use super::Msg;

    pub const START: Msg = Msg("reminder-start");
    pub const LATER: Msg = Msg("reminder-later");
    pub const ALLOW: Msg = Msg("reminder-allow");
    pub const ALLOW_HELP: Msg = Msg("reminder-allow-help");
    pub const ALLOWED: Msg = Msg("reminder-allowed");
    pub const BLOCKED: Msg = Msg("reminder-blocked");
    pub const UNSUPPORTED: Msg = Msg("reminder-unsupported");

    /// The reminder sentence: `at` is the planned time as the parent's clock shows it.
    pub fn due(at: &str) -> String {
        Msg("reminder-due").with(&[("time", at.into())])
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
    pub const NO_WEIGHT: &str = "No weights logged in this range yet.";
    pub const PRINT: &str = "Print for my consultant";

    pub const SUMMARY_DAYS: &str = "Days in the printed summary";
    pub const SUMMARY_NOTES: &str = "Notes for your consultant (optional, printed, not saved)";
    pub const SUMMARY_TITLE: &str = "Summary for my lactation consultant";
    pub const SUMMARY_PLAN: &str = "Plan in force";
    /// Calendar days, as the table counts them (not rolling 24 hours).
    pub const SUMMARY_TABLE: &str = "Day by day (per day, midnight to midnight)";
    pub const COL_NIGHT: &str = "Night";
    pub const COL_BREAK: &str = "Longest break";
    /// The log's own notes, under the table.
    pub const SUMMARY_LOG_NOTES: &str = "Notes from the log";
    /// The planned supplement's key on the printed chart: each day's own amount.
    pub const PLANNED_KEY: &str = "planned that day (a guide, not a limit)";

    /// The path in the words of Settings → Your journey, then the baby's age on the print day
    /// (or the due date while preparing), when the parent gave it.
    pub fn summary_path(
        j: &crate::domain::model::consultant::SummaryJourney,
        today: chrono::NaiveDate,
    ) -> String {
        let path = format!("Path: {}", super::journey::path(j.path));
        let age = |days: i64| match days {
            1 => "1 day".to_string(),
            d if d < 14 => format!("{d} days"),
            d => format!("{} weeks", d / 7),
        };
        let when = match (j.age_days, j.due, j.plan_age_weeks) {
            (Some(0), _, _) => {
                Some(format!("Baby born today, {}.", super::format::full_date(today)))
            }
            (Some(d), _, _) => {
                Some(format!("Baby's age on {}: {}.", super::format::full_date(today), age(d)))
            }
            (None, Some((due, 0)), _) => {
                Some(format!("Baby due today, {}.", super::format::full_date(due)))
            }
            (None, Some((due, d)), _) if d < 0 => {
                Some(format!("Baby was due {}.", super::format::full_date(due)))
            }
            (None, Some((due, d)), _) => Some(format!(
                "Baby due {}, in {}.",
                super::format::full_date(due),
                if d == 1 { "1 day".to_string() } else { format!("{d} days") }
            )),
            (None, None, Some(w)) => Some(format!("Baby's age, as set in the plan: {w} weeks.")),
            (None, None, None) => None,
        };
        match when {
            Some(w) => format!("{path} {w}"),
            None => path,
        }
    }

    /// A longest break in a table cell ("5 h 40", kept short for a narrow column), or a dash.
    pub fn break_cell(ms: Option<crate::domain::Millis>) -> String {
        ms.map_or_else(
            || "–".into(),
            |ms| {
                let m = ms / 60_000;
                format!("{} h {:02}", m / 60, m % 60)
            },
        )
    }

    /// How much of the supplement went with a feed (the link saved by the timer).
    pub fn with_feed(
        with_ml: crate::domain::units::Total,
        total_ml: crate::domain::units::Total,
        unit: crate::domain::units::Volume,
    ) -> String {
        format!(
            "Supplement given with a feed (during it, with an at-breast supplementer, or right \
             after): {} of {}.",
            super::format::volume(unit, with_ml),
            super::format::volume(unit, total_ml),
        )
    }

    /// The range's night sessions and longest break, under the table.
    pub fn range_facts(night: u32, longest: Option<crate::domain::Millis>) -> String {
        let longest = match longest {
            Some(ms) => super::plan::hours((ms / 60_000) as i32),
            None => "–".into(),
        };
        format!("Night sessions in these days: {night}. Longest break: {longest}.")
    }

    /// A weight in the summary's "Weight (kg)" column.
    pub fn kg_cell(v: f64) -> String {
        format!("{v:.2}")
    }

    /// When a note from the log was written: "Thu 12 Nov 09:40".
    pub fn note_when(day: &str, time: &str) -> String {
        format!("{day} {time}")
    }

    /// A note's heading before its words: "Thu 12 Nov 09:40 · Nursing: ".
    pub fn note_heading(when: &str, who: &str) -> String {
        format!("{when} · {who}: ")
    }

    /// Who wrote the note: the session's kind, or a supplement.
    pub fn note_of(kind: Option<crate::domain::entry::SessionKind>) -> &'static str {
        kind.map_or("Supplement", super::timer::running)
    }
    pub const SUMMARY_NOTES_TITLE: &str = "My notes";
    pub const COL_DATE: &str = "Date";
    pub const COL_SESSIONS: &str = "Sessions";
    pub const COL_MINUTES: &str = "Minutes";
    /// The summary table's volume headings, in the parent's unit: expressed, supplement by cup,
    /// at the breast, and any other way.
    pub fn col_volumes(unit: crate::domain::units::Volume) -> [String; 4] {
        let u = super::format::unit_label(unit);
        [
            format!("Expressed ({u})"),
            format!("Suppl. cup ({u})"),
            format!("Suppl. at-breast ({u})"),
            format!("Suppl. other ({u})"),
        ]
    }
    pub const COL_WET: &str = "Wet";
    pub const COL_DIRTY: &str = "Dirty";
    pub const COL_WEIGHT: &str = "Weight (kg)";

    /// The totals row: the finished days only.
    pub fn total_of_days(days: u32) -> String {
        match days {
            1 => "Total, 1 whole day".to_string(),
            n => format!("Total, {n} whole days"),
        }
    }

    /// The row under the totals.
    pub const AVERAGE_ROW: &str = "Average a day";

    /// Today's row, which is not over ("Thu 12 Nov, so far").
    pub fn today_so_far(day: &str) -> String {
        format!("{day}, so far")
    }

    /// Under the range line: today is in the table, apart.
    pub fn today_apart(day: &str) -> String {
        format!(
            "Today ({day}) is not over: its row says \"so far\" and it is left out of the totals, \
            the averages and the charts."
        )
    }

    /// The printed summary's step-down section.
    pub const STEP_TITLE: &str = "Supplement step-down";

    /// When the step-down began, from what amount, and where that amount came from.
    pub fn step_began(
        day: &str,
        amount: &str,
        source: Option<crate::domain::model::step_start::StartSource>,
    ) -> String {
        use crate::domain::model::step_start::StartSource;
        match source {
            Some(StartSource::Log { days: 3 }) => format!(
                "Began on {day} at {amount} a day: the average of the 3 days before it in the log."
            ),
            Some(StartSource::Log { days: 1 }) => format!(
                "Began on {day} at {amount} a day: the one day logged in the 3 days before it."
            ),
            Some(StartSource::Log { days }) => format!(
                "Began on {day} at {amount} a day: the average of the {days} days logged in the 3 \
                days before it."
            ),
            Some(StartSource::Said) => format!(
                "Began on {day} at {amount} a day: the amount given at the start in Settings → \
                Your journey."
            ),
            None => format!("Began on {day} at {amount} a day, an amount set on the Plan."),
        }
    }

    /// Today's planned amount in the printed step-down section.
    pub fn step_today(day: &str, amount: &str) -> String {
        format!("Planned for today, {day}: {amount} (a guide, not a limit).")
    }

    /// The heading of the step-down's steps, holds and steps back in the summary's days.
    pub const STEP_CHANGES: &str = "Steps, holds and steps back in these days";
    pub const STEP_NO_CHANGES: &str = "No step, hold or step back in these days.";

    /// One step, hold or step back: its day, the amount planned from it, and what happened and
    /// why, in the Plan's own words ("held: fewer than 6 wet diapers yesterday").
    pub fn step_change(day: &str, amount: &str, what: &str) -> String {
        format!("{day}: {amount}, {what}")
    }

    /// The date range line of the printed summary.
    pub fn summary_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        format!("{} to {}", super::format::full_date(from), super::format::full_date(to))
    }

    /// The plan line of the printed summary.
    pub fn summary_plan(sessions: u8, minutes: u8, night: u8) -> String {
        format!("{sessions} sessions a day of {minutes} minutes, {night} of them at night.")
    }

    /// Said after a fall in what the baby shows (wet diapers, weight): never "normal".
    pub const WATCH: &str = "That is fewer than before. If this goes on, talk to your baby's \
        doctor or your lactation consultant.";

    /// A plain sentence about how a measure moved, read as the domain says it should be.
    pub fn trend(
        what: &str,
        from: &str,
        to: &str,
        days: i64,
        movement: crate::domain::stats::Movement,
    ) -> String {
        use crate::domain::stats::Movement::*;
        let span = if days >= 14 {
            format!("the last {} weeks", days / 7)
        } else {
            format!("the last {} days", days + 1)
        };
        // A fall in what the baby shows is said even when it rounds to the same shown number.
        if movement == DownWatch {
            return format!("{what} is down from {from} to {to} a day over {span}. {WATCH}");
        }
        if from == to || movement == Steady {
            return format!("{what} has stayed at about {to} a day over {span}.");
        }
        match movement {
            UpKeepGoing => {
                format!("{what} is up from {from} to {to} a day over {span}. Keep going.")
            }
            Up => format!("{what} is up from {from} to {to} a day over {span}."),
            DownGoodProgress => {
                format!("{what} is down from {from} to {to} a day over {span}. Good progress.")
            }
            DownWatchSigns => format!(
                "{what} is down from {from} to {to} a day over {span}. Your baby's wet diapers, \
                stools or weight did not show what is expected every day (or were not logged), \
                so keep a close eye on them with your lactation consultant."
            ),
            _ => format!(
                "{what} is down from {from} to {to} a day over {span}. Ups and downs are normal."
            ),
        }
    }

    /// The weight chart's sentence: first and last weight logged in the range (kg), and a word to
    /// watch if the baby weighs less.
    pub fn weight(first_g: Option<u32>, last_g: Option<u32>, count: usize) -> String {
        use crate::domain::stats::{movement, Measure, Movement};
        match (first_g, last_g) {
            (Some(a), Some(z)) if count > 1 => {
                let line = format!(
                    "{WEIGHT}: {:.2} kg to {:.2} kg in this range.",
                    a as f64 / 1000.0,
                    z as f64 / 1000.0
                );
                if movement(Measure::Baby, a as f64, z as f64) == Movement::DownWatch {
                    format!(
                        "{line} Your baby weighs less than before. Please call your baby's \
                        doctor today."
                    )
                } else {
                    line
                }
            }
            (Some(a), _) => format!("{WEIGHT}: {:.2} kg.", a as f64 / 1000.0),
            _ => NO_WEIGHT.to_string(),
        }
    }

    /// Today's values, shown apart from the chart because the day is not over.
    pub fn so_far(values: &str) -> String {
        // Charts count calendar days; Today counts from waking, so this says which day it means.
        format!("Today so far, since midnight: {values}.")
    }

    /// Wet diapers a day on a chart's sentence ("6 wet", "6.4 wet"), with `decimals` from the
    /// progress model's rule.
    pub fn wet_a_day(v: f64, decimals: usize) -> String {
        format!("{v:.decimals$} wet")
    }

    /// Minutes a day on a chart's sentence.
    pub fn minutes_a_day(v: f64) -> String {
        format!("{v:.0} min")
    }

    /// A weight in kilograms, as the chart and its table write it.
    pub fn kg(v: f64) -> String {
        format!("{v:.2} kg")
    }

    /// Today's diapers so far on the diaper chart.
    pub fn diapers_so_far(wet: f64, dirty: f64) -> String {
        format!("{wet:.0} wet, {dirty:.0} dirty")
    }

    /// Said when a chart has too little data for a trend.
    pub fn early(what: &str) -> String {
        format!("{what}: a few more days of logging will show a trend.")
    }

    pub const JOURNEY: &str = "Your milestones";
    pub const JOURNEY_NONE: &str = "Milestones appear here as you reach them: from the log, or \
        ticked by you. Every journey has its own pace.";
    pub const AHEAD: &str = "Still ahead";
    pub const TICK: &str = "Mark a milestone";
    pub const TICK_WHICH: &str = "Milestone";
    pub const TICK_DAY: &str = "Day";
    pub const TICK_OWN: &str = "Your own words";
    pub const TICK_ADD: &str = "Add";
    pub const TICK_DAY_MISSING: &str = "Please choose the day.";
    pub const FROM_LOG: &str = "from your log";
    /// Said when a milestone marked by hand is taken back from the timeline, with Undo.
    pub const MARK_REMOVED: &str = "Milestone removed.";
    pub const MARK_UNDO: &str = "Undo";
    pub const MARK_RESTORED: &str = "Milestone back on your timeline.";

    /// The accessible name of the button that takes back a milestone marked by hand.
    pub fn mark_remove_label(name: &str, day: &str) -> String {
        format!("Remove the milestone {name}, {day}")
    }
    pub const SHARE_TITLE: &str = "From the breast";
    /// The share tables' columns (the Plan's step-down, the printed summary).
    pub const SHARE_COL_BREAST: &str = "From the breast";
    pub const SHARE_COL_WEIGHED: &str = "Test weighing";

    /// The printed share table's supplement column, in the parent's unit.
    pub fn share_col_supplement(unit: crate::domain::units::Volume) -> String {
        format!("Supplement ({})", super::format::unit_label(unit))
    }

    /// How the share's baseline was chosen: the one sentence Progress, the Plan and the printed
    /// summary all say under their shares, with the amount in the parent's unit.
    pub fn share_baseline(
        b: &crate::domain::milestones::Baseline,
        vol: &dyn Fn(u32) -> String,
    ) -> String {
        use crate::domain::milestones::BaselineSource;
        let amount = vol(b.ml);
        match b.source {
            BaselineSource::Said => format!(
                "Measured against {amount} of supplement a day at the start, the amount given in \
                Settings → Your journey."
            ),
            BaselineSource::FirstWeek { first, last, days, complete } => {
                let (from, to) = (super::format::day_month(first), super::format::day_month(last));
                match (days, complete) {
                    (1, true) => format!(
                        "Measured against {amount} of supplement a day at the start: the one day \
                        with supplements logged in the first week ({from} to {to})."
                    ),
                    (n, true) => format!(
                        "Measured against {amount} of supplement a day at the start: the average \
                        of the {n} days with supplements logged in the first week ({from} to {to})."
                    ),
                    (1, false) => format!(
                        "Measured against {amount} of supplement a day at the start: the one day \
                        with supplements logged so far ({from}). It settles once the first week \
                        is over."
                    ),
                    (n, false) => format!(
                        "Measured against {amount} of supplement a day at the start: the average \
                        of the {n} days with supplements logged so far ({from} to {to}). It \
                        settles once the first week is over."
                    ),
                }
            }
        }
    }

    /// Said once beside a share table or chart: what the figure means.
    pub const SHARE_MEANING: &str = "The part of the milk that may now come from the breast, if \
        your baby drinks as much as at the start. Test weighing gives the milk measured at the \
        breast. A rough guide; wet diapers and weight tell you more.";

    /// A day's share against the start, the same words in every table: "about 50%", "not lower
    /// yet" for a day whose supplements are not below the start, "–" when the day cannot tell.
    pub fn share_breast_cell(s: &crate::domain::milestones::Share) -> String {
        match s.by_baseline {
            // "About 0% from the breast" reads as a verdict on the parent; the fact is that the
            // supplements are not lower yet.
            Some(0) => "not lower yet".into(),
            Some(p) => format!("about {p}%"),
            None => "–".into(),
        }
    }

    /// A column of the share chart, as its table writes it: the same words as
    /// [`share_breast_cell`]; a column no day had a share in (`NaN`) is "–".
    pub fn share_value(v: f64) -> String {
        if v.is_nan() {
            "–".into()
        } else if v < 0.5 {
            "not lower yet".into()
        } else {
            format!("about {v:.0}%")
        }
    }

    /// A day's test weighing, for the printed table.
    pub fn share_weighed_cell(
        s: &crate::domain::milestones::Share,
        vol: &dyn Fn(u32) -> String,
    ) -> String {
        let feeds = format!(
            "{} over {} feed{}",
            vol(s.weighed_ml),
            s.weighed_feeds,
            if s.weighed_feeds == 1 { "" } else { "s" }
        );
        match s.by_weighing {
            // With no supplement that day the share of measured milk says nothing more.
            Some(_) if s.supplement_ml == 0 => feeds,
            Some(p) => format!("{feeds}, at least {p}%"),
            None => "–".into(),
        }
    }

    /// The Progress chart of the daily share against the starting supplement.
    pub const SHARE_CHART: &str = "From the breast, about (%)";
    pub const SHARE_LAYER: &str = "about % from the breast";

    /// The share chart's sentence: where it started and where it is, no praise, no alarm
    /// (`days`: the columns with a share).
    pub fn share_chart_summary(first: u32, last: u32, days: usize) -> String {
        if days < 2 {
            format!("About {last}% of the milk may come from the breast.")
        } else {
            format!("From about {first}% to about {last}% of the milk from the breast.")
        }
    }
    pub const SHARE_NOTE: &str = "A rough guide from the last whole day. Wet diapers and weight \
        tell you more; talk it over with your lactation consultant.";

    /// The name of a journey milestone.
    pub fn journey(k: crate::domain::milestones::Kind) -> &'static str {
        use crate::domain::milestones::Kind::*;
        match k {
            FirstDrops => "First drops",
            LetDown => "First let-down you noticed",
            BreastChanges => "Changes in your breasts or chest",
            SupplementerFeed => "First feed at the breast with a supplementer",
            FeedWithoutSupplementer => "First feed at the breast without a supplementer",
            SupplementsHalved => "Supplements halved",
            DayWithoutSupplements => "A whole day with no supplement",
            Own => "Your own milestone",
            Unknown => "A milestone from a newer version of Relact",
        }
    }

    /// A marked milestone's words: the parent's own, or its name.
    pub fn milestone_name(m: &crate::domain::milestones::Milestone) -> &str {
        if m.kind == crate::domain::milestones::Kind::Own {
            &m.words
        } else {
            journey(m.kind)
        }
    }

    /// Said once, gently, when a milestone is reached.
    pub fn celebrate(k: crate::domain::milestones::Kind) -> &'static str {
        use crate::domain::milestones::Kind::*;
        match k {
            FirstDrops => "Milestone: your first drops. Every drop counts.",
            LetDown => {
                "Milestone: a let-down you noticed (tingling, or milk dripping or spraying). Your \
                body is responding."
            }
            BreastChanges => {
                "Milestone: changes in your breasts or chest. Your body is responding."
            }
            SupplementerFeed => "Milestone: a feed at the breast with a supplementer.",
            FeedWithoutSupplementer => "Milestone: a feed at the breast without a supplementer.",
            SupplementsHalved => {
                "Milestone: supplements halved. Keep watching diapers and weight with your \
                 lactation consultant."
            }
            DayWithoutSupplements => {
                "Milestone: a whole day with no supplement. Keep watching diapers and weight."
            }
            Own => "Milestone marked. Well done.",
            Unknown => "Milestone marked.",
        }
    }

    /// The daily share sentence: supplements against the starting amount, and test weighing.
    pub fn share(s: &crate::domain::milestones::Share, vol: &dyn Fn(u32) -> String) -> String {
        let mut out = Vec::new();
        if let (Some(b), Some(0)) = (s.baseline_ml, s.by_baseline) {
            // "About 0% from the breast" reads as a verdict on the parent; the fact is that the
            // supplements are not lower yet.
            out.push(format!(
                "Supplements {} against {} a day at the start: not lower yet.",
                vol(s.supplement_ml),
                vol(b)
            ));
        } else if let (Some(b), Some(p)) = (s.baseline_ml, s.by_baseline) {
            out.push(format!(
                "Supplements {} against {} a day at the start: about {p}% of the milk may now \
                 come from the breast, if your baby drinks as much as then.",
                vol(s.supplement_ml),
                vol(b)
            ));
        }
        if let Some(p) = s.by_weighing {
            let feeds = format!(
                "{} at the breast over {} weighed feed{}",
                vol(s.weighed_ml),
                s.weighed_feeds,
                if s.weighed_feeds == 1 { "" } else { "s" }
            );
            out.push(if s.supplement_ml == 0 {
                format!("Test weighing: {feeds}, and no supplement logged.")
            } else {
                format!(
                    "Test weighing: {feeds}, so at least {p}% of the milk measured came from \
                     the breast."
                )
            });
        }
        if out.is_empty() {
            "Not enough in the log yet to tell.".to_string()
        } else {
            out.join(" ")
        }
    }
}

/// The app's own updates and the network.
pub mod update {
    use super::Msg;

    pub const AVAILABLE: Msg = Msg("update-available");
    pub const RELOAD: Msg = Msg("update-reload");
    pub const OFFLINE_READY: Msg = Msg("update-offline-ready");
    pub const OFFLINE: Msg = Msg("update-offline");
    pub const OFFLINE_HINT: Msg = Msg("update-offline-hint");
}

/// Problems the browser can cause, said plainly with what still works.
pub mod problem {
    use super::Msg;

    pub const STORAGE_BLOCKED: Msg = Msg("problem-storage-blocked");
    pub const SETTINGS_UNREADABLE: Msg = Msg("problem-settings-unreadable");
    pub const SAVE_FAILED: Msg = Msg("problem-save-failed");
    pub const ENTRIES_UNREADABLE: Msg = Msg("problem-entries-unreadable");
    pub const NOT_FOUND: Msg = Msg("problem-not-found");
    pub const GO_HOME: Msg = Msg("problem-go-home");
    pub const DISMISS: Msg = Msg("problem-dismiss");
    /// Takes back what a confirmation just reported (a saved session, a diaper).
    pub const UNDO: Msg = Msg("problem-undo");
    pub const UNDONE: Msg = Msg("problem-undone");
}

/// The Timer screen and the quick save after it.
pub mod timer {
    use super::Msg;

    pub const INTRO: Msg = Msg("timer-intro");
    pub const START_PUMP: Msg = Msg("timer-start-pump");
    pub const START_HAND: Msg = Msg("timer-start-hand");
    pub const START_NURSE: Msg = Msg("timer-start-nurse");
    pub const START_COMFORT: Msg = Msg("timer-start-comfort");
    pub const RUNNING_PUMP: Msg = Msg("timer-running-pump");
    pub const RUNNING_HAND: Msg = Msg("timer-running-hand");
    pub const RUNNING_NURSE: Msg = Msg("timer-running-nurse");
    pub const RUNNING_COMFORT: Msg = Msg("timer-running-comfort");
    pub const START_SUPPLEMENTER: Msg = Msg("timer-start-supplementer");
    pub const RUNNING_SUPPLEMENTER: Msg = Msg("timer-running-supplementer");
    pub const WEIGHED: Msg = Msg("timer-weighed");
    pub const WEIGH_NOTE: Msg = Msg("timer-weigh-note");
    pub const WEIGHT_BEFORE: Msg = Msg("timer-weight-before");
    pub const WEIGHT_AFTER: Msg = Msg("timer-weight-after");
    pub const WEIGH_BOTH: Msg = Msg("timer-weigh-both");
    pub const SIDE: Msg = Msg("timer-side");
    pub const LEFT: Msg = Msg("timer-left");
    pub const RIGHT: Msg = Msg("timer-right");
    pub const BOTH: Msg = Msg("timer-both");
    pub const SWITCH: Msg = Msg("timer-switch");
    pub const PAUSE: Msg = Msg("timer-pause");
    pub const RESUME: Msg = Msg("timer-resume");
    pub const STOP: Msg = Msg("timer-stop");
    pub const PAUSED: Msg = Msg("timer-paused");
    pub const ELAPSED: Msg = Msg("timer-elapsed");
    pub const GOAL_REACHED: Msg = Msg("timer-goal-reached");
    /// Inside the ring once the goal is reached (the whole sentence is announced).
    pub const GOAL_REACHED_SHORT: Msg = Msg("timer-goal-reached-short");
    /// Under the running time while nursing: no goal and no cap.
    pub const BABY_LED: Msg = Msg("timer-baby-led");
    pub const CLOCK_BACK: Msg = Msg("timer-clock-back");
    pub const SAVE_TITLE: Msg = Msg("timer-save-title");
    pub const MILK_LEFT: Msg = Msg("timer-milk-left");
    pub const MILK_RIGHT: Msg = Msg("timer-milk-right");
    pub const LESS: Msg = Msg("timer-less");
    pub const MORE: Msg = Msg("timer-more");
    pub const NOTES: Msg = Msg("timer-notes");
    pub const SAVE: Msg = Msg("timer-save");
    pub const DISCARD: Msg = Msg("timer-discard");
    pub const DISCARD_ASK: Msg = Msg("timer-discard-ask");
    pub const DISCARD_YES: Msg = Msg("timer-discard-yes");
    pub const DISCARD_NO: Msg = Msg("timer-discard-no");
    pub const SAVED: Msg = Msg("timer-saved");
    pub const DISCARDED: Msg = Msg("timer-discarded");
    /// Covers both ways: an at-breast supplementer gives it during the feed, a cup after it.
    pub const SUPPLEMENT_AFTER: Msg = Msg("timer-supplement-after");
    pub const SUPPLEMENT_AMOUNT: Msg = Msg("timer-supplement-amount");
    pub const SUPPLEMENT_MILK: Msg = Msg("timer-supplement-milk");
    pub const SUPPLEMENT_METHOD: Msg = Msg("timer-supplement-method");
    pub const OVERLONG: Msg = Msg("timer-overlong");
    pub const OVERLONG_END: Msg = Msg("timer-overlong-end");
    pub const CONTINUE: Msg = Msg("timer-continue");
    pub const ALREADY_RUNNING: Msg = Msg("timer-already-running");
    pub const STOP_AND_SAVE: Msg = Msg("timer-stop-and-save");
    pub const KEEP_RUNNING: Msg = Msg("timer-keep-running");
    pub const BAD_NUMBER: Msg = Msg("timer-bad-number");
    pub const TIMER_UNREADABLE: Msg = Msg("timer-unreadable");

    /// The heading while a session of `kind` runs.
    pub fn running(kind: crate::domain::entry::SessionKind) -> &'static str {
        use crate::domain::entry::SessionKind::*;
        match kind {
            Pumping => RUNNING_PUMP,
            HandExpression => RUNNING_HAND,
            Nursing => RUNNING_NURSE,
            ComfortNursing => RUNNING_COMFORT,
        }
        .get()
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
        .get()
    }

    /// The name of a side.
    pub fn side(side: crate::domain::entry::Side) -> &'static str {
        use crate::domain::entry::Side::*;
        match side {
            Left => LEFT,
            Right => RIGHT,
            Both => BOTH,
        }
        .get()
    }

    /// The tab title while a session runs, so the time shows in the task switcher.
    pub fn title(elapsed: &str, kind: crate::domain::entry::SessionKind) -> String {
        Msg("timer-title").with(&[("elapsed", elapsed.into()), ("activity", running(kind).into())])
    }

    /// The time on each side, for screen readers (kept out of the side buttons' names).
    pub fn side_times(left: &str, both: &str, right: &str) -> String {
        Msg("timer-side-times").with(&[
            ("left", left.into()),
            ("both", both.into()),
            ("right", right.into()),
        ])
    }

    /// The goal under the ring.
    pub fn goal_minutes(minutes: i64) -> String {
        Msg("timer-goal-minutes").with(&[("minutes", minutes.into())])
    }
}

/// Names of milk types and feeding methods.
pub mod feeding {
    use super::Msg;
    use crate::domain::entry::{Method, Milk};

    /// A milk type as the parent reads it.
    pub fn milk(m: Milk) -> &'static str {
        match m {
            Milk::OwnExpressed => Msg("feeding-milk-own").get(),
            Milk::Donor => Msg("feeding-milk-donor").get(),
            Milk::Formula => Msg("feeding-milk-formula").get(),
        }
    }

    /// A feeding method as the parent reads it.
    pub fn method(m: Method) -> &'static str {
        match m {
            Method::Cup => Msg("feeding-method-cup").get(),
            Method::AtBreastSupplementer => Msg("feeding-method-supplementer").get(),
            Method::Spoon => Msg("feeding-method-spoon").get(),
            Method::Syringe => Msg("feeding-method-syringe").get(),
            Method::FingerFeeding => Msg("feeding-method-finger").get(),
            Method::Bottle => Msg("feeding-method-bottle").get(),
        }
    }

    /// Under the method choice: why the first two are offered first, without taking the bottle
    /// away from a parent for whom it is what works.
    pub const WHY_CUP: Msg = Msg("feeding-why-cup");
}

/// The Log screen.
pub mod log {
    use super::{Arg, Msg};
    use crate::domain::entry::{Record, SessionKind};
    use crate::domain::summary::Totals;
    use crate::domain::units::Volume;

    pub const LOADING: Msg = Msg("log-loading");
    pub const EMPTY: Msg = Msg("log-empty");
    pub const EARLIER: Msg = Msg("log-earlier");
    pub const FILTER: Msg = Msg("log-filter");
    pub const ALL: Msg = Msg("log-all");
    pub const SESSIONS: Msg = Msg("log-sessions");
    pub const SUPPLEMENTS: Msg = Msg("log-supplements");
    pub const DIAPERS: Msg = Msg("log-diapers");
    pub const WEIGHTS: Msg = Msg("log-weights");
    pub const DELETE: Msg = Msg("log-delete");
    pub const DELETED: Msg = Msg("log-deleted");
    pub const UNDO: Msg = Msg("log-undo");
    pub const RESTORED: Msg = Msg("log-restored");

    /// A filter chip's name.
    pub fn filter(f: crate::domain::model::log::Filter) -> &'static str {
        use crate::domain::model::log::Filter;
        match f {
            Filter::All => ALL,
            Filter::Sessions => SESSIONS,
            Filter::Supplements => SUPPLEMENTS,
            Filter::Diapers => DIAPERS,
            Filter::Weights => WEIGHTS,
        }
        .get()
    }

    /// One line describing an entry.
    pub fn describe(r: &Record, unit: Volume) -> String {
        match r {
            Record::Session(s) => {
                let what = kind(s.kind);
                let minutes = super::format::minutes(s.active_millis());
                match s.total_ml() {
                    None => Msg("log-session-line")
                        .with(&[("kind", what.into()), ("minutes", minutes.as_str().into())]),
                    Some(total) => Msg("log-session-line-milk").with(&[
                        ("kind", what.into()),
                        ("minutes", minutes.as_str().into()),
                        ("total", super::format::volume(unit, total).as_str().into()),
                        (
                            "left",
                            super::format::volume(unit, s.left_ml.unwrap_or_default())
                                .as_str()
                                .into(),
                        ),
                        (
                            "right",
                            super::format::volume(unit, s.right_ml.unwrap_or_default())
                                .as_str()
                                .into(),
                        ),
                    ]),
                }
            }
            Record::Supplement(s) => Msg("log-supplement-line").with(&[
                ("amount", super::format::volume(unit, s.ml).as_str().into()),
                ("milk", super::feeding::milk(s.milk).to_lowercase().as_str().into()),
                ("method", super::feeding::method(s.method).to_lowercase().as_str().into()),
            ]),
            Record::Diaper(d) => match (d.wet, d.dirty, d.dark_urine) {
                (true, true, true) => Msg("log-diaper-wet-dirty-dark"),
                (true, false, true) => Msg("log-diaper-wet-dark"),
                (true, true, false) => Msg("log-diaper-wet-dirty"),
                (true, false, false) => Msg("log-diaper-wet"),
                _ => Msg("log-diaper-dirty"),
            }
            .into(),
            Record::Weight(w) => {
                Msg("log-weight-line").with(&[("kg", Arg::decimal(f64::from(w.grams) / 1000.0, 2))])
            }
            Record::Medicine(m) => {
                Msg("log-medicine-line").with(&[("name", m.name.as_str().into())])
            }
            Record::Milestone(m) => Msg("log-milestone-line")
                .with(&[("name", super::progress::milestone_name(m).into())]),
        }
    }

    /// A session kind as a noun.
    pub fn kind(k: SessionKind) -> &'static str {
        super::timer::running(k)
    }

    /// The totals line under a day's heading.
    pub fn totals(t: &Totals, unit: Volume) -> String {
        let volume = |ml| super::format::volume(unit, ml);
        let mut parts = vec![Msg("log-totals-sessions").with(&[("count", t.sessions.into())])];
        if t.comfort > 0 {
            parts.push(Msg("log-totals-comfort").with(&[("count", t.comfort.into())]));
        }
        parts.push(super::format::minutes(t.active));
        if !t.expressed_ml.is_zero() {
            parts.push(
                Msg("log-totals-expressed")
                    .with(&[("amount", volume(t.expressed_ml).as_str().into())]),
            );
        }
        if !t.supplement_ml.is_zero() {
            parts.push(
                Msg("log-totals-supplement")
                    .with(&[("amount", volume(t.supplement_ml).as_str().into())]),
            );
        }
        if t.wet + t.dirty > 0 {
            parts.push(
                Msg("log-totals-diapers").with(&[("wet", t.wet.into()), ("dirty", t.dirty.into())]),
            );
        }
        parts.join(" · ")
    }

    pub const ADD: Msg = Msg("log-add");
    pub const EDIT: Msg = Msg("log-edit");
    pub const FORM_ADD: Msg = Msg("log-form-add");
    pub const FORM_EDIT: Msg = Msg("log-form-edit");
    pub const WHAT: Msg = Msg("log-what");
    pub const KIND: Msg = Msg("log-kind");
    pub const STARTED: Msg = Msg("log-started");
    pub const AT: Msg = Msg("log-at");
    pub const MINUTES: Msg = Msg("log-minutes");
    pub const LEFT_ML: Msg = Msg("log-left-ml");
    pub const RIGHT_ML: Msg = Msg("log-right-ml");
    pub const AMOUNT: Msg = Msg("log-amount");
    pub const WET: Msg = Msg("log-wet");
    pub const DIRTY: Msg = Msg("log-dirty");
    pub const GRAMS: Msg = Msg("log-grams");
    /// The optional tick on a wet diaper.
    pub const DARK_URINE: Msg = Msg("log-dark-urine");
    pub const SAVE: Msg = Msg("log-save");
    pub const CANCEL: Msg = Msg("log-cancel");
    pub const SAVED: Msg = Msg("log-saved");
    pub const BAD_TIME: Msg = Msg("log-bad-time");
    pub const BAD_NUMBER: Msg = Msg("log-bad-number");

    /// The accessible name of an edit button: with the day, as rows of different days can read
    /// the same ("Diaper · wet at 15:00").
    pub fn edit_label(what: &str, at: &str, date: chrono::NaiveDate) -> String {
        Msg("log-edit-label").with(&[
            ("what", what.into()),
            ("time", at.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// The accessible name of a delete button, with the day like [`edit_label`].
    pub fn delete_label(what: &str, at: &str, date: chrono::NaiveDate) -> String {
        Msg("log-delete-label").with(&[
            ("what", what.into()),
            ("time", at.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// The accessible name of a delete button on a row that has a day but no time (a milestone).
    pub fn delete_day_label(what: &str, date: chrono::NaiveDate) -> String {
        Msg("log-delete-day-label").with(&[
            ("what", what.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// On a supplement's row: the feed it was given with ("with the 03:10 nursing").
    pub fn with_feed(kind: SessionKind, at: &str) -> String {
        Msg("log-with-feed").with(&[
            ("time", at.into()),
            ("feed", super::timer::running(kind).to_lowercase().as_str().into()),
        ])
    }

    /// On a feed's row: the supplements logged with it.
    pub fn supplements_with(amounts: &[crate::domain::units::Ml], unit: Volume) -> String {
        let list: Vec<String> = amounts.iter().map(|ml| super::format::volume(unit, *ml)).collect();
        Msg("log-supplements-with").with(&[("amounts", list.join(" + ").as_str().into())])
    }

    /// Before a note on a row, for screen readers and the eye alike.
    pub const NOTES: Msg = Msg("log-notes");
    /// Opens a shortened note in full.
    pub const NOTES_MORE: Msg = Msg("log-notes-more");
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
        Invalid::NotesControlCharacter => {
            "Notes contain an invisible control character (such as a NUL byte) that no keyboard \
            types, so they look damaged. Only letters, numbers, signs, tabs and new lines can be kept."
        }
        Invalid::MedicineNameEmpty => "Please write the name, as it is on the box or the note.",
        Invalid::MedicineNameTooLong => {
            "The name can be at most 200 characters. Please shorten it."
        }
        Invalid::AdvisedByEmpty => {
            "Please write who advised it (a name or a role), or tick “My own choice”."
        }
        Invalid::AdvisedByTooLong => "Who advised it can be at most 200 characters.",
        Invalid::MedicineDateMissing => "Please choose the day you started.",
        Invalid::DateOutOfRange => "Please check the dates: the year looks wrong.",
        Invalid::StopBeforeStart => "The stop date cannot be before the start date.",
        Invalid::TakenOutsideDates => "A day ticked as taken lies outside the dates.",
        Invalid::TestWeightAfterSmaller => {
            "The weight after the feed is less than before it. Please check both numbers: \
            nothing was saved."
        }
        Invalid::TestWeightTooMuch => {
            "The weights differ by more than one feed can give (500 g). Please check both numbers."
        }
        Invalid::MilestoneUnknown => {
            "This milestone is of a kind this version of Relact does not know. Updating Relact \
            will let it in."
        }
        Invalid::MilestoneWordsEmpty => "Please write a few words for your own milestone.",
        Invalid::MilestoneWordsTooLong => {
            "Your milestone can be at most 200 characters. Please shorten it."
        }
        Invalid::MilestoneDayMismatch => "The milestone's day and its time do not match.",
    }
}

/// The parent's own list of medicines and galactagogues (Settings). Relact's words never name one.
pub mod medicines {
    use crate::domain::medicine::AdvisedBy;

    pub const TITLE: &str = "Medicines and galactagogues";
    pub const INTRO: &str = "Keep a list of what you take for your milk (galactagogues are herbs \
        or medicines said to increase milk), so your lactation consultant and doctor can see it. \
        Relact never suggests anything: what to take, how much and for how long is decided with \
        a doctor who knows breastfeeding.";
    /// Shown when "My own choice" is ticked.
    pub const OWN_CHOICE_NOTE: &str = "Please tell your doctor or lactation consultant about \
        it: some herbs and medicines pass into milk or do not mix with others.";
    pub const EMPTY: &str = "Nothing listed yet.";
    pub const ADD: &str = "Add to the list";
    pub const NAME: &str = "Name";
    pub const WHO: &str = "Who advised it (name or role)";
    pub const OWN_CHOICE: &str = "My own choice";
    pub const START: &str = "Started";
    pub const STOP: &str = "Stopped (leave empty if you still take it)";
    pub const SAVE: &str = "Save";
    pub const CANCEL: &str = "Cancel";
    pub const SAVED: &str = "Saved to your list.";
    pub const DELETED: &str = "Removed from your list.";
    pub const RESTORED: &str = "Back on your list.";
    pub const UNDO: &str = "Undo";
    pub const LOADING: &str = "Loading your list…";

    /// Who advised it, as a line.
    pub fn advised(by: &AdvisedBy) -> String {
        match by {
            AdvisedBy::Person(who) => format!("Advised by {who}"),
            AdvisedBy::OwnChoice => "My own choice".into(),
        }
    }

    /// The dates, as "since 3 Nov" or "3 Nov – 20 Nov".
    pub fn dates(start: &str, stop: Option<&str>) -> String {
        match stop {
            Some(stop) => format!("{start} – {stop}"),
            None => format!("Since {start}"),
        }
    }

    pub const TAKEN_TODAY: &str = "Taken today";

    /// The accessible name of today's tick, naming the medicine.
    pub fn taken_today(name: &str) -> String {
        format!("Taken today: {name}")
    }

    pub fn edit_label(name: &str) -> String {
        format!("Edit {name}")
    }

    pub fn delete_label(name: &str) -> String {
        format!("Remove {name} from the list")
    }

    pub const EDIT: &str = "Edit";
    pub const DELETE: &str = "Remove";

    /// The consultant summary's section.
    pub const SUMMARY_TITLE: &str = "Medicines and galactagogues (as listed by the parent)";
    pub const SUMMARY_NONE: &str = "None listed for these days.";

    /// How many days in the summary's range were ticked as taken.
    pub fn summary_taken(ticked: usize) -> String {
        match ticked {
            0 => "no day ticked as taken in this range".into(),
            1 => "ticked as taken on 1 day in this range".into(),
            n => format!("ticked as taken on {n} days in this range"),
        }
    }
}

/// Sharing the log with a partner's phone (Settings → Share with a partner).
pub mod share;

#[cfg(test)]
mod tests {
    use super::*;

    /// What Today's card says, as a table a parent could read: the card → heading and line.
    #[test]
    fn todays_card_names_the_next_session_and_says_the_tiles_count() {
        use crate::domain::model::today::{Closing, NextAt, NextCard, SessionCount};
        use crate::domain::settings::Clock;
        let at = |h, m, minutes, tomorrow| NextAt {
            at: 0,
            time: chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap(),
            minutes,
            tomorrow,
        };
        let two_of_eight = Closing::SomeDone;
        let cases = [
            (NextCard::DueNow, "A session is due now", None),
            (NextCard::Next(at(12, 20, 155, false)), "Next session", Some("12:20, in 2 h 35 min")),
            (
                NextCard::DayOver { closing: two_of_eight, next: Some(at(7, 0, 210, false)) },
                "Next session",
                Some("07:00, in 3 h 30 min"),
            ),
            (
                NextCard::DayOver { closing: Closing::AllDone, next: Some(at(7, 0, 450, true)) },
                "Next session",
                Some("Tomorrow at 07:00, in 7 h 30 min"),
            ),
            (
                NextCard::DayOver { closing: Closing::AllDone, next: None },
                "That's every session planned for today. Well done.",
                None,
            ),
            (NextCard::Running, "A session is running", None),
        ];
        for (card, heading, line) in cases {
            let said = today::card(&card, Clock::H24);
            assert_eq!((said.0.as_str(), said.1.as_deref()), (heading, line), "{card:?}");
        }
        assert_eq!(
            today::of(SessionCount { done: 2, of: 8 }),
            "2 of 8",
            "the tile: the same numbers"
        );
    }

    /// The issue's rows, in ounces: each side as typed, the total their sum as shown.
    #[test]
    fn a_log_row_in_ounces_adds_up_as_shown() {
        use crate::domain::entry::{Record, Session, SessionKind};
        use crate::domain::summary::Totals;
        use crate::domain::units::{Ml, Volume};
        let oz = |h| Some(Ml::from_shown(Volume::Oz, h));
        let row = |left, right| {
            Record::Session(Session {
                kind: SessionKind::Pumping,
                start: 0,
                end: 20 * 60_000,
                segments: vec![],
                left_ml: left,
                right_ml: right,
                notes: String::new(),
                test_weight: None,
            })
        };
        let quarter = row(oz(150), oz(25));
        assert_eq!(
            log::describe(&quarter, Volume::Oz),
            "Pumping · 20 min · 1.75 oz (L 1.5 oz, R 0.25 oz)"
        );
        // Stored before ounces were exact: 7 ml a side is 0.24 oz each, and 0.48 oz together.
        let old = row(Some(Ml::whole(7)), Some(Ml::whole(7)));
        assert_eq!(
            log::describe(&old, Volume::Oz),
            "Pumping · 20 min · 0.48 oz (L 0.24 oz, R 0.24 oz)"
        );
        assert_eq!(log::describe(&old, Volume::Ml), "Pumping · 20 min · 14 ml (L 7 ml, R 7 ml)");
        // A day of both: 1.75 + 0.48 = 2.23 oz expressed.
        let day = [quarter, old].map(|r| crate::domain::entry::Entry::new("e".into(), 0, r));
        assert_eq!(
            log::totals(&Totals::of(&day), Volume::Oz),
            "2 sessions · 40 min · 2.23 oz expressed"
        );
    }

    #[test]
    fn the_printed_share_table_says_each_day_in_short_cells() {
        use crate::domain::milestones::{share, Day};
        let vol = |ml: u32| format!("{ml} ml");
        let d = |supplement_ml, weighed_ml, weighed_feeds| Day {
            sessions: 8,
            supplement_ml,
            wet: 6,
            weighed_ml,
            weighed_feeds,
            any: true,
            ..Day::default()
        };
        let cells = |day: Day| {
            let sh = share(&day, Some(200));
            (progress::share_breast_cell(&sh), progress::share_weighed_cell(&sh, &vol))
        };
        assert_eq!(cells(d(150, 0, 0)), ("about 25%".into(), "–".into()));
        assert_eq!(cells(d(200, 0, 0)), ("not lower yet".into(), "–".into()));
        assert_eq!(
            cells(d(100, 60, 2)),
            ("about 50%".into(), "60 ml over 2 feeds, at least 38%".into())
        );
        assert_eq!(cells(d(0, 40, 1)), ("about 100%".into(), "40 ml over 1 feed".into()));
        let unlogged = share(&Day { sessions: 2, any: true, ..Day::default() }, Some(200));
        assert_eq!(progress::share_breast_cell(&unlogged), "–");
        // The chart's table says the same words; a column with no share is a gap, "–".
        assert_eq!(progress::share_value(25.0), "about 25%");
        assert_eq!(progress::share_value(0.0), "not lower yet");
        assert_eq!(progress::share_value(f64::NAN), "–");
    }

    #[test]
    fn the_baseline_says_what_it_is_and_how_it_was_chosen() {
        use crate::domain::milestones::{Baseline, BaselineSource};
        let vol = |ml: u32| format!("{ml} ml");
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let said =
            Baseline { ml: 360, source: BaselineSource::Said, from: day(2), settled: day(2) };
        assert_eq!(
            progress::share_baseline(&said, &vol),
            "Measured against 360 ml of supplement a day at the start, the amount given in \
            Settings → Your journey."
        );
        let week = |days, last, complete| Baseline {
            ml: 261,
            source: BaselineSource::FirstWeek { first: day(2), last: day(last), days, complete },
            from: day(2),
            settled: day(8),
        };
        assert_eq!(
            progress::share_baseline(&week(7, 8, true), &vol),
            "Measured against 261 ml of supplement a day at the start: the average of the 7 days \
            with supplements logged in the first week (2 November to 8 November)."
        );
        assert_eq!(
            progress::share_baseline(&week(3, 4, false), &vol),
            "Measured against 261 ml of supplement a day at the start: the average of the 3 days \
            with supplements logged so far (2 November to 4 November). It settles once the first \
            week is over."
        );
        assert!(progress::share_baseline(&week(1, 2, false), &vol).contains("the one day"));
    }

    #[test]
    fn a_share_of_none_yet_is_said_as_a_fact_not_a_verdict() {
        use crate::domain::milestones::{share, Day};
        let vol = |ml: u32| format!("{ml} ml");
        let day =
            |supplement_ml| Day { sessions: 8, supplement_ml, wet: 6, any: true, ..Day::default() };
        let same = progress::share(&share(&day(300), Some(300)), &vol);
        assert_eq!(same, "Supplements 300 ml against 300 ml a day at the start: not lower yet.");
        let more = progress::share(&share(&day(360), Some(300)), &vol);
        assert!(more.ends_with("not lower yet."), "{more}");
        let half = progress::share(&share(&day(150), Some(300)), &vol);
        assert!(half.contains("about 50% of the milk may now come from the breast"), "{half}");
    }

    #[test]
    fn the_step_down_names_what_fell_short_and_its_rule_follows_the_age() {
        use crate::domain::care::DiaperStage;
        use crate::domain::plan::{Caution, Hold, Short, StepChange, StepDay};
        use crate::domain::units::Volume;
        let stools = Short { stools: true, wet_needed: 6, stools_needed: 3, ..Short::default() };
        let day = StepDay {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            target_ml: 120,
            change: StepChange::HeldLow,
            held: Some(Hold::Short(stools)),
            caution: Some(Caution::Held(Hold::Short(stools))),
        };
        assert_eq!(
            plan::change(&day, &|ml| format!("{ml} ml")).as_deref(),
            Some("held: fewer than 3 stools logged yesterday")
        );
        let all = Short { wet: true, stools: true, weight: true, wet_needed: 6, stools_needed: 3 };
        assert_eq!(
            plan::hold_reason(Hold::Short(all), &|ml| format!("{ml} ml")),
            "fewer than 6 wet diapers and fewer than 3 stools logged yesterday, and the last weight"
        );
        // Said as the log, with a word to add what was missed: never as a fact about the baby.
        assert_eq!(
            plan::caution(Caution::Held(Hold::Short(stools)), Volume::Ml),
            "The log shows fewer than 3 stools yesterday, so the amount stays the same. If some \
            were not logged, add them. Please talk to your lactation consultant or your baby's \
            doctor."
        );
        let weight = Short { weight: true, ..Short::default() };
        assert!(plan::caution(Caution::Held(Hold::Short(weight)), Volume::Ml)
            .starts_with("The last weight shows a loss or a slow gain, so"));
        assert!(plan::caution(Caution::Held(Hold::FirstDays), Volume::Ml).contains("baby's doctor"));
        let more = Hold::NeededMore { given_ml: 300, planned_ml: 240 };
        assert!(plan::caution(Caution::Held(more), Volume::Ml)
            .starts_with("Yesterday your baby had 300 ml, more than the 240 ml planned"));
        assert!(plan::caution(Caution::NeedsWeight, Volume::Ml).contains("weighed"));
        let rule = |stage, age| plan::step_rule(stage, age).join(" ");
        assert!(rule(DiaperStage::Young, Some(20))
            .contains("6 or more wet diapers and 3 or more stools"));
        assert!(rule(DiaperStage::FirstDays, Some(2)).contains("does not step down"));
        assert!(!rule(DiaperStage::Older, Some(90)).contains("stools"));
        assert!(rule(DiaperStage::Unknown, None).contains("birth date"));
        // A short list, not one long sentence: no item over 30 words.
        for item in plan::step_rule(DiaperStage::Young, Some(20)) {
            assert!(item.split_whitespace().count() <= 30, "{item}");
        }
    }

    #[test]
    fn trend_sentences_are_plain_and_kind() {
        use crate::domain::stats::{movement, Measure};
        let up = progress::trend(
            "Milk expressed per day",
            "40 ml",
            "95 ml",
            13,
            movement(Measure::Effort, 40.0, 95.0),
        );
        assert_eq!(up, "Milk expressed per day is up from 40 ml to 95 ml a day over the last 14 days. Keep going.");
        let down = progress::trend(
            "Supplement per day",
            "300 ml",
            "240 ml",
            20,
            movement(Measure::Supplement, 300.0, 240.0),
        );
        assert_eq!(down, "Supplement per day is down from 300 ml to 240 ml a day over the last 2 weeks. Good progress.");
        let dip = progress::trend(
            "Milk expressed per day",
            "60 ml",
            "50 ml",
            6,
            movement(Measure::Effort, 60.0, 50.0),
        );
        assert!(dip.ends_with("Ups and downs are normal."), "a dip is never scolded: {dip}");
        // Supplements down while the baby's signs did not meet the care table: no praise.
        let unmet = progress::trend(
            "Supplement per day",
            "300 ml",
            "120 ml",
            9,
            movement(Measure::SupplementSignsUnmet, 300.0, 120.0),
        );
        assert!(!unmet.contains("Good progress") && unmet.contains("lactation consultant"));
        let same =
            progress::trend("Sessions per day", "8", "8", 6, movement(Measure::Effort, 8.0, 8.0));
        assert_eq!(same, "Sessions per day has stayed at about 8 a day over the last 7 days.");
    }

    #[test]
    fn a_fall_in_wet_diapers_or_weight_is_never_called_normal() {
        use crate::domain::stats::{movement, Measure};
        let shown = |v: f64| format!("{v:.0} wet");
        for from10 in 0..=120u32 {
            for to10 in 0..from10 {
                let (from, to) = (from10 as f64 / 10.0, to10 as f64 / 10.0);
                for days in [1, 6, 13, 29] {
                    let line = progress::trend(
                        progress::DIAPERS,
                        &shown(from),
                        &shown(to),
                        days,
                        movement(Measure::Baby, from, to),
                    );
                    assert!(!line.contains("normal") && !line.contains("stayed"), "{line}");
                    assert!(
                        line.contains("doctor") && line.contains("fewer than before"),
                        "{line}"
                    );
                }
            }
        }
        for (a, z) in [(4000, 3990), (3500, 3200), (6000, 5950)] {
            let line = progress::weight(Some(a), Some(z), 2);
            assert!(line.contains("doctor") && !line.contains("normal"), "{line}");
        }
        assert!(!progress::weight(Some(3500), Some(3700), 2).contains("doctor"));
    }

    /// What an import says it did, in English as it always read, and counted in Arabic's six
    /// forms (0, 1, 2, 3, 11, 100) and Spanish's two.
    #[test]
    fn an_import_counts_what_it_added_in_each_language() {
        use crate::domain::language::Language;
        use i18n::with_language;
        assert_eq!(backup::added(0, 0), "Nothing new to add: your log already has all of it.");
        assert_eq!(backup::added(1, 0), "Added to your log: 1 new entry.");
        assert_eq!(backup::added(0, 1), "Your log is up to date: 1 entry was updated.");
        assert_eq!(
            backup::added(3, 2),
            "Added to your log: 3 new entries, and 2 entries were updated."
        );
        assert_eq!(backup::summary(1, 2, 3, 0), "1 new, 2 updated, 3 unchanged, 0 left out.");
        assert_eq!(backup::used(1_572_864.0), "Using 1.5 MB.");
        let why = vec![(0, crate::domain::backup::Rejected::BadStamps); 7];
        assert_eq!(
            backup::refused(&crate::domain::backup::Refused::NothingUsable(why)),
            "None of the entries in this file could be used. Nothing was changed. \
             Entry 1: its dates are impossible. Entry 1: its dates are impossible. \
             Entry 1: its dates are impossible. Entry 1: its dates are impossible. \
             Entry 1: its dates are impossible. And 2 more."
        );
        let (fsi, pdi) = i18n::ISOLATE;
        let arabic: Vec<String> = with_language(Language::Arabic, || {
            [0, 1, 2, 3, 11, 100].iter().map(|n| backup::added(*n, 0)).collect()
        });
        assert_eq!(
            arabic,
            [
                "لا جديد للإضافة: السجلّ يحتوي على كل ذلك.".to_string(),
                "أُضيف إلى السجلّ: إدخال جديد واحد.".to_string(),
                "أُضيف إلى السجلّ: إدخالان جديدان.".to_string(),
                format!("أُضيف إلى السجلّ: {fsi}3{pdi} إدخالات جديدة."),
                format!("أُضيف إلى السجلّ: {fsi}11{pdi} إدخالًا جديدًا."),
                format!("أُضيف إلى السجلّ: {fsi}100{pdi} إدخال جديد."),
            ]
        );
        let spanish =
            with_language(Language::Spanish, || (backup::added(1, 0), backup::used(1_572_864.0)));
        assert_eq!(
            spanish,
            ("Añadido a tu registro: 1 anotación nueva.".into(), "Usando 1,5 MB.".into())
        );
    }

    /// A day's totals on the Log count sessions in each language's plural forms.
    #[test]
    fn the_logs_day_totals_count_sessions_in_each_language() {
        use crate::domain::language::Language;
        use crate::domain::summary::Totals;
        use i18n::with_language;
        let day = |sessions| {
            log::totals(&Totals { sessions, ..Totals::default() }, crate::domain::units::Volume::Ml)
        };
        assert_eq!(day(1), "1 session · 0 min");
        assert_eq!(day(2), "2 sessions · 0 min");
        let (fsi, pdi) = i18n::ISOLATE;
        let arabic: Vec<String> = with_language(Language::Arabic, || {
            [0, 1, 2, 3, 11, 100].iter().map(|n| day(*n)).collect()
        });
        let first: Vec<&str> = arabic.iter().map(|l| l.split(" · ").next().unwrap_or("")).collect();
        assert_eq!(
            first,
            [
                "لا جلسات".to_string(),
                "جلسة واحدة".to_string(),
                "جلستان".to_string(),
                format!("{fsi}3{pdi} جلسات"),
                format!("{fsi}11{pdi} جلسة"),
                format!("{fsi}100{pdi} جلسة"),
            ]
        );
        let french = with_language(Language::French, || (day(0), day(1), day(2)));
        assert!(french.0.starts_with("0 séance ·") && french.1.starts_with("1 séance ·"));
        assert!(french.2.starts_with("2 séances ·"));
    }
}
