"""The reconcile passes' batching: primed parses equal one-by-one parses, stories are chunked in
order, each story gets only its own copy pairs, and the corpus stage's pictures equal the
per-story function's. Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.records import (
    Article,
    ArticleFacts,
    CleanArticle,
    Copy,
    Corpus,
    DateMention,
    Sentence,
    Span,
    StoryAssignment,
)
from groundwatch.stages.reconcile import common, reconcile, reconcile_stories
from groundwatch.stages.reconcile.events import event_segments, find_events

_LINES = ["The river burst its banks near Orlen on Monday, flooding two villages.",
          "Engineers from the regional agency reopened the old dam on 4 March.",
          "Three bridges and 40 houses were damaged, the mayor said on Tuesday."]


def _sig(doc: object) -> list[tuple[str, str, str, int, str, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]  # type: ignore[attr-defined]


def test_primed_parse_equals_a_parse_of_its_own() -> None:
    from groundwatch import nlp

    alone = [_sig(nlp.load()(s)) for s in _LINES]
    common._parsed.clear()
    common.prime([*_LINES, _LINES[0]])
    assert all(s in common._parsed for s in _LINES)
    assert [_sig(common.parse(s)) for s in _LINES] == alone
    assert common.parse(_LINES[1]) is common.parse(_LINES[1])


def test_parse_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "PARSE_CACHE_SIZE", 2)
    common._parsed.clear()
    common.prime(_LINES)
    assert len(common._parsed) == 2
    common.parse(_LINES[2])
    assert len(common._parsed) <= 2


def _item(aid: str, sentences: list[str], dates: tuple[tuple[str, str], ...] = ()) -> tuple[CleanArticle, ArticleFacts]:
    text = " ".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, pos, pos + len(s), s))
        pos += len(s) + 1
    mentions = []
    for phrase, iso in dates:
        start = text.index(phrase)
        sent = next(s for s in sents if s.start <= start < s.end)
        mentions.append(DateMention(phrase, iso, "day", Span(aid, sent.index, start, start + len(phrase), sent.text)))
    day = dt.date(2031, 3, 5)
    art = Article(id=aid, source=aid, body=text, format="txt", outlet=f"outlet-{aid}", published=day)
    return (CleanArticle(article=art, text=text, published=day),
            ArticleFacts(article_id=aid, sentences=tuple(sents), dates=tuple(mentions), published=day))


def test_story_chunks_keep_order_and_close_at_the_sentence_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "CHUNK_SENTENCES", 3)
    stories = [(f"s{i}", [_item(f"a{i}", _LINES[:2])]) for i in range(5)]
    chunks = list(common.story_chunks(stories))
    assert [[sid for sid, _ in c] for c in chunks] == [["s0", "s1"], ["s2", "s3"], ["s4"]]
    assert list(common.story_chunks([])) == []


def test_story_copies_keeps_pairs_inside_one_story() -> None:
    pairs = [Copy("a", "b", 0.9), Copy("a", "c", 0.9), Copy("c", "d", 0.9), Copy("x", "b", 0.9)]
    got = common.story_copies(pairs, {"a": "s1", "b": "s1", "c": "s2", "d": "s2"})
    assert got == {"s1": [pairs[0]], "s2": [pairs[2]]}


def test_corpus_stage_equals_reconcile_per_story() -> None:
    one = _item("a", _LINES, (("Monday", "2031-03-03"), ("4 March", "2031-03-04")))
    two = _item("b", [_LINES[1], "Rescue teams reached Orlen on Monday after the water fell."],
                (("4 March", "2031-03-04"), ("Monday", "2031-03-03")))
    three = _item("c", ["A separate fire destroyed a warehouse in Pell on Tuesday."], (("Tuesday", "2031-03-04"),))
    # a lone article's clauses of distinct days are compared with nothing: unparsed, still events
    assert event_segments([one]) == [] and len(find_events([one])) == 2
    assert len(event_segments([one, two])) == 4
    corpus = Corpus(items=(one, two, three), copies=(Copy("a", "b", 0.5),),
                    assignments=(StoryAssignment("a", "s1"), StoryAssignment("b", "s1"), StoryAssignment("c", "s2")))
    common._parsed.clear()
    pictures = reconcile_stories(corpus).pictures
    assert [p.story_id for p in pictures] == ["s1", "s2"]
    alone = reconcile("s1", [one, two], [Copy("a", "b", 0.5)])
    assert pictures[0].timeline == alone.timeline and pictures[0].contradictions == alone.contradictions
    assert pictures[0].independent_sources == 1 and pictures[1].independent_sources == 1


def test_the_pages_own_date_line_is_no_event() -> None:
    import dataclasses

    clean, facts = _item("a", _LINES, (("Monday", "2031-03-03"),))
    stamp = DateMention("5 March 2031", "2031-03-05", "day", Span("a", -1, 0, 0, "Home | 5 March 2031 | Floods"))
    stamped = (clean, dataclasses.replace(facts, dates=(*facts.dates, stamp)))
    assert [e.mention.text for e in find_events([stamped])] == ["Monday"]
