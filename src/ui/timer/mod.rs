//! The Timer screen: one tap to start, big controls while running, a quick save after Stop.

use leptos::prelude::*;

use crate::browser;
use crate::domain::entry::{Session, SessionKind};
use crate::domain::route::Shortcut;
use crate::domain::timer::StopCheck;
use crate::domain::Millis;
use crate::state::router::Router;
use crate::state::running::RunningSession;
use crate::text::timer as t;
use crate::ui::focus::focus_heading;
use crate::ui::widgets::confirm::{Confirm, Place};
use crate::ui::widgets::show::Show;

mod ask_end;
mod confirm_discard;
mod running_view;
mod save_panel;
mod start_buttons;

use ask_end::AskEnd;
use running_view::RunningView;
use save_panel::SavePanel;
use start_buttons::StartButtons;

/// Where the screen is in the life of a session.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Idle or running: the start buttons or the running controls.
    Run,
    /// A session ran far longer than most (or than any, `AskOverlong`): ask when it really ended.
    AskEnd(StopCheck),
    /// Stopped: volumes, notes, Save or Discard (which asks first, keeping what was typed); the
    /// flag says the feed was with an at-breast supplementer.
    Save(Session, bool),
    /// A shortcut asked to start `kind` while another session runs.
    Conflict(SessionKind),
}

impl Stage {
    /// The save panel of the session stopped but not yet saved, if there is one.
    fn saving(rs: RunningSession) -> Option<Stage> {
        rs.state.with_untracked(|s| {
            s.as_ref().and_then(|r| r.unsaved().map(|session| Stage::Save(session, r.supplementer)))
        })
    }
}

/// Stops the timer at `end` and opens its save panel: the end is kept with the timer, so a reload
/// during the save (which opens the same panel) saves the same session.
fn stop_at(rs: RunningSession, stage: RwSignal<Stage>, end: Millis) {
    rs.change(|s| s.iter_mut().for_each(|s| s.stop_at(end)));
    if let Some(saving) = Stage::saving(rs) {
        stage.set(saving);
    }
}

/// The Timer screen.
#[component]
pub fn TimerPage() -> impl IntoView {
    let rs = RunningSession::get();
    // A session stopped but not saved (reloaded or left while saving) opens on its save panel.
    let stage = RwSignal::new(Stage::saving(rs).unwrap_or(Stage::Run));
    // A session kind to start once the current one is saved (from a shortcut).
    let pending = RwSignal::new(None::<SessionKind>);

    // Home-screen shortcuts open /timer?start=pump: start at once, or ask if one is running.
    let router = Router::get();
    // Only the `start` value: the effect runs again when it changes, not at every address.
    let start = Memo::new(move |_| router.query("start"));
    Effect::new(move |_| {
        let Some(asked) = start.get() else { return };
        // Read once, whatever it names: a reload or Back never asks again, and a value this
        // version does not know (a shortcut from a newer one) does not stay in the address.
        router.drop_query();
        let Some(shortcut) = Shortcut::from_start(&asked) else { return };
        match rs.state.with_untracked(|s| s.as_ref().map(|r| r.kind)) {
            None if shortcut.supplementer => rs.start_supplementer(),
            None => rs.start(shortcut.kind),
            Some(running) if running == shortcut.kind => {}
            Some(_) => stage.set(Stage::Conflict(shortcut.kind)),
        }
    });

    let stop = move || {
        let Some(r) = rs.state.get_untracked() else { return };
        let now = browser::clock::now();
        let check = r.stop_check(now);
        if check != StopCheck::Save {
            stage.set(Stage::AskEnd(check));
            return;
        }
        stop_at(rs, stage, r.stop_end(now));
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
                Stage::AskEnd(check) => view! { <AskEnd rs=rs stage=stage check=check/> }.into_any(),
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
                        <Confirm
                            id="conflict"
                            place=Place::Screen
                            question=t::ALREADY_RUNNING
                            yes=t::STOP_AND_SAVE
                            gentle=true
                            on_yes=move || {
                                pending.set(Some(kind));
                                stop();
                            }
                            no=t::KEEP_RUNNING
                            on_no=move || {
                                stage.set(Stage::Run);
                                focus_heading();
                            }
                        />
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
