"""One line saying what a recorded change is (the report, the CLI, the web page and the Atom feed use it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def describe(kind: str, data: Mapping[str, Any]) -> str:
    """One line saying what changed (the CLI, the Atom feed and the web page use it)."""
    label = data.get("label") or "a story"
    if kind == "new_story":
        return f"new story: {label} ({len(data.get('articles', []))} article(s))"
    if kind == "articles":
        outlets = ", ".join(data.get("new_outlets") or [])
        return (f"{len(data.get('articles', []))} new article(s) in {label}"
                + (f"; new outlet(s): {outlets}" if outlets else ""))
    if kind == "figure":
        new, old = data.get("new") or {}, data.get("old")
        unit = f" {new['unit']}" if new.get("unit") else ""
        if old is None:
            return f"{data['figure']}: {_num(new.get('best'))}{unit} (as of {new.get('as_of') or '?'}) in {label}"
        return (f"{data['figure']}: {_num(old.get('best'))} (as of {old.get('as_of') or '?'}) -> "
                f"{_num(new.get('best'))}{unit} (as of {new.get('as_of') or '?'}) in {label}")
    if kind == "contradiction":
        values = "; ".join(f"{s.get('outlet') or s['article']}: {s.get('value')}" for s in data.get("sources", []))
        return f"outlets disagree on {data.get('about') or data.get('field')} in {label}: {values}"
    if kind == "quote":
        return f"new quote by {data.get('speaker') or 'an unnamed speaker'} in {label}: \u201c{data.get('text')}\u201d"
    if kind == "place":
        return f"{data.get('name')} named for the first time in {label}"
    return f"{kind} in {label}"


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "?" if value is None else str(value)
