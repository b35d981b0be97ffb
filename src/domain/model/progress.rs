//! The Progress screen's model: for 7 days, 30 days or everything, one bucket per day (or per
//! week when long), each chart's series, target and trend, the milestones, and the day's planned
//! supplement. Volumes stay in ml; the screen converts them for display.

use chrono::{Duration, NaiveDate, TimeZone, Weekday};

use super::supplement::{self, SupplementTarget};
use crate::domain::day::{day_range, local_date};
use crate::domain::entry::Entry;
use crate::domain::plan::{Plan, WET_DIAPERS_TO_STEP};
use crate::domain::stats::{
    buckets, milestones, moving_average, trend, use_weeks, week_label, Bucket, Milestone, Trend,
};
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
    /// The first day of a fixed range ending `today`; `None` for everything.
    pub fn first(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Range::Week => Some(today - Duration::days(6)),
            Range::Month => Some(today - Duration::days(29)),
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
    /// A flat target line (planned sessions, minutes, 6 wet diapers, the planned supplement).
    pub target: Option<f64>,
    /// The 7-day moving average of the stacked total, for daily milk.
    pub average: Option<Vec<f64>>,
    /// Points joined by a line instead of bars.
    pub line: bool,
    /// How the chart's measure moved over the range; `None` with too little data.
    pub trend: Option<Trend>,
}

/// Everything the Progress screen draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressModel {
    pub first: NaiveDate,
    pub today: NaiveDate,
    /// Drawn by calendar week (long ranges).
    pub weekly: bool,
    /// Column labels: day of month, or the date each week starts on.
    pub labels: Vec<String>,
    /// One bucket per day from `first` to `today`, whatever `weekly` says.
    pub days: Vec<Bucket>,
    pub charts: Vec<ChartModel>,
    /// Only over the whole history ("firsts").
    pub milestones: Vec<Milestone>,
    /// Weights logged in the range (grams, one per bucket that has one), oldest first.
    pub weights: Vec<u32>,
    /// Today's planned supplement, from the one step-down function.
    pub supplement: Option<SupplementTarget>,
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
/// charts will grow). `entries` may hold more than the range; only the range is charted.
pub fn charts<Tz: TimeZone>(
    entries: &[Entry],
    plan: &Plan,
    week_start: Weekday,
    range: Range,
    today: NaiveDate,
    tz: &Tz,
) -> Option<ProgressModel> {
    let plan = plan.clamped();
    let live: Vec<Entry> = entries.iter().filter(|e| !e.deleted).cloned().collect();
    let first = match range.first(today) {
        Some(d) => d,
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
    let b = buckets(tz, &in_range, first, today, weekly);
    let days = if weekly { buckets(tz, &in_range, first, today, false) } else { b.clone() };
    let per = |v: f64, bucket: &Bucket| if weekly { v / bucket.days.max(1) as f64 } else { v };
    let col =
        |f: fn(&Totals) -> f64| -> Vec<f64> { b.iter().map(|x| per(f(&x.totals), x)).collect() };
    let labels = b
        .iter()
        .map(|x| if weekly { week_label(x.date) } else { x.date.format("%-d").to_string() })
        .collect();
    let supplement = supplement::target(&plan, entries, tz, today);
    let sessions = |t: &Totals| t.sessions as f64;
    let minutes = |t: &Totals| t.active as f64 / 60_000.0;
    let expressed = |t: &Totals| t.expressed_ml as f64;
    let given = |t: &Totals| t.supplement_ml as f64;
    let wet = |t: &Totals| t.wet as f64;
    let chart = |kind, layers, target, trend_of: Option<fn(&Totals) -> f64>| ChartModel {
        kind,
        layers,
        target,
        average: None,
        line: false,
        trend: trend_of.and_then(|f| trend(&b, f)),
    };
    let charts = vec![
        chart(
            ChartKind::Sessions,
            vec![(Layer::Sessions, col(sessions))],
            Some(plan.sessions_per_day as f64),
            Some(sessions),
        ),
        chart(
            ChartKind::Minutes,
            vec![(Layer::Minutes, col(minutes))],
            Some(plan.sessions_per_day as f64 * plan.session_minutes as f64),
            Some(minutes),
        ),
        ChartModel {
            average: (!weekly).then(|| moving_average(&col(expressed), 7)),
            ..chart(
                ChartKind::Expressed,
                vec![
                    (Layer::Left, col(|t| t.left_ml as f64)),
                    (Layer::Right, col(|t| t.right_ml as f64)),
                ],
                None,
                Some(expressed),
            )
        },
        chart(
            ChartKind::Supplement,
            vec![(Layer::Supplement, col(given))],
            supplement.as_ref().map(|s| s.ml as f64),
            Some(given),
        ),
        chart(
            ChartKind::Diapers,
            vec![(Layer::Wet, col(wet)), (Layer::Dirty, col(|t| t.dirty as f64))],
            Some(WET_DIAPERS_TO_STEP as f64),
            Some(wet),
        ),
        ChartModel {
            line: true,
            ..chart(
                ChartKind::Weight,
                vec![(
                    Layer::Weight,
                    b.iter()
                        .map(|x| x.totals.weight_g.map_or(0.0, |g| g as f64 / 1000.0))
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
        labels,
        milestones: if range == Range::All {
            milestones(&days, plan.sessions_per_day)
        } else {
            vec![]
        },
        weights: b.iter().filter_map(|x| x.totals.weight_g).collect(),
        days,
        charts,
        supplement,
    })
}

impl ProgressModel {
    /// The chart of a kind (every model has all six).
    pub fn chart(&self, kind: ChartKind) -> Option<&ChartModel> {
        self.charts.iter().find(|c| c.kind == kind)
    }
}
