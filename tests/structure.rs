//! Paragraph kinds as structure: what crossheads and captions are to later stages.

use briefing::corroborate::{Kind, compare};
use briefing::{Article, ParaKind, import_file};

/// Crossheads and captions keep their sentences (the reader selects them like any
/// text), but as structure: their paragraphs say so, and corroboration compares none of
/// them as facts.
#[test]
fn crossheads_and_captions_are_structure_not_facts() {
    let afp = import_file(&crate::fixture("corroboration/03-dockworkers-strike/a.txt")).unwrap();
    let bbc = import_file(&crate::fixture("corroboration/11-city-protests/a.html")).unwrap();
    let kinds = |a: &Article, kind| {
        let ps: Vec<usize> = (0..a.paragraphs.len())
            .filter(|&i| a.paragraphs[i].kind == kind)
            .collect();
        ps
    };
    assert_eq!(
        kinds(&afp, ParaKind::Crosshead).len(),
        1,
        "– Diverted cargo –"
    );
    assert_eq!(kinds(&bbc, ParaKind::Crosshead).len(), 1);
    assert_eq!(kinds(&bbc, ParaKind::Caption).len(), 1);
    let c = compare(&[&afp, &bbc]);
    for (i, a) in [&afp, &bbc].into_iter().enumerate() {
        let structure: Vec<usize> = [ParaKind::Crosshead, ParaKind::Caption]
            .into_iter()
            .flat_map(|k| kinds(a, k))
            .collect();
        assert!(
            a.sentences.iter().any(|s| structure.contains(&s.paragraph)),
            "their sentences stay selectable"
        );
        for s in &c.statements[c.statements_of(i)] {
            let para = a.sentences[s.sentences.start].paragraph;
            assert!(
                !(s.kind == Kind::Fact && structure.contains(&para)),
                "{:?} is structure, not a fact",
                s.text
            );
        }
    }
}
