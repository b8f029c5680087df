"""Dates: a past clock time in the scene of a day told a few sentences before it.

"The storm reached the coast on Saturday. Winds tore roofs off houses. Power lines fell across the
road. By 9 p.m. the river had burst its banks": the narration stays on Saturday, sentence after
sentence in the past, and the clock time is Saturday's. ``date_clock_times`` looks back only
``CLOCK_ANCHOR_SENTENCES`` for a day, and past that gives the publication day. Here a past clock time
with no day in its sentence takes the last past day named at most ``CLOCK_SCENE_SENTENCES`` before
it, when no sentence from that day's to its own is told in the present: a sentence in the present or
the future between them ("Officials say ...", "The next convoy is due ...") ends the scene. A
clock time under a verb of saying ("told reporters at 10 a.m.") is left to the other rules: a
saying is often the report's own time, not the scene's. A day ahead of the publication is no past
clock time's, even in its own sentence ("Counting began at 8 p.m., and results are expected on
Thursday": Sunday's count, not Thursday's). Invented probes (session 35): 4 of 4 past clock times
three or four sentences after their day took the publication day.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_discourse import clause_verb, past_verb
from groundwatch.stages.extract.dates_rules import Resolution
from groundwatch.stages.extract.doc_cache import doc_sents

__all__ = ["CLOCK_SCENE_SENTENCES", "scene_clock_times"]

#: How many sentences back a past clock time looks for the day of its scene. Chosen by reading, not
#: tuned: a news paragraph narrating one day runs three to five sentences; past five the day named
#: is seldom the scene's. The dev sets' clock times are optional gold, so no set scores this choice.
CLOCK_SCENE_SENTENCES = 5


#: Present-tense tags of a main verb or its auxiliary: a sentence in the report's present, not the scene's past.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Modals of the future or of the present ("will", "can"): "would" and "could" are a narrated past's.
_PRESENT_MODALS = frozenset({"will", "shall", "can", "may", "must", "'ll", "wo"})


def _present(root: Token) -> bool:
    """The sentence headed by ``root`` is told in the present or the future ("Officials say", "The
    convoy will leave"); a past participle with no auxiliary ("Queues formed", tagged VBN) is past."""
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return (root.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in auxes)
            or any(a.lower_ in _PRESENT_MODALS for a in auxes))


def _ahead(day: Resolution, base: dt.date | None) -> bool:
    return base is not None and day.date > base.isoformat()


def scene_clock_times(doc: Doc, found: list[Found], pending: list[int], base: dt.date | None) -> list[int]:
    """Give each pending past clock time the day of the scene it is told in (module docstring), in
    place. Returns the pending clock times still without a day."""
    left = []
    for i in pending:
        start, end, _, si = found[i]
        verb = clause_verb(doc, start, end)
        if (verb is None or not past_verb(verb) or verb.lemma_.lower() in SPEECH_VERBS
                or any(sj == si and r is not None and r.precision == "day" and not _ahead(r, base)
                       for _, _, r, sj in found)):
            left.append(i)
            continue
        told = [(sj, r) for _, _, r, sj in found[:i] if r is not None and r.precision == "day"
                and 0 < si - sj <= CLOCK_SCENE_SENTENCES]
        if not told:
            left.append(i)
            continue
        sj, day = told[-1]
        sents = doc_sents(doc)
        if _ahead(day, base) or any(_present(sents[k].root) for k in range(sj, si + 1)):
            left.append(i)
            continue
        found[i] = (start, end, Resolution(day.date, "day", False), si)
    return left
