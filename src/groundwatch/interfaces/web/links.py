"""The app's own URLs, built from ids (never taken from article text), and the test for outside links."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from groundwatch.stages.report import anchor

_SENTENCE_SUFFIX = re.compile(r"-s(\d+)$")


def safe_url(url: str | None) -> str | None:
    """``url`` when it may be linked (http or https, a host, no odd characters), else None."""
    if not url or any(c in url for c in "\x00\r\n\t\"'<>` "):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def article_path(article_id: str) -> str:
    """The page of an article (ids may hold '/', '#', '?', spaces: all percent-encoded but '/')."""
    return "/articles/" + quote(article_id, safe="/")


def sentence_href(article_id: str, sentence_index: int | None) -> str:
    """The article page with sentence ``sentence_index`` highlighted and scrolled to."""
    if sentence_index is None or sentence_index < 0:
        return article_path(article_id)
    return f"{article_path(article_id)}?s={sentence_index}#{anchor(article_id)}-s{sentence_index}"


def cite_href(cite: Mapping[str, Any]) -> str:
    """A report citation (``#anchor-sN``) as a link to the article page."""
    article = cite.get("article")
    if not article:
        return "#"
    m = _SENTENCE_SUFFIX.search(cite.get("href") or "")
    return sentence_href(str(article), int(m.group(1)) if m else None)


def story_path(story_id: str, **query: str | None) -> str:
    """A story's page; ``query`` (outlet=, kind=) carries its filters, empty values left out."""
    kept = {k: v for k, v in query.items() if v}
    return "/stories/" + quote(story_id, safe="") + (f"?{urlencode(kept)}" if kept else "")
