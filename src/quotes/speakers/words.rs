//! Word classes for attribution: cue verbs, auxiliaries, function words, titles, roles,
//! organisation/place words, ministers' portfolios, nationalities, pronouns, dates and
//! name particles.
//!
//! One table maps a word (case-sensitive) to a set of flags, so the hot path pays a
//! single hash lookup per capitalised word. The lists are short on purpose: they cover
//! English wire copy (and a few German/French cue verbs), not general language.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A verb that introduces or attributes speech ("said", "told", "lashed").
pub(crate) const CUE: u32 = 1;
/// A cue that may be followed by its speaker ("…,” said Putin").
pub(crate) const INV: u32 = 2;
/// A participle cue whose subject is the sentence's subject ("…, adding “…”").
pub(crate) const ING: u32 = 4;
/// An auxiliary or adverb that may stand between a speaker and the cue.
pub(crate) const AUX: u32 = 8;
/// A capitalised function word that is never part of a name ("The", "In").
pub(crate) const STOP: u32 = 16;
/// A title that precedes a name and is not part of it ("President", "Mr.").
pub(crate) const TITLE: u32 = 32;
/// A word that marks an organisation or place, not a person ("University", "Korean").
pub(crate) const ORG: u32 = 64;
/// he, she, they, it.
pub(crate) const PRON: u32 = 128;
/// Days and months.
pub(crate) const CAL: u32 = 256;
/// A lowercase role noun before a name ("leader Kim").
pub(crate) const ROLE: u32 = 512;
/// A lowercase particle inside a name ("Bank of Korea", "van").
pub(crate) const CONN: u32 = 1024;
/// An article.
pub(crate) const ART: u32 = 2048;
/// "according (to)": the speaker follows.
pub(crate) const ACC: u32 = 4096;
/// A preposition: a name after it is not a subject ("officials in Seoul said").
pub(crate) const PREP: u32 = 8192;
/// A short title written with a full stop ("Mr", "Gen"): the stop belongs to the word.
pub(crate) const ABBR: u32 = 16384;
/// A minister's portfolio after "Minister of" ("Health", "Finance"): not part of the name.
pub(crate) const PORT: u32 = 1 << 15;
/// A nationality before a name ("Kenyan Brian Koech"): not part of the name.
pub(crate) const DEM: u32 = 1 << 16;

/// Word classes, one space-separated list per flag set.
const LISTS: &[(u32, &str)] = &[
    (
        CUE | INV,
        "said says added adds asked asks wrote writes noted notes insisted insists \
        warned warns replied replies continued explained explains stressed declared argued \
        recalled observed tweeted posted sagte sagt erklärte betonte meinte déclaré affirmé",
    ),
    (
        CUE,
        "told tells claimed claims announced responded emphasised emphasized urged \
        acknowledged admitted commented remarked suggested predicted cautioned complained \
        conceded concluded lashed vowed pledged promised maintained contended countered \
        quipped joked shouted reiterated confirmed denied described called dubbed branded \
        blasted slammed criticised criticized accused hailed praised demanded stated \
        apologised apologized apologises apologizes",
    ),
    (
        CUE | ING,
        "saying adding telling warning insisting calling describing writing noting \
        arguing stressing",
    ),
    (ACC, "according According selon"),
    (
        ABBR,
        "Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Prof Sgt St Jr Rev Adm Maj Coun Supt Insp \
        Det Cmdr",
    ),
    (
        PREP,
        "in at from of for with by to on near across over under about into than like \
        between among against toward towards within without inside outside",
    ),
    (
        AUX,
        "has have had also then later was is were are will would could may might \
        previously earlier again once repeatedly reportedly recently already publicly \
        privately separately further often frequently himself herself a hat",
    ),
    (
        STOP,
        "The A An In On At For Since But And Or Nor While When As After Before Among \
        Amid Despite With Without During Under Over From To By Of If Although Though \
        Because This That These Those It He She They We I You His Her Their Its Our My \
        Your Soon Then Also Meanwhile However Moreover Still Yet So Thus Last Next Earlier \
        Later Some Many Most All Both Each Other Another Such What Who Which Where How Why \
        There Here Now Today Yesterday Tomorrow Asked Speaking According Unlike Like \
        Through Against Between Into Upon Via Even Only Just Not No Yes Once Every Any \
        One Two Three Four Five Six Seven Eight Nine Ten Several Few Half Dozens Hundreds \
        Thousands",
    ),
    (
        TITLE,
        "President Vice Prime Minister Secretary Chancellor Premier Leader Chairman \
        Chairwoman Chief Director Governor Gov. Senator Sen. Rep. Representative Mayor King \
        Queen Prince Princess Pope Ambassador Spokesman Spokeswoman Spokesperson Professor \
        Prof. Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Lord Lady Dame Judge Justice \
        Commissioner Commander Admiral Colonel Col. Lt. Lieutenant Captain Capt. Sgt. \
        Sergeant General Gen. Deputy Envoy CEO Rev. Reverend Bishop Cardinal Archbishop \
        Sheikh Emir Sultan Ayatollah Chairperson Coach Attorney Adviser Advisor Officer \
        Commodore Councillor Councilor Councilwoman Councilman Coun. Cllr Executive \
        Superintendent Supt. Inspector Insp. Constable Detective Det. Sheriff Dean Pastor \
        Father Rabbi Imam Cmdr. Survivor Witness Resident Hydrologist Economist Analyst \
        Historian Scientist Researcher Lawyer Farmer Teacher Student Nurse Doctor Engineer \
        Contractor Owner Manager Founder Activist Victim Neighbour Neighbor Driver Pilot \
        Passenger Veteran Voter Protester Campaigner Critic Expert Official Editor Author \
        Journalist Reporter Lawmaker Retiree Homeowner Volunteer Shopkeeper Organiser \
        Organizer Director-General Secretary-General Collector Magistrate Administrator \
        Prefect Controller Treasurer Auditor Ombudsman Registrar",
    ),
    (
        ORG,
        "University Island Islands Peninsula Federal Council Ministry Department Agency \
        Office Party House Senate Congress Parliament Assembly Court Union Nations States \
        Kingdom Republic Korea Korean Koreas North South East West Eastern Western Far \
        Middle Sea Ocean River City Street Square Bank Fund Group Company Corp Inc Ltd \
        Electronics Motors Airlines Times Post News Daily Journal Press Forces Army Navy \
        Treaty Organization Organisation Association Institute Foundation Center Centre \
        Committee Commission Service Security Affairs Foreign Defense Defence Guard Police \
        International National Global World War Summit Airport Hotel Palace Kremlin \
        Pentagon Province Region Europe European Asia Asian America American Russian \
        Chinese Japanese British French German Soviet Cold Exchange Market Television \
        Radio Network Act Conference Forum Museum School College Academy Club League \
        Federation Confederation Chamber Universiti Universitas Universidad Universidade \
        Université Universität Università Instituto Institut",
    ),
    (
        PORT,
        "Health Finance Education Interior Justice Labour Labor Trade Industry Agriculture \
        Transport Transportation Energy Environment Culture Tourism Economy Home Information \
        Communications Science Technology Sport Sports Housing Fisheries Mines Water Works \
        Planning Commerce Employment Welfare Social Services Lands Infrastructure Public \
        Development Youth Women Family Veterans Immigration Finances Treasury Budget \
        Economic Digital Civil Aviation Railways Roads Mining Oil Petroleum Natural \
        Resources Land Local Government Territorial Administration Religious",
    ),
    (
        DEM,
        "Kenyan Ethiopian Nigerian Ugandan Tanzanian Somali Sudanese Egyptian Moroccan \
        Algerian Tunisian Libyan Ghanaian Senegalese Zimbabwean Zambian Rwandan Congolese \
        Cameroonian Ivorian Malian Eritrean Mexican Brazilian Argentine Argentinian \
        Chilean Colombian Peruvian Venezuelan Cuban Canadian Australian Indian Pakistani \
        Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian Saudi Turkish Greek \
        Italian Spanish Portuguese Dutch Belgian Swiss Austrian Polish Czech Hungarian \
        Romanian Bulgarian Serbian Croatian Ukrainian Belarusian Georgian Armenian \
        Swedish Norwegian Danish Finnish Irish Scottish Vietnamese Filipino \
        Indonesian Malaysian Singaporean Taiwanese Mongolian Kazakh Uzbek Bangladeshi \
        Nepalese Nepali Jamaican",
    ),
    (PRON, "he she they it He She They It"),
    (
        CAL,
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March \
        April May June July August September October November December",
    ),
    (
        ROLE,
        "leader president minister secretary spokesman spokeswoman spokesperson chairman \
        professor analyst envoy ambassador chief director premier chancellor senator \
        governor mayor lawmaker official negotiator adviser advisor counterpart founder",
    ),
    (CONN, "of de van von der al bin ibn del di du da dos"),
    (ART, "the The a an"),
];

/// FNV-1a for the per-article maps keyed by words and names (SipHash would dominate).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map with the [`Fnv`] hasher.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set with the [`Fnv`] hasher.
pub(crate) type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Open-addressing table for [`flags`], keyed by the word's first eight bytes and its
/// length, so a lookup is a multiply and an integer compare (plus a string compare for
/// longer words). `lengths` rejects most other words first: per first byte, a bit for
/// each word length present.
struct Table {
    slots: Vec<(u64, usize, &'static str, u32)>,
    lengths: [u32; 256],
}

const TABLE_BITS: u32 = 11;
const MASK: usize = (1 << TABLE_BITS) - 1;

fn prefix(w: &str) -> u64 {
    w.as_bytes()
        .iter()
        .take(8)
        .fold(0u64, |k, &x| (k << 8) | u64::from(x))
}

fn slot(prefix: u64, len: usize) -> usize {
    let h = (prefix ^ (len as u64) << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - TABLE_BITS)) as usize
}

fn length_bit(w: &str) -> (usize, u32) {
    let first = w.as_bytes().first().copied().unwrap_or(0);
    (usize::from(first), 1u32 << w.len().min(31))
}

/// The word-class flags of `w` (0 for an ordinary word).
pub(crate) fn flags(w: &str) -> u32 {
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = Table {
            slots: vec![(0, 0, "", 0); 1 << TABLE_BITS],
            lengths: [0; 256],
        };
        for (f, list) in LISTS {
            for w in list.split_whitespace() {
                let (first, bit) = length_bit(w);
                t.lengths[first] |= bit;
                let mut i = slot(prefix(w), w.len());
                while !t.slots[i].2.is_empty() && t.slots[i].2 != w {
                    i = (i + 1) & MASK;
                }
                t.slots[i] = (prefix(w), w.len(), w, t.slots[i].3 | *f);
            }
        }
        t
    });
    let (first, bit) = length_bit(w);
    if table.lengths[first] & bit == 0 {
        return 0;
    }
    let key = prefix(w);
    let mut i = slot(key, w.len());
    while let Some(&(k, len, word, f)) = table.slots.get(i) {
        if len == 0 {
            return 0;
        }
        if k == key && len == w.len() && (len <= 8 || word == w) {
            return f;
        }
        i = (i + 1) & MASK;
    }
    0
}

/// True for a verb that introduces or attributes speech ("said", "told", "lashed").
pub(crate) fn is_cue(w: &str) -> bool {
    flags(w) & CUE != 0
}

/// True for he/she/they/it.
pub(crate) fn is_pronoun(w: &str) -> bool {
    flags(w) & PRON != 0
}

/// Lowercase particles that may join the words of a name ("Bank of Korea").
pub(crate) fn is_conn(w: &str) -> bool {
    w.len() <= 3 && flags(w) & CONN != 0
}

/// Whether the lowercase word `w` joins the capitalised words around it into one run
/// after the words `before`: a particle ("Bank of Korea"), or "for" joining a portfolio to
/// a title ("Minister of State for Transport Lim Wei Ming") or a field to an organisation
/// ("Court of Arbitration for Sport").
pub(crate) fn joins(w: &str, before: &[super::tokens::Tok]) -> bool {
    is_conn(w) || (w == "for" && before.iter().any(|t| t.f & (TITLE | ORG) != 0))
}
