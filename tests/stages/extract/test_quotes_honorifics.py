"""A name after an honorific inside a span the tagger called a body ("Minister of Rural Housing Shri Keshan
Dorvalkar" as one ORG) is a person's, so a later "He said" finds him (quotes_names._person_after_honorific,
honorifics.tsv). Invented text in a translated style; corpus_s's blind run, issue 10."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext

BEFORE = ("In Korvadi bridge accident the number of deaths has reached 12 on Friday. The police is informing that "
          "still 5 persons are missing.\n\n")


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("who", "name", "pronoun"), [
    ("Minister of Rural Housing Shri Keshan Dorvalkar", "Keshan Dorvalkar", "He"),
    ("Minister of Public Health Shri Madhav Terlekar", "Madhav Terlekar", "He"),
    ("Minister of Water Supply Smt. Ravina Solanther", "Ravina Solanther", "She"),
    ("Minister of Road Transport Sri Venkat Olandri", "Venkat Olandri", "He"),
])
def test_a_minister_named_after_an_honorific_keeps_his_pronoun(nlp: Any, who: str, name: str, pronoun: str) -> None:
    text = (f"{BEFORE}{who} reached on the spot in afternoon and met with the affected families. {pronoun} announced "
            f"that each family will be given help amount. {pronoun} said, \"Government is standing with every family "
            "in this hour of grief.\"")
    assert _pairs(nlp, text) == [("Government is standing with every family in this hour of grief.", name)]

