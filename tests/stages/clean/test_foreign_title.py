"""A document title that shares no word with its article is a site's name, not the headline (invented pages,
issue 10): a page whose <title> names only the site gave "Daily Site" as the title of every article on it."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

BODY = ("Ferry service to Orlen Island halted\n\n"
        "The ferry between Tessel and Orlen Island stopped on Monday after waves damaged the pier, and about 400 "
        "islanders were left without a crossing, the port authority said.\n\n"
        "A supply boat with food and fuel is due on Thursday, the authority added.\n")


def _article(title: str | None, origin: str = "document") -> Article:
    return Article(id="t/1", source="mem", body=BODY, format="html", title=title,
                   meta_origin={"title": origin} if title else {})


@pytest.mark.issue(10)
@pytest.mark.parametrize("title", ["Harbour Post", "Home", "Welcome to the Harbour Courant"])
def test_a_title_sharing_no_word_with_the_article_gives_way_to_the_headline(title: str) -> None:
    cleaned = clean(_article(title))
    assert cleaned.article.title == "Ferry service to Orlen Island halted"
    assert cleaned.article.meta_origin["title"] == "text"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("title", "origin"), [
    ("Orlen ferry halted after storm damages pier", "document"),  # shares words: the headline
    ("Harbour Post", "manifest"),  # the user's own manifest is never second-guessed
])
def test_a_title_of_the_article_or_from_the_manifest_stays(title: str, origin: str) -> None:
    assert clean(_article(title, origin)).article.title == title
