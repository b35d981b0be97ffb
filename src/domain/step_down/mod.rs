//! The slow step-down of supplements, agreed with a lactation professional: the amount only
//! moves while the baby keeps having the wet and dirty diapers (and, below half its start, the
//! weight gain) the care table asks at their age. What the parent set is the plan's
//! [`StepDown`](crate::domain::plan::StepDown) (stored with the plan); here is what is read from
//! it: the rule, day by day ([`history`]), the day's planned supplement from the real log, the
//! one amount every screen and printout shows ([`supplement::target`]), and where a new
//! step-down's starting amount comes from ([`start`]).

pub mod history;
pub mod start;
pub mod supplement;

pub use history::{weight_in_range, Caution, DaySigns, Hold, Short, StepChange, StepDay};
