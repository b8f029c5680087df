"""The Python API behind the CLI and the web app.

    >>> import groundwatch
    >>> picture = groundwatch.run(["examples/"], db="gw.db", out="report/")   # doctest: +SKIP
    >>> picture.summary.analysed, len(picture.stories)                        # doctest: +SKIP
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groundwatch import pipeline
from groundwatch.errors import ConfigError
from groundwatch.settings import Settings
from groundwatch.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class Report:
    """The result of a run: what it did, and the picture now in the store."""

    summary: pipeline.RunSummary
    store: Store
    facts: dict[str, Any]  # the facts export (SCHEMA.md) of the whole store
    out: Path | None = None

    @property
    def articles(self) -> list[dict[str, Any]]:
        return list(self.facts["articles"])

    @property
    def stories(self) -> list[dict[str, Any]]:
        return list(self.facts["stories"])

    @property
    def article_count(self) -> int:
        return sum(1 for a in self.facts["articles"] if a["status"] in ("analysed", "not_analysed"))


def ingest(paths: Sequence[str | Path], *, manifest: str | Path | None = None, db: str | Path = "groundwatch.db",
           config: str | Path | None = None, progress: pipeline.Progress | None = None) -> Report:
    """Read, clean, analyse and store ``paths``; relink stories. Writes no files besides ``db``.

    Args:
        paths: files or folders (read recursively).
        manifest: optional manifest JSON (see README); ``manifest.json`` in a folder is read anyway.
        db: SQLite file (``":memory:"`` for a throwaway store).
        config: optional TOML overriding ``defaults.toml``.
        progress: wraps the analysis loop, e.g. with a progress bar.

    Returns:
        A :class:`Report` over the whole store.
    """
    from groundwatch.stages.export import facts_document

    settings = Settings.load(config)
    store = Store.open(db)
    summary = pipeline.run(paths, manifest=manifest, store=store, settings=settings,
                           progress=progress or pipeline.no_progress)
    return Report(summary=summary, store=store, facts=facts_document(store))


def run(paths: Sequence[str | Path], *, manifest: str | Path | None = None, db: str | Path = "groundwatch.db",
        out: str | Path | None = "groundwatch-report", config: str | Path | None = None,
        progress: pipeline.Progress | None = None) -> Report:
    """The main job: :func:`ingest`, then write facts.json, report.md and report.html to ``out``.

    Args:
        paths: files or folders (read recursively).
        manifest: optional manifest JSON.
        db: SQLite file.
        out: folder for the outputs, or None to write nothing.
        config: optional TOML overriding ``defaults.toml``.
        progress: wraps the analysis loop, e.g. with a progress bar.

    Returns:
        A :class:`Report`; ``report.facts`` is the facts export.
    """
    report = ingest(paths, manifest=manifest, db=db, config=config, progress=progress)
    if out is None:
        return report
    _write(report.store, report.facts, Path(out))
    return Report(summary=report.summary, store=report.store, facts=report.facts, out=Path(out))


def write_outputs(db: str | Path, out: str | Path) -> Path:
    """Write facts.json, report.md and report.html for an existing store."""
    from groundwatch.stages.export import facts_document

    store = Store.open(db)
    _write(store, facts_document(store), Path(out))
    return Path(out)


def _write(store: Store, facts: dict[str, Any], out: Path) -> None:
    from groundwatch.stages import report as report_stage

    out.mkdir(parents=True, exist_ok=True)
    (out / "facts.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
    # The renderers annotate what they are given (citation anchors); the caller's facts stay the export.
    (out / "report.md").write_text(report_stage.markdown(store, copy.deepcopy(facts)), encoding="utf-8")
    (out / "report.html").write_text(report_stage.html(store, copy.deepcopy(facts)), encoding="utf-8")


def export(db: str | Path, fmt: str) -> str:
    """The store as ``facts-json``, ``jsonl``, ``csv`` or ``geojson`` text.

    Raises:
        ConfigError: an unknown format.
    """
    from groundwatch.stages import export as ex

    store = Store.open(db)
    if fmt == "facts-json":
        return ex.to_json(store) + "\n"
    if fmt == "jsonl":
        return "".join(line + "\n" for line in ex.to_jsonl(store))
    if fmt == "csv":
        return ex.to_csv(store)
    if fmt == "geojson":
        return json.dumps(ex.to_geojson(store), ensure_ascii=False) + "\n"
    raise ConfigError(f"unknown export format {fmt!r}")
