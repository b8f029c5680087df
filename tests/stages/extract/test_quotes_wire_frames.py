"""quotes.v1 on frames of wire and political copy that invented probes of session 36 found misread: the
spokesperson an article brought in with "a" and names again with "the" (quotes_speakers_unnamed.
earlier_unnamed_office); a lawyer's name in apposition that the tagger leaves untagged (roles.tsv); a quotation
inside reported speech, said by the person the reporter's source quotes (quotes_verbs.names_person); a title set
after the second of two joined names (quotes_register_people.appositives); a crowd that chants a quotation which is
a sentence of its own (quotes_bodies.crowd_before). Every sentence and name is made up."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text + "\n"), ExtractionContext("t", None), {})]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokesperson for the Orlen Water Board said the pumps had failed.\n\n"
     '"Three districts have no supply tonight," the spokesperson said.', "Orlen Water Board"),
    ("A spokeswoman for the Kessa Ports Authority confirmed the closure.\n\n"
     '"No ship will dock before Friday," the spokeswoman said.', "Kessa Ports Authority"),
    ('A ministry spokesman said talks would resume. "We are close," the spokesman said.', "ministry spokesman"),
])
def test_the_spokesperson_is_the_one_brought_in_before(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_named_spokesperson_keeps_their_name(nlp: Any) -> None:
    text = ("A spokeswoman for the Kessa Ports Authority, Dana Velik, confirmed the closure.\n\n"
            '"No ship will dock before Friday," the spokeswoman said.')
    assert _speakers(nlp, text) == ["Dana Velik"]


def test_a_lawyers_name_in_apposition_is_a_person(nlp: Any) -> None:
    text = ("Behrouz Kamali left the court in Dunmere on Monday. His lawyer, Nasrin Farahani, spoke to "
            'reporters.\n\n"We will take this to the supreme court," she said.')
    assert _speakers(nlp, text) == ["Nasrin Farahani"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Halim Sarkar said his employer, Jafar Quddus, told him, "Come back on Monday or do not come back."',
     "Jafar Quddus"),
    ('Pavel Drozd said the captain, Ilya Voronin, ordered him: "Cut the anchor chain."', "Ilya Voronin"),
    # control: no person named in the inner clause, the reporter's source speaks
    ('Pavel Drozd said the order came by radio: "Cut the anchor chain."', "Pavel Drozd"),
])
def test_a_quotation_inside_reported_speech_is_the_inner_speakers(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_title_after_the_second_of_two_names_is_the_seconds(nlp: Any) -> None:
    text = ("Samir Haddou and Yacine Meziane, the provincial governor, toured the dam on Tuesday.\n\n"
            '"The spillway held," the governor said.')
    assert _speakers(nlp, text) == ["Yacine Meziane"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Students marched through central Orlen on Friday.\n\n"Open the gates!" they chanted.', "Students"),
    ('Hundreds of farmers marched through Kessa on Friday.\n\n"We want water," they said.', "Hundreds of farmers"),
])
def test_a_crowds_chant_is_the_crowds_not_the_places(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("'Hold every bridge,' Orlen general tells troops\n\nGeneral Ivo Sandor told soldiers on Monday that help was "
     'coming.\n\n"Every metre matters," Sandor said.', "Ivo Sandor"),
    ("'We will rebuild': Kessa mayor vows after floods\n\nThe mayor of Kessa, Dana Velik, said on Tuesday that the "
     'town would rebuild.\n\n"We have done it before," she said.', "Dana Velik"),
    # control: nobody with the headline's title named below
    ("'Hold every bridge,' Orlen general tells troops\n\nSoldiers at the front said on Monday that help was "
     "coming.", "Orlen general"),
])
def test_a_headlines_speaker_by_office_is_the_person_the_body_names(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mayor Irena Vask defended the budget on Monday.\n\nHer deputy mayor, Tomas Grell, said the city could not "
     'afford it.\n\n"Bring on the hearings," the mayor said.', "Irena Vask"),
    ('Deputy Mayor Tomas Grell spoke first.\n\n"We need more buses," the deputy mayor said.', "Tomas Grell"),
])
def test_the_title_alone_is_not_its_deputy(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize("verb", ["quipped", "snapped", "joked"])
def test_a_quotation_said_with_a_manner_verb_is_the_pronouns_antecedent(nlp: Any, verb: str) -> None:
    text = ("Sen. Dana Velik, the committee chairwoman, opened the hearing on Monday.\n\nSen. Piet Olander complained "
            f'about the length of the statements.\n\n"I have heard shorter speeches at my own wedding," she {verb}.')
    assert _speakers(nlp, text) == ["Dana Velik"]


def test_a_participle_after_a_reported_clause_is_the_reporters(nlp: Any) -> None:
    text = ('Finance Minister Ilse Marran said on Tuesday the government would not meet the union\'s demand, calling '
            'it "simply unaffordable this year".')
    assert _speakers(nlp, text) == ["Ilse Marran"]
