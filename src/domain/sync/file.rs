//! "Send my log to another phone", with no server: the log as a backup file, sealed, in one small
//! JSON text file a parent passes through the phone's share sheet (or a download and a cable).
//!
//! ```text
//! {"app": "relact-sealed", "v": 1, "lock": "passphrase", "salt": b64, "iterations": 600000,
//!  "iv": b64, "ct": b64}
//! {"app": "relact-sealed", "v": 1, "lock": "family", "k": <key generation>, "iv": b64, "ct": b64}
//! ```
//!
//! Inside: a backup file (`backup::export`), sealed with AES-256-GCM (12-byte random nonce,
//! associated data [`AAD`]). The key is the family key once the phones are paired, or else
//! derived from a passphrase the parent says aloud to the other phone: PBKDF2-HMAC-SHA-256 with
//! a 16-byte random salt and [`ITERATIONS`] iterations (OWASP's 2023 figure for SHA-256), so each
//! guess costs a phone's or a thief's computer the same 600,000 hashes. The passphrase is read
//! without case, spaces or dashes ([`normalise`]), so "4821 0937 5520" said aloud and typed as
//! "482109375520" open the same file. AES-GCM is authenticated: a wrong passphrase and a
//! damaged file both fail to open, and nothing is written.

use serde_json::{json, Value};

use super::{base64, Sealed};

/// The `app` field of a sealed log file.
pub const APP: &str = "relact-sealed";
/// The format this build writes and reads.
const VERSION: u64 = 1;
/// PBKDF2 iterations for a passphrase (HMAC-SHA-256).
pub const ITERATIONS: u32 = 600_000;
/// Fewer (a forged file that would make guessing cheap) or far more (one that would keep the
/// phone busy for minutes) is refused.
const ITERATIONS_ALLOWED: std::ops::RangeInclusive<u64> = 100_000..=5_000_000;
/// Random salt per file.
pub const SALT_BYTES: usize = 16;
/// Associated data of the sealed log.
pub const AAD: &str = "relact-sealed-log-v1";
/// The shortest passphrase accepted, once normalised.
pub const MIN_PASSPHRASE: usize = 8;
/// Larger files are refused before parsing (a backup's own limit, in base64, and some).
pub const MAX_BYTES: usize = super::super::backup::MAX_BYTES / 3 * 4 + 4096;

/// What opens the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lock {
    Passphrase {
        salt: Vec<u8>,
        iterations: u32,
    },
    /// The family key of this generation.
    Family {
        gen: u32,
    },
}

/// A sealed log file, read or to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFile {
    pub lock: Lock,
    pub sealed: Sealed,
}

/// Why a file was refused before any passphrase was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not a sealed Relact log (perhaps a backup file: those are opened under "Your data").
    NotOurs,
    /// Made by a newer Relact.
    Newer,
    /// It says it is one, but its parts are damaged or impossible.
    Damaged,
}

/// Why a file was not made or not opened; nothing was written.
#[derive(Clone, Debug, PartialEq)]
pub enum HandError {
    /// The passphrase is too short to seal with.
    Short,
    /// WebCrypto is missing or refused.
    NoCrypto,
    Store(crate::domain::store::StoreError),
    File(FileError),
    /// A passphrase file, and none was given yet.
    NeedPassphrase,
    /// The passphrase does not open it (or it was damaged on the way: AES-GCM cannot tell).
    WrongPassphrase,
    /// Sealed with a family key this phone does not hold.
    OtherFamily,
    /// Sealed with a family key, and this phone does not share.
    NotPaired,
    /// It opened, but holds no Relact log.
    NotALog(crate::domain::backup::Refused),
}

/// The file's text.
pub fn write(file: &SealedFile) -> String {
    let mut doc = json!({
        "app": APP,
        "v": VERSION,
        "iv": base64::encode(&file.sealed.iv),
        "ct": base64::encode(&file.sealed.ct),
    });
    match &file.lock {
        Lock::Passphrase { salt, iterations } => {
            doc["lock"] = json!("passphrase");
            doc["salt"] = json!(base64::encode(salt));
            doc["iterations"] = json!(iterations);
        }
        Lock::Family { gen } => {
            doc["lock"] = json!("family");
            doc["k"] = json!(gen);
        }
    }
    doc.to_string()
}

/// Reads a file as it came from the share sheet or the file chooser.
pub fn read(bytes: &[u8]) -> Result<SealedFile, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::Damaged);
    }
    // As text, through the parser every other read uses: a parser of bytes is a second copy of
    // serde_json's in the wasm. Bytes that are not UTF-8 fail either way.
    let doc: Value = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| serde_json::from_str(text).ok())
        .ok_or(FileError::NotOurs)?;
    if doc.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(FileError::NotOurs);
    }
    match doc.get("v").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(FileError::Newer),
        _ => return Err(FileError::Damaged),
    }
    let bytes_of = |k: &str| doc.get(k).and_then(Value::as_str).and_then(base64::decode);
    let lock = match doc.get("lock").and_then(Value::as_str) {
        Some("passphrase") => {
            let salt = bytes_of("salt").filter(|s| s.len() >= SALT_BYTES);
            let iterations = doc.get("iterations").and_then(Value::as_u64);
            match (salt, iterations) {
                (Some(salt), Some(n)) if ITERATIONS_ALLOWED.contains(&n) => {
                    Lock::Passphrase { salt, iterations: n as u32 }
                }
                _ => return Err(FileError::Damaged),
            }
        }
        Some("family") => {
            let gen = doc.get("k").and_then(Value::as_u64).and_then(|g| u32::try_from(g).ok());
            Lock::Family { gen: gen.filter(|g| *g >= 1).ok_or(FileError::Damaged)? }
        }
        _ => return Err(FileError::Damaged),
    };
    match (bytes_of("iv"), bytes_of("ct")) {
        (Some(iv), Some(ct)) if iv.len() == 12 && ct.len() >= 16 => {
            Ok(SealedFile { lock, sealed: Sealed { iv, ct } })
        }
        _ => Err(FileError::Damaged),
    }
}

/// The passphrase as the key is derived from it: lower case, without spaces or dashes.
pub fn normalise(passphrase: &str) -> String {
    let mut out = String::new();
    for c in passphrase.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        crate::domain::lower_case::push(c, &mut out);
    }
    out
}

/// Whether a passphrase is long enough to seal with.
pub fn long_enough(passphrase: &str) -> bool {
    normalise(passphrase).chars().count() >= MIN_PASSPHRASE
}

/// A passphrase to suggest: twelve digits in three groups of four ("4821 0937 5520"), easy to
/// say aloud in any language; about 40 bits, each guess costing [`ITERATIONS`] hashes. `random`
/// gives the digits (one byte each; bytes from 250 up are skipped so each digit is as likely).
pub fn suggest(random: &[u8]) -> Option<String> {
    let digits: Vec<char> =
        random.iter().filter(|b| **b < 250).take(12).map(|b| char::from(b'0' + b % 10)).collect();
    (digits.len() == 12).then(|| {
        digits.chunks(4).map(|g| g.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
    })
}

/// The file's name: the day, and `.txt` because phones' share sheets pass only some kinds of
/// file (a text file goes everywhere a message app can take it).
pub fn name(day: &str) -> String {
    format!("relact-log-{day}.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> Sealed {
        Sealed { iv: vec![1; 12], ct: vec![2; 40] }
    }

    #[test]
    fn a_file_reads_back_as_written_under_either_lock() {
        for lock in [
            Lock::Passphrase { salt: vec![9; SALT_BYTES], iterations: ITERATIONS },
            Lock::Family { gen: 3 },
        ] {
            let file = SealedFile { lock, sealed: sealed() };
            assert_eq!(read(write(&file).as_bytes()), Ok(file));
        }
    }

    #[test]
    fn other_files_forged_parameters_and_newer_versions_are_refused_before_any_passphrase() {
        let ok = write(&SealedFile {
            lock: Lock::Passphrase { salt: vec![9; SALT_BYTES], iterations: ITERATIONS },
            sealed: sealed(),
        });
        let with = |from: &str, to: &str| {
            assert!(ok.contains(from), "{from}");
            read(ok.replace(from, to).as_bytes())
        };
        assert_eq!(read(b"not json"), Err(FileError::NotOurs));
        let mut broken = ok.clone().into_bytes();
        broken.insert(3, 0xff); // inside the first name
        assert_eq!(read(&broken), Err(FileError::NotOurs), "bytes that are not UTF-8");
        assert_eq!(read(br#"{"app":"relact","schema":3,"entries":[]}"#), Err(FileError::NotOurs));
        assert_eq!(with("\"v\":1", "\"v\":2"), Err(FileError::Newer));
        assert_eq!(with("600000", "1000"), Err(FileError::Damaged));
        assert_eq!(with("600000", "900000000"), Err(FileError::Damaged));
        assert_eq!(with("\"passphrase\"", "\"magic\""), Err(FileError::Damaged));
        assert_eq!(with("\"iv\":\"AQEB", "\"iv\":\"!!!"), Err(FileError::Damaged));
        assert_eq!(read(&vec![b' '; MAX_BYTES + 1]), Err(FileError::Damaged));
    }

    #[test]
    fn a_passphrase_said_aloud_opens_whatever_its_spacing_and_case() {
        assert_eq!(normalise("4821 0937-5520"), "482109375520");
        assert_eq!(normalise(" Blue Kite\tRiver "), "bluekiteriver");
        assert!(long_enough("1234 5678"));
        assert!(!long_enough("12 34 56 7"));
        assert_eq!(
            suggest(&[0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 250, 255, 101, 9]).as_deref(),
            Some("0123 4567 8919")
        );
        assert_eq!(suggest(&[255; 20]), None);
        assert_eq!(name("2026-05-28"), "relact-log-2026-05-28.txt");
    }
}
