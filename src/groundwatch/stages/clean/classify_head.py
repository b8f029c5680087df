"""The head of a page of little prose (a contact page, an event listing), read apart from ``classify``'s head block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from groundwatch.stages.clean.thresholds import THIN_BLOCK_MIN_LINES


def _thin_block(first_good: int, hard: Sequence[str | None], furniture: Mapping[int, str], menu: frozenset[int],
                title: int | None) -> set[int]:
    """On a page of little prose (a contact page, an event listing), the unbroken block of ``THIN_BLOCK_MIN_LINES``
    or more lines right above the first paragraph, up to the first debris or site furniture, is its content whatever
    its words: the address and phone numbers, an event's title under its date. The title's line and the page's
    stamps (an event's date and time read as one) do not break the block, nor count in it."""
    lines: set[int] = set()
    for i in reversed(range(min(first_good, len(hard)))):
        if i == title or hard[i] in _STAMP_REASONS:
            continue
        if hard[i] is not None or i in furniture or i in menu:
            break
        lines.add(i)
    return lines if len(lines) >= THIN_BLOCK_MIN_LINES else set()


_STAMP_REASONS = frozenset({"timestamp", "page stamp"})
