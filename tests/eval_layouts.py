"""The same articles in the other layouts real input arrives in, for measuring how much a score owes
to the layout of the visible sets rather than to their words.

A corpus folder is copied (never changed in place) with every plain-text article rewritten in one
layout; manifests and other files are copied as they are, so the gold still applies. The layouts:

- ``wrapped``: paragraphs hard-wrapped at ``WRAP_COLUMNS`` (an e-mail, a fixed-width wire copy, a
  terminal paste), a blank line between them; the first line (the title) as it was;
- ``single-newline``: one paragraph per line, no blank lines (a plain text box);
- ``one-line``: the whole article on one line (a dump whose text field lost its line breaks);
- ``straight-quotes`` / ``curly-quotes``: every quotation mark and apostrophe typed straight, or
  typeset curly by the usual rule (an opener after a blank or a bracket);
- ``crlf-nbsp``: Windows line ends and a no-break space after each full stop (a word processor);
- ``html``: a simple web page per article: the manifest's title as <title> and <h1>, a paragraph per
  line, a menu, a "Most read" box and a copyright footer around it (manifest entries renamed to .html).

Respellings change words the way outlets spell them differently, so they rewrite the gold too (every
string of it but ids and ISO dates, with the same function): ``thousands-spaced`` ("1\u202f046", as UN and
French-style copy print it), ``thousands-plain`` ("1046", no separator), ``thousands-dotted`` ("1.046",
continental), ``day-month`` ("9 September"), ``month-day`` ("September 9") and ``single-quotes`` (double
quotation marks typeset as single ones, as British outlets print them).

``tests/eval_gate.py`` gates crises-2023 ``wrapped``, ``html``, ``thousands-spaced``, ``thousands-plain`` and
``single-quotes``, and dates-dev ``day-month``;
``benchmarks/check_layouts.py`` prints every layout and respelling.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from groundwatch.lexicons_dates import month_pattern

#: Columns of the hard wrap: the width of e-mail (RFC 2822's recommended 78, less quoting room) and of
#: most fixed-width wire copy.
WRAP_COLUMNS = 72

_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def _wrapped(text: str) -> str:
    first, *rest = _paragraphs(text) or [""]
    return "\n\n".join([first, *(textwrap.fill(p, WRAP_COLUMNS) for p in rest)]) + "\n"


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(\[\u2014-])"', "\\1\u201c", text.translate(_STRAIGHT), flags=re.MULTILINE)
    text = re.sub(r"(^|[\s(\[\u2014-])'", "\\1\u2018", text.replace('"', "\u201d"), flags=re.MULTILINE)
    return text.replace("'", "\u2019")


TEXT_LAYOUTS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrapped,
    "single-newline": lambda t: "\n".join(_paragraphs(t)) + "\n",
    "one-line": lambda t: " ".join(_paragraphs(t)) + "\n",
    "straight-quotes": lambda t: t.translate(_STRAIGHT),
    "curly-quotes": _curly,
    "crlf-nbsp": lambda t: t.replace(". ", ".\u00a0").replace("\n", "\r\n"),
}
#: Numbers written with commas between thousands ("1,046", "12,500"), not a decimal or a longer number.
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")
_MONTH = f"(?:{month_pattern(capitalised=True)})"


def _month_day(text: str) -> str:
    text = re.sub(rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}})\b", r"\2 \1, \3", text)
    return re.sub(rf"\b(\d{{1,2}}) ({_MONTH})(?!,? \d)", r"\2 \1", text)


def _day_month(text: str) -> str:
    """British order, and British abbreviations without a full stop ("Oct. 23" -> "23 Oct")."""
    text = re.sub(rf"\b({_MONTH}) (\d{{1,2}}),? (\d{{4}})\b", lambda m: f"{m[2]} {m[1].rstrip('.')} {m[3]}", text)
    return re.sub(rf"\b({_MONTH}) (\d{{1,2}})\b(?!\d|,? \d{{4}})", lambda m: f"{m[2]} {m[1].rstrip('.')}", text)


_DOUBLE_SPAN = re.compile(r'(?:(?<=^)|(?<=[\s(\[\u2014-]))["\u201c](?=\S)[^"\u201c\u201d\n]*["\u201d]', re.MULTILINE)
_INNER_OPEN = re.compile(r"(?:(?<=[\s(\[\u2014-]))['\u2018](?=[^\W\d_])")
_INNER_CLOSE = re.compile(r"(?<=[^\s])['\u2019](?=[\s,.;:!?)\u2014-]|$)")


def _inner_doubled(span: str) -> str:
    """A quotation's own quotations in double marks, as British style nests them: a single opener before
    a word, then the first single closer before a blank or a stop (never an apostrophe inside a word)."""
    out, at = [], 0
    while (opener := _INNER_OPEN.search(span, at)) is not None:
        closer = _INNER_CLOSE.search(span, opener.end())
        if closer is None:
            break
        out += [span[at:opener.start()], "\ue000", span[opener.end():closer.start()], "\ue001"]  # held apart
        at = closer.end()
    return "".join(out) + span[at:]


def _single_quotes(text: str) -> str:
    """Quotation marks typeset British style (‘...,’ she said, a quotation inside in double marks): an
    outer opener after a blank or a bracket and before a word, every other double mark a closer."""
    text = _DOUBLE_SPAN.sub(lambda m: m.group()[0] + _inner_doubled(m.group()[1:-1]) + m.group()[-1], text)
    text = re.sub(r'(^|[\s(\[\u2014-])["\u201c](?=\S)', "\\1\u2018", text, flags=re.MULTILINE)
    text = re.sub(r'["\u201d](?=[^\s,.;:!?)\u2014-]|$)', "\u2019", text)  # an outer closer
    text = re.sub(r'(?<=\S)["\u201d]', "\u2019", text)
    return text.replace("\ue000", "\u201c").replace("\ue001", "\u201d")


SPELLINGS: dict[str, Callable[[str], str]] = {
    "single-quotes": _single_quotes,
    "thousands-spaced": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", "\u202f"), t),
    "thousands-plain": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", ""), t),
    "thousands-dotted": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", "."), t),
    "day-month": _day_month,
    "month-day": _month_day,
}
LAYOUTS = (*TEXT_LAYOUTS, "html", *SPELLINGS)
#: Files a respelling rewrites: the articles in every format a visible set holds.
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".xml")


_TAG = re.compile(r"(<[^>]*>)")


def _strings(value: Any, respell: Callable[[str], str], key: str = "", keep: frozenset[str] = frozenset()) -> Any:
    """``value`` with every string respelled, but those under a key in ``keep``."""
    if isinstance(value, str):
        return value if key in keep else respell(value)
    if isinstance(value, list):
        return [_strings(v, respell, key, keep) for v in value]
    if isinstance(value, dict):
        return {k: _strings(v, respell, k, keep) for k, v in value.items()}
    return value


def _respelled(text: str, suffix: str, respell: Callable[[str], str]) -> str:
    """``text`` respelled where a reader reads words: a JSON file's string values, a page's text between
    its tags, a plain file whole (quotation marks and commas are JSON's and HTML's syntax too)."""
    if suffix in (".html", ".htm", ".xml"):
        return "".join(part if _TAG.fullmatch(part) else respell(part) for part in _TAG.split(text))
    if suffix in (".json", ".jsonl"):
        lines = []
        for line in text.splitlines(keepends=True):
            try:
                lines.append(json.dumps(_strings(json.loads(line), respell), ensure_ascii=False) + "\n")
            except ValueError:
                lines.append(line)
        return "".join(lines) if suffix == ".jsonl" else json.dumps(
            _strings(json.loads(text), respell), ensure_ascii=False)
    return respell(text)


def regold(gold: dict[str, Any], layout: str | None) -> dict[str, Any]:
    """The gold as it reads for the corpus in ``layout``: respelled like the articles, else unchanged."""
    if layout not in SPELLINGS:
        return gold
    respelled: dict[str, Any] = _strings(gold, SPELLINGS[layout], keep=frozenset({"id", "date"}))
    return respelled


def _page(text: str, title: str | None) -> str:
    paragraphs = _paragraphs(text)
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    head = f"<title>{html.escape(title)} | Daily Site</title>" if title else "<title>Daily Site</title>"
    h1 = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav></header>"
            f"<main><article>{h1}{body}</article>"
            "<aside><h3>Most read</h3><ul><li><a href='/a'>Council approves a new budget for schools</a></li>"
            "<li><a href='/b'>Storm warning for the coast this weekend</a></li></ul></aside></main>"
            "<footer><p>Copyright 2024 Daily Site. All rights reserved.</p></footer></body></html>\n")


def relaid(source: Path, target: Path, layout: str) -> Path:
    """A copy of the corpus folder ``source`` at ``target`` with its ``.txt`` articles in ``layout`` (a
    respelling rewrites its articles of every format; read its gold through ``regold``)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: one of {', '.join(LAYOUTS)}")
    shutil.copytree(source, target)
    if layout in SPELLINGS:
        for path in sorted(target.rglob("*")):
            if path.suffix in _ARTICLE_SUFFIXES and path.name != "manifest.json" and path.is_file():
                text = path.read_text(encoding="utf-8")
                path.write_text(_respelled(text, path.suffix, SPELLINGS[layout]), encoding="utf-8", newline="")
        return target
    manifests = {m: json.loads(m.read_text(encoding="utf-8")) for m in target.rglob("manifest.json")}
    titles = {(m.parent / a["file"]).resolve(): a.get("title")
              for m, data in manifests.items() for a in data.get("articles", []) if "file" in a}
    for path in sorted(target.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if layout == "html":
            path.with_suffix(".html").write_text(_page(text, titles.get(path.resolve())), encoding="utf-8")
            path.unlink()
        else:
            path.write_text(TEXT_LAYOUTS[layout](text), encoding="utf-8", newline="")
    if layout == "html":
        for manifest, data in manifests.items():
            for article in data.get("articles", []):
                if str(article.get("file", "")).endswith(".txt"):
                    article["file"] = article["file"][:-4] + ".html"
                    article["format"] = "html"
            manifest.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return target
