"""A body's short name after its full one ("The Osterran Red Cross Society said ... 'We welcome
that,' the Red Cross said"): the speaker is the body as the article first named it in full, so that
two mentions of one body are one speaker (used by :mod:`quotes_speakers`).
"""

from __future__ import annotations

from spacy.tokens import Span

from groundwatch.stages.extract.doc_cache import doc_ents
from groundwatch.stages.extract.quotes_register import Register, body_name, reg_inside


def fuller_body(reg: Register, ent: Span) -> str | None:
    """The latest organisation named before ``ent``, outside quotations, whose name holds ``ent``'s
    name of two words or more as a run of its words and is longer; None without one. One word alone
    ("Osterra", "Red") is too often a part of many names to stand for one of them."""
    short = body_name(ent).split()
    if len(short) < 2:
        return None
    for other in reversed([e for e in doc_ents(reg.doc) if e.label_ == "ORG" and e.end <= ent.start]):
        if reg_inside(reg, other.start_char):
            continue
        words = body_name(other).split()
        if len(words) > len(short) and any(words[i : i + len(short)] == short for i in range(len(words))):
            return " ".join(words)
    return None
