"""A paragraph printed twice: an extractor's body keeps both, a paste loses the copy (invented page)."""

from __future__ import annotations

from groundwatch.records import Article
from groundwatch.stages.clean import clean

ANSWER = "Folding bicycles are carried in the luggage hold; other bicycles cannot be taken on the coach."
PAGE = f"""Replacement coaches on the Brask line: what you can bring

Coaches replace trains between Brask and Olvent on Sundays in March while the line is relaid.

Northern Valley Coaches

Are bicycles allowed? {ANSWER}

Are dogs allowed? Assistance dogs travel free; other dogs travel at the driver's discretion.

Tollin Bus Company

Are bicycles allowed? {ANSWER}

Are dogs allowed? Only assistance dogs are carried on Tollin coaches.
"""


def _count(fmt: str) -> int:
    return clean(Article(id="t/1", source="mem", body=PAGE, format=fmt)).text.count(ANSWER)


def test_extracted_body_keeps_prose_the_page_prints_twice() -> None:
    # An extractor gives each block of the page once: the same answer under two operators is the page's text.
    assert _count("html") == 2


def test_pasted_text_loses_its_repeated_prose() -> None:
    # A paste repeats what the page shows twice over (a caption and its alt text, a teaser): the copy goes.
    assert _count("txt") == 1
