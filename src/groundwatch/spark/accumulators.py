"""Accumulators beyond Spark's sums: the peak memory of the Python workers (issue 12's per-executor figure)."""

from __future__ import annotations

import resource
import sys

from pyspark.accumulators import AccumulatorParam


class MaxParam(AccumulatorParam[int]):
    """An accumulator whose value is the largest number any task added."""

    def zero(self, value: int) -> int:
        return 0

    def addInPlace(self, value1: int, value2: int) -> int:
        return max(value1, value2)


def peak_rss_mb() -> int:
    """This process's peak resident set size so far, in MiB (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak / (1024 * 1024 if sys.platform == "darwin" else 1024))
