//! Progress: is it working? Sessions, minutes, milk, supplements, diapers and weight over 7 days,
//! 30 days or everything (by week when long), each with a plain sentence and a table.

pub mod consultant;
mod journey;

use chrono::Local;
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::local_date;
use crate::domain::entry::Entry;
use crate::domain::milestones::Shares;
use crate::domain::model::progress::{self, ChartKind, ChartModel, Layer, ProgressModel, Range};
use crate::domain::stats::{movement, Measure};
use crate::domain::units::Volume;
use crate::state::first_use::Began;
use crate::state::log_store::LogStore;
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::progress::consultant::ConsultantSummary;
use crate::ui::widgets::chart::{Chart, Series, Target};
use crate::ui::widgets::loaded::Loaded;
use crate::ui::widgets::show::Show;

/// A chart's summary sentence from its trend.
fn sentence(
    chart: &ChartModel,
    what: &str,
    show: &dyn Fn(f64) -> String,
    measure: Measure,
) -> String {
    match chart.trend {
        Some(tr) => {
            t::trend(what, &show(tr.from), &show(tr.to), tr.days, movement(measure, tr.from, tr.to))
        }
        None => t::early(what),
    }
}

/// The name of a chart layer.
fn layer_name(l: Layer) -> &'static str {
    let name = match l {
        Layer::Sessions => t::SESSIONS,
        Layer::Minutes => t::MINUTES,
        Layer::Left => t::LEFT,
        Layer::Right => t::RIGHT,
        Layer::Supplement => t::SUPPLEMENT,
        Layer::Wet => t::WET,
        Layer::Dirty => t::DIRTY,
        Layer::Weight => t::WEIGHT,
    };
    name.get()
}

/// The weight chart's sentence, from the weights logged in the range.
fn weight_sentence(m: &ProgressModel) -> String {
    t::weight(m.weights.first().copied(), m.weights.last().copied(), m.weights.len())
}

/// One chart of the model as the chart widget draws it, in the parent's unit.
fn series(m: &ProgressModel, chart: &ChartModel, unit: Volume) -> Series {
    let volume = matches!(chart.kind, ChartKind::Expressed | ChartKind::Supplement);
    let in_unit = move |ml: f64| if volume { text::format::in_unit(unit, ml) } else { ml };
    let vol = move |ml: f64| text::format::volume_f64(unit, ml);
    let num: fn(f64) -> String = text::format::whole;
    let wet = t::wet_a_day;
    let (title, summary, format) = match chart.kind {
        ChartKind::Sessions => {
            (t::SESSIONS, sentence(chart, t::SESSIONS.get(), &num, Measure::Effort), num)
        }
        ChartKind::Minutes => {
            (t::MINUTES, sentence(chart, t::MINUTES.get(), &t::minutes_a_day, Measure::Effort), num)
        }
        ChartKind::Expressed => {
            (t::EXPRESSED, sentence(chart, t::EXPRESSED.get(), &vol, Measure::Effort), num)
        }
        ChartKind::Supplement => {
            // Praise only with the baby's signs (the care table, every day read).
            let measure =
                if m.baby_signs_met { Measure::Supplement } else { Measure::SupplementSignsUnmet };
            (t::SUPPLEMENT, sentence(chart, t::SUPPLEMENT.get(), &vol, measure), num)
        }
        ChartKind::Diapers => {
            (t::DIAPERS, sentence(chart, t::DIAPERS.get(), &wet, Measure::Baby), num)
        }
        ChartKind::Weight => (t::WEIGHT, weight_sentence(m), t::kg_value as fn(f64) -> String),
    };
    // Today is not over: its values are said apart, "so far", and are not a bar of the chart.
    let summary = match chart.today() {
        Some(v) => format!("{summary} {}", t::so_far(&t::so_far_value(v, unit))),
        None => summary,
    };
    Series {
        title: title.get(),
        summary,
        labels: labels(m),
        column: if m.weekly { t::COL_WEEK } else { t::COL_DAY }.get(),
        layers: chart
            .layers
            .iter()
            .map(|(l, v)| (layer_name(*l), v.iter().map(|x| in_unit(*x)).collect()))
            .collect(),
        // The supplement's planned amount day by day (a guide, not a limit); other targets flat.
        target: if chart.planned.is_empty() {
            chart.target.map_or(Target::None, |v| Target::Flat(in_unit(v)))
        } else {
            Target::PerColumn(chart.planned.iter().map(|v| v.map(in_unit)).collect())
        },
        average: chart.average.as_ref().map(|a| a.iter().map(|x| in_unit(*x)).collect()),
        line: chart.line,
        format,
    }
}

/// The columns' labels: the day of the month, or the week's first day.
fn labels(m: &ProgressModel) -> Vec<String> {
    m.columns.iter().map(|d| t::column_label(*d, m.weekly)).collect()
}

/// The "from the breast" chart, on the same columns as the others: a point for every column
/// with a share (0% too), a gap where no day had one, and the sentence saying what it is
/// measured against. `None` when no column has a share.
fn share_series(m: &ProgressModel, shares: &Shares, unit: Volume) -> Option<Series> {
    let chart = m.share_chart(&shares.days)?;
    let vol = move |ml: u32| text::format::volume(unit, ml);
    let summary = [
        t::share_chart_summary(chart.first, chart.last, chart.known),
        shares.baseline.map(|b| t::share_baseline(&b, &vol)).unwrap_or_default(),
        t::SHARE_MEANING.to_string(),
    ]
    .join(" ");
    Some(Series {
        title: t::SHARE_CHART.get(),
        summary,
        labels: labels(m),
        column: if m.weekly { t::COL_WEEK } else { t::COL_DAY }.get(),
        // A column no day had a share in is not a number: a gap, never 0%.
        layers: vec![(
            t::SHARE_LAYER.get(),
            chart.columns.iter().map(|c| c.map_or(f64::NAN, f64::from)).collect(),
        )],
        target: Target::None,
        average: None,
        line: true,
        format: t::share_value,
    })
}

/// The Progress screen.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let began = Began::get();
    let range = RwSignal::new(Range::Week);
    // For "All", the first entry's day is found with a cheap query of the oldest entry only.
    let loaded = store.watch(move || {
        let today = local_date(&Local, browser::clock::now());
        let to = crate::domain::day::day_range(&Local, today).1;
        let r = range.get();
        (app.settings.with(|s| progress::log_needed_from(&s.plan, r, today, &Local)), to)
    });

    // The milestones above the charts come from the whole log, read once for every screen. The
    // screen shows both together, so the timeline never arrives after the charts and pushes them
    // down; read already (Today follows it), or kept from the last read of the same log, it
    // costs nothing here. With nothing known yet the read starts at once; to confirm what was
    // kept, only once the charts' own read is in, so it never holds them up.
    let ms = Milestones::get();
    ms.follow(move || !ms.known() || loaded.with(Option::is_some));
    let ready = move || loaded.with(Option::is_some) && ms.known();

    let consultant = RwSignal::new(false);
    Effect::new(move |_| {
        if ready() {
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
            <Show when=ready fallback=|| view! { <p class="loading no-print" role="status">{t::LOADING}</p> }>
            <div class="no-print">
                <journey::Journey/>
            </div>
            <div class="screen-charts no-print">
            <Loaded data=loaded loading=t::LOADING.get() ready={move |entries: Vec<Entry>| {
                    let s = app.settings.get();
                    let today = local_date(&Local, browser::clock::now());
                    let since = began.since();
                    let Some(m) = progress::charts(&entries, &s, range.get(), today, &Local, since) else {
                        return view! { <p class="empty">{t::EMPTY}</p> }.into_any();
                    };
                    let mut charts: Vec<Series> = m.charts.iter().map(|c| series(&m, c, s.volume)).collect();
                    // How much may come from the breast, day by day: the shares of the card above,
                    // the Plan and the printout, from the same whole-log read.
                    charts.extend(ms.shares.with(|all| share_series(&m, all, s.volume)));
                    view! {
                        {charts.into_iter().map(|series| view! { <Chart series=series/> }).collect_view()}
                    }.into_any()
            }}/>
            </div>
            </Show>
            // Drawn once the charts know their size, so it never jumps down under the parent's eye,
            // and a task after them, so each task stays short.
            <Show when=move || consultant.get()>
                <ConsultantSummary/>
            </Show>
        </section>
    }
}
