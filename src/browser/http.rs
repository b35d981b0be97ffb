//! `fetch` to the family's CouchDB, for sharing only: JSON in and out, Basic login when the server
//! wants one, no cookies, a timeout, and every failure returned as a value (never a panic): no
//! answer at all, no answer in time, or an answer that began and then broke off.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestCache, RequestCredentials, RequestInit, Response};

use super::timer::Timeout;
use crate::domain::sync::{base64, Method, NetError, Remote, Reply, LISTEN_WAIT_MS};

/// A whole answer (body included) must arrive within this, or the request is given up.
const TIMEOUT_MS: i32 = 20_000;
/// A long-poll the server may hold for `LISTEN_WAIT_MS` is given that and this much more.
const WAIT_MARGIN_MS: i32 = 15_000;

/// One family database: `server/database/`, and the login if any.
pub struct Couch {
    base: String,
    auth: Option<String>,
}

impl Couch {
    /// The database at `server` (no trailing slash) called `database`; an empty `user` sends no login.
    pub fn new(server: &str, database: &str, user: &str, password: &str) -> Couch {
        let auth = (!user.is_empty())
            .then(|| format!("Basic {}", base64::encode(format!("{user}:{password}").as_bytes())));
        let db = database.replace('/', "%2F");
        Couch { base: format!("{server}/{db}/"), auth }
    }
}

async fn fetch(url: &str, init: &RequestInit) -> Result<Reply, NetError> {
    let window = web_sys::window().ok_or(NetError::Offline)?;
    if !window.navigator().on_line() {
        return Err(NetError::Offline);
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .map_err(|_| NetError::Offline)?;
    let response: Response = response.dyn_into().map_err(|_| NetError::Offline)?;
    let status = response.status();
    let text = response.text().map_err(|_| NetError::Dropped)?;
    // The body can fail part-way (the server went away): a broken answer, not a short one.
    let body = JsFuture::from(text).await.map_err(|_| NetError::Dropped)?;
    Ok(Reply { status, body: body.as_string().unwrap_or_default() })
}

impl Remote for Couch {
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
    ) -> Result<Reply, NetError> {
        self.request(method, path, body, TIMEOUT_MS).await
    }

    async fn wait(&self, path: &str) -> Result<Reply, NetError> {
        let within = LISTEN_WAIT_MS as i32 + WAIT_MARGIN_MS;
        self.request(Method::Get, path, None, within).await
    }
}

impl Couch {
    async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        within: i32,
    ) -> Result<Reply, NetError> {
        let init = RequestInit::new();
        init.set_method(match method {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
        });
        let headers = Headers::new().map_err(|_| NetError::Offline)?;
        let _ = headers.set("Accept", "application/json");
        if body.is_some() {
            let _ = headers.set("Content-Type", "application/json");
        }
        if let Some(auth) = &self.auth {
            let _ = headers.set("Authorization", auth);
        }
        init.set_headers(&headers);
        if let Some(body) = &body {
            init.set_body(&JsValue::from_str(body));
        }
        init.set_cache(RequestCache::NoStore);
        init.set_credentials(RequestCredentials::Omit);
        let controller = AbortController::new().ok();
        if let Some(c) = &controller {
            init.set_signal(Some(&c.signal()));
        }
        // Cleared once the request is over: a timeout that never fired must not keep its
        // controller for the rest of the page's life.
        let timer = controller.clone().and_then(|c| Timeout::new(within.into(), move || c.abort()));
        let result = fetch(&format!("{}{path}", self.base), &init).await;
        drop(timer);
        let timed_out = controller.is_some_and(|c| c.signal().aborted());
        match result {
            Err(_) if timed_out => Err(NetError::Timeout),
            other => other,
        }
    }
}
