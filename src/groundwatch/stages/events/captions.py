"""Dropped photo captions as evidence of an event.

The cleaner drops photo captions from the clean text (``clean.photo_captions`` lists them from the reasons it
recorded). A dated caption ("Marchers fill the square in Tessel, Veloria, June 7, 2027. (Valley Photo)") may be
a page's only report of an incident: the events stage reads such captions as candidate sentences of their
article, after the article's own sentences, with the facts the extractors find in the caption alone.

Provenance: a caption is no sentence of the clean text, so a fact read from it has the span the page's dropped
date line has (``extract.dates.REPORT_PAGE_STAMP``): sentence index ``DROPPED_LINE`` (-1), offsets 0 and 0, and
the caption as its sentence. Reports link such a citation to the article, not to a sentence; nothing indexes
the clean text with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from groundwatch.records import ArticleFacts, CleanArticle, Sentence, Span
from groundwatch.stages.events.realis import caption
from groundwatch.stages.reconcile.common import share

#: The sentence index of a fact read from a line the cleaner dropped: no sentence of the clean text.
DROPPED_LINE = -1

CaptionItem = tuple[ArticleFacts, Sentence]


def dated_captions(clean: CleanArticle) -> list[str]:
    """The article's dropped photo captions that end on a full date (and a credit): those that can date an event."""
    from groundwatch.stages.clean import photo_captions

    return [line for line in dict.fromkeys(photo_captions(clean)) if caption(line)]


def caption_items(items: Sequence[tuple[CleanArticle, ArticleFacts]], settings: Any
                  ) -> dict[str, list[CaptionItem]]:
    """Per article id: each dated caption as a sentence of its own (index ``DROPPED_LINE``, offsets local to the
    caption) with the facts the extractors read in it (their spans on that sentence)."""
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages import extract

    wanted = [(clean, facts, line) for clean, facts in items for line in dated_captions(clean)]
    if not wanted or settings is None:
        return {}
    extractors = extract.plan(settings.extractors)
    pipeline = gw_nlp.load(settings.model)
    docs = list(pipeline.pipe([line for _, _, line in wanted], batch_size=settings.batch_size))
    # A caption read as a candidate sentence is parsed again by the realis check: give it this parse.
    share(((line, doc) for (_, _, line), doc in zip(wanted, docs, strict=True)), pipeline)
    out: dict[str, list[CaptionItem]] = {}
    for (clean, facts, line), doc in zip(wanted, docs, strict=True):
        published = clean.published or facts.published or clean.article.published
        alone = CleanArticle(article=clean.article, text=line, language=clean.language, published=published,
                             published_origin="inferred" if published else "unknown")
        read = extract.analyse(alone, doc, extractors)
        out.setdefault(clean.id, []).append((_on_caption(read, clean.id, line), Sentence(DROPPED_LINE, 0, len(line),
                                                                                         line)))
    return out


def _on_caption(facts: ArticleFacts, article_id: str, line: str) -> ArticleFacts:
    """The caption's facts with their spans on the caption's sentence (local offsets, for choosing among them)."""
    def moved(items: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(dataclasses.replace(x, span=Span(article_id, DROPPED_LINE, x.span.start, x.span.end, line))
                     for x in items if x.span.sentence_index >= 0)

    return dataclasses.replace(facts, article_id=article_id, sentences=(), figures=moved(facts.figures),
                               quotes=(), dates=moved(facts.dates), places=moved(facts.places),
                               actors=moved(facts.actors))


def off_text(article_id: str, line: str) -> Span:
    """The span of a fact read from a dropped caption: no offsets into the clean text, the caption as its sentence."""
    return Span(article_id, DROPPED_LINE, 0, 0, line)


def with_caption_span(x: Any, article_id: str, line: str) -> Any:
    """``x`` (a date, place or figure read from a caption) with the caption's off-text span."""
    return dataclasses.replace(x, span=off_text(article_id, line))


__all__ = ["DROPPED_LINE", "CaptionItem", "caption_items", "dated_captions", "off_text",
           "with_caption_span"]
