//! Reusable pieces of the screens.

pub mod backup;
pub mod chart;
pub mod choice;
pub mod consultant;
pub mod entry_form;
pub mod nav;
pub mod notice;
pub mod ring;
pub mod stepper;
pub mod update_banner;
