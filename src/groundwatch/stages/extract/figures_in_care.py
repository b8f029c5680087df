"""Figures: people still kept in hospital, read word by word after the number.

"52 remain admitted", "310 treated, 52 still admitted", "the toll is 30, with 52 people still in hospital": the
injured still in care are a count of the injured (the figures stress set and the corpora count "N remain in
hospital" as injured). The parser hangs these numbers anywhere (a modifier of "remain", the subject of a
past "admitted", a subject inside "with ... in"), so the words after the number are read instead: an optional
noun of people, then "still"/"now" or a verb of staying, then a word of being in care. Without "still", "now"
or a verb of staying, "52 admitted" or "52 in hospital" says nothing of a stay and is left to the parse.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["still_in_care"]

#: Nouns of the people counted that may stand between the number and the stay: "52 people still in hospital".
_PEOPLE = frozenset({"people", "persons", "patients", "others"})
#: Words that say the stay goes on: "still", "now", and verbs of staying ("remain", "stay").
_STAYING = frozenset({"still", "now", "remain", "remains", "remained", "stay", "stays", "stayed", "are", "were"})
#: Words of being kept in care.
_IN_CARE = frozenset({"admitted", "hospitalised", "hospitalized"})
#: Places of care after "in": "still in hospital", "remain in hospitals".
_CARE_PLACES = frozenset({"hospital", "hospitals"})
#: The most words of staying between the number (or its noun) and the word of care: "are still", "remain".
MAX_STAY_WORDS = 2


def still_in_care(tokens: Span) -> bool:
    """Whether the number ``tokens`` is followed by words saying its people are still in hospital."""
    doc, i = tokens.doc, tokens.end
    if i < len(doc) and doc[i].lower_ in _PEOPLE:
        i += 1
    stay = 0
    while i < len(doc) and doc[i].lower_ in _STAYING and stay < MAX_STAY_WORDS:
        i, stay = i + 1, stay + 1
    if not stay or i >= len(doc) or (stay == 1 and doc[i - 1].lower_ in ("are", "were")):
        return False  # "52 are admitted" is the admission, not a stay
    if doc[i].lower_ in _IN_CARE:
        return True
    return doc[i].lower_ == "in" and i + 1 < len(doc) and doc[i + 1].lower_ in _CARE_PLACES
