//! Encryption through the browser's WebCrypto (`crypto.subtle`): no crypto code of our own in the
//! wasm.
//! - The family key: AES-256-GCM, a fresh random 12-byte nonce for every write; the document id is
//!   the associated data, so a sealed body copied to another id does not open.
//! - A passphrase key for a log sent hand to hand: PBKDF2-HMAC-SHA-256 over the passphrase with a
//!   random salt and `domain::sync::file::ITERATIONS` iterations, to an AES-256-GCM key.
//! - Each phone's own key pair, to receive a new family key when a phone is removed: RSA-OAEP
//!   2048-bit with SHA-256 (the public key goes to the other phones as SPKI; the private key is
//!   kept on this phone as PKCS#8, beside the family key, and used non-extractable).

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, SubtleCrypto};

use crate::domain::sync::{base64, Cipher, Keys, Sealed};

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

/// A plain object with these properties, for WebCrypto's algorithm parameters.
fn params(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from_str(u)).collect()
}

async fn bytes_of(promise: js_sys::Promise) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// An AES-256-GCM key held by the browser as a non-extractable `CryptoKey`: the family key, or
/// one derived from a passphrase.
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
        let usages = usages(&["encrypt", "decrypt"]);
        let promise =
            subtle()?.import_key_with_str("raw", &data, "AES-GCM", false, &usages).ok()?;
        let key = JsFuture::from(promise).await.ok()?;
        key.dyn_into::<CryptoKey>().ok().map(|key| FamilyKey { key })
    }

    /// The key a passphrase gives with this salt: PBKDF2-HMAC-SHA-256, `iterations` rounds, to
    /// AES-256-GCM. The passphrase is taken as given (callers normalise it first).
    pub async fn from_passphrase(
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Option<FamilyKey> {
        let subtle = subtle()?;
        let secret: Object = Uint8Array::from(passphrase.as_bytes()).into();
        let base = subtle
            .import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&["deriveKey"]))
            .ok()?;
        let base: CryptoKey = JsFuture::from(base).await.ok()?.dyn_into().ok()?;
        let pbkdf2 = params(&[
            ("name", "PBKDF2".into()),
            ("hash", "SHA-256".into()),
            ("salt", Uint8Array::from(salt).into()),
            ("iterations", iterations.into()),
        ]);
        let aes = params(&[("name", "AES-GCM".into()), ("length", 256.into())]);
        let promise = subtle
            .derive_key_with_object_and_object(
                &pbkdf2,
                &base,
                &aes,
                false,
                &usages(&["encrypt", "decrypt"]),
            )
            .ok()?;
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
        let promise = subtle()?
            .encrypt_with_object_and_u8_array(&Self::params(&iv, aad), &self.key, plain)
            .ok()?;
        Some(Sealed { iv, ct: bytes_of(promise).await? })
    }

    async fn open(&self, aad: &str, sealed: &Sealed) -> Option<Vec<u8>> {
        let promise = subtle()?
            .decrypt_with_object_and_u8_array(&Self::params(&sealed.iv, aad), &self.key, &sealed.ct)
            .ok()?;
        bytes_of(promise).await
    }
}

fn rsa_oaep() -> Object {
    params(&[("name", "RSA-OAEP".into()), ("hash", "SHA-256".into())])
}

/// A new key pair for this phone: (public SPKI, private PKCS#8), each base64. `None` where the
/// browser refuses. About a tenth of a second on a phone, once per pairing.
pub async fn new_phone_key() -> Option<(String, String)> {
    let subtle = subtle()?;
    let algorithm = params(&[
        ("name", "RSA-OAEP".into()),
        ("modulusLength", 2048.into()),
        ("publicExponent", Uint8Array::from(&[1u8, 0, 1][..]).into()),
        ("hash", "SHA-256".into()),
    ]);
    let promise =
        subtle.generate_key_with_object(&algorithm, true, &usages(&["encrypt", "decrypt"])).ok()?;
    let pair = JsFuture::from(promise).await.ok()?;
    let half = |name: &str| -> Option<CryptoKey> {
        Reflect::get(&pair, &name.into()).ok()?.dyn_into().ok()
    };
    let (public, private) = (half("publicKey")?, half("privateKey")?);
    let spki = bytes_of(subtle.export_key("spki", &public).ok()?).await?;
    let pkcs8 = bytes_of(subtle.export_key("pkcs8", &private).ok()?).await?;
    Some((base64::encode(&spki), base64::encode(&pkcs8)))
}

/// This phone's side of changing the family key: imports family keys, wraps a new one for
/// another phone's public key, and unwraps one given to this phone.
pub struct PhoneKey {
    private: Option<CryptoKey>,
}

impl PhoneKey {
    /// From the saved private key (PKCS#8, base64); a phone without one can still share (it
    /// cannot be given a new family key until it has one).
    pub async fn load(pkcs8: &str) -> PhoneKey {
        let private = async {
            let raw = base64::decode(pkcs8).filter(|r| !r.is_empty())?;
            let data: Object = Uint8Array::from(&raw[..]).into();
            let promise = subtle()?
                .import_key_with_object("pkcs8", &data, &rsa_oaep(), false, &usages(&["decrypt"]))
                .ok()?;
            JsFuture::from(promise).await.ok()?.dyn_into::<CryptoKey>().ok()
        };
        PhoneKey { private: private.await }
    }
}

impl Keys for PhoneKey {
    type Key = FamilyKey;

    async fn import(&self, raw: &[u8]) -> Option<FamilyKey> {
        FamilyKey::import(raw).await
    }

    async fn wrap(&self, public: &[u8], raw: &[u8]) -> Option<Vec<u8>> {
        let subtle = subtle()?;
        let data: Object = Uint8Array::from(public).into();
        let promise = subtle
            .import_key_with_object("spki", &data, &rsa_oaep(), false, &usages(&["encrypt"]))
            .ok()?;
        let public: CryptoKey = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        bytes_of(subtle.encrypt_with_object_and_u8_array(&rsa_oaep(), &public, raw).ok()?).await
    }

    async fn unwrap(&self, wrapped: &[u8]) -> Option<Vec<u8>> {
        let private = self.private.as_ref()?;
        let promise =
            subtle()?.decrypt_with_object_and_u8_array(&rsa_oaep(), private, wrapped).ok()?;
        bytes_of(promise).await
    }
}
