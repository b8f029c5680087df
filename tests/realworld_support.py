"""The check both real-world fixture tables share: what ingest made of one file, against its row."""

from __future__ import annotations

import re

from groundwatch.records import Article, Rejection

#: A table row: ids of the articles read (suffixes of the file's stem), and the rejections as
#: (article id suffix, "" for the file's own id, or None; reason pattern).
Row = tuple[list[str], list[tuple[str | None, str]]]


def assert_read_as_listed(stem: str, articles: list[Article], rejections: list[Rejection], row: Row) -> None:
    ids, rejected = row
    assert [a.id for a in articles] == [stem + i for i in ids]
    assert len(rejections) == len(rejected), [r.reason for r in rejections]
    for rejection, (suffix, pattern) in zip(rejections, rejected, strict=True):
        assert rejection.article_id == (stem + suffix if suffix is not None else None)
        assert re.search(pattern, rejection.reason), rejection.reason
    assert all(a.body.strip() for a in articles)
