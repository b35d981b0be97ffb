//! The Progress screen's model: for 7 days, 30 days or everything, one bucket per day (or per
//! week when long), each chart's series, target and trend, and the day's planned
//! supplement. Volumes stay in ml; the screen converts them for display.
//!
//! Today is not over: its tallies are shown apart, "so far", and are never a point of a chart, an
//! average or a trend (at 03:05 two sessions are not a drop from ten). Days before the parent
//! began are not drawn at all, so they are never zeros in an average.

use chrono::{Duration, NaiveDate, TimeZone};

use crate::domain::care;
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::Entry;
use crate::domain::milestones::Share;
use crate::domain::plan::Plan;
use crate::domain::settings::Settings;
use crate::domain::stats::{buckets, moving_average, trend, use_weeks, Bucket, Trend};
use crate::domain::step_down::supplement::{self, SupplementTarget};
use crate::domain::summary::Totals;
use crate::domain::Millis;

/// Which stretch of time the charts cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    Week,
    Month,
    All,
}

impl Range {
    /// The first day of a fixed range ending `today`: 7 or 30 whole days before today (which is
    /// shown apart, so far); `None` for everything.
    pub fn first(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Range::Week => Some(today - Duration::days(7)),
            Range::Month => Some(today - Duration::days(30)),
            Range::All => None,
        }
    }
}

/// Which chart a series is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Sessions,
    Minutes,
    /// Milk expressed, per side (ml).
    Expressed,
    /// Supplements given (ml).
    Supplement,
    Diapers,
    /// Weight in kg, drawn as points joined by a line.
    Weight,
}

/// One stacked layer of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Sessions,
    Minutes,
    Left,
    Right,
    Supplement,
    Wet,
    Dirty,
    Weight,
}

/// One chart, ready to draw: values per bucket (per day, averaged per day for weekly buckets).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartModel {
    pub kind: ChartKind,
    pub layers: Vec<(Layer, Vec<f64>)>,
    /// A flat target line (planned sessions, minutes, 6 wet diapers, today's planned supplement).
    pub target: Option<f64>,
    /// The supplement chart's planned amount column by column (ml; a week's column: the mean of
    /// its days that had one), drawn instead of the flat line, so a past day is read against what
    /// was planned that day, not today's amount; `None` in a column before the step-down began.
    /// Empty for every other chart, and without a step-down.
    pub planned: Vec<Option<f64>>,
    /// The 7-day moving average of the stacked total, for daily milk.
    pub average: Option<Vec<f64>>,
    /// Points joined by a line instead of bars.
    pub line: bool,
    /// How the chart's measure moved over the finished days; `None` with too little data.
    pub trend: Option<Trend>,
    /// Today's values so far, per layer: shown apart, never a bar of the chart.
    pub so_far: Vec<(Layer, f64)>,
}

/// Today's value of a chart, said apart from it ("so far"), in what the chart measures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SoFar {
    Sessions(f64),
    Minutes(f64),
    /// Milk expressed today, both sides together (ml as shown).
    Expressed(f64),
    /// Supplement given today (ml as shown).
    Supplement(f64),
    Diapers {
        wet: f64,
        dirty: f64,
    },
    /// Today's weighing (kg).
    Weight(f64),
}

impl ChartModel {
    /// Today's value of this chart; `None` for the weight chart when nothing was weighed today.
    pub fn today(&self) -> Option<SoFar> {
        let of = |l: Layer| self.so_far.iter().find(|(x, _)| *x == l).map_or(0.0, |(_, v)| *v);
        Some(match self.kind {
            ChartKind::Sessions => SoFar::Sessions(of(Layer::Sessions)),
            ChartKind::Minutes => SoFar::Minutes(of(Layer::Minutes)),
            ChartKind::Expressed => SoFar::Expressed(of(Layer::Left) + of(Layer::Right)),
            ChartKind::Supplement => SoFar::Supplement(of(Layer::Supplement)),
            ChartKind::Diapers => SoFar::Diapers { wet: of(Layer::Wet), dirty: of(Layer::Dirty) },
            ChartKind::Weight => {
                return Some(of(Layer::Weight)).filter(|kg| *kg > 0.0).map(SoFar::Weight)
            }
        })
    }
}

/// Everything the Progress screen draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressModel {
    pub first: NaiveDate,
    pub today: NaiveDate,
    /// Drawn by calendar week (long ranges).
    pub weekly: bool,
    /// The first day of each column: finished days, or the day each week starts on (`weekly`).
    /// The view writes them (`text::format`), so no words are made here.
    pub columns: Vec<NaiveDate>,
    /// One bucket per day from `first` to `today`, whatever `weekly` says.
    pub days: Vec<Bucket>,
    /// Today's tallies so far.
    pub so_far: Bucket,
    pub charts: Vec<ChartModel>,
    /// Weights logged in the range (grams, one per day that has one), oldest first.
    pub weights: Vec<u32>,
    /// Today's planned supplement, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
    /// Every finished day the baby's trends read had what the care table asks for the baby's
    /// age (wet diapers and stools; and no weight loss or slow gain where weights were logged),
    /// and there was at least one: only then is a fall in supplements called good progress. A
    /// day with supplements but nothing else logged never counts as meeting it.
    pub baby_signs_met: bool,
}

/// The first instant of the log Progress needs for `range` on `today`.
pub fn log_needed_from<Tz: TimeZone>(
    plan: &Plan,
    range: Range,
    today: NaiveDate,
    tz: &Tz,
) -> Millis {
    let from = range.first(today).map_or(Millis::MIN / 2, |d| day_range(tz, d).0);
    supplement::log_needed_from(plan, tz).map_or(from, |s| s.min(from))
}

/// The Progress model, or `None` when nothing is logged in the range (the screen then says the
/// charts will grow). `entries` may hold more than the range; only the range is charted. `since`
/// is when the parent began (the first entry counts if older): no day before it is drawn. From
/// `settings`: the plan, the journey (the baby's age, which the step-down reads) and the first
/// weekday of long ranges.
pub fn charts<Tz: TimeZone>(
    entries: &[Entry],
    settings: &Settings,
    range: Range,
    today: NaiveDate,
    tz: &Tz,
    since: Millis,
) -> Option<ProgressModel> {
    let plan = settings.plan.clamped();
    let week_start = settings.week_start.weekday();
    // A listed medicine is filed under its start day but is no logged day: it neither starts the
    // charts earlier nor fills a range that has nothing logged.
    let live: Vec<Entry> = entries.iter().filter(|e| e.happened()).cloned().collect();
    let began = local_date(tz, live.iter().map(|e| e.at).fold(since, Millis::min)).min(today);
    let first = match range.first(today) {
        Some(d) => d.max(began),
        None => live.iter().map(|e| local_date(tz, e.at)).min()?.min(today),
    };
    let in_range: Vec<Entry> =
        live.iter().filter(|e| (first..=today).contains(&local_date(tz, e.at))).cloned().collect();
    if in_range.is_empty() {
        return None;
    }
    let weekly = use_weeks(first, today);
    // Long ranges are drawn by calendar week, starting on the parent's first weekday.
    let first = if weekly { first.week(week_start).first_day() } else { first };
    let days = buckets(tz, &in_range, first, today, false);
    let so_far = days.last().cloned().unwrap_or(Bucket {
        date: today,
        days: 1,
        totals: Totals::default(),
        days_with_data: 0,
    });
    // The chart's columns: the finished days only.
    let b = match today.pred_opt().filter(|y| *y >= first) {
        Some(yesterday) if weekly => buckets(tz, &in_range, first, yesterday, true),
        Some(_) => days[..days.len() - 1].to_vec(),
        None => Vec::new(),
    };
    // The baby's charts (supplements, diapers, weight) read their trend from the day the baby
    // arrived: a parent who prepared before the birth has weeks of days with no baby in them,
    // whose zeros would make any diaper count look like a rise.
    let born = settings.journey.birth_date.filter(|_| settings.journey.path.baby_here());
    let baby_b: Vec<Bucket> = b
        .iter()
        .filter(|x| born.is_none_or(|d| x.date + chrono::Duration::days(x.days as i64 - 1) >= d))
        .cloned()
        .collect();
    let per = |v: f64, bucket: &Bucket| if weekly { v / bucket.days.max(1) as f64 } else { v };
    let col = |f: &dyn Fn(&Totals) -> f64| -> Vec<f64> {
        b.iter().map(|x| per(f(&x.totals), x)).collect()
    };
    // Volumes as the parent reads them: each day's the sum of its entries as shown, so a day's
    // column, the Log's day and today's "so far" say the same number.
    let unit = settings.volume;
    let columns = b.iter().map(|x| x.date).collect();
    let baby_signs_met = signs_met(&baby_b, &settings.journey);
    let supplement = supplement::target(&plan, &settings.journey, entries, tz, today);
    let sessions = |t: &Totals| t.sessions as f64;
    let minutes = |t: &Totals| t.active as f64 / 60_000.0;
    let expressed = |t: &Totals| t.expressed_ml.ml_as_shown(unit);
    let given = |t: &Totals| t.supplement_ml.ml_as_shown(unit);
    let left = |t: &Totals| t.left_ml.ml_as_shown(unit);
    let right = |t: &Totals| t.right_ml.ml_as_shown(unit);
    let wet = |t: &Totals| t.wet as f64;
    let now = |f: &dyn Fn(&Totals) -> f64| f(&so_far.totals);
    let chart = |kind,
                 layers: Vec<(Layer, Vec<f64>)>,
                 target,
                 trend_of: Option<&dyn Fn(&Totals) -> f64>| {
        let of_baby =
            matches!(kind, ChartKind::Supplement | ChartKind::Diapers | ChartKind::Weight);
        let so_far = layers
            .iter()
            .map(|(l, _)| {
                (
                    *l,
                    match l {
                        Layer::Sessions => now(&sessions),
                        Layer::Minutes => now(&minutes),
                        Layer::Left => now(&left),
                        Layer::Right => now(&right),
                        Layer::Supplement => now(&given),
                        Layer::Wet => now(&wet),
                        Layer::Dirty => so_far.totals.dirty as f64,
                        Layer::Weight => so_far.totals.weight_g.map_or(0.0, |g| g as f64 / 1000.0),
                    },
                )
            })
            .collect();
        ChartModel {
            kind,
            layers,
            target,
            planned: Vec::new(),
            average: None,
            line: false,
            trend: trend_of.and_then(|f| trend(if of_baby { &baby_b } else { &b }, f)),
            so_far,
        }
    };
    let charts = vec![
        chart(
            ChartKind::Sessions,
            vec![(Layer::Sessions, col(&sessions))],
            Some(plan.sessions_per_day as f64),
            Some(&sessions),
        ),
        chart(
            ChartKind::Minutes,
            vec![(Layer::Minutes, col(&minutes))],
            Some(plan.sessions_per_day as f64 * plan.session_minutes as f64),
            Some(&minutes),
        ),
        ChartModel {
            average: (!weekly).then(|| moving_average(&col(&expressed), 7)),
            ..chart(
                ChartKind::Expressed,
                vec![(Layer::Left, col(&left)), (Layer::Right, col(&right))],
                None,
                Some(&expressed),
            )
        },
        ChartModel {
            planned: planned_per_column(supplement.as_ref(), &b),
            ..chart(
                ChartKind::Supplement,
                vec![(Layer::Supplement, col(&given))],
                supplement.as_ref().map(|s| s.ml as f64),
                Some(&given),
            )
        },
        chart(
            ChartKind::Diapers,
            vec![(Layer::Wet, col(&wet)), (Layer::Dirty, col(&|t: &Totals| t.dirty as f64))],
            Some(care::per_day(settings.journey.age_days(today)).wet as f64),
            Some(&wet),
        ),
        ChartModel {
            line: true,
            ..chart(
                ChartKind::Weight,
                vec![(
                    Layer::Weight,
                    // A day without a weight is a gap in the line, not a point at 0.
                    b.iter()
                        .map(|x| x.totals.weight_g.map_or(f64::NAN, |g| g as f64 / 1000.0))
                        .collect(),
                )],
                None,
                None,
            )
        },
    ];
    Some(ProgressModel {
        first,
        today,
        weekly,
        columns,
        weights: days.iter().filter_map(|x| x.totals.weight_g).collect(),
        days,
        so_far,
        charts,
        supplement,
        baby_signs_met,
    })
}

/// Whether every bucket in `days` that had anything logged met the care table for the baby's age
/// (a week's bucket: its daily average), with weights in range where logged; `false` with none.
fn signs_met(days: &[Bucket], journey: &crate::domain::journey::Journey) -> bool {
    let logged: Vec<&Bucket> = days.iter().filter(|b| b.days_with_data > 0).collect();
    let diapers_met = logged.iter().all(|b| {
        let need = care::per_day(journey.age_days(b.date));
        let n = b.days_with_data.max(1);
        b.totals.wet >= need.wet * n && b.totals.dirty >= need.stools.unwrap_or(0) * n
    });
    let weighed: Vec<(NaiveDate, u32)> =
        logged.iter().filter_map(|b| b.totals.weight_g.map(|g| (b.date, g))).collect();
    let weights_met = weighed.windows(2).all(|w| {
        let days = (w[1].0 - w[0].0).num_days();
        care::weight_in_range(w[0].1, days, w[1].1, journey.age_days(w[1].0))
    });
    !logged.is_empty() && diapers_met && weights_met
}

/// Each column's planned supplement from the step-down's days (see [`ChartModel::planned`]).
fn planned_per_column(
    supplement: Option<&SupplementTarget>,
    columns: &[Bucket],
) -> Vec<Option<f64>> {
    let Some(s) = supplement else { return Vec::new() };
    columns
        .iter()
        .map(|c| {
            let days: Vec<u32> = s
                .history
                .iter()
                .filter(|d| d.date >= c.date && d.date < c.date + Duration::days(c.days.into()))
                .map(|d| d.target_ml)
                .collect();
            (!days.is_empty()).then(|| days.iter().sum::<u32>() as f64 / days.len() as f64)
        })
        .collect()
}

/// The share from the breast for one column of days (see [`ProgressModel::share_columns`]).
pub type ShareColumn = Option<u32>;

/// The "from the breast" chart: its columns and what its sentence says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareChart {
    pub columns: Vec<ShareColumn>,
    /// The first and the last column's share that are known.
    pub first: u32,
    pub last: u32,
    /// How many columns have a share (with one, the sentence names only where it is).
    pub known: usize,
}

impl ProgressModel {
    /// The chart of a kind (every model has all six).
    pub fn chart(&self, kind: ChartKind) -> Option<&ChartModel> {
        self.charts.iter().find(|c| c.kind == kind)
    }

    /// The days one column covers: 1, or 7 when drawn by week.
    fn span(&self) -> i64 {
        if self.weekly {
            7
        } else {
            1
        }
    }

    /// The share chart on this model's columns; `None` when no column has a share.
    pub fn share_chart(&self, shares: &[(NaiveDate, Share)]) -> Option<ShareChart> {
        let columns = self.share_columns(shares);
        let known: Vec<u32> = columns.iter().flatten().copied().collect();
        let (first, last) = (*known.first()?, *known.last()?);
        Some(ShareChart { first, last, known: known.len(), columns })
    }

    /// The "from the breast" chart, lined up with the other charts' columns: for each column (a
    /// day, or a week in long ranges) the share against the baseline, averaged over its days that
    /// have one (`shares`: every finished day's, from [`crate::domain::milestones::all_shares`],
    /// the same numbers as the card, the Plan and the printout). A day with a share is drawn
    /// whatever it is, 0% included; a column is empty (`None`, a gap) only where no day had one:
    /// a day the parent did not log never reads as 0%.
    pub fn share_columns(&self, shares: &[(NaiveDate, Share)]) -> Vec<ShareColumn> {
        let span = self.span();
        self.columns
            .iter()
            .map(|c| {
                let days: Vec<u32> = shares
                    .iter()
                    .filter(|(d, _)| *d >= *c && *d < *c + Duration::days(span))
                    .filter_map(|(_, s)| s.by_baseline)
                    .collect();
                let n = days.len() as u32;
                (n > 0).then(|| (days.iter().sum::<u32>() + n / 2) / n)
            })
            .collect()
    }
}

/// How many decimals a daily count is shown with: a daily average of diapers keeps its decimal
/// (6.4 wet), so a small fall never reads as "the same"; a whole number is shown whole. A `u8`,
/// as the number writers take it.
pub fn count_decimals(v: f64) -> u8 {
    if (v - v.round()).abs() < 0.05 {
        0
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::{Diaper, Record, Session, SessionKind};
    use crate::domain::units::Ml;
    use crate::domain::{HOUR, MINUTE};
    use chrono_tz::Europe::London;

    fn london(d: u32, h: u32, m: u32) -> Millis {
        use chrono::TimeZone;
        London.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap().timestamp_millis()
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn pump(id: String, start: Millis) -> Entry {
        let s = Session {
            kind: SessionKind::Pumping,
            start,
            end: start + 20 * MINUTE,
            segments: vec![],
            left_ml: Some(Ml::whole(10)),
            right_ml: Some(Ml::whole(5)),
            notes: String::new(),
            test_weight: None,
        };
        Entry::new(id, start, Record::Session(s))
    }

    fn wet(id: String, at: Millis) -> Entry {
        Entry::new(
            id,
            at,
            Record::Diaper(Diaper { at, wet: true, dirty: false, dark_urine: false }),
        )
    }

    /// Ten days (19 to 28 November) of 10 and 9 sessions in turn and 7 wet diapers, and the
    /// morning of the 29th: two sessions and two wet diapers by 03:05.
    fn ten_days() -> Vec<Entry> {
        let mut log = Vec::new();
        for d in 19..=28 {
            let n = if d % 2 == 0 { 10 } else { 9 };
            for i in 0..n {
                log.push(pump(format!("s{d}-{i}"), london(d, 6, 0) + i * 90 * MINUTE));
            }
            for i in 0..7 {
                log.push(wet(format!("w{d}-{i}"), london(d, 7, 0) + i * 2 * HOUR));
            }
        }
        log.push(pump("t1".into(), london(29, 0, 30)));
        log.push(pump("t2".into(), london(29, 2, 40)));
        log.push(wet("tw1".into(), london(29, 1, 0)));
        log.push(wet("tw2".into(), london(29, 2, 50)));
        log
    }

    fn model(log: &[Entry], range: Range, since: Millis) -> ProgressModel {
        charts(log, &Settings::default(), range, date(29), &London, since).unwrap()
    }

    fn values(m: &ProgressModel, kind: ChartKind, layer: Layer) -> Vec<f64> {
        let c = m.chart(kind).unwrap();
        c.layers.iter().find(|(l, _)| *l == layer).unwrap().1.clone()
    }

    #[test]
    fn the_share_chart_draws_every_day_with_a_share_0_included_and_a_gap_only_for_a_day_not_logged()
    {
        use crate::domain::milestones::{share, Day};
        let m = model(&ten_days(), Range::Week, london(19, 5, 0));
        let day = |ml| {
            share(
                &Day { sessions: 8, supplement_ml: ml, wet: 6, any: true, ..Day::default() },
                Some(200),
            )
        };
        let unlogged = share(&Day { sessions: 8, any: true, ..Day::default() }, Some(200));
        let shares = vec![
            (date(21), day(150)),
            (date(23), day(150)),
            (date(24), unlogged),
            (date(26), day(100)),
            (date(27), day(260)),
            (date(28), day(200)),
        ];
        // The week's columns are the 22nd to the 28th, as every other chart's: the 21st is
        // before them; 150 of 200 is 25%; the 24th had no supplement and too few diapers logged
        // (a gap, not 100%); 260 and 200 given are 0% (drawn); the 22nd and 25th have no entry.
        assert_eq!(m.columns.len(), 7);
        assert_eq!(
            m.share_columns(&shares),
            [None, Some(25), None, None, Some(50), Some(0), Some(0)],
        );
        // By week: each week's days with a share, averaged: (25 + 50 + 0 + 0) / 4 = 19%.
        let month = model(&ten_days(), Range::All, london(19, 5, 0));
        let weekly = ProgressModel { weekly: true, columns: vec![date(22)], ..month };
        assert_eq!(weekly.share_columns(&shares), [Some(19)]);
        // The sentence: from the first known column's 25% to the last one's 0%, four columns
        // known; one known column; none.
        let chart = m.share_chart(&shares).unwrap();
        assert_eq!((chart.first, chart.last, chart.known), (25, 0, 4));
        let one = weekly.share_chart(&shares).unwrap();
        assert_eq!((one.first, one.last, one.known), (19, 19, 1));
        assert_eq!(m.share_chart(&shares[..1]), None, "the 21st is before the columns");
    }

    #[test]
    fn a_daily_average_keeps_its_decimal_and_a_whole_count_reads_whole() {
        assert_eq!(count_decimals(6.0), 0);
        assert_eq!(count_decimals(6.96), 0);
        assert_eq!(count_decimals(6.4), 1);
        assert_eq!(count_decimals(5.9), 1);
    }

    #[test]
    fn good_progress_on_supplements_needs_the_babys_signs_every_day() {
        use crate::domain::entry::{Method, Milk, Supplement};
        use crate::domain::journey::Path;
        // Supplements fall from 300 to 120 ml a day over the 19th to the 28th; the baby is 10 weeks
        // old. `wets(d)` wet diapers on day `d`.
        let log = |wets: &dyn Fn(u32) -> u32| -> Vec<Entry> {
            let mut log = Vec::new();
            for d in 19..=28u32 {
                let at = london(d, 9, 0);
                let ml = 300 - (d - 19) * 20;
                log.push(Entry::new(
                    format!("g{d}"),
                    at,
                    Record::Supplement(Supplement {
                        at,
                        ml: crate::domain::units::Ml::whole(ml),
                        milk: Milk::Formula,
                        method: Method::Cup,
                        after_session: None,
                        notes: String::new(),
                    }),
                ));
                for i in 0..wets(d) {
                    log.push(wet(format!("w{d}-{i}"), london(d, 7, 0) + i as Millis * 2 * HOUR));
                }
            }
            log
        };
        let mut settings = Settings::default();
        settings.journey.path = Path::Relactating;
        settings.journey.birth_date = Some(date(29) - Duration::weeks(10));
        let met = |log: &[Entry]| {
            charts(log, &settings, Range::Week, date(29), &London, london(19, 5, 0))
                .map(|m| m.baby_signs_met)
        };
        assert_eq!(met(&log(&|_| 6)), Some(true), "6 wet diapers every day");
        assert_eq!(met(&log(&|d| if d == 25 { 5 } else { 7 })), Some(false), "one day with 5");
        assert_eq!(met(&log(&|_| 0)), Some(false), "no diapers logged: never praised");
        // And the reading follows: praise only with the signs (the words: text's tests).
        use crate::domain::stats::{movement, Measure, Movement};
        assert_eq!(movement(Measure::Supplement, 300.0, 120.0), Movement::DownGoodProgress);
        assert_eq!(movement(Measure::SupplementSignsUnmet, 300.0, 120.0), Movement::DownWatchSigns);
    }

    #[test]
    fn the_babys_charts_read_their_trend_from_the_birth_not_the_weeks_of_preparing() {
        use crate::domain::journey::Path;
        // Pumping from the 19th; the baby arrives on the 25th and has 7 wet diapers every day.
        let mut log: Vec<Entry> =
            (19..=28).map(|d| pump(format!("s{d}"), london(d, 9, 0))).collect();
        for d in 25..=28 {
            for i in 0..7 {
                log.push(wet(format!("w{d}-{i}"), london(d, 7, 0) + i * 2 * HOUR));
            }
        }
        let mut settings = Settings::default();
        settings.journey.path = Path::InducingBabyHere;
        settings.journey.birth_date = Some(date(25));
        let m = charts(&log, &settings, Range::Week, date(29), &London, london(19, 5, 0)).unwrap();
        let t = m.chart(ChartKind::Diapers).unwrap().trend.unwrap();
        assert_eq!((t.from, t.to), (7.0, 7.0), "steady since the birth, not up from 0");
        // The parent's own charts still read from the first day.
        let t = m.chart(ChartKind::Sessions).unwrap().trend.unwrap();
        assert_eq!(t.days, 6);
        // Without a birth date (or before the baby is here) nothing changes.
        let before = model(&log, Range::Week, london(19, 5, 0));
        let t = before.chart(ChartKind::Diapers).unwrap().trend.unwrap();
        assert_eq!(t.from, 0.0);
    }

    #[test]
    fn the_supplement_chart_reads_each_day_against_what_was_planned_that_day() {
        use crate::domain::plan::StepDown;
        let mut settings = Settings::default();
        settings.plan.step_down =
            Some(StepDown { started_on: date(25), start_ml: 240, step_ml: 30, hold_days: 2 });
        // Seven wet diapers every day: 240 on the 25th and 26th, 210 on the 27th and 28th, and
        // 180 today, the 29th.
        let m = charts(&ten_days(), &settings, Range::Week, date(29), &London, london(19, 5, 0))
            .unwrap();
        let c = m.chart(ChartKind::Supplement).unwrap();
        assert_eq!(c.target, Some(180.0), "today's amount, as every screen says it");
        assert_eq!(
            c.planned,
            [None, None, None, Some(240.0), Some(240.0), Some(210.0), Some(210.0)],
            "the 22nd to the 28th: nothing planned before the 25th, then each day's own"
        );
        assert_eq!(c.planned.len(), m.columns.len());
        // Only the supplement chart has it; without a step-down, neither has it.
        assert!(m
            .charts
            .iter()
            .filter(|c| c.kind != ChartKind::Supplement)
            .all(|c| c.planned.is_empty()));
        let none = model(&ten_days(), Range::Week, london(19, 5, 0));
        assert!(none.chart(ChartKind::Supplement).unwrap().planned.is_empty());
    }

    #[test]
    fn today_unfinished_is_shown_apart_and_is_not_a_drop() {
        let log = ten_days();
        let since = london(19, 5, 0);
        let m = model(&log, Range::Week, since);
        // The 22nd to the 28th: seven whole days, then today apart.
        assert_eq!(
            values(&m, ChartKind::Sessions, Layer::Sessions),
            [10., 9., 10., 9., 10., 9., 10.]
        );
        assert_eq!(m.columns.len(), 7);
        assert_eq!(m.columns.last().map(chrono::Datelike::day), Some(28));
        let sessions = m.chart(ChartKind::Sessions).unwrap();
        assert_eq!(sessions.so_far, vec![(Layer::Sessions, 2.0)]);
        assert_eq!(m.so_far.date, date(29));
        let t = sessions.trend.unwrap();
        assert!(t.to >= 9.0, "no invented drop: {t:?}");
        let diapers = m.chart(ChartKind::Diapers).unwrap();
        let t = diapers.trend.unwrap();
        assert_eq!((t.from, t.to), (7.0, 7.0), "not 'down from 7 wet to 5 wet'");
        assert_eq!(diapers.so_far, vec![(Layer::Wet, 2.0), (Layer::Dirty, 0.0)]);
        assert_eq!(diapers.today(), Some(SoFar::Diapers { wet: 2.0, dirty: 0.0 }));
        assert_eq!(sessions.today(), Some(SoFar::Sessions(2.0)));
        assert_eq!(m.chart(ChartKind::Weight).unwrap().today(), None, "nothing weighed today");
        let mut weighed = log.clone();
        let w = crate::domain::entry::Weight { at: london(29, 1, 0), grams: 4050 };
        weighed.push(Entry::new("kg".into(), 0, Record::Weight(w)));
        let m = model(&weighed, Range::Week, since);
        assert_eq!(m.chart(ChartKind::Weight).unwrap().today(), Some(SoFar::Weight(4.05)));
        // The 7-day average of milk ends at a whole day's, not today's morning.
        let avg = m.chart(ChartKind::Expressed).unwrap().average.clone().unwrap();
        assert!(avg.last().copied().unwrap() > 100.0, "{avg:?}");
        // Every range keeps today out of the chart and its trend.
        for range in [Range::Month, Range::All] {
            let m = model(&log, range, since);
            let v = values(&m, ChartKind::Sessions, Layer::Sessions);
            assert_eq!(v.last(), Some(&10.0), "{range:?}");
            assert_eq!(v.len(), 10, "{range:?}: from the first entry only, no empty days");
            assert!(m.chart(ChartKind::Sessions).unwrap().trend.unwrap().to >= 9.0);
        }
    }

    #[test]
    fn a_listed_medicine_starts_no_chart_and_adds_no_empty_days() {
        use crate::domain::day::iso_date::parse;
        use crate::domain::medicine::Medicine;
        let log: Vec<Entry> = ten_days().into_iter().filter(|e| e.at >= london(26, 0, 0)).collect();
        let m = Medicine::from_form("x", true, "", parse("2026-11-10"), None).unwrap();
        let mut with = log.clone();
        with.push(Entry::new("m".into(), london(26, 0, 0), Record::Medicine(m.clone())));
        let m1 = model(&with, Range::Month, london(26, 5, 0));
        assert_eq!(m1.first, date(26), "not from the medicine's start on the 10th");
        assert_eq!(values(&m1, ChartKind::Sessions, Layer::Sessions), [10., 9., 10.]);
        let only = [Entry::new("m".into(), london(26, 0, 0), Record::Medicine(m))];
        assert!(
            charts(&only, &Settings::default(), Range::All, date(29), &London, 0).is_none(),
            "a list alone draws no charts"
        );
    }

    #[test]
    fn days_before_the_parent_began_are_not_zeros() {
        // Three whole days of history and today: the week shows three days, not four zeros first.
        let log: Vec<Entry> = ten_days().into_iter().filter(|e| e.at >= london(26, 0, 0)).collect();
        let m = model(&log, Range::Week, london(26, 5, 0));
        assert_eq!(values(&m, ChartKind::Sessions, Layer::Sessions), [10., 9., 10.]);
        assert_eq!(m.first, date(26));
        let avg = m.chart(ChartKind::Expressed).unwrap().average.clone().unwrap();
        assert!(avg.iter().all(|v| *v >= 9.0 * 15.0), "no zero days in the average: {avg:?}");
        // A parent who began long ago keeps a day with nothing logged as a real zero.
        let gap: Vec<Entry> = log
            .iter()
            .filter(|e| e.at < london(27, 0, 0) || e.at >= london(28, 0, 0))
            .cloned()
            .collect();
        let m = model(&gap, Range::Week, london(1, 5, 0));
        assert_eq!(
            values(&m, ChartKind::Sessions, Layer::Sessions),
            [0., 0., 0., 0., 10., 0., 10.]
        );
        // On the first day there are no finished days to chart: only today so far.
        let first_day: Vec<Entry> =
            log.iter().filter(|e| e.at >= london(29, 0, 0)).cloned().collect();
        let m = model(&first_day, Range::Week, london(29, 0, 10));
        assert!(m.columns.is_empty());
        assert_eq!(m.chart(ChartKind::Sessions).unwrap().so_far, vec![(Layer::Sessions, 2.0)]);
        assert_eq!(m.chart(ChartKind::Sessions).unwrap().trend, None);
    }

    /// Pumped 7 ml a side (before ounces were exact): the Log reads 0.24 oz a side, so two such
    /// sessions on the 28th make 0.48 oz from the left as shown, not 14 ml's 0.47 oz; today's
    /// "so far" (one session, both sides added) is 0.48 oz too.
    #[test]
    fn in_ounces_a_days_milk_is_the_sum_of_its_sessions_as_shown() {
        let seven = |id: &str, start| {
            let mut e = pump(id.into(), start);
            if let Record::Session(s) = &mut e.record {
                (s.left_ml, s.right_ml) = (Some(Ml::whole(7)), Some(Ml::whole(7)));
            }
            e
        };
        let log = [
            seven("a", london(28, 9, 0)),
            seven("b", london(28, 12, 0)),
            seven("c", london(29, 2, 0)),
        ];
        let oz = Settings { volume: crate::domain::units::Volume::Oz, ..Settings::default() };
        let m = charts(&log, &oz, Range::Week, date(29), &London, london(28, 8, 0)).unwrap();
        let in_oz = |ml: f64| (ml / crate::domain::units::ML_PER_OZ * 100.0).round() / 100.0;
        let left = values(&m, ChartKind::Expressed, Layer::Left);
        assert_eq!(left.last().copied().map(in_oz), Some(0.48));
        let so_far = m.chart(ChartKind::Expressed).unwrap().today();
        let Some(SoFar::Expressed(so_far)) = so_far else { panic!("{so_far:?}") };
        assert_eq!(in_oz(so_far), 0.48, "both sides: 0.24 + 0.24 oz");
    }
}
