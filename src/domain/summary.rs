//! Tallies of a day (or any span) of entries: what the Log shows under each day and what Today,
//! Progress and the consultant summary build on.

use super::entry::{Entry, Record};
use super::units::Total;
use super::Millis;

/// Counts and totals over a set of entries; tombstones are ignored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Pumping, hand expression and nursing sessions (comfort nursing is counted apart).
    pub sessions: u32,
    /// Comfort nursing sessions; they stimulate too, but are not a planned session.
    pub comfort: u32,
    /// Active minutes of stimulation of every kind, in milliseconds.
    pub active: Millis,
    /// Volumes are [`Total`]s: each reads as the sum of its parts as shown.
    pub expressed_ml: Total,
    pub left_ml: Total,
    pub right_ml: Total,
    pub supplement_ml: Total,
    /// Formula given (for the "first day without formula" milestone).
    pub formula_ml: Total,
    pub wet: u32,
    pub dirty: u32,
    /// The last weight recorded in the span.
    pub weight_g: Option<u32>,
}

impl Totals {
    /// Adds up `entries`.
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Totals {
        let mut t = Totals::default();
        let mut last_weight_at = Millis::MIN;
        for e in entries.into_iter().filter(|e| !e.deleted) {
            match &e.record {
                Record::Session(s) => {
                    if s.kind == super::entry::SessionKind::ComfortNursing {
                        t.comfort += 1;
                    } else {
                        t.sessions += 1;
                    }
                    t.active += s.active_millis();
                    t.expressed_ml += s.total_ml().unwrap_or_default();
                    t.left_ml += s.left_ml.unwrap_or_default();
                    t.right_ml += s.right_ml.unwrap_or_default();
                }
                Record::Supplement(s) => {
                    t.supplement_ml += s.ml;
                    if s.milk == super::entry::Milk::Formula {
                        t.formula_ml += s.ml;
                    }
                }
                Record::Diaper(d) => {
                    t.wet += u32::from(d.wet);
                    t.dirty += u32::from(d.dirty);
                }
                Record::Weight(w) => {
                    if w.at >= last_weight_at {
                        last_weight_at = w.at;
                        t.weight_g = Some(w.grams);
                    }
                }
                // A listed medicine or a marked milestone is no day's tally.
                Record::Medicine(_) | Record::Milestone(_) => {}
            }
        }
        t
    }
}

/// The longest break between stimulation sessions in `entries` (comfort nursing counts: it
/// stimulates too), from the first session up to `now`; `None` before any session.
pub fn longest_gap(entries: &[Entry], now: Millis) -> Option<Millis> {
    let mut spans: Vec<(Millis, Millis)> = entries
        .iter()
        .filter(|e| !e.deleted)
        .filter_map(|e| match &e.record {
            Record::Session(s) => Some((s.start, s.end)),
            _ => None,
        })
        .collect();
    super::sorting::sort(&mut spans);
    let mut longest = 0;
    let mut last_end = spans.first()?.1;
    for &(start, end) in &spans[1..] {
        longest = longest.max(start - last_end);
        last_end = last_end.max(end);
    }
    Some(longest.max(now - last_end).max(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::*;
    use crate::domain::units::Ml;
    use crate::domain::MINUTE;

    fn e(id: &str, record: Record) -> Entry {
        Entry::new(id.into(), 0, record)
    }

    #[test]
    fn totals_add_up_and_skip_tombstones() {
        let pump = Session {
            kind: SessionKind::Pumping,
            start: 0,
            end: 20 * MINUTE,
            segments: vec![],
            left_ml: Some(Ml::whole(10)),
            right_ml: Some(Ml::whole(12)),
            notes: String::new(),
            test_weight: None,
        };
        let comfort = Session {
            kind: SessionKind::ComfortNursing,
            left_ml: None,
            right_ml: None,
            ..pump.clone()
        };
        let entries = vec![
            e("a", Record::Session(pump.clone())),
            e("b", Record::Session(comfort)),
            e(
                "c",
                Record::Supplement(Supplement {
                    at: 5,
                    ml: Ml::whole(40),
                    milk: Milk::Formula,
                    method: Method::Cup,
                    after_session: None,
                    notes: String::new(),
                }),
            ),
            e("d", Record::Diaper(Diaper { at: 6, wet: true, dirty: true, dark_urine: false })),
            e("f", Record::Weight(Weight { at: 9, grams: 3400 })),
            e("g", Record::Weight(Weight { at: 7, grams: 3300 })),
            e("h", Record::Session(pump)).with_deleted(1, true),
        ];
        let t = Totals::of(&entries);
        assert_eq!(
            t,
            Totals {
                sessions: 1,
                comfort: 1,
                active: 40 * MINUTE,
                expressed_ml: Total::from(10u32) + Total::from(12u32),
                left_ml: 10u32.into(),
                right_ml: 12u32.into(),
                supplement_ml: 40u32.into(),
                formula_ml: 40u32.into(),
                wet: 1,
                dirty: 1,
                weight_g: Some(3400),
            }
        );
        assert_eq!(Totals::of(&[]), Totals::default());
    }

    #[test]
    fn wet_diapers_are_counted_per_local_day() {
        let d = |id: &str, at: Millis, wet: bool| {
            e(id, Record::Diaper(Diaper { at, wet, dirty: !wet, dark_urine: false }))
        };
        let day = 24 * 60 * MINUTE;
        let entries = [
            d("a", 10, true),
            d("b", 20, true),
            d("c", 30, false),
            d("d", day + 5, true),
            d("x", 40, true).with_deleted(50, true),
        ];
        let live = entries.iter().filter(|e| !e.deleted);
        let days = crate::domain::day::group_by_day(&chrono::Utc, live, |e| e.at);
        let wet: Vec<u32> = days.into_iter().map(|(_, list)| Totals::of(list).wet).collect();
        assert_eq!(wet, [1, 2], "newest day first: 1 wet on the second, 2 on the first");
    }

    #[test]
    fn longest_gap_runs_from_end_to_next_start_and_up_to_now() {
        let s = |id: &str, start: Millis, end: Millis| {
            e(
                id,
                Record::Session(Session {
                    kind: SessionKind::Pumping,
                    start,
                    end,
                    segments: vec![],
                    left_ml: None,
                    right_ml: None,
                    notes: String::new(),
                    test_weight: None,
                }),
            )
        };
        let h = 60 * MINUTE;
        let entries = vec![s("b", 4 * h, 5 * h), s("a", 0, h)];
        assert_eq!(longest_gap(&entries, 6 * h), Some(3 * h));
        assert_eq!(
            longest_gap(&entries, 10 * h),
            Some(5 * h),
            "the time since the last one counts"
        );
        assert_eq!(longest_gap(&[], 10 * h), None);
    }
}
