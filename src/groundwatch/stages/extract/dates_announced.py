"""A day set for an announced event: "has called a strike on Thursday", "have announced a rally on Sunday".

The present perfect takes no definite past time ("*has called on Monday" is not English), so a day hanging on a
perfect (or simple present) verb of announcing, or on that verb's object, is the announced event's own day, and
the event is still to come: the coming weekday, not the past one. ``dates_tense.clause_tense`` asks it first.
Invented sentences in ``tests/stages/extract/test_dates_announced.py``; corpus_t's blind run (issue 10).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Verbs that announce, call or set an event ahead of it (inflections come from the lemma). Not verbs that
#: stage or hold one ("have staged a protest on Monday" tells of it as done). General English, not tuned on a set.
ANNOUNCE_VERBS = frozenset({"announce", "call", "declare", "proclaim", "plan", "organise", "organize", "schedule",
                            "set", "fix", "convene", "threaten", "promise", "vow", "pledge", "propose", "order",
                            "summon", "give"})
#: Events that take place on a day set ahead (gatherings, actions, sittings, rites; lemmas, so plurals come
#: with them), or the call or notice that announces one ("has given a call for a strike on Monday"). Not acts an
#: announcement may itself be (a curfew, an inquiry, compensation: "has announced compensation on Monday" is,
#: in some regional English, the day of the announcing). General English, not tuned on a set.
EVENT_NOUNS = frozenset({"protest", "strike", "rally", "march", "demonstration", "sit-in", "blockade", "bandh",
                         "shutdown", "hartal", "agitation", "boycott", "walkout", "picket", "meeting", "vote", "poll",
                         "election", "referendum", "hearing", "session", "sitting", "summit", "talks", "conference",
                         "vigil", "funeral", "ceremony", "memorial", "deadline", "call", "notice", "ultimatum"})
_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_DAY_PREPS = frozenset({"on", "for"})


def _perfect_or_present(verb: Token) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN":
        return bool(auxes & _PERFECT_AUX) and "had" not in auxes and not any(c.dep_ == "auxpass" for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def announced_ahead(span: Span) -> bool:
    """Whether the phrase is the day of an event a perfect or present verb of announcing sets (module docstring)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _DAY_PREPS:
        return False
    host = prep.head
    verb = host.head if host.pos_ == "NOUN" and host.dep_ == "dobj" else host
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANNOUNCE_VERBS or not _perfect_or_present(verb):
        return False
    return any(c.dep_ == "dobj" and _noun_words(c) & EVENT_NOUNS for c in verb.children)


def _noun_words(noun: Token) -> set[str]:
    """The noun's lemma, and its hyphenated whole where the tokenizer split it ("sit-in", "walk-out")."""
    words = {noun.lemma_.lower()}
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        words.add(f"{doc[noun.i - 2].lower_}-{noun.lower_}")
    return words
