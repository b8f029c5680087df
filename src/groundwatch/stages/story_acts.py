"""What an article's lead says was done with aid or a crossing: a closure or a delivery.

"Aid halted at the border crossing" and "the first aid convoy crossed into the city" embed alike
(same place, same words for aid) but are different events, often weeks apart at the same place: a
story of one never takes an article of the other (see ``stories.story_score``). Only sentences that
speak of aid, supplies, convoys or crossings count, and only when one kind of act is named: a lead
that names both ("deliveries resumed after a week-long halt") is no evidence either way.
"""

from __future__ import annotations

import re

#: Sentences about aid or a crossing point (general English).
_AID_RE = re.compile(r"\b(aid|relief|convoys?|trucks?|lorries|supplies|humanitarian|crossings?|shipments?|"
                     r"food|fuel|medicines?|deliveries|delivery)\b", re.IGNORECASE)
#: Acts that stop aid or close a crossing.
_CLOSURE_RE = re.compile(r"\b(halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|suspension|clos(?:e|es|ed|ing|ure)|"
                         r"shut(?:s|ting)?|block(?:s|ed|ing|ade)?|cut\s+off|barred|bars|stopp(?:ed|ing)|"
                         r"sealed|denied\s+(?:entry|access))\b", re.IGNORECASE)
#: Acts that bring aid in.
_DELIVERY_RE = re.compile(r"\b(deliver(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|entered|enters|reach(?:ed|es)|"
                          r"cross(?:ed|es)|dispatch(?:ed|es)?|distribut(?:ed|es|ing)|airlift(?:ed|s)?|unload(?:ed|ing)|"
                          r"reopen(?:s|ed|ing)?|resum(?:e|es|ed|ing)|handed\s+over)\b", re.IGNORECASE)
_SENT_RE = re.compile(r"(?<=[.!?])\s+")

CLOSURE = "closure"
DELIVERY = "delivery"


def aid_act(lead: str) -> str | None:
    """:data:`CLOSURE`, :data:`DELIVERY`, or None (no aid sentence, or both acts named)."""
    acts = set()
    for sentence in _SENT_RE.split(lead):
        if not _AID_RE.search(sentence):
            continue
        if _CLOSURE_RE.search(sentence):
            acts.add(CLOSURE)
        if _DELIVERY_RE.search(sentence):
            acts.add(DELIVERY)
    return acts.pop() if len(acts) == 1 else None


def conflicting(act: str | None, story_acts: dict[str, int] | None) -> bool:
    """Whether an article's act contradicts a story's: the story's leads name only the other act."""
    if act is None or not story_acts:
        return False
    return act not in story_acts and any(n > 0 for n in story_acts.values())
