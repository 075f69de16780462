//! Shared helpers for the training and evaluation commands: reading ../shared/data.

use std::path::PathBuf;

/// The shared data folder: `$ANNOTATOR_DATA`, or `../shared/data` beside the repository.
pub fn shared_data() -> PathBuf {
    if let Ok(dir) = std::env::var("ANNOTATOR_DATA") {
        return PathBuf::from(dir);
    }
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    repo.join("../shared/data")
}

pub mod corpora;
