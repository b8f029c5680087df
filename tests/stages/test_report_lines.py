"""The report's story lines found through a word index (report_views._LineIndex) are the lines a scan
of every earlier line finds: the same texts, cites, groups and order; the section lines chosen while
classifying the ranked lines lazily (sections.classify_lazily, stopping once every section is full)
are the ones chosen after classifying every line; and the report is the same bytes.

Invented stories only: fictional towns and outlets, sentences drawn from a small vocabulary so that
many pairs share words near the merge bar (report.SAME_SENTENCE_OVERLAP) and some differ only in a
number (report.citing.same_values keeps those apart).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from groundwatch.records import Article, ArticleFacts, CleanArticle, Copy, Sentence, StoryPicture
from groundwatch.stages import report_stream, report_views, sections
from groundwatch.stages.citing import same_values
from groundwatch.stages.report import SECTION_LINES, SECTIONS, SUMMARY_LINES, _same, _words
from groundwatch.store.sqlite import Store

_SUBJECTS = ["The river authority in Quellmark", "Volunteers from the Brandova shelter", "The mayor of Ostrel",
             "Rescue crews near Tavinsk", "Farmers in the Lurren valley", "The provincial health office"]
_VERBS = ["reported that", "warned that", "confirmed on Tuesday that", "said late on Monday that"]
_CLAUSES = ["{n} houses were flooded along the lower embankment", "{n} people were moved to the school gym",
            "the bridge to the northern villages stayed closed for {n} days",
            "water levels rose by {n} centimetres overnight", "{n} families still had no clean water",
            "the dam spillway was opened for the first time in {n} years",
            "{n} protesters were detained outside the council building",
            "talks with the opposition on a new budget would resume in {n} days",
            "shelling hit {n} positions near the border crossing",
            "the election commission delayed the vote by {n} weeks"]
_TAILS = ["", " according to a statement", " despite the heavy rain", " as more boats arrived",
          " and asked residents to stay indoors"]


def _sentence(rng: random.Random) -> str:
    n = rng.choice([3, 12, 12, 40, 250])
    return (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_CLAUSES).format(n=n)}"
            f"{rng.choice(_TAILS)}.")


Bounds = dict[str, list[tuple[int, int, int]]]


def _articles(seed: int, n_articles: int, per_article: int) -> tuple[list[dict[str, Any]], Bounds]:
    """Articles of one story as the facts export gives them, and their sentence bounds."""
    rng = random.Random(seed)
    arts: list[dict[str, Any]] = []
    bounds: Bounds = {}
    for k in range(n_articles):
        sentences = [_sentence(rng) for _ in range(per_article)]
        sentences.insert(rng.randrange(len(sentences)), "Short line here.")  # under six words: skipped
        text, spans, at = "", [], 0
        for i, s in enumerate(sentences):
            spans.append((i, at, at + len(s)))
            text += s + " "
            at += len(s) + 1
        aid = f"wire/{k:03d}"
        arts.append({"id": aid, "outlet": f"Outlet {k % 5}", "clean_text": text, "status": "analysed",
                     "published": f"2026-03-{1 + k % 27:02d}"})
        bounds[aid] = spans
    return arts, bounds


def _scan_lines(arts: list[dict[str, Any]], group_of: Mapping[str, int], look: Any) -> list[dict[str, Any]]:
    """The lines as the report made them before the index: each sentence compared with every line."""
    lines: list[dict[str, Any]] = []
    for a in arts:
        for idx, start, end in look.sentences.get(a["id"], []):
            text = (a.get("clean_text") or "")[start:end].strip()
            if len(text.split()) < 6:
                continue
            w = _words(text)
            for line in lines:
                if _same(w, line["words"]) and same_values(line["text"], text):
                    if a["id"] not in {c["article"] for c in line["cites"]}:
                        line["cites"].append(look.cite(a["id"], idx))
                        line["groups"].add(group_of.get(a["id"], a["id"]))
                    break
            else:
                lines.append({"text": text, "words": w, "cites": [look.cite(a["id"], idx)], "position": idx,
                              "groups": {group_of.get(a["id"], a["id"])}, "section": None,
                              "published": a.get("published") or ""})
    return lines


@pytest.mark.parametrize("seed", range(6))
def test_indexed_lines_are_the_scanned_lines(seed: int) -> None:
    arts, bounds = _articles(seed, n_articles=12 + seed * 4, per_article=8)
    look = report_views._Lookup({a["id"]: a for a in arts}, bounds)
    group_of = {a["id"]: i // 3 for i, a in enumerate(arts)}  # some articles in one copy group
    got = report_views._lines(arts, group_of, look)
    want = _scan_lines(arts, group_of, look)
    assert got == want
    assert len(want) < sum(len(b) - 1 for b in bounds.values())  # some sentences merged
    assert any(len(line["cites"]) > 2 for line in want)


def test_a_sentence_without_content_words_is_its_own_line() -> None:
    text = "It was and is as it has been. It was and is as it has been."
    arts = [{"id": "x/1", "clean_text": text, "status": "analysed", "outlet": "Outlet X"}]
    look = report_views._Lookup({"x/1": arts[0]}, {"x/1": [(0, 0, 29), (1, 30, 59)]})
    assert report_views._lines(arts, {}, look) == _scan_lines(arts, {}, look)
    assert len(report_views._lines(arts, {}, look)) == 2


def _scan_summary(lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The summary and section lines as the report chose them before: every line classified, then
    each section's lines ranked."""
    for line, section in zip(lines, sections.classify_many([ln["text"] for ln in lines]), strict=True):
        line["section"] = section
    centrality = report_views._centrality(lines)
    summary = sorted(lines, key=centrality, reverse=True)[:SUMMARY_LINES]
    out = {}
    for name in SECTIONS:
        chosen = sorted((ln for ln in lines if ln["section"] == name), key=centrality, reverse=True)
        out[name] = sorted(chosen[:SECTION_LINES], key=lambda ln: (ln["published"], ln["position"]))
    return summary, out


def _fake_similarities(encoded: list[int]) -> Callable[[Sequence[str]], list[dict[str, float]]]:
    """Similarities drawn from a hash of each text (no model), counting the texts asked for."""

    def similarities(texts: Sequence[str]) -> list[dict[str, float]]:
        encoded.append(len(texts))
        return [{name: random.Random(f"{t}|{name}").uniform(0.0, 0.6) for name in SECTIONS} for t in texts]

    return similarities


@pytest.mark.parametrize("seed", range(8))
def test_lazily_chosen_section_lines_are_the_ones_of_every_line_classified(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[int] = []
    monkeypatch.setattr(sections, "_similarities", _fake_similarities(encoded))
    monkeypatch.setattr(sections, "LAZY_FIRST", 2)  # these stories have a few dozen undecided lines
    arts, bounds = _articles(seed, n_articles=4 + seed * 6, per_article=8)
    look = report_views._Lookup({a["id"]: a for a in arts}, bounds)
    group_of = {a["id"]: i // 3 for i, a in enumerate(arts)}
    lazy = report_views._summary(report_views._lines(arts, group_of, look))
    encoded_lazily = sum(encoded)
    encoded.clear()
    assert lazy == _scan_summary(_scan_lines(arts, group_of, look))
    assert encoded_lazily <= sum(encoded)
    if seed == 7:  # the longest story: every section fills before the last undecided lines are reached
        assert all(len(lazy[1][name]) == SECTION_LINES for name in SECTIONS)
        assert encoded_lazily < sum(encoded)


def test_classify_lazily_gives_classify_many_s_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[int] = []
    monkeypatch.setattr(sections, "_similarities", _fake_similarities(encoded))
    rng = random.Random(7)
    texts = [_sentence(rng) for _ in range(300)] + ["The weather was mild and the match ended in a draw."] * 3
    assert list(sections.classify_lazily(texts, first=4)) == sections.classify_many(texts)
    read = sections.classify_lazily(texts, first=4)
    encoded.clear()
    next(read)
    assert sum(encoded) <= 4


def _store(seed: int) -> Store:
    store = Store.open(":memory:")
    arts, bounds = _articles(seed, n_articles=10, per_article=6)
    for a in arts:
        art = Article(id=a["id"], source="mem", body=a["clean_text"], format="txt", title=f"Flood day {a['id']}",
                      outlet=a["outlet"], published=dt.date.fromisoformat(a["published"]))
        store.put_article(art)
        clean = CleanArticle(article=art, text=a["clean_text"], language="en", published=art.published,
                             published_origin="manifest")
        sentences = tuple(Sentence(i, s, e, a["clean_text"][s:e]) for i, s, e in bounds[a["id"]])
        store.save_analysis(clean, ArticleFacts(article_id=a["id"], sentences=sentences))
    ids = [a["id"] for a in arts]
    picture = StoryPicture(story_id="s1", figures=(), updates=(), contradictions=(), quotes=(), timeline=(),
                           independent_sources=5, articles=tuple(ids[:7]), label="Floods in Quellmark")
    store.save_picture(stories={aid: ("s1" if i < 7 else "s2") for i, aid in enumerate(ids)},
                       copies=[Copy(ids[0], ids[1], 0.9, (), False)],
                       pictures={"s1": picture.to_dict(), "s2": {}}, labels={"s1": "Floods in Quellmark"}, state={})
    return store


def _undated(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "TIME", text)


def test_the_report_is_the_same_bytes_as_with_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(3)
    for name in ("indexed", "scanned"):
        (tmp_path / name).mkdir()
    report_stream.write(store, tmp_path / "indexed")

    monkeypatch.setattr(report_views, "_lines", _scan_lines)
    monkeypatch.setattr(report_views, "_summary", _scan_summary)
    report_stream.write(store, tmp_path / "scanned")
    for name in ("report.md", "report.html"):
        assert _undated((tmp_path / "indexed" / name).read_text(encoding="utf-8")) == _undated(
            (tmp_path / "scanned" / name).read_text(encoding="utf-8"))
    assert "Floods in Quellmark" in (tmp_path / "indexed" / "report.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("paragraph", "sentence", "inside"), [
    ('"The levee is holding. We will know more by noon," the engineer said.', "We will know more", True),
    ("\u201cThe road is open. Trucks can pass,\u201d the governor said.", "Trucks can pass", True),
    ("\u00abThe talks failed. We leave tonight,\u00bb the envoy said.", "We leave tonight", True),
    # the quotation closed before the sentence, or none opened in its paragraph
    ('"The levee is holding," the engineer said. Crews worked through the night.', "Crews worked", False),
    ('The engineer spoke at noon.\n"We will know more by noon," she said.', '"We will know', False),
    ("\u201cThe road is open,\u201d the governor said. Trucks passed at dawn.", "Trucks passed", False),
])
def test_a_sentence_begun_inside_a_quotation_is_no_line(paragraph: str, sentence: str, inside: bool) -> None:
    assert report_views._inside_quotation(paragraph, paragraph.index(sentence)) is inside
