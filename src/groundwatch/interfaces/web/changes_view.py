"""What the "What changed" page, ``/api/changes`` and ``/changes.atom`` show: each change with its links.

Every citation links to its article page with the sentence highlighted, as the rest of the app does.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from groundwatch.interfaces.web.links import article_path, sentence_href, story_path
from groundwatch.monitor.changes import describe
from groundwatch.store.monitor import Alert, Change

ATOM = "http://www.w3.org/2005/Atom"
#: Changes in one Atom document: feed readers keep what they have seen, so the latest suffice.
ATOM_ENTRIES = 100


def _cites(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for c in data.get("sources") or ():
        out.append({**c, "href": sentence_href(c["article"], c.get("sentence_index"))})
    for p in data.get("places") or ():  # a new story's places
        if isinstance(p, dict) and p.get("article"):
            out.append({"article": p["article"], "sentence": p.get("sentence"), "value": p.get("name"),
                        "href": sentence_href(p["article"], p.get("sentence_index"))})
    if data.get("article") and data.get("sentence"):  # a new place
        out.append({"article": data["article"], "sentence": data["sentence"], "value": data.get("name"),
                    "href": sentence_href(data["article"], data.get("sentence_index"))})
    return out


def change_item(c: Change) -> dict[str, Any]:
    """A change as the API and the page give it: its fields, a summary line and its links."""
    data = dict(c.data)
    articles = [{**a, "href": article_path(a["id"])} for a in data.get("articles") or () if isinstance(a, dict)]
    return {**c.to_dict(), "summary": describe(c.kind, data), "story_href": story_path(c.story_id) if c.story_id
            else None, "citations": _cites(data), "article_links": articles}


def alert_item(a: Alert) -> dict[str, Any]:
    return {**a.to_dict(), "story_href": story_path(a.story_id) if a.story_id else None}


def atom(changes: Sequence[Change], *, base: str, title: str, self_href: str) -> bytes:
    """The changes as an Atom 1.0 feed (newest first), each entry linking to its story and sentences."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base + self_href
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base + self_href)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=base + "/changes")
    updated = max((c.at for c in changes), default=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = "groundwatch"
    for c in changes[:ATOM_ENTRIES]:
        item = change_item(c)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item["summary"]
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base}/changes#change-{c.id}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = c.at
        href = item["story_href"] or "/changes"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=base + href)
        for cite in item["citations"][:10]:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=base + cite["href"],
                          title=(cite.get("sentence") or "")[:200])
        lines = [f"{cite['article']}: {cite.get('sentence') or ''}" for cite in item["citations"][:10]]
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = "\n".join([item["summary"], *lines])
    body: bytes = ET.tostring(feed, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body
