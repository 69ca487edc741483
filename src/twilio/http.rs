//! Sending one request: URL building, form encoding, Basic auth, retries, logging, error
//! mapping, and following the next-page links of both list styles.

use std::collections::HashSet;
use std::time::Instant;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, IF_MATCH};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::excerpt;
use super::urls::origin;
use super::{Client, Error};

/// Longest body excerpt logged at DEBUG.
const LOG_BODY_MAX: usize = 2_000;

/// Page sizes of Twilio's list endpoints.
/// flexctl reads whole lists (the directory, the live calls), so it asks for the largest page
/// Twilio serves: one round trip instead of one per 50 items.
pub(crate) const DEFAULT_PAGE_SIZE: usize = 1_000;
pub(crate) const MAX_PAGE_SIZE: usize = 1_000;

/// Which of Twilio's API domains a path belongs to (they have different hosts and list styles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Domain {
    /// `api.twilio.com/2010-04-01`: relative `next_page_uri`.
    Api,
    /// `taskrouter.twilio.com/v1`: absolute `meta.next_page_url`.
    TaskRouter,
}

/// Whether a request may be repeated after a failure whose outcome is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// Repeating has the same effect as sending once (GET, DELETE, setting fields to values).
    Idempotent,
    /// Creates: Twilio has no idempotency key, so only a 429 (never processed) is retried.
    OnlyIfRejected,
}

pub(crate) struct Request<'a> {
    pub method: Method,
    pub url: String,
    pub form: Vec<(&'a str, String)>,
    pub if_match: Option<&'a str>,
    pub repeat: Repeat,
}

impl<'a> Request<'a> {
    pub fn get(url: String) -> Request<'a> {
        Request {
            method: Method::GET,
            url,
            form: Vec::new(),
            if_match: None,
            repeat: Repeat::Idempotent,
        }
    }

    pub fn post(url: String, form: Vec<(&'a str, String)>, repeat: Repeat) -> Request<'a> {
        Request {
            method: Method::POST,
            url,
            form,
            if_match: None,
            repeat,
        }
    }

    pub fn delete(url: String) -> Request<'a> {
        Request {
            method: Method::DELETE,
            url,
            form: Vec::new(),
            if_match: None,
            repeat: Repeat::Idempotent,
        }
    }
}

pub(crate) struct Response {
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json<T: DeserializeOwned>(&self, context: &str) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|e| Error::decode(context, e))
    }

    pub fn etag(&self) -> Option<String> {
        let v = self.headers.get(reqwest::header::ETAG)?.to_str().ok()?;
        Some(v.to_owned())
    }
}

/// Percent-encodes one path segment: everything but RFC 3986 unreserved characters, so a
/// participant label with spaces, `?` or `#` cannot change the path or start a query.
pub(crate) fn seg(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `application/x-www-form-urlencoded`, keys repeated for repeated parameters.
pub(crate) fn encode_form(pairs: &[(&str, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

fn with_query(url: String, query: &[(&str, String)]) -> String {
    if query.is_empty() {
        return url;
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{}", encode_form(query))
}

/// The text of a transport error with its causes ("connection refused"), without panicking on
/// odd chains and bounded in length.
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    excerpt(&text, 300)
}

fn transport_error(e: &reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout
    } else {
        Error::Connect(describe(e))
    }
}

impl Client {
    /// `{api}/2010-04-01/Accounts/{AC}/{rest}`; `rest` ends in `.json` and has encoded segments.
    pub(crate) fn url_2010(&self, rest: &str) -> String {
        format!(
            "{}/2010-04-01/Accounts/{}/{rest}",
            self.inner.base.api,
            seg(&self.inner.account_sid)
        )
    }

    /// `{taskrouter}/v1/{rest}`.
    pub(crate) fn url_v1(&self, rest: &str) -> String {
        format!("{}/v1/{rest}", self.inner.base.taskrouter)
    }

    pub(crate) fn query_url(url: String, query: &[(&str, String)]) -> String {
        with_query(url, query)
    }

    /// Sends `req`, retrying transient failures as its `repeat` allows; a non-2xx answer
    /// becomes [`Error::Api`].
    pub(crate) async fn send(&self, req: &Request<'_>) -> Result<Response, Error> {
        let policy = &self.inner.retry;
        let mut retry = 0u32;
        loop {
            let (err, headers) = match self.attempt(req).await {
                Ok((status, resp)) if (200..300).contains(&status) => return Ok(resp),
                Ok((status, resp)) => {
                    (Error::from_response(status, &resp.body), Some(resp.headers))
                }
                Err(e) => (e, None),
            };
            let rejected_unprocessed = err.status() == Some(429) || err.code() == Some(20429);
            let may_repeat =
                rejected_unprocessed || (req.repeat == Repeat::Idempotent && err.is_retryable());
            if !may_repeat || retry + 1 >= policy.max_attempts.max(1) {
                return Err(err);
            }
            let delay = policy.delay(retry, headers.as_ref());
            tracing::info!(
                method = %req.method,
                url = %req.url,
                error = %err,
                delay_ms = delay.as_millis() as u64,
                "retrying Twilio request"
            );
            tokio::time::sleep(delay).await;
            retry += 1;
        }
    }

    /// One attempt: the status and body of whatever answered, or a transport error.
    async fn attempt(&self, req: &Request<'_>) -> Result<(u16, Response), Error> {
        let mut rb = self
            .inner
            .http
            .request(req.method.clone(), &req.url)
            .header(AUTHORIZATION, self.inner.authorization.clone())
            .header(ACCEPT, "application/json");
        if let Some(tag) = req.if_match {
            let v = HeaderValue::from_str(tag)
                .map_err(|_| Error::InvalidConfig("If-Match value is not a valid header".into()))?;
            rb = rb.header(IF_MATCH, v);
        }
        if req.method == Method::POST {
            let body = encode_form(&req.form);
            tracing::debug!(method = %req.method, url = %req.url,
                body = %excerpt(&body, LOG_BODY_MAX), "Twilio request body");
            rb = rb
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(body);
        }
        // Held for the whole round trip: the server counts the request in flight until then.
        let permit = self.inner.limiter.acquire().await;
        let started = Instant::now();
        let result = async {
            let resp = rb.send().await?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let body = resp.bytes().await?;
            Ok::<_, reqwest::Error>((status, headers, body))
        }
        .await;
        drop(permit);
        let elapsed_ms = started.elapsed().as_millis() as u64;
        match result {
            Ok((status, headers, body)) => {
                if status == 429 {
                    let wait = super::retry::retry_after(&headers)
                        .map(|d| d.min(self.inner.retry.max_retry_after));
                    self.inner.limiter.throttled(wait);
                } else {
                    self.inner.limiter.succeeded();
                }
                self.note_date(&headers);
                tracing::info!(method = %req.method, url = %req.url, status, elapsed_ms,
                    "Twilio request");
                tracing::debug!(status, body = %excerpt(&String::from_utf8_lossy(&body),
                    LOG_BODY_MAX), "Twilio response body");
                Ok((
                    status,
                    Response {
                        headers,
                        body: body.to_vec(),
                    },
                ))
            }
            Err(e) => {
                let err = transport_error(&e);
                tracing::info!(method = %req.method, url = %req.url, error = %err, elapsed_ms,
                    "Twilio request failed");
                Err(err)
            }
        }
    }

    /// GET and decode one resource.
    pub(crate) async fn get_json<T: DeserializeOwned>(
        &self,
        url: String,
        context: &str,
    ) -> Result<(T, Option<String>), Error> {
        let resp = self.send(&Request::get(url)).await?;
        Ok((resp.json(context)?, resp.etag()))
    }

    /// GETs every page of a list (or up to `limit` items), following the API's next links.
    /// The list is the array under `key`; `page_size` defaults to the largest page.
    pub(crate) async fn list<T: DeserializeOwned>(
        &self,
        domain: Domain,
        url: String,
        mut query: Vec<(&str, String)>,
        key: &str,
        limit: Option<usize>,
        page_size: Option<usize>,
    ) -> Result<Vec<T>, Error> {
        let size = page_size
            .unwrap_or(DEFAULT_PAGE_SIZE)
            .min(limit.unwrap_or(usize::MAX))
            .clamp(1, MAX_PAGE_SIZE);
        query.push(("PageSize", size.to_string()));
        let mut next = Some(with_query(url, &query));
        let mut seen = HashSet::new();
        let mut items = Vec::new();
        while let Some(url) = next.take() {
            if !seen.insert(url.clone()) {
                return Err(Error::decode(
                    key,
                    "the next-page link repeats a page already read",
                ));
            }
            let resp = self.send(&Request::get(url)).await?;
            let mut page: Value = resp.json(key)?;
            let list = match page.get_mut(key).map(Value::take) {
                Some(Value::Array(list)) => list,
                _ => return Err(Error::decode(key, format!("the page has no {key:?} list"))),
            };
            for item in list {
                if limit.is_some_and(|l| items.len() >= l) {
                    return Ok(items);
                }
                items.push(serde_json::from_value(item).map_err(|e| Error::decode(key, e))?);
            }
            if limit.is_some_and(|l| items.len() >= l) {
                break;
            }
            next = self.next_link(domain, &page)?;
        }
        Ok(items)
    }

    /// The next page's absolute URL, refusing links to another server: following one would send
    /// the credentials there.
    fn next_link(&self, domain: Domain, page: &Value) -> Result<Option<String>, Error> {
        let (raw, base) = match domain {
            Domain::Api => (page.get("next_page_uri"), &self.inner.base.api),
            Domain::TaskRouter => (
                page.get("meta").and_then(|m| m.get("next_page_url")),
                &self.inner.base.taskrouter,
            ),
        };
        let link = match raw {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::String(s)) if s.is_empty() => return Ok(None),
            Some(Value::String(s)) => s,
            Some(_) => {
                return Err(Error::decode(
                    "pagination",
                    "the next-page link is not a string",
                ))
            }
        };
        if link.starts_with('/') {
            // 2010 links are relative to the API root; keep any path prefix of the base (a
            // proxy in front of Twilio) unless the link already carries it.
            let root = origin_text(base);
            let prefix = &base[root.len()..];
            return Ok(Some(if prefix.is_empty() || link.starts_with(prefix) {
                format!("{root}{link}")
            } else {
                format!("{base}{link}")
            }));
        }
        if origin(link).is_some() && origin(link) == origin(base) {
            Ok(Some(link.clone()))
        } else {
            Err(Error::decode(
                "pagination",
                format!(
                    "the next-page link {:?} is not on the configured server {base}",
                    excerpt(link, 120)
                ),
            ))
        }
    }
}

/// `scheme://host[:port]` of a base URL as written (bases are validated URLs).
fn origin_text(base: &str) -> String {
    match base.find("://") {
        Some(i) => {
            let rest = &base[i + 3..];
            let end = rest.find('/').map_or(base.len(), |j| i + 3 + j);
            base[..end].to_owned()
        }
        None => base.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(seg("consult-WK01"), "consult-WK01");
        assert_eq!(seg("a b/c?d#é"), "a%20b%2Fc%3Fd%23%C3%A9");
    }

    #[test]
    fn forms_repeat_keys() {
        let f = encode_form(&[
            ("AssignmentStatus", "pending".into()),
            ("AssignmentStatus", "reserved".into()),
            ("Attributes", r#"{"a":"b c"}"#.into()),
        ]);
        assert_eq!(
            f,
            "AssignmentStatus=pending&AssignmentStatus=reserved&Attributes=%7B%22a%22%3A%22b+c%22%7D"
        );
    }

    #[test]
    fn origins() {
        assert_eq!(origin_text("http://127.0.0.1:5/x/y"), "http://127.0.0.1:5");
        assert_eq!(
            origin_text("https://api.twilio.com"),
            "https://api.twilio.com"
        );
    }
}
