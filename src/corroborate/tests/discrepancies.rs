//! Discrepancies on small invented reports: times, ranges and measures that differ;
//! rounded counts that agree; sums of money written two ways; a lone calendar day; and a
//! link to a statement about another fact; one name spelled two ways (in a fact, or as a
//! remark's speaker), and not one name transliterated two ways; a date against another
//! day of the week.

use super::super::*;

/// Two one-sentence reports of one fact, by AFP and Reuters: the discrepancies found.
pub(super) fn differ_on(text_a: &str, text_b: &str) -> Vec<String> {
    let (a, b) = (text_a, text_b);
    let a = crate::import_bytes("a.txt", format!("PARIS, July 1 (AFP) - {a}\n").as_bytes())
        .expect("imports");
    let b = crate::import_bytes(
        "b.txt",
        format!("LONDON, July 1 (Reuters) - {b}\n").as_bytes(),
    )
    .expect("imports");
    let c = compare(&[&a, &b]);
    assert_eq!(c.matches.len(), 1, "match: {text_a:?} / {text_b:?}");
    c.discrepancies.into_iter().map(|d| d.what).collect()
}

#[test]
fn times_ranges_and_measures_disagree() {
    assert_eq!(
        differ_on(
            "The magnitude 6.6 quake struck at 2:14 a.m. near the coast of Toyama prefecture.",
            "The magnitude 6.6 quake hit at 2:41 a.m. near the coast of Toyama prefecture."
        ),
        ["time: \"2:14 a.m.\" vs \"2:41 a.m.\""]
    );
    assert_eq!(
        differ_on(
            "The firm abused its dominance to push customers to buy its cloud analytics tools between 2012 and 2019.",
            "The firm abused its dominance in cloud analytics products between 2013 and 2019."
        ),
        ["year: \"2012\" vs \"2013\""]
    );
    assert_eq!(
        differ_on(
            "The navies kicked off a three-day trilateral naval exercise south of Jeju Island.",
            "The navies began a four-day joint naval exercise south of Jeju Island."
        ),
        ["number: \"three\" vs \"four\""]
    );
    assert_eq!(
        differ_on(
            "By Tuesday evening the fire had burned 12,400 acres and was 15% contained near Piedra canyon.",
            "By Tuesday night the fire near Piedra canyon had scorched 14,200 acres (5,750 hectares)."
        ),
        ["number: \"12,400\" vs \"14,200\""]
    );
    // A range against a range with one end shared, whatever else each dates or counts.
    assert_eq!(
        differ_on(
            "The Commission fined Quandor in July 2021 for forcing customers to buy its cloud analytics tools between 2012 and 2019.",
            "Quandor obliged customers to also buy its cloud analytics products between 2013 and 2019."
        ),
        ["year: \"2012\" vs \"2013\""]
    );
    assert_eq!(
        differ_on(
            "The dengue vaccine DengiShield is approved for people aged 4 to 60 years, Vaxira said.",
            "The approval of the dengue vaccine DengiShield covers people aged 6 to 60, Vaxira said."
        ),
        ["number: \"4\" vs \"6\""]
    );
    // Two counts joined by "and" are no range: the dead and the injured stay apart.
    assert!(
        differ_on(
            "The blast at the Kemerovo coal mine killed 14 people and 37 were missing.",
            "The blast at the Kemerovo coal mine killed 14 people and 20 were injured."
        )
        .is_empty()
    );
    // A share in words is a share ("about six percent" / "3.8 percent").
    assert_eq!(
        differ_on(
            "The case fatality rate of the Namora cholera outbreak stands at 3.8 percent.",
            "That gives the Namora cholera outbreak a fatality rate of about six percent."
        ),
        ["number: \"3.8 percent\" vs \"about six percent\""]
    );
    // What a number counts ends with its clause: the name after the comma is not counted.
    assert_eq!(
        differ_on(
            "The service will cut the transit time between Istanbul and Duisburg from 12 days to 6 days, Aydoğan said.",
            "The transit time from Istanbul to Duisburg is to fall from twelve to seven days."
        ),
        ["number: \"6\" vs \"seven\""]
    );
    // A share that ends its clause still measures what its neighbourhood names.
    assert_eq!(
        differ_on(
            "The central bank said the Malaysian economy is projected to grow between 4.0 and 4.8 per cent.",
            "The central bank expects the Malaysian economy to grow 4.0%-4.5% this year."
        ),
        ["number: \"4.8 per cent\" vs \"4.5%\""]
    );
    // The same range, and a running time that is no time of day, agree.
    assert!(
        differ_on(
            "The firm abused its dominance in cloud analytics tools between 2012 and 2019, the court found.",
            "The court found the firm abused its dominance in cloud analytics products between 2012 and 2019."
        )
        .is_empty()
    );
    assert!(
        differ_on(
            "Kiprono went through halfway of the Valencia marathon in 60:02 behind two pacemakers.",
            "Kiprono reached halfway of the Valencia marathon in 1:00:02 behind two pacemakers."
        )
        .is_empty()
    );
}

#[test]
fn rounded_counts_agree_and_two_estimates_or_different_words_for_the_dead_do_not() {
    // A qualified number allows what it rounds.
    assert!(
        differ_on(
            "More than 40 container ships were waiting at anchor off Rotterdam on Tuesday.",
            "43 container ships were waiting at anchor off Rotterdam on Tuesday."
        )
        .is_empty()
    );
    assert!(
        differ_on(
            "Rescuers pulled 147 Rohingya refugees from the sinking boat off Aceh.",
            "Rescuers pulled nearly 150 Rohingya refugees from the sinking boat off Aceh."
        )
        .is_empty()
    );
    // But not far beyond it, nor another estimate.
    assert_eq!(
        differ_on(
            "The tanker was carrying some 800,000 liters of industrial fuel oil when it sank.",
            "The tanker was carrying about 900,000 liters of industrial fuel oil when it sank."
        ),
        ["number: \"some 800,000\" vs \"about 900,000\""]
    );
    // "Deaths" count the people killed.
    assert_eq!(
        differ_on(
            "The cholera outbreak in Namora has caused 47 deaths in six provinces since January.",
            "The cholera outbreak in Namora has killed 74 people in six provinces since January."
        ),
        ["number: \"47\" vs \"74\""]
    );
    // A value the other sentence gives too is not in dispute, whatever it seems to count.
    assert!(
        differ_on(
            "Inflation is expected to remain moderate, within a range of 1.5 per cent to 2.3 per cent this year, Bank Negara said.",
            "Bank Negara expects the economy to grow 4.0%-4.5% this year and headline inflation to stay between 1.5% and 2.3%."
        )
        .is_empty()
    );
}

#[test]
fn money_in_words_and_a_lone_day_disagree() {
    assert_eq!(
        differ_on(
            "The IMF deal would unlock a further $347 mn for Sri Lanka from its bailout programme.",
            "The IMF deal will give Sri Lanka access to about 374 million U.S. dollars from its bailout programme."
        ),
        ["number: \"$347 mn\" vs \"about 374 million U.S. dollars\""]
    );
    // One calendar day against two: the lone one is the fact's.
    assert_eq!(
        differ_on(
            "The Luna lander will reach lunar orbit on July 20 and land near the Moon's south pole on August 21, Roscosmos said.",
            "Roscosmos said the Luna lander would reach lunar orbit within days and attempt a touchdown near the south pole on Aug. 12."
        ),
        ["date: \"August 21\" vs \"Aug. 12\""]
    );
}

#[test]
fn a_link_to_another_fact_of_an_outlet_already_in_the_group_is_no_discrepancy() {
    // AFP's "total disbursements … about $2.3 billion" is grouped with Xinhua's "about 2.3
    // billion dollars" and linked to Xinhua's "$2.9 billion" arrangement, another fact.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corroboration/set3/08-imf-sri-lanka-deal");
    let read = |name: &str| {
        let bytes = std::fs::read(dir.join(name)).expect("fixture");
        crate::import_bytes(name, &bytes).expect("imports")
    };
    let (a, b) = (read("a.txt"), read("b.txt"));
    let c = compare(&[&a, &b]);
    let what: Vec<&str> = c.discrepancies.iter().map(|d| d.what.as_str()).collect();
    assert!(!what.iter().any(|w| w.contains("2.9")), "{what:?}");
    assert!(what.iter().any(|w| w.contains("374 million")), "{what:?}");
}

#[test]
fn the_missing_are_counted_whatever_verb_comes_between() {
    assert_eq!(
        differ_on(
            "Eleven miners were killed and six remain unaccounted for after the explosion at the Kedrovaya coal mine.",
            "The explosion at the Kedrovaya coal mine killed at least 11 miners and left seven unaccounted for."
        ),
        ["number: \"six\" vs \"seven\""]
    );
}

#[test]
fn one_name_spelled_two_ways_disagrees_and_a_transliteration_does_not() {
    assert_eq!(
        differ_on(
            "Commission spokeswoman Lea Hartmann told a regular news briefing the ruling would be studied.",
            "Commission spokeswoman Lena Hartmann told a news briefing the ruling would be studied."
        ),
        ["name: \"Lea Hartmann\" vs \"Lena Hartmann\""]
    );
    assert_eq!(
        differ_on(
            "It will take at least a week to restore the hospital's main systems, spokeswoman Vogel said.",
            "According to spokeswoman Katrin Vogt, it will take at least a week to restore the hospital's main systems."
        ),
        ["name: \"Vogel\" vs \"Katrin Vogt\""]
    );
    // One name transliterated two ways is one person.
    assert!(
        differ_on(
            "The lander will reach lunar orbit in five days, space agency head Yury Baranov said.",
            "The lander should be in lunar orbit within five days, space agency chief Yuri Baranov told reporters."
        )
        .is_empty()
    );
}

#[test]
fn a_lowercase_piece_of_a_name_is_not_spelled_apart() {
    // "South Korean-led" reads as the name "south korean led"; "led" is not a
    // misspelling of "Lenz".
    assert!(
        differ_on(
            "The dam built by a South Korean-led consortium collapsed near Dravik, killing 14 people.",
            "The dam collapsed near Dravik and Lenz, killing 14 people."
        )
        .is_empty()
    );
}

#[test]
fn a_remarks_speaker_spelled_another_way_by_the_report_disagrees() {
    let run = |name_b: &str| {
        let a = crate::import_bytes(
            "a.txt",
            "BRUSSELS, July 1 (Reuters) - The EU General Court cut Quandor's antitrust fine \
             to 1.02 billion euros on Wednesday.\n\n\
             \"We take note of the judgment and will study it carefully before deciding on \
             an appeal,\" Commission spokeswoman Lea Hartmann told a regular news briefing.\n"
                .as_bytes(),
        )
        .expect("imports");
        let b = crate::import_bytes(
            "b.txt",
            format!(
                "LUXEMBOURG, July 1 (dpa) - Europe's second-highest court reduced the fine \
                 on software maker Quandor to 1.02 billion euros.\n\n\
                 Commission spokeswoman {name_b} said the authority would study the judgment \
                 carefully before deciding on an appeal.\n"
            )
            .as_bytes(),
        )
        .expect("imports");
        let c = compare(&[&a, &b]);
        let texts = [a.text.clone(), b.text.clone()];
        (c, texts)
    };
    let (c, texts) = run("Lena Hartmann");
    let names: Vec<&Discrepancy> = c
        .discrepancies
        .iter()
        .filter(|d| d.kind == particulars::Kind::Name)
        .collect();
    assert_eq!(names.len(), 1, "{:#?}", c.discrepancies);
    assert_eq!(names[0].what, "name: \"Lea Hartmann\" vs \"Lena Hartmann\"");
    // Each side points at the name in its article: the remark's speaker is named outside
    // the quotation marks.
    for v in &names[0].members {
        let article = c.statements[v.statement].article;
        assert_eq!(&texts[article][v.start..v.end], v.value);
    }
    assert!(
        names[0]
            .members
            .iter()
            .any(|v| c.statements[v.statement].kind == Kind::Quote),
        "{names:#?}"
    );
    // Spelled alike, the report agrees.
    let (c, _) = run("Lea Hartmann");
    assert!(c.discrepancies.is_empty(), "{:#?}", c.discrepancies);
}

#[test]
fn a_date_against_another_day_of_the_week_disagrees() {
    let run = |day: &str| {
        let a = crate::import_bytes(
            "a.md",
            "---\ndate: 2025-11-27\nsource: Yonhap\n---\n\n\
             The 500-kilogram satellite was launched from Vandenberg Space Force Base in \
             California on Nov. 25 to take images of the Korean Peninsula.\n"
                .as_bytes(),
        )
        .expect("imports");
        let b = crate::import_bytes(
            "b.txt",
            format!(
                "SEOUL, South Korea (AP) — The 500-kilogram satellite was launched {day} from \
                 Vandenberg Space Force Base in California to map the Korean Peninsula.\n"
            )
            .as_bytes(),
        )
        .expect("imports");
        let c = compare(&[&a, &b]);
        assert_eq!(c.matches.len(), 1, "{:#?}", c.matches);
        (c, [a.text.clone(), b.text.clone()])
    };
    // Nov. 25, 2025 was a Tuesday.
    let (c, texts) = run("Monday");
    let whats: Vec<&str> = c.discrepancies.iter().map(|d| d.what.as_str()).collect();
    assert_eq!(
        whats,
        ["day of the week: \"Nov. 25 (a Tuesday)\" vs \"Monday\""]
    );
    let d = &c.discrepancies[0];
    let spans: Vec<&str> = d
        .members
        .iter()
        .map(|v| &texts[c.statements[v.statement].article][v.start..v.end])
        .collect();
    assert_eq!(spans, ["Nov. 25", "Monday"]);
    let (c, _) = run("Tuesday");
    assert!(c.discrepancies.is_empty(), "{:#?}", c.discrepancies);
}

#[test]
fn an_age_against_a_decade_of_life_and_documents_by_another_name() {
    let died = |age: &str| {
        format!(
            "{age} died after being struck by a falling tree while checking on his farm in Kirishima."
        )
    };
    assert_eq!(
        differ_on(&died("A man in his 80s"), &died("A 78-year-old man")),
        ["number: \"80s\" vs \"78\""]
    );
    assert_eq!(
        differ_on(&died("A man in his late 70s"), &died("A 74-year-old man")),
        ["number: \"late 70s\" vs \"74\""]
    );
    for (decade, age) in [("in his 80s", "84"), ("in his early 70s", "71")] {
        let them = differ_on(
            &died(&format!("A man {decade}")),
            &died(&format!("A {age}-year-old man")),
        );
        assert!(them.is_empty(), "{decade} / {age}: {them:?}");
    }
    // Memorandums of understanding and agreements are the documents a summit signs.
    assert_eq!(
        differ_on(
            "The two presidents signed nine memorandums of understanding on critical minerals in Ulaanbaatar.",
            "The two presidents signed eight agreements on critical minerals in Ulaanbaatar."
        ),
        ["number: \"nine\" vs \"eight\""]
    );
}

#[test]
fn running_times_written_two_ways_agree_and_different_ones_disagree() {
    let halfway = |time: &str| {
        format!("Kiprono went through halfway in {time} behind two pacemakers in Valencia.")
    };
    let them = differ_on(&halfway("60:02"), &halfway("1:00:02"));
    assert!(them.is_empty(), "{them:?}");
    assert_eq!(
        differ_on(
            "Kiprono won the Valencia marathon in 2:15:40 on Sunday.",
            "Kiprono won the Valencia marathon in 2:15:04 on Sunday."
        ),
        ["number: \"2:15:40\" vs \"2:15:04\""]
    );
}
