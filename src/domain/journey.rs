//! Where the parent starts: relactating, inducing with the baby here, or inducing before the baby
//! arrives. The path sets the plan's starting point (which the parent can change), whether the
//! baby's diapers and supplements are shown at all, the gentle opening phase before a baby
//! arrives, and the baby's age that the diaper guidance follows.

use chrono::{NaiveDate, TimeZone};
use serde::{Deserialize, Serialize};

use super::day::{day_range, local_date};
use super::entry::{Entry, Record};
use super::plan::{Goal, Plan};

/// The diaper guidance for the baby's age lives in the care table ([`super::care`]); named here
/// too, beside the age it follows.
pub use super::care::DiaperStage;
use super::{Millis, HOUR, MINUTE};

/// Where the parent starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Path {
    /// The baby is here; the supply stopped or dropped and is being built again.
    #[default]
    Relactating,
    /// Building a supply without a recent pregnancy, with the baby here.
    InducingBabyHere,
    /// Building a supply before the baby arrives (adoption, surrogacy), with a due date.
    Preparing,
}

/// What a path starts the plan with; every value can be changed afterwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathDefaults {
    pub sessions_per_day: u8,
    pub session_minutes: u8,
    pub night_sessions: u8,
    /// Diapers, supplements and the warning signs about the baby are shown.
    pub shows_baby: bool,
}

impl Path {
    /// Whether the baby is here (diapers, supplements and the baby's warning signs apply).
    pub fn baby_here(self) -> bool {
        self != Path::Preparing
    }

    /// The plan's goal for this path (kept in the plan for the consultant summary).
    pub fn goal(self) -> Goal {
        match self {
            Path::Relactating => Goal::Relactation,
            Path::InducingBabyHere | Path::Preparing => Goal::InducedLactation,
        }
    }

    /// The plan a path starts with. Relactating: 8 sessions, the guidance's "8 or more".
    /// Inducing with the baby here: 10, since the supply starts from nothing and every session
    /// at the breast or pump tells the body to make milk. Preparing: 8, "about every 3 hours",
    /// which follows the opening phase. Each with one session at night and 20 minutes.
    pub fn defaults(self) -> PathDefaults {
        let sessions_per_day = match self {
            Path::Relactating | Path::Preparing => 8,
            Path::InducingBabyHere => 10,
        };
        PathDefaults {
            sessions_per_day,
            session_minutes: 20,
            night_sessions: 1,
            shows_baby: self.baby_here(),
        }
    }
}

/// The parent's journey, kept in the settings. Every field has a default, so settings saved
/// before it existed load as relactating with nothing else known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journey {
    pub path: Path,
    /// The baby's birth date, when the parent gave it.
    #[serde(with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// When the baby is expected (preparing only).
    #[serde(with = "opt_date", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<NaiveDate>,
    /// The supplement a day now, in ml, as the parent said it (used when the log has no
    /// supplements to go on).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplement_ml_per_day: Option<u32>,
    /// When the opening phase began, if the parent chose to start with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opening_started: Option<Millis>,
    /// The baby's birth weight in grams, when the parent gave it: the newborn weight loss is
    /// read against it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_weight_g: Option<u32>,
    /// When the parent tapped "Baby is here": the log covers the baby from then on, so the
    /// first hours at home are not read as a whole day with few diapers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrived_at: Option<Millis>,
}

impl Journey {
    /// Chooses a path and sets the plan's starting point for it: its goal, sessions, length and
    /// night sessions; before the baby is here, no supplement step-down. The plan's revision
    /// moves on when anything changed, so a calendar export replaces older events.
    pub fn choose(&mut self, path: Path, plan: &mut Plan) {
        self.path = path;
        if path != Path::Preparing {
            self.opening_started = None;
        }
        let d = path.defaults();
        plan.edit(|plan| {
            plan.goal = path.goal();
            plan.sessions_per_day = d.sessions_per_day;
            plan.session_minutes = d.session_minutes;
            plan.night_sessions = d.night_sessions;
            if !d.shows_baby {
                plan.step_down = None;
            }
        });
    }

    /// "Baby is here": the path becomes inducing with the baby here, with the birth date the
    /// parent gave (today by default, or any past day: an adopted or older baby is read by their
    /// age) and, if they gave it, the birth weight; `now` is kept as the arrival, from which the
    /// log covers the baby. The plan keeps what the parent set (only its goal is kept in line);
    /// the log is untouched. A birth date after `today`, or a birth weight no baby has, is
    /// refused and nothing changes. The caller keeps the journey and plan before, for Undo.
    pub fn baby_arrived(
        &mut self,
        born: NaiveDate,
        birth_g: Option<u32>,
        today: NaiveDate,
        now: Millis,
        plan: &mut Plan,
    ) -> Result<(), BirthProblem> {
        check_birth_date(born, today)?;
        if birth_g.is_some_and(|g| !BIRTH_WEIGHT_G.contains(&g)) {
            return Err(BirthProblem::Weight);
        }
        self.path = Path::InducingBabyHere;
        self.birth_date = Some(born);
        self.birth_weight_g = birth_g;
        self.arrived_at = Some(now);
        self.due_date = None;
        self.opening_started = None;
        plan.edit(|plan| plan.goal = Goal::InducedLactation);
        Ok(())
    }

    /// Whole days until the due date (0 on the day, negative after it); `None` without one or
    /// once the baby is here.
    pub fn days_to_due(&self, today: NaiveDate) -> Option<i64> {
        if self.path.baby_here() {
            return None;
        }
        self.due_date.map(|due| (due - today).num_days())
    }

    /// The baby's age in whole days on `today`; `None` before the baby is here, without a birth
    /// date, or with one in the future.
    pub fn age_days(&self, today: NaiveDate) -> Option<i64> {
        let days = (today - self.birth_date?).num_days();
        (self.path.baby_here() && days >= 0).then_some(days)
    }
}

/// Why a birth date or birth weight was refused (nothing is stored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BirthProblem {
    /// The date is after today.
    Future,
    /// The year looks like a typing slip (before 2000).
    Year,
    /// The birth weight is outside [`BIRTH_WEIGHT_G`].
    Weight,
}

/// Birth weights a baby can have, in grams; anything else is a typing slip.
pub const BIRTH_WEIGHT_G: std::ops::RangeInclusive<u32> = 400..=7000;

/// A birth date the journey can keep: not after `today`, and not in a year before 2000.
pub fn check_birth_date(born: NaiveDate, today: NaiveDate) -> Result<NaiveDate, BirthProblem> {
    use chrono::Datelike;
    if born > today {
        Err(BirthProblem::Future)
    } else if born.year() < 2000 {
        Err(BirthProblem::Year)
    } else {
        Ok(born)
    }
}

/// Whole days before today that [`supplement_from_log`] reads.
pub const LOG_DAYS: i64 = 3;

/// The daily supplement total the log shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogAverage {
    /// The average daily total, in whole ml.
    pub ml: u32,
    /// How many of the last [`LOG_DAYS`] days had a supplement logged (the days averaged).
    pub days: u32,
}

/// The daily supplement total over the last three whole days before `today`, averaged over the
/// days that have a supplement logged; `None` when none of them has. A day with no supplement
/// logged is not a day with none given (a feed a partner gave may not be in the log), so it is
/// left out rather than averaged in as 0, which would start the step-down too low.
pub fn supplement_from_log<Tz: TimeZone>(
    entries: &[Entry],
    tz: &Tz,
    today: NaiveDate,
) -> Option<LogAverage> {
    let mut days = 0u32;
    let mut total = 0u32;
    for back in 1..=LOG_DAYS {
        let date = today - chrono::Duration::days(back);
        let (start, end) = day_range(tz, date);
        let given: u32 = entries
            .iter()
            .filter(|e| e.happened() && e.at >= start && e.at < end)
            .map(|e| match &e.record {
                Record::Supplement(s) => s.ml.whole_ml(),
                _ => 0,
            })
            .sum();
        if given > 0 {
            days += 1;
            total += given;
        }
    }
    (days > 0).then(|| LogAverage { ml: (total + days / 2) / days, days })
}

/// The first instant [`supplement_from_log`] reads for `today`.
pub fn log_needed_from<Tz: TimeZone>(tz: &Tz, today: NaiveDate) -> Millis {
    day_range(tz, today - chrono::Duration::days(LOG_DAYS)).0
}

/// How long the opening phase lasts.
pub const OPENING_HOURS: Millis = 48;
/// One opening session: pump 5–7 minutes, massage, pump again 5–7 minutes.
pub const OPENING_SESSION_MINUTES: u8 = 15;
/// The gap between opening sessions while the parent is awake, in minutes.
const OPENING_DAY_GAP: u16 = 120;
/// The gap between opening sessions while the parent sleeps, in minutes.
const OPENING_NIGHT_GAP: u16 = 180;

/// One session of the opening phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpeningSession {
    pub at: Millis,
    /// Planned during the parent's sleeping hours.
    pub night: bool,
}

/// The gentle opening phase before a baby arrives: for 48 hours from `start`, a short session
/// about every 2 hours while awake and every 3 hours while asleep (by the plan's waking and
/// sleeping times); after it the plan's 8–12 a day take over.
pub fn opening_phase<Tz: TimeZone>(start: Millis, plan: &Plan, tz: &Tz) -> Vec<OpeningSession> {
    let end = start + OPENING_HOURS * HOUR;
    let mut at = start;
    let mut out = Vec::new();
    while at < end {
        let minute = tz
            .timestamp_millis_opt(at)
            .single()
            .map(|d| {
                use chrono::Timelike;
                (d.hour() * 60 + d.minute()) as u16
            })
            .unwrap_or(0);
        let night = plan.sleeping_at(minute);
        out.push(OpeningSession { at, night });
        let gap = if night { OPENING_NIGHT_GAP } else { OPENING_DAY_GAP };
        at += Millis::from(gap) * MINUTE;
    }
    out
}

/// Where the opening phase stands at `now`: `None` when it was not chosen or is over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpeningNow {
    /// When the 48 hours end.
    pub ends: Millis,
    /// The next opening session not yet done: due in the last 15 minutes counts as now, and one
    /// is done by a session started at most an hour before it.
    pub next: Option<Millis>,
    /// Sessions the phase asks for in 24 hours (its first day's count: about 11 with a usual
    /// night), what Today's sessions tile counts against while it runs.
    pub per_day: u32,
    /// The phase's sessions from the next one on, for the Plan.
    pub ahead: Vec<OpeningSession>,
}

impl Journey {
    /// The opening phase at `now`, while it runs; `last_start` is when the latest session began.
    pub fn opening_now<Tz: TimeZone>(
        &self,
        plan: &Plan,
        now: Millis,
        tz: &Tz,
        last_start: Option<Millis>,
    ) -> Option<OpeningNow> {
        let start = self.opening_started.filter(|_| self.path == Path::Preparing)?;
        let ends = start + OPENING_HOURS * HOUR;
        if now < start || now >= ends {
            return None;
        }
        let window = Millis::from(OPENING_SESSION_MINUTES) * MINUTE;
        let done = |at: Millis| last_start.is_some_and(|l| l >= at - HOUR);
        let all = opening_phase(start, plan, tz);
        let next = all.iter().map(|s| s.at).find(|&at| at + window > now && !done(at));
        let per_day = all.iter().filter(|s| s.at < start + 24 * HOUR).count() as u32;
        let ahead = all.into_iter().filter(|s| next.is_some_and(|n| s.at >= n)).collect();
        Some(OpeningNow { ends, next, per_day, ahead })
    }

    /// How long a pumping session aims for at `now`: about 15 minutes while the opening phase
    /// runs (the timer's goal, Today and the Plan all say the same), else the plan's length.
    pub fn session_minutes<Tz: TimeZone>(&self, plan: &Plan, now: Millis, tz: &Tz) -> u8 {
        match self.opening_now(plan, now, tz, None) {
            Some(_) => OPENING_SESSION_MINUTES,
            None => plan.clamped().session_minutes,
        }
    }
}

/// The parent's local date at `now` (a convenience for callers holding an instant).
pub fn today<Tz: TimeZone>(tz: &Tz, now: Millis) -> NaiveDate {
    local_date(tz, now)
}

/// An optional date kept as "2026-11-28" or left out.
mod opt_date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::super::day::iso_date::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::super::day::iso_date::parse(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom("not a date (YYYY-MM-DD)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Method, Milk};
    use crate::domain::test_kit::{supplement, Tweak};
    use chrono_tz::Europe::London;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn london(d: u32, h: u32, m: u32) -> Millis {
        London.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().timestamp_millis()
    }

    #[test]
    fn each_path_sets_its_own_plan_and_what_is_shown() {
        let r = Path::Relactating.defaults();
        assert_eq!((r.sessions_per_day, r.session_minutes, r.shows_baby), (8, 20, true));
        let i = Path::InducingBabyHere.defaults();
        assert_eq!((i.sessions_per_day, i.shows_baby), (10, true));
        let p = Path::Preparing.defaults();
        assert_eq!((p.sessions_per_day, p.night_sessions, p.shows_baby), (8, 1, false));
        // Every default is inside the plan's own limits.
        for path in [Path::Relactating, Path::InducingBabyHere, Path::Preparing] {
            let d = path.defaults();
            assert!(crate::domain::plan::SESSIONS_PER_DAY.contains(&d.sessions_per_day));
            assert!(crate::domain::plan::SESSION_MINUTES.contains(&d.session_minutes));
            assert!(crate::domain::plan::NIGHT_SESSIONS.contains(&d.night_sessions));
            assert!(d.night_sessions < d.sessions_per_day, "{path:?}");
            let mut plan = Plan::default();
            Journey::default().choose(path, &mut plan);
            assert_eq!(plan.goal, path.goal());
        }
    }

    #[test]
    fn choosing_a_path_moves_the_plan_and_drops_the_step_down_before_the_baby() {
        let mut plan = Plan {
            sessions_per_day: 12,
            step_down: Some(Default::default()),
            revision: 4,
            ..Plan::default()
        };
        let mut j = Journey::default();
        j.choose(Path::Preparing, &mut plan);
        assert_eq!((plan.sessions_per_day, plan.step_down.is_none(), plan.revision), (8, true, 5));
        // Choosing what is already set changes nothing, not even the revision.
        j.choose(Path::Preparing, &mut plan);
        assert_eq!(plan.revision, 5);
        // With the baby here a step-down is kept.
        let mut plan = Plan { step_down: Some(Default::default()), ..Plan::default() };
        j.choose(Path::InducingBabyHere, &mut plan);
        assert!(plan.step_down.is_some());
    }

    #[test]
    fn baby_is_here_switches_path_and_dates_and_keeps_the_plan() {
        let mut plan =
            Plan { sessions_per_day: 11, goal: Goal::InducedLactation, ..Plan::default() };
        let mut j = Journey {
            path: Path::Preparing,
            due_date: Some(date(12, 20)),
            opening_started: Some(5),
            ..Journey::default()
        };
        assert_eq!(j.days_to_due(date(11, 29)), Some(21));
        assert_eq!(j.age_days(date(11, 29)), None);
        // A birth date after today is refused, and nothing changes.
        let before = (j.clone(), plan.clone());
        assert_eq!(
            j.baby_arrived(date(12, 4), None, date(12, 3), 7, &mut plan),
            Err(BirthProblem::Future)
        );
        assert_eq!(
            j.baby_arrived(date(12, 3), Some(40), date(12, 3), 7, &mut plan),
            Err(BirthProblem::Weight),
            "40 g: a slip for 4 kg"
        );
        assert_eq!((j.clone(), plan.clone()), before);
        assert_eq!(j.baby_arrived(date(12, 3), None, date(12, 3), 7, &mut plan), Ok(()));
        assert_eq!(j.path, Path::InducingBabyHere);
        assert_eq!((j.birth_date, j.arrived_at), (Some(date(12, 3)), Some(7)));
        assert_eq!((j.due_date, j.opening_started), (None, None));
        assert_eq!((plan.sessions_per_day, plan.revision), (11, 0));
        assert_eq!(j.days_to_due(date(12, 3)), None);
        assert_eq!(j.age_days(date(12, 3)), Some(0));
        // An adopted baby three months old, with a birth weight: read by their age.
        let mut k = Journey { path: Path::Preparing, ..Journey::default() };
        let mut p = Plan::default();
        assert_eq!(k.baby_arrived(date(9, 3), Some(3400), date(12, 3), 7, &mut p), Ok(()));
        assert_eq!((k.age_days(date(12, 3)), k.birth_weight_g), (Some(91), Some(3400)));
    }

    #[test]
    fn age_counts_whole_days_and_never_a_future_birth() {
        let j = Journey { birth_date: Some(date(11, 1)), ..Journey::default() };
        assert_eq!(j.age_days(date(11, 1)), Some(0));
        assert_eq!(j.age_days(date(11, 7)), Some(6));
        assert_eq!(j.age_days(date(11, 8)), Some(7));
        assert_eq!(j.age_days(date(12, 13)), Some(42));
        assert_eq!(j.age_days(date(10, 31)), None, "a birth date after today");
        assert_eq!(Journey::default().age_days(date(11, 8)), None);
        // Preparing: no age, even with a stray birth date.
        let p = Journey { path: Path::Preparing, ..j };
        assert_eq!(p.age_days(date(11, 8)), None);
    }

    #[test]
    fn the_baseline_comes_from_the_last_three_days_of_the_log_else_what_was_said() {
        let today = date(11, 28);
        let log = vec![
            supplement("a", london(25, 9, 0), 100).given(Milk::Formula, Method::Bottle),
            supplement("b", london(25, 15, 0), 140).given(Milk::Formula, Method::Bottle),
            supplement("c", london(26, 9, 0), 200).given(Milk::Formula, Method::Bottle),
            // The 27th: a diaper only, a day logged with no supplement.
            Entry::new(
                "d".into(),
                0,
                Record::Diaper(Diaper {
                    at: london(27, 8, 0),
                    wet: true,
                    dirty: false,
                    dark_urine: false,
                }),
            ),
            // Today and four days back do not count.
            supplement("e", london(28, 9, 0), 500).given(Milk::Formula, Method::Bottle),
            supplement("f", london(24, 9, 0), 500).given(Milk::Formula, Method::Bottle),
        ];
        let avg = |ml, days| Some(LogAverage { ml, days });
        // The 27th had no supplement logged: left out, not averaged in as 0.
        assert_eq!(supplement_from_log(&log, &London, today), avg(220, 2), "(240+200)/2");
        // Only one day logged: that day.
        assert_eq!(supplement_from_log(&log[2..3], &London, date(11, 27)), avg(200, 1));
        assert_eq!(supplement_from_log(&[], &London, today), None);
    }

    #[test]
    fn the_opening_phase_is_48_hours_of_short_frequent_sessions() {
        let plan = Plan::default(); // awake 07:00, asleep 23:00
        let start = london(20, 9, 0);
        let s = opening_phase(start, &plan, &London);
        assert_eq!(s[0], OpeningSession { at: start, night: false });
        // By day every 2 hours: 09, 11, 13, 15, 17, 19, 21, 23 (the first asleep)…
        assert_eq!(s[1].at, london(20, 11, 0));
        assert_eq!(s[7], OpeningSession { at: london(20, 23, 0), night: true });
        // …then every 3 hours while asleep: 02:00, 05:00, then 08:00 awake again.
        assert_eq!(s[8], OpeningSession { at: london(21, 2, 0), night: true });
        assert_eq!(s[9], OpeningSession { at: london(21, 5, 0), night: true });
        assert_eq!(s[10], OpeningSession { at: london(21, 8, 0), night: false });
        // All inside the 48 hours, about 11 a day (more than the 8–12 that follow).
        assert!(s.iter().all(|x| x.at >= start && x.at < start + 48 * HOUR));
        assert_eq!(s.len(), 21);
        for w in s.windows(2) {
            let gap = w[1].at - w[0].at;
            assert!(gap == 2 * HOUR || gap == 3 * HOUR, "{gap}");
        }
    }

    #[test]
    fn the_opening_phase_now_names_the_next_session_and_ends() {
        let plan = Plan::default();
        let start = london(20, 9, 0);
        let j =
            Journey { path: Path::Preparing, opening_started: Some(start), ..Journey::default() };
        let at = |now| j.opening_now(&plan, now, &London, None);
        // The phase asks 11 sessions in its first 24 hours: 09, 11, … 21 by day, 23, 02, 05, 08.
        assert_eq!(at(london(20, 10, 0)).map(|o| o.per_day), Some(11));
        // The Plan lists them from the next one on: 11:00 first; on the second night 00:00, 03:00
        // and the last at 06:00 on the 22nd (09:00 is the end).
        let ahead = at(london(20, 9, 20)).map(|o| o.ahead).unwrap();
        assert_eq!(
            (ahead[0].at, ahead.last().map(|s| s.at)),
            (london(20, 11, 0), Some(london(22, 6, 0)))
        );
        // The timer's goal: about 15 minutes while it runs, the plan's 20 before and after.
        assert_eq!(j.session_minutes(&plan, london(20, 10, 0), &London), 15);
        assert_eq!(j.session_minutes(&plan, london(22, 9, 0), &London), 20);
        assert_eq!(Journey::default().session_minutes(&plan, london(20, 10, 0), &London), 20);
        assert_eq!(at(london(20, 9, 10)).and_then(|o| o.next), Some(start), "still within 15 min");
        assert_eq!(at(london(20, 9, 20)).and_then(|o| o.next), Some(london(20, 11, 0)));
        assert_eq!(at(london(20, 9, 20)).map(|o| o.ends), Some(london(22, 9, 0)));
        assert_eq!(at(london(22, 9, 0)), None, "over after 48 hours");
        // Done at 09:05: the next is 11:00 at once; pumped early at 10:30 for 11:00: then 13:00.
        let done = |now, last| j.opening_now(&plan, now, &London, Some(last)).and_then(|o| o.next);
        assert_eq!(done(london(20, 9, 6), london(20, 9, 5)), Some(london(20, 11, 0)));
        assert_eq!(done(london(20, 10, 40), london(20, 10, 30)), Some(london(20, 13, 0)));
        assert_eq!(at(london(20, 8, 0)), None, "not begun");
        let here = Journey { path: Path::InducingBabyHere, ..j };
        assert_eq!(here.opening_now(&plan, london(20, 10, 0), &London, None), None);
    }
}
