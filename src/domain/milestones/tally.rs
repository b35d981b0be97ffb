//! One day's tallies of the whole log, as the milestones and the share read them.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeZone};

use crate::domain::day::local_date;
use crate::domain::entry::{Entry, Record, SessionKind};
use crate::domain::Millis;

/// One day's tallies the milestones and the share need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Day {
    pub sessions: u32,
    pub supplement_ml: u32,
    pub wet: u32,
    /// Stools (dirty diapers).
    pub dirty: u32,
    /// The last weight logged that day, in grams.
    pub weight_g: Option<(Millis, u32)>,
    /// Milk taken at the breast by test weighing, and at how many feeds.
    pub weighed_ml: u32,
    pub weighed_feeds: u32,
    pub any: bool,
}

/// Tallies per local day of the whole log (tombstones ignored).
pub fn days<Tz: TimeZone>(tz: &Tz, entries: &[Entry]) -> BTreeMap<NaiveDate, Day> {
    let mut out: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.happened()) {
        let d = out.entry(local_date(tz, e.at)).or_default();
        d.any = true;
        match &e.record {
            Record::Session(s) => {
                if s.kind != SessionKind::ComfortNursing {
                    d.sessions += 1;
                }
                if let Some(ml) = s.test_weight.and_then(|w| w.intake_ml()) {
                    d.weighed_ml += ml;
                    d.weighed_feeds += 1;
                }
            }
            Record::Supplement(s) => d.supplement_ml += s.ml.whole_ml(),
            Record::Diaper(x) => {
                d.wet += x.wet as u32;
                d.dirty += x.dirty as u32;
            }
            Record::Weight(w) => {
                if d.weight_g.is_none_or(|(at, _)| e.at >= at) {
                    d.weight_g = Some((e.at, w.grams));
                }
            }
            Record::Medicine(_) | Record::Milestone(_) => {}
        }
    }
    out
}
