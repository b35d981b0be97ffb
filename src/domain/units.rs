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
    /// The stepper increment: 5 ml, or a quarter ounce.
    pub fn step_ml(self) -> f64 {
        match self {
            Volume::Ml => 5.0,
            Volume::Oz => ML_PER_OZ / 4.0,
        }
    }
}
