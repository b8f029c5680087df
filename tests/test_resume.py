"""Kill a real ``groundwatch ingest`` process with SIGKILL, run again, and find every article
analysed exactly once: the same facts as a clean single run, nothing duplicated, nothing orphaned.

The kill has to land while the run is part-way; when a run finishes before it can be caught the
test retries on a larger corpus and fails (never passes vacuously) if no size could be caught.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from groundwatch import api
from groundwatch.interfaces import cli

SCRIPT = Path(sys.executable).with_name("groundwatch")

#: Corpus sizes tried in turn until the kill lands part-way through the phase aimed at.
SIZES = (40, 160, 480)
#: Small nlp.pipe batches spread the per-article commits out, so the window to kill in is wide;
#: the reference run uses the same settings, so the facts compare exactly.
CONFIG = "[pipeline]\nbatch_size = 4\n"
#: Generous: a cold start (imports, spaCy, the story model) takes ~20 s on the shared 2-core machine.
RUN_TIMEOUT_S = 600
POLL_S = 0.01

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCRIPT.exists(), reason=f"no groundwatch script next to {sys.executable}"),
]

Counts = dict[str, int]


def _counts(conn: sqlite3.Connection) -> Counts:
    rows = conn.execute("SELECT status, COUNT(*) FROM articles GROUP BY status").fetchall()
    return {str(status): int(n) for status, n in rows}


@dataclass(frozen=True)
class Killed:
    corpus: Path
    n: int
    db: Path
    at_kill: Counts  # statuses read from the store after the kill


def kill_part_way(make_corpus: Callable[..., Path], base: Path,
                  caught: Callable[[Counts, int], bool]) -> Killed:
    """Start ``groundwatch ingest`` on growing corpora and SIGKILL it once ``caught(counts, n)``."""
    config = base / "settings.toml"
    config.write_text(CONFIG, encoding="utf-8")
    for n in SIZES:
        corpus = make_corpus(n)
        (corpus / "zz_empty.txt").write_bytes(b"")  # one input rejected at ingest, every run
        db = base / f"killed-{n}.db"
        with (base / f"killed-{n}.log").open("wb") as log:
            command = [str(SCRIPT), "ingest", str(corpus), "--db", str(db), "--config", str(config), "-q"]
            proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=base)
            try:
                if _wait_for(proc, db, n, caught):
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=60)
                    if proc.returncode != -signal.SIGKILL:  # it finished just before the signal
                        continue
                    conn = sqlite3.connect(db)
                    try:
                        at_kill = _counts(conn)
                    finally:
                        conn.close()
                    if not caught(at_kill, n):  # the phase ended between the last poll and the signal
                        continue
                    return Killed(corpus, n, db, at_kill)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(timeout=60)
    pytest.fail(f"every run finished before it could be killed part-way (sizes {SIZES}); "
                "the resume path was not exercised")


def _wait_for(proc: subprocess.Popen[bytes], db: Path, n: int, caught: Callable[[Counts, int], bool]) -> bool:
    """Poll the store read-only (the writer uses WAL) until ``caught``; False if the run ended first."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    conn: sqlite3.Connection | None = None
    try:
        while proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"groundwatch ingest did not finish in {RUN_TIMEOUT_S}s")
            try:
                if conn is None and db.exists():
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
                if conn is not None and caught(_counts(conn), n):
                    return True
            except sqlite3.OperationalError:  # not created or migrated yet, or briefly locked
                pass
            time.sleep(POLL_S)
        return False
    finally:
        if conn is not None:
            conn.close()


def _analysing(counts: Counts, n: int) -> bool:
    return 0 < counts.get("analysed", 0) < n


def _ingesting(counts: Counts, n: int) -> bool:
    return 0 < sum(counts.values()) < n and "analysed" not in counts


_REFERENCE: dict[int, dict[str, Any]] = {}


def reference(corpus: Path, n: int, base: Path) -> dict[str, Any]:
    """Facts of a clean, uninterrupted run over the same corpus, in another store (once per size)."""
    if n not in _REFERENCE:
        config = base / "settings-ref.toml"
        config.write_text(CONFIG, encoding="utf-8")
        report = api.ingest([corpus], db=base / f"reference-{n}.db", config=config)
        try:
            assert report.summary.analysed == n
            _REFERENCE[n] = store_state(report.store.conn)
        finally:
            report.store.close()
    return _REFERENCE[n]


def store_state(conn: sqlite3.Connection) -> dict[str, Any]:
    facts: dict[str, list[tuple[str, int, str]]] = {}
    for aid, type_, seq, data in conn.execute("SELECT article_id, type, seq, data FROM facts ORDER BY id"):
        facts.setdefault(aid, []).append((type_, seq, data))
    return {
        "statuses": dict(conn.execute("SELECT id, status FROM articles").fetchall()),
        "facts": {aid: sorted(rows) for aid, rows in facts.items()},
        "orphans": conn.execute("SELECT COUNT(*) FROM facts WHERE article_id NOT IN "
                                "(SELECT id FROM articles WHERE status = 'analysed')").fetchone()[0],
        # By file name: the reference may have read a copy of the corpus in another folder.
        "rejections": [(Path(source).name, stage, reason) for source, stage, reason in
                       conn.execute("SELECT source, stage, reason FROM rejections ORDER BY id")],
        "unlinked": conn.execute("SELECT COUNT(*) FROM articles WHERE story_id IS NULL").fetchone()[0],
    }


def resume(killed: Killed, base: Path) -> tuple[str, dict[str, Any]]:
    result = CliRunner().invoke(cli.main, ["ingest", str(killed.corpus), "--db", str(killed.db),
                                           "--config", str(base / "settings.toml"), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(killed.db)
    try:
        return result.stderr, store_state(conn)
    finally:
        conn.close()


def assert_same_as_a_clean_run(state: dict[str, Any], killed: Killed, base: Path) -> None:
    expected = reference(killed.corpus, killed.n, base)
    ids = {f"{i:03d}_report" for i in range(killed.n)}
    assert state["statuses"] == dict.fromkeys(ids, "analysed")
    assert set(state["facts"]) == ids
    for aid in sorted(ids):  # per article, so a failure names the article
        assert state["facts"][aid] == expected["facts"][aid], aid
    assert state["orphans"] == 0
    assert state["unlinked"] == 0
    assert state["rejections"] == expected["rejections"]
    assert [(name, stage) for name, stage, _ in state["rejections"]] == [("zz_empty.txt", "ingest")]


def test_killed_during_analysis_resumes_without_redoing_or_duplicating(
        make_corpus: Callable[..., Path], tmp_path: Path) -> None:
    killed = kill_part_way(make_corpus, tmp_path, _analysing)
    done = killed.at_kill.get("analysed", 0)
    assert 0 < done < killed.n, killed.at_kill
    assert killed.at_kill == {"analysed": done, "ingested": killed.n - done}  # nothing half-stored

    summary, state = resume(killed, tmp_path)
    n = killed.n
    # Ingest had finished: everything is read as unchanged and only the rest is analysed.
    assert f"read {n} articles (0 new, 0 changed, {n} unchanged); analysed {n - done};" in summary
    assert_same_as_a_clean_run(state, killed, tmp_path)


def test_killed_during_ingest_resumes_without_duplicating(
        make_corpus: Callable[..., Path], tmp_path: Path) -> None:
    killed = kill_part_way(make_corpus, tmp_path, _ingesting)
    stored = killed.at_kill.get("ingested", 0)
    assert 0 < stored < killed.n and set(killed.at_kill) == {"ingested"}, killed.at_kill

    summary, state = resume(killed, tmp_path)
    n = killed.n
    assert f"read {n} articles ({n - stored} new, 0 changed, {stored} unchanged); analysed {n};" in summary
    assert_same_as_a_clean_run(state, killed, tmp_path)
