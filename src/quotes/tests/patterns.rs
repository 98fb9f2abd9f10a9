//! Cue patterns from wire copy (appositions, descriptors, prepositions, colons,
//! organisations) and Korean/Japanese attribution, on small invented paragraphs.

use super::{find, run, speaker};

#[test]
fn organisations_prepositions_and_new_sentences() {
    let qs = run(&[
        "“We expect nothing,” the Kremlin said. It added: “Nothing at all.”",
        "Officials in Seoul, however, said the “deal” was off.",
        "“It is over.” Moon Jae-in left the room.",
        "According to Moon, the “window” is closing.",
    ]);
    assert_eq!(speaker(&qs, "We expect nothing"), Some("Kremlin".into()));
    assert_eq!(speaker(&qs, "Nothing at all"), Some("Kremlin".into()));
    let q = find(&qs, "deal");
    assert!(q.partial && q.speaker.is_none());
    // A full stop inside the quote: the capital after it starts a new sentence.
    assert_eq!(speaker(&qs, "It is over"), None);
    assert_eq!(speaker(&qs, "window"), Some("Moon Jae-in".into()));
}

#[test]
fn cue_patterns_after_and_before() {
    let qs = run(&[
        "US President Donald Trump met North Korean leader Kim Jong Un in Hanoi.",
        "“We will win,” North Korean leader Kim Jong Un said on Thursday.",
        "Trump wrote on Twitter: “Great meeting!”",
        "“That is false,” Pentagon spokesman John Kirby told reporters.",
        "“We are ready,” Kim said, adding that “the door is open.”",
        "“I think,” Trump said, “that we will see.”",
        "“No deal,” Trump tweeted. “None.”",
    ]);
    assert_eq!(speaker(&qs, "We will win"), Some("Kim Jong Un".into()));
    assert_eq!(speaker(&qs, "Great meeting"), Some("Donald Trump".into()));
    assert_eq!(speaker(&qs, "That is false"), Some("John Kirby".into()));
    let q = find(&qs, "the door is open");
    assert!(q.partial && q.speaker.as_deref() == Some("Kim Jong Un"));
    let q = find(&qs, "that we will see");
    assert!(!q.partial && q.speaker.as_deref() == Some("Donald Trump"));
    // An unattributed quote after an attributed one in the same paragraph.
    assert_eq!(speaker(&qs, "None."), Some("Donald Trump".into()));
}

#[test]
fn appositions_descriptors_and_colons() {
    let qs = run(&[
        "The foreign minister of the Marshall Islands, Jonah Lanki, said his government \
         welcomed the \"practical, fast\" approach.",
        "Sen. Patricia Holloway, D-Hawaii, called the pledge \"overdue,\" while Rep. Mark \
         Dyson, R-Texas, questioned it.",
        "\"I had a crew of six standing around,\" said contractor Luis Mendoza, whose \
         company builds homes.",
        "Hydrologist Dr. Irene Castaño of the University of Valencia, who reviewed the plan, \
         said walls were \"not a substitute for space\".",
        "Romblon Gov. Liza Maranan said 32 passengers were taken to hospitals.",
        "In a second post, written in Tagalog, she thanked the fishermen: \"Salamat po.\"",
        "\"We have put a serious offer on the table,\" Rodrigo Saavedra, Andes Pacific \
         Copper's vice president, said in a statement.",
        "Survivor Jericho Dela Cruz, 27, said he woke up to shouting.",
        "\"I grabbed my daughter,\" Dela Cruz said.",
        "Coun. Teresa Lindqvist, who voted in favour, said the closures were \"the least bad \
         option\" and promised to revisit them.",
    ]);
    let q = find(&qs, "practical, fast");
    assert!(q.partial && q.speaker.as_deref() == Some("Jonah Lanki"));
    assert_eq!(speaker(&qs, "overdue"), Some("Patricia Holloway".into()));
    assert_eq!(speaker(&qs, "I had a crew"), Some("Luis Mendoza".into()));
    assert_eq!(
        speaker(&qs, "not a substitute"),
        Some("Irene Castaño".into())
    );
    let q = find(&qs, "Salamat po");
    assert!(!q.partial && q.speaker.as_deref() == Some("Liza Maranan"));
    assert_eq!(speaker(&qs, "We have put"), Some("Rodrigo Saavedra".into()));
    assert_eq!(speaker(&qs, "I grabbed"), Some("Jericho Dela Cruz".into()));
    assert_eq!(
        speaker(&qs, "the least bad"),
        Some("Teresa Lindqvist".into())
    );
}

#[test]
fn korean_attribution() {
    let qs = run(&[
        "김민수 서울시 대변인은 “시민 안전을 최우선으로 하겠다”고 말했다.",
        "목격자 A씨는 “‘펑’ 하는 소리가 났다”며 “무서웠다”고 말했다.",
        "회사 측은 “비상경영”을 선언했다.",
    ]);
    assert_eq!(qs.len(), 4, "{qs:#?}");
    let q = find(&qs, "시민 안전을");
    assert!(!q.partial && q.speaker.as_deref() == Some("김민수"));
    // An anonymised witness names nobody; the nested ‘펑’ stays in the text.
    let q = find(&qs, "‘펑’ 하는");
    assert!(!q.partial && q.speaker.is_none());
    assert!(!find(&qs, "무서웠다").partial);
    let q = find(&qs, "비상경영");
    assert!(q.partial && q.speaker.is_none());
}

#[test]
fn japanese_attribution() {
    let qs = run(&[
        "田中一郎社長は記者会見で「責任を痛感している」と述べた。そのうえで「再発防止に努める」と話した。",
        "佐藤花子さんは「彼は『大丈夫』と言った」と話した。",
        "同社は「ノーザン・スター」の修理を急ぐ。",
    ]);
    assert_eq!(qs.len(), 4, "{qs:#?}");
    let q = find(&qs, "責任を痛感");
    assert!(!q.partial && q.speaker.as_deref() == Some("田中一郎"));
    // No subject in the second sentence: the previous speaker in the paragraph.
    assert_eq!(speaker(&qs, "再発防止"), Some("田中一郎".into()));
    let q = find(&qs, "彼は");
    assert!(q.text.contains("『大丈夫』") && q.speaker.as_deref() == Some("佐藤花子"));
    let q = find(&qs, "ノーザン");
    assert!(q.partial && q.speaker.is_none());
}

#[test]
fn a_quote_without_a_cue_after_reported_speech_is_the_reporters_subject() {
    let qs = run(&[
        "Mayor Anna Russo said the levee had been inspected in May. The breach was \
         \"entirely preventable\" and \"a failure of maintenance\".",
        "Russo said the council would meet on Tuesday.",
        "\"No one will be left behind.\"",
        "The repairs would be \"the first priority\" for the council.",
        "Russo said the plan was sound. Her rival Tom Kessler called it \"fantasy\" and \
         the budget \"a fiction\".",
        "Russo toured the levee on Monday. The breach was \"a scandal\".",
    ]);
    assert_eq!(speaker(&qs, "entirely"), Some("Anna Russo".into()));
    assert_eq!(speaker(&qs, "a failure"), Some("Anna Russo".into()));
    // A closed quote that is a paragraph of its own, after a paragraph of reported speech.
    assert_eq!(speaker(&qs, "No one will"), Some("Anna Russo".into()));
    // A partial quote in the next paragraph, one whose sentence names another person,
    // and one after a sentence that reports no speech are not guessed.
    assert_eq!(speaker(&qs, "the first priority"), None);
    assert_eq!(speaker(&qs, "fantasy"), Some("Tom Kessler".into()));
    assert_ne!(speaker(&qs, "a fiction"), Some("Anna Russo".into()));
    assert_eq!(speaker(&qs, "a scandal"), None);
}
