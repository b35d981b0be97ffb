//! The progress ring around the timer: a full circle is the 30-minute mark of the guidance, with a
//! tick at the session's goal. Drawn with SVG attributes only (the CSP forbids inline styles).

use leptos::prelude::*;

use crate::domain::decimal::{fixed, shortest};
use crate::domain::timer::UPPER_MARK;
use crate::domain::Millis;

const R: f64 = 88.0;
const CIRCUMFERENCE: f64 = 2.0 * std::f64::consts::PI * R;

/// Where on the ring (0..1 of a turn) a duration falls.
fn turn(ms: Millis) -> f64 {
    (ms as f64 / UPPER_MARK as f64).clamp(0.0, 1.0)
}

/// The ring with the elapsed time in its middle (given as children).
#[component]
pub fn Ring(
    elapsed: Signal<Millis>,
    target: Signal<Millis>,
    reached: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let whole = fixed(CIRCUMFERENCE, 1);
    let dash = move || format!("{} {whole}", fixed(turn(elapsed.get()) * CIRCUMFERENCE, 1));
    // The goal's tick is drawn at the top and turned into place, so no sine or cosine (and no
    // libm) is needed.
    let tick_turn = move || format!("rotate({} 100 100)", fixed(turn(target.get()) * 360.0, 1));
    view! {
        <div class="ring" class:reached=move || reached.get()>
            <svg viewBox="0 0 200 200" aria-hidden="true">
                <circle class="ring-track" cx="100" cy="100" r=shortest(R)/>
                <circle
                    class="ring-fill"
                    cx="100"
                    cy="100"
                    r=shortest(R)
                    stroke-dasharray=dash
                    transform="rotate(-90 100 100)"
                />
                <line
                    class="ring-goal"
                    x1="100"
                    y1=shortest(100.0 - (R - 10.0))
                    x2="100"
                    y2=shortest(100.0 - (R + 10.0))
                    transform=tick_turn
                />
            </svg>
            <div class="ring-center">{children()}</div>
        </div>
    }
}
