"""What the events table shows, in the web app: rows of every story (or one), filtered by the
query string (type, actor, date, admin area ...), each citation a link to the sentence on its article page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from groundwatch.interfaces.web.data import Picture
from groundwatch.interfaces.web.links import cite_href
from groundwatch.stages.report_events import FILTERS, filtered


def rows(pic: Picture, story: str | None = None) -> list[dict[str, Any]]:
    """Event rows (of one story when given), their citations linked to the article pages."""
    stories = [pic.stories[story]] if story is not None else list(pic.stories.values())
    out = [{**r, "cites": [{**c, "href": cite_href(c)} for c in r["cites"]]}
           for s in stories for r in s.get("events", [])]
    return sorted(out, key=lambda r: (r["date"], r["id"]))


def table(all_rows: list[dict[str, Any]], query: Mapping[str, str | None]) -> dict[str, Any]:
    """The events table's context: the filtered rows, the filter values and the choices offered."""
    q = {k: (query.get(k) or "").strip() for k in FILTERS}
    shown = filtered(all_rows, q)
    return {"events": shown, "events_total": len(all_rows), "eq": q,
            "event_types": sorted({r["type"] for r in all_rows}),
            "event_query": urlencode([(k, v) for k, v in q.items() if v])}
