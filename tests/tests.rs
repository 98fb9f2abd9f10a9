//! Briefing's integration tests: one test binary, one module per concern, fixtures on disk.

// Test helpers outside `#[test]` functions may unwrap: a panic is a test failure here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser;
mod cli;
mod commands;
mod corroboration;
mod edits;
mod expected;
mod export;
#[cfg(feature = "gui")]
mod gui;
mod hostile;
mod html;
mod project;
mod properties;
mod seeds;
mod structure;

use std::path::{Path, PathBuf};

/// `tests/fixtures/…` inside the repository.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The shared seed articles beside the checkout, when present.
pub fn seeds_dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    d.is_dir().then_some(d)
}
