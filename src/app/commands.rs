//! Every command the analyst can give, in one enum (rerun's `UICommand`).
//!
//! Each [`UiCommand`] knows its label, its tooltip and its keyboard shortcut. The menus, the
//! command palette (`Ctrl+Shift+P`), the shortcuts help (`F1`) and the keyboard handling all
//! read them from here, so a label, a tooltip and a shortcut can never drift apart.
//! Commands are *requests*: the app executes them in one place ([`super::BriefingApp`]).

use egui::{Key, KeyboardShortcut, Modifiers};

/// A command from a menu, the palette, a button or a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// Start a new, empty project.
    NewProject,
    /// Open a `.briefing.json` project.
    OpenProject,
    /// Add article files to the project.
    OpenArticles,
    /// Save the project.
    Save,
    /// Save the project under a new name.
    SaveAs,
    /// Export the briefing as Markdown.
    ExportMarkdown,
    /// Export the briefing as HTML.
    ExportHtml,
    /// Export the briefing as JSON.
    ExportJson,
    /// Export the quotes as CSV.
    ExportCsv,
    /// Export HTML to a temporary file and open it in the browser.
    OpenInBrowser,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Add the selection as a fact.
    AddFact,
    /// Add the selection as a quote (asks for the speaker).
    AddQuote,
    /// Make section N (1–9) the target for new items.
    ToSection(u8),
    /// Edit the note of the selected item.
    AddNote,
    /// Delete the selected item.
    DeleteItem,
    /// Move the selected item (or section) up.
    MoveUp,
    /// Move the selected item (or section) down.
    MoveDown,
    /// Add a section to the briefing.
    NewSection,
    /// Search the articles.
    Find,
    /// Show or hide the boilerplate removed from the article.
    ToggleRemoved,
    /// Switch between the outline and the preview.
    TogglePreview,
    /// Show what the sources confirm and where they differ.
    ShowCorroboration,
    /// List the particulars of the analyst's text that no source contains.
    CheckGrounding,
    /// Switch between light and dark.
    ToggleTheme,
    /// Open the command palette.
    CommandPalette,
    /// Show the keyboard shortcuts.
    Help,
    /// Close the window.
    Quit,
}

const fn key(modifiers: Modifiers, key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(modifiers, key))
}

const CMD_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

const SECTION_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl UiCommand {
    /// Every command, in menu order.
    pub fn all() -> Vec<UiCommand> {
        use UiCommand::*;
        let mut all = vec![
            NewProject,
            OpenProject,
            OpenArticles,
            Save,
            SaveAs,
            ExportMarkdown,
            ExportHtml,
            ExportJson,
            ExportCsv,
            OpenInBrowser,
            Undo,
            Redo,
            AddFact,
            AddQuote,
        ];
        all.extend((1..=9).map(ToSection));
        all.extend([
            AddNote,
            DeleteItem,
            MoveUp,
            MoveDown,
            NewSection,
            Find,
            ToggleRemoved,
            TogglePreview,
            ShowCorroboration,
            CheckGrounding,
            ToggleTheme,
            CommandPalette,
            Help,
            Quit,
        ]);
        all
    }

    /// The name shown in menus and the palette.
    pub fn label(self) -> String {
        use UiCommand::*;
        match self {
            NewProject => "New project",
            OpenProject => "Open project…",
            OpenArticles => "Open articles…",
            Save => "Save",
            SaveAs => "Save as…",
            ExportMarkdown => "Export Markdown…",
            ExportHtml => "Export HTML…",
            ExportJson => "Export JSON…",
            ExportCsv => "Export quotes as CSV…",
            OpenInBrowser => "Open in browser",
            Undo => "Undo",
            Redo => "Redo",
            AddFact => "Add as fact",
            AddQuote => "Add as quote…",
            ToSection(n) => return format!("Target section {n}"),
            AddNote => "Edit note",
            DeleteItem => "Delete item",
            MoveUp => "Move up",
            MoveDown => "Move down",
            NewSection => "New section",
            Find => "Find in articles",
            ToggleRemoved => "Show removed boilerplate",
            TogglePreview => "Switch outline / preview",
            ShowCorroboration => "Corroboration",
            CheckGrounding => "Check grounding",
            ToggleTheme => "Switch light / dark theme",
            CommandPalette => "Command palette…",
            Help => "Keyboard shortcuts",
            Quit => "Quit",
        }
        .to_owned()
    }

    /// One sentence saying what the command does (tooltips, palette, help).
    pub fn tooltip(self) -> String {
        use UiCommand::*;
        match self {
            NewProject => "Close this project and start an empty one",
            OpenProject => "Open a saved .briefing.json project",
            OpenArticles => "Add article files (txt, md, html) to the project",
            Save => "Save the project to its file",
            SaveAs => "Save the project to a new file",
            ExportMarkdown => "Write the briefing as Markdown with the chosen template",
            ExportHtml => "Write the briefing as a standalone HTML page",
            ExportJson => "Write the briefing and its provenance as JSON",
            ExportCsv => "Write the quotes as a CSV table",
            OpenInBrowser => "Render the briefing as HTML and open it in the web browser",
            Undo => "Undo the last change to the briefing",
            Redo => "Redo the last undone change",
            AddFact => "Add the selected sentences or text to the briefing as a fact",
            AddQuote => "Add the selection as a quote; confirm or edit the speaker",
            ToSection(n) => {
                return format!(
                    "New items go to section {n}; with a selection, add it there as a fact"
                );
            }
            AddNote => "Write a note on the selected briefing item",
            DeleteItem => "Remove the selected item from the briefing",
            MoveUp => "Move the selected item up (into the previous section at the top)",
            MoveDown => "Move the selected item down (into the next section at the end)",
            NewSection => "Add an empty section at the end of the briefing",
            Find => "Search this article and all articles",
            ToggleRemoved => "Show the text the cleanup removed, greyed, with the reason",
            TogglePreview => "Show the rendered briefing or its outline",
            ShowCorroboration => {
                "List the facts and remarks other outlets confirm, and where they differ"
            }
            CheckGrounding => {
                "List numbers, dates and names in your own text that appear in no source"
            }
            ToggleTheme => "Use the light or the dark theme",
            CommandPalette => "Search and run any command",
            Help => "List every command with its shortcut",
            Quit => "Close Briefing (asks first if there are unsaved changes)",
        }
        .to_owned()
    }

    /// The keyboard shortcut, if any. Plain-letter shortcuts only act while no text field
    /// has keyboard focus (see [`UiCommand::is_plain_key`]).
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        use UiCommand::*;
        let cmd = Modifiers::COMMAND;
        let none = Modifiers::NONE;
        match self {
            NewProject => key(cmd, Key::N),
            OpenProject => key(cmd, Key::O),
            OpenArticles => key(CMD_SHIFT, Key::O),
            Save => key(cmd, Key::S),
            SaveAs => key(CMD_SHIFT, Key::S),
            ExportMarkdown => key(cmd, Key::E),
            ExportHtml => key(CMD_SHIFT, Key::E),
            OpenInBrowser => key(cmd, Key::B),
            Undo => key(cmd, Key::Z),
            Redo => key(CMD_SHIFT, Key::Z),
            AddFact => key(none, Key::F),
            AddQuote => key(none, Key::Q),
            ToSection(n) => key(none, *SECTION_KEYS.get(usize::from(n).checked_sub(1)?)?),
            AddNote => key(none, Key::N),
            DeleteItem => key(none, Key::Delete),
            MoveUp => key(Modifiers::ALT, Key::ArrowUp),
            MoveDown => key(Modifiers::ALT, Key::ArrowDown),
            Find => key(cmd, Key::F),
            ToggleRemoved => key(cmd, Key::R),
            TogglePreview => key(cmd, Key::P),
            ShowCorroboration => key(cmd, Key::K),
            CheckGrounding => key(none, Key::F7),
            CommandPalette => key(CMD_SHIFT, Key::P),
            Help => key(none, Key::F1),
            Quit => key(cmd, Key::Q),
            ExportJson | ExportCsv | NewSection | ToggleTheme => None,
        }
    }

    /// Other shortcuts for the same command (`Ctrl+Y` for redo).
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            UiCommand::Redo => key(Modifiers::COMMAND, Key::Y),
            _ => None,
        }
    }

    /// True when the shortcut is a key without Ctrl/Alt, which must not fire while the
    /// analyst types in a text field.
    pub fn is_plain_key(self) -> bool {
        self.shortcut().is_some_and(|s| {
            !s.modifiers.command
                && !s.modifiers.ctrl
                && !s.modifiers.alt
                && !matches!(s.logical_key, Key::F1 | Key::F7)
        })
    }

    /// The commands whose shortcut was pressed this frame, consumed from the input. The most
    /// specific shortcuts are checked first so `Ctrl+Shift+S` is not taken for `Ctrl+S`.
    pub fn consume_pressed(input: &mut egui::InputState, typing: bool) -> Vec<UiCommand> {
        let mut bindings: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::all()
            .into_iter()
            .filter(|c| !(typing && c.is_plain_key()))
            .flat_map(|c| {
                [c.shortcut(), c.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                    .map(move |s| (c, s))
            })
            .collect();
        bindings.sort_by_key(|(_, s)| {
            let m = s.modifiers;
            std::cmp::Reverse(u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command))
        });
        let mut pressed = Vec::new();
        for (command, shortcut) in bindings {
            if input.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                pressed.push(command);
            }
        }
        pressed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn labels_and_shortcuts_are_unique() {
        let all = UiCommand::all();
        let labels: HashSet<String> = all.iter().map(|c| c.label()).collect();
        assert_eq!(labels.len(), all.len());
        let mut keys = HashSet::new();
        for c in &all {
            for s in [c.shortcut(), c.alternative_shortcut()]
                .into_iter()
                .flatten()
            {
                assert!(keys.insert(s), "{c:?} shares its shortcut");
            }
            assert!(!c.tooltip().is_empty());
        }
        assert_eq!(UiCommand::ToSection(10).shortcut(), None);
    }
}
