#!/usr/bin/env python3
"""Builds assets/synonyms/wordnet.txt from WordNet 3.0 (Debian's wordnet-base).

    pip install snowballstemmer==2.2.0  # the Snowball English of rust-stemmers (3.x differs)
    python3 assets/synonyms/make.py /usr/share/wordnet > assets/synonyms/wordnet.txt

The matcher compares Snowball stems, so the table is keyed by stem: one line a stem,
sorted (byte order), `stem<TAB>forms<TAB>synsets`. Forms are the words that stem to it
(comma-separated: lemmas, and a lemma ending in "e" with "d" added, since "freed" does
not stem to "free"); synsets are numbers (space-separated, from 0 in WordNet's order:
part of speech, then offset). Only each lemma's commonest sense in each part of speech
is kept (WordNet's index lists senses by frequency; rarer senses lowered precision on
the tuning sets: "fire" for dismissing someone), only single-word lowercase lemmas of
three letters or more, and only synsets with two or more such lemmas: a word alone in
its sense joins nothing. A test in src/corroborate/senses.rs checks that Rust's
stemmer agrees on every form.
"""
import re
import sys
from collections import defaultdict

import snowballstemmer

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
MAX_RANK = 1  # senses kept per lemma and part of speech
stem = snowballstemmer.stemmer("english").stemWord

members = defaultdict(list)  # (pos, offset) -> [(lemma, rank)]
for pos, name in [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]:
    for line in open(f"{WN}/index.{name}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        lemma = f[0]
        if not re.fullmatch(r"[a-z]+", lemma) or len(lemma) < 3:
            continue
        offsets = f[-int(f[2]):]
        for rank, off in enumerate(offsets[:MAX_RANK], 1):
            members[(pos, off)].append((lemma, rank))

forms = defaultdict(set)  # stem -> words
senses = defaultdict(set)  # stem -> synsets
synset = 0
for key in sorted(members):
    m = members[key]
    if len({lemma for lemma, _ in m}) < 2:
        continue
    for lemma, rank in m:
        words = [lemma] + ([lemma + "d"] if lemma.endswith("e") else [])
        for w in words:
            s = stem(w)
            forms[s].add(w)
            senses[s].add(synset)
    synset += 1

for s in sorted(senses):
    listed = " ".join(str(k) for k in sorted(senses[s]))
    print(f"{s}\t{','.join(sorted(forms[s]))}\t{listed}")
