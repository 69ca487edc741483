//! Client behaviour against an in-process mock server.
