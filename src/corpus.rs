//! Synthetic wire copy for benchmarks and stress tests.
//!
//! Benchmarks need megabytes of realistic input that nobody has to ship: this generates
//! deterministic articles in the four wire styles the importer handles (Yonhap web copy
//! with site chrome, AFP hard-wrapped with slug and trailers, Reuters, AP), full of the
//! things that cost time: quotes with cue verbs and pronouns, abbreviations ("U.S.",
//! "Dr.", "a.m."), numbers, datelines, crossheads and captions. Same seed, same bytes.

/// A small deterministic PRNG (xorshift64*), so the corpus is identical on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const PEOPLE: &[(&str, &str, &str)] = &[
    ("Defense Minister", "Lee Jae-hoon", "Lee"),
    ("Foreign Minister", "Park Min-young", "Park"),
    ("U.S. Secretary of State", "Mike Pompeo", "Pompeo"),
    ("Russian President", "Vladimir Putin", "Putin"),
    ("Gen.", "Choi Dong-wook", "Choi"),
    ("Dr.", "Helen Marsh", "Marsh"),
    ("Sen.", "Mary Tanaka", "Tanaka"),
    ("spokesman", "Ahmed Rahimov", "Rahimov"),
];
const PLACES: &[&str] = &[
    "SEOUL",
    "VLADIVOSTOK",
    "TOKYO",
    "GENEVA",
    "WASHINGTON",
    "BISHKEK",
];
const MONTHS: &[&str] = &["Jan.", "March", "April", "Aug.", "Nov.", "Dec."];
const TOPICS: &[&str] = &[
    "the U.S.-led sanctions regime",
    "a $4.5 billion aid package",
    "the 1987 Intermediate-Range Nuclear Forces Treaty",
    "talks scheduled for 10 a.m. on Tuesday",
    "a 5.5 percent rise in exports",
    "the U.N. Security Council's next session",
    "the evacuation of some 12,000 residents",
    "a pipeline running 1,200 km. across the region",
];
const CLAUSES: &[&str] = &[
    "officials said on Thursday",
    "according to the ministry",
    "analysts noted",
    "the report said",
    "in a statement released late Wednesday",
];
const QUOTES: &[&str] = &[
    "We will not accept any outcome that leaves our people behind",
    "It is fair to say that both sides share the same difficulties ... I think the message is clear",
    "The priority now is to reach the villages before nightfall",
    "Nobody on this council wanted to be here tonight",
    "We have put a serious offer on the table, and we expect a serious answer",
];

/// One generated article: a file name (its extension tells the style) and its text.
#[derive(Debug, Clone)]
pub struct Generated {
    /// File name such as `0007_afp.txt`.
    pub name: String,
    /// The article text.
    pub text: String,
}

/// Generates `count` articles of roughly `bytes_each` bytes, deterministically from `seed`.
pub fn generate(count: usize, bytes_each: usize, seed: u64) -> Vec<Generated> {
    let mut rng = Rng(seed | 1);
    (0..count)
        .map(|i| {
            let style = i % 4;
            let text = article(&mut rng, style, bytes_each);
            let name = ["yonhap", "afp", "reuters", "ap"][style];
            Generated {
                name: format!("{i:04}_{name}.txt"),
                text,
            }
        })
        .collect()
}

/// One sentence of narrative wire copy.
fn narrative(rng: &mut Rng) -> String {
    let (title, full, short) = PEOPLE[rng.below(PEOPLE.len() as u64) as usize];
    match rng.below(4) {
        0 => format!(
            "The decision on {} came after weeks of talks, {}.",
            rng.pick(TOPICS),
            rng.pick(CLAUSES)
        ),
        1 => format!(
            "{title} {full} is expected to raise {} when the delegations meet in Geneva next week.",
            rng.pick(TOPICS)
        ),
        2 => format!(
            "Dr. Kim of the Seoul-based institute said the U.S. and China would watch {} closely, while {short} has so far declined to comment.",
            rng.pick(TOPICS)
        ),
        _ => format!(
            "Seoul and Washington have discussed {} since Jan. 5, and about 3,400 troops took part in drills that ended at 6 a.m. on Monday.",
            rng.pick(TOPICS)
        ),
    }
}

/// One paragraph. The mix follows the two seed articles: about seven sentences and one or
/// two quotes per kilobyte, one paragraph in three quoting someone.
fn paragraph(rng: &mut Rng, speaker: &mut Option<usize>) -> String {
    let (title, full, short) = PEOPLE[rng.below(PEOPLE.len() as u64) as usize];
    match rng.below(12) {
        0 => {
            *speaker = Some(0);
            format!(
                "\u{201c}{},\u{201d} {title} {full} told reporters.",
                rng.pick(QUOTES)
            )
        }
        1 => format!("\"{},\" said {full}, a senior official.", rng.pick(QUOTES)),
        2 if speaker.is_some() => format!("\u{201c}{}.\u{201d} he said.", rng.pick(QUOTES)),
        3 => format!(
            "{short} said the plan was \u{201c}overdue\u{201d} and warned of {}.",
            rng.pick(TOPICS)
        ),
        _ => format!("{} {}", narrative(rng), narrative(rng)),
    }
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    let mut col = 0;
    for word in text.split(' ') {
        if col > 0 && col + 1 + word.len() > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.len();
    }
    out
}

fn article(rng: &mut Rng, style: usize, bytes_each: usize) -> String {
    let place = rng.pick(PLACES);
    let month = rng.pick(MONTHS);
    let day = 1 + rng.below(28);
    let headline = format!("Talks on {} resume amid tension", rng.pick(TOPICS));
    let mut s = String::with_capacity(bytes_each + 1024);
    match style {
        0 => s.push_str(&format!(
            "Go to Contents Go to Navigation\n\n(LEAD) {headline}\n\nPolitics 09:12 {month} {day}, 2024\n\nBy Kim Soo-yeon\n\n{place}, {month} {day} (Yonhap) -- "
        )),
        1 => s.push_str(&format!(
            "BFF-{day}, {} {headline}\n\n\n{headline}\n\n{place}, {month} {day}, 2024 (BSS/AFP) – ",
            day + 1
        )),
        2 => s.push_str(&format!(
            "{headline}\nBy Jane Doe\n\n{place}, {month} {day} (Reuters) - "
        )),
        _ => s.push_str(&format!("{headline}\n\nBy MATTHEW LEE\n\n{place} (AP) — ")),
    }
    let mut speaker = None;
    let mut n = 0;
    while s.len() < bytes_each {
        let mut p = paragraph(rng, &mut speaker);
        if n % 9 == 8 {
            p = "– Soviet-era allies –".to_owned();
        } else if n % 13 == 12 {
            p = format!("This photo released by the ministry shows officials in {place}. (Yonhap)");
        }
        if style == 1 {
            p = wrap(&p, 75);
        }
        s.push_str(&p);
        s.push_str("\n\n");
        n += 1;
    }
    s.push_str(match style {
        0 => "(END)\n\n\nSend Feedback\nHow can we improve?\nThanks for your feedback!",
        1 => "BSS/AFP/MSY/1117 hrs",
        2 => "(Reporting by Jane Doe; Editing by John Roe)",
        _ => "Associated Press writer Anna Delgado contributed to this report.",
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = generate(8, 20_000, 7);
        let b = generate(8, 20_000, 7);
        assert_eq!(a.len(), 8);
        assert!(a.iter().zip(&b).all(|(x, y)| x.text == y.text));
        assert!(a.iter().all(|g| (20_000..22_000).contains(&g.text.len())));
        let art = crate::import_bytes(&a[1].name, a[1].text.as_bytes()).unwrap();
        assert_eq!(art.meta.source.as_deref(), Some("AFP"));
        assert!(art.removed.iter().any(|r| r.reason == "wire trailer"));
    }
}
