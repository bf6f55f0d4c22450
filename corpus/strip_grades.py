#!/usr/bin/env python3
"""Removes every statement of a grade from an Ofsted inspection report, so that a reader can write a calibration
fixture from the report without knowing its published grades (docs/calibration-method.md, step 1).

    python3 corpus/strip_grades.py REPORT.txt [OUT.txt]     one report (OUT: standard output when left out)
    python3 corpus/strip_grades.py --all CORPUS_DIR OUT_DIR  every report under CORPUS_DIR/reports
    python3 corpus/strip_grades.py --check REPORT.txt ...    lists sentences left that name a grade beside a judgement

What goes: the front page's judgement table (every line that is only a grade), and every sentence that states a
grade: one naming a judgement, the overall effectiveness, an earlier inspection or a whole service together with a
grade word. Each removed sentence becomes '[...]', so the reader sees that something was there. Descriptions of
practice ('assessments are good') stay: they are the evidence the reader rates.

Standard library only; the output is the same for the same input.
"""
import os
import re
import sys

GRADE = r"(?:outstanding|good|inadequate|requires?\s+improvement|requiring\s+improvement|improvement\s+required)"
GRADE_RE = re.compile(r"\b" + GRADE + r"\b", re.I)

# A line that is nothing but a grade, as on the front page and under section headings.
GRADE_LINE = re.compile(r"^\s*(?:" + GRADE + r"(?:\s+to\s+be\s+good)?|to\s+be\s+good|judgement|grade|"
                        r"judgement\s+grade)\s*[.:]?\s*$", re.I)

# Words that, beside a grade word, make a sentence a statement of a grade rather than of practice.
JUDGING = re.compile(
    r"\b(?:judged|judgements?|graded|grades?|rated|rating|overall\s+effectiveness|effectiveness\s+of\s+services|"
    r"last\s+inspection|previous\s+inspection|last\s+inspected|previously\s+inspected|inspection\s+in\s+\d{4}|"
    r"ILACS|single\s+inspection|SIF|focused\s+visit|monitoring\s+visit|"
    r"children[’']s\s+services\s+in|services\s+for\s+children\s+in|"
    r"experiences?\s+and\s+progress|impact\s+of\s+leaders|leadership,\s+management\s+and\s+governance|"
    r"achieving\s+permanence|adoption\s+performance|safeguarding\s+children\s+board|LSCB)\b", re.I)

# Statements about a whole service or the local authority's standing, whatever words they use.
SERVICE_STATEMENT = re.compile(
    r"\b(?:(?:services?|the\s+local\s+authority|the\s+council|the\s+authority)\b[^.]{0,60}?\b"
    r"(?:are|is|remain|remains|were|was|be|being|been|become|became|now)\s+(?:not\s+)?(?:yet\s+)?(?:now\s+)?"
    r"(?:consistently\s+|fully\s+|still\s+)?" + GRADE + r"\b|"
    r"(?:consistently\s+)?(?:good|outstanding|inadequate|exceptional)\s+services?\b|to\s+be\s+good\b|"
    r"securely\s+good\b|:\s*" + GRADE + r"\b|"
    r"from\s+(?:inadequate|requires\s+improvement)\s+to\b|"
    r"(?:" + GRADE + r")\s+(?:overall|judgement)\b)", re.I)

# Words reports use only of a grade, this inspection's or an earlier one's (whose scale had 'adequate').
ALWAYS = re.compile(r"\b(?:judged|graded|overall\s+effectiveness|overall\s+quality\s+rating|"
                    r"(?:was|were|be|been|as)\s+(?:adequate|satisfactory))\b", re.I)

# 'requires improvement' is the name of a grade: reports use it of nothing else.
IMPROVEMENT = re.compile(r"\b(?:requires?|requiring)\s+improvement\b", re.I)

# A judgement area's name as the subject of a grade: 'Help and protection are inadequate', 'Support for care
# leavers is good', 'no longer inadequate'.
AREA_STATEMENT = re.compile(
    r"\b(?:(?:help\s+and\s+protection|care\s+leavers|children\s+in\s+care|children\s+looked\s+after|"
    r"looked\s+after\s+children|leaders(?:hip)?|adoption|governance|the\s+board|[LD]SCB|the\s+partnership)\b"
    r"[^.]{0,60}?\b"
    r"(?:are|is|remain|remains|were|was)\s+(?:now\s+)?(?:still\s+)?" + GRADE + r"\b|"
    r"no\s+longer\s+" + GRADE + r")", re.I)

# Phrases that state a judgement in other words: 'outstanding leadership', 'an outstanding impact on practice' (the
# leadership judgement's own name), 'receive outstanding care and support', a grade word in quotation marks, and the
# grade descriptors some reports print ('A local authority that is inadequate is providing services where...').
GRADE_PHRASE = re.compile(
    r"\b(?:outstanding|inadequate)\s+(?:leadership|impact|care\s+and\s+support)\b|"
    r"[‘'“\"]" + GRADE + r"[’'”\"]|\ba\s+local\s+authority\s+that\s+is\b", re.I)

SENTENCE_END = re.compile(r"(?<=[.!?])[’'”\"]?\s+(?=[A-Z0-9‘'“\"(•])")


def states_a_grade(sentence):
    if ALWAYS.search(sentence):
        return True
    if not GRADE_RE.search(sentence):
        return False
    if IMPROVEMENT.search(sentence) or GRADE_PHRASE.search(sentence):
        return True
    return bool(JUDGING.search(sentence) or SERVICE_STATEMENT.search(sentence) or AREA_STATEMENT.search(sentence))


def strip(text):
    """The report's text with every grade statement replaced by '[...]'."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = [l for l in text.split("\n")]
    kept = ["" if GRADE_LINE.match(l) else l for l in lines]
    out = []
    paragraph = []

    def flush():
        if paragraph:
            out.append(strip_paragraph(" ".join(s.strip() for s in paragraph)))
            paragraph.clear()

    for line in kept:
        if line.strip():
            paragraph.append(line)
        else:
            flush()
            out.append("")
    flush()
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
    return result


def strip_paragraph(paragraph):
    parts = SENTENCE_END.split(paragraph)
    kept = ["[...]" if states_a_grade(p) else p for p in parts]
    text = " ".join(kept)
    # a heading that ends in a grade, such as 'The experiences and progress of care leavers: Good'
    return re.sub(r":\s*" + GRADE + r"(?:\s+to\s+be\s+good)?\s*$", ": [...]", text, flags=re.I)


def leftovers(text):
    """Sentences of stripped text that still put a grade word near a judgement word, for a person to look at."""
    near = re.compile(r"\b(?:judge|grade|rated|overall|services|last inspection)\w*\b", re.I)
    for paragraph in text.split("\n\n"):
        for sentence in SENTENCE_END.split(paragraph.replace("\n", " ")):
            if GRADE_RE.search(sentence) and near.search(sentence) and "[...]" not in sentence:
                yield sentence.strip()


def main(argv):
    if len(argv) >= 2 and argv[0] == "--check":
        count = 0
        for path in argv[1:]:
            with open(path, encoding="utf-8") as f:
                for s in leftovers(f.read()):
                    count += 1
                    print(f"{path}: {s}")
        print(f"{count} sentences to look at", file=sys.stderr)
        return 0
    if len(argv) == 3 and argv[0] == "--all":
        source = os.path.join(argv[1], "reports")
        os.makedirs(argv[2], exist_ok=True)
        names = sorted(n for n in os.listdir(source) if n.endswith(".txt"))
        for name in names:
            with open(os.path.join(source, name), encoding="utf-8") as f:
                stripped = strip(f.read())
            with open(os.path.join(argv[2], name), "w", encoding="utf-8", newline="\n") as f:
                f.write(stripped)
        print(f"stripped {len(names)} reports into {argv[2]}", file=sys.stderr)
        return 0
    if len(argv) in (1, 2) and not argv[0].startswith("--"):
        with open(argv[0], encoding="utf-8") as f:
            stripped = strip(f.read())
        if len(argv) == 2:
            with open(argv[1], "w", encoding="utf-8", newline="\n") as f:
                f.write(stripped)
        else:
            sys.stdout.write(stripped)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
