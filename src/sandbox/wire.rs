//! Twilio's wire formats as the sandbox reads and writes them: strict form decoding, SID
//! checks, RFC 2822 / ISO 8601 dates, and both pagination styles.

use serde_json::{json, Value};

use super::http::{ApiError, ApiResult};

/// Decoded `application/x-www-form-urlencoded` pairs (a body or a query string), in order,
/// repeated keys kept. Both `+` and `%20` decode to a space; a malformed `%` escape or a value
/// that is not UTF-8 is a 400 rather than being silently mangled.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(pub Vec<(String, String)>);

/// `value` if it is one of `allowed`, else a 400 naming `key` and the values it takes.
pub fn check_one_of<'a>(key: &str, value: &'a str, allowed: &[&str]) -> Result<&'a str, ApiError> {
    if allowed.contains(&value) {
        Ok(value)
    } else {
        Err(ApiError::invalid(
            key,
            format!("'{value}' is not one of {}", allowed.join(", ")),
        ))
    }
}

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

    /// `key` if given, checked against the values the documents enumerate for it.
    pub fn one_of(&self, key: &str, allowed: &[&str]) -> Result<Option<&str>, ApiError> {
        match self.get(key) {
            Some(v) => check_one_of(key, v, allowed).map(Some),
            None => Ok(None),
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

pub(crate) fn truncate(s: &str, max: usize) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;
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
    fn enumerated_values_are_checked_and_the_400_lists_them() {
        let p = Params::parse(b"Status=completed&Bad=done").unwrap();
        let allowed = ["pending", "completed"];
        assert_eq!(p.one_of("Status", &allowed).unwrap(), Some("completed"));
        assert_eq!(p.one_of("Missing", &allowed).unwrap(), None);
        let err = p.one_of("Bad", &allowed).unwrap_err();
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert!(err.message.contains("Bad") && err.message.contains("pending, completed"));
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
}
