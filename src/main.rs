//! Entry point: mounts the app, nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    relact::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Relact runs in a browser: build it with `./scripts/serve`.");
}
