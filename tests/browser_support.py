"""What the browser tests share: the Chromium they drive, a free port, and a copy of the served store.

tests/ is on ``sys.path`` (pytest puts the root conftest's folder there), so both
tests/interfaces/test_browser.py and tests/monitor/test_changes_browser.py import this.
"""

from __future__ import annotations

import socket
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    port = free_port()
    log = (db.parent / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "groundwatch.interfaces.cli", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            if proc.poll() is not None:
                raise AssertionError(f"server exited: {(db.parent / 'server.log').read_text()}")
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("server did not start")
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
