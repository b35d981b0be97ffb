//! Settings → Language: the five languages, each in its own name. A choice opens at once: the
//! file is fetched (or taken from the phone's offline copy), the choice saved, and the page
//! reloads in it, quickly and losing nothing (the running timer lives in storage). A language the
//! phone never had, while offline, is refused kindly and the current one stays.

use leptos::prelude::*;

use crate::browser::i18n::{self as page, NotOpened};
use crate::domain::language::{other_portuguese, Language};
use crate::state::settings::save_settings;
use crate::state::AppState;
use crate::text::{self, settings as t};

/// The language choice, first in Settings so a parent who cannot read the screen finds it.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let state = AppState::get();
    let current = text::i18n::language();
    let checked = RwSignal::new(current);
    let said = RwSignal::new(None::<String>);
    let pick = move |language: Language| {
        checked.set(language);
        if language == current {
            said.set(None);
            return;
        }
        said.set(Some(t::language_opening(language)));
        leptos::task::spawn_local(async move {
            let refused = match page::fetch(language).await {
                Ok(_) => {
                    let mut settings = state.settings.get_untracked();
                    settings.language = Some(language);
                    match save_settings(&settings) {
                        Ok(()) => {
                            crate::browser::location::reload();
                            return;
                        }
                        Err(_) => text::problem::SAVE_FAILED.to_string(),
                    }
                }
                Err(NotOpened::Offline) => t::language_offline(language),
                Err(NotOpened::Failed) => t::language_failed(language),
            };
            let _ = checked.try_set(current);
            let _ = said.try_set(Some(refused));
        });
    };
    // Only to a phone that asked for another Portuguese, in Portuguese.
    let brazil = current == Language::BrazilianPortuguese
        && page::phone_tag().is_some_and(|tag| other_portuguese(&tag));
    view! {
        <fieldset class="choice" id="language">
            <legend>{t::LANGUAGE}</legend>
            {Language::ALL
                .into_iter()
                .map(|language| {
                    view! {
                        <label class="choice-row">
                            <input
                                type="radio"
                                name="language"
                                prop:checked=move || checked.get() == language
                                on:change=move |_| pick(language)
                            />
                            <span lang=language.tag() dir="auto">
                                {t::language_name(language)}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
            {brazil.then(|| view! { <p class="quiet">{t::LANGUAGE_BRAZIL}</p> })}
            <p class="quiet">{t::LANGUAGE_REOPENS}</p>
            <p class="quiet" role="status">
                {move || said.get()}
            </p>
        </fieldset>
    }
}
