//! Tests of particular extraction: numbers, dates, times, names.
use super::*;

fn kinds(text: &str) -> Vec<(Kind, String)> {
    extract(text)
        .into_iter()
        .map(|p| (p.kind, p.value))
        .collect()
}

/// The values of the particulars of one kind in `text`.
fn values(text: &str, kind: Kind) -> Vec<String> {
    extract(text)
        .into_iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.value)
        .collect()
}

#[test]
fn times_of_day_but_not_running_times() {
    let times = |t: &str| values(t, Kind::Time);
    assert_eq!(times("The quake struck at 2:14 a.m. (1714 GMT)"), ["2:14"]);
    assert_eq!(
        times("at about 2.45am, and again at 8 p.m."),
        ["2:45", "20:00"]
    );
    assert_eq!(times("The meeting opened at 14:30 in Geneva."), ["14:30"]);
    assert!(times("He won in 2:15:40, through halfway in 60:02 and 1:00:02.").is_empty());
}

#[test]
fn running_times_are_seconds_and_hold_no_other_number() {
    let running = |t: &str| -> Vec<(String, &'static str)> {
        extract(t)
            .into_iter()
            .filter(|p| p.kind == Kind::Number)
            .map(|p| (p.value, p.unit))
            .collect()
    };
    assert_eq!(
        running("He won in 2:15:40, through halfway in 60:02 and 1:00:02."),
        [
            ("8140".into(), RUNNING),
            ("3602".into(), RUNNING),
            ("3602".into(), RUNNING)
        ]
    );
    assert_eq!(
        running("She ran 4:05.25 for the mile."),
        [("245.25".into(), RUNNING)]
    );
    // A time of day stays one.
    assert!(running("The meeting opened at 14:30 in Geneva.").is_empty());
}

#[test]
fn numbers_dates_and_names() {
    let k = kinds("Some 10,000 North Korean labourers left on Tuesday, April 25, 2019.");
    assert!(k.contains(&(Kind::Number, "10000".into())), "{k:?}");
    assert!(k.contains(&(Kind::Weekday, "tuesday".into())));
    assert!(k.contains(&(Kind::Date, "4-25".into())));
    assert!(k.contains(&(Kind::Year, "2019".into())));
    assert!(k.contains(&(Kind::Name, "north korean".into())));
    let k = kinds("Russia gave $25 million and four tonnes at 10 a.m. in May.");
    assert!(k.contains(&(Kind::Number, "25000000".into())), "{k:?}");
    assert!(k.contains(&(Kind::Number, "4".into())));
    let k = kinds("Thirty-seven people remain missing");
    assert_eq!(k, [(Kind::Number, "37".into())]);
    assert!(
        !k.iter().any(|(_, v)| v == "10"),
        "times are not amounts: {k:?}"
    );
    // "May" is the month with a day or a year after it, or a preposition before it;
    // alone it may be the verb.
    let months = |t: &str| values(t, Kind::Month);
    assert_eq!(
        months("The trial, which opened in May 2023, heard 150 witnesses."),
        ["5"]
    );
    assert_eq!(months("Russia gave four tonnes in May."), ["5"]);
    assert!(months("May the talks bring peace, Lindqvist said.").is_empty());
    assert_eq!(months("The trial began in March 2023."), ["3"]);
    let k = kinds("It met with U.S. President Donald Trump in Hanoi.");
    assert!(k.contains(&(Kind::Name, "donald trump".into())), "{k:?}");
    assert!(k.contains(&(Kind::Name, "hanoi".into())));
    assert!(
        !k.iter().any(|(_, v)| v == "it"),
        "sentence-initial word: {k:?}"
    );
}

#[test]
fn name_slots_and_spans() {
    let text = "He arrived in Vladivostok's port.";
    let p = extract(text);
    let name = p.iter().find(|p| p.kind == Kind::Name);
    let name = name.map(|p| (&text[p.start..p.end], p.slot.as_deref()));
    assert_eq!(name, Some(("Vladivostok", Some("in"))));
}
