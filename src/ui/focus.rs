//! Where keyboard and screen-reader focus goes when the screen changes under it. A control that
//! disappears (Start, Save, Undo, Delete) would drop focus to the page itself, and a screen reader
//! would start again from the top; instead focus lands on the new screen's heading, as it would on
//! a new page. Any screen may call [`focus_heading`] after it swaps its content.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the visible main heading once the current change has been drawn. The heading
/// gets `tabindex="-1"` so it can hold focus without becoming a tab stop.
pub fn focus_heading() {
    // The new screen is drawn by microtasks already queued; four turns let them finish.
    crate::browser::tasks::after_microtasks(4, || {
        // A screen whose file is still on its way has no heading yet: it takes focus when it
        // arrives (`heading_arrived`).
        HEADING_AWAITED.set(!focus_heading_now());
    });
}

thread_local! {
    /// Whether the last move of focus to a heading found none (its screen was still loading).
    static HEADING_AWAITED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A screen that arrived late (`widgets::lazy_view`) calls this once it is drawn: focus goes to
/// its heading if a tap had asked for it, and stays where it is on the first screen.
pub fn heading_arrived() {
    if HEADING_AWAITED.take() {
        focus_heading();
    }
}

/// Focuses the first visible `<h1>` in `<main>` at once; returns whether there was one.
pub fn focus_heading_now() -> bool {
    let Some(main) = document().get_element_by_id("main") else { return false };
    let headings = main.get_elements_by_tag_name("h1");
    let visible = (0..headings.length())
        .filter_map(|i| headings.item(i))
        .filter_map(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|h| h.offset_height() > 0);
    let Some(h) = visible else { return false };
    // A new screen starts at its top, where the heading is and where a confirmation shows.
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if !h.has_attribute("tabindex") {
        let _ = h.set_attribute("tabindex", "-1");
    }
    h.focus().is_ok()
}

/// Moves focus to `<main>` itself: where the skip link leads.
pub fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// Once the current change is drawn (a task later): scrolls the element `id` to the middle of the
/// screen and focuses it without another jump. For an error next to its field (the field is
/// focused, its error read with it) or an error line of its own, so it is never off screen.
pub fn show_and_focus(id: &'static str) {
    crate::browser::tasks::next_task(move || {
        if let Some(el) = document().get_element_by_id(id) {
            show_and_focus_element(&el);
        }
    });
}

/// Scrolls `el` to the middle of the screen and focuses it without another jump, at once (for an
/// element just drawn, such as a question's safe answer).
pub fn show_and_focus_element(el: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}

/// Moves focus to the element with `id` (a button that opened a sheet, when the sheet closes);
/// returns whether it was there.
pub fn focus_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}
