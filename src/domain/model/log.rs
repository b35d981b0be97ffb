//! The Log screen's rows: each entry with what the parent wrote about it and the feed a
//! supplement went with, so the screen shows what was stored rather than only its numbers.

use std::collections::HashMap;

use crate::domain::entry::{Entry, Record, SessionKind};
use crate::domain::Millis;

/// Notes longer than this many characters are shortened on the row, with a way to read all.
pub const SHORT_NOTES_CHARS: usize = 80;

/// A note as the row shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotePreview {
    /// The start of the note, cut at a word where it can be, without a trailing ellipsis (the
    /// view adds it so screen readers are not read "dot dot dot").
    pub short: String,
    /// The whole note, exactly as written.
    pub full: String,
    /// Whether `short` leaves something out.
    pub cut: bool,
}

impl NotePreview {
    /// The preview of `notes`, or `None` when nothing was written.
    pub fn of(notes: &str) -> Option<NotePreview> {
        let full = notes.trim();
        if full.is_empty() {
            return None;
        }
        // The first line only: a note's later lines are behind "read all" too.
        let first_line = full.lines().next().unwrap_or(full);
        let chars = first_line.chars().count();
        if chars <= SHORT_NOTES_CHARS && first_line.len() == full.len() {
            return Some(NotePreview { short: full.into(), full: full.into(), cut: false });
        }
        let head: String = first_line.chars().take(SHORT_NOTES_CHARS).collect();
        let short = if chars > SHORT_NOTES_CHARS {
            // Back to the last space, unless that would leave almost nothing.
            match head.rfind(char::is_whitespace) {
                Some(at) if at >= SHORT_NOTES_CHARS / 2 => head[..at].trim_end().to_string(),
                _ => head,
            }
        } else {
            head
        };
        Some(NotePreview { short, full: full.into(), cut: true })
    }
}

/// The feed a supplement was given with, when that feed is among the loaded entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feed {
    pub start: Millis,
    pub kind: SessionKind,
}

/// One row of the Log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogRow {
    pub entry: Entry,
    pub notes: Option<NotePreview>,
    /// For a supplement: the feed it went with (its `after_session`), if still in the log.
    pub with_feed: Option<Feed>,
    /// For a session: the supplements logged with it, in ml, oldest first.
    pub supplements_ml: Vec<u32>,
}

/// The rows for `entries` (live ones only, in the order given). `all` is every entry loaded,
/// where the links between feeds and supplements are looked up: a supplement can sit on a
/// different day (or be filtered out) and still be named on its feed's row.
pub fn rows(entries: &[Entry], all: &[Entry]) -> Vec<LogRow> {
    let live = || all.iter().filter(|e| !e.deleted);
    let sessions: HashMap<&str, Feed> = live()
        .filter_map(|e| match &e.record {
            Record::Session(s) => Some((e.id.as_str(), Feed { start: s.start, kind: s.kind })),
            _ => None,
        })
        .collect();
    let mut given: HashMap<&str, Vec<(Millis, u32)>> = HashMap::new();
    for e in live() {
        if let Record::Supplement(s) = &e.record {
            if let Some(id) = s.after_session.as_deref() {
                given.entry(id).or_default().push((s.at, s.ml));
            }
        }
    }
    entries
        .iter()
        .filter(|e| !e.deleted)
        .map(|e| {
            let (notes, with_feed, supplements_ml) = match &e.record {
                Record::Session(s) => {
                    let mut with: Vec<(Millis, u32)> =
                        given.get(e.id.as_str()).cloned().unwrap_or_default();
                    with.sort();
                    (NotePreview::of(&s.notes), None, with.into_iter().map(|(_, ml)| ml).collect())
                }
                Record::Supplement(s) => (
                    NotePreview::of(&s.notes),
                    s.after_session.as_deref().and_then(|id| sessions.get(id).copied()),
                    vec![],
                ),
                _ => (None, None, vec![]),
            };
            LogRow { entry: e.clone(), notes, with_feed, supplements_ml }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Method, Milk, Session, Supplement};
    use crate::domain::MINUTE;

    const T: Millis = 1_780_000_000_000;

    fn nursing(id: &str, start: Millis, notes: &str) -> Entry {
        Entry::new(
            id.into(),
            start + 20 * MINUTE,
            Record::Session(Session {
                kind: SessionKind::Nursing,
                start,
                end: start + 20 * MINUTE,
                segments: vec![],
                left_ml: None,
                right_ml: None,
                notes: notes.into(),
                test_weight: None,
            }),
        )
    }

    fn sup(id: &str, at: Millis, ml: u32, after: Option<&str>, notes: &str) -> Entry {
        Entry::new(
            id.into(),
            at,
            Record::Supplement(Supplement {
                at,
                ml,
                milk: Milk::Donor,
                method: Method::AtBreastSupplementer,
                after_session: after.map(Into::into),
                notes: notes.into(),
            }),
        )
    }

    #[test]
    fn a_supplement_row_names_its_feed_and_the_feed_row_its_supplements() {
        let feed = nursing("n1", T, "");
        let with = sup("p1", T + 20 * MINUTE, 30, Some("n1"), "");
        let second = sup("p2", T + 25 * MINUTE, 10, Some("n1"), "");
        let lost = sup("p3", T + 30 * MINUTE, 15, Some("gone"), "");
        let all = vec![feed.clone(), with.clone(), second, lost.clone()];
        let rows = rows(&all, &all);
        assert_eq!(rows[0].supplements_ml, vec![30, 10]);
        assert_eq!(rows[1].with_feed, Some(Feed { start: T, kind: SessionKind::Nursing }));
        assert_eq!(rows[3].with_feed, None, "a feed not in the log is not invented");
        // Only the supplements shown (a filter) with the feed looked up among all loaded.
        let only = super::rows(&[with], &all);
        assert_eq!(only[0].with_feed.map(|f| f.start), Some(T));
        // A deleted feed is not named; a deleted supplement is not counted.
        let gone_feed = feed.with_deleted(T + HOUR_MS, true);
        let all =
            vec![gone_feed, lost.with_deleted(T + HOUR_MS, true), sup("p1", T, 30, Some("n1"), "")];
        let rows = super::rows(&all, &all);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].with_feed, None);
    }

    const HOUR_MS: Millis = 60 * MINUTE;

    #[test]
    fn notes_show_whole_when_short_and_shortened_at_a_word_when_long() {
        assert_eq!(NotePreview::of("  \n "), None);
        let short = NotePreview::of(" latched well ").unwrap();
        assert_eq!((short.short.as_str(), short.cut), ("latched well", false));
        let long = "Baby latched on the left for a long time and then fell asleep, so we used \
            the supplementer on the right side after a nap";
        let p = NotePreview::of(long).unwrap();
        assert!(p.cut);
        assert!(p.short.chars().count() <= SHORT_NOTES_CHARS);
        assert!(long.starts_with(&p.short) && long[p.short.len()..].starts_with(' '));
        assert_eq!(p.full, long);
        let lines = NotePreview::of("first line\nsecond line").unwrap();
        assert_eq!((lines.short.as_str(), lines.cut), ("first line", true));
        let unbroken = "x".repeat(200);
        assert_eq!(NotePreview::of(&unbroken).unwrap().short.len(), SHORT_NOTES_CHARS);
        let markup = "<img src=x onerror=alert(1)>";
        assert_eq!(NotePreview::of(markup).unwrap().full, markup, "kept as written");
    }

    #[test]
    fn diapers_and_weights_have_no_notes_or_links() {
        let d = Entry::new(
            "d".into(),
            T,
            Record::Diaper(Diaper { at: T, wet: true, dirty: false, dark_urine: false }),
        );
        let r = rows(std::slice::from_ref(&d), std::slice::from_ref(&d));
        assert_eq!(
            (r[0].notes.clone(), r[0].with_feed, r[0].supplements_ml.len()),
            (None, None, 0)
        );
    }
}
