//! Fuzzes the whole inspect pipeline with arbitrary bytes under each format's file name,
//! checking the span invariants the JSON contract promises.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.first() {
        Some(b) if b % 3 == 0 => ("a.md", &data[1..]),
        Some(b) if b % 3 == 1 => ("a.html", &data[1..]),
        Some(_) => ("a.txt", &data[1..]),
        None => ("a.txt", data),
    };
    if let Ok(a) = briefing::import_bytes(name, bytes) {
        let t = &a.text;
        let ok = |s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
        let mut prev = 0;
        for p in &a.paragraphs {
            assert!(ok(p.start, p.end) && p.start >= prev);
            prev = p.end;
        }
        let mut prev = 0;
        for s in &a.sentences {
            assert!(ok(s.start, s.end) && s.start >= prev);
            prev = s.end;
        }
        for q in &a.quotes {
            assert!(ok(q.start, q.end));
            for part in &q.parts {
                assert!(ok(part.start, part.end));
            }
        }
        let _ = serde_json::to_string(&a);
    }
});
