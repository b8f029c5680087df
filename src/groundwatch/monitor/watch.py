"""The watch cycle: poll the due sources, ingest what is new, analyse, relink, record what changed.

One cycle::

    digest the stories (or take the digest of a cycle a killed watch left unfinished)
    for each due source: read what is new (monitor/poll.py), store each article in its own
        transaction with its seen-mark; a failing source is marked unhealthy with its reason
        and retried later (backoff), and the next source is polled
    pipeline.analyse_pending + pipeline.link      (what ``groundwatch run`` does)
    changes.diff(digest before, stories now) -> the change set; alert rules on it
    store changes + alerts and mark the cycle finished: one transaction
    POST undelivered alerts to the webhook

A stop request (SIGTERM / SIGINT in :func:`watch`) is honoured between two items: what is
stored stays, the cycle stays unfinished, and the next watch resumes it.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from types import FrameType
from typing import Any

from groundwatch import pipeline
from groundwatch.monitor import alerts as alerting
from groundwatch.monitor import changes, poll
from groundwatch.monitor.fetch import Fetcher, backoff
from groundwatch.monitor.sources import Source
from groundwatch.settings import Settings
from groundwatch.store.monitor import Alert, MonitorStore, SourceState, now
from groundwatch.store.sqlite import Store

log = logging.getLogger("groundwatch.monitor")

#: Default polling interval: news feeds update every few minutes to hours; 15 minutes is what
#: feed readers default to and what most publishers' rate limits tolerate.
DEFAULT_EVERY = 900.0


@dataclass(frozen=True, slots=True)
class CycleResult:
    """What one cycle did."""

    cycle_id: int
    finished: bool  # False: stopped before the end (resumed by the next watch)
    polled: tuple[str, ...] = ()
    failed: dict[str, str] = field(default_factory=dict)  # source -> reason
    summary: dict[str, Any] = field(default_factory=dict)
    changes: int = 0
    alerts: tuple[Alert, ...] = ()
    delivered: int = 0
    seconds: float = 0.0


@dataclass
class Watcher:
    """Watches ``sources`` into ``store`` (one watcher per process)."""

    store: Store
    sources: Sequence[Source]
    settings: Settings = field(default_factory=Settings)
    fetcher: Fetcher = field(default_factory=Fetcher)
    alerting: alerting.Alerting = field(default_factory=alerting.Alerting)
    every: float = DEFAULT_EVERY
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.ms = MonitorStore(self.store)
        for s in self.sources:
            old = self.ms.source(s.name)
            base = old or SourceState(name=s.name, kind=s.kind, location=s.location)
            kind = base.kind if (old and s.kind == "url" and old.location == s.location) else s.kind
            self.ms.save_source(replace(base, kind=kind, location=s.location,
                                        data={**dict(base.data), **s.to_dict(), "kind": kind}))

    def _due(self, force: bool) -> list[Source]:
        stamp = now()
        out = []
        for s in self.sources:
            st = self.ms.source(s.name)
            if force or st is None or st.next_due is None or st.next_due <= stamp:
                out.append(replace(s, kind=st.kind if st else s.kind))
        return out

    def next_wake(self) -> float:
        """Seconds until the next source is due (0 when one is due now)."""
        dues = [st.next_due for st in self.ms.sources() if st.name in {s.name for s in self.sources}]
        if not dues or any(d is None for d in dues):
            return 0.0
        first = dt.datetime.fromisoformat(min(d for d in dues if d is not None))
        return max(0.0, (first - dt.datetime.now(dt.UTC)).total_seconds())

    def cycle(self, *, force: bool = False) -> CycleResult:
        """One cycle (see the module docstring); ``force`` polls every source, due or not."""
        started = time.perf_counter()
        cycle_id, before, resumed = self.ms.open_cycle(changes.digest(self.ms))
        run_id = self.store.begin_run([f"watch cycle {cycle_id}", *(s.location for s in self.sources)])
        counts: Counter[str] = Counter()
        polled, failed = [], {}
        for source in self._due(force):
            if self.stop.is_set():
                break
            reason = self._poll(source, run_id, counts)
            polled.append(source.name)
            if reason:
                failed[source.name] = reason
        if self.stop.is_set():
            return CycleResult(cycle_id, False, tuple(polled), failed, seconds=time.perf_counter() - started)
        pipeline.analyse_pending(self.store, run_id, self.settings, counts)
        stories, copies = len(before), 0
        # Relinking recomputes every story: worth it only when an article arrived or was analysed.
        if resumed or counts["new"] or counts["changed"] or counts["analysed"] or counts["not_analysed"]:
            stories, copies = pipeline.link(self.store, self.settings)
        found = changes.diff(self.ms, before)
        summary = {**pipeline.summarise(counts, stories, copies, started).to_dict(), "sources": polled,
                   "failed": failed, "changes": len(found)}
        self.store.finish_run(run_id, summary)
        fired = alerting.evaluate(self.alerting.rules, found, self.ms.sources())
        _, new_alerts = self.ms.finish_cycle(cycle_id, found, summary, fired)
        delivered, _ = alerting.deliver(self.ms, self.alerting)
        return CycleResult(cycle_id, True, tuple(polled), failed, summary, len(found), tuple(new_alerts),
                           delivered, round(time.perf_counter() - started, 2))

    def _poll(self, source: Source, run_id: int, counts: Counter[str]) -> str | None:
        """Read one source into the store and update its health; returns why it failed, if it did."""
        state = self.ms.source(source.name) or SourceState(source.name, source.kind, source.location)
        stamp = now()
        seen = self.ms.seen(source.name)
        try:
            if source.kind == "folder":
                polled = poll.Polled("folder")
                found = poll.folder_items(source, seen, lambda k, d: self.ms.mark_seen(source.name, k, d))
            else:
                polled, found = poll.url_items(source, self.fetcher, seen, dict(state.data))
            for item in found:
                outcome = pipeline.store_item(self.store, run_id, item.record, counts)
                # A record the store already holds (a poll cut short before its seen-mark) was
                # counted when first stored.
                self.ms.item_stored(source.name, item.seen, count=outcome in ("new", "changed"))
                if self.stop.is_set():
                    break
        except (poll.SourceFailed, OSError) as exc:
            reason = str(exc)
            log.warning("source %s failed: %s", source.name, reason)
            state = self.ms.source(source.name) or state
            self.ms.save_source(replace(
                state, last_attempt=stamp, health="unhealthy", reason=reason,
                unhealthy_since=state.unhealthy_since or stamp, failures=state.failures + 1,
                errors=state.errors + 1, next_due=_later(backoff(state.failures + 1))))
            return reason
        state = self.ms.source(source.name) or state
        data = dict(state.data)
        if not self.stop.is_set():  # validators only once every item is stored
            data.update(kind=polled.kind, etag=polled.etag, last_modified=polled.last_modified)
        self.ms.save_source(replace(
            state, kind=polled.kind, last_attempt=stamp, health="ok", reason=None, unhealthy_since=None,
            failures=0, last_success=stamp, data=data, next_due=_later(source.every or self.every)))
        return None


def _later(seconds: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def watch(watcher: Watcher, *, once: bool = False, on_cycle: Any = None) -> int:
    """Run cycles until stopped (SIGTERM, SIGINT) or, with ``once``, one forced cycle; returns cycles run.

    Args:
        watcher: what to watch.
        once: one cycle polling every source now (for cron jobs and tests), then return.
        on_cycle: called with each :class:`CycleResult` (the CLI prints it).
    """
    def request_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: finishing the current item, then stopping", signum)
        watcher.stop.set()

    # Signal handlers can only be set from the main thread (a watch run in a thread is stopped
    # through ``watcher.stop``).
    main = threading.current_thread() is threading.main_thread()
    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)} if main else {}
    cycles = 0
    try:
        while not watcher.stop.is_set():
            result = watcher.cycle(force=once)
            cycles += 1
            if on_cycle is not None:
                on_cycle(result)
            if once:
                break
            watcher.stop.wait(max(1.0, watcher.next_wake()))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return cycles
