"""The README's Parquet schema lists what schema.py declares (no Spark needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.spark import schema

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Running on a cluster", 1)[1].split("\n## ", 1)[0]


def _documented() -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in SECTION.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] not in ("table", "---"):
            for name in cells[0].split(","):
                rows[name.strip()] = cells[1]
    return rows


@pytest.mark.issue(12)
@pytest.mark.parametrize("table", sorted(schema.TABLES))
def test_readme_documents_every_parquet_column(table: str) -> None:
    documented = _documented()
    assert table in documented, f"README's cluster section lacks table {table}"
    columns = [c for c, _ in schema.TABLES[table]]
    if table in schema.FACT_TABLES:
        assert documented[table].startswith("provenance")
        columns = columns[len(schema.SPAN):]
    missing = [c for c in columns if c not in documented[table]]
    assert not missing, f"README's {table} row lacks {missing}"
