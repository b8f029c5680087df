"""Tests for a first name that its description shows to be a person's (quotes_described), and a
capitalised office in apposition (quotes_register.role_of), on sentences invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(
        'The district officer, Varo Tennick, visited the shelter on Friday. "We will rebuild by summer," he said.\n\n'
        'Melka, a widow who sells bread at the crossing, stood by the ruins of her stall. '
        '"I have nothing left to sell," she said.',
        [("We will rebuild by summer", "Varo Tennick"), ("I have nothing left to sell", "Melka")],
        id="a-noun-phrase-with-who",
    ),
    pytest.param(
        'Coordinator Lenna Roskvist said the search went on. "We walk every row," Roskvist said.\n\n'
        'Amara, whose daughter Tilly, 5, was found at dawn, said she had not eaten. '
        '"I could not breathe until they brought her," she said.',
        [("We walk every row", "Lenna Roskvist"), ("I could not breathe until they brought her", "Amara")],
        id="whose-and-a-family-tie",
    ),
    pytest.param(
        'Mayor Joren Vastel spoke on Monday. "Help is coming," Vastel said.\n\n'
        'Kofi, whose brother drowned in the flood, waited at the clinic. "Nobody told us anything," he said.',
        [("Help is coming", "Joren Vastel"), ("Nobody told us anything", "Kofi")],
        id="whose-brother",
    ),
    pytest.param(
        'Minister Hana Broek toured the camp. "We are doing all we can," Broek said.\n\n'
        'Seda, aged 62, sat under a tarpaulin. "This is the third time I lose my home," she said.',
        [("We are doing all we can", "Hana Broek"), ("This is the third time I lose my home", "Seda")],
        id="aged-n",
    ),
    pytest.param(
        'Rescue teams worked all night.\n\nIn Varsk, Belkaran, 19 years old, searches still the ashes of the hut '
        'where he lived. "I found only my father\'s watch," he says.',
        [("I found only my father's watch", "Belkaran")],
        id="years-old-after-a-place",
    ),
    pytest.param(
        'Pumps failed on Sunday, the utility said.\n\nThe Water Commissioner, Ulvane Dravescu, for his part, defends '
        'the dam. "No crack was ever found," affirmed the commissioner, who added that inspections were regular.',
        [("No crack was ever found", "Ulvane Dravescu")],
        id="capitalised-office-then-the-title-alone",
    ),
    pytest.param(
        'Crowds gathered at the gate.\n\nThe Interior Minister, Saskel Morvaine, rejected the claim on Tuesday. '
        '"The border stays shut," declared the minister.',
        [("The border stays shut", "Saskel Morvaine")],
        id="capitalised-office-declared-the-minister",
    ),
    pytest.param(  # a place described as one stays a place: the quote keeps the official
        'Governor Petra Olwen visited the coast. "Trucks arrive daily," Olwen said.\n\n'
        'Tarnby, a port which lost its pier, waits for help. "We need cranes," she said.',
        [("Trucks arrive daily", "Petra Olwen"), ("We need cranes", "Petra Olwen")],
        id="a-place-with-which-is-no-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_described_first_name_speaks(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected
