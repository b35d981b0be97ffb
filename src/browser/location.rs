//! The page's own address: where the app is served from (for the pairing link and the server
//! help), the fragment a pairing link carries (read once, then taken out of the address bar), and
//! reloading the page (a new language or a new version). In one place so the screens never reach
//! for `window.location` themselves, and a browser that refuses is a quiet `None`, never a panic.

/// This app's origin (`https://relact.example`), or `None` where the browser will not say.
pub fn origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// The address's fragment (`#…`, empty when there is none), then the address replaced by `path`
/// in the address bar and the history: a pairing link's fragment holds the family's key, which a
/// screenshot or a shared tab must not carry.
pub fn take_fragment(path: &str) -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let fragment = window.location().hash().unwrap_or_default();
    if !fragment.is_empty() {
        super::history::replace(path);
    }
    fragment
}

/// Loads the page again (onto a new language, or the version of the app that controls it now).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Opens `href` (a path in this app) as a new page, in place of this one with `replace`: for an
/// address the history refused to record, so the address bar, Back and a reload still agree with
/// the screen.
pub fn load(href: &str, replace: bool) {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let _ = if replace { location.replace(href) } else { location.assign(href) };
    }
}
