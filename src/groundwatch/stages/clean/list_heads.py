"""A bulleted list and its heading, read as one: the items under a line that announces them, and the heading above
items the cleaner keeps.

* **items under an announcing line**: a line ending in a colon ("Here is what we know so far:") announces the list
  under it, every item of it, not only the first: each bullet item after a kept, introduced one is introduced too
  (a live page's summary at its foot was cut after its first item: the tail rule read the rest as furniture);
* **a list's heading**: a line ending in a colon that stands right above a kept bullet item ("Key figures (as of
  18:00, 24 September):") heads that list, though it is a run of its own apart from the article's longest.

Both from the invented corpus_o's blind run (one case each); general page shapes, no word of any corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

from groundwatch.stages.clean.lists import _LIST_BULLET

#: The verdict of a line kept because the line above announced it (``classify._classify``).
INTRODUCED = "introduced by the line before"
#: The verdict of a heading kept for the kept list under it.
LIST_HEADING = "heading of the list under it"
#: Verdicts a list's heading may have been dropped with: a short run apart from the article's longest.
_APART = frozenset({"prose apart from the article"})


def continues_list(prev_text: str, prev_reason: str, text: str) -> bool:
    """Whether ``text`` is one more item of a list whose item above it (``prev_text``) a colon introduced."""
    return prev_reason == INTRODUCED and bool(_LIST_BULLET.match(prev_text)) and bool(_LIST_BULLET.match(text))


def list_headings(texts: Sequence[str], keeps: Sequence[bool], reasons: Sequence[str]) -> list[int]:
    """The dropped lines ending in a colon right above a kept bullet item, dropped only as a run apart."""
    return [i for i in range(len(texts) - 1)
            if not keeps[i] and reasons[i] in _APART and texts[i].rstrip().endswith(":")
            and keeps[i + 1] and _LIST_BULLET.match(texts[i + 1]) is not None]
