"""Figures: a tally whose subject is far from its verb, "The number of people killed when <a long clause>
rose to 31".

The tally rules read "the number of people killed rose to N" word by word within a short reach of the
verb (``figures_context``); a subject whose participle takes a long clause of its own ("when a truck
bomb tore through the bus station in the town of ...") puts its kind word out of that reach, and the
parser then makes the participle the sentence's root, the tally noun its subject and the tally verb a
conjunct of it. That shape is read here from the parse: the participle is a reduced relative on the
tally noun's people, not a clause of its own (it has no auxiliary), so it names the tally's kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.figures_asides import BARE_TALLIES

__all__ = ["far_participle"]


def far_participle(verb: Token) -> Token | None:
    """The participle that names the kind of the tally ``verb`` moves ("rose", "climbed") when the parser
    hung the verb on it as a conjunct: "The number of people killed when ... rose to 31"."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.tag_ not in ("VBN", "JJ"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # "the number was cut and then rose": a clause of its own
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if subj is None or subj.lemma_.lower() not in BARE_TALLIES:
        return None
    # the participle follows the tally's "of <people>" right away: "number of people killed", "of miners missing"
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(g.dep_ == "pobj" and g.i == head.i - 1 for g in of.children):
        return None
    return head
