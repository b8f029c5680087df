"""The streamed outputs (facts.json record by record, the reports story by story) are the bytes of
the whole-store renderers, including citations that point into another story."""

import datetime as dt
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from groundwatch.records import (
    Article,
    ArticleFacts,
    Claim,
    CleanArticle,
    Contradiction,
    Copy,
    Figure,
    ReconciledFigure,
    Rejection,
    Sentence,
    Span,
    StoryPicture,
    Update,
)
from groundwatch.stages import embedding, export, report, report_stream
from groundwatch.stages.report_views import ReportInput
from groundwatch.store.sqlite import Store

_TEXTS = {
    "a/01": ("Floods reach Velmora",
             "Floodwater covered the lower streets of Velmora on Tuesday morning, residents said.\n\n"
             "At least 14 people were killed in the district, the regional office said."),
    "b/02": ("Velmora counts its dead", "At least 14 people were killed in the district, the regional office said.\n\n"
             "Rescue boats reached the riverside villages late on Tuesday, a volunteer said."),
    "c/03": ("Dry wells in Ostrel",
             "Wells in the hill villages around Ostrel ran dry for a third week, farmers said.\n\n"
             "About 300 families were displaced towards the valley towns, an aid worker said."),
    "d/04": ("Un titre", "Les villages de la vallée sont toujours sans eau potable depuis trois semaines."),
    "e/05": ("Lone report",
             "A ferry with 40 passengers ran aground near the northern cape on Sunday, the coastguard said."),
}


def _save(store: Store, aid: str, day: int, figures: tuple[Figure, ...] = ()) -> None:
    title, text = _TEXTS[aid]
    art = Article(id=aid, source="mem", body=text, format="txt", title=title, outlet=f"Outlet {aid[0].upper()}",
                  published=dt.date(2025, 4, day))
    store.put_article(art)
    cut = text.find("\n\n")
    bounds = [(0, len(text))] if cut < 0 else [(0, cut), (cut + 2, len(text))]
    sentences = tuple(Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(bounds))
    clean = CleanArticle(article=art, text=text, language="fr" if aid == "d/04" else "en", published=art.published,
                         published_origin="manifest")
    if aid == "d/04":
        store.save_analysis(clean, None, status="not_analysed", reason="language 'fr' is not analysed yet")
        return
    store.save_analysis(clean, ArticleFacts(article_id=aid, figures=figures, sentences=sentences))


def _store() -> Store:
    store = Store.open(":memory:")
    killed = "At least 14 people were killed in the district, the regional office said."
    for aid, day in (("a/01", 8), ("b/02", 9)):
        at = _TEXTS[aid][1].index(killed)
        _save(store, aid, day, (Figure(kind="killed", value=14, qualifier="at_least", text="At least 14 people",
                                       span=Span(aid, 1 if aid == "a/01" else 0, at, at + 18, killed)),))
    for aid, day in (("c/03", 2), ("d/04", 3), ("e/05", 6)):
        _save(store, aid, day)
    # story s1 cites c/03, an article of story s2: the streamed report reads it from the store
    claims = (Claim(article="a/01", sentence=killed, value=14, outlet="Outlet A", as_of="2025-04-08"),
              Claim(article="c/03", sentence="About 300 families were displaced towards the valley towns,"
                    " an aid worker said.", value=300, outlet="Outlet C", as_of="2025-04-02"))
    picture = StoryPicture(story_id="s1", figures=(ReconciledFigure(
        kind="killed", who=None, place=None, low=14, best=14, high=300, claims=claims, independent_sources=2),),
        updates=(), contradictions=(), quotes=(), timeline=(), independent_sources=2, articles=("a/01", "b/02"),
        label="Floods in Velmora")
    store.save_picture(stories={"a/01": "s1", "b/02": "s1", "c/03": "s2"},
                       copies=[Copy("a/01", "b/02", 0.8, (), False)],
                       pictures={"s1": picture.to_dict(), "s2": {}}, labels={"s1": "Floods in Velmora"}, state={})
    store.add_rejection(store.begin_run(["mem"]), Rejection("mem/broken.html", "ingest", "no article text"))
    return store


def _undated(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "TIME", text)


def test_streamed_reports_are_the_whole_store_reports(tmp_path: Path) -> None:
    store = _store()
    data = ReportInput.from_store(store)
    report_stream.write(store, tmp_path)
    md, page = (tmp_path / "report.md").read_text(encoding="utf-8"), (tmp_path / "report.html").read_text(
        encoding="utf-8")
    assert _undated(md) == _undated(report.markdown(data))
    assert _undated(page) == _undated(report.html(data))
    # the case the stream has to read from the store: a claim citing another story's article
    assert "Outlet C" in md.split("## Floods in Velmora", 1)[1].split("\n## ", 1)[0]
    assert "## Overview" in md and "Rejected inputs" in md and "Stored but not analysed" in md


def test_a_second_rendering_encodes_no_line_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The section classifier's vectors are kept in the store: rendering again in a new process (an
    empty per-process cache) reads them instead of encoding, and writes the same reports."""
    store = _store()
    model = embedding._model()
    encoded: list[int] = []
    # ONNX Runtime's model is fed token ids (``encode_ids``), torch's model texts (``encode``): count both
    for method in ("encode", "encode_ids"):
        real = getattr(model, method, None)
        if real is None:
            continue

        def counted(texts: list[Any], *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            encoded.append(len(texts))
            return _real(texts, *args, **kwargs)

        monkeypatch.setattr(model, method, counted)
    for name in ("first", "second"):
        embedding.clear_cache()  # what a new process starts with
        (tmp_path / name).mkdir()
        report_stream.write(store, tmp_path / name)
        if name == "first":
            assert encoded  # the classifier's descriptions and the lines no cue decides
            encoded.clear()
    embedding.clear_cache()
    assert encoded == []
    for name in ("report.md", "report.html"):
        assert _undated((tmp_path / "first" / name).read_text(encoding="utf-8")) == _undated(
            (tmp_path / "second" / name).read_text(encoding="utf-8"))


def test_streamed_facts_json_is_the_whole_document() -> None:
    store = _store()
    f = io.StringIO()
    export.write_json(store, f)
    assert f.getvalue() == export.to_json(store)
    empty = io.StringIO()
    export.write_json(Store.open(":memory:"), empty)
    assert empty.getvalue() == export.to_json(Store.open(":memory:"))


def test_streamed_facts_json_writes_each_storys_contradictions_and_updates() -> None:
    store = _store()
    picture = store.pictures("s1")[0]
    lower = Claim(article="b/02", sentence="Nine people died in the district.", value=9, outlet="Outlet B",
                  as_of="2025-04-09", start=0, end=4)
    higher = Claim(article="a/01", sentence="At least 14 people were killed.", value=14, outlet="Outlet A",
                   as_of="2025-04-08")
    picture = replace(picture, contradictions=(Contradiction("figure", "killed", (lower, higher), "s1"),),
                      updates=(Update("figure", "killed", (higher, lower), "s1"),))
    store.save_picture(stories={"a/01": "s1", "b/02": "s1", "c/03": "s2"},
                       copies=[Copy("a/01", "b/02", 0.8, (), False)],
                       pictures={"s1": picture.to_dict(), "s2": {}}, labels={"s1": "Floods in Velmora"}, state={})
    f = io.StringIO()
    export.write_json(store, f)
    assert f.getvalue() == export.to_json(store)
    document = json.loads(f.getvalue())
    assert [c["claims"][0]["sentence"] for c in document["contradictions"]] == [lower.sentence]
    assert [u["claims"][0]["value"] for u in document["updates"]] == [14]
