//! Property tests over arbitrary input: the pipeline never panics, and every span it
//! returns lies inside the text, on char boundaries, in order and without overlap.

use briefing::Article;
use proptest::prelude::*;

/// Checks every structural invariant of an imported article.
pub fn check_invariants(a: &Article) {
    let t = &a.text;
    let ok = |s: usize, e: usize| {
        s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e)
    };
    let mut prev_end = 0;
    for (i, p) in a.paragraphs.iter().enumerate() {
        assert!(ok(p.start, p.end), "paragraph {i} span");
        assert!(p.start >= prev_end, "paragraphs ordered");
        assert!(p.end > p.start, "paragraph {i} empty");
        if i > 0 {
            assert_eq!(
                &t[prev_end..p.start],
                "\n\n",
                "one blank line between paragraphs"
            );
        }
        prev_end = p.end;
    }
    assert_eq!(prev_end, t.len(), "the text ends with the last paragraph");
    let mut prev = 0;
    for s in &a.sentences {
        assert!(ok(s.start, s.end), "sentence span");
        assert!(
            s.start >= prev && s.end > s.start,
            "sentences ordered, non-empty"
        );
        let p = &a.paragraphs[s.paragraph];
        assert!(
            s.start >= p.start && s.end <= p.end,
            "sentence inside its paragraph"
        );
        assert_eq!(s.text, t[s.start..s.end]);
        prev = s.end;
    }
    let mut prev = 0;
    for q in &a.quotes {
        assert!(ok(q.start, q.end), "quote span");
        assert!(q.start >= prev, "quotes ordered");
        prev = q.start;
        assert!(q.paragraph < a.paragraphs.len());
        for part in &q.parts {
            assert!(ok(part.start, part.end), "quote part span");
            assert!(part.start >= q.start && part.end <= q.end);
        }
    }
}

fn newsy() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("U.S.".to_owned()),
        Just("Dr.".to_owned()),
        Just("\"".to_owned()),
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("«".to_owned()),
        Just("„".to_owned()),
        Just("…".to_owned()),
        Just("...".to_owned()),
        Just(". ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just(" – ".to_owned()),
        Just("-\n".to_owned()),
        Just("SEOUL, April 25 (Yonhap) -- ".to_owned()),
        Just("By Kim Min-ji\n".to_owned()),
        Just("MORE/MSY/1117 hrs\n".to_owned()),
        Just("he said.".to_owned()),
        Just("said Park Won-gon, a professor".to_owned()),
        Just("– Heading –".to_owned()),
        Just("(Yonhap)".to_owned()),
        Just("5.5".to_owned()),
        "[A-Za-z]{1,12}",
        "[가-힣]{1,4}",
        "\\PC{1,3}",
        " ",
    ];
    prop::collection::vec(token, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn news_like_text_keeps_invariants(text in newsy(), ext in prop_oneof![Just("txt"), Just("md"), Just("html")]) {
        if let Ok(a) = briefing::import_bytes(&format!("a.{ext}"), text.as_bytes()) {
            check_invariants(&a);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(a) = briefing::import_bytes("a.txt", &bytes) {
            check_invariants(&a);
        }
    }

    #[test]
    fn arbitrary_unicode_keeps_invariants(text in "\\PC{0,400}") {
        if let Ok(a) = briefing::import_bytes("a.txt", text.as_bytes()) {
            check_invariants(&a);
        }
    }
}

#[test]
fn fixtures_keep_invariants() {
    for e in std::fs::read_dir(crate::fixture("articles")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            continue;
        }
        check_invariants(&briefing::import_file(&p).unwrap());
    }
}
