//! The words in the parent's language. Each language is one Fluent file in `public/i18n/`
//! (`en.ftl`, `es.ftl`, `fr.ftl`, `pt-BR.ftl`, `ar.ftl`) that a translator can correct without
//! reading Rust. The page's loader fetches only the chosen one, beside the wasm; the app reads it
//! into a [`Bundle`] once at start ([`install`]) and every [`Msg`] is looked up there. Changing
//! the language saves the choice and reloads the page, so a bundle never changes under a screen:
//! that is what lets a message hand out `&'static str` like the constants it replaces.
//!
//! Relact reads the files with its own small reader ([`ftl`]) rather than the `fluent-bundle`
//! crate: the figures are in the README ("Translating Relact").
//!
//! Natively (in tests) nothing is fetched: a thread reads English unless it chose another
//! language with [`with_language`], from the same files.

pub mod ftl;
pub mod plural;

use std::cell::Cell;
use std::fmt;

use crate::domain::language::Language;
use ftl::{Element, Key};

/// The ids of `en.ftl`, numbered by `build.rs`.
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// A message in the translation files, by its position in `en.ftl` (every language's file has
/// the same entries in the same order; a test and [`Bundle::in_app_order`] make sure): written
/// `msg!("nav-today")`, which finds the position when the crate compiles, and fails to compile
/// for an id the file does not have. Renders in a view and converts to `&'static str` or
/// `String`; messages with arguments are written through [`Msg::with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg(u16);

/// `msg!("nav-today")`: the message with that id in `public/i18n/en.ftl`, numbered at compile
/// time (the id itself is not kept in the wasm).
#[macro_export]
macro_rules! msg {
    ($id:literal) => {{
        const M: $crate::text::i18n::Msg = $crate::text::i18n::Msg::named($id);
        M
    }};
}

impl Msg {
    /// The message with this id; only ever evaluated at compile time (through [`msg!`]): an id
    /// missing from `en.ftl` stops the build.
    pub const fn named(id: &str) -> Msg {
        let table = &messages::SORTED;
        let (mut low, mut high) = (0, table.len());
        while low < high {
            let mid = (low + high) / 2;
            match compare(table[mid].0.as_bytes(), id.as_bytes()) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Msg(table[mid].1),
            }
        }
        panic!("no message with this id in public/i18n/en.ftl")
    }

    /// Its position in every language's file.
    pub fn position(self) -> usize {
        usize::from(self.0)
    }

    /// Its id in `en.ftl` (native code and tests; the app's wasm does not keep ids).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn id(self) -> &'static str {
        messages::SORTED.iter().find(|(_, i)| *i == self.0).map_or("", |(id, _)| id)
    }

    /// The message's text. A message that needs arguments reads as its id, so the mistake shows
    /// instead of a blank; with no file installed (in the browser) it reads as nothing.
    pub fn get(self) -> &'static str {
        let bundle = current();
        bundle.fixed_at(self.position()).unwrap_or_else(|| bundle.id_at(self.position()))
    }

    /// The message with its arguments:
    /// `msg!("settings-language-opening").with(&[("language", "Français".into())])`.
    pub fn with(self, args: &[(&str, Arg)]) -> String {
        current().format_at(self.position(), args)
    }

    /// The message with `args` and one more, `key` = `value`, that the screen sets apart (in
    /// bold): the text around it, in the order and punctuation the language's file gives.
    pub fn with_emphasis(self, key: &str, value: &str, args: &[(&str, Arg)]) -> Emphasis {
        // A private-use character stands in for the value and is found again in the result.
        const SPOT: &str = "\u{E000}";
        let mut all = vec![(key, Arg::Text(SPOT))];
        all.extend_from_slice(args);
        let line = self.with(&all);
        match line.split_once(SPOT) {
            Some((before, after)) => Emphasis {
                before: before.to_string(),
                emphasised: value.to_string(),
                after: after.to_string(),
            },
            // A translation that leaves the value out is shown as it is written.
            None => Emphasis { before: line, emphasised: String::new(), after: String::new() },
        }
    }
}

/// A line with one part set apart: `before`, then `emphasised` (drawn in bold), then `after`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Emphasis {
    pub before: String,
    pub emphasised: String,
    pub after: String,
}

/// Byte-wise order of two ids, usable at compile time.
const fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        std::cmp::Ordering::Less
    } else if a.len() > b.len() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl From<Msg> for &'static str {
    fn from(m: Msg) -> &'static str {
        m.get()
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.get().to_string()
    }
}

impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.get() == *other
    }
}

/// A value passed to a message: text as it is, or a number, written the language's way and
/// choosing the plural form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number { value: f64, decimals: u8 },
}

impl Arg<'_> {
    /// A number shown with `decimals` fraction digits: "2.5" / "2,5".
    pub fn decimal(value: f64, decimals: u8) -> Arg<'static> {
        Arg::Number { value, decimals }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number { value: n as f64, decimals: 0 }
            }
        }
    )*};
}
whole_numbers!(u8, u16, u32, u64, usize, i32, i64);

/// The first-strong isolate and pop-directional isolate marks: around every argument in a
/// right-to-left language, so a number or a Latin word keeps its own order inside Arabic text.
pub const ISOLATE: (char, char) = ('\u{2068}', '\u{2069}');

/// One language's messages, read from its file.
pub struct Bundle {
    language: Language,
    /// Messages, attributes (`id.attr`) and terms (`-id`), in file order.
    entries: Vec<(String, Vec<Element>)>,
    /// Positions in `entries`, sorted by id: for finding an entry by its id.
    by_id: Vec<u16>,
    /// The text of every entry that needs no argument, worked out once.
    fixed: Vec<Option<String>>,
    /// Whether the entries are `en.ftl`'s, in its order, so a [`Msg`] finds its entry by position.
    in_app_order: bool,
}

/// How deep messages may refer to messages: a cycle in a file stops here.
const MAX_DEPTH: u8 = 8;

impl Bundle {
    /// Reads a translation file.
    pub fn parse(language: Language, source: &str) -> Result<Bundle, ftl::ParseError> {
        let entries = ftl::parse(source)?;
        if entries.len() > usize::from(u16::MAX) {
            return Err(ftl::ParseError { line: 0, why: "too many messages" });
        }
        // Only entries with an id can be found by it (a compact file drops most ids).
        let mut by_id: Vec<u16> =
            (0..entries.len() as u16).filter(|&i| !entries[usize::from(i)].0.is_empty()).collect();
        crate::domain::sorting::sort_by(&mut by_id, |a, b| {
            entries[usize::from(*a)].0.cmp(&entries[usize::from(*b)].0)
        });
        if by_id.windows(2).any(|w| entries[usize::from(w[0])].0 == entries[usize::from(w[1])].0) {
            return Err(ftl::ParseError { line: 0, why: "an id is defined twice" });
        }
        let fingerprint = ftl::compact_fingerprint(source)
            .unwrap_or_else(|| ftl::order_hash(entries.iter().map(|(id, _)| id.as_str())));
        let in_app_order = entries.len() == messages::COUNT && fingerprint == messages::ORDER_HASH;
        let mut bundle = Bundle { language, entries, by_id, fixed: Vec::new(), in_app_order };
        bundle.fixed = (0..bundle.entries.len())
            .map(|i| {
                let mut out = String::new();
                let needs = bundle.write(&bundle.entries[i].1, &[], &mut out, 0);
                (!needs).then_some(out)
            })
            .collect();
        Ok(bundle)
    }

    /// The language the file is in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether this file has exactly `en.ftl`'s entries in its order: only such a file can be
    /// the app's (the loader refuses any other, as a file that does not read).
    pub fn in_app_order(&self) -> bool {
        self.in_app_order
    }

    /// Every id in the file (messages, `id.attribute`, `-term`), in file order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(id, _)| id.as_str())
    }

    /// The variables an entry uses, sorted, without repeats (through the messages it refers to).
    pub fn variables(&self, id: &str) -> Vec<String> {
        self.variables_of(id, true)
    }

    /// The variables an entry shows as text (not those it only chooses a form by), sorted,
    /// without repeats. A translation may choose by a variable English does not need ("la 1:00"
    /// but "las 7:00"), but shows only what English shows.
    pub fn shown_variables(&self, id: &str) -> Vec<String> {
        self.variables_of(id, false)
    }

    fn variables_of(&self, id: &str, selectors: bool) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(pattern) = self.pattern(id) {
            self.collect(pattern, &mut found, 0, selectors);
        }
        crate::domain::sorting::sort(&mut found);
        found.dedup();
        found
    }

    fn collect(&self, pattern: &[Element], found: &mut Vec<String>, depth: u8, selectors: bool) {
        for element in pattern {
            match element {
                Element::Var(name) => found.push(name.clone()),
                Element::Select(s) => {
                    if selectors {
                        found.push(s.selector.clone());
                    }
                    for (_, p) in &s.variants {
                        self.collect(p, found, depth, selectors);
                    }
                }
                Element::Message(id) if depth < MAX_DEPTH => {
                    if let Some(p) = self.pattern(id) {
                        self.collect(p, found, depth + 1, selectors);
                    }
                }
                _ => {}
            }
        }
    }

    fn index(&self, id: &str) -> Option<usize> {
        let found =
            self.by_id.binary_search_by(|i| self.entries[usize::from(*i)].0.as_str().cmp(id));
        found.ok().map(|at| usize::from(self.by_id[at]))
    }

    /// The position a [`Msg`] names, when this file is in the app's order.
    fn at(&self, position: usize) -> Option<usize> {
        (self.in_app_order && position < self.entries.len()).then_some(position)
    }

    /// The id of the entry at `position` in the app's order ("" when there is none).
    fn id_at(&self, position: usize) -> &str {
        self.at(position).map_or("", |i| self.entries[i].0.as_str())
    }

    /// The text at `position` when it needs no argument.
    fn fixed_at(&self, position: usize) -> Option<&str> {
        self.at(position).and_then(|i| self.fixed[i].as_deref())
    }

    /// The text at `position` with `args`; a missing entry reads as nothing.
    fn format_at(&self, position: usize, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        if let Some(i) = self.at(position) {
            self.write(&self.entries[i].1, args, &mut out, 0);
        }
        out
    }

    fn pattern(&self, id: &str) -> Option<&[Element]> {
        self.index(id).map(|i| self.entries[i].1.as_slice())
    }

    /// An entry's text when it needs no argument.
    pub fn fixed(&self, id: &str) -> Option<&str> {
        self.index(id).and_then(|i| self.fixed[i].as_deref())
    }

    /// An entry's text with `args`; a missing entry reads as its id, a missing argument as
    /// `{$name}`.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.pattern(id) {
            Some(p) => {
                self.write(p, args, &mut out, 0);
            }
            None => out.push_str(id),
        }
        out
    }

    /// Writes `pattern`; returns whether it used any variable.
    fn write(
        &self,
        pattern: &[Element],
        args: &[(&str, Arg)],
        out: &mut String,
        depth: u8,
    ) -> bool {
        let mut used = false;
        for element in pattern {
            match element {
                Element::Text(t) => out.push_str(t),
                Element::Var(name) => {
                    used = true;
                    let rtl = self.language.right_to_left();
                    if rtl {
                        out.push(ISOLATE.0);
                    }
                    match args.iter().find(|(k, _)| k == name) {
                        Some((_, Arg::Text(t))) => out.push_str(t),
                        Some((_, Arg::Number { value, decimals })) => {
                            out.push_str(&number(self.language, *value, *decimals))
                        }
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    if rtl {
                        out.push(ISOLATE.1);
                    }
                }
                Element::Term(id) | Element::Message(id) => match self.pattern(id) {
                    Some(p) if depth < MAX_DEPTH => {
                        // Terms see no arguments; a message referred to sees the caller's.
                        let args = if id.starts_with('-') { &[][..] } else { args };
                        used |= self.write(p, args, out, depth + 1);
                    }
                    _ => out.push_str(id),
                },
                Element::Select(s) => {
                    used = true;
                    let arg = args.iter().find(|(k, _)| *k == s.selector).map(|(_, a)| *a);
                    let chosen = s
                        .variants
                        .iter()
                        .position(|(key, _)| self.matches(key, arg))
                        .unwrap_or(s.default);
                    self.write(&s.variants[chosen].1, args, out, depth);
                }
            }
        }
        used
    }

    /// Whether a variant's key matches: an exact number first, else the number's plural
    /// category, or a text's exact value.
    fn matches(&self, key: &Key, arg: Option<Arg>) -> bool {
        match (key, arg) {
            (Key::Number(k), Some(Arg::Number { value, .. })) => *k == value,
            (Key::Name(k), Some(Arg::Number { value, decimals })) => {
                plural::category(self.language, value, decimals).name() == k
            }
            (Key::Name(k), Some(Arg::Text(t))) => k == t,
            _ => false,
        }
    }
}

/// A number as the language writes it in running text: a decimal comma in Spanish, French and
/// Portuguese ("2,5"), a point in English and Arabic ("2.5": Western digits, as the browser's
/// `Intl.NumberFormat("ar")` writes them since CLDR 42), never a thousands separator (amounts
/// stay short and read back exactly: "1000 ml").
pub fn number(language: Language, value: f64, decimals: u8) -> String {
    let s = crate::domain::decimal::fixed(value, decimals);
    // -0 reads as 0.
    let s = if s.starts_with('-') && s[1..].bytes().all(|b| b == b'0' || b == b'.') {
        s[1..].to_string()
    } else {
        s
    };
    if decimal_comma(language) {
        s.replace('.', ",")
    } else {
        s
    }
}

/// Whether the language writes "2,5" rather than "2.5".
pub fn decimal_comma(language: Language) -> bool {
    matches!(language, Language::Spanish | Language::French | Language::BrazilianPortuguese)
}

thread_local! {
    /// The bundle this thread speaks. In the browser: the one the loader fetched, installed once.
    static CURRENT: Cell<Option<&'static Bundle>> = const { Cell::new(None) };
}

/// The bundle in use.
pub fn current() -> &'static Bundle {
    CURRENT.with(Cell::get).unwrap_or_else(fallback)
}

/// The language in use.
pub fn language() -> Language {
    current().language()
}

/// Makes `bundle` the one every message reads from, for the rest of the page's life.
pub fn install(bundle: Bundle) {
    let bundle: &'static Bundle = Box::leak(Box::new(bundle));
    CURRENT.with(|c| c.set(Some(bundle)));
}

/// Before a bundle is installed: natively, English from the file (tests); in the browser, an
/// empty bundle, in which every message reads as nothing (the wasm keeps no words or ids).
#[cfg(not(target_arch = "wasm32"))]
fn fallback() -> &'static Bundle {
    bundled(Language::English)
}

#[cfg(target_arch = "wasm32")]
fn fallback() -> &'static Bundle {
    thread_local! {
        static EMPTY: &'static Bundle = Box::leak(Box::new(Bundle {
            language: Language::English,
            entries: Vec::new(),
            by_id: Vec::new(),
            fixed: Vec::new(),
            in_app_order: false,
        }));
    }
    EMPTY.with(|b| *b)
}

/// A language's file as shipped, read once per test run (natively and in tests: the app never holds the
/// words, it fetches them).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn bundled(language: Language) -> &'static Bundle {
    use std::sync::OnceLock;
    static READ: [OnceLock<Bundle>; 5] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
    READ[i].get_or_init(|| match Bundle::parse(language, source(language)) {
        Ok(b) => b,
        Err(e) => panic!("{}: {e}", language.file()),
    })
}

/// A language's file as shipped (natively and in tests).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn source(language: Language) -> &'static str {
    match language {
        Language::English => include_str!("../../../public/i18n/en.ftl"),
        Language::Spanish => include_str!("../../../public/i18n/es.ftl"),
        Language::French => include_str!("../../../public/i18n/fr.ftl"),
        Language::BrazilianPortuguese => include_str!("../../../public/i18n/pt-BR.ftl"),
        Language::Arabic => include_str!("../../../public/i18n/ar.ftl"),
    }
}

/// Runs `f` with this thread speaking `language` (native tests), then goes back.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn with_language<T>(language: Language, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(|c| c.replace(Some(bundled(language))));
    let out = f();
    CURRENT.with(|c| c.set(before));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
-brand = Relact
hello = Welcome to { -brand }.
sessions = { $count ->
    [0] No sessions yet
    [one] { $count } session
   *[other] { $count } sessions
}
diapers = { $count ->
    [zero] لا حفاضات
    [one] حفاض واحد
    [two] حفاضان
    [few] { $count } حفاضات
    [many] { $count } حفاضًا
   *[other] { $count } حفاض
}
side = { $side ->
    [left] Left
   *[right] Right
}
amount = About { $amount } today. { hello }
";

    fn bundle(language: Language) -> Bundle {
        Bundle::parse(language, FILE).unwrap()
    }

    #[test]
    fn terms_plurals_exact_numbers_and_names_choose_the_words() {
        let en = bundle(Language::English);
        assert_eq!(en.fixed("hello"), Some("Welcome to Relact."));
        assert_eq!(en.fixed("sessions"), None, "needs an argument");
        let n = |b: &Bundle, count: f64, decimals| {
            b.format("sessions", &[("count", Arg::decimal(count, decimals))])
        };
        assert_eq!(n(&en, 0.0, 0), "No sessions yet");
        assert_eq!(n(&en, 1.0, 0), "1 session");
        assert_eq!(n(&en, 2.0, 0), "2 sessions");
        assert_eq!(n(&en, 1.5, 1), "1.5 sessions");
        let es = bundle(Language::Spanish);
        assert_eq!(n(&es, 2.5, 1), "2,5 sessions", "a decimal comma");
        let fr = bundle(Language::French);
        assert_eq!(n(&fr, 1.5, 1), "1,5 session", "French 1.5 is singular");
        assert_eq!(en.format("side", &[("side", "left".into())]), "Left");
        assert_eq!(en.format("side", &[("side", "up".into())]), "Right", "the default");
        assert_eq!(
            en.format("amount", &[("amount", "40 ml".into())]),
            "About 40 ml today. Welcome to Relact."
        );
        assert_eq!(en.format("missing", &[]), "missing");
        assert_eq!(en.format("amount", &[]), "About {$amount} today. Welcome to Relact.");
    }

    #[test]
    fn an_id_defined_twice_is_refused() {
        let twice = Bundle::parse(Language::English, "a = x\nb = y\na = z");
        assert_eq!(twice.err().map(|e| e.why), Some("an id is defined twice"));
    }

    #[test]
    fn arabic_takes_six_forms_and_isolates_its_arguments() {
        let ar = bundle(Language::Arabic);
        let (fsi, pdi) = ISOLATE;
        let d = |count: u32| ar.format("diapers", &[("count", count.into())]);
        assert_eq!(d(0), "لا حفاضات");
        assert_eq!(d(1), "حفاض واحد");
        assert_eq!(d(2), "حفاضان");
        assert_eq!(d(3), format!("{fsi}3{pdi} حفاضات"));
        assert_eq!(d(11), format!("{fsi}11{pdi} حفاضًا"));
        assert_eq!(d(100), format!("{fsi}100{pdi} حفاض"));
        assert_eq!(
            ar.format("diapers", &[("count", Arg::decimal(2.5, 1))]),
            format!("{fsi}2.5{pdi} حفاض")
        );
    }

    #[test]
    fn numbers_are_written_the_languages_way() {
        assert_eq!(number(Language::English, 2.5, 1), "2.5");
        assert_eq!(number(Language::Spanish, 2.5, 1), "2,5");
        assert_eq!(number(Language::French, 2.5, 1), "2,5");
        assert_eq!(number(Language::BrazilianPortuguese, 2.5, 1), "2,5");
        assert_eq!(number(Language::Arabic, 2.5, 1), "2.5");
        assert_eq!(number(Language::Spanish, 1000.0, 0), "1000", "no grouping");
        assert_eq!(number(Language::English, -0.01, 1), "0.0");
    }

    #[test]
    fn a_thread_speaks_english_until_it_chooses() {
        assert_eq!(language(), Language::English);
        let inside = with_language(Language::Spanish, || (language(), msg!("nav-today").get()));
        assert_eq!(inside, (Language::Spanish, "Hoy"));
        assert_eq!(msg!("nav-today").get(), "Today");
        assert_eq!(msg!("nav-today").id(), "nav-today");
    }

    #[test]
    fn a_message_finds_its_words_by_position_only_in_a_file_in_the_apps_order() {
        // Every shipped file is in en.ftl's order.
        for language in Language::ALL {
            assert!(bundled(language).in_app_order(), "{language:?}");
        }
        // The same entries with two swapped are refused for positions: "Today" must not be
        // read where "Log" is asked for.
        let english = source(Language::English);
        let (today, log) =
            (english.find("\nnav-today =").unwrap(), english.find("\nnav-log =").unwrap());
        let line = |at: usize| {
            &english[at..english[at + 1..].find('\n').map_or(english.len(), |n| at + 1 + n)]
        };
        let swapped = english
            .replacen(line(today), "\u{0}", 1)
            .replacen(line(log), line(today), 1)
            .replacen('\u{0}', line(log), 1);
        let bundle = Bundle::parse(Language::English, &swapped).unwrap();
        assert!(!bundle.in_app_order());
        assert_eq!(bundle.fixed("nav-log"), Some("Log"), "still readable by id");
        assert_eq!(bundle.fixed_at(msg!("nav-log").position()), None);
    }

    /// en.ftl as the build ships it: no ids but the referenced ones, the fingerprint on top.
    fn compact(english: &str, fingerprint: u64) -> String {
        let referenced = ["-brand", "warning-urgent-title"];
        let mut out = format!("#!order {fingerprint:016x}\n");
        for line in english.lines().filter(|l| !l.starts_with('#')) {
            match line.split_once(" = ") {
                Some((id, rest))
                    if !line.starts_with(' ') && !referenced.contains(&id) && !id.contains('{') =>
                {
                    out.push_str(&format!("= {rest}\n"));
                }
                _ => out.push_str(&format!("{line}\n")),
            }
        }
        out
    }

    #[test]
    fn a_compact_file_is_read_by_position_when_its_fingerprint_is_this_versions() {
        assert_eq!(ftl::compact_fingerprint("#!order 00000000000000ff\n= x"), Some(255));
        assert_eq!(ftl::compact_fingerprint("#!order ff\n= x"), None);
        assert_eq!(ftl::compact_fingerprint("nav-today = Today"), None);
        let english = source(Language::English);
        let shipped = compact(english, messages::ORDER_HASH);
        assert!(!shipped.contains("\nnav-today ="), "the id is gone");
        let bundle = Bundle::parse(Language::English, &shipped).unwrap();
        assert!(bundle.in_app_order());
        assert_eq!(bundle.fixed_at(msg!("nav-today").position()), Some("Today"));
        assert_eq!(bundle.fixed_at(msg!("nav-log").position()), Some("Log"));
        assert_eq!(bundle.fixed("nav-today"), None, "not found by an id it no longer has");
        // `{ -brand }` still reads, by the id the file kept.
        let privacy = bundle.fixed_at(msg!("settings-privacy").position());
        assert!(privacy.is_some_and(|t| t.contains(" Relact has no account")), "{privacy:?}");
        // Another version's fingerprint, or one entry fewer, and nothing is read by position.
        let stale = Bundle::parse(Language::English, &compact(english, messages::ORDER_HASH ^ 1));
        assert!(!stale.unwrap().in_app_order());
        let fewer: String =
            shipped.lines().filter(|l| *l != "= Today").collect::<Vec<_>>().join("\n");
        assert!(!Bundle::parse(Language::English, &fewer).unwrap().in_app_order());
    }
}
