"""Figures: a tally of "the confirmed dead", which the parser reads as a participle and its predicate.

"The number of confirmed dead rose to 31" / "... stands at 31": the parser makes the participle
("confirmed") the object of "of", the adjective used as a noun ("dead") its predicate, and may hang the
tally's "to 31" on the participle. The people counted are the adjective's (corpus_f's blind run,
tests/fixtures/corpus_f.README.md); read right, "the number of dead" and "the number of confirmed deaths".
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex

#: Tally nouns whose "of" object names what is counted.
_TALLY_HEADS = frozenset({"number", "toll", "tally", "count", "total", "figure"})
#: The labels the parser gives an adjective used as a noun right after a participle ("confirmed dead").
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "amod", "dobj", "attr"})


def nominal_adjective_kind(participle: Token) -> str | None:
    """The kind of "the confirmed dead" when ``participle`` ("confirmed") is the "of" object of a tally noun
    and the nominal adjective ("dead", "injured", "missing") follows it as its child."""
    if participle.tag_ not in ("VBN", "VBD") or participle.dep_ != "pobj" or participle.head.lower_ != "of" or \
            participle.head.head.lemma_.lower() not in _TALLY_HEADS:
        return None
    if participle.i + 1 >= len(participle.doc):
        return None
    after = participle.doc[participle.i + 1]
    # hung on the participle as its predicate, or on the tally as a modifier ("the number ... injured")
    hung = (after.head.i == participle.i and after.dep_ in _PREDICATE_DEPS) or (
        after.head.i == participle.head.head.i and after.dep_ in ("acl", "amod"))
    return lex.ADJECTIVES[after.lower_] if hung and after.lower_ in lex.ADJECTIVES else None


def nominal_tally_kind(verb: Token) -> str | None:
    """The kind of the tally a number is set to by ``verb``: the participle itself when the parser hung "to 31"
    on it, else the tally subject or object of ``verb`` ("the number of confirmed dead stands at 31")."""
    kind = nominal_adjective_kind(verb)
    if kind is not None:
        return kind
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _TALLY_HEADS:
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    kind = next((k for g in prep.children if (k := nominal_adjective_kind(g)) is not None), None)
                    if kind is not None:
                        return kind
    return None
