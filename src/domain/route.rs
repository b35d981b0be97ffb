//! The app's addresses: which screen a path shows (`/log` → the Log), each screen's path, and a
//! value read from an address's query (`/timer?start=pump`). Pure, so the router's rules are
//! tested natively; the browser's history is `browser::history`, the address shown now
//! `state::router`.

use super::entry::SessionKind;
use super::sync::code::JOIN_PATH;

/// A screen, one per address; [`Route::NotFound`] for any address the app does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Today,
    Timer,
    Log,
    Plan,
    Progress,
    Guide,
    Settings,
    /// A pairing link (its code is in the fragment, which `ui::join` takes out).
    Join,
    ServerHelp,
    /// A log sent from another phone (`?shared` when it came through the share sheet).
    Receive,
    NotFound,
}

/// Every screen with its path, in one table both ways read.
const PATHS: [(Route, &str); 10] = [
    (Route::Today, "/"),
    (Route::Timer, "/timer"),
    (Route::Log, "/log"),
    (Route::Plan, "/plan"),
    (Route::Progress, "/progress"),
    (Route::Guide, "/guide"),
    (Route::Settings, "/settings"),
    (Route::Join, JOIN_PATH),
    (Route::ServerHelp, "/server-help"),
    (Route::Receive, "/receive"),
];

impl Route {
    /// The screen at `path` (a path only: no query, no fragment). One trailing slash is allowed
    /// (`/log/` is the Log); any other path, or letters in another case, is [`Route::NotFound`].
    pub fn of(path: &str) -> Route {
        let path = match path.strip_suffix('/') {
            Some("") | None => path,
            Some(trimmed) => trimmed,
        };
        let path = if path.is_empty() { "/" } else { path };
        PATHS.iter().find(|(_, p)| *p == path).map_or(Route::NotFound, |(route, _)| *route)
    }

    /// The path links and the history use. [`Route::NotFound`]'s is one no screen has, so
    /// `Route::of(route.path()) == route` for every route.
    pub fn path(self) -> &'static str {
        PATHS.iter().find(|(r, _)| *r == self).map_or("/not-found", |(_, path)| path)
    }
}

/// An address inside the app: its path and its query (without the `?`); the fragment is left
/// out, as no screen is chosen by it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub path: String,
    pub query: String,
}

impl Address {
    /// Splits `/timer?start=pump#top` into its path and query. An empty path is `/`.
    pub fn parse(href: &str) -> Address {
        let href = href.split_once('#').map_or(href, |(before, _)| before);
        let (path, query) = href.split_once('?').unwrap_or((href, ""));
        let path = if path.is_empty() { "/" } else { path };
        Address { path: path.to_string(), query: query.to_string() }
    }

    /// The screen this address shows.
    pub fn route(&self) -> Route {
        Route::of(&self.path)
    }

    /// The query's value for `key` (see [`query_value`]).
    pub fn query(&self, key: &str) -> Option<String> {
        query_value(&self.query, key)
    }
}

/// The value of `key` in a query (`start=pump&x=1`, with or without its `?`), decoded as a browser
/// reads a form's (`+` is a space, `%2F` a slash): the first when the key is repeated, empty for a
/// key with no `=`, `None` when the key is not there.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|pair| !pair.is_empty()).find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k) == key).then(|| decode(v))
    })
}

/// Form decoding: `+` is a space and `%XX` a byte; a `%` not followed by two hex digits stays as
/// it is, and bytes that are not UTF-8 become U+FFFD, as in a browser.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                if let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a home-screen shortcut (`/timer?start=pump`, the manifest's `shortcuts`) asks the Timer
/// for: a session of `kind`, with an at-breast supplementer for `start=supplementer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    pub kind: SessionKind,
    pub supplementer: bool,
}

/// `start=supplementer`: nursing with an at-breast supplementer.
const SUPPLEMENTER: &str = "supplementer";

impl Shortcut {
    /// The shortcut a `start=` value names: a session kind's slug, or `supplementer`; `None` for
    /// anything else, which the Timer ignores.
    pub fn from_start(start: &str) -> Option<Shortcut> {
        if start == SUPPLEMENTER {
            return Some(Shortcut { kind: SessionKind::Nursing, supplementer: true });
        }
        SessionKind::from_slug(start).map(|kind| Shortcut { kind, supplementer: false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_is_its_screen() {
        let cases = [
            ("/", Route::Today),
            ("", Route::Today),
            ("/timer", Route::Timer),
            ("/log", Route::Log),
            ("/plan", Route::Plan),
            ("/progress", Route::Progress),
            ("/guide", Route::Guide),
            ("/settings", Route::Settings),
            ("/join", Route::Join),
            ("/server-help", Route::ServerHelp),
            ("/receive", Route::Receive),
        ];
        for (path, route) in cases {
            assert_eq!(Route::of(path), route, "{path}");
        }
    }

    #[test]
    fn one_trailing_slash_is_the_same_screen() {
        assert_eq!(Route::of("/log/"), Route::Log);
        assert_eq!(Route::of("/server-help/"), Route::ServerHelp);
        assert_eq!(Route::of("/log//"), Route::NotFound);
    }

    #[test]
    fn any_other_path_is_not_found() {
        for path in [
            "/nope",
            "/no-such-screen",
            "/Log",
            "/log/2024",
            "/logs",
            "/lo",
            "//log",
            "/index.html",
            "/not-found",
            "log",
        ] {
            assert_eq!(Route::of(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn each_screen_has_its_path_back() {
        assert_eq!(Route::Today.path(), "/");
        assert_eq!(Route::ServerHelp.path(), "/server-help");
        assert_eq!(Route::NotFound.path(), "/not-found");
        for route in [
            Route::Today,
            Route::Timer,
            Route::Log,
            Route::Plan,
            Route::Progress,
            Route::Guide,
            Route::Settings,
            Route::Join,
            Route::ServerHelp,
            Route::Receive,
            Route::NotFound,
        ] {
            assert_eq!(Route::of(route.path()), route);
        }
    }

    #[test]
    fn an_address_splits_into_path_and_query_without_the_fragment() {
        let a = Address::parse("/timer?start=pump#top");
        assert_eq!(a, Address { path: "/timer".into(), query: "start=pump".into() });
        assert_eq!(a.route(), Route::Timer);
        assert_eq!(a.query("start").as_deref(), Some("pump"));
        assert_eq!(Address::parse("/join#v1.abc?x").query, "");
        assert_eq!(Address::parse("/join#v1.abc?x").route(), Route::Join);
        assert_eq!(
            Address::parse("?shared=1"),
            Address { path: "/".into(), query: "shared=1".into() }
        );
        assert_eq!(Address::parse("/log/?"), Address { path: "/log/".into(), query: "".into() });
    }

    #[test]
    fn a_query_value_is_read_as_a_browser_reads_it() {
        assert_eq!(query_value("start=pump", "start").as_deref(), Some("pump"));
        assert_eq!(query_value("?start=hand", "start").as_deref(), Some("hand"));
        assert_eq!(query_value("a=1&start=nurse&b=2", "start").as_deref(), Some("nurse"));
        assert_eq!(query_value("start=comfort&start=pump", "start").as_deref(), Some("comfort"));
        assert_eq!(query_value("shared", "shared").as_deref(), Some(""));
        assert_eq!(query_value("shared=", "shared").as_deref(), Some(""));
        assert_eq!(query_value("&&shared=1&", "shared").as_deref(), Some("1"));
        assert_eq!(query_value("", "start"), None);
        assert_eq!(query_value("starts=pump", "start"), None);
        assert_eq!(query_value("Start=pump", "start"), None);
        assert_eq!(query_value("start=a+b%2Fc", "start").as_deref(), Some("a b/c"));
        assert_eq!(query_value("st%61rt=pump", "start").as_deref(), Some("pump"));
        assert_eq!(query_value("start=100%", "start").as_deref(), Some("100%"));
        assert_eq!(query_value("start=%zz%4", "start").as_deref(), Some("%zz%4"));
        assert_eq!(query_value("start=caf%C3%A9", "start").as_deref(), Some("café"));
        assert_eq!(query_value("start=%FF", "start").as_deref(), Some("\u{FFFD}"));
        assert_eq!(query_value("start=a=b", "start").as_deref(), Some("a=b"));
    }

    #[test]
    fn a_shortcut_names_a_session_or_nursing_with_a_supplementer() {
        let pump = Shortcut { kind: SessionKind::Pumping, supplementer: false };
        let nurse = Shortcut { kind: SessionKind::Nursing, supplementer: false };
        let with_supplementer = Shortcut { kind: SessionKind::Nursing, supplementer: true };
        assert_eq!(Shortcut::from_start("pump"), Some(pump));
        assert_eq!(Shortcut::from_start("nurse"), Some(nurse));
        assert_eq!(Shortcut::from_start("supplementer"), Some(with_supplementer));
        assert_eq!(Shortcut::from_start("hand").map(|s| s.kind), Some(SessionKind::HandExpression));
        for unknown in ["", "Pump", "pumping", "supplementer "] {
            assert_eq!(Shortcut::from_start(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn every_shortcut_the_manifest_offers_starts_a_session() {
        let manifest = include_str!("../../public/manifest.webmanifest");
        let starts: Vec<&str> = manifest
            .split("/timer?start=")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .collect();
        assert_eq!(starts, ["pump", "nurse", "supplementer"], "the manifest's shortcuts");
        for start in starts {
            assert!(Shortcut::from_start(start).is_some(), "{start}");
        }
    }
}
