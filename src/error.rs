//! Errors of the core library.
//!
//! One `thiserror` enum per concern, no paths inside: the caller that knows the path wraps
//! an [`ImportError`] in a [`FileError`], whose message ends with the path (rerun and
//! ripgrep style: "what went wrong: where"). The CLI and the app print them with `{:#}`.

use std::path::PathBuf;

/// Why an article could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file does not exist.
    #[error("no such file")]
    NotFound,
    /// A directory was given where a file was expected.
    #[error("is a directory, not an article file")]
    IsDirectory,
    /// The file holds no bytes, or nothing but white space.
    #[error("file is empty")]
    Empty,
    /// Larger than the import limit.
    #[error("file is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not text: NUL bytes, control characters or a known binary signature.
    #[error("not a text file ({what})")]
    Binary {
        /// What gave it away ("NUL bytes", "a PDF document", …).
        what: String,
    },
    /// The bytes are not valid in any encoding we could detect.
    #[error("cannot decode the text (not valid {encoding}: {bad} malformed sequences)")]
    Undecodable {
        /// The best-guess encoding.
        encoding: &'static str,
        /// How many malformed byte sequences were found.
        bad: usize,
    },
    /// The page or file has no article text left after extraction and cleanup.
    #[error("no article text found")]
    NoContent,
    /// The operating system refused to read the file.
    #[error("cannot read the file ({0})")]
    Io(std::io::Error),
}

/// An [`ImportError`] together with the file it concerns; displays as "problem: path".
#[derive(Debug, thiserror::Error)]
#[error("{error}: {}", path.display())]
pub struct FileError {
    /// The file as the user named it.
    pub path: PathBuf,
    /// What went wrong (its message already includes any OS error, so it is not
    /// chained as a `source` and `{:#}` prints one clean line).
    pub error: ImportError,
}
