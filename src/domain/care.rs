//! The one care table: what to expect of a baby at each age, and when to call. Every warning on
//! Today, every diaper line, the step-down's holds, the milestones' praise, the trend sentences
//! and the printouts read their numbers here; nothing else in the app holds a threshold
//! (`tests/content.rs` checks that no such number is written anywhere else in `src/`).
//!
//! The figures are those of `shared/brief/care-by-age.md`, each with its source:
//! - Wet diapers and stools per 24 hours: La Leche League "Is my baby getting enough milk?";
//!   UNICEF UK Baby Friendly breastfeeding assessment tool; KellyMom "Is baby getting enough
//!   milk?".
//! - Weight: WHO Child Growth Standards (2006) as tabled by KellyMom "Average weight gain for
//!   breastfed babies"; Crenshaw et al., Open Medicine 2011 (the 7% newborn-loss guideline);
//!   AAP/ABM (10% loss, and not back to birth weight by two weeks, need a medical check).
//! - The two levels of urgency: NHS "Dehydration in children", "When to call 999 / 111 for a
//!   baby"; AAP HealthyChildren "Fever in babies under 3 months".
//!
//! Two ways of counting days, as the sources write them: the diaper table counts the **day of
//! life** (the birth date is day 1), the weight table counts the **age in days** (the birth date
//! is day 0). Relact knows the birth date, not the hour, so the birth date's local midnight stands
//! for the birth.
//!
//! Decisions where the sources leave a choice, each documented at its constant:
//! - [`MIN_COVER`]: a count is read once the log covers 6 hours.
//! - [`DRY_NOW_FROM_DAY`]: the day of birth has no dry-spell sign.
//! - [`GAIN_BANDS`]: "well under" the band from 4 months is about three quarters of the band's
//!   low end, the proportion the first band states outright (115 of 155 g a week).
//! - [`FEEDS_UNTIL_AGE`]: "the first weeks" of 8 or more feeds are the first 6 weeks.
//! - [`NEWBORN_LOSS_UNTIL_AGE`]: the 7% / 10% loss is read until the baby should be back to
//!   birth weight, not only in days 0–4.

use super::{Millis, HOUR};

/// A rolling day: counts are "in the last 24 hours", never "since waking" or "since midnight".
pub const DAY_MS: Millis = 24 * HOUR;

/// How urgent a sign is. Both name who to call: the baby's doctor today, or urgent care (or the
/// local emergency number) now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Call the baby's doctor today.
    CallToday,
    /// Get help now: urgent care or the local emergency number.
    Now,
}

// ---------------------------------------------------------------------------------------------
// Wet diapers and stools, per 24 hours.
// ---------------------------------------------------------------------------------------------

/// Wet diapers per 24 hours on days of life 1 to 4 (they build up by about one a day).
pub const WET_FIRST_DAYS: [u32; 4] = [1, 2, 3, 4];
/// Stools per 24 hours on days of life 1 to 4.
pub const STOOLS_FIRST_DAYS: [u32; 4] = [1, 1, 2, 3];
/// The day of life from which the usual counts apply (day 5): the first days' build-up applies
/// only to a baby born within these days, so an older baby who arrives home is read by age.
pub const USUAL_FROM_DAY: i64 = 5;
/// Heavy wet diapers per 24 hours from day 5, at every age after.
pub const WET_PER_DAY: u32 = 6;
/// Stools per 24 hours from day 5 to 6 weeks.
pub const STOOLS_PER_DAY: u32 = 3;
/// Age in weeks after which stools may come less often (no stool count is asked).
pub const STOOLS_UNTIL_WEEKS: i64 = 6;

/// What a baby of a given age is expected to have over 24 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerDay {
    pub wet: u32,
    /// `None` where the table asks no number (after 6 weeks, or an unknown age).
    pub stools: Option<u32>,
}

/// The day of life for an age in days: the birth date is day 1.
pub fn day_of_life(age_days: i64) -> i64 {
    age_days + 1
}

/// The table's row for a baby `age_days` old (`None`: no birth date; the general guidance of
/// 6 wet diapers applies, with no stool count, since an unknown age cannot be read as young).
pub fn per_day(age_days: Option<i64>) -> PerDay {
    match age_days {
        None => PerDay { wet: WET_PER_DAY, stools: None },
        Some(a) if day_of_life(a) < USUAL_FROM_DAY => {
            let i = day_of_life(a).clamp(1, 4) as usize - 1;
            PerDay { wet: WET_FIRST_DAYS[i], stools: Some(STOOLS_FIRST_DAYS[i]) }
        }
        Some(a) if a < STOOLS_UNTIL_WEEKS * 7 => {
            PerDay { wet: WET_PER_DAY, stools: Some(STOOLS_PER_DAY) }
        }
        Some(_) => PerDay { wet: WET_PER_DAY, stools: None },
    }
}

/// Which part of the table the baby's age falls in, for the sentences that explain it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiaperStage {
    /// Days of life 1 to 4: wet diapers build up day by day.
    FirstDays,
    /// From day 5 to 6 weeks: 6+ heavy wet diapers and 3+ stools.
    Young,
    /// After 6 weeks: 6+ wet diapers; stools may come less often.
    Older,
    /// No birth date: the general guidance (6+ wet diapers).
    #[default]
    Unknown,
}

impl DiaperStage {
    /// The stage for a baby `age_days` old (`None`: no birth date known).
    pub fn of(age_days: Option<i64>) -> DiaperStage {
        match age_days {
            None => DiaperStage::Unknown,
            Some(a) if day_of_life(a) < USUAL_FROM_DAY => DiaperStage::FirstDays,
            Some(a) if a < STOOLS_UNTIL_WEEKS * 7 => DiaperStage::Young,
            Some(_) => DiaperStage::Older,
        }
    }
}

/// A shorter logged stretch asks proportionally fewer: `parts` are (per 24 hours, milliseconds
/// at that rate), one per calendar day of the baby's life the stretch touches, so each hour is
/// read at the baby's age in that hour. Rounded down: a count is low only when it is below what
/// the whole stretch asks.
pub fn expected_over(parts: impl IntoIterator<Item = (u32, Millis)>) -> u32 {
    let total: i128 = parts.into_iter().map(|(n, ms)| n as i128 * ms.max(0) as i128).sum();
    (total / DAY_MS as i128) as u32
}

/// The shortest stretch the log must cover before a count is read. Shorter than this, one nap
/// between feeds (3–4 hours for many babies) would make any count look low; the dry-spell signs
/// still apply from the first hour.
pub const MIN_COVER: Millis = 6 * HOUR;

/// How far back one diaper shows that the parent logs diapers at all: a parent who does not log
/// them is never told their baby has none.
pub const TRACKING: Millis = 48 * HOUR;

// ---------------------------------------------------------------------------------------------
// Dry spells, dark urine, feeds.
// ---------------------------------------------------------------------------------------------

/// From this day of life (after day 4), a stretch of [`DRY_CALL_HOURS`] with no wet diaper
/// while the baby is awake and feeding is worth a call today.
pub const DRY_CALL_FROM_DAY: i64 = 5;
/// Hours with no wet diaper, while awake, that are worth a call today (after day 4).
pub const DRY_CALL_HOURS: i64 = 8;
/// Hours with no wet diaper, at any hour of day or night, that mean get help now.
pub const DRY_NOW_HOURS: i64 = 12;
/// The day of life from which [`DRY_NOW_HOURS`] is read. On the day of birth (day 1) a newborn
/// may not pass urine for up to 24 hours, and Relact knows the date, not the hour, of the birth:
/// no dry-spell sign is read that day, and the stretch is counted from the midnight that begins
/// day 2 at the earliest. The count of day 1 (one wet diaper) still applies.
pub const DRY_NOW_FROM_DAY: i64 = 2;
/// How long after the parent's waking time before "while awake" is read: the morning's first
/// diaper needs time to be changed and logged.
pub const AWAKE_GRACE: Millis = HOUR;
/// From this day of life (after day 4), dark urine or orange-pink crystals in a diaper mean the
/// baby needs more milk: a call today.
pub const DARK_URINE_FROM_DAY: i64 = 5;
/// Feeds per 24 hours a baby has in the first weeks.
pub const FEEDS_PER_DAY: u32 = 8;
/// Age in days until which the feeds are counted ("the first weeks": the first 6 weeks, as the
/// young band of the diaper table). An unknown age is not read.
pub const FEEDS_UNTIL_AGE: i64 = 42;

// ---------------------------------------------------------------------------------------------
// Weight.
// ---------------------------------------------------------------------------------------------

/// A loss of this share of birth weight (percent) means feeding needs checking.
pub const LOSS_CHECK_PCT: u32 = 7;
/// A loss of this share of birth weight (percent) needs a medical check.
pub const LOSS_MEDICAL_PCT: u32 = 10;
/// Age in days until which the newborn loss is read. The table names days 0–4, when the loss
/// happens; it is read until [`BACK_BY_AGE`], since a loss that size later also means the weight
/// has not come back.
pub const NEWBORN_LOSS_UNTIL_AGE: i64 = 14;
/// Age in days from which the weight should no longer fall ("by day 5"): a lower weight than the
/// one before, from then on, is a sign at every age ("or any loss").
pub const STOPS_FALLING_AGE: i64 = 5;
/// Age in days by which the baby is back to birth weight.
pub const BACK_BY_AGE: i64 = 14;
/// A weight older than this many days is not read as today's sign.
pub const RECENT_WEIGHT_DAYS: i64 = 7;
/// The shortest span, in days, over which a gain per week is worked out: weighing after two
/// weeks is weekly at most, and a shorter span is mostly the scale's own error.
pub const GAIN_SPAN_DAYS: i64 = 7;

/// A band of the weight table: from `from_age` (days) to before `until_age`, a gain under
/// `min_g_per_week` (or any loss) is worth a call today. `usual` is the band the sources give,
/// kept beside the number that was chosen from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GainBand {
    pub from_age: i64,
    pub until_age: i64,
    pub min_g_per_week: u32,
    /// The usual gain for the band, grams a week (low, high).
    pub usual: (u32, u32),
    /// The band's end as the sources name it, in months (for sentences).
    pub until_months: u32,
}

/// The weight table after two weeks. 2 weeks to 4 months: under about 115 g a week (the table's
/// own number; usual 155–240, some healthy babies 115–140). 4–6 months (usual 90–125) and 6–12
/// months (usual 50–80): "well under" is taken as about three quarters of the band's low end,
/// rounded to 5 g — the proportion the first band states (115 is 74% of 155): 65 g and 35 g.
/// Months are counted as weeks: 4 months = 17 weeks, 6 months = 26, 12 months = 52.
pub const GAIN_BANDS: [GainBand; 3] = [
    GainBand {
        from_age: 14,
        until_age: 17 * 7,
        min_g_per_week: 115,
        usual: (155, 240),
        until_months: 4,
    },
    GainBand {
        from_age: 17 * 7,
        until_age: 26 * 7,
        min_g_per_week: 65,
        usual: (90, 125),
        until_months: 6,
    },
    GainBand {
        from_age: 26 * 7,
        until_age: 52 * 7,
        min_g_per_week: 35,
        usual: (50, 80),
        until_months: 12,
    },
];

/// The band for a baby `age_days` old; an unknown age is read against the first band (the most
/// demanding: a baby of unknown age is never asked less than a young one).
pub fn gain_band(age_days: Option<i64>) -> Option<GainBand> {
    match age_days {
        None => Some(GAIN_BANDS[0]),
        Some(a) => GAIN_BANDS.iter().copied().find(|b| a >= b.from_age && a < b.until_age),
    }
}

/// The newborn loss against birth weight, in whole percent rounded down, and how urgent it is:
/// `None` below [`LOSS_CHECK_PCT`] (a loss of about 5–7% in the first days is common).
pub fn newborn_loss(birth_g: u32, now_g: u32) -> Option<(u32, bool)> {
    if birth_g == 0 || now_g >= birth_g {
        return None;
    }
    let lost = birth_g - now_g;
    let pct = (lost as u64 * 100 / birth_g as u64) as u32;
    // Exact comparisons, so 7.0% is 7% and 6.99% is not.
    let reaches = |p: u32| lost as u64 * 100 >= p as u64 * birth_g as u64;
    if reaches(LOSS_MEDICAL_PCT) {
        Some((pct, true))
    } else if reaches(LOSS_CHECK_PCT) {
        Some((pct, false))
    } else {
        None
    }
}

/// Whether a weight `grams`, `days` after `previous_g`, is in range for a baby `age_days` old at
/// the later weighing: no loss from day 5 on, and at least the band's gain per week, pro rata.
/// Weights on the same day show no trend and count as in range.
pub fn weight_in_range(previous_g: u32, days: i64, grams: u32, age_days: Option<i64>) -> bool {
    if days <= 0 {
        return true;
    }
    let gain = grams as i64 - previous_g as i64;
    if gain < 0 {
        return false;
    }
    let min = gain_band(age_days).map_or(0, |b| b.min_g_per_week as i64);
    gain * 7 >= min * days
}

/// Grams a week between two weighings `days` apart (rounded toward zero).
pub fn per_week(from_g: u32, to_g: u32, days: i64) -> i64 {
    if days <= 0 {
        return 0;
    }
    (to_g as i64 - from_g as i64) * 7 / days
}

// ---------------------------------------------------------------------------------------------
// The signs only the parent can see ("get help now"), listed on Today, in the Guide and on the
// printed plan. Their wording is in `text::warning`; the one number they hold is here.
// ---------------------------------------------------------------------------------------------

/// A temperature (°C) from which a baby under [`FEVER_UNDER_MONTHS`] needs help now.
pub const FEVER_C: u32 = 38;
/// Months of age under which a fever of [`FEVER_C`] needs help now.
pub const FEVER_UNDER_MONTHS: u32 = 3;
/// Hours of life in which yellow skin needs help now.
pub const JAUNDICE_EARLY_HOURS: u32 = 24;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_as_the_brief_writes_it() {
        // Day of life → (wet, stools) per 24 hours.
        let row = |age: i64| {
            let p = per_day(Some(age));
            (day_of_life(age), p.wet, p.stools)
        };
        assert_eq!(row(0), (1, 1, Some(1)));
        assert_eq!(row(1), (2, 2, Some(1)));
        assert_eq!(row(2), (3, 3, Some(2)));
        assert_eq!(row(3), (4, 4, Some(3)));
        assert_eq!(row(4), (5, 6, Some(3)));
        assert_eq!(row(41), (42, 6, Some(3)), "6 weeks less a day");
        assert_eq!(row(42), (43, 6, None), "from 6 weeks no stool count");
        assert_eq!(per_day(None), PerDay { wet: 6, stools: None });
        assert_eq!(DiaperStage::of(Some(3)), DiaperStage::FirstDays);
        assert_eq!(DiaperStage::of(Some(4)), DiaperStage::Young);
        assert_eq!(DiaperStage::of(Some(42)), DiaperStage::Older);
        assert_eq!(DiaperStage::of(None), DiaperStage::Unknown);
    }

    #[test]
    fn a_shorter_stretch_asks_proportionally_fewer() {
        assert_eq!(expected_over([(6, 24 * HOUR)]), 6);
        assert_eq!(expected_over([(6, 10 * HOUR)]), 2, "2.5 rounds down");
        assert_eq!(expected_over([(6, 4 * HOUR)]), 1);
        assert_eq!(expected_over([(6, 3 * HOUR)]), 0);
        // Day 4 to day 5 across midnight: 6 hours at 4 a day and 18 at 6 a day.
        assert_eq!(expected_over([(4, 6 * HOUR), (6, 18 * HOUR)]), 5);
    }

    #[test]
    fn the_newborn_loss_reads_7_and_10_percent_exactly() {
        assert_eq!(newborn_loss(3500, 3360), None, "4%");
        assert_eq!(newborn_loss(3500, 3256), None, "6.97%");
        assert_eq!(newborn_loss(3500, 3255), Some((7, false)), "7.0%");
        assert_eq!(newborn_loss(3500, 3150), Some((10, true)), "10.0%");
        assert_eq!(newborn_loss(3500, 3000), Some((14, true)));
        assert_eq!(newborn_loss(3500, 3600), None);
    }

    #[test]
    fn the_gain_bands_follow_the_age() {
        let min = |age| gain_band(Some(age)).map(|b| b.min_g_per_week);
        assert_eq!(min(13), None, "before 2 weeks: the newborn rules instead");
        assert_eq!((min(14), min(118)), (Some(115), Some(115)));
        assert_eq!((min(119), min(181)), (Some(65), Some(65)));
        assert_eq!((min(182), min(363)), (Some(35), Some(35)));
        assert_eq!(min(364), None, "after a year only a loss is read");
        assert_eq!(gain_band(None).map(|b| b.min_g_per_week), Some(115));
        // 115 g a week: 3000 → 3115 in 7 days is in range, 3110 is not; any loss never is.
        assert!(weight_in_range(3000, 7, 3115, Some(30)));
        assert!(!weight_in_range(3000, 7, 3110, Some(30)));
        assert!(weight_in_range(6000, 7, 6040, Some(200)), "40 g a week at 7 months");
        assert!(!weight_in_range(6000, 7, 6030, Some(200)));
        assert!(!weight_in_range(3000, 1, 2990, Some(8)), "a loss after day 5");
        assert!(weight_in_range(3000, 0, 2990, Some(30)), "same day: no trend");
        assert!(weight_in_range(3000, 2, 3000, Some(9)), "days 5–14: not falling is enough");
        assert_eq!(per_week(3000, 3100, 14), 50);
    }
}
