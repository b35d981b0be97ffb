//! The pairing code: everything a second phone needs to join (server, database, login, key) in one
//! string a parent can copy, send or scan. Versioned so a later Relact can read older codes, and
//! checksummed so a mistyped character is caught before anything talks to a server.

/// Every code starts with this, so a pasted link or note is recognised as not being one.
pub const PREFIX: &str = "RELACT1-";
/// The code format this build writes and reads.
const VERSION: u8 = 1;
/// AES-256: the key is 32 random bytes made on the first phone.
pub const KEY_BYTES: usize = 32;

/// Where the family's log is kept and the key that opens it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Pairing {
    /// `https://…` (or `http://localhost…` for trying it out), without a trailing slash.
    pub server: String,
    pub database: String,
    /// Empty when the server needs no login.
    pub user: String,
    pub password: String,
    /// Raw AES-256-GCM key, base64 (kept as text so the settings stay plain JSON).
    pub key: String,
}

impl Pairing {
    /// Whether `other` names the same family log (the same server and database); the login
    /// and the key may differ (a changed password, the family's new key after a phone was
    /// removed).
    pub fn same_log(&self, other: &Pairing) -> bool {
        self.server == other.server && self.database == other.database
    }
}

/// Why a code or a server address was refused; `text::share` words each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not a Relact pairing code at all.
    NotACode,
    /// Looks like one, but a character is wrong or missing.
    Mistyped,
    /// Made by a newer Relact.
    Newer,
    /// The server address is not `https://` (or a local address for trying it out).
    BadServer,
    /// CouchDB database names: lowercase letter first, then lowercase, digits, `_$()+-/`.
    BadDatabase,
}

/// Checks and tidies a server address and database name as typed.
pub fn check_server(server: &str, database: &str) -> Result<(String, String), CodeError> {
    let server = server.trim().trim_end_matches('/').to_string();
    let lower = server.to_ascii_lowercase();
    let local = ["http://localhost", "http://127.0.0.1"].iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
    });
    let https = lower.strip_prefix("https://").is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.contains(char::is_whitespace)
    });
    if !(https || local) || server.contains(['?', '#', '@']) {
        return Err(CodeError::BadServer);
    }
    let database = database.trim().to_string();
    let mut chars = database.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest_ok =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c));
    if !first_ok || !rest_ok || database.len() > 200 {
        return Err(CodeError::BadDatabase);
    }
    Ok((server, database))
}

fn push_field(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let len = bytes.len().min(u16::MAX as usize);
    out.extend_from_slice(&(len as u16).to_be_bytes());
    out.extend_from_slice(&bytes[..len]);
}

fn take_field(bytes: &mut &[u8]) -> Option<String> {
    let (len, rest) = bytes.split_first_chunk::<2>()?;
    let len = u16::from_be_bytes(*len) as usize;
    if rest.len() < len {
        return None;
    }
    let (field, rest) = rest.split_at(len);
    *bytes = rest;
    String::from_utf8(field.to_vec()).ok()
}

/// The code for a pairing: `RELACT1-` and base64url of version, key, fields and a CRC-32.
pub fn encode(p: &Pairing) -> String {
    let key = super::base64::decode(&p.key).unwrap_or_default();
    let mut out = vec![VERSION];
    out.extend_from_slice(&key);
    for f in [&p.server, &p.database, &p.user, &p.password] {
        push_field(&mut out, f);
    }
    out.extend_from_slice(&crc32(&out).to_be_bytes());
    format!("{PREFIX}{}", super::base64::encode_url(&out))
}

/// Relact's join screen. A pairing link is this path on Relact's own address with the code in
/// the fragment (`https://relact.example.org/join#RELACT1-…`): a phone's camera opens it in
/// Relact, and browsers never send a fragment to any server, not even Relact's host.
pub const JOIN_PATH: &str = "/join";

/// The pairing link for `code` on the app at `origin` (`https://host`, no trailing slash).
pub fn link(origin: &str, code: &str) -> String {
    format!("{}{JOIN_PATH}#{code}", origin.trim_end_matches('/'))
}

/// Reads a pasted or typed code, or a pairing link (whatever precedes its `#` is ignored). Spaces
/// and line breaks (from a message app) are ignored.
pub fn decode(code: &str) -> Result<Pairing, CodeError> {
    let code = code.rsplit_once('#').map_or(code, |(_, fragment)| fragment);
    let compact: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(body) = compact
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .map(|_| &compact[PREFIX.len()..])
    else {
        return Err(if compact.to_ascii_uppercase().starts_with("RELACT") {
            CodeError::Newer
        } else {
            CodeError::NotACode
        });
    };
    let bytes = super::base64::decode(body).ok_or(CodeError::Mistyped)?;
    let (payload, sum) = bytes.split_last_chunk::<4>().ok_or(CodeError::Mistyped)?;
    if crc32(payload) != u32::from_be_bytes(*sum) {
        return Err(CodeError::Mistyped);
    }
    let (&version, rest) = payload.split_first().ok_or(CodeError::Mistyped)?;
    if version != VERSION {
        return Err(CodeError::Newer);
    }
    let (key, mut rest) = rest.split_first_chunk::<KEY_BYTES>().ok_or(CodeError::Mistyped)?;
    let mut field = || take_field(&mut rest).ok_or(CodeError::Mistyped);
    let (server, database, user, password) = (field()?, field()?, field()?, field()?);
    let (server, database) = check_server(&server, &database)?;
    Ok(Pairing { server, database, user, password, key: super::base64::encode(key) })
}

/// CRC-32 (IEEE), enough to catch any one or two mistyped characters.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairing() -> Pairing {
        Pairing {
            server: "https://couch.example.org".into(),
            database: "relact-family".into(),
            user: "mum".into(),
            password: "pä55 word".into(),
            key: super::super::base64::encode(&[7u8; KEY_BYTES]),
        }
    }

    #[test]
    fn a_new_login_or_key_is_the_same_log_and_another_database_is_not() {
        let p = pairing();
        let renewed = Pairing { password: "new".into(), key: "other".into(), ..pairing() };
        assert!(p.same_log(&renewed));
        assert!(!p.same_log(&Pairing { database: "relact-other".into(), ..pairing() }));
        assert!(!p.same_log(&Pairing { server: "https://couch.example.net".into(), ..pairing() }));
    }

    #[test]
    fn a_code_reads_back_to_the_same_pairing_even_with_spaces_and_lowercase_prefix() {
        let p = pairing();
        let code = encode(&p);
        assert!(code.starts_with(PREFIX));
        assert_eq!(decode(&code), Ok(p.clone()));
        let spaced = format!("  relact1-{}\n", &code[PREFIX.len()..]).replace("AA", "A A");
        assert_eq!(decode(&spaced), Ok(p));
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn a_pairing_link_carries_the_code_in_its_fragment_and_reads_back_pasted_whole() {
        let p = pairing();
        let code = encode(&p);
        let link = link("https://relact.example.org/", &code);
        assert_eq!(link, format!("https://relact.example.org/join#{code}"));
        assert_eq!(decode(&link), Ok(p.clone()));
        assert_eq!(decode(&format!("Join us: {link}\n")), Ok(p));
        assert_eq!(decode("https://relact.example.org/join#"), Err(CodeError::NotACode));
        assert_eq!(decode("https://relact.example.org/join#hello"), Err(CodeError::NotACode));
    }

    #[test]
    fn every_single_changed_or_missing_character_is_caught() {
        let code = encode(&pairing());
        for i in PREFIX.len()..code.len() {
            let mut wrong: Vec<char> = code.chars().collect();
            wrong[i] = if wrong[i] == 'x' { 'y' } else { 'x' };
            let wrong: String = wrong.into_iter().collect();
            assert!(decode(&wrong).is_err(), "changed at {i}");
            let mut short = code.clone();
            short.remove(i);
            assert!(decode(&short).is_err(), "missing at {i}");
        }
        assert_eq!(decode("hello"), Err(CodeError::NotACode));
        assert_eq!(decode(""), Err(CodeError::NotACode));
        assert_eq!(decode("RELACT2-AAAA"), Err(CodeError::Newer));
    }

    #[test]
    fn only_https_or_this_computer_and_couchdb_database_names_are_accepted() {
        assert!(check_server("https://c.example.org/", "family").is_ok());
        assert!(check_server("http://127.0.0.1:5984", "a1_$()+-/").is_ok());
        assert!(check_server("http://localhost", "x").is_ok());
        assert_eq!(check_server("http://couch.example.org", "x"), Err(CodeError::BadServer));
        assert_eq!(check_server("http://localhost.evil.org", "x"), Err(CodeError::BadServer));
        assert_eq!(check_server("https://", "x"), Err(CodeError::BadServer));
        assert_eq!(check_server("https://u:p@host", "x"), Err(CodeError::BadServer));
        assert_eq!(check_server("ftp://x", "x"), Err(CodeError::BadServer));
        assert_eq!(check_server("https://h", "Family"), Err(CodeError::BadDatabase));
        assert_eq!(check_server("https://h", "_users"), Err(CodeError::BadDatabase));
        assert_eq!(check_server("https://h", ""), Err(CodeError::BadDatabase));
    }
}
