"""The sentence parses kept in the store (reconcile/parse_store.py): read back, they are the parses
the pipeline gives; a new process reads them instead of parsing; another pipeline's or another
text's row is never read. Invented sentences only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from groundwatch.stages.reconcile import common, parse_store
from groundwatch.store.sqlite import Store

_LINES = ["Militia fighters shelled the market in Durnholt on Friday, the provincial governor said.",
          "The Red Crescent of Velmar said 14 people were missing after the ferry capsized near Orlen.",
          "Talks between the two sides resumed in Kessburg on 9 April under the envoy Mara Ostrova."]


def _sig(doc: Any) -> tuple[Any, ...]:
    """Every token attribute the reconcile and event passes read, and the Doc's spans."""
    return ([(t.text, t.whitespace_, t.idx, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i,
              t.is_sent_start, t.ent_iob_, t.ent_type_, t.norm_, t.is_stop, t.like_num) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents], [(s.start, s.end) for s in doc.sents],
            [(c.start, c.end) for c in doc.noun_chunks])


@pytest.fixture
def parsed_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many sentences the pipeline parses (prime's batches and parse's single calls)."""
    from groundwatch import nlp

    calls: list[int] = []
    pipeline = nlp.load()
    parse_store.model_name()  # named after the real pipeline before it is wrapped

    class Counting:
        vocab = pipeline.vocab

        def __call__(self, text: str) -> Any:
            calls.append(1)
            return pipeline(text)

        def pipe(self, texts: list[str], **kwargs: Any) -> Any:
            calls.append(len(texts))
            return pipeline.pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "load", lambda *_: Counting())
    common.clear_cache()
    yield calls
    common.clear_cache()


def test_a_stored_parse_reads_back_as_the_parse(tmp_path: Path, parsed_calls: list[int]) -> None:
    store = Store.open(tmp_path / "p.db")
    with parse_store.persisted(store):
        common.prime(_LINES[:2])
        fresh = [_sig(common.parse(s)) for s in _LINES[:2]]
        fresh.append(_sig(common.parse(_LINES[2])))  # a single parse is stored too
    assert parsed_calls == [2, 1]
    common.clear_cache()  # what a new process starts with
    with parse_store.persisted(Store.open(tmp_path / "p.db")):
        common.prime(_LINES)
        again = [_sig(common.parse(s)) for s in _LINES]
    assert parsed_calls == [2, 1]  # all three read from the store, none parsed
    assert again == fresh


def test_outside_the_block_the_store_is_neither_read_nor_written(tmp_path: Path, parsed_calls: list[int]) -> None:
    store = Store.open(tmp_path / "p.db")
    common.prime(_LINES[:1])
    assert store.parses([parse_store.key(_LINES[0])], parse_store.model_name()) == {}
    with parse_store.persisted(store):
        common.parse(_LINES[1])
    common.clear_cache()
    common.parse(_LINES[1])
    assert parsed_calls == [1, 1, 1]


def test_another_pipeline_or_text_is_never_read(tmp_path: Path, parsed_calls: list[int]) -> None:
    from groundwatch import nlp

    store = Store.open(tmp_path / "p.db")
    other_text = parse_store.to_bytes(nlp.load()(_LINES[1]))
    # a row under this sentence's key whose parse is another sentence's (a collision), and a row of another pipeline
    store.save_parses([(parse_store.key(_LINES[0]), other_text)], parse_store.model_name())
    store.save_parses([(parse_store.key(_LINES[2]), other_text)], parse_store.model_name() + "+other")
    parsed_calls.clear()
    with parse_store.persisted(store):
        common.prime([_LINES[0], _LINES[2]])
        assert [common.parse(s).text for s in (_LINES[0], _LINES[2])] == [_LINES[0], _LINES[2]]
    assert parsed_calls == [2]


def test_the_pipeline_name_changes_with_the_component_source(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    from groundwatch import nlp

    name = parse_store.model_name()
    assert "nlp.py:" in name and "parser" in name
    changed = tmp_path / "nlp.py"
    changed.write_text(Path(nlp.__file__).read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    monkeypatch.setattr(nlp, "__file__", str(changed))
    parse_store.model_name.cache_clear()
    try:
        assert parse_store.model_name() != name
    finally:
        monkeypatch.undo()
        parse_store.model_name.cache_clear()
    assert parse_store.model_name() == name
