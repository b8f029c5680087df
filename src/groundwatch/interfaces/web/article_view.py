"""The article page: its clean text cut into paragraphs, sentences and marked facts, and its fact lists.

The text is only cut here; templates/macros/text.html writes it out, escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch.interfaces.web.links import sentence_href
from groundwatch.stages.report import figure_label

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: Fact lists of the side panel, and the CSS class of each kind's marks in the text (in the
#: order marks win when two overlap).
FACT_KINDS = (("figures", "fig", "Figures"), ("quotes", "quo", "Quotes"), ("dates", "dat", "Dates"),
              ("places", "plc", "Places"), ("actors", "act", "Actors"))


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text, marked as a fact (``cls``, ``title``) or plain (``cls`` None); lines split at newlines."""

    lines: tuple[str, ...]
    cls: str | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class Run:
    """Pieces inside one sentence (``sentence`` its index) or between sentences (None)."""

    pieces: tuple[Piece, ...]
    sentence: int | None = None


Span = tuple[int, int, str, str]  # start, end, css class, title


def _title(kind: str, f: Mapping[str, Any]) -> str:
    if kind == "figures":
        return f"{f.get('kind')}: {figure_label(dict(f))}"
    if kind == "quotes":
        return f"said by {f.get('speaker') or 'unknown'}"
    if kind == "dates":
        return f"date: {f.get('date') or 'unresolved'}"
    if kind == "places":
        return f"place: {f.get('name') or f.get('text')} ({f.get('country') or '?'})"
    return f"{f.get('kind') or 'actor'}: {f.get('name')}"


def fact_spans(a: Mapping[str, Any]) -> list[Span]:
    spans: list[Span] = []
    for kind, cls, _ in FACT_KINDS:
        for f in a.get(kind) or []:
            sp = f.get("span") or {}
            if sp.get("start") is not None and sp.get("end") is not None:
                spans.append((int(sp["start"]), int(sp["end"]), cls, _title(kind, f)))
    return spans


def _pieces(text: str, a: int, b: int, marks: Sequence[Span], state: list[int]) -> list[Piece]:
    """Text[a:b] cut at the marks (``state[0]``: the next mark to place, shared across calls)."""
    out: list[Piece] = []
    cur = a
    while state[0] < len(marks) and marks[state[0]][0] < b:
        s, e, cls, title = marks[state[0]]
        s, e2 = max(s, cur), min(e, b)
        out.append(Piece(tuple(text[cur:s].split("\n"))))
        out.append(Piece(tuple(text[s:e2].split("\n")), cls, title))
        cur = e2
        if e > b:
            break
        state[0] += 1
    out.append(Piece(tuple(text[cur:b].split("\n"))))
    return [p for p in out if p.lines != ("",)]


def paragraphs(text: str, sentences: Sequence[tuple[int, int, int]], spans: Iterable[Span]) -> list[list[Run]]:
    """The text as paragraphs of runs: one run per sentence, facts marked; overlapping marks keep the first."""
    marks: list[Span] = []
    for m in sorted(spans):
        if m[0] < m[1] and (not marks or m[0] >= marks[-1][1]):
            marks.append(m)
    state = [0]
    runs: list[Run | None] = []
    pos = 0
    for idx, start, end in sorted(sentences, key=lambda s: s[1]):
        if start < pos:
            continue
        runs.extend(_between(text, pos, start, marks, state))
        runs.append(Run(tuple(_pieces(text, start, end, marks, state)), idx))
        pos = end
    runs.extend(_between(text, pos, len(text), marks, state))
    paras: list[list[Run]] = [[]]
    for run in runs:
        if run is None:
            paras.append([])
        else:
            paras[-1].append(run)
    return [p for p in paras if p]


def _between(text: str, a: int, b: int, marks: Sequence[Span], state: list[int]) -> list[Run | None]:
    """The text between two sentences as runs, with None wherever a paragraph ends."""
    out: list[Run | None] = []
    pos = a
    for m in _PARAGRAPH_BREAK.finditer(text, a, b):
        out.extend([Run(tuple(_pieces(text, pos, m.start(), marks, state))), None])
        pos = m.end()
    out.append(Run(tuple(_pieces(text, pos, b, marks, state))))
    return [r for r in out if r is None or r.pieces]


def fact_lists(a: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The article's facts for the side list: label, detail, link to the sentence."""
    out = []
    for kind, _, title in FACT_KINDS:
        items = []
        for f in a.get(kind) or []:
            idx = (f.get("span") or {}).get("sentence_index")
            label, detail = _label(kind, f)
            items.append({"label": label, "detail": detail, "href": sentence_href(a["id"], idx), "sentence": idx})
        if items:
            out.append({"kind": kind, "title": title, "facts": items})
    return out


def _label(kind: str, f: Mapping[str, Any]) -> tuple[str, str]:
    if kind == "figures":
        return f"{f.get('kind')}: {figure_label(dict(f))}", f.get("text") or ""
    if kind == "quotes":
        return f.get("speaker") or "unattributed", f"“{f.get('text') or ''}”"
    if kind == "dates":
        return f.get("date") or "unresolved", f.get("text") or ""
    if kind == "places":
        return f.get("name") or f.get("text") or "?", f.get("country") or ""
    return f.get("name") or f.get("text") or "?", f.get("kind") or ""
