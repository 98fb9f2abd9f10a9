//! Tests for quotation detection and attribution: the two seed articles and small
//! invented paragraphs for each mark style and cue pattern ([`patterns`]: more cue
//! patterns, Korean and Japanese; [`posts`]: speakers known by their post; [`fuzz`]:
//! adversarial input).

use super::find_quotes;
use crate::article::{ParaKind, Paragraph, Quote, Sentence};

mod fuzz;
mod patterns;
mod posts;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/");

/// Joins paragraphs with "\n\n"; paragraphs starting with "This photo" are captions.
pub(super) fn build(paras: &[String]) -> (String, Vec<Paragraph>, Vec<Sentence>) {
    let mut text = String::new();
    let mut ps = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        let kind = if p.starts_with("This photo") {
            ParaKind::Caption
        } else {
            ParaKind::Body
        };
        ps.push(Paragraph {
            start,
            end: text.len(),
            kind,
            source_line: i + 1,
        });
    }
    let sentences = split(&text, &ps);
    (text, ps, sentences)
}

/// A naive sentence splitter: after `.!?` (and closing quotes), before a capital or an
/// opening quote, unless the word is a known abbreviation or an initial.
fn split(text: &str, paras: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let s = &text[p.start..p.end];
        let mut start = 0;
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        for k in 0..chars.len() {
            let (i, c) = chars[k];
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let mut j = k + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
                j += 1;
            }
            let next = chars.get(j + 1).map(|x| x.1);
            let opens = next.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '«'));
            let word = s[..i].rsplit(' ').next().unwrap_or("");
            let abbrev = ["Mr", "Mrs", "Dr", "U.S", "St"].contains(&word) || word.len() == 1;
            if chars.get(j).is_some_and(|x| x.1 == ' ') && opens && !abbrev {
                let end = chars[j].0;
                out.push(sentence(text, p.start + start, p.start + end, pi));
                start = end + 1;
            }
        }
        out.push(sentence(text, p.start + start, p.end, pi));
    }
    out
}

fn sentence(text: &str, start: usize, end: usize, paragraph: usize) -> Sentence {
    Sentence {
        start,
        end,
        paragraph,
        text: text[start..end].to_string(),
    }
}

/// Runs [`find_quotes`] on paragraphs built from `paras` and checks the invariants.
pub(super) fn run(paras: &[&str]) -> Vec<Quote> {
    let owned: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    let (text, ps, ss) = build(&owned);
    let qs = find_quotes(&text, &ps, &ss);
    check(&text, ps.len(), &qs);
    qs
}

/// The output invariants every input must satisfy.
pub(super) fn check(text: &str, n_paras: usize, qs: &[Quote]) {
    let mut prev_end = 0;
    for q in qs {
        assert!(q.start <= q.end && q.end <= text.len(), "{q:?}");
        assert!(q.start >= prev_end, "order {q:?}");
        assert!(!q.parts.is_empty() && q.paragraph < n_paras);
        assert_eq!(
            (q.start, q.end),
            (q.parts[0].start, q.parts[q.parts.len() - 1].end)
        );
        let pieces: Vec<&str> = q.parts.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(q.text, pieces.join("\n\n"));
        prev_end = q.end;
    }
}

/// The quote whose text starts with `prefix` (panics when there is none).
pub(super) fn find<'a>(qs: &'a [Quote], prefix: &str) -> &'a Quote {
    qs.iter()
        .find(|q| q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no quote {prefix:?} in {qs:#?}"))
}

/// The speaker of the quote whose text starts with `prefix`.
pub(super) fn speaker(qs: &[Quote], prefix: &str) -> Option<String> {
    find(qs, prefix).speaker.clone()
}

/// Reads a seed and reflows it: drops the listed lines, joins each paragraph's lines.
fn seed(name: &str, drop: &[&str]) -> Option<Vec<String>> {
    let Ok(raw) = std::fs::read_to_string(format!("{SEEDS}{name}")) else {
        eprintln!("skipping: seed {name} not found under {SEEDS}");
        return None;
    };
    let mut paras = Vec::new();
    for block in raw.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let lines: Vec<&str> = lines
            .into_iter()
            .filter(|l| !drop.iter().any(|d| l.starts_with(d)))
            .collect();
        if !lines.is_empty() {
            paras.push(lines.join(" "));
        }
    }
    Some(paras)
}

#[test]
fn seed_000_yonhap() {
    let drop = [
        "Go to Contents",
        "(News Focus)",
        "Diplomacy 15:29",
        "By Song",
        "Send Feedback",
    ];
    let drop = [&drop[..], &["How can we", "Thanks for your"]].concat();
    let Some(paras) = seed("000_c764180477714299.txt", &drop) else {
        return;
    };
    let (text, ps, ss) = build(&paras);
    let qs = find_quotes(&text, &ps, &ss);
    check(&text, ps.len(), &qs);
    assert_eq!(qs.len(), 4, "{qs:#?}");
    let q = find(&qs, "I believe (this summit)");
    assert_eq!(q.speaker.as_deref(), Some("Kim Jong-un"));
    assert!(!q.partial && q.closed);
    assert!(q.text.ends_with("forward-looking one,"));
    assert_eq!(
        speaker(&qs, "On the occasion of"),
        Some("Vladimir Putin".into())
    );
    assert!(!find(&qs, "On the occasion of").partial);
    assert_eq!(
        speaker(&qs, "It is fair to say"),
        Some("Park Won-gon".into())
    );
    let q = find(&qs, "low-yield");
    assert!(q.partial && q.closed && q.speaker.is_none());
    // Without sentences (pronouns fall back to paragraphs) the result is the same.
    let bare = find_quotes(&text, &ps, &[]);
    assert_eq!(bare, qs);
}

#[test]
fn seed_003_afp() {
    let drop = [
        "BFF-20",
        "Kim, Putin vow to seek closer ties",
        "MORE/MSY",
        "BSS/AFP/MSY",
    ];
    let Some(paras) = seed("003_45c4e983dc4e0401.txt", &drop) else {
        return;
    };
    let (text, ps, ss) = build(&paras);
    let qs = find_quotes(&text, &ps, &ss);
    check(&text, ps.len(), &qs);
    assert_eq!(qs.len(), 8, "{qs:#?}");
    let kim = Some("Kim Jong Un".to_string());
    let putin = Some("Vladimir Putin".to_string());
    let q = find(&qs, "I think it will be a very useful meeting");
    assert!(!q.partial && q.closed && q.speaker == kim);
    let q = find(&qs, "As the world is focused");
    assert!(!q.partial && q.closed && q.speaker == kim);
    let q = find(&qs, "I am confident that your visit");
    assert!(!q.partial && q.closed && q.speaker == putin);
    let q = find(&qs, "In terms of bilateral relations");
    assert!(!q.partial && !q.closed && q.speaker == putin);
    assert_eq!(q.end, ps[q.paragraph].end);
    let q = find(&qs, "countries claiming sole global leadership");
    assert!(q.partial && q.speaker == putin);
    let q = find(&qs, "They carelessly trample");
    assert!(!q.partial && q.closed && q.speaker == putin);
    let q = find(&qs, "bumpy");
    assert!(q.partial && q.speaker.as_deref() == Some("Mike Pompeo"));
    let q = find(&qs, "a political and diplomatic solution");
    assert!(q.partial && q.speaker.as_deref() == Some("Kremlin"));
    assert!(q.text.ends_with("Korean Peninsula"));
}

#[test]
fn guillemets_and_german_marks() {
    let qs = run(&[
        "Foreign Minister Sergei Lavrov arrived on Monday.",
        "«We are ready for talks», Lavrov told reporters, calling the plan «a dead end».",
        "German Chancellor Angela Merkel said: „Wir schaffen das“. »Das ist gut«, sagte Merkel.",
    ]);
    assert_eq!(qs.len(), 4, "{qs:#?}");
    let q = find(&qs, "We are ready for talks");
    assert!(!q.partial && q.closed && q.speaker.as_deref() == Some("Sergei Lavrov"));
    let q = find(&qs, "a dead end");
    assert!(q.partial && q.speaker.as_deref() == Some("Sergei Lavrov"));
    let q = find(&qs, "Wir schaffen das");
    assert!(!q.partial && q.speaker.as_deref() == Some("Angela Merkel"));
    assert_eq!(speaker(&qs, "Das ist gut"), Some("Angela Merkel".into()));
}

#[test]
fn nested_single_quotes_and_apostrophes() {
    let qs = run(&[
        "Kim’s aide Choe Son Hui spoke after the countries’ leaders met.",
        "“The talks were ‘useful’ and Kim’s team said ‘let’s go’ twice,” Choe said. It's Choe's call.",
        "\"They called it 'the deal of the century' and the allies' reply was 'no',\" she added.",
    ]);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    let q = find(&qs, "The talks were");
    assert!(q.text.ends_with("twice,") && q.speaker.as_deref() == Some("Choe Son Hui"));
    let q = find(&qs, "They called it");
    assert!(q.text.ends_with("was 'no',"), "{q:?}");
    assert_eq!(q.speaker.as_deref(), Some("Choe Son Hui"));
}

#[test]
fn straight_multi_paragraph_continuation() {
    let qs = run(&[
        "Bank of Korea Governor Rhee Chang-yong spoke in Seoul.",
        "\"Inflation is easing faster than expected.",
        "\"But we will stay vigilant,\" Rhee said.",
        "\"Rates stay on hold.",
        "Analysts expect a cut in May.",
    ]);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    let q = &qs[0];
    assert_eq!(q.parts.len(), 2);
    assert_eq!(
        q.text,
        "Inflation is easing faster than expected.\n\nBut we will stay vigilant,"
    );
    assert!(q.closed && !q.partial && q.paragraph == 1);
    assert_eq!(q.speaker.as_deref(), Some("Rhee Chang-yong"));
    let q = &qs[1];
    assert!(!q.closed && q.parts.len() == 1 && q.speaker.as_deref() == Some("Rhee Chang-yong"));
}

#[test]
fn according_to_and_apposition() {
    let qs = run(&[
        "The talks are \"on track,\" according to Japanese Prime Minister Fumio Kishida.",
        "\"We will not back down,\" said John Kirby, a spokesman for the White House.",
        "Jane Doe, a professor at Seoul National University, said: \"Nobody expected this.\"",
        "\"It is over,\" officials said.",
    ]);
    assert_eq!(speaker(&qs, "on track"), Some("Fumio Kishida".into()));
    assert!(find(&qs, "on track").partial);
    assert_eq!(
        speaker(&qs, "We will not back down"),
        Some("John Kirby".into())
    );
    assert_eq!(speaker(&qs, "Nobody expected"), Some("Jane Doe".into()));
    assert!(!find(&qs, "Nobody expected").partial);
    assert_eq!(speaker(&qs, "It is over"), None);
}

#[test]
fn she_and_they_pronouns() {
    let qs = run(&[
        "Her brother was absent. Kim Yo Jong issued a statement on Tuesday.",
        "\"We are watching closely,\" she said.",
        "The Foreign Ministry said on Monday it was ready. \"We remain open to talks,\" they said.",
        "\"Nothing has changed,\" it added.",
        "\"Nobody is named here,\" he said.",
    ]);
    assert_eq!(speaker(&qs, "We are watching"), Some("Kim Yo Jong".into()));
    assert_eq!(
        speaker(&qs, "We remain open"),
        Some("Foreign Ministry".into())
    );
    assert_eq!(
        speaker(&qs, "Nothing has changed"),
        Some("Foreign Ministry".into())
    );
    assert_eq!(speaker(&qs, "Nobody is named"), Some("Kim Yo Jong".into()));
}

#[test]
fn pronouns_skip_captions_possessives_and_quoted_names() {
    let mut paras: Vec<String> = [
        "North Korean leader Kim Jong Un’s sister Kim Yo Jong issued a statement.",
        "This photo shows President Moon Jae-in in Seoul.",
        "“We will respond,” she said, after “Trump and Moon” were mentioned.",
        "“Talks are dead,” she added.",
    ]
    .map(String::from)
    .to_vec();
    paras.push("Titles: “I am Moon,” he said.".to_string());
    let (text, ps, ss) = build(&paras);
    assert_eq!(ps[1].kind, ParaKind::Caption);
    let qs = find_quotes(&text, &ps, &ss);
    check(&text, ps.len(), &qs);
    assert_eq!(speaker(&qs, "We will respond"), Some("Kim Yo Jong".into()));
    assert_eq!(speaker(&qs, "Talks are dead"), Some("Kim Yo Jong".into()));
    // Gender is not modelled: "he" also takes the nearest named person.
    assert_eq!(speaker(&qs, "I am Moon"), Some("Kim Yo Jong".into()));
}
