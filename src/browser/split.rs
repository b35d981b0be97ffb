//! Code kept out of the first download (#27). A function written with [`split!`] becomes, in the
//! release build (the `split` feature, which `index.html` asks Trunk for), a wasm file of its own:
//! `scripts/split.mjs` cuts it out with all the code only it reaches, and the page fetches the
//! file on the function's first call, unless it was fetched and compiled ahead
//! ([`compile_ahead`]; from the phone's copy once the service worker has kept one). In every
//! other build (the native and wasm-bindgen tests, which load no such file) it is an ordinary
//! async function, so the same code runs either way.

/// Why a split-off function did not run: its file could not be fetched (offline before the phone
/// kept a copy). Never a panic, which would stop the whole app.
pub use leptos::wasm_split::SplitLoaderError as NotArrived;

/// `split!(module; fn name(args) -> Result<T, NotArrived> { … })`, optionally
/// `split!(module, preload name; …)` for a function that fetches the file without calling it.
/// Called as `name(args).await`, whichever the build.
macro_rules! split {
    ($module:ident $(, preload $preload:ident)?;
        $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split(
            $module, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?
        )]
        $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> $ret $body

        $(
            #[cfg(not(feature = "split"))]
            $vis async fn $preload() -> Result<(), $crate::browser::split::NotArrived> {
                Ok(())
            }
        )?
    };
}
pub(crate) use split;

/// Fetches and compiles split module `module`'s file, and the files it needs, without running
/// them: compiling is the slow part of a file's first use, and it runs off the main thread. The
/// boot script hands over the function (scripts/post-build.mjs); a build without the split has
/// none, and nothing happens.
pub fn compile_ahead(module: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Ok(given) = js_sys::Reflect::get(&window, &"relactCompileAhead".into()) else { return };
    if let Some(compile) = given.dyn_ref::<js_sys::Function>() {
        let _ = compile.call1(&wasm_bindgen::JsValue::NULL, &module.into());
    }
}
