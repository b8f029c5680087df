"""What the browser tests share: the Chromium they drive, a free port, and a copy of the served store.

tests/ is on ``sys.path`` (pytest puts the root conftest's folder there), so both
tests/interfaces/test_browser.py and tests/monitor/test_changes_browser.py import this.
"""

from __future__ import annotations

import socket
import sqlite3
import sys
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
