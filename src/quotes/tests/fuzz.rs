//! Adversarial and random input: no panic, sane output, invariants hold.

use super::{build, check, find_quotes, run};
use crate::article::{ParaKind, Paragraph, Quote, Sentence};

#[test]
fn adversarial_input_is_sane() {
    let many = "“a".repeat(1000);
    let qs = run(&[
        &many,
        "\"",
        "“",
        "»",
        "’ ' ‘",
        "«“„‹\"'‘’›”»",
        "5'11\" tall and 6\" wide",
        "x\"y\"z",
    ]);
    assert_eq!(qs[0].paragraph, 0);
    // Paragraphs 1-3 open with a mark, so they continue the unclosed quote.
    assert!(!qs[0].closed && qs[0].parts.len() == 4 && qs[0].parts[0].end == many.len());
    assert!(qs.iter().all(|q| !q.text.is_empty()));
    assert!(run(&["", "\"\"", "“ ”"]).is_empty());
    let (text, ps, ss) = build(&["«»".repeat(500), "„‚‘’‛‟".repeat(300)]);
    check(&text, ps.len(), &find_quotes(&text, &ps, &ss));
    assert!(find_quotes("", &[], &[]).is_empty());
    let text = "é“ab”é";
    let bad = Paragraph {
        start: 1,
        end: 99,
        kind: ParaKind::Body,
        source_line: 0,
    };
    let sent = Sentence {
        start: 7,
        end: 2,
        paragraph: 5,
        text: String::new(),
    };
    let qs = find_quotes(text, &[bad, bad], &[sent]);
    check(text, 2, &qs);
    assert_eq!(qs.len(), 1);
}

/// Random mixes of marks, letters, names and cue words, with random (often invalid)
/// paragraph and sentence spans: no panic, invariants hold.
#[test]
fn fuzz_random_input() {
    let atoms = [
        "\"",
        "“",
        "”",
        "«",
        "»",
        "‹",
        "›",
        "„",
        "‘",
        "’",
        "'",
        " ",
        " ",
        "a",
        "Kim",
        " said",
        " he",
        ",",
        ".",
        ":",
        "\n\n",
        "é",
        "Putin ",
        "according to ",
        "的",
        "—",
        "「",
        "」",
        "『",
        "』",
        "박정호 ",
        "은 ",
        "고",
        "と",
        "社長は",
        "。",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut rnd = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..4000 {
        let text: String = (0..rnd(60)).map(|_| atoms[rnd(atoms.len())]).collect();
        let n = text.len() + 3;
        let mut ps: Vec<Paragraph> = (0..rnd(5))
            .map(|_| Paragraph {
                start: rnd(n),
                end: rnd(n),
                kind: ParaKind::Body,
                source_line: 0,
            })
            .collect();
        if rnd(2) == 0 {
            ps = vec![Paragraph {
                start: 0,
                end: text.len(),
                kind: ParaKind::Body,
                source_line: 0,
            }];
        }
        let ss: Vec<Sentence> = (0..rnd(4))
            .map(|_| Sentence {
                start: rnd(n),
                end: rnd(n),
                paragraph: rnd(9),
                text: String::new(),
            })
            .collect();
        let qs = find_quotes(&text, &ps, &ss);
        check(&text, ps.len(), &qs);
        let aligned = |q: &Quote| text.is_char_boundary(q.start) && text.is_char_boundary(q.end);
        assert!(qs.iter().all(aligned));
    }
}
