//! The kinds of fault and their weighted mix: which way an unlucky request goes wrong.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// One way a request can go wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// 500 / 20500 before the request is applied.
    Error500,
    /// 503 / 20503 before the request is applied.
    Error503,
    /// 429 / 20429 before the request is applied (Twilio's "never processed, safe to retry").
    TooMany,
    /// Waits this many milliseconds, then handles the request normally.
    Delay(u64),
    /// The connection breaks before the request is applied: no response, nothing changed.
    Drop,
    /// The request is applied and committed, then the connection breaks: no response, but the
    /// change happened.
    LostResponse,
}

impl FaultKind {
    /// Every kind's name, in the order counters and defaults use.
    pub const NAMES: [&'static str; 6] = ["500", "503", "429", "delay", "drop", "lost"];

    /// The name used in specs, the request log and the counters.
    pub fn name(self) -> &'static str {
        Self::NAMES[self.index()]
    }

    pub(crate) fn index(self) -> usize {
        match self {
            FaultKind::Error500 => 0,
            FaultKind::Error503 => 1,
            FaultKind::TooMany => 2,
            FaultKind::Delay(_) => 3,
            FaultKind::Drop => 4,
            FaultKind::LostResponse => 5,
        }
    }

    /// The kind named `name` (a spec name or an obvious alias); a delay gets `delay_ms`.
    pub fn from_name(name: &str, delay_ms: u64) -> Option<FaultKind> {
        let kind = match name.to_ascii_lowercase().as_str() {
            "500" | "error500" => FaultKind::Error500,
            "503" | "error503" => FaultKind::Error503,
            "429" | "toomany" | "too-many" | "too_many" => FaultKind::TooMany,
            "delay" => FaultKind::Delay(delay_ms),
            "drop" => FaultKind::Drop,
            "lost" | "lost-response" | "lost_response" | "lostresponse" => FaultKind::LostResponse,
            _ => return None,
        };
        Some(kind)
    }

    pub(super) fn all(delay_ms: u64) -> Vec<Weighted> {
        [
            FaultKind::Error500,
            FaultKind::Error503,
            FaultKind::TooMany,
            FaultKind::Delay(delay_ms),
            FaultKind::Drop,
            FaultKind::LostResponse,
        ]
        .into_iter()
        .map(|kind| Weighted { kind, weight: 1 })
        .collect()
    }
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A kind and its relative weight in the mix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weighted {
    pub kind: FaultKind,
    pub weight: u32,
}

impl Serialize for Weighted {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.kind.name())?;
        m.serialize_entry("weight", &self.weight)?;
        if let FaultKind::Delay(ms) = self.kind {
            m.serialize_entry("delay_ms", &ms)?;
        }
        m.end()
    }
}
