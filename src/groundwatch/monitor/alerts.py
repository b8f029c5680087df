"""Alert rules (TOML), evaluated on each cycle's change set; fired alerts stored once, POSTed to a webhook.

An alerts file looks like::

    [webhook]                       # optional
    url = "https://hooks.example/groundwatch"
    retries = 3                     # attempts after the first, per delivery

    [[rule]]
    name = "toll-up"
    type = "figure_rise"            # a story's headline figure of `kind` rises
    kind = "killed"                 # optional: any kind when absent
    by = 10                         # by at least this much ...
    percent = 20                    # ... or by at least this percentage (either suffices)

    [[rule]]
    type = "new_contradiction"
    fields = ["figure", "date"]     # optional: any field when absent

    [[rule]]
    type = "watched"                # a new story naming a watched place or actor
    places = ["Port Sable"]
    actors = ["Ilse Varnholt"]

    [[rule]]
    type = "source_unhealthy"
    longer_than = "2h"

Every alert has a key (rule, story, subject and value): a key already stored is not stored or
sent again, so re-running a cycle, or the same rise seen twice, alerts once. Deliveries that
fail stay pending and are retried after the next cycle.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from groundwatch.errors import ConfigError
from groundwatch.monitor.changes import ChangeItem, describe
from groundwatch.monitor.fetch import USER_AGENT
from groundwatch.monitor.sources import parse_duration
from groundwatch.store.monitor import Alert, MonitorStore, SourceState

RULE_TYPES = ("figure_rise", "new_contradiction", "watched", "source_unhealthy")
_RULE_KEYS = {"name", "type", "kind", "by", "percent", "fields", "places", "actors", "longer_than"}
#: Attempts after the first failed POST, and the first pause between them (doubling, jittered).
#: Webhook receivers (chat tools, pagers) shed load in seconds, so a few short retries suffice;
#: what still fails waits for the next cycle.
WEBHOOK_RETRIES = 3
WEBHOOK_PAUSE = 1.0
WEBHOOK_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class Rule:
    """One alert rule (see the module docstring for the fields each type uses)."""

    name: str
    type: str
    kind: str | None = None
    by: float | None = None
    percent: float | None = None
    fields: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    longer_than: float | None = None  # seconds


@dataclass(frozen=True, slots=True)
class Alerting:
    """The rules and the optional webhook of an alerts file."""

    rules: tuple[Rule, ...] = ()
    webhook: str | None = None
    retries: int = WEBHOOK_RETRIES


def _rule(raw: Any, origin: str, n: int) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: [[rule]] {n} is not a table")
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        raise ConfigError(f"{origin}: [[rule]] {n}: unknown key(s) {', '.join(unknown)}")
    type_ = raw.get("type")
    if type_ not in RULE_TYPES:
        raise ConfigError(f"{origin}: [[rule]] {n}: type must be one of {', '.join(RULE_TYPES)}")
    if type_ == "figure_rise" and raw.get("by") is None and raw.get("percent") is None:
        raise ConfigError(f"{origin}: [[rule]] {n}: figure_rise needs `by` or `percent`")
    if type_ == "watched" and not (raw.get("places") or raw.get("actors")):
        raise ConfigError(f"{origin}: [[rule]] {n}: watched needs `places` or `actors`")
    if type_ == "source_unhealthy" and "longer_than" not in raw:
        raise ConfigError(f"{origin}: [[rule]] {n}: source_unhealthy needs `longer_than`")
    return Rule(name=str(raw.get("name") or f"{type_}-{n}"), type=type_, kind=raw.get("kind"),
                by=None if raw.get("by") is None else float(raw["by"]),
                percent=None if raw.get("percent") is None else float(raw["percent"]),
                fields=tuple(raw.get("fields") or ()), places=tuple(raw.get("places") or ()),
                actors=tuple(raw.get("actors") or ()),
                longer_than=parse_duration(str(raw["longer_than"])) if "longer_than" in raw else None)


def load_alerting(path: str | Path) -> Alerting:
    """The rules and webhook of an alerts file.

    Raises:
        ConfigError: unreadable, malformed, unknown keys or rule types, a rule missing what it needs.
    """
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read alerts file {path}: {exc}") from exc
    extra = sorted(set(doc) - {"rule", "webhook"})
    if extra:
        raise ConfigError(f"{path}: unknown section(s) {', '.join(extra)}")
    hook = doc.get("webhook") or {}
    if set(hook) - {"url", "retries"}:
        raise ConfigError(f"{path}: [webhook] takes url and retries")
    rules = tuple(_rule(r, str(path), n) for n, r in enumerate(doc.get("rule") or [], start=1))
    return Alerting(rules=rules, webhook=hook.get("url"), retries=int(hook.get("retries", WEBHOOK_RETRIES)))


def _rose(rule: Rule, old: Any, new: Any) -> bool:
    if not isinstance(old, int | float) or not isinstance(new, int | float) or new <= old:
        return False
    if rule.by is not None and new - old >= rule.by:
        return True
    return rule.percent is not None and old > 0 and (new - old) / old * 100 >= rule.percent


def _on_change(rule: Rule, story: str | None, kind: str, data: Mapping[str, Any]) -> Alert | None:
    text = describe(kind, data)
    if rule.type == "figure_rise" and kind == "figure" and (rule.kind is None or rule.kind == data["figure"]):
        old, new = (data.get("old") or {}).get("best"), (data.get("new") or {}).get("best")
        if _rose(rule, old, new):
            return Alert(f"{rule.name}|{story}|{data['figure']}|{new}", rule.name, text, story, data)
    if rule.type == "new_contradiction" and kind == "contradiction" and (not rule.fields
                                                                         or data.get("field") in rule.fields):
        return Alert(f"{rule.name}|{story}|{data.get('field')}|{data.get('about')}", rule.name, text, story, data)
    if rule.type == "watched" and kind == "new_story":
        places = {p["name"].lower() for p in data.get("places", [])}
        actors = {a.lower() for a in data.get("actors", [])}
        hits = sorted({p for p in rule.places if p.lower() in places} | {a for a in rule.actors
                                                                           if a.lower() in actors})
        if hits:
            return Alert(f"{rule.name}|{story}", rule.name, f"{text}; names {', '.join(hits)}", story,
                         {**data, "watched": hits})
    return None


def evaluate(rules: Sequence[Rule], changes: Iterable[ChangeItem], sources: Sequence[SourceState],
             now: dt.datetime | None = None) -> list[Alert]:
    """The alerts ``rules`` fire on a change set and on the sources' health."""
    now = now or dt.datetime.now(dt.UTC)
    out: list[Alert] = []
    items = list(changes)
    for rule in rules:
        if rule.type == "source_unhealthy":
            out.extend(_unhealthy(rule, sources, now))
            continue
        out.extend(a for story, kind, data in items if (a := _on_change(rule, story, kind, data)) is not None)
    return out


def _unhealthy(rule: Rule, sources: Sequence[SourceState], now: dt.datetime) -> list[Alert]:
    out = []
    for s in sources:
        if s.health != "unhealthy" or not s.unhealthy_since or rule.longer_than is None:
            continue
        since = dt.datetime.fromisoformat(s.unhealthy_since)
        if (now - since).total_seconds() >= rule.longer_than:
            out.append(Alert(f"{rule.name}|{s.name}|{s.unhealthy_since}", rule.name,
                             f"source {s.name} unhealthy since {s.unhealthy_since}: {s.reason}", None,
                             {"source": s.name, "location": s.location, "reason": s.reason,
                              "unhealthy_since": s.unhealthy_since}))
    return out


def deliver(ms: MonitorStore, alerting: Alerting, *, pause: float = WEBHOOK_PAUSE,
            sleep: Callable[[float], None] = time.sleep) -> tuple[int, int]:
    """POST every undelivered alert to the webhook, with retries; returns (delivered, still pending)."""
    if not alerting.webhook:
        return 0, 0
    _, pending = ms.alerts(undelivered=True)
    sent = 0
    with httpx.Client(timeout=WEBHOOK_TIMEOUT, trust_env=False, headers={"User-Agent": USER_AGENT}) as client:
        for alert in reversed(pending):  # oldest first
            error: str | None = None
            attempts = 0
            for attempt in range(alerting.retries + 1):
                if attempt:
                    sleep(pause * 2 ** (attempt - 1) * (0.5 + random.random() / 2))
                attempts += 1
                try:
                    response = client.post(alerting.webhook, json=alert.to_dict())
                    error = None if response.status_code < 300 else f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}: {exc}"
                if error is None:
                    break
            ms.record_delivery(alert.id, ok=error is None, attempts=attempts, error=error)
            sent += error is None
    return sent, len(pending) - sent
