//! Discrepancies in figures on small invented reports: two stated floors, a count read
//! past its qualifier, a measure against a count of things, "one" person, ordinals, and
//! a total against its parts.

use super::discrepancies::differ_on;
use crate::corroborate::particulars::{self, Kind};

#[test]
fn two_floors_are_two_figures_and_the_verb_before_a_qualifier_says_what_is_counted() {
    // "at least 19" is at least 17, but two outlets stating two floors disagree; and the
    // 17 are dead ("killing at least 17"), not injured ("injuring dozens more").
    assert_eq!(
        differ_on(
            "A fire tore through a garment factory outside Dhaka on Tuesday, killing at least 17 workers and injuring dozens more.",
            "A fire swept through a garment factory near Dhaka on Tuesday, killing at least 19 workers, most of them women."
        ),
        ["number: \"at least 17\" vs \"at least 19\""]
    );
    // A floor against a bare figure it allows still agrees.
    assert!(
        differ_on(
            "A fire tore through a garment factory outside Dhaka on Tuesday, killing more than 40 workers.",
            "A fire swept through a garment factory near Dhaka on Tuesday, killing 43 workers."
        )
        .is_empty()
    );
}

#[test]
fn a_measure_is_not_agreed_by_a_count_of_things() {
    // "two runways" gives the value 2, but of runways, not of hours.
    assert_eq!(
        differ_on(
            "One of the airport's two runways was closed for about three hours after the emergency landing.",
            "After the emergency landing the runway was closed for about two hours."
        ),
        ["number: \"about three\" vs \"about two\""]
    );
}

#[test]
fn one_person_is_a_count() {
    assert_eq!(
        differ_on(
            "Two patients who received verunemab in the trial died of brain bleeds, the company said.",
            "One patient given verunemab in the study died of a brain bleed, according to Heliovant."
        ),
        ["number: \"Two\" vs \"One\""]
    );
    // "one of its engines" is no count.
    let ps = particulars::extract_with("a fire in one of its engines", false);
    assert!(ps.iter().all(|p| p.kind != Kind::Number), "{ps:?}");
}

#[test]
fn ordinals_rank_what_follows_them() {
    assert_eq!(
        differ_on(
            "The blaze broke out at around 9:40 am on the fourth floor of the garment factory.",
            "The fire began on the fifth floor of the garment factory at about 9:40 am."
        ),
        ["number: \"fourth\" vs \"fifth\""]
    );
    // The unit of time is not second place.
    let ps = particulars::extract_with("winds of 45 meters per second at landfall", false);
    assert!(ps.iter().all(|p| p.unit != particulars::ORDINAL), "{ps:?}");
    let ps = particulars::extract_with("the 11th game and the second set", false);
    let ranks: Vec<&str> = ps
        .iter()
        .filter(|p| p.unit == particulars::ORDINAL)
        .map(|p| p.value.as_str())
        .collect();
    assert_eq!(ranks, ["11", "2"]);
}

#[test]
fn a_total_agrees_with_the_parts_it_adds_up() {
    // 312 + 14 = 326: the second outlet counts passengers and crew together.
    assert!(
        differ_on(
            "The Boeing 787, carrying 312 passengers and 14 crew members, landed safely in Doha after the engine failure.",
            "All 326 passengers and crew members left the Boeing 787 safely after it landed in Doha with a failed engine."
        )
        .is_empty()
    );
    assert!(
        differ_on(
            "All 326 passengers and crew members left the Boeing 787 safely after it landed in Doha with a failed engine.",
            "The Boeing 787, carrying 312 passengers and 14 crew members, landed safely in Doha after the engine failure."
        )
        .is_empty()
    );
    // A total the parts do not make is still a disagreement.
    assert_eq!(
        differ_on(
            "The Boeing 787, carrying 312 passengers and 14 crew members, landed safely in Doha after the engine failure.",
            "All 336 passengers and crew members left the Boeing 787 safely after it landed in Doha with a failed engine."
        ),
        ["number: \"312\" vs \"336\""]
    );
    // Two ends of a range are no parts of a total.
    assert!(!differ_on(
        "Between 20 and 30 workers were hurt when the scaffolding at the Doha stadium collapsed.",
        "Fifty workers were hurt when the scaffolding at the Doha stadium collapsed."
    )
    .is_empty());
}

#[test]
fn a_night_that_runs_into_the_next_day_and_a_deadline_are_no_other_day() {
    // Saturday night runs into Sunday morning.
    assert!(
        differ_on(
            "Hackers struck the Linden regional hospital's computer systems on Saturday night, encrypting patient records.",
            "The hospital said hackers struck its computer systems overnight into Sunday, encrypting patient records."
        )
        .is_empty()
    );
    // Both before dawn, on two days: still two days.
    assert_eq!(
        differ_on(
            "Hackers struck the Linden regional hospital's computer systems before dawn on Saturday, encrypting patient records.",
            "The hospital said hackers struck its computer systems before dawn on Sunday, encrypting patient records."
        ),
        ["day of the week: \"Saturday\" vs \"Sunday\""]
    );
    // "until Wednesday" says how long, not when.
    assert!(
        differ_on(
            "The Linden regional hospital postponed all planned surgery on Monday after the hackers struck.",
            "All planned surgery at the Linden regional hospital is postponed until Wednesday after the hackers struck."
        )
        .is_empty()
    );
}
