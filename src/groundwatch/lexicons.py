"""Word lists kept as data: ``data/<name>.tsv``, one entry a line, with a "why" column.

Each list exists once, here, and every module that needs it loads it by name:

    >>> "minister" in lexicons.words("roles", kind="title")
    True

A file starts with ``#`` comment lines; the first non-comment line names the columns
(tab-separated, the first column is the entry, the last is ``why``). Entries are lower case.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

#: The lexicons shipped in ``groundwatch/data``.
NAMES = ("roles", "honorifics", "counted_things", "event_words", "event_actors", "name_suffixes",
         "title_abbreviations", "given_names", "speech_verbs", "date_lookalikes", "figure_words", "consent_buttons",
         "saved_page_folders", "masthead_nouns", "utterance_nouns", "event_idioms", "event_families",
         "facilities", "title_synonyms")


@functools.cache
def load(name: str) -> Mapping[str, Mapping[str, str]]:
    """Every entry of lexicon ``name`` -> its other columns (by column name).

    Raises:
        KeyError: ``name`` is not one of :data:`NAMES`.
        ValueError: a row has a different number of columns than the header, or repeats an entry.
    """
    if name not in NAMES:
        raise KeyError(f"no lexicon {name!r}; known: {', '.join(NAMES)}")
    text = resources.files("groundwatch").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    out: dict[str, Mapping[str, str]] = {}
    for row in body:
        if len(row) != len(header):
            raise ValueError(f"{name}.tsv: {len(row)} columns, expected {len(header)}: {row!r}")
        entry = row[0].strip()
        if entry in out:
            raise ValueError(f"{name}.tsv: {entry!r} listed twice")
        out[entry] = MappingProxyType({col: val.strip() for col, val in zip(header[1:], row[1:], strict=True)})
    return MappingProxyType(out)


@functools.cache
def words(name: str, **where: str) -> frozenset[str]:
    """The entries of lexicon ``name`` whose columns equal ``where`` (all entries without it).

    Both a value asked for and a column may list several values separated by ``|``
    (``kind="title|body"``); an entry is kept when they share one.
    """
    def keep(row: Mapping[str, str]) -> bool:
        return all(set(row.get(col, "").split("|")) & set(value.split("|")) for col, value in where.items())

    return frozenset(entry for entry, row in load(name).items() if keep(row))
