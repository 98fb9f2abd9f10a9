//! Notifications: how the app reports results and errors without blocking the analyst.
//!
//! Every error the shell handles (a file that will not import, a failed save, a template
//! error during export) ends here once, displayed with `{:#}` so the whole cause chain and
//! the path are shown. Information fades after a few seconds; errors stay until dismissed.
//! Fading asks for one repaint at the moment it is due, so an idle window stays idle.

use egui::{Align2, Color32, RichText};

/// How long an information notice stays, in seconds.
const INFO_SECONDS: f64 = 6.0;

/// Severity of a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something worked ("Saved to …").
    Info,
    /// Something went wrong; stays until dismissed.
    Error,
}

/// One notice.
#[derive(Debug, Clone)]
pub struct Notice {
    /// Severity.
    pub level: Level,
    /// The message.
    pub text: String,
    /// When it was posted (egui time, seconds); `None` until first shown.
    shown_at: Option<f64>,
}

/// The notices currently shown.
#[derive(Debug, Clone, Default)]
pub struct Notifications {
    notices: Vec<Notice>,
}

impl Notifications {
    /// Posts an information notice.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Level::Info, text.into());
    }

    /// Posts an error notice (shown until dismissed).
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Level::Error, text.into());
    }

    fn push(&mut self, level: Level, text: String) {
        self.notices.push(Notice {
            level,
            text,
            shown_at: None,
        });
        if self.notices.len() > 8 {
            self.notices.remove(0);
        }
    }

    /// The notices shown now (tests read them).
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Draws the notices in the bottom-right corner and expires old ones.
    pub fn show(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        self.notices.retain(|n| match (n.level, n.shown_at) {
            (Level::Info, Some(t)) => now - t < INFO_SECONDS,
            _ => true,
        });
        if self.notices.is_empty() {
            return;
        }
        let mut dismiss = None;
        egui::Area::new(egui::Id::unique("notifications"))
            .anchor(Align2::RIGHT_BOTTOM, [-12.0, -32.0])
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                ui.set_max_width(460.0);
                for (i, n) in self.notices.iter_mut().enumerate() {
                    let shown = *n.shown_at.get_or_insert(now);
                    let error = n.level == Level::Error;
                    let fill = if error {
                        ui.visuals().error_fg_color.gamma_multiply(0.18)
                    } else {
                        ui.visuals().extreme_bg_color
                    };
                    egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                        ui.horizontal(|ui| {
                            let (icon, color) = if error {
                                ("⚠", ui.visuals().error_fg_color)
                            } else {
                                ("ℹ", Color32::from_rgb(70, 140, 220))
                            };
                            ui.label(RichText::new(icon).color(color).strong());
                            ui.add(egui::Label::new(&n.text).wrap());
                            if ui
                                .small_button("×")
                                .on_hover_text("Dismiss this notification")
                                .clicked()
                            {
                                dismiss = Some(i);
                            }
                        });
                    });
                    if !error {
                        let left = INFO_SECONDS - (now - shown);
                        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                            left.max(0.05),
                        ));
                    }
                }
            });
        if let Some(i) = dismiss {
            self.notices.remove(i);
        }
    }
}
