"""One invented article made into the (clean article, facts) pair the reconcile stage takes, for the key-figure
tests: figures always, dates when the test asks (their weekdays date the counts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from groundwatch.records import Article, ArticleFacts, CleanArticle, Sentence

Item = tuple[CleanArticle, ArticleFacts]


def article_item(nlp: Any, aid: str, published: dt.date, text: str, *, dated: bool = True) -> Item:
    from groundwatch.stages.extract.dates import extract_dates
    from groundwatch.stages.extract.figures import extract_figures
    from groundwatch.stages.extract.registry import ExtractionContext, sentence_index

    doc = nlp(text)
    sentences = tuple(Sentence(sentence_index(doc, s.start), s.start_char, s.end_char, s.text) for s in doc.sents)
    ctx = ExtractionContext(article_id=aid, published=published)
    facts = ArticleFacts(article_id=aid, sentences=sentences, figures=extract_figures(doc, ctx, {}), quotes=(),
                         dates=extract_dates(doc, ctx, {}) if dated else (), actors=(), published=published)
    art = Article(id=aid, source=aid, body=text, format="txt", outlet=aid, published=published)
    return CleanArticle(article=art, text=text, published=published), facts
