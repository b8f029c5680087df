"""The speaker shapes the third blind batch (tests/fixtures/quotes_blind3.txt, crisis news) showed, on new
sentences invented for them (none of the batch's): a lower-case body noun the tagger calls a proper noun
("the defence ministry"), a name framed by an age that the tagger calls a work of art, a name given
"only as X" with the verb right after it, "Her husband said" for the husband named by that tie, a
one-word name after "a woman", "rejected as 'x'", and a possessive unnamed speaker who withholds the name ("His
colleague, who declined to give his name, said")."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    # a body's lower-case noun phrase is the body, never a person called "ministry"
    pytest.param(
        '"Our units hold every bridge on the Norvane," the defence ministry said in a statement on Friday.',
        ["defence ministry"],
        id="lower-case-body-noun",
    ),
    pytest.param(
        'The foreign ministry of Brackwater said it was "doing everything possible" for its citizens.',
        ["foreign ministry of Brackwater"],
        id="body-noun-with-of-phrase",
    ),
    # the name given "only as X", with the clause's verb right after it
    pytest.param(
        "Dr. Orlaith Marbeck runs the clinic. A fisherman who gave his name only as Torrin said the boats had "
        'stayed in port for a week. "We eat what the nets held on Monday," he said.',
        ["Torrin"],
        id="name-only-as-then-verb",
    ),
    # "Her husband said" is the husband named by that tie, not a man who spoke before
    pytest.param(
        'Governor Ansgar Pettigrew promised new pumps. "The water will be gone by Sunday," he said.\n\n'
        "Ysolde Caddick and her husband, Gavrel, spent the night in their attic.\n\n"
        'Her husband said the pumps had never come. "We baled with buckets," he said.',
        ["Ansgar Pettigrew", "Gavrel"],
        id="her-husband-named-by-the-tie",
    ),
    # with no husband named, "Her husband said" leaves the pronoun to the usual rules
    pytest.param(
        'Governor Ansgar Pettigrew promised new pumps. "The water will be gone by Sunday," he said.\n\n'
        'Her husband said nothing. "We baled with buckets," he said.',
        ["Ansgar Pettigrew", "Ansgar Pettigrew"],
        id="her-husband-unnamed-guard",
    ),
    # a one-word name after "a woman" is the woman, and "she" is never the boy named before her
    pytest.param(
        '"We reached them at dawn," the ship\'s captain, Ilsabet Corvin, said.\n\n'
        'The Lusmore coast guard said in a statement that its boats had been "busy elsewhere."\n\n'
        "A boy of 14 from Lusmore, who gave his name only as Stoyan, said he had walked for six days. "
        '"My father sold the cart for my place on the truck," he said, speaking through an interpreter.\n\n'
        "A woman in her forties, Zalia, who would not give her family name, held a newborn wrapped in a towel. "
        '"The driver told us to keep the children silent," she said.',
        ["Ilsabet Corvin", "Lusmore coast guard", "Stoyan", "Zalia"],
        id="woman-one-word-name",
    ),
    # the rejecter's words after "as"; a rejected demand's words stay its makers'
    pytest.param(
        "The ministry said on Monday the dam was safe, a finding the engineers' union rejected as "
        '"wishful arithmetic."',
        ["engineers' union"],
        id="rejected-as",
    ),
    pytest.param(
        "The Lusmore ferry workers' union has struck twice this year.\n\n"
        "Harbour director Aldwyn Yorath on Monday rejected the union's demands for "
        '"two crews on every night crossing."',
        ["Lusmore ferry workers' union"],
        id="rejected-demands-guard",
    ),
    # a possessive unnamed speaker who withholds the name: one more unnamed person, not the one named before
    pytest.param(
        'A nurse from Lusmore, Wrenna Hallgarth, said the ward was full. "We share every bed," she said. '
        'Her colleague, who declined to give her name, said the oxygen would run out on Friday. '
        '"After that we pray," she said.',
        ["Wrenna Hallgarth", "colleague"],
        id="possessive-withheld-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_blind3_shapes(nlp: Any, text: str, expected: list[str | None]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize("label", ["WORK_OF_ART", "PRODUCT", "PERSON"])
def test_an_aged_name_is_a_person_whatever_the_tagger_calls_it(nlp: Any, label: str) -> None:
    """"Another survivor, Given Surname, 23, ...": the age frame makes the name a person even where the
    tagger calls it a work of art or a product (set by hand, since how the tagger reads an invented name
    varies), so the "she" after it is her, not the unnamed survivor before."""
    text = ("A survivor, who asked not to be named, said the crew sold tickets on the gangway. "
            '"Everyone knew," he said.\n\n'
            "Another survivor, Thessaly Quenby, 23, held on to a crate all night. "
            '"We sang to stay awake," she said.')
    doc = nlp(text)
    words = [t.text for t in doc]
    at = words.index("Thessaly")
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= at + 2] + [Span(doc, at, at + 2, label=label)]
    speakers = [q.speaker for q in extract_quotes(doc, ExtractionContext("t", None), {})]
    assert speakers == ["survivor", "Thessaly Quenby"]
