"""The stage registry is a public contract: its snapshot changes only on purpose, and the runner
refuses a stage that returns something other than what it declares."""

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from groundwatch import pipeline
from groundwatch.records import Article, Copy, Corpus, StoryAssignment
from groundwatch.stages.registry import Stage, StageTypeError, checked, load_stages, stage

SNAPSHOT = Path(__file__).with_name("stages.json")


def _current() -> dict[str, dict[str, object]]:
    return {name: {"version": st.version, "kind": st.kind, "inputs": [t.__name__ for t in st.inputs],
                   "output": [t.__name__ for t in st.output], "produces": st.produces}
            for name, st in sorted(load_stages().items())}


def test_registry_matches_snapshot() -> None:
    assert _current() == json.loads(SNAPSHOT.read_text()), (
        "the stage registry changed; if on purpose, update tests/stages.json")


def test_the_runner_runs_exactly_the_registered_stages_in_order() -> None:
    assert [st.name for st in pipeline.stages()] == list(pipeline.STAGES)
    assert set(pipeline.STAGES) == set(load_stages())
    # Linking comes after every per-article stage, and each corpus stage fills its own field.
    kinds = [st.kind for st in pipeline.stages()]
    assert kinds == sorted(kinds, key=lambda k: k == "corpus")
    fields = [st.produces for st in pipeline.stages("corpus")]
    assert len(set(fields)) == len(fields) and all(f in Corpus.__dataclass_fields__ for f in fields)


def _stage(kind: str, output: Any, produces: str | None = None) -> Stage:
    return Stage("probe", "probe.v1", kind, (), output, lambda *a: None, produces)  # type: ignore[arg-type]


def test_an_article_stage_must_return_its_declared_record() -> None:
    art = Article(id="a", source="a.txt", body="Text.", format="txt")
    assert checked(_stage("article", (Article,)), art) is art
    with pytest.raises(StageTypeError, match=r"probe\.v1 returned dict, expected Article"):
        checked(_stage("article", (Article,)), {"id": "a"})


def test_a_corpus_stage_must_return_the_corpus_with_its_field_of_declared_records() -> None:
    corpus = Corpus(items=())
    good = replace(corpus, copies=(Copy("a", "b", 0.9),))
    assert checked(_stage("corpus", (Copy,), "copies"), good) is good
    with pytest.raises(StageTypeError, match="expected Corpus"):
        checked(_stage("corpus", (Copy,), "copies"), good.copies)
    bad = replace(corpus, copies=(StoryAssignment("a", "s1"),))  # type: ignore[arg-type]
    with pytest.raises(StageTypeError, match=r"Corpus\.copies with StoryAssignment"):
        checked(_stage("corpus", (Copy,), "copies"), bad)


def test_registration_rules() -> None:
    with pytest.raises(ValueError, match=r"must read 'probe\.v<n>'"):
        stage("probe", version="other.v1", kind="article", inputs=(), output=Article)
    with pytest.raises(ValueError, match="names the Corpus field"):
        stage("probe", version="probe.v1", kind="corpus", inputs=(), output=Copy, produces="nothing")
    with pytest.raises(ValueError, match="registered twice"):
        stage("copies", version="copies.v1", kind="corpus", inputs=(), output=Copy, produces="copies")(
            lambda corpus, settings: corpus)
