"""Reconcile parses only the lines a decision reads: a dated clause of a story's only article, at a day
no other of its clauses carries, and a one-article story's counts of things are left unparsed. The
pictures must equal those of the code that parsed everything (the oracle: every site compared, every
story's counts read). Invented sentences only."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import Any

import pytest
from test_reconcile_batching import _item

from groundwatch.records import Copy, StoryPicture
from groundwatch.stages import reconcile as reconcile_pkg
from groundwatch.stages.reconcile import common, counts, events, stated
from groundwatch.stages.reconcile import reconcile as reconcile_story

_FLOOD = ["The Varn river burst its banks near Orlen on Monday, flooding two villages.",
          "Engineers reopened the old Telma dam on 4 March after 40 houses and 3 bridges were damaged.",
          "A second levee near Kesk failed on Monday night, the mayor said.",
          "Volunteers filled 900 sandbags at the Orlen depot on 6 March."]


@pytest.fixture()
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every line reconcile asks the parser for (cache emptied, so each counts)."""
    seen: list[str] = []
    original = common.parse

    def parse(text: str, asker: str | None = None) -> Any:
        seen.append(text)
        return original(text, asker)

    for module in (common, events, counts):
        monkeypatch.setattr(module, "parse", parse)
    common.clear_cache()
    yield seen
    common.clear_cache()


def _everything_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "_compared", lambda sites: [True] * len(sites))
    monkeypatch.setattr(reconcile_pkg, "compares_counts", lambda items: True)


def _pictures(stories: list[list[Any]], monkeypatch: pytest.MonkeyPatch) -> tuple[list[StoryPicture],
                                                                                    list[StoryPicture]]:
    now = [reconcile_story(f"s{i}", members, []) for i, members in enumerate(stories)]
    with monkeypatch.context() as m:
        _everything_parsed(m)
        before = [reconcile_story(f"s{i}", members, []) for i, members in enumerate(stories)]
    return now, before


def test_a_lone_article_with_one_clause_a_day_is_not_parsed(parsed: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    one = _item("a", _FLOOD[:2] + _FLOOD[3:], (("Monday", "2031-03-03"), ("4 March", "2031-03-04"),
                                              ("6 March", "2031-03-06")))
    assert events.event_segments([one]) == []
    assert [e.mention.text for e in events.find_events([one])] == ["Monday", "4 March", "6 March"]
    assert parsed == []
    picture = reconcile_story("s1", [one], [])
    assert parsed == []  # neither its dated lines nor its counts of houses and bridges
    assert [t.date for t in picture.timeline] == ["2031-03-03", "2031-03-04", "2031-03-06"]


def test_two_clauses_of_one_day_in_a_lone_article_are_parsed(parsed: list[str]) -> None:
    one = _item("a", _FLOOD, (("Monday", "2031-03-03"), ("4 March", "2031-03-04"), ("Monday night", "2031-03-03")))
    segments = events.event_segments([one])
    assert segments == [_FLOOD[0], _FLOOD[2]]  # the two Mondays; 4 March is that article's alone


def test_every_line_of_a_story_of_two_articles_is_parsed(parsed: list[str]) -> None:
    one = _item("a", _FLOOD[:2], (("Monday", "2031-03-03"), ("4 March", "2031-03-04")))
    two = _item("b", [_FLOOD[3]], (("6 March", "2031-03-06"),))
    assert events.event_segments([one, two]) == [_FLOOD[0], _FLOOD[1], _FLOOD[3]]
    assert counts.compares_counts([one, two]) and not counts.compares_counts([one])
    assert counts.compares_counts([one, one]) is False  # one article listed twice is still one article


def test_pictures_equal_those_of_parsing_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    lone = _item("a", _FLOOD, (("Monday", "2031-03-03"), ("4 March", "2031-03-04"), ("Monday night", "2031-03-03"),
                               ("6 March", "2031-03-06")))
    pair = [_item("b", ["Engineers reopened the Telma dam on 4 March; 12 bridges were shut."],
                  (("4 March", "2031-03-04"),)),
            _item("c", ["The Telma dam was reopened on 5 March, with 19 bridges shut.", _FLOOD[3]],
                  (("5 March", "2031-03-05"), ("6 March", "2031-03-06")))]
    common.clear_cache()
    now, before = _pictures([[lone], pair], monkeypatch)
    assert now == before
    assert now[0].timeline and now[1].timeline


def test_a_corpus_stage_run_matches_the_oracle(monkeypatch: pytest.MonkeyPatch) -> None:
    from groundwatch.records import Corpus, StoryAssignment

    lone = _item("a", _FLOOD[:2], (("Monday", "2031-03-03"), ("4 March", "2031-03-04")))
    two = _item("b", [_FLOOD[2]], (("Monday night", "2031-03-03"),))
    three = _item("c", [_FLOOD[3]], (("6 March", "2031-03-06"),))
    corpus = Corpus(items=(lone, two, three), copies=(Copy("b", "c", 0.5),),
                    assignments=(StoryAssignment("a", "s1"), StoryAssignment("b", "s2"), StoryAssignment("c", "s2")))
    common.clear_cache()
    now = reconcile_pkg.reconcile_stories(corpus).pictures
    with monkeypatch.context() as m:
        _everything_parsed(m)
        common.clear_cache()
        before = reconcile_pkg.reconcile_stories(corpus).pictures
    assert now == before


def test_every_parse_of_the_corpus_stage_is_primed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stated facts' onset days (a story of one article too, and a date's "'s" words) and the claims of
    responsibility are parsed in the stage's batch, never one parser call each."""
    from groundwatch.records import Corpus, StoryAssignment

    missed: list[str] = []
    original = common.parse

    def parse(text: str, asker: str | None = None) -> Any:
        if text not in common._parsed:
            missed.append(text)
        return original(text, asker)

    # the package's name ``responsibility`` is the function; the module is looked up by its path
    for module in (common, events, counts, stated, import_module("groundwatch.stages.reconcile.responsibility")):
        monkeypatch.setattr(module, "parse", parse)
    quake = ["Monday's 6.1-magnitude quake struck Orlen at dawn, the Varn agency said.",
             "Aftershocks shook Kesk on 4 March, and 30 houses collapsed.",
             "The Orlen Liberation Front denied responsibility for a fire at the depot."]
    lone = _item("a", quake, (("Monday", "2031-03-03"), ("4 March", "2031-03-04")))
    corpus = Corpus(items=(lone,), assignments=(StoryAssignment("a", "s1"),))
    common.clear_cache()
    picture = reconcile_pkg.reconcile_stories(corpus).pictures[0]
    assert missed == []
    assert stated.onset_sentences([lone])[:2] == [quake[0], quake[0][9:46]]  # the 40 characters after "Monday"
    assert {"when the event happened", "responsibility"} <= {r.name for r in picture.stated_facts}
