//! One `Show` for every screen: Leptos's own is generic over its condition and its children's
//! view type, so the wasm held a copy of it for each of its fifty uses.

use leptos::prelude::*;

/// Shows `children` while `when` is true, else `fallback`; the children are built again only
/// when the condition flips, never on every change of what it reads.
#[component]
pub fn Show(
    children: ChildrenFn,
    #[prop(into)] when: Signal<bool>,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
