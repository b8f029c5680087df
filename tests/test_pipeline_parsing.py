"""The analysis loop parses while it extracts: it never holds every Doc of a run at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from groundwatch.pipeline import _Parsed
from groundwatch.records import Article, CleanArticle


def _cleaned(n: int) -> list[CleanArticle]:
    return [CleanArticle(article=Article(f"a{i}", f"a{i}.txt", f"The ferry left port number {i}.", "txt"),
                         text=f"The ferry left port number {i}.") for i in range(n)]


def test_docs_are_drawn_one_at_a_time_while_iterating() -> None:
    drawn: list[int] = []

    def docs() -> Iterator[Any]:
        for i in range(5):
            drawn.append(i)
            yield f"doc {i}"

    pairs = _Parsed(_cleaned(5), docs())
    assert len(pairs) == 5 and drawn == []  # the length is known before anything is parsed
    seen = []
    for cleaned, doc in pairs:
        seen.append((cleaned.id, doc, len(drawn)))
    assert seen == [(f"a{i}", f"doc {i}", i + 1) for i in range(5)]


def test_a_missing_doc_is_an_error_not_a_silent_truncation() -> None:
    with pytest.raises(ValueError):
        list(_Parsed(_cleaned(3), iter(["doc 0", "doc 1"])))


def test_it_cannot_be_indexed() -> None:
    with pytest.raises(TypeError):
        _Parsed(_cleaned(1), iter(["doc 0"]))[0]
