"""Figures: a named event other than the article's own, whose toll a relative clause gives in passing.

"Storm Pell formed over the same waters as Cyclone Ilsa, which has killed 30 people this week": a story
about one named storm (or quake, or offensive) that names another, with its toll in a relative clause on
the other's name, gives that other event's toll, never its own count. Known by the names: the count's
clause is a relative clause on a proper name that an event noun introduces ("Cyclone Ilsa", "Typhoon
Ilsa"), and the article's lead (its title and first full paragraph) names another such event and not
this one. When the lead names no event by name, nothing is said (the lead may call its own storm "the
cyclone").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import sent_of

#: Nouns that introduce an event's proper name: "Cyclone Ilsa", "Storm Pell", "Hurricane Amo".
_EVENT_NOUNS = lexicons.words("event_words", kind="noun")
#: The words a paragraph needs to be the article's lead (its first full paragraph, not a dateline,
#: byline or headline line). Chosen by reading the leads of the invented corpora b-e (each lede over
#: 20 words, each byline or date line under 8), not tuned on a score. Shared with ``figures_scope_elsewhere``.
LEDE_MIN_WORDS = 12
_WORD = re.compile(r"\w+")


def _event_name(tok: Token) -> bool:
    """``tok`` is a proper name introduced by an event noun ("Ilsa" of "Cyclone Ilsa")."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in _EVENT_NOUNS for c in tok.children)


def _lead_end(doc: Doc) -> int:
    """The character offset where the article's lead (title to first full paragraph) ends."""
    text = doc.text
    pos = 0
    for m in re.finditer(r"\n\s*\n|\Z", text):
        if len(_WORD.findall(text[pos:m.start()])) >= LEDE_MIN_WORDS:
            return m.start()
        pos = m.end()
    return len(text)


def named_other_event(doc: Doc, anchor: Token, clause: Token) -> bool:
    """Whether the count's clause is a relative clause on another named event than the lead's (see the
    module docstring)."""
    if clause.dep_ != "relcl" or not _event_name(clause.head):
        return False
    end = _lead_end(doc)
    sent = sent_of(anchor)
    lead = [t for t in doc if t.idx < end and not (sent.start <= t.i < sent.end)]
    # the lead names an event, and never this one (not even as a bare word)
    return any(_event_name(t) for t in lead) and clause.head.lower_ not in {t.lower_ for t in lead}
