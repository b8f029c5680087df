"""Tests for the pronoun after a sentence naming a woman and someone of unknown sex as a pair (quotes_pair_sex),
also with a closing mark glued to the cue's pronoun, on sentences invented for them (fictional people and places)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


PAIR = "Governor Marta Vellin and harbour master Odran Pask met reporters at the pier on Monday."

CASES = [
    pytest.param(
        f"{PAIR} Pask said the storm had torn away two moorings.\n\n"
        '"Nobody should sail before Friday. The swell is too high," she said.',
        [("Nobody should sail before Friday. The swell is too high", "Marta Vellin")],
        id="she-after-the-pair-is-the-woman",
    ),
    pytest.param(  # the closing mark glued to the pronoun, curly marks
        f"{PAIR} Pask said the storm had torn away two moorings.\n\n"
        "\u201cNobody should sail before Friday,\u201dshe said. \u201cWe will say when it is over.\u201d",
        [("Nobody should sail before Friday", "Marta Vellin"), ("We will say when it is over.", "Marta Vellin")],
        id="glued-closing-mark",
    ),
    pytest.param(  # the man named first: the order does not matter
        "Harbour master Odran Pask and Governor Marta Vellin met reporters at the pier on Monday.\n\n"
        '"Nobody should sail before Friday," she said.',
        [("Nobody should sail before Friday", "Marta Vellin")],
        id="she-after-the-pair-either-order",
    ),
    pytest.param(  # "he" keeps the latest subject: an unknown sex is read as a man's here
        f"{PAIR} Pask said the storm had torn away two moorings.\n\n"
        '"Nobody should sail before Friday," he said.',
        [("Nobody should sail before Friday", "Odran Pask")],
        id="he-keeps-the-latest-subject",
    ),
    pytest.param(  # the woman named in another sentence: no pair, the latest subject stays
        "Governor Marta Vellin opened the new pier on Monday.\n\n"
        "Harbour master Odran Pask said the storm had torn away two moorings. "
        '"Nobody should sail before Friday," she said.',
        [("Nobody should sail before Friday", "Odran Pask")],
        id="no-pair-no-move",
    ),
    pytest.param(  # named in one clause, not as a pair: the latest subject stays
        "Harbour master Odran Pask said Governor Marta Vellin had shut the pier on Monday.\n\n"
        '"Nobody should sail before Friday," she said.',
        [("Nobody should sail before Friday", "Odran Pask")],
        id="one-clause-is-no-pair",
    ),
    pytest.param(  # both known to be women: the latest subject, as before
        "Governor Marta Vellin and harbour master Ilsa Pask met reporters at the pier on Monday. "
        'Pask said the storm had torn away two moorings. "Nobody should sail before Friday," she said.',
        [("Nobody should sail before Friday", "Ilsa Pask")],
        id="two-women-keep-the-latest",
    ),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_pronoun_after_a_pair(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected

