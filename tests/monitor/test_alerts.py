"""Alert rules: loading, what fires on a change set and on source health, keys that make alerts unique."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from groundwatch.errors import ConfigError
from groundwatch.monitor.alerts import Rule, evaluate, load_alerting
from groundwatch.store.monitor import SourceState


def _figure(old: float | None, new: float, kind: str = "killed") -> tuple[str, str, dict[str, Any]]:
    return ("s1", "figure", {"label": "Quarry collapse", "figure": kind,
                             "old": None if old is None else {"best": old}, "new": {"best": new}, "sources": []})


def test_alerts_file(tmp_path: Path) -> None:
    path = tmp_path / "alerts.toml"
    path.write_text('[webhook]\nurl = "http://127.0.0.1:9/hook"\nretries = 1\n\n'
                    '[[rule]]\nname = "toll"\ntype = "figure_rise"\nkind = "killed"\npercent = 50\n\n'
                    '[[rule]]\ntype = "source_unhealthy"\nlonger_than = "2h"\n', encoding="utf-8")
    alerting = load_alerting(path)
    assert alerting.webhook == "http://127.0.0.1:9/hook" and alerting.retries == 1
    assert alerting.rules[0] == Rule("toll", "figure_rise", kind="killed", percent=50)
    assert alerting.rules[1].longer_than == 7200 and alerting.rules[1].name == "source_unhealthy-2"


@pytest.mark.parametrize(("text", "message"), [
    ('[[rule]]\ntype = "figure_rise"\n', "needs `by` or `percent`"),
    ('[[rule]]\ntype = "sunrise"\n', "type must be"),
    ('[[rule]]\ntype = "watched"\n', "needs `places` or `actors`"),
    ('[[rule]]\ntype = "new_contradiction"\nlevel = 3\n', "unknown key"),
    ('[mail]\nto = "x"\n', "unknown section"),
])
def test_bad_alerts_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "alerts.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_alerting(path)


@pytest.mark.parametrize(("rule", "old", "new", "fires"), [
    (Rule("r", "figure_rise", by=5), 10, 15, True),
    (Rule("r", "figure_rise", by=5), 10, 14, False),
    (Rule("r", "figure_rise", percent=20), 10, 12, True),
    (Rule("r", "figure_rise", percent=20), 10, 11, False),
    (Rule("r", "figure_rise", by=100, percent=20), 10, 12, True),  # either threshold suffices
    (Rule("r", "figure_rise", by=1), 10, 8, False),  # a fall is no rise
    (Rule("r", "figure_rise", by=1), None, 8, False),  # a first figure is no rise
    (Rule("r", "figure_rise", by=1, kind="injured"), 10, 20, False),
])
def test_figure_rise(rule: Rule, old: float | None, new: float, fires: bool) -> None:
    assert bool(evaluate([rule], [_figure(old, new)], [])) is fires


def test_keys_identify_the_subject() -> None:
    rule = Rule("r", "figure_rise", by=1)
    (a,) = evaluate([rule], [_figure(10, 12)], [])
    (b,) = evaluate([rule], [_figure(10, 12)], [])
    (c,) = evaluate([rule], [_figure(12, 14)], [])
    assert a.key == b.key != c.key


def test_contradiction_fields_and_watched_names() -> None:
    contradiction = ("s2", "contradiction", {"field": "date", "about": "quarry collapse", "sources": []})
    assert evaluate([Rule("c", "new_contradiction", fields=("figure",))], [contradiction], []) == []
    assert len(evaluate([Rule("c", "new_contradiction", fields=("date",))], [contradiction], [])) == 1
    story = ("s3", "new_story", {"label": "Quarry collapse", "articles": [], "places": [{"name": "Tollbridge"}],
                                 "actors": ["Maren Okafor"]})
    (hit,) = evaluate([Rule("w", "watched", places=("tollbridge",), actors=("Someone Else",))], [story], [])
    assert hit.data["watched"] == ["tollbridge"] and hit.story_id == "s3"
    assert evaluate([Rule("w", "watched", actors=("Someone Else",))], [story], []) == []


def test_source_unhealthy_for_longer_than() -> None:
    now = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
    down = SourceState("tidewater", "feed", "http://x.example/rss", health="unhealthy", reason="HTTP 503",
                       unhealthy_since="2026-05-01T09:00:00+00:00")
    fresh = SourceState("dockside", "feed", "http://y.example/rss", health="unhealthy", reason="timed out",
                        unhealthy_since="2026-05-01T11:30:00+00:00")
    fired = evaluate([Rule("down", "source_unhealthy", longer_than=7200)], [], [down, fresh], now=now)
    assert [a.data["source"] for a in fired] == ["tidewater"]
