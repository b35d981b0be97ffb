//! The running session. Time is never counted in ticks: the state holds only the instants of each
//! change, so the elapsed time is right after a reload, a locked phone or a killed tab.

use serde::{Deserialize, Serialize};

use super::entry::{Invalid, Segment, Session, SessionKind, Side, MAX_SESSION};
use super::{Millis, HOUR, MINUTE};

/// Default goal for one session; the guidance asks for 20 to 30 minutes.
pub const DEFAULT_TARGET: Millis = 20 * MINUTE;
/// The upper mark of the guidance, shown on the ring.
pub const UPPER_MARK: Millis = 30 * MINUTE;

/// The goal of a session of `kind` when the plan asks for `session_minutes`: pumping and hand
/// expressing aim for the plan's session length; nursing and comfort nursing are baby-led, with no
/// goal, no cap and no "goal reached".
pub fn goal_for(kind: SessionKind, session_minutes: u8) -> Option<Millis> {
    kind.measures_volume().then(|| Millis::from(session_minutes.max(1)) * MINUTE)
}

/// A session in progress, as written to localStorage at every change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Running {
    /// Format version of this small record, so a future change can read the old shape.
    #[serde(default = "one")]
    pub v: u32,
    pub kind: SessionKind,
    pub started: Millis,
    /// Finished segments: each switch or pause closes one.
    pub segments: Vec<Segment>,
    /// The side being stimulated now, or the side to resume on when paused.
    pub side: Side,
    /// When the current segment began; `None` while paused.
    pub since: Option<Millis>,
    /// The goal for pumping and hand expressing; ignored for baby-led nursing (see [`Running::goal`]).
    pub target: Millis,
    /// The goal chime has played; kept so a reload does not chime again.
    #[serde(default)]
    pub chimed: bool,
    /// Nursing with an at-breast supplementer: the save panel asks the amount given through it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supplementer: bool,
    /// Where Stop ended it (the parent's corrected end, or the moment of Stop), kept so a reload
    /// while saving saves the same end; cleared by Resume. Older timers have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Millis>,
}

fn one() -> u32 {
    1
}

/// Counted time past which a session was most likely left running, so Stop first asks whether it
/// really ended now: twice the guidance's upper mark for expressing; nursing follows the baby, and
/// a cluster feed can run long, so two hours. A session that did run this long costs one tap.
pub fn ask_end_after(kind: SessionKind) -> Millis {
    if kind.measures_volume() {
        2 * UPPER_MARK
    } else {
        2 * HOUR
    }
}

/// What Stop does with the session at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopCheck {
    /// Save it as timed.
    Save,
    /// Longer than most sessions ([`ask_end_after`]): ask whether it ended now or earlier.
    AskLong,
    /// Longer than any session can be ([`MAX_SESSION`]): the real end must be given.
    AskOverlong,
}

/// Why an end given for a session left running cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndProblem {
    /// The field is empty (or the browser gave nothing it could read).
    Missing,
    Invalid(Invalid),
}

/// The sentence a screen reader hears once the goal is reached, while it is still true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalNews {
    /// Reached, with room to go on to the guidance's upper mark.
    KeepGoing,
    /// Reached, and at or past the upper mark.
    Done,
}

/// What the screen needs at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub elapsed: Millis,
    pub left: Millis,
    pub right: Millis,
    pub both: Millis,
    pub paused: bool,
    /// Only ever true for a session with a goal: nursing is never "reached".
    pub target_reached: bool,
    /// The device clock is earlier than the last recorded change: time was frozen, not negated.
    pub clock_went_back: bool,
    /// Running for longer than any real session: ask for the true end time before saving.
    pub overlong: bool,
}

impl Running {
    /// The side a new session of `kind` begins on: both for pumping (double pumping is common),
    /// left otherwise; one tap changes it.
    pub fn default_side(kind: SessionKind) -> Side {
        if kind == SessionKind::Pumping {
            Side::Both
        } else {
            Side::Left
        }
    }

    /// The goal of this session; `None` for nursing and comfort nursing, which the baby leads (also
    /// for a nursing timer saved by an older version with a 20-minute target).
    pub fn goal(&self) -> Option<Millis> {
        self.kind.measures_volume().then_some(self.target)
    }

    /// Starts a session on `side` at `now`.
    pub fn start(kind: SessionKind, side: Side, now: Millis, target: Millis) -> Self {
        Running {
            v: 1,
            kind,
            started: now,
            segments: vec![],
            side,
            since: Some(now),
            target,
            chimed: false,
            supplementer: false,
            ended: None,
        }
    }

    fn close_current(&mut self, now: Millis) {
        if let Some(since) = self.since.take() {
            // A clock that went back must not yield a negative or inverted segment.
            let end = now.max(since);
            if end > since {
                self.segments.push(Segment { side: self.side, start: since, end });
            }
        }
    }

    /// Moves to the other breast; while paused it only changes where resuming will continue.
    pub fn switch_side(&mut self, now: Millis) {
        self.set_side(self.side.switched(), now);
    }

    /// Picks a side explicitly (left, right or both).
    pub fn set_side(&mut self, side: Side, now: Millis) {
        if self.since.is_some() {
            self.close_current(now);
            self.since = Some(now.max(self.last_change()));
        }
        self.side = side;
    }

    /// Pauses; the gap until resume is not counted.
    pub fn pause(&mut self, now: Millis) {
        self.close_current(now);
    }

    /// Resumes on the current side.
    pub fn resume(&mut self, now: Millis) {
        if self.since.is_none() {
            self.since = Some(now.max(self.last_change()));
            self.ended = None;
        }
    }

    /// The Pause button: pauses a running session, resumes a paused one, at `now`.
    pub fn toggle_pause(&mut self, now: Millis) {
        if self.since.is_some() {
            self.pause(now)
        } else {
            self.resume(now)
        }
    }

    /// Whether the goal signal (the chime and a vibration) is due at `now`: the goal is reached
    /// and the signal was not given yet in this session (it is given once, even across reloads).
    /// Never for a timer left running (past [`ask_end_after`]): a chime on reopening it hours later
    /// would praise a session that was not.
    pub fn goal_signal_due(&self, now: Millis) -> bool {
        !self.chimed && self.since.is_some() && self.goal_news(now).is_some()
    }

    /// The latest instant the state knows of; time before it cannot be "now".
    pub fn last_change(&self) -> Millis {
        let seg = self.segments.last().map_or(self.started, |s| s.end);
        self.since.unwrap_or(seg).max(seg)
    }

    /// Elapsed and per-side time at `now`, derived from the stored instants only.
    pub fn read(&self, now: Millis) -> Reading {
        let mut r = Reading {
            elapsed: 0,
            left: 0,
            right: 0,
            both: 0,
            paused: self.since.is_none(),
            target_reached: false,
            clock_went_back: now < self.last_change(),
            overlong: false,
        };
        let current = self.since.map(|s| Segment { side: self.side, start: s, end: now.max(s) });
        for seg in self.segments.iter().chain(current.iter()) {
            let d = seg.duration();
            r.elapsed += d;
            match seg.side {
                Side::Left => r.left += d,
                Side::Right => r.right += d,
                Side::Both => r.both += d,
            }
        }
        r.target_reached = self.goal().is_some_and(|goal| r.elapsed >= goal);
        r.overlong = now.max(self.last_change()) - self.started > MAX_SESSION;
        r
    }

    /// What Stop does at `now`: a timer most likely left running asks first (once: an end already
    /// given is kept).
    pub fn stop_check(&self, now: Millis) -> StopCheck {
        if self.ended.is_some() {
            StopCheck::Save
        } else if self.stop_end(now) - self.started > MAX_SESSION {
            // Measured to where Stop would end it: a paused session ends at its pause.
            StopCheck::AskOverlong
        } else if self.read(now).elapsed > ask_end_after(self.kind) {
            StopCheck::AskLong
        } else {
            StopCheck::Save
        }
    }

    /// The goal's news at `now`: none before the goal, for baby-led nursing, or once the session
    /// is long enough that Stop will ask whether it was left running (praise would ring false).
    pub fn goal_news(&self, now: Millis) -> Option<GoalNews> {
        let r = self.read(now);
        // Stopped (an end given, cut back past the goal): nothing to announce any more.
        if self.ended.is_some() || !r.target_reached || r.elapsed > ask_end_after(self.kind) {
            None
        } else if r.elapsed < UPPER_MARK {
            Some(GoalNews::KeepGoing)
        } else {
            Some(GoalNews::Done)
        }
    }

    /// "Now" as this session can know it: a clock moved back never puts now before the last tap.
    pub fn end_now(&self, now: Millis) -> Millis {
        now.max(self.last_change())
    }

    /// The end Stop saves at `now`: one already given, else a paused session's pause (time spent
    /// paused at the end is no part of it, nor is a session forgotten while paused), else now.
    pub fn stop_end(&self, now: Millis) -> Millis {
        match (self.ended, self.since) {
            (Some(end), _) => end,
            (None, None) => self.last_change(),
            (None, Some(_)) => self.end_now(now),
        }
    }

    /// The session stopped but not yet saved (an end was kept, then the page reloaded or was
    /// left): the Timer opens on its save panel, not on a paused timer that could be resumed.
    pub fn unsaved(&self) -> Option<Session> {
        self.ended.map(|end| self.finish(end))
    }

    /// Stops at `end`: the segments are cut there and the end is kept, so a reload while saving
    /// saves the same session.
    pub fn stop_at(&mut self, end: Millis) {
        let end = end.max(self.started);
        self.close_current(end);
        self.segments = std::mem::take(&mut self.segments)
            .into_iter()
            .filter(|s| s.start < end)
            .map(|s| Segment { end: s.end.min(end), ..s })
            .collect();
        self.ended = Some(end);
    }

    /// The end first offered when the parent says the session ended earlier: the goal after the
    /// start (the likeliest end of a forgotten session), but never before the last tap the
    /// parent made (a switch or a pause shows they were there) nor after now.
    pub fn likely_end(&self, now: Millis) -> Millis {
        (self.started + self.target).max(self.last_change()).min(self.latest_end(now))
    }

    /// The latest end the parent can give at `now`: not in the future, and within
    /// [`MAX_SESSION`] of the start.
    pub fn latest_end(&self, now: Millis) -> Millis {
        self.end_now(now).min(self.started + MAX_SESSION)
    }

    /// The end the parent gave for a session left running (`None`: the field was empty or could
    /// not be read), checked: after the start, not in the future, and within [`MAX_SESSION`].
    pub fn given_end(&self, given: Option<Millis>, now: Millis) -> Result<Millis, EndProblem> {
        match given {
            None => Err(EndProblem::Missing),
            Some(end) if end <= self.started => Err(EndProblem::Invalid(Invalid::EndNotAfterStart)),
            Some(end) if end > self.end_now(now) => Err(EndProblem::Invalid(Invalid::InFuture)),
            Some(end) if end - self.started > MAX_SESSION => {
                Err(EndProblem::Invalid(Invalid::SessionTooLong))
            }
            Some(end) => Ok(end),
        }
    }

    /// The session to save when the parent stops at `end` (which may be a corrected, earlier time for
    /// a timer left running): segments are cut at `end`, none is negative.
    pub fn finish(&self, end: Millis) -> Session {
        let end = end.max(self.started);
        let mut me = self.clone();
        me.stop_at(end);
        let segments = me.segments;
        Session {
            kind: self.kind,
            start: self.started,
            // A session always ends after it starts, even if stopped the same millisecond.
            end: end.max(self.started + 1),
            segments,
            left_ml: None,
            right_ml: None,
            notes: String::new(),
            test_weight: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Millis = 1_780_000_000_000;

    #[test]
    fn elapsed_is_derived_from_instants_with_switches_and_pauses() {
        let mut r = Running::start(SessionKind::Pumping, Side::Left, T0, DEFAULT_TARGET);
        r.switch_side(T0 + 5 * MINUTE);
        r.pause(T0 + 8 * MINUTE);
        r.resume(T0 + 10 * MINUTE); // two minutes of pause
        let at = r.read(T0 + 15 * MINUTE);
        assert_eq!(at.elapsed, 13 * MINUTE);
        assert_eq!(at.left, 5 * MINUTE);
        assert_eq!(at.right, 8 * MINUTE);
        assert!(!at.paused && !at.target_reached);
        assert!(r.read(T0 + 22 * MINUTE).target_reached);
    }

    #[test]
    fn switching_while_paused_only_changes_where_we_resume() {
        let mut r = Running::start(SessionKind::Nursing, Side::Left, T0, DEFAULT_TARGET);
        r.pause(T0 + MINUTE);
        r.switch_side(T0 + 2 * MINUTE);
        assert!(r.read(T0 + 3 * MINUTE).paused);
        assert_eq!(r.read(T0 + 3 * MINUTE).elapsed, MINUTE);
        r.resume(T0 + 4 * MINUTE);
        let at = r.read(T0 + 5 * MINUTE);
        assert_eq!((at.left, at.right), (MINUTE, MINUTE));
    }

    #[test]
    fn switch_from_both_starts_a_single_pump_on_the_left_then_alternates() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        assert_eq!(r.side, Side::Both, "pumping starts on both sides");
        r.switch_side(T0 + MINUTE);
        assert_eq!(r.side, Side::Left, "one tap on Switch: the left side");
        r.switch_side(T0 + 6 * MINUTE);
        assert_eq!(r.side, Side::Right);
        let at = r.read(T0 + 10 * MINUTE);
        assert_eq!((at.both, at.left, at.right), (MINUTE, 5 * MINUTE, 4 * MINUTE));
    }

    #[test]
    fn a_clock_moved_backwards_never_gives_negative_time() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        r.pause(T0 + 10 * MINUTE);
        let at = r.read(T0 - HOUR);
        assert_eq!(at.elapsed, 10 * MINUTE);
        assert!(at.clock_went_back);
        r.resume(T0 - HOUR); // resumes at the last known instant, not in the past
        let at = r.read(T0 + 12 * MINUTE);
        assert_eq!(at.elapsed, 12 * MINUTE);
        assert!(!at.clock_went_back);
        let s = r.finish(T0 - HOUR);
        assert!(s.end > s.start && s.segments.iter().all(|g| g.end >= g.start));
    }

    #[test]
    fn a_timer_left_running_over_twelve_hours_is_flagged_and_can_be_cut() {
        let r = Running::start(SessionKind::Pumping, Side::Left, T0, DEFAULT_TARGET);
        assert!(!r.read(T0 + 12 * HOUR).overlong);
        assert!(r.read(T0 + 14 * HOUR).overlong);
        let s = r.finish(T0 + 25 * MINUTE);
        assert_eq!(s.end - s.start, 25 * MINUTE);
        assert_eq!(s.active_millis(), 25 * MINUTE);
    }

    #[test]
    fn stop_asks_past_an_hour_of_expressing_two_of_nursing_and_insists_past_twelve() {
        let pump = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        assert_eq!(pump.stop_check(T0 + 25 * MINUTE), StopCheck::Save);
        assert_eq!(pump.stop_check(T0 + 60 * MINUTE), StopCheck::Save);
        assert_eq!(pump.stop_check(T0 + 60 * MINUTE + 1000), StopCheck::AskLong);
        assert_eq!(pump.stop_check(T0 + 4 * HOUR), StopCheck::AskLong);
        assert_eq!(pump.stop_check(T0 + 13 * HOUR), StopCheck::AskOverlong);
        let hand = Running::start(SessionKind::HandExpression, Side::Left, T0, DEFAULT_TARGET);
        assert_eq!(hand.stop_check(T0 + 61 * MINUTE), StopCheck::AskLong);
        // A cluster feed of an hour and a half is a feed, not a forgotten timer.
        let nurse = Running::start(SessionKind::Nursing, Side::Left, T0, DEFAULT_TARGET);
        assert_eq!(nurse.stop_check(T0 + 90 * MINUTE), StopCheck::Save);
        assert_eq!(nurse.stop_check(T0 + 2 * HOUR), StopCheck::Save);
        assert_eq!(nurse.stop_check(T0 + 2 * HOUR + 1000), StopCheck::AskLong);
        let comfort = Running::start(SessionKind::ComfortNursing, Side::Left, T0, DEFAULT_TARGET);
        assert_eq!(comfort.stop_check(T0 + 3 * HOUR), StopCheck::AskLong);
        // Paused after 10 minutes and forgotten for 5 hours, or 13: the 10 minutes are true and
        // the session ends at its pause, so there is nothing to ask.
        let mut paused = pump.clone();
        paused.pause(T0 + 10 * MINUTE);
        assert_eq!(paused.stop_check(T0 + 5 * HOUR), StopCheck::Save);
        assert_eq!(paused.stop_check(T0 + 13 * HOUR), StopCheck::Save);
    }

    #[test]
    fn the_given_end_is_after_the_start_not_in_the_future_and_within_twelve_hours() {
        use EndProblem::*;
        let r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        let now = T0 + 4 * HOUR;
        assert_eq!(r.given_end(None, now), Err(Missing));
        assert_eq!(r.given_end(Some(T0), now), Err(Invalid(super::Invalid::EndNotAfterStart)));
        assert_eq!(
            r.given_end(Some(T0 - MINUTE), now),
            Err(Invalid(super::Invalid::EndNotAfterStart))
        );
        assert_eq!(r.given_end(Some(T0 + 25 * MINUTE), now), Ok(T0 + 25 * MINUTE));
        assert_eq!(r.given_end(Some(now), now), Ok(now));
        assert_eq!(r.given_end(Some(now + MINUTE), now), Err(Invalid(super::Invalid::InFuture)));
        let now = T0 + 14 * HOUR;
        assert_eq!(r.given_end(Some(T0 + 12 * HOUR), now), Ok(T0 + 12 * HOUR));
        assert_eq!(
            r.given_end(Some(T0 + 12 * HOUR + MINUTE), now),
            Err(Invalid(super::Invalid::SessionTooLong))
        );
        // What the field offers: the goal after the start, and the latest it accepts.
        assert_eq!(r.likely_end(T0 + 4 * HOUR), T0 + 20 * MINUTE);
        assert_eq!(r.likely_end(T0 + 10 * MINUTE), T0 + 10 * MINUTE);
        assert_eq!(r.latest_end(T0 + 4 * HOUR), T0 + 4 * HOUR);
        assert_eq!(r.latest_end(T0 + 14 * HOUR), T0 + 12 * HOUR);
        // A switch at 25 minutes shows the parent was there: the offer is never before it.
        let mut switched = r.clone();
        switched.switch_side(T0 + 25 * MINUTE);
        assert_eq!(switched.likely_end(T0 + 4 * HOUR), T0 + 25 * MINUTE);
    }

    #[test]
    fn a_clock_moved_back_never_refuses_a_real_end_nor_offers_one_before_the_start() {
        use EndProblem::*;
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        r.switch_side(T0 + 90 * MINUTE);
        // The phone now reads an hour before the switch: the switch is the latest "now" known.
        let now = T0 + 30 * MINUTE;
        assert_eq!(r.end_now(now), T0 + 90 * MINUTE);
        assert_eq!(r.latest_end(now), T0 + 90 * MINUTE);
        assert_eq!(r.likely_end(now), T0 + 90 * MINUTE);
        assert_eq!(r.given_end(Some(T0 + 80 * MINUTE), now), Ok(T0 + 80 * MINUTE));
        assert_eq!(
            r.given_end(Some(T0 + 91 * MINUTE), now),
            Err(Invalid(super::Invalid::InFuture))
        );
        // Before the start itself: the offer is the start, never an end before it.
        let fresh = Running::start(SessionKind::Nursing, Side::Left, T0, DEFAULT_TARGET);
        assert_eq!(fresh.likely_end(T0 - HOUR), T0);
        assert_eq!(fresh.latest_end(T0 - HOUR), T0);
    }

    #[test]
    fn an_end_given_survives_a_reload_and_resume_takes_it_back() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        r.switch_side(T0 + 30 * MINUTE); // both for 30 minutes, then the left
                                         // Left on for 4 hours; the parent says it ended at 20 minutes.
        r.stop_at(T0 + 20 * MINUTE);
        let back: Running = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        let now = T0 + 4 * HOUR + 5 * MINUTE;
        assert_eq!(back.read(now).elapsed, 20 * MINUTE, "the reloaded timer holds 20 minutes");
        assert_eq!(back.stop_check(now), StopCheck::Save, "asked once, not again");
        assert_eq!(back.stop_end(now), T0 + 20 * MINUTE);
        let s = back.finish(back.stop_end(now));
        assert_eq!((s.start, s.end, s.active_millis()), (T0, T0 + 20 * MINUTE, 20 * MINUTE));
        assert_eq!(back.unsaved(), Some(s), "the Timer opens on this session's save panel");
        // Resume after all: the session goes on, and Stop asks again later.
        let mut resumed = back.clone();
        resumed.resume(now);
        assert_eq!(resumed.ended, None);
        assert_eq!(resumed.unsaved(), None);
        assert_eq!(resumed.stop_end(now + MINUTE), now + MINUTE);
        // A timer stored before `ended` existed loads without one.
        let old = r#"{"v":1,"kind":"pumping","started":1780000000000,"segments":[],"side":"both","since":1780000000000,"target":1200000}"#;
        assert_eq!(serde_json::from_str::<Running>(old).unwrap().ended, None);
    }

    #[test]
    fn a_session_forgotten_while_paused_ends_at_its_pause() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        r.pause(T0 + 10 * MINUTE);
        let now = T0 + 5 * HOUR;
        assert_eq!(r.stop_check(now), StopCheck::Save);
        assert_eq!(r.stop_end(now), T0 + 10 * MINUTE, "not five hours later");
        let running = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        assert_eq!(running.stop_end(T0 + 25 * MINUTE), T0 + 25 * MINUTE);
        // No chime for a timer reopened hours after its goal.
        assert!(running.goal_signal_due(T0 + 25 * MINUTE));
        assert!(!running.goal_signal_due(T0 + 4 * HOUR));
        // Nor once it is stopped at a given end past its goal (20 minutes): the save panel is
        // no place for "Goal reached", aloud or rung.
        let mut stopped = running.clone();
        stopped.stop_at(T0 + 20 * MINUTE);
        assert_eq!(stopped.goal_news(T0 + 4 * HOUR), None);
        assert!(!stopped.goal_signal_due(T0 + 4 * HOUR));
        // Found 13 hours after a pause at 10 minutes: still 10 minutes, ending at the pause,
        // without the 12-hour question (the session itself spans 10 minutes).
        assert_eq!(r.stop_check(T0 + 13 * HOUR), StopCheck::Save);
        assert_eq!(r.stop_end(T0 + 13 * HOUR), T0 + 10 * MINUTE);
        // Paused after 90 counted minutes: asked, and "now" means its pause.
        let mut long = running.clone();
        long.pause(T0 + 90 * MINUTE);
        assert_eq!(long.stop_check(T0 + 5 * HOUR), StopCheck::AskLong);
        assert_eq!(long.likely_end(T0 + 5 * HOUR), T0 + 90 * MINUTE);
        assert_eq!(long.stop_end(T0 + 5 * HOUR), T0 + 90 * MINUTE);
        // Paused only after 13 hours of running: that session did span more than 12 hours.
        let mut forgotten = running.clone();
        forgotten.pause(T0 + 13 * HOUR);
        assert_eq!(forgotten.stop_check(T0 + 14 * HOUR), StopCheck::AskOverlong);
    }

    #[test]
    fn the_goal_news_is_said_while_true_and_never_for_a_timer_left_running() {
        use GoalNews::*;
        let twenty = Running::start(SessionKind::Pumping, Side::Both, T0, 20 * MINUTE);
        let at = |r: &Running, ms: Millis| r.goal_news(T0 + ms);
        assert_eq!(at(&twenty, 20 * MINUTE - 1000), None);
        assert_eq!(at(&twenty, 20 * MINUTE), Some(KeepGoing));
        assert_eq!(at(&twenty, 30 * MINUTE - 1000), Some(KeepGoing));
        assert_eq!(at(&twenty, 30 * MINUTE), Some(Done));
        assert_eq!(at(&twenty, 60 * MINUTE), Some(Done));
        assert_eq!(at(&twenty, 60 * MINUTE + 1000), None);
        assert_eq!(at(&twenty, 4 * HOUR), None);
        // A 30-minute goal is the upper mark itself: reached and done at once.
        let thirty = Running::start(SessionKind::Pumping, Side::Both, T0, 30 * MINUTE);
        assert_eq!(at(&thirty, 29 * MINUTE), None);
        assert_eq!(at(&thirty, 30 * MINUTE), Some(Done));
        let nurse = Running::start(SessionKind::Nursing, Side::Left, T0, 20 * MINUTE);
        assert_eq!(at(&nurse, 25 * MINUTE), None);
    }

    #[test]
    fn finishing_keeps_per_side_segments() {
        let mut r = Running::start(SessionKind::HandExpression, Side::Right, T0, DEFAULT_TARGET);
        r.switch_side(T0 + 7 * MINUTE);
        let s = r.finish(T0 + 20 * MINUTE);
        assert_eq!(s.segments.len(), 2);
        assert_eq!(s.millis_on(Side::Right), 7 * MINUTE);
        assert_eq!(s.millis_on(Side::Left), 13 * MINUTE);
        assert_eq!((s.start, s.end), (T0, T0 + 20 * MINUTE));
    }

    #[test]
    fn nursing_is_baby_led_and_expressing_keeps_the_plans_goal() {
        use SessionKind::*;
        for minutes in [20u8, 25, 30] {
            assert_eq!(goal_for(Pumping, minutes), Some(minutes as Millis * MINUTE));
            assert_eq!(goal_for(HandExpression, minutes), Some(minutes as Millis * MINUTE));
            assert_eq!(goal_for(Nursing, minutes), None);
            assert_eq!(goal_for(ComfortNursing, minutes), None);
        }
        for kind in SessionKind::ALL {
            // Even a nursing timer stored with a 20-minute target (older versions) never reaches one.
            let r = Running::start(kind, Side::Left, T0, DEFAULT_TARGET);
            let later = r.read(T0 + 3 * HOUR);
            assert_eq!(later.target_reached, kind.measures_volume(), "{kind:?}");
            assert_eq!(r.goal().is_some(), kind.measures_volume(), "{kind:?}");
        }
        let r = Running::start(Pumping, Side::Both, T0, goal_for(Pumping, 25).unwrap());
        assert!(!r.read(T0 + 24 * MINUTE).target_reached);
        assert!(r.read(T0 + 25 * MINUTE).target_reached);
    }

    #[test]
    fn state_survives_a_json_round_trip_and_reads_the_same() {
        let mut r = Running::start(SessionKind::Pumping, Side::Left, T0, DEFAULT_TARGET);
        r.switch_side(T0 + 60_000);
        let back: Running = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back.read(T0 + 90_000), r.read(T0 + 90_000));
    }

    #[test]
    fn a_timer_saved_before_the_supplementer_flag_resumes_as_plain_nursing() {
        let mut r = Running::start(SessionKind::Nursing, Side::Left, T0, DEFAULT_TARGET);
        let old = serde_json::to_string(&r).unwrap();
        assert!(!old.contains("supplementer"), "plain sessions are stored as before");
        assert!(!serde_json::from_str::<Running>(&old).unwrap().supplementer);
        r.supplementer = true;
        let back: Running = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert!(back.supplementer);
    }

    #[test]
    fn the_pause_button_pauses_then_resumes_and_the_gap_is_not_counted() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, DEFAULT_TARGET);
        r.toggle_pause(T0 + 5 * MINUTE);
        assert!(r.read(T0 + 9 * MINUTE).paused);
        assert_eq!(r.read(T0 + 9 * MINUTE).elapsed, 5 * MINUTE);
        r.toggle_pause(T0 + 9 * MINUTE);
        // 5 minutes, a 4-minute pause, then 2 more: 7 minutes on both sides.
        let later = r.read(T0 + 11 * MINUTE);
        assert!(!later.paused);
        assert_eq!((later.elapsed, later.both), (7 * MINUTE, 7 * MINUTE));
    }

    #[test]
    fn the_goal_signal_is_given_once_at_the_goal_and_never_for_nursing() {
        let mut r = Running::start(SessionKind::Pumping, Side::Both, T0, 15 * MINUTE);
        assert!(!r.goal_signal_due(T0 + 15 * MINUTE - 1));
        assert!(r.goal_signal_due(T0 + 15 * MINUTE));
        r.chimed = true;
        assert!(!r.goal_signal_due(T0 + 16 * MINUTE), "once per session");
        // Paused at 10 minutes, the goal is not reached however long the pause.
        let mut paused = Running::start(SessionKind::HandExpression, Side::Left, T0, 15 * MINUTE);
        paused.pause(T0 + 10 * MINUTE);
        assert!(!paused.goal_signal_due(T0 + HOUR));
        let nursing = Running::start(SessionKind::Nursing, Side::Left, T0, DEFAULT_TARGET);
        assert!(!nursing.goal_signal_due(T0 + HOUR));
    }
}
