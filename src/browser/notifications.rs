//! Notifications for reminders, shown by the service worker so they also appear on a locked phone
//! while Relact is open.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::text;

/// Shows a notification through the service worker, only if the parent allowed them; silently
/// nothing otherwise (the in-app banner is the reminder that always works).
pub fn notify(title: &str, body: &str) {
    let Some(w) = web_sys::window() else { return };
    let permission = js_sys::Reflect::get(&w, &"Notification".into())
        .ok()
        .filter(|n| !n.is_undefined())
        .and_then(|n| js_sys::Reflect::get(&n, &"permission".into()).ok())
        .and_then(|p| p.as_string());
    if permission.as_deref() != Some("granted") {
        return;
    }
    let body = body.to_string();
    let title = title.to_string();
    let Some(ready) = super::service_worker::container().and_then(|c| c.ready().ok()) else {
        return;
    };
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(ready).await else { return };
        let Ok(show) = js_sys::Reflect::get(&reg, &"showNotification".into()) else { return };
        let Ok(show) = show.dyn_into::<js_sys::Function>() else { return };
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"body".into(), &body.into());
        let _ = js_sys::Reflect::set(&options, &"tag".into(), &"relact-session".into());
        let _ = js_sys::Reflect::set(&options, &"icon".into(), &"/icons/icon-192.png".into());
        let _ = show.call2(&reg, &title.into(), &options);
    });
}

/// Asks for notification permission; returns the sentence to show.
pub async fn ask_permission() -> &'static str {
    let Some(w) = web_sys::window() else { return text::reminder::UNSUPPORTED.get() };
    let Ok(n) = js_sys::Reflect::get(&w, &"Notification".into()) else {
        return text::reminder::UNSUPPORTED.get();
    };
    let Some(request) = js_sys::Reflect::get(&n, &"requestPermission".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return text::reminder::UNSUPPORTED.get();
    };
    let Ok(p) = request.call0(&n).and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        return text::reminder::UNSUPPORTED.get();
    };
    match JsFuture::from(p).await.ok().and_then(|v| v.as_string()).as_deref() {
        Some("granted") => text::reminder::ALLOWED.get(),
        _ => text::reminder::BLOCKED.get(),
    }
}
