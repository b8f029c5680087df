"""Extraction: CleanArticle + its spaCy Doc -> ArticleFacts, through the extractor registry.

``load_extractors()`` imports every extractor module, which registers it. ``analyse`` runs
the extractors named in the settings in dependency order (``requires``) and checks that each
returns a tuple, as spaCy checks a component's return type (its error E005).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc

from groundwatch.errors import ConfigError
from groundwatch.records import ArticleFacts, CleanArticle, Sentence
from groundwatch.stages.extract import doc_cache, published, published_stamp
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text
from groundwatch.stages.extract.registry import ExtractionContext, Extractor, registered

#: Modules that register extractors; importing them fills the registry.
EXTRACTOR_MODULES = ("dates", "figures", "quotes", "places", "actors")



def load_extractors() -> None:
    """Import the extractor modules (which registers them); done on first use, not at import,
    so that importing ``registry`` alone stays cheap."""
    for name in EXTRACTOR_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def plan(names: Sequence[str]) -> list[Extractor]:
    """The extractors ``names`` plus what they require, in an order that satisfies ``requires``.

    Raises:
        ConfigError: an unknown extractor name, or a dependency cycle.
    """
    load_extractors()
    table = registered()
    ordered: list[Extractor] = []
    seen: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        if name not in table:
            raise ConfigError(f"unknown extractor {name!r}; registered: {', '.join(sorted(table))}")
        if name in visiting:
            raise ConfigError(f"extractor dependency cycle at {name!r}")
        visiting.add(name)
        for dep in table[name].requires:
            visit(dep)
        visiting.discard(name)
        seen.add(name)
        ordered.append(table[name])

    for n in names:
        visit(n)
    return ordered


def context_for(clean: CleanArticle) -> ExtractionContext:
    """What the extractors know besides the text; an undated article gets the date its text gives."""
    published_, origin = clean.published, clean.published_origin
    guess = _guess_published(clean) if origin in ("text", "unknown") else None
    if guess is not None and (published_ is None or guess.method in published.READ_METHODS):
        # the cleaner's stamp comes from the raw page, where today's date sits above the headline;
        # a dateline or a cued stamp in the clean text is the article's own
        published_, origin = guess.date, guess.origin
        if guess.method == "latest-date":  # a lower bound of the day of writing
            published_ = published.align_to_weekday(clean.text, published.align_forward(clean.text, published_))
    return ExtractionContext(article_id=clean.id, published=published_, published_origin=origin,
                             title=clean.article.title, outlet=clean.article.outlet,
                             stamp=_dropped_stamp(clean, published_))


#: The page's date line is looked for among this many of the first lines the cleaner dropped: it
#: sits above or just under the headline, among the byline and the section rows. Chosen by reading
#: (crises-2023 tune: the 2 such stamps were the 1st and 2nd dropped lines).
STAMP_DROPPED_LINES = 6


def _dropped_stamp(clean: CleanArticle, day: dt.date | None) -> str | None:
    """The dropped line that stamps the page with ``day`` ("10 September 2023"), if any.

    The cleaner drops a page's date line as debris, yet it is the article's own date (a dateline in
    all but place): the dates extractor reports it, and the other dates are relative to it.
    """
    if day is None:
        return None
    from groundwatch.stages.clean.published import find_published

    for line in clean.removed[:STAMP_DROPPED_LINES]:
        if published.stamp_phrase(line) is not None and find_published(line) == day:
            return line.strip()
    # a date line without a year ("Sunday 14 June" under a bulletin's title) that falls on the day
    return next((line.strip() for line in clean.removed[:STAMP_DROPPED_LINES]
                 if (got := published_stamp.page_stamp(line, day)) is not None and got[2] == day), None)


def _guess_published(clean: CleanArticle) -> published.PublishedGuess | None:
    # the address names the page; else the file name (the id's last part: never the folders above
    # the input, whose dates are the collector's, not the article's)
    name = clean.article.url or clean.id.rsplit("/", 1)[-1]
    guess = published.infer_published(clean.text, name=name)
    if guess is None or guess.method == "latest-date":
        guess = _with_captions(clean, name) or guess
    if guess is None or guess.confidence < published.CONFIDENCE_STAMP_NO_YEAR:
        # a stamp without a year ("Tue 4 May, 3:59pm") still beats the latest date mentioned
        return published.stamp_without_year(stamp_lines(clean), clean.text) or guess
    return guess


def _with_captions(clean: CleanArticle, name: str) -> published.PublishedGuess | None:
    """The latest date mentioned, the dropped photo captions counted: a caption dates its photo, a lower bound
    of the day of writing as a sentence's date is (crises-2023 tune, no manifest: 2 reports whose only full
    date was a caption's lost their date when the cleaner began to drop captions written as sentences)."""
    from groundwatch.stages.clean import photo_captions

    captions = photo_captions(clean)
    if not captions:
        return None
    guess = published.infer_published("\n\n".join((clean.text, *captions)), name=name)
    return guess if guess is not None and guess.method == "latest-date" else None


def stamp_lines(clean: CleanArticle) -> list[str]:
    """Where a page stamp stands: the first lines the cleaner dropped, then the text's first lines."""
    top = clean.text[:published.DATELINE_CHARS].splitlines()[:STAMP_DROPPED_LINES]
    return [*clean.removed[:STAMP_DROPPED_LINES], *top]


def analyse(clean: CleanArticle, doc: Doc, extractors: Sequence[Extractor]) -> ArticleFacts:
    """Run ``extractors`` over one article's Doc and gather their facts.

    Raises:
        TypeError: an extractor returned something other than a tuple (a programming error).
    """
    try:
        return _analyse(clean, doc, extractors)
    finally:
        doc_cache.release(doc)


def _analyse(clean: CleanArticle, doc: Doc, extractors: Sequence[Extractor]) -> ArticleFacts:
    ctx = context_for(clean)
    outputs: dict[str, tuple[Any, ...]] = {}
    fields: dict[str, list[Any]] = {}
    for ex in extractors:
        prior: Mapping[str, tuple[Any, ...]] = {dep: outputs[dep] for dep in ex.requires}
        result = ex.fn(doc, ctx, prior)
        if not isinstance(result, tuple):
            raise TypeError(f"extractor {ex.name} returned {type(result).__name__}, expected tuple")
        outputs[ex.name] = result
        fields.setdefault(ex.produces, []).extend(result)
    # Trailing whitespace (paragraph breaks) belongs to no sentence: offsets cover the words only.
    text = doc_text(doc)  # a sentence's text is its slice of the Doc's (Span.text builds every Token)
    sentences = tuple(Sentence(i, s.start_char, s.start_char + len(text[s.start_char:s.end_char].rstrip()),
                               text[s.start_char:s.end_char].strip())
                      for i, s in enumerate(doc_sents(doc)))
    guess = _guess_published(clean) if ctx.published_origin in ("text", "inferred") else None
    if ctx.published is not None and ctx.published_origin == "text" and (guess is None or guess.date != ctx.published):
        guess = published.PublishedGuess(ctx.published, "stamp", published.CONFIDENCE_STAMP)  # the cleaner's
    elif ctx.published is not None and guess is not None:
        guess = published.PublishedGuess(ctx.published, guess.method, guess.confidence)  # aligned to a weekday
    return ArticleFacts(
        article_id=clean.id, sentences=sentences,
        figures=tuple(fields.get("figures", ())), quotes=tuple(fields.get("quotes", ())),
        dates=tuple(fields.get("dates", ())), places=tuple(fields.get("places", ())),
        actors=tuple(fields.get("actors", ())), published=ctx.published, published_origin=ctx.published_origin,
        published_method=guess.method if guess is not None else None,
        published_confidence=guess.confidence if guess is not None else None,
    )
