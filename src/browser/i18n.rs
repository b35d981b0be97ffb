//! The parent's language in the page: the translation the loader fetched beside the wasm, the
//! `<html lang dir>` attributes, and fetching another language's file when the parent switches.
//!
//! Before the wasm runs, `public/language.js` picked the language (the saved choice, else the
//! phone's) and set `self.relactLanguage = {lang, phone}`; the loader then fetched that file and
//! left `self.relactText = {lang, ftl}` (English if the chosen one failed, `null` if both did).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::get;
use crate::domain::language::Language;
use crate::text::i18n::{self, Bundle};

/// Reads the words the loader fetched into the app's bundle, once, before anything is drawn;
/// returns their language. Without them (a test page, a failed download) messages read as
/// nothing (the wasm keeps no words of its own, not even the ids), and the page says English.
pub fn install_loaded() -> Language {
    let global = js_sys::global();
    let told = get(&global, "relactText");
    let field = |name: &str| told.as_ref().and_then(|t| get(t, name)).and_then(|v| v.as_string());
    let language = field("lang").and_then(|tag| Language::from_tag(&tag));
    let bundle = match (language, field("ftl")) {
        (Some(language), Some(ftl)) => read(language, &ftl),
        _ => None,
    };
    // The text now lives in the bundle; the loader's copy can go.
    let _ = js_sys::Reflect::delete_property(&global, &"relactText".into());
    let language = match bundle {
        Some(bundle) => {
            let language = bundle.language();
            i18n::install(bundle);
            language
        }
        None => Language::English,
    };
    apply(language);
    language
}

/// Sets `<html lang dir>`: `language.js` did so before the first paint for the language it picked;
/// this follows the one actually loaded.
pub fn apply(language: Language) {
    let Some(html) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = html.set_attribute("lang", language.tag());
    let _ = html.set_attribute("dir", if language.right_to_left() { "rtl" } else { "ltr" });
}

/// The phone's language tag that chose the language on this start (`pt-PT`), or `None` when the
/// parent's saved choice did.
pub fn phone_tag() -> Option<String> {
    let picked = get(&js_sys::global(), "relactLanguage")?;
    get(&picked, "phone")?.as_string()
}

/// Why another language could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotOpened {
    /// No connection, and the phone never kept the file.
    Offline,
    /// The file came back wrong (a server error, a file that does not read).
    Failed,
}

/// Fetches and reads `language`'s file (through the service worker, which keeps it for offline
/// use), so a switch is only made to a language that will open.
pub async fn fetch(language: Language) -> Result<Bundle, NotOpened> {
    let window = web_sys::window().ok_or(NotOpened::Failed)?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(&language.file(), &init))
        .await
        .map_err(|_| NotOpened::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| NotOpened::Failed)?;
    if !response.ok() {
        return Err(NotOpened::Failed);
    }
    let text = response.text().map_err(|_| NotOpened::Failed)?;
    let text = JsFuture::from(text).await.map_err(|_| NotOpened::Offline)?;
    let text = text.as_string().ok_or(NotOpened::Failed)?;
    read(language, &text).ok_or(NotOpened::Failed)
}

/// A language's file as the app can use it. A file that does not read, or is not this
/// version's (a broken deploy or a stale copy: the tests read every shipped file), is as if
/// missing.
fn read(language: Language, source: &str) -> Option<Bundle> {
    Bundle::parse(language, source).ok().filter(Bundle::in_app_order)
}

/// Asks the service worker to keep the language in use for offline starts: on a first visit the
/// loader fetched it before the worker existed. A worker that has it already does nothing.
pub async fn keep_offline(container: &web_sys::ServiceWorkerContainer) {
    let Ok(ready) = container.ready() else { return };
    let Ok(registration) = JsFuture::from(ready).await else { return };
    let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
    let Some(worker) = registration.active() else { return };
    let message = js_sys::Object::new();
    let file = i18n::language().file();
    if js_sys::Reflect::set(&message, &"keep".into(), &file.into()).is_ok() {
        let _ = worker.post_message(&message);
    }
}
