//! A file the parent chose to open (a backup, a log sent hand to hand) through an
//! `<input type="file">`: its bytes, refused unread when it is larger than the caller accepts.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

/// Why a chosen file gave no bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// No file was chosen.
    None,
    /// Larger than the caller accepts; not read into memory.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
}

/// The file input a `change` event came from, and the file chosen in it, if any.
pub struct Chosen {
    input: HtmlInputElement,
    file: Option<File>,
}

impl Chosen {
    /// The file input that `ev` (its `change`) came from; `None` for any other element.
    pub fn from_event(ev: &web_sys::Event) -> Option<Self> {
        let input = ev.target()?.dyn_into::<HtmlInputElement>().ok()?;
        let file = input.files().and_then(|f| f.get(0));
        Some(Chosen { input, file })
    }

    /// The file's bytes, unless it is larger than `max_bytes` (then it is never read). The input
    /// is emptied afterwards, so choosing the same file again is a new choice.
    pub async fn read(self, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
        let read = async {
            let file = self.file.as_ref().ok_or(ReadError::None)?;
            if file.size() > max_bytes as f64 {
                return Err(ReadError::TooLarge);
            }
            let buffer =
                JsFuture::from(file.array_buffer()).await.map_err(|_| ReadError::Unreadable)?;
            Ok(js_sys::Uint8Array::new(&buffer).to_vec())
        };
        let bytes = read.await;
        self.input.set_value("");
        bytes
    }
}
