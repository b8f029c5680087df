"""Dates: the day of an act threatened or planned in the pluperfect, then called off.

"Baggage handlers, who had threatened to strike Wednesday over the fee, called off the walkout": the
pluperfect ("had threatened to", "had planned to", "had been due to") is read by
``dates_context.narrated_past`` as a narrated past whose day has gone by ("the monitors had planned to enter
the town on Saturday before the shelling resumed"). When the same sentence says, in the past, that the act
was called off ("called off", "cancelled", "dropped", "postponed"), the act never took place, and a
cancellation is news close to the day it was meant for: the day is read as an overtaken plan's
(``dates_context.PLAN_OVERTAKEN_PAST_DAYS``), behind only when it is at most that many days gone, else the
coming one. Stress batch dblind-s36: 1 such weekday put five days back in a Monday paper (the walkout was
two days ahead); the older batches' pluperfect plans that failed without being called off ("had hoped to
reopen on Tuesday, but the debris was not cleared") keep their past day, and "had been due to arrive
Saturday but postponed his trip" in a Tuesday paper stays behind (three days).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from groundwatch.stages.extract.dates_context import PLAN_OVERTAKEN_PAST_DAYS
from groundwatch.stages.extract.dates_rules import resolve_phrase

__all__ = ["called_off_ahead"]

#: Verbs (and adjectives) of intending an act: under "had" ("had threatened to", "had been due to") the act
#: is a plan, not a narrated event.
_INTENT = frozenset({"threaten", "plan", "intend", "vow", "pledge", "promise", "aim", "due", "schedule", "set",
                     "expect"})
#: Verbs that call an act off before it happens; "call" and "put" only with the particle "off".
_CALL_OFF = frozenset({"cancel", "abandon", "scrap", "drop", "shelve", "postpone", "defer", "avert"})
_PARTICLE_OFF = frozenset({"call", "put"})


def _intended_act(span: Span) -> Token | None:
    """The infinitive the date hangs from, under a pluperfect verb of intending ("had threatened to strike")."""
    cur = span.root
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    if cur.dep_ != "xcomp" or not any(c.lower_ == "to" for c in cur.children):
        return None
    intent = cur.head
    verb = intent.head if intent.dep_ == "acomp" else intent  # "had been due to": the tense is on "been"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if intent.lemma_.lower() not in _INTENT or not auxes & {"had", "'d"}:
        return None
    return cur


def _calls_off(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    return lemma in _CALL_OFF or (lemma in _PARTICLE_OFF and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                  for c in tok.children))


def called_off_ahead(span: Span, phrase: str, base: dt.date) -> bool:
    """The day of an act planned in the pluperfect and called off in its sentence lies ahead of the report.

    Ahead unless, read behind, it is at most ``PLAN_OVERTAKEN_PAST_DAYS`` gone by.
    """
    act = _intended_act(span)
    if act is None:
        return False
    inside = {t.i for t in act.subtree}  # "had planned to cancel ..." calls nothing off
    if not any(_calls_off(t) and t.i not in inside for t in span.sent):
        return False
    res = resolve_phrase(phrase, base, "past")
    return res is not None and res.precision == "day" and (
        (base - dt.date.fromisoformat(res.date)).days > PLAN_OVERTAKEN_PAST_DAYS)
