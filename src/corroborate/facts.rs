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
use std::collections::{HashMap, HashSet};
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

/// The [`Facts1`] of each statement, made on first use: matching asks about pairs many
/// times, and a statement's particulars never change.
pub(crate) struct Facts<'a> {
    an: &'a Analyzer,
    cells: RefCell<Vec<Option<Rc<Facts1>>>>,
    /// By statement text: copies of a wire story share their facts.
    by_text: RefCell<HashMap<String, Rc<Facts1>>>,
    /// [`differ`]'s answers by pair of facts (it depends on the two texts only).
    pub(super) differs: RefCell<rustc_hash::FxHashMap<(usize, usize), bool>>,
}

impl<'a> Facts<'a> {
    /// An empty cache for `n` statements.
    pub(crate) fn new(an: &'a Analyzer, n: usize) -> Facts<'a> {
        Facts {
            an,
            cells: RefCell::new(vec![None; n]),
            by_text: RefCell::default(),
            differs: RefCell::default(),
        }
    }

    /// The facts of statement `i`.
    pub(super) fn of(&self, i: usize, s: &Statement) -> Rc<Facts1> {
        if let Some(Some(f)) = self.cells.borrow().get(i) {
            return Rc::clone(f);
        }
        if let Some(f) = self.by_text.borrow().get(&s.text) {
            let f = Rc::clone(f);
            if let Some(cell) = self.cells.borrow_mut().get_mut(i) {
                *cell = Some(Rc::clone(&f));
            }
            return f;
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
        if let Some(cell) = self.cells.borrow_mut().get_mut(i) {
            *cell = Some(Rc::clone(&f));
        }
        self.by_text
            .borrow_mut()
            .insert(s.text.clone(), Rc::clone(&f));
        f
    }
}
