//! Tests of the text analysis: folding, stems, units, compounds, speakers.
use super::*;

#[test]
fn folds_spelling_abbreviations_and_numbers() {
    let a = Analyzer::default();
    assert_eq!(
        a.terms("The U.S. sent 10,000 labourers"),
        a.terms("the US sent 10000 laborers")
    );
    assert_eq!(a.terms("United States"), vec!["usa"]);
    assert_eq!(
        a.terms("us"),
        Vec::<String>::new(),
        "the pronoun is a stop word"
    );
    assert_eq!(a.terms("denuclearisation"), a.terms("denuclearization"));
    assert_eq!(a.terms("Kyïv’s"), a.terms("Kyiv's"));
    // A sum is one number with its scale, however it is written; the scale word stays.
    assert_eq!(a.terms("2.5 million"), vec!["2500000", "million"]);
    assert!(a.terms("$5.4 billion").contains(&"5400000000".to_owned()));
    assert!(a.terms("Rs 540 crore").contains(&"5400000000".to_owned()));
    assert!(a.terms("5,400 million").contains(&"5400000000".to_owned()));
    assert_eq!(
        a.terms("No one will be left behind"),
        a.terms("nobody will leave behind")
    );
}

#[test]
fn numbers_in_words_are_the_numbers_in_digits() {
    let a = Analyzer::default();
    assert_eq!(
        a.terms("Twenty-three miners were taken to hospital"),
        a.terms("23 miners were taken to hospital")
    );
    assert_eq!(
        a.terms("from twelve to seven days"),
        a.terms("from 12 to 7 days")
    );
    assert_eq!(a.terms("forty people"), a.terms("40 people"));
    // A number word counts as plain, like digits: it is what the sentence says.
    assert!(
        a.marked_terms("Seven ships")
            .contains(&("7".to_owned(), true))
    );
}

#[test]
fn units_and_calendar_words_fold_and_count_as_plain() {
    let a = Analyzer::default();
    assert_eq!(a.terms("60 km"), a.terms("60 kilometres"));
    assert_eq!(a.terms("Rs 4 lakh"), a.terms("rupees 400,000"));
    assert_eq!(a.terms("Rs 1.5 crore"), a.terms("Rs 15,000,000"));
    let marked = a.marked_terms("Paolo Riva met them on Tuesday in July");
    let plain: Vec<&str> = marked
        .iter()
        .filter(|(_, p)| *p)
        .map(|(t, _)| t.as_str())
        .collect();
    assert!(
        plain.contains(&"tuesday") && plain.contains(&"juli"),
        "{plain:?}"
    );
    assert!(!plain.contains(&"riva"), "a name is not plain");
}

#[test]
fn compounds_join_where_another_statement_writes_them_closed() {
    let a = Analyzer::default();
    let mut docs = vec![
        a.marked_terms("a Japan Coast Guard patrol vessel"),
        a.marked_terms("by coastguard boat"),
        a.marked_terms("the coast road"),
    ];
    join_compounds(&mut docs);
    let terms = |d: &Vec<(String, bool)>| d.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>();
    assert!(
        terms(&docs[0]).contains(&"coastguard".to_owned()),
        "{docs:?}"
    );
    assert!(!terms(&docs[0]).contains(&"coast".to_owned()));
    assert!(
        terms(&docs[2]).contains(&"coast".to_owned()),
        "no closed form: left alone"
    );
}

#[test]
fn speakers_match_by_name_tokens() {
    let n = |s| name_tokens(s);
    assert!(same_speaker(&n("Kim Jong-un"), &n("Kim Jong Un")));
    assert!(same_speaker(&n("Putin"), &n("President Vladimir Putin")));
    assert!(!same_speaker(&n("Kim Jong Il"), &n("Kim Jong Un")));
    assert!(!same_speaker(&n("Mike Pompeo"), &n("Vladimir Putin")));
    assert!(!same_speaker(&[], &n("Putin")));
    assert!(same_speaker(&n("Yury Baranov"), &n("Yuri Baranov")));
    assert!(!same_speaker(&n("Lev Zelenov"), &n("Yuri Baranov")));
}
