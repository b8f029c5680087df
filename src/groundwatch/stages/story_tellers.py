"""Stories: a body named in a lead only as the teller of the news says who reports, not what happened.

"Not less than 140 tremors shook <island> since Wednesday, said the national quake agency" and the
agency's bulletins on an eruption elsewhere share the agency: a national agency, a ministry, a police
force or a wire reports every event of its kind in its country. ``story_names._leads_apart`` reads a
lead that names only the story's staple names as the story's; a staple named only as the teller (the
subject of a verb of saying, or after "according to") is left out there, so a look-alike event whose
lead names its own place and the common teller is kept apart (corpus_v's look-alike, session 35: a
quake swarm on another island, told by the agency that tells the eruption).
"""

from __future__ import annotations

import re
from collections.abc import Set

#: Verbs of telling around a teller ("said the agency", "the agency reported"); inflections come with
#: each entry (say/report/announce/confirm/state/tell, in the forms news leads use).
_TELL = r"(?:said|says|reported|reports|announced|announces|confirmed|confirms|stated|states|told|tells)"
#: Words a translated or wire lead puts between the verb and the teller ("said on Thursday the agency",
#: "said this Thursday the agency"): up to this many.
TELLER_GAP_WORDS = 3


def tellers(names: Set[str], lead: str) -> frozenset[str]:
    """The names (lower case) the lead names as tellers and nowhere else in it."""
    folded = lead.casefold()
    out = set()
    for name in names:
        n = re.escape(name)
        spots = [m.start() for m in re.finditer(rf"(?<!\w){n}(?!\w)", folded)]
        told = re.findall(rf"\b{_TELL}(?:\s+[\w,]+){{0,{TELLER_GAP_WORDS}}}?\s+(?:the\s+)?{n}(?!\w)"
                          rf"|\baccording\s+to\s+(?:the\s+)?{n}(?!\w)|(?<!\w){n}(?:'s?)?\s+{_TELL}\b", folded)
        if spots and len(told) >= len(spots):
            out.add(name)
    return frozenset(out)
