//! The Timer screen: one tap to start, big controls while running, a quick save after Stop.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::browser;
use crate::domain::entry::{Method, Record, Session, SessionKind, Side, TestWeight, MAX_SESSION};
use crate::domain::model::session::{SessionDraft, SupplementDraft};
use crate::domain::units::Ml;
use crate::domain::{Millis, HOUR};
use crate::state::log_store::LogStore;
use crate::state::running::RunningSession;
use crate::state::AppState;
use crate::text::{self, timer as t};
use crate::ui::focus::focus_heading;
use crate::ui::widgets::milk_and_method::MilkAndMethod;
use crate::ui::widgets::ring::Ring;
use crate::ui::widgets::stepper::VolumeStepper;

/// `/timer?start=supplementer`: nursing with an at-breast supplementer.
const SUPPLEMENTER_SLUG: &str = "supplementer";

/// Where the screen is in the life of a session.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Idle or running: the start buttons or the running controls.
    Run,
    /// A session ran for more than 12 hours: ask when it really ended.
    AskEnd,
    /// Stopped: volumes, notes, Save or Discard (which asks first, keeping what was typed); the
    /// flag says the feed was with an at-breast supplementer.
    Save(Session, bool),
    /// A shortcut asked to start `kind` while another session runs.
    Conflict(SessionKind),
}

/// The Timer screen.
#[component]
pub fn TimerPage() -> impl IntoView {
    let rs = RunningSession::get();
    let stage = RwSignal::new(Stage::Run);
    // A session kind to start once the current one is saved (from a shortcut).
    let pending = RwSignal::new(None::<SessionKind>);

    // Home-screen shortcuts open /timer?start=pump: start at once, or ask if one is running.
    let query = use_query_map();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let Some(start) = query.with(|q| q.get("start")) else { return };
        // `supplementer` is nursing with an at-breast supplementer (a home-screen shortcut).
        let supplementer = start == SUPPLEMENTER_SLUG;
        let slug = if supplementer { SessionKind::Nursing.slug() } else { start.as_str() };
        let Some(kind) = SessionKind::from_slug(slug) else { return };
        navigate("/timer", NavigateOptions { replace: true, ..Default::default() });
        match rs.state.with_untracked(|s| s.as_ref().map(|r| r.kind)) {
            None if supplementer => rs.start_supplementer(),
            None => rs.start(kind),
            Some(running) if running == kind => {}
            Some(_) => stage.set(Stage::Conflict(kind)),
        }
    });

    let stop = move || {
        let Some(r) = rs.state.get_untracked() else { return };
        if r.read(browser::clock::now()).overlong {
            stage.set(Stage::AskEnd);
            return;
        }
        // Freeze the clock so a reload during the save keeps the stopped time.
        if r.since.is_some() {
            rs.toggle_pause();
        }
        let end = browser::clock::now().max(r.last_change());
        stage.set(Stage::Save(r.finish(end), r.supplementer));
    };

    view! {
        <section class="screen timer">
            {move || match stage.get() {
                Stage::Run => {
                    view! {
                        <Show
                            when=move || rs.state.with(Option::is_some)
                            fallback=move || view! { <StartButtons rs=rs/> }
                        >
                            <RunningView rs=rs on_stop=stop/>
                        </Show>
                    }
                        .into_any()
                }
                Stage::AskEnd => view! { <AskEnd rs=rs stage=stage/> }.into_any(),
                Stage::Save(session, supplementer) => {
                    view! {
                        <SavePanel
                            session=session
                            supplementer=supplementer
                            stage=stage
                            pending=pending
                        />
                    }
                        .into_any()
                }
                Stage::Conflict(kind) => {
                    view! {
                        <div class="panel" role="alertdialog" aria-labelledby="conflict-title">
                            <h1 id="conflict-title">{t::ALREADY_RUNNING}</h1>
                            <div class="actions">
                                <button
                                    type="button"
                                    class="big primary"
                                    on:click=move |_| {
                                        pending.set(Some(kind));
                                        stop();
                                    }
                                >
                                    {t::STOP_AND_SAVE}
                                </button>
                                <button
                                    type="button"
                                    class="big"
                                    on:click=move |_| {
                                        stage.set(Stage::Run);
                                        focus_heading();
                                    }
                                >
                                    {t::KEEP_RUNNING}
                                </button>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Large start buttons, low on the screen where a thumb reaches. Before the baby is here only
/// pumping and hand expressing: nothing about nursing a baby shows yet.
#[component]
fn StartButtons(rs: RunningSession) -> impl IntoView {
    let baby_here = AppState::get().settings.with_untracked(|s| s.journey.path.baby_here());
    view! {
        <h1>{text::nav::TIMER}</h1>
        <p>{t::INTRO}</p>
        <div class="start-grid">
            {SessionKind::ALL
                .into_iter()
                .filter(|k| baby_here || k.measures_volume())
                .map(|kind| {
                    view! {
                        <button
                            type="button"
                            class="big start"
                            on:click=move |_| {
                                rs.start(kind);
                                focus_heading();
                            }
                        >
                            {t::start(kind)}
                        </button>
                    }
                })
                .collect_view()}
            // A feed at the breast with an at-breast supplementer: a nursing session that counts
            // like any other, and at save the amount given through the supplementer.
            <Show when=move || baby_here>
            <button
                type="button"
                class="big start whole"
                on:click=move |_| {
                    rs.start_supplementer();
                    focus_heading();
                }
            >
                {t::START_SUPPLEMENTER}
            </button>
            </Show>
        </div>
    }
}

/// The running session: time, ring, sides and controls.
#[component]
fn RunningView(
    rs: RunningSession,
    on_stop: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let reading = Memo::new(move |_| rs.reading());
    let running = move || rs.state.get();
    let kind = move || running().map(|r| r.kind).unwrap_or(SessionKind::Pumping);
    let side = move || running().map(|r| r.side).unwrap_or(Side::Left);
    let paused = move || reading.get().is_some_and(|r| r.paused);
    let elapsed = Signal::derive(move || reading.get().map_or(0, |r| r.elapsed));
    let target = Signal::derive(move || running().map_or(0, |r| r.target));
    let reached = Signal::derive(move || reading.get().is_some_and(|r| r.target_reached));
    let baby_led = Memo::new(move |_| running().is_some_and(|r| r.goal().is_none()));
    let supplementer = move || running().is_some_and(|r| r.supplementer);
    let per_side = move |s: Side| {
        reading.get().map_or(0, |r| match s {
            Side::Left => r.left,
            Side::Right => r.right,
            Side::Both => r.both,
        })
    };
    let clock = move || text::format::duration(elapsed.get());
    // The clock is read when the parent asks (it is not a live region): its label is real text
    // for screen readers, not an `aria-label` on a paragraph, which would never be spoken.
    let elapsed_view = move || {
        view! {
            <p class="clock" role="timer">
                <span class="sr">{t::ELAPSED} " "</span>
                <span class="elapsed">{clock}</span>
            </p>
        }
    };
    view! {
        // A column as tall as the screen with the controls at its foot, held above the bottom bar
        // (sticky): whatever the phone, a note or "Goal reached" above, they never move.
        <div class="running">
            <h1>
                {move || {
                    if supplementer() { t::RUNNING_SUPPLEMENTER.get() } else { t::running(kind()) }
                }}
            </h1>
            <div class="dial">
                // Nursing is baby-led: a plain running time, no ring, goal or "goal reached".
                <Show
                    when=move || baby_led.get()
                    fallback=move || view! {
                        <Ring elapsed=elapsed target=target reached=reached>
                            {elapsed_view()}
                            <p class="ring-note">
                                {move || {
                                    if paused() {
                                        t::PAUSED.to_string()
                                    } else if reached.get() {
                                        t::GOAL_REACHED_SHORT.to_string()
                                    } else {
                                        t::goal_minutes(target.get() / 60_000)
                                    }
                                }}
                            </p>
                        </Ring>
                    }
                >
                    <div class="plain-time">
                        {elapsed_view()}
                        <p class="ring-note">{move || if paused() { t::PAUSED.get() } else { t::BABY_LED.get() }}</p>
                    </div>
                </Show>
                <Show when=move || reading.get().is_some_and(|r| r.clock_went_back)>
                    <p class="warning">{t::CLOCK_BACK}</p>
                </Show>
            </div>
            // Said once when the goal is reached; the ring's note shows it without taking room.
            <p class="sr" role="status" aria-live="polite">
                {move || (reached.get() && !baby_led.get()).then_some(t::GOAL_REACHED.get())}
            </p>
            <div class="run-controls">
                <div class="sides" role="group" aria-label=t::SIDE>
                    {[Side::Left, Side::Both, Side::Right]
                        .into_iter()
                        .map(|s| {
                            view! {
                                // The name is the side alone: a focused button whose name
                                // changed every second would be read again every second.
                                <button
                                    type="button"
                                    class="side"
                                    aria-pressed=move || (side() == s).to_string()
                                    on:click=move |_| rs.set_side(s)
                                >
                                    <span class="side-name">{t::side(s)}</span>
                                    <span class="side-time" aria-hidden="true">
                                        {move || text::format::duration(per_side(s))}
                                    </span>
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="sr">
                    {move || {
                        t::side_times(
                            &text::format::duration(per_side(Side::Left)),
                            &text::format::duration(per_side(Side::Both)),
                            &text::format::duration(per_side(Side::Right)),
                        )
                    }}
                </p>
                <div class="controls">
                    // From Both (where pumping starts) Switch goes to the left: one tap for a
                    // single pump.
                    <button type="button" class="big" on:click=move |_| rs.switch_side()>
                        {t::SWITCH}
                    </button>
                    <button type="button" class="big" on:click=move |_| rs.toggle_pause()>
                        {move || if paused() { t::RESUME.get() } else { t::PAUSE.get() }}
                    </button>
                    <button type="button" class="big primary" on:click=move |_| on_stop()>
                        {t::STOP}
                    </button>
                </div>
            </div>
        </div>
    }
}

fn to_input(ms: Millis) -> String {
    crate::domain::day::to_input(&Local, ms)
}

fn from_input(v: &str) -> Option<Millis> {
    crate::domain::day::from_input(&Local, v)
}

/// For a timer left running for over 12 hours: when did it really end?
#[component]
fn AskEnd(rs: RunningSession, stage: RwSignal<Stage>) -> impl IntoView {
    let Some(r) = rs.state.get_untracked() else {
        stage.set(Stage::Run);
        return ().into_any();
    };
    let started = r.started;
    let value = RwSignal::new(to_input(started + r.target));
    let problem = RwSignal::new(None::<&'static str>);
    let go = move |_| match from_input(&value.get_untracked()) {
        Some(end) if end > started && end - started <= MAX_SESSION => {
            rs.change(|s| s.iter_mut().for_each(|s| s.pause(end)));
            stage.set(Stage::Save(r.finish(end), r.supplementer));
        }
        Some(_) => problem.set(Some(text::invalid(crate::domain::entry::Invalid::SessionTooLong))),
        None => problem.set(Some(text::invalid(crate::domain::entry::Invalid::EndNotAfterStart))),
    };
    view! {
        <div class="panel">
            <h1>{t::SAVE_TITLE}</h1>
            <p>{t::OVERLONG}</p>
            <label class="field">
                <span>{t::OVERLONG_END}</span>
                <input
                    type="datetime-local"
                    min=to_input(started)
                    max=to_input(started + 12 * HOUR)
                    prop:value=value
                    on:change=move |ev| value.set(event_target_value(&ev))
                />
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="button" class="big primary" on:click=go>{t::CONTINUE}</button>
            </div>
        </div>
    }
    .into_any()
}

/// After Stop: volumes for expressing, an optional supplement after nursing, notes, Save.
#[component]
fn SavePanel(
    session: Session,
    supplementer: bool,
    stage: RwSignal<Stage>,
    pending: RwSignal<Option<SessionKind>>,
) -> impl IntoView {
    let app = AppState::get();
    let store = LogStore::get();
    let rs = RunningSession::get();
    let unit = Signal::derive(move || app.settings.with(|s| s.volume));
    let kind = session.kind;
    let left = RwSignal::new(Ml::ZERO);
    let right = RwSignal::new(Ml::ZERO);
    // What the parent has changed on the form: the prefills below, read from the log a moment
    // after the panel opens, fill only what is still untouched.
    let volumes_touched = RwSignal::new(false);
    let sup_touched = RwSignal::new(false);
    let milk_touched = RwSignal::new(false);
    let method_touched = RwSignal::new(false);
    let bad_left = RwSignal::new(false);
    let bad_right = RwSignal::new(false);
    let notes = RwSignal::new(String::new());
    // With a supplementer the supplement is part of the feed: asked at once, method set.
    let with_supplement = RwSignal::new(supplementer);
    let first = SupplementDraft::default();
    let sup_ml = RwSignal::new(first.ml);
    let bad_sup = RwSignal::new(false);
    let milk = RwSignal::new(first.milk);
    let method =
        RwSignal::new(if supplementer { Method::AtBreastSupplementer } else { first.method });
    let weighed = RwSignal::new(false);
    let before_g = RwSignal::new(String::new());
    let after_g = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let saving = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    // Start from the last session's volumes: when they fit, saving is one more tap.
    if kind.measures_volume() {
        let now = browser::clock::now();
        spawn_local(async move {
            let Ok(recent) = store.range(now - 14 * 24 * HOUR, now + 1).await else { return };
            let last = recent.iter().rev().find_map(|e| match &e.record {
                Record::Session(s) if !e.deleted && s.kind == kind => Some(s.clone()),
                _ => None,
            });
            // Both sides together or not at all: half of the last session beside half of what
            // the parent typed would be neither.
            if let (Some(s), Some(false)) = (last, volumes_touched.try_get_untracked()) {
                let _ = left.try_set(s.left_ml.unwrap_or_default());
                let _ = right.try_set(s.right_ml.unwrap_or_default());
            }
        });
    }

    // The supplement starts from the last one given (amount, milk, method): most parents give the
    // same way at every feed.
    if !kind.measures_volume() {
        let now = browser::clock::now();
        spawn_local(async move {
            let Ok(recent) = store.range(now - 14 * 24 * HOUR, now + 1).await else { return };
            let last = SupplementDraft::last_given(&recent);
            let untouched = |t: RwSignal<bool>| t.try_get_untracked() == Some(false);
            if untouched(sup_touched) {
                let _ = sup_ml.try_set(last.ml);
            }
            if untouched(milk_touched) {
                let _ = milk.try_set(last.milk);
            }
            if !supplementer && untouched(method_touched) {
                let _ = method.try_set(last.method);
            }
        });
    }

    let summary = {
        let s = session.clone();
        let what = if supplementer { t::RUNNING_SUPPLEMENTER.get() } else { t::running(s.kind) };
        format!("{what} · {}", text::format::minutes(s.active_millis()))
    };
    // Asking whether to discard hides the form but keeps it (and everything typed) alive; coming
    // back puts focus on its heading again, where a screen reader expects it.
    let asking = RwSignal::new(false);
    Effect::new(move |was_asking: Option<bool>| {
        let now_asking = asking.get();
        if was_asking == Some(true) && !now_asking {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        }
        now_asking
    });
    let save = move |_| {
        if saving.get_untracked() {
            return;
        }
        if bad_left.get_untracked() || bad_right.get_untracked() || bad_sup.get_untracked() {
            problem.set(Some(t::BAD_NUMBER.get()));
            return;
        }
        let test_weight = if weighed.get_untracked() {
            let grams = |v: String| v.trim().parse::<u32>().ok();
            match (grams(before_g.get_untracked()), grams(after_g.get_untracked())) {
                (Some(before_g), Some(after_g)) => Some(TestWeight { before_g, after_g }),
                _ => {
                    problem.set(Some(t::WEIGH_BOTH.get()));
                    return;
                }
            }
        } else {
            None
        };
        let draft = SessionDraft {
            test_weight,
            session: session.clone(),
            left_ml: left.get_untracked(),
            right_ml: right.get_untracked(),
            notes: notes.get_untracked(),
            supplement: with_supplement.get_untracked().then(|| SupplementDraft {
                ml: sup_ml.get_untracked(),
                milk: milk.get_untracked(),
                method: method.get_untracked(),
            }),
        };
        let entries = match draft.entries(browser::clock::now(), browser::clock::new_id) {
            Ok(entries) => entries,
            Err(why) => {
                problem.set(Some(text::invalid(why)));
                return;
            }
        };
        saving.set(true);
        spawn_local(async move {
            match store.save(entries.clone()).await {
                Ok(()) => {
                    rs.change(|s| *s = None);
                    app.confirm_with_undo(t::SAVED.get(), entries);
                    stage.set(Stage::Run);
                    if let Some(next) = pending.get_untracked() {
                        pending.set(None);
                        rs.start(next);
                    }
                    focus_heading();
                }
                Err(e) => {
                    // The running state stays in localStorage: nothing is lost, the parent can retry.
                    problem.set(Some(text::store_error(&e)));
                    saving.set(false);
                }
            }
        });
    };

    // A baby's weight in grams, before or after the feed (test weighing).
    let grams_field = |label: &'static str, grams: RwSignal<String>| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="500"
                    max="30000"
                    prop:value=grams
                    on:input=move |ev| grams.set(event_target_value(&ev))
                />
            </label>
        }
    };
    view! {
        <Show when=move || asking.get()>
            <ConfirmDiscard stage=stage asking=asking/>
        </Show>
        <div class="panel" hidden=move || asking.get()>
            <h1 tabindex="-1" node_ref=heading>{t::SAVE_TITLE}</h1>
            <p class="summary">{summary}</p>
            <Show when=move || kind.measures_volume()>
                // Side by side in landscape, so both sit above the Save bar on a phone on its side.
                <div class="steppers">
                <VolumeStepper
                    label=t::MILK_LEFT.get()
                    id="ml-left"
                    ml=left
                    unit=unit
                    invalid=bad_left
                    touched=volumes_touched
                />
                <VolumeStepper
                    label=t::MILK_RIGHT.get()
                    id="ml-right"
                    ml=right
                    unit=unit
                    invalid=bad_right
                    touched=volumes_touched
                />
                </div>
            </Show>
            <Show when=move || !kind.measures_volume()>
                <label class="toggle">
                    <input
                        type="checkbox"
                        prop:checked=with_supplement
                        on:change=move |ev| with_supplement.set(event_target_checked(&ev))
                    />
                    <span>{t::SUPPLEMENT_AFTER}</span>
                </label>
                <Show when=move || with_supplement.get()>
                    <VolumeStepper
                        label=t::SUPPLEMENT_AMOUNT.get()
                        id="sup-ml"
                        ml=sup_ml
                        unit=unit
                        invalid=bad_sup
                        touched=sup_touched
                    />
                    <MilkAndMethod
                        milk_name="sup-milk"
                        method_name="sup-method"
                        milk=milk
                        method=method
                        milk_touched=milk_touched
                        method_touched=method_touched
                    />
                </Show>
                <label class="toggle">
                    <input
                        type="checkbox"
                        prop:checked=weighed
                        on:change=move |ev| weighed.set(event_target_checked(&ev))
                    />
                    <span>{t::WEIGHED}</span>
                </label>
                <Show when=move || weighed.get()>
                    <p class="hint">{t::WEIGH_NOTE}</p>
                    {grams_field(t::WEIGHT_BEFORE.get(), before_g)}
                    {grams_field(t::WEIGHT_AFTER.get(), after_g)}
                </Show>
            </Show>
            <label class="field">
                <span>{t::NOTES}</span>
                <textarea
                    rows="2"
                    maxlength="2000"
                    prop:value=notes
                    on:input=move |ev| notes.set(event_target_value(&ev))
                ></textarea>
            </label>
            <p class="error" role="alert">{move || problem.get()}</p>
            // Save stays within reach however long the form: held above the bottom bar.
            <div class="actions sticky-actions">
                <button
                    type="button"
                    class="big primary"
                    disabled=move || saving.get()
                    on:click=save
                >
                    {t::SAVE}
                </button>
                <button
                    type="button"
                    class="big"
                    on:click=move |_| asking.set(true)
                >
                    {t::DISCARD}
                </button>
            </div>
        </div>
    }
}

/// Asks before throwing a session away; "No, keep it" goes back to the save form as it was left.
#[component]
fn ConfirmDiscard(stage: RwSignal<Stage>, asking: RwSignal<bool>) -> impl IntoView {
    let rs = RunningSession::get();
    let app = AppState::get();
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <div class="panel" role="alertdialog" aria-labelledby="discard-title">
            <h1 id="discard-title" tabindex="-1" node_ref=heading>{t::DISCARD_ASK}</h1>
            <div class="actions">
                <button
                    type="button"
                    class="big danger"
                    on:click=move |_| {
                        rs.change(|s| *s = None);
                        app.confirm(t::DISCARDED.get());
                        stage.set(Stage::Run);
                        focus_heading();
                    }
                >
                    {t::DISCARD_YES}
                </button>
                <button
                    type="button"
                    class="big"
                    on:click=move |_| asking.set(false)
                >
                    {t::DISCARD_NO}
                </button>
            </div>
        </div>
    }
}
