//! The header and the bottom navigation. The five everyday screens sit at the bottom, within reach
//! of a thumb; the guide and settings sit in the header.

use crate::domain::route::Route;
use crate::text;
use crate::ui::widgets::link::Link;
use crate::ui::widgets::show::Show;
use leptos::prelude::*;

/// The top bar: name, and links to the guide and settings.
#[component]
pub fn Header() -> impl IntoView {
    let updates = crate::state::updates::Updates::get();
    view! {
        <header class="top">
            <Link to=Route::Today class="brand">
                <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                    <circle cx="16" cy="16" r="14" class="logo-ring"/>
                    <path d="M16 7c-4 5-6 8.5-6 11a6 6 0 0 0 12 0c0-2.5-2-6-6-11z" class="logo-drop"/>
                </svg>
                <span>{text::APP_NAME}</span>
            </Link>
            <Show when=move || updates.offline.get()>
                <span class="offline-mark" title=text::update::OFFLINE_HINT>
                    {text::update::OFFLINE}
                </span>
            </Show>
            <nav class="top-links" aria-label=text::nav::MORE_MENU>
                <Link to=Route::Guide>{text::nav::GUIDE}</Link>
                <Link to=Route::Settings>{text::nav::SETTINGS}</Link>
            </nav>
        </header>
    }
}

/// The bottom bar with the everyday screens.
#[component]
pub fn BottomNav() -> impl IntoView {
    let items: [(Route, text::Msg, &str); 5] = [
        (Route::Today, text::nav::TODAY, "M4 12l8-7 8 7v8h-5v-5h-6v5H4z"),
        (Route::Timer, text::nav::TIMER, "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 3v5l3 2"),
        (Route::Log, text::nav::LOG, "M5 6h14M5 12h14M5 18h14"),
        (Route::Plan, text::nav::PLAN, "M5 5h14v15H5zM5 9h14M9 3v4M15 3v4"),
        (Route::Progress, text::nav::PROGRESS, "M4 20V10M10 20V4M16 20v-7M22 20H2"),
    ];
    view! {
        <nav class="bottom" aria-label=text::nav::MAIN_MENU>
            {items
                .into_iter()
                .map(|(to, label, icon)| {
                    view! {
                        <Link to=to>
                            <svg viewBox="0 0 24 24" aria-hidden="true">
                                <path d=icon/>
                            </svg>
                            <span>{label}</span>
                        </Link>
                    }
                })
                .collect_view()}
        </nav>
    }
}
