//! The summary printed for a lactation consultant: the path and plan in force, the parent's notes
//! for the consultant, the supplement step-down (its start and source, today's amount, each step,
//! hold and step back with its reason), a day-by-day table (calendar days; today apart, "so far")
//! with supplements by method, night sessions and the longest break, its totals and average a
//! day, the milestones and the share from the breast, two compact charts with dated axes (the
//! supplement's planned amount drawn day by day), and the notes written in the log. Only its
//! controls show on screen; the summary itself appears on paper.
//!
//! The model is built once per change of what it shows (the log, the settings, the days asked,
//! the whole-log read); the notes typed for the consultant only update their own paragraph.

use chrono::Local;
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{day_range, local_date};
use crate::domain::model::consultant::{self, ConsultantModel, ConsultantRow, StepSection};
use crate::domain::units::{Total, Volume};
use crate::state::log_store::LogStore;
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::widgets::chart::{Chart, Series, Target};
use crate::ui::widgets::show::Show;

/// Controls (days, notes) on screen, and the printable summary.
#[component]
pub fn ConsultantSummary() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let days = RwSignal::new(consultant::DAYS_AT_FIRST);
    let notes = RwSignal::new(String::new());
    let loaded = store.watch(move || {
        let today = local_date(&Local, browser::clock::now());
        let n = days.get();
        let from = app.settings.with(|s| consultant::log_needed_from(&s.plan, n, today, &Local));
        (from, day_range(&Local, today).1)
    });
    // Milestones are firsts, shares need the baseline, and listed medicines are filed under their
    // start day: all need the whole log, the one read Progress and Today share (Progress
    // follows it).
    let ms = Milestones::get();
    // The summary exists only on paper, so it is drawn a task after the screen: never part of the
    // work between the parent's tap and what they see.
    let drawn = RwSignal::new(false);
    browser::tasks::next_task(move || {
        let _ = drawn.try_set(true);
    });
    let model = Memo::new(move |_| {
        if !drawn.get() {
            return None;
        }
        let today = local_date(&Local, browser::clock::now());
        let n = days.get();
        let m = app.settings.with(|s| {
            loaded.with(|l| match l {
                Some(Ok(entries)) => {
                    Some(ConsultantModel::of(entries, &s.plan, &s.journey, n, today, &Local))
                }
                _ => None,
            })
        })?;
        // Each build leaves a mark in the performance timeline: one per change of the data, none
        // per key typed in the notes (tests/e2e/share.test.mjs counts them).
        browser::tasks::mark("relact:consultant-summary");
        Some(ms.timeline.with(|tl| {
            ms.untallied.with(|u| match (tl, u) {
                (Some(Ok(tl)), Some(untallied)) => {
                    ms.shares.with(|sh| m.clone().with_whole_log(tl, sh, untallied))
                }
                _ => m,
            })
        }))
    });
    let summary = move || {
        let unit = app.settings.with(|s| s.volume);
        let clock = app.settings.with(|s| s.clock);
        model.with(|m| m.as_ref().map(|m| printed(m, unit, clock, notes)))
    };
    view! {
        <div class="no-print consultant-controls">
            <label class="field">
                <span>{t::SUMMARY_DAYS}</span>
                <select on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).parse::<i64>() {
                        days.set(n)
                    }
                }>
                    {consultant::DAYS_OFFERED.into_iter().map(|n| view! { <option value=n.to_string() selected=n == consultant::DAYS_AT_FIRST>{n.to_string()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{t::SUMMARY_NOTES}</span>
                <textarea rows="2" maxlength="2000" prop:value=notes on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </label>
            <div class="actions">
                <button type="button" class="big" on:click=move |_| browser::print::print()>{t::PRINT}</button>
            </div>
            <p class="hint">{text::guide::PRINT_HELP}</p>
        </div>
        {summary}
    }
}

/// The summary on paper, from its model; the notes for the consultant are their own node.
fn printed(
    m: &ConsultantModel,
    unit: Volume,
    clock: crate::domain::settings::Clock,
    notes: RwSignal<String>,
) -> impl IntoView {
    let vol = move |ml: u32| text::format::volume(unit, ml);
    let with_feed =
        m.with_feed().map(|(with, total)| t::with_feed(with, total, unit)).unwrap_or_default();
    let facts = t::range_facts(m.total.night_sessions, m.total.longest_break);
    view! {
        <section class="print-only consultant">
            <h1>{t::SUMMARY_TITLE}</h1>
            <p>{t::summary_range(m.first, m.last)}</p>
            {m.today.is_some().then(|| view! { <p>{t::today_apart(&text::format::day_heading(m.last))}</p> })}
            <h2>{t::SUMMARY_PLAN}</h2>
            <p>{t::summary_path(&m.journey, m.last)} " " {t::summary_plan(m.sessions_per_day, m.session_minutes, m.night_sessions)}</p>
            // The parent's words for the consultant come early, so they never sit alone on a last
            // page, and stay in one piece. Typing updates this paragraph only.
            <Show when=move || notes.with(|n| !n.trim().is_empty())>
                <div class="print-keep">
                    <h2>{t::SUMMARY_NOTES_TITLE}</h2>
                    <p class="print-notes">{move || notes.get()}</p>
                </div>
            </Show>
            {m.step_down.as_ref().map(|sd| step_down(sd, m.last, &vol))}
            {medicines(m)}
            <h2>{t::SUMMARY_TABLE}</h2>
            {tallies(m, unit)}
            <p>{facts} " " {with_feed}</p>
            {milestones(m)}
            {shares(m, unit)}
            {charts(m, unit)}
            {log_notes(m, clock)}
            <p class="print-footer">{text::printout::FOOTER}</p>
        </section>
    }
}

/// The step-down: when it began and from what (and where that amount came from), today's amount,
/// and each step, hold and step back in the summary's days with the reason the history gives.
fn step_down(
    sd: &StepSection,
    today: chrono::NaiveDate,
    vol: &dyn Fn(u32) -> String,
) -> impl IntoView {
    let day = text::format::short_date;
    let changes = sd
        .changes
        .iter()
        .filter_map(|d| {
            let what = text::plan::change(d, vol)?;
            Some(view! { <li>{t::step_change(&day(d.date), &vol(d.target_ml), &what)}</li> })
        })
        .collect_view();
    view! {
        <div class="print-keep step-section">
            <h2>{t::STEP_TITLE}</h2>
            <p>{t::step_began(&day(sd.started_on), &vol(sd.start_ml), sd.start_source)}</p>
            <p><strong>{t::step_today(&day(today), &vol(sd.today_ml))}</strong></p>
            <h3>{t::STEP_CHANGES}</h3>
            {if sd.changes.is_empty() {
                view! { <p>{t::STEP_NO_CHANGES}</p> }.into_any()
            } else {
                view! { <ul class="print-steps">{changes}</ul> }.into_any()
            }}
        </div>
    }
}

/// The parent's listed medicines with their dates and who advised them.
fn medicines(m: &ConsultantModel) -> impl IntoView {
    let list = if m.medicines.is_empty() {
        view! { <p>{text::medicines::SUMMARY_NONE}</p> }.into_any()
    } else {
        let items = m
            .medicines
            .iter()
            .map(|l| {
                let med = &l.medicine;
                let line = text::medicines::summary_line(
                    &med.name,
                    &med.advised_by,
                    &text::format::short_date(med.start.0),
                    med.stop.map(|s| text::format::short_date(s.0)).as_deref(),
                    l.taken_in_range,
                );
                // Text, never markup: the name prints exactly as the parent wrote it.
                view! {
                    <li>{line.before}<strong>{line.emphasised}</strong>{line.after}</li>
                }
            })
            .collect_view();
        view! { <ul class="print-medicines">{items}</ul> }.into_any()
    };
    view! {
        <div class="print-keep">
            <h2>{text::medicines::SUMMARY_TITLE}</h2>
            {list}
        </div>
    }
}

/// One row of the day-by-day table.
fn row(r: &ConsultantRow, date: String, unit: Volume) -> impl IntoView {
    let amount = |unit, v: Total| text::format::amount(unit, v);
    let tot = r.totals;
    view! {
        <td>{date}</td>
        <td>{tot.sessions}</td>
        <td>{r.minutes()}</td>
        <td>{amount(unit, tot.expressed_ml)}</td>
        <td>{amount(unit, r.by_method.cup)}</td>
        <td>{amount(unit, r.by_method.supplementer)}</td>
        <td>{amount(unit, r.by_method.other)}</td>
        <td>{tot.wet}</td>
        <td>{tot.dirty}</td>
        <td>{r.night_sessions}</td>
        <td>{t::break_cell(r.longest_break)}</td>
        <td>{tot.weight_g.map(t::kg_cell).unwrap_or_default()}</td>
    }
}

/// The day-by-day table: the finished days, today apart ("so far"), their total and average.
fn tallies(m: &ConsultantModel, unit: Volume) -> impl IntoView {
    let amount = |unit, v: Total| text::format::amount(unit, v);
    let [col_expressed, col_cup, col_supplementer, col_other] = t::col_volumes(unit);
    let rows = m
        .rows
        .iter()
        .map(|r| view! { <tr>{row(r, text::format::short_date(r.date), unit)}</tr> })
        .collect_view();
    let today = m.today.as_ref().map(|r| {
        let day = t::today_so_far(&text::format::short_date(r.date));
        view! { <tr class="so-far">{row(r, day, unit)}</tr> }
    });
    let (total, by) = (m.total.totals, m.total.by_method);
    let count = t::average_count;
    let ml = move |v: Total| amount(unit, v);
    let average = m.average.map(|a| {
        view! {
            <tr>
                <th>{t::AVERAGE_ROW}</th><td>{count(a.sessions)}</td><td>{text::format::whole(a.minutes)}</td>
                <td>{ml(a.expressed_ml)}</td><td>{ml(a.cup_ml)}</td><td>{ml(a.supplementer_ml)}</td><td>{ml(a.other_ml)}</td>
                <td>{count(a.wet)}</td><td>{count(a.dirty)}</td><td>{count(a.night_sessions)}</td><td></td><td></td>
            </tr>
        }
    });
    view! {
        <table class="sheet tallies">
            <thead>
                <tr>
                    <th>{t::COL_DATE}</th><th>{t::COL_SESSIONS}</th><th>{t::COL_MINUTES}</th>
                    <th>{col_expressed}</th><th>{col_cup}</th><th>{col_supplementer}</th>
                    <th>{col_other}</th><th>{t::COL_WET}</th><th>{t::COL_DIRTY}</th>
                    <th>{t::COL_NIGHT}</th><th>{t::COL_BREAK}</th><th>{t::COL_WEIGHT}</th>
                </tr>
            </thead>
            <tbody>{rows}{today}</tbody>
            <tfoot>
                <tr>
                    <th>{t::total_of_days(m.rows.len() as u32)}</th><td>{total.sessions}</td><td>{m.total.minutes()}</td>
                    <td>{amount(unit, total.expressed_ml)}</td><td>{amount(unit, by.cup)}</td><td>{amount(unit, by.supplementer)}</td><td>{amount(unit, by.other)}</td>
                    <td>{total.wet}</td><td>{total.dirty}</td><td>{m.total.night_sessions}</td><td>{t::break_cell(m.total.longest_break)}</td><td></td>
                </tr>
                {average}
            </tfoot>
        </table>
    }
}

/// Every milestone reached, with its day: the timeline Progress shows.
fn milestones(m: &ConsultantModel) -> impl IntoView {
    (!m.milestones.is_empty()).then(|| {
        view! {
            <div class="print-keep">
                <h2>{t::JOURNEY}</h2>
                <ul class="print-milestones">
                    {m.milestones.iter().map(|r| view! {
                        <li>{t::dated(&text::format::short_date(r.date), &super::journey::name(r))}</li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// The share from the breast, one row a day (a consultant reads down the columns), with the
/// sentence saying what it is measured against and how that was chosen, said once.
fn shares(m: &ConsultantModel, unit: Volume) -> impl IntoView {
    let vol = move |ml: u32| text::format::volume(unit, ml);
    (!m.shares.is_empty()).then(|| {
        view! {
            <div class="print-keep">
                <h2>{t::SHARE_TITLE}</h2>
                <p>{m.baseline.map(|b| t::share_baseline(&b, &vol))} " " {t::SHARE_MEANING}</p>
                <table class="sheet tallies print-shares">
                    <thead>
                        <tr>
                            <th>{t::COL_DATE}</th>
                            <th>{t::share_col_supplement(unit)}</th>
                            <th>{t::SHARE_COL_BREAST}</th>
                            <th>{t::SHARE_COL_WEIGHED}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {m.shares.iter().map(|(d, sh)| view! {
                            <tr>
                                <td>{text::format::short_date(*d)}</td>
                                <td>{text::format::amount(unit, sh.supplement_ml)}</td>
                                <td>{t::share_breast_cell(sh)}</td>
                                <td>{t::share_weighed_cell(sh, &vol)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    })
}

/// Milk expressed and supplements given, day by day over the finished days, with dated axes
/// ("15 Nov", not a bare "15") and each day's own planned supplement (a guide, not a limit): past
/// days show what was planned then, not today's amount.
fn charts(m: &ConsultantModel, unit: Volume) -> impl IntoView {
    let in_unit = move |ml: Total| text::format::in_unit(unit, ml.ml());
    let labels: Vec<String> =
        m.days.iter().map(|x| text::format::short_day_month(x.date)).collect();
    let num = text::format::whole;
    let expressed = Series {
        title: t::EXPRESSED.get(),
        summary: String::new(),
        labels: labels.clone(),
        column: t::COL_DAY.get(),
        layers: vec![
            (t::LEFT.get(), m.days.iter().map(|x| in_unit(x.totals.left_ml)).collect()),
            (t::RIGHT.get(), m.days.iter().map(|x| in_unit(x.totals.right_ml)).collect()),
        ],
        target: Target::None,
        average: None,
        line: false,
        format: num,
    };
    let supplement = Series {
        title: t::SUPPLEMENT.get(),
        summary: String::new(),
        labels,
        column: t::COL_DAY.get(),
        layers: vec![(
            t::SUPPLEMENT.get(),
            m.days.iter().map(|x| in_unit(x.totals.supplement_ml)).collect(),
        )],
        target: Target::PerColumn(
            m.targets.iter().map(|t| t.map(|ml| in_unit(ml.into()))).collect(),
        ),
        average: None,
        line: false,
        format: num,
    };
    view! {
        <div class="print-charts">
            <Chart series=expressed/>
            <Chart series=supplement/>
        </div>
    }
}

/// The notes the parent wrote in the log, with their day and time.
fn log_notes(m: &ConsultantModel, clock: crate::domain::settings::Clock) -> impl IntoView {
    let logged = m
        .notes
        .iter()
        .map(|n| {
            let when = t::note_when(
                &text::format::short_date(n.when.date()),
                &text::format::clock_time(n.when.time(), clock),
            );
            // Text, never markup: the note prints exactly as written.
            view! { <li><strong>{t::note_heading(&when, t::note_of(n.session))}</strong>{n.text.clone()}</li> }
        })
        .collect_view();
    (!m.notes.is_empty()).then(|| {
        view! {
            <div class="print-keep">
                <h2>{t::SUMMARY_LOG_NOTES}</h2>
                <ul class="print-log-notes">{logged}</ul>
            </div>
        }
    })
}
