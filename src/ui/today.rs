//! Today, the home screen: what the plan asks of today, how far along the parent is, and one big
//! button for the next session. The diapers come high, right under it: they are the most frequent
//! tap of the day. On the first open, a "Set up your day" step comes first.

mod setup;
mod supplement;

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::split::{split, NotArrived};
use crate::domain::care::Urgency;
use crate::domain::entry::{Diaper, Entry, Record, SessionKind};
use crate::domain::model::today::{next_milestone, FirstDayStep, Start, TodayModel};
use crate::domain::plan::SlotStatus;
use crate::domain::route::Route;
use crate::domain::{Millis, HOUR};
use crate::state::first_use::Began;
use crate::state::log_store::LogStore;
use crate::state::milestones::Milestones;
use crate::state::router::Router;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::{self, journey as tj, today as t};
use crate::ui::widgets::lazy_view::LazyView;
use crate::ui::widgets::loaded::Loaded;

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

/// A timeline slot's class, which styles it by its status.
fn status_class(status: &SlotStatus) -> &'static str {
    match status {
        SlotStatus::Done { .. } => "done",
        SlotStatus::Due => "due",
        SlotStatus::Upcoming => "upcoming",
        SlotStatus::Missed => "missed",
        SlotStatus::BeforeStart => "before-start",
    }
}

/// The Today screen.
#[component]
pub fn TodayPage() -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let began = Began::get();
    let now = minute_clock();
    let router = Router::get();

    // The plan day (from waking) and the 24 hours before it, plus what the step-down reads.
    let loaded = store.watch(move || {
        let now = browser::clock::now();
        let from = app.settings.with(|s| TodayModel::log_needed_from(&s.plan, now, &Local));
        (from, now + 24 * HOUR)
    });

    // The next milestone needs the whole log: read once, shared with Progress, and only after
    // this screen's own data is shown, so it never slows the first paint.
    let ms = Milestones::get();
    ms.follow(move || loaded.with(Option::is_some));

    // "+ Supplement": the sheet is drawn outside the loaded view, so a read of the log while it
    // is open (a diaper tapped on another phone, say) never rebuilds it under the parent's thumb.
    let sheet = RwSignal::new(None::<Vec<Entry>>);
    let open_sheet = move || {
        let entries = loaded.with_untracked(|l| match l {
            Some(Ok(entries)) => entries.clone(),
            _ => Vec::new(),
        });
        sheet.set(Some(entries));
    };
    let close_sheet = move || {
        sheet.set(None);
        // Back to the button that opened it, where a keyboard or screen reader left off.
        crate::ui::focus::focus_id("add-supplement");
    };

    let add_diaper = move |wet: bool| {
        let at = browser::clock::now();
        let entry = Entry::new(
            browser::clock::new_id(),
            at,
            Record::Diaper(Diaper { at, wet, dirty: !wet, dark_urine: false }),
        );
        spawn_local(async move {
            match store.save(vec![entry.clone()]).await {
                Ok(()) => app.confirm_with_undo(t::DIAPER_SAVED.get(), vec![entry]),
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };

    // Starts the kind of session the parent logged last (see `Start::last`).
    let start_next = move |start: Start| {
        if rs.state.with_untracked(Option::is_none) {
            match start {
                Start::Pumping => rs.start(SessionKind::Pumping),
                Start::HandExpression => rs.start(SessionKind::HandExpression),
                Start::Nursing => rs.start(SessionKind::Nursing),
                Start::Supplementer => rs.start_supplementer(),
            }
        }
        router.go(Route::Timer, false);
    };

    view! {
        <section class="screen today">
            <h1>{text::nav::TODAY}</h1>
            <Loaded data=loaded loading=t::LOADING.get() ready={move |entries: Vec<Entry>| {
                    // The tick only wakes this view up; an entry saved a moment ago must count.
                    let now = now.get().max(browser::clock::now());
                    let s = app.settings.get();
                    let first = began.first.get();
                    let m = TodayModel::of(&entries, &s.plan, now, &Local, first.at)
                        .with_journey(&s.journey, &s.plan, &Local, &entries);
                    let journey = m.journey.clone();
                    let opening_ends = journey.opening_ends.map(|e| text::format::date_time(e, s.clock));
                    let shows_baby = journey.shows_baby;
                    // Its space is kept while the whole log is read (two lines, enough for each
                    // sentence on the smallest phone), so arriving late moves nothing.
                    let path = journey.path;
                    let milestone_line = move || view! {
                        <p class="next-milestone">
                            {move || ms.timeline.with(|t| match t {
                                Some(Ok(tl)) => tj::next_milestone(next_milestone(path, tl), path),
                                _ => "",
                            })}
                        </p>
                    };
                    let unit = s.volume;
                    let start = m.start;
                    let gap = t::longest_gap(m.longest_gap_minutes());
                    let (day_began, clock) = (m.day_began, s.clock);
                    use t::FromWaking::*;
                    let planned = m.supplement.as_ref().map(|sup| {
                        view! {
                            <p class="planned-supplement">{text::plan::planned_today(&text::format::planned_volume(unit, sup.ml))}</p>
                            {sup.caution.map(|c| view! { <p class="callout caution">{text::plan::caution(c, unit)}</p> })}
                        }
                    });
                    let running = rs.state.with(Option::is_some);
                    let (heading, when_line) = t::card(&m.card(running), s.clock);
                    // The first-run step; while it is shown its Save is the one primary action.
                    let first_step = m.first_day_step(first.set_up);
                    let (totals, timeline) = (m.totals, m.timeline);
                    let setting_up = first_step == Some(FirstDayStep::SetUp);
                    view! {
                        {setting_up.then(|| view! { <LazyView load=|| Box::pin(set_up_day())/> })}
                        <section class="card next" aria-labelledby="next-title">
                            <h2 id="next-title">{heading}</h2>
                            {when_line.map(|l| view! { <p class="next-when">{l}</p> })}
                            <button
                                type="button"
                                class=if setting_up { "big wide" } else { "big primary wide" }
                                on:click=move |_| start_next(start)
                            >
                                {t::start_button(running, start)}
                            </button>
                        </section>
                        // A "get help now" sign comes right under Start, above the diapers: at 3 a.m.
                        // its heading is on screen with Start, without scrolling, on the smallest
                        // phone. Signs worth a call today stay under the diapers.
                        {shows_baby.then(|| view! {
                            <crate::ui::widgets::warning::WarningSigns signs=m.signs.clone() levels=&[Urgency::Now]/>
                        })}
                        {(!shows_baby).then(|| {
                            let ends = opening_ends.clone();
                            view! {
                                <section class="card preparing" aria-labelledby="preparing-title">
                                    <h2 id="preparing-title">{tj::PREPARING_TITLE}</h2>
                                    <p class="countdown">{tj::due(journey.countdown())}</p>
                                    {milestone_line()}
                                    {ends.map(|e| view! { <p>{tj::opening(&e)}</p> })}
                                    <p class="hint">{tj::PREPARING_NOTE}</p>
                                    <crate::ui::widgets::baby_here::BabyIsHere/>
                                </section>
                            }
                        })}
                        {shows_baby.then(|| view! {
                        <section class="card diapers" aria-labelledby="diapers-title">
                            <h2 id="diapers-title">{t::DIAPERS}</h2>
                            <div class="diaper-row">
                                <p><span class="count">{m.wet_24h}</span> " " {t::wet(m.wet_24h)}</p>
                                <button type="button" class="big" on:click=move |_| add_diaper(true)>
                                    // Spoken as the whole action; shown short. The shown word is part of the spoken name.
                                    <span aria-hidden="true">{t::PLUS_WET}</span>
                                    <span class="sr">{t::ADD_WET}</span>
                                </button>
                            </div>
                            <div class="diaper-row">
                                <p><span class="count">{m.stools_24h}</span> " " {t::dirty(m.stools_24h)}</p>
                                <button type="button" class="big" on:click=move |_| add_diaper(false)>
                                    // Spoken as the whole action; shown short. The shown word is part of the spoken name.
                                    <span aria-hidden="true">{t::PLUS_DIRTY}</span>
                                    <span class="sr">{t::ADD_DIRTY}</span>
                                </button>
                            </div>
                            // The supplement given in the same 24 hours as the diapers, counted at once,
                            // and one tap to log another.
                            <div class="diaper-row supplement-row">
                                <p><span class="count">{text::format::volume(unit, m.supplement_24h)}</span> " " {t::SUPPLEMENT_ROW}</p>
                                <button type="button" class="big" id="add-supplement" on:click=move |_| open_sheet()>
                                    <span aria-hidden="true">{t::ADD_SUPPLEMENT_SHORT}</span>
                                    <span class="sr">{t::ADD_SUPPLEMENT}</span>
                                </button>
                            </div>
                            {journey.age_days.map(|d| view! { <p class="baby-age">{tj::baby_age(d)}</p> })}
                            <p class="hint diaper-guide">{tj::diapers(journey.diapers)}</p>
                        </section>
                        // Under the diaper buttons, so a sign never pushes them (or Start) off
                        // a small phone; the "get help now" list is one line that opens.
                        <crate::ui::widgets::warning::WarningSigns signs=m.signs.clone() levels=&[Urgency::CallToday]/>
                        <crate::ui::widgets::warning::HelpNow/>
                        {milestone_line()}
                        {planned}
                        })}
                        <dl class="stats">
                            <div><dt>{t::DONE_24H}</dt><dd>{t::of(m.count)}</dd></div>
                            <div><dt>{t::from_waking(LongestGap, day_began, clock)}</dt><dd>{gap}</dd></div>
                            <div><dt>{t::from_waking(Expressed, day_began, clock)}</dt><dd>{text::format::volume(unit, totals.expressed_ml)}</dd></div>
                            {shows_baby.then(|| view! { <div><dt>{t::from_waking(Supplement, day_began, clock)}</dt><dd>{text::format::volume(unit, totals.supplement_ml)}</dd></div> })}
                            {shows_baby.then(|| view! { <div><dt>{t::from_waking(AtBreast, day_began, clock)}</dt><dd>{m.at_breast}</dd></div> })}
                        </dl>
                        {(first_step == Some(FirstDayStep::Tips)).then(|| view! {
                            <ol class="card first-day">
                                {t::first_day(shows_baby).iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                            </ol>
                        })}
                        {opening_ends.as_ref().map(|e| view! { <p class="hint">{tj::plan_after(e)}</p> })}
                        {opening_ends.is_none().then(|| view! {
                        <section aria-labelledby="timeline-title">
                            <h2 id="timeline-title">{t::TIMELINE}</h2>
                            <ol class="timeline">
                                {timeline.into_iter().map(|slot| view! {
                                    <li class=format!("slot {}", status_class(&slot.status))>
                                        <span class="slot-time">{text::format::clock_time(slot.time, s.clock)}</span>
                                        {slot.night.then(|| view! { <span class="tag">{text::plan::NIGHT}</span> })}
                                        <span class="status">{t::status(&slot.status)}</span>
                                    </li>
                                }).collect_view()}
                            </ol>
                        </section>
                        })}
                    }.into_any()
            }}/>
            {move || sheet.get().map(|entries| view! {
                <supplement::SupplementSheet entries=entries on_done=close_sheet/>
            })}
        </section>
    }
}

split!(setup;
    /// The set-up card, shown on a parent's first day only: a wasm file of its own (#27),
    /// fetched when it is shown rather than with every start.
    fn set_up_day() -> Result<AnyView, NotArrived> {
        Ok(view! { <setup::SetUpDay/> }.into_any())
    }
);
