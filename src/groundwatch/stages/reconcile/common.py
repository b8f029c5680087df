"""What the reconcile passes share: the story's lookups, one cached parse, and subject names."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch.records import ArticleFacts, CleanArticle

# spaCy entity labels that can be the actor of an event.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"})
WORD_RE = re.compile(r"[\w']+")
#: A date in a sentence that says how long after or before the event it is ("the day after the
#: quake struck", "hours after", "two days since") dates that later moment, never the event itself.
RELATIVE_DAY_RE = re.compile(r"\b(?:day|days|hours?|weeks?|morning|night|evening|months?)\s+(?:after|since|before)\b",
                             re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def caption_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a photo caption's date: a full date with its year that
    closes the sentence after a comma ("... in Tessel, Veloria, March 11, 2031."). It says when the
    picture was taken, not when what the caption describes happened."""
    return (bool(_YEAR_RE.search(sentence[start:end])) and sentence[:start].rstrip().endswith(",")
            and not sentence[end:].strip(" .\u201d\"'"))


@dataclass(frozen=True, slots=True)
class Ctx:
    """Per-story lookups shared by the passes."""

    outlet: dict[str, str | None]
    published: dict[str, dt.date | None]
    group_of: dict[str, int]

    def groups(self, article_ids: Iterable[str]) -> int:
        return len({self.group_of.get(a, -1 - i) for i, a in enumerate(article_ids)})


@functools.lru_cache(maxsize=4096)
def parse(sentence: str) -> Any:
    from groundwatch import nlp

    return nlp.load()(sentence)


def repaired_sentences(clean: CleanArticle, facts: ArticleFacts) -> dict[int, tuple[int, str]]:
    """Sentences glued back to the words a segmentation error cut off before them.

    A sentence that starts in lower case on the same line as a previous sentence without closing
    punctuation ("Veloria" | "on Sunday called for ...") is the rest of that sentence: the
    parser put a boundary after a sentence-initial name. Returns index -> (start, text) for the
    sentences that change.
    """
    out: dict[int, tuple[int, str]] = {}
    sents = sorted(facts.sentences, key=lambda s: s.start)
    text = clean.text
    for prev, cur in itertools.pairwise(sents):
        start = out.get(prev.index, (prev.start, prev.text))[0]
        gap = text[prev.end:cur.start] if 0 <= prev.end <= cur.start <= len(text) else "\n"
        head = cur.text.lstrip()[:1]
        if (head.isalpha() and head.islower() and "\n" not in gap and not gap.strip()
                and not prev.text.rstrip().endswith((".", "!", "?", ":", ";", '"', "\u201d"))
                and text[start:cur.end].endswith(cur.text)):
            out[cur.index] = (start, text[start:cur.end])
    return out


def subject_key(tok: Any, actors: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """Names for a clause's subject: the actors and entities inside it, else its head word.

    A set, because a subject phrase can name several (a dateline parsed into the subject, an
    apposition): two subjects match when they share a name.
    """
    span = list(tok.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    doc = tok.doc

    def heads_phrase(s: int, e: int) -> bool:
        # A name used as a modifier ("Armenian Prime Minister X", "Azerbaijan's ministry") is not
        # the subject; the name it modifies is.
        sp = doc.char_span(s, e, alignment_mode="expand")
        return sp is None or sp.root.dep_ not in _MODIFIER_DEPS

    names = {name.lower() for a_start, a_end, name in actors
             if a_start < end and start < a_end and heads_phrase(max(0, a_start), a_end)}
    names |= {str(e.text).lower().removeprefix("the ") for e in doc.ents
              if e.start_char < end and start < e.end_char and e.label_ in _ACTOR_LABELS
              and e.root.dep_ not in _MODIFIER_DEPS}
    if names:
        return frozenset(names)
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return frozenset()
    return frozenset({str(tok.lemma_).lower()})


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Subjects share a name; "ararat mirzoyan" matches "mirzoyan", "armenia" not "armenian army"."""
    for x in a:
        for y in b:
            wx, wy = set(WORD_RE.findall(x)), set(WORD_RE.findall(y))
            if x == y or (wx and wy and (wx <= wy or wy <= wx) and (len(wx) > 1 or len(wy) > 1)):
                return True
    return False


def dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=False))
