"""Figures: a count whose phrase an aside between dashes cuts off from its verb or noun.

Broadcast and live copy breaks into its own sentence mid-phrase: "has taken the lives of - and I want to be
careful here - at least nine people", "The blast killed — and this is the latest figure — 14 people". The
parser reads the count as part of the aside and loses the verb or the "lives of" that gave it its kind. The
class: the count's phrase opens right after a closing dash, the opening dash is in the same sentence with at
least two words between them, and the word before the opening dash gives the kind the count would have had
without the aside: a verb of a kind ("killed —"), or "of" on a loss of life ("the lives of —") or on an event
noun ("the deaths of —"). "The fire – which began at noon – destroyed 40 homes" has its verb after the aside and
is read as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_syntax import event_noun_kind

__all__ = ["interrupted_kind"]

#: Dashes that set an aside off: hyphen as typed, en and em dash.
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: The most tokens an aside may hold ("and I want to be careful here" is 7); longer runs between two dashes are
#: two separate dashes, not one aside. Chosen generously over the spoken asides of the stress batches.
_ASIDE_REACH = 16


def interrupted_kind(first: Token) -> str | None:
    """The kind the word before a dash-set aside gives the count that follows it (``first`` opens its phrase)."""
    doc, close = first.doc, first.i - 1
    if close < 3 or doc[close].text not in _DASHES:
        return None
    sent_start = first.sent.start
    opening = next((i for i in range(close - 3, max(sent_start, close - _ASIDE_REACH) - 1, -1)
                    if doc[i].text in _DASHES), None)
    if opening is None or opening <= sent_start:
        return None
    before = doc[opening - 1]
    if before.pos_ == "VERB" and before.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        return lex.TRANSITIVE.get(before.lemma_.lower())  # "killed — and this is the latest figure — 14 people"
    if before.lower_ == "of" and before.head.pos_ == "NOUN":
        noun = before.head
        if noun.lemma_.lower() in lex.LIFE_NOUNS and noun.head.lemma_.lower() in lex.LIFE_VERBS:
            return "killed"  # "has taken the lives of - and I want to be careful here - at least nine people"
        return event_noun_kind(noun)
    return None
