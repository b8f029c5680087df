"""Tests for the speakers who speak together (quotes_pairs), on sentences invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(
        'Mira Selk and Hanna Rude searched the wreck for six hours. "The cabin doors were all jammed," '
        "both women said.",
        [("The cabin doors were all jammed", "Mira Selk and Hanna Rude")],
        id="both-women-after-a-pair",
    ),
    pytest.param(
        'Nurses Ines Morrow and Liisa Varga stayed on the ward. "We slept in shifts," the two nurses said.',
        [("We slept in shifts", "Ines Morrow and Liisa Varga")],
        id="the-two-nurses-after-a-pair",
    ),
    pytest.param(  # the parser may hang the first name on the second as a modifier
        'Ada Roe and Ivo Marsh were charged on Monday. "We did nothing wrong," they said in a statement.',
        [("We did nothing wrong", "Ada Roe and Ivo Marsh")],
        id="first-name-hung-on-the-second",
    ),
    pytest.param(
        'Ferry captains Olek Tamm and Ines Morrow said the crossing was "too rough for any boat."',
        [("too rough for any boat.", "Olek Tamm and Ines Morrow")],
        id="conjoined-subject",
    ),
    pytest.param(
        "Two teachers from Tessel, Liisa Varga and Bruno Keller, wrote to the education board on Friday.\n\n"
        '"Our pupils have had no heating since October," they wrote.',
        [("Our pupils have had no heating since October", "Liisa Varga and Bruno Keller")],
        id="they-after-a-plural-noun-naming-two",
    ),
    pytest.param(
        'Mira Selk and Dag Ruud climbed out of the mine after two days. "We shared one bottle of water," the two said.',
        [("We shared one bottle of water", "Mira Selk and Dag Ruud")],
        id="the-two-after-a-pair",
    ),
    pytest.param(
        'Mira Selk and her husband left Tessel on Friday. "We took only the dog," Selk said.',
        [("We took only the dog", "Mira Selk")],
        id="one-of-the-pair-unnamed-is-no-pair",
    ),
    pytest.param(
        "Nurses Mira Selk and Dag Ruud stayed with the patients.\n\n"
        '"Nobody was left alone for a single night," Selk and Ruud wrote to the board.',
        [("Nobody was left alone for a single night", "Mira Selk and Dag Ruud")],
        id="surnames-of-a-pair-named-before",
    ),
    pytest.param(
        'Harbour master Dag Ruud and his deputy, Ines Morrow, said in a joint notice: "The port is closed."',
        [("The port is closed.", "Dag Ruud and Ines Morrow")],
        id="a-role-and-its-name-conjoined",
    ),
    pytest.param(
        'Olek and Liisa Tamm lost their farm to the river. "We will plant again," the couple said.',
        [("We will plant again", "Olek and Liisa Tamm")],
        id="the-couple-sharing-a-surname",
    ),
    pytest.param(
        "Mira Selk and Dag Ruud ran the shelter until June. The Harbour Aid Network took it over in July.\n\n"
        '"We will keep it open all winter," they said.',
        [("We will keep it open all winter", "Harbour Aid Network")],
        id="a-body-subject-after-the-pair",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pairs(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected
