//! Medicines and galactagogues the parent lists as a doctor or lactation consultant advised (or by
//! their own choice): a name, who advised it, the dates, and a "taken" tick per day. Relact stores
//! what the parent types and never suggests a medicine, herb, dose or schedule.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::day::iso_date;
use super::invalid::Invalid;
use super::Millis;

/// The longest name or adviser kept: room for a long brand name, not for a pasted document.
pub const MAX_NAME_CHARS: usize = 200;
/// Dates outside these years are a typing slip, not a medicine.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// A calendar day, stored as "2026-11-28".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Day(#[serde(with = "iso_date")] pub NaiveDate);

/// Who advised it: a person (their name or role, as the parent writes it) or the parent's own
/// choice. Always said, so the list never looks like advice from Relact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdvisedBy {
    Person(String),
    OwnChoice,
}

/// One medicine or galactagogue on the parent's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Medicine {
    pub name: String,
    pub advised_by: AdvisedBy,
    pub start: Day,
    #[serde(default)]
    pub stop: Option<Day>,
    /// Days the parent ticked as taken, oldest first, each once.
    #[serde(default)]
    pub taken: Vec<Day>,
}

/// Refuses what no person's hand would type: empty, too long, or holding control characters.
fn check_name(name: &str, empty: Invalid, long: Invalid) -> Result<(), Invalid> {
    if name.trim().is_empty() {
        Err(empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(long)
    } else if name.chars().any(char::is_control) {
        Err(Invalid::NotesControlCharacter)
    } else {
        Ok(())
    }
}

impl Medicine {
    /// A medicine from the form's fields, trimmed; `who` empty with `own_choice` unticked is refused
    /// by [`Medicine::validate`].
    pub fn from_form(
        name: &str,
        own_choice: bool,
        who: &str,
        start: Option<NaiveDate>,
        stop: Option<NaiveDate>,
    ) -> Result<Self, Invalid> {
        let start = start.ok_or(Invalid::MedicineDateMissing)?;
        let m = Medicine {
            name: name.trim().to_string(),
            advised_by: if own_choice {
                AdvisedBy::OwnChoice
            } else {
                AdvisedBy::Person(who.trim().to_string())
            },
            start: Day(start),
            stop: stop.map(Day),
            taken: vec![],
        };
        m.validate()?;
        Ok(m)
    }

    /// The instant the entry is filed under: the start day's midnight in UTC, the same in every
    /// time zone, so two phones agree on it.
    pub fn at(&self) -> Millis {
        self.start.0.and_hms_opt(0, 0, 0).map_or(0, |d| d.and_utc().timestamp_millis())
    }

    /// Every rule, for the form and for imported backups alike.
    pub fn validate(&self) -> Result<(), Invalid> {
        check_name(&self.name, Invalid::MedicineNameEmpty, Invalid::MedicineNameTooLong)?;
        if let AdvisedBy::Person(who) = &self.advised_by {
            check_name(who, Invalid::AdvisedByEmpty, Invalid::AdvisedByTooLong)?;
        }
        let in_years = |d: Day| YEARS.contains(&d.0.year());
        if !in_years(self.start) || !self.stop.is_none_or(in_years) {
            return Err(Invalid::DateOutOfRange);
        }
        if self.stop.is_some_and(|s| s < self.start) {
            return Err(Invalid::StopBeforeStart);
        }
        let inside = |d: &Day| *d >= self.start && self.stop.is_none_or(|s| *d <= s);
        if !self.taken.windows(2).all(|w| w[0] < w[1]) || !self.taken.iter().all(inside) {
            return Err(Invalid::TakenOutsideDates);
        }
        Ok(())
    }

    /// Whether `day` lies within the medicine's dates.
    pub fn runs_on(&self, day: NaiveDate) -> bool {
        self.start.0 <= day && self.stop.is_none_or(|s| day <= s.0)
    }

    /// Whether `day` is ticked as taken.
    pub fn taken_on(&self, day: NaiveDate) -> bool {
        self.taken.binary_search(&Day(day)).is_ok()
    }

    /// The same medicine with `day`'s tick set or cleared (kept sorted, each day once).
    pub fn with_taken(&self, day: NaiveDate, taken: bool) -> Self {
        let mut m = self.clone();
        match (m.taken.binary_search(&Day(day)), taken) {
            (Err(i), true) => m.taken.insert(i, Day(day)),
            (Ok(i), false) => {
                m.taken.remove(i);
            }
            _ => {}
        }
        m
    }

    /// The same medicine with new details; ticks outside the new dates are dropped.
    pub fn with_details(&self, details: Medicine) -> Self {
        let mut m = Medicine { taken: self.taken.clone(), ..details };
        let kept: Vec<Day> = m.taken.iter().copied().filter(|d| m.runs_on(d.0)).collect();
        m.taken = kept;
        m
    }

    /// Days ticked as taken within `first..=last`.
    pub fn taken_between(&self, first: NaiveDate, last: NaiveDate) -> usize {
        self.taken.iter().filter(|d| (first..=last).contains(&d.0)).count()
    }

    /// Whether the medicine's dates meet `first..=last`.
    pub fn overlaps(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.start.0 <= last && self.stop.is_none_or(|s| s.0 >= first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        iso_date::parse(s).unwrap()
    }

    fn form(name: &str, who: &str, start: &str, stop: Option<&str>) -> Result<Medicine, Invalid> {
        Medicine::from_form(name, false, who, Some(d(start)), stop.map(d))
    }

    #[test]
    fn a_listed_medicine_is_trimmed_and_kept_as_typed() {
        let m = form("  Something <b>bold</b>  ", " Dr Lee ", "2026-11-01", None).unwrap();
        assert_eq!(m.name, "Something <b>bold</b>");
        assert_eq!(m.advised_by, AdvisedBy::Person("Dr Lee".into()));
        let own = Medicine::from_form("Tea", true, "", Some(d("2026-11-01")), None).unwrap();
        assert_eq!(own.advised_by, AdvisedBy::OwnChoice);
    }

    #[test]
    fn bad_input_is_refused_with_its_reason() {
        assert_eq!(
            form("x", "Dr", "2026-11-10", Some("2026-11-09")),
            Err(Invalid::StopBeforeStart)
        );
        assert!(form("x", "Dr", "2026-11-10", Some("2026-11-10")).is_ok(), "one day is fine");
        assert_eq!(
            form(&"n".repeat(2000), "Dr", "2026-11-10", None),
            Err(Invalid::MedicineNameTooLong)
        );
        assert!(form(&"é".repeat(200), "Dr", "2026-11-10", None).is_ok(), "200 characters");
        assert_eq!(
            form(&"é".repeat(201), "Dr", "2026-11-10", None),
            Err(Invalid::MedicineNameTooLong)
        );
        assert_eq!(form("   ", "Dr", "2026-11-10", None), Err(Invalid::MedicineNameEmpty));
        assert_eq!(form("x", "  ", "2026-11-10", None), Err(Invalid::AdvisedByEmpty));
        assert_eq!(
            form("x", &"w".repeat(2000), "2026-11-10", None),
            Err(Invalid::AdvisedByTooLong)
        );
        assert_eq!(form("a\0b", "Dr", "2026-11-10", None), Err(Invalid::NotesControlCharacter));
        assert_eq!(form("x", "Dr", "1999-12-31", None), Err(Invalid::DateOutOfRange));
        assert_eq!(
            Medicine::from_form("x", true, "", None, None),
            Err(Invalid::MedicineDateMissing)
        );
    }

    #[test]
    fn ticks_stay_inside_the_dates_sorted_and_counted_in_a_range() {
        let m = form("x", "Dr", "2026-11-01", Some("2026-11-30")).unwrap();
        let m = m
            .with_taken(d("2026-11-05"), true)
            .with_taken(d("2026-11-02"), true)
            .with_taken(d("2026-11-05"), true);
        assert_eq!(m.taken, vec![Day(d("2026-11-02")), Day(d("2026-11-05"))]);
        assert!(m.taken_on(d("2026-11-05")) && !m.taken_on(d("2026-11-06")));
        assert_eq!(m.validate(), Ok(()));
        assert_eq!(m.taken_between(d("2026-11-03"), d("2026-11-30")), 1);
        assert_eq!(m.with_taken(d("2026-11-05"), false).taken.len(), 1);
        let mut outside = m.clone();
        outside.taken.push(Day(d("2026-12-01")));
        assert_eq!(outside.validate(), Err(Invalid::TakenOutsideDates));
        let mut twice = m.clone();
        twice.taken.push(Day(d("2026-11-05")));
        assert_eq!(twice.validate(), Err(Invalid::TakenOutsideDates));
        let shorter = m.with_details(form("x", "Dr", "2026-11-03", None).unwrap());
        assert_eq!(shorter.taken, vec![Day(d("2026-11-05"))], "ticks before the new start go");
        assert!(m.overlaps(d("2026-11-30"), d("2026-12-10")));
        assert!(!m.overlaps(d("2026-12-01"), d("2026-12-10")));
    }

    #[test]
    fn the_filing_instant_is_the_start_day_in_utc() {
        let m = form("x", "Dr", "2026-11-01", None).unwrap();
        assert_eq!(m.at(), 1_793_491_200_000);
    }
}
