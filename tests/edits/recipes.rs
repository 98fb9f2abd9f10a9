//! Edits built against a project's current state from a few random numbers, so that a
//! generated sequence mostly applies, plus deliberately invalid edits whose failure is
//! known in advance. Choices are decoded from the numbers in mixed radix, so proptest
//! shrinking the numbers towards zero shrinks the edits towards the first choices.

use briefing::project::{
    BriefingField, Edit, Item, ItemChange, ItemId, ItemKind, Project, Section, SectionId, Source,
    SourceId,
};

/// An id no generated project reaches.
pub const GHOST: u64 = 999_999;

const WORDS: [&str; 6] = [
    "",
    "Key points",
    "Ölpreis",
    "“Quoted”",
    "follow-up",
    "2024-05-14",
];
const FIELDS: [BriefingField; 6] = [
    BriefingField::Title,
    BriefingField::Subtitle,
    BriefingField::Author,
    BriefingField::Date,
    BriefingField::Marking,
    BriefingField::Summary,
];

/// Choices drawn from random words: each word supplies picks until its 64 bits are used.
pub struct Picker {
    words: Vec<u64>,
    cap: u128,
}

impl Picker {
    /// Picks from these numbers.
    pub fn new(words: &[u64]) -> Picker {
        Picker {
            words: words.to_vec(),
            cap: 1 << 64,
        }
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn pick(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        if self.cap < n as u128 {
            if !self.words.is_empty() {
                self.words.remove(0);
            }
            self.cap = 1 << 64;
        }
        self.cap /= n as u128;
        let Some(w) = self.words.first_mut() else {
            return 0;
        };
        let v = *w % n as u64;
        *w /= n as u64;
        v as usize
    }

    fn word(&mut self) -> String {
        WORDS[self.pick(WORDS.len())].to_owned()
    }

    fn maybe_word(&mut self) -> Option<String> {
        (self.pick(3) > 0).then(|| self.word())
    }
}

/// One step of a sequence: an edit, and whether it must apply. At depth 0 and 1 it may
/// be a batch.
pub fn step(p: &Project, pool: &[Source], pk: &mut Picker, depth: u8) -> (Edit, bool) {
    match pk.pick(8) {
        0 => (invalid(p, pool, pk), false),
        1 if depth < 2 => batch(p, pool, pk, depth),
        _ => (valid(p, pool, pk), true),
    }
}

/// A batch of 0–3 steps, each built against the state the batch has reached.
fn batch(p: &Project, pool: &[Source], pk: &mut Picker, depth: u8) -> (Edit, bool) {
    let mut scratch = p.clone();
    let mut edits = Vec::new();
    let mut all_valid = true;
    for _ in 0..pk.pick(4) {
        let (edit, valid) = step(&scratch, pool, pk, depth + 1);
        let applied = scratch.apply(edit.clone()).is_ok();
        assert_eq!(applied, valid, "recipe misjudged {edit:?}");
        all_valid &= valid;
        edits.push(edit);
    }
    (Edit::Batch(edits), all_valid)
}

fn item_ids(p: &Project) -> Vec<ItemId> {
    p.items().map(|i| i.id).collect()
}

/// An edit that applies to `p`.
pub fn valid(p: &Project, pool: &[Source], pk: &mut Picker) -> Edit {
    let secs = &p.briefing.sections;
    let items = item_ids(p);
    let unused: Vec<SourceId> = (p.sources.iter().map(|s| s.id))
        .filter(|&id| p.uses_of(id) == 0)
        .collect();
    match pk.pick(14) {
        1 => Edit::InsertSection {
            index: pk.pick(secs.len() + 1),
            section: new_section(p, p.fresh_section_id(), pk),
        },
        2 if !secs.is_empty() => Edit::RemoveSection {
            id: secs[pk.pick(secs.len())].id,
        },
        3 if !secs.is_empty() => Edit::RenameSection {
            id: secs[pk.pick(secs.len())].id,
            title: pk.word(),
        },
        4 if !secs.is_empty() => Edit::MoveSection {
            id: secs[pk.pick(secs.len())].id,
            to: pk.pick(secs.len()),
        },
        5..=8 if !secs.is_empty() && !p.sources.is_empty() => {
            let s = &secs[pk.pick(secs.len())];
            Edit::InsertItem {
                section: s.id,
                index: pk.pick(s.items.len() + 1),
                item: new_item(p, p.fresh_item_id(), pk),
            }
        }
        9 if !items.is_empty() => Edit::RemoveItem {
            id: items[pk.pick(items.len())],
        },
        10 if !items.is_empty() => {
            let id = items[pk.pick(items.len())];
            let from = p.item_position(id).map_or(0, |(s, _)| s);
            let t = pk.pick(secs.len());
            let len = secs[t].items.len() - usize::from(from == t);
            Edit::MoveItem {
                id,
                section: secs[t].id,
                index: pk.pick(len + 1),
            }
        }
        11 if !items.is_empty() => Edit::SetItem {
            id: items[pk.pick(items.len())],
            change: change(pk),
        },
        12 => {
            let mut source = pool[pk.pick(pool.len())].clone();
            source.id = p.fresh_source_id();
            Edit::InsertSource {
                index: pk.pick(p.sources.len() + 1),
                source,
            }
        }
        13 if !unused.is_empty() => Edit::RemoveSource {
            id: unused[pk.pick(unused.len())],
        },
        _ => Edit::SetField {
            field: FIELDS[pk.pick(FIELDS.len())],
            value: pk.word(),
        },
    }
}

/// An edit that cannot apply to `p`.
pub fn invalid(p: &Project, pool: &[Source], pk: &mut Picker) -> Edit {
    let secs = &p.briefing.sections;
    let items = item_ids(p);
    let ghost_item = ItemId(GHOST);
    let ghost_section = SectionId(GHOST);
    let any_section = secs.first().map_or(SectionId(1), |s| s.id);
    match pk.pick(13) {
        0 => Edit::RemoveItem { id: ghost_item },
        1 => Edit::SetItem {
            id: ghost_item,
            change: change(pk),
        },
        2 => Edit::MoveItem {
            id: ghost_item,
            section: any_section,
            index: 0,
        },
        3 => Edit::RenameSection {
            id: ghost_section,
            title: pk.word(),
        },
        4 => Edit::RemoveSection { id: ghost_section },
        5 if !secs.is_empty() => Edit::MoveSection {
            id: secs[pk.pick(secs.len())].id,
            to: secs.len() + pk.pick(2),
        },
        6 => Edit::InsertSection {
            index: secs.len() + 1 + pk.pick(2),
            section: new_section(p, p.fresh_section_id(), pk),
        },
        7 if !secs.is_empty() => Edit::InsertSection {
            index: 0,
            section: new_section(p, secs[pk.pick(secs.len())].id, pk),
        },
        8 if !secs.is_empty() && !p.sources.is_empty() => {
            let s = &secs[pk.pick(secs.len())];
            let mut item = new_item(p, p.fresh_item_id(), pk);
            let mut index = pk.pick(s.items.len() + 1);
            match (pk.pick(4), items.first()) {
                (0, Some(&used)) => item.id = used,
                (1, _) => item.provenance.source = SourceId(GHOST),
                (2, _) => index = s.items.len() + 1,
                _ => {
                    return Edit::InsertItem {
                        section: ghost_section,
                        index: 0,
                        item,
                    };
                }
            }
            Edit::InsertItem {
                section: s.id,
                index,
                item,
            }
        }
        9 if !p.sources.is_empty() => Edit::InsertSource {
            index: 0,
            source: p.sources[pk.pick(p.sources.len())].clone(),
        },
        10 => {
            let cited = p.sources.iter().find(|s| p.uses_of(s.id) > 0);
            Edit::RemoveSource {
                id: cited.map_or(SourceId(GHOST), |s| s.id),
            }
        }
        11 if !items.is_empty() => {
            let t = pk.pick(secs.len());
            Edit::MoveItem {
                id: items[pk.pick(items.len())],
                section: secs[t].id,
                index: secs[t].items.len() + 1,
            }
        }
        12 if !p.sources.is_empty() => {
            // Two new items sharing one fresh id.
            let id = p.fresh_item_id();
            let mut section = new_section(p, p.fresh_section_id(), pk);
            section.items = vec![new_item(p, id, pk), new_item(p, id, pk)];
            Edit::InsertSection { index: 0, section }
        }
        _ => Edit::InsertSource {
            index: p.sources.len() + 1,
            source: pool[0].clone(),
        },
    }
}

/// A section with id `id` and 0–2 new items (when the project has sources).
fn new_section(p: &Project, id: SectionId, pk: &mut Picker) -> Section {
    let n = if p.sources.is_empty() { 0 } else { pk.pick(3) };
    let first = p.fresh_item_id().0;
    Section {
        id,
        title: pk.word(),
        items: (0..n as u64)
            .map(|k| new_item(p, ItemId(first + k), pk))
            .collect(),
    }
}

/// A new item from one of the project's sources: sentences, a detected quote or any span.
fn new_item(p: &Project, id: ItemId, pk: &mut Picker) -> Item {
    let src = &p.sources[pk.pick(p.sources.len())];
    let a = &src.article;
    let item = match pk.pick(3) {
        0 => {
            let first = pk.pick(a.sentences.len());
            let last = (first + pk.pick(3)).min(a.sentences.len() - 1);
            Item::from_sentences(id, src, first, last)
        }
        1 => Item::from_quote(id, src, pk.pick(a.quotes.len())),
        _ => {
            let start = floor(&a.text, pk.pick(a.text.len()));
            let end = floor(&a.text, (start + 1 + pk.pick(60)).min(a.text.len()));
            Item::fact(id, src, start, end)
        }
    };
    let fallback = || Item::from_sentences(id, src, 0, 0);
    item.or_else(fallback)
        .expect("fixture articles have sentences")
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn change(pk: &mut Picker) -> ItemChange {
    match pk.pick(5) {
        0 => ItemChange::Kind([ItemKind::Fact, ItemKind::Quote][pk.pick(2)]),
        1 => ItemChange::Speaker(pk.maybe_word()),
        2 => ItemChange::Note(pk.maybe_word()),
        3 => ItemChange::Paraphrase(pk.maybe_word()),
        _ => ItemChange::Tags((0..pk.pick(3)).map(|_| pk.word()).collect()),
    }
}
