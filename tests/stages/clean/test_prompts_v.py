"""Cleaning shapes of corpus_v's blind run (tests/fixtures/corpus_v.README.md), as families, with invented
sentences: a prompt that coordinates page buttons ("Like and share!") and a prompt whose promise is the outlet's
app or its alerts are the page's; advice naming an app for a purpose, and prose opening with "like", stay.
"""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

HEADLINE = "Floods cut the road to Amberlee"
PARAS = ("The river Tesk burst its banks above Amberlee on Monday, cutting the only road to the valley, "
         "the district office said.",
         "About 3,000 people were moved to two schools on higher ground, and boats carried food to the farms "
         "that were cut off.",
         "Engineers said the road could reopen by the weekend if the water keeps falling.")
LAST = "The last flood of this size in the valley, in 2011, destroyed the old bridge."


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


@pytest.mark.issue(10)
@pytest.mark.parametrize("prompt", [
    "Like and share! Follow the Tesk Valley Echo on our page.",
    "Like, comment and share this story with your friends.",
    "Like & follow Radio Amberlee for more.",
    "Download the Tesk Valley Echo app - get breaking alerts first!",
    "Get the Amberlee Courant app today.",
    "Download the Valley Wire app and be the first to know.",
    "Download our app now.",
])
def test_button_and_app_prompts_are_dropped(prompt: str) -> None:
    text = _clean(HEADLINE, *PARAS, LAST, prompt)
    assert prompt not in text and LAST in text


@pytest.mark.issue(10)
@pytest.mark.parametrize("line", [
    "Download the district's flood app to receive warnings when the river rises, the office urged residents.",
    "Like and unlike neighbours, the farmers of Amberlee shared boats during the flood.",
    "Residents were told to install sandbags and sign up for the council's text alerts.",
])
def test_advice_and_prose_are_kept(line: str) -> None:
    assert line in _clean(HEADLINE, *PARAS, line)
