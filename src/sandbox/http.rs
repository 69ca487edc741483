//! The sandbox's HTTP plumbing: Twilio's error bodies, the form/query/origin extractors,
//! Basic auth, the request log and fault hook, and the common responses (ETags included).

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
pub use super::wire::*;
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
    let count = _in_flight.as_ref().map_or(0, |g| g.count());
    let handled = state.faults().handle(req, next, count).await;
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
