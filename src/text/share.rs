//! Every sentence of sharing: the status line, setting up (start, join, check the server),
//! pairing by link, getting a server, hand to hand with no server, and the list of phones. Whole
//! sentences with named placeholders; counts go through a function that picks the plural.

use chrono::NaiveTime;

use super::format;
use crate::domain::settings::Clock;
use crate::domain::sync::code::CodeError;
use crate::domain::sync::file::FileError;
use crate::domain::sync::{Failure, ServerCheck, SetupError, Status, SyncError};
use crate::domain::{Millis, MINUTE};

pub const TITLE: &str = "Share with a partner";
pub const INTRO: &str = "Two or more phones, one log: entries made on any of them appear on all. \
    They travel through a CouchDB server your family runs or rents, locked with a key that only \
    your phones hold — the server cannot read a time, a volume or a note.";
pub const NOT_SHARED: &str = "Not shared. Nothing leaves this phone.";
pub const START: &str = "Start sharing";
pub const START_HELP: &str = "On the first phone: the address of your family's server and a \
    database name. Relact makes a new key and shows a pairing code for the other phones.";
pub const SERVER_HELP_LINK: &str = "What is a server, and how do we get one?";
pub const JOIN: &str = "Join a partner's log";
pub const JOIN_HELP: &str = "On another phone (a partner's, a grandparent's): scan the QR code \
    shown on a phone that shares, or paste its pairing code or link here.";
pub const SERVER: &str = "Server address";
pub const SERVER_HINT: &str = "https://couch.example.org";
pub const DATABASE: &str = "Database";
pub const USER: &str = "User name (if the server asks for one)";
pub const PASSWORD: &str = "Password (if the server asks for one)";
pub const NAME: &str = "This phone's name";
pub const DEFAULT_NAME: &str = "My phone";
pub const CODE: &str = "Pairing code";
pub const LINK: &str = "Pairing link";
pub const CODE_HELP: &str = "On the other phone, point the camera at this QR code and open the \
    link, or send the link to it. Anyone with this code can read your shared log: give it only \
    to the phones of your family.";
pub const QR_LABEL: &str = "QR code of the pairing link";
pub const COPY: &str = "Copy link";
pub const COPIED: &str = "Pairing link copied.";
pub const SEND: &str = "Send link…";
pub const CHECKING: &str = "Checking the server…";
pub const CHECK: &str = "Check this server";
pub const SYNC_NOW: &str = "Sync now";
pub const STOP: &str = "Stop sharing";
pub const STOP_CONFIRM: &str = "Stop sharing on this phone? It forgets the server and the \
    key; every entry stays on this phone. You can join again with the pairing code.";
pub const STOP_YES: &str = "Yes, stop sharing";
pub const STOP_NO: &str = "Keep sharing";
pub const STOPPED: &str = "Sharing stopped on this phone. Your log is still here.";
pub const STARTED: &str = "Sharing started. Show the pairing code to the other phone.";
pub const JOINED: &str = "Joined. Entries from the other phones arrive in a moment.";
pub const PHONES: &str = "Phones that share this log";
pub const THIS_PHONE: &str = "(this phone)";
pub const RENAME: &str = "Save name";
pub const SHOW_CODE: &str = "Show pairing code";
pub const HIDE_CODE: &str = "Hide pairing code";

/// The title of the join screen a pairing link opens.
pub const JOIN_TITLE: &str = "Join your family's log";
pub const JOIN_YES: &str = "Join";
pub const JOIN_NOT_NOW: &str = "Not now";
pub const ALREADY_SHARING_HERE: &str = "This phone already shares a log. To join another one, \
    stop sharing in Settings first.";
pub const TO_SETTINGS: &str = "Go to sharing in Settings";
pub const NO_CODE_IN_LINK: &str = "This link holds no pairing code. Open the link again from \
    the other phone's QR code, or paste the code in Settings.";

/// What the join screen asks before anything is sent.
pub fn join_ask(server: &str, database: &str) -> String {
    format!(
        "This link joins this phone to a shared log on the server {server} (database \
         {database}). Entries made on any of the family's phones will appear on this one too. \
         Join?"
    )
}

/// When the next run is due, as the status line says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    /// Less than a minute away.
    Soon,
    /// At this local time.
    At(NaiveTime),
}

/// "Relact will try again …".
pub fn retry(r: Retry, clock: Clock) -> String {
    match r {
        Retry::Soon => "Relact will try again in less than a minute.".into(),
        Retry::At(t) => format!("Relact will try again at {}.", format::clock_time(t, clock)),
    }
}

/// The status line.
pub fn status(
    status: &Status,
    synced_at: Option<Millis>,
    now: Millis,
    next: Option<Retry>,
    clock: Clock,
) -> String {
    let then = |line: String| match next {
        Some(r) => format!("{line} {}", retry(r, clock)),
        None => line,
    };
    match status {
        Status::Off => NOT_SHARED.into(),
        Status::Syncing => "Shared · syncing…".into(),
        Status::Waiting => {
            then("Waiting for a connection — your entries are safe on this phone.".into())
        }
        Status::Failed(f) => then(failed(f)),
        Status::Idle | Status::Synced => match synced_at {
            None => "Shared · not synced yet".into(),
            Some(at) => format!("Shared · synced {}", ago(now - at)),
        },
    }
}

/// A stopped run: what went wrong, and what it had done (from the run's real state).
pub fn failed(f: &Failure) -> String {
    let mut out = format!("Not synced. {}", problem(&f.why));
    let wrote_nothing = f.done.pulled == 0 && f.done.pushed == 0;
    match f.why {
        // Says itself what the server may hold.
        SyncError::Unconfirmed => {}
        _ if wrote_nothing && f.why.heals() => out += " Nothing was changed on this phone.",
        _ => {}
    }
    if f.done.pulled > 0 {
        out += &format!(
            " {} before it stopped; the rest come with the next sync.",
            arrived(f.done.pulled)
        );
    }
    out
}

/// "1 entry arrived" / "12 entries arrived".
pub fn arrived(n: usize) -> String {
    match n {
        1 => "1 entry arrived".into(),
        n => format!("{n} entries arrived"),
    }
}

/// "just now", "2 min ago", "3 h ago", "2 days ago".
pub fn ago(ms: Millis) -> String {
    let min = ms.max(0) / MINUTE;
    match min {
        0 => "just now".into(),
        1..=59 => format!("{min} min ago"),
        60..=2879 => format!("{} h ago", min / 60),
        _ => format!("{} days ago", min / 1440),
    }
}

/// Documents skipped on the server, said below the status line.
pub fn unreadable(n: usize) -> String {
    match n {
        1 => "1 item on the server could not be opened and was skipped. Everything else was \
            shared as usual."
            .into(),
        n => format!(
            "{n} items on the server could not be opened and were skipped. Everything else was \
             shared as usual."
        ),
    }
}

/// The button that removes them.
pub fn remove_unreadable(n: usize) -> &'static str {
    if n == 1 {
        "Remove it from the server"
    } else {
        "Remove them from the server"
    }
}

pub const REMOVE_UNREADABLE_HELP: &str = "They may be damaged, or written by someone who does \
    not have your family's key. Removing them touches nothing on this phone; if this phone has \
    its own copy of an entry, that copy goes back up.";

/// Once removed.
pub fn removed_unreadable(n: usize) -> String {
    match n {
        0 => "Nothing needed removing: those items open now.".into(),
        1 => "1 item was removed from the server.".into(),
        n => format!("{n} items were removed from the server."),
    }
}

/// What went wrong, in plain words, as a whole sentence (or two).
pub fn problem(e: &SyncError) -> &'static str {
    match e {
        SyncError::Offline => {
            "The server could not be reached. Your entries are safe on this phone."
        }
        SyncError::Dropped => "The connection dropped part-way through the server's answer.",
        SyncError::Unconfirmed => {
            "This phone's entries were sent, but the server's answer was cut off: the server \
            may have received them. Relact will check on the next sync."
        }
        SyncError::Unauthorized => {
            "The server did not accept the user name or password. Check them with whoever runs \
            the server."
        }
        SyncError::NoDatabase => "There is no such database on this server.",
        SyncError::Server => "The server had a problem. Your entries are safe on this phone.",
        SyncError::NotCouch => {
            "The address answered, but not as a CouchDB server (perhaps a login page)."
        }
        SyncError::Truncated => "The server's answer was cut off.",
        SyncError::Unreadable => {
            "This phone's copy of the family key cannot be used. Join again with the pairing \
            code from another phone."
        }
        SyncError::Newer => {
            "The server holds entries from a newer version of Relact. Update Relact on this \
            phone; nothing was skipped."
        }
        SyncError::Removed => {
            "Another phone removed this phone from sharing. Its log stays here; to share \
            again, join with a pairing code from a phone that shares."
        }
        SyncError::KeyChangeRefused => {
            "A new family key on the server could not be checked, so this phone did not take \
            it."
        }
        SyncError::WrongKey => {
            "This code does not open the log on that server: it belongs to another family or an \
            older pairing. Nothing was written."
        }
        SyncError::NotShared => {
            "Nobody has started sharing in this database yet. Start sharing on the first phone, \
            then use its code here."
        }
        SyncError::AlreadyShared => {
            "This database already holds a family's log. Join it with that phone's pairing \
            code, or choose another database name."
        }
        SyncError::Store(_) => "This phone's log could not be read or written.",
    }
}

/// Why a code, address or setup was refused.
pub fn setup_problem(e: &SetupError) -> String {
    match e {
        SetupError::Code(c) => code_problem(*c).into(),
        SetupError::NoCrypto => {
            "This browser cannot encrypt here. Open Relact from its https:// address.".into()
        }
        SetupError::Sync(e) => format!("Not shared. {}", problem(e)),
    }
}

/// Why a code or an address was refused.
pub fn code_problem(c: CodeError) -> &'static str {
    match c {
        CodeError::NotACode => "That is not a Relact pairing code. It starts with RELACT1-.",
        CodeError::Mistyped => {
            "That code has a mistake in it (a character changed or missing). Copy it again \
            from the other phone."
        }
        CodeError::Newer => {
            "That code was made by a newer Relact. Update Relact on this phone first."
        }
        CodeError::BadServer => {
            "The server address must start with https:// (or be http://localhost for trying it \
            out)."
        }
        CodeError::BadDatabase => {
            "A database name starts with a lowercase letter and uses only lowercase letters, \
            digits and _ $ ( ) + - /."
        }
    }
}

/// "Check this server", in one sentence: what works, or what to fix.
pub fn checked(c: &ServerCheck) -> &'static str {
    match c {
        ServerCheck::Ready => {
            "This server works: the login is accepted and the database is ready for your \
            family's log."
        }
        ServerCheck::NoDatabaseYet => {
            "This server works and accepts the login; Relact will create the database when you \
            start sharing."
        }
        ServerCheck::Shared => {
            "This database already holds a family's log: join it with the pairing code from a \
            phone that shares it, or choose another database name."
        }
        ServerCheck::Problem(SyncError::Offline | SyncError::Dropped) => {
            "No server answered at this address: check the address, and that the server allows \
            Relact's address (its CORS setting)."
        }
        ServerCheck::Problem(SyncError::Unauthorized) => {
            "The server answered but refused the user name or password: check them with \
            whoever runs the server."
        }
        ServerCheck::Problem(SyncError::NotCouch | SyncError::Truncated) => {
            "Something answered at this address, but not a CouchDB server: check the address \
            (it often ends in :5984)."
        }
        ServerCheck::Problem(_) => {
            "The server answered with an error: try again later, or ask whoever runs it."
        }
    }
}

/// The short page for a parent who has never heard of CouchDB.
pub mod server_help {
    pub const TITLE: &str = "Getting a server";
    pub const WHAT_TITLE: &str = "What it is for";
    pub const WHAT: &str = "Sharing needs a place on the internet where your phones leave \
        entries for each other, so one phone can catch up while the other is switched off or \
        has no signal. Relact uses a CouchDB server for this: a small, free database program \
        that many hosts run.";
    pub const SEES_TITLE: &str = "What the server sees";
    pub const SEES: &str = "Nothing readable. Every entry is locked on the phone before it \
        leaves, with a key that only your phones hold. The server sees how many locked items \
        there are and when they change — not a time, a volume, a note or a phone's name.";
    pub const COST: &str = "A family's log is tiny (a year of entries is a few megabytes), so \
        the free plans of hosted services are more than enough.";
    pub const WAYS_TITLE: &str = "Three ways to get one";
    pub const HOSTED_TITLE: &str = "A hosted CouchDB service";
    pub const HOSTED: &str = "Some companies run CouchDB for you, several with a free plan. Sign \
        up, create a database and a user that may read and write it, and in its settings allow \
        Relact's address (CORS). Then use its address here.";
    pub const HOME_TITLE: &str = "A home server or NAS";
    pub const HOME: &str = "If your family has a home server or a network drive that runs \
        containers, it can run the official CouchDB image (named couchdb). The phones must \
        reach it from outside the home over https://, so this suits someone comfortable with \
        their router.";
    pub const FRIEND_TITLE: &str = "A friend who runs one";
    pub const FRIEND: &str = "Someone who looks after servers can make you a database and a \
        user in a few minutes. Show them this page.";
    pub const FOR_FRIEND_TITLE: &str = "For whoever sets it up";
    pub const CHECK_TITLE: &str = "Check it";
    pub const CHECK: &str = "Back in Settings, fill in the address, database, user and \
        password, and tap \"Check this server\": Relact says in one sentence what works and \
        what to fix, before anything is written.";
    pub const BACK: &str = "Back to sharing";

    /// What the person setting up the server needs to know.
    pub fn for_friend(origin: &str) -> String {
        format!(
            "Any CouchDB 3 works. Make a database and a user who is a member of it; allow \
             cross-origin requests (CORS) from {origin} with credentials, for the methods GET, \
             PUT, POST and the headers accept, authorization and content-type; and serve it \
             over https://. Then give the family the address, the database name, the user name \
             and the password."
        )
    }
}

/// "Send my log to another phone" and "Open a log from another phone".
pub mod hand {
    use super::FileError;
    use crate::domain::sync::file::HandError;

    pub const TITLE: &str = "Hand to hand, with no server";
    pub const HELP: &str = "Send your whole log to another phone as a locked file through the \
        share sheet (a message app, Bluetooth, Nearby Share or AirDrop). On the other phone, \
        open it with Relact: entries are merged by the same rule as a backup, so doing it often \
        keeps two phones in step.";
    pub const SEND: &str = "Send my log to another phone";
    pub const PASSPHRASE: &str = "Passphrase for this file";
    pub const PASSPHRASE_HELP: &str = "Say it aloud to the person with the other phone; never \
        send it with the file. At least 8 letters or digits; spaces and dashes do not count.";
    pub const PASSPHRASE_SHORT: &str =
        "The passphrase needs at least 8 letters or digits (spaces and dashes do not count).";
    pub const FAMILY_LOCK: &str = "This phone shares a log, so the file is locked with your \
        family's key: a phone that shares the same log opens it without a passphrase.";
    pub const USE_PASSPHRASE: &str = "Lock it with a passphrase instead (for a phone that does \
        not share this log)";
    pub const SEALING: &str = "Locking the file…";
    pub const SHARED: &str = "The locked file was handed to the share sheet.";
    pub const DOWNLOADED: &str = "The locked file was saved to this phone's downloads. Send it \
        to the other phone, and open it there with Relact.";
    pub const FAILED: &str = "The file could not be made on this phone. Nothing was sent.";
    pub const OPEN_FAILED: &str =
        "The file could not be opened on this phone. Nothing was written.";
    pub const RECEIVE_TITLE: &str = "Open a log from another phone";
    pub const RECEIVE_HELP: &str = "Choose the file sent from the other phone \
        (relact-log-….txt). Where the phone offers it, \"Open with Relact\" in the share sheet \
        brings the file here by itself.";
    pub const RECEIVE_LINK: &str = "Open a log from another phone";
    pub const CHOOSE: &str = "Choose the file";
    pub const RECEIVED: &str = "A log file from another phone is here.";
    pub const ASK_PASSPHRASE: &str =
        "This file is locked with a passphrase. Type the passphrase the other parent said.";
    pub const OPEN: &str = "Open the file";
    pub const OPENING: &str = "Opening the file…";
    pub const WRONG_PASSPHRASE: &str = "That passphrase does not open this file, or the file \
        was damaged on the way. Nothing was written. Check the passphrase and try again.";
    pub const OTHER_FAMILY: &str = "This file is locked with a family key this phone does not \
        hold: another family's, or one from before a phone was removed from sharing. Nothing \
        was written.";
    pub const NOT_PAIRED: &str = "This file is locked with a family's key, and this phone does \
        not share a log. Join the family first, or ask for a file locked with a passphrase. \
        Nothing was written.";
    pub const NOT_A_LOG: &str = "The file opened, but what is inside is not a Relact log. \
        Nothing was written.";

    /// Why a file was not made (`opening` false) or not opened.
    pub fn problem(e: &HandError, opening: bool) -> String {
        match e {
            HandError::Short => PASSPHRASE_SHORT.into(),
            HandError::NoCrypto | HandError::Store(_) if opening => OPEN_FAILED.into(),
            HandError::NoCrypto | HandError::Store(_) => FAILED.into(),
            HandError::File(f) => file_problem(*f).into(),
            HandError::NeedPassphrase => ASK_PASSPHRASE.into(),
            HandError::WrongPassphrase => WRONG_PASSPHRASE.into(),
            HandError::OtherFamily => OTHER_FAMILY.into(),
            HandError::NotPaired => NOT_PAIRED.into(),
            HandError::NotALog(why) => {
                format!("{NOT_A_LOG} {}", crate::text::backup::refused(why))
            }
        }
    }

    /// Why a file was refused before any passphrase.
    pub fn file_problem(e: FileError) -> &'static str {
        match e {
            FileError::NotOurs => {
                "This is not a file from \"Send my log to another phone\". (A backup file \
                opens under Settings → Your data.) Nothing was written."
            }
            FileError::Newer => {
                "This file was made by a newer Relact. Update Relact on this phone first. \
                Nothing was written."
            }
            FileError::Damaged => {
                "This file is damaged, so it cannot be opened. Nothing was written. Ask for it \
                to be sent again."
            }
        }
    }
}

/// The list of phones, and removing one.
pub mod phones {
    pub const REMOVE: &str = "Remove from sharing";
    pub const REMOVE_YES: &str = "Yes, remove it";
    pub const REMOVE_NO: &str = "Keep it";
    pub const REMOVING: &str = "Making a new family key…";

    /// The remove button's accessible name.
    pub fn remove_label(name: &str) -> String {
        format!("Remove {name} from sharing")
    }

    /// Asked before a phone is removed.
    pub fn remove_ask(name: &str) -> String {
        format!(
            "Remove {name} from sharing? This phone makes a new family key and gives it to the \
             phones that stay, so {name} cannot open anything shared from now on. What {name} \
             already has stays on it. If it was lost, also ask whoever runs the server to \
             change its password."
        )
    }

    /// Once removed.
    pub fn removed(name: &str) -> String {
        format!(
            "{name} was removed from sharing. The other phones take the new key on their next \
             sync."
        )
    }

    /// Phones that could not be given the new key.
    pub fn keyless(n: usize) -> String {
        match n {
            0 => String::new(),
            1 => "1 other phone had not synced since Relact was updated, so it could not be \
                given the new key: join it again with the pairing code."
                .into(),
            n => format!(
                "{n} other phones had not synced since Relact was updated, so they could not be \
                 given the new key: join them again with the pairing code."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sync::Report;

    fn stopped(why: SyncError, pulled: usize, pushed: usize) -> Failure {
        Failure { why, done: Report { pulled, pushed, skipped: 0 } }
    }

    #[test]
    fn a_stopped_run_says_what_really_happened() {
        assert_eq!(
            failed(&stopped(SyncError::Dropped, 0, 0)),
            "Not synced. The connection dropped part-way through the server's answer. Nothing \
             was changed on this phone."
        );
        assert_eq!(
            failed(&stopped(SyncError::Dropped, 998, 0)),
            "Not synced. The connection dropped part-way through the server's answer. 998 \
             entries arrived before it stopped; the rest come with the next sync."
        );
        let cut = failed(&stopped(SyncError::Unconfirmed, 0, 0));
        assert!(
            cut.contains("the server may have received them. Relact will check on the next sync.")
        );
        assert!(!cut.contains("Nothing was changed"), "{cut}");
        assert!(!failed(&stopped(SyncError::Removed, 0, 0)).contains("Nothing was changed"));
        assert_eq!(arrived(1), "1 entry arrived");
    }

    #[test]
    fn the_status_line_says_when_relact_tries_again() {
        let at = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        let line = status(&Status::Waiting, None, 0, Some(Retry::At(at)), Clock::H12);
        assert_eq!(
            line,
            "Waiting for a connection — your entries are safe on this phone. Relact will try \
             again at 2:05 pm."
        );
        let soon = status(
            &Status::Failed(stopped(SyncError::Server, 0, 0)),
            None,
            0,
            Some(Retry::Soon),
            Clock::H24,
        );
        assert!(soon.ends_with("Relact will try again in less than a minute."), "{soon}");
        assert_eq!(
            status(&Status::Synced, Some(0), 3 * MINUTE, None, Clock::H24),
            "Shared · synced 3 min ago"
        );
    }

    #[test]
    fn skipped_items_are_counted_in_whole_sentences() {
        assert!(
            unreadable(1).starts_with("1 item on the server could not be opened and was skipped.")
        );
        assert!(unreadable(3)
            .starts_with("3 items on the server could not be opened and were skipped."));
        assert_eq!(remove_unreadable(1), "Remove it from the server");
        assert_eq!(remove_unreadable(2), "Remove them from the server");
    }
}
