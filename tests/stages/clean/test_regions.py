"""The article's main run of paragraphs, and what stands apart from it (invented text)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

HEADLINE = "Ferry service to Lask resumes after the storm"
PARAS = [
    "The ferry between Tessel and Lask sailed again on Thursday, four days after the storm damaged "
    "the pier in Lask, the harbour authority said.",
    "Engineers worked through the weekend to repair the landing stage, and the first crossing carried "
    "about 200 passengers and a dozen lorries of supplies.",
    "Shops in Lask had run short of bread and fuel while the island was cut off, residents said.",
    "The authority said the timetable would return to normal from Monday if the weather held.",
    "A second ferry, laid up for repairs since the spring, is due back in service before the winter "
    "timetable begins, easing the pressure on the single boat now running.",
]


def _article(blocks: list[str], fmt: str = "txt") -> Article:
    return Article(id="r", source="test", body="\n\n".join(blocks), format=fmt)


def _tail(*lines: str) -> list[str]:
    return [HEADLINE, *PARAS, "Share this article", "Related topics", *lines]


@pytest.mark.parametrize("line", [
    # a site's notices after the article
    "We may earn a commission when you buy through links on our site, which helps fund our work.",
    "Sign up to our weekly newsletter and get the best of our local reporting in your inbox.",
    # an author's bio
    "Mara Quill is a reporter at the Lask Courier who covers transport and the islands.",
    "Tomas Brenn has worked as a photographer on the coast for twenty years and lives in Tessel.",
    # a teaser paragraph of another story, far from the article and much shorter
    "Council approves a new car park beside the market hall.",
])
def test_prose_apart_from_the_article_is_dropped(line: str) -> None:
    result = clean(_article(_tail(line)))
    assert line not in result.text
    assert all(p in result.text for p in PARAS)


def test_a_story_about_advertising_keeps_its_sentence() -> None:
    line = "The harbour authority said advertising on the ferries had paid for half of the repairs."
    blocks = [HEADLINE, PARAS[0], line, *PARAS[1:]]
    assert line in clean(_article(blocks)).text


def test_app_pitch_inside_the_article_is_dropped() -> None:
    line = "For breaking news on the islands download the Courier apps for iOS and Android."
    blocks = [HEADLINE, PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]
    assert line not in clean(_article(blocks)).text


def test_subheading_between_sections_is_kept() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Supplies run short", PARAS[2], PARAS[3]]
    assert "Supplies run short" in clean(_article(blocks)).text


def test_closing_line_in_another_language_is_dropped() -> None:
    line = "Folge uns auch auf den sozialen Kanälen, wir sind immer für dich da."
    result = clean(_article([HEADLINE, *PARAS, line]))
    assert line not in result.text


def test_code_between_paragraphs_is_kept() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Tools", "retry_count = 3", "ferry-status --pier lask",
              PARAS[2], PARAS[3]]
    text = clean(_article(blocks)).text
    assert "retry_count = 3" in text
    assert "ferry-status --pier lask" in text


def test_phone_number_is_not_a_timestamp() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], PARAS[2], "Harbour office: +44 158-23-2012", PARAS[3]]
    text = clean(_article(blocks)).text
    assert "Harbour office: +44 158-23-2012" in text


def test_html_bodies_keep_the_extractors_short_blocks() -> None:
    # An HTML extractor already chose the article's blocks: list items and short headings stay;
    # hard debris (an ad label) still goes.
    blocks = [HEADLINE, PARAS[0], "What to bring", "- a valid ticket", "- a bottle of water", PARAS[1],
              "Advertisement", PARAS[2], "| Crossing | Time |", "| Tessel to Lask | 40 min |", PARAS[3]]
    html_text = clean(_article(blocks, fmt="html")).text
    for kept in ("What to bring", "- a valid ticket", "- a bottle of water", "| Tessel to Lask | 40 min |"):
        assert kept in html_text
    assert "Advertisement" not in html_text


def test_bio_closing_the_article_is_dropped() -> None:
    bio = "Mara Quill is a reporter at the Lask Courier who covers transport and the islands."
    result = clean(_article([HEADLINE, *PARAS, bio]))
    assert bio not in result.text
    assert PARAS[-1] in result.text
