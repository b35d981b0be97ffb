//! The summary printed for a lactation consultant: the path and plan in force, the parent's notes
//! for the consultant, a day-by-day table (calendar days) with supplements by method, night
//! sessions and the longest break, two compact charts with dated axes (the supplement's planned
//! amount drawn day by day), and the notes written in the log. Only its controls show on screen;
//! the summary itself appears on paper.

use chrono::{Local, TimeZone};
use leptos::prelude::*;

use crate::browser;
use crate::domain::day::{day_range, local_date};
use crate::domain::model::consultant::{self, ConsultantModel, JourneyLines};
use crate::domain::units::Total;
use crate::state::log_store::LogStore;
use crate::state::milestones::Milestones;
use crate::state::AppState;
use crate::text::{self, progress as t};
use crate::ui::widgets::chart::{Chart, Series, Target};

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
    // Milestones are firsts and listed medicines are filed under their start day: both need the
    // whole log, the one read Progress and Today share (Progress follows it).
    let ms = Milestones::get();
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
        let (plan, chosen) = app.settings.with(|s| (s.plan.clone(), s.journey.clone()));
        let today = local_date(&Local, browser::clock::now());
        let m = ConsultantModel::of(&entries, &plan, &chosen, days.get(), today, &Local);
        let whole = ms.whole().get();
        let journey = match ms.timeline.get() {
            Some(Ok(tl)) => {
                Some(ms.shares.with(|all| JourneyLines::of(&tl, all, days.get(), today)))
            }
            _ => None,
        };
        let unit = app.settings.with(|s| s.volume);
        let amount = text::format::amount;
        let in_unit = move |ml: Total| text::format::in_unit(unit, ml.ml());
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
                        <td>{r.night_sessions}</td>
                        <td>{t::break_cell(r.longest_break)}</td>
                        <td>{tot.weight_g.map(|g| format!("{:.2}", g as f64 / 1000.0)).unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        // Dated axes: "15 Nov", not a bare "15".
        let labels: Vec<String> =
            m.days.iter().map(|x| text::format::short_day_month(x.date)).collect();
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
            target: Target::None,
            average: None,
            line: false,
            format: num,
        };
        // Each day's own planned amount (a guide, not a limit): past days show what was planned
        // then, not today's amount.
        let supplement = Series {
            title: t::SUPPLEMENT,
            summary: String::new(),
            labels,
            column: t::COL_DAY,
            layers: vec![(
                t::SUPPLEMENT,
                m.days.iter().map(|x| in_unit(x.totals.supplement_ml)).collect(),
            )],
            target: Target::PerColumn(
                m.targets.iter().map(|t| t.map(|ml| in_unit(ml.into()))).collect(),
            ),
            average: None,
            line: false,
            format: num,
        };
        let (first, total, by) = (m.first, m.total.totals, m.total.by_method);
        let night = m.night_sessions;
        let note = notes.get();
        let path = t::summary_path(&m.journey, m.last);
        let with_feed = (!total.supplement_ml.is_zero())
            .then(|| t::with_feed(m.with_feed_ml, total.supplement_ml, unit));
        let facts = t::range_facts(m.total.night_sessions, m.total.longest_break);
        let clock = app.settings.with(|s| s.clock);
        let logged = m
            .notes
            .iter()
            .map(|n| {
                let when = Local
                    .timestamp_millis_opt(n.at)
                    .single()
                    .map(|d| {
                        format!(
                            "{} {}",
                            text::format::short_date(d.date_naive()),
                            text::format::clock_time(d.time(), clock)
                        )
                    })
                    .unwrap_or_default();
                // Text, never markup: the note prints exactly as written.
                view! { <li><strong>{when} " · " {t::note_of(n.session)} ": "</strong>{n.text.clone()}</li> }
            })
            .collect_view();
        let has_logged = !m.notes.is_empty();
        let meds = match &whole {
            Some(Ok(all)) => consultant::medicines(all, first, today),
            _ => vec![],
        };
        let meds = if meds.is_empty() {
            view! { <p>{text::medicines::SUMMARY_NONE}</p> }.into_any()
        } else {
            let items = meds
                .into_iter()
                .map(|l| {
                    let m = l.medicine;
                    let dates = text::medicines::dates(
                        &text::format::short_date(m.start.0),
                        m.stop.map(|s| text::format::short_date(s.0)).as_deref(),
                    );
                    // Text, never markup: the name prints exactly as the parent wrote it.
                    view! {
                        <li>
                            <strong>{m.name}</strong>
                            " · " {text::medicines::advised(&m.advised_by)}
                            " · " {dates}
                            " · " {text::medicines::summary_taken(l.taken_in_range)}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="print-medicines">{items}</ul> }.into_any()
        };
        Some(view! {
            <section class="print-only consultant">
                <h1>{t::SUMMARY_TITLE}</h1>
                <p>{t::summary_range(first, today)}</p>
                <h2>{t::SUMMARY_PLAN}</h2>
                <p>{path} " " {t::summary_plan(m.sessions_per_day, m.session_minutes, night)}</p>
                // The parent's words for the consultant come early, so they never sit alone on
                // a last page, and stay in one piece.
                {(!note.trim().is_empty()).then(|| view! {
                    <div class="print-keep">
                        <h2>{t::SUMMARY_NOTES_TITLE}</h2>
                        <p class="print-notes">{note}</p>
                    </div>
                })}
                <div class="print-keep">
                    <h2>{text::medicines::SUMMARY_TITLE}</h2>
                    {meds}
                </div>
                <h2>{t::SUMMARY_TABLE}</h2>
                <table class="sheet tallies">
                    <thead>
                        <tr>
                            <th>{t::COL_DATE}</th><th>{t::COL_SESSIONS}</th><th>{t::COL_MINUTES}</th>
                            <th>{col_expressed}</th><th>{col_cup}</th><th>{col_supplementer}</th>
                            <th>{col_other}</th><th>{t::COL_WET}</th><th>{t::COL_DIRTY}</th>
                            <th>{t::COL_NIGHT}</th><th>{t::COL_BREAK}</th><th>{t::COL_WEIGHT}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th>{t::TOTAL}</th><td>{total.sessions}</td><td>{total.active / 60_000}</td>
                            <td>{amount(unit, total.expressed_ml)}</td><td>{amount(unit, by.cup)}</td><td>{amount(unit, by.supplementer)}</td><td>{amount(unit, by.other)}</td>
                            <td>{total.wet}</td><td>{total.dirty}</td><td>{m.total.night_sessions}</td><td>{t::break_cell(m.total.longest_break)}</td><td></td>
                        </tr>
                    </tfoot>
                </table>
                <p>{facts} " " {with_feed}</p>
                {journey.map(|j| {
                    let vol = move |ml: u32| text::format::volume(unit, ml);
                    view! {
                        {(!j.reached.is_empty()).then(|| view! {
                            <div class="print-keep">
                                <h2>{t::JOURNEY}</h2>
                                <ul class="print-milestones">
                                    {j.reached.iter().map(|r| view! {
                                        <li>{text::format::short_date(r.date)} " · " {super::journey::name(r)}</li>
                                    }).collect_view()}
                                </ul>
                            </div>
                        })}
                        // One row a day: a consultant reads down the columns, and the sentence
                        // that explains them is said once.
                        {(!j.shares.is_empty()).then(|| {
                            let base = j.shares.iter().find_map(|(_, sh)| sh.baseline_ml);
                            view! {
                                <div class="print-keep">
                                    <h2>{t::SHARE_TITLE}</h2>
                                    <p>{t::share_table_note(base.map(vol))}</p>
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
                                            {j.shares.iter().map(|(d, sh)| view! {
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
                        })}
                    }
                })}
                <div class="print-charts">
                    <Chart series=expressed/>
                    <Chart series=supplement/>
                </div>
                {has_logged.then(|| view! {
                    <div class="print-keep">
                        <h2>{t::SUMMARY_LOG_NOTES}</h2>
                        <ul class="print-log-notes">{logged}</ul>
                    </div>
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
