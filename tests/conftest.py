"""The only conftest: shared fixtures for the whole suite (STYLE.md practice 9)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
DEV_CORPUS = SHARED_EVAL / "dev" / "karabakh-2023"
DEV_GOLD = SHARED_EVAL / "dev" / "karabakh-2023.gold.json"
DATES_DEV = SHARED_EVAL / "dates-dev"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole session."""
    from groundwatch import nlp as gw_nlp

    return gw_nlp.load()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval, or skip: the dev corpus is other people's writing and is not in the repo."""
    if not (SHARED_EVAL / "score.py").is_file():
        pytest.skip(f"../shared/eval is absent ({SHARED_EVAL}); dev-corpus checks need it")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def scorer(shared_eval: Path):  # type: ignore[no-untyped-def]
    """../shared/eval/score.py as a module (its ``score`` and ``check_gold``), loaded once."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gw_shared_score", shared_eval / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev_corpus(shared_eval: Path) -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"dev corpus absent: {DEV_CORPUS}")
    return DEV_CORPUS


@pytest.fixture()
def memory_db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


_TOWNS = ("Marrowgate", "Tessel", "Brinmouth", "Oldcastle", "Fenwick", "Harrowby")
_OUTLETS = ("The Harbour Post", "Veloria Today", "Northern Courier", "Kastavia Wire", "Daily Lantern")


def invented_article(i: int) -> str:
    """An invented news article (fiction: no real people or places), distinct for each ``i``."""
    town = _TOWNS[i % len(_TOWNS)]
    return (
        f"Floods cut off {town} as rivers rise for a {i + 2}th day\n\n"
        f"Rescue teams in {town} evacuated {40 + i} residents on Tuesday after the river burst its banks, "
        f"regional officials said.\n\n"
        f"At least {i % 7 + 2} people were killed and {10 + i} were injured when a bridge collapsed near the "
        f"market, according to the fire service.\n\n"
        f'"We are doing everything we can to reach the villages upstream," Interior Minister Ilse Varnholt '
        f"told reporters in {town}.\n\n"
        f"Aid agencies said {3 + i} trucks of food and water had arrived by Wednesday morning.\n"
    )


@pytest.fixture()
def make_corpus(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write ``n`` invented .txt articles (and a manifest) under tmp_path/corpus; returns the folder."""
    import json

    def make(n: int = 6, manifest: bool = True) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        entries = []
        for i in range(n):
            name = f"{i:03d}_report.txt"
            (folder / name).write_text(invented_article(i), encoding="utf-8")
            entries.append({"file": name, "outlet": _OUTLETS[i % len(_OUTLETS)],
                            "published": f"2025-03-{10 + i % 18:02d}", "url": None, "language": "en"})
        if manifest:
            (folder / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")
        return folder

    return make


EVAL_BASELINE = REPO / "tests" / "eval_baseline.json"


@pytest.fixture(scope="session")
def eval_floor():  # type: ignore[no-untyped-def]
    """``eval_floor(corpus, measure, part="whole")``: the floor tests/eval_gate.py keeps for it.

    tests/eval_baseline.json holds the project's only floors on evaluation scores; a unit test that
    scores a stage on a corpus reads its floor from there instead of keeping a second number.
    """
    import json

    corpora = json.loads(EVAL_BASELINE.read_text(encoding="utf-8"))["corpora"]

    def floor(corpus: str, measure: str, part: str = "whole") -> float:
        try:
            return float(corpora[corpus]["floors"][part][measure])
        except KeyError:
            pytest.fail(f"{EVAL_BASELINE.name} has no {part} floor for {corpus} {measure}")

    return floor
