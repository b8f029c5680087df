"""Why each removed line went: ``CleanArticle.removed_reasons`` and the captions read from it (invented page)."""

from __future__ import annotations

import dataclasses

import pytest

from groundwatch.records import Article, CleanArticle
from groundwatch.stages.clean import CAPTION_REASON, clean, photo_captions, removed_with

CAPTION = "Volunteers carry sandbags along the Brinmouth embankment in Tessel, Veloria, June 7, 2027. (Valley Photo)"
PAGE = f"""Floodwater reaches the old quarter of Tessel

Share on Facebook

{CAPTION}

TESSEL, Veloria (Valley Wire) — The river burst its banks in Tessel on Monday, forcing hundreds of families from \
their homes as the water rose through the night.

Officials in the Brinmouth district said two people had died and that rescue boats were still searching the \
flooded streets on Tuesday morning.

The regional governor, Ilse Varnholt, said the army would send more boats and that shelters had opened in three \
schools across the town.

Forecasters expect more rain later this week, and residents downstream have been told to prepare to leave.
"""


def _page() -> CleanArticle:
    return clean(Article(id="t/1", source="mem", body=PAGE, format="txt"))


def test_each_removed_line_has_its_reason() -> None:
    result = _page()
    assert len(result.removed_reasons) == len(result.removed)
    why = dict(zip(result.removed, result.removed_reasons, strict=True))
    assert why[CAPTION] == CAPTION_REASON
    assert why["Share on Facebook"] == "call to action"
    assert CAPTION not in result.text


def test_photo_captions_read_the_recorded_reason() -> None:
    result = _page()
    assert photo_captions(result) == [CAPTION]
    # A line that merely looks like a caption is not one when the cleaner gave another reason.
    relabelled = dataclasses.replace(result, removed_reasons=tuple("byline" for _ in result.removed))
    assert photo_captions(relabelled) == []


def test_an_article_without_reasons_falls_back_to_the_lines_look() -> None:
    legacy = dataclasses.replace(_page(), removed_reasons=())  # as an older store gives it
    assert removed_with(legacy, frozenset({CAPTION_REASON})) is None
    assert photo_captions(legacy) == [CAPTION]


def test_removed_with_reads_nothing_from_a_mismatched_list() -> None:
    art = Article(id="t/2", source="mem", body="x", format="txt")
    short = CleanArticle(art, "", removed=("a", "b"), removed_reasons=("menu",))
    assert removed_with(short, frozenset({"menu"})) is None
    assert removed_with(CleanArticle(art, ""), frozenset({"menu"})) == ()
    pair = CleanArticle(art, "", removed=("a", "b"), removed_reasons=("menu", "byline"))
    assert removed_with(pair, frozenset({"byline"})) == ("b",)


#: Caption lines closing on a labelled credit in brackets, and the credits alone (issue 10: "(Photo/J. Roe)").
#: The whole line is the caption (the events stage reads its date before the credit); a credit alone is no caption.
CREDITED_CAPTIONS = [
    "Rescuers search the rubble of the Brinmouth school in Tessel, Veloria, June 7, 2027. (Photo: J. Roe)",
    "Volunteers stack sandbags on the Tessel embankment on Sunday. (Photo/J. Roe)",
    "Boats ferry residents across the flooded square in Tessel, 8 June, 2027 (Photo by Ilse Varnholt)",
    "Firefighters spray water on the burning depot in Orrin, Veloria, June 9, 2027. (Photos: Valley Trust)",
]
CREDITS_ALONE = ["(Photo: J. Roe)", "(Photo/J. Roe)", "Photo: J. Roe", "(Pictures by Valley Trust)"]


def _reason(line: str) -> str | None:
    result = clean(Article(id="t/3", source="mem", body=PAGE.replace(CAPTION, line), format="txt"))
    assert line not in result.text
    return dict(zip(result.removed, result.removed_reasons, strict=True)).get(line)


@pytest.mark.issue(10)
@pytest.mark.parametrize("line", CREDITED_CAPTIONS)
def test_a_caption_closing_on_a_labelled_credit_is_a_caption(line: str) -> None:
    assert _reason(line) == CAPTION_REASON


@pytest.mark.issue(10)
@pytest.mark.parametrize("line", CREDITS_ALONE)
def test_a_credit_alone_is_never_a_caption(line: str) -> None:
    assert _reason(line) == "photo credit"
