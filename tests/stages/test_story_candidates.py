"""Candidate blocking in the story stage gives exactly what scoring every story gives.

Synthetic embeddings (topic vectors plus noise, no model) and invented names, dates and places: many
articles near the join threshold, some years apart, some undated, so the bound is exercised on both
sides of every gate."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import replace

import pytest

from groundwatch.records import Actor, Article, ArticleFacts, CleanArticle, DateMention, Place, Span
from groundwatch.stages import stories as stories_mod
from groundwatch.stages.stories import (
    JOIN_THRESHOLD,
    StoryIndex,
    StoryProfile,
    _profile,
    assign_stories,
    story_score,
)
from groundwatch.stages.story_candidates import StoryMatrix

_SPAN = Span("x", 0, 0, 0, "")
_DIM = 24
_TOWNS = [f"town{k}" for k in range(30)]
_PEOPLE = [f"person{k}" for k in range(20)]
_COUNTRIES = ["AA", "BB", "CC", "DD"]


def _unit(v: Sequence[float]) -> list[float]:
    n = sum(x * x for x in v) ** 0.5
    return [x / n for x in v]


def _corpus(seed: int, n: int) -> tuple[list[tuple[CleanArticle, ArticleFacts]], dict[str, list[float]]]:
    """``n`` invented articles on a dozen topics; returns them and the embedding of each lead text."""
    rng = random.Random(seed)
    topics = [[rng.gauss(0, 1) for _ in range(_DIM)] for _ in range(12)]
    base = dt.date(2031, 1, 1)
    items, vectors = [], {}
    for k in range(n):
        t = rng.randrange(len(topics))
        noise = rng.uniform(0.3, 1.8)  # from close members to ones near the similarity floor
        vec = _unit([x + rng.gauss(0, noise) for x in topics[t]])
        aid = f"a{seed}-{k:03d}"
        title = f"Report {aid}"
        later = rng.choice((0, 0, 20, 45, 400)) + 3 * t + rng.randrange(12)  # follow-ups, and the same years apart
        when = None if rng.random() < 0.1 else base + dt.timedelta(days=later)
        towns = rng.sample(_TOWNS[2 * t % 30:2 * t % 30 + 4], rng.randrange(0, 3))
        country = _COUNTRIES[t % len(_COUNTRIES)] if rng.random() < 0.9 else rng.choice(_COUNTRIES)
        people = rng.sample(_PEOPLE[t % 10:t % 10 + 3], rng.randrange(0, 2))
        dates = ()
        if when is not None and rng.random() < 0.3:
            back = when - dt.timedelta(days=rng.choice((2, 20, 200)))
            dates = (DateMention(text=back.strftime("%B %d, %Y"), date=back.isoformat(), precision="day",
                                 span=_SPAN),)
        art = Article(id=aid, source=aid, body=title, format="txt", title=title, published=when)
        facts = ArticleFacts(
            article_id=aid, published=when, dates=dates,
            places=tuple(Place(text=p, name=p, country=country, lat=None, lon=None, feature="city",
                               precision=1, span=_SPAN) for p in towns),
            actors=tuple(Actor(text=p, name=p, kind="person", span=_SPAN) for p in people))
        items.append((CleanArticle(article=art, text=title, published=when), facts))
        vectors[title] = vec
    return items, vectors


@pytest.fixture
def fake_embed(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[float]]]:
    table: dict[str, list[float]] = {}
    monkeypatch.setattr(stories_mod, "embed", lambda texts: [table[t.split(".")[0]] for t in texts])
    yield table


def _every_row(self: StoryMatrix, embedding: Sequence[float], profile: object, skip: int | None = None) -> list[int]:
    return [k for k in range(len(self)) if k != skip]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_assigns_as_scoring_every_story(seed: int, fake_embed: dict[str, list[float]],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    items, vectors = _corpus(seed, 160)
    fake_embed.update(vectors)
    first, second = items[:100], items[100:]

    def run() -> tuple[object, ...]:
        a1, index = assign_stories(first)
        a2, index2 = assign_stories(second, StoryIndex.from_json(index.to_json()))
        return a1, a2, index2.to_json()

    calls: list[int] = []
    real = StoryMatrix.candidates

    def counted(self: StoryMatrix, embedding: Sequence[float], profile: object, skip: int | None = None) -> list[int]:
        rows = real(self, embedding, profile, skip)  # type: ignore[arg-type]
        calls.append(len(self) - len(rows) - (skip is not None))
        return rows

    monkeypatch.setattr(StoryMatrix, "candidates", counted)
    blocked = run()
    monkeypatch.setattr(StoryMatrix, "candidates", _every_row)
    assert run() == blocked
    sizes = [s.size for s in StoryIndex.from_json(str(blocked[2])).stories]
    assert max(sizes) >= 5 and sizes.count(1) >= 1  # stories formed, and some articles stood alone
    assert sum(calls) > 0  # the blocking did leave stories out


def test_every_story_left_out_scores_below_the_threshold(fake_embed: dict[str, list[float]]) -> None:
    items, vectors = _corpus(7, 120)
    fake_embed.update(vectors)
    _, index = assign_stories(items[:80])
    matrix = StoryMatrix(index.stories)
    left_out = near = 0
    for clean, facts in items[80:]:
        emb, prof = vectors[clean.article.title or ""], _profile(clean, facts)
        rows = set(matrix.candidates(emb, prof))
        for k, st in enumerate(index.stories):
            score = story_score(emb, prof, st)
            if k not in rows:
                left_out += 1
                assert score is None or score < JOIN_THRESHOLD
            elif score is not None and score < JOIN_THRESHOLD:
                near += 1
    assert left_out > 0 and near > 0


def test_rows_follow_appends_updates_and_removals(fake_embed: dict[str, list[float]]) -> None:
    items, vectors = _corpus(5, 60)
    fake_embed.update(vectors)
    _, index = assign_stories(items)
    stories = list(index.stories)
    matrix = StoryMatrix(stories[:3])
    for st in stories[3:]:
        matrix.append(st)  # past the initial capacity
    matrix.update(0, stories[-1])
    matrix.remove(1)
    expected = [stories[-1], *stories[2:]]
    assert len(matrix) == len(expected)
    emb, prof = vectors[items[0][0].article.title or ""], _profile(*items[0])
    fresh = StoryMatrix(expected)
    assert matrix.candidates(emb, prof) == fresh.candidates(emb, prof)


def test_a_stored_index_is_written_back_byte_for_byte() -> None:
    # Stored centroids are written without rounding them again: that must give the same text.
    rng = random.Random(11)
    stories = tuple(StoryProfile(id=f"s{k}", centroid=tuple(rng.uniform(-3, 3) * 10 ** rng.randrange(-7, 2)
                                                              for _ in range(_DIM)), size=1) for k in range(50))
    text = StoryIndex(stories=stories, next_id=51).to_json()
    again = StoryIndex.from_json(text)
    assert again.to_json() == text
    grown = StoryIndex(stories=(*again.stories[1:], replace(again.stories[0], centroid=stories[0].centroid)))
    assert StoryIndex.from_json(grown.to_json()).stories[-1].centroid == again.stories[0].centroid
