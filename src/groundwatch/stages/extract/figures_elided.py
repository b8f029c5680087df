"""Figures: counts written without their noun, which take it from the count beside them.

Two shapes an audit of real conflict snippets (events-dev, tune part A) showed the extractor missing or
leaving half-read: the pronoun "another" standing for one more person after a first casualty ("a farmer
was killed and another wounded": one injured), and a breakdown's bare numbers, which count the things the
count before them counted ("defused 40 mines in Harl, 32 in a raid": 32 mines, not 32 of nothing). A blind
stress batch (fblind-s33) added a third: "with N more" after a count, whose noun and verb are left out ("deaths
in X (11) and Y (4), with two more in villages"). Split out of ``figures`` to keep it under the size limit.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_kind import count_kind
from groundwatch.stages.extract.figures_words import people_like

#: Subject relations of the clause the pronoun's own clause is joined to.
_SUBJECTS = ("nsubj", "nsubjpass")


def _person_before(verb: Token) -> bool:
    """Whether the clause ``verb`` heads has people as its subject: "a farmer", "one soldier", "two
    others", "three" (a bare count stands for people in a toll clause)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return any(people_like(s) or s.like_num or any(c.dep_ == "nummod" for c in s.children) for s in subjects)


def another_people(doc: Doc) -> list[tuple[Token, str]]:
    """Each pronoun "another" that is the subject of a toll verb joined to a toll clause about people,
    with the kind its own verb gives it: "one soldier died and another was injured" -> ("another",
    "injured"). Never "another" before a noun ("another soldier", counted with the single persons) nor
    one whose first clause counts things ("one shell hit the school and another was intercepted")."""
    out: list[tuple[Token, str]] = []
    for tok in doc:
        if tok.lower_ != "another" or tok.dep_ not in _SUBJECTS or tok.pos_ not in ("PRON", "DET"):
            continue
        verb = tok.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or not _person_before(verb.head):
            continue
        kind = count_kind(tok, None)
        if kind in lex.SINGLE_PERSON_KINDS:
            out.append((tok, kind))
    return out


def with_units(figures: list[Figure]) -> tuple[Figure, ...]:
    """A breakdown's bare number ("defused 40 mines in Harl, 32 in a raid and 11 at the ford") counts the
    things the count before it in its sentence counted: it takes that count's unit."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (f.unit is None and f.kind in ("aid", "weapons") and prev is not None and prev.kind == f.kind
                and prev.unit is not None and prev.span.sentence_index == f.span.sentence_index
                and len(f.text.split()) == 1):
            f = replace(f, unit=prev.unit)
        out.append(f)
    return tuple(out)


def more_with_kind(anchor: Token, found: list[Figure]) -> str | None:
    """"Deaths were reported in X (11) and Y (4), with two more in villages": a bare count of "more" after
    "with", with nothing of its own but a place, adds to the count before it in its sentence and is of its kind
    ("with 14 more expected" says something of its own and is left alone)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with" or not anchor.like_num:
        return None
    own = [c for c in anchor.children if not (c.lower_ == "more" and c.i == anchor.i + 1)]
    if len(own) == len(list(anchor.children)) or any(c.dep_ != "prep" for c in own):
        return None
    sent = sent_of(anchor)
    before = [f for f in found if sent.start_char <= f.span.start and f.span.end <= anchor.idx]
    return before[-1].kind if before else None
