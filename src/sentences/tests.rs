//! Unit tests for the sentences module.
use super::split;

/// Each case is a paragraph with ` | ` where a break must fall (and nowhere else).
fn check(cases: &[&str]) {
    for case in cases {
        let text = case.replace(" | ", " ");
        let got: Vec<&str> = split(&text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, case.split(" | ").collect::<Vec<_>>(), "in {case:?}");
    }
}

#[test]
fn abbreviations_and_initials() {
    check(&[
        "Kim met U.S. President Donald Trump and the U.N. Security Council.",
        "U.S.-led sanctions hurt. | Dr. Smith, Mr. Lee, Gen. Paul LaCamera and Sen. Chuck Schumer spoke.",
        "It was signed by H.R. McMaster at John F. Kennedy airport and J.P. Morgan.",
        "Samsung Electronics Co. Chairman Lee and Apple Inc. and Microsoft Corp. agreed.",
        "The law takes effect Jan. 1 and Feb. 14, ranked No. 2 in St. Petersburg.",
        "They sent e.g. chips, i.e. memory, etc. in Smith vs. Jones.",
        "It flew 350 km. north at 9 a.m. Monday, 5 p.m. EDT (2100 GMT) or 7 a.m. Seoul time.",
        "It ranges from 500 kilometers to 5,500 km. | Washington has long claimed that.",
        "It is not approved in the U.S. | It is expected later.",
        "The deal went to Broadcom Inc. | The price was $61 billion.",
        "They sent blankets, food, etc. | Volunteers can sign up.",
        "The fire broke out before 3 a.m. | Police are investigating.",
        "Brennberg beat 1. FC Talheim 2-1 and 1. FSV Mainz 05 lost. | Fans cheered.",
        "His lawyer, Av. Sinan Eroglu, said he would appeal.",
    ]);
}

#[test]
fn numbers_ellipses_quotes_and_brackets() {
    check(&[
        "Exports rose 5.5 percent to $25 million, or 3.14 times 1,000.5 tonnes. | It rose 2.5%.",
        "\"They share the difficulties (posed by the U.S.) ... I think both agree,\" he said.",
        "“I am confident that your visit… will help us,” Putin said. | He paused ... and went on.",
        "Investors had hoped for a quick deal... | But there was none. | The list goes on…",
        "\"Go home,\" he said. | \"Why?\" he asked. | “Where to go?” asked Fatima.",
        "\"What happens now?\" Smith asked. | \"Enough!\" Prime Minister Rishi Sunak told parliament.",
        "He said: \"It is over.\" | Then he left. | “It is over.” | Then he left.",
        "\"It's not about money. | It's about respect,\" he said. | She called it 'a disaster.'",
        "It would cut funding by a third. | (The White House declined to comment.) | It must pass.",
        "Will the Fed cut rates in June? | Traders are divided. | They chanted \"Never!\"",
        "The vote was held on April 25, 2019. (Yonhap)",
        "The ministry will announce the package later this month. (END)",
    ]);
}

#[test]
fn truncated_copy_and_ranges() {
    check(&[
        "Russia provided aid. | Pyongyang has asked Russia to continue to employ its",
        "“In terms of bilateral relations, we have a lot to do to develop economic",
        "Line one. | Line two\nstill two.",
    ]);
    let text = "Headline\n\n  It began. It ended.  \n\nNext";
    let got: Vec<_> = split(text, 10..33).into_iter().map(|r| &text[r]).collect();
    assert_eq!(got, ["It began.", "It ended."]);
    #[allow(clippy::reversed_empty_ranges)] // a reversed `para` must not panic either
    let reversed = split(text, 9..3);
    assert!(split(text, 5..5).is_empty() && reversed.is_empty());
    assert!(split("   ", 0..3).is_empty());
}

#[test]
fn never_panics_and_keeps_invariants() {
    let pieces = [
        "U.S.",
        " ",
        "…",
        "...",
        "\"",
        "“",
        "”",
        "’",
        "'",
        "?",
        "!",
        ".",
        "Dr.",
        "a.m.",
        "The",
        "km.",
        "é",
        "한국",
        "(Yonhap)",
        "\n",
        "\u{a0}",
        ")",
        "«",
        "»",
        "1,000.5",
        "x",
        "…\"",
        "Ö",
        "?\"",
        " Kim said",
        "—",
        "\u{1F600}",
        "\t",
        "I",
        "Inc.",
        "abcdefghijklmnopq",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    for _ in 0..20_000 {
        let s: String = (0..rand() % 14)
            .map(|_| pieces[rand() % pieces.len()])
            .collect();
        let cuts: Vec<usize> = (0..=s.len()).filter(|&c| s.is_char_boundary(c)).collect();
        let a = cuts[rand() % cuts.len()];
        let z = cuts[rand() % cuts.len()].max(a);
        let mut last = a;
        for r in split(&s, a..z) {
            assert!(
                r.start >= last && r.start < r.end && r.end <= z,
                "{s:?} {r:?}"
            );
            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            assert_eq!(s[r.clone()].trim(), &s[r.clone()]);
            last = r.end;
        }
    }
}

/// Exact-match accuracy on the labelled set: one gold sentence per line, paragraphs
/// separated by a blank line; each paragraph's lines are joined with single spaces.
#[test]
fn gold_accuracy() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sentences/gold.txt"
    );
    let gold = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut text, mut paras, mut want) = (String::new(), Vec::new(), Vec::new());
    for para in gold.split("\n\n").filter(|p| !p.trim().is_empty()) {
        text.push_str(if text.is_empty() { "" } else { "\n\n" });
        let start = text.len();
        for (n, line) in para.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            text.push_str(if n > 0 { " " } else { "" });
            want.push(text.len()..text.len() + line.len());
            text.push_str(line);
        }
        paras.push(start..text.len());
    }
    let got: std::collections::HashSet<_> = paras
        .iter()
        .flat_map(|p| split(&text, p.clone()))
        .map(|r| (r.start, r.end))
        .collect();
    let misses: Vec<_> = want
        .iter()
        .filter(|r| !got.contains(&(r.start, r.end)))
        .collect();
    let accuracy = 1.0 - misses.len() as f64 / want.len() as f64;
    println!(
        "exact accuracy {accuracy:.4} on {} gold sentences",
        want.len()
    );
    for m in &misses {
        println!("  miss: {}", &text[(*m).clone()]);
    }
    assert!(
        want.len() >= 250 && accuracy >= 0.97,
        "accuracy {accuracy:.4}"
    );
}
