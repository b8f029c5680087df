"""Records to and from the JSON stored in the ``facts.data`` column."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from typing import Any, TypeVar

from groundwatch.records import Span

T = TypeVar("T")


def dumps(record: Any) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a frozen record from its ``to_dict()`` form (unknown keys are ignored)."""
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            continue
        value = data[f.name]
        hint = hints[f.name]
        if hint is Span and isinstance(value, dict):
            value = Span(**value)
        elif _is_date(hint) and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _is_date(hint: Any) -> bool:
    if hint is dt.date:
        return True
    return isinstance(hint, types.UnionType) and dt.date in typing.get_args(hint)
