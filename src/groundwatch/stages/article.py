"""The per-article stages as registered stages: ingest, clean and extract.

Thin adapters over ``stages/ingest.py``, ``stages/clean.py`` and ``stages/extract/``, so that the
runner finds every stage in one registry (``stages/registry.py``) and checks what each returns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from groundwatch.records import Article, ArticleFacts, CleanArticle, Rejection
from groundwatch.stages.registry import stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from groundwatch.stages.clean import CorpusStats
    from groundwatch.stages.extract.registry import Extractor

__all__ = ["clean_stage", "extract_stage", "ingest_stage"]


@stage("ingest", version="ingest.v1", kind="article", inputs=(), output=(Article, Rejection))
def ingest_stage(paths: Sequence[str | Path], manifest: str | Path | None) -> Iterator[Article | Rejection]:
    """Every input under ``paths`` read as an Article, or a Rejection saying why it could not be."""
    from groundwatch.stages.ingest import iter_inputs

    return iter_inputs(paths, manifest=manifest)


@stage("clean", version="clean.v1", kind="article", inputs=(Article,), output=CleanArticle)
def clean_stage(article: Article, stats: CorpusStats) -> CleanArticle:
    """The article's text without boilerplate (see stages/clean.py)."""
    from groundwatch.stages.clean import clean

    return clean(article, stats)


@stage("extract", version="extract.v1", kind="article", inputs=(CleanArticle,), output=ArticleFacts)
def extract_stage(clean: CleanArticle, doc: Doc, extractors: Sequence[Extractor]) -> ArticleFacts:
    """The article's facts from the registered extractors (see stages/extract/)."""
    from groundwatch.stages import extract

    return extract.analyse(clean, doc, extractors)
