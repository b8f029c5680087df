"""The situation report: report.md and a self-contained report.html, built from the store.

Nothing in the report is generated prose: every line is an extracted sentence, figure, quote
or date, and cites the outlet(s) it came from with a link to the sentence in the article view
(``#<article anchor>-s<sentence index>``, highlighted with CSS ``:target``). All article text
is untrusted and is escaped by Jinja2's autoescape. The building blocks (sentence rendering,
sparklines, section classification) are reused by the web app.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from groundwatch.store.sqlite import Store

#: Section lexicons for the four strands of a monitoring mission's report. A sentence goes to the
#: section whose cue stems it matches most (ties: the earlier section). Stems, so that "shelled",
#: "shelling" and "shells" all match; chosen to be crisis-general (wars, floods, unrest).
SECTION_CUES: dict[str, tuple[str, ...]] = {
    "security": ("attack", "offensive", "shell", "fight", "clash", "troop", "soldier", "militar", "army",
                 "ceasefire", "cease-fire", "drone", "artiller", "missile", "weapon", "surrender", "disarm",
                 "explosi", "killed", "bomb", "forces", "armed", "combat", "insurg", "rebel", "separatist",
                 "peacekeep", "gunmen", "airstrike", "strike"),
    "humanitarian": ("aid", "food", "refugee", "fled", "flee", "displac", "shelter", "convoy", "evacuat",
                     "fuel", "water", "medical", "hospital", "humanitarian", "red cross", "relief", "famine",
                     "hunger", "supplies", "injured", "wounded", "flood", "homeless", "camp", "blockade",
                     "shortage"),
    "human rights": ("rights", "ethnic cleansing", "genocide", "detain", "arrest", "persecut", "torture",
                     "protest", "abuse", "massacre", "civilian", "war crime", "discriminat", "minorit",
                     "deport", "prisoner", "freedom", "missing"),
    "political": ("minister", "president", "united nations", "talks", "negotiat", "diplomat", "sanction",
                  "election", "government", "parliament", "security council", "statement", "summit",
                  "agreement", "treaty", "prime minister", "ambassador", "envoy", "leader", "policy",
                  "resign", "coup", "alliance"),
}
SECTIONS = tuple(SECTION_CUES)
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


def classify(sentence: str) -> str | None:
    """The report section of a sentence, or None when no cue matches."""
    low = sentence.lower()
    scores = {s: sum(1 for cue in cues if cue in low) for s, cues in SECTION_CUES.items()}
    best = max(scores.values())
    if best == 0:
        return None
    return next(s for s in SECTIONS if scores[s] == best)


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


# --- gathering -------------------------------------------------------------------------------


def sentences_by_article(store: Store) -> dict[str, list[tuple[int, int, int]]]:
    out: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for r in store.conn.execute("SELECT article_id, seq, start, \"end\" FROM facts WHERE type='sentence'"
                                " ORDER BY article_id, seq"):
        out[r["article_id"]].append((r["seq"], r["start"], r["end"]))
    return out


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


def build_context(store: Store, facts: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates need, with citations resolved to outlets and anchors."""
    articles = {a["id"]: a for a in facts["articles"]}
    sents = sentences_by_article(store)
    copies = facts.get("copies", [])
    copied_by: dict[str, list[str]] = defaultdict(list)
    for c in copies:
        copied_by[c["a"]].append(c["b"])
        copied_by[c["b"]].append(c["a"])

    def outlet(aid: str) -> str:
        a = articles.get(aid) or {}
        return a.get("outlet") or f"unknown outlet ({aid})"

    def cite(aid: str, sentence_index: int | None = None) -> dict[str, str]:
        href = f"#{anchor(aid)}" + (f"-s{sentence_index}" if sentence_index is not None and sentence_index >= 0
                                    else "")
        return {"outlet": outlet(aid), "href": href, "article": aid}

    def sentence_index_of(aid: str, sentence: str) -> int | None:
        a = articles.get(aid)
        if not a or not sentence:
            return None
        text = a.get("clean_text") or ""
        pos = text.find(sentence)
        if pos < 0:
            return None
        for idx, start, end in sents.get(aid, []):
            if start <= pos < end:
                return idx
        return None

    stories_meta = {s["id"]: s for s in facts.get("stories", [])}
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in facts["articles"]:
        if a["status"] == "analysed":
            by_story[a.get("story") or "unassigned"].append(a)

    stories: list[dict[str, Any]] = []
    for sid, arts in by_story.items():
        arts.sort(key=lambda a: (a.get("published") or "9999", a["id"]))
        meta = stories_meta.get(sid, {})
        ids = {a["id"] for a in arts}
        groups = meta.get("groups") or _groups(ids, copies)
        group_of = {aid: i for i, g in enumerate(groups) for aid in g}
        # Sentences, de-duplicated across outlets (a copied sentence cites all its carriers).
        lines: list[dict[str, Any]] = []
        for a in arts:
            for idx, start, end in sents.get(a["id"], []):
                text = (a.get("clean_text") or "")[start:end].strip()
                if len(text.split()) < 6:
                    continue
                w = _words(text)
                for line in lines:
                    if _same(w, line["words"]):
                        if a["id"] not in {c["article"] for c in line["cites"]}:
                            line["cites"].append(cite(a["id"], idx))
                            line["groups"].add(group_of.get(a["id"], a["id"]))
                        break
                else:
                    lines.append({"text": text, "words": w, "cites": [cite(a["id"], idx)], "position": idx,
                                  "groups": {group_of.get(a["id"], a["id"])}, "section": classify(text),
                                  "published": a.get("published") or ""})
        df: Counter[str] = Counter()
        for line in lines:
            df.update(line["words"])

        def centrality(line: dict[str, Any], df: Counter[str] = df) -> float:
            w = line["words"]
            score = sum(df[x] for x in w) / (len(w) + 5)
            return float(score * (1 + 0.5 * len(line["groups"])) / (1 + line["position"]))

        summary = sorted(lines, key=centrality, reverse=True)[:SUMMARY_LINES]
        sections = {}
        for name in SECTIONS:
            chosen = [ln for ln in lines if ln["section"] == name]
            chosen.sort(key=centrality, reverse=True)
            sections[name] = sorted(chosen[:SECTION_LINES], key=lambda ln: (ln["published"], ln["position"]))
        figures = sorted(_story_figures(meta, arts, cite, sentence_index_of), key=_figure_rank)
        quotes = _story_quotes(arts, cite)
        timeline = _story_timeline(meta, arts, cite, sentence_index_of)
        contradictions = [_claims_view(c, cite, sentence_index_of) for c in facts.get("contradictions", [])
                          if _in_story(c, ids)]
        updates = [_claims_view(u, cite, sentence_index_of) for u in facts.get("updates", []) if _in_story(u, ids)]
        sources = [{"article": a, "anchor": anchor(a["id"]), "group": group_of.get(a["id"]),
                    "copies": [outlet(b) for b in copied_by.get(a["id"], [])]} for a in arts]
        outlets = sorted({outlet(a["id"]) for a in arts})
        stories.append({
            "id": sid, "label": meta.get("label") or (arts[0].get("title") or sid),
            "articles": arts, "outlets": outlets, "independent": len(groups) or len(arts),
            "first": arts[0].get("published"), "last": max((a.get("published") or "" for a in arts), default=""),
            "summary": summary, "sections": sections, "figures": figures[:KEY_FIGURES],
            "more_figures": figures[KEY_FIGURES:], "quotes": quotes,
            "timeline": timeline, "contradictions": contradictions, "updates": updates, "sources": sources,
            "groups": [[outlet(x) for x in sorted(g)] for g in groups if len(g) > 1],
        })
    stories.sort(key=lambda s: (-len(s["articles"]), str(s["id"])))

    article_views = []
    for a in facts["articles"]:
        spans: list[tuple[int, int, str, str]] = []
        for kind, cls in (("figures", "fig"), ("quotes", "quo"), ("dates", "dat")):
            for f in a.get(kind) or []:
                sp = f.get("span") or {}
                if sp.get("start") is None:
                    continue
                title = (f"{f.get('kind')}: {figure_label(f)}" if kind == "figures" else
                         f"said by {f.get('speaker') or 'unknown'}" if kind == "quotes" else
                         f"{f.get('date') or 'unresolved'}")
                spans.append((sp["start"], sp["end"], cls, title))
        article_views.append({
            "a": a, "anchor": anchor(a["id"]),
            "html": render_text(a.get("clean_text") or "", sents.get(a["id"], []), spans, anchor(a["id"])),
        })
    not_analysed = [a for a in facts["articles"] if a["status"] == "not_analysed"]
    return {
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "stories": stories, "articles": article_views, "not_analysed": not_analysed,
        "rejections": facts.get("rejections", []),
        "counts": {"articles": len(facts["articles"]),
                   "analysed": sum(1 for a in facts["articles"] if a["status"] == "analysed"),
                   "outlets": len({a.get("outlet") for a in facts["articles"] if a.get("outlet")}),
                   "stories": len(stories), "copies": len(copies)},
        "fmt_number": fmt_number, "figure_label": figure_label, "sparkline": sparkline,
        "sections": SECTIONS,
    }


def _figure_rank(f: dict[str, Any]) -> tuple[int, int, int]:
    """Corroborated figures first, then by kind importance, then by how often they were reported."""
    kind = KIND_ORDER.index(f["kind"]) if f.get("kind") in KIND_ORDER else len(KIND_ORDER)
    return (-int(f.get("independent_sources") or 0), kind, -len(f.get("claims") or ()))


def _in_story(item: dict[str, Any], ids: set[str]) -> bool:
    return any(c.get("article") in ids for c in item.get("claims", []))


def _groups(ids: set[str], copies: Sequence[dict[str, Any]]) -> list[list[str]]:
    """Groups of articles that are not independent (copies), from the exported copy pairs."""
    from groundwatch.records import Copy
    from groundwatch.stages.dedupe import independence_groups

    pairs = [Copy(c["a"], c["b"], float(c.get("similarity") or 0.0)) for c in copies]
    return [sorted(g) for g in independence_groups(sorted(ids), pairs)]


def _claims_view(item: dict[str, Any], cite: Any, sentence_index_of: Any) -> dict[str, Any]:
    """Claims with citations, plus ``sides``: claims of one value on one day shown once, citing all."""
    claims = []
    sides: dict[tuple[str, str], dict[str, Any]] = {}
    for c in item.get("claims", []):
        idx = sentence_index_of(c.get("article"), c.get("sentence") or "")
        claim = {**c, "cite": cite(c.get("article"), idx)}
        claims.append(claim)
        key = (str(c.get("value")), str(c.get("as_of") or ""))
        side = sides.setdefault(key, {"value": c.get("value"), "as_of": c.get("as_of"),
                                      "sentence": c.get("sentence"), "cites": []})
        side["cites"].append(claim["cite"])
    return {**item, "claims": claims, "sides": list(sides.values())}


def _story_figures(meta: dict[str, Any], arts: list[dict[str, Any]], cite: Any,
                   sentence_index_of: Any) -> list[dict[str, Any]]:
    """Reconciled figures of the story when the cross-outlet stage made them, else per-claim rows."""
    rows = []
    for f in meta.get("figures", []):
        claims = sorted(f.get("claims", []), key=lambda c: (c.get("as_of") or "", c.get("article") or ""))
        for c in claims:
            c["cite"] = cite(c.get("article"), sentence_index_of(c.get("article"), c.get("sentence") or ""))
        points = [(c.get("as_of") or "", float(c["value"])) for c in claims
                  if isinstance(c.get("value"), (int, float)) and c.get("as_of")]
        rows.append({**f, "claims": claims, "spark": sparkline(points)})
    if rows:
        return rows
    for a in arts:
        for f in a.get("figures") or []:
            if f.get("other_event") or f.get("projection"):
                continue
            idx = (f.get("span") or {}).get("sentence_index")
            rows.append({"kind": f["kind"], "best": f.get("value"), "low": f.get("low"), "high": f.get("high"),
                         "unit": f.get("unit"), "who": f.get("who"), "place": f.get("place"),
                         "independent_sources": 1,
                         "claims": [{**f, "article": a["id"], "as_of": a.get("published"),
                                     "cite": cite(a["id"], idx)}], "spark": Markup("")})
    return rows


def _story_quotes(arts: list[dict[str, Any]], cite: Any) -> list[dict[str, Any]]:
    """Quotes grouped by speaker; one entry per distinct quote with every outlet carrying it."""
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in arts:
        for q in a.get("quotes") or []:
            if len(q.get("text", "").split()) < 4:
                continue
            speaker = q.get("speaker") or "unattributed"
            idx = (q.get("span") or {}).get("sentence_index")
            w = _words(q["text"])
            for existing in by_speaker[speaker]:
                if _same(w, existing["words"]):
                    if a["id"] not in {c["article"] for c in existing["cites"]}:
                        existing["cites"].append(cite(a["id"], idx))
                    break
            else:
                by_speaker[speaker].append({"text": q["text"], "words": w, "role": q.get("speaker_role"),
                                            "cites": [cite(a["id"], idx)]})
    out = [{"speaker": s, "quotes": qs, "role": next((q["role"] for q in qs if q["role"]), None)}
           for s, qs in by_speaker.items()]
    out.sort(key=lambda s: (s["speaker"] == "unattributed", -len(list(s["quotes"] or ()))))
    return out


def _story_timeline(meta: dict[str, Any], arts: list[dict[str, Any]], cite: Any,
                    sentence_index_of: Any) -> list[dict[str, Any]]:
    """The story's dated events: merged across outlets by the cross-outlet stage when it ran."""
    items = []
    if meta.get("timeline"):
        for ev in meta["timeline"]:
            cites = [cite(c.get("article"), sentence_index_of(c.get("article"), c.get("sentence") or ""))
                     for c in ev.get("sources", [])]
            items.append({"date": ev.get("date"), "precision": ev.get("precision"),
                          "text": ev.get("description") or "", "cites": cites})
    else:
        for a in arts:
            for d in a.get("dates") or []:
                if not d.get("date"):
                    continue
                sp = d.get("span") or {}
                items.append({"date": d["date"], "precision": d.get("precision"), "text": sp.get("sentence", ""),
                              "cites": [cite(a["id"], sp.get("sentence_index"))]})
    items.sort(key=lambda e: e["date"] or "")
    return items


# --- rendering ---------------------------------------------------------------------------------


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("groundwatch", "stages/report_templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.filters["anchor"] = anchor
    return env


def html(store: Store, facts: dict[str, Any]) -> str:
    """report.html: one self-contained page (inline CSS and SVG, no scripts from the network)."""
    return _env().get_template("report.html.j2").render(**build_context(store, facts))


def markdown(store: Store, facts: dict[str, Any]) -> str:
    """report.md: the same content as the HTML report, citing outlets in brackets."""
    ctx = build_context(store, facts)
    out = ["# groundwatch situation report", "",
           f"Generated {ctx['generated']} from {ctx['counts']['articles']} articles "
           f"({ctx['counts']['analysed']} analysed) by {ctx['counts']['outlets']} outlets; "
           f"{ctx['counts']['stories']} stories.", ""]

    def cites(cs: Iterable[dict[str, str]]) -> str:
        return " ".join(f"[{c['outlet']}]" for c in cs)

    for s in ctx["stories"]:
        out += [f"## {s['label']}", "",
                f"{len(s['articles'])} articles, {s['independent']} independent sources, "
                f"{s['first'] or '?'} to {s['last'] or '?'}.", ""]
        if s["summary"]:
            out += ["### Summary", ""] + [f"- {ln['text']} {cites(ln['cites'])}" for ln in s["summary"]] + [""]
        if s["figures"]:
            out += ["### Key figures", "", "| kind | who | low | best | high | independent sources | claims |",
                    "|---|---|---|---|---|---|---|"]
            for f in s["figures"] + s["more_figures"]:
                claims = "; ".join(f"{figure_label(c)} ({c.get('as_of') or '?'}) [{c['cite']['outlet']}]"
                                   for c in f["claims"])
                out.append(f"| {f['kind']}{' (' + f['unit'] + ')' if f.get('unit') else ''} | {f.get('who') or ''}"
                           f" | {fmt_number(f.get('low'))} | {fmt_number(f.get('best'))} | {fmt_number(f.get('high'))}"
                           f" | {f.get('independent_sources', '')} | {claims} |")
            out.append("")
        if s["updates"] or s["contradictions"]:
            out += ["### Updates and contradictions", ""]
            for kind, items in (("update", s["updates"]), ("contradiction", s["contradictions"])):
                for it in items:
                    claims = "; ".join(f"{c.get('value')} — \"{c.get('sentence')}\" [{c['cite']['outlet']}]"
                                       for c in it["claims"])
                    out.append(f"- **{kind}** ({it.get('field')}): {it.get('about') or ''} {claims}")
            out.append("")
        if s["timeline"]:
            out += ["### Timeline", ""] + [f"- {e['date']}: {e.get('text', '')} {cites(e['cites'])}"
                                           for e in s["timeline"]] + [""]
        if s["quotes"]:
            out += ["### Who said what", ""]
            for sp in s["quotes"]:
                out.append(f"- **{sp['speaker']}**{' (' + sp['role'] + ')' if sp['role'] else ''}")
                out += [f"  - \"{q['text']}\" {cites(q['cites'])}" for q in sp["quotes"]]
            out.append("")
        for name in SECTIONS:
            if s["sections"][name]:
                out += [f"### {name.capitalize()}", ""]
                out += [f"- {ln['text']} {cites(ln['cites'])}" for ln in s["sections"][name]] + [""]
        out += ["### Sources", ""]
        for src in s["sources"]:
            a = src["article"]
            copies = f" — shares reporting text with {', '.join(src['copies'])}" if src["copies"] else ""
            out.append(f"- {a.get('outlet') or 'unknown outlet'}, {a.get('published') or 'undated'}: "
                       f"{a.get('title') or 'untitled'} (`{a['id']}`){copies}")
        out.append("")
    if ctx["not_analysed"]:
        out += ["## Stored but not analysed", ""]
        out += [f"- {a['id']} ({a.get('language')}): {a.get('status_reason')}" for a in ctx["not_analysed"]] + [""]
    if ctx["rejections"]:
        out += ["## Rejected inputs", ""]
        out += [f"- {r['source']} [{r['stage']}]: {r['reason']}" for r in ctx["rejections"]] + [""]
    return "\n".join(out)
