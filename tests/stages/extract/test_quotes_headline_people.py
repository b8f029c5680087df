"""quotes.v1 on an article whose headline the tagger misreads (Title Case above all), so that the body's own
subject, called by one name only, lost its pronouns to a person the headline named: a tie word run into a
name ("Hale Ally Jon Reed"), one place or body tag of the surname outvoting its person tags, a headline run
tagged a body that opens with the surname ("Hale On Trade: ..."), an untagged mention of the one-word person
as a subject. Every name and sentence is made up (invented probes and the title-case respelling, session 35).
The company a one-word name stands for ("Brandt" after "Brandt Holdings") is the stress case
q-company-named-like-a-person (tests/fixtures/quotes_stress.txt), still read so.
"""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext

BODY = ("Hale spoke to a crowd of about 2,000 people at a fairground outside Dayton on Monday night.\n\n"
        "The crowd cheered as he listed the factories that had closed in the county.\n\n"
        '"We are going to bring those jobs back," he said. "Every one of them."\n\n'
        "Hale also attacked the trade deals signed by the last two governments.\n\n"
        '"They sold you out," he said.\n')

BODY_WITH_MATE = ("Hale spoke to a crowd of about 2,000 people at a fairground outside Dayton on Monday night, "
                  "joined by his running mate, Ivo Lind.\n\n"
                  "The crowd cheered as Hale listed the factories that had closed in the county.\n\n"
                  '"We are going to bring those jobs back," he said. "Every one of them."\n\n'
                  "Hale also attacked the trade deals signed by the last two governments.\n\n"
                  '"They sold you out," he said.\n')


def _speakers(nlp: Any, text: str) -> set[str | None]:
    return {q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})}


@pytest.mark.parametrize(("headline", "body"), [
    ("Hale Ally Jon Reed Defends Tax Plan As Rivals Pile On", BODY),
    ("Former governor Ivo Lind endorses Hale at Dayton rally", BODY),
    ("Brandt Campaign Says Hale Tax Plan Would Cost Millions Of Jobs", BODY),
    ("Hale Says Polls Are Fake As Lind Endorsement Looms", BODY),
    ("Hale Campaign Says Polls Are Fake", BODY_WITH_MATE),
    ("Hale On Trade: The Factories Are Coming Back", BODY_WITH_MATE),
])
def test_the_bodys_one_name_subject_keeps_its_pronouns(nlp: Any, headline: str, body: str) -> None:
    assert _speakers(nlp, headline + "\n\n" + body) == {"Hale"}



LEVY = ("\n\nKalin Vost, who wrote the levy, rejected the claim at a hearing later that day.\n\n"
        '"The numbers are wrong," Vost said.\n\n'
        "{surname} was not convinced. {pronoun} said the vote would be close.\n\n"
        '"This levy is a gift to the banks," {pronoun_lower} said.\n')


@pytest.mark.parametrize(("lead", "full", "pronoun"), [
    # the tagger leaves the lead's name untagged after a wire dateline
    ("QUARVELLE (Harbour Wire) - Ivo Lind said on Monday that the levy would cost the state's farmers millions "
     "of dollars.", "Ivo Lind", "He"),
    ("PELLASTRE (Harbour Wire) - Alma Brandt said on Monday that the levy would cost the state's farmers millions "
     "of dollars.", "Alma Brandt", "She"),
    ("OSTREVIK (Harbour Wire) - Ivo Lind, the state's senior senator, warned on Monday that the levy would cost "
     "farmers millions of dollars a year.", "Ivo Lind", "He"),
])
def test_the_name_a_lead_opens_on_after_a_dateline_is_a_person(nlp: Any, lead: str, full: str, pronoun: str) -> None:
    text = "Senate fight over farm levy grows\n\n" + lead + LEVY.format(
        surname=full.split()[-1], pronoun=pronoun, pronoun_lower=pronoun.lower())
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [q.speaker for q in quotes] == ["Kalin Vost", full]
