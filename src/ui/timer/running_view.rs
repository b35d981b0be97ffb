//! The running session on the Timer screen: time, ring, sides and controls.

use leptos::prelude::*;

use crate::domain::entry::{SessionKind, Side};
use crate::state::running::RunningSession;
use crate::text::{self, timer as t};
use crate::ui::widgets::ring::Ring;
use crate::ui::widgets::show::Show;

/// The running session: time, ring, sides and controls.
#[component]
pub(super) fn RunningView(
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
    // Changes only at the goal, the upper mark and when the session grows long: one announcement each.
    let news = Memo::new(move |_| rs.goal_news());
    let supplementer = move || running().is_some_and(|r| r.supplementer);
    let per_side = move |s: Side| {
        reading.get().map_or(0, |r| match s {
            Side::Left => r.left,
            Side::Right => r.right,
            Side::Both => r.both,
        })
    };
    let clock = move || text::format::duration(elapsed.get());
    let hours = move || text::format::shows_hours(elapsed.get());
    // The clock is read when the parent asks (it is not a live region): its label is real text
    // for screen readers, not an `aria-label` on a paragraph, which would never be spoken.
    let elapsed_view = move || {
        view! {
            <p class="clock" role="timer">
                <span class="sr">{t::ELAPSED} " "</span>
                // Hours make the clock two or three characters wider: a smaller size keeps it
                // inside the ring.
                <span class="elapsed" class:hours=hours>{clock}</span>
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
                                    } else if news.get().is_some() {
                                        // Not for a timer left running hours past its goal.
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
                {move || news.get().map(t::goal_news)}
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
