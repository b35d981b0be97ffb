//! Hands a file to the phone's share sheet (the Web Share API with files), or saves it as a
//! download where the browser cannot share files; and a link, where the phone has a share sheet.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{files, get};

/// What became of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    /// The share sheet took it.
    Shared,
    /// The parent closed the share sheet.
    Cancelled,
    /// Saved as a download.
    Downloaded,
}

/// Offers `body` as a file called `name` to the share sheet, or else saves it. `Err` when the
/// browser refuses to make the file at all.
pub async fn share_or_save(name: &str, mime: &str, body: &str) -> Result<Handed, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let navigator = window.navigator();
    if get(&navigator, "canShare").is_some() {
        let options = web_sys::FilePropertyBag::new();
        options.set_type(mime);
        let parts = Array::of1(&JsValue::from_str(body));
        let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options)?;
        let data = web_sys::ShareData::new();
        data.set_files(&Array::of1(&file));
        if navigator.can_share_with_data(&data) {
            match JsFuture::from(navigator.share_with_data(&data)).await {
                Ok(_) => return Ok(Handed::Shared),
                Err(e) => {
                    let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name());
                    if name.as_deref() == Some("AbortError") {
                        return Ok(Handed::Cancelled);
                    }
                    // Refused (no user gesture left, say): saved instead.
                }
            }
        }
    }
    files::download(name, mime, body)?;
    Ok(Handed::Downloaded)
}

/// Whether the phone has a share sheet for links (the Web Share API).
pub fn can_share_links() -> bool {
    web_sys::window().is_some_and(|w| get(&w.navigator(), "share").is_some())
}

/// Offers `url` with `title` to the share sheet. A refusal (the parent closed the sheet) needs no
/// message, so nothing is returned.
pub fn share_link(url: &str, title: &str) {
    let Some(w) = web_sys::window() else { return };
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    let _ = w.navigator().share_with_data(&data);
}
