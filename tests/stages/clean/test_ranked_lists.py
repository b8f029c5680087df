"""Link lists and links: a ranked list's head below the lead, a "Check out:" prefix (invented, issue 10)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

TITLE = "Ferry service to Marlow Island resumes after storm repairs"
PARAS = [
    "The ferry between Tessel harbour and Marlow Island sailed again on Thursday, nine days after a storm wrecked "
    "the landing stage on the island.",
    "Engineers worked through the weekend to rebuild the stage, and the first crossing left Tessel at seven in the "
    "morning with forty passengers on board.",
    "Islanders had relied on a fishing boat for food and medicine while the service was stopped, the harbour office "
    "said.",
    "The operator said the timetable would return to four crossings a day from Monday.",
]
OTHERS = [
    "How One Village Rebuilt Its Harbour Wall in a Single Summer",
    "Why Coastal Rail Lines Keep Closing After Winter Storms",
    "What to Pack for a Week on the Northern Islands",
]


def _page(head: str, *, tail_paragraph: bool) -> str:
    lines = [TITLE, "", PARAS[0], "", PARAS[1], "", head, *OTHERS, ""]
    lines += [PARAS[2], "", PARAS[3]] if tail_paragraph else [PARAS[2], "", PARAS[3], "", head, *OTHERS]
    return "\n".join(lines) + "\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize("head", ["TRENDING ON THE ISLAND", "Most shared this week", "Recent headlines",
                                  "Most viewed now:"])
@pytest.mark.parametrize("tail_paragraph", [True, False])
def test_the_headlines_under_a_ranked_head_go(head: str, tail_paragraph: bool) -> None:
    text = clean(Article(id="r/1", source="mem", body=_page(head, tail_paragraph=tail_paragraph), format="txt")).text
    assert all(p in text for p in PARAS)
    assert not any(o in text for o in OTHERS)


@pytest.mark.issue(10)
@pytest.mark.parametrize("section", ["Most popular with walkers", "Recent repairs on the island"])
def test_a_section_of_the_article_named_like_a_list_stays(section: str) -> None:
    body = "\n".join([TITLE, "", PARAS[0], "", PARAS[1], "", section, "",
                      "The summer boat to the bird cliffs on the far side of Marlow Island fills up weeks ahead.", "",
                      PARAS[2], "", PARAS[3]]) + "\n"
    text = clean(Article(id="r/2", source="mem", body=body, format="txt")).text
    assert section in text


@pytest.mark.issue(10)
def test_a_ranked_head_above_the_headline_leaves_the_headline() -> None:
    body = "\n".join(["Latest news", TITLE, "", *[p + "\n" for p in PARAS]]) + "\n"
    text = clean(Article(id="r/3", source="mem", body=body, format="txt")).text
    assert TITLE in text and "Latest news" not in text


@pytest.mark.issue(10)
@pytest.mark.parametrize(("line", "kept"), [
    ("Check out: Six Walks Along the Marlow Island Cliffs", False),
    ("Check out the harbour office's timetable before you travel, as crossings may still change this week.", True),
])
def test_a_check_out_prefix_links_another_story(line: str, kept: bool) -> None:
    body = "\n\n".join([TITLE, PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]) + "\n"
    text = clean(Article(id="r/4", source="mem", body=body, format="txt")).text
    assert (line in text) is kept
    assert all(p in text for p in PARAS)
