//! How the reader looks: fonts, spacing and colours for each kind of block, and the
//! colours of the marks painted behind the text.
//!
//! Kept apart from layout and painting so the look can be tuned in one place. Everything
//! here depends only on the block kind and on light or dark mode, which is why the
//! per-paragraph galleys can be cached with those two in their key.

use crate::article::ParaKind;
use egui::{Color32, FontId, Stroke, TextFormat, Visuals};

/// The widest a line of body text gets, in points (about 75 characters).
pub const MAX_COLUMN: f32 = 720.0;
/// Space kept free left and right of the text column.
pub const SIDE_MARGIN: f32 = 28.0;
/// Width of the bar in the left margin next to taken text.
pub const TAKEN_BAR: f32 = 3.0;

/// What a block of the reader is, for its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    /// The headline.
    Headline,
    /// Byline, dateline, outlet and date.
    Meta,
    /// A body paragraph.
    Body,
    /// A crosshead (subheading).
    Crosshead,
    /// A photo caption.
    Caption,
    /// A removed boilerplate line.
    Removed,
}

impl Look {
    /// The look of a paragraph of kind `kind`.
    pub fn of(kind: ParaKind) -> Look {
        match kind {
            ParaKind::Body => Look::Body,
            ParaKind::Crosshead => Look::Crosshead,
            ParaKind::Caption => Look::Caption,
        }
    }

    /// Font of the block's text.
    pub fn font(self) -> FontId {
        FontId::proportional(match self {
            Look::Headline => 24.0,
            Look::Meta => 13.0,
            Look::Body => 15.5,
            Look::Crosshead => 17.5,
            Look::Caption | Look::Removed => 13.5,
        })
    }

    /// Height of one row of text.
    pub fn line_height(self) -> f32 {
        (self.font().size * 1.4).round()
    }

    /// Indent from the left edge of the column.
    pub fn indent(self) -> f32 {
        match self {
            Look::Caption | Look::Removed => 24.0,
            _ => 0.0,
        }
    }

    /// Space above the text.
    pub fn pad_top(self) -> f32 {
        match self {
            Look::Crosshead => 12.0,
            Look::Caption => 2.0,
            _ => 0.0,
        }
    }

    /// Space below the text (before the next block).
    pub fn pad_bottom(self) -> f32 {
        match self {
            Look::Headline => 6.0,
            Look::Meta => 18.0,
            Look::Crosshead => 6.0,
            Look::Removed => 8.0,
            Look::Body | Look::Caption => 12.0,
        }
    }

    /// The text format of ordinary text in this block.
    pub fn format(self, visuals: &Visuals) -> TextFormat {
        let color = match self {
            Look::Headline | Look::Crosshead => visuals.strong_text_color(),
            Look::Meta | Look::Caption => visuals.weak_text_color(),
            Look::Removed => visuals.weak_text_color().gamma_multiply(0.7),
            Look::Body => visuals.text_color(),
        };
        TextFormat {
            font_id: self.font(),
            line_height: Some(self.line_height()),
            color,
            italics: self == Look::Caption,
            strikethrough: if self == Look::Removed {
                Stroke::new(0.5, color.gamma_multiply(0.6))
            } else {
                Stroke::NONE
            },
            ..TextFormat::default()
        }
    }

    /// The format of a detected quote's words in this block: tinted and underlined.
    pub fn quote_format(self, visuals: &Visuals) -> TextFormat {
        let color = quote_color(visuals);
        TextFormat {
            color,
            underline: Stroke::new(1.0, color.gamma_multiply(0.35)),
            ..self.format(visuals)
        }
    }
}

/// Text colour of detected quotes.
pub fn quote_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(150, 190, 255)
    } else {
        Color32::from_rgb(20, 70, 150)
    }
}

/// Colours of the marks painted behind the text.
#[derive(Debug, Clone, Copy)]
pub struct Marks {
    /// The sentence under the pointer.
    pub hover: Color32,
    /// The selection.
    pub selection: Color32,
    /// Text already taken into the briefing.
    pub taken: Color32,
    /// The bar in the margin next to taken text.
    pub taken_bar: Color32,
    /// A search hit.
    pub hit: Color32,
    /// The current search hit.
    pub current_hit: Color32,
}

impl Marks {
    /// The marks for `visuals`.
    pub fn new(visuals: &Visuals) -> Marks {
        let taken_bar = if visuals.dark_mode {
            Color32::from_rgb(90, 180, 110)
        } else {
            Color32::from_rgb(40, 140, 70)
        };
        let hit = Color32::from_rgb(255, 200, 0);
        Marks {
            hover: visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.6),
            selection: visuals.selection.bg_fill.gamma_multiply(0.55),
            taken: taken_bar.gamma_multiply(0.18),
            taken_bar,
            hit: hit.gamma_multiply(0.3),
            current_hit: Color32::from_rgb(255, 140, 0).gamma_multiply(0.75),
        }
    }
}
