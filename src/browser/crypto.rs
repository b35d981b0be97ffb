//! AES-256-GCM through the browser's WebCrypto (`crypto.subtle`): no crypto code of our own in the
//! wasm. A fresh random 12-byte nonce for every write; the document id is the associated data, so
//! a sealed body copied to another id does not open.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, SubtleCrypto};

use crate::domain::sync::{Cipher, Sealed};

fn crypto() -> Option<web_sys::Crypto> {
    web_sys::window().and_then(|w| w.crypto().ok())
}

fn subtle() -> Option<SubtleCrypto> {
    crypto().map(|c| c.subtle())
}

/// `n` random bytes from the browser's generator; `None` where it refuses (never a weak fallback).
pub fn random_bytes(n: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0u8; n];
    crypto()?.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// The family key, held by the browser as a non-extractable `CryptoKey`.
#[derive(Clone)]
pub struct FamilyKey {
    key: CryptoKey,
}

impl FamilyKey {
    /// Imports 32 raw bytes; `None` for another length or where WebCrypto is missing (a page not
    /// served over HTTPS or from localhost has no `crypto.subtle`).
    pub async fn import(raw: &[u8]) -> Option<FamilyKey> {
        if raw.len() != 32 {
            return None;
        }
        let data: Object = Uint8Array::from(raw).into();
        let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
        let promise =
            subtle()?.import_key_with_str("raw", &data, "AES-GCM", false, &usages).ok()?;
        let key = JsFuture::from(promise).await.ok()?;
        key.dyn_into::<CryptoKey>().ok().map(|key| FamilyKey { key })
    }

    fn params(iv: &[u8], aad: &str) -> AesGcmParams {
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
        params.set_additional_data(&Uint8Array::from(aad.as_bytes()));
        params
    }
}

impl Cipher for FamilyKey {
    async fn seal(&self, aad: &str, plain: &[u8]) -> Option<Sealed> {
        let iv = random_bytes(12)?;
        let data = plain;
        let promise = subtle()?
            .encrypt_with_object_and_u8_array(&Self::params(&iv, aad), &self.key, data)
            .ok()?;
        let ct = JsFuture::from(promise).await.ok()?;
        Some(Sealed { iv, ct: Uint8Array::new(&ct).to_vec() })
    }

    async fn open(&self, aad: &str, sealed: &Sealed) -> Option<Vec<u8>> {
        let data = &sealed.ct;
        let promise = subtle()?
            .decrypt_with_object_and_u8_array(&Self::params(&sealed.iv, aad), &self.key, data)
            .ok()?;
        let plain = JsFuture::from(promise).await.ok()?;
        Some(Uint8Array::new(&plain).to_vec())
    }
}
