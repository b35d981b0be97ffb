//! A reader for the part of Project Fluent that Relact's translation files use: messages and their
//! attributes, terms (`-brand`), text, `{ $variable }`, `{ -term }`, `{ message }` and string
//! literal placeables, and select expressions on a variable (plural categories, exact numbers
//! and string variants). Anything else (functions, parametrised terms) is refused with its line,
//! so a file either reads here exactly as written or fails a native test; every file is also read
//! by the official `fluent-syntax` parser in `tests/i18n.rs`, so the files stay standard Fluent.
//!
//! One rule differs from the reference implementation, on purpose: a line break inside a message
//! reads as a space (as HTML shows it), so a translator may wrap a long sentence anywhere.

/// One piece of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Text(String),
    /// `{ $name }`: an argument the code passes.
    Var(String),
    /// `{ -name }`: a term, such as the app's name.
    Term(String),
    /// `{ name }` or `{ name.attribute }`: another message.
    Message(String),
    /// `{ $name -> [one] … *[other] … }`
    Select(Box<Select>),
}

/// A choice on a variable's value.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    pub selector: String,
    pub variants: Vec<(Key, Vec<Element>)>,
    /// The variant marked `*`, taken when no other matches.
    pub default: usize,
}

/// A variant's key: a plural category or other name, or an exact number.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Name(String),
    Number(f64),
}

/// A file that does not read: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub why: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.why)
    }
}

/// A fingerprint of a file's entry ids in file order (FNV-1a, 64 bits). The build records
/// English's (`build.rs`); a translation is read by position only when its fingerprint is the
/// same, so a file with a missing, extra or moved message is refused rather than misread.
pub fn order_hash<'a>(ids: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for byte in id.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The fingerprint a compact file carries on its first line, `#!order <16 hex digits>`, or `None`
/// for a file that keeps its ids.
///
/// The build ships compact files (`scripts/post-build.mjs`): the translators' files without
/// comments, and without the ids nothing refers to (`= Today` for `nav-today = Today`), since
/// the app finds a message by its position. That is about a fifth of the download (en.ftl 21.0 →
/// 16.4 KB gzip). The ids' fingerprint ([`order_hash`], which the build works out the same way)
/// moves to the first line, so a compact file from another version is still refused.
pub fn compact_fingerprint(source: &str) -> Option<u64> {
    let first = source.lines().next()?;
    let digits = first.strip_prefix("#!order ")?;
    if digits.len() != 16 {
        return None;
    }
    u64::from_str_radix(digits, 16).ok()
}

/// Every entry of a file: messages by id, their attributes as `id.attribute`, terms as `-id`,
/// in file order (a compact file's entries without an id have `""`). An id defined twice is
/// refused by [`super::Bundle::parse`], which sorts them.
pub fn parse(source: &str) -> Result<Vec<(String, Vec<Element>)>, ParseError> {
    let mut entries = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    let mut n = 0;
    while n < lines.len() {
        let line = lines[n];
        if line.trim().is_empty() || line.starts_with('#') {
            n += 1;
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            return Err(ParseError { line: n + 1, why: "an indented line outside a message" });
        }
        // The entry runs to the next line that starts at column 0, except a select's closing
        // `}`, which Fluent's own examples put there.
        let start = n;
        n += 1;
        while n < lines.len()
            && (lines[n].trim().is_empty()
                || lines[n].starts_with(char::is_whitespace)
                || lines[n].starts_with('}'))
        {
            n += 1;
        }
        let mut cursor = Cursor { text: &lines[start..n], line: 0, col: 0, first: start };
        cursor.entry(&mut entries)?;
    }
    Ok(entries)
}

/// A position in one entry's lines.
struct Cursor<'a> {
    text: &'a [&'a str],
    line: usize,
    col: usize,
    /// The entry's first line in the file, for errors.
    first: usize,
}

/// What ends a pattern besides the end of the entry.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// A message's or attribute's value: ends before a line starting with `.`.
    Value,
    /// A variant's value: ends before a line starting with `[`, `*[` or `}`.
    Variant,
}

impl<'a> Cursor<'a> {
    fn error(&self, why: &'static str) -> ParseError {
        ParseError { line: self.first + self.line + 1, why }
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.line).map_or("", |l| &l[self.col..])
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.col += c.len_utf8();
        }
    }

    fn at_end(&self) -> bool {
        self.line >= self.text.len()
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.col += s.len();
            true
        } else {
            false
        }
    }

    fn skip_inline_space(&mut self) {
        while self.peek() == Some(' ') {
            self.bump();
        }
    }

    /// Skips spaces and line breaks.
    fn skip_blank(&mut self) {
        loop {
            self.skip_inline_space();
            if self.rest().is_empty() && !self.at_end() {
                self.line += 1;
                self.col = 0;
                if self.at_end() {
                    return;
                }
            } else {
                return;
            }
        }
    }

    fn identifier(&mut self) -> Result<String, ParseError> {
        let rest = self.rest();
        let len = rest
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_alphabetic()
                    || (i > 0 && (c.is_ascii_digit() || c == '-' || c == '_')))
            })
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            return Err(self.error("a name was expected"));
        }
        self.col += len;
        Ok(rest[..len].to_string())
    }

    fn entry(&mut self, out: &mut Vec<(String, Vec<Element>)>) -> Result<(), ParseError> {
        // A compact file's entry has no id (see [`compact_fingerprint`]).
        let id = if self.peek() == Some('=') {
            String::new()
        } else {
            let term = self.eat("-");
            let id = self.identifier()?;
            if term {
                format!("-{id}")
            } else {
                id
            }
        };
        self.skip_inline_space();
        if !self.eat("=") {
            return Err(self.error("`=` was expected after the id"));
        }
        let value = self.pattern(Context::Value)?;
        if !value.is_empty() {
            out.push((id.clone(), value));
        }
        // Attributes: `.name = pattern`, each on its own line.
        loop {
            self.skip_blank();
            if self.at_end() {
                return Ok(());
            }
            if !self.eat(".") {
                return Err(self.error("an attribute (`.name = …`) was expected"));
            }
            let name = self.identifier()?;
            self.skip_inline_space();
            if !self.eat("=") {
                return Err(self.error("`=` was expected after the attribute's name"));
            }
            let value = self.pattern(Context::Value)?;
            if value.is_empty() {
                return Err(self.error("an attribute without a value"));
            }
            out.push((format!("{id}.{name}"), value));
        }
    }

    /// Text and placeables up to the end of the pattern; a line break reads as one space.
    fn pattern(&mut self, context: Context) -> Result<Vec<Element>, ParseError> {
        let mut elements = Vec::new();
        let mut text = String::new();
        self.skip_inline_space();
        loop {
            match self.peek() {
                Some('{') => {
                    self.bump();
                    if !text.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut text)));
                    }
                    let expr = self.placeable()?;
                    elements.push(expr);
                }
                Some('}') if context == Context::Value => {
                    return Err(self.error("a `}` outside a placeable (write {\"}\"})"));
                }
                Some('}') => break,
                Some(c) => {
                    text.push(c);
                    self.bump();
                }
                None => {
                    // End of line: does the pattern go on?
                    let mut next = self.line + 1;
                    while next < self.text.len() && self.text[next].trim().is_empty() {
                        next += 1;
                    }
                    let Some(line) = self.text.get(next) else {
                        self.line = self.text.len();
                        self.col = 0;
                        break;
                    };
                    let trimmed = line.trim_start();
                    let ends = match context {
                        Context::Value => trimmed.starts_with('.'),
                        Context::Variant => {
                            trimmed.starts_with('[')
                                || trimmed.starts_with("*[")
                                || trimmed.starts_with('}')
                        }
                    };
                    if ends {
                        self.line = next;
                        self.col = 0;
                        break;
                    }
                    if trimmed.starts_with(['[', '*', '.', '}']) {
                        self.line = next;
                        return Err(self.error("a line of text cannot start with [, *, . or }"));
                    }
                    let started = !(text.is_empty() && elements.is_empty());
                    if started && !text.ends_with(' ') {
                        text.push(' ');
                    }
                    self.line = next;
                    self.col = line.len() - trimmed.len();
                }
            }
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        Ok(elements)
    }

    /// After `{`: one expression and its `}`.
    fn placeable(&mut self) -> Result<Element, ParseError> {
        self.skip_blank();
        let element = match self.peek() {
            Some('$') => {
                self.bump();
                Element::Var(self.identifier()?)
            }
            Some('"') => {
                self.bump();
                Element::Text(self.string_literal()?)
            }
            Some('-') => {
                self.bump();
                Element::Term(format!("-{}", self.identifier()?))
            }
            Some('{') => {
                self.bump();
                self.placeable()?
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let mut id = self.identifier()?;
                if self.eat(".") {
                    id = format!("{id}.{}", self.identifier()?);
                }
                Element::Message(id)
            }
            _ => return Err(self.error("this kind of placeable is not supported")),
        };
        if self.peek() == Some('(') {
            return Err(self.error("functions and term arguments are not supported"));
        }
        self.skip_blank();
        if self.eat("->") {
            let Element::Var(selector) = element else {
                return Err(self.error("only a $variable can be selected on"));
            };
            return self.select(selector);
        }
        if !self.eat("}") {
            return Err(self.error("`}` was expected"));
        }
        Ok(element)
    }

    fn string_literal(&mut self) -> Result<String, ParseError> {
        let mut s = String::new();
        loop {
            match self.peek() {
                Some('"') => {
                    self.bump();
                    return Ok(s);
                }
                Some('\\') => {
                    self.bump();
                    match self.peek() {
                        Some(c @ ('"' | '\\')) => {
                            s.push(c);
                            self.bump();
                        }
                        Some(u @ ('u' | 'U')) => {
                            self.bump();
                            let len = if u == 'u' { 4 } else { 6 };
                            let hex = self.rest().get(..len).unwrap_or("");
                            let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                            let Some(c) = c.filter(|_| hex.len() == len) else {
                                return Err(self.error("a bad \\u escape"));
                            };
                            s.push(c);
                            self.col += len;
                        }
                        _ => return Err(self.error("an unknown escape in a string")),
                    }
                }
                Some(c) => {
                    s.push(c);
                    self.bump();
                }
                None => return Err(self.error("a string literal must end on its line")),
            }
        }
    }

    /// After `$name ->`: the variants, one per line, and the closing `}`.
    fn select(&mut self, selector: String) -> Result<Element, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            if self.eat("}") {
                break;
            }
            if self.eat("*") {
                if default.is_some() {
                    return Err(self.error("a select has two default variants"));
                }
                default = Some(variants.len());
            }
            if !self.eat("[") {
                return Err(self.error("a variant (`[key] …`) was expected"));
            }
            self.skip_inline_space();
            let key = match self.peek() {
                Some(c) if c.is_ascii_digit() || c == '-' => {
                    let rest = self.rest();
                    let len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'));
                    let len = len.unwrap_or(rest.len());
                    let number = crate::domain::decimal::read(&rest[..len])
                        .ok_or_else(|| self.error("a bad number key"))?;
                    self.col += len;
                    Key::Number(number)
                }
                _ => Key::Name(self.identifier()?),
            };
            self.skip_inline_space();
            if !self.eat("]") {
                return Err(self.error("`]` was expected after a variant's key"));
            }
            let value = self.pattern(Context::Variant)?;
            variants.push((key, value));
        }
        let Some(default) = default else {
            return Err(self.error("a select needs a default variant, marked *"));
        };
        Ok(Element::Select(Box::new(Select { selector, variants, default })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Element {
        Element::Text(s.into())
    }

    #[test]
    fn messages_attributes_terms_and_comments() {
        let src = "### A file\n\n# A note for translators\n-brand = Relact\nhello = Hello from { -brand }!\n    .title = Greeting\nbye = { \"{\" }bye{ \"\\u0021\" }\n";
        let entries = parse(src).unwrap();
        let ids: Vec<&str> = entries.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["-brand", "hello", "hello.title", "bye"]);
        assert_eq!(entries[1].1, [text("Hello from "), Element::Term("-brand".into()), text("!")]);
        assert_eq!(entries[3].1, [text("{"), text("bye"), text("!")]);
    }

    #[test]
    fn wrapped_lines_read_as_one_line() {
        let src = "long =\n    A sentence that a translator\n      wrapped,\n\n    twice.   \n";
        assert_eq!(
            parse(src).unwrap()[0].1,
            [text("A sentence that a translator wrapped, twice.")]
        );
        let src = "long = Starts here\n    and goes on { $n }\n    .label = Label\n";
        let entries = parse(src).unwrap();
        assert_eq!(entries[0].1, [text("Starts here and goes on "), Element::Var("n".into())]);
        assert_eq!(entries[1].0, "long.label");
    }

    #[test]
    fn select_expressions_on_plurals_numbers_and_names() {
        let src = "n = { $count ->\n    [0] none\n    [one] { $count } thing\n   *[other] { $count } things\n}\nside = Side: { $side ->\n    [left] left\n   *[right] right\n  }.\n";
        let entries = parse(src).unwrap();
        let Element::Select(s) = &entries[0].1[0] else { panic!("a select") };
        assert_eq!(s.selector, "count");
        assert_eq!(s.default, 2);
        assert_eq!(s.variants[0], (Key::Number(0.0), vec![text("none")]));
        assert_eq!(
            s.variants[1],
            (Key::Name("one".into()), vec![Element::Var("count".into()), text(" thing")])
        );
        assert_eq!(entries[1].1.last(), Some(&text(".")));
    }

    #[test]
    fn what_relact_does_not_support_is_refused_with_its_line() {
        for (src, line) in [
            ("a = { NUMBER($n) }", 1),
            ("a = ok\nb = { -term(case: \"x\") }", 2),
            ("a = { $n ->\n    [one] x\n}", 3),
            ("a = }", 1),
            ("  a = indented", 1),
            ("a = { 5 }", 1),
            ("a\n", 1),
            ("a = \"fine\"\nb = { \"open }", 2),
        ] {
            assert_eq!(parse(src).map_err(|e| e.line), Err(line), "{src}");
        }
    }
}
