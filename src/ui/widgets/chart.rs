//! A small SVG chart: stacked bars with an optional target line and average line, or points joined
//! by a line. Drawn with attributes only (no inline styles, for the CSP), readable in light, night
//! and print, with a table of the same numbers one tap away for screen readers.

use leptos::prelude::*;

use crate::domain::decimal::{fixed, shortest};
use crate::domain::stats::ticks;
use crate::text::progress as t;

const W: f64 = 320.0;
const H: f64 = 170.0;
const LEFT: f64 = 34.0;
const BOTTOM: f64 = 22.0;
const TOP: f64 = 8.0;

/// The line a chart is read against.
#[derive(Clone, Default)]
pub enum Target {
    #[default]
    None,
    /// One amount across every column (planned sessions, 6 wet diapers, today's supplement).
    Flat(f64),
    /// Each column's own amount, drawn as steps: the printed step-down shows what was planned on
    /// each past day, not today's amount. `None` where nothing was planned.
    PerColumn(Vec<Option<f64>>),
}

impl Target {
    fn values(&self) -> Vec<f64> {
        match self {
            Target::None => Vec::new(),
            Target::Flat(v) => vec![*v],
            Target::PerColumn(v) => v.iter().flatten().copied().collect(),
        }
    }
}

/// A point of a polyline, "x,y" to a tenth.
fn point(x: f64, y: f64) -> String {
    format!("{},{}", fixed(x, 1), fixed(y, 1))
}

/// A line of `class` across the plot at height `at` (a grid line, a target and its halo).
fn across(class: &'static str, at: f64) -> impl IntoView {
    let at = shortest(at);
    view! { <line class=class x1=shortest(LEFT) x2=shortest(W) y1=at.clone() y2=at/> }
}

/// What one chart shows.
#[derive(Clone)]
pub struct Series {
    pub title: &'static str,
    /// One-sentence summary, shown above and used as the chart's accessible name.
    pub summary: String,
    /// Column labels (days or weeks).
    pub labels: Vec<String>,
    /// What the labels are, heading the table's first column ("Day" or "Week of").
    pub column: &'static str,
    /// Stacked values per column, with the name of each layer.
    pub layers: Vec<(&'static str, Vec<f64>)>,
    pub target: Target,
    pub average: Option<Vec<f64>>,
    /// Draw points and a line instead of bars (weight).
    pub line: bool,
    /// How values are written in the table.
    pub format: fn(f64) -> String,
}

/// One chart with its summary and table toggle.
#[component]
pub fn Chart(series: Series) -> impl IntoView {
    let show_table = RwSignal::new(false);
    let n = series.labels.len().max(1);
    let totals: Vec<f64> = (0..n)
        .map(|i| series.layers.iter().map(|(_, v)| v.get(i).copied().unwrap_or(0.0)).sum())
        .collect();
    let max = totals
        .iter()
        .copied()
        .chain(series.target.values())
        .chain(series.average.iter().flatten().copied())
        .fold(0.0, f64::max);
    let ticks = ticks(max);
    let top = ticks.last().copied().unwrap_or(1.0).max(1.0);
    let plot_h = H - BOTTOM - TOP;
    let y = move |v: f64| TOP + plot_h - v / top * plot_h;
    let col = (W - LEFT) / n as f64;
    let x = move |i: usize| LEFT + col * i as f64 + col / 2.0;
    let every = n.div_ceil(7);

    let grid = ticks
        .iter()
        .map(|v| {
            view! {
                {across("grid", y(*v))}
                <text class="tick" x=shortest(LEFT - 4.0) y=shortest(y(*v) + 3.0) text-anchor="end">{shortest(*v)}</text>
            }
        })
        .collect_view();
    let bars = (!series.line).then(|| {
        (0..n)
            .map(|i| {
                let mut base = 0.0;
                series
                    .layers
                    .iter()
                    .enumerate()
                    .map(|(layer, (_, values))| {
                        let v = values.get(i).copied().unwrap_or(0.0);
                        let (y0, y1) = (y(base), y(base + v));
                        base += v;
                        view! {
                            <rect
                                class=format!("bar layer-{layer}")
                                x=shortest(x(i) - col * 0.35)
                                width=shortest(col * 0.7)
                                y=shortest(y1)
                                height=shortest((y0 - y1).max(0.0))
                            />
                        }
                    })
                    .collect_view()
            })
            .collect_view()
    });
    // Points joined by a line: a point for every value (0 included), and a gap in the line
    // where a column has none (not a number), so a day not logged is never drawn as 0.
    let line = series.line.then(|| {
        let values = series.layers.first().map(|(_, v)| v.clone()).unwrap_or_default();
        let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for (i, v) in values.iter().enumerate() {
            match (v.is_finite(), runs.last_mut()) {
                (true, Some(run)) => run.push((x(i), y(*v))),
                (false, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
                _ => {}
            }
        }
        let pts: Vec<(f64, f64)> = runs.iter().flatten().copied().collect();
        view! {
            {runs.into_iter().filter(|r| r.len() > 1).map(|run| {
                let path = run.iter().map(|&(a, b)| point(a, b)).collect::<Vec<_>>().join(" ");
                view! { <polyline class="trend" points=path/> }
            }).collect_view()}
            {pts.into_iter().map(|(a, b)| view! { <circle class="point" cx=shortest(a) cy=shortest(b) r="3.5"/> }).collect_view()}
        }
    });
    let average = series.average.clone().map(|avg| {
        let path =
            avg.iter().enumerate().map(|(i, v)| point(x(i), y(*v))).collect::<Vec<_>>().join(" ");
        view! { <polyline class="average" points=path/> }
    });
    let target = match &series.target {
        Target::None => None,
        // Each line is drawn over a halo of the background's colour, so its dashes stay readable
        // where it crosses a bar, on screen and in black-and-white print.
        Target::Flat(v) => Some(
            view! {
                {across("halo", y(*v))}
                {across("target", y(*v))}
            }
            .into_any(),
        ),
        Target::PerColumn(planned) => {
            // One step per column: across it at its own amount, joined column to column; a
            // column with nothing planned breaks the line.
            let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
            let mut open = false;
            for (i, p) in planned.iter().enumerate() {
                match p {
                    Some(v) => {
                        if !open {
                            runs.push(Vec::new());
                            open = true;
                        }
                        if let Some(run) = runs.last_mut() {
                            run.push((x(i) - col / 2.0, y(*v)));
                            run.push((x(i) + col / 2.0, y(*v)));
                        }
                    }
                    None => open = false,
                }
            }
            Some(
                runs.into_iter()
                    .map(|run| {
                        let points =
                            run.iter().map(|&(a, b)| point(a, b)).collect::<Vec<_>>().join(" ");
                        view! {
                            <polyline class="halo" points=points.clone()/>
                            <polyline class="target planned" points=points/>
                        }
                    })
                    .collect_view()
                    .into_any(),
            )
        }
    };
    let target_key = match &series.target {
        Target::None => None,
        Target::Flat(_) => Some(t::TARGET),
        Target::PerColumn(p) => p.iter().any(Option::is_some).then_some(t::PLANNED_KEY),
    };
    let labels = series
        .labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, l)| {
            // The last label ends at the chart's edge instead of running off it ("11 Nov").
            let (at, anchor) =
                if i + 1 == n && n > 1 { (W - 1.0, "end") } else { (x(i), "middle") };
            view! { <text class="label" x=shortest(at) y=shortest(H - 6.0) text-anchor=anchor>{l.clone()}</text> }
        })
        .collect_view();

    let fmt = series.format;
    let head =
        series.layers.iter().map(|(name, _)| view! { <th scope="col">{*name}</th> }).collect_view();
    let rows = (0..n)
        .map(|i| {
            let label = series.labels.get(i).cloned().unwrap_or_default();
            let cells = series
                .layers
                .iter()
                .map(|(_, v)| view! { <td>{fmt(v.get(i).copied().unwrap_or(0.0))}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view();
    let summary = series.summary.clone();
    view! {
        <section class="chart card">
            <h2>{series.title}</h2>
            <p class="chart-summary">{series.summary.clone()}</p>
            <svg viewBox=format!("0 0 {} {}", shortest(W), shortest(H)) role="img" aria-label=summary>
                {grid}
                {bars}
                {line}
                {average}
                {target}
                {labels}
            </svg>
            <p class="legend" aria-hidden="true">
                {series.layers.iter().enumerate().map(|(i, (name, _))| view! { <span class=format!("key layer-{i}")>{*name}</span> }).collect_view()}
                {target_key.map(|k| view! { <span class="key target-key">{k}</span> })}
                {series.average.is_some().then(|| view! { <span class="key average-key">{t::AVERAGE}</span> })}
            </p>
            <button type="button" class="link no-print" aria-expanded=move || show_table.get().to_string() on:click=move |_| show_table.update(|s| *s = !*s)>
                {move || if show_table.get() { t::HIDE_TABLE.get() } else { t::SHOW_TABLE.get() }}
                // Six charts, six buttons: each says which chart it opens.
                <span class="sr">": " {series.title}</span>
            </button>
            <table class="chart-table" class:shown=move || show_table.get()>
                <caption class="sr">{series.title}</caption>
                <thead><tr><th scope="col">{series.column}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
