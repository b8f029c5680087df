"""Sources named on the command line and in a sources file."""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.errors import ConfigError
from groundwatch.monitor.sources import from_argument, load_sources, parse_duration, unique


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400),
                                               ("45", 45), ("0.5m", 30)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0", "15x"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ConfigError, match="duration"):
        parse_duration(text)


def test_arguments(tmp_path: Path) -> None:
    feed = from_argument("https://news.example:8443/world/feed.xml")
    assert (feed.kind, feed.name) == ("url", "news.example-8443-world-feed.xml")
    folder = from_argument(str(tmp_path))
    assert folder.kind == "folder" and folder.location == str(tmp_path.resolve())
    with pytest.raises(ConfigError, match="only http"):
        from_argument("ftp://files.example/feed.xml")
    with pytest.raises(ConfigError, match="no such"):
        from_argument(str(tmp_path / "missing"))


def test_sources_file(tmp_path: Path) -> None:
    (tmp_path / "drop").mkdir()
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "tidewater"\nurl = "http://10.1.2.3/rss"\nkind = "feed"\n'
                    'outlet = "Tidewater Gazette"\nlanguage = "en"\nevery = "30m"\n\n'
                    '[[source]]\npath = "drop"\n', encoding="utf-8")
    feed, folder = load_sources(path)
    assert (feed.name, feed.kind, feed.outlet, feed.every) == ("tidewater", "feed", "Tidewater Gazette", 1800)
    assert folder.kind == "folder" and folder.location == str((tmp_path / "drop").resolve())


@pytest.mark.parametrize(("text", "message"), [
    ('[[source]]\nurl = "http://a.example/"\ncolour = "red"\n', "unknown key"),
    ('[[source]]\nurl = "http://a.example/"\npath = "x"\n', "exactly one"),
    ('[[source]]\nurl = "http://a.example/"\nkind = "folder"\n', "does not fit"),
    ('[watch]\nevery = "1m"\n', "unknown section"),
    ('[[source]]\nurl = "http://a.example/"\nevery = "often"\n', "duration"),
    ("[[source]\n", "cannot read"),
])
def test_bad_sources_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_sources(path)


def test_one_name_two_sources_is_refused() -> None:
    a, b = from_argument("http://a.example/feed"), from_argument("http://b.example/feed")
    with pytest.raises(ConfigError, match="two sources"):
        unique([a, type(a)(a.name, b.kind, b.location)])
    assert unique([a, a]) == [a]
