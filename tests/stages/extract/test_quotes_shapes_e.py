"""Speakers: shapes the blind run of the invented corpus_e got wrong (tests/fixtures/corpus_e.README.md).

Every sentence is invented for this test (people and places of no eval text and no corpus_e sentence):
"she said" right after a woman introduced with a relative clause about her son (the son's "he" must not
make her a man), and "he said" after an unnamed speaker presented by an aside of anonymity (no name,
not the named speaker of the paragraph before).
"""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext

_SPOKESMAN = '"Nobody is above the law," said Arvo Kessling, the interior spokesman. "The courts will decide."\n\n'
_MINISTER = '"The roads will reopen on Monday," said Arvo Kessling, the transport minister.\n\n'

CASES = [
    pytest.param(
        _SPOKESMAN + "Relatives gathered outside the Tessel prison. Mara Velling, whose 19-year-old son was held "
        'for a week, said he had been kicked. "They wanted the names of his friends," she said.',
        "They wanted the names of his friends", "Mara Velling", id="mother-whose-son-then-she-said"),
    pytest.param(
        '"The wells are dry," said Ilse Vorn, the district officer.\n\nTomas Brekk, whose wife was injured in the '
        'blast, said she was still in hospital. "Nobody has come to help us," he said.',
        "Nobody has come to help us", "Tomas Brekk", id="husband-whose-wife-then-he-said"),
    pytest.param(
        _SPOKESMAN + "Outside the court, Edda Rauth, whose brother was sentenced on Friday, said his lawyer had "
        'not been allowed in. "The trial took eleven minutes," she said.',
        "The trial took eleven minutes", "Edda Rauth", id="sister-whose-brother-his-lawyer"),
    pytest.param(
        _MINISTER + "A senior official in the ministry, speaking on condition of anonymity, was less sure. "
        '"We have no money for the repairs," he said.',
        "We have no money for the repairs", "senior official", id="anonymous-official-aside"),
    pytest.param(
        _MINISTER + "A police officer at the checkpoint, who declined to give his name, shrugged. "
        '"We have no orders to let anyone through," he said.',
        "We have no orders to let anyone through", "police officer", id="declined-to-give-his-name"),
    pytest.param(
        _MINISTER + "A nurse at the clinic, who asked not to be named, was angrier. "
        '"Nobody has paid us since March," she said.',
        "Nobody has paid us since March", "nurse", id="asked-not-to-be-named"),
    pytest.param(
        '"We will restore order," said Interior Minister Pavel Orlenko.\n\nRuth Amsel, whose husband was arrested on '
        'Monday, said he had not been charged. "Nobody will tell us where he is," she said.',
        "Nobody will tell us where he is", "Ruth Amsel", id="wife-whose-husband"),
    pytest.param(
        '"The checkpoint is safe," said Colonel Mira Dane, the army spokeswoman.\n\nKolja Vrba, whose daughter was '
        'shot at the checkpoint, said she had been carrying bread. "She was eleven years old," he said.',
        "She was eleven years old", "Kolja Vrba", id="father-whose-daughter"),
    pytest.param(
        '"The ceasefire holds," said Foreign Minister Ada Roe.\n\nA diplomat in the capital, who spoke on condition '
        'of anonymity because he was not authorised to brief reporters, was gloomier. "The talks are dead," he said.',
        "The talks are dead", "diplomat", id="diplomat-who-spoke-on-condition"),
    pytest.param(  # "one" counts the unnamed speaker as "a" does
        '"Supplies are arriving," said Ivo Marsh, the regional governor.\n\nOne aid worker, speaking anonymously, '
        'described the camp as overwhelmed. "We have water for two days," she said.',
        "We have water for two days", "One aid worker", id="one-aid-worker-anonymously"),
    # a named speaker's own aside keeps the name
    pytest.param(
        _MINISTER + "Lisbet Harrow, speaking to reporters in Tessel, was less sure. "
        '"We have no money for the repairs," she said.',
        "We have no money for the repairs", "Lisbet Harrow", id="named-speaker-aside"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "quote", "speaker"), CASES)
def test_corpus_e_speakers(nlp: Any, text: str, quote: str, speaker: str) -> None:
    got = {q.text.rstrip("."): q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})}
    assert got[quote] == speaker
