//! What the app says about its own updates, decided from what its service worker reports. A new
//! version never takes over by itself: once installed beside a working one it waits for the
//! parent's tap ("Update available — reload"); the very first install only says, once, that the
//! app now works offline. Pure, so each case is a line of a table.

/// The stages of a newly installing version that matter here (the service worker's own states).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Downloaded every file; waits if another version controls the page.
    Installed,
    /// Took over.
    Activated,
    /// Anything else (installing, activating, redundant).
    Other,
}

/// What the page knows when a version changes stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    /// A version controls this page now (so the one installed is an update).
    pub controlled: bool,
    /// The parent tapped Reload, and this page will reload onto the new version.
    pub reload_requested: bool,
    /// "Ready to work offline" was said before, on this phone.
    pub offline_ready_said: bool,
}

/// What to tell the parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Say {
    /// "Update available — reload".
    UpdateWaiting,
    /// "Ready to work offline" (and remember that it was said).
    OfflineReady,
    Nothing,
}

/// What a version reaching `stage` means for the parent.
pub fn on_stage(stage: Stage, seen: Seen) -> Say {
    match stage {
        Stage::Installed if seen.controlled => Say::UpdateWaiting,
        Stage::Activated if !seen.reload_requested && !seen.offline_ready_said => Say::OfflineReady,
        _ => Say::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(controlled: bool, reload_requested: bool, offline_ready_said: bool) -> Seen {
        Seen { controlled, reload_requested, offline_ready_said }
    }

    #[test]
    fn the_first_install_says_ready_offline_once_and_never_offers_an_update() {
        // Nothing controls the page on the very first visit.
        assert_eq!(on_stage(Stage::Installed, seen(false, false, false)), Say::Nothing);
        assert_eq!(on_stage(Stage::Activated, seen(false, false, false)), Say::OfflineReady);
        // Said on an earlier visit (a second tab, a cleared cache): not again.
        assert_eq!(on_stage(Stage::Activated, seen(false, false, true)), Say::Nothing);
    }

    #[test]
    fn a_new_version_beside_a_working_one_waits_for_the_parent() {
        assert_eq!(on_stage(Stage::Installed, seen(true, false, true)), Say::UpdateWaiting);
        // After the tap it takes over and the page reloads: nothing to say meanwhile.
        assert_eq!(on_stage(Stage::Activated, seen(true, true, true)), Say::Nothing);
        assert_eq!(on_stage(Stage::Activated, seen(true, true, false)), Say::Nothing);
    }

    #[test]
    fn other_stages_say_nothing() {
        for s in [seen(true, false, false), seen(false, false, false), seen(true, true, true)] {
            assert_eq!(on_stage(Stage::Other, s), Say::Nothing);
        }
    }
}
