"""The extractor registry: ``@extractor("figures.v1", requires=("dates.v1",))``.

Modelled on spaCy's ``@Language.component``: extractors are registered under versioned
names instead of being hard-wired, and the runner (``stages/extract/__init__.py``) calls
them in dependency order. An extractor is a function

    (doc: spacy.tokens.Doc, ctx: ExtractionContext, prior: Mapping[str, tuple]) -> tuple[Fact, ...]

``doc`` is the spaCy analysis of the clean text (so ``token.idx`` is an offset into the
clean text); ``prior`` holds the outputs of the extractors named in ``requires``.
An extractor that cannot decide about one item drops that item; it never raises for bad
text (the runner turns an unexpected exception into a Rejection for that article).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from groundwatch.records import MetaOrigin, Span
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text, sent_of, sent_starts


@dataclass(frozen=True, slots=True)
class ExtractionContext:
    """What an extractor knows about the article besides its text."""

    article_id: str
    published: dt.date | None
    published_origin: MetaOrigin = "unknown"
    title: str | None = None
    outlet: str | None = None
    stamp: str | None = None  # the page's date line the cleaner dropped, when it gives the publication day


ExtractorFn = Callable[[Doc, ExtractionContext, Mapping[str, tuple[Any, ...]]], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    fn: ExtractorFn
    requires: tuple[str, ...]
    produces: str  # the ArticleFacts field it fills: figures, quotes, dates, places, actors


_REGISTRY: dict[str, Extractor] = {}


def extractor(name: str, *, produces: str, requires: tuple[str, ...] = ()) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register ``fn`` as extractor ``name`` (versioned, e.g. ``"quotes.v1"``)."""

    def wrap(fn: ExtractorFn) -> ExtractorFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise ValueError(f"extractor {name!r} is registered twice")
        _REGISTRY[name] = Extractor(name, fn, tuple(requires), produces)
        return fn

    return wrap


def registered() -> dict[str, Extractor]:
    return dict(_REGISTRY)


def span_for(doc: Doc, start: int, end: int, article_id: str) -> Span:
    """Provenance for the characters ``start:end`` of the doc's text: the sentence around them."""
    tok = doc.char_span(start, end, alignment_mode="expand")
    sent = sent_of(tok) if tok is not None and len(tok) else None
    if sent is None:  # offsets fell between tokens: find the sentence holding ``start``
        for s in doc_sents(doc):
            if s.start_char <= start < s.end_char:
                sent = s
                break
    if sent is None:
        return Span(article_id, -1, start, end, doc_text(doc)[start:end])
    index = sentence_index(doc, sent.start)
    # the sentence's text sliced from the Doc's (``Span.text`` joins a Python Token per word)
    return Span(article_id, index, start, end, doc_text(doc)[sent.start_char:sent.end_char].strip())


def sentence_index(doc: Doc, token_i: int) -> int:
    """Index of the sentence holding token ``token_i`` (sentences numbered from 0)."""
    return max(bisect_right(sent_starts(doc), token_i) - 1, 0)
