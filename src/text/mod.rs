//! Every sentence the parent reads, in one place. Components never hold their own wording.
//!
//! Translated modules name their messages ([`Msg`]) in the translation files,
//! `public/i18n/<language>.ftl` (see [`i18n`]); the others still hold English here and move to
//! the files module by module, keeping their names and signatures.

use crate::domain::entry::Invalid;

#[macro_use]
pub mod i18n;
pub mod format;

pub use i18n::{Arg, Emphasis, Msg};

/// The app's name as shown in titles.
pub const APP_NAME: &str = "Relact";

/// Navigation labels and the headings of the screens they open (`public/i18n/*.ftl`, `nav-*`).
pub mod nav {
    use super::Msg;

    pub const TODAY: Msg = msg!("nav-today");
    pub const TIMER: Msg = msg!("nav-timer");
    pub const LOG: Msg = msg!("nav-log");
    pub const PLAN: Msg = msg!("nav-plan");
    pub const PROGRESS: Msg = msg!("nav-progress");
    pub const GUIDE: Msg = msg!("nav-guide");
    pub const SETTINGS: Msg = msg!("nav-settings");
    pub const MAIN_MENU: Msg = msg!("nav-main-menu");
    pub const MORE_MENU: Msg = msg!("nav-more-menu");
    pub const SKIP_TO_CONTENT: Msg = msg!("nav-skip-to-content");
    /// While a screen kept out of the first download is fetched (the loading screen's word).
    pub const OPENING: Msg = msg!("shell-opening");
    pub const SCREEN_UNAVAILABLE: Msg = msg!("nav-screen-unavailable");
    pub const TRY_AGAIN: Msg = msg!("nav-try-again");
}

/// The Settings screen (`settings-*`).
pub mod settings {
    use super::Msg;
    use crate::domain::language::Language;

    pub const THEME: Msg = msg!("settings-theme");
    pub const THEME_AUTO: Msg = msg!("settings-theme-auto");
    pub const THEME_LIGHT: Msg = msg!("settings-theme-light");
    pub const THEME_NIGHT: Msg = msg!("settings-theme-night");
    pub const VOLUME: Msg = msg!("settings-volume");
    pub const VOLUME_ML: Msg = msg!("settings-volume-ml");
    pub const VOLUME_OZ: Msg = msg!("settings-volume-oz");
    pub const CLOCK: Msg = msg!("settings-clock");
    pub const CLOCK_24: Msg = msg!("settings-clock-24");
    pub const CLOCK_12: Msg = msg!("settings-clock-12");
    pub const WEEK_START: Msg = msg!("settings-week-start");
    pub const MONDAY: Msg = msg!("settings-monday");
    pub const SUNDAY: Msg = msg!("settings-sunday");
    pub const SATURDAY: Msg = msg!("settings-saturday");
    pub const CHIME: Msg = msg!("settings-chime");
    pub const SAVED: Msg = msg!("settings-saved");
    pub const PRIVACY: Msg = msg!("settings-privacy");

    pub const LANGUAGE: Msg = msg!("settings-language");
    pub const LANGUAGE_REOPENS: Msg = msg!("settings-language-reopens");
    /// Said in Portuguese to a phone set to a Portuguese other than Brazil's.
    pub const LANGUAGE_BRAZIL: Msg = msg!("settings-language-brazil");

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
        msg!("settings-language-opening").with(&[("language", language_name(language).into())])
    }

    /// The file could not be fetched: no connection, and the phone never had it.
    pub fn language_offline(language: Language) -> String {
        msg!("settings-language-offline").with(&[("language", language_name(language).into())])
    }

    /// The file came but could not be read (a server error, a broken deploy).
    pub fn language_failed(language: Language) -> String {
        msg!("settings-language-failed").with(&[("language", language_name(language).into())])
    }
}

/// The Plan screen (`plan-*`).
pub mod plan {
    use super::{Arg, Msg};
    use crate::domain::care::{self, DiaperStage};
    use crate::domain::plan::{StartProblem, MAX_START_ML};
    use crate::domain::step_down::start::StartSource;
    use crate::domain::step_down::{Caution, Hold, Short, StepChange, StepDay};
    use crate::domain::units::Volume;

    pub const YOUR_DAY: Msg = msg!("plan-your-day");
    pub const NIGHT: Msg = msg!("plan-night");
    pub const SETTINGS: Msg = msg!("plan-settings");
    pub const GOAL: Msg = msg!("plan-goal");
    pub const GOAL_RELACTATION: Msg = msg!("plan-goal-relactation");
    pub const GOAL_INDUCED: Msg = msg!("plan-goal-induced");
    pub const SESSIONS: Msg = msg!("plan-sessions");
    pub const MINUTES: Msg = msg!("plan-minutes");
    pub const WAKE: Msg = msg!("plan-wake");
    pub const SLEEP: Msg = msg!("plan-sleep");
    pub const NIGHT_SESSIONS: Msg = msg!("plan-night-sessions");
    pub const NIGHT_WHY: Msg = msg!("plan-night-why");
    pub const NIGHT_NONE: Msg = msg!("plan-night-none");
    /// Where the baby's age is set now (the plan's old "age in weeks" field is gone).
    pub const BABY_AGE_WHERE: Msg = msg!("plan-baby-age-where");
    pub const GUIDANCE: Msg = msg!("plan-guidance");
    pub const STEP_DOWN: Msg = msg!("plan-step-down");
    pub const STEP_HOLD: Msg = msg!("plan-step-hold");
    pub const STEP_FROM: Msg = msg!("plan-step-from");
    pub const STEP_AGREE: Msg = msg!("plan-step-agree");
    pub const STEP_HISTORY: Msg = msg!("plan-step-history");
    pub const STEP_DATE: Msg = msg!("plan-step-date");
    pub const STEP_TARGET: Msg = msg!("plan-step-target");
    pub const CALENDAR: Msg = msg!("plan-calendar");
    pub const CALENDAR_HELP: Msg = msg!("plan-calendar-help");
    pub const CALENDAR_SAVED: Msg = msg!("plan-calendar-saved");
    pub const CALENDAR_FAILED: Msg = msg!("plan-calendar-failed");
    pub const ICS_SUMMARY: Msg = msg!("plan-ics-summary");
    pub const ICS_NIGHT: Msg = msg!("plan-ics-night");
    pub const ICS_DESCRIPTION: Msg = msg!("plan-ics-description");
    pub const BAD_TIME: Msg = msg!("plan-bad-time");

    /// The step-down's amount fields, labelled in the parent's unit.
    pub fn step_labels(unit: Volume) -> (&'static str, &'static str) {
        match unit {
            Volume::Ml => (msg!("plan-step-start-ml").get(), msg!("plan-step-size-ml").get()),
            Volume::Oz => (msg!("plan-step-start-oz").get(), msg!("plan-step-size-oz").get()),
        }
    }

    /// "4 h 0 min" style span.
    pub fn hours(minutes: i32) -> String {
        msg!("plan-hours")
            .with(&[("hours", (minutes / 60).into()), ("minutes", (minutes % 60).into())])
    }

    /// "Each session: 20 min", on the Plan and its opening phase's card.
    pub fn session_length(minutes: u8) -> String {
        msg!("plan-session-length").with(&[("minutes", minutes.into())])
    }

    /// "Longest break between sessions: 4 h 0 min".
    pub fn longest_gap(minutes: i32) -> String {
        msg!("plan-longest-gap").with(&[("gap", hours(minutes).as_str().into())])
    }

    /// The day's planned supplement, worded so it never reads as a limit.
    pub fn planned_today(amount: &str) -> String {
        msg!("plan-planned-today").with(&[("amount", amount.into())])
    }

    /// How the step-down decides, said for the baby's age today as a short list (the same rule
    /// the amounts follow: [`crate::domain::step_down::history`]), numbers from the care
    /// table for `age_days`.
    pub fn step_rule(stage: DiaperStage, age_days: Option<i64>) -> Vec<String> {
        let need = care::per_day(age_days);
        let diapers = match (stage, need.stools) {
            (DiaperStage::FirstDays, _) => {
                msg!("plan-rule-first-days").with(&[("day", care::USUAL_FROM_DAY.into())])
            }
            (_, Some(stools)) => msg!("plan-rule-wet-and-stools")
                .with(&[("wet", need.wet.into()), ("stools", stools.into())]),
            (_, None) => msg!("plan-rule-wet").with(&[("wet", need.wet.into())]),
        };
        let mut out = vec![
            msg!("plan-rule-guide").into(),
            diapers,
            msg!("plan-rule-more").into(),
            msg!("plan-rule-weights").into(),
            msg!("plan-rule-half").with(&[("days", care::RECENT_WEIGHT_DAYS.into())]),
            msg!("plan-rule-short").into(),
            msg!("plan-rule-step-size").into(),
        ];
        if stage == DiaperStage::Unknown {
            out.push(msg!("plan-rule-birth-date").into());
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
            Hold::FirstDays => msg!("plan-hold-first-days").into(),
            Hold::NeededMore { given_ml, .. } => {
                msg!("plan-hold-needed-more").with(&[("amount", vol(given_ml).as_str().into())])
            }
            Hold::Short(s) if !s.wet && !s.stools => msg!("plan-hold-weight").into(),
            Hold::Short(s) if s.weight => msg!("plan-hold-short-and-weight").with(&short_args(s)),
            Hold::Short(s) => msg!("plan-hold-short").with(&short_args(s)),
        }
    }

    /// Why the step-down is holding or went back up, and who to talk to. A count is said as
    /// what the log shows, with a word to add what was not logged.
    pub fn caution(c: Caution, unit: Volume) -> String {
        match c {
            Caution::Held(Hold::FirstDays) => msg!("plan-caution-first-days").into(),
            Caution::Held(Hold::NeededMore { given_ml, planned_ml }) => {
                let given = super::format::planned_volume(unit, given_ml);
                let planned = super::format::planned_volume(unit, planned_ml);
                msg!("plan-caution-needed-more")
                    .with(&[("given", given.as_str().into()), ("planned", planned.as_str().into())])
            }
            Caution::Held(Hold::Short(s)) if !s.wet && !s.stools => {
                msg!("plan-caution-weight").into()
            }
            Caution::Held(Hold::Short(s)) if s.weight => {
                msg!("plan-caution-short-and-weight").with(&short_args(s))
            }
            Caution::Held(Hold::Short(s)) => msg!("plan-caution-short").with(&short_args(s)),
            Caution::SteppedBack => msg!("plan-caution-stepped-back").into(),
            Caution::NeedsWeight => {
                msg!("plan-caution-needs-weight").with(&[("days", care::RECENT_WEIGHT_DAYS.into())])
            }
        }
    }

    /// The offer when the baby had more than planned: start again from what was given.
    pub fn restart_from(amount: &str) -> String {
        msg!("plan-restart-from").with(&[("amount", amount.into())])
    }

    /// Said after the step-down was restarted.
    pub const RESTARTED: Msg = msg!("plan-restarted");

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
            Some(h) => msg!("plan-change-because").with(&[
                ("change", change.into()),
                ("reason", hold_reason(h, vol).as_str().into()),
            ]),
            None => msg!("plan-change").with(&[("change", change.into())]),
        })
    }

    /// Under the starting amount: where the prefilled number came from, in the parent's unit.
    pub fn start_source(source: StartSource, amount: &str) -> String {
        match source {
            StartSource::Log { days } => msg!("plan-start-from-log")
                .with(&[("days", days.into()), ("amount", amount.into())]),
            StartSource::Said => msg!("plan-start-from-said").with(&[("amount", amount.into())]),
        }
    }

    /// Asked under a prefilled starting amount: a partner's feeds may be missing from the log.
    pub const START_CHECK: Msg = msg!("plan-start-check");

    /// Asked when the step-down is turned on and neither the log nor the start gives an amount.
    pub const START_PROMPT: Msg = msg!("plan-start-prompt");

    /// A starting amount that is not a number above 0 (a minus sign, a typo).
    pub fn start_not_a_number(unit: Volume) -> &'static str {
        match unit {
            Volume::Ml => msg!("plan-start-not-a-number-ml").get(),
            Volume::Oz => msg!("plan-start-not-a-number-oz").get(),
        }
    }

    /// A starting amount that was refused; nothing was changed.
    pub fn start_problem(p: StartProblem, unit: Volume) -> String {
        match p {
            StartProblem::Zero => msg!("plan-start-zero").into(),
            StartProblem::TooMuch => msg!("plan-start-too-much")
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
    use crate::domain::lower_case::lower_case;
    use crate::domain::model::today::{Closing, NextAt, NextCard, SessionCount};
    use crate::domain::settings::Clock;

    pub const FIRST_DAY: [Msg; 3] = [
        msg!("today-first-day-aim"),
        msg!("today-first-day-start"),
        msg!("today-first-day-diapers"),
    ];
    pub const NEXT: Msg = msg!("today-next");
    pub const DUE_NOW: Msg = msg!("today-due-now");
    pub const ALL_DONE: Msg = msg!("today-all-done");
    /// With no slot left and none done (or none asked since the parent began): what comes next.
    pub const NOTHING_LEFT: Msg = msg!("today-nothing-left");
    pub const STATUS_BEFORE_START: Msg = msg!("today-status-before-start");
    /// Longest break with fewer than two sessions today.
    pub const NO_BREAK_YET: Msg = msg!("today-no-break-yet");
    /// Beside the first start button while the set-up step is offered, so one action leads.
    pub const SETUP_TITLE: Msg = msg!("today-setup-title");
    pub const SETUP_INTRO: Msg = msg!("today-setup-intro");
    pub const SETUP_WAKE: Msg = msg!("today-setup-wake");
    pub const SETUP_SLEEP: Msg = msg!("today-setup-sleep");
    pub const SETUP_SESSIONS: Msg = msg!("today-setup-sessions");
    pub const SETUP_NIGHT: Msg = msg!("today-setup-night");
    pub const SETUP_SAVE: Msg = msg!("today-setup-save");
    pub const SETUP_SKIP: Msg = msg!("today-setup-skip");
    pub const SETUP_LATER: Msg = msg!("today-setup-later");
    pub const SETUP_SAVED: Msg = msg!("today-setup-saved");
    pub const START_PUMP: Msg = msg!("today-start-pump");

    /// Today's Start button, for the kind of session the parent logged last.
    pub fn start(start: crate::domain::model::today::Start) -> &'static str {
        use crate::domain::model::today::Start::*;
        match start {
            Pumping => START_PUMP,
            HandExpression => msg!("today-start-hand"),
            Nursing => msg!("today-start-nurse"),
            Supplementer => msg!("today-start-supplementer"),
        }
        .get()
    }
    pub const RUNNING: Msg = msg!("today-running");
    pub const OPEN_TIMER: Msg = msg!("today-open-timer");
    pub const DONE_24H: Msg = msg!("today-done-24h");
    /// The tiles that count from waking.
    #[derive(Clone, Copy)]
    pub enum FromWaking {
        LongestGap,
        Expressed,
        Supplement,
        AtBreast,
    }

    /// A tile that counts from waking, named with when that was: "since 07:00", or "since 07:00
    /// yesterday" at night. "Today" alone would read as the calendar day at 3 a.m. or 8:30.
    pub fn from_waking(
        tile: FromWaking,
        began: crate::domain::model::today::DayBegan,
        clock: crate::domain::settings::Clock,
    ) -> String {
        use chrono::Timelike;
        let time = super::format::clock_time(began.time, clock);
        let time = if began.yesterday {
            msg!("today-since-yesterday").with(&[("time", time.as_str().into())])
        } else {
            time
        };
        // Spanish and Portuguese say "la 1:00" but "las 7:00": the hour as the clock shows it.
        let shown_hour = match clock {
            crate::domain::settings::Clock::H24 => began.time.hour(),
            crate::domain::settings::Clock::H12 => began.time.hour12().1,
        };
        let one = if shown_hour == 1 { "yes" } else { "no" };
        match tile {
            FromWaking::LongestGap => msg!("today-longest-gap-since"),
            FromWaking::Expressed => msg!("today-expressed-since"),
            FromWaking::Supplement => msg!("today-supplement-since"),
            FromWaking::AtBreast => msg!("today-at-breast-since"),
        }
        .with(&[("time", time.as_str().into()), ("one", one.into())])
    }
    pub const DIAPERS: Msg = msg!("today-diapers");
    /// The diaper tiles' words after their counts ("3 Wet"), in the count's form where a
    /// language agrees the word with it.
    pub fn wet(count: u32) -> String {
        msg!("today-wet").with(&[("count", count.into())])
    }
    pub fn dirty(count: u32) -> String {
        msg!("today-dirty").with(&[("count", count.into())])
    }
    /// The diaper buttons as shown ("+1 Wet"); spoken as [`ADD_WET`] and [`ADD_DIRTY`].
    pub const PLUS_WET: Msg = msg!("today-plus-wet");
    pub const PLUS_DIRTY: Msg = msg!("today-plus-dirty");
    pub const ADD_WET: Msg = msg!("today-add-wet");
    pub const ADD_DIRTY: Msg = msg!("today-add-dirty");
    pub const DIAPER_SAVED: Msg = msg!("today-diaper-saved");
    /// "+ Supplement" beside the diapers: shown short, spoken as the whole action.
    pub const ADD_SUPPLEMENT_SHORT: Msg = msg!("today-add-supplement-short");
    pub const ADD_SUPPLEMENT: Msg = msg!("today-add-supplement");
    /// Beside the supplement total of the last 24 hours, on the diaper card's row.
    pub const SUPPLEMENT_ROW: Msg = msg!("today-supplement-row");
    pub const SUPPLEMENT_TITLE: Msg = msg!("today-supplement-title");
    pub const SUPPLEMENT_WHEN: Msg = msg!("today-supplement-when");
    pub const GIVEN_NOW: Msg = msg!("today-given-now");
    pub const GIVEN_AT: Msg = msg!("today-given-at");
    pub const SUPPLEMENT_SAVE: Msg = msg!("today-supplement-save");
    pub const SUPPLEMENT_SAVED: Msg = msg!("today-supplement-saved");

    /// An "earlier" choice: "15 min ago", "1 h ago".
    pub fn minutes_ago(minutes: u16) -> String {
        if minutes >= 60 && minutes.is_multiple_of(60) {
            msg!("today-hours-ago").with(&[("hours", (minutes / 60).into())])
        } else {
            msg!("today-minutes-ago").with(&[("minutes", minutes.into())])
        }
    }

    /// On the sheet: the feed the supplement will be saved with.
    pub fn supplement_with_feed(feed: &str, at: &str) -> String {
        msg!("today-supplement-with-feed")
            .with(&[("feed", lower_case(feed).as_str().into()), ("time", at.into())])
    }
    pub const TIMELINE: Msg = msg!("today-timeline");
    pub const STATUS_DONE: Msg = msg!("today-status-done");
    pub const STATUS_DUE: Msg = msg!("today-status-due");
    pub const STATUS_UPCOMING: Msg = msg!("today-status-upcoming");
    pub const STATUS_MISSED: Msg = msg!("today-status-missed");
    pub const NONE_YET: Msg = msg!("today-none-yet");
    pub const LOADING: Msg = msg!("today-loading");

    /// The day's plan is over and some sessions were not done: a kind word for what was done
    /// (never praise for what was missed, never a scolding). The count is the sessions tile's.
    pub const SOME_DONE: Msg = msg!("today-some-done");

    /// The sessions tile: "5 of 8".
    pub fn of(count: SessionCount) -> String {
        msg!("today-of").with(&[("done", count.done.into()), ("planned", count.of.into())])
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
            msg!("today-wait-minutes").with(&[("minutes", minutes.into())])
        } else {
            msg!("today-wait-hours")
                .with(&[("hours", (minutes / 60).into()), ("minutes", (minutes % 60).into())])
        }
    }

    /// The Today card's heading and the line under it, in the parent's clock style.
    pub fn card(card: &NextCard, clock: Clock) -> (String, Option<String>) {
        let time = |n: &NextAt| super::format::clock_time(n.time, clock);
        let next_line = |n: &NextAt| {
            if n.tomorrow {
                msg!("today-next-tomorrow").with(&[
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
        msg!("today-next-at").with(&[("time", at.into()), ("wait", wait(minutes).as_str().into())])
    }
}

/// Where the parent starts: the path, the baby's dates, the opening phase before a baby arrives,
/// the countdown and the baby's age on Today, and the Guide's section per path (`journey-*`).
pub mod journey {
    use super::Msg;
    use crate::domain::care;
    use crate::domain::journey::{BirthProblem, DiaperStage, Path};

    pub const TITLE: Msg = msg!("journey-title");
    pub const PATH: Msg = msg!("journey-path");
    pub const PATH_RELACTATING: Msg = msg!("journey-path-relactating");
    pub const PATH_INDUCING_HERE: Msg = msg!("journey-path-inducing-here");
    pub const PATH_PREPARING: Msg = msg!("journey-path-preparing");
    pub const BIRTH_DATE: Msg = msg!("journey-birth-date");
    /// The age in weeks an older plan kept, offered as a help to fill in the birth date.
    pub fn old_age_weeks(weeks: u16) -> String {
        msg!("journey-old-age-weeks").with(&[("weeks", weeks.into())])
    }
    pub const DUE_DATE: Msg = msg!("journey-due-date");
    /// The supplement a day now, labelled in the parent's unit.
    pub fn supplement_now(unit: crate::domain::units::Volume) -> String {
        msg!("journey-supplement-now").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The birth weight field (Settings, and "Baby is here").
    pub const BIRTH_WEIGHT: Msg = msg!("journey-birth-weight");
    pub const BIRTH_WEIGHT_HINT: Msg = msg!("journey-birth-weight-hint");
    /// "Baby is here": the question and its answers.
    pub const BORN_QUESTION: Msg = msg!("journey-born-question");
    pub const BORN_HINT: Msg = msg!("journey-born-hint");
    pub const BABY_HERE_SAVE: Msg = msg!("journey-baby-here-save");
    pub const BABY_HERE_CANCEL: Msg = msg!("journey-baby-here-cancel");
    pub const BABY_HERE_UNDONE: Msg = msg!("journey-baby-here-undone");
    /// A birth date or weight that was refused; nothing was changed.
    pub fn birth_problem(p: BirthProblem) -> &'static str {
        match p {
            BirthProblem::Future => msg!("journey-birth-future").get(),
            BirthProblem::Year => msg!("journey-birth-year").get(),
            BirthProblem::Weight => msg!("journey-birth-weight-problem").get(),
        }
    }
    /// A birth date field that was emptied or could not be read.
    pub const BORN_MISSING: Msg = msg!("journey-born-missing");
    pub const SUPPLEMENT_HINT: Msg = msg!("journey-supplement-hint");
    pub const OPENING: Msg = msg!("journey-opening");
    pub const OPENING_HINT: Msg = msg!("journey-opening-hint");
    pub const BABY_HERE: Msg = msg!("journey-baby-here");
    pub const BABY_HERE_SAVED: Msg = msg!("journey-baby-here-saved");
    /// Said when a birth date is saved in Settings.
    pub const BIRTH_SAVED: Msg = msg!("journey-birth-saved");
    pub const PREPARING_TITLE: Msg = msg!("journey-preparing-title");
    pub const PREPARING_NOTE: Msg = msg!("journey-preparing-note");
    pub const NO_DUE_DATE: Msg = msg!("journey-no-due-date");

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
    pub const PATH_SAVED: Msg = msg!("journey-path-saved");

    /// The countdown on Today while preparing, as the Today model chose it.
    pub fn due(countdown: crate::domain::model::today::Countdown) -> String {
        use crate::domain::model::today::Countdown::*;
        match countdown {
            NoDueDate => NO_DUE_DATE.into(),
            Passed => msg!("journey-due-passed").into(),
            Days(days) => self::countdown(days),
        }
    }

    /// "22 days until your baby is due."
    pub fn countdown(days: u32) -> String {
        msg!("journey-countdown").with(&[("days", days.into())])
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
            Next(FirstDrops) => msg!("journey-next-first-drops"),
            // Explained in a few words, and short enough for two lines on the smallest phone.
            Next(LetDown) => msg!("journey-next-let-down"),
            Next(BreastChanges) => msg!("journey-next-breast-changes"),
            Next(SupplementerFeed) => msg!("journey-next-supplementer-feed"),
            Next(FeedWithoutSupplementer) => msg!("journey-next-feed-without-supplementer"),
            Next(SupplementsHalved) => msg!("journey-next-supplements-halved"),
            Next(DayWithoutSupplements) if path != Path::Relactating => {
                msg!("journey-next-day-without-supplements-if-goal")
            }
            Next(DayWithoutSupplements) => msg!("journey-next-day-without-supplements"),
            // Never next (only listed milestones are), but every kind has words.
            Next(Own | Unknown) => msg!("journey-next-own"),
            WithBaby => msg!("journey-next-with-baby"),
            AllReached => msg!("journey-next-all-reached"),
        }
        .get()
    }

    /// The baby's age on Today: days for the first two weeks, then weeks.
    pub fn baby_age(days: i64) -> String {
        if days < 14 {
            msg!("journey-baby-age-days").with(&[("days", days.into())])
        } else {
            msg!("journey-baby-age-weeks").with(&[("weeks", (days / 7).into())])
        }
    }

    /// Under the diaper counts: what to look for at the baby's age, from the care table.
    pub fn diapers(stage: DiaperStage) -> String {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        match stage {
            DiaperStage::FirstDays => msg!("journey-diapers-first-days").with(&[
                ("day1", d1.into()),
                ("day2", d2.into()),
                ("day3", d3.into()),
                ("day4", d4.into()),
                ("wet", care::WET_PER_DAY.into()),
                ("day", care::USUAL_FROM_DAY.into()),
            ]),
            DiaperStage::Young => msg!("journey-diapers-young").with(&[
                ("wet", care::WET_PER_DAY.into()),
                ("stools", care::STOOLS_PER_DAY.into()),
            ]),
            DiaperStage::Older => {
                msg!("journey-diapers-older").with(&[("wet", care::WET_PER_DAY.into())])
            }
            DiaperStage::Unknown => msg!("journey-diapers-unknown")
                .with(&[("wet", care::WET_PER_DAY.into()), ("day", care::USUAL_FROM_DAY.into())]),
        }
    }

    /// The opening phase's card on the Plan.
    pub const OPENING_TITLE: Msg = msg!("journey-opening-title");

    /// The opening phase on Today.
    pub fn opening(ends: &str) -> String {
        msg!("journey-opening-until").with(&[("ends", ends.into())])
    }

    /// Instead of the day's plan while the opening phase runs.
    pub fn plan_after(ends: &str) -> String {
        msg!("journey-plan-after").with(&[("ends", ends.into())])
    }

    /// A section of the Guide's part per path: heading, paragraphs and a bulleted list.
    pub struct GuidePart {
        pub heading: Msg,
        pub paragraphs: &'static [Msg],
        pub points: &'static [Msg],
    }

    /// The Guide's section per path.
    pub const GUIDE_TITLE: Msg = msg!("journey-guide-title");
    pub const GUIDE: &[GuidePart] = &[
        GuidePart {
            heading: msg!("journey-guide-relactating"),
            paragraphs: &[
                msg!("journey-guide-relactating-possible"),
                msg!("journey-guide-relactating-full-or-part"),
            ],
            points: &[
                msg!("journey-guide-relactating-often"),
                msg!("journey-guide-relactating-keep-supplement"),
                msg!("journey-guide-relactating-ask"),
            ],
        },
        GuidePart {
            heading: msg!("journey-guide-inducing"),
            paragraphs: &[
                msg!("journey-guide-inducing-possible"),
                msg!("journey-guide-inducing-supplementer"),
            ],
            points: &[
                msg!("journey-guide-inducing-sessions"),
                msg!("journey-guide-inducing-diapers"),
                msg!("journey-guide-inducing-ask"),
            ],
        },
        GuidePart {
            heading: msg!("journey-guide-preparing"),
            paragraphs: &[
                msg!("journey-guide-preparing-before"),
                msg!("journey-guide-preparing-gently"),
            ],
            points: &[
                msg!("journey-guide-preparing-countdown"),
                msg!("journey-guide-preparing-arrives"),
                msg!("journey-guide-preparing-ask"),
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
            use crate::domain::model::today::Countdown::*;
            let said: Vec<String> = [Passed, Days(0), Days(1), Days(2), Days(11)].map(due).into();
            assert_eq!(due(NoDueDate), "Add the due date in Settings to see a countdown.");
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
    use super::format::kg;
    use super::Msg;
    use crate::domain::care::{self, Urgency};
    use crate::domain::warning::Sign;

    /// The heading of the box on Today for signs worth a call today.
    pub const TODAY_TITLE: Msg = msg!("warning-today-title");
    /// The heading of the box on Today for a sign that needs help now.
    pub const NOW_TITLE: Msg = msg!("warning-now-title");
    /// Under a sign read from counts: the log may simply be incomplete.
    pub const MAYBE_MISSED: Msg = msg!("warning-maybe-missed");
    /// Who to call when a sign is real.
    pub const CALL_TODAY: Msg = msg!("warning-call-today");
    /// What to do when a "get help now" sign is real.
    pub const GET_HELP_NOW: Msg = msg!("warning-get-help-now");

    /// The "get help now" list's heading (the Guide, the printed plan).
    pub const URGENT_TITLE: Msg = msg!("warning-urgent-title");
    /// The same heading leading into the list inside Today's expandable line ("…if your baby:").
    pub const URGENT_INTRO: Msg = msg!("warning-urgent-intro");
    /// Today's one line that opens the list.
    pub const URGENT_OPEN: Msg = msg!("warning-urgent-open");

    /// The signs only a parent can see, and the long dry spell: each means get help now. Each
    /// line finishes the list's heading ("…if your baby" + "is floppy…").
    pub fn urgent_signs() -> Vec<String> {
        vec![
            msg!("warning-urgent-dry").with(&[("hours", care::DRY_NOW_HOURS.into())]),
            msg!("warning-urgent-floppy").into(),
            msg!("warning-urgent-fever").with(&[
                ("months", care::FEVER_UNDER_MONTHS.into()),
                ("celsius", care::FEVER_C.into()),
            ]),
            msg!("warning-urgent-breathing").into(),
            msg!("warning-urgent-dehydrated").into(),
            msg!("warning-urgent-vomiting").into(),
            msg!("warning-urgent-yellow").with(&[("hours", care::JAUNDICE_EARLY_HOURS.into())]),
        ]
    }

    /// The heading of the list of signs worth a call, in the Guide and on the printed plan.
    pub const SIGNS_TITLE: Msg = msg!("warning-signs-title");

    /// The signs worth a call today, in the Guide and on the printed plan: short, so the Guide
    /// still prints on a few pages.
    pub fn signs() -> Vec<String> {
        let [d1, d2, d3, d4] = care::WET_FIRST_DAYS;
        let band = care::GAIN_BANDS[0];
        vec![
            msg!("warning-sign-wet").with(&[
                ("day1", d1.into()),
                ("day2", d2.into()),
                ("day3", d3.into()),
                ("day4", d4.into()),
                ("wet", care::WET_PER_DAY.into()),
            ]),
            msg!("warning-sign-stools").with(&[
                ("from", care::USUAL_FROM_DAY.into()),
                ("weeks", care::STOOLS_UNTIL_WEEKS.into()),
                ("stools", care::STOOLS_PER_DAY.into()),
            ]),
            msg!("warning-sign-dry").with(&[
                ("day", (care::DRY_CALL_FROM_DAY - 1).into()),
                ("hours", care::DRY_CALL_HOURS.into()),
            ]),
            msg!("warning-sign-feeds").with(&[
                ("weeks", (care::FEEDS_UNTIL_AGE / 7).into()),
                ("feeds", care::FEEDS_PER_DAY.into()),
            ]),
            msg!("warning-sign-newborn-weight").with(&[
                ("check", care::LOSS_CHECK_PCT.into()),
                ("medical", care::LOSS_MEDICAL_PCT.into()),
                ("falling", care::STOPS_FALLING_AGE.into()),
                ("back", care::BACK_BY_AGE.into()),
            ]),
            msg!("warning-sign-gain").with(&[
                ("from", (band.from_age / 7).into()),
                ("until", band.until_months.into()),
                ("grams", band.min_g_per_week.into()),
            ]),
            msg!("warning-sign-hungry").into(),
        ]
    }

    /// What one sign on Today says: what the log shows (a count is never said as a fact about
    /// the baby), and what the care table expects. Counts and hours choose their plural form in
    /// the message.
    pub fn sign(s: &Sign) -> String {
        match *s {
            Sign::FewWet { wet, expected, hours } => msg!("warning-few-wet").with(&[
                ("wet", wet.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::FewStools { stools, expected, hours } => msg!("warning-few-stools").with(&[
                ("stools", stools.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::FewFeeds { feeds, expected, hours } => msg!("warning-few-feeds").with(&[
                ("feeds", feeds.into()),
                ("hours", hours.into()),
                ("expected", expected.into()),
            ]),
            Sign::DryFor { hours } => msg!("warning-dry-for").with(&[("hours", hours.into())]),
            Sign::DryLong { hours } => msg!("warning-dry-long").with(&[("hours", hours.into())]),
            Sign::DarkUrine => msg!("warning-dark-urine").into(),
            Sign::NewbornLoss { pct, medical: false } => msg!("warning-newborn-loss-check")
                .with(&[("percent", pct.into()), ("check", care::LOSS_CHECK_PCT.into())]),
            Sign::NewbornLoss { pct, medical: true } => msg!("warning-newborn-loss-medical")
                .with(&[("percent", pct.into()), ("medical", care::LOSS_MEDICAL_PCT.into())]),
            Sign::WeightDown { from_g, to_g } => {
                msg!("warning-weight-down").with(&[("latest", kg(to_g)), ("before", kg(from_g))])
            }
            Sign::NotBackToBirth { birth_g, latest_g } => msg!("warning-not-back").with(&[
                ("latest", kg(latest_g)),
                ("birth", kg(birth_g)),
                ("days", care::BACK_BY_AGE.into()),
            ]),
            Sign::SlowGain { g_per_week, min_g_per_week } if g_per_week <= 0 => {
                msg!("warning-no-gain").with(&[("minimum", min_g_per_week.into())])
            }
            Sign::SlowGain { g_per_week, min_g_per_week } => msg!("warning-slow-gain")
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

    pub const INTRO: Msg = msg!("guide-intro");
    /// The intro's second paragraph: the words used, and what the guide is not. (Two paragraphs
    /// also keep the loading screen's text the first screen's largest paint.)
    pub const INTRO_WORDS: Msg = msg!("guide-intro-words");
    /// The box at the top of the guide: the routine, the warning signs and who to call.
    pub const AT_A_GLANCE: Msg = msg!("guide-at-a-glance");
    pub const ROUTINE: &[Msg] = &[
        msg!("guide-routine-sessions"),
        msg!("guide-routine-cup"),
        msg!("guide-routine-skin"),
        msg!("guide-routine-help"),
    ];
    pub const PRINT: Msg = msg!("guide-print");
    pub const PRINT_HELP: Msg = msg!("guide-print-help");
    pub const HELP: Msg = msg!("guide-help");
    pub const FURTHER: Msg = msg!("guide-further");
    pub const FURTHER_NOTE: Msg = msg!("guide-further-note");
    pub const FIND_SUPPORT: Msg = msg!("guide-find-support");

    pub const SECTIONS: &[Section<Msg>] = &[
        Section {
            heading: msg!("guide-expect-heading"),
            paragraphs: &[
                msg!("guide-expect-paragraph-1"),
                msg!("guide-expect-paragraph-2"),
                msg!("guide-expect-paragraph-3"),
            ],
            points: &[],
        },
        Section {
            heading: msg!("guide-stimulating-heading"),
            paragraphs: &[msg!("guide-stimulating-paragraph-1")],
            points: &[
                msg!("guide-stimulating-point-1"),
                msg!("guide-stimulating-point-2"),
                msg!("guide-stimulating-point-3"),
                msg!("guide-stimulating-point-4"),
            ],
        },
        Section {
            heading: msg!("guide-bringing-heading"),
            paragraphs: &[msg!("guide-bringing-paragraph-1")],
            points: &[
                msg!("guide-bringing-point-1"),
                msg!("guide-bringing-point-2"),
                msg!("guide-bringing-point-3"),
                msg!("guide-bringing-point-4"),
            ],
        },
        Section {
            heading: msg!("guide-supplements-heading"),
            paragraphs: &[msg!("guide-supplements-paragraph-1")],
            points: &[
                msg!("guide-supplements-point-1"),
                msg!("guide-supplements-point-2"),
                msg!("guide-supplements-point-3"),
            ],
        },
        Section {
            heading: msg!("guide-when-to-call-heading"),
            paragraphs: &[msg!("guide-when-to-call-paragraph-1")],
            points: &[
                msg!("guide-when-to-call-point-1"),
                msg!("guide-when-to-call-point-2"),
                msg!("guide-when-to-call-point-3"),
                msg!("guide-when-to-call-point-4"),
            ],
        },
        Section {
            heading: msg!("guide-herbs-heading"),
            paragraphs: &[msg!("guide-herbs-paragraph-1"), msg!("guide-herbs-paragraph-2")],
            points: &[],
        },
        Section {
            heading: msg!("guide-support-heading"),
            paragraphs: &[msg!("guide-support-paragraph-1")],
            points: &[
                msg!("guide-support-point-1"),
                msg!("guide-support-point-2"),
                msg!("guide-support-point-3"),
            ],
        },
    ];

    /// Titles as their publishers wrote them (a parent searches for them); the files translate
    /// only the words around a title ("La Leche League GB", "from South Africa").
    pub const READING: &[Msg] = &[
        msg!("guide-reading-lll-gb"),
        msg!("guide-reading-lll-greece"),
        msg!("guide-reading-lll-netherlands"),
        msg!("guide-reading-lll-italy"),
        msg!("guide-reading-south-africa"),
        msg!("guide-reading-lll-usa"),
        msg!("guide-reading-drip-drop"),
        msg!("guide-reading-feed-the-baby"),
        msg!("guide-reading-volver-al-pecho"),
        msg!("guide-reading-baby-who-doesnt-nurse"),
        msg!("guide-reading-suplementacion"),
        msg!("guide-reading-supplementer-nursing"),
        msg!("guide-reading-adopted-baby"),
        msg!("guide-reading-without-giving-birth"),
    ];
}

/// The printed plan and its day log sheet (`printout-*`).
pub mod printout {
    use super::Msg;
    use crate::domain::units::Volume;

    pub const PRINT_PLAN: Msg = msg!("printout-print-plan");
    pub const PLAN_TITLE: Msg = msg!("printout-plan-title");
    /// The sheet lists every planned session of the 24 hours, day and night.
    pub const SHEET_TITLE: Msg = msg!("printout-sheet-title");
    pub const SHEET_HELP: Msg = msg!("printout-sheet-help");
    pub const DATE_LINE: Msg = msg!("printout-date-line");
    pub const COL_PLANNED: Msg = msg!("printout-col-planned");
    pub const COL_TIME: Msg = msg!("printout-col-time");
    pub const COL_SIDE: Msg = msg!("printout-col-side");
    pub const COL_MINUTES: Msg = msg!("printout-col-minutes");
    /// The left breast's milk column's heading, in the parent's unit.
    pub fn col_left(unit: Volume) -> String {
        msg!("printout-col-left").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The right breast's milk column's heading, in the parent's unit.
    pub fn col_right(unit: Volume) -> String {
        msg!("printout-col-right").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The supplement column's heading, in the parent's unit.
    pub fn col_supplement(unit: Volume) -> String {
        msg!("printout-col-supplement").with(&[("unit", super::format::unit_label(unit).into())])
    }
    /// The fridge reminders' heading; the reminders are the guide's "at a glance" routine.
    pub const REMINDERS: Msg = msg!("printout-reminders");
    pub const COL_DIAPERS: Msg = msg!("printout-col-diapers");
    /// The plan in one line under the printout's title: "Sessions a day: 8 · Each session: 20
    /// min · Longest break between sessions: 4 h 0 min".
    pub fn plan_line(sessions: u8, minutes: u8, longest_gap: i32) -> String {
        msg!("printout-plan-line").with(&[
            ("sessions", sessions.into()),
            ("minutes", minutes.into()),
            ("gap", super::plan::hours(longest_gap).as_str().into()),
        ])
    }
    /// The planned supplement on the fridge sheet, with the day it is for: the sheet stays up
    /// for days while the amount steps down.
    pub fn planned_on(day: &str, amount: &str) -> String {
        msg!("printout-planned-on").with(&[("day", day.into()), ("amount", amount.into())])
    }
    /// A planned time in the sheet's first column: "03:00 (night)" in the sleeping hours.
    pub fn sheet_time(time: &str, night: bool) -> String {
        if night {
            msg!("printout-sheet-time-night").with(&[("time", time.into())])
        } else {
            time.to_string()
        }
    }
    /// Under the sheet's title: what the rows after the planned ones are for.
    pub const SHEET_SPARE: Msg = msg!("printout-sheet-spare");
    pub const NO_STEP_DOWN: Msg = msg!("printout-no-step-down");
    pub const FOOTER: Msg = msg!("printout-footer");
}

/// Backups, CSV and storage, in Settings.
pub mod backup {
    use super::{Arg, Msg};
    use crate::domain::backup::{Refused, Rejected};

    pub const TITLE: Msg = msg!("backup-title");
    pub const EXPORT: Msg = msg!("backup-export");
    pub const EXPORT_HELP: Msg = msg!("backup-export-help");
    pub const EXPORTED: Msg = msg!("backup-exported");
    pub const CSV: Msg = msg!("backup-csv");
    pub const CSV_SAVED: Msg = msg!("backup-csv-saved");
    pub const IMPORT: Msg = msg!("backup-import");
    pub const IMPORT_HELP: Msg = msg!("backup-import-help");
    pub const READING: Msg = msg!("backup-reading");
    pub const CONFIRM: Msg = msg!("backup-confirm");
    pub const CANCEL: Msg = msg!("backup-cancel");
    pub const IMPORTED: Msg = msg!("backup-imported");
    pub const NOTHING_TO_DO: Msg = msg!("backup-nothing-to-do");

    /// Where "Add these to my log" was tapped, once it is done: what was added, counted.
    pub fn added(new: usize, updated: usize) -> String {
        match (new, updated) {
            (0, 0) => msg!("backup-added-nothing").into(),
            (n, 0) => msg!("backup-added-new").with(&[("new", n.into())]),
            (0, u) => msg!("backup-added-updated").with(&[("updated", u.into())]),
            (n, u) => msg!("backup-added-both").with(&[("new", n.into()), ("updated", u.into())]),
        }
    }
    pub const CANNOT_READ_FILE: Msg = msg!("backup-cannot-read-file");
    pub const LEFT_OUT: Msg = msg!("backup-left-out");
    pub const ENTRY: Msg = msg!("backup-entry");
    pub const FAILED: Msg = msg!("backup-failed");
    pub const CLEAR: Msg = msg!("backup-clear");
    pub const CLEAR_ASK: Msg = msg!("backup-clear-ask");
    /// Says exactly what "delete everything" keeps unless the parent asks.
    pub const CLEAR_KEEPS: Msg = msg!("backup-clear-keeps");
    pub const CLEAR_SETTINGS_TOO: Msg = msg!("backup-clear-settings-too");
    pub const CLEAR_YES: Msg = msg!("backup-clear-yes");
    pub const CLEARED: Msg = msg!("backup-cleared");
    pub const CLEARED_ALL: Msg = msg!("backup-cleared-all");
    /// "Delete everything" on a phone that shares its log: what happens to the other phones.
    pub const CLEAR_SHARED_ASK: Msg = msg!("backup-clear-shared-ask");
    pub const CLEARED_SHARED: Msg = msg!("backup-cleared-shared");
    pub const CLEARED_SHARED_ALL: Msg = msg!("backup-cleared-shared-all");
    /// The import summary's offer of the backup's own plan and settings.
    pub const SETTINGS_IN_FILE: Msg = msg!("backup-settings-in-file");
    pub const SETTINGS_RESTORE: Msg = msg!("backup-settings-restore");
    pub const SETTINGS_SAME: Msg = msg!("backup-settings-same");
    pub const IMPORTED_WITH_SETTINGS: Msg = msg!("backup-imported-with-settings");

    /// The backup's plan and units, in a line.
    pub fn settings_line(s: &crate::domain::settings::Settings) -> String {
        let p = &s.plan;
        let unit = match s.volume {
            crate::domain::units::Volume::Ml => msg!("backup-unit-ml"),
            crate::domain::units::Volume::Oz => msg!("backup-unit-oz"),
        };
        let plan =
            super::progress::summary_plan(p.sessions_per_day, p.session_minutes, p.night_sessions);
        let args = [("plan", plan.as_str().into()), ("unit", unit.get().into())];
        match &p.step_down {
            Some(sd) => {
                let from = super::format::volume(s.volume, sd.start_ml);
                msg!("backup-settings-line-step").with(&[
                    args[0],
                    args[1],
                    ("amount", from.as_str().into()),
                ])
            }
            None => msg!("backup-settings-line").with(&args),
        }
    }
    pub const STORAGE: Msg = msg!("backup-storage");
    pub const PERSISTENT: Msg = msg!("backup-persistent");
    pub const NOT_PERSISTENT: Msg = msg!("backup-not-persistent");

    /// The import summary line.
    pub fn summary(new: usize, updated: usize, unchanged: usize, rejected: usize) -> String {
        msg!("backup-summary").with(&[
            ("new", new.into()),
            ("updated", updated.into()),
            ("unchanged", unchanged.into()),
            ("rejected", rejected.into()),
        ])
    }

    /// Space used, in megabytes.
    pub fn used(bytes: f64) -> String {
        msg!("backup-used").with(&[("megabytes", Arg::decimal(bytes / 1_048_576.0, 1))])
    }

    /// Why a whole file was refused.
    pub fn refused(r: &Refused) -> String {
        match r {
            Refused::Empty => msg!("backup-refused-empty").into(),
            Refused::TooLarge => msg!("backup-refused-too-large").into(),
            Refused::NotJson => msg!("backup-refused-not-json").into(),
            Refused::NotRelact => msg!("backup-refused-not-relact").into(),
            Refused::SpreadsheetExport => msg!("backup-refused-spreadsheet").into(),
            Refused::NewerVersion(v) => {
                msg!("backup-refused-newer").with(&[("version", (*v).into())])
            }
            Refused::BadEntries => msg!("backup-refused-bad-entries").into(),
            Refused::BrokenCharacter => msg!("backup-refused-broken-character").into(),
            Refused::NothingUsable(why) => {
                let mut out = String::from(msg!("backup-refused-nothing-usable").get());
                for (i, reason) in why.iter().take(REASONS_SHOWN) {
                    out.push(' ');
                    out += &msg!("backup-refused-entry")
                        .with(&[("number", (i + 1).into()), ("reason", rejected(reason).into())]);
                }
                if why.len() > REASONS_SHOWN {
                    out.push(' ');
                    out += &msg!("backup-refused-more")
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
            Rejected::Unreadable => msg!("backup-rejected-unreadable").get(),
            Rejected::BadId => msg!("backup-rejected-bad-id").get(),
            Rejected::BadStamps => msg!("backup-rejected-bad-stamps").get(),
            Rejected::Invalid(why) => super::invalid(*why),
        }
    }
}

/// Reminders at planned times while the app is open.
pub mod reminder {
    use super::Msg;

    pub const START: Msg = msg!("reminder-start");
    pub const LATER: Msg = msg!("reminder-later");
    pub const ALLOW: Msg = msg!("reminder-allow");
    pub const ALLOW_HELP: Msg = msg!("reminder-allow-help");
    pub const ALLOWED: Msg = msg!("reminder-allowed");
    pub const BLOCKED: Msg = msg!("reminder-blocked");
    pub const UNSUPPORTED: Msg = msg!("reminder-unsupported");

    /// The reminder sentence: `at` is the planned time as the parent's clock shows it.
    pub fn due(at: &str) -> String {
        msg!("reminder-due").with(&[("time", at.into())])
    }
}

/// The Progress screen, its charts' names and sentences, the milestones and the consultant
/// summary (`progress-*`).
pub mod progress {
    use super::{Arg, Msg};

    pub const RANGE: Msg = msg!("progress-range");
    pub const DAYS_7: Msg = msg!("progress-days-7");
    pub const DAYS_30: Msg = msg!("progress-days-30");
    pub const ALL: Msg = msg!("progress-all");
    pub const LOADING: Msg = msg!("progress-loading");
    pub const EMPTY: Msg = msg!("progress-empty");
    pub const SESSIONS: Msg = msg!("progress-sessions");
    pub const MINUTES: Msg = msg!("progress-minutes");
    pub const EXPRESSED: Msg = msg!("progress-expressed");
    pub const SUPPLEMENT: Msg = msg!("progress-supplement");
    pub const DIAPERS: Msg = msg!("progress-diapers");
    pub const WEIGHT: Msg = msg!("progress-weight");
    pub const SHOW_TABLE: Msg = msg!("progress-show-table");
    pub const HIDE_TABLE: Msg = msg!("progress-hide-table");
    pub const COL_DAY: Msg = msg!("progress-col-day");
    pub const COL_WEEK: Msg = msg!("progress-col-week");
    pub const TARGET: Msg = msg!("progress-target");
    pub const AVERAGE: Msg = msg!("progress-average");
    pub const LEFT: Msg = msg!("progress-left");
    pub const RIGHT: Msg = msg!("progress-right");
    pub const WET: Msg = msg!("progress-wet");
    pub const DIRTY: Msg = msg!("progress-dirty");
    pub const NO_WEIGHT: Msg = msg!("progress-no-weight");
    pub const PRINT: Msg = msg!("progress-print");

    pub const SUMMARY_DAYS: Msg = msg!("progress-summary-days");
    pub const SUMMARY_NOTES: Msg = msg!("progress-summary-notes");
    pub const SUMMARY_TITLE: Msg = msg!("progress-summary-title");
    pub const SUMMARY_PLAN: Msg = msg!("progress-summary-plan");
    /// Calendar days, as the table counts them (not rolling 24 hours).
    pub const SUMMARY_TABLE: Msg = msg!("progress-summary-table");
    pub const COL_NIGHT: Msg = msg!("progress-col-night");
    pub const COL_BREAK: Msg = msg!("progress-col-break");
    /// The log's own notes, under the table.
    pub const SUMMARY_LOG_NOTES: Msg = msg!("progress-summary-log-notes");
    /// The planned supplement's key on the printed chart: each day's own amount.
    pub const PLANNED_KEY: Msg = msg!("progress-planned-key");

    /// The path in the words of Settings → Your journey, then the baby's age on the print day
    /// (or the due date while preparing), when the parent gave it.
    pub fn summary_path(
        j: &crate::domain::model::consultant::SummaryJourney,
        today: chrono::NaiveDate,
    ) -> String {
        let path =
            msg!("progress-summary-path").with(&[("path", super::journey::path(j.path).into())]);
        let date = |d| super::format::full_date(d);
        let when = match (j.age_days, j.due, j.plan_age_weeks) {
            (Some(0), _, _) => {
                Some(msg!("progress-summary-born-today").with(&[("date", (&date(today)).into())]))
            }
            (Some(d), _, _) if d < 14 => Some(
                msg!("progress-summary-age-days")
                    .with(&[("date", (&date(today)).into()), ("days", d.into())]),
            ),
            (Some(d), _, _) => Some(
                msg!("progress-summary-age-weeks")
                    .with(&[("date", (&date(today)).into()), ("weeks", (d / 7).into())]),
            ),
            (None, Some((due, 0)), _) => {
                Some(msg!("progress-summary-due-today").with(&[("date", (&date(due)).into())]))
            }
            (None, Some((due, d)), _) if d < 0 => {
                Some(msg!("progress-summary-was-due").with(&[("date", (&date(due)).into())]))
            }
            (None, Some((due, d)), _) => Some(
                msg!("progress-summary-due-in")
                    .with(&[("date", (&date(due)).into()), ("days", d.into())]),
            ),
            (None, None, Some(w)) => {
                Some(msg!("progress-summary-plan-age").with(&[("weeks", w.into())]))
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
                msg!("progress-break-cell")
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
        msg!("progress-with-feed").with(&[("with", (&with).into()), ("total", (&total).into())])
    }

    /// The range's night sessions and longest break, under the table.
    pub fn range_facts(night: u32, longest: Option<crate::domain::Millis>) -> String {
        let longest = match longest {
            Some(ms) => super::plan::hours((ms / 60_000) as i32),
            None => "–".into(),
        };
        msg!("progress-range-facts")
            .with(&[("night", night.into()), ("longest", (&longest).into())])
    }

    /// A weight in the summary's "Weight (kg)" column.
    pub fn kg_cell(grams: u32) -> String {
        super::format::decimal(crate::domain::units::kg(grams), 2)
    }

    /// A count's average a day in the table: whole when it is whole, else with its decimal
    /// (6.8 wet), by the progress model's rule.
    pub fn average_count(v: f64) -> String {
        super::format::decimal(v, crate::domain::model::progress::count_decimals(v))
    }

    /// When a note from the log was written: "Thu 12 Nov 09:40".
    pub fn note_when(day: &str, time: &str) -> String {
        msg!("progress-note-when").with(&[("day", day.into()), ("time", time.into())])
    }

    /// A note's heading before its words: "Thu 12 Nov 09:40 · Nursing: ".
    pub fn note_heading(when: &str, who: &str) -> String {
        // The space after it keeps the note's words apart; a file's line cannot end in one.
        format!(
            "{} ",
            msg!("progress-note-heading").with(&[("when", when.into()), ("who", who.into())])
        )
    }

    /// Who wrote the note: the session's kind, or a supplement.
    pub fn note_of(kind: Option<crate::domain::entry::SessionKind>) -> &'static str {
        kind.map_or_else(|| msg!("progress-note-supplement").get(), super::timer::running)
    }
    pub const SUMMARY_NOTES_TITLE: Msg = msg!("progress-summary-notes-title");
    pub const COL_DATE: Msg = msg!("progress-col-date");
    pub const COL_SESSIONS: Msg = msg!("progress-col-sessions");
    pub const COL_MINUTES: Msg = msg!("progress-col-minutes");
    /// The summary table's volume headings, in the parent's unit: expressed, supplement by cup,
    /// at the breast, and any other way.
    pub fn col_volumes(unit: crate::domain::units::Volume) -> [String; 4] {
        let u = super::format::unit_label(unit);
        [
            msg!("progress-col-expressed"),
            msg!("progress-col-cup"),
            msg!("progress-col-at-breast"),
            msg!("progress-col-other"),
        ]
        .map(|msg| msg.with(&[("unit", u.into())]))
    }
    pub const COL_WET: Msg = msg!("progress-col-wet");
    pub const COL_DIRTY: Msg = msg!("progress-col-dirty");
    pub const COL_WEIGHT: Msg = msg!("progress-col-weight");

    /// The totals row: the finished days only.
    pub fn total_of_days(days: u32) -> String {
        msg!("progress-total-of-days").with(&[("days", days.into())])
    }

    /// The row under the totals.
    pub const AVERAGE_ROW: Msg = msg!("progress-average-row");

    /// Today's row, which is not over ("Thu 12 Nov, so far").
    pub fn today_so_far(day: &str) -> String {
        msg!("progress-today-so-far").with(&[("day", day.into())])
    }

    /// Under the range line: today is in the table, apart.
    pub fn today_apart(day: &str) -> String {
        msg!("progress-today-apart").with(&[("day", day.into())])
    }

    /// The printed summary's step-down section.
    pub const STEP_TITLE: Msg = msg!("progress-step-title");

    /// When the step-down began, from what amount, and where that amount came from.
    pub fn step_began(
        day: &str,
        amount: &str,
        source: Option<crate::domain::step_down::start::StartSource>,
    ) -> String {
        use crate::domain::step_down::start::StartSource;
        let (msg, days) = match source {
            Some(StartSource::Log { days: 3 }) => (msg!("progress-step-began-log-3"), 3),
            Some(StartSource::Log { days: 1 }) => (msg!("progress-step-began-log-1"), 1),
            Some(StartSource::Log { days }) => (msg!("progress-step-began-log"), days),
            Some(StartSource::Said) => (msg!("progress-step-began-said"), 0),
            None => (msg!("progress-step-began-plan"), 0),
        };
        msg.with(&[("day", day.into()), ("amount", amount.into()), ("days", days.into())])
    }

    /// Today's planned amount in the printed step-down section.
    pub fn step_today(day: &str, amount: &str) -> String {
        msg!("progress-step-today").with(&[("day", day.into()), ("amount", amount.into())])
    }

    /// The heading of the step-down's steps, holds and steps back in the summary's days.
    pub const STEP_CHANGES: Msg = msg!("progress-step-changes");
    pub const STEP_NO_CHANGES: Msg = msg!("progress-step-no-changes");

    /// One step, hold or step back: its day, the amount planned from it, and what happened and
    /// why, in the Plan's own words ("held: fewer than 6 wet diapers yesterday").
    pub fn step_change(day: &str, amount: &str, what: &str) -> String {
        msg!("progress-step-change").with(&[
            ("day", day.into()),
            ("amount", amount.into()),
            ("what", what.into()),
        ])
    }

    /// The date range line of the printed summary.
    pub fn summary_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
        let (from, to) = (super::format::full_date(from), super::format::full_date(to));
        msg!("progress-summary-range").with(&[("from", (&from).into()), ("to", (&to).into())])
    }

    /// The plan line of the printed summary.
    pub fn summary_plan(sessions: u8, minutes: u8, night: u8) -> String {
        msg!("progress-summary-plan-line").with(&[
            ("sessions", sessions.into()),
            ("minutes", minutes.into()),
            ("night", night.into()),
        ])
    }

    /// Said after a fall in what the baby shows (wet diapers, weight): never "normal".
    pub const WATCH: Msg = msg!("progress-watch");

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
            DownWatch => msg!("progress-trend-down-watch"),
            _ if from == to => msg!("progress-trend-steady"),
            Steady => msg!("progress-trend-steady"),
            UpKeepGoing => msg!("progress-trend-up-keep-going"),
            Up => msg!("progress-trend-up"),
            DownGoodProgress => msg!("progress-trend-down-good-progress"),
            DownWatchSigns => msg!("progress-trend-down-watch-signs"),
            DownNormal => msg!("progress-trend-down-normal"),
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
            msg!("progress-span-weeks").with(&[("weeks", (days / 7).into())])
        } else {
            msg!("progress-span-days").with(&[("days", (days + 1).into())])
        }
    }

    /// The weight chart's sentence: first and last weight logged in the range (kg), and a word to
    /// watch if the baby weighs less.
    pub fn weight(first_g: Option<u32>, last_g: Option<u32>, count: usize) -> String {
        use super::format::kg;
        use crate::domain::stats::{movement, Measure, Movement};
        match (first_g, last_g) {
            (Some(a), Some(z)) if count > 1 => {
                let msg = if movement(Measure::Baby, a as f64, z as f64) == Movement::DownWatch {
                    msg!("progress-weight-range-less")
                } else {
                    msg!("progress-weight-range")
                };
                msg.with(&[("first", kg(a)), ("last", kg(z))])
            }
            (Some(a), _) => msg!("progress-weight-one").with(&[("weight", kg(a))]),
            _ => NO_WEIGHT.to_string(),
        }
    }

    /// Today's values, shown apart from the chart because the day is not over.
    pub fn so_far(values: &str) -> String {
        // Charts count calendar days; Today counts from waking, so this says which day it means.
        msg!("progress-so-far").with(&[("values", values.into())])
    }

    /// Wet diapers a day on a chart's sentence ("6 wet", "6.4 wet"), with the decimals of the
    /// progress model's rule.
    pub fn wet_a_day(v: f64) -> String {
        let decimals = crate::domain::model::progress::count_decimals(v);
        msg!("progress-wet-a-day").with(&[("wet", Arg::decimal(v, decimals))])
    }

    /// Minutes a day on a chart's sentence.
    pub fn minutes_a_day(v: f64) -> String {
        msg!("format-minutes").with(&[("minutes", Arg::decimal(v, 0))])
    }

    /// A weight in kilograms, as the chart and its table write it.
    pub fn kg(v: f64) -> String {
        msg!("progress-kg").with(&[("kg", Arg::decimal(v, 2))])
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
        msg!("progress-diapers-so-far")
            .with(&[("wet", Arg::decimal(wet, 0)), ("dirty", Arg::decimal(dirty, 0))])
    }

    /// Said when a chart has too little data for a trend.
    pub fn early(what: &str) -> String {
        msg!("progress-early").with(&[("what", what.into())])
    }

    pub const JOURNEY: Msg = msg!("progress-journey");
    pub const JOURNEY_NONE: Msg = msg!("progress-journey-none");
    /// The milestones not reached yet, after the timeline: `milestones` is their names, joined.
    /// The milestones not reached yet, by name, in one line.
    pub fn ahead(names: &[&str]) -> String {
        let names = names.join(msg!("progress-ahead-between").get());
        msg!("progress-ahead").with(&[("milestones", names.as_str().into())])
    }

    /// "26 November · First let-down you noticed": a day and what happened on it (the printed
    /// summary's milestones).
    pub fn dated(day: &str, what: &str) -> String {
        msg!("progress-dated").with(&[("day", day.into()), ("what", what.into())])
    }

    /// The same line with its day set apart (the timeline and the share on screen).
    pub fn dated_emphasised(day: &str, what: &str) -> super::Emphasis {
        msg!("progress-dated").with_emphasis("day", day, &[("what", what.into())])
    }
    pub const TICK: Msg = msg!("progress-tick");
    pub const TICK_WHICH: Msg = msg!("progress-tick-which");
    pub const TICK_DAY: Msg = msg!("progress-tick-day");
    pub const TICK_OWN: Msg = msg!("progress-tick-own");
    pub const TICK_ADD: Msg = msg!("progress-tick-add");
    pub const TICK_DAY_MISSING: Msg = msg!("progress-tick-day-missing");
    pub const FROM_LOG: Msg = msg!("progress-from-log");
    /// Said when a milestone marked by hand is taken back from the timeline, with Undo.
    pub const MARK_REMOVED: Msg = msg!("progress-mark-removed");
    pub const MARK_UNDO: Msg = msg!("progress-mark-undo");
    pub const MARK_RESTORED: Msg = msg!("progress-mark-restored");

    /// The accessible name of the button that takes back a milestone marked by hand.
    pub fn mark_remove_label(name: &str, day: &str) -> String {
        msg!("progress-mark-remove-label").with(&[("name", name.into()), ("day", day.into())])
    }
    pub const SHARE_TITLE: Msg = msg!("progress-share-title");
    /// The share tables' columns (the Plan's step-down, the printed summary).
    pub const SHARE_COL_BREAST: Msg = msg!("progress-share-col-breast");
    pub const SHARE_COL_WEIGHED: Msg = msg!("progress-share-col-weighed");

    /// The printed share table's supplement column, in the parent's unit.
    pub fn share_col_supplement(unit: crate::domain::units::Volume) -> String {
        msg!("progress-share-col-supplement")
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
                msg!("progress-baseline-said").with(&[("amount", (&amount).into())])
            }
            BaselineSource::FirstWeek { first, last, days, complete } => {
                let (from, to) = (super::format::day_month(first), super::format::day_month(last));
                let msg = match (days, complete) {
                    (1, true) => msg!("progress-baseline-week-one-day"),
                    (_, true) => msg!("progress-baseline-week"),
                    (1, false) => msg!("progress-baseline-so-far-one-day"),
                    (_, false) => msg!("progress-baseline-so-far"),
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
    pub const SHARE_MEANING: Msg = msg!("progress-share-meaning");

    /// A day's share against the start, the same words in every table: "about 50%", "not lower
    /// yet" for a day whose supplements are not below the start, "–" when the day cannot tell.
    pub fn share_breast_cell(s: &crate::domain::milestones::Share) -> String {
        match s.by_baseline {
            // "About 0% from the breast" reads as a verdict on the parent; the fact is that the
            // supplements are not lower yet.
            Some(0) => msg!("progress-share-not-lower").to_string(),
            Some(p) => msg!("progress-share-about").with(&[("percent", p.into())]),
            None => "–".into(),
        }
    }

    /// A column of the share chart, as its table writes it: the same words as
    /// [`share_breast_cell`]; a column no day had a share in (`NaN`) is "–".
    pub fn share_value(v: f64) -> String {
        if v.is_nan() {
            "–".into()
        } else if v < 0.5 {
            msg!("progress-share-not-lower").to_string()
        } else {
            msg!("progress-share-about").with(&[("percent", Arg::decimal(v, 0))])
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
            Some(_) if s.supplement_ml == 0 => msg!("progress-share-weighed-cell"),
            Some(_) => msg!("progress-share-weighed-cell-percent"),
            None => return "–".into(),
        };
        msg.with(&[
            ("amount", (&amount).into()),
            ("feeds", s.weighed_feeds.into()),
            ("percent", s.by_weighing.unwrap_or(0).into()),
        ])
    }

    /// The Progress chart of the daily share against the starting supplement.
    pub const SHARE_CHART: Msg = msg!("progress-share-chart");
    pub const SHARE_LAYER: Msg = msg!("progress-share-layer");

    /// The share chart's sentence: where it started and where it is, no praise, no alarm
    /// (`days`: the columns with a share).
    pub fn share_chart_summary(first: u32, last: u32, days: usize) -> String {
        if days < 2 {
            msg!("progress-share-chart-one").with(&[("last", last.into())])
        } else {
            msg!("progress-share-chart-from-to")
                .with(&[("first", first.into()), ("last", last.into())])
        }
    }
    pub const SHARE_NOTE: Msg = msg!("progress-share-note");

    /// The name of a journey milestone.
    pub fn journey(k: crate::domain::milestones::Kind) -> &'static str {
        use crate::domain::milestones::Kind::*;
        match k {
            FirstDrops => msg!("progress-milestone-first-drops"),
            LetDown => msg!("progress-milestone-let-down"),
            BreastChanges => msg!("progress-milestone-breast-changes"),
            SupplementerFeed => msg!("progress-milestone-supplementer-feed"),
            FeedWithoutSupplementer => msg!("progress-milestone-feed-without-supplementer"),
            SupplementsHalved => msg!("progress-milestone-supplements-halved"),
            DayWithoutSupplements => msg!("progress-milestone-day-without-supplements"),
            Own => msg!("progress-milestone-own"),
            Unknown => msg!("progress-milestone-unknown"),
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
            FirstDrops => msg!("progress-celebrate-first-drops"),
            LetDown => msg!("progress-celebrate-let-down"),
            BreastChanges => msg!("progress-celebrate-breast-changes"),
            SupplementerFeed => msg!("progress-celebrate-supplementer-feed"),
            FeedWithoutSupplementer => msg!("progress-celebrate-feed-without-supplementer"),
            SupplementsHalved => msg!("progress-celebrate-supplements-halved"),
            DayWithoutSupplements => msg!("progress-celebrate-day-without-supplements"),
            Own => msg!("progress-celebrate-own"),
            Unknown => msg!("progress-celebrate-unknown"),
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
                msg!("progress-share-not-lower-yet")
                    .with(&[("supplement", (&supplement).into()), ("baseline", (&vol(b)).into())]),
            );
        } else if let (Some(b), Some(p)) = (s.baseline_ml, s.by_baseline) {
            out.push(msg!("progress-share-against-start").with(&[
                ("supplement", (&supplement).into()),
                ("baseline", (&vol(b)).into()),
                ("percent", p.into()),
            ]));
        }
        if let Some(p) = s.by_weighing {
            let amount = vol(s.weighed_ml);
            let feeds = ("feeds", Arg::from(s.weighed_feeds));
            out.push(if s.supplement_ml == 0 {
                msg!("progress-share-weighed-only").with(&[("amount", (&amount).into()), feeds])
            } else {
                msg!("progress-share-weighed").with(&[
                    ("amount", (&amount).into()),
                    feeds,
                    ("percent", p.into()),
                ])
            });
        }
        if out.is_empty() {
            msg!("progress-share-not-enough").to_string()
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

        /// The timeline's lines and the list of what is ahead, joined the way each file says;
        /// the day comes apart from its line for the bold, in the file's order.
        #[test]
        fn a_dated_line_keeps_its_day_apart_in_the_languages_order() {
            let english = dated_emphasised("26 November", "First let-down you noticed");
            assert_eq!(english.before, "");
            assert_eq!(english.emphasised, "26 November");
            assert_eq!(english.after, " · First let-down you noticed");
            assert_eq!(dated("Thu 26 Nov", "Baby latched"), "Thu 26 Nov · Baby latched");
            assert_eq!(
                ahead(&["First drops", "Baby latched"]),
                "Still ahead: First drops · Baby latched"
            );
            let (fsi, pdi) = ISOLATE;
            let arabic = with_language(Language::Arabic, || dated_emphasised("26", "X"));
            assert_eq!(arabic.before, fsi.to_string());
            assert_eq!(arabic.emphasised, "26");
            assert_eq!(arabic.after, format!("{pdi} · {fsi}X{pdi}"));
        }

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

    pub const AVAILABLE: Msg = msg!("update-available");
    pub const RELOAD: Msg = msg!("update-reload");
    pub const OFFLINE_READY: Msg = msg!("update-offline-ready");
    pub const OFFLINE: Msg = msg!("update-offline");
    pub const OFFLINE_HINT: Msg = msg!("update-offline-hint");
}

/// Problems the browser can cause, said plainly with what still works.
pub mod problem {
    use super::Msg;

    pub const STORAGE_BLOCKED: Msg = msg!("problem-storage-blocked");
    pub const SETTINGS_UNREADABLE: Msg = msg!("problem-settings-unreadable");
    pub const SAVE_FAILED: Msg = msg!("problem-save-failed");
    pub const ENTRIES_UNREADABLE: Msg = msg!("problem-entries-unreadable");
    pub const NOT_FOUND: Msg = msg!("problem-not-found");
    pub const GO_HOME: Msg = msg!("problem-go-home");
    pub const DISMISS: Msg = msg!("problem-dismiss");
    /// Takes back what a confirmation just reported (a saved session, a diaper).
    pub const UNDO: Msg = msg!("problem-undo");
    pub const UNDONE: Msg = msg!("problem-undone");
}

/// The Timer screen and the quick save after it.
pub mod timer {
    use super::Msg;

    pub const INTRO: Msg = msg!("timer-intro");
    pub const START_PUMP: Msg = msg!("timer-start-pump");
    pub const START_HAND: Msg = msg!("timer-start-hand");
    pub const START_NURSE: Msg = msg!("timer-start-nurse");
    pub const START_COMFORT: Msg = msg!("timer-start-comfort");
    pub const RUNNING_PUMP: Msg = msg!("timer-running-pump");
    pub const RUNNING_HAND: Msg = msg!("timer-running-hand");
    pub const RUNNING_NURSE: Msg = msg!("timer-running-nurse");
    pub const RUNNING_COMFORT: Msg = msg!("timer-running-comfort");
    pub const START_SUPPLEMENTER: Msg = msg!("timer-start-supplementer");
    pub const RUNNING_SUPPLEMENTER: Msg = msg!("timer-running-supplementer");
    pub const WEIGHED: Msg = msg!("timer-weighed");
    pub const WEIGH_NOTE: Msg = msg!("timer-weigh-note");
    pub const WEIGHT_BEFORE: Msg = msg!("timer-weight-before");
    pub const WEIGHT_AFTER: Msg = msg!("timer-weight-after");
    pub const WEIGH_BOTH: Msg = msg!("timer-weigh-both");
    pub const SIDE: Msg = msg!("timer-side");
    pub const LEFT: Msg = msg!("timer-left");
    pub const RIGHT: Msg = msg!("timer-right");
    pub const BOTH: Msg = msg!("timer-both");
    pub const SWITCH: Msg = msg!("timer-switch");
    pub const PAUSE: Msg = msg!("timer-pause");
    pub const RESUME: Msg = msg!("timer-resume");
    pub const STOP: Msg = msg!("timer-stop");
    pub const PAUSED: Msg = msg!("timer-paused");
    pub const ELAPSED: Msg = msg!("timer-elapsed");
    pub const GOAL_REACHED: Msg = msg!("timer-goal-reached");
    /// Inside the ring once the goal is reached (the whole sentence is announced).
    pub const GOAL_REACHED_SHORT: Msg = msg!("timer-goal-reached-short");
    /// Under the running time while nursing: no goal and no cap.
    pub const BABY_LED: Msg = msg!("timer-baby-led");
    pub const CLOCK_BACK: Msg = msg!("timer-clock-back");
    pub const SAVE_TITLE: Msg = msg!("timer-save-title");
    pub const MILK_LEFT: Msg = msg!("timer-milk-left");
    pub const MILK_RIGHT: Msg = msg!("timer-milk-right");
    pub const LESS: Msg = msg!("timer-less");
    pub const MORE: Msg = msg!("timer-more");
    pub const NOTES: Msg = msg!("timer-notes");
    pub const SAVE: Msg = msg!("timer-save");
    pub const DISCARD: Msg = msg!("timer-discard");
    pub const DISCARD_ASK: Msg = msg!("timer-discard-ask");
    pub const DISCARD_YES: Msg = msg!("timer-discard-yes");
    pub const DISCARD_NO: Msg = msg!("timer-discard-no");
    pub const SAVED: Msg = msg!("timer-saved");
    pub const DISCARDED: Msg = msg!("timer-discarded");
    /// Covers both ways: an at-breast supplementer gives it during the feed, a cup after it.
    pub const SUPPLEMENT_AFTER: Msg = msg!("timer-supplement-after");
    pub const SUPPLEMENT_AMOUNT: Msg = msg!("timer-supplement-amount");
    pub const SUPPLEMENT_MILK: Msg = msg!("timer-supplement-milk");
    pub const SUPPLEMENT_METHOD: Msg = msg!("timer-supplement-method");
    pub const OVERLONG: Msg = msg!("timer-overlong");
    pub const OVERLONG_END: Msg = msg!("timer-overlong-end");
    /// Beside the end-time field for a long session: keep the time as it stands.
    pub const ENDED_NOW: Msg = msg!("timer-ended-now");
    pub const CONTINUE: Msg = msg!("timer-continue");
    pub const ALREADY_RUNNING: Msg = msg!("timer-already-running");
    pub const STOP_AND_SAVE: Msg = msg!("timer-stop-and-save");
    pub const KEEP_RUNNING: Msg = msg!("timer-keep-running");
    pub const BAD_NUMBER: Msg = msg!("timer-bad-number");
    pub const TIMER_UNREADABLE: Msg = msg!("timer-unreadable");

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
        msg!("timer-title").with(&[("elapsed", elapsed.into()), ("activity", running(kind).into())])
    }

    /// The time on each side, for screen readers (kept out of the side buttons' names).
    pub fn side_times(left: &str, both: &str, right: &str) -> String {
        msg!("timer-side-times").with(&[
            ("left", left.into()),
            ("both", both.into()),
            ("right", right.into()),
        ])
    }

    /// Asked at Stop when a session ran longer than most: "4 h 2 min", in words a screen reader
    /// cannot take for a time of day (as it might "4:02:00").
    pub fn long(elapsed: crate::domain::Millis) -> String {
        let minutes = i32::try_from(elapsed / crate::domain::MINUTE).unwrap_or(i32::MAX);
        msg!("timer-long").with(&[("elapsed", super::plan::hours(minutes).as_str().into())])
    }

    /// Why the end given for a session left running was not taken.
    pub fn end_problem(p: crate::domain::timer::EndProblem) -> &'static str {
        use crate::domain::timer::EndProblem::*;
        match p {
            Missing => super::log::BAD_TIME.get(),
            Invalid(why) => super::invalid(why),
        }
    }

    /// What a screen reader hears once the goal is reached, while it is true.
    pub fn goal_news(news: crate::domain::timer::GoalNews) -> &'static str {
        use crate::domain::timer::GoalNews::*;
        match news {
            KeepGoing => GOAL_REACHED,
            Done => msg!("timer-goal-reached-done"),
        }
        .get()
    }

    /// The goal under the ring.
    pub fn goal_minutes(minutes: i64) -> String {
        msg!("timer-goal-minutes").with(&[("minutes", minutes.into())])
    }
}

/// Names of milk types and feeding methods.
pub mod feeding {
    use super::Msg;
    use crate::domain::entry::{Method, Milk};

    /// A milk type as the parent reads it.
    pub fn milk(m: Milk) -> &'static str {
        match m {
            Milk::OwnExpressed => msg!("feeding-milk-own").get(),
            Milk::Donor => msg!("feeding-milk-donor").get(),
            Milk::Formula => msg!("feeding-milk-formula").get(),
        }
    }

    /// A feeding method as the parent reads it.
    pub fn method(m: Method) -> &'static str {
        match m {
            Method::Cup => msg!("feeding-method-cup").get(),
            Method::AtBreastSupplementer => msg!("feeding-method-supplementer").get(),
            Method::Spoon => msg!("feeding-method-spoon").get(),
            Method::Syringe => msg!("feeding-method-syringe").get(),
            Method::FingerFeeding => msg!("feeding-method-finger").get(),
            Method::Bottle => msg!("feeding-method-bottle").get(),
        }
    }

    /// Under the method choice: why the first two are offered first, without taking the bottle
    /// away from a parent for whom it is what works.
    pub const WHY_CUP: Msg = msg!("feeding-why-cup");
}

/// The Log screen.
pub mod log {
    use super::Msg;
    use crate::domain::entry::{Record, SessionKind};
    use crate::domain::lower_case::lower_case;
    use crate::domain::summary::Totals;
    use crate::domain::units::Volume;

    pub const LOADING: Msg = msg!("log-loading");
    pub const EMPTY: Msg = msg!("log-empty");
    pub const EARLIER: Msg = msg!("log-earlier");
    pub const FILTER: Msg = msg!("log-filter");
    pub const ALL: Msg = msg!("log-all");
    pub const SESSIONS: Msg = msg!("log-sessions");
    pub const SUPPLEMENTS: Msg = msg!("log-supplements");
    pub const DIAPERS: Msg = msg!("log-diapers");
    pub const WEIGHTS: Msg = msg!("log-weights");
    pub const DELETE: Msg = msg!("log-delete");
    pub const DELETED: Msg = msg!("log-deleted");
    pub const UNDO: Msg = msg!("log-undo");
    pub const RESTORED: Msg = msg!("log-restored");

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
                    None => msg!("log-session-line")
                        .with(&[("kind", what.into()), ("minutes", minutes.as_str().into())]),
                    Some(total) => msg!("log-session-line-milk").with(&[
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
            Record::Supplement(s) => msg!("log-supplement-line").with(&[
                ("amount", super::format::volume(unit, s.ml).as_str().into()),
                ("milk", lower_case(super::feeding::milk(s.milk)).as_str().into()),
                ("method", lower_case(super::feeding::method(s.method)).as_str().into()),
            ]),
            Record::Diaper(d) => match (d.wet, d.dirty, d.dark_urine) {
                (true, true, true) => msg!("log-diaper-wet-dirty-dark"),
                (true, false, true) => msg!("log-diaper-wet-dark"),
                (true, true, false) => msg!("log-diaper-wet-dirty"),
                (true, false, false) => msg!("log-diaper-wet"),
                _ => msg!("log-diaper-dirty"),
            }
            .into(),
            Record::Weight(w) => {
                msg!("log-weight-line").with(&[("kg", super::format::kg(w.grams))])
            }
            Record::Medicine(m) => {
                msg!("log-medicine-line").with(&[("name", m.name.as_str().into())])
            }
            Record::Milestone(m) => msg!("log-milestone-line")
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
        let mut parts = vec![msg!("log-totals-sessions").with(&[("count", t.sessions.into())])];
        if t.comfort > 0 {
            parts.push(msg!("log-totals-comfort").with(&[("count", t.comfort.into())]));
        }
        parts.push(super::format::minutes(t.active));
        if !t.expressed_ml.is_zero() {
            parts.push(
                msg!("log-totals-expressed")
                    .with(&[("amount", volume(t.expressed_ml).as_str().into())]),
            );
        }
        if !t.supplement_ml.is_zero() {
            parts.push(
                msg!("log-totals-supplement")
                    .with(&[("amount", volume(t.supplement_ml).as_str().into())]),
            );
        }
        if t.wet + t.dirty > 0 {
            parts.push(
                msg!("log-totals-diapers")
                    .with(&[("wet", t.wet.into()), ("dirty", t.dirty.into())]),
            );
        }
        parts.join(" · ")
    }

    pub const ADD: Msg = msg!("log-add");
    pub const EDIT: Msg = msg!("log-edit");
    pub const FORM_ADD: Msg = msg!("log-form-add");
    pub const FORM_EDIT: Msg = msg!("log-form-edit");
    pub const WHAT: Msg = msg!("log-what");
    pub const KIND: Msg = msg!("log-kind");
    pub const STARTED: Msg = msg!("log-started");
    pub const AT: Msg = msg!("log-at");
    pub const MINUTES: Msg = msg!("log-minutes");
    pub const LEFT_ML: Msg = msg!("log-left-ml");
    pub const RIGHT_ML: Msg = msg!("log-right-ml");
    pub const AMOUNT: Msg = msg!("log-amount");
    pub const WET: Msg = msg!("log-wet");
    pub const DIRTY: Msg = msg!("log-dirty");
    pub const GRAMS: Msg = msg!("log-grams");
    /// The optional tick on a wet diaper.
    pub const DARK_URINE: Msg = msg!("log-dark-urine");
    pub const SAVE: Msg = msg!("log-save");
    pub const CANCEL: Msg = msg!("log-cancel");
    pub const SAVED: Msg = msg!("log-saved");
    pub const BAD_TIME: Msg = msg!("log-bad-time");
    pub const BAD_NUMBER: Msg = msg!("log-bad-number");

    /// The accessible name of an edit button: with the day, as rows of different days can read
    /// the same ("Diaper · wet at 15:00").
    pub fn edit_label(what: &str, at: &str, date: chrono::NaiveDate) -> String {
        msg!("log-edit-label").with(&[
            ("what", what.into()),
            ("time", at.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// The accessible name of a delete button, with the day like [`edit_label`].
    pub fn delete_label(what: &str, at: &str, date: chrono::NaiveDate) -> String {
        msg!("log-delete-label").with(&[
            ("what", what.into()),
            ("time", at.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// The accessible name of a delete button on a row that has a day but no time (a milestone).
    pub fn delete_day_label(what: &str, date: chrono::NaiveDate) -> String {
        msg!("log-delete-day-label").with(&[
            ("what", what.into()),
            ("day", super::format::day_heading(date).as_str().into()),
        ])
    }

    /// On a supplement's row: the feed it was given with ("with the 03:10 nursing").
    pub fn with_feed(kind: SessionKind, at: &str) -> String {
        msg!("log-with-feed").with(&[
            ("time", at.into()),
            ("feed", lower_case(super::timer::running(kind)).as_str().into()),
        ])
    }

    /// On a feed's row: the supplements logged with it.
    pub fn supplements_with(amounts: &[crate::domain::units::Ml], unit: Volume) -> String {
        let list: Vec<String> = amounts.iter().map(|ml| super::format::volume(unit, *ml)).collect();
        msg!("log-supplements-with").with(&[("amounts", list.join(" + ").as_str().into())])
    }

    /// Before a note on a row, for screen readers and the eye alike.
    pub const NOTES: Msg = msg!("log-notes");
    /// Opens a shortened note in full.
    pub const NOTES_MORE: Msg = msg!("log-notes-more");

    /// The start of a long note, cut short ("Read all" follows).
    pub fn notes_cut(start: &str) -> String {
        msg!("log-notes-cut").with(&[("start", start.into())])
    }
}

/// A sentence for each way the log store can fail (`problem-store-*`).
pub fn store_error(e: &crate::domain::store::StoreError) -> &'static str {
    use crate::domain::store::StoreError::*;
    match e {
        Unavailable => msg!("problem-store-unavailable"),
        QuotaExceeded => msg!("problem-store-quota"),
        VersionChanged => msg!("problem-store-version"),
        Other(_) => msg!("problem-store-other"),
    }
    .get()
}

/// A sentence for each reason a record is refused (`invalid-*`).
pub fn invalid(why: Invalid) -> &'static str {
    match why {
        Invalid::EndNotAfterStart => msg!("invalid-end-not-after-start"),
        Invalid::SessionTooLong => msg!("invalid-session-too-long"),
        Invalid::SegmentOutsideSession => msg!("invalid-segment-outside"),
        Invalid::VolumeOutOfRange => msg!("invalid-volume-range"),
        Invalid::AmountOutOfRange => msg!("invalid-amount-range"),
        Invalid::WeightOutOfRange => msg!("invalid-weight-range"),
        Invalid::DiaperEmpty => msg!("invalid-diaper-empty"),
        Invalid::NotesTooLong => msg!("invalid-notes-too-long"),
        Invalid::InFuture => msg!("invalid-in-future"),
        Invalid::NotesControlCharacter => msg!("invalid-notes-control"),
        Invalid::MedicineNameEmpty => msg!("invalid-medicine-name-empty"),
        Invalid::MedicineNameTooLong => msg!("invalid-medicine-name-too-long"),
        Invalid::AdvisedByEmpty => msg!("invalid-advised-by-empty"),
        Invalid::AdvisedByTooLong => msg!("invalid-advised-by-too-long"),
        Invalid::MedicineDateMissing => msg!("invalid-medicine-date-missing"),
        Invalid::DateOutOfRange => msg!("invalid-date-range"),
        Invalid::StopBeforeStart => msg!("invalid-stop-before-start"),
        Invalid::TakenOutsideDates => msg!("invalid-taken-outside"),
        Invalid::TestWeightAfterSmaller => msg!("invalid-test-weight-smaller"),
        Invalid::TestWeightTooMuch => msg!("invalid-test-weight-too-much"),
        Invalid::MilestoneUnknown => msg!("invalid-milestone-unknown"),
        Invalid::MilestoneWordsEmpty => msg!("invalid-milestone-words-empty"),
        Invalid::MilestoneWordsTooLong => msg!("invalid-milestone-words-too-long"),
        Invalid::MilestoneDayMismatch => msg!("invalid-milestone-day-mismatch"),
    }
    .get()
}

/// The parent's own list of medicines and galactagogues (Settings; `medicines-*`). Relact's words
/// never name one.
pub mod medicines {
    use super::Msg;
    use crate::domain::medicine::AdvisedBy;

    pub const TITLE: Msg = msg!("medicines-title");
    pub const INTRO: Msg = msg!("medicines-intro");
    /// Shown when "My own choice" is ticked.
    pub const OWN_CHOICE_NOTE: Msg = msg!("medicines-own-choice-note");
    pub const EMPTY: Msg = msg!("medicines-empty");
    pub const ADD: Msg = msg!("medicines-add");
    pub const NAME: Msg = msg!("medicines-name");
    pub const WHO: Msg = msg!("medicines-who");
    pub const OWN_CHOICE: Msg = msg!("medicines-own-choice");
    pub const START: Msg = msg!("medicines-start");
    pub const STOP: Msg = msg!("medicines-stop");
    pub const SAVE: Msg = msg!("medicines-save");
    pub const CANCEL: Msg = msg!("medicines-cancel");
    pub const SAVED: Msg = msg!("medicines-saved");
    pub const DELETED: Msg = msg!("medicines-deleted");
    pub const RESTORED: Msg = msg!("medicines-restored");
    pub const UNDO: Msg = msg!("medicines-undo");
    pub const LOADING: Msg = msg!("medicines-loading");

    /// Who advised it, as a line.
    pub fn advised(by: &AdvisedBy) -> String {
        match by {
            AdvisedBy::Person(who) => msg!("medicines-advised").with(&[("who", who.into())]),
            AdvisedBy::OwnChoice => OWN_CHOICE.into(),
        }
    }

    /// The dates, as "since 3 Nov" or "3 Nov – 20 Nov".
    pub fn dates(start: &str, stop: Option<&str>) -> String {
        match stop {
            Some(stop) => {
                msg!("medicines-dates").with(&[("start", start.into()), ("stop", stop.into())])
            }
            None => msg!("medicines-since").with(&[("start", start.into())]),
        }
    }

    pub const TAKEN_TODAY: Msg = msg!("medicines-taken-today");

    /// The accessible name of today's tick, naming the medicine.
    pub fn taken_today(name: &str) -> String {
        msg!("medicines-taken-today-name").with(&[("name", name.into())])
    }

    pub fn edit_label(name: &str) -> String {
        msg!("medicines-edit-label").with(&[("name", name.into())])
    }

    pub fn delete_label(name: &str) -> String {
        msg!("medicines-delete-label").with(&[("name", name.into())])
    }

    pub const EDIT: Msg = msg!("medicines-edit");
    pub const DELETE: Msg = msg!("medicines-delete");

    /// The consultant summary's section.
    pub const SUMMARY_TITLE: Msg = msg!("medicines-summary-title");
    pub const SUMMARY_NONE: Msg = msg!("medicines-summary-none");

    /// How many days in the summary's range were ticked as taken.
    pub fn summary_taken(ticked: usize) -> String {
        msg!("medicines-summary-taken").with(&[("days", ticked.into())])
    }

    /// One medicine's line on the summary, its name set apart: who advised it, its dates (short
    /// dates, `stop` when it ended) and the days of the range ticked as taken.
    pub fn summary_line(
        name: &str,
        by: &AdvisedBy,
        start: &str,
        stop: Option<&str>,
        ticked: usize,
    ) -> super::Emphasis {
        let (advised, dates, taken) = (advised(by), dates(start, stop), summary_taken(ticked));
        msg!("medicines-summary-line").with_emphasis(
            "name",
            name,
            &[
                ("advised", advised.as_str().into()),
                ("dates", dates.as_str().into()),
                ("taken", taken.as_str().into()),
            ],
        )
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::domain::language::Language;
        use crate::text::i18n::{with_language, ISOLATE};

        /// The summary's line for one listed item: its name set apart, then who, when, how often.
        #[test]
        fn the_summary_line_sets_the_name_apart() {
            let by = AdvisedBy::Person("Dr Rivera".into());
            let line = summary_line("Item A", &by, "Tue 3 Nov", Some("Fri 20 Nov"), 2);
            assert_eq!(line.before, "");
            assert_eq!(line.emphasised, "Item A");
            assert_eq!(
                line.after,
                " · Advised by Dr Rivera · Tue 3 Nov – Fri 20 Nov · ticked as taken on 2 days in this range"
            );
        }

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

    /// A long note's start ends with the language's ellipsis, straight after its last word.
    #[test]
    fn a_cut_note_ends_with_an_ellipsis() {
        assert_eq!(log::notes_cut("slow let-down"), "slow let-down…");
    }

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
        use crate::domain::step_down::{Caution, Hold, Short, StepChange, StepDay};
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

#[cfg(test)]
mod from_waking_tests {
    use super::today::{from_waking, FromWaking::*};
    use crate::domain::language::Language::*;
    use crate::domain::model::today::DayBegan;
    use crate::domain::settings::Clock::*;
    use crate::text::i18n::with_language;
    use chrono::NaiveTime;

    fn began(h: u32, yesterday: bool) -> DayBegan {
        DayBegan { time: NaiveTime::from_hms_opt(h, 0, 0).unwrap(), yesterday }
    }

    #[test]
    fn the_tiles_say_when_the_day_began_in_each_language_with_its_grammar() {
        assert_eq!(from_waking(Expressed, began(7, false), H24), "Milk expressed since 07:00");
        assert_eq!(
            from_waking(Supplement, began(7, true), H24),
            "Supplement since 07:00 yesterday"
        );
        // Spanish and Portuguese: "la 1:00" but "las 7:00", by the hour as the clock shows it.
        with_language(Spanish, || {
            assert_eq!(
                from_waking(Expressed, began(7, false), H24),
                "Leche extraída desde las 07:00"
            );
            assert_eq!(
                from_waking(Expressed, began(1, false), H24),
                "Leche extraída desde la 01:00"
            );
            assert_eq!(
                from_waking(Supplement, began(7, true), H24),
                "Suplemento desde las 07:00 de ayer"
            );
            assert!(from_waking(LongestGap, began(13, false), H12).contains("desde la 1:00"));
            assert!(from_waking(LongestGap, began(13, false), H24).contains("desde las 13:00"));
        });
        with_language(BrazilianPortuguese, || {
            assert_eq!(
                from_waking(AtBreast, began(1, false), H24),
                "Mamadas e conforto no peito desde a 01:00"
            );
            assert_eq!(
                from_waking(AtBreast, began(6, true), H24),
                "Mamadas e conforto no peito desde as 06:00 de ontem"
            );
        });
        with_language(French, || {
            assert_eq!(
                from_waking(Expressed, began(7, true), H24),
                "Lait exprimé depuis hier 07:00"
            );
        });
    }
}
