"""``groundwatch watch`` as a process: SIGKILL and restart lose and duplicate nothing; SIGTERM exits 0;
``serve`` answers on the same store while ``watch`` writes it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import texts

from browser_support import started

CLI = [sys.executable, "-m", "groundwatch.interfaces.cli"]
#: Seconds allowed for a cycle that loads the models (minutes on a loaded 2-core machine).
CYCLE_WAIT = 900


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    except sqlite3.OperationalError:
        return []
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
    finally:
        conn.close()


def _wait(predicate: object, seconds: float, what: str, proc: subprocess.Popen[bytes] | None = None,
          log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"process ended ({proc.returncode}) before {what}: "
                                 f"{log.read_text() if log else ''}")
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    """A process whose output goes to ``log`` (pipes left unread would fill up, and leak when unclosed)."""
    with log.open("ab") as out:
        return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=out)


#: Seconds a page may take while the watch analyses beside it: the first page builds the picture of the
#: whole store, and on a shared 2-core machine under a full test run that took over a minute.
REQUEST_WAIT = 300


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=REQUEST_WAIT) as r:
        r.read()
        return int(r.status)


@pytest.mark.slow
def test_kill_restart_term_and_serve_alongside(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "storm.txt").write_text(texts.FOLDER_1, encoding="utf-8")
    (folder / "reopens.txt").write_text(texts.FOLDER_2, encoding="utf-8")
    (folder / "flood.txt").write_text("Floods in Dunmere\n\n" + texts.VALLEY_1 + "\n", encoding="utf-8")
    db = tmp_path / "gw.db"
    watch = [*CLI, "watch", str(folder), "--db", str(db), "--every", "1h"]

    # 1. Killed after storing the articles, before analysing them: nothing is finished yet.
    logs = {name: tmp_path / f"{name}.log" for name in ("first", "serve", "second")}
    first = _start(watch, logs["first"])
    _wait(lambda: _query(db, "SELECT COUNT(*) FROM articles") == [(3,)], 300, "the articles stored", first,
          logs["first"])
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    assert _query(db, "SELECT COUNT(*) FROM monitor_cycles WHERE finished_at IS NULL") == [(1,)]

    # 2. Restarted, with the web app serving the same store meanwhile.
    serve = _start([*CLI, "serve", "--db", str(db), "--port", "0"], logs["serve"])
    second = _start(watch, logs["second"])
    try:
        base = started(serve, logs["serve"])
        _wait(lambda: _answers(f"{base}/api/health"), 120, "serve", serve, logs["serve"])
        statuses: list[int] = []
        while not _query(db, "SELECT id FROM monitor_cycles WHERE finished_at IS NOT NULL") or len(statuses) < 8:
            assert second.poll() is None, logs["second"].read_text()
            for path in ("/api/changes", "/api/stories", "/changes", "/api/health"):
                statuses.append(_get(f"{base}{path}"))
            time.sleep(0.5)
            assert len(statuses) < CYCLE_WAIT * 8, "the resumed cycle never finished"
        assert statuses and set(statuses) == {200}
        changes = json.loads(urllib.request.urlopen(
            f"{base}/api/changes?since=1&limit=500", timeout=60).read())
        assert changes["total"] >= 2
        # 3. SIGTERM while it waits for the next cycle: a clean exit.
        second.send_signal(signal.SIGTERM)
        assert second.wait(60) == 0, logs["second"].read_text()
    finally:
        for proc in (second, serve):
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
    assert _query(db, "SELECT COUNT(*), COUNT(DISTINCT id) FROM articles") == [(3, 3)]
    assert _query(db, "SELECT COUNT(*) FROM monitor_cycles") == [(1,)]  # the killed cycle was resumed
    new = _query(db, "SELECT story_id FROM monitor_changes WHERE kind = 'new_story'")
    assert len(new) == len(set(new)) >= 2

    # 4. Once more: nothing new, an empty change set.
    third = subprocess.run([*CLI, "watch", str(folder), "--db", str(db), "--once"], capture_output=True,
                           timeout=CYCLE_WAIT)
    assert third.returncode == 0, third.stderr.decode()
    assert "0 change(s)" in third.stderr.decode()
    listed = subprocess.run([*CLI, "changes", "--db", str(db), "--since", "1", "--format", "json"],
                            capture_output=True, timeout=120)
    assert len(json.loads(listed.stdout)) == changes["total"]
    health = subprocess.run([*CLI, "sources", "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert "\tfolder\tok\t" in health.stdout and "items seen: 3" in health.stdout


def _answers(url: str) -> bool:
    try:
        return _get(url) == 200
    except OSError:
        return False
