"""Tests for the sources a phrase names instead of a verb's subject (quotes_sources), and the two
neighbouring fixes of stress batch bq, on lines invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


TRAILING = [
    pytest.param(
        "Harbour master Ivo Marsh closed the quay at dawn.\n\n"
        '"I carried my grandson on my back the whole way." Those were the words of Berit Sand, 67, '
        "who walked out of the valley on Sunday.",
        [("I carried my grandson on my back the whole way.", "Berit Sand")],
        id="those-were-the-words-of-after-another-name",
    ),
    pytest.param(
        '"Boil every drop before you drink it": the message from the Velmo health board to the town.',
        [("Boil every drop before you drink it", "Velmo health board")],
        id="colon-the-message-from-a-body",
    ),
    pytest.param(
        'Reporters asked when the bridge would reopen. "Not this year, I am afraid," came the blunt reply '
        "from Transport Minister Osvald Feld.",
        [("Not this year, I am afraid", "Osvald Feld")],
        id="came-the-blunt-reply-from",
    ),
    pytest.param(
        '"The dam is going!" It was Nils Brek, a shepherd, who shouted it down the valley.',
        [("The dam is going!", "Nils Brek")],
        id="cleft-who-shouted",
    ),
    pytest.param(
        '"We reopen on Monday," the note from the Tessel Library Trust read.',
        [("We reopen on Monday", "Tessel Library Trust")],
        id="the-note-read-after",
    ),
    pytest.param(  # "head" names a person, not words: the verb after the quotation decides
        '"Stay away from the river," the head of the fire service, Ivo Marsh, told residents.',
        [("Stay away from the river", "Ivo Marsh")],
        id="guard-head-of-is-no-words-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING)
def test_a_phrase_after_the_quotation_names_its_source(
    nlp: Any, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _pairs(nlp, text) == expected


HEADINGS = [
    pytest.param(
        "Highlights of Mayor Petra Lind's speech:\n\n"
        '- "Every street will have light again by Friday."\n'
        '- "The school gym stays open as a shelter all month."',
        [
            ("Every street will have light again by Friday.", "Petra Lind"),
            ("The school gym stays open as a shelter all month.", "Petra Lind"),
        ],
        id="one-person-over-a-list",
    ),
    pytest.param(
        'Extracts from the Velmo Port Authority statement:\n\n- "The quay will reopen to cargo ships on Thursday."',
        [("The quay will reopen to cargo ships on Thursday.", "Velmo Port Authority")],
        id="a-document-over-a-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_a_verbless_heading_names_its_list(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


def test_a_spokesman_for_a_ministry_its_adjective_names(nlp: Any) -> None:
    text = (
        "Asked about the leak, a spokeswoman for the Velmoran transport ministry declined to comment, "
        'saying only: "We do not discuss staff matters."'
    )
    assert _pairs(nlp, text) == [("We do not discuss staff matters.", "Velmoran transport ministry")]


def test_a_headline_verb_the_tagger_calls_a_noun(nlp: Any) -> None:
    text = "'Nobody should cook alone at Christmas': Tessel chef Ola Brun thanks the volunteers\n\nMore news"
    assert _pairs(nlp, text)[0][1] is not None and "Ola Brun" in (_pairs(nlp, text)[0][1] or "")


OWNERS = [
    pytest.param(
        'Harbour master Ivo Marsh was asked when the ferries would sail. Marsh\'s answer: "Not before Monday."',
        [("Not before Monday.", "Ivo Marsh")],
        id="possessive-answer-colon",
    ),
    pytest.param(
        'The warning from the Velmo Red Cross was stark: "Nobody should drink from the wells."',
        [("Nobody should drink from the wells.", "Velmo Red Cross")],
        id="the-warning-from-a-body-was-stark",
    ),
    pytest.param(  # a verb of saying after the quotation still names its speaker
        'The message from the valley was clear: "We need diesel, not speeches," said Berit Sand, a farmer.',
        [("We need diesel, not speeches", "Berit Sand")],
        id="guard-verb-after-the-quotation-wins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS)
def test_a_noun_for_the_words_before_a_colon(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


def test_a_statement_attributed_to_a_person(nlp: Any) -> None:
    text = 'A statement attributed to the militia leader, Oskar Venn, said the town would "never surrender."'
    assert _pairs(nlp, text) == [("never surrender.", "Oskar Venn")]


def test_a_bracketed_signature_after_the_quotation(nlp: Any) -> None:
    text = (
        'What Gull Point needs now:\n\n"Diesel for the pumps, before the next tide." '
        "(Berit Sand, harbour master, Gull Point)"
    )
    assert _pairs(nlp, text)[0][1] == "Berit Sand"
