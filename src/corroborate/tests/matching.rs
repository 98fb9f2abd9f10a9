//! Matching rules on small invented reports: a remark and a sentence that reports it
//! without naming the speaker, short remarks, one remark translated twice, and a lede
//! that packs several facts.

use super::super::*;

/// Two articles under the outlet names of their files.
fn pair(a: &str, b: &str) -> (Corroboration, [Article; 2]) {
    let articles = [
        crate::import_bytes("first.txt", a.as_bytes()).expect("first imports"),
        crate::import_bytes("second.txt", b.as_bytes()).expect("second imports"),
    ];
    let refs: Vec<&Article> = articles.iter().collect();
    (compare(&refs), articles)
}

/// Whether a statement containing `x` in the first article matches one containing `y`
/// in the second.
fn matched(c: &Corroboration, x: &str, y: &str) -> bool {
    c.matches.iter().any(|m| {
        let (s, t) = (&c.statements[m.a], &c.statements[m.b]);
        let (s, t) = if s.article == 0 { (s, t) } else { (t, s) };
        s.text.contains(x) && t.text.contains(y)
    })
}

#[test]
fn a_remark_matches_a_report_that_does_not_name_the_speaker() {
    let (c, _) = pair(
        "Dockworkers at the port of Rotterdam walked out on Tuesday over automation plans.\n\n\
         \"We will hold a strike vote among all members at every terminal next week,\" \
         said Carla Jimenez, the president of the dockworkers' union.\n\n\
         The port authority said traffic was normal.",
        "Rotterdam dockworkers stopped work on Tuesday in a dispute over automation.\n\n\
         The union said it would hold a strike vote among its members at every terminal \
         next week.\n\n\
         Container volumes fell 3% last year.",
    );
    assert!(
        matched(&c, "strike vote", "union said it would hold"),
        "{:#?}",
        c.matches
    );
}

#[test]
fn short_remarks_by_one_speaker_match() {
    let (c, _) = pair(
        "Brennberg won the German Cup final 2-1 after extra time on Saturday.\n\n\
         \"I am incredibly proud of this team,\" coach Markus Vollmer said.",
        "Rot-Weiss Brennberg beat Talheim 2-1 in the German Cup final on Saturday.\n\n\
         \"I'm so proud of this team,\" said coach Markus Vollmer.",
    );
    assert!(
        matched(&c, "incredibly proud", "so proud"),
        "{:#?}",
        c.matches
    );
    // Not a remark by someone else.
    let (c, _) = pair(
        "Brennberg won the German Cup final 2-1 after extra time on Saturday.\n\n\
         \"I am incredibly proud of this team,\" coach Markus Vollmer said.",
        "Rot-Weiss Brennberg beat Talheim 2-1 in the German Cup final on Saturday.\n\n\
         \"I'm so proud of this team,\" said Talheim coach Jens Brandt.",
    );
    assert!(!matched(&c, "incredibly proud", "so proud"));
}

/// A typhoon lede that packs where, when and how strong, then three more paragraphs.
const TYPHOON_LEDE: &str = "Typhoon Lingfa made landfall near Makurazaki City in Kagoshima \
    Prefecture, southwestern Japan, at around 8 a.m. on Wednesday with maximum winds of 45 \
    meters per second, the Japan Meteorological Agency said.\n\n\
    One man in his 80s died after he was hit by a falling tree in Satsumasendai.\n\n\
    About 230,000 households in Kagoshima and Miyazaki prefectures were without power on \
    Wednesday afternoon, according to Kyushu Electric Power.\n\n\
    The agency warned of landslides and flooding in the region through Thursday.";

/// Another outlet's report of the typhoon, before its sentence on where it came ashore.
const TYPHOON_OTHER: &str = "Typhoon Lingfa made landfall in southwestern Japan on \
    Wednesday morning, killing one person.\n\n\
    About 230,000 households in Kagoshima and Miyazaki were left without power, Kyushu \
    Electric Power said.\n\n\
    Officials urged residents to stay away from rivers and steep slopes.\n\n";

#[test]
fn a_lede_that_packs_two_facts_confirms_both_sentences() {
    let (c, _) = pair(
        TYPHOON_LEDE,
        &format!(
            "{TYPHOON_OTHER}The storm came ashore near the city of Makurazaki in Kagoshima \
             Prefecture at about 8 a.m., the weather agency said."
        ),
    );
    let lede = "made landfall near Makurazaki City";
    assert!(matched(&c, lede, "made landfall in southwestern Japan"));
    assert!(matched(&c, lede, "came ashore near the city of Makurazaki"));
    // The second is a match across groups, and the reader counts it.
    let ashore = c
        .statements
        .iter()
        .position(|s| s.text.contains("came ashore"))
        .expect("the sentence");
    assert!(c.is_matched(ashore));
    let first = c
        .statements
        .iter()
        .position(|s| s.text.contains(lede))
        .expect("the lede");
    assert!(c.confirming(first).contains(&ashore));
    assert!(c.confirming(ashore).contains(&first));
}

#[test]
fn a_match_across_groups_still_reports_a_disagreement() {
    let (c, _) = pair(
        TYPHOON_LEDE,
        &format!(
            "{TYPHOON_OTHER}The storm came ashore near Makurazaki with winds of 40 meters per second."
        ),
    );
    let lede = "made landfall near Makurazaki City";
    assert!(matched(&c, lede, "came ashore near Makurazaki"));
    assert!(
        c.also.iter().any(|m| m.a == 0 || m.b == 0),
        "a match across groups"
    );
    let winds = c
        .discrepancies
        .iter()
        .find(|d| d.members.iter().any(|v| v.value.contains("45")))
        .expect("45 against 40 meters per second is reported");
    let texts: Vec<&str> = winds
        .members
        .iter()
        .map(|v| c.statements[v.statement].text.as_str())
        .collect();
    assert!(texts.iter().any(|t| t.contains(lede)), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("came ashore")), "{texts:?}");
}

#[test]
fn one_remark_attributed_two_ways_matches_but_a_like_remark_by_another_does_not() {
    // One outlet credits the bank's rate committee, the other the bank: nearly the same
    // words are one remark.
    let (first, second) = (
        "Malaysia's central bank cut its benchmark rate by 25 basis points to 2.75% on \
         Thursday.\n\n",
        "Bank Negara Malaysia lowered its overnight policy rate to 2.75% from 3% in a \
         surprise move.\n\n",
    );
    let (c, _) = pair(
        &format!(
            "{first}\"The reduction is a pre-emptive measure to preserve Malaysia's steady \
             growth path amid moderate inflation prospects,\" the Monetary Policy Committee \
             said in a statement."
        ),
        &format!(
            "{second}\"The reduction is a pre-emptive move to sustain Malaysia's growth \
             trajectory amid moderate inflation prospects,\" Bank Negara Malaysia said."
        ),
    );
    assert!(
        matched(&c, "pre-emptive measure", "pre-emptive move"),
        "{:#?}",
        c.matches
    );
    // Two officials who say much the same thing in their own words are two remarks.
    let (c, _) = pair(
        &format!(
            "{first}\"We will keep supporting growth as long as inflation stays moderate,\" \
             Governor Aziz Rahman told reporters.\n\n\
             The ringgit was little changed after the decision."
        ),
        &format!(
            "{second}\"Inflation is moderate, so we can keep supporting growth this year,\" \
             Finance Minister Lim Wei said.\n\n\
             Economists had expected the bank to hold rates until March."
        ),
    );
    assert!(
        !matched(
            &c,
            "keep supporting growth as long",
            "Inflation is moderate"
        ),
        "{:#?}",
        c.matches
    );
}

#[test]
fn a_close_restatement_with_one_common_word_besides_names_matches() {
    // AP and Reuters on one marathon record (the labelled set's pair 06): "ratification"
    // / "ratified" is the only lowercase word the two sentences share, but most of what
    // they say is the same.
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corroboration/06-marathon-record/"
    );
    let read = |name: &str| {
        crate::import_file(std::path::Path::new(&format!("{dir}{name}"))).expect("imports")
    };
    let articles = [read("a.txt"), read("b.txt")];
    let c = compare(&[&articles[0], &articles[1]]);
    assert!(
        matched(&c, "subject to ratification", "must still be ratified"),
        "{:#?}",
        c.matches
    );
}

#[test]
fn one_speakers_remark_translated_twice_may_share_one_word() {
    let first = |minister: &str| {
        format!(
            "The grain carrier Aurelia Grace ran aground in the Bosphorus on Wednesday.\n\n\
             \"There is no risk to the environment at this stage,\" said Transport Minister \
             {minister}.\n\n\
             Traffic through the strait was suspended in both directions."
        )
    };
    let second = "ISTANBUL, May 6. /TASS/. A bulk carrier with Russian wheat has run aground \
                  off Istanbul, halting shipping in the strait.\n\n\
                  \"At the moment there is no threat to the environment,\" Turkish Transport \
                  Minister Orhan Bilgic told reporters.\n\n\
                  Dozens of vessels are waiting at anchor.";
    let (c, _) = pair(&first("Orhan Bilgiç"), second);
    assert!(matched(&c, "no risk", "no threat"), "{:#?}", c.matches);
    // Two speakers who say alike things are not one remark.
    let (c, _) = pair(&first("Ayse Kaya"), second);
    assert!(!matched(&c, "no risk", "no threat"), "{:#?}", c.matches);
}
