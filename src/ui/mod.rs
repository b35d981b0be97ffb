//! What the parent sees: the app and its routes, one file or folder per screen, and `widgets`
//! shared between screens. Screens draw what `domain` computes and send intents to `state`.

pub mod app;
pub mod focus;
pub mod guide;
pub mod join;
pub mod log;
pub mod not_found;
pub mod plan;
pub mod progress;
pub mod receive;
pub mod server_help;
pub mod settings;
pub mod text;
pub mod timer;
pub mod today;
pub mod widgets;
