"""Cleaning: families of page debris the blind run of the invented corpus_l got wrong (its README).

Every line is invented for this test (the Orvin tram depot; no eval text, no corpus_l line):

- a wire agency's credit glued to the story's last sentence ("...on Monday.Coastwire") is put on a line of its
  own and dropped, and the sentence kept;
- an agency update's contact line with the contact on it, and the issuer's one-sentence mission statement
  under it at the end of the page, are dropped.
"""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.credits import unglue_credit

HEADLINE = "Tram depot in Orvin to be rebuilt"
PARAS = [
    "The transport board said on Monday that the old tram depot in Orvin would be pulled down and rebuilt by 2029.",
    "The new depot will hold forty trams, twice as many as the old one, and will have a roof of solar panels.",
]


def _clean(*lines: str) -> str:
    body = "\n\n".join([HEADLINE, *PARAS, *lines])
    return clean(Article(id="s", source="test", body=body, format="txt")).text


@pytest.mark.issue(10)
@pytest.mark.parametrize(("line", "expected"), [
    ("Work will start once the last trams have moved to a yard in Lask.Coastwire",
     "Work will start once the last trams have moved to a yard in Lask.\nCoastwire"),
    ("\u201cWe will be ready by spring,\u201d the board's chairman said.\u201dOrvin Press Agency",
     "\u201cWe will be ready by spring,\u201d the board's chairman said.\u201d\nOrvin Press Agency"),
    # controls: initials and a short label glued to a name stay as they are; so does a sentence's inner stop
    ("Trams built in the U.S.A", "Trams built in the U.S.A"),
    ("Signed by Dr.Lask", "Signed by Dr.Lask"),
    ("The depot will close.The board has not said when it reopens.",
     "The depot will close.The board has not said when it reopens."),
])
def test_a_credit_glued_to_the_last_sentence_is_put_apart(line: str, expected: str) -> None:
    assert unglue_credit(line) == expected


@pytest.mark.issue(10)
def test_the_sentence_under_a_glued_credit_is_kept() -> None:
    text = _clean("Work will start once the last trams have moved to a temporary yard in Lask.Coastwire")
    assert "Work will start once the last trams have moved to a temporary yard in Lask." in text
    assert "Coastwire" not in text


@pytest.mark.issue(10)
def test_a_contact_line_and_the_issuers_mission_line_under_it_go() -> None:
    contact = "For more information, please contact: Ilse Varn, Head of Office, OTB Orvin, varn@otb.example"
    mission = "OTB runs the city's trams and buses so that every district is reached within half an hour."
    text = _clean(contact, mission)
    assert contact not in text and mission not in text and PARAS[-1] in text
    # control: a closing paragraph that opens on no name the contact gives stays
    other = "Residents may comment on the plans at the town hall until the end of the month."
    text = _clean(contact, other)
    assert other in text
