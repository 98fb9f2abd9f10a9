//! How the app starts: what to open ([`Launch`]), which renderer, and everything the app
//! takes from outside ([`AppConfig`]: dialogs, the recovery folder, templates), so tests
//! and the benchmark can build the real app with scripted dialogs and no autosave.

use super::dialogs::{self, Dialogs};
use super::settings;
use crate::templates::Templates;
use std::path::PathBuf;

/// Which eframe renderer to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RendererChoice {
    /// OpenGL via glow: fast everywhere, including software GL.
    #[default]
    Glow,
    /// wgpu: Vulkan/Metal/DX12; slow on software rendering.
    Wgpu,
}

/// What to open at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// The last project if there is one, else the bundled samples.
    Default,
    /// The bundled samples in a new project.
    Samples,
    /// These article files in a new project.
    Articles(Vec<PathBuf>),
    /// This project file.
    Project(PathBuf),
}

impl Launch {
    /// The launch for the command line's files: a `.json` file is a project, anything else
    /// an article; nothing means [`Launch::Default`].
    pub fn from_args(files: Vec<PathBuf>) -> Launch {
        match files.as_slice() {
            [] => Launch::Default,
            [one] if one.extension().is_some_and(|e| e == "json") => Launch::Project(one.clone()),
            _ => Launch::Articles(files),
        }
    }
}

/// Everything the app needs from outside, so tests can substitute each part.
pub struct AppConfig {
    /// What to open.
    pub launch: Launch,
    /// File dialogs (native, or scripted in tests).
    pub dialogs: Box<dyn Dialogs>,
    /// Folder of the recovery file; `None` turns autosave off.
    pub data_dir: Option<PathBuf>,
    /// The templates (built-in plus the user's folder).
    pub templates: Templates,
    /// Seconds after a change before the recovery file is written.
    pub autosave_delay: f64,
}

impl AppConfig {
    /// The configuration of the real app: native dialogs, the platform's data folder, the
    /// user's template folder.
    pub fn native(launch: Launch) -> (AppConfig, Option<String>) {
        let mut warning = None;
        let mut templates = Templates::builtin();
        if let Some(dir) = Templates::user_dir().filter(|d| d.is_dir()) {
            match Templates::builtin().with_dir(&dir) {
                Ok(t) => templates = t,
                Err(e) => warning = Some(format!("{e:#}")),
            }
        }
        let config = AppConfig {
            launch,
            dialogs: Box::new(dialogs::RfdDialogs::default()),
            data_dir: settings::default_data_dir(),
            templates,
            autosave_delay: 3.0,
        };
        (config, warning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_files_choose_what_opens() {
        assert_eq!(Launch::from_args(vec![]), Launch::Default);
        let p = PathBuf::from("kesh.briefing.json");
        assert_eq!(Launch::from_args(vec![p.clone()]), Launch::Project(p));
        let a = vec![PathBuf::from("a.txt"), PathBuf::from("b.html")];
        assert_eq!(Launch::from_args(a.clone()), Launch::Articles(a));
    }
}
