//! The parent's language and region, read for first-start defaults only.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsCast;

use super::get;
use crate::domain::settings::LocaleHints;

/// What the browser says about the parent's language and region, for first-run defaults. Any
/// part the browser does not offer (older engines lack `weekInfo`) is left out, never guessed.
/// On a first start the page's loader has usually asked a worker already (`public/locale.js`:
/// Intl's first use loads locale data, tens of milliseconds of a slow phone's main thread), and
/// its answer is used as it is.
pub fn locale_hints() -> LocaleHints {
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if let Some(told) = get(&js_sys::global(), "relactLocaleHints") {
        let hour12 = get(&told, "hour12").and_then(|v| v.as_bool());
        let first_day = get(&told, "firstDay").and_then(|v| v.as_f64()).map(|d| d as u8);
        return LocaleHints { region: LocaleHints::region_of(&language), hour12, first_day };
    }
    let intl = get(&js_sys::global(), "Intl");
    let hour12 = intl.as_ref().and_then(|_| {
        let options = js_sys::Object::new();
        Reflect::set(&options, &"hour".into(), &"numeric".into()).ok()?;
        let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options);
        let cycle = get(&format.resolved_options(), "hourCycle")?.as_string()?;
        Some(cycle == "h12" || cycle == "h11")
    });
    let first_day = intl.as_ref().and_then(|intl| {
        let locale = get(intl, "Locale")?.dyn_into::<Function>().ok()?;
        let locale =
            Reflect::construct(&locale, &js_sys::Array::of1(&language.clone().into())).ok()?;
        // `getWeekInfo()` is the current name; Chromium before 130 had a `weekInfo` getter.
        let info = match get(&locale, "getWeekInfo").and_then(|f| f.dyn_into::<Function>().ok()) {
            Some(f) => f.call0(&locale).ok()?,
            None => get(&locale, "weekInfo")?,
        };
        get(&info, "firstDay")?.as_f64().map(|d| d as u8)
    });
    LocaleHints { region: LocaleHints::region_of(&language), hour12, first_day }
}
