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

/// The Plan screen (`plan-*`).
pub mod plan {
    use super::{Arg, Msg};
    use crate::domain::care::{self, DiaperStage};
    use crate::domain::model::step_start::StartSource;
    use crate::domain::plan::{
        Caution, Hold, Short, StartProblem, StepChange, StepDay, MAX_START_ML,
    };
    use crate::domain::units::Volume;

    pub const YOUR_DAY: Msg = Msg("plan-your-day");
    pub const NIGHT: Msg = Msg("plan-night");
    pub const SETTINGS: Msg = Msg("plan-settings");
    pub const GOAL: Msg = Msg("plan-goal");
    pub const GOAL_RELACTATION: Msg = Msg("plan-goal-relactation");
    pub const GOAL_INDUCED: Msg = Msg("plan-goal-induced");
    pub const SESSIONS: Msg = Msg("plan-sessions");
    pub const MINUTES: Msg = Msg("plan-minutes");
    pub const WAKE: Msg = Msg("plan-wake");
    pub const SLEEP: Msg = Msg("plan-sleep");
    pub const NIGHT_SESSIONS: Msg = Msg("plan-night-sessions");
    pub const NIGHT_WHY: Msg = Msg("plan-night-why");
    pub const NIGHT_NONE: Msg = Msg("plan-night-none");
    /// Where the baby's age is set now (the plan's old "age in weeks" field is gone).
    pub const BABY_AGE_WHERE: Msg = Msg("plan-baby-age-where");
    pub const GUIDANCE: Msg = Msg("plan-guidance");
    pub const STEP_DOWN: Msg = Msg("plan-step-down");
    pub const STEP_HOLD: Msg = Msg("plan-step-hold");
    pub const STEP_FROM: Msg = Msg("plan-step-from");
    pub const STEP_AGREE: Msg = Msg("plan-step-agree");
    pub const STEP_HISTORY: Msg = Msg("plan-step-history");
    pub const STEP_DATE: Msg = Msg("plan-step-date");
    pub const STEP_TARGET: Msg = Msg("plan-step-target");
    pub const CALENDAR: Msg = Msg("plan-calendar");
    pub const CALENDAR_HELP: Msg = Msg("plan-calendar-help");
    pub const CALENDAR_SAVED: Msg = Msg("plan-calendar-saved");
    pub const CALENDAR_FAILED: Msg = Msg("plan-calendar-failed");
    pub const ICS_SUMMARY: Msg = Msg("plan-ics-summary");
    pub const ICS_NIGHT: Msg = Msg("plan-ics-night");
    pub const ICS_DESCRIPTION: Msg = Msg("plan-ics-description");
    pub const BAD_TIME: Msg = Msg("plan-bad-time");

    /// The step-down's amount fields, labelled in the parent's unit.
    pub fn step_labels(unit: Volume) -> (&'static str, &'static str) {
        match unit {
            Volume::Ml => (Msg("plan-step-start-ml").get(), Msg("plan-step-size-ml").get()),
            Volume::Oz => (Msg("plan-step-start-oz").get(), Msg("plan-step-size-oz").get()),
        }
    }

    /// "4 h 0 min" style span.
    pub fn hours(minutes: i32) -> String {
        Msg("plan-hours")
            .with(&[("hours", (minutes / 60).into()), ("minutes", (minutes % 60).into())])
    }

    /// "Each session: 20 min", on the Plan and its opening phase's card.
    pub fn session_length(minutes: u8) -> String {
        Msg("plan-session-length").with(&[("minutes", minutes.into())])
    }

    /// "Longest break between sessions: 4 h 0 min".
    pub fn longest_gap(minutes: i32) -> String {
        Msg("plan-longest-gap").with(&[("gap", hours(minutes).as_str().into())])
    }

    /// The day's planned supplement, worded so it never reads as a limit.
    pub fn planned_today(amount: &str) -> String {
        Msg("plan-planned-today").with(&[("amount", amount.into())])
    }

    /// How the step-down decides, said for the baby's age today as a short list (the same rule
    /// the amounts follow: [`crate::domain::plan::StepDown::history`]), numbers from the care
    /// table for `age_days`.
    pub fn step_rule(stage: DiaperStage, age_days: Option<i64>) -> Vec<String> {
        let need = care::per_day(age_days);
        let diapers = match (stage, need.stools) {
            (DiaperStage::FirstDays, _) => {
                Msg("plan-rule-first-days").with(&[("day", care::USUAL_FROM_DAY.into())])
            }
            (_, Some(stools)) => Msg("plan-rule-wet-and-stools")
                .with(&[("wet", need.wet.into()), ("stools", stools.into())]),
            (_, None) => Msg("plan-rule-wet").with(&[("wet", need.wet.into())]),
        };
        let mut out = vec![
            Msg("plan-rule-guide").into(),
            diapers,
            Msg("plan-rule-more").into(),
            Msg("plan-rule-weights").into(),
            Msg("plan-rule-half").with(&[("days", care::RECENT_WEIGHT_DAYS.into())]),
            Msg("plan-rule-short").into(),
            Msg("plan-rule-step-size").into(),
        ];
        if stage == DiaperStage::Unknown {
            out.push(Msg("plan-rule-birth-date").into());
        }
        out
    }

    /// What a day fell short of, as the messages choose their words: `$what` is "wet",
    /// "stools" or "both", with the counts that were needed.
    fn short_args(s: Short) -> [(&'static str, Arg<'static>); 3] {
        let what = match (s.wet, s.stools) {
            (true, true) => "both",
            (true, false) => "wet",
            _ => "stools",
        };
        [
            ("what", Arg::Text(what)),
            ("wet", s.wet_needed.into()),
            ("stools", s.stools_needed.into()),
        ]
    }

    /// Why a day did not count towards a step, for the recent days table: "fewer than 3 stools
    /// logged yesterday".
    pub fn hold_reason(h: Hold, vol: &dyn Fn(u32) -> String) -> String {
        match h {
            Hold::FirstDays => Msg("plan-hold-first-days").into(),
            Hold::NeededMore { given_ml, .. } => {
                Msg("plan-hold-needed-more").with(&[("amount", vol(given_ml).as_str().into())])
            }
            Hold::Short(s) if !s.wet && !s.stools => Msg("plan-hold-weight").into(),
            Hold::Short(s) if s.weight => Msg("plan-hold-short-and-weight").with(&short_args(s)),
            Hold::Short(s) => Msg("plan-hold-short").with(&short_args(s)),
        }
    }

    /// Why the step-down is holding or went back up, and who to talk to. A count is said as
    /// what the log shows, with a word to add what was not logged.
    pub fn caution(c: Caution, unit: Volume) -> String {
        match c {
            Caution::Held(Hold::FirstDays) => Msg("plan-caution-first-days").into(),
            Caution::Held(Hold::NeededMore { given_ml, planned_ml }) => {
                let given = super::format::planned_volume(unit, given_ml);
                let planned = super::format::planned_volume(unit, planned_ml);
                Msg("plan-caution-needed-more")
                    .with(&[("given", given.as_str().into()), ("planned", planned.as_str().into())])
            }
            Caution::Held(Hold::Short(s)) if !s.wet && !s.stools => {
                Msg("plan-caution-weight").into()
            }
            Caution::Held(Hold::Short(s)) if s.weight => {
                Msg("plan-caution-short-and-weight").with(&short_args(s))
            }
            Caution::Held(Hold::Short(s)) => Msg("plan-caution-short").with(&short_args(s)),
            Caution::SteppedBack => Msg("plan-caution-stepped-back").into(),
            Caution::NeedsWeight => {
                Msg("plan-caution-needs-weight").with(&[("days", care::RECENT_WEIGHT_DAYS.into())])
            }
        }
    }

    /// The offer when the baby had more than planned: start again from what was given.
    pub fn restart_from(amount: &str) -> String {
        Msg("plan-restart-from").with(&[("amount", amount.into())])
    }

    /// Said after the step-down was restarted.
    pub const RESTARTED: Msg = Msg("plan-restarted");

    /// How a day of the step-down came about, for its recent days table: "held: fewer than 3
    /// stools yesterday".
    pub fn change(d: &StepDay, vol: &dyn Fn(u32) -> String) -> Option<String> {
        let change = match d.change {
            StepChange::Same => return None,
            StepChange::Down => "down",
            StepChange::HeldLow => "held",
            StepChange::BackUp => "up",
        };
        Some(match d.held {
            Some(h) => Msg("plan-change-because").with(&[
                ("change", change.into()),
                ("reason", hold_reason(h, vol).as_str().into()),
            ]),
            None => Msg("plan-change").with(&[("change", change.into())]),
        })
    }

    /// Under the starting amount: where the prefilled number came from, in the parent's unit.
    pub fn start_source(source: StartSource, amount: &str) -> String {
        match source {
            StartSource::Log { days } => {
                Msg("plan-start-from-log").with(&[("days", days.into()), ("amount", amount.into())])
            }
            StartSource::Said => Msg("plan-start-from-said").with(&[("amount", amount.into())]),
        }
    }

    /// Asked under a prefilled starting amount: a partner's feeds may be missing from the log.
    pub const START_CHECK: Msg = Msg("plan-start-check");

    /// Asked when the step-down is turned on and neither the log nor the start gives an amount.
    pub const START_PROMPT: Msg = Msg("plan-start-prompt");

    /// A starting amount that is not a number above 0 (a minus sign, a typo).
    pub fn start_not_a_number(unit: Volume) -> &'static str {
        match unit {
            Volume::Ml => Msg("plan-start-not-a-number-ml").get(),
            Volume::Oz => Msg("plan-start-not-a-number-oz").get(),
        }
    }

    /// A starting amount that was refused; nothing was changed.
    pub fn start_problem(p: StartProblem, unit: Volume) -> String {
        match p {
            StartProblem::Zero => Msg("plan-start-zero").into(),
            StartProblem::TooMuch => Msg("plan-start-too-much")
                .with(&[("amount", super::format::volume(unit, MAX_START_ML).as_str().into())]),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::language::Language;
        use crate::text::i18n::with_language;

        #[test]
        fn where_the_starting_amount_came_from_counts_the_days() {
            let said = |days| start_source(StartSource::Log { days }, "240 ml");
            assert_eq!(said(3), "From your log, the last 3 days: about 240 ml a day.");
            assert_eq!(
                said(1),
                "From your log, the 1 of the last 3 days with a supplement logged: about 240 ml a day."
            );
            assert_eq!(
                said(2),
                "From your log, the 2 of the last 3 days with a supplement logged: about 240 ml a day."
            );
            assert_eq!(hours(250), "4 h 10 min");
            assert_eq!(longest_gap(240), "Longest break between sessions: 4 h 0 min");
            assert_eq!(session_length(20), "Each session: 20 min");
        }

        /// A baby who had more than planned needed it: every language says the plan is a guide
        /// and never a limit, with both amounts.
        #[test]
        fn more_than_planned_is_never_read_as_too_much_in_any_language() {
            let more = Caution::Held(Hold::NeededMore { given_ml: 300, planned_ml: 240 });
            let words = [
                (Language::English, "never a limit"),
                (Language::Spanish, "nunca un límite"),
                (Language::French, "jamais une limite"),
                (Language::BrazilianPortuguese, "nunca um limite"),
                (Language::Arabic, "ليست حدًّا أبدًا"),
            ];
            for (language, never) in words {
                let said = with_language(language, || caution(more, Volume::Ml));
                assert!(
                    said.contains(never) && said.contains("300") && said.contains("240"),
                    "{said}"
                );
                let rule = with_language(language, || step_rule(DiaperStage::Young, Some(20)));
                assert!(rule[0].contains(never), "{language:?}: {}", rule[0]);
            }
            // What fell short, in the language's own words, with the counts needed.
            let stools = Short {
                stools: true,
                wet_needed: care::WET_PER_DAY,
                stools_needed: care::STOOLS_PER_DAY,
                ..Short::default()
            };
            let es = with_language(Language::Spanish, || {
                caution(Caution::Held(Hold::Short(stools)), Volume::Ml)
            });
            assert!(es.starts_with("El registro muestra menos de 3 deposiciones ayer"), "{es}");
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

    /// The longest break since waking ("2 h 29 min"), or that there is none yet.
    pub fn longest_gap(minutes: Option<i32>) -> String {
        minutes.map_or_else(|| NO_BREAK_YET.to_string(), super::plan::hours)
    }

    /// Start's label: open the timer while a session runs, else start the usual kind.
    pub fn start_button(running: bool, start: crate::domain::model::today::Start) -> &'static str {
        if running {
            OPEN_TIMER.get()
        } else {
            self::start(start)
        }
    }

    /// A slot's status on the timeline.
    pub fn status(status: &crate::domain::plan::SlotStatus) -> &'static str {
        use crate::domain::plan::SlotStatus::*;
        match status {
            Done { .. } => STATUS_DONE,
            Due => STATUS_DUE,
            Upcoming => STATUS_UPCOMING,
            Missed => STATUS_MISSED,
            BeforeStart => STATUS_BEFORE_START,
        }
        .get()
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
/// the countdown and the baby's age on Today, and the Guide's section per path (`journey-*`).
pub mod journey {
    use super::Msg;
    use crate::domain::care;
    use crate::domain::journey::{BirthProblem, DiaperStage, Path};

    pub const TITLE: Msg = Msg("journey-title");
    pub const PATH: Msg = Msg("journey-path");
    pub const PATH_RELACTATING: Msg = Msg("journey-path-relactating");
    pub const PATH_INDUCING_HERE: Msg = Msg("journey-path-inducing-here");
    pub const PATH_PREPARING: Msg = Msg("journey-path-preparing");
    pub const BIRTH_DATE: Msg = Msg("journey-birth-date");
    /// The age in weeks an older plan kept, offered as a help to fill in the birth date.
    pub fn old_age_weeks(weeks: u16) -> String {
        Msg("journey-old-age-weeks").with(&[("weeks", weeks.into())])
    }
    pub const DUE_DATE: Msg = Msg("journey-due-date");
    /// The supplement a day now, labelled in the parent's unit.
    pub fn supplement_now(unit: crate::domain::units::Volume) -> String {
        Msg("journey-supplement-now").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The birth weight field (Settings, and "Baby is here").
    pub const BIRTH_WEIGHT: Msg = Msg("journey-birth-weight");
    pub const BIRTH_WEIGHT_HINT: Msg = Msg("journey-birth-weight-hint");
    /// "Baby is here": the question and its answers.
    pub const BORN_QUESTION: Msg = Msg("journey-born-question");
    pub const BORN_HINT: Msg = Msg("journey-born-hint");
    pub const BABY_HERE_SAVE: Msg = Msg("journey-baby-here-save");
    pub const BABY_HERE_CANCEL: Msg = Msg("journey-baby-here-cancel");
    pub const BABY_HERE_UNDONE: Msg = Msg("journey-baby-here-undone");
    /// A birth date or weight that was refused; nothing was changed.
    pub fn birth_problem(p: BirthProblem) -> &'static str {
        match p {
            BirthProblem::Future => Msg("journey-birth-future").get(),
            BirthProblem::Year => Msg("journey-birth-year").get(),
            BirthProblem::Weight => Msg("journey-birth-weight-problem").get(),
        }
    }
    /// A birth date field that was emptied or could not be read.
    pub const BORN_MISSING: Msg = Msg("journey-born-missing");
    pub const SUPPLEMENT_HINT: Msg = Msg("journey-supplement-hint");
    pub const OPENING: Msg = Msg("journey-opening");
    pub const OPENING_HINT: Msg = Msg("journey-opening-hint");
    pub const BABY_HERE: Msg = Msg("journey-baby-here");
    pub const BABY_HERE_SAVED: Msg = Msg("journey-baby-here-saved");
    /// Said when a birth date is saved in Settings.
    pub const BIRTH_SAVED: Msg = Msg("journey-birth-saved");
    pub const PREPARING_TITLE: Msg = Msg("journey-preparing-title");
    pub const PREPARING_NOTE: Msg = Msg("journey-preparing-note");
    pub const NO_DUE_DATE: Msg = Msg("journey-no-due-date");

    /// The label of a path.
    pub fn path(p: Path) -> &'static str {
        match p {
            Path::Relactating => PATH_RELACTATING,
            Path::InducingBabyHere => PATH_INDUCING_HERE,
            Path::Preparing => PATH_PREPARING,
        }
        .get()
    }

    /// After a path is chosen in Settings: what it did to the plan.
    pub const PATH_SAVED: Msg = Msg("journey-path-saved");

    /// The countdown on Today while preparing.
    pub fn countdown(days: i64) -> String {
        if days < 0 {
            Msg("journey-due-passed").into()
        } else {
            Msg("journey-countdown").with(&[("days", days.into())])
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
            Next(FirstDrops) => Msg("journey-next-first-drops"),
            // Explained in a few words, and short enough for two lines on the smallest phone.
            Next(LetDown) => Msg("journey-next-let-down"),
            Next(BreastChanges) => Msg("journey-next-breast-changes"),
            Next(SupplementerFeed) => Msg("journey-next-supplementer-feed"),
            Next(FeedWithoutSupplementer) => Msg("journey-next-feed-without-supplementer"),
            Next(SupplementsHalved) => Msg("journey-next-supplements-halved"),
            Next(DayWithoutSupplements) if path != Path::Relactating => {
                Msg("journey-next-day-without-supplements-if-goal")
            }
            Next(DayWithoutSupplements) => Msg("journey-next-day-without-supplements"),
            // Never next (only listed milestones are), but every kind has words.
            Next(Own | Unknown) => Msg("journey-next-own"),
            WithBaby => Msg("journey-next-with-baby"),
            AllReached => Msg("journey-next-all-reached"),
        }
        .get()
    }

    /// The baby's age on Today: days for the first two weeks, then weeks.
    pub fn baby_age(days: i64) -> String {
        if days < 14 {
            Msg("journey-baby-age-days").with(&[("days", days.into())])
        } else {
            Msg("journey-baby-age-weeks").with(&[("weeks", (days / 7).into())])
        }
    }

    /// Under the diaper counts: what to look for at the baby's age, from the care table.
    pub fn diapers(stage: DiaperStage) -> String {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        match stage {
            DiaperStage::FirstDays => Msg("journey-diapers-first-days").with(&[
                ("day1", d1.into()),
                ("day2", d2.into()),
                ("day3", d3.into()),
                ("day4", d4.into()),
                ("wet", care::WET_PER_DAY.into()),
                ("day", care::USUAL_FROM_DAY.into()),
            ]),
            DiaperStage::Young => Msg("journey-diapers-young").with(&[
                ("wet", care::WET_PER_DAY.into()),
                ("stools", care::STOOLS_PER_DAY.into()),
            ]),
            DiaperStage::Older => {
                Msg("journey-diapers-older").with(&[("wet", care::WET_PER_DAY.into())])
            }
            DiaperStage::Unknown => Msg("journey-diapers-unknown")
                .with(&[("wet", care::WET_PER_DAY.into()), ("day", care::USUAL_FROM_DAY.into())]),
        }
    }

    /// The opening phase's card on the Plan.
    pub const OPENING_TITLE: Msg = Msg("journey-opening-title");

    /// The opening phase on Today.
    pub fn opening(ends: &str) -> String {
        Msg("journey-opening-until").with(&[("ends", ends.into())])
    }

    /// Instead of the day's plan while the opening phase runs.
    pub fn plan_after(ends: &str) -> String {
        Msg("journey-plan-after").with(&[("ends", ends.into())])
    }

    /// A section of the Guide's part per path: heading, paragraphs and a bulleted list.
    pub struct GuidePart {
        pub heading: Msg,
        pub paragraphs: &'static [Msg],
        pub points: &'static [Msg],
    }

    /// The Guide's section per path.
    pub const GUIDE_TITLE: Msg = Msg("journey-guide-title");
    pub const GUIDE: &[GuidePart] = &[
        GuidePart {
            heading: Msg("journey-guide-relactating"),
            paragraphs: &[
                Msg("journey-guide-relactating-possible"),
                Msg("journey-guide-relactating-full-or-part"),
            ],
            points: &[
                Msg("journey-guide-relactating-often"),
                Msg("journey-guide-relactating-keep-supplement"),
                Msg("journey-guide-relactating-ask"),
            ],
        },
        GuidePart {
            heading: Msg("journey-guide-inducing"),
            paragraphs: &[
                Msg("journey-guide-inducing-possible"),
                Msg("journey-guide-inducing-supplementer"),
            ],
            points: &[
                Msg("journey-guide-inducing-sessions"),
                Msg("journey-guide-inducing-diapers"),
                Msg("journey-guide-inducing-ask"),
            ],
        },
        GuidePart {
            heading: Msg("journey-guide-preparing"),
            paragraphs: &[
                Msg("journey-guide-preparing-before"),
                Msg("journey-guide-preparing-gently"),
            ],
            points: &[
                Msg("journey-guide-preparing-countdown"),
                Msg("journey-guide-preparing-arrives"),
                Msg("journey-guide-preparing-ask"),
            ],
        },
    ];

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::language::Language;
        use crate::text::i18n::{with_language, ISOLATE};

        #[test]
        fn the_countdown_and_the_babys_age_say_each_count_in_english() {
            let said: Vec<String> = [-2, 0, 1, 2, 11].map(countdown).into();
            assert_eq!(
                said,
                [
                    "Your due date has passed. Tap \u{201c}Baby is here\u{201d} when your baby arrives.",
                    "Your baby is due today.",
                    "1 day until your baby is due.",
                    "2 days until your baby is due.",
                    "11 days until your baby is due.",
                ]
            );
            let ages: Vec<String> = [0, 1, 13, 14, 100].map(baby_age).into();
            assert_eq!(
                ages,
                [
                    "Your baby was born today.",
                    "Your baby is 1 day old.",
                    "Your baby is 13 days old.",
                    "Your baby is 2 weeks old.",
                    "Your baby is 14 weeks old.",
                ]
            );
            assert!(old_age_weeks(1).starts_with("Your plan once said your baby was 1 week old."));
            assert!(old_age_weeks(3).starts_with("Your plan once said your baby was 3 weeks old."));
        }

        /// Arabic's six forms, for 0, 1, 2, 3, 11 and 100, as an Arabic reader writes them.
        #[test]
        fn arabic_counts_days_in_six_forms() {
            let (fsi, pdi) = ISOLATE;
            let n = |d: u32| format!("{fsi}{d}{pdi}");
            with_language(Language::Arabic, || {
                assert_eq!(countdown(0), "موعد وصول الطفل المتوقع اليوم.");
                assert_eq!(countdown(1), "بقي يوم واحد على موعد وصول الطفل.");
                assert_eq!(countdown(2), "بقي يومان على موعد وصول الطفل.");
                assert_eq!(countdown(3), format!("بقيت {} أيام على موعد وصول الطفل.", n(3)));
                assert_eq!(countdown(11), format!("بقي {} يومًا على موعد وصول الطفل.", n(11)));
                assert_eq!(countdown(100), format!("بقي {} يوم على موعد وصول الطفل.", n(100)));
                assert_eq!(baby_age(0), "وُلد الطفل اليوم.");
                assert_eq!(baby_age(2), "عمر الطفل يومان.");
                assert_eq!(baby_age(21), format!("عمر الطفل {} أسابيع.", n(3)));
                assert_eq!(baby_age(77), format!("عمر الطفل {} أسبوعًا.", n(11)));
                assert_eq!(baby_age(700), format!("عمر الطفل {} أسبوع.", n(100)));
            });
            with_language(Language::Spanish, || {
                assert_eq!(countdown(1), "Falta 1 día para la fecha prevista de tu bebé.");
                assert_eq!(countdown(3), "Faltan 3 días para la fecha prevista de tu bebé.");
                assert_eq!(baby_age(7 * 100), "Tu bebé tiene 100 semanas.");
            });
        }
    }
}

/// Warning signs: on Today when the log shows one, at the top of the Guide and on the printed plan.
/// Kind and plain, with who to call; never alarming, never falsely reassuring. Every number comes
/// from the care table ([`crate::domain::care`]) through a placeholder (`warning-*`; each
/// translation's safety sentences are back-translated in `public/i18n/back-translations/`).
pub mod warning {
    use super::{Arg, Msg};
    use crate::domain::care::{self, Urgency};
    use crate::domain::warning::Sign;

    /// The heading of the box on Today for signs worth a call today.
    pub const TODAY_TITLE: Msg = Msg("warning-today-title");
    /// The heading of the box on Today for a sign that needs help now.
    pub const NOW_TITLE: Msg = Msg("warning-now-title");
    /// Under a sign read from counts: the log may simply be incomplete.
    pub const MAYBE_MISSED: Msg = Msg("warning-maybe-missed");
    /// Who to call when a sign is real.
    pub const CALL_TODAY: Msg = Msg("warning-call-today");
    /// What to do when a "get help now" sign is real.
    pub const GET_HELP_NOW: Msg = Msg("warning-get-help-now");

    /// The "get help now" list's heading (the Guide, the printed plan).
    pub const URGENT_TITLE: Msg = Msg("warning-urgent-title");
    /// The same heading leading into the list inside Today's expandable line ("…if your baby:").
    pub const URGENT_INTRO: Msg = Msg("warning-urgent-intro");
    /// Today's one line that opens the list.
    pub const URGENT_OPEN: Msg = Msg("warning-urgent-open");

    /// The signs only a parent can see, and the long dry spell: each means get help now. Each
    /// line finishes the list's heading ("…if your baby" + "is floppy…").
    pub fn urgent_signs() -> Vec<String> {
        vec![
            Msg("warning-urgent-dry").with(&[("hours", care::DRY_NOW_HOURS.into())]),
            Msg("warning-urgent-floppy").into(),
            Msg("warning-urgent-fever").with(&[
                ("months", care::FEVER_UNDER_MONTHS.into()),
                ("celsius", care::FEVER_C.into()),
            ]),
            Msg("warning-urgent-breathing").into(),
            Msg("warning-urgent-dehydrated").into(),
            Msg("warning-urgent-vomiting").into(),
            Msg("warning-urgent-yellow").with(&[("hours", care::JAUNDICE_EARLY_HOURS.into())]),
        ]
    }

    /// The heading of the list of signs worth a call, in the Guide and on the printed plan.
    pub const SIGNS_TITLE: Msg = Msg("warning-signs-title");

    /// The signs worth a call today, in the Guide and on the printed plan: short, so the Guide
    /// still prints on a few pages.
    pub fn signs() -> Vec<String> {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        let band = care::GAIN_BANDS[0];
        vec![
            Msg("warning-sign-wet").with(&[
                ("day1", d1.into()),
                ("day2", d2.into()),
                ("day3", d3.into()),
                ("day4", d4.into()),
                ("wet", care::WET_PER_DAY.into()),
            ]),
            Msg("warning-sign-stools").with(&[
                ("from", care::USUAL_FROM_DAY.into()),
                ("weeks", care::STOOLS_UNTIL_WEEKS.into()),
                ("stools", care::STOOLS_PER_DAY.into()),
            ]),
            Msg("warning-sign-dry").with(&[
                ("day", (care::DRY_CALL_FROM_DAY - 1).into()),
                ("hours", care::DRY_CALL_HOURS.into()),
            ]),
            Msg("warning-sign-feeds").with(&[
                ("weeks", (care::FEEDS_UNTIL_AGE / 7).into()),
                ("feeds", care::FEEDS_PER_DAY.into()),
            ]),
            Msg("warning-sign-newborn-weight").with(&[
                ("check", care::LOSS_CHECK_PCT.into()),
                ("medical", care::LOSS_MEDICAL_PCT.into()),
                ("falling", care::STOPS_FALLING_AGE.into()),
                ("back", care::BACK_BY_AGE.into()),
            ]),
            Msg("warning-sign-gain").with(&[
                ("from", (band.from_age / 7).into()),
                ("until", band.until_months.into()),
                ("grams", band.min_g_per_week.into()),
            ]),
            Msg("warning-sign-hungry").into(),
        ]
    }

    /// Grams as kilograms with two decimals, "3.45" / "3,45" (the message writes the unit).
    fn kg(grams: u32) -> Arg<'static> {
        Arg::decimal(f64::from(grams) / 1000.0, 2)
    }

    /// What one sign on Today says: what the log shows (a count is never said as a fact about
    /// the baby), and what the care table expects. Counts and hours choose their plural form in
    /// the message.
    pub fn sign(s: &Sign) -> String {
        match *s {
            Sign::FewWet { wet, expected, hours } => Msg("warning-few-wet").with(&[
                ("wet", wet.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::FewStools { stools, expected, hours } => Msg("warning-few-stools").with(&[
                ("stools", stools.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::FewFeeds { feeds, expected, hours } => Msg("warning-few-feeds").with(&[
                ("feeds", feeds.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::DryFor { hours } => Msg("warning-dry-for").with(&[("hours", hours.into())]),
            Sign::DryLong { hours } => Msg("warning-dry-long").with(&[("hours", hours.into())]),
            Sign::DarkUrine => Msg("warning-dark-urine").into(),
            Sign::NewbornLoss { pct, medical: false } => Msg("warning-newborn-loss-check")
                .with(&[("percent", pct.into()), ("check", care::LOSS_CHECK_PCT.into())]),
            Sign::NewbornLoss { pct, medical: true } => Msg("warning-newborn-loss-medical")
                .with(&[("percent", pct.into()), ("medical", care::LOSS_MEDICAL_PCT.into())]),
            Sign::WeightDown { from_g, to_g } => {
                Msg("warning-weight-down").with(&[("latest", kg(to_g)), ("before", kg(from_g))])
            }
            Sign::NotBackToBirth { birth_g, latest_g } => Msg("warning-not-back").with(&[
                ("latest", kg(latest_g)),
                ("birth", kg(birth_g)),
                ("days", care::BACK_BY_AGE.into()),
            ]),
            Sign::SlowGain { g_per_week, min_g_per_week } if g_per_week <= 0 => {
                Msg("warning-no-gain").with(&[("minimum", min_g_per_week.into())])
            }
            Sign::SlowGain { g_per_week, min_g_per_week } => Msg("warning-slow-gain")
                .with(&[("grams", g_per_week.into()), ("minimum", min_g_per_week.into())]),
        }
    }

    /// The box's closing line for a level: who to call, and when.
    pub fn act(u: Urgency) -> &'static str {
        match u {
            Urgency::CallToday => CALL_TODAY.get(),
            Urgency::Now => GET_HELP_NOW.get(),
        }
    }

    /// The box's heading for a level.
    pub fn title(u: Urgency) -> &'static str {
        match u {
            Urgency::CallToday => TODAY_TITLE.get(),
            Urgency::Now => NOW_TITLE.get(),
        }
    }
}

/// The printable guide: the facts of the source article in our own words, plain and kind.
/// Each section ends by pointing to personal help (`guide-*`; the sentences that send a parent
/// for help are back-translated with the warning signs).
pub mod guide {
    use super::Msg;

    /// A section: heading, paragraphs, and a bulleted list (may be empty). The Guide's own
    /// sections are messages; `Section<&str>` (the default) is for text not moved yet.
    pub struct Section<T: 'static = &'static str> {
        pub heading: T,
        pub paragraphs: &'static [T],
        pub points: &'static [T],
    }

    pub const INTRO: Msg = Msg("guide-intro");
    /// The intro's second paragraph: the words used, and what the guide is not. (Two paragraphs
    /// also keep the loading screen's text the first screen's largest paint.)
    pub const INTRO_WORDS: Msg = Msg("guide-intro-words");
    /// The box at the top of the guide: the routine, the warning signs and who to call.
    pub const AT_A_GLANCE: Msg = Msg("guide-at-a-glance");
    pub const ROUTINE: &[Msg] = &[
        Msg("guide-routine-sessions"),
        Msg("guide-routine-cup"),
        Msg("guide-routine-skin"),
        Msg("guide-routine-help"),
    ];
    pub const PRINT: Msg = Msg("guide-print");
    pub const PRINT_HELP: Msg = Msg("guide-print-help");
    pub const HELP: Msg = Msg("guide-help");
    pub const FURTHER: Msg = Msg("guide-further");
    pub const FURTHER_NOTE: Msg = Msg("guide-further-note");
    pub const FIND_SUPPORT: Msg = Msg("guide-find-support");

    pub const SECTIONS: &[Section<Msg>] = &[
        Section {
            heading: Msg("guide-expect-heading"),
            paragraphs: &[
                Msg("guide-expect-paragraph-1"),
                Msg("guide-expect-paragraph-2"),
                Msg("guide-expect-paragraph-3"),
            ],
            points: &[],
        },
        Section {
            heading: Msg("guide-stimulating-heading"),
            paragraphs: &[Msg("guide-stimulating-paragraph-1")],
            points: &[
                Msg("guide-stimulating-point-1"),
                Msg("guide-stimulating-point-2"),
                Msg("guide-stimulating-point-3"),
                Msg("guide-stimulating-point-4"),
            ],
        },
        Section {
            heading: Msg("guide-bringing-heading"),
            paragraphs: &[Msg("guide-bringing-paragraph-1")],
            points: &[
                Msg("guide-bringing-point-1"),
                Msg("guide-bringing-point-2"),
                Msg("guide-bringing-point-3"),
                Msg("guide-bringing-point-4"),
            ],
        },
        Section {
            heading: Msg("guide-supplements-heading"),
            paragraphs: &[Msg("guide-supplements-paragraph-1")],
            points: &[
                Msg("guide-supplements-point-1"),
                Msg("guide-supplements-point-2"),
                Msg("guide-supplements-point-3"),
            ],
        },
        Section {
            heading: Msg("guide-when-to-call-heading"),
            paragraphs: &[Msg("guide-when-to-call-paragraph-1")],
            points: &[
                Msg("guide-when-to-call-point-1"),
                Msg("guide-when-to-call-point-2"),
                Msg("guide-when-to-call-point-3"),
                Msg("guide-when-to-call-point-4"),
            ],
        },
        Section {
            heading: Msg("guide-herbs-heading"),
            paragraphs: &[Msg("guide-herbs-paragraph-1"), Msg("guide-herbs-paragraph-2")],
            points: &[],
        },
        Section {
            heading: Msg("guide-support-heading"),
            paragraphs: &[Msg("guide-support-paragraph-1")],
            points: &[
                Msg("guide-support-point-1"),
                Msg("guide-support-point-2"),
                Msg("guide-support-point-3"),
            ],
        },
    ];

    /// Titles as their publishers wrote them (a parent searches for them); the files translate
    /// only the words around a title ("La Leche League GB", "from South Africa").
    pub const READING: &[Msg] = &[
        Msg("guide-reading-lll-gb"),
        Msg("guide-reading-lll-greece"),
        Msg("guide-reading-lll-netherlands"),
        Msg("guide-reading-lll-italy"),
        Msg("guide-reading-south-africa"),
        Msg("guide-reading-lll-usa"),
        Msg("guide-reading-drip-drop"),
        Msg("guide-reading-feed-the-baby"),
        Msg("guide-reading-volver-al-pecho"),
        Msg("guide-reading-baby-who-doesnt-nurse"),
        Msg("guide-reading-suplementacion"),
        Msg("guide-reading-supplementer-nursing"),
        Msg("guide-reading-adopted-baby"),
        Msg("guide-reading-without-giving-birth"),
    ];
}

/// The printed plan and its day log sheet (`printout-*`).
pub mod printout {
    use super::Msg;
    use crate::domain::units::Volume;

    pub const PRINT_PLAN: Msg = Msg("printout-print-plan");
    pub const PLAN_TITLE: Msg = Msg("printout-plan-title");
    /// The sheet lists every planned session of the 24 hours, day and night.
    pub const SHEET_TITLE: Msg = Msg("printout-sheet-title");
    pub const SHEET_HELP: Msg = Msg("printout-sheet-help");
    pub const DATE_LINE: Msg = Msg("printout-date-line");
    pub const COL_PLANNED: Msg = Msg("printout-col-planned");
    pub const COL_TIME: Msg = Msg("printout-col-time");
    pub const COL_SIDE: Msg = Msg("printout-col-side");
    pub const COL_MINUTES: Msg = Msg("printout-col-minutes");
    /// The left breast's milk column's heading, in the parent's unit.
    pub fn col_left(unit: Volume) -> String {
        Msg("printout-col-left").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The right breast's milk column's heading, in the parent's unit.
    pub fn col_right(unit: Volume) -> String {
        Msg("printout-col-right").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The supplement column's heading, in the parent's unit.
    pub fn col_supplement(unit: Volume) -> String {
        Msg("printout-col-supplement").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The fridge reminders' heading; the reminders are the guide's "at a glance" routine.
    pub const REMINDERS: Msg = Msg("printout-reminders");
    pub const COL_DIAPERS: Msg = Msg("printout-col-diapers");
    /// The plan in one line under the printout's title: "Sessions a day: 8 · Each session: 20
    /// min · Longest break between sessions: 4 h 0 min".
    pub fn plan_line(sessions: u8, minutes: u8, longest_gap: i32) -> String {
        Msg("printout-plan-line").with(&[
            ("sessions", sessions.into()),
            ("minutes", minutes.into()),
            ("gap", super::plan::hours(longest_gap).as_str().into()),
        ])
    }
    /// The planned supplement on the fridge sheet, with the day it is for: the sheet stays up
    /// for days while the amount steps down.
    pub fn planned_on(day: &str, amount: &str) -> String {
        Msg("printout-planned-on").with(&[("day", day.into()), ("amount", amount.into())])
    }
    /// A planned time in the sheet's first column: "03:00 (night)" in the sleeping hours.
    pub fn sheet_time(time: &str, night: bool) -> String {
        if night {
            Msg("printout-sheet-time-night").with(&[("time", time.into())])
        } else {
            time.to_string()
        }
    }
    /// Under the sheet's title: what the rows after the planned ones are for.
    pub const SHEET_SPARE: Msg = Msg("printout-sheet-spare");
    pub const NO_STEP_DOWN: Msg = Msg("printout-no-step-down");
    pub const FOOTER: Msg = Msg("printout-footer");
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

/// The Progress screen, its charts' names and sentences, the milestones and the consultant
/// summary (`progress-*`).
pub mod progress {
    use super::{Arg, Msg};

    pub const RANGE: Msg = Msg("progress-range");
    pub const DAYS_7: Msg = Msg("progress-days-7");
    pub const DAYS_30: Msg = Msg("progress-days-30");
    pub const ALL: Msg = Msg("progress-all");
    pub const LOADING: Msg = Msg("progress-loading");
    pub const EMPTY: Msg = Msg("progress-empty");
    pub const SESSIONS: Msg = Msg("progress-sessions");
    pub const MINUTES: Msg = Msg("progress-minutes");
    pub const EXPRESSED: Msg = Msg("progress-expressed");
    pub const SUPPLEMENT: Msg = Msg("progress-supplement");
    pub const DIAPERS: Msg = Msg("progress-diapers");
    pub const WEIGHT: Msg = Msg("progress-weight");
    pub const SHOW_TABLE: Msg = Msg("progress-show-table");
    pub const HIDE_TABLE: Msg = Msg("progress-hide-table");
    pub const COL_DAY: Msg = Msg("progress-col-day");
    pub const COL_WEEK: Msg = Msg("progress-col-week");
    pub const TARGET: Msg = Msg("progress-target");
    pub const AVERAGE: Msg = Msg("progress-average");
    pub const LEFT: Msg = Msg("progress-left");
    pub const RIGHT: Msg = Msg("progress-right");
    pub const WET: Msg = Msg("progress-wet");
    pub const DIRTY: Msg = Msg("progress-dirty");
    pub const NO_WEIGHT: Msg = Msg("progress-no-weight");
    pub const PRINT: Msg = Msg("progress-print");

    pub const SUMMARY_DAYS: Msg = Msg("progress-summary-days");
    pub const SUMMARY_NOTES: Msg = Msg("progress-summary-notes");
    pub const SUMMARY_TITLE: Msg = Msg("progress-summary-title");
    pub const SUMMARY_PLAN: Msg = Msg("progress-summary-plan");
    /// Calendar days, as the table counts them (not rolling 24 hours).
    pub const SUMMARY_TABLE: Msg = Msg("progress-summary-table");
    pub const COL_NIGHT: Msg = Msg("progress-col-night");
    pub const COL_BREAK: Msg = Msg("progress-col-break");
    /// The log's own notes, under the table.
    pub const SUMMARY_LOG_NOTES: Msg = Msg("progress-summary-log-notes");
    /// The planned supplement's key on the printed chart: each day's own amount.
    pub const PLANNED_KEY: Msg = Msg("progress-planned-key");

    /// The path in the words of Settings → Your journey, then the baby's age on the print day
    /// (or the due date while preparing), when the parent gave it.
    pub fn summary_path(
        j: &crate::domain::model::consultant::SummaryJourney,
        today: chrono::NaiveDate,
    ) -> String {
        let path =
            Msg("progress-summary-path").with(&[("path", super::journey::path(j.path).into())]);
        let date = |d| super::format::full_date(d);
        let when = match (j.age_days, j.due, j.plan_age_weeks) {
            (Some(0), _, _) => {
                Some(Msg("progress-summary-born-today").with(&[("date", (&date(today)).into())]))
            }
            (Some(d), _, _) if d < 14 => Some(
                Msg("progress-summary-age-days")
                    .with(&[("date", (&date(today)).into()), ("days", d.into())]),
            ),
            (Some(d), _, _) => Some(
                Msg("progress-summary-age-weeks")
                    .with(&[("date", (&date(today)).into()), ("weeks", (d / 7).into())]),
            ),
            (None, Some((due, 0)), _) => {
                Some(Msg("progress-summary-due-today").with(&[("date", (&date(due)).into())]))
            }
            (None, Some((due, d)), _) if d < 0 => {
                Some(Msg("progress-summary-was-due").with(&[("date", (&date(due)).into())]))
            }
            (None, Some((due, d)), _) => Some(
                Msg("progress-summary-due-in")
                    .with(&[("date", (&date(due)).into()), ("days", d.into())]),
            ),
            (None, None, Some(w)) => {
                Some(Msg("progress-summary-plan-age").with(&[("weeks", w.into())]))
            }
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
                let minutes = format!("{:02}", m % 60);
                Msg("progress-break-cell")
                    .with(&[("hours", (m / 60).into()), ("minutes", (&minutes).into())])
            },
        )
    }

    /// How much of the supplement went with a feed (the link saved by the timer).
    pub fn with_feed(
        with_ml: crate::domain::units::Total,
        total_ml: crate::domain::units::Total,
        unit: crate::domain::units::Volume,
    ) -> String {
        let (with, total) =
            (super::format::volume(unit, with_ml), super::format::volume(unit, total_ml));
        Msg("progress-with-feed").with(&[("with", (&with).into()), ("total", (&total).into())])
    }

    /// The range's night sessions and longest break, under the table.
    pub fn range_facts(night: u32, longest: Option<crate::domain::Millis>) -> String {
        let longest = match longest {
            Some(ms) => super::plan::hours((ms / 60_000) as i32),
            None => "–".into(),
        };
        Msg("progress-range-facts").with(&[("night", night.into()), ("longest", (&longest).into())])
    }

    /// A weight in the summary's "Weight (kg)" column.
    pub fn kg_cell(grams: u32) -> String {
        super::format::decimal(f64::from(grams) / 1000.0, 2)
    }

    /// A count's average a day in the table: whole when it is whole, else with its decimal
    /// (6.8 wet), by the progress model's rule.
    pub fn average_count(v: f64) -> String {
        let decimals = crate::domain::model::progress::count_decimals(v);
        super::format::decimal(v, u8::try_from(decimals).unwrap_or(1))
    }

    /// When a note from the log was written: "Thu 12 Nov 09:40".
    pub fn note_when(day: &str, time: &str) -> String {
        Msg("progress-note-when").with(&[("day", day.into()), ("time", time.into())])
    }

    /// A note's heading before its words: "Thu 12 Nov 09:40 · Nursing: ".
    pub fn note_heading(when: &str, who: &str) -> String {
        // The space after it keeps the note's words apart; a file's line cannot end in one.
        format!(
            "{} ",
            Msg("progress-note-heading").with(&[("when", when.into()), ("who", who.into())])
        )
    }

    /// Who wrote the note: the session's kind, or a supplement.
    pub fn note_of(kind: Option<crate::domain::entry::SessionKind>) -> &'static str {
        kind.map_or_else(|| Msg("progress-note-supplement").get(), super::timer::running)
    }
    pub const SUMMARY_NOTES_TITLE: Msg = Msg("progress-summary-notes-title");
    pub const COL_DATE: Msg = Msg("progress-col-date");
    pub const COL_SESSIONS: Msg = Msg("progress-col-sessions");
    pub const COL_MINUTES: Msg = Msg("progress-col-minutes");
    /// The summary table's volume headings, in the parent's unit: expressed, supplement by cup,
    /// at the breast, and any other way.
    pub fn col_volumes(unit: crate::domain::units::Volume) -> [String; 4] {
        let u = super::format::unit_label(unit);
        [
            Msg("progress-col-expressed"),
            Msg("progress-col-cup"),
            Msg("progress-col-at-breast"),
            Msg("progress-col-other"),
        ]
        .map(|msg| msg.with(&[("unit", u.into())]))
    }
    pub const COL_WET: Msg = Msg("progress-col-wet");
    pub const COL_DIRTY: Msg = Msg("progress-col-dirty");
    pub const COL_WEIGHT: Msg = Msg("progress-col-weight");

    /// The totals row: the finished days only.
    pub fn total_of_days(days: u32) -> String {
        Msg("progress-total-of-days").with(&[("days", days.into())])
    }

    /// The row under the totals.
    pub const AVERAGE_ROW: Msg = Msg("progress-average-row");

    /// Today's row, which is not over ("Thu 12 Nov, so far").
    pub fn today_so_far(day: &str) -> String {
        Msg("progress-today-so-far").with(&[("day", day.into())])
    }

    /// Under the range line: today is in the table, apart.
    pub fn today_apart(day: &str) -> String {
        Msg("progress-today-apart").with(&[("day", day.into())])
    }

    /// The printed summary's step-down section.
    pub const STEP_TITLE: Msg = Msg("progress-step-title");

    /// When the step-down began, from what amount, and where that amount came from.
    pub fn step_began(
        day: &str,
        amount: &str,
        source: Option<crate::domain::model::step_start::StartSource>,
    ) -> String {
        use crate::domain::model::step_start::StartSource;
        let (msg, days) = match source {
            Some(StartSource::Log { days: 3 }) => (Msg("progress-step-began-log-3"), 3),
            Some(StartSource::Log { days: 1 }) => (Msg("progress-step-began-log-1"), 1),
            Some(StartSource::Log { days }) => (Msg("progress-step-began-log"), days),
            Some(StartSource::Said) => (Msg("progress-step-began-said"), 0),
            None => (Msg("progress-step-began-plan"), 0),
        };
        msg.with(&[("day", day.into()), ("amount", amount.into()), ("days", days.into())])
    }

    /// Today's planned amount in the printed step-down section.
    pub fn step_today(day: &str, amount: &str) -> String {
        Msg("progress-step-today").with(&[("day", day.into()), ("amount", amount.into())])
    }

    /// The heading of the step-down's steps, holds and steps back in the summary's days.
    pub const STEP_CHANGES: Msg = Msg("progress-step-changes");
    pub const STEP_NO_CHANGES: Msg = Msg("progress-step-no-changes");

    /// One step, hold or step back: its day, the amount planned from it, and what happened and
    /// why, in the Plan's own words ("held: fewer than 6 wet diapers yesterday").
    pub fn step_change(day: &str, amount: &str, what: &str) -> String {
        Msg("progress-step-change").with(&[
            ("day", day.into()),
            ("amount", amount.into()),
            ("what", what.into()),
        ])
    }

    /// The date range line of the printed summary.
    pub fn summary_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        let (from, to) = (super::format::full_date(from), super::format::full_date(to));
        Msg("progress-summary-range").with(&[("from", (&from).into()), ("to", (&to).into())])
    }

    /// The plan line of the printed summary.
    pub fn summary_plan(sessions: u8, minutes: u8, night: u8) -> String {
        Msg("progress-summary-plan-line").with(&[
            ("sessions", sessions.into()),
            ("minutes", minutes.into()),
            ("night", night.into()),
        ])
    }

    /// Said after a fall in what the baby shows (wet diapers, weight): never "normal".
    pub const WATCH: Msg = Msg("progress-watch");

    /// A plain sentence about how a measure moved, read as the domain says it should be.
    pub fn trend(
        what: &str,
        from: &str,
        to: &str,
        days: i64,
        movement: crate::domain::stats::Movement,
    ) -> String {
        use crate::domain::stats::Movement::*;
        let span = span(days);
        // A fall in what the baby shows is said even when it rounds to the same shown number.
        let msg = match movement {
            DownWatch => Msg("progress-trend-down-watch"),
            _ if from == to => Msg("progress-trend-steady"),
            Steady => Msg("progress-trend-steady"),
            UpKeepGoing => Msg("progress-trend-up-keep-going"),
            Up => Msg("progress-trend-up"),
            DownGoodProgress => Msg("progress-trend-down-good-progress"),
            DownWatchSigns => Msg("progress-trend-down-watch-signs"),
            DownNormal => Msg("progress-trend-down-normal"),
        };
        msg.with(&[
            ("what", what.into()),
            ("from", from.into()),
            ("to", to.into()),
            ("span", (&span).into()),
        ])
    }

    /// The time a trend covers, `days` after its first day: "over the last 2 weeks".
    fn span(days: i64) -> String {
        if days >= 14 {
            Msg("progress-span-weeks").with(&[("weeks", (days / 7).into())])
        } else {
            Msg("progress-span-days").with(&[("days", (days + 1).into())])
        }
    }

    /// The weight chart's sentence: first and last weight logged in the range (kg), and a word to
    /// watch if the baby weighs less.
    pub fn weight(first_g: Option<u32>, last_g: Option<u32>, count: usize) -> String {
        use crate::domain::stats::{movement, Measure, Movement};
        let kg = |g: u32| Arg::decimal(f64::from(g) / 1000.0, 2);
        match (first_g, last_g) {
            (Some(a), Some(z)) if count > 1 => {
                let msg = if movement(Measure::Baby, a as f64, z as f64) == Movement::DownWatch {
                    Msg("progress-weight-range-less")
                } else {
                    Msg("progress-weight-range")
                };
                msg.with(&[("first", kg(a)), ("last", kg(z))])
            }
            (Some(a), _) => Msg("progress-weight-one").with(&[("weight", kg(a))]),
            _ => NO_WEIGHT.to_string(),
        }
    }

    /// Today's values, shown apart from the chart because the day is not over.
    pub fn so_far(values: &str) -> String {
        // Charts count calendar days; Today counts from waking, so this says which day it means.
        Msg("progress-so-far").with(&[("values", values.into())])
    }

    /// Wet diapers a day on a chart's sentence ("6 wet", "6.4 wet"), with the decimals of the
    /// progress model's rule.
    pub fn wet_a_day(v: f64) -> String {
        let decimals = crate::domain::model::progress::count_decimals(v);
        let decimals = u8::try_from(decimals).unwrap_or(u8::MAX);
        Msg("progress-wet-a-day").with(&[("wet", Arg::decimal(v, decimals))])
    }

    /// Minutes a day on a chart's sentence.
    pub fn minutes_a_day(v: f64) -> String {
        Msg("format-minutes").with(&[("minutes", Arg::decimal(v, 0))])
    }

    /// A weight in kilograms, as the chart and its table write it.
    pub fn kg(v: f64) -> String {
        Msg("progress-kg").with(&[("kg", Arg::decimal(v, 2))])
    }

    /// A value on the weight chart: a column with no weighing (0) is left blank.
    pub fn kg_value(v: f64) -> String {
        if v > 0.0 {
            kg(v)
        } else {
            String::new()
        }
    }

    /// Today's value of a chart, said apart from it ("so far").
    pub fn so_far_value(
        v: crate::domain::model::progress::SoFar,
        unit: crate::domain::units::Volume,
    ) -> String {
        use crate::domain::model::progress::SoFar;
        match v {
            SoFar::Sessions(n) => super::format::whole(n),
            SoFar::Minutes(m) => minutes_a_day(m),
            SoFar::Expressed(ml) | SoFar::Supplement(ml) => super::format::volume_f64(unit, ml),
            SoFar::Diapers { wet, dirty } => diapers_so_far(wet, dirty),
            SoFar::Weight(v) => kg(v),
        }
    }

    /// A chart column's label: the day of the month, or the week's first day.
    pub fn column_label(first_day: chrono::NaiveDate, weekly: bool) -> String {
        if weekly {
            super::format::week_label(first_day)
        } else {
            chrono::Datelike::day(&first_day).to_string()
        }
    }

    /// Today's diapers so far on the diaper chart.
    pub fn diapers_so_far(wet: f64, dirty: f64) -> String {
        Msg("progress-diapers-so-far")
            .with(&[("wet", Arg::decimal(wet, 0)), ("dirty", Arg::decimal(dirty, 0))])
    }

    /// Said when a chart has too little data for a trend.
    pub fn early(what: &str) -> String {
        Msg("progress-early").with(&[("what", what.into())])
    }

    pub const JOURNEY: Msg = Msg("progress-journey");
    pub const JOURNEY_NONE: Msg = Msg("progress-journey-none");
    /// The milestones not reached yet, after the timeline: `milestones` is their names, joined.
    pub fn ahead(milestones: &str) -> String {
        Msg("progress-ahead").with(&[("milestones", milestones.into())])
    }
    pub const TICK: Msg = Msg("progress-tick");
    pub const TICK_WHICH: Msg = Msg("progress-tick-which");
    pub const TICK_DAY: Msg = Msg("progress-tick-day");
    pub const TICK_OWN: Msg = Msg("progress-tick-own");
    pub const TICK_ADD: Msg = Msg("progress-tick-add");
    pub const TICK_DAY_MISSING: Msg = Msg("progress-tick-day-missing");
    pub const FROM_LOG: Msg = Msg("progress-from-log");
    /// Said when a milestone marked by hand is taken back from the timeline, with Undo.
    pub const MARK_REMOVED: Msg = Msg("progress-mark-removed");
    pub const MARK_UNDO: Msg = Msg("progress-mark-undo");
    pub const MARK_RESTORED: Msg = Msg("progress-mark-restored");

    /// The accessible name of the button that takes back a milestone marked by hand.
    pub fn mark_remove_label(name: &str, day: &str) -> String {
        Msg("progress-mark-remove-label").with(&[("name", name.into()), ("day", day.into())])
    }
    pub const SHARE_TITLE: Msg = Msg("progress-share-title");
    /// The share tables' columns (the Plan's step-down, the printed summary).
    pub const SHARE_COL_BREAST: Msg = Msg("progress-share-col-breast");
    pub const SHARE_COL_WEIGHED: Msg = Msg("progress-share-col-weighed");

    /// The printed share table's supplement column, in the parent's unit.
    pub fn share_col_supplement(unit: crate::domain::units::Volume) -> String {
        Msg("progress-share-col-supplement")
            .with(&[("unit", super::format::unit_label(unit).into())])
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
            BaselineSource::Said => {
                Msg("progress-baseline-said").with(&[("amount", (&amount).into())])
            }
            BaselineSource::FirstWeek { first, last, days, complete } => {
                let (from, to) = (super::format::day_month(first), super::format::day_month(last));
                let msg = match (days, complete) {
                    (1, true) => Msg("progress-baseline-week-one-day"),
                    (_, true) => Msg("progress-baseline-week"),
                    (1, false) => Msg("progress-baseline-so-far-one-day"),
                    (_, false) => Msg("progress-baseline-so-far"),
                };
                msg.with(&[
                    ("amount", (&amount).into()),
                    ("from", (&from).into()),
                    ("to", (&to).into()),
                    ("days", days.into()),
                ])
            }
        }
    }

    /// Said once beside a share table or chart: what the figure means.
    pub const SHARE_MEANING: Msg = Msg("progress-share-meaning");

    /// A day's share against the start, the same words in every table: "about 50%", "not lower
    /// yet" for a day whose supplements are not below the start, "–" when the day cannot tell.
    pub fn share_breast_cell(s: &crate::domain::milestones::Share) -> String {
        match s.by_baseline {
            // "About 0% from the breast" reads as a verdict on the parent; the fact is that the
            // supplements are not lower yet.
            Some(0) => Msg("progress-share-not-lower").to_string(),
            Some(p) => Msg("progress-share-about").with(&[("percent", p.into())]),
            None => "–".into(),
        }
    }

    /// A column of the share chart, as its table writes it: the same words as
    /// [`share_breast_cell`]; a column no day had a share in (`NaN`) is "–".
    pub fn share_value(v: f64) -> String {
        if v.is_nan() {
            "–".into()
        } else if v < 0.5 {
            Msg("progress-share-not-lower").to_string()
        } else {
            Msg("progress-share-about").with(&[("percent", Arg::decimal(v, 0))])
        }
    }

    /// A day's test weighing, for the printed table.
    pub fn share_weighed_cell(
        s: &crate::domain::milestones::Share,
        vol: &dyn Fn(u32) -> String,
    ) -> String {
        let amount = vol(s.weighed_ml);
        let msg = match s.by_weighing {
            // With no supplement that day the share of measured milk says nothing more.
            Some(_) if s.supplement_ml == 0 => Msg("progress-share-weighed-cell"),
            Some(_) => Msg("progress-share-weighed-cell-percent"),
            None => return "–".into(),
        };
        msg.with(&[
            ("amount", (&amount).into()),
            ("feeds", s.weighed_feeds.into()),
            ("percent", s.by_weighing.unwrap_or(0).into()),
        ])
    }

    /// The Progress chart of the daily share against the starting supplement.
    pub const SHARE_CHART: Msg = Msg("progress-share-chart");
    pub const SHARE_LAYER: Msg = Msg("progress-share-layer");

    /// The share chart's sentence: where it started and where it is, no praise, no alarm
    /// (`days`: the columns with a share).
    pub fn share_chart_summary(first: u32, last: u32, days: usize) -> String {
        if days < 2 {
            Msg("progress-share-chart-one").with(&[("last", last.into())])
        } else {
            Msg("progress-share-chart-from-to")
                .with(&[("first", first.into()), ("last", last.into())])
        }
    }
    pub const SHARE_NOTE: Msg = Msg("progress-share-note");

    /// The name of a journey milestone.
    pub fn journey(k: crate::domain::milestones::Kind) -> &'static str {
        use crate::domain::milestones::Kind::*;
        match k {
            FirstDrops => Msg("progress-milestone-first-drops"),
            LetDown => Msg("progress-milestone-let-down"),
            BreastChanges => Msg("progress-milestone-breast-changes"),
            SupplementerFeed => Msg("progress-milestone-supplementer-feed"),
            FeedWithoutSupplementer => Msg("progress-milestone-feed-without-supplementer"),
            SupplementsHalved => Msg("progress-milestone-supplements-halved"),
            DayWithoutSupplements => Msg("progress-milestone-day-without-supplements"),
            Own => Msg("progress-milestone-own"),
            Unknown => Msg("progress-milestone-unknown"),
        }
        .get()
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
            FirstDrops => Msg("progress-celebrate-first-drops"),
            LetDown => Msg("progress-celebrate-let-down"),
            BreastChanges => Msg("progress-celebrate-breast-changes"),
            SupplementerFeed => Msg("progress-celebrate-supplementer-feed"),
            FeedWithoutSupplementer => Msg("progress-celebrate-feed-without-supplementer"),
            SupplementsHalved => Msg("progress-celebrate-supplements-halved"),
            DayWithoutSupplements => Msg("progress-celebrate-day-without-supplements"),
            Own => Msg("progress-celebrate-own"),
            Unknown => Msg("progress-celebrate-unknown"),
        }
        .get()
    }

    /// The daily share sentence: supplements against the starting amount, and test weighing.
    pub fn share(s: &crate::domain::milestones::Share, vol: &dyn Fn(u32) -> String) -> String {
        let mut out = Vec::new();
        let supplement = vol(s.supplement_ml);
        if let (Some(b), Some(0)) = (s.baseline_ml, s.by_baseline) {
            // "About 0% from the breast" reads as a verdict on the parent; the fact is that the
            // supplements are not lower yet.
            out.push(
                Msg("progress-share-not-lower-yet")
                    .with(&[("supplement", (&supplement).into()), ("baseline", (&vol(b)).into())]),
            );
        } else if let (Some(b), Some(p)) = (s.baseline_ml, s.by_baseline) {
            out.push(Msg("progress-share-against-start").with(&[
                ("supplement", (&supplement).into()),
                ("baseline", (&vol(b)).into()),
                ("percent", p.into()),
            ]));
        }
        if let Some(p) = s.by_weighing {
            let amount = vol(s.weighed_ml);
            let feeds = ("feeds", Arg::from(s.weighed_feeds));
            out.push(if s.supplement_ml == 0 {
                Msg("progress-share-weighed-only").with(&[("amount", (&amount).into()), feeds])
            } else {
                Msg("progress-share-weighed").with(&[
                    ("amount", (&amount).into()),
                    feeds,
                    ("percent", p.into()),
                ])
            });
        }
        if out.is_empty() {
            Msg("progress-share-not-enough").to_string()
        } else {
            out.join(" ")
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::language::Language;
        use crate::domain::stats::{movement, Measure, Movement};
        use crate::text::i18n::{with_language, ISOLATE};

        /// The consultant table's averages and weighings, and today's "so far" values, as each
        /// language writes its numbers.
        #[test]
        fn the_tables_numbers_and_today_so_far_are_written_as_the_language_writes_numbers() {
            use crate::domain::model::progress::SoFar;
            use crate::domain::units::Volume;
            let english = with_language(Language::English, || {
                let so_far = |v| so_far_value(v, Volume::Ml);
                (
                    [average_count(6.8), average_count(8.0), kg_cell(4050), kg_value(0.0)],
                    [so_far(SoFar::Sessions(2.0)), so_far(SoFar::Expressed(50.0))],
                )
            });
            assert_eq!(
                english,
                (
                    ["6.8".to_string(), "8".into(), "4.05".into(), String::new()],
                    ["2".to_string(), "50 ml".into()]
                )
            );
            let spanish = with_language(Language::Spanish, || {
                [average_count(6.8), kg_cell(4050), so_far_value(SoFar::Weight(4.05), Volume::Ml)]
            });
            assert_eq!(spanish, ["6,8".to_string(), "4,05".into(), "4,05 kg".into()]);
        }

        /// Each language's word for "normal", for "Good progress", and for the baby's doctor, as
        /// its file says them (hand-copied, so a changed sentence is noticed here).
        const WORDS: [(Language, &str, &str, &str); 5] = [
            (Language::English, "normal", "Good progress", "doctor"),
            (Language::Spanish, "normales", "Buen avance", "médico"),
            (Language::French, "normaux", "Beau progrès", "médecin"),
            (Language::BrazilianPortuguese, "normais", "Bom progresso", "médico"),
            (Language::Arabic, "طبيعي", "تقدّم جيد", "طبيب"),
        ];

        #[test]
        fn in_every_language_a_fall_in_what_the_baby_shows_is_never_normal() {
            for (language, normal, praise, doctor) in WORDS {
                with_language(language, || {
                    let line = |m: Movement| trend(DIAPERS.get(), "6", "4", 6, m);
                    // The words are there where they belong…
                    assert!(line(Movement::DownNormal).contains(normal), "{language:?}");
                    assert!(line(Movement::DownGoodProgress).contains(praise), "{language:?}");
                    // …and never in a fall of wet diapers, which names the doctor.
                    for (from, to) in [(6.0, 4.0), (6.4, 6.0), (1.0, 0.0)] {
                        let said = trend(
                            DIAPERS.get(),
                            &wet_a_day(from),
                            &wet_a_day(to),
                            6,
                            movement(Measure::Baby, from, to),
                        );
                        assert!(!said.contains(normal) && !said.contains(praise), "{said}");
                        assert!(said.contains(doctor) && said.ends_with(WATCH.get()), "{said}");
                    }
                    // Supplements down with the signs unmet: no praise, the consultant named.
                    let unmet = trend(
                        SUPPLEMENT.get(),
                        "300 ml",
                        "120 ml",
                        9,
                        movement(Measure::SupplementSignsUnmet, 300.0, 120.0),
                    );
                    assert!(!unmet.contains(praise) && !unmet.contains(normal), "{unmet}");
                    // A lighter baby: call the doctor today; a heavier one: no alarm.
                    assert!(weight(Some(3500), Some(3450), 2).contains(doctor), "{language:?}");
                    assert!(!weight(Some(3500), Some(3700), 2).contains(doctor), "{language:?}");
                });
            }
        }

        #[test]
        fn counts_take_each_languages_plural_and_numbers_its_decimal_sign() {
            let (fsi, pdi) = ISOLATE;
            let arabic: Vec<String> = with_language(Language::Arabic, || {
                [0, 1, 2, 3, 11, 100].map(total_of_days).to_vec()
            });
            assert_eq!(
                arabic,
                [
                    "المجموع، لا أيام كاملة".to_string(),
                    "المجموع، يوم واحد كامل".into(),
                    "المجموع، يومان كاملان".into(),
                    format!("المجموع، {fsi}3{pdi} أيام كاملة"),
                    format!("المجموع، {fsi}11{pdi} يومًا كاملًا"),
                    format!("المجموع، {fsi}100{pdi} يوم كامل"),
                ]
            );
            // A weight, and a chart's average a day with one decimal.
            let (weight, average) = (3.456, 6.4);
            let spanish = with_language(Language::Spanish, || {
                (total_of_days(1), total_of_days(2), kg(weight), wet_a_day(average))
            });
            assert_eq!(
                spanish,
                (
                    "Total, 1 día completo".into(),
                    "Total, 2 días completos".into(),
                    "3,46 kg".into(),
                    "6,4 mojados".into()
                )
            );
            // French: 0 and 1 are singular, and a space that does not break before "%".
            let french =
                with_language(Language::French, || (total_of_days(0), share_value(25.0), span(20)));
            assert_eq!(
                french,
                (
                    "Total, 0 journée complète".into(),
                    "environ 25\u{a0}%".into(),
                    "sur les 2 dernières semaines".into()
                )
            );
            // Over 1, 2, 10 and 99 days: the last 2, 3, 11 and 100 days.
            let arabic_span = with_language(Language::Arabic, || [1, 2, 10, 99].map(span));
            assert_eq!(
                arabic_span,
                [
                    "خلال اليومين الأخيرين".to_string(),
                    format!("خلال آخر {fsi}3{pdi} أيام"),
                    format!("خلال آخر {fsi}11{pdi} يومًا"),
                    format!("خلال آخر {fsi}14{pdi} أسبوعًا"),
                ]
            );
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

/// A sentence for each way the log store can fail (`problem-store-*`).
pub fn store_error(e: &crate::domain::store::StoreError) -> &'static str {
    use crate::domain::store::StoreError::*;
    match e {
        Unavailable => Msg("problem-store-unavailable"),
        QuotaExceeded => Msg("problem-store-quota"),
        VersionChanged => Msg("problem-store-version"),
        Other(_) => Msg("problem-store-other"),
    }
    .get()
}

/// A sentence for each reason a record is refused (`invalid-*`).
pub fn invalid(why: Invalid) -> &'static str {
    match why {
        Invalid::EndNotAfterStart => Msg("invalid-end-not-after-start"),
        Invalid::SessionTooLong => Msg("invalid-session-too-long"),
        Invalid::SegmentOutsideSession => Msg("invalid-segment-outside"),
        Invalid::VolumeOutOfRange => Msg("invalid-volume-range"),
        Invalid::AmountOutOfRange => Msg("invalid-amount-range"),
        Invalid::WeightOutOfRange => Msg("invalid-weight-range"),
        Invalid::DiaperEmpty => Msg("invalid-diaper-empty"),
        Invalid::NotesTooLong => Msg("invalid-notes-too-long"),
        Invalid::InFuture => Msg("invalid-in-future"),
        Invalid::NotesControlCharacter => Msg("invalid-notes-control"),
        Invalid::MedicineNameEmpty => Msg("invalid-medicine-name-empty"),
        Invalid::MedicineNameTooLong => Msg("invalid-medicine-name-too-long"),
        Invalid::AdvisedByEmpty => Msg("invalid-advised-by-empty"),
        Invalid::AdvisedByTooLong => Msg("invalid-advised-by-too-long"),
        Invalid::MedicineDateMissing => Msg("invalid-medicine-date-missing"),
        Invalid::DateOutOfRange => Msg("invalid-date-range"),
        Invalid::StopBeforeStart => Msg("invalid-stop-before-start"),
        Invalid::TakenOutsideDates => Msg("invalid-taken-outside"),
        Invalid::TestWeightAfterSmaller => Msg("invalid-test-weight-smaller"),
        Invalid::TestWeightTooMuch => Msg("invalid-test-weight-too-much"),
        Invalid::MilestoneUnknown => Msg("invalid-milestone-unknown"),
        Invalid::MilestoneWordsEmpty => Msg("invalid-milestone-words-empty"),
        Invalid::MilestoneWordsTooLong => Msg("invalid-milestone-words-too-long"),
        Invalid::MilestoneDayMismatch => Msg("invalid-milestone-day-mismatch"),
    }
    .get()
}

/// The parent's own list of medicines and galactagogues (Settings; `medicines-*`). Relact's words
/// never name one.
pub mod medicines {
    use super::Msg;
    use crate::domain::medicine::AdvisedBy;

    pub const TITLE: Msg = Msg("medicines-title");
    pub const INTRO: Msg = Msg("medicines-intro");
    /// Shown when "My own choice" is ticked.
    pub const OWN_CHOICE_NOTE: Msg = Msg("medicines-own-choice-note");
    pub const EMPTY: Msg = Msg("medicines-empty");
    pub const ADD: Msg = Msg("medicines-add");
    pub const NAME: Msg = Msg("medicines-name");
    pub const WHO: Msg = Msg("medicines-who");
    pub const OWN_CHOICE: Msg = Msg("medicines-own-choice");
    pub const START: Msg = Msg("medicines-start");
    pub const STOP: Msg = Msg("medicines-stop");
    pub const SAVE: Msg = Msg("medicines-save");
    pub const CANCEL: Msg = Msg("medicines-cancel");
    pub const SAVED: Msg = Msg("medicines-saved");
    pub const DELETED: Msg = Msg("medicines-deleted");
    pub const RESTORED: Msg = Msg("medicines-restored");
    pub const UNDO: Msg = Msg("medicines-undo");
    pub const LOADING: Msg = Msg("medicines-loading");

    /// Who advised it, as a line.
    pub fn advised(by: &AdvisedBy) -> String {
        match by {
            AdvisedBy::Person(who) => Msg("medicines-advised").with(&[("who", who.into())]),
            AdvisedBy::OwnChoice => OWN_CHOICE.into(),
        }
    }

    /// The dates, as "since 3 Nov" or "3 Nov – 20 Nov".
    pub fn dates(start: &str, stop: Option<&str>) -> String {
        match stop {
            Some(stop) => {
                Msg("medicines-dates").with(&[("start", start.into()), ("stop", stop.into())])
            }
            None => Msg("medicines-since").with(&[("start", start.into())]),
        }
    }

    pub const TAKEN_TODAY: Msg = Msg("medicines-taken-today");

    /// The accessible name of today's tick, naming the medicine.
    pub fn taken_today(name: &str) -> String {
        Msg("medicines-taken-today-name").with(&[("name", name.into())])
    }

    pub fn edit_label(name: &str) -> String {
        Msg("medicines-edit-label").with(&[("name", name.into())])
    }

    pub fn delete_label(name: &str) -> String {
        Msg("medicines-delete-label").with(&[("name", name.into())])
    }

    pub const EDIT: Msg = Msg("medicines-edit");
    pub const DELETE: Msg = Msg("medicines-delete");

    /// The consultant summary's section.
    pub const SUMMARY_TITLE: Msg = Msg("medicines-summary-title");
    pub const SUMMARY_NONE: Msg = Msg("medicines-summary-none");

    /// How many days in the summary's range were ticked as taken.
    pub fn summary_taken(ticked: usize) -> String {
        Msg("medicines-summary-taken").with(&[("days", ticked.into())])
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::language::Language;
        use crate::text::i18n::{with_language, ISOLATE};

        #[test]
        fn the_days_ticked_take_each_languages_plural() {
            let said =
                |language| with_language(language, || [0, 1, 2, 3, 11, 100].map(summary_taken));
            assert_eq!(
                said(Language::English),
                [
                    "no day ticked as taken in this range",
                    "ticked as taken on 1 day in this range",
                    "ticked as taken on 2 days in this range",
                    "ticked as taken on 3 days in this range",
                    "ticked as taken on 11 days in this range",
                    "ticked as taken on 100 days in this range",
                ]
            );
            let (fsi, pdi) = ISOLATE;
            let ar = said(Language::Arabic);
            assert_eq!(ar[0], "لم يُعلَّم أي يوم بأنه أُخذ فيه خلال هذه المدة");
            assert_eq!(ar[1], "عُلِّم بأنه أُخذ في يوم واحد خلال هذه المدة");
            assert_eq!(ar[2], "عُلِّم بأنه أُخذ في يومين خلال هذه المدة");
            assert_eq!(ar[3], format!("عُلِّم بأنه أُخذ في {fsi}3{pdi} أيام خلال هذه المدة"));
            assert_eq!(ar[4], format!("عُلِّم بأنه أُخذ في {fsi}11{pdi} يومًا خلال هذه المدة"));
            assert_eq!(ar[5], format!("عُلِّم بأنه أُخذ في {fsi}100{pdi} يوم خلال هذه المدة"));
            let fr = said(Language::French);
            assert_eq!(fr[0], "aucun jour coché comme pris sur cette période");
            assert_eq!(fr[1], "coché comme pris 1 jour sur cette période");
            assert_eq!(fr[2], "coché comme pris 2 jours sur cette période");
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
                        progress::DIAPERS.get(),
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
