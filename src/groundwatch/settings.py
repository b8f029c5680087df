"""One typed settings object, loaded from the shipped ``defaults.toml`` and a user's overrides.

As trafilatura's ``use_config``: defaults first, then the user's file; as spaCy's
``extra="forbid"``: an unknown section or key raises :class:`~groundwatch.errors.ConfigError`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from groundwatch.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_md"
    batch_size: int = 32
    analyse_languages: tuple[str, ...] = ("en",)
    extractors: tuple[str, ...] = ("dates.v1", "figures.v1", "quotes.v1", "places.v1", "actors.v1")
    excerpt_chars: int = 600

    @classmethod
    def load(cls, path: str | Path | None = None) -> Settings:
        """Shipped defaults, overridden by the TOML file at ``path`` when given.

        Raises:
            ConfigError: the file is missing or malformed, or names an unknown key.
        """
        text = resources.files("groundwatch").joinpath("defaults.toml").read_text(encoding="utf-8")
        settings = cls()._merge(tomllib.loads(text), "defaults.toml")
        if path is not None:
            try:
                user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
            settings = settings._merge(user, str(path))
        return settings

    def _merge(self, doc: dict[str, Any], origin: str) -> Settings:
        known = {f.name: f for f in fields(self)}
        changes: dict[str, Any] = {}
        for section, values in doc.items():
            if section not in ("pipeline", "report") or not isinstance(values, dict):
                raise ConfigError(f"{origin}: unknown section [{section}]")
            for key, value in values.items():
                if key not in known:
                    raise ConfigError(f"{origin}: unknown key {section}.{key}")
                current = getattr(self, key)
                if isinstance(current, tuple):
                    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                        raise ConfigError(f"{origin}: {section}.{key} must be a list of strings")
                    value = tuple(value)
                elif type(value) is not type(current):
                    raise ConfigError(f"{origin}: {section}.{key} must be {type(current).__name__}")
                changes[key] = value
        if changes.get("batch_size", 1) < 1:
            raise ConfigError(f"{origin}: pipeline.batch_size must be at least 1")
        return replace(self, **changes)
