"""How a record becomes the dict its ``to_dict()`` returns: ``dataclasses.asdict`` without its deep copies.

Import these from :mod:`groundwatch.records`; they live here only so that records.py and
records_stories.py can share them without importing each other.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

#: Leaf types ``dataclasses.asdict`` would deep-copy into an equal immutable value: kept as they are.
_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _asdict(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict(obj)``, the same dict, without its ``deepcopy`` of every str and number
    (about 44,000 deepcopy calls in the outputs of a crises-2023 run, cProfile)."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: _copied(getattr(obj, name)) for name in names}


def _copied(value: Any) -> Any:  # dataclasses._asdict_inner's cases, atoms first
    kind = type(value)
    if kind in _ATOMS:
        return value
    if hasattr(kind, "__dataclass_fields__"):
        return _asdict(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return kind(*[_copied(v) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_copied(v) for v in value)
    if isinstance(value, dict):
        return kind((_copied(k), _copied(v)) for k, v in value.items())
    return copy.deepcopy(value)  # anything else (dates) as asdict copies it


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
