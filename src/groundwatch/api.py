"""The Python API behind the CLI and the web app.

    >>> import groundwatch
    >>> picture = groundwatch.run(["examples/"], db="gw.db", out="report/")   # doctest: +SKIP
    >>> picture.summary.analysed, len(picture.stories)                        # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groundwatch import pipeline
from groundwatch.errors import ConfigError
from groundwatch.records import EventRecord, StoryPicture
from groundwatch.settings import Settings
from groundwatch.store.pruning import CacheRows
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
    def pictures(self) -> list[StoryPicture]:
        """Every story's reconciled picture, as records (what the report renders)."""
        return self.store.pictures()

    @property
    def events(self) -> list[EventRecord]:
        """Every story's event records (who did what to whom, where and when), with provenance."""
        return self.store.events()

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

    summary, store = _ingest(paths, manifest, db, config, progress)
    return Report(summary=summary, store=store, facts=facts_document(store))


def _ingest(paths: Sequence[str | Path], manifest: str | Path | None, db: str | Path, config: str | Path | None,
            progress: pipeline.Progress | None) -> tuple[pipeline.RunSummary, Store]:
    settings = Settings.load(config)
    store = Store.open(db)
    summary = pipeline.run(paths, manifest=manifest, store=store, settings=settings,
                           progress=progress or pipeline.no_progress)
    return summary, store


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
    from groundwatch.stages.export import facts_document

    summary, store = _ingest(paths, manifest, db, config, progress)
    if out is not None:
        _write(store, Path(out))
    return Report(summary=summary, store=store, facts=facts_document(store), out=None if out is None else Path(out))


@dataclass(frozen=True, slots=True)
class Written:
    """What :func:`run_to_files` did: like :class:`Report` without the facts export in memory."""

    summary: pipeline.RunSummary
    store: Store
    out: Path | None = None

    @property
    def article_count(self) -> int:
        """Stored articles that are analysed or not analysed (:attr:`Report.article_count`)."""
        counts = self.store.counts()
        return counts.get("analysed", 0) + counts.get("not_analysed", 0)


def run_to_files(paths: Sequence[str | Path], *, manifest: str | Path | None = None,
                 db: str | Path = "groundwatch.db", out: str | Path | None = "groundwatch-report",
                 config: str | Path | None = None, progress: pipeline.Progress | None = None) -> Written:
    """:func:`run` for the CLI, in bounded memory: the facts export is never held whole, and spaCy
    is released before the outputs are written (it is loaded again if the process analyses more).

    Args and the files written: as :func:`run`.
    """
    summary, store = _ingest(paths, manifest, db, config, progress)
    if out is None:
        return Written(summary, store)
    pipeline.release_analysis_memory()
    _write(store, Path(out))
    return Written(summary, store, Path(out))


def write_outputs(db: str | Path, out: str | Path) -> Path:
    """Write facts.json, report.md and report.html for an existing store."""
    _write(Store.open(db), Path(out))
    return Path(out)


def _write(store: Store, out: Path) -> None:
    from groundwatch.stages import report_stream
    from groundwatch.stages.export import write_json

    out.mkdir(parents=True, exist_ok=True)
    with (out / "facts.json").open("w", encoding="utf-8") as f:
        write_json(store, f)
    report_stream.write(store, out)


def prune_caches(db: str | Path, *, config: str | Path | None = None, vacuum: bool = False) -> list[CacheRows]:
    """Delete the rows of the store's ``vectors`` and ``parses`` tables that nothing reads any more
    (a changed article's old texts, rows of a model or spaCy pipeline no longer installed); returns
    what was deleted per table and model. The kept rows are those a full link, the report and the
    articles' story leads read or write, in this process with its caches emptied first, so every row
    they ask for is read from the store; that relink stores the same picture (a full link equals the
    incremental ones). With ``vacuum``, the file is compacted afterwards (deleted rows otherwise leave
    free pages).
    """
    import tempfile

    from groundwatch.stages import embedding, sections
    from groundwatch.stages.reconcile import common
    from groundwatch.stages.stories import lead_text
    from groundwatch.store import pruning

    store = Store.open(db)
    try:
        embedding.clear_cache()
        common.clear_cache()
        sections.clear_cache()
        kept: dict[str, set[tuple[bytes, str]]] = {table: set() for table in pruning.CACHE_TABLES}
        store.cache_reads = kept
        pipeline.link(store, Settings.load(config), full=True)
        with embedding.persisted(store):
            # A full link places no article already in a story, so it reads no lead; replaying an
            # analyst's merge or split rebuilds the stories it changes from their members' leads.
            embedding.prefetch(lead_text(c, f) for c, f in store.analysed())
        with tempfile.TemporaryDirectory(prefix="groundwatch-prune-") as out:
            _write(store, Path(out))
        store.cache_reads = None
        gone = pruning.prune(store.conn, kept)
        if vacuum:
            store.conn.execute("VACUUM")
        return gone
    finally:
        store.close()


def export(db: str | Path, fmt: str) -> str:
    """The store as ``facts-json``, ``jsonl``, ``csv``, ``geojson``, ``acled-csv`` or ``events-json`` text.

    Raises:
        ConfigError: an unknown format.
    """
    from groundwatch.stages import export as ex
    from groundwatch.stages import export_events

    store = Store.open(db)
    if fmt == "facts-json":
        return ex.to_json(store) + "\n"
    if fmt == "jsonl":
        return "".join(line + "\n" for line in ex.to_jsonl(store))
    if fmt == "csv":
        return ex.to_csv(store)
    if fmt == "geojson":
        return json.dumps(ex.to_geojson(store), ensure_ascii=False) + "\n"
    if fmt == "acled-csv":
        return export_events.to_acled_csv(store.events(), store.events_updated_at())
    if fmt == "events-json":
        return export_events.to_events_json(store.events()) + "\n"
    raise ConfigError(f"unknown export format {fmt!r}")


def stories(db: str | Path) -> dict[str, list[str]]:
    """Every story of the store and its articles (story id -> article ids, both in id order)."""
    store = Store.open(db)
    try:
        return _members(store)
    finally:
        store.close()


def merge_stories(db: str | Path, keep: str, others: Sequence[str], config: str | Path | None = None
                  ) -> dict[str, list[str]]:
    """Fold stories ``others`` into ``keep``, record it (replayed on every later run) and relink.

    Raises:
        InputError: an unknown story id, or a story merged with itself.
    """
    from groundwatch.errors import InputError
    from groundwatch.records import StoryOverride

    store = Store.open(db)
    try:
        known = _members(store)
        for sid in (keep, *others):
            if sid not in known:
                raise InputError(f"no story {sid!r} in {db}")
        if keep in others or len(set(others)) != len(others) or not others:
            raise InputError("merge needs two or more different stories")
        for other in others:
            store.add_story_override(StoryOverride("merge", keep, other))
        pipeline.link(store, Settings.load(config))
        return _members(store)
    finally:
        store.close()


def split_story(db: str | Path, story: str, articles: Sequence[str], config: str | Path | None = None
                ) -> tuple[str, dict[str, list[str]]]:
    """Move ``articles`` out of ``story`` into a new story, record it and relink.

    Returns:
        The new story's id and every story's articles.

    Raises:
        InputError: an unknown story, an article not in it, or every article of it.
    """
    from groundwatch.errors import InputError
    from groundwatch.records import StoryOverride
    from groundwatch.stages.story_edits import reserve_story_id

    store = Store.open(db)
    try:
        members = _members(store).get(story)
        if members is None:
            raise InputError(f"no story {story!r} in {db}")
        outside = [a for a in articles if a not in members]
        if outside or not articles:
            raise InputError(f"not articles of story {story}: {', '.join(outside) or '(none given)'}")
        if set(articles) == set(members):
            raise InputError(f"{story} has no other article: splitting all of it out would only rename it")
        new_id, index = reserve_story_id(store.get_state("story_index"))
        store.add_story_override(StoryOverride("split", story, new_id, tuple(dict.fromkeys(articles))),
                                 state={"story_index": index})
        pipeline.link(store, Settings.load(config))
        return new_id, _members(store)
    finally:
        store.close()


def _members(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in store.article_rows("story_id IS NOT NULL"):
        out.setdefault(r["story_id"], []).append(r["id"])
    return dict(sorted(out.items(), key=lambda kv: (len(kv[0]), kv[0])))
