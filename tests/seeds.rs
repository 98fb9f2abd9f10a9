//! The two real articles in `../shared/seeds/` (a Yonhap web page and a BSS-distributed
//! AFP wire). These are the inputs the product is judged on; the tests skip cleanly when
//! the seeds are not beside the checkout.

use briefing::{Article, ParaKind};

fn seed(prefix: &str) -> Option<Article> {
    let Some(dir) = crate::seeds_dir() else {
        eprintln!("skipping: ../shared/seeds not found");
        return None;
    };
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))?;
    Some(briefing::import_file(&path).unwrap())
}

fn quote<'a>(a: &'a Article, starts: &str) -> &'a briefing::Quote {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", a.quotes))
}

fn removed(a: &Article, text: &str) -> String {
    a.removed
        .iter()
        .find(|r| r.text == text)
        .unwrap_or_else(|| panic!("{text:?} not reported removed"))
        .reason
        .clone()
}

#[test]
fn yonhap_seed() {
    let Some(a) = seed("000_") else { return };
    let m = &a.meta;
    assert_eq!(
        m.headline.as_deref(),
        Some("Kim, Putin begin to build rapport amid uncertainties in ties with U.S.")
    );
    assert_eq!(m.label.as_deref(), Some("News Focus"));
    assert_eq!(m.source.as_deref(), Some("Yonhap"));
    assert_eq!(m.byline.as_deref(), Some("Song Sang-ho"));
    assert_eq!(
        m.dateline.as_deref(),
        Some("VLADIVOSTOK, April 25 (Yonhap) --")
    );
    assert_eq!(m.published.as_deref(), Some("2019-04-25"));
    assert_eq!(m.category.as_deref(), Some("Diplomacy"));
    assert_eq!(
        removed(&a, "Go to Contents Go to Navigation"),
        "site navigation"
    );
    for l in [
        "Send Feedback",
        "How can we improve?",
        "Thanks for your feedback!",
    ] {
        assert_eq!(removed(&a, l), "feedback widget");
    }
    assert!(!a.text.contains("Send Feedback") && !a.text.contains("Go to Contents"));
    let captions: Vec<_> = a
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParaKind::Caption)
        .collect();
    assert_eq!(captions.len(), 1);
    assert!(a.text[captions[0].start..].starts_with("This photo released by"));
    // The lede sentence starts after the dateline; "km." ends a sentence, "U.S." does not.
    assert!(a.sentences[0].text.starts_with("With warm pleasantries"));
    assert!(
        a.sentences
            .iter()
            .any(|s| s.text.ends_with("from 500 kilometers to 5,500 km."))
    );
    assert!(
        a.sentences
            .iter()
            .any(|s| s.text.starts_with("Washington has long claimed"))
    );
    assert!(a.sentences.iter().any(|s| {
        s.text.starts_with("Kim was expected to rally")
            && s.text
                .ends_with("U.S. President Donald Trump in Hanoi in February.")
    }));

    let q = quote(&a, "I believe (this summit)");
    assert_eq!(
        (q.speaker.as_deref(), q.partial, q.closed),
        (Some("Kim Jong-un"), false, true)
    );
    assert_eq!(
        quote(&a, "On the occasion of").speaker.as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        quote(&a, "It is fair to say").speaker.as_deref(),
        Some("Park Won-gon")
    );
    let q = quote(&a, "low-yield");
    assert!(q.partial);
    assert_eq!(q.speaker, None);
}

#[test]
fn afp_seed() {
    let Some(a) = seed("003_") else { return };
    let m = &a.meta;
    assert_eq!(
        m.headline.as_deref(),
        Some("Kim, Putin vow to seek closer ties at first talks")
    );
    assert_eq!(
        (m.source.as_deref(), m.via.as_deref()),
        (Some("AFP"), Some("BSS"))
    );
    assert_eq!(
        m.dateline.as_deref(),
        Some("VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) –")
    );
    assert_eq!(m.published.as_deref(), Some("2019-04-25"));
    assert_eq!(
        removed(
            &a,
            "BFF-20, 21 Kim, Putin vow to seek closer ties at first talks"
        ),
        "wire slug"
    );
    assert_eq!(removed(&a, "MORE/MSY/1117 hrs"), "wire trailer");
    assert_eq!(removed(&a, "BSS/AFP/MSY/1117 hrs"), "wire trailer");
    let heads: Vec<&str> = a
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParaKind::Crosshead)
        .map(|p| &a.text[p.start..p.end])
        .collect();
    assert_eq!(
        heads,
        ["– North Korean labourers –", "– Soviet-era allies –"]
    );
    // Hard wraps are reflowed; the real hyphen in "then-president" is kept.
    assert!(
        a.text
            .contains("Russian President Vladimir Putin and North Korean leader Kim Jong Un vowed")
    );
    assert!(
        a.text
            .contains("Kim Jong Il told then-president Dmitry Medvedev")
    );
    assert!(
        a.text
            .contains("in February.\n\n– North Korean labourers –\n\n")
    );
    assert!(
        a.sentences[0]
            .text
            .starts_with("Russian President Vladimir Putin and North Korean")
    );
    // Every paragraph keeps the line it started on.
    let p = a
        .paragraphs
        .iter()
        .find(|p| a.text[p.start..].starts_with("– Soviet-era"))
        .unwrap();
    assert_eq!(p.source_line, 89);

    let q = quote(&a, "I think it will be a very useful meeting");
    assert_eq!(q.speaker.as_deref(), Some("Kim Jong Un"));
    assert_eq!(
        quote(&a, "As the world is focused").speaker.as_deref(),
        Some("Kim Jong Un")
    );
    let q = quote(&a, "I am confident that your visit");
    assert_eq!(
        (q.speaker.as_deref(), q.closed),
        (Some("Vladimir Putin"), true)
    );
    let q = quote(&a, "In terms of bilateral relations");
    assert_eq!(
        (q.speaker.as_deref(), q.closed),
        (Some("Vladimir Putin"), false)
    );
    let q = quote(&a, "countries claiming sole global leadership");
    assert_eq!(
        (q.speaker.as_deref(), q.partial),
        (Some("Vladimir Putin"), true)
    );
    assert_eq!(
        quote(&a, "They carelessly trample").speaker.as_deref(),
        Some("Vladimir Putin")
    );
    let q = quote(&a, "bumpy");
    assert_eq!(
        (q.speaker.as_deref(), q.partial),
        (Some("Mike Pompeo"), true)
    );
    assert!(quote(&a, "a political and diplomatic solution").partial);
}
