"""Paragraphs quoting in the marks translated copy keeps are prose (invented text, issue 10; found by
respelling quotes-dev's marks, tests/eval_layouts.py):

- French copy sets guillemets off by no-break spaces ("« ... »"), so each closing "»" stood between blanks
  like a breadcrumb's arrow ("Home » World » Asia"), and a sentence ending ". »" did not end like one: a
  paragraph of three short quotations was dropped as a menu;
- German and East European copy closes with "“" ("„... lose.“"): a one-sentence paragraph ending so was
  dropped as a headline between paragraphs."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

LEAD = ("Floodwater cut the only road into the hill town of Kessa on Tuesday, and the regional council said about "
        "2,300 people had left their homes since the river burst its banks over the weekend.")
QUOTING = ("Farmers marched to the town hall on Monday, chanting « No more delays on the dam. » A water board "
           "engineer warned of « a flood waiting to happen. » The mayor promised « an answer by Friday. »"
           ).replace("« ", "«\u00a0").replace(" »", "\u00a0»")
CLOSE = "Forecasters expect more rain on Thursday, and the council will decide on Wednesday whether to move patients."


@pytest.mark.issue(10)
@pytest.mark.parametrize("spaced", [True, False], ids=["no-break-spaces", "close"])
def test_a_paragraph_quoting_in_guillemets_is_kept(spaced: bool) -> None:
    quoting = QUOTING if spaced else QUOTING.replace("\u00a0", "")
    body = f"Floods cut Kessa off\n\n{LEAD}\n\n{quoting}\n\n{CLOSE}\n"
    text = clean(Article(id="g/1", source="mem", body=body, format="txt")).text
    assert "a flood waiting to happen" in text and "an answer by Friday" in text


@pytest.mark.issue(10)
def test_a_breadcrumb_with_arrows_still_goes() -> None:
    body = f"Home » World » Europe » Kessa\n\nFloods cut Kessa off\n\n{LEAD}\n\n{CLOSE}\n"
    assert "Home » World" not in clean(Article(id="g/2", source="mem", body=body, format="txt")).text


@pytest.mark.issue(10)
def test_a_sentence_closing_with_a_low_high_mark_is_kept() -> None:
    body = f"Floods cut Kessa off\n\n{LEAD}\n\nThe mayor warned of \u201ea flood waiting to happen.\u201c\n\n{CLOSE}\n"
    assert "a flood waiting to happen" in clean(Article(id="g/3", source="mem", body=body, format="txt")).text
