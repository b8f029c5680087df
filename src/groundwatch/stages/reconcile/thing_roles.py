"""What a count of things is a count of, read from its clause (counts.thing_claims).

A count of things ("14 trucks", "172 camps") is compared across articles as one fact per day. Two kinds of
clause hold a count that is no such fact (the demo's false "truck" contradiction, session 37):

  - a plan or an expectation: the clause says the things are yet to come ("a second convoy of 20 trucks was
    expected to arrive", "the agency will send 30 trucks", "40 more lorries are due on Friday", "plans to
    send 12 trucks"): a count of what has not happened, never set against one of what did;
  - a seizure: the things are taken from someone ("seized 17 rifles and two pickup trucks", "customs
    impounded three vans", "police confiscated four lorries"): another sort of the thing (a smuggler's truck,
    not an aid truck), compared only with other seizures.

A third holds one batch of several: the things are, or are carried by, a batch named by an ordinal ("a second
convoy of 20 trucks", "the first UN convoy, eight trucks of food", "the third batch of 12 lorries", "another
convoy of 15 trucks"): one batch, a part of the things sent, no rival of a count of them all (as
``batches.py`` for counts of people).

All are read from the dependency parse: the first verb above the counted noun (through conjuncts, "of" and
appositions), and the verbs it is the open complement of ("plans to send", "expected to arrive"); a reporting
verb ("said", "told") ends the walk, as its own tense says nothing of the count's. General English, not tuned on
a set: each word list below is a class of English verbs, written from invented sentences.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BATCH", "PLAN", "SEIZED", "thing_role"]

#: The count's clause is a plan or an expectation (see the module docstring).
PLAN = "plan"
#: The count's things were seized (see the module docstring).
SEIZED = "seized"

#: The count is of one batch named by an ordinal (see the module docstring).
BATCH = "batch"

#: Words that name one batch of several, before its noun ("a second convoy", "another convoy").
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "next", "another", "latest"})
#: Verbs (and the adjective "due") of a plan or an expectation, as lemmas.
_PLAN_LEMMAS = frozenset({"expect", "plan", "schedule", "due", "intend", "promise", "pledge", "aim", "prepare",
                          "hope", "propose"})
#: Auxiliaries of the future, as lemmas ("will send", "would arrive" in reported speech, "shall").
_FUTURE_AUX = frozenset({"will", "shall", "would"})
#: Verbs of taking things from someone, as lemmas.
_SEIZE_LEMMAS = frozenset({"seize", "confiscate", "impound", "capture", "intercept", "commandeer"})
#: Verbs that report a statement: their tense is the report's, not the count's.
_REPORT_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "write"})
#: The most verbs walked up from the counted noun (the verb and the chain of open complements above it).
_MAX_VERBS = 3


def _clause_verb(tok: Any) -> Any | None:
    """The first verb (or the adjective of a copula, "are due") above a token, or None at the root."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") or (cur.pos_ == "ADJ" and cur.dep_ in ("ROOT", "ccomp", "xcomp", "acomp")):
            return cur
    return None


def _plans(verb: Any) -> bool:
    if verb.lemma_.lower() in _PLAN_LEMMAS:
        return True
    return any((c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _FUTURE_AUX)
               or (c.dep_ in ("acomp", "xcomp", "oprd") and c.lemma_.lower() in _PLAN_LEMMAS) for c in verb.children)


def _one_batch(noun: Any) -> bool:
    """The counted noun, or the noun it is the "of" object or the apposition of, has an ordinal before it."""
    holders = [noun]
    if noun.dep_ == "appos":
        holders.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        holders.append(noun.head.head)
    return any(c.dep_ in ("amod", "det") and c.lower_ in _ORDINALS for h in holders for c in h.children)


def thing_role(noun: Any) -> str | None:
    """:data:`BATCH`, :data:`SEIZED`, :data:`PLAN` or None (a count of what happened) for the counted noun."""
    if _one_batch(noun):
        return BATCH
    verb = _clause_verb(noun)
    if verb is not None and verb.lemma_.lower() in _SEIZE_LEMMAS:
        return SEIZED
    for _ in range(_MAX_VERBS):
        if verb is None or verb.lemma_.lower() in _REPORT_LEMMAS:
            return None
        if _plans(verb):
            return PLAN
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
