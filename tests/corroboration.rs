//! Corroboration against hand-labelled sets (`tests/fixtures/corroboration/`): pairs of
//! reports of one event by two outlets, with every pair of sentences or quotes that
//! report the same fact or remark marked by hand (`match`, or `conflict` when a particular
//! differs), plus hard non-matches. Precision and recall are printed and held to the
//! issue's goals (precision ≥ 0.9 over matches, for facts and remarks together and for
//! each kind; recall ≥ 0.8 on matched remarks and facts), on the sets used for tuning and
//! on a blind set never used for it.
//!
//! Recall is counted per remark or fact: of the sentences and quotes that have a labelled
//! partner in the other report, how many are matched to one of them (the statements that
//! rightly carry a "confirmed by" badge in the reader). Recall over labelled pairs, which
//! also asks for every further partner of a sentence already confirmed (a lede against
//! each of three sentences that split it), is printed beside it and held to floors under
//! what it measures; it stays below 0.8 (see the README). Also the seeds, the wire-copy
//! pair and the `compare` command's JSON.

use briefing::Article;
use briefing::corroborate::{Corroboration, Kind, compare};
use std::path::{Path, PathBuf};

/// One labelled line: `match|conflict|nonmatch fact|quote | snippet a | snippet b`.
struct Label {
    label: String,
    kind: String,
    a: String,
    b: String,
}

fn labels(dir: &Path) -> Vec<Label> {
    let text = std::fs::read_to_string(dir.join("labels.txt")).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.split(" | ").collect();
            assert_eq!(parts.len(), 3, "{l}");
            let (label, kind) = parts[0].split_once(' ').unwrap();
            assert!(["match", "conflict", "nonmatch"].contains(&label), "{l}");
            assert!(["fact", "quote"].contains(&kind), "{l}");
            Label {
                label: label.into(),
                kind: kind.into(),
                a: parts[1].into(),
                b: parts[2].into(),
            }
        })
        .collect()
}

/// The article file whose name starts with `stem` ("a" → a.txt, a.md or a.html).
fn article(dir: &Path, stem: &str) -> Article {
    let path: PathBuf = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == stem))
        .unwrap();
    briefing::import_file(&path).unwrap()
}

/// Byte range of a snippet (unique in the text; the set's check.py guarantees it).
fn locate(text: &str, snippet: &str) -> (usize, usize) {
    let start = text
        .find(snippet)
        .unwrap_or_else(|| panic!("{snippet:?} not in text"));
    (start, start + snippet.len())
}

/// Whether statement `s` covers the snippet range: a fact its sentence, a remark the
/// sentences it is quoted in (the set labels a remark against a paraphrase by the words
/// outside the quote marks).
fn covers(c: &Corroboration, articles: [&Article; 2], s: usize, range: (usize, usize)) -> bool {
    let st = &c.statements[s];
    let (start, end) = match st.kind {
        Kind::Fact => (st.start, st.end),
        Kind::Quote => {
            let sentences = &articles[st.article].sentences;
            let first = sentences
                .get(st.sentences.start)
                .map_or(st.start, |x| x.start.min(st.start));
            let last = st
                .sentences
                .end
                .checked_sub(1)
                .and_then(|i| sentences.get(i));
            (first, last.map_or(st.end, |x| x.end.max(st.end)))
        }
    };
    start < range.1 && range.0 < end
}

#[derive(Default)]
struct Tally {
    predicted: usize,
    correct: usize,
    labelled: usize,
    found: usize,
    conflicts: usize,
    conflicts_flagged: usize,
    hard_negatives: usize,
    hard_negatives_matched: usize,
    /// Pairs labelled as agreeing ("match") that were found.
    agreeing_found: usize,
    /// Of those, how many were flagged as disagreeing: false alarms.
    false_alarms: usize,
    /// Sentences on either side that carry a labelled match or conflict.
    statements: usize,
    /// Of those, how many were matched to at least one of their labelled partners: the
    /// sentences that would rightly carry a "confirmed by" badge in the reader.
    statements_confirmed: usize,
}

/// The labelled pair folders under `rel`.
fn labelled(rel: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(crate::fixture(rel))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("labels.txt").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The sets the matcher was tuned on: the first fifteen pairs, the eight of `set2/`
/// (written later by someone who never saw the matcher; held out at first, where recall
/// was 0.78), the ten of `set3/` (written blind; measured blind once at precision 0.934
/// and recall 0.661, then read to develop the matcher) and the ten of `set4/` (the
/// second blind set: precision 0.905 and recall 0.628 when it arrived, 0.908 and 0.650
/// when its misses were first read).
#[test]
fn precision_and_recall_on_the_tuning_sets() {
    let mut dirs = labelled("corroboration");
    dirs.extend(labelled("corroboration/set2"));
    dirs.extend(labelled("corroboration/set3"));
    dirs.extend(labelled("corroboration/set4"));
    assert!(dirs.len() >= 43, "at least 43 labelled pairs");
    evaluate("tuning sets", &dirs, TUNING_PAIR_RECALL);
}

/// Ten pairs written blind (by someone who saw neither the matcher nor its results) and
/// never used to tune it: the honest estimate of how it does on new reports.
#[test]
fn precision_and_recall_on_the_blind_set() {
    let dirs = labelled("corroboration/blind");
    assert!(dirs.len() >= 10, "at least ten blind pairs");
    evaluate("blind set", &dirs, BLIND_PAIR_RECALL);
}

/// The issue's goals: precision over matches and recall over matched remarks and facts.
const GOAL_PRECISION: f64 = 0.9;
const GOAL_RECALL: f64 = 0.8;

/// The recall over labelled pairs the tuning sets are held to: a floor under what they
/// measure (0.810 on the first 33 pairs, 0.769 since `set4/` joined them; 0.807 and
/// 0.765 since two agreeing pairs matched only as false disagreements are no longer
/// matched) that catches a regression.
const TUNING_PAIR_RECALL: f64 = 0.75;

/// The recall over labelled pairs the blind set is held to: a floor under what it
/// measured when it arrived (0.673; the second blind set, now `set4/`, arrived at 0.628).
const BLIND_PAIR_RECALL: f64 = 0.6;

/// Prints precision and recall over `dirs` against the issue's goals; holds precision
/// (overall and for each kind) and recall over matched remarks and facts to the goals,
/// and recall over labelled pairs to `least_pair_recall`.
fn evaluate(name: &str, dirs: &[PathBuf], least_pair_recall: f64) {
    let mut by_kind = [("fact", Tally::default()), ("quote", Tally::default())];
    for dir in dirs {
        let (a, b) = (article(dir, "a"), article(dir, "b"));
        let c = compare(&[&a, &b]);
        let labels = labels(dir);
        let located: Vec<((usize, usize), (usize, usize))> = labels
            .iter()
            .map(|l| (locate(&a.text, &l.a), locate(&b.text, &l.b)))
            .collect();
        let positive = |l: &Label| l.label != "nonmatch";
        // Each accepted match, oriented a → b.
        let predicted: Vec<(usize, usize)> = c
            .matches
            .iter()
            .map(|m| {
                if c.statements[m.a].article == 0 {
                    (m.a, m.b)
                } else {
                    (m.b, m.a)
                }
            })
            .collect();
        let hit = |&(x, y): &(usize, usize), i: usize| {
            covers(&c, [&a, &b], x, located[i].0) && covers(&c, [&a, &b], y, located[i].1)
        };
        for (x, y) in &predicted {
            let kind = if c.statements[*x].kind == Kind::Quote {
                1
            } else {
                0
            };
            let tally = &mut by_kind[kind].1;
            tally.predicted += 1;
            let good = (0..labels.len()).any(|i| positive(&labels[i]) && hit(&(*x, *y), i));
            if good {
                tally.correct += 1;
            } else {
                eprintln!(
                    "{}: unlabelled match\n    a: {}\n    b: {}",
                    dir.file_name().unwrap().to_string_lossy(),
                    c.statements[*x].text,
                    c.statements[*y].text
                );
            }
        }
        // Each labelled sentence, by side and kind: whether one of its labels was found.
        let mut confirmed: std::collections::BTreeMap<(usize, usize, usize), bool> =
            Default::default();
        for (i, l) in labels.iter().enumerate() {
            let kind = if l.kind == "quote" { 1 } else { 0 };
            if positive(l) {
                let matched = predicted.iter().any(|p| hit(p, i));
                for (side, article, range) in [(0, &a, located[i].0), (1, &b, located[i].1)] {
                    let sentence = article
                        .sentences
                        .iter()
                        .position(|x| x.start <= range.0 && range.0 < x.end)
                        .unwrap();
                    *confirmed.entry((kind, side, sentence)).or_default() |= matched;
                }
            }
        }
        for ((kind, _, _), found) in confirmed {
            by_kind[kind].1.statements += 1;
            by_kind[kind].1.statements_confirmed += usize::from(found);
        }
        for (i, l) in labels.iter().enumerate() {
            let kind = if l.kind == "quote" { 1 } else { 0 };
            let tally = &mut by_kind[kind].1;
            let matched = predicted.iter().any(|p| hit(p, i));
            if !positive(l) {
                tally.hard_negatives += 1;
                tally.hard_negatives_matched += usize::from(matched);
                continue;
            }
            tally.labelled += 1;
            tally.found += usize::from(matched);
            if !matched {
                eprintln!(
                    "{}: missed {} {}\n    a: {}\n    b: {}",
                    dir.file_name().unwrap().to_string_lossy(),
                    l.label,
                    l.kind,
                    l.a,
                    l.b
                );
            }
            let flagged = c.discrepancies.iter().any(|d| {
                let has = |side: usize, range: (usize, usize)| {
                    d.members.iter().any(|v| {
                        c.statements[v.statement].article == side
                            && covers(&c, [&a, &b], v.statement, range)
                    })
                };
                has(0, located[i].0) && has(1, located[i].1)
            });
            if l.label == "match" && matched {
                tally.agreeing_found += 1;
                tally.false_alarms += usize::from(flagged);
                if flagged {
                    eprintln!(
                        "{}: agreeing match flagged as a discrepancy\n    a: {}\n    b: {}",
                        dir.file_name().unwrap().to_string_lossy(),
                        l.a,
                        l.b
                    );
                }
            }
            if l.label == "conflict" {
                tally.conflicts += 1;
                tally.conflicts_flagged += usize::from(flagged);
                if matched && !flagged {
                    eprintln!(
                        "{}: conflict matched but not flagged\n    a: {}\n    b: {}",
                        dir.file_name().unwrap().to_string_lossy(),
                        l.a,
                        l.b
                    );
                }
            }
        }
    }
    let mut total = Tally::default();
    println!("\ncorroboration, {name}: {} labelled pairs", dirs.len());
    println!(
        "kind    predicted correct precision  labelled found recall   conflicts flagged  hard negatives matched  agreeing found flagged"
    );
    for (name, t) in &by_kind {
        print_row(name, t);
        total.predicted += t.predicted;
        total.correct += t.correct;
        total.labelled += t.labelled;
        total.found += t.found;
        total.conflicts += t.conflicts;
        total.conflicts_flagged += t.conflicts_flagged;
        total.hard_negatives += t.hard_negatives;
        total.hard_negatives_matched += t.hard_negatives_matched;
        total.agreeing_found += t.agreeing_found;
        total.false_alarms += t.false_alarms;
        total.statements += t.statements;
        total.statements_confirmed += t.statements_confirmed;
    }
    print_row("all", &total);
    let rows = by_kind.iter().map(|(n, t)| (*n, t));
    for (name, t) in rows.chain(std::iter::once(("all", &total))) {
        println!(
            "{name:<7} labelled sentences confirmed by a labelled partner: {} of {} ({:.3})",
            t.statements_confirmed,
            t.statements,
            t.statements_confirmed as f64 / t.statements.max(1) as f64
        );
    }
    let precision = total.correct as f64 / total.predicted.max(1) as f64;
    let recall = total.statements_confirmed as f64 / total.statements.max(1) as f64;
    let pair_recall = total.found as f64 / total.labelled.max(1) as f64;
    let verdict = |x: f64, goal: f64| if x >= goal { "met" } else { "NOT met" };
    let fact_and_quote = by_kind
        .iter()
        .map(|(_, t)| t.correct as f64 / t.predicted.max(1) as f64)
        .fold(precision, f64::min);
    println!(
        "precision {precision:.3} (lowest of all, facts and quotes {fact_and_quote:.3}) against the goal of {GOAL_PRECISION}: {}",
        verdict(fact_and_quote, GOAL_PRECISION)
    );
    println!(
        "recall over matched remarks and facts {recall:.3} against the goal of {GOAL_RECALL}: {}",
        verdict(recall, GOAL_RECALL)
    );
    println!(
        "recall over labelled pairs (stricter: every partner of each sentence) {pair_recall:.3}, \
         against 0.8: {}",
        verdict(pair_recall, GOAL_RECALL)
    );
    assert!(
        precision >= GOAL_PRECISION,
        "precision {precision:.3} below the goal of {GOAL_PRECISION}"
    );
    assert!(
        recall >= GOAL_RECALL,
        "recall over matched remarks and facts {recall:.3} below the goal of {GOAL_RECALL}"
    );
    assert!(
        pair_recall >= least_pair_recall,
        "recall over labelled pairs {pair_recall:.3} below {least_pair_recall}"
    );
    // No kind may buy recall with wrong matches: each keeps the precision floor.
    for (name, t) in &by_kind {
        let p = t.correct as f64 / t.predicted.max(1) as f64;
        assert!(p >= GOAL_PRECISION, "{name}: precision {p:.3}");
    }
}

fn print_row(name: &str, t: &Tally) {
    println!(
        "{name:<7} {:>9} {:>7} {:>9.3}  {:>8} {:>5} {:>6.3}   {:>9} {:>7}  {:>14} {:>7}  {:>14} {:>7}",
        t.predicted,
        t.correct,
        t.correct as f64 / t.predicted.max(1) as f64,
        t.labelled,
        t.found,
        t.found as f64 / t.labelled.max(1) as f64,
        t.conflicts,
        t.conflicts_flagged,
        t.hard_negatives,
        t.hard_negatives_matched,
        t.agreeing_found,
        t.false_alarms
    );
}

/// "Who has ruled Belarus since 1994" against "who has ruled the country for 34 years",
/// in stories published in 2026: 32 years, not 34. With the count put right, they agree.
#[test]
fn a_starting_year_against_a_count_of_years_disagrees_in_the_year_published() {
    let dir = crate::fixture("corroboration/years-apart");
    let afp = briefing::import_file(&dir.join("a.txt")).unwrap();
    let reuters = briefing::import_file(&dir.join("b.txt")).unwrap();
    assert_eq!(afp.meta.published.as_deref(), Some("2026-05-04"));
    let c = compare(&[&afp, &reuters]);
    assert_eq!(c.discrepancies.len(), 1, "{:?}", c.discrepancies);
    let d = &c.discrepancies[0];
    assert_eq!(d.what, r#"year: "1994 (32 years by 2026)" vs "34 years""#);
    let spans: Vec<&str> = d
        .members
        .iter()
        .map(|v| {
            let article = [&afp, &reuters][c.statements[v.statement].article];
            &article.text[v.start..v.end]
        })
        .collect();
    assert_eq!(spans, ["1994", "34"]);

    let text = std::fs::read_to_string(dir.join("b.txt")).unwrap();
    let text = text.replace("for 34 years", "for 32 years");
    let right = briefing::import_bytes("b.txt", text.as_bytes()).unwrap();
    let c = compare(&[&afp, &right]);
    assert!(!c.groups.is_empty());
    assert!(c.discrepancies.is_empty(), "{:?}", c.discrepancies);
}

#[test]
fn two_copies_of_one_wire_story_never_confirm_each_other() {
    let dir = crate::fixture("corroboration/wire-copy");
    let afp = briefing::import_file(&dir.join("afp.txt")).unwrap();
    let bss = briefing::import_file(&dir.join("bss.txt")).unwrap();
    assert_eq!(bss.meta.via.as_deref(), Some("BSS"));
    let c = compare(&[&afp, &bss]);
    assert_eq!(c.origins, [0, 0]);
    assert!(c.matches.is_empty() && c.groups.is_empty());
    // Relabelled as an unknown outlet, the copy is still recognised as the same story.
    let mut unknown = bss.clone();
    unknown.meta.source = Some("Morning Courier".into());
    let c = compare(&[&afp, &unknown]);
    assert_eq!(
        c.origins,
        [0, 0],
        "near-identical statements make one origin"
    );
    assert!(c.matches.is_empty());
}

#[test]
fn the_seeds_match_both_opening_remarks_and_the_hanoi_summit() {
    let Some(dir) = crate::seeds_dir() else {
        eprintln!("skipping: ../shared/seeds not found");
        return;
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .map(|p| briefing::import_file(p).unwrap())
        .collect();
    let refs: Vec<&Article> = articles.iter().collect();
    let c = compare(&refs);
    let group = |needle: &str| {
        let s = c
            .statements
            .iter()
            .position(|s| s.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} is a statement"));
        let g = c
            .group_of(s)
            .unwrap_or_else(|| panic!("{needle:?} is matched"));
        g.members
            .iter()
            .map(|&m| c.statements[m].text.clone())
            .collect::<Vec<_>>()
    };
    let kim = group("will be very salutary");
    assert!(
        kim.iter().any(|t| t.contains("a very useful meeting")),
        "{kim:?}"
    );
    let putin = group("On the occasion of (your visit)");
    assert!(
        putin
            .iter()
            .any(|t| t.contains("I am confident that your visit")),
        "{putin:?}"
    );
    let hanoi = group("his no-deal summit with U.S. President Donald Trump in Hanoi");
    assert!(
        hanoi
            .iter()
            .any(|t| t.contains("his Hanoi summit with US President")),
        "{hanoi:?}"
    );
    assert_eq!(c.outlets_of(&c.groups[0].members), ["Yonhap", "AFP"]);
    // No quote is matched to a different speaker: the remarks of a group have one
    // speaker, and a sentence that reports one of them names him ("Putin also voiced
    // hope that his sit-down with Kim will help enhance bilateral relations").
    for g in c.groups.iter().filter(|g| g.kind == Kind::Quote) {
        let remarks: Vec<&briefing::corroborate::Statement> = g
            .members
            .iter()
            .map(|&m| &c.statements[m])
            .filter(|s| s.kind == Kind::Quote)
            .collect();
        let speakers: Vec<&str> = remarks
            .iter()
            .filter_map(|s| s.speaker.as_deref())
            .collect();
        assert_eq!(speakers.len(), remarks.len(), "{remarks:?}");
        assert!(
            speakers
                .iter()
                .all(|s| briefing::corroborate::same_speaker(s, speakers[0])),
            "{speakers:?}"
        );
        let surname = speakers[0].rsplit(' ').next().unwrap();
        for &m in &g.members {
            let s = &c.statements[m];
            assert!(
                s.kind == Kind::Quote || s.text.contains(surname),
                "{:?} reports {surname}",
                s.text
            );
        }
    }
}

#[test]
fn compare_json_lists_groups_and_discrepancies_with_offsets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let files = [
        "afp_kesh_dam.txt",
        "reuters_kesh_dam.txt",
        "yonhap_kesh_dam.txt",
        "oruna_herald_kesh_dam.html",
    ];
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("compare")
        .arg("--json")
        .args(files.iter().map(|f| dir.join(f)))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups = v["groups"].as_array().unwrap();
    assert!(!groups.is_empty());
    for g in groups {
        assert!(g["score"].as_f64().unwrap() > 0.0);
        assert!(["fact", "quote"].contains(&g["kind"].as_str().unwrap()));
        for m in g["members"].as_array().unwrap() {
            let path = m["path"].as_str().unwrap();
            let a = briefing::import_file(Path::new(path)).unwrap();
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let text = m["text"].as_str().unwrap();
            // Offsets index the cleaned text, as in `inspect`: the span holds the text.
            assert!(
                a.text[start..end].contains(text.trim_end_matches(',')),
                "{text:?}"
            );
            assert!(m["source"].is_string() && m.get("speaker").is_some());
        }
    }
    let d = v["discrepancies"].as_array().unwrap();
    let evacuated = d
        .iter()
        .find(|d| d["what"].as_str().unwrap().contains("more than 10,000"))
        .expect("the evacuation count differs");
    assert_eq!(evacuated["members"].as_array().unwrap().len(), 3);
    let days = d
        .iter()
        .find(|d| d["kind"] == "day of the week")
        .expect("Friday against Saturday");
    let values: Vec<&str> = days["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["value"].as_str().unwrap())
        .collect();
    assert!(
        values.contains(&"Friday") && values.contains(&"Saturday"),
        "{values:?}"
    );
    // The readable form names the same discrepancies.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("compare")
        .args(files.iter().map(|f| dir.join(f)))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Discrepancies: 2") && text.contains("\"Saturday\" vs \"Friday\""),
        "{text}"
    );
}

/// `briefing build` compares the project's sources: items print who confirms them, and
/// numbers in the analyst's summary that no source gives are warned about (the build
/// still succeeds); `compare` reports a bad file on its own line and compares the rest.
#[test]
fn build_prints_confirmations_and_warns_about_ungrounded_numbers() {
    let dir = crate::export::tempdir();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
            .args(args)
            .output()
            .unwrap()
    };
    let project = dir.join("dam.briefing.json");
    let mut args: Vec<std::ffi::OsString> =
        vec!["draft".into(), "-o".into(), project.clone().into()];
    for f in [
        "afp_kesh_dam.txt",
        "reuters_kesh_dam.txt",
        "yonhap_kesh_dam.txt",
    ] {
        args.push(samples.join(f).into());
    }
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    assert!(run(&refs).status.success());
    let mut p = briefing::store::load(&project).unwrap();
    p.briefing.summary = "At least 14 dead; 15,000 evacuated.".into();
    briefing::store::save(&project, &p).unwrap();
    let out = run(&[
        "build".as_ref(),
        project.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: number \"15,000\" in the summary appears in no source"),
        "{stderr}"
    );
    assert!(!stderr.contains("\"14\""), "14 is in the sources: {stderr}");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("*Confirmed by "), "{md}");
    assert!(
        md.contains("*Sources differ on the day of the week:*"),
        "{md}"
    );
    // A missing file: one line, exit 2, the rest compared.
    let missing = dir.join("missing.txt");
    let out = run(&[
        "compare".as_ref(),
        samples.join("afp_kesh_dam.txt").as_os_str(),
        missing.as_os_str(),
        samples.join("yonhap_kesh_dam.txt").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Matched groups:"));
}

/// Every labelled article, run twice under different outlet names, compared several times:
/// the discrepancies are the same each time (they once depended on hash-map order when a
/// group held several differently worded statements).
#[test]
fn discrepancies_do_not_depend_on_hash_order() {
    let mut dirs = labelled("corroboration");
    dirs.extend(labelled("corroboration/set2"));
    let mut articles = Vec::new();
    for k in 0..2 {
        for dir in &dirs {
            for stem in ["a", "b"] {
                let mut a = article(dir, stem);
                a.meta.source = Some(format!("{} {k}", briefing::corroborate::outlet(&a)));
                articles.push(a);
            }
        }
    }
    let refs: Vec<&Article> = articles.iter().collect();
    let first = format!("{:?}", compare(&refs).discrepancies);
    for run in 0..6 {
        let again = format!("{:?}", compare(&refs).discrepancies);
        assert!(again == first, "run {run}: the discrepancies changed");
    }
}
