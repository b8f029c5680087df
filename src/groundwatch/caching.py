"""The per-user cache of things groundwatch builds from its installed data: fitted weights and indexes.

Everything here is rebuilt when absent, stale or damaged, so the cache only saves time: a cold
start (a new machine, container or Spark executor) builds, and later processes read. Entries are
keyed by a hash of what they were built from; a new key replaces the entry of the older one.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """Where built things are kept: ``$XDG_CACHE_HOME/groundwatch`` (default ``~/.cache/groundwatch``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "groundwatch"


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Building or unpickling an index of a million small tuples triggers a collection every few
    hundred allocations, each walking every tracked object so far: the town index built in 10.5 s
    CPU with it and 5.9 s without, and unpickled in 2.4 s against 1.1 s (one process each).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(name: str, key: str) -> Any | None:
    """The value saved as ``name`` under ``key``, or None when there is none (or it cannot be read)."""
    try:
        with (cache_dir() / f"{name}-{key}.pickle").open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, ValueError):
        return None


def save(name: str, key: str, value: Any) -> None:
    """Keep ``value`` as ``name`` under ``key`` (written whole or not at all), dropping older keys'."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:  # a read-only or full home only costs the next process a rebuild
        return
