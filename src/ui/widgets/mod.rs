//! Pieces more than one screen draws.

pub mod baby_here;
pub mod chart;
pub mod choice;
pub mod confirm;
pub mod entry_form;
pub mod lazy_view;
pub mod link;
pub mod loaded;
pub mod merge_summary;
pub mod milk_and_method;
pub mod nav;
pub mod notice;
pub mod number_select;
pub mod reminder_banner;
pub mod ring;
pub mod share_status;
pub mod show;
pub mod stepper;
pub mod undo_bar;
pub mod update_banner;
pub mod warning;
