//! Units: volumes, how an amount of milk is stored ([`Ml`]), how amounts add up ([`Total`]) and the
//! unit a parent reads them in ([`Volume`]). Ounces exist only on screen; what a parent typed in
//! either unit reads back exactly; and a weight's grams in kilograms ([`kg`]).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Millilitres in one US fluid ounce.
pub const ML_PER_OZ: f64 = 29.5735;

/// A weight in grams (as the log keeps it) in kilograms (as screens and charts show it).
pub fn kg(grams: u32) -> f64 {
    f64::from(grams) / 1000.0
}

/// The unit a parent reads volumes in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Volume {
    #[default]
    Ml,
    Oz,
}

impl Volume {
    /// The stepper increment in the unit's display grid ([`Total::shown`]): 5 whole ml, or a
    /// quarter ounce (25 hundredths).
    pub fn step(self) -> u64 {
        match self {
            Volume::Ml => 5,
            Volume::Oz => 25,
        }
    }

    /// What a stepper's + (`up`) or − gives from `from`: the next step of the grid above, or the
    /// one below, never under 0, so every tap in ounces moves by exactly ¼ oz and an amount off
    /// the grid (45 ml is 1.52 oz) snaps to it (1.75 or 1.5).
    pub fn stepped(self, from: Ml, up: bool) -> Ml {
        let (shown, step) = (from.shown(self), self.step());
        let next = if up {
            (shown / step + 1) * step
        } else {
            shown.div_ceil(step).saturating_sub(1) * step
        };
        Ml::from_shown(self, next)
    }

    /// The stepper increment in millilitres, for a chart's scale.
    pub fn step_ml(self) -> f64 {
        match self {
            Volume::Ml => 5.0,
            Volume::Oz => ML_PER_OZ / 4.0,
        }
    }

    /// A number on the unit's display grid written out: whole millilitres ("45"), or ounces with
    /// at most two decimals and no trailing zeros ("2.25", "1.5", "8"). The one way every
    /// screen, printout and spreadsheet writes a volume.
    pub fn write(self, shown: u64) -> String {
        match self {
            Volume::Ml => shown.to_string(),
            Volume::Oz => {
                let (whole, cents) = (shown / 100, shown % 100);
                match cents {
                    0 => whole.to_string(),
                    c if c.is_multiple_of(10) => format!("{whole}.{}", c / 10),
                    c => format!("{whole}.{c:02}"),
                }
            }
        }
    }
}

/// An amount of milk as stored: **hundredths of a millilitre**, an integer.
///
/// Why this representation: a hundredth of an ounce is 29.57 hundredths of a millilitre, so an
/// amount typed in ounces to two decimals (the most an ounce field takes) lands on exactly one
/// stored integer and rounds back to the same ounces, whatever the amount: entering 2.25 oz
/// stores 6654 and reads "2.25 oz" forever; whole millilitres store as 100 × the number and read
/// back unchanged. One unit for every entry keeps sums, merges and comparisons exact integer
/// arithmetic however a parent switched units over the months, and no entry needs to carry its
/// own unit.
///
/// In JSON (IndexedDB, backups, sharing) it is written as a number of **millilitres**: a whole
/// number when it is one (`30`, exactly as entries were written before schema 4), otherwise with
/// up to two decimals (`66.54`). Older data therefore keeps its meaning unchanged, and a build
/// that knew only whole millilitres refuses a fractional amount as unreadable rather than
/// misreading it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ml(u32);

impl Ml {
    pub const ZERO: Ml = Ml(0);

    /// Whole millilitres (what an ml field, a plan amount or a test weighing gives).
    pub const fn whole(ml: u32) -> Ml {
        Ml(ml.saturating_mul(100))
    }

    /// Hundredths of a millilitre, as stored.
    pub const fn from_hundredths(h: u32) -> Ml {
        Ml(h)
    }

    /// Hundredths of an ounce (what an ounce field gives), stored as the nearest hundredth of a
    /// millilitre.
    pub fn from_oz_hundredths(oz: u32) -> Ml {
        let h = (f64::from(oz) * ML_PER_OZ).round();
        Ml(if h >= f64::from(u32::MAX) { u32::MAX } else { h as u32 })
    }

    /// The stored hundredths of a millilitre.
    pub const fn hundredths(self) -> u32 {
        self.0
    }

    /// Millilitres, for averages, charts and shares (never for a shown total: see [`Total`]).
    pub fn ml(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// The nearest whole millilitre, for rules written in whole millilitres (limits, the plan).
    pub fn whole_ml(self) -> u32 {
        (self.0 + 50) / 100
    }

    /// This amount on the unit's display grid: whole millilitres or hundredths of an ounce.
    pub fn shown(self, unit: Volume) -> u64 {
        match unit {
            Volume::Ml => u64::from(self.whole_ml()),
            Volume::Oz => (f64::from(self.0) / ML_PER_OZ).round() as u64,
        }
    }

    /// An amount on the unit's display grid (the inverse of [`Ml::shown`]).
    pub fn from_shown(unit: Volume, shown: u64) -> Ml {
        let shown = u32::try_from(shown).unwrap_or(u32::MAX);
        match unit {
            Volume::Ml => Ml::whole(shown),
            Volume::Oz => Ml::from_oz_hundredths(shown),
        }
    }

    /// Whether nothing was measured.
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }
}

impl Serialize for Ml {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            s.serialize_u32(self.0 / 100)
        } else {
            // The nearest double to n/100 prints (shortest round trip) as n/100 itself.
            s.serialize_f64(f64::from(self.0) / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Ml {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ml, D::Error> {
        use serde::de::Error;
        let v = f64::deserialize(d)?;
        let h = (v * 100.0).round();
        if !v.is_finite() || v < 0.0 || h > f64::from(u32::MAX) {
            return Err(D::Error::custom("not an amount of millilitres"));
        }
        Ok(Ml(h as u32))
    }
}

/// Amounts added up, so that a total reads as the sum of its parts as shown: besides the exact
/// sum it keeps the sum of each amount as the parent sees it in each unit (whole millilitres,
/// hundredths of an ounce). "1.75 oz (L 1.5 oz, R 0.25 oz)" then always adds up, on a Log row, a
/// day's totals, Today, Progress, the CSV and every printout; exact millilitres stay for charts
/// and averages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Total {
    hundredths: u64,
    whole_ml: u64,
    oz_hundredths: u64,
}

impl Total {
    pub const ZERO: Total = Total { hundredths: 0, whole_ml: 0, oz_hundredths: 0 };

    /// The total on the unit's display grid: the sum of each part as shown.
    pub fn shown(self, unit: Volume) -> u64 {
        match unit {
            Volume::Ml => self.whole_ml,
            Volume::Oz => self.oz_hundredths,
        }
    }

    /// The exact total in millilitres, for charts, averages and shares.
    pub fn ml(self) -> f64 {
        self.hundredths as f64 / 100.0
    }

    /// The total as shown in `unit`, in millilitres: for a chart or table that is drawn in
    /// millilitres and converted to the unit, so its number is the sum of the parts as shown.
    pub fn ml_as_shown(self, unit: Volume) -> f64 {
        match unit {
            Volume::Ml => self.whole_ml as f64,
            Volume::Oz => self.oz_hundredths as f64 / 100.0 * ML_PER_OZ,
        }
    }

    /// The exact total to the nearest whole millilitre, for rules written in whole millilitres.
    pub fn whole_ml(self) -> u32 {
        u32::try_from((self.hundredths + 50) / 100).unwrap_or(u32::MAX)
    }

    /// Whether nothing was added (or only zeros).
    pub fn is_zero(self) -> bool {
        self.hundredths == 0
    }
}

impl From<Ml> for Total {
    fn from(m: Ml) -> Total {
        Total {
            hundredths: u64::from(m.0),
            whole_ml: m.shown(Volume::Ml),
            oz_hundredths: m.shown(Volume::Oz),
        }
    }
}

/// Whole millilitres: a plan's planned amount, a test weighing's intake.
impl From<u32> for Total {
    fn from(ml: u32) -> Total {
        Ml::whole(ml).into()
    }
}

impl std::ops::Add for Total {
    type Output = Total;
    fn add(self, o: Total) -> Total {
        Total {
            hundredths: self.hundredths + o.hundredths,
            whole_ml: self.whole_ml + o.whole_ml,
            oz_hundredths: self.oz_hundredths + o.oz_hundredths,
        }
    }
}

impl std::ops::Add<Ml> for Total {
    type Output = Total;
    fn add(self, o: Ml) -> Total {
        self + Total::from(o)
    }
}

impl std::ops::AddAssign for Total {
    fn add_assign(&mut self, o: Total) {
        *self = *self + o;
    }
}

impl std::ops::AddAssign<Ml> for Total {
    fn add_assign(&mut self, o: Ml) {
        *self = *self + o;
    }
}

impl std::iter::Sum for Total {
    fn sum<I: Iterator<Item = Total>>(iter: I) -> Total {
        iter.fold(Total::ZERO, |a, b| a + b)
    }
}

impl std::iter::Sum<Ml> for Total {
    fn sum<I: Iterator<Item = Ml>>(iter: I) -> Total {
        iter.fold(Total::ZERO, |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hundredth_of_an_ounce_to_40_oz_reads_back_the_same() {
        for oz in 0..=4000u64 {
            let stored = Ml::from_shown(Volume::Oz, oz);
            assert_eq!(stored.shown(Volume::Oz), oz, "{oz} hundredths of an ounce");
            // Through JSON, as IndexedDB, backups and sharing keep it.
            let json = serde_json::to_string(&stored).unwrap();
            let back: Ml = serde_json::from_str(&json).unwrap();
            assert_eq!(back, stored, "{json}");
        }
    }

    #[test]
    fn plus_and_minus_step_exactly_a_quarter_ounce_or_five_millilitres() {
        let oz = |ml: Ml| Volume::Oz.write(ml.shown(Volume::Oz));
        let mut ml = Ml::ZERO;
        let mut seen = vec![];
        for _ in 0..6 {
            ml = Volume::Oz.stepped(ml, true);
            seen.push(oz(ml));
        }
        assert_eq!(seen, ["0.25", "0.5", "0.75", "1", "1.25", "1.5"]);
        for _ in 0..6 {
            ml = Volume::Oz.stepped(ml, false);
        }
        assert_eq!(ml, Ml::ZERO);
        assert_eq!(Volume::Oz.stepped(Ml::ZERO, false), Ml::ZERO, "never below 0");
        // Off the grid: 45 ml (1.52 oz) goes to 1.75 up and 1.5 down.
        assert_eq!(oz(Volume::Oz.stepped(Ml::whole(45), true)), "1.75");
        assert_eq!(oz(Volume::Oz.stepped(Ml::whole(45), false)), "1.5");
        // Every step to 40 oz and back is exactly a quarter ounce as shown.
        let mut ml = Ml::ZERO;
        for q in 1..=160u64 {
            ml = Volume::Oz.stepped(ml, true);
            assert_eq!(ml.shown(Volume::Oz), q * 25);
        }
        for q in (0..160u64).rev() {
            ml = Volume::Oz.stepped(ml, false);
            assert_eq!(ml.shown(Volume::Oz), q * 25);
        }
        // Millilitres: 5 ml steps, 67 ml snaps to 70 or 65.
        assert_eq!(Volume::Ml.stepped(Ml::whole(30), true), Ml::whole(35));
        assert_eq!(Volume::Ml.stepped(Ml::from_hundredths(6654), true), Ml::whole(70));
        assert_eq!(Volume::Ml.stepped(Ml::from_hundredths(6654), false), Ml::whole(65));
    }

    #[test]
    fn whole_millilitres_are_written_as_before_and_fractions_with_two_decimals() {
        assert_eq!(serde_json::to_string(&Ml::whole(30)).unwrap(), "30");
        assert_eq!(serde_json::to_string(&Ml::from_oz_hundredths(225)).unwrap(), "66.54");
        assert_eq!(serde_json::from_str::<Ml>("30").unwrap(), Ml::whole(30));
        assert_eq!(serde_json::from_str::<Ml>("66.54").unwrap(), Ml::from_hundredths(6654));
        for bad in ["-1", "\"30\"", "null", "1e300"] {
            assert!(serde_json::from_str::<Ml>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_are_written_with_at_most_two_decimals() {
        assert_eq!(Volume::Oz.write(225), "2.25");
        assert_eq!(Volume::Oz.write(150), "1.5");
        assert_eq!(Volume::Oz.write(800), "8");
        assert_eq!(Volume::Oz.write(5), "0.05");
        assert_eq!(Volume::Oz.write(0), "0");
        assert_eq!(Volume::Ml.write(45), "45");
        assert_eq!(Ml::whole(45).shown(Volume::Oz), 152);
        assert_eq!(Ml::whole(237).shown(Volume::Oz), 801);
    }

    #[test]
    fn a_total_is_the_sum_of_its_parts_as_shown_in_either_unit() {
        // 1.5 oz and 0.25 oz: 1.75 oz, though the exact millilitres would round otherwise.
        let (l, r) = (Ml::from_oz_hundredths(150), Ml::from_oz_hundredths(25));
        let t = Total::from(l) + r;
        assert_eq!(t.shown(Volume::Oz), 175);
        // In ml: 44.36 ml + 7.39 ml show as 44 and 7; the total shows 51, not 52.
        assert_eq!((l.shown(Volume::Ml), r.shown(Volume::Ml), t.shown(Volume::Ml)), (44, 7, 51));
        assert!((t.ml() - 51.75).abs() < 1e-9);
        // 237 ml (8.01 oz) three times: 24.03 oz as shown, whatever the exact sum rounds to.
        let three: Total = [Ml::whole(237); 3].into_iter().sum();
        assert_eq!(three.shown(Volume::Oz), 2403);
        assert_eq!(Total::from(40u32).shown(Volume::Ml), 40);
    }
}
