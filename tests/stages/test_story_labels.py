"""Story labels read like the event's headline, never a section name or tag (invented articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.records import Article, ArticleFacts, CleanArticle
from groundwatch.stages.story_labels import story_label, story_labels

pytestmark = pytest.mark.issue(11)


def member(aid: str, title: str | None, text: str, day: int) -> tuple[CleanArticle, ArticleFacts]:
    when = dt.date(2031, 5, day)
    art = Article(id=aid, source=aid, body=text, format="txt", title=title, published=when)
    return CleanArticle(article=art, text=text, published=when), ArticleFacts(article_id=aid, published=when)


FERRY = [
    member("a", "World Markets", "A ferry capsized off Brinmouth harbour on Sunday, leaving eleven passengers "
           "missing as coastguard boats searched the bay.", 3),
    member("b", "Ferry capsizes off Brinmouth, eleven missing",
           "Coastguard boats searched the bay off Brinmouth after a ferry capsized with forty passengers on "
           "board, port officials said.", 4),
    member("c", "Divers join search for missing ferry passengers",
           "Navy divers joined the search for passengers missing since the Brinmouth ferry capsized, the "
           "coastguard said on Tuesday.", 5),
]


def test_a_section_name_first_is_passed_over_for_the_event_headline() -> None:
    assert story_label(FERRY) == "Ferry capsizes off Brinmouth, eleven missing"


def test_a_lone_article_with_a_tag_for_a_title_is_labelled_by_its_first_sentence() -> None:
    lone = member("d", "Veloria", "Parliament in Veloria voted on Friday to extend the state of emergency "
                  "in the flooded south by thirty days. The vote passed narrowly.", 9)
    assert story_label([lone]) == ("Parliament in Veloria voted on Friday to extend the state of emergency in "
                                   "the flooded south by thirty days.")


def test_an_untitled_story_takes_a_first_sentence_and_labels_cover_every_story() -> None:
    untitled = member("e", None, "Menu\nSearch\nStorm winds tore roofs from three schools in Tessel overnight, "
                      "the mayor said.", 2)
    labels = story_labels([*FERRY, untitled], {"a": "s1", "b": "s1", "c": "s1", "e": "s2"})
    assert labels == {"s1": "Ferry capsizes off Brinmouth, eleven missing",
                      "s2": "Storm winds tore roofs from three schools in Tessel overnight, the mayor said."}
