//! Hand to hand, with no server: the whole log sealed into one file for another phone (with the
//! family key once paired, or a passphrase said aloud), and such a file opened and checked exactly
//! like a backup, so it is merged by the same rule after the same summary.

use leptos::prelude::*;

use crate::browser::crypto::{random_bytes, FamilyKey};
use crate::domain::backup::{self, Checked, Envelope};
pub use crate::domain::sync::file::HandError;
use crate::domain::sync::file::{self, Lock, SealedFile};
use crate::domain::sync::Cipher;
use crate::domain::Millis;
use crate::state::log_store::LogStore;
use crate::state::sharing::Sharing;

/// The file for another phone: its name and text. With `passphrase`, sealed with the key it
/// gives; without, with the family key.
pub async fn seal(
    store: LogStore,
    sharing: Sharing,
    passphrase: Option<&str>,
    day: &str,
    now: Millis,
) -> Result<(String, String), HandError> {
    let (lock, key) = match passphrase {
        Some(p) => {
            if !file::long_enough(p) {
                return Err(HandError::Short);
            }
            let salt = random_bytes(file::SALT_BYTES).ok_or(HandError::NoCrypto)?;
            let key = FamilyKey::from_passphrase(&file::normalise(p), &salt, file::ITERATIONS)
                .await
                .ok_or(HandError::NoCrypto)?;
            (Lock::Passphrase { salt, iterations: file::ITERATIONS }, key)
        }
        None => {
            let (gen, key) = sharing.family_key(None).await.ok_or(HandError::NotPaired)?;
            (Lock::Family { gen }, key)
        }
    };
    let entries = store.all().await.map_err(HandError::Store)?;
    // The log only: a plan and settings stay each parent's own.
    let envelope = Envelope {
        app: backup::APP.into(),
        schema: backup::SCHEMA,
        exported_at: now,
        entries,
        settings: None,
    };
    let text = serde_json::to_string(&envelope).map_err(|_| HandError::NoCrypto)?;
    let sealed = key.seal(file::AAD, text.as_bytes()).await.ok_or(HandError::NoCrypto)?;
    Ok((file::name(day), file::write(&SealedFile { lock, sealed })))
}

/// Whether a file needs a passphrase (read before asking for one).
pub fn needs_passphrase(bytes: &[u8]) -> Result<bool, HandError> {
    let file = file::read(bytes).map_err(HandError::File)?;
    Ok(matches!(file.lock, Lock::Passphrase { .. }))
}

/// Opens a file and checks it like a backup; nothing is written.
pub async fn open(
    bytes: &[u8],
    passphrase: Option<&str>,
    sharing: Sharing,
    now: Millis,
) -> Result<Checked, HandError> {
    let file = file::read(bytes).map_err(HandError::File)?;
    let (key, by_passphrase) = match &file.lock {
        Lock::Passphrase { salt, iterations } => {
            let p = passphrase.ok_or(HandError::NeedPassphrase)?;
            let key = FamilyKey::from_passphrase(&file::normalise(p), salt, *iterations)
                .await
                .ok_or(HandError::NoCrypto)?;
            (key, true)
        }
        Lock::Family { gen } => match sharing.family_key(Some(*gen)).await {
            Some((_, key)) => (key, false),
            None if sharing.shared.with_untracked(Option::is_some) => {
                return Err(HandError::OtherFamily)
            }
            None => return Err(HandError::NotPaired),
        },
    };
    let Some(plain) = key.open(file::AAD, &file.sealed).await else {
        return Err(if by_passphrase {
            HandError::WrongPassphrase
        } else {
            HandError::OtherFamily
        });
    };
    backup::read_bytes(&plain, now).map_err(HandError::NotALog)
}
