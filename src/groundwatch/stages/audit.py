"""Citations that hold: every cited statement of the report checked against the sentence it cites.

A statement of the report (a figure claim, an update's or contradiction's side, a timeline entry, a
quote, a summary or section line) cites articles; the report links each citation to one sentence of
the article. :func:`audit` follows every such link to the sentence the reader would land on and
checks that the sentence carries the statement's value:

- a number in any written form ("1,200", "1.2 million", "twelve", "between 40 and 50");
- a date: a date phrase of that sentence that the extractor resolved to the date;
- a quote or a summary line: enough of its words, and every number it states.

It reads the same typed view the report renders (:class:`~groundwatch.stages.report_views.ReportInput`
through :func:`~groundwatch.stages.report_views.context`), so what is audited is what is shown.
:func:`dangling_links` checks the rendered report.html: every citation link lands on a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch.stages.citing import carries_number, carries_words, line_numbers
from groundwatch.stages.report_views import ReportInput, context

#: A singular noun phrase counts one ("a worker was killed", "another civilian", "a lone guard").
_ONE = re.compile(r"(?:a|an|another|one|single|lone|the)\b", re.IGNORECASE)
#: A negated noun phrase counts nobody ("no fatalities", "none of its troops", "Nobody was hurt").
_NONE = re.compile(r"(?:no|none|nobody|no-one|noone|not)\b", re.IGNORECASE)
#: Where a quotation of several sentences is cut into them: the sentence a quote cites is the one it opens in.
_QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z])")
#: Letters of a word compared when a value is looked for in a sentence: enough to tell names apart,
#: short enough to match inflections ("civilian"/"civilians", "Armenia"/"Armenian"). Not tuned.
STEM = 6
_WORD = re.compile(r"[^\W_]+")
_HREF = re.compile(r'href="#([^"]+)"')
_ID = re.compile(r'id="([^"]+)"')


@dataclass(frozen=True, slots=True)
class Finding:
    """One citation whose sentence does not carry the statement's value."""

    story: str
    section: str  # figures, updates, contradictions, stated_facts, timeline, quotes, summary, sections
    statement: str  # what the report shows
    article: str
    sentence_index: int | None  # None: the citation does not land on a sentence
    sentence: str
    lacks: str  # the value the sentence lacks ("number 1200", "date 2023-09-19", "quote words")

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story, "section": self.section, "statement": self.statement,
                "article": self.article, "sentence_index": self.sentence_index, "sentence": self.sentence,
                "lacks": self.lacks}


@dataclass(frozen=True, slots=True)
class AuditResult:
    """Counts of cited statements and citations, per section, and every unsupported citation."""

    statements: Mapping[str, int]
    citations: Mapping[str, int]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        parts = [f"{k}: {self.statements[k]} statements, {self.citations.get(k, 0)} citations"
                 for k in sorted(self.statements)]
        return (f"{sum(self.statements.values())} cited statements, {sum(self.citations.values())} citations, "
                f"{len(self.findings)} unsupported\n" + "\n".join(parts))


@dataclass(frozen=True, slots=True)
class _Check:
    """One citation to check: the statement, the value kind and the value."""

    section: str
    statement: str
    cite: Mapping[str, str]
    kind: str  # number, date, words, line
    value: Any


def carries_date(article: Mapping[str, Any], index: int, date: str) -> bool:
    """Whether sentence ``index`` of ``article`` has a date phrase that resolved to ``date``."""
    for d in article.get("dates") or []:
        if (d.get("span") or {}).get("sentence_index") == index and d.get("date") and (
                d["date"] == date or d["date"].startswith(date) or date.startswith(d["date"])):
            return True
    return False


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _claim_checks(section: str, item: Mapping[str, Any]) -> Iterator[_Check]:
    """One check per claim of an update or contradiction, by its field."""
    field = item.get("field") or "other"
    for c in item.get("claims", []):
        value = c.get("value")
        statement = f"{field} {item.get('about') or ''}: {value}".strip()
        if field == "figure" and _number(value) is not None:
            yield _Check(section, statement, c["cite"], "figure", c)
        elif field == "date" and value:
            yield _Check(section, statement, c["cite"], "date", str(value))
        elif value:
            yield _Check(section, statement, c["cite"], "phrase", c)


def _story_checks(s: Mapping[str, Any]) -> Iterator[_Check]:
    """Every citation a story's view shows, with what its sentence must carry."""
    for f in [*s["figures"], *s["more_figures"]]:
        for c in f["claims"]:
            if _figure_value(c) is not None:
                yield _Check("figures", f"{f['kind']} {c.get('value')}", c["cite"], "figure", c)
    for u in s["updates"]:
        yield from _claim_checks("updates", u)
    for c in s["contradictions"]:
        yield from _claim_checks("contradictions", c)
    for r in s.get("stated_facts", ()):
        yield from _claim_checks("stated_facts", {**r, "about": r.get("name")})
    for e in s["timeline"]:
        for cite in e["cites"]:
            yield _Check("timeline", f"{e['date']}: {e.get('text', '')}", cite, "date", e["date"])
    for sp in s["quotes"]:
        for q in sp["quotes"]:
            for cite in q["cites"]:
                yield _Check("quotes", q["text"], cite, "words", q["text"])
    for ln in s["summary"]:
        for cite in ln["cites"]:
            yield _Check("summary", ln["text"], cite, "line", ln["text"])
    for name, lines in s["sections"].items():
        for ln in lines:
            for cite in ln["cites"]:
                yield _Check(f"sections/{name}", ln["text"], cite, "line", ln["text"])


def _figure_value(claim: Mapping[str, Any]) -> float | None:
    value = _number(claim.get("value"))
    return _number(claim.get("low")) if value is None else value


def _lacks_figure(claim: Mapping[str, Any], article: Mapping[str, Any], sentence: str) -> str | None:
    """A figure claim's number in its sentence; "a worker was killed" states one without a digit."""
    value = _figure_value(claim)
    if value is None or carries_number(sentence, value):
        return None
    start, end = claim.get("start"), claim.get("end")
    phrase = (article.get("clean_text") or "")[start:end] if start is not None and end is not None else ""
    if ((value == 1 and _ONE.match(phrase)) or (value == 0 and _NONE.match(phrase))) and phrase in sentence:
        return None
    return f"number {value:g}"


def _lacks_value(value: Any, sentence: str) -> str | None:
    """An actor, place, role or other value: a number as a number, else one of its words (by its stem:
    "civilians" is carried by "civilian"), as the sentence must name who or what it says."""
    number = _number(value)
    if number is not None:
        return None if carries_number(sentence, number) else f"number {number:g}"
    stems = {w[:STEM] for w in _WORD.findall(str(value).lower()) if len(w) >= 3}
    words = {w[:STEM] for w in _WORD.findall(sentence.lower())}
    return None if not stems or stems & words else f"value {value}"


def _carries_quote(sentence: str, quote: str) -> bool:
    """The cited sentence carries the quotation, or, for one of several sentences that the splitter cut
    ('X wrote: "A. B."' cites the sentence with A), the quotation's first sentence."""
    first = _QUOTE_SENTENCE_END.split(quote.strip(), maxsplit=1)[0]
    return carries_words(sentence, quote) or (first != quote.strip() and carries_words(sentence, first))


def _sentence(article: Mapping[str, Any], bounds: Sequence[tuple[int, int, int]], href: str) -> tuple[int, str] | None:
    """The sentence a citation link lands on (``#anchor-sN``), or None when it lands on no sentence."""
    m = re.search(r"-s(\d+)$", href)
    if not m:
        return None
    index = int(m.group(1))
    text = article.get("clean_text") or ""
    for i, start, end in bounds:
        if i == index:
            return index, text[start:end]
    return None


def _lacks(check: _Check, article: Mapping[str, Any], index: int, sentence: str) -> str | None:
    """What the cited sentence lacks of the statement's value, or None when it carries it."""
    if check.kind == "figure":
        return _lacks_figure(check.value, article, sentence)
    if check.kind == "date":
        return None if carries_date(article, index, check.value) else f"date {check.value}"
    if check.kind == "words":
        return None if _carries_quote(sentence, check.value) else "the quoted words"
    if check.kind == "phrase":
        return _lacks_value(check.value.get("value"), sentence)
    missing = [v for v in line_numbers(check.value) if not carries_number(sentence, v)]
    if missing:
        return "number " + ", ".join(f"{v:g}" for v in missing)
    return None if carries_words(sentence, check.value) else "the line's words"


def audit(data: ReportInput) -> AuditResult:
    """Check every cited statement of the report built from ``data``; see the module docstring."""
    ctx = context(data)
    articles = {a["id"]: a for a in data.articles}
    statements: dict[str, set[tuple[str, str]]] = {}
    citations: dict[str, int] = {}
    findings: list[Finding] = []
    for s in ctx["stories"]:
        for check in _story_checks(s):
            key = check.section.split("/")[0]
            statements.setdefault(key, set()).add((str(s["id"]), check.statement))
            citations[key] = citations.get(key, 0) + 1
            aid = check.cite.get("article") or ""
            article = articles.get(aid) or {}
            landed = _sentence(article, data.sentences.get(aid, ()), check.cite.get("href") or "")
            if landed is None:
                findings.append(Finding(str(s["id"]), check.section, check.statement, aid, None, "",
                                        "a link to the cited sentence"))
                continue
            lacks = _lacks(check, article, *landed)
            if lacks:
                findings.append(Finding(str(s["id"]), check.section, check.statement, aid, landed[0], landed[1],
                                        lacks))
    return AuditResult({k: len(v) for k, v in statements.items()}, citations, tuple(findings))


def dangling_links(report_html: str) -> list[str]:
    """Citation links of report.html (``href="#..."``) that land on no element of the page."""
    ids = set(_ID.findall(report_html))
    return sorted({h for h in _HREF.findall(report_html) if h not in ids})
