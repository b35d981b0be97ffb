//! Progress: is it working? Sessions, minutes, milk, supplements, diapers and weight over 7 days,
//! 30 days or everything (by week when long), each with a plain sentence and a table.

pub mod consultant;

use chrono::{Duration, Local};
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{day_range, local_date};
use crate::domain::stats::{
    buckets, milestones, movement, moving_average, trend, use_weeks, week_label, Bucket, Measure,
};
use crate::domain::summary::Totals;
use crate::domain::units::Volume;
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::progress::consultant::ConsultantSummary;
use crate::ui::widgets::chart::{Chart, Series};

/// Which stretch of time the charts cover.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Range {
    Week,
    Month,
    All,
}

/// Builds a summary sentence for a measure.
fn sentence(
    b: &[Bucket],
    what: &str,
    value: fn(&Totals) -> f64,
    show: &dyn Fn(f64) -> String,
    measure: Measure,
) -> String {
    match trend(b, value) {
        Some(tr) => {
            t::trend(what, &show(tr.from), &show(tr.to), tr.days, movement(measure, tr.from, tr.to))
        }
        None => t::early(what),
    }
}

/// The Progress screen.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let range = RwSignal::new(Range::Week);
    // For "All", the first entry's day is found with a cheap query of the oldest entry only.
    let loaded = store.watch(move || {
        let today = local_date(&Local, browser::clock::now());
        let (_, to) = day_range(&Local, today);
        let from = match range.get() {
            Range::Week => day_range(&Local, today - Duration::days(6)).0,
            Range::Month => day_range(&Local, today - Duration::days(29)).0,
            Range::All => i64::MIN / 2,
        };
        (from, to)
    });

    let consultant = RwSignal::new(false);
    Effect::new(move |_| {
        if loaded.with(Option::is_some) {
            browser::tasks::next_task(move || {
                let _ = consultant.try_set(true);
            });
        }
    });

    view! {
        <section class="screen progress">
            <h1 class="no-print">{text::nav::PROGRESS}</h1>
            <div class="filters no-print" role="group" aria-label=t::RANGE>
                {[(Range::Week, t::DAYS_7), (Range::Month, t::DAYS_30), (Range::All, t::ALL)]
                    .into_iter()
                    .map(|(r, label)| view! {
                        <button type="button" class="chip" aria-pressed=move || (range.get() == r).to_string() on:click=move |_| range.set(r)>
                            {label}
                        </button>
                    })
                    .collect_view()}
            </div>
            <div class="screen-charts no-print">
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{t::LOADING}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{text::store_error(&e)}</p> }.into_any(),
                Some(Ok(entries)) => {
                    let live: Vec<_> = entries.into_iter().filter(|e| !e.deleted).collect();
                    if live.is_empty() {
                        return view! { <p class="empty">{t::EMPTY}</p> }.into_any();
                    }
                    let s = app.settings.get();
                    let today = local_date(&Local, browser::clock::now());
                    let first = match range.get() {
                        Range::Week => today - Duration::days(6),
                        Range::Month => today - Duration::days(29),
                        Range::All => live.iter().map(|e| local_date(&Local, e.at)).min().unwrap_or(today),
                    };
                    let weekly = use_weeks(first, today);
                    // Long ranges are drawn by calendar week, starting on the parent's first weekday.
                    let first = if weekly { first.week(s.week_start.weekday()).first_day() } else { first };
                    let b = buckets(&Local, &live, first, today, weekly);
                    let daily = if weekly { buckets(&Local, &live, first, today, false) } else { b.clone() };
                    let per = |v: f64, bucket: &Bucket| if weekly { v / bucket.days.max(1) as f64 } else { v };
                    let labels: Vec<String> = b.iter().map(|x| if weekly { week_label(x.date) } else { x.date.format("%-d").to_string() }).collect();
                    let col = |f: fn(&Totals) -> f64| -> Vec<f64> { b.iter().map(|x| per(f(&x.totals), x)).collect() };
                    let unit = s.volume;
                    let vol = move |ml: f64| match unit {
                        Volume::Ml => format!("{ml:.0} ml"),
                        Volume::Oz => format!("{:.1} oz", ml / crate::domain::units::ML_PER_OZ),
                    };
                    let in_unit = |ml: Vec<f64>| -> Vec<f64> { match unit { Volume::Ml => ml, Volume::Oz => ml.into_iter().map(|v| v / crate::domain::units::ML_PER_OZ).collect() } };
                    let num = |v: f64| format!("{v:.0}");
                    let count = |v: f64| format!("{v:.0}");
                    let expressed = col(|t| t.expressed_ml as f64);
                    let target_ml = s.plan.step_down.as_ref().and_then(|sd| sd.target_on(today, |_| 6));
                    let charts = vec![
                        Series {
                            title: t::SESSIONS,
                            summary: sentence(&b, t::SESSIONS, |t| t.sessions as f64, &|v| format!("{v:.0}"), Measure::Effort),
                            labels: labels.clone(),
                            layers: vec![(t::SESSIONS, col(|t| t.sessions as f64))],
                            target: Some(s.plan.sessions_per_day as f64),
                            average: None,
                            line: false,
                            format: count,
                        },
                        Series {
                            title: t::MINUTES,
                            summary: sentence(&b, t::MINUTES, |t| t.active as f64 / 60_000.0, &|v| format!("{v:.0} min"), Measure::Effort),
                            labels: labels.clone(),
                            layers: vec![(t::MINUTES, col(|t| t.active as f64 / 60_000.0))],
                            target: Some(s.plan.sessions_per_day as f64 * s.plan.session_minutes as f64),
                            average: None,
                            line: false,
                            format: num,
                        },
                        Series {
                            title: t::EXPRESSED,
                            summary: sentence(&b, t::EXPRESSED, |t| t.expressed_ml as f64, &vol, Measure::Effort),
                            labels: labels.clone(),
                            layers: vec![(t::LEFT, in_unit(col(|t| t.left_ml as f64))), (t::RIGHT, in_unit(col(|t| t.right_ml as f64)))],
                            target: None,
                            average: (!weekly).then(|| in_unit(moving_average(&expressed, 7))),
                            line: false,
                            format: num,
                        },
                        Series {
                            title: t::SUPPLEMENT,
                            summary: sentence(&b, t::SUPPLEMENT, |t| t.supplement_ml as f64, &vol, Measure::Supplement),
                            labels: labels.clone(),
                            layers: vec![(t::SUPPLEMENT, in_unit(col(|t| t.supplement_ml as f64)))],
                            target: target_ml.map(|ml| in_unit(vec![ml as f64])[0]),
                            average: None,
                            line: false,
                            format: num,
                        },
                        Series {
                            title: t::DIAPERS,
                            summary: sentence(&b, t::DIAPERS, |t| t.wet as f64, &|v| if (v - v.round()).abs() < 0.05 { format!("{v:.0} wet") } else { format!("{v:.1} wet") }, Measure::Baby),
                            labels: labels.clone(),
                            layers: vec![(t::WET, col(|t| t.wet as f64)), (t::DIRTY, col(|t| t.dirty as f64))],
                            target: Some(6.0),
                            average: None,
                            line: false,
                            format: count,
                        },
                        Series {
                            title: t::WEIGHT,
                            summary: {
                                let w: Vec<u32> = b.iter().filter_map(|x| x.totals.weight_g).collect();
                                t::weight(w.first().copied(), w.last().copied(), w.len())
                            },
                            labels,
                            layers: vec![(t::WEIGHT, b.iter().map(|x| x.totals.weight_g.map_or(0.0, |g| g as f64 / 1000.0)).collect())],
                            target: None,
                            average: None,
                            line: true,
                            format: |v| if v > 0.0 { format!("{v:.2} kg") } else { String::new() },
                        },
                    ];
                    // Milestones are "firsts", so they are only true over the whole history.
                    let wins = if range.get() == Range::All { milestones(&daily, s.plan.sessions_per_day) } else { vec![] };
                    view! {
                        {(!wins.is_empty()).then(|| view! {
                            <section class="card milestones">
                                <h2>{t::MILESTONES}</h2>
                                <ul>{wins.iter().map(|m| view! { <li>{t::milestone(m)}</li> }).collect_view()}</ul>
                            </section>
                        })}
                        {charts.into_iter().map(|series| view! { <Chart series=series/> }).collect_view()}
                    }.into_any()
                }
            }}
            </div>
            // Drawn once the charts know their size, so it never jumps down under the parent's eye,
            // and a task after them, so each task stays short.
            <Show when=move || consultant.get()>
                <ConsultantSummary/>
            </Show>
        </section>
    }
}
