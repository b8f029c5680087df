"""Records to and from the JSON stored in the ``facts.data`` column."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
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
    kwargs: dict[str, Any] = {}
    for name, kind in _fields(cls):  # type: ignore[arg-type]  # classes hash by identity
        if name not in data:
            continue
        value = data[name]
        if kind == "span" and isinstance(value, dict):
            value = Span(**value)
        elif kind == "date" and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    return cls(**kwargs)


@functools.cache
def _fields(cls: type[Any]) -> tuple[tuple[str, str], ...]:
    """Each field's name and how its stored value is rebuilt (``span``, ``date`` or ``other``), once
    per record type: ``typing.get_type_hints`` evaluates every annotation string again on each call
    (1.9 s of CPU in a 38-article link, which rebuilds every stored record)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, "span" if hints[f.name] is Span else "date" if _is_date(hints[f.name]) else "other")
                 for f in dataclasses.fields(cls))


def _is_date(hint: Any) -> bool:
    if hint is dt.date:
        return True
    return isinstance(hint, types.UnionType) and dt.date in typing.get_args(hint)
