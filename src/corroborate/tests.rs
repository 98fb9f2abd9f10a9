//! Corroboration on the bundled samples: six outlets' reports of one event, which agree
//! on most facts, render one remark in two translations and disagree on one number.

use super::*;
use crate::samples::SAMPLES;
use std::sync::Arc;

fn samples() -> Vec<Article> {
    SAMPLES
        .iter()
        .filter(|(name, _)| !name.ends_with("README.md"))
        .filter_map(|(name, bytes)| crate::import_bytes(name, bytes).ok())
        .collect()
}

fn run(articles: &[Article]) -> Corroboration {
    let refs: Vec<&Article> = articles.iter().collect();
    compare(&refs)
}

/// The group containing a statement whose text contains `needle`.
fn group_with<'c>(c: &'c Corroboration, needle: &str) -> Option<&'c Group> {
    let quote = c
        .statements
        .iter()
        .position(|s| s.kind == Kind::Quote && s.text.starts_with(needle));
    let s = quote.or_else(|| c.statements.iter().position(|s| s.text.contains(needle)))?;
    c.group_of(s)
}

#[test]
fn every_match_is_across_origins_and_kinds_agree() {
    let articles = samples();
    assert_eq!(articles.len(), 6);
    let c = run(&articles);
    assert!(c.groups.len() >= 8, "{} groups", c.groups.len());
    for m in &c.matches {
        let (a, b) = (&c.statements[m.a], &c.statements[m.b]);
        assert_ne!(c.origins[a.article], c.origins[b.article]);
        // A remark matches a remark, a sentence that names its speaker, or one that
        // reports it in much the same words ("EstraHydro said … no structural defects"
        // for its chief executive's remark).
        if a.kind != b.kind && m.score < groups::UNNAMED_REPORT {
            let (q, f) = if a.kind == Kind::Quote {
                (a, b)
            } else {
                (b, a)
            };
            let speaker = q.speaker.as_deref().expect("a remark with a speaker");
            let surname = speaker.split_whitespace().last().expect("a name");
            assert!(f.text.contains(surname), "{f:?} names {speaker}");
        }
    }
    // Two statements of one article share a group only as neighbours (a fact one outlet
    // splits over two sentences).
    for g in &c.groups {
        for (k, &x) in g.members.iter().enumerate() {
            for &y in &g.members[k + 1..] {
                let (a, b) = (&c.statements[x], &c.statements[y]);
                if a.article == b.article {
                    assert!(
                        a.sentences.start <= b.sentences.end
                            && b.sentences.start <= a.sentences.end,
                        "{a:?} {b:?}"
                    );
                }
            }
        }
        assert!(g.origins >= 2);
    }
}

#[test]
fn the_ministers_remark_is_matched_across_two_translations() {
    let c = run(&samples());
    let g = group_with(&c, "We will leave nobody behind").expect("AFP's rendering is matched");
    assert_eq!(g.kind, Kind::Quote);
    let texts: Vec<&str> = g
        .members
        .iter()
        .map(|&m| c.statements[m].text.as_str())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("No one will be left behind")),
        "{texts:?}"
    );
    assert_eq!(c.outlets_of(&g.members), ["AFP", "Yonhap"]);
}

#[test]
fn the_evacuation_count_is_a_discrepancy_on_top() {
    let c = run(&samples());
    let d = c
        .discrepancies
        .iter()
        .find(|d| d.what.contains("10,000"))
        .expect("12,000 against more than 10,000");
    assert_eq!(d.kind, particulars::Kind::Number);
    assert!(
        d.what.contains("12,000") && d.what.contains("more than 10,000"),
        "{}",
        d.what
    );
    // Groups with discrepancies come first.
    let first_plain = c.groups.iter().position(|g| g.discrepancies.is_empty());
    assert!(first_plain.is_none_or(|p| d.group < p && c.groups[p..].iter().all(|g| g.discrepancies.is_empty())));
    // Each value is located in its article's text.
    let articles = samples();
    for v in &d.members {
        let s = &c.statements[v.statement];
        assert_eq!(
            &articles[s.article].text[v.start..v.end],
            v.value
                .trim_start_matches(|ch: char| ch.is_alphabetic() || ch == ' ')
        );
        // Compared without qualifiers: "more than 10,000" is 10000, "About 12,000" 12000.
        assert!(["10000", "12000"].contains(&v.normal.as_str()), "{v:?}");
    }
    assert!(d.members.iter().any(|v| v.normal == "10000"));
    assert!(d.members.iter().any(|v| v.normal == "12000"));
}

#[test]
fn same_agency_and_copies_never_confirm() {
    let articles = samples();
    let afp = articles
        .iter()
        .find(|a| a.meta.source.as_deref() == Some("AFP"))
        .cloned();
    let afp = afp.expect("an AFP sample");
    // The same story twice (same agency), and once more relabelled as another outlet.
    let mut relabelled = afp.clone();
    relabelled.meta.source = Some("Daily Star".into());
    relabelled.path = "copy.txt".into();
    let c = run(&[afp.clone(), afp.clone(), relabelled]);
    assert_eq!(c.origins, [0, 0, 0], "agency, then wire copy");
    assert!(c.matches.is_empty() && c.groups.is_empty());
    // Against another outlet, the copies count once.
    let ap = articles
        .iter()
        .find(|a| a.meta.source.as_deref() == Some("AP"))
        .cloned();
    let c = run(&[afp.clone(), afp, ap.expect("an AP sample")]);
    for g in &c.groups {
        assert_eq!(g.origins, 2);
        assert_eq!(c.outlets_of(&g.members).len(), 2);
    }
}

#[test]
fn sources_map_items_to_what_confirms_them() {
    let project = crate::samples::sample_project();
    let s = sources::Sources::new(&project);
    assert!(s.is_current(&project));
    let src = project
        .sources
        .iter()
        .find(|x| x.article.meta.source.as_deref() == Some("Yonhap"))
        .expect("Yonhap sample");
    let start = src
        .article
        .text
        .find("About 12,000 residents")
        .expect("sentence");
    let support = s.support(src.id, start, start + 20);
    assert_eq!(support.own.len(), 1);
    let outlets = s.found.outlets_of(&support.confirming);
    assert!(
        outlets.contains(&"AFP".to_owned()) && outlets.contains(&"AP".to_owned()),
        "{outlets:?}"
    );
    assert_eq!(support.discrepancies.len(), 1);
    let mut changed = project.clone();
    Arc::make_mut(&mut changed.sources[0].article)
        .text
        .push('x');
    changed.sources[0].sha256 = "other".into();
    assert!(!s.is_current(&changed));
}

#[test]
fn grounding_lists_what_no_source_says() {
    use crate::project::{Edit, ItemChange};
    use grounding::{Field, Grounds};
    let mut project = crate::samples::sample_project();
    let sources = project.sources.clone();
    project = crate::draft::draft(sources, Some("Kesh Dam"), "2024-09-16");
    let first = project.briefing.sections[0].items[0].id;
    let summary = "About 12,000 people left Dravik after the Kesh Dam broke on Saturday, Sept. 14; \
                   Petra Voss promised help. 15,000 troops from Atlantis arrived on March 3. \
                   Volunteers were first to help, and a nineteenth convoy followed.";
    project
        .apply(Edit::Batch(vec![
            Edit::SetField {
                field: crate::project::BriefingField::Summary,
                value: summary.into(),
            },
            Edit::SetItem {
                id: first,
                change: ItemChange::Note(Some("Compare with the Vostok dam in 1998.".into())),
            },
        ]))
        .expect("edits apply");
    let found = Grounds::new(project.sources.iter().map(|s| s.article.as_ref())).check(&project);
    let listed: Vec<(&str, &str)> = found.iter().map(|u| (u.kind, u.text.as_str())).collect();
    // Made up: a count, a place, a date; in the note, a name and a year.
    for expected in [
        ("number", "15,000"),
        ("name", "Atlantis"),
        ("date", "March 3"),
    ] {
        assert!(listed.contains(&expected), "{expected:?} in {listed:?}");
    }
    assert!(
        found
            .iter()
            .any(|u| u.field == Field::Note(first) && u.text == "Vostok"),
        "{listed:?}"
    );
    assert!(
        found
            .iter()
            .any(|u| u.field == Field::Note(first) && u.text == "1998"),
        "{listed:?}"
    );
    // Stated by the sources, however written: nothing else is listed.
    for grounded in [
        "12,000",
        "Dravik",
        "Kesh Dam",
        "Saturday",
        "Sept. 14",
        "Petra Voss",
        // Ordinals in words rank rather than state a figure ("first to help").
        "first",
        "nineteenth",
    ] {
        assert!(
            !listed.iter().any(|(_, t)| *t == grounded),
            "{grounded} is in the sources: {listed:?}"
        );
    }
    // Spans point into the field's text.
    for u in found.iter().filter(|u| u.field == Field::Summary) {
        assert_eq!(&summary[u.start..u.end], u.text);
    }
}

#[test]
fn too_many_sentences_are_not_compared_and_say_why() {
    let mut big = samples().remove(0);
    let one = big.sentences[0].clone();
    big.sentences = vec![one; MAX_STATEMENTS + 1];
    let small = samples().remove(1);
    let c = compare(&[&big, &small]);
    assert!(c.groups.is_empty() && c.statements.is_empty());
    let why = c.skipped.as_deref().unwrap_or_default();
    assert!(why.contains("too many"), "{why}");
    assert_eq!(c.statements_of(1), 0..0);
    assert!(compare(&[&small, &samples().remove(2)]).skipped.is_none());
}

mod discrepancies;
mod figures;
mod matching;
