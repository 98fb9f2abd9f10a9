//! Unit tests for the boilerplate module.
use super::*;

fn reason(l: &str) -> Option<&'static str> {
    classify(l).map(|v| v.reason)
}

#[test]
fn seeds_chrome_and_trailers() {
    assert_eq!(
        reason("Go to Contents Go to Navigation"),
        Some("site navigation")
    );
    assert_eq!(reason("Send Feedback"), Some("feedback widget"));
    assert_eq!(
        classify("How can we improve?").map(|v| v.strength),
        Some(Weak)
    );
    assert_eq!(reason("Thanks for your feedback!"), Some("feedback widget"));
    assert_eq!(reason("MORE/MSY/1117 hrs"), Some("wire trailer"));
    assert_eq!(reason("BSS/AFP/MSY/1117 hrs"), Some("wire trailer"));
    assert_eq!(reason("(END)"), Some("end marker"));
    assert_eq!(
        reason("(Reporting by Hyonhee Shin; Editing by Gerry Doyle)"),
        Some("wire credit")
    );
    assert_eq!(reason("© 2024 Reuters"), Some("copyright notice"));
    assert_eq!(
        reason("(C) Yonhap News Agency. All Rights Reserved"),
        Some("copyright notice")
    );
    assert_eq!(
        reason("Subscribe to our newsletter"),
        Some("subscription prompt")
    );
    assert_eq!(reason("Share | Print | Email"), Some("share widget"));
    assert_eq!(reason("sshluck@yna.co.kr"), Some("reporter e-mail"));
    assert_eq!(reason("Updated 2 hours ago"), Some("relative timestamp"));
    assert_eq!(
        reason("Advertisement · Scroll to continue"),
        Some("advertisement")
    );
    assert_eq!(
        reason("Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
        Some("wire credit")
    );
    assert_eq!(
        reason("Associated Press writer Anna Delgado contributed to this report."),
        Some("wire credit")
    );
    assert_eq!(
        reason("Privacy Policy | Terms of Use | Contact Us"),
        Some("site footer")
    );
    assert_eq!(reason("무단 전재-재배포 금지"), Some("copyright notice"));
    assert_eq!(
        wire_slug("BFF-20, 21 Kim, Putin vow"),
        Some(("Kim, Putin vow", true))
    );
    assert_eq!(wire_slug("BFF-20"), Some(("", false)));
}

#[test]
fn exact_entries_fit_the_length_gate() {
    assert!(EXACT.iter().all(|(s, _, _)| s.len() <= 64));
    assert_eq!(PATTERNS.list.len(), PATTERNS.set.len());
    assert_eq!(PATTERNS.list.len(), PATTERNS.gated.len());
    assert_eq!(EXACT_MAP.len(), EXACT.len(), "no line is listed twice");
    for p in &PATTERNS.list {
        if let Some(g) = p.gate {
            assert_eq!(g, g.to_lowercase(), "gates are lowercase");
        }
    }
}

#[test]
fn body_text_is_not_boilerplate() {
    for l in [
        "Putin also voiced hope that his sit-down with Kim will help enhance bilateral relations.",
        "Share prices fell 3 percent.",
        "More than 2,000 tonnes of wheat were supplied.",
        "– Soviet-era allies –",
        "Copyright law was the subject of the talks, officials said.",
        "BSS reported the talks ended at 1117 hrs local time.",
        "The ministry reported from Seoul that talks had ended.",
        "Smith reported from the scene for three hours before the talks began.",
        "-- the minister said",
        "(1 in 5 homes = empty)",
    ] {
        assert_eq!(classify(l), None, "{l}");
    }
    assert_eq!(wire_slug("U.S.-led sanctions also"), None);
    let l = "…of the bridge. PTI ABC XYZ RT";
    assert_eq!(glued_trailer(l), l.find("PTI"));
    let l = "…the talks ended on Friday. (END)";
    assert_eq!(glued_trailer(l), l.find("(END)"));
    assert_eq!(glued_trailer("…the talks ended on Friday."), None);
    let l = "Environmental groups criticised the decision. (ANSA).";
    assert_eq!(glued_trailer(l), l.find("(ANSA)"));
    assert_eq!(
        glued_trailer("…said the Central Bank of Kenya (CBK)."),
        None
    );
    assert_eq!(glued_trailer("Kim met PTI ABC XYZ RT chiefs"), None);
    assert_eq!(
        wire_slug("COVID-19 cases rose"),
        Some(("cases rose", false))
    );
}

#[test]
fn a_newsletters_greeting_and_footer() {
    let line = "Good morning. The biggest grocery deal in the Midwest in years landed.";
    let at = leading_greeting(line).expect("a greeting");
    assert_eq!(
        &line[at..],
        "The biggest grocery deal in the Midwest in years landed."
    );
    assert_eq!(classify(line[..at].trim()).map(|v| v.strength), Some(Weak));
    assert_eq!(
        leading_greeting("Hi, everyone! Prices rose again."),
        Some(14)
    );
    // Not a greeting: a story that starts with the words, or a greeting in a sentence.
    assert_eq!(
        leading_greeting("Good morning television lost viewers. Ratings fell."),
        None
    );
    assert_eq!(leading_greeting("Hello. it was late"), None);
    assert_eq!(
        reason(
            "The Aisle Report is a free weekly newsletter about the business of groceries. \
             Forwarded this? Subscribe at aislereport.com."
        ),
        Some("subscription prompt")
    );
    // A story line about a newsletter stays.
    assert_eq!(
        reason("The ministry said it would publish a weekly newsletter on the outbreak."),
        None
    );
}
