//! The imperative shell around the pipeline: reading article files from disk.
//!
//! Every way a path can be wrong (missing, a directory, empty, too large, unreadable)
//! becomes an [`ImportError`] wrapped in a [`FileError`] that names the file, so callers
//! can report one clear line per file and go on with the others. The size is checked from
//! metadata before anything is read, so a 5 GB file costs nothing.

use crate::article::Article;
use crate::error::{FileError, ImportError};
use crate::pipeline::{self, MAX_BYTES};
use crate::project::{Source, SourceId};
use std::io::Read;
use std::path::Path;

/// Reads and imports one article file.
pub fn import_file(path: &Path) -> Result<Article, FileError> {
    let wrap = |error| FileError {
        path: path.to_owned(),
        error,
    };
    let bytes = read_limited(path).map_err(wrap)?;
    pipeline::import_bytes(&path.to_string_lossy(), &bytes).map_err(wrap)
}

/// Reads and imports one article file as a project [`Source`] with id `id`, recording the
/// SHA-256 of the file's bytes.
pub fn import_source(path: &Path, id: SourceId) -> Result<Source, FileError> {
    let wrap = |error| FileError {
        path: path.to_owned(),
        error,
    };
    let bytes = read_limited(path).map_err(wrap)?;
    let article = pipeline::import_bytes(&path.to_string_lossy(), &bytes).map_err(wrap)?;
    Ok(Source {
        id,
        sha256: sha256_hex(&bytes),
        article: std::sync::Arc::new(article),
    })
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write;
    let digest = sha2::Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Reads at most [`MAX_BYTES`] (plus one, to notice a file that grew while being read).
fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ImportError::NotFound,
        _ => ImportError::Io(e),
    })?;
    if meta.is_dir() {
        return Err(ImportError::IsDirectory);
    }
    if meta.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: meta.len(),
            limit: MAX_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(ImportError::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ImportError::Io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_BYTES,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_known_input() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
