"""records._asdict: the same dict as dataclasses.asdict, for every shape the records hold."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from dataclasses import asdict

from groundwatch import records
from groundwatch.records import Claim, Figure, Span

_Pair = namedtuple("_Pair", "left right")


def test_asdict_equals_dataclasses_asdict() -> None:
    span = Span("velmora/1", 2, 10, 24, "Forty homes in Tessel were flooded.")
    figure = Figure("displaced", 40.0, "exact", "forty homes", span, unit="homes", other_event=True)
    claims = [
        Claim("velmora/1", "The river rose on Monday.", dt.date(2031, 3, 4), outlet="Tessel Post"),
        Claim("velmora/2", "Up to 12 were missing.", {"low": 10, "high": [12, (13, None)], "on": dt.date(2031, 3, 5)}),
        Claim("velmora/3", "A pair.", _Pair(span, [1.5, True])),
        Claim("velmora/4", "Nested.", (span, {"k": span})),
    ]
    for record in (span, figure, *claims):
        assert records._asdict(record) == asdict(record)
        assert list(records._asdict(record)) == list(asdict(record))  # the same key order
    assert records._asdict(claims[2])["value"] == _Pair(asdict(span), [1.5, True])


def test_asdict_copies_containers() -> None:
    value = {"counts": [1, 2]}
    claim = Claim("velmora/5", "Two counts.", value)
    out = records._asdict(claim)
    assert out["value"] == value and out["value"] is not value and out["value"]["counts"] is not value["counts"]
