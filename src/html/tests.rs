//! Extraction from the saved pages in `tests/fixtures/html/`, and robustness.

use super::*;

/// A fixture, decoded as the pipeline would: `*_1252.html` pages are saved in windows-1252.
fn page(name: &str) -> String {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let encoding = if name.ends_with("_1252.html") {
        encoding_rs::WINDOWS_1252
    } else {
        encoding_rs::UTF_8
    };
    encoding.decode_without_bom_handling(&bytes).0.into_owned()
}

fn doc(name: &str) -> HtmlDoc {
    extract(&page(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Each of `starts` (`|`-separated) begins a block; none of `leaks` appears in any block.
fn check_body(d: &HtmlDoc, starts: &str, leaks: &str) {
    for s in starts.split('|') {
        assert!(
            d.blocks.iter().any(|b| b.text.starts_with(s)),
            "no block starts with {s:?}"
        );
    }
    for b in &d.blocks {
        for l in leaks.split('|') {
            assert!(!b.text.contains(l), "{l:?} leaked in {:?}", b.text);
        }
    }
}

fn check_meta(d: &HtmlDoc, title: &str, byline: &str, date: &str, site: &str) {
    let m = &d.meta;
    assert_eq!(m.title.as_deref(), Some(title));
    assert_eq!(m.byline.as_deref(), Some(byline));
    assert_eq!(m.published.as_deref(), Some(date));
    assert_eq!(m.site_name.as_deref(), Some(site));
}

fn hint(d: &HtmlDoc, start: &str) -> Option<BlockHint> {
    d.blocks
        .iter()
        .find(|b| b.text.starts_with(start))
        .map(|b| b.hint)
}

#[test]
fn yonhap_page() {
    let d = doc("yonhap_page.html");
    check_body(
        &d,
        "VLADIVOSTOK, April 25 (Yonhap) -- With warm pleasantries|\
         \"I believe (this summit) will be very salutary|\
         \"It is fair to say that they share the same difficulties (posed by the U.S.) ... I think|\
         Moscow has been under the sanctions the U.S. implemented",
        "Go to Contents|Go to Navigation|한국어|Top News|Copy URL|Font size|googletag|red ginseng|\
         joint statement on economic cooperation|ADVERTISEMENT|Fly Seoul to Vladivostok|Related Articles|\
         Kim arrives at summit venue|Most Viewed|Send Feedback|How can we improve|Thanks for your feedback|\
         Copyright (C) Yonhap|Terms of Use|helping us improve|enable JavaScript|Subscribe to Yonhap|#Putin|\
         By Song Sang-ho",
    );
    let paragraphs = d.blocks.iter().filter(|b| b.hint == BlockHint::Paragraph);
    assert_eq!(paragraphs.count(), 19, "18 paragraphs and (END)");
    let caption = "This photo released by Europe's news photo agency EPA shows";
    assert_eq!(hint(&d, caption), Some(BlockHint::Caption));
    let title =
        "(News Focus) Kim, Putin begin to build rapport amid uncertainties in ties with U.S.";
    check_meta(
        &d,
        title,
        "Song Sang-ho",
        "2019-04-25",
        "Yonhap News Agency",
    );
    assert_eq!(d.meta.section.as_deref(), Some("Diplomacy"));
    let url = "https://en.yna.co.kr/view/AEN20190425007700315";
    assert_eq!(d.meta.url.as_deref(), Some(url));
    let description = d.meta.description.as_deref().unwrap_or_default();
    assert!(description.starts_with("With warm pleasantries"));
    // Source lines point at the block's own line and never go backwards.
    let src = page("yonhap_page.html");
    let line_of = |needle: &str| src.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    assert_eq!(
        Some(d.blocks[0].source_line),
        line_of("<p>VLADIVOSTOK, April 25")
    );
    assert_eq!(
        Some(d.blocks[3].source_line),
        line_of("<p>This photo released")
    );
    assert!(d.blocks.iter().all(|b| b.source_line > 0));
    assert!(
        d.blocks
            .windows(2)
            .all(|w| w[0].source_line < w[1].source_line)
    );
}

#[test]
fn afp_on_a_news_portal() {
    let d = doc("afp_portal.html");
    check_body(
        &d,
        "VLADIVOSTOK, Russia, April 25, 2019 (BSS/AFP) – Russian President|\
         “I am confident that your visit… will help us|– North Korean labourers –|\
         While ties between Moscow and Pyongyang have remained cordial",
        "Advertise With Us|E-Paper|Share on Facebook|Tweet on Twitter|Horizon Mobile app|Advertisement|\
         RELATED ARTICLES|Trump says he is in no rush|LEAVE A REPLY|Save my name, email|STAY CONNECTED|\
         Remittance inflow|We use cookies|All Rights Reserved|Previous article|promised to meet again|\
         Please wait|1,284|Online Desk",
    );
    let caption =
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un meet in Vladivostok.";
    assert_eq!(hint(&d, caption), Some(BlockHint::Caption));
    let title = "Kim, Putin vow to seek closer ties at first talks";
    check_meta(&d, title, "Online Desk", "2019-04-25", "The Daily Horizon");
    assert_eq!(d.meta.section.as_deref(), Some("International"));
}

#[test]
fn reuters_page() {
    let d = doc("reuters_page.html");
    check_body(
        &d,
        "VLADIVOSTOK, Russia (Reuters) - Russian President Vladimir Putin said on Thursday|\
         “They (the North Koreans) only need guarantees about their security.|\
         Kim was expected to stay in Vladivostok on Friday|Reporting by Pavel Orlov in Vladivostok",
        "Skip to main content|Breakingviews|Sign In|DOW 26,462|3 Min Read|Tweet|Advertisement|\
         Related Coverage|Explainer: What Kim|Our Standards|Most Read|Trade smarter with Eikon|\
         All quotes delayed|six-party talks format could be revived|shared border near the Tumen River",
    );
    let caption =
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands";
    assert_eq!(hint(&d, caption), Some(BlockHint::Caption));
    let title = "Putin says North Korea needs security guarantees to give up nuclear arms";
    check_meta(
        &d,
        title,
        "Pavel Orlov, Soo-min Kang",
        "2019-04-25",
        "Reuters",
    );
}

#[test]
fn ap_page_with_span_byline() {
    let d = doc("ap_page.html");
    check_body(
        &d,
        "VLADIVOSTOK, Russia (AP) — North Korean leader Kim Jong Un|\
         “Kim wants to show Washington that he has other options,”|\
         Associated Press writers Hyung-jin Kim in Seoul",
        "Oddities|Trending News|Share on Facebook|Click to copy|ADVERTISEMENT|Related Stories|\
         What’s at stake|Watch live coverage|AP Top Stories|Biden joins|\
         This material may not be published|second visit to Moscow",
    );
    let title = "Kim, Putin hold first summit amid nuclear standoff";
    check_meta(
        &d,
        title,
        "ALEXANDER VOLKOV and MIN-JI PARK",
        "2019-04-25",
        "AP NEWS",
    );
}

#[test]
fn blog_with_minimal_markup() {
    let d = doc("blog_post.html");
    check_body(
        &d,
        "The first meeting between Kim Jong-un and Vladimir Putin|I will come back to this",
        "Archive|Posted by|Comments are closed|Subscribe via RSS",
    );
    assert_eq!(hint(&d, "What each side wanted"), Some(BlockHint::Heading));
    assert_eq!(hint(&d, "Both wanted pictures"), Some(BlockHint::ListItem));
    assert_eq!(
        hint(&d, "They only need guarantees"),
        Some(BlockHint::Quote)
    );
    assert_eq!(
        hint(&d, "We need to return to a state"),
        Some(BlockHint::Quote)
    );
    let title = "Reading the Vladivostok summit";
    check_meta(&d, title, "Jane Lindqvist", "2019-04-26", "Korea Watch");
}

#[test]
fn legacy_table_layout() {
    let d = doc("legacy_table_1252.html");
    check_body(
        &d,
        "PYONGYANG, July 19 (AWO) – Russian President|\
         The 11-point declaration, read out on North Korean state television, said the two countries \
         would oppose “any attempt to use force” in|\
         Putin, who arrived at Sunan airport|\
         “We have reached an understanding on a very wide range of issues,” Putin|\
         Diplomats said Moscow hoped to regain|Putin was travelling on to Okinawa|\
         Russian officials said Kim had told Putin|\
         Analysts in Seoul said the visit underlined Pyongyang’s efforts to end its diplomatic \
         isolation following last month’s historic summit",
        "Front Page|Free E-mail Newsletter|SEE ALSO|WordSmart|Netscape|©|round-the-clock|\
         visitor number|MM_swapImage|font-family|By Staff Writer",
    );
    let title = "Putin, Kim Jong-il sign joint declaration in Pyongyang";
    check_meta(
        &d,
        title,
        "Asia Wire staff",
        "2000-07-19",
        "Asia Wire Online",
    );
}

#[test]
fn marked_article_body_keeps_promotions_out() {
    // Written after the other fixtures: the cleaning rules alone let the "Since you're here"
    // appeal through; scoping to the page's itemprop=articleBody keeps it out.
    let d = doc("guardian_style.html");
    check_body(
        &d,
        "Kim Jong-un and Vladimir Putin have held their first summit|A familiar script|\
         Putin was due to fly to Beijing",
        "Skip to main content|Support The Guardian|Sign in|Share on Facebook|214 comments|Related:|\
         Advertisement|Topics|small favour to ask|More on this story|premoderated|All rights reserved|\
         Analysts expect little of substance",
    );
    let caption = "Kim Jong-un and Vladimir Putin at their meeting on Russky Island";
    assert_eq!(hint(&d, caption), Some(BlockHint::Caption));
    assert_eq!(hint(&d, "A familiar script"), Some(BlockHint::Heading));
    let title = "Kim Jong-un and Putin hold first summit in Vladivostok";
    check_meta(
        &d,
        title,
        "Ellen Marsh in Seoul",
        "2019-04-25",
        "the Guardian",
    );
    let src = page("guardian_style.html");
    let line_of = |needle: &str| src.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    assert_eq!(Some(d.blocks[0].source_line), line_of("<figcaption>"));
    assert_eq!(
        Some(d.blocks[1].source_line),
        line_of("<p>Kim Jong-un and Vladimir Putin have")
    );
}

#[test]
fn photo_credits_are_credits_and_a_marked_byline_keeps_its_first_line() {
    let story = "The dam burst early on Saturday after days of heavy rain, sending a wall of \
                 water through three villages and cutting the only road to the valley.";
    let html = format!(
        "<html><body><article><h1>Dam bursts</h1>\
         <div data-component='byline-block'><div>By Amira Haddad</div><div>BBC News, Kesh</div></div>\
         <figure><div><span>Getty Images</span><img src='a.jpg'></div>\
         <figcaption>Rescuers in Kesh</figcaption></figure>\
         <p>{story}</p><p>{story}</p>\
         <figure><blockquote><p>We heard a sound like thunder</p></blockquote></figure>\
         </article></body></html>"
    );
    let d = extract(&html).unwrap();
    assert_eq!(hint(&d, "Getty Images"), Some(BlockHint::Credit));
    assert_eq!(hint(&d, "Rescuers in Kesh"), Some(BlockHint::Caption));
    // A pull quote inside a figure is no credit.
    assert_eq!(hint(&d, "We heard a sound"), Some(BlockHint::Quote));
    assert_eq!(d.meta.byline.as_deref(), Some("Amira Haddad"));
    // A marked byline whose first line is a date is not taken for one.
    let dated = html.replace(
        "<div>By Amira Haddad</div><div>BBC News, Kesh</div>",
        "<div>12 September 2026</div>",
    );
    assert_eq!(extract(&dated).unwrap().meta.byline, None);
}

#[test]
fn pages_without_an_article_are_errors_not_panics() {
    let empty = [
        "",
        " \n\t",
        "<html></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<p>Too short.</p>",
        "<script>var story = 'A long paragraph of prose that lives only in a script.';</script>",
    ];
    let index = page("section_index.html");
    for input in empty.into_iter().chain([index.as_str()]) {
        let result = extract(input);
        assert!(
            matches!(result, Err(HtmlError::NoContent)),
            "{:?}: {result:?}",
            input.get(..40)
        );
    }
    // Garbage may or may not yield text, but never a panic or markup in the text.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rand = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as usize
    };
    let noise: Vec<u8> = (0..50_000).map(|_| rand() as u8).collect();
    let parts = [
        "<div",
        ">",
        "</p>",
        "<p>",
        "<a href='",
        "<td>",
        "<script>",
        "<!--",
        "&#0;",
        "<svg>",
        "\0",
        "<li>",
    ];
    let soup: String = (0..20_000).map(|_| parts[rand() % parts.len()]).collect();
    for input in [String::from_utf8_lossy(&noise).into_owned(), soup] {
        if let Ok(d) = extract(&input) {
            assert!(
                d.blocks
                    .iter()
                    .all(|b| !b.text.is_empty() && !b.text.contains("<script"))
            );
        }
    }
    let big = "x".repeat(MAX_INPUT_BYTES + 1);
    assert!(matches!(extract(&big), Err(HtmlError::TooLarge { .. })));
}

#[test]
fn deep_nesting_is_flattened_quickly() {
    let para = "<p>Kim and Putin held their much-anticipated summit at Far Eastern Federal University.</p>";
    for open in [
        "<div>",
        "<span>",
        "<table><tr><td>",
        "<blockquote>",
        "<ul><li>",
    ] {
        let html = format!(
            "<html><body>{}{para}{para}</body></html>",
            open.repeat(1_000)
        );
        let start = std::time::Instant::now();
        let d = extract(&html).unwrap_or_else(|e| panic!("{open}: {e}"));
        assert!(
            d.blocks
                .iter()
                .any(|b| b.text.starts_with("Kim and Putin held")),
            "{open}"
        );
        assert!(
            start.elapsed().as_secs() < 10,
            "{open}: {:?}",
            start.elapsed()
        );
    }
}
