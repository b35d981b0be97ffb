//! Today, the home screen: what the plan asks of today, how far along the parent is, and one big
//! button for the next session.

use chrono::{Duration, Local, TimeZone};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::browser;
use crate::domain::day::day_range;
use crate::domain::entry::{Diaper, Entry, Record, SessionKind};
use crate::domain::plan::SlotStatus;
use crate::domain::summary::{longest_gap, wet_per_day, Totals};
use crate::domain::{Millis, HOUR, MINUTE};
use crate::state::log_store::LogStore;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::{self, today as t};

/// Refreshes "now" twice a minute while the screen is open, so statuses move on by themselves.
fn minute_clock() -> RwSignal<Millis> {
    let now = RwSignal::new(browser::clock::now());
    if let Ok(h) = set_interval_with_handle(
        move || {
            let _ = now.try_set(browser::clock::now());
        },
        std::time::Duration::from_secs(30),
    ) {
        on_cleanup(move || h.clear());
    }
    now
}

/// The Today screen.
#[component]
pub fn TodayPage() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let now = minute_clock();
    let navigate = use_navigate();

    // The plan day (from waking) and the 24 hours before it, plus the step-down's history.
    let loaded = store.watch(move || {
        let plan = app.settings.with(|s| s.plan.clone());
        let now = browser::clock::now();
        let (_, start) = plan.day_start(&Local, now);
        let from = match &plan.step_down {
            Some(sd) => {
                day_range(&Local, sd.started_on - Duration::days(1)).0.min(start - 24 * HOUR)
            }
            None => start - 24 * HOUR,
        };
        (from, now + 24 * HOUR)
    });

    let add_diaper = move |wet: bool| {
        let at = browser::clock::now();
        let entry = Entry::new(
            browser::clock::new_id(),
            at,
            Record::Diaper(Diaper { at, wet, dirty: !wet }),
        );
        spawn_local(async move {
            match store.save(vec![entry]).await {
                Ok(()) => app.notice.set(Some(t::DIAPER_SAVED)),
                Err(e) => app.notice.set(Some(text::store_error(&e))),
            }
        });
    };

    let start_next = move |_| {
        if rs.state.with_untracked(Option::is_none) {
            rs.start(SessionKind::Pumping);
        }
        navigate("/timer", Default::default());
    };

    view! {
        <section class="screen today">
            <h1>{text::nav::TODAY}</h1>
            <crate::ui::widgets::warning::WarningSigns now=now/>
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{t::LOADING}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{text::store_error(&e)}</p> }.into_any(),
                Some(Ok(entries)) => {
                    // The tick only wakes this view up; an entry saved a moment ago must count.
                    let now = now.get().max(browser::clock::now());
                    let s = app.settings.get();
                    let plan = s.plan.clamped();
                    let (date, start) = plan.day_start(&Local, now);
                    let today: Vec<Entry> = entries.iter().filter(|e| e.at >= start && e.at <= now).cloned().collect();
                    let last_day: Vec<Entry> = entries.iter().filter(|e| e.at > now - 24 * HOUR && e.at <= now).cloned().collect();
                    let totals = Totals::of(&today);
                    let done_24h = Totals::of(&last_day).sessions;
                    let slots = plan.slots(&Local, date, now, &entries);
                    let next = slots.iter().find(|s| matches!(s.status, SlotStatus::Due | SlotStatus::Upcoming)).cloned();
                    let clock = |ms: Millis| {
                        Local.timestamp_millis_opt(ms).single().map(|d| text::clock_time(d.time(), s.clock)).unwrap_or_default()
                    };
                    let first_day = entries.iter().all(|e| e.deleted);
                    let target = plan.step_down.as_ref().and_then(|sd| {
                        let wet = wet_per_day(&Local, &entries);
                        sd.target_on(crate::domain::day::local_date(&Local, now), |d| wet.get(&d).copied().unwrap_or(0))
                    });
                    let unit = s.volume;
                    let supplement = match target {
                        Some(ml) => t::against_target(&unit.show(totals.supplement_ml), &unit.show(ml)),
                        None => unit.show(totals.supplement_ml),
                    };
                    let gap = longest_gap(&today, now).map_or(t::NONE_YET.to_string(), |g| text::plan::hours((g / MINUTE) as i32));
                    let running = rs.state.with(Option::is_some);
                    view! {
                        {first_day.then(|| view! {
                            <ol class="card first-day">
                                {t::FIRST_DAY.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                            </ol>
                        })}
                        <section class="card next" aria-labelledby="next-title">
                            {match (&next, running) {
                                (_, true) => view! { <h2 id="next-title">{t::RUNNING}</h2> }.into_any(),
                                (Some(slot), _) if slot.status == SlotStatus::Due => {
                                    view! { <h2 id="next-title">{t::DUE_NOW}</h2> }.into_any()
                                }
                                (Some(slot), _) => view! {
                                    <h2 id="next-title">{t::NEXT}</h2>
                                    <p class="next-when">{t::next(&clock(slot.at), ((slot.at - now).max(0) + MINUTE - 1) / MINUTE)}</p>
                                }.into_any(),
                                (None, _) => view! { <h2 id="next-title">{t::ALL_DONE}</h2> }.into_any(),
                            }}
                            <button type="button" class="big primary wide" on:click=start_next.clone()>
                                {if running { t::OPEN_TIMER } else { t::START_PUMP }}
                            </button>
                        </section>
                        <dl class="stats">
                            <div><dt>{t::DONE_24H}</dt><dd>{t::of(done_24h, plan.sessions_per_day)}</dd></div>
                            <div><dt>{t::LONGEST_GAP}</dt><dd>{gap}</dd></div>
                            <div><dt>{t::EXPRESSED}</dt><dd>{unit.show(totals.expressed_ml)}</dd></div>
                            <div><dt>{t::SUPPLEMENT}</dt><dd>{supplement}</dd></div>
                            <div><dt>{t::AT_BREAST}</dt><dd>{count_at_breast(&today)}</dd></div>
                        </dl>
                        <section class="card diapers" aria-labelledby="diapers-title">
                            <h2 id="diapers-title">{t::DIAPERS}</h2>
                            <div class="diaper-row">
                                <p><span class="count">{totals.wet}</span> " " {t::WET}</p>
                                <button type="button" class="big" on:click=move |_| add_diaper(true)>
                                    // Spoken as the whole action; shown short. The shown word is part of the spoken name.
                                    <span aria-hidden="true">"+1 " {t::WET}</span>
                                    <span class="sr">{t::ADD_WET}</span>
                                </button>
                            </div>
                            <div class="diaper-row">
                                <p><span class="count">{totals.dirty}</span> " " {t::DIRTY}</p>
                                <button type="button" class="big" on:click=move |_| add_diaper(false)>
                                    // Spoken as the whole action; shown short. The shown word is part of the spoken name.
                                    <span aria-hidden="true">"+1 " {t::DIRTY}</span>
                                    <span class="sr">{t::ADD_DIRTY}</span>
                                </button>
                            </div>
                        </section>
                        <section aria-labelledby="timeline-title">
                            <h2 id="timeline-title">{t::TIMELINE}</h2>
                            <ol class="timeline">
                                {slots.into_iter().map(|slot| {
                                    let (label, class) = match slot.status {
                                        SlotStatus::Done { .. } => (t::STATUS_DONE, "done"),
                                        SlotStatus::Due => (t::STATUS_DUE, "due"),
                                        SlotStatus::Upcoming => (t::STATUS_UPCOMING, "upcoming"),
                                        SlotStatus::Missed => (t::STATUS_MISSED, "missed"),
                                    };
                                    view! {
                                        <li class=format!("slot {class}")>
                                            <span class="slot-time">{clock(slot.at)}</span>
                                            {slot.night.then(|| view! { <span class="tag">{text::plan::NIGHT}</span> })}
                                            <span class="status">{label}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        </section>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Nursing and comfort sessions today: they stimulate the supply too.
fn count_at_breast(entries: &[Entry]) -> u32 {
    entries
        .iter()
        .filter(|e| !e.deleted)
        .filter(|e| {
            matches!(&e.record, Record::Session(s)
                if matches!(s.kind, SessionKind::Nursing | SessionKind::ComfortNursing))
        })
        .count() as u32
}
