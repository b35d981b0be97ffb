//! What the diaper guidance asks for at the baby's age (from the facts: in the first days wet
//! diapers build up; from about day 5, six or more heavy wet diapers a day; in the first ~6 weeks
//! usually three or more stools too; older babies may stool less often). Today's diaper line and
//! the step-down's hold rule both read it here, so they cannot say different things.

use super::stats::ENOUGH_WET;

/// Stools (dirty diapers) a day the guidance expects from about day 5 to 6 weeks.
pub const ENOUGH_STOOLS: u32 = 3;

/// The baby's age in days from which the first days are over (about day 5).
pub const FIRST_DAYS_END: i64 = 5;

/// The baby's age in days from which stools may come less often (about 6 weeks).
pub const YOUNG_END: i64 = 42;

/// What the diaper guidance says for the baby's age.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiaperStage {
    /// The first four days: wet diapers build up day by day.
    FirstDays,
    /// From about day 5 to 6 weeks: 6+ heavy wet diapers and usually 3+ stools a day.
    Young,
    /// From about 6 weeks: 6+ wet diapers; stools may come less often.
    Older,
    /// No birth date: the general guidance (6+ wet diapers a day).
    #[default]
    Unknown,
}

impl DiaperStage {
    /// The stage for a baby `age_days` old (`None`: no birth date known).
    pub fn of(age_days: Option<i64>) -> DiaperStage {
        match age_days {
            None => DiaperStage::Unknown,
            Some(d) if d < FIRST_DAYS_END => DiaperStage::FirstDays,
            Some(d) if d < YOUNG_END => DiaperStage::Young,
            Some(_) => DiaperStage::Older,
        }
    }

    /// Wet diapers a whole day should have at this stage; `None` in the first days, when they
    /// are still building up and no day count is "enough".
    pub fn wet_needed(self) -> Option<u32> {
        match self {
            DiaperStage::FirstDays => None,
            DiaperStage::Young | DiaperStage::Older | DiaperStage::Unknown => Some(ENOUGH_WET),
        }
    }

    /// Stools a whole day should have at this stage; `None` where the guidance sets no number
    /// (the first days, older babies, an unknown age).
    pub fn stools_needed(self) -> Option<u32> {
        match self {
            DiaperStage::Young => Some(ENOUGH_STOOLS),
            DiaperStage::FirstDays | DiaperStage::Older | DiaperStage::Unknown => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guidance_follows_the_age() {
        assert_eq!(DiaperStage::of(None), DiaperStage::Unknown);
        assert_eq!(DiaperStage::of(Some(0)), DiaperStage::FirstDays);
        assert_eq!(DiaperStage::of(Some(4)), DiaperStage::FirstDays);
        assert_eq!(DiaperStage::of(Some(5)), DiaperStage::Young);
        assert_eq!(DiaperStage::of(Some(41)), DiaperStage::Young);
        assert_eq!(DiaperStage::of(Some(42)), DiaperStage::Older);
        let needs = |s: DiaperStage| (s.wet_needed(), s.stools_needed());
        assert_eq!(needs(DiaperStage::FirstDays), (None, None));
        assert_eq!(needs(DiaperStage::Young), (Some(6), Some(3)));
        assert_eq!(needs(DiaperStage::Older), (Some(6), None));
        assert_eq!(needs(DiaperStage::Unknown), (Some(6), None));
    }
}
