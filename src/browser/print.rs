//! The browser's print window, for the plan, the log sheet, the guide and the consultant summary.

/// Opens the browser's print window (which also offers "Save as PDF").
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
