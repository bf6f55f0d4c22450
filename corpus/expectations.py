#!/usr/bin/env python3
"""Writes the expectation of each calibration fixture from the corpus's published grades
(docs/calibration-method.md, step 7): for every fixtures/inspections/X.yaml, X.expected.yaml from the row of
grades.csv whose file is X.txt. Run it after the self-assessments are written, never before.

    python3 corpus/expectations.py CORPUS_DIR FIXTURE_DIR
"""
import csv
import os
import sys

JUDGEMENTS = {
    "sif-2013": ["help_and_protection", "children_in_care", "adoption", "care_leavers", "leadership", "lscb", "overall"],
    "ilacs-2018": ["leadership", "help_and_protection", "children_in_care", "overall"],
    "ilacs-2023": ["leadership", "help_and_protection", "children_in_care", "care_leavers", "overall"],
    "ilacs-2026": ["leadership", "help_and_protection", "children_in_care", "care_leavers"],
}


def authority_of(path):
    """The authority as the fixture names it, from the report's own words."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("authority:"):
                return line.split(":", 1)[1].split(" #")[0].strip().strip('"')
    return ""


def expectation(row, authority):
    lines = [
        "# The grades Ofsted published for this inspection (front page of the report), read from the corpus's",
        "# grades.csv by corpus/expectations.py. A calibration fixture: a differing grade is a prediction miss.",
        "calibration: true",
        "source:",
        f"  authority: \"{authority}\"",
        f"  published: {row['published']}",
        f"  address: {row['ofsted_url']}",
        "judgements:",
    ]
    for judgement in JUDGEMENTS[row["framework"]]:
        if row[judgement]:
            lines.append(f"  {judgement}: {row[judgement]}")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(os.path.join(argv[0], "grades.csv"), encoding="utf-8") as f:
        rows = {r["file"]: r for r in csv.DictReader(f)}
    written = 0
    for name in sorted(os.listdir(argv[1])):
        if not name.endswith(".yaml") or name.endswith(".expected.yaml"):
            continue
        stem = name[: -len(".yaml")]
        row = rows.get(stem + ".txt")
        if row is None or row["framework"] not in JUDGEMENTS:
            print(f"{name}: no graded report {stem}.txt in the corpus", file=sys.stderr)
            return 1
        with open(os.path.join(argv[1], stem + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expectation(row, authority_of(os.path.join(argv[1], name))))
        written += 1
    print(f"wrote {written} expectations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
