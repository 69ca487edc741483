//! Base URLs for Twilio's two API domains: defaults, regional hosts, overrides, and the rule
//! that credentials only ever travel over HTTPS unless the server is on this machine.

use std::net::IpAddr;

use reqwest::Url;

use super::http::seg;
use super::Error;

/// The path of a conference's participant list (append `.json`, or `/{leg}.json`). The client
/// and the dry-run output build request paths with these, so a plan shows what is sent.
pub fn participants_path(account_sid: &str, conference_sid: &str) -> String {
    format!(
        "/2010-04-01/Accounts/{}/Conferences/{}/Participants",
        seg(account_sid),
        seg(conference_sid)
    )
}

/// The path of a workspace's task list (append `/{task}`).
pub fn tasks_path(workspace_sid: &str) -> String {
    format!("/v1/Workspaces/{}/Tasks", seg(workspace_sid))
}

pub const DEFAULT_API: &str = "https://api.twilio.com";
pub const DEFAULT_TASKROUTER: &str = "https://taskrouter.twilio.com";

/// Where each API domain is served; stored without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrls {
    /// Voice / conferences (`/2010-04-01/...`).
    pub api: String,
    /// TaskRouter (`/v1/...`).
    pub taskrouter: String,
}

impl Default for BaseUrls {
    fn default() -> Self {
        BaseUrls {
            api: DEFAULT_API.to_owned(),
            taskrouter: DEFAULT_TASKROUTER.to_owned(),
        }
    }
}

impl BaseUrls {
    /// Picks the hosts: `override_url` (e.g. a sandbox) serves every domain; otherwise region
    /// and edge build `{product}.{edge}.{region}.twilio.com` as Twilio's helper libraries do
    /// (an edge alone implies region `us1`); with neither, Twilio's global hosts.
    pub fn resolve(
        override_url: Option<&str>,
        region: Option<&str>,
        edge: Option<&str>,
    ) -> Result<BaseUrls, Error> {
        if let Some(url) = override_url.filter(|u| !u.trim().is_empty()) {
            let url = check_base(url)?;
            return Ok(BaseUrls {
                api: url.clone(),
                taskrouter: url,
            });
        }
        let region = region.map(str::trim).filter(|s| !s.is_empty());
        let edge = edge.map(str::trim).filter(|s| !s.is_empty());
        for (what, v) in [("region", region), ("edge", edge)] {
            if let Some(v) = v {
                if !is_dns_label(v) {
                    return Err(Error::InvalidConfig(format!(
                        "{what} {v:?} is not a valid host name part (letters, digits and '-')"
                    )));
                }
            }
        }
        let region = match (region, edge) {
            (None, Some(_)) => Some("us1"),
            (r, _) => r,
        };
        let host = |product: &str| {
            let mut h = format!("https://{product}");
            for part in [edge, region].into_iter().flatten() {
                h.push('.');
                h.push_str(&part.to_ascii_lowercase());
            }
            h.push_str(".twilio.com");
            h
        };
        Ok(BaseUrls {
            api: host("api"),
            taskrouter: host("taskrouter"),
        })
    }

    /// Separate URLs per domain (tests point each at its own mock server).
    pub fn per_domain(api: &str, taskrouter: &str) -> Result<BaseUrls, Error> {
        Ok(BaseUrls {
            api: check_base(api)?,
            taskrouter: check_base(taskrouter)?,
        })
    }
}

fn is_dns_label(s: &str) -> bool {
    s.len() <= 63
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// True for 127.0.0.0/8, ::1 and `localhost`.
pub(crate) fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    // IPv6 hosts come bracketed (`[::1]`).
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Validates a base URL and returns it normalised without a trailing slash.
fn check_base(raw: &str) -> Result<String, Error> {
    let raw = raw.trim();
    let url = Url::parse(raw)
        .map_err(|e| Error::InvalidConfig(format!("base URL {raw:?} is not a URL: {e}")))?;
    if url.host().is_none() {
        return Err(Error::InvalidConfig(format!(
            "base URL {raw:?} has no host"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        // Credentials in a URL end up in logs and error messages; they belong in the profile.
        return Err(Error::InvalidConfig(
            "base URL must not contain credentials (user:password@); use a profile instead".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::InvalidConfig(format!(
            "base URL {raw:?} must not have a query or fragment"
        )));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::InvalidConfig(format!(
                "base URL {raw:?} uses plain http: credentials would be sent unencrypted; use \
                 https (plain http is only allowed to 127.0.0.1, ::1 or localhost)"
            )))
        }
        other => {
            return Err(Error::InvalidConfig(format!(
                "base URL {raw:?} has scheme {other:?}: expected https"
            )))
        }
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Scheme, host and port, for the same-server check on absolute next-page links.
pub(crate) fn origin(raw: &str) -> Option<(String, String, Option<u16>)> {
    let url = Url::parse(raw).ok()?;
    Some((
        url.scheme().to_owned(),
        url.host_str()?.to_ascii_lowercase(),
        url.port_or_known_default(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let b = BaseUrls::resolve(None, None, None).unwrap();
        assert_eq!(b, BaseUrls::default());
        assert_eq!(b.api, "https://api.twilio.com");
        assert_eq!(b.taskrouter, "https://taskrouter.twilio.com");
    }

    #[test]
    fn regions_and_edges() {
        let b = BaseUrls::resolve(None, Some("ie1"), Some("dublin")).unwrap();
        assert_eq!(b.api, "https://api.dublin.ie1.twilio.com");
        assert_eq!(b.taskrouter, "https://taskrouter.dublin.ie1.twilio.com");
        let b = BaseUrls::resolve(None, None, Some("sydney")).unwrap();
        assert_eq!(b.api, "https://api.sydney.us1.twilio.com");
        let b = BaseUrls::resolve(None, Some("au1"), None).unwrap();
        assert_eq!(b.taskrouter, "https://taskrouter.au1.twilio.com");
        let b = BaseUrls::resolve(None, Some(""), Some(" ")).unwrap();
        assert_eq!(b, BaseUrls::default());
        assert!(BaseUrls::resolve(None, Some("ie1/evil"), None).is_err());
        assert!(BaseUrls::resolve(None, Some("a.b"), None).is_err());
    }

    #[test]
    fn override_sets_every_domain() {
        let b = BaseUrls::resolve(Some("http://127.0.0.1:8080/"), Some("ie1"), None).unwrap();
        assert_eq!(b.api, "http://127.0.0.1:8080");
        assert_eq!(b.taskrouter, "http://127.0.0.1:8080");
        for ok in [
            "http://localhost:1",
            "http://[::1]:9",
            "http://127.1.2.3",
            "https://x.example",
        ] {
            assert!(BaseUrls::resolve(Some(ok), None, None).is_ok(), "{ok}");
        }
        let b = BaseUrls::per_domain("http://127.0.0.1:1", "https://tr.example/prefix/").unwrap();
        assert_eq!(b.taskrouter, "https://tr.example/prefix");
    }

    #[test]
    fn plain_http_refused_off_loopback() {
        for bad in [
            "http://api.example.com",
            "http://10.0.0.1:8080",
            "http://localhost.evil.com",
            "ftp://127.0.0.1",
            "https://user:pw@api.example.com",
            "not a url",
            "https://x.example/?a=1",
        ] {
            let e = BaseUrls::resolve(Some(bad), None, None).unwrap_err();
            assert!(matches!(e, Error::InvalidConfig(_)), "{bad}");
            assert!(!e.to_string().contains("pw@"), "{e}");
        }
        let e = BaseUrls::resolve(Some("http://api.example.com"), None, None).unwrap_err();
        assert!(e.to_string().contains("https"));
    }
}
