"""Figures: families of language the blind run of the invented corpus_n missed (tests/fixtures/corpus_n.README.md).

Every sentence is invented for this test (Orvane, the Tessel hospitals; no eval text, no corpus_n sentence):

- bodies a toll's books handle, entered twice over ("counted twice", "entered in both registers", "found to have
  been entered in two lists") or identified ("four of the bodies were identified"), are no count of the dead;
  bodies counted by someone ("rescuers counted 38 bodies") and the dead identified AS something still are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Train crash in Orvane\n\nORVANE — A train crashed near Orvane on Tuesday, police said.\n\n"


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine bodies were counted twice at the district morgue, an official said.", []),
    ("The toll fell after seven bodies had been entered in both hospital registers.", []),
    ("The toll was lowered after seven bodies were found to have been entered in two lists.", []),
    ("The toll was cut after five bodies had been entered both in the morgue book and in the ward book.", []),
    ("Two of the bodies were identified by relatives on Monday.", []),
    ("Officials put the toll at 38 after two bodies were identified twice.", [("killed", 38)]),
    # controls: bodies found or counted by someone are the dead; the dead identified as something are counted
    ("Rescuers counted 38 bodies by nightfall.", [("killed", 38)]),
    ("Nine bodies were recovered and counted at the morgue.", [("killed", 9)]),
    ("Nine bodies were counted at the morgue.", [("killed", 9)]),
    ("Two of the dead were identified as police officers.", [("killed", 2)]),
])
def test_bodies_the_books_handle_are_no_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected
