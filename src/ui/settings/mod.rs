//! Settings: the language, the parent's journey, colours, units, clock, weeks and sound. Saved on this device at once.

pub mod backup;
pub mod hand;
pub mod journey;
pub mod language;
pub mod medicines;
pub mod share;

use leptos::prelude::*;

use crate::domain::settings::{Clock, Theme, WeekStart};
use crate::domain::units::Volume;
use crate::state::AppState;
use crate::text::{self, settings as t};
use crate::ui::settings::backup::BackupTools;
use crate::ui::widgets::choice::Choice;

/// The Settings screen.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let s = AppState::get().settings;
    view! {
        <section class="screen">
            <h1>{text::nav::SETTINGS}</h1>
            <language::LanguageChoice/>
            <journey::JourneySection/>
            <Choice
                legend=t::THEME
                name="theme"
                options=vec![
                    (Theme::Auto, t::THEME_AUTO),
                    (Theme::Light, t::THEME_LIGHT),
                    (Theme::Night, t::THEME_NIGHT),
                ]
                value=Signal::derive(move || s.with(|s| s.theme))
                on_pick=move |v| s.update(|s| s.theme = v)
            />
            <Choice
                legend=t::VOLUME
                name="volume"
                options=vec![(Volume::Ml, t::VOLUME_ML), (Volume::Oz, t::VOLUME_OZ)]
                value=Signal::derive(move || s.with(|s| s.volume))
                on_pick=move |v| s.update(|s| s.volume = v)
            />
            <Choice
                legend=t::CLOCK
                name="clock"
                options=vec![(Clock::H24, t::CLOCK_24), (Clock::H12, t::CLOCK_12)]
                value=Signal::derive(move || s.with(|s| s.clock))
                on_pick=move |v| s.update(|s| s.clock = v)
            />
            <Choice
                legend=t::WEEK_START
                name="week-start"
                options=vec![
                    (WeekStart::Monday, t::MONDAY),
                    (WeekStart::Sunday, t::SUNDAY),
                    (WeekStart::Saturday, t::SATURDAY),
                ]
                value=Signal::derive(move || s.with(|s| s.week_start))
                on_pick=move |v| s.update(|s| s.week_start = v)
            />
            <label class="toggle">
                <input
                    type="checkbox"
                    prop:checked=move || s.with(|s| s.chime)
                    on:change=move |ev| s.update(|s| s.chime = event_target_checked(&ev))
                />
                <span>{t::CHIME}</span>
            </label>
            <p class="quiet">{t::PRIVACY}</p>
            <medicines::MedicineList/>
            <share::ShareSection/>
            <BackupTools/>
        </section>
    }
}
