"""Tests for the lexicons kept as data (groundwatch/data/*.tsv)."""

from __future__ import annotations

import pytest

from groundwatch import lexicons


@pytest.mark.parametrize("name", lexicons.NAMES)
def test_every_entry_says_why(name: str) -> None:
    rows = lexicons.load(name)
    assert rows
    for entry, row in rows.items():
        assert entry == entry.strip().lower() and "." not in entry, entry
        assert row["why"], f"{name}: {entry} has no why"


def test_kinds_select_entries() -> None:
    titles = lexicons.words("roles", kind="title")
    assert {"minister", "spokeswoman", "sen"} <= titles
    assert "ministry" not in titles
    assert "vice" in lexicons.words("roles", kind="qualifier") and "vice" in titles
    assert "statement" in lexicons.words("roles", kind="document")
    assert lexicons.words("roles", kind="body|group") >= {"ministry", "officials"}


def test_gender_column() -> None:
    assert "ms" in lexicons.words("honorifics", gender="f")
    assert "dr" not in lexicons.words("honorifics", gender="m|f")


def test_unknown_lexicon() -> None:
    with pytest.raises(KeyError):
        lexicons.load("months-of-mars")
