//! Entry point: mounts the app, nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Compiling and starting the wasm is one long task already; the app mounts in the next one.
    relact::browser::tasks::next_task(relact::ui::app::start);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Relact runs in a browser: build it with `./scripts/serve`.");
}
