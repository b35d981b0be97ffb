//! Every sentence of sharing: the status line, setting up (start, join, check the server),
//! pairing by link, getting a server, hand to hand with no server, and the list of phones. The
//! words are in the translation files (`public/i18n/*.ftl`, `share-*`); whole sentences with
//! named placeholders, and counts choose their plural form there.

use chrono::NaiveTime;

use super::{format, Msg};
use crate::domain::settings::Clock;
use crate::domain::sync::code::CodeError;
use crate::domain::sync::file::FileError;
use crate::domain::sync::{Failure, ServerCheck, SetupError, Status, SyncError};
use crate::domain::{Millis, MINUTE};

pub const TITLE: Msg = msg!("share-title");
pub const INTRO: Msg = msg!("share-intro");
pub const NOT_SHARED: Msg = msg!("share-not-shared");
pub const START: Msg = msg!("share-start");
pub const START_HELP: Msg = msg!("share-start-help");
pub const SERVER_HELP_LINK: Msg = msg!("share-server-help-link");
pub const JOIN: Msg = msg!("share-join");
pub const JOIN_HELP: Msg = msg!("share-join-help");
pub const SERVER: Msg = msg!("share-server");
pub const SERVER_HINT: Msg = msg!("share-server-hint");
pub const DATABASE: Msg = msg!("share-database");
pub const USER: Msg = msg!("share-user");
pub const PASSWORD: Msg = msg!("share-password");
pub const NAME: Msg = msg!("share-name");
pub const DEFAULT_NAME: Msg = msg!("share-default-name");
pub const CODE: Msg = msg!("share-code");
pub const LINK: Msg = msg!("share-link");
pub const CODE_HELP: Msg = msg!("share-code-help");
pub const QR_LABEL: Msg = msg!("share-qr-label");
pub const COPY: Msg = msg!("share-copy");
pub const COPIED: Msg = msg!("share-copied");
pub const SEND: Msg = msg!("share-send");
pub const CHECKING: Msg = msg!("share-checking");
pub const CHECK: Msg = msg!("share-check");
pub const SYNC_NOW: Msg = msg!("share-sync-now");
pub const STOP: Msg = msg!("share-stop");
pub const STOP_CONFIRM: Msg = msg!("share-stop-confirm");
pub const STOP_YES: Msg = msg!("share-stop-yes");
pub const STOP_NO: Msg = msg!("share-stop-no");
pub const STOPPED: Msg = msg!("share-stopped");
pub const STARTED: Msg = msg!("share-started");
pub const JOINED: Msg = msg!("share-joined");
pub const PHONES: Msg = msg!("share-phones");
pub const THIS_PHONE: Msg = msg!("share-this-phone");
pub const RENAME: Msg = msg!("share-rename");
pub const SHOW_CODE: Msg = msg!("share-show-code");
pub const HIDE_CODE: Msg = msg!("share-hide-code");

/// The title of the join screen a pairing link opens.
pub const JOIN_TITLE: Msg = msg!("share-join-title");
pub const JOIN_YES: Msg = msg!("share-join-yes");
pub const JOIN_NOT_NOW: Msg = msg!("share-join-not-now");
pub const ALREADY_SHARING_HERE: Msg = msg!("share-already-sharing-here");
pub const TO_SETTINGS: Msg = msg!("share-to-settings");
pub const NO_CODE_IN_LINK: Msg = msg!("share-no-code-in-link");

/// What the join screen asks before anything is sent.
pub fn join_ask(server: &str, database: &str) -> String {
    msg!("share-join-ask").with(&[("server", server.into()), ("database", database.into())])
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
        Retry::Soon => msg!("share-retry-soon").into(),
        Retry::At(t) => {
            let time = format::clock_time(t, clock);
            msg!("share-retry-at").with(&[("time", (&time).into())])
        }
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
        Status::Syncing => msg!("share-status-syncing").into(),
        Status::Waiting => then(msg!("share-status-waiting").into()),
        Status::Failed(f) => then(failed(f)),
        Status::Idle | Status::Synced => match synced_at {
            None => msg!("share-status-not-synced-yet").into(),
            Some(at) => synced(now - at),
        },
    }
}

/// "Shared · synced just now", "… 2 min ago", "… 3 h ago", "… 2 days ago".
fn synced(ms: Millis) -> String {
    let min = ms.max(0) / MINUTE;
    match min {
        0 => msg!("share-status-synced-now").into(),
        1..=59 => msg!("share-status-synced-minutes").with(&[("minutes", min.into())]),
        60..=2879 => msg!("share-status-synced-hours").with(&[("hours", (min / 60).into())]),
        _ => msg!("share-status-synced-days").with(&[("days", (min / 1440).into())]),
    }
}

/// A stopped run: what went wrong, and what it had done (from the run's real state).
pub fn failed(f: &Failure) -> String {
    let mut out = format!("{} {}", msg!("share-not-synced"), problem(&f.why));
    let wrote_nothing = f.done.pulled == 0 && f.done.pushed == 0;
    match f.why {
        // Says itself what the server may hold.
        SyncError::Unconfirmed => {}
        _ if wrote_nothing && f.why.heals() => {
            out.push(' ');
            out += msg!("share-nothing-changed").get();
        }
        _ => {}
    }
    if f.done.pulled > 0 {
        out.push(' ');
        out += &msg!("share-arrived-before-stop").with(&[("count", f.done.pulled.into())]);
    }
    out
}

/// Documents skipped on the server, said below the status line.
pub fn unreadable(n: usize) -> String {
    msg!("share-unreadable").with(&[("count", n.into())])
}

/// The button that removes them.
pub fn remove_unreadable(n: usize) -> String {
    msg!("share-remove-unreadable").with(&[("count", n.into())])
}

pub const REMOVE_UNREADABLE_HELP: Msg = msg!("share-remove-unreadable-help");

/// Once removed.
pub fn removed_unreadable(n: usize) -> String {
    msg!("share-removed-unreadable").with(&[("count", n.into())])
}

/// What went wrong, in plain words, as a whole sentence (or two).
pub fn problem(e: &SyncError) -> &'static str {
    match e {
        SyncError::Offline => msg!("share-problem-offline"),
        SyncError::Dropped => msg!("share-problem-dropped"),
        SyncError::Unconfirmed => msg!("share-problem-unconfirmed"),
        SyncError::Unauthorized => msg!("share-problem-unauthorized"),
        SyncError::NoDatabase => msg!("share-problem-no-database"),
        SyncError::Server => msg!("share-problem-server"),
        SyncError::NotCouch => msg!("share-problem-not-couch"),
        SyncError::Truncated => msg!("share-problem-truncated"),
        SyncError::Unreadable => msg!("share-problem-unreadable"),
        SyncError::Newer => msg!("share-problem-newer"),
        SyncError::Removed => msg!("share-problem-removed"),
        SyncError::KeyChangeRefused => msg!("share-problem-key-change-refused"),
        SyncError::WrongKey => msg!("share-problem-wrong-key"),
        SyncError::NotShared => msg!("share-problem-not-shared"),
        SyncError::AlreadyShared => msg!("share-problem-already-shared"),
        SyncError::Store(_) => msg!("share-problem-store"),
    }
    .get()
}

/// Why a code, address or setup was refused.
pub fn setup_problem(e: &SetupError) -> String {
    match e {
        SetupError::Code(c) => code_problem(*c).into(),
        SetupError::NoCrypto => msg!("share-setup-no-crypto").into(),
        SetupError::Sync(e) => format!("{} {}", msg!("share-setup-not-shared"), problem(e)),
    }
}

/// Why a code or an address was refused.
pub fn code_problem(c: CodeError) -> &'static str {
    match c {
        CodeError::NotACode => msg!("share-code-not-a-code"),
        CodeError::Mistyped => msg!("share-code-mistyped"),
        CodeError::Newer => msg!("share-code-newer"),
        CodeError::BadServer => msg!("share-code-bad-server"),
        CodeError::BadDatabase => msg!("share-code-bad-database"),
    }
    .get()
}

/// "Check this server", in one sentence: what works, or what to fix.
pub fn checked(c: &ServerCheck) -> &'static str {
    match c {
        ServerCheck::Ready => msg!("share-checked-ready"),
        ServerCheck::NoDatabaseYet => msg!("share-checked-no-database-yet"),
        ServerCheck::Shared => msg!("share-checked-shared"),
        ServerCheck::Problem(SyncError::Offline | SyncError::Dropped) => {
            msg!("share-checked-no-answer")
        }
        ServerCheck::Problem(SyncError::Unauthorized) => msg!("share-checked-refused"),
        ServerCheck::Problem(SyncError::NotCouch | SyncError::Truncated) => {
            msg!("share-checked-not-couch")
        }
        ServerCheck::Problem(_) => msg!("share-checked-error"),
    }
    .get()
}

/// The short page for a parent who has never heard of CouchDB.
pub mod server_help {
    use super::Msg;

    pub const TITLE: Msg = msg!("share-server-help-title");
    pub const WHAT_TITLE: Msg = msg!("share-server-help-what-title");
    pub const WHAT: Msg = msg!("share-server-help-what");
    pub const SEES_TITLE: Msg = msg!("share-server-help-sees-title");
    pub const SEES: Msg = msg!("share-server-help-sees");
    pub const COST: Msg = msg!("share-server-help-cost");
    pub const WAYS_TITLE: Msg = msg!("share-server-help-ways-title");
    pub const HOSTED_TITLE: Msg = msg!("share-server-help-hosted-title");
    pub const HOSTED: Msg = msg!("share-server-help-hosted");
    pub const HOME_TITLE: Msg = msg!("share-server-help-home-title");
    pub const HOME: Msg = msg!("share-server-help-home");
    pub const FRIEND_TITLE: Msg = msg!("share-server-help-friend-title");
    pub const FRIEND: Msg = msg!("share-server-help-friend");
    pub const FOR_FRIEND_TITLE: Msg = msg!("share-server-help-for-friend-title");
    pub const CHECK_TITLE: Msg = msg!("share-server-help-check-title");
    pub const CHECK: Msg = msg!("share-server-help-check");
    pub const BACK: Msg = msg!("share-server-help-back");

    /// What the person setting up the server needs to know.
    pub fn for_friend(origin: &str) -> String {
        msg!("share-server-help-for-friend").with(&[("origin", origin.into())])
    }
}

/// "Send my log to another phone" and "Open a log from another phone".
pub mod hand {
    use super::{FileError, Msg};
    use crate::domain::sync::file::HandError;

    pub const TITLE: Msg = msg!("share-hand-title");
    pub const HELP: Msg = msg!("share-hand-help");
    pub const SEND: Msg = msg!("share-hand-send");
    pub const PASSPHRASE: Msg = msg!("share-hand-passphrase");
    pub const PASSPHRASE_HELP: Msg = msg!("share-hand-passphrase-help");
    pub const PASSPHRASE_SHORT: Msg = msg!("share-hand-passphrase-short");
    pub const FAMILY_LOCK: Msg = msg!("share-hand-family-lock");
    pub const USE_PASSPHRASE: Msg = msg!("share-hand-use-passphrase");
    pub const SEALING: Msg = msg!("share-hand-sealing");
    pub const SHARED: Msg = msg!("share-hand-shared");
    pub const DOWNLOADED: Msg = msg!("share-hand-downloaded");
    pub const FAILED: Msg = msg!("share-hand-failed");
    pub const OPEN_FAILED: Msg = msg!("share-hand-open-failed");
    pub const RECEIVE_TITLE: Msg = msg!("share-hand-receive-title");
    pub const RECEIVE_HELP: Msg = msg!("share-hand-receive-help");
    pub const RECEIVE_LINK: Msg = msg!("share-hand-receive-link");
    pub const CHOOSE: Msg = msg!("share-hand-choose");
    pub const RECEIVED: Msg = msg!("share-hand-received");
    pub const ASK_PASSPHRASE: Msg = msg!("share-hand-ask-passphrase");
    pub const OPEN: Msg = msg!("share-hand-open");
    pub const OPENING: Msg = msg!("share-hand-opening");
    pub const WRONG_PASSPHRASE: Msg = msg!("share-hand-wrong-passphrase");
    pub const OTHER_FAMILY: Msg = msg!("share-hand-other-family");
    pub const NOT_PAIRED: Msg = msg!("share-hand-not-paired");
    pub const NOT_A_LOG: Msg = msg!("share-hand-not-a-log");

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
            FileError::NotOurs => msg!("share-hand-file-not-ours"),
            FileError::Newer => msg!("share-hand-file-newer"),
            FileError::Damaged => msg!("share-hand-file-damaged"),
        }
        .get()
    }
}

/// The list of phones, and removing one.
pub mod phones {
    use super::Msg;

    pub const REMOVE: Msg = msg!("share-phones-remove");
    pub const REMOVE_YES: Msg = msg!("share-phones-remove-yes");
    pub const REMOVE_NO: Msg = msg!("share-phones-remove-no");
    pub const REMOVING: Msg = msg!("share-phones-removing");

    /// The remove button's accessible name.
    pub fn remove_label(name: &str) -> String {
        msg!("share-phones-remove-label").with(&[("name", name.into())])
    }

    /// Asked before a phone is removed.
    pub fn remove_ask(name: &str) -> String {
        msg!("share-phones-remove-ask").with(&[("name", name.into())])
    }

    /// Once removed.
    pub fn removed(name: &str) -> String {
        msg!("share-phones-removed").with(&[("name", name.into())])
    }

    /// Phones that could not be given the new key.
    pub fn keyless(n: usize) -> String {
        match n {
            0 => String::new(),
            n => msg!("share-phones-keyless").with(&[("count", n.into())]),
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
        assert!(failed(&stopped(SyncError::Dropped, 1, 0))
            .ends_with(" 1 entry arrived before it stopped; the rest come with the next sync."));
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

    #[test]
    fn counts_take_each_languages_plural_forms() {
        use crate::domain::language::Language;
        use crate::text::i18n::{with_language, ISOLATE};
        let (fsi, pdi) = ISOLATE;
        let ar = |n| with_language(Language::Arabic, || removed_unreadable(n));
        assert_eq!(ar(0), "لم يكن هناك ما يلزم إزالته: هذه العناصر تُفتح الآن.");
        assert_eq!(ar(1), "أُزيل عنصر واحد من الخادم.");
        assert_eq!(ar(2), "أُزيل عنصران من الخادم.");
        assert_eq!(ar(3), format!("أُزيلت {fsi}3{pdi} عناصر من الخادم."));
        assert_eq!(ar(11), format!("أُزيل {fsi}11{pdi} عنصرًا من الخادم."));
        assert_eq!(ar(100), format!("أُزيل {fsi}100{pdi} عنصر من الخادم."));
        let days = |language, n: i64| {
            with_language(language, || {
                status(&Status::Synced, Some(0), n * 1440 * MINUTE, None, Clock::H24)
            })
        };
        assert_eq!(days(Language::Arabic, 2), "مُشارَك · تمّت المزامنة منذ يومين");
        assert_eq!(days(Language::Arabic, 3), format!("مُشارَك · تمّت المزامنة منذ {fsi}3{pdi} أيام"));
        assert_eq!(days(Language::Spanish, 2), "Compartido · sincronizado hace 2 días");
        let es = |n| with_language(Language::Spanish, || unreadable(n));
        assert!(es(1).starts_with("1 elemento del servidor no se pudo abrir y se omitió."));
        assert!(es(3).starts_with("3 elementos del servidor no se pudieron abrir y se omitieron."));
        let fr = |n| with_language(Language::French, || remove_unreadable(n));
        assert_eq!(fr(1), "Le retirer du serveur");
        assert_eq!(fr(2), "Les retirer du serveur");
        let pt = with_language(Language::BrazilianPortuguese, || phones::keyless(1));
        assert!(pt.starts_with("1 outro celular não sincronizava"), "{pt}");
        assert_eq!(with_language(Language::Arabic, || phones::keyless(0)), "");
    }

    #[test]
    fn a_sentence_that_names_another_control_names_it_in_the_same_words() {
        use crate::domain::language::Language;
        for language in Language::ALL {
            crate::text::i18n::with_language(language, || {
                assert!(server_help::CHECK.get().contains(CHECK.get()), "{language:?}");
                let not_ours = hand::file_problem(FileError::NotOurs);
                assert!(not_ours.contains(hand::SEND.get()), "{language:?}");
            });
        }
    }

    #[test]
    fn arabic_keeps_what_a_parent_types_left_to_right() {
        use crate::domain::language::Language;
        // Unisolated, "https://" shows as "//:https" inside Arabic.
        crate::text::i18n::with_language(Language::Arabic, || {
            assert!(code_problem(CodeError::BadServer).contains("\u{2066}https://\u{2069}"));
            assert!(code_problem(CodeError::NotACode).contains("\u{2066}RELACT1-\u{2069}"));
            let no_crypto = setup_problem(&SetupError::NoCrypto);
            assert!(no_crypto.contains("\u{2066}https://\u{2069}"), "{no_crypto}");
        });
    }
}
