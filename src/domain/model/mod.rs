//! Screen models: everything a screen or printout shows, computed once by pure functions that
//! return ready-to-draw structs. Views only render these and send the parent's intents, so the
//! same number can never be computed twice and disagree (Today, Plan, Progress, the printed plan
//! and the consultant summary all read the day's supplement amount from
//! [`crate::domain::step_down::supplement::target`]).

pub mod consultant;
pub mod log;
pub mod notice;
pub mod plan;
pub mod progress;
pub mod session;
pub mod today;

#[cfg(test)]
mod agree;
