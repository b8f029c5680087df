"""Fit the event classifier and write it into the package (src/groundwatch/data/event_classifier.npz).

A maintainer's tool: run it after changing anything the fit's key covers (the training snippets,
the type descriptions, the cue patterns, a tuned weight or the embedding model's version), or
tests/stages/events/test_classify.py fails, naming this script. Without a matching shipped fit
groundwatch still works: it fits on first use and keeps the fit in the user's cache.

    python scripts/ship_event_classifier.py
"""

from __future__ import annotations

from pathlib import Path

from groundwatch.stages.events.classify import SHIPPED_FIT, EventClassifier


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "src" / "groundwatch" / SHIPPED_FIT
    model = EventClassifier(use_cache=False, use_shipped=False).fit()
    model.ship(target)
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
