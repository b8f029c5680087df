"""Figures: what a figure is about besides its kind and value: where, when, who says so, in what unit,
and whether it is this event's own count (or another event's, a wider area's, a teaser's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from groundwatch.stages.extract.figures_syntax import of_pobj
from groundwatch.stages.extract.registry import ExtractionContext

_MODALS = frozenset({"could", "may", "might", "will", "would", "shall", "should", "can"})
_PROJECTION_VERBS = frozenset({"expect", "forecast", "project", "predict", "anticipate", "warn", "fear"})
_DECADE = re.compile(r"\b(1[89]|20)\d0s\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def clause_of(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (or the sentence root)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def ents_in(doc: Doc, clause: Token, labels: Iterable[str]) -> list[Span]:
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return [e for e in doc.ents if e.label_ in labels and lo <= e.start and e.end - 1 <= hi]


def reference_year(doc: Doc, ctx: ExtractionContext) -> int | None:
    if ctx.published is not None:
        return ctx.published.year
    years = [int(m.group(1)) for e in doc.ents if e.label_ == "DATE" for m in _YEAR.finditer(e.text)]
    return max(years) if years else None


def other_event(doc: Doc, clause: Token, ref_year: int | None) -> bool:
    ents = ents_in(doc, clause, ("DATE", "EVENT"))
    if clause.dep_ == "relcl" and clause.head.ent_type_ in ("DATE", "EVENT"):
        # "the worst floods struck in 2009, when 40 people died": the clause hangs off its date
        ents += [e for e in doc.ents if e.start <= clause.head.i < e.end]
    for e in ents:
        if _DECADE.search(e.text):
            return True
        years = [int(y) for y in _YEAR.findall(e.text)]
        if ref_year is not None and years and max(years) < ref_year:
            return True
    return False


def projection(clause: Token) -> bool:
    cur = clause
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            return True
        if cur.lemma_.lower() in _PROJECTION_VERBS:
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def reported_by(sent: Span, clause: Token) -> str | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return t.doc[pobj.left_edge.i:pobj.i + 1].text
    cur = clause
    for _ in range(4):
        if cur.lemma_.lower() in ("say", "report", "announce", "confirm", "tell", "state", "estimate", "claim",
                                   "warn", "add", "put", "indicate"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                words = cur.doc[subj.left_edge.i:subj.right_edge.i + 1].text
                return re.split(r"\s*\n\s*", words)[-1] or None
        if cur.head is cur:
            break
        cur = cur.head
    return None


def unit_of(kind: str, noun: Token | None) -> str | None:
    if noun is None or kind not in ("aid", "weapons", "forces"):
        return None
    if kind == "forces":
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    start = min([noun.i, *(m.i for m in mods)])
    words = noun.doc[start:noun.i + 1].text
    of = of_pobj(noun)
    if kind == "weapons" and of is not None:
        words += " of " + of.doc[of.left_edge.i:of.i + 1].text
    return words
