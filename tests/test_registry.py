"""The extractor registry is a public contract: its snapshot changes only on purpose."""

import json
from pathlib import Path

import pytest

from groundwatch.errors import ConfigError
from groundwatch.settings import Settings
from groundwatch.stages import extract
from groundwatch.stages.extract.registry import registered

SNAPSHOT = Path(__file__).with_name("registry.json")


def _current() -> dict[str, dict[str, object]]:
    extract.load_extractors()
    return {name: {"produces": ex.produces, "requires": list(ex.requires)}
            for name, ex in sorted(registered().items())}


def test_registry_matches_snapshot() -> None:
    assert _current() == json.loads(SNAPSHOT.read_text()), (
        "the extractor registry changed; if on purpose, update tests/registry.json")


def test_default_settings_name_only_registered_extractors() -> None:
    names = [ex.name for ex in extract.plan(Settings.load().extractors)]
    assert set(Settings.load().extractors) <= set(names)


def test_plan_orders_requirements_first() -> None:
    names = [ex.name for ex in extract.plan(["actors.v1"])]
    for name in names:
        for dep in registered()[name].requires:
            assert names.index(dep) < names.index(name)


def test_unknown_extractor_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown extractor 'figures\.v9'"):
        extract.plan(["figures.v9"])
