"""Hard-wrapped text (an e-mail, a fixed-width wire copy, a paste from a terminal) is read back as
paragraphs; text written a paragraph per line, and lists of headlines, are left as they are
(invented articles, issue 10)."""

from __future__ import annotations

import textwrap

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.wrapping import joined, runs_on, wrap_width

TITLE = "Floodwater cuts the road to Ambrel as the river Seld rises"
PARAGRAPHS = [
    "AMBREL, Norvania (Tessel Wire) - Floodwater cut the only road into the hill town of Ambrel on Tuesday, "
    "and the regional council said about 2,300 people had left their homes since the river Seld burst its "
    "banks over the weekend.",
    "\"We have boats going door to door in the lower streets, but the current is strong and the rain has not "
    "stopped,\" said Mara Velk, who leads the council's emergency team, adding that two people were missing.",
    "The council opened three shelters in schools on higher ground, and the water company warned residents "
    "in the old quarter to boil their drinking water until further notice, because a pumping station had "
    "flooded overnight.",
    "Forecasters expect more rain on Thursday, and the army has sent two trucks of sandbags and a field "
    "kitchen, a spokesman for the defence ministry told reporters in the capital, Orvenna.",
]


def _body(width: int | None) -> str:
    paragraphs = PARAGRAPHS if width is None else [textwrap.fill(p, width) for p in PARAGRAPHS]
    return "\n\n".join([TITLE, *paragraphs]) + "\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_a_wrapped_body_is_found_at_its_width(width: int) -> None:
    found = wrap_width(_body(width))
    assert found is not None and width - 15 <= found <= width


@pytest.mark.issue(10)
@pytest.mark.parametrize("body", [
    _body(None),  # a paragraph per line, blank lines between
    "\n".join([TITLE, *PARAGRAPHS]),  # a paragraph per line, no blank lines
    "\n".join([  # a box of headlines: full lines, each starting with a capital
        "Floodwater cuts the road to Ambrel as the river Seld rises fast",
        "Council opens three shelters in schools on the higher ground",
        "Water company tells the old quarter to boil its drinking water",
        "Forecasters expect more rain on Thursday across the hill towns",
        "Army sends sandbags and a field kitchen to the flooded valley",
    ]),
])
def test_text_that_is_not_wrapped_is_not_found(body: str) -> None:
    assert wrap_width(body) is None


@pytest.mark.issue(10)
@pytest.mark.parametrize("width", [60, 72, 80])
def test_the_cleaner_writes_a_wrapped_paragraph_as_one_line(width: int) -> None:
    text = clean(Article(id="w/1", source="mem", body=_body(width), format="txt")).text
    assert text == _body(None).strip()


@pytest.mark.issue(10)
def test_a_list_after_a_full_line_starts_anew() -> None:
    line = "The council listed what each household should take to the shelters tonight"
    assert runs_on(line, "to the school halls on the hill", len(line))
    assert not runs_on(line, "- warm clothes and blankets", len(line))
    assert not runs_on(line, "2. medicines and papers", len(line))
    assert not runs_on("Short line", "and more", len(line))


@pytest.mark.issue(10)
@pytest.mark.parametrize(("lines", "expected"), [
    (["the long-", "term shelters"], "the long-term shelters"),
    (["the shelters", "on the hill"], "the shelters on the hill"),
    (["figures for 2023-", "2024 were"], "figures for 2023- 2024 were"),  # a digit before the hyphen: no word broken
])
def test_wrapped_lines_are_joined_with_a_space_or_at_a_hyphen(lines: list[str], expected: str) -> None:
    assert joined(lines) == expected
