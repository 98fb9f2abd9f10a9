//! The particulars of each statement and what each is about, computed once per text.
//!
//! Matching asks "do these two statements give different numbers or days for the same
//! thing?" about many pairs, and copies of a wire story repeat the same sentences; so the
//! particulars of a statement, the words around its dates and what its numbers count are
//! worked out on first use and shared by every statement with the same text, and the
//! answer for a pair of texts is kept too.

use super::Statement;
use super::counts::{Thing, around, counted};
use super::particulars::{Kind, Particular, extract};
use super::text::Analyzer;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// The particulars of one statement, with what each is about, computed once.
pub(crate) struct Facts1 {
    pub(super) particulars: Vec<Particular>,
    /// It has a number, date or day, so it can differ from another statement in one.
    pub(super) datable: bool,
    /// Content stems near each particular (for days, dates and years).
    pub(super) near: Vec<HashSet<String>>,
    /// What each number counts (`None` for other particulars).
    pub(super) things: Vec<Option<Thing>>,
}

#[cfg(test)]
impl Facts1 {
    /// Just the particulars of `text`, for tests of the comparisons that read only them.
    pub(super) fn particulars_of(text: &str) -> Facts1 {
        Facts1 {
            particulars: extract(text),
            datable: true,
            near: Vec::new(),
            things: Vec::new(),
        }
    }
}

/// The [`Facts1`] of each statement, made on first use: matching asks about pairs many
/// times, and a statement's particulars never change.
pub(crate) struct Facts<'a> {
    an: &'a Analyzer,
    /// The text of each statement, numbered: copies of a wire story share their facts.
    texts: Vec<u32>,
    /// The facts of each text, once asked for.
    cells: RefCell<Vec<Option<Rc<Facts1>>>>,
    /// [`differ`]'s answers by pair of texts (it depends on the two texts only).
    ///
    /// [`differ`]: super::discrepancy::differ
    pub(super) differs: RefCell<rustc_hash::FxHashMap<(u32, u32), bool>>,
}

impl<'a> Facts<'a> {
    /// An empty cache for `statements`.
    pub(crate) fn new(an: &'a Analyzer, statements: &[Statement]) -> Facts<'a> {
        let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        let texts: Vec<u32> = statements
            .iter()
            .map(|s| {
                let next = ids.len() as u32;
                *ids.entry(s.text.as_str()).or_insert(next)
            })
            .collect();
        Facts {
            an,
            texts,
            cells: RefCell::new(vec![None; ids.len()]),
            differs: RefCell::default(),
        }
    }

    /// The number of statement `i`'s text: two statements with one text have one number.
    pub(super) fn text(&self, i: usize) -> u32 {
        self.texts[i]
    }

    /// The facts of statement `i`.
    pub(super) fn of(&self, i: usize, s: &Statement) -> Rc<Facts1> {
        let t = self.texts[i] as usize;
        if let Some(Some(f)) = self.cells.borrow().get(t) {
            return Rc::clone(f);
        }
        let particulars = extract(&s.text);
        let near = particulars
            .iter()
            .map(|p| match p.kind {
                Kind::Weekday | Kind::Date | Kind::Year | Kind::Time => around(self.an, &s.text, p),
                _ => HashSet::new(),
            })
            .collect();
        let things = particulars
            .iter()
            .map(|p| (p.kind == Kind::Number).then(|| counted(self.an, &s.text, p)))
            .collect();
        let datable = particulars.iter().any(|p| {
            matches!(
                p.kind,
                Kind::Number | Kind::Date | Kind::Weekday | Kind::Time
            )
        });
        let f = Rc::new(Facts1 {
            datable,
            particulars,
            near,
            things,
        });
        if let Some(cell) = self.cells.borrow_mut().get_mut(t) {
            *cell = Some(Rc::clone(&f));
        }
        f
    }
}
