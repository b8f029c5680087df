"""What changed: the page (``/changes``), the JSON API (``/api/changes``, ``/api/alerts``) and the Atom feed."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from groundwatch.interfaces.web import changes_view
from groundwatch.interfaces.web.core import DEFAULT_LIMIT, Limit, Offset, State, listing, page
from groundwatch.monitor.cli_support import select_changes
from groundwatch.store.monitor import MonitorStore

router = APIRouter()

SinceQ = Annotated[str | None, Query(max_length=40, description="a cycle number or an ISO date/time (UTC); "
                                                                   "default: the latest cycle with changes")]
StoryQ = Annotated[str | None, Query(max_length=200, description="story id")]
#: Changes listed on the page; the API pages through the rest.
PAGE_CHANGES = 200
#: Fired alerts shown on the page.
PAGE_ALERTS = 20


@router.get("/api/changes", tags=["changes"])
def api_changes(state: State, since: SinceQ = None, story: StoryQ = None, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0) -> dict[str, Any]:
    """What changed (newest first): new stories, articles and outlets, figures old -> new, contradictions,
    quotes and places, each with the sentences it rests on."""
    with state.data.store() as st:
        total, found = select_changes(MonitorStore(st), since=since, story=story, limit=limit, offset=offset)
    return listing([changes_view.change_item(c) for c in found], total, limit, offset)


@router.get("/api/alerts", tags=["changes"])
def api_alerts(state: State, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> dict[str, Any]:
    """Fired alerts, newest first (each stored once), with their webhook delivery state."""
    with state.data.store() as st:
        total, found = MonitorStore(st).alerts(limit=limit, offset=offset)
    return listing([changes_view.alert_item(a) for a in found], total, limit, offset)


@router.get("/changes.atom", include_in_schema=False)
def changes_atom(request: Request, state: State, story: StoryQ = None) -> Response:
    with state.data.store() as st:
        _, found = MonitorStore(st).changes(story=story, limit=changes_view.ATOM_ENTRIES)
    base = str(request.base_url).rstrip("/")
    self_href = "/changes.atom" + (f"?story={story}" if story else "")
    title = f"groundwatch: what changed in story {story}" if story else "groundwatch: what changed"
    return Response(changes_view.atom(found, base=base, title=title, self_href=self_href),
                    media_type="application/atom+xml")


@router.get("/changes", response_class=HTMLResponse, include_in_schema=False)
def changes_page(request: Request, state: State, since: SinceQ = None, story: StoryQ = None) -> HTMLResponse:
    with state.data.store() as st:
        ms = MonitorStore(st)
        total, found = select_changes(ms, since=since, story=story, limit=PAGE_CHANGES)
        _, alerts = ms.alerts(limit=PAGE_ALERTS)
        cycles = ms.cycles(limit=30)
    return page(request, "changes.html", items=[changes_view.change_item(c) for c in found], total=total,
                alerts=[changes_view.alert_item(a) for a in alerts], cycles=cycles, since=since or "", story=story)
