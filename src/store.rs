//! Saving and loading projects (`NAME.briefing.json`), so that no crash, full disk or
//! damaged file ever costs the analyst their work.
//!
//! A save serialises the whole [`Project`] to memory first, then writes it atomically
//! ([`write_atomic`]): a temporary file in the same directory, fsync, rename over the
//! target, fsync the directory. Until the rename the previous file is untouched, and a
//! write that fails midway leaves no temporary file behind. A load never writes anything;
//! it tells apart a damaged file ([`StoreError::Corrupt`]), a JSON file that is not a
//! project ([`StoreError::NotAProject`]), a project from a newer build
//! ([`StoreError::TooNew`]) and a project-shaped file that does not fit the model
//! ([`StoreError::Invalid`]), and refuses duplicate ids, which would break edits. Whether
//! excerpts still match their sources is [`Project::verify`]'s business, not the store's.
//!
//! Like [`crate::error::ImportError`], [`StoreError`] holds no path: the caller wraps it
//! with [`StoreError::at`] into a [`ProjectFileError`] that ends with the path.

use crate::project::{FORMAT_VERSION, Project};
use atomic_write_file::AtomicWriteFile;
use std::collections::HashSet;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The largest project file [`load`] reads (1 GiB): far beyond any real briefing, small
/// enough that a wrong file is refused before it is read.
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;

/// Why a project could not be saved or loaded.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file does not exist.
    #[error("no such file")]
    NotFound,
    /// The file holds no bytes.
    #[error("the file is empty, not a Briefing project")]
    Empty,
    /// Larger than [`MAX_PROJECT_BYTES`].
    #[error(
        "the file is too large to be a Briefing project ({size} bytes; the limit is {limit} bytes)"
    )]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The operating system refused to read the file.
    #[error("cannot read the file ({0})")]
    Read(io::Error),
    /// The file could not be written (a missing directory, no permission, a full disk).
    /// Unless the failure came after the final rename, the previous file is unchanged.
    #[error("cannot write the file ({0})")]
    Write(io::Error),
    /// Not valid JSON: damaged, truncated, or not a project at all.
    #[error(
        "the file is damaged or truncated (not valid JSON: {message} at line {line}, column {column})"
    )]
    Corrupt {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the JSON parser found.
        message: String,
    },
    /// Valid JSON, but not a Briefing project (no `format_version` and `briefing`).
    #[error("not a Briefing project (a JSON file without \"format_version\" and \"briefing\")")]
    NotAProject,
    /// Written by a newer build in a format this build does not know.
    #[error(
        "made by a newer version of Briefing (format {found}, this build reads up to {supported})"
    )]
    TooNew {
        /// The file's `format_version`.
        found: u64,
        /// [`FORMAT_VERSION`].
        supported: u32,
    },
    /// A project file whose content does not fit the project model.
    #[error("the project file is invalid ({message} at line {line}, column {column})")]
    Invalid {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What does not fit.
        message: String,
    },
    /// Two sections, items or sources share an id, so edits could not address them.
    #[error("the project file is invalid: two {what}s have the same id {id}")]
    DuplicateId {
        /// "item", "section" or "source".
        what: &'static str,
        /// The id used twice.
        id: u64,
    },
}

impl StoreError {
    /// This error together with the file it concerns.
    pub fn at(self, path: &Path) -> ProjectFileError {
        ProjectFileError {
            path: path.to_owned(),
            error: self,
        }
    }
}

/// A [`StoreError`] together with the project file it concerns; displays as
/// "problem: path".
#[derive(Debug, thiserror::Error)]
#[error("{error}: {}", path.display())]
pub struct ProjectFileError {
    /// The file as the user named it.
    pub path: PathBuf,
    /// What went wrong (its message already includes any OS error, so it is not chained
    /// as a `source` and `{:#}` prints one clean line).
    pub error: StoreError,
}

/// Saves the project to `path` atomically, as pretty JSON ending with a newline. Refuses
/// (and writes nothing) when ids are duplicated, since such a file could not be loaded.
pub fn save(path: &Path, project: &Project) -> Result<(), StoreError> {
    check_ids(project)?;
    let mut bytes = serde_json::to_vec_pretty(project).map_err(|e| StoreError::Write(e.into()))?;
    bytes.push(b'\n');
    write_atomic(path, |w| w.write_all(&bytes))
}

/// Writes `path` atomically with what `write` produces: the bytes go to a temporary file
/// in the same directory, which is fsynced and renamed over `path` (then the directory is
/// fsynced) only when `write` succeeds. If `write` fails, the temporary file is removed,
/// the previous file is untouched and its error is returned. A new file gets the default
/// permissions; an existing file keeps its own. (Should the final rename itself fail, a
/// hidden `.NAME.XXXXXX` file may remain: atomic-write-file 0.3 does not remove it then,
/// so a directory at `path` is refused before anything is written.)
pub fn write_atomic<F>(path: &Path, write: F) -> Result<(), StoreError>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    // The crate reports a directory only at the rename, after its temporary file exists.
    if path.is_dir() {
        return Err(StoreError::Write(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    let file = AtomicWriteFile::open(path).map_err(StoreError::Write)?;
    let mut w = BufWriter::new(file);
    let written = write(&mut w).and_then(|()| w.flush());
    let (file, _) = w.into_parts();
    match written {
        Ok(()) => file.commit().map_err(StoreError::Write),
        Err(e) => {
            // The write error is the one to report; a failed cleanup adds nothing useful.
            let _ = file.discard();
            Err(StoreError::Write(e))
        }
    }
}

/// Loads the project saved at `path`. Never writes anything.
pub fn load(path: &Path) -> Result<Project, StoreError> {
    let bytes = read_limited(path)?;
    parse(&bytes)
}

/// Parses the bytes of a project file (see [`load`]).
pub fn parse(bytes: &[u8]) -> Result<Project, StoreError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StoreError::Empty);
    }
    let project = match serde_json::from_slice::<Project>(bytes) {
        Ok(p) => p,
        Err(e) => return Err(classify(bytes, &e)),
    };
    // A JSON array of the right values also deserialises into a struct.
    if bytes.trim_ascii_start().first() != Some(&b'{') {
        return Err(StoreError::NotAProject);
    }
    if project.format_version > FORMAT_VERSION {
        return Err(StoreError::TooNew {
            found: u64::from(project.format_version),
            supported: FORMAT_VERSION,
        });
    }
    check_ids(&project)?;
    Ok(project)
}

/// Explains why the bytes did not deserialise into a [`Project`].
fn classify(bytes: &[u8], e: &serde_json::Error) -> StoreError {
    let (line, column) = (e.line(), e.column());
    // serde_json appends " at line L column C" to its messages; we print them our way.
    let full = e.to_string();
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full)
        .to_owned();
    if e.is_syntax() || e.is_eof() || e.is_io() {
        return StoreError::Corrupt {
            line,
            column,
            message,
        };
    }
    let Ok(serde_json::Value::Object(top)) = serde_json::from_slice(bytes) else {
        return StoreError::NotAProject;
    };
    // A newer format may well not fit this build's model: say so rather than why.
    if let Some(found) = top
        .get("format_version")
        .and_then(serde_json::Value::as_u64)
        && found > u64::from(FORMAT_VERSION)
    {
        return StoreError::TooNew {
            found,
            supported: FORMAT_VERSION,
        };
    }
    if !top.contains_key("format_version") || !top.contains_key("briefing") {
        return StoreError::NotAProject;
    }
    StoreError::Invalid {
        line,
        column,
        message,
    }
}

/// Refuses a project in which two sections, items or sources share an id.
fn check_ids(project: &Project) -> Result<(), StoreError> {
    let dup = |what, id| StoreError::DuplicateId { what, id };
    let mut seen = HashSet::new();
    for s in &project.briefing.sections {
        if !seen.insert(s.id) {
            return Err(dup("section", s.id.0));
        }
    }
    let mut seen = HashSet::new();
    for i in project.items() {
        if !seen.insert(i.id) {
            return Err(dup("item", i.id.0));
        }
    }
    let mut seen = HashSet::new();
    for s in &project.sources {
        if !seen.insert(s.id) {
            return Err(dup("source", s.id.0));
        }
    }
    Ok(())
}

/// Reads at most [`MAX_PROJECT_BYTES`] (plus one, to notice a file that grew meanwhile).
fn read_limited(path: &Path) -> Result<Vec<u8>, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => StoreError::NotFound,
        _ => StoreError::Read(e),
    })?;
    let too_large = |size| StoreError::TooLarge {
        size,
        limit: MAX_PROJECT_BYTES,
    };
    if meta.len() > MAX_PROJECT_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(StoreError::Read)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_PROJECT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(StoreError::Read)?;
    let len = bytes.len() as u64;
    if len > MAX_PROJECT_BYTES {
        return Err(too_large(len));
    }
    Ok(bytes)
}
