"""What the ``watch``, ``sources`` and ``changes`` commands do, so that ``interfaces/cli.py`` stays an edge."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from groundwatch.errors import ConfigError
from groundwatch.monitor import alerts, changes, sources
from groundwatch.monitor.fetch import Fetcher
from groundwatch.monitor.watch import CycleResult, Watcher, watch
from groundwatch.settings import Settings
from groundwatch.store.monitor import Change, MonitorStore
from groundwatch.store.sqlite import Store


def watcher(args: Sequence[str], *, sources_file: str | None, alerts_file: str | None, db: str, every: str,
            config: str | None = None, allow_loopback_links: bool = False) -> Watcher:
    """A :class:`Watcher` over the sources named on the command line and in the sources file.

    Raises:
        ConfigError: no source, a bad source, a bad duration, sources or alerts file.
    """
    named = [sources.from_argument(a) for a in args]
    if sources_file:
        named += sources.load_sources(sources_file)
    if not named:
        raise ConfigError("nothing to watch: name a folder or URL, or give --sources FILE")
    return Watcher(store=Store.open(db), sources=sources.unique(named), settings=Settings.load(config),
                   fetcher=Fetcher(allow_loopback_links=allow_loopback_links),
                   alerting=alerts.load_alerting(alerts_file) if alerts_file else alerts.Alerting(),
                   every=sources.parse_duration(every))


def cycle_lines(result: CycleResult) -> list[str]:
    """What the watch prints after a cycle."""
    if not result.finished:
        return [f"cycle {result.cycle_id} stopped after {len(result.polled)} source(s); the next watch resumes it"]
    s = result.summary
    lines = [f"cycle {result.cycle_id}: {len(result.polled)} source(s) polled, {len(result.failed)} failed; "
             f"{s.get('new', 0)} new and {s.get('changed', 0)} changed article(s), {s.get('analysed', 0)} "
             f"analysed; {result.changes} change(s), {len(result.alerts)} alert(s); {result.seconds:.1f}s"]
    lines += [f"  source {name} unhealthy: {reason}" for name, reason in result.failed.items()]
    lines += [f"  alert [{a.rule}] {a.message}" for a in result.alerts]
    return lines


def run_watch(w: Watcher, *, once: bool, echo: Callable[[str], None]) -> int:
    """Run the watch loop, printing a summary per cycle; returns the number of cycles."""
    def report(result: CycleResult) -> None:
        for line in cycle_lines(result):
            echo(line)

    try:
        return watch(w, once=once, on_cycle=report)
    finally:
        w.store.close()


def sources_text(db: str, fmt: str) -> str:
    """Every watched source with its health, as text lines or JSON."""
    store = Store.open(db)
    try:
        states = MonitorStore(store).sources()
    finally:
        store.close()
    if fmt == "json":
        return json.dumps([s.to_dict() for s in states], ensure_ascii=False, indent=1)
    if not states:
        return "no sources watched yet (see `groundwatch watch --help`)"
    lines = []
    for s in states:
        why = f" ({s.reason}, since {s.unhealthy_since})" if s.health == "unhealthy" else ""
        lines.append(f"{s.name}\t{s.kind}\t{s.health}{why}\tlast success: {s.last_success or 'never'}\t"
                     f"items seen: {s.items_seen}\terrors: {s.errors}\t{s.location}")
    return "\n".join(lines)


def select_changes(ms: MonitorStore, *, since: str | None, story: str | None, limit: int | None = None,
                   offset: int = 0) -> tuple[int, list[Change]]:
    """The changes ``--since`` / ``?since=`` and ``story`` select (newest first)."""
    bounds = changes.parse_since(since, ms.latest_changed_cycle())
    return ms.changes(story=story, limit=limit, offset=offset, **bounds)


def change_dict(c: Change) -> dict[str, Any]:
    """A change as the JSON outputs give it: its fields plus a one-line description."""
    return {**c.to_dict(), "summary": changes.describe(c.kind, c.data)}


def changes_text(db: str, *, since: str | None, story: str | None, fmt: str) -> str:
    """The selected changes as text (one line each, with its cited sentences) or JSON."""
    store = Store.open(db)
    try:
        _, found = select_changes(MonitorStore(store), since=since, story=story)
    finally:
        store.close()
    if fmt == "json":
        return json.dumps([change_dict(c) for c in found], ensure_ascii=False, indent=1)
    if not found:
        return "no changes"
    lines = []
    for c in reversed(found):
        lines.append(f"[cycle {c.cycle_id} {c.at}] {c.story_id or '-'} {changes.describe(c.kind, c.data)}")
        for cite in c.data.get("sources", [])[:5]:
            where = f"{cite['article']} s{cite['sentence_index']}" if cite.get("sentence_index") is not None \
                else cite["article"]
            lines.append(f"    {where} ({cite.get('outlet') or '?'}, as of {cite.get('as_of') or '?'}): "
                         f"{(cite.get('sentence') or '')[:160]}")
    return "\n".join(lines)
