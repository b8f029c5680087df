"""What the browser tests share: the Chromium they drive, ``groundwatch serve`` on a port of its own, and a
copy of the served store.

tests/ is on ``sys.path`` (pytest puts the root conftest's folder there), so
tests/interfaces/test_browser.py and tests/monitor/test_changes_browser.py import this, and
tests/monitor/test_watch_process.py its ``started``.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


#: Seconds ``serve`` may take to bind (imports and the app's start: tens of seconds on a loaded 2-core machine).
START_S = 240
#: uvicorn's start line, which names the port the kernel gave to ``--port 0``.
_RUNNING = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")


def started(proc: subprocess.Popen[bytes], log: Path, seconds: float = START_S) -> str:
    """The base URL of a ``serve --port 0`` process once it listens, read from its log.

    The server binds port 0 itself: a port picked free here and bound later by the server can be
    taken in between (by any connection on a shared machine).
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := _RUNNING.search(log.read_text(errors="replace")):
            return found.group(1)
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text(errors='replace')}")
        time.sleep(0.2)
    raise AssertionError(f"server did not start within {seconds} s: {log.read_text(errors='replace')}")


def served_copy(tmp_path_factory: pytest.TempPathFactory, folder: str) -> Path:
    """A fresh copy of the web tests' store (tests/interfaces/test_http.build_store) to serve.

    Skips the test when Chromium or Playwright is missing (``make browser`` installs them).
    """
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: run scripts/install-browser.sh (make browser)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements-test.lock)")
    sys.path.insert(0, str(Path(__file__).parent / "interfaces"))
    try:
        from test_http import build_store
    finally:
        sys.path.pop(0)
    built = build_store(tmp_path_factory.getbasetemp())
    db = tmp_path_factory.mktemp(folder) / "served.db"
    src, dst = sqlite3.connect(built), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


@contextmanager
def serving(db: Path, warm: tuple[str, ...] = (), warm_seconds: float = 600) -> Iterator[str]:
    """``groundwatch serve`` on ``db`` at a free loopback port; yields its base URL once it answers.

    ``warm``: pages fetched before the browser's own timeouts apply (the first one builds the
    store's picture: minutes on a loaded machine).
    """
    log_path = db.parent / "server.log"
    log = log_path.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "groundwatch.interfaces.cli", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", "0"], stdout=log, stderr=subprocess.STDOUT)
    try:
        base = started(proc, log_path)
        with urllib.request.urlopen(base + "/api/health", timeout=warm_seconds) as r:
            assert r.status == 200
        for path in warm:
            with urllib.request.urlopen(base + path, timeout=warm_seconds) as r:
                r.read()
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
        log.close()
