//! Profiles file.
