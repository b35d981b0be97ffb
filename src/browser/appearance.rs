//! The system's colour preference and the page's theme attribute.

use super::listener::Listener;

/// The system's dark-mode setting, to read now or to listen to for changes.
fn dark_mode() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

/// Whether the system asks for dark colours.
pub fn prefers_dark() -> bool {
    dark_mode().is_some_and(|m| m.matches())
}

/// Calls `f` whenever the system's dark-mode setting changes; dropping the listener stops it.
pub fn on_dark_mode_change(f: impl Fn() + 'static) -> Option<Listener> {
    let query = dark_mode()?;
    Listener::new(&query, "change", f)
}

/// Sets `data-theme` on `<html>` (only when it changes, so nothing is restyled for nothing);
/// `public/theme.js` does the same before the wasm loads, so the page never flashes white.
pub fn set_theme(theme: &str) {
    let Some(html) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    else {
        return;
    };
    if html.get_attribute("data-theme").as_deref() != Some(theme) {
        let _ = html.set_attribute("data-theme", theme);
    }
}
