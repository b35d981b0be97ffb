//! Backup, restore and merge, CSV export, deleting everything, and how safe the storage is. Every
//! file is checked completely and summarised before anything is written.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::chosen_file::{Chosen, ReadError};
use crate::domain::backup::{self, MergePlan, Rejected};
use crate::domain::csv::log_csv;
use crate::domain::day::local_date;
use crate::domain::settings::Settings;
use crate::state::log_store::LogStore;
use crate::state::sharing::Sharing;
use crate::state::AppState;
use crate::text::{self, backup as t};
use crate::ui::widgets::confirm::{Confirm, Place};
use crate::ui::widgets::merge_summary::MergeSummary;
use crate::ui::widgets::show::Show;

/// A checked file waiting for the parent's yes.
#[derive(Clone)]
struct Pending {
    plan: std::sync::Arc<MergePlan>,
    rejected: Vec<(usize, Rejected)>,
    /// The file's plan and settings: what restoring them would set (`None` when they are the
    /// same as this phone's), and how they read.
    settings: Option<(Option<Settings>, String)>,
}

/// The chosen file's bytes, or why there are none. A file larger than any backup is refused
/// before it is read into memory.
async fn read_file(chosen: Chosen) -> Result<Vec<u8>, String> {
    chosen.read(backup::MAX_BYTES).await.map_err(|why| match why {
        ReadError::TooLarge => t::refused(&backup::Refused::TooLarge),
        ReadError::None | ReadError::Unreadable => t::CANNOT_READ_FILE.to_string(),
    })
}

/// The "Your data" section of Settings.
#[component]
pub fn BackupTools() -> impl IntoView {
    let app = AppState::get();
    let began = crate::state::first_use::Began::get();
    let store = LogStore::get();
    let sharing = Sharing::get();
    let pending = RwSignal::new(None::<Pending>);
    let problem = RwSignal::new(None::<String>);
    // What the last import added, said where "Add these to my log" was tapped.
    let added = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let confirm_clear = RwSignal::new(false);
    let clear_settings_too = RwSignal::new(false);
    // Off by default: a backup's plan never replaces this phone's unless the parent ticks it.
    let restore_settings = RwSignal::new(false);
    let storage = RwSignal::new(None::<(bool, f64)>);

    // How safe the storage is, and how much is used.
    spawn_local(async move {
        let _ = storage.try_set(Some(browser::persist::storage_state().await));
    });

    let today = move || local_date(&Local, browser::clock::now()).to_string();
    let export = move |_| {
        spawn_local(async move {
            match store.all().await {
                Ok(all) => {
                    let body =
                        backup::export(&all, &app.settings.get_untracked(), browser::clock::now());
                    let name = format!("relact-backup-{}.json", today());
                    let ok = browser::files::download(&name, "application/json", &body).is_ok();
                    if ok {
                        app.confirm(t::EXPORTED.get())
                    } else {
                        app.error(t::FAILED.get())
                    }
                }
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };
    let export_csv = move |_| {
        spawn_local(async move {
            match store.all().await {
                Ok(all) => {
                    let body = log_csv(&Local, app.settings.with_untracked(|s| s.volume), &all);
                    let name = format!("relact-log-{}.csv", today());
                    let ok =
                        browser::files::download(&name, "text/csv;charset=utf-8", &body).is_ok();
                    if ok {
                        app.confirm(t::CSV_SAVED.get())
                    } else {
                        app.error(t::FAILED.get())
                    }
                }
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };
    let choose = move |ev: leptos::ev::Event| {
        added.set(None);
        let Some(chosen) = Chosen::from_event(&ev) else { return };
        pending.set(None);
        problem.set(None);
        restore_settings.set(false);
        busy.set(true);
        spawn_local(async move {
            // The stored log is requested first, so IndexedDB reads it while the file is checked.
            let (existing, checked) = futures::future::join(store.all(), async {
                read_file(chosen).await.and_then(|bytes| {
                    backup::read_bytes(&bytes, browser::clock::now())
                        .map_err(|why| t::refused(&why))
                })
            })
            .await;
            let result = match (checked, existing) {
                (Err(message), _) => Err(message),
                (_, Err(e)) => Err(text::store_error(&e).to_string()),
                (Ok(checked), Ok(existing)) => Ok(Pending {
                    plan: std::sync::Arc::new(backup::merge(&existing, &checked.accepted)),
                    rejected: checked.rejected,
                    settings: checked.settings.map(|theirs| {
                        let line = t::settings_line(&theirs);
                        let mine = app.settings.get_untracked();
                        (backup::restored_settings(&mine, &theirs), line)
                    }),
                }),
            };
            busy.set(false);
            match result {
                Ok(p) => pending.set(Some(p)),
                Err(msg) => problem.set(Some(msg)),
            }
        });
    };
    let apply = move |_| {
        let Some(p) = pending.get_untracked() else { return };
        added.set(None);
        busy.set(true);
        spawn_local(async move {
            let writes = p.plan.to_write.clone();
            let result = if writes.is_empty() { Ok(()) } else { store.save(writes).await };
            busy.set(false);
            match result {
                Ok(()) => {
                    pending.set(None);
                    let chosen = restore_settings
                        .get_untracked()
                        .then(|| p.settings.as_ref().and_then(|(s, _)| s.clone()))
                        .flatten();
                    let restored = chosen.is_some();
                    if let Some(s) = chosen {
                        app.settings.set(s);
                    }
                    // Said where the parent tapped, too: the page may be scrolled far from the
                    // header's message line.
                    added.set(Some(t::added(p.plan.new, p.plan.updated)));
                    app.confirm(if restored {
                        t::IMPORTED_WITH_SETTINGS.get()
                    } else if p.plan.to_write.is_empty() {
                        t::NOTHING_TO_DO.get()
                    } else {
                        t::IMPORTED.get()
                    });
                }
                Err(e) => problem.set(Some(text::store_error(&e).to_string())),
            }
        });
    };
    let clear = move || {
        // A shared log would otherwise keep arriving from the family's other phones, or this
        // phone's empty log would look like the family's: this phone leaves the sharing first.
        let was_shared = sharing.shared.with_untracked(Option::is_some);
        if was_shared {
            sharing.stop();
        }
        spawn_local(async move {
            match store.clear().await {
                Ok(()) => {
                    confirm_clear.set(false);
                    let all = clear_settings_too.get_untracked();
                    if all {
                        // Back to what a first start on this phone would choose.
                        app.settings.set(Settings::for_locale(&browser::locale::locale_hints()));
                        began.begin_again();
                    }
                    app.confirm(
                        match (was_shared, all) {
                            (true, true) => t::CLEARED_SHARED_ALL,
                            (true, false) => t::CLEARED_SHARED,
                            (false, true) => t::CLEARED_ALL,
                            (false, false) => t::CLEARED,
                        }
                        .get(),
                    );
                    // The question is gone: focus goes to the heading, where the confirmation shows.
                    crate::ui::focus::focus_heading();
                    clear_settings_too.set(false);
                }
                Err(e) => app.error(text::store_error(&e)),
            }
        });
    };

    view! {
        <section class="data" aria-labelledby="data-title">
            <h2 id="data-title">{t::TITLE}</h2>
            <div class="actions">
                <button type="button" class="big" on:click=export>{t::EXPORT}</button>
            </div>
            <p class="hint">{t::EXPORT_HELP}</p>
            <div class="actions">
                <button type="button" class="big" on:click=export_csv>{t::CSV}</button>
            </div>
            // Styled as the app's buttons: the label is the button, the file input inside it is
            // visually hidden but still focused by the keyboard (its focus ring shows on the label).
            <div class="actions">
                <label class="big file-button">
                    <input class="sr" type="file" accept=".json,application/json" on:change=choose/>
                    <span>{t::IMPORT}</span>
                </label>
            </div>
            <p class="hint">{t::IMPORT_HELP}</p>
            <Show when=move || busy.get()>
                <p class="loading" role="status">{t::READING}</p>
            </Show>
            <p class="error" role="alert">{move || problem.get()}</p>
            <p class="import-done" role="status">{move || added.get()}</p>
            {move || {
                pending
                    .get()
                    .map(|p| {
                        let plan = p.plan.clone();
                        view! {
                            <div class="card import-summary" role="region" aria-label=t::IMPORT>
                                <MergeSummary plan=plan.clone() rejected=p.rejected.clone()/>
                                {p.settings.clone().map(|(restored, line)| {
                                    let differs = restored.is_some();
                                    view! {
                                        <p>{t::SETTINGS_IN_FILE} " " {line}</p>
                                        {if differs {
                                            view! {
                                                <label class="toggle">
                                                    <input
                                                        type="checkbox"
                                                        prop:checked=restore_settings
                                                        on:change=move |ev| restore_settings.set(event_target_checked(&ev))
                                                    />
                                                    <span>{t::SETTINGS_RESTORE}</span>
                                                </label>
                                            }
                                            .into_any()
                                        } else {
                                            view! { <p class="hint">{t::SETTINGS_SAME}</p> }.into_any()
                                        }}
                                    }
                                })}
                                <div class="actions">
                                    <button type="button" class="big primary" on:click=apply disabled=move || busy.get()>
                                        {t::CONFIRM}
                                    </button>
                                    <button type="button" class="big" on:click=move |_| pending.set(None)>
                                        {t::CANCEL}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            <h3>{t::STORAGE}</h3>
            <p class="hint">
                {move || {
                    storage
                        .get()
                        .map(|(persisted, used)| {
                            format!("{} {}", if persisted { t::PERSISTENT } else { t::NOT_PERSISTENT }, t::used(used))
                        })
                }}
            </p>
            <Show
                when=move || confirm_clear.get()
                fallback=move || {
                    // The pressed button gives way to the question, which takes focus to its
                    // safe answer; Cancel brings it back here.
                    view! {
                        <div class="actions">
                            <button
                                type="button"
                                class="big danger"
                                id="clear-start"
                                on:click=move |_| confirm_clear.set(true)
                            >
                                {t::CLEAR}
                            </button>
                        </div>
                    }
                }
            >
                <Confirm
                    id="clear"
                    place=Place::Inline
                    question=t::CLEAR_ASK
                    detail=t::CLEAR_KEEPS
                    yes=t::CLEAR_YES
                    on_yes=clear
                    no=t::CANCEL
                    on_no=move || {
                        confirm_clear.set(false);
                        crate::ui::focus::show_and_focus("clear-start");
                    }
                >
                    <Show when=move || sharing.is_on()>
                        <p class="callout">{t::CLEAR_SHARED_ASK}</p>
                    </Show>
                    <label class="toggle">
                        <input
                            type="checkbox"
                            prop:checked=clear_settings_too
                            on:change=move |ev| clear_settings_too.set(event_target_checked(&ev))
                        />
                        <span>{t::CLEAR_SETTINGS_TOO}</span>
                    </label>
                </Confirm>
            </Show>
        </section>
    }
}
