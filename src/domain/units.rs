//! Display units. Volumes are stored in millilitres; ounces exist only on screen.

use serde::{Deserialize, Serialize};

/// Millilitres in one US fluid ounce.
pub const ML_PER_OZ: f64 = 29.5735;

/// The unit a parent reads volumes in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Volume {
    #[default]
    Ml,
    Oz,
}

impl Volume {
    /// A stored amount as the parent reads it: whole millilitres, or ounces to the nearest 0.1.
    pub fn show(self, ml: u32) -> String {
        match self {
            Volume::Ml => format!("{ml} ml"),
            Volume::Oz => format!("{:.1} oz", ml as f64 / ML_PER_OZ),
        }
    }

    /// What a parent typed, in millilitres; `None` for anything that is not a finite, non-negative
    /// number, so a typo never becomes a stored value.
    pub fn parse_to_ml(self, input: &str) -> Option<u32> {
        let v: f64 = input.trim().replace(',', ".").parse().ok()?;
        if !v.is_finite() || v < 0.0 {
            return None;
        }
        let ml = match self {
            Volume::Ml => v,
            Volume::Oz => v * ML_PER_OZ,
        };
        (ml <= u32::MAX as f64).then(|| ml.round() as u32)
    }

    /// The stepper increment: 5 ml, or a quarter ounce.
    pub fn step_ml(self) -> f64 {
        match self {
            Volume::Ml => 5.0,
            Volume::Oz => ML_PER_OZ / 4.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ounces_are_for_display_only() {
        assert_eq!(Volume::Ml.show(60), "60 ml");
        assert_eq!(Volume::Oz.show(60), "2.0 oz");
        assert_eq!(Volume::Oz.show(0), "0.0 oz");
        assert_eq!(Volume::Oz.parse_to_ml("1"), Some(30));
        assert_eq!(Volume::Ml.parse_to_ml(" 42,4 "), Some(42));
    }

    #[test]
    fn nonsense_input_is_refused() {
        for bad in ["", "abc", "-5", "NaN", "inf", "1e400"] {
            assert_eq!(Volume::Ml.parse_to_ml(bad), None, "{bad}");
        }
    }
}
