"""Lines a page prints about where its story came from (creview16, batch V): wire notes and staff credits, machine-
translation notices, a broadcast's sign-off. Invented sentences about invented places (Veloria, Tessel, Orvin)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features_provenance import provenance_reason

HEADLINE = "Ferry service to Orvin island resumes after the storm"
PARA_1 = "The ferry between Tessel and Orvin island sailed again on Tuesday, four days after a storm damaged the pier."
PARA_2 = "Engineers repaired the landing ramp overnight, and about 300 passengers crossed on the first sailing."
PARA_3 = "The operator said the timetable would be back to normal by the weekend."


def _clean(*lines: str) -> str:
    body = "\n\n".join(lines)
    return clean(Article(id="p", source="test", body=body, format="txt")).text


@pytest.mark.parametrize(("line", "reason"), [
    ("From wire reports", "wire source note"),
    ("Compiled from wire services", "wire source note"),
    ("Staff and wire reports contributed to this story.", "wire source note"),
    ("Reporting by Lida Marsh in Tessel and Ivo Farr in Orvin", "wire credits"),
    ("Additional reporting by Oda Finch", "wire credits"),
    ("Writing by Lida Marsh; Editing by Oda Finch and Tem Brask", "wire credits"),
    ("(Reporting by Lida Marsh; editing by Oda Finch)", "wire credits"),
    # a desk or an outlet's staff credited in place of people (corpus_u class: a long credit line was kept)
    ("(Reporting by Orvin Herald staff in Tessel; Writing by the Velm desk; Editing by the world desk)",
     "wire credits"),
    ("Reporting by our correspondents in Orvin; editing by the news team", "wire credits"),
    ("Writing by Lida Marsh and the Tessel bureau; Editing by the Europe desk", "wire credits"),
    ("[Additional reporting by Harbour Wire reporters; Editing by the night editors]", "wire credits"),
    ("This story was translated automatically from Velorian. The original version prevails.", "translation notice"),
    ("This text was machine-translated and may contain errors.", "translation notice"),
    ("Orvin Daily (English edition, automatic translation)", "translation notice"),
    ("The editors are not responsible for errors of translation.", "translation notice"),
    ("Translated by AI", "translation notice"),
    ("You are listening to Radio Orvin.", "broadcast sign-off"),
    ("That is the news. You're listening to Tessel FM.", "broadcast sign-off"),
    ("That was the news from Radio Orvin.", "broadcast sign-off"),
    ("Stay with us for the weather after the headlines.", "broadcast sign-off"),
    # a credit for another newsroom's copy (invented pages, session 35)
    ("With files from the Orvin Press Agency", "wire source note"),
    ("With files from The Tessel Wire and Harbour News.", "wire source note"),
    ("(With reporting from Lida Marsh)", "wire source note"),
])
def test_provenance_lines_are_named(line: str, reason: str) -> None:
    assert provenance_reason(line, len(line.split())) == reason


@pytest.mark.parametrize("line", [
    "Wire services reported that 40 homes were flooded.",
    "Reporting by the local paper found that the pier had not been inspected since 2019.",
    "Reporting by the world desk of the Orvin Herald led to the inquiry into the pier.",
    "The council said the leaflets had been translated automatically and contained errors.",
    "Shops in Tessel were told that signs translated by a machine must be checked before they go up.",
    "Machine Translation",
    "\"You are listening to Radio Orvin for the last time,\" its presenter said.",
    "That was the news the islanders had waited for since the storm.",
    "Stay tuned, the harbour master told the crowd on the pier.",
    "With files from the archive, the inspectors showed the pier had not been checked.",
    "with files from police, the council named the ferry's owner.",
])
def test_story_sentences_about_wires_translation_and_radio_are_no_notice(line: str) -> None:
    assert provenance_reason(line, len(line.split())) is None


def test_wire_notes_credits_and_notices_go_and_the_story_stays() -> None:
    text = _clean("This article was translated automatically. Report a translation error", HEADLINE,
                  "From wire reports", PARA_1, PARA_2, PARA_3, "Reporting by Lida Marsh in Tessel",
                  "Editing by Oda Finch", "You are listening to Radio Orvin.")
    for line in (HEADLINE, PARA_1, PARA_2, PARA_3):
        assert line in text
    for debris in ("translated automatically", "wire reports", "Lida Marsh", "Oda Finch", "listening"):
        assert debris not in text


@pytest.mark.parametrize(("line", "reason"), [
    ("With wire service reports", "wire source note"),
    ("Wire reports were used in this story.", "wire source note"),
    ("Compiled by Rhea Vell; Fact-checking by Ivo Farr", "wire credits"),
    ("Translation: machine. The editors have not checked this text.", "translation notice"),
    ("This has been the evening bulletin from Radio Orvin.", "broadcast sign-off"),
    ("You've been listening to Tessel FM.", "broadcast sign-off"),
])
def test_provenance_lines_in_other_wording_batch_v2(line: str, reason: str) -> None:
    assert provenance_reason(line, len(line.split())) == reason


@pytest.mark.parametrize("line", ["That was the worst news.", "That is the good news for the islanders."])
def test_a_short_paragraph_about_news_is_no_sign_off(line: str) -> None:
    assert provenance_reason(line, len(line.split())) is None
