//! Session settings kept in eframe's storage, and the crash-recovery file.
//!
//! eframe persists window geometry and egui's memory (panel widths) itself; [`Settings`]
//! adds the theme, the recent projects and the last template. eframe writes its storage
//! non-atomically and only now and then, so the *document* never lives there: unsaved
//! work goes to a recovery file written atomically a few seconds after each change
//! ([`write_recovery`]) and offered back on the next start ([`read_recovery`]).

use crate::project::Project;
use crate::store;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Key of the settings in eframe's storage.
pub const STORAGE_KEY: &str = "briefing-settings";

/// How many recent projects the File menu lists.
const MAX_RECENT: usize = 10;

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Settings that survive a restart.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or system.
    pub theme: Theme,
    /// Recently opened or saved projects, newest first.
    pub recent: Vec<PathBuf>,
    /// The template last picked in the preview.
    pub template: Option<String>,
}

impl Settings {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }

    /// The egui theme preference for [`Settings::theme`].
    pub fn theme_preference(&self) -> egui::ThemePreference {
        match self.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// The recovery file's content: the unsaved project and where it belongs.
#[derive(Debug, Serialize, Deserialize)]
pub struct Recovery {
    /// The project file the work belongs to, if it was ever saved.
    pub path: Option<PathBuf>,
    /// The unsaved project.
    pub project: Project,
}

#[derive(Serialize)]
struct RecoveryRef<'a> {
    path: Option<&'a Path>,
    project: &'a Project,
}

/// The recovery file in `dir`.
pub fn recovery_path(dir: &Path) -> PathBuf {
    dir.join("recovery.briefing.json")
}

/// The default folder for the recovery file (the platform's data folder).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "briefing").map(|d| d.data_dir().to_owned())
}

/// Writes the recovery file atomically (creating `dir`).
pub fn write_recovery(dir: &Path, path: Option<&Path>, project: &Project) -> anyhow::Result<()> {
    use anyhow::Context as _;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the recovery folder {}", dir.display()))?;
    let file = recovery_path(dir);
    let bytes = serde_json::to_vec(&RecoveryRef { path, project })
        .context("cannot serialise the project for recovery")?;
    store::write_atomic(&file, |w| w.write_all(&bytes))
        .map_err(|e| e.at(&file))
        .context("cannot write the recovery file")?;
    Ok(())
}

/// Reads the recovery file, if there is a usable one.
pub fn read_recovery(dir: &Path) -> Option<Recovery> {
    let bytes = std::fs::read(recovery_path(dir)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Deletes the recovery file (after a save, or when the analyst discards it).
pub fn remove_recovery(dir: &Path) {
    // Missing is fine: there was nothing to recover.
    let _ = std::fs::remove_file(recovery_path(dir));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_round_trips_and_is_removed() {
        let dir = std::env::temp_dir().join(format!("briefing-recovery-{}", std::process::id()));
        let project = Project::new("Unsaved work");
        let path = Path::new("/tmp/x.briefing.json");
        write_recovery(&dir, Some(path), &project).unwrap();
        let back = read_recovery(&dir).unwrap();
        assert_eq!(back.project, project);
        assert_eq!(back.path.as_deref(), Some(path));
        remove_recovery(&dir);
        assert!(read_recovery(&dir).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn recent_list_is_unique_newest_first_and_bounded() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(Path::new(&format!("/p{i}")));
        }
        s.remember(Path::new("/p3"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], Path::new("/p3"));
        assert_eq!(
            s.recent.iter().filter(|p| *p == Path::new("/p3")).count(),
            1
        );
    }
}
