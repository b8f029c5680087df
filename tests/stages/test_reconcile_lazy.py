"""Lazy clause vectors: reconcile encodes only the clauses and lines a decision compares (a date
two events share, or two articles' kindred predicates), and a read nobody foresaw still gets its
vector. A stand-in encoder records what is encoded; invented events only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from groundwatch.records import DateMention, Span
from groundwatch.stages import embedding
from groundwatch.stages.reconcile import compared_texts
from groundwatch.stages.reconcile.contradictions import date_reads
from groundwatch.stages.reconcile.events import Event, clause_vectors, timeline_reads

pytestmark = pytest.mark.slow  # kindred predicates read en_core_web_md's word vectors


@pytest.fixture()
def encoded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text the stand-in encoder is asked for (each gets a fixed unit vector)."""
    seen: list[str] = []

    def encode(texts: list[str]) -> Any:
        seen.extend(texts)
        return np.tile(np.asarray([1.0, 0.0], dtype=np.float32), (len(texts), 1))

    monkeypatch.setattr(embedding, "_encode", encode)
    embedding.clear_cache()
    yield seen
    embedding.clear_cache()


def _event(article: str, date: str, predicate: str, clause: str, subject: str = "",
           participants: tuple[str, ...] = (), line: str = "") -> Event:
    sentence = f"{clause} on {date}."
    span = Span(article, 0, 0, len(sentence), sentence)
    return Event(DateMention(f"on {date}", date, "day", span), article, frozenset({subject} if subject else ()),
                 predicate, clause, frozenset(participants), sentence=sentence, line=line)


def test_a_date_only_one_clause_carries_is_never_compared() -> None:
    events = [_event("a1", "2031-04-02", "open", "the Velmor ferry terminal opened"),
              _event("a1", "2031-04-05", "close", "the Velmor ferry terminal closed"),
              _event("a2", "2031-04-05", "shut", "the terminal at Velmor shut")]
    assert timeline_reads(events) == {1, 2}


def test_kindred_predicates_in_two_articles_are_compared_and_one_article_alone_is_not() -> None:
    events = [_event("a1", "2031-05-10", "attack", "militia attacked the Orvane depot", "orvane militia"),
              _event("a2", "2031-05-11", "shell", "militia shelled the Orvane depot", "orvane militia"),
              _event("a3", "2031-05-12", "sign", "the Orvane council signed a lease", "orvane council"),
              _event("a1", "2031-05-13", "strike", "militia struck a second depot", "orvane militia")]
    clauses, lines = date_reads(events)
    assert clauses == {0, 1, 3}  # attack/shell/strike across articles; the lease signing has no kindred
    assert lines == set()  # every pair has both subjects: lines are never the fallback


def test_lines_are_compared_only_for_a_pair_without_a_subject_sharing_participants() -> None:
    shared = ("embankment", "Tesskirk")
    events = [_event("a1", "2031-06-01", "give", "gave way", participants=shared,
                     line="an embankment north of Tesskirk gave way"),
              _event("a2", "2031-06-02", "break", "the river broke through an embankment", participants=shared,
                     line="the river broke through an embankment north of Tesskirk")]
    assert date_reads(events) == ({0, 1}, {0, 1})


def test_only_compared_texts_are_encoded_and_an_unforeseen_read_still_works(encoded: list[str]) -> None:
    events = [_event("a1", "2031-07-03", "open", "a clinic in Harrowby opened"),
              _event("a2", "2031-07-09", "close", "the Harrowby market closed"),
              _event("a3", "2031-07-09", "shut", "traders in Harrowby shut their stalls")]
    texts = compared_texts(events)
    assert texts == ["the Harrowby market closed", "traders in Harrowby shut their stalls"]
    embedding.prefetch(texts)
    clauses, lines = clause_vectors(events)
    assert clauses[1] == clauses[2] == (1.0, 0.0)
    assert encoded == texts  # the clinic's clause is compared with nothing, so never encoded
    assert clauses[0] == (1.0, 0.0) and encoded[-1] == "a clinic in Harrowby opened"  # encoded when read
    assert lines.get(0) is None and len(clauses) == 3


def test_copies_of_one_clause_need_no_vector() -> None:
    clause = "the Pellis bridge reopened to traffic"
    events = [_event("a1", "2031-08-14", "reopen", clause, "pellis bridge"),
              _event("a2", "2031-08-14", "reopen", clause, "pellis bridge"),  # a copy's words
              _event("a3", "2031-08-15", "reopen", clause, "pellis bridge")]
    assert timeline_reads(events) == set()  # one date's two clauses are the same words
    assert date_reads(events) == (set(), set())  # identical clauses are one event without a vector
    events.append(_event("a4", "2031-08-14", "open", "traffic crossed the Pellis bridge again", "pellis bridge"))
    assert timeline_reads(events) == {0, 1, 3}


def test_asking_whether_a_line_exists_encodes_nothing(encoded: list[str]) -> None:
    events = [_event("a1", "2031-09-02", "give", "gave way", participants=("dyke", "Ostrel"),
                     line="a dyke near Ostrel gave way")]
    _, lines = clause_vectors(events)
    assert 0 in lines and 1 not in lines and encoded == []
