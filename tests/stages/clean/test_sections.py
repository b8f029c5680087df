"""The block rules of ``clean.sections`` and the page tools of session 10, each on invented text.

An "About X" box, a press contact block, a forum member card, a label's duration value, a closing legal
line, and the hard page tools (tag rows, "[edit]", view counters, feedback prompts, rating widgets).
"""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason

HEADLINE = "Tram depot in Orvin to be rebuilt"
PARAS = [
    "The transport board said on Monday that the old tram depot in Orvin would be pulled down and rebuilt by 2029.",
    "The new depot will hold forty trams, twice as many as the old one, and will have a roof of solar panels.",
    "Work is expected to start next spring, once the last trams have been moved to a temporary yard in Lask.",
]


def _clean(*lines: str, fmt: str = "txt") -> str:
    body = "\n\n".join([HEADLINE, *PARAS, *lines])
    return clean(Article(id="s", source="test", body=body, format=fmt)).text


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_closing_about_box_goes(fmt: str) -> None:
    box = "The Orvin Transport Board runs the city's trams and buses and has 2,400 staff in four depots."
    text = _clean("About the Orvin Transport Board", box, fmt=fmt)
    assert box not in text and "About the Orvin" not in text
    assert PARAS[-1] in text


def test_about_head_before_more_article_stays() -> None:
    section = "Orvin has had trams since 1902, and the depot is the oldest building of the network."
    body = "\n\n".join([HEADLINE, PARAS[0], "About Orvin", section, PARAS[1], PARAS[2]])
    text = clean(Article(id="s", source="test", body=body, format="txt")).text
    assert section in text


def test_about_head_on_another_subject_stays() -> None:
    tail = "The work will cost about 90 million, most of it from the national rail fund."
    text = _clean("About the cost", tail)
    assert tail in text


def test_press_contact_block_goes() -> None:
    text = _clean("Press enquiries", "Mira Tallow, press officer", "01234 000999")
    assert "Mira Tallow" not in text and "Press enquiries" not in text


def test_member_card_around_profile_line_goes() -> None:
    post = "I rode the old trams to school every day, and I will be sorry to see the depot go."
    body = "\n".join([HEADLINE, "", *PARAS, "", "Quill_Ferry", "Veteran", "Posts: 2,310", "Location: Lask", "", post])
    text = clean(Article(id="s", source="test", body=body, format="txt")).text
    for line in ("Quill_Ferry", "Veteran", "Posts: 2,310", "Location: Lask"):
        assert line not in text
    assert PARAS[0] in text


def test_duration_under_a_label_is_kept() -> None:
    body = "\n".join([HEADLINE, "", PARAS[0], "", "Journey time", "25 mins", "", *PARAS[1:]])
    text = clean(Article(id="s", source="test", body=body, format="txt")).text
    assert "25 mins" in text


@pytest.mark.parametrize("line", [
    "This story may not be published or passed on in any form without our written leave.",
    "Registered in Veloria. Company number 0099887. Registered office: 2 Canal Row, Orvin.",
    "This page was last edited on 3 May 2026, at 14:02.",
])
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_closing_legal_line_goes(line: str, fmt: str) -> None:
    text = _clean(line, fmt=fmt)
    assert line not in text and PARAS[-1] in text


def test_closing_paragraph_about_advertising_stays() -> None:
    last = "The board will pay for part of the work by selling advertising space on the new trams."
    text = _clean(last)
    assert last in text


@pytest.mark.parametrize(("line", "reason"), [
    ("Categories: Trams | Depots of Orvin", "page tool"),
    ("Tagged: trams, Orvin, depots", "page tool"),
    ("[edit]", "page tool"),
    ("Viewed 3,400 times", "page tool"),
    ("Was this page helpful?", "prompt"),
    ("Is this article useful?", "prompt"),
    ("★★★★☆ 4.1 from 22 votes", "rating widget"),
    ("Posts: 512", "member profile"),
    ("Last reviewed: 2 March 2026", "timestamp"),
])
def test_page_tools_are_hard_debris(line: str, reason: str) -> None:
    assert _hard_reason(line, _features(line)) == reason


def test_percentage_is_no_timestamp() -> None:
    assert _hard_reason("41%", _features("41%")) is None


def test_blog_comment_head_naming_the_post_starts_the_comments() -> None:
    comment = "Such a shame, I loved that old building and the clock over its gate."
    text = _clean("2 thoughts on “Tram depot in Orvin to be rebuilt”", "Ada Fenn says:", comment)
    assert comment not in text and "Ada Fenn" not in text
