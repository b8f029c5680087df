"""Tests of the reconcile package's modules, one file per module; they build invented articles with the
``Builder`` of ``tests/stages/test_reconcile.py``, which this folder's tests import by name."""

import sys
from pathlib import Path

_STAGES = str(Path(__file__).resolve().parents[1])
if _STAGES not in sys.path:
    sys.path.insert(0, _STAGES)
