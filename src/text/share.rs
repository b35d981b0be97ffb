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

pub const TITLE: Msg = Msg("share-title");
pub const INTRO: Msg = Msg("share-intro");
pub const NOT_SHARED: Msg = Msg("share-not-shared");
pub const START: Msg = Msg("share-start");
pub const START_HELP: Msg = Msg("share-start-help");
pub const SERVER_HELP_LINK: Msg = Msg("share-server-help-link");
pub const JOIN: Msg = Msg("share-join");
pub const JOIN_HELP: Msg = Msg("share-join-help");
pub const SERVER: Msg = Msg("share-server");
pub const SERVER_HINT: Msg = Msg("share-server-hint");
pub const DATABASE: Msg = Msg("share-database");
pub const USER: Msg = Msg("share-user");
pub const PASSWORD: Msg = Msg("share-password");
pub const NAME: Msg = Msg("share-name");
pub const DEFAULT_NAME: Msg = Msg("share-default-name");
pub const CODE: Msg = Msg("share-code");
pub const LINK: Msg = Msg("share-link");
pub const CODE_HELP: Msg = Msg("share-code-help");
pub const QR_LABEL: Msg = Msg("share-qr-label");
pub const COPY: Msg = Msg("share-copy");
pub const COPIED: Msg = Msg("share-copied");
pub const SEND: Msg = Msg("share-send");
pub const CHECKING: Msg = Msg("share-checking");
pub const CHECK: Msg = Msg("share-check");
pub const SYNC_NOW: Msg = Msg("share-sync-now");
pub const STOP: Msg = Msg("share-stop");
pub const STOP_CONFIRM: Msg = Msg("share-stop-confirm");
pub const STOP_YES: Msg = Msg("share-stop-yes");
pub const STOP_NO: Msg = Msg("share-stop-no");
pub const STOPPED: Msg = Msg("share-stopped");
pub const STARTED: Msg = Msg("share-started");
pub const JOINED: Msg = Msg("share-joined");
pub const PHONES: Msg = Msg("share-phones");
pub const THIS_PHONE: Msg = Msg("share-this-phone");
pub const RENAME: Msg = Msg("share-rename");
pub const SHOW_CODE: Msg = Msg("share-show-code");
pub const HIDE_CODE: Msg = Msg("share-hide-code");

/// The title of the join screen a pairing link opens.
pub const JOIN_TITLE: Msg = Msg("share-join-title");
pub const JOIN_YES: Msg = Msg("share-join-yes");
pub const JOIN_NOT_NOW: Msg = Msg("share-join-not-now");
pub const ALREADY_SHARING_HERE: Msg = Msg("share-already-sharing-here");
pub const TO_SETTINGS: Msg = Msg("share-to-settings");
pub const NO_CODE_IN_LINK: Msg = Msg("share-no-code-in-link");

/// What the join screen asks before anything is sent.
pub fn join_ask(server: &str, database: &str) -> String {
    Msg("share-join-ask").with(&[("server", server.into()), ("database", database.into())])
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
        Retry::Soon => Msg("share-retry-soon").into(),
        Retry::At(t) => {
            let time = format::clock_time(t, clock);
            Msg("share-retry-at").with(&[("time", (&time).into())])
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
        Status::Syncing => Msg("share-status-syncing").into(),
        Status::Waiting => then(Msg("share-status-waiting").into()),
        Status::Failed(f) => then(failed(f)),
        Status::Idle | Status::Synced => match synced_at {
            None => Msg("share-status-not-synced-yet").into(),
            Some(at) => synced(now - at),
        },
    }
}

/// "Shared · synced just now", "… 2 min ago", "… 3 h ago", "… 2 days ago".
fn synced(ms: Millis) -> String {
    let min = ms.max(0) / MINUTE;
    match min {
        0 => Msg("share-status-synced-now").into(),
        1..=59 => Msg("share-status-synced-minutes").with(&[("minutes", min.into())]),
        60..=2879 => Msg("share-status-synced-hours").with(&[("hours", (min / 60).into())]),
        _ => Msg("share-status-synced-days").with(&[("days", (min / 1440).into())]),
    }
}

/// A stopped run: what went wrong, and what it had done (from the run's real state).
pub fn failed(f: &Failure) -> String {
    let mut out = format!("{} {}", Msg("share-not-synced"), problem(&f.why));
    let wrote_nothing = f.done.pulled == 0 && f.done.pushed == 0;
    match f.why {
        // Says itself what the server may hold.
        SyncError::Unconfirmed => {}
        _ if wrote_nothing && f.why.heals() => {
            out.push(' ');
            out += Msg("share-nothing-changed").get();
        }
        _ => {}
    }
    if f.done.pulled > 0 {
        out.push(' ');
        out += &Msg("share-arrived-before-stop").with(&[("count", f.done.pulled.into())]);
    }
    out
}

/// Documents skipped on the server, said below the status line.
pub fn unreadable(n: usize) -> String {
    Msg("share-unreadable").with(&[("count", n.into())])
}

/// The button that removes them.
pub fn remove_unreadable(n: usize) -> String {
    Msg("share-remove-unreadable").with(&[("count", n.into())])
}

pub const REMOVE_UNREADABLE_HELP: Msg = Msg("share-remove-unreadable-help");

/// Once removed.
pub fn removed_unreadable(n: usize) -> String {
    Msg("share-removed-unreadable").with(&[("count", n.into())])
}

/// What went wrong, in plain words, as a whole sentence (or two).
pub fn problem(e: &SyncError) -> &'static str {
    match e {
        SyncError::Offline => Msg("share-problem-offline"),
        SyncError::Dropped => Msg("share-problem-dropped"),
        SyncError::Unconfirmed => Msg("share-problem-unconfirmed"),
        SyncError::Unauthorized => Msg("share-problem-unauthorized"),
        SyncError::NoDatabase => Msg("share-problem-no-database"),
        SyncError::Server => Msg("share-problem-server"),
        SyncError::NotCouch => Msg("share-problem-not-couch"),
        SyncError::Truncated => Msg("share-problem-truncated"),
        SyncError::Unreadable => Msg("share-problem-unreadable"),
        SyncError::Newer => Msg("share-problem-newer"),
        SyncError::Removed => Msg("share-problem-removed"),
        SyncError::KeyChangeRefused => Msg("share-problem-key-change-refused"),
        SyncError::WrongKey => Msg("share-problem-wrong-key"),
        SyncError::NotShared => Msg("share-problem-not-shared"),
        SyncError::AlreadyShared => Msg("share-problem-already-shared"),
        SyncError::Store(_) => Msg("share-problem-store"),
    }
    .get()
}

/// Why a code, address or setup was refused.
pub fn setup_problem(e: &SetupError) -> String {
    match e {
        SetupError::Code(c) => code_problem(*c).into(),
        SetupError::NoCrypto => Msg("share-setup-no-crypto").into(),
        SetupError::Sync(e) => format!("{} {}", Msg("share-setup-not-shared"), problem(e)),
    }
}

/// Why a code or an address was refused.
pub fn code_problem(c: CodeError) -> &'static str {
    match c {
        CodeError::NotACode => Msg("share-code-not-a-code"),
        CodeError::Mistyped => Msg("share-code-mistyped"),
        CodeError::Newer => Msg("share-code-newer"),
        CodeError::BadServer => Msg("share-code-bad-server"),
        CodeError::BadDatabase => Msg("share-code-bad-database"),
    }
    .get()
}

/// "Check this server", in one sentence: what works, or what to fix.
pub fn checked(c: &ServerCheck) -> &'static str {
    match c {
        ServerCheck::Ready => Msg("share-checked-ready"),
        ServerCheck::NoDatabaseYet => Msg("share-checked-no-database-yet"),
        ServerCheck::Shared => Msg("share-checked-shared"),
        ServerCheck::Problem(SyncError::Offline | SyncError::Dropped) => {
            Msg("share-checked-no-answer")
        }
        ServerCheck::Problem(SyncError::Unauthorized) => Msg("share-checked-refused"),
        ServerCheck::Problem(SyncError::NotCouch | SyncError::Truncated) => {
            Msg("share-checked-not-couch")
        }
        ServerCheck::Problem(_) => Msg("share-checked-error"),
    }
    .get()
}

/// The short page for a parent who has never heard of CouchDB.
pub mod server_help {
    use super::Msg;

    pub const TITLE: Msg = Msg("share-server-help-title");
    pub const WHAT_TITLE: Msg = Msg("share-server-help-what-title");
    pub const WHAT: Msg = Msg("share-server-help-what");
    pub const SEES_TITLE: Msg = Msg("share-server-help-sees-title");
    pub const SEES: Msg = Msg("share-server-help-sees");
    pub const COST: Msg = Msg("share-server-help-cost");
    pub const WAYS_TITLE: Msg = Msg("share-server-help-ways-title");
    pub const HOSTED_TITLE: Msg = Msg("share-server-help-hosted-title");
    pub const HOSTED: Msg = Msg("share-server-help-hosted");
    pub const HOME_TITLE: Msg = Msg("share-server-help-home-title");
    pub const HOME: Msg = Msg("share-server-help-home");
    pub const FRIEND_TITLE: Msg = Msg("share-server-help-friend-title");
    pub const FRIEND: Msg = Msg("share-server-help-friend");
    pub const FOR_FRIEND_TITLE: Msg = Msg("share-server-help-for-friend-title");
    pub const CHECK_TITLE: Msg = Msg("share-server-help-check-title");
    pub const CHECK: Msg = Msg("share-server-help-check");
    pub const BACK: Msg = Msg("share-server-help-back");

    /// What the person setting up the server needs to know.
    pub fn for_friend(origin: &str) -> String {
        Msg("share-server-help-for-friend").with(&[("origin", origin.into())])
    }
}

/// "Send my log to another phone" and "Open a log from another phone".
pub mod hand {
    use super::{FileError, Msg};
    use crate::domain::sync::file::HandError;

    pub const TITLE: Msg = Msg("share-hand-title");
    pub const HELP: Msg = Msg("share-hand-help");
    pub const SEND: Msg = Msg("share-hand-send");
    pub const PASSPHRASE: Msg = Msg("share-hand-passphrase");
    pub const PASSPHRASE_HELP: Msg = Msg("share-hand-passphrase-help");
    pub const PASSPHRASE_SHORT: Msg = Msg("share-hand-passphrase-short");
    pub const FAMILY_LOCK: Msg = Msg("share-hand-family-lock");
    pub const USE_PASSPHRASE: Msg = Msg("share-hand-use-passphrase");
    pub const SEALING: Msg = Msg("share-hand-sealing");
    pub const SHARED: Msg = Msg("share-hand-shared");
    pub const DOWNLOADED: Msg = Msg("share-hand-downloaded");
    pub const FAILED: Msg = Msg("share-hand-failed");
    pub const OPEN_FAILED: Msg = Msg("share-hand-open-failed");
    pub const RECEIVE_TITLE: Msg = Msg("share-hand-receive-title");
    pub const RECEIVE_HELP: Msg = Msg("share-hand-receive-help");
    pub const RECEIVE_LINK: Msg = Msg("share-hand-receive-link");
    pub const CHOOSE: Msg = Msg("share-hand-choose");
    pub const RECEIVED: Msg = Msg("share-hand-received");
    pub const ASK_PASSPHRASE: Msg = Msg("share-hand-ask-passphrase");
    pub const OPEN: Msg = Msg("share-hand-open");
    pub const OPENING: Msg = Msg("share-hand-opening");
    pub const WRONG_PASSPHRASE: Msg = Msg("share-hand-wrong-passphrase");
    pub const OTHER_FAMILY: Msg = Msg("share-hand-other-family");
    pub const NOT_PAIRED: Msg = Msg("share-hand-not-paired");
    pub const NOT_A_LOG: Msg = Msg("share-hand-not-a-log");

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
            FileError::NotOurs => Msg("share-hand-file-not-ours"),
            FileError::Newer => Msg("share-hand-file-newer"),
            FileError::Damaged => Msg("share-hand-file-damaged"),
        }
        .get()
    }
}

/// The list of phones, and removing one.
pub mod phones {
    use super::Msg;

    pub const REMOVE: Msg = Msg("share-phones-remove");
    pub const REMOVE_YES: Msg = Msg("share-phones-remove-yes");
    pub const REMOVE_NO: Msg = Msg("share-phones-remove-no");
    pub const REMOVING: Msg = Msg("share-phones-removing");

    /// The remove button's accessible name.
    pub fn remove_label(name: &str) -> String {
        Msg("share-phones-remove-label").with(&[("name", name.into())])
    }

    /// Asked before a phone is removed.
    pub fn remove_ask(name: &str) -> String {
        Msg("share-phones-remove-ask").with(&[("name", name.into())])
    }

    /// Once removed.
    pub fn removed(name: &str) -> String {
        Msg("share-phones-removed").with(&[("name", name.into())])
    }

    /// Phones that could not be given the new key.
    pub fn keyless(n: usize) -> String {
        match n {
            0 => String::new(),
            n => Msg("share-phones-keyless").with(&[("count", n.into())]),
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
