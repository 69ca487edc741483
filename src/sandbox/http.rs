//! Twilio's wire conventions on the sandbox side: error bodies, strict form/query parsing,
//! Basic auth, the request log, SID checks, dates and both pagination styles.

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine as _;
use serde_json::{json, Value};

use super::store::StoreError;
use super::AppState;

/// Longest error message the sandbox sends, in characters.
pub const MAX_MESSAGE_CHARS: usize = 500;

/// An error in Twilio's shape: `{"code", "message", "more_info", "status"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: u32,
    pub message: String,
}

impl ApiError {
    /// The message is cut to [`MAX_MESSAGE_CHARS`]: it may quote a path or a value, and those
    /// can be as long as the request.
    pub fn new(status: StatusCode, code: u32, message: impl Into<String>) -> ApiError {
        let message = message.into();
        let message = if message.chars().count() > MAX_MESSAGE_CHARS {
            truncate(&message, MAX_MESSAGE_CHARS)
        } else {
            message
        };
        ApiError {
            status,
            code,
            message,
        }
    }

    /// 404 / 20404 for a resource that does not exist (or has gone).
    pub fn not_found(path: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            20404,
            format!("The requested resource {path} was not found"),
        )
    }

    /// 400 / 20001 naming the parameter that is wrong.
    pub fn invalid(param: &str, detail: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            20001,
            format!("Invalid parameter {param}: {detail}"),
        )
    }

    /// 400 / 20001 for a required parameter that is absent.
    pub fn missing(param: &str) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            20001,
            format!("Missing required parameter {param} in the post body"),
        )
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, 20003, "Authenticate")
    }

    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            20500,
            format!("Internal Server Error: {detail}"),
        )
    }

    pub fn body(&self) -> Value {
        json!({
            "code": self.code,
            "message": self.message,
            "more_info": format!("https://www.twilio.com/docs/errors/{}", self.code),
            "status": self.status.as_u16(),
        })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.status.as_u16(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for ApiError {}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        ApiError::internal(e)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Basic realm=\"Twilio API\""),
            );
        }
        resp
    }
}

pub type ApiResult<T = Response> = Result<T, ApiError>;

/// Decoded `application/x-www-form-urlencoded` pairs (a body or a query string), in order,
/// repeated keys kept. Both `+` and `%20` decode to a space; a malformed `%` escape or a value
/// that is not UTF-8 is a 400 rather than being silently mangled.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn parse(raw: &[u8]) -> Result<Params, ApiError> {
        let mut pairs = Vec::new();
        for piece in raw.split(|b| *b == b'&') {
            if piece.is_empty() {
                continue;
            }
            let (k, v) = match piece.iter().position(|b| *b == b'=') {
                Some(i) => (&piece[..i], &piece[i + 1..]),
                None => (piece, &b""[..]),
            };
            let key = decode_component(k)
                .ok_or_else(|| ApiError::invalid("body", "malformed form encoding in a key"))?;
            let value = decode_component(v)
                .ok_or_else(|| ApiError::invalid(&key, "malformed form encoding"))?;
            pairs.push((key, value));
        }
        Ok(Params(pairs))
    }

    /// The first value given for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value given for a repeated `key`.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// A required value.
    pub fn require(&self, key: &str) -> Result<&str, ApiError> {
        self.get(key).ok_or_else(|| ApiError::missing(key))
    }

    /// A boolean as Twilio takes it: `true` / `false` (any case).
    pub fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => parse_bool(v).map(Some).ok_or_else(|| {
                ApiError::invalid(key, format!("'{v}' is not a boolean (true or false)"))
            }),
        }
    }

    /// A boolean filter that, like TaskRouter's `Available`, also takes `1`/`0`/`yes`/`no`.
    pub fn bool_loose(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "1" | "yes" => Ok(Some(true)),
                "0" | "no" => Ok(Some(false)),
                _ => self.bool(key),
            },
        }
    }

    /// An integer within `min..=max`.
    pub fn int(&self, key: &str, min: i64, max: i64) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.trim().parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
                Ok(n) => Err(ApiError::invalid(
                    key,
                    format!("{n} is out of range {min}..{max}"),
                )),
                Err(_) => Err(ApiError::invalid(key, format!("'{v}' is not an integer"))),
            },
        }
    }

    /// A SID with the given two-letter prefix.
    pub fn sid(&self, key: &str, prefix: &str) -> Result<Option<&str>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => check_sid(key, v, prefix).map(Some),
        }
    }

    /// A JSON object given as a string (TaskRouter `Attributes`, workflow `Configuration`).
    pub fn json_object(&self, key: &str) -> Result<Option<String>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match serde_json::from_str::<Value>(v) {
                Ok(Value::Object(_)) => Ok(Some(v.to_string())),
                Ok(_) => Err(ApiError::invalid(key, "must be a JSON object")),
                Err(e) => Err(ApiError::invalid(key, format!("not valid JSON ({e})"))),
            },
        }
    }
}

fn parse_bool(v: &str) -> Option<bool> {
    if v.eq_ignore_ascii_case("true") {
        Some(true)
    } else if v.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn decode_component(raw: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = raw.get(i + 1).copied().and_then(hex)?;
                let lo = raw.get(i + 2).copied().and_then(hex)?;
                out.push(hi << 4 | lo);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Checks a SID (`XX` + 32 hex digits) given as parameter `param`.
pub fn check_sid<'a>(param: &str, value: &'a str, prefix: &str) -> Result<&'a str, ApiError> {
    if is_sid(value, prefix) {
        Ok(value)
    } else {
        Err(ApiError::invalid(
            param,
            format!(
                "'{}' does not match ^{prefix}[0-9a-fA-F]{{32}}$",
                truncate(value, 64)
            ),
        ))
    }
}

pub fn is_sid(value: &str, prefix: &str) -> bool {
    value.len() == 34
        && value.starts_with(prefix)
        && value[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max).collect::<String>() + "…"
    }
}

/// Strips the `.json` suffix that 2010 API resource paths carry (without it Twilio answers XML,
/// which the sandbox does not speak, so it is a 404).
pub fn strip_json<'a>(segment: &'a str, path: &str) -> Result<&'a str, ApiError> {
    segment
        .strip_suffix(".json")
        .ok_or_else(|| ApiError::not_found(path))
}

/// The form body of a POST.
pub struct Form(pub Params);

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Form, ApiError> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    20413,
                    "Request body too large",
                )
            } else {
                ApiError::invalid("body", e.body_text())
            }
        })?;
        Params::parse(&bytes).map(Form)
    }
}

/// The query string of a request.
pub struct Query(pub Params);

impl<S: Send + Sync> FromRequestParts<S> for Query {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Query, ApiError> {
        Params::parse(parts.uri.query().unwrap_or("").as_bytes()).map(Query)
    }
}

/// `http://host:port` as the client reached the sandbox; v1 `meta` URLs carry it.
pub struct Origin(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Origin, ApiError> {
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .or_else(|| parts.uri.authority().map(|a| a.as_str()))
            .unwrap_or("127.0.0.1");
        Ok(Origin(format!("http://{host}")))
    }
}

/// Basic auth against the sandbox account (Account SID + Auth Token, or its API key).
pub async fn require_auth(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if authorized(&state, req.headers()) {
        next.run(req).await
    } else {
        ApiError::unauthorized().into_response()
    }
}

fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let Some(encoded) = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))
    else {
        return false;
    };
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
        return false;
    };
    let Ok(decoded) = String::from_utf8(decoded) else {
        return false;
    };
    let Some((user, pass)) = decoded.split_once(':') else {
        return false;
    };
    state.credentials().accepts(user, pass)
}

/// Constant-time equality so that the sandbox does not leak its token through timing.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Records every request (method, path, status the client saw, duration, injected fault) for
/// round-trip counting, around the fault layer, which decides whether the handler runs.
pub async fn log_requests(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    // Control routes are the harness talking, not the client under test: not counted.
    let _in_flight = (!path.starts_with("/sandbox/")).then(|| state.gauge().enter());
    let handled = state.faults().handle(req, next).await;
    let elapsed = started.elapsed().as_micros() as i64;
    let fault = handled.fault.map(|k| k.name());
    state.log_request(&method, &path, &query, handled.status_seen, elapsed, fault);
    twilio_shaped(handled.response).await
}

/// Gives an error response that is not JSON Twilio's error shape: axum's own rejections (a path
/// segment that is not UTF-8, a method a route does not take) answer plain text or nothing.
/// Other headers (`Allow`, `WWW-Authenticate`) are kept.
async fn twilio_shaped(resp: Response) -> Response {
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&text);
    let message = match text.trim() {
        "" => status.canonical_reason().unwrap_or("Error").to_string(),
        t => t.to_string(),
    };
    let code = match status {
        StatusCode::UNAUTHORIZED => 20003,
        StatusCode::NOT_FOUND => 20404,
        StatusCode::METHOD_NOT_ALLOWED => 20004,
        StatusCode::PAYLOAD_TOO_LARGE => 20413,
        s if s.is_server_error() => 20500,
        _ => 20001,
    };
    let shaped = ApiError::new(status, code, message).into_response();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_TYPE);
    let (shaped_parts, body) = shaped.into_parts();
    parts.headers.extend(shaped_parts.headers);
    Response::from_parts(parts, body)
}

/// The fallback for paths the sandbox does not serve.
pub async fn unknown_route(req: Request) -> ApiError {
    ApiError::not_found(req.uri().path())
}

/// RFC 2822 date as the 2010 API writes it: `Sat, 19 Feb 2011 21:07:19 +0000`.
pub fn rfc2822(ms: i64) -> String {
    timestamp(ms)
        .strftime("%a, %d %b %Y %H:%M:%S +0000")
        .to_string()
}

/// ISO 8601 UTC date as TaskRouter writes it: `2011-02-19T21:07:19Z`.
pub fn iso8601(ms: i64) -> String {
    timestamp(ms).strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn timestamp(ms: i64) -> jiff::Zoned {
    jiff::Timestamp::from_millisecond(ms)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(jiff::tz::TimeZone::UTC)
}

/// Parses an ISO 8601 date or date-time filter value (`StartDate`, `EndDate`) to milliseconds.
pub fn parse_iso8601(param: &str, value: &str) -> Result<i64, ApiError> {
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Ok(ts.as_millisecond());
    }
    if let Ok(date) = value.parse::<jiff::civil::Date>() {
        if let Ok(z) = date.to_zoned(jiff::tz::TimeZone::UTC) {
            return Ok(z.timestamp().as_millisecond());
        }
    }
    Err(ApiError::invalid(
        param,
        format!("'{value}' is not an ISO 8601 date"),
    ))
}

/// Page and PageSize of a list request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageReq {
    pub page: usize,
    pub page_size: usize,
}

impl PageReq {
    pub fn from(q: &Params) -> Result<PageReq, ApiError> {
        let page_size = q.int("PageSize", 1, 1000)?.unwrap_or(50) as usize;
        let page = q.int("Page", 0, i64::from(u32::MAX))?.unwrap_or(0) as usize;
        Ok(PageReq { page, page_size })
    }
}

/// Query string for another page of the same list: the caller's filters, then paging.
fn page_query(q: &Params, page: usize, size: usize) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in &q.0 {
        if !matches!(k.as_str(), "Page" | "PageSize" | "PageToken") {
            ser.append_pair(k, v);
        }
    }
    ser.append_pair("PageSize", &size.to_string());
    ser.append_pair("Page", &page.to_string());
    ser.append_pair("PageToken", &format!("PT{}", page * size));
    ser.finish()
}

fn slice(items: Vec<Value>, req: PageReq) -> (Vec<Value>, usize, bool) {
    let total = items.len();
    let start = req.page.saturating_mul(req.page_size).min(total);
    let end = start.saturating_add(req.page_size).min(total);
    let page: Vec<Value> = items.into_iter().skip(start).take(end - start).collect();
    (page, start, end < total)
}

/// A 2010-style page: `{key: [...], uri, first_page_uri, next_page_uri, previous_page_uri,
/// page, page_size, start, end}` with relative URIs.
pub fn page_2010(key: &str, path: &str, q: &Params, items: Vec<Value>) -> ApiResult<Value> {
    let req = PageReq::from(q)?;
    let (page, start, more) = slice(items, req);
    let n = page.len();
    let link = |p: usize| format!("{path}?{}", page_query(q, p, req.page_size));
    Ok(json!({
        key: page,
        "uri": link(req.page),
        "first_page_uri": link(0),
        "next_page_uri": if more { Value::from(link(req.page + 1)) } else { Value::Null },
        "previous_page_uri": if req.page > 0 { Value::from(link(req.page - 1)) } else { Value::Null },
        "page": req.page,
        "page_size": req.page_size,
        "start": start,
        "end": if n == 0 { start } else { start + n - 1 },
    }))
}

/// A v1-style page: `{key: [...], meta: {page, page_size, first_page_url, previous_page_url,
/// next_page_url, url, key}}` with absolute URLs on the sandbox's own origin.
pub fn page_v1(
    key: &str,
    origin: &str,
    path: &str,
    q: &Params,
    items: Vec<Value>,
) -> ApiResult<Value> {
    let req = PageReq::from(q)?;
    let (page, _, more) = slice(items, req);
    let link = |p: usize| format!("{origin}{path}?{}", page_query(q, p, req.page_size));
    Ok(json!({
        key: page,
        "meta": {
            "page": req.page,
            "page_size": req.page_size,
            "first_page_url": link(0),
            "previous_page_url": if req.page > 0 { Value::from(link(req.page - 1)) } else { Value::Null },
            "url": link(req.page),
            "next_page_url": if more { Value::from(link(req.page + 1)) } else { Value::Null },
            "key": key,
        }
    }))
}

/// 201 Created with a JSON body.
pub fn created(body: Value) -> Response {
    (StatusCode::CREATED, Json(body)).into_response()
}

/// 200 OK with a JSON body.
pub fn ok(body: Value) -> Response {
    (StatusCode::OK, Json(body)).into_response()
}

/// 200 OK with a JSON body and an `ETag` header (tasks, workers, reservations).
pub fn ok_etag(body: Value, version: i64) -> Response {
    with_etag(ok(body), version)
}

pub fn with_etag(mut resp: Response, version: i64) -> Response {
    if let Ok(v) = header::HeaderValue::from_str(&etag(version)) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    resp
}

pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// Checks an `If-Match` header against the resource's current version: 412 when stale.
pub fn check_if_match(headers: &HeaderMap, version: i64) -> Result<(), ApiError> {
    let Some(given) = headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) else {
        return Ok(());
    };
    let current = etag(version);
    let matches = given
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t == current || t.trim_start_matches("W/") == current);
    if matches {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            412,
            format!("The resource has changed: If-Match {given} does not match the current ETag {current}"),
        ))
    }
}

/// 204 No Content.
pub fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding_takes_plus_and_percent_spaces_and_repeats() {
        let p = Params::parse(b"A=hello+world&B=hello%20world&S=pending&S=reserved&E=").unwrap();
        assert_eq!(p.get("A"), Some("hello world"));
        assert_eq!(p.get("B"), Some("hello world"));
        assert_eq!(p.all("S"), vec!["pending", "reserved"]);
        assert_eq!(p.get("E"), Some(""));
    }

    #[test]
    fn malformed_escapes_and_bad_utf8_are_rejected() {
        assert!(Params::parse(b"A=%zz").is_err());
        assert!(Params::parse(b"A=%4").is_err());
        assert!(Params::parse(b"A=%ff%fe").is_err());
    }

    #[test]
    fn booleans_are_strict_except_loose_filters() {
        let p = Params::parse(b"Hold=TRUE&Bad=yes&Available=1").unwrap();
        assert_eq!(p.bool("Hold").unwrap(), Some(true));
        let err = p.bool("Bad").unwrap_err();
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert!(err.message.contains("Bad"));
        assert_eq!(p.bool_loose("Available").unwrap(), Some(true));
    }

    #[test]
    fn sids_are_checked() {
        assert!(is_sid("CF0123456789abcdef0123456789abcdef", "CF"));
        assert!(!is_sid("CF0123456789abcdef0123456789abcde", "CF"));
        assert!(!is_sid("CA0123456789abcdef0123456789abcdef", "CF"));
        assert!(!is_sid("CF0123456789abcdef0123456789abcdeg", "CF"));
        assert!(!is_sid("CFé123456789abcdef0123456789abcde", "CF"));
    }

    #[test]
    fn dates_in_both_formats() {
        assert_eq!(
            rfc2822(1_298_149_639_000),
            "Sat, 19 Feb 2011 21:07:19 +0000"
        );
        assert_eq!(iso8601(1_298_149_639_000), "2011-02-19T21:07:19Z");
        assert_eq!(
            parse_iso8601("StartDate", "2011-02-19T21:07:19Z").unwrap(),
            1_298_149_639_000
        );
        assert!(parse_iso8601("StartDate", "yesterday").is_err());
    }

    #[test]
    fn pages_link_onwards_and_keep_filters() {
        let items: Vec<Value> = (0..5).map(|i| json!({ "i": i })).collect();
        let q = Params::parse(b"Status=in-progress&PageSize=2").unwrap();
        let p = page_2010("conferences", "/x.json", &q, items.clone()).unwrap();
        assert_eq!(p["conferences"].as_array().unwrap().len(), 2);
        let next = p["next_page_uri"].as_str().unwrap();
        assert!(
            next.starts_with("/x.json?Status=in-progress&PageSize=2&Page=1"),
            "{next}"
        );
        let q2 = Params::parse(b"PageSize=2&Page=2").unwrap();
        let last = page_v1("workers", "http://h:1", "/v1/W", &q2, items).unwrap();
        assert_eq!(last["workers"].as_array().unwrap().len(), 1);
        assert!(last["meta"]["next_page_url"].is_null());
        assert!(last["meta"]["previous_page_url"]
            .as_str()
            .unwrap()
            .starts_with("http://h:1/v1/W?"));
    }

    #[test]
    fn messages_are_bounded() {
        let e = ApiError::invalid("Priority", "9".repeat(100_000));
        assert_eq!(
            e.message.chars().count(),
            MAX_MESSAGE_CHARS + 1,
            "with the ellipsis"
        );
        assert!(e.message.starts_with("Invalid parameter Priority: 999"));
        assert!(e.body().to_string().len() < 1_000);
    }

    #[tokio::test]
    async fn plain_error_responses_get_twilio_shape() {
        let plain = Response::builder()
            .status(StatusCode::METHOD_NOT_ALLOWED)
            .header(header::ALLOW, "GET,HEAD")
            .body(axum::body::Body::empty())
            .unwrap();
        let shaped = twilio_shaped(plain).await;
        assert_eq!(shaped.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(shaped.headers()[header::ALLOW], "GET,HEAD");
        let body = axum::body::to_bytes(shaped.into_body(), 4096)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["code"], 20004);
        assert_eq!(v["status"], 405);
        assert_eq!(v["message"], "Method Not Allowed");

        let text = (
            StatusCode::BAD_REQUEST,
            "Invalid URL: Invalid UTF-8 in `name`",
        )
            .into_response();
        let body = axum::body::to_bytes(twilio_shaped(text).await.into_body(), 4096)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["code"], 20001);
        assert_eq!(v["message"], "Invalid URL: Invalid UTF-8 in `name`");

        // JSON errors and successes pass untouched.
        let ok = ok(json!({"a": 1}));
        assert_eq!(twilio_shaped(ok).await.status(), StatusCode::OK);
    }

    #[test]
    fn if_match_compares_etags() {
        let mut h = HeaderMap::new();
        assert!(check_if_match(&h, 3).is_ok());
        h.insert(header::IF_MATCH, "\"3\"".parse().unwrap());
        assert!(check_if_match(&h, 3).is_ok());
        assert_eq!(
            check_if_match(&h, 4).unwrap_err().status,
            StatusCode::PRECONDITION_FAILED
        );
    }
}
