"""The link's sentence parses served from the article's own Doc (``doc_cache.SERVED_ASKERS``): an
article sentence's kept parse is its span of the article's Doc, found by the sentence's text, only for
the askers served; everything else is parsed alone as before. Invented sentences only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from groundwatch.stages.extract import doc_cache
from groundwatch.stages.reconcile import common

_ARTICLE = ("TESSEL, May 3 (VNA) -\n\nFloodwater cut the road to Orlen on Monday, the mayor said.\n\n"
            "  Crews from Brindlemark reopened two bridges. Forty families stayed in the school hall.\n")


def _sig(tokens: object) -> list[tuple[str, str, str, int, str, str]]:
    toks = list(tokens)  # type: ignore[call-overload]
    base = toks[0].i
    return [(t.text, t.tag_, t.dep_, t.head.i - base, t.lemma_, t.ent_type_) for t in toks]


def _sentences(doc: object) -> list[str]:
    """The sentence texts the extract stage records (``Sentence.text``: the slice, stripped)."""
    text = doc.text  # type: ignore[attr-defined]
    return [text[s.start_char:s.end_char].strip() for s in doc.sents]  # type: ignore[attr-defined]


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(doc_cache, "SERVED_ASKERS", frozenset({"served"}))
    common.clear_cache()
    yield
    common.clear_cache()


def test_each_article_sentence_is_kept_as_its_span_of_the_article(nlp, served: None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(_ARTICLE)
    doc_cache.keep_sentences(doc)
    texts = [t for t in _sentences(doc) if t]
    assert len(texts) >= 3
    for sent, text in zip((s for s in doc.sents if s.text.strip()), texts, strict=True):
        kept = doc_cache.article_sentence(text, "served")
        assert kept is not None and kept.text == text
        words = [t for t in sent if not t.is_space]
        assert _sig(kept) == _sig(words)
        assert kept.tensor.size == 0
    assert doc_cache.article_sentence(texts[1], "other") is None
    assert doc_cache.article_sentence("Floodwater cut the road to Orlen on Monday", "served") is None


def test_parse_serves_only_the_served_askers(nlp, served: None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(_ARTICLE)
    doc_cache.keep_sentences(doc)
    text = _sentences(doc)[1]
    kept = doc_cache.article_sentence(text, "served")
    assert common.parse(text, "served") is kept
    alone = common.parse(text, "other")
    assert alone is not kept and alone is common.parse(text)
    assert _sig(alone) == _sig(nlp(text))
    # its own parse now at hand, a served asker reads it too: serving it would change what it reads, not the CPU
    assert common.parse(text, "served") is alone
    assert list(common.unserved([text, "Rain fell in Orlen."], "served")) == ["Rain fell in Orlen."]
    assert list(common.unserved([text], "served", "other")) == [text]
    common.clear_cache()
    assert common.parse(text, "served") is not kept


def test_nothing_is_kept_when_no_asker_is_served(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(doc_cache, "SERVED_ASKERS", frozenset())
    common.clear_cache()
    doc = nlp(_ARTICLE)
    doc_cache.keep_sentences(doc)
    assert not doc_cache._article_sentences
    text = _sentences(doc)[1]
    assert list(common.unserved([text], "served")) == [text]


def test_kept_sentences_are_bounded_oldest_first(nlp, served: None,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_cache, "ARTICLE_SENTENCES_KEPT", 2)
    doc = nlp(_ARTICLE)
    doc_cache.keep_sentences(doc)
    texts = [t for t in _sentences(doc) if t]
    assert [doc_cache.article_sentence(t, "served") is not None for t in texts][-2:] == [True, True]
    assert doc_cache.article_sentence(texts[0], "served") is None


def test_a_text_in_two_articles_keeps_the_first_articles_parse(nlp, served: None) -> None:  # type: ignore[no-untyped-def]
    line = "Crews from Brindlemark reopened two bridges."
    first, second = nlp(f"Rain fell all week. {line}"), nlp(f"{line} The mayor thanked them.")
    doc_cache.keep_sentences(first)
    kept = doc_cache.article_sentence(line, "served")
    doc_cache.keep_sentences(second)
    assert doc_cache.article_sentence(line, "served") is kept
