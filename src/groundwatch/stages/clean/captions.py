"""Photo captions that a pasted page labels on a line of their own.

A broadcaster's page prints the caption's label apart from the caption: "Image caption," on one line,
the caption under it ("Residents wade through the water in Tessel"), as a reader's select-all copies
it. ``lexicon_captions._CAPTION`` reads the label with the caption on the same line ("Image caption Rescuers
...", glued "Media captionRescuers ..."); here the label stands alone, so it is the line under it that
must go, and it reads as a subheading or a short paragraph on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.features import _Features
from groundwatch.stages.clean.thresholds import CAPTION_MAX_WORDS

#: A caption's label with nothing after it but its comma or colon: "Image caption,", "Media caption:",
#: "Video caption". A source or copyright label names its holder on the same line, so it is none of these.
_LABEL_ALONE = re.compile(r"^(?:image|media|video|photo|picture)\s?caption\s*[,:.]?$", re.IGNORECASE)


def labelled_captions(texts: Sequence[str], feats: Sequence[_Features], hard: Sequence[str | None]) -> list[int]:
    """The caption labels standing alone and the caption line under each (see the module docstring).

    The line under a label is its caption when nothing else claimed it (``hard``), it is no other label
    and it is caption-long (``CAPTION_MAX_WORDS``); a label with an empty caption keeps the paragraph under it.
    """
    out: list[int] = []
    for i, text in enumerate(texts):
        if _LABEL_ALONE.match(text.strip()) is None:
            continue
        out.append(i)
        j = i + 1
        if (j < len(texts) and hard[j] is None and _LABEL_ALONE.match(texts[j].strip()) is None
                and 0 < feats[j].n_words <= CAPTION_MAX_WORDS):
            out.append(j)
    return out
