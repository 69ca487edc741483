//! Where fault injection sits in the request pipeline: asked before every request whether to
//! answer it with an injected fault instead of handling it. With no fault configured (the
//! default) every request goes through.

use axum::response::Response;

/// Fault configuration for one sandbox; empty unless switched on.
#[derive(Debug, Default)]
pub struct Faults {}

impl Faults {
    /// An injected response for this request, or `None` to handle it normally.
    pub async fn before(&self, _method: &str, _path: &str) -> Option<Response> {
        None
    }
}
