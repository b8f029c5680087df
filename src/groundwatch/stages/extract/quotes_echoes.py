"""Quotes: the same quotation told twice in one article (a pull quote or a heading lifted from the body).

``quote_key`` folds a quotation's marks, case and punctuation so that a repeat matches its source;
``echoes`` gives a repeat the speaker of the longer quotation it sits in; ``strength`` ranks two
attributions of one repeated quotation (quotes.py keeps the better one). Moved out of quotes.py,
which was at the 600-line limit; no behaviour change.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from groundwatch.records import Quote

__all__ = ["ECHO_MIN_WORDS", "echoes", "quote_key", "strength"]

#: A quotation of at least this many words whose words all recur inside a longer one of the article
#: is that one repeated (a pull quote or heading above the body): judged, not tuned, as long enough
#: that two speakers seldom share the words (clean-dev tune review, seed 1187: one case; stress bc).
ECHO_MIN_WORDS = 6
_TRANSLATE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                            "\u2018": "'", "\u2019": "'", "\u201a": "'"})


def quote_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return re.sub(r"\W+", " ", text).strip()


def echoes(quotes: list[Quote]) -> list[Quote]:
    """A quotation repeated inside a longer one (a pull quote or heading that lifts a sentence of
    the body) takes the longer one's speaker: the body says who spoke, the repeat stands alone. A
    quotation nested inside the other's marks is someone else's words and keeps its speaker."""
    keys = [quote_key(q.text) for q in quotes]
    out = list(quotes)
    for i, key in enumerate(keys):
        if len(key.split()) < ECHO_MIN_WORDS:
            continue
        source = next((quotes[j] for j, other in enumerate(keys) if j != i and len(other) > len(key)
                       and f" {key} " in f" {other} " and quotes[j].speaker
                       and not quotes[j].span.start <= quotes[i].span.start < quotes[j].span.end), None)
        if source is not None and source.speaker != quotes[i].speaker:
            out[i] = dataclasses.replace(quotes[i], speaker=source.speaker, speaker_role=source.speaker_role,
                                         speaker_mention=None, speaker_kind=source.speaker_kind,
                                         resolved_by="coreference")
    return out


def strength(q: Quote) -> int:
    """How well a repeated quotation is attributed: a named person beats a body beats a title."""
    if not q.speaker:
        return 0
    return {"person": 3, "organisation": 2, "country": 2}.get(q.speaker_kind or "", 1)
