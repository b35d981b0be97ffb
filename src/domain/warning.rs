//! The warning signs the log shows now, read against the care table ([`super::care`]) for the
//! baby's real age: too few wet diapers, stools or feeds over a rolling 24 hours, a long stretch
//! with no wet diaper, dark urine, and the weight signs (newborn loss, still falling, not back to
//! birth weight, slow gain). Each sign carries its urgency: call the baby's doctor today, or get
//! help now.
//!
//! Counts are over the last 24 hours. When the log covers less (the parent began today, the baby
//! came home or was born less than 24 hours ago, or diapers were first logged today), the
//! expectation is scaled to the hours it covers, and nothing is read under [`care::MIN_COVER`].
//! Diaper signs are read only when the parent logs diapers at all ([`care::TRACKING`]); a low
//! count is said as what the log shows, since a missing entry is not a fact about the baby.

use chrono::{Duration, NaiveDate, TimeZone, Timelike};

use super::care::{self, Urgency, DAY_MS};
use super::day::{day_start, local_date};
use super::entry::{Entry, Record, SessionKind};
use super::journey::Journey;
use super::plan::Plan;
use super::{Millis, HOUR};

/// How far back the signs look: the weighings a gain per week is read from, as well as the last
/// 24 hours and the 48 that show whether diapers are logged.
pub const LOOK_BACK: Millis = 21 * DAY_MS;

/// What the signs need to know about the baby, from the journey.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Baby {
    /// The birth date; `None`: unknown (the general guidance applies).
    pub born: Option<NaiveDate>,
    /// The birth weight in grams, when the parent gave it (the newborn loss is read against it).
    pub birth_g: Option<u32>,
    /// When the parent said the baby is here: the log covers the baby from then on.
    pub arrived: Option<Millis>,
}

impl Baby {
    /// The baby as the journey knows them (nothing before the baby is here).
    pub fn of(journey: &Journey) -> Baby {
        if !journey.path.baby_here() {
            return Baby::default();
        }
        Baby {
            born: journey.birth_date,
            birth_g: journey.birth_weight_g,
            arrived: journey.arrived_at,
        }
    }

    /// The age in days at `ms` (the birth date is day 0); `None` unknown or before the birth.
    pub fn age_at<Tz: TimeZone>(&self, tz: &Tz, ms: Millis) -> Option<i64> {
        self.age_on(local_date(tz, ms))
    }

    /// The age in days on `date`.
    pub fn age_on(&self, date: NaiveDate) -> Option<i64> {
        let days = (date - self.born?).num_days();
        (days >= 0).then_some(days)
    }
}

/// One sign the log shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// Fewer wet diapers in the log than the table asks over the `hours` it covers (24 at most).
    FewWet { wet: u32, expected: u32, hours: u32 },
    /// Fewer stools in the log than the table asks over the `hours` it covers.
    FewStools { stools: u32, expected: u32, hours: u32 },
    /// Fewer feeds in the log than the first weeks ask over the `hours` it covers.
    FewFeeds { feeds: u32, expected: u32, hours: u32 },
    /// No wet diaper logged for `hours` hours while the baby is awake (after day 4): call today.
    DryFor { hours: i64 },
    /// No wet diaper logged for `hours` hours, 12 or more: get help now.
    DryLong { hours: i64 },
    /// A diaper in the last 24 hours was marked with dark urine or crystals (after day 4).
    DarkUrine,
    /// The latest weight is `pct` percent under birth weight: 7% (feeding needs checking) or 10%
    /// (`medical`: a medical check).
    NewbornLoss { pct: u32, medical: bool },
    /// The latest weight is lower than the one before it (from day 5).
    WeightDown { from_g: u32, to_g: u32 },
    /// At 14 days or more, the latest weight is still under birth weight.
    NotBackToBirth { birth_g: u32, latest_g: u32 },
    /// The gain per week over at least a week is under the band for the age.
    SlowGain { g_per_week: i64, min_g_per_week: u32 },
}

impl Sign {
    /// How urgent the sign is.
    pub fn urgency(&self) -> Urgency {
        match self {
            Sign::DryLong { .. } => Urgency::Now,
            _ => Urgency::CallToday,
        }
    }

    /// Whether the sign is about diapers or feeds (which may just be missing from the log).
    pub fn from_counts(&self) -> bool {
        matches!(
            self,
            Sign::FewWet { .. }
                | Sign::FewStools { .. }
                | Sign::FewFeeds { .. }
                | Sign::DryFor { .. }
                | Sign::DryLong { .. }
        )
    }
}

/// What the log shows over the rolling 24 hours, and the signs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Wet diapers and stools in the last 24 hours (what Today's diaper card shows).
    pub wet: u32,
    pub stools: u32,
    /// The signs, the most urgent first.
    pub signs: Vec<Sign>,
}

/// When the log begins for the signs: when the parent began (`since`), or their first entry if
/// older (a log restored from a backup, or older than the stored first use).
pub fn began(entries: &[Entry], since: Millis) -> Millis {
    entries.iter().filter(|e| e.happened()).map(|e| e.at).fold(since, Millis::min)
}

/// A diaper as the signs read it.
#[derive(Clone, Copy)]
struct Seen {
    at: Millis,
    wet: bool,
    dirty: bool,
    dark: bool,
}

/// The expectation of `per_day` (from the table, by the baby's age on each date) over
/// `from..to`, each calendar day of the stretch at its own age.
fn expected<Tz: TimeZone>(
    tz: &Tz,
    from: Millis,
    to: Millis,
    per_day: impl Fn(NaiveDate) -> u32,
) -> u32 {
    let mut parts = Vec::new();
    let mut at = from;
    let mut date = local_date(tz, from);
    while at < to {
        let next = day_start(tz, date + Duration::days(1)).clamp(at + 1, to);
        parts.push((per_day(date), next - at));
        at = next;
        date += Duration::days(1);
    }
    care::expected_over(parts)
}

/// Whole hours in `ms` (rounded down), as a count a sentence can say.
fn hours(ms: Millis) -> u32 {
    (ms.max(0) / HOUR) as u32
}

/// The signs the log shows at `now` in time zone `tz`, the most urgent first, with the last 24
/// hours' diapers. `since` is when the parent began using Relact (the log covers nothing before
/// it); `plan` says when the parent is usually awake ("while awake" is read in those hours).
pub fn read<Tz: TimeZone>(
    tz: &Tz,
    entries: &[Entry],
    now: Millis,
    plan: &Plan,
    since: Millis,
    baby: &Baby,
) -> Reading {
    let plan = plan.clamped();
    // Only [`LOOK_BACK`] is read, so every screen that loads at least that much (Today, the
    // printed plan) gets the same answer.
    let entries: Vec<&Entry> =
        entries.iter().filter(|e| e.happened() && e.at <= now && e.at > now - LOOK_BACK).collect();
    let entries = &entries[..];
    let live = || entries.iter().copied();
    let age_now = baby.age_at(tz, now);
    if baby.born.is_some() && age_now.is_none() {
        // A birth date after today: nothing about a baby not yet born is read.
        return Reading::default();
    }
    let born_at = baby.born.map(|d| day_start(tz, d));
    let day_of_life = age_now.map(care::day_of_life);
    let from_day = |day: i64| day_of_life.is_none_or(|d| d >= day);
    // The log covers the baby from the latest of: 24 hours ago, the parent's first use, the
    // baby's arrival and birth.
    let covers_from = [now - DAY_MS, since, baby.arrived.unwrap_or(Millis::MIN)]
        .into_iter()
        .chain(born_at)
        .fold(Millis::MIN, Millis::max);

    let mut out = Reading::default();
    let mut signs = Vec::new();

    let diapers: Vec<Seen> = live()
        .filter_map(|e| match &e.record {
            Record::Diaper(d) => {
                Some(Seen { at: e.at, wet: d.wet, dirty: d.dirty, dark: d.dark_urine })
            }
            _ => None,
        })
        .collect();
    let last_day = |d: &&Seen| d.at > now - DAY_MS;
    out.wet = diapers.iter().filter(last_day).filter(|d| d.wet).count() as u32;
    out.stools = diapers.iter().filter(last_day).filter(|d| d.dirty).count() as u32;
    let tracking = diapers.iter().any(|d| d.at > now - care::TRACKING);
    if tracking {
        // Diapers logged for the first time less than 24 hours ago: the log of diapers begins
        // there.
        let first = diapers.iter().map(|d| d.at).min().unwrap_or(now);
        let from = covers_from.max(first);
        let in_window = || diapers.iter().filter(|d| d.at >= from);
        if now - from >= care::MIN_COVER {
            let age = |date| baby.age_on(date);
            let h = hours(now - from);
            let wet = in_window().filter(|d| d.wet).count() as u32;
            let want = expected(tz, from, now, |d| care::per_day(age(d)).wet);
            if wet < want {
                signs.push(Sign::FewWet { wet, expected: want, hours: h });
            }
            if care::per_day(age_now).stools.is_some() {
                let stools = in_window().filter(|d| d.dirty).count() as u32;
                let want = expected(tz, from, now, |d| care::per_day(age(d)).stools.unwrap_or(0));
                if stools < want {
                    signs.push(Sign::FewStools { stools, expected: want, hours: h });
                }
            }
        }

        // The stretch with no wet diaper: from the last one logged, or from when the log of
        // diapers began; never before the day after the birth date (see care::DRY_NOW_FROM_DAY).
        let last_wet = diapers.iter().filter(|d| d.wet).map(|d| d.at).max();
        let day_two = baby.born.map(|b| day_start(tz, b + Duration::days(1)));
        let dry_from = [last_wet.unwrap_or(Millis::MIN), since, first]
            .into_iter()
            .chain(baby.arrived)
            .chain(day_two)
            .fold(Millis::MIN, Millis::max);
        let dry = now - dry_from;
        let (_, woke) = plan.day_start(tz, now);
        let minute = tz
            .timestamp_millis_opt(now)
            .single()
            .map_or(0, |d| (d.hour() * 60 + d.minute()) as u16);
        let awake = !plan.sleeping_at(minute) && now - woke >= care::AWAKE_GRACE;
        if from_day(care::DRY_NOW_FROM_DAY) && dry >= care::DRY_NOW_HOURS * HOUR {
            signs.push(Sign::DryLong { hours: dry / HOUR });
        } else if from_day(care::DRY_CALL_FROM_DAY) && awake && dry >= care::DRY_CALL_HOURS * HOUR {
            signs.push(Sign::DryFor { hours: dry / HOUR });
        }

        let dark = diapers.iter().filter(last_day).any(|d| {
            d.dark
                && baby
                    .age_at(tz, d.at)
                    .is_none_or(|a| care::day_of_life(a) >= care::DARK_URINE_FROM_DAY)
        });
        if dark {
            signs.push(Sign::DarkUrine);
        }
    }

    if let Some(sign) = feeds(entries, now, covers_from, age_now) {
        signs.push(sign);
    }
    signs.extend(weight_signs(tz, entries, now, baby));
    // The most urgent first; otherwise in the order above.
    super::sorting::sort_by_key(&mut signs, |s| std::cmp::Reverse(s.urgency()));
    out.signs = signs;
    out
}

/// Feeds in the first weeks: nursing (not comfort nursing) and supplements given apart from a
/// nursing session (a supplement with a feed at the breast is part of that feed).
fn feeds(entries: &[&Entry], now: Millis, covers_from: Millis, age: Option<i64>) -> Option<Sign> {
    if age? >= care::FEEDS_UNTIL_AGE {
        return None;
    }
    let live = || entries.iter().copied();
    let nursing: std::collections::HashSet<&str> = live()
        .filter(|e| matches!(&e.record, Record::Session(s) if s.kind == SessionKind::Nursing))
        .map(|e| e.id.as_str())
        .collect();
    let fed: Vec<Millis> = live()
        .filter(|e| match &e.record {
            Record::Session(s) => s.kind == SessionKind::Nursing,
            Record::Supplement(s) => {
                s.after_session.as_deref().is_none_or(|id| !nursing.contains(id))
            }
            _ => false,
        })
        .map(|e| e.at)
        .collect();
    // Only a parent who logs feeds is told about them.
    if !fed.iter().any(|at| *at > now - care::TRACKING) {
        return None;
    }
    let from = covers_from.max(fed.iter().copied().min().unwrap_or(now));
    if now - from < care::MIN_COVER {
        return None;
    }
    let n = fed.iter().filter(|at| **at >= from).count() as u32;
    let want = care::expected_over([(care::FEEDS_PER_DAY, now - from)]);
    (n < want).then_some(Sign::FewFeeds { feeds: n, expected: want, hours: hours(now - from) })
}

/// The weight signs from the weighings in the log and the birth weight.
fn weight_signs<Tz: TimeZone>(tz: &Tz, entries: &[&Entry], now: Millis, baby: &Baby) -> Vec<Sign> {
    let mut weights: Vec<(Millis, u32)> = entries
        .iter()
        .filter_map(|e| match &e.record {
            Record::Weight(w) => Some((e.at, w.grams)),
            _ => None,
        })
        .collect();
    super::sorting::sort_by_key(&mut weights, |(at, _)| *at);
    let mut out = Vec::new();
    let Some(&(at, latest)) = weights.last() else { return out };
    if at <= now - care::RECENT_WEIGHT_DAYS * DAY_MS {
        return out;
    }
    let age = baby.age_at(tz, at);
    if let (Some(birth), Some(a)) = (baby.birth_g, age) {
        if a < care::NEWBORN_LOSS_UNTIL_AGE {
            if let Some((pct, medical)) = care::newborn_loss(birth, latest) {
                out.push(Sign::NewbornLoss { pct, medical });
            }
        }
    }
    let falling = match weights.len() {
        n if n >= 2 => {
            let before = weights[n - 2].1;
            let read = age.is_none_or(|a| a >= care::STOPS_FALLING_AGE);
            (read && latest < before).then_some(Sign::WeightDown { from_g: before, to_g: latest })
        }
        _ => None,
    };
    let down = falling.is_some();
    out.extend(falling);
    if let (Some(birth), Some(a)) = (baby.birth_g, baby.age_at(tz, now)) {
        if a >= care::BACK_BY_AGE && latest < birth {
            out.push(Sign::NotBackToBirth { birth_g: birth, latest_g: latest });
        }
    }
    if let Some(band) = care::gain_band(age).filter(|_| !down) {
        let date = local_date(tz, at);
        let reference = weights
            .iter()
            .rev()
            .map(|&(t, g)| ((date - local_date(tz, t)).num_days(), g))
            .find(|(days, _)| *days >= care::GAIN_SPAN_DAYS);
        if let Some((days, from)) = reference {
            let rate = care::per_week(from, latest, days);
            if !care::weight_in_range(from, days, latest, age) {
                out.push(Sign::SlowGain { g_per_week: rate, min_g_per_week: band.min_g_per_week });
            }
        }
    }
    out
}
