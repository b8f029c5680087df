"""The situation report: report.md and a self-contained report.html, built from the stories' pictures.

Nothing in the report is generated prose: every line is an extracted sentence, figure, quote
or date, and cites the outlet(s) it came from with a link to the sentence in the article view
(``#<article anchor>-s<sentence index>``, highlighted with CSS ``:target``). All article text
is untrusted: escaped by Jinja2's autoescape in HTML, and by :func:`_md` in Markdown (renderers
that allow inline HTML would run it). A report of several stories opens with an overview table
and links to each story; the article appendix is folded. What is shown comes from
``report_views.ReportInput`` (the stories' typed pictures and the articles). The building blocks
(sentence rendering, sparklines) are reused by the web app; sections are classified by
:mod:`groundwatch.stages.sections`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as html_lib
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup, escape

from groundwatch.stages.sections import SECTIONS as SECTIONS
from groundwatch.stages.sections import classify as classify  # the report API before sections.py
from groundwatch.store.sqlite import Store

if TYPE_CHECKING:
    from groundwatch.stages.report_views import ReportInput

#: Key figures shown up front per story; the rest fold under "more figures". Eight fit a phone
#: screen and covered every kind the example and dev stories corroborate more than once.
KEY_FIGURES = 8
#: Order of importance of figure kinds for a briefing (humanitarian monitoring puts lives first).
KIND_ORDER = ("killed", "injured", "missing", "displaced", "evacuated", "detained", "affected", "aid",
              "forces", "weapons")
#: Sentences shown per section and in the headline summary. Enough to brief from in ten minutes
#: on the example and dev corpora; more become a wall of text.
SECTION_LINES = 6
SUMMARY_LINES = 4
#: Two sentences sharing this share of their words say the same thing (copies, shared wire text);
#: only the first is shown, citing every outlet that carries it. 0.6 merged the copied dev and
#: example sentences while keeping distinct sentences about the same event apart.
SAME_SENTENCE_OVERLAP = 0.6

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP_WORDS = (
    "a an the of in on at to for and or but by with from as is are was were be been has have had it its this"
    " that these those he she they his her their them we our you your i not no said says say also which who"
    " whom what when where while after before about into over than then there here more most some any all"
)
_STOP = frozenset(_STOP_WORDS.split())


def anchor(article_id: str) -> str:
    """A stable HTML id for an article (ids may hold '/', '#' and dots)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", article_id).strip("-")[:48]
    return f"a-{slug}-{hashlib.sha1(article_id.encode()).hexdigest()[:6]}"


def sentence_href(article_id: str, sentence_index: object = None) -> str:
    """The link to a cited sentence; to the article itself when the fact has no sentence in the clean
    text (sentence -1: the page's date line or a photo caption the cleaner dropped) or none is known."""
    base = f"#{anchor(article_id)}"
    return base + f"-s{sentence_index}" if isinstance(sentence_index, int) and sentence_index >= 0 else base


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _same(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME_SENTENCE_OVERLAP


def sparkline(points: Sequence[tuple[str, float]], width: int = 120, height: int = 28) -> Markup:
    """An inline SVG line of (date, value) points: how a figure changed. Empty for < 2 points."""
    pts = [(d, v) for d, v in points if v is not None]
    if len(pts) < 2:
        return Markup("")
    days = [dt.date.fromisoformat(d[:10]).toordinal() if len(d) >= 10 else 0 for d, _ in pts]
    lo_d, hi_d = min(days), max(days)
    vals = [v for _, v in pts]
    lo_v, hi_v = min(vals), max(vals)
    xs = [4 + (width - 8) * ((d - lo_d) / (hi_d - lo_d) if hi_d > lo_d else i / (len(pts) - 1))
          for i, d in enumerate(days)]
    ys = [height - 4 - (height - 8) * ((v - lo_v) / (hi_v - lo_v) if hi_v > lo_v else 0.5) for v in vals]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2"><title>{escape(d)}: {v:g}</title></circle>'
                   for x, y, (d, v) in zip(xs, ys, pts, strict=True))
    return Markup(f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
                  f'role="img" aria-label="change over time"><polyline points="{path}" fill="none" '
                  f'stroke="currentColor" stroke-width="1.5"/>{dots}</svg>')


def fmt_number(value: Any) -> str:
    if value is None:
        return "–"
    v = float(value)
    return f"{int(v):,}" if v.is_integer() else f"{v:,.1f}"


def figure_label(f: dict[str, Any]) -> str:
    """'more than 6,650' / 'hundreds' / '18,000–20,000' for one figure claim."""
    q = f.get("qualifier") or "exact"
    if f.get("value") is None:
        if f.get("low") is not None and f.get("high") is not None and q != "vague":
            return f"{fmt_number(f['low'])}–{fmt_number(f['high'])}"
        return f.get("text") or "unspecified"
    words = {"approx": "about ", "at_least": "at least ", "more_than": "more than ", "at_most": "at most ",
             "less_than": "fewer than ", "exact": "", "vague": ""}
    return words.get(q, "") + fmt_number(f["value"])


# --- rendering ---------------------------------------------------------------------------------


def render_text(text: str, sentences: Sequence[tuple[int, int, int]], spans: Iterable[tuple[int, int, str, str]],
                prefix: str) -> Markup:
    """Clean text as HTML: paragraphs, one ``<span id=prefix-sN>`` per sentence, facts in ``<mark>``.

    ``spans`` are (start, end, css class, title); overlapping spans keep the first by start.
    """
    marks = sorted(spans)
    kept: list[tuple[int, int, str, str]] = []
    for m in marks:
        if m[0] < m[1] and (not kept or m[0] >= kept[-1][1]):
            kept.append(m)
    bounds = sorted(sentences, key=lambda s: s[1]) or [(0, 0, len(text))]
    out: list[str] = []
    pos = 0
    mi = 0

    def piece(a: int, b: int) -> str:
        nonlocal mi
        res: list[str] = []
        cur = a
        while mi < len(kept) and kept[mi][0] < b:
            s, e, cls, title = kept[mi]
            s, e2 = max(s, cur), min(e, b)
            res.append(str(escape(text[cur:s])))
            res.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[s:e2])}</mark>')
            cur = e2
            if e <= b:
                mi += 1
            else:
                break
        res.append(str(escape(text[cur:b])))
        return "".join(res)

    for idx, start, end in bounds:
        if start < pos:
            continue
        out.append(piece(pos, start))
        out.append(f'<span class="s" id="{prefix}-s{idx}">{piece(start, end)}</span>')
        pos = end
    out.append(piece(pos, len(text)))
    html = "".join(out)
    paras = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paras))


# --- the two reports ---------------------------------------------------------------------------


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("groundwatch", "stages/report_templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["anchor"] = anchor
    env.filters["sentence_href"] = sentence_href
    return env


def build_context(store: Store, facts: dict[str, Any]) -> dict[str, Any]:
    """The report's view of a store whose facts export is ``facts`` (for the web app's pages)."""
    from groundwatch.stages.report_views import ReportInput, context

    return context(ReportInput.from_store(store, facts["articles"]))


def html(data: ReportInput, ctx: dict[str, Any] | None = None) -> str:
    """report.html: one self-contained page (inline CSS and SVG, no scripts, nothing from the network).

    ``ctx`` is ``report_views.context(data)`` when the caller built it already (for both reports).
    """
    from groundwatch.stages.report_views import context

    return template().render(**(context(data) if ctx is None else ctx))


def _md(value: Any, *, cell: bool = False) -> str:
    """Article text made inert in Markdown: renderers that allow inline HTML would run ``<script>``.

    ``&``, ``<`` and ``>`` become entities (shown as the characters); in a table cell, ``|`` and line
    breaks would end the cell or the row.
    """
    text = html_lib.escape("" if value is None else str(value), quote=False)
    if cell:
        text = text.replace("|", "\\|").replace("\n", " ")
    return text


def markdown(data: ReportInput, ctx: dict[str, Any] | None = None) -> str:
    """report.md: the same content as the HTML report, citing outlets in brackets (``ctx`` as for :func:`html`)."""
    from groundwatch.stages.report_views import context

    ctx = context(data) if ctx is None else ctx
    out = markdown_head(ctx)
    for s in ctx["story_views"]:
        out += _md_story(s)
    return "\n".join(out + markdown_tail(ctx))


def markdown_head(ctx: dict[str, Any]) -> list[str]:
    """report.md's lines before the first story: title, counts and the overview of ``ctx["stories"]``."""
    out = ["# groundwatch situation report", "",
           f"Generated {ctx['generated']} from {ctx['counts']['articles']} articles "
           f"({ctx['counts']['analysed']} analysed) by {ctx['counts']['outlets']} outlets; "
           f"{ctx['counts']['stories']} stories.", ""]
    if len(ctx["stories"]) > 1:
        out += _md_overview(ctx["stories"])
    return out


def markdown_story(s: dict[str, Any]) -> list[str]:
    """report.md's lines of one story view."""
    return _md_story(s)


def markdown_tail(ctx: dict[str, Any]) -> list[str]:
    """report.md's lines after the last story: what was not analysed or rejected."""
    out: list[str] = []
    if ctx["not_analysed"]:
        out += ["## Stored but not analysed", ""]
        out += [f"- {_md(a['id'])} ({_md(a.get('language'))}): {_md(a.get('status_reason'))}"
                for a in ctx["not_analysed"]] + [""]
    if ctx["rejections"]:
        out += ['<a id="rejections"></a>', "", "## Rejected inputs", ""]
        out += [f"- {_md(r.source)} [{_md(r.stage)}]: {_md(r.reason)}" for r in ctx["rejections"]] + [""]
    return out


def template() -> jinja2.Template:
    """report.html's template (its stories loop reads ``story_views``, its appendix ``articles``)."""
    return _env().get_template("report.html.j2")


def _cites(cs: Iterable[dict[str, str]]) -> str:
    return " ".join(f"[{_md(c['outlet'])}]" for c in cs)


def _cell_cites(cs: Iterable[dict[str, str]]) -> str:
    return " ".join(f"[{_md(c['outlet'], cell=True)}]" for c in cs)


def _md_overview(stories: Sequence[dict[str, Any]]) -> list[str]:
    """A report of several stories opens with one row per story and links to each."""
    out = ["## Overview", "", "| story | headline figures | dates | places | sources |", "|---|---|---|---|---|"]
    for s in stories:
        out.append(f"| [{_md(s['label'], cell=True)}](#story-{anchor(s['id'])}) "
                   f"| {_md('; '.join(s['headline']) or '–', cell=True)} "
                   f"| {_md(s['first'] or '?')} → {_md(s['last'] or '?')} "
                   f"| {_md(', '.join(s['top_places']) or '–', cell=True)} "
                   f"| {len(s['articles'])} articles, {s['independent']} independent |")
    out += ["", "Contents: " + " · ".join(f"[{_md(s['label'])}](#story-{anchor(s['id'])})" for s in stories), ""]
    return out


def _md_story(s: dict[str, Any]) -> list[str]:
    out = [f'<a id="story-{anchor(s["id"])}"></a>', "", f"## {_md(s['label'])}", "",
           f"{len(s['articles'])} articles, {s['independent']} independent sources, "
           f"{_md(s['first'] or '?')} to {_md(s['last'] or '?')}.", ""]
    if s["summary"]:
        out += ["### Summary", ""] + [f"- {_md(ln['text'])} {_cites(ln['cites'])}" for ln in s["summary"]] + [""]
    if s.get("key_figures"):
        out += ["### Headline figures", ""] + [f"- {_md(k['label'])} {_cites(k['cites'])}"
                                               for k in s["key_figures"]] + [""]
    if s["figures"]:
        out += ["### Key figures", "", "| kind | who | low | best | high | independent sources | claims |",
                "|---|---|---|---|---|---|---|"]
        for f in s["figures"] + s["more_figures"]:
            claims = "; ".join(f"{figure_label(c)} ({c.get('as_of') or '?'}) [{c['cite']['outlet']}]"
                               for c in f["claims"])
            kind = f"{f['kind']}{' (' + f['unit'] + ')' if f.get('unit') else ''}"
            out.append(f"| {_md(kind, cell=True)} | {_md(f.get('who') or '', cell=True)}"
                       f" | {fmt_number(f.get('low'))} | {fmt_number(f.get('best'))} | {fmt_number(f.get('high'))}"
                       f" | {f.get('independent_sources', '')} | {_md(claims, cell=True)} |")
        out.append("")
    if s["updates"] or s["contradictions"]:
        out += ["### Updates and contradictions", ""]
        for kind, items in (("update", s["updates"]), ("contradiction", s["contradictions"])):
            for it in items:
                claims = "; ".join(f"{_md(c.get('value'))} — \"{_md(c.get('sentence'))}\" [{_md(c['cite']['outlet'])}]"
                                   for c in it["claims"])
                out.append(f"- **{kind}** ({_md(it.get('field'))}): {_md(it.get('about') or '')} {claims}")
        out.append("")
    if s.get("stated_facts"):
        out += ["### What outlets state", "", "| fact | values (cited) |", "|---|---|"]
        for r in s["stated_facts"]:
            values = "; ".join(f"{_md(side.get('value'), cell=True)} "
                               f"[{_md(', '.join(c['outlet'] for c in side['cites']), cell=True)}]"
                               for side in r["sides"])
            flag = " (disputed)" if r.get("disputed") else ""
            out.append(f"| {_md(r['name'], cell=True)}{flag} | {values} |")
        out.append("")
    if s["timeline"]:
        out += ["### Timeline", ""] + [f"- {_md(e['date'])}: {_md(e.get('text', ''))} {_cites(e['cites'])}"
                                       for e in s["timeline"]] + [""]
    if s.get("events"):
        out += ["### Events", "", "| date | event | where | actor 1 | actor 2 | fatalities | sources |",
                "|---|---|---|---|---|---|---|"]
        out += [f"| {_md(e['date'])} | {_md(e['sub_type'], cell=True)} | {_md(e['where'], cell=True)}"
                f" | {_md(e['actor1'], cell=True)} | {_md(e['actor2'], cell=True)} | {e['fatalities']}"
                f" | {_cell_cites(e['cites'])} |" for e in s["events"]] + [""]
    return out + _md_quotes_and_sections(s)


def _md_quotes_and_sections(s: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if s["quotes"]:
        out += ["### Who said what", ""]
        for sp in s["quotes"]:
            out.append(f"- **{_md(sp['speaker'])}**{' (' + _md(sp['role']) + ')' if sp['role'] else ''}")
            out += [f"  - \"{_md(q['text'])}\" {_cites(q['cites'])}" for q in sp["quotes"]]
        out.append("")
    for name in SECTIONS:
        if s["sections"][name]:
            out += [f"### {name.capitalize()}", ""]
            out += [f"- {_md(ln['text'])} {_cites(ln['cites'])}" for ln in s["sections"][name]] + [""]
    out += ["### Sources", ""]
    for src in s["sources"]:
        a = src["article"]
        copies = f" — shares reporting text with {_md(', '.join(src['copies']))}" if src["copies"] else ""
        out.append(f"- {_md(a.get('outlet') or 'unknown outlet')}, {_md(a.get('published') or 'undated')}: "
                   f"{_md(a.get('title') or 'untitled')} (`{a['id']}`){copies}")
    out.append("")
    return out
