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
def dev_corpus(shared_eval: Path) -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"dev corpus absent: {DEV_CORPUS}")
    return DEV_CORPUS


@pytest.fixture()
def memory_db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()
