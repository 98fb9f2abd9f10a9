//! Speakers known by their post: portfolios and nationalities before names, "the
//! minister said" for the minister named before, "he added" after an unnamed spokesman,
//! and descriptions with an article or an affiliation.

use super::{run, speaker};

#[test]
fn local_posts_and_places_after_them_are_not_names_and_organisations_keep_their_of() {
    let qs = run(&[
        "\"The railing gave way,\" District Collector Ravi Menon told reporters.",
        "\"Teams are working through the night,\" said Chief District Officer of Kaski Ram Bahadur Thapa.",
        "\"Small firms cannot absorb it,\" the Korea Federation of SMEs said.",
        "\"We are hopeful,\" Lena Park of Daehan University said.",
    ]);
    assert_eq!(speaker(&qs, "The railing"), Some("Ravi Menon".into()));
    assert_eq!(speaker(&qs, "Teams are"), Some("Ram Bahadur Thapa".into()));
    assert_eq!(
        speaker(&qs, "Small firms"),
        Some("Korea Federation of SMEs".into())
    );
    assert_eq!(speaker(&qs, "We are hopeful"), Some("Lena Park".into()));
}

#[test]
fn portfolios_and_nationalities_are_not_names() {
    let qs = run(&[
        "\"We are moving faster,\" Minister of Health Grace Tembo told a press conference.",
        "\"We will talk,\" Minister of Foreign Affairs Wang Yi said.",
        "\"We agree,\" Secretary of State Mike Pompeo said.",
        "Kiprono broke away from fellow Kenyan Brian Koech after 35 kilometers.",
        "\"He was too strong,\" Koech said.",
    ]);
    assert_eq!(speaker(&qs, "We are moving"), Some("Grace Tembo".into()));
    assert_eq!(speaker(&qs, "We will talk"), Some("Wang Yi".into()));
    assert_eq!(speaker(&qs, "We agree"), Some("Mike Pompeo".into()));
    assert_eq!(
        speaker(&qs, "He was too strong"),
        Some("Brian Koech".into())
    );
}

#[test]
fn the_minister_is_the_minister_named_before() {
    let qs = run(&[
        "\"We are declaring this emergency,\" Minister of Health Grace Tembo told reporters.",
        "\"Our biggest enemy is the lack of clean water,\" the minister said.",
        "\"It will pass,\" the health minister added.",
    ]);
    assert_eq!(
        speaker(&qs, "Our biggest enemy"),
        Some("Grace Tembo".into())
    );
    assert_eq!(speaker(&qs, "It will pass"), Some("Grace Tembo".into()));

    // Two ministers: the one named nearest before the quote.
    let qs = run(&[
        "The deal was signed by Transport Minister Kerem Aydin and German Federal Transport \
         Minister Anja Kessler.",
        "\"The corridor will reach Europe,\" Aydin said.",
        "He noted that trains will run weekly.",
        "\"We will finish the railway next year,\" the minister added.",
    ]);
    assert_eq!(speaker(&qs, "We will finish"), Some("Kerem Aydin".into()));
    // ... and nobody when the nearest person named is neither.
    let qs = run(&[
        "Transport Minister Kerem Aydin met Finance Minister Anja Kessler on Monday.",
        "Analyst Tom Berg said the meeting lasted two hours.",
        "\"We will finish the railway next year,\" the minister said.",
    ]);
    assert_eq!(speaker(&qs, "We will finish"), None);

    // "A spokesman" is someone not named, even when the article named a spokesman.
    let qs = run(&[
        "Spokesman Tim Roe said the company would appeal.",
        "\"We are disappointed,\" a company spokesman said.",
        "\"The minister will respond,\" the spokesman said.",
    ]);
    assert_eq!(speaker(&qs, "We are disappointed"), None);
    assert_eq!(speaker(&qs, "The minister will"), Some("Tim Roe".into()));
}

#[test]
fn he_after_a_spokesman_is_the_spokesman() {
    let qs = run(&[
        "LUXEMBOURG (dpa) - The General Court of the European Union has reduced a fine \
         imposed on Quandor.",
        "\"We welcome the correction,\" a Quandor spokesman said in Darmstadt.",
        "\"We will now examine the reasoning carefully,\" he added.",
    ]);
    assert_eq!(speaker(&qs, "We welcome"), Some("Quandor".into()));
    assert_eq!(speaker(&qs, "We will now examine"), Some("Quandor".into()));
    let qs = run(&[
        "\"We welcome the correction,\" a company spokesman said in Darmstadt.",
        "\"We will now examine the reasoning carefully,\" he added.",
        "President Donald Trump left early. A Trump spokesman said: \"No comment.\"",
    ]);
    assert_eq!(speaker(&qs, "We welcome"), None);
    assert_eq!(speaker(&qs, "We will now examine"), None);
    assert_eq!(speaker(&qs, "No comment"), None, "a person's spokesman");
    // The court is not a person, so it is no antecedent either.
    let qs = run(&[
        "The General Court of the European Union ruled on Wednesday.",
        "\"We will appeal,\" he said.",
    ]);
    assert_eq!(speaker(&qs, "We will appeal"), None);
}

#[test]
fn pronouns_prefer_the_subject_to_a_place() {
    let qs = run(&[
        "At an evacuation center at the Santa Maria Fairgrounds, Kevin Tran, 41, said his \
         family had 10 minutes to get out.",
        "\"We grabbed the kids and the dog,\" he said.",
    ]);
    assert_eq!(speaker(&qs, "We grabbed"), Some("Kevin Tran".into()));
}

#[test]
fn descriptions_with_an_article_or_an_affiliation() {
    let qs = run(&[
        "\"Whoever is responsible will not be spared,\" the state’s public works minister \
         Rakesh Dubey said.",
        "\"We will not respond to any demands,\" the hospital's managing director, Frank \
         Lehmann, told dpa.",
        "\"Iker is one of the most exciting forwards,\" Northbridge manager Graham Whitlock \
         told the club's website.",
        "\"The court has sent a signal,\" lawyer Thomas Greif of the Munich firm Greif & \
         Partner told dpa.",
        "\"The talks failed,\" a woman in her sixties told NHK.",
    ]);
    assert_eq!(speaker(&qs, "Whoever"), Some("Rakesh Dubey".into()));
    assert_eq!(
        speaker(&qs, "We will not respond"),
        Some("Frank Lehmann".into())
    );
    assert_eq!(speaker(&qs, "Iker is one"), Some("Graham Whitlock".into()));
    assert_eq!(speaker(&qs, "The court has"), Some("Thomas Greif".into()));
    assert_eq!(speaker(&qs, "The talks failed"), None);
}

#[test]
fn a_portfolio_can_chain_with_for() {
    let qs = run(&[
        "\"The runway will reopen on Tuesday,\" Senior Minister of State for Transport Lim \
         Wei Ming told reporters.",
        "Minister for Foreign Affairs Penny Wong said: \"We are ready.\"",
        "\"We will rebuild,\" said Minister of State for Home Affairs Sun Xueling.",
    ]);
    assert_eq!(speaker(&qs, "The runway"), Some("Lim Wei Ming".into()));
    assert_eq!(speaker(&qs, "We are ready"), Some("Penny Wong".into()));
    assert_eq!(speaker(&qs, "We will rebuild"), Some("Sun Xueling".into()));
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_that_speaker() {
    let qs = run(&[
        "The Japan Transport Safety Board opened an inquiry on Monday.",
        "\"I heard a loud bang,\" said one passenger, a 34-year-old woman from Osaka.",
        "\"We were told to stay calm,\" she said.",
        "The airline said it would cooperate fully. \"Safety is our top priority,\" it said.",
        "Captain Ken Mori landed the plane. \"It was routine,\" he said.",
    ]);
    assert_eq!(speaker(&qs, "We were told"), None);
    assert_eq!(speaker(&qs, "Safety is our"), None);
    assert_eq!(speaker(&qs, "It was routine"), Some("Ken Mori".into()));
}

#[test]
fn a_number_opening_a_sentence_is_no_name_and_an_apology_is_a_cue() {
    let qs = run(&[
        "Pearl Delta Airlines Flight 8712 returned to Kansai on Tuesday.",
        "One of the airport's two runways was closed for about three hours.",
        "The airline apologized in a statement. \"We sincerely apologize to the passengers,\" \
         it said.",
        "Several of the crew were hurt. \"It happened fast,\" they said.",
    ]);
    // The pronoun's antecedent is the unnamed airline, not "One" or "Several".
    assert_eq!(speaker(&qs, "We sincerely"), None);
    assert_eq!(speaker(&qs, "It happened"), None);
}

#[test]
fn the_union_and_the_52_year_old_are_the_ones_named_before() {
    let qs = run(&[
        "Maria Lopez, 52, lost her house and her shop in the flood.",
        "\"We have nothing left,\" the 52-year-old told AFP.",
        "The Riverton Dockworkers' Union, the umbrella union for port staff, called a strike.",
        "\"The port cannot reopen,\" the umbrella union said in a statement.",
        "The Ministry of Water Resources said it would send pumps.",
        "\"Pumps are on their way,\" the ministry said.",
        "\"The talks failed,\" the Workers' Party of Korea said.",
        "The Court of Arbitration for Sport upheld the ban.",
        "\"The panel found no fault,\" the court said.",
        "The Federal Aviation Administration grounded the jets.",
        "\"Safety comes first,\" the agency said.",
    ]);
    assert_eq!(speaker(&qs, "We have nothing"), Some("Maria Lopez".into()));
    assert_eq!(
        speaker(&qs, "The port cannot"),
        Some("Riverton Dockworkers' Union".into())
    );
    assert_eq!(
        speaker(&qs, "Pumps are"),
        Some("Ministry of Water Resources".into())
    );
    assert_eq!(
        speaker(&qs, "The talks failed"),
        Some("Workers' Party of Korea".into())
    );
    assert_eq!(
        speaker(&qs, "The panel found"),
        Some("Court of Arbitration for Sport".into())
    );
    assert_eq!(
        speaker(&qs, "Safety comes"),
        Some("Federal Aviation Administration".into())
    );

    // An organisation named long before, or none holding the post, is not guessed.
    let mut paras = vec!["The Bank of Korea kept its rate.".to_string()];
    paras.extend((0..80).map(|i| format!("Paragraph {i} of unrelated filler about the weather.")));
    paras.push("\"Uncertainty remains high,\" the bank said.".into());
    paras.push("\"Safety comes first,\" the agency said.".into());
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let qs = run(&refs);
    assert_eq!(speaker(&qs, "Uncertainty"), None);
    assert_eq!(speaker(&qs, "Safety comes"), None);
}
