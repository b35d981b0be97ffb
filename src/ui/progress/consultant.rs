//! The summary printed for a lactation consultant: the plan in force, a day-by-day table of
//! 24-hour tallies with supplements by method, two compact charts, and the parent's own notes.
//! Only its controls show on screen; the summary itself appears on paper.

use chrono::{Datelike, Local};
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{day_range, local_date};
use crate::domain::model::consultant::{self, ConsultantModel};
use crate::state::log_store::LogStore;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::widgets::chart::{Chart, Series};

/// Controls (days, notes) on screen, and the printable summary.
#[component]
pub fn ConsultantSummary() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let days = RwSignal::new(14i64);
    let notes = RwSignal::new(String::new());
    let loaded = store.watch(move || {
        let today = local_date(&Local, browser::clock::now());
        let n = days.get();
        let from = app.settings.with(|s| consultant::log_needed_from(&s.plan, n, today, &Local));
        (from, day_range(&Local, today).1)
    });
    // The summary exists only on paper, so it is drawn a task after the screen: never part of the
    // work between the parent's tap and what they see.
    let drawn = RwSignal::new(false);
    browser::tasks::next_task(move || {
        let _ = drawn.try_set(true);
    });
    let summary = move || {
        if !drawn.get() {
            return None;
        }
        let Some(Ok(entries)) = loaded.get() else { return None };
        let plan = app.settings.with(|s| s.plan.clone());
        let today = local_date(&Local, browser::clock::now());
        let m = ConsultantModel::of(&entries, &plan, days.get(), today, &Local);
        let unit = app.settings.with(|s| s.volume);
        let amount = text::format::amount;
        let in_unit = move |ml: u32| text::format::in_unit(unit, f64::from(ml));
        let [col_expressed, col_cup, col_supplementer, col_other] = t::col_volumes(unit);
        let rows = m
            .rows
            .iter()
            .map(|r| {
                let tot = r.totals;
                view! {
                    <tr>
                        <td>{text::format::short_date(r.date)}</td>
                        <td>{tot.sessions}</td>
                        <td>{tot.active / 60_000}</td>
                        <td>{amount(unit, tot.expressed_ml)}</td>
                        <td>{amount(unit, r.by_method.cup)}</td>
                        <td>{amount(unit, r.by_method.supplementer)}</td>
                        <td>{amount(unit, r.by_method.other)}</td>
                        <td>{tot.wet}</td>
                        <td>{tot.dirty}</td>
                        <td>{tot.weight_g.map(|g| format!("{:.2}", g as f64 / 1000.0)).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        let labels: Vec<String> = m.days.iter().map(|x| x.date.day().to_string()).collect();
        let num = |v: f64| format!("{v:.0}");
        let expressed = Series {
            title: t::EXPRESSED,
            summary: String::new(),
            labels: labels.clone(),
            column: t::COL_DAY,
            layers: vec![
                (t::LEFT, m.days.iter().map(|x| in_unit(x.totals.left_ml)).collect()),
                (t::RIGHT, m.days.iter().map(|x| in_unit(x.totals.right_ml)).collect()),
            ],
            target: None,
            average: None,
            line: false,
            format: num,
        };
        let supplement = Series {
            title: t::SUPPLEMENT,
            summary: String::new(),
            labels,
            column: t::COL_DAY,
            layers: vec![(
                t::SUPPLEMENT,
                m.days.iter().map(|x| in_unit(x.totals.supplement_ml)).collect(),
            )],
            target: m.supplement.as_ref().map(|s| in_unit(s.ml)),
            average: None,
            line: false,
            format: num,
        };
        let (first, total, by) = (m.first, m.total.totals, m.total.by_method);
        let night = m.night_sessions;
        let note = notes.get();
        Some(view! {
            <section class="print-only consultant">
                <h1>{t::SUMMARY_TITLE}</h1>
                <p>{t::summary_range(first, today)}</p>
                <h2>{t::SUMMARY_PLAN}</h2>
                <p>{t::summary_plan(m.sessions_per_day, m.session_minutes, night)}</p>
                <h2>{t::SUMMARY_TABLE}</h2>
                <table class="sheet tallies">
                    <thead>
                        <tr>
                            <th>{t::COL_DATE}</th><th>{t::COL_SESSIONS}</th><th>{t::COL_MINUTES}</th>
                            <th>{col_expressed}</th><th>{col_cup}</th><th>{col_supplementer}</th>
                            <th>{col_other}</th><th>{t::COL_WET}</th><th>{t::COL_DIRTY}</th><th>{t::COL_WEIGHT}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th>{t::TOTAL}</th><td>{total.sessions}</td><td>{total.active / 60_000}</td>
                            <td>{amount(unit, total.expressed_ml)}</td><td>{amount(unit, by.cup)}</td><td>{amount(unit, by.supplementer)}</td><td>{amount(unit, by.other)}</td>
                            <td>{total.wet}</td><td>{total.dirty}</td><td></td>
                        </tr>
                    </tfoot>
                </table>
                <div class="print-charts">
                    <Chart series=expressed/>
                    <Chart series=supplement/>
                </div>
                {(!note.trim().is_empty()).then(|| view! {
                    <h2>{t::SUMMARY_NOTES_TITLE}</h2>
                    <p class="print-notes">{note}</p>
                })}
                <p class="print-footer">{text::printout::FOOTER}</p>
            </section>
        })
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
                    {[7i64, 14, 30].into_iter().map(|n| view! { <option value=n.to_string() selected=n == 14>{n.to_string()}</option> }).collect_view()}
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
