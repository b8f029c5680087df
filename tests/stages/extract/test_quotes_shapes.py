"""Speaker shapes of the sixteenth quotes round (stress batch bt), on invented sentences about the
invented country of Norvia: a qualified title beside a sitting holder, an acronym spelled out only
after it speaks, translated sources ("on the words of X", "it is said in the message of X"), words
a thing shows, and a demonym epithet for a person whose role names no country; and the cross-paragraph
shapes of quotes round 17's whole articles (tests/fixtures/quotes_articles.txt) and of corpus_d's blind run."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext

CASES = [
    pytest.param(
        "Governor Elin Strom and former Governor Maja Tolv toured the harbour on Friday.\n\n"
        '"The sea wall held where it was rebuilt," the governor said.\n\n'
        '"It held because we paid for it ten years ago," the former governor said.',
        [("The sea wall held where it was rebuilt", "Elin Strom"),
         ("It held because we paid for it ten years ago", "Maja Tolv")], id="former-beside-sitting-holder"),
    pytest.param(
        "NMR sent two boats to the islands on Monday.\n\n"
        '"Both boats are back with forty people on board," NMR, the Norvian Marine Rescue, said in a statement.',
        [("Both boats are back with forty people on board", "Norvian Marine Rescue")],
        id="acronym-spelled-out-after-it"),
    pytest.param(
        'On the words of the head of the county Arvid Sten, "the ferry will not run until the storm ends."',
        [("the ferry will not run until the storm ends.", "Arvid Sten")], id="translated-on-the-words-of"),
    pytest.param(
        '"Three roads in the county remain under water," it is said in the message of the county road service.',
        [("Three roads in the county remain under water", "county road service")],
        id="translated-it-is-said-in-the-message-of"),
    pytest.param(
        'Dozens of fishermen gathered at the quay holding placards reading "Give us back the harbour."',
        [("Give us back the harbour.", None)], id="placards-reading-are-nobodys"),
    pytest.param(
        'A sign taped to the gate read "Closed until further notice by order of the council."',
        [("Closed until further notice by order of the council.", None)], id="a-sign-read-has-no-author"),
    pytest.param(
        'Sten read "We will not leave our homes" aloud from the residents\' petition.',
        [("We will not leave our homes", "Sten")], id="guard-a-person-who-reads"),
    pytest.param(
        'President Lars Heimdal met the families on Sunday. "We owe them the truth," the Norvian leader said.',
        [("We owe them the truth", "Lars Heimdal")], id="demonym-epithet-for-a-president"),
    # stress batch bu
    pytest.param(
        "Acting Mayor Rut Enge opened the shelter with her predecessor, Liv Brekke, on Sunday.\n\n"
        '"The shelter stays open until every house is dry," the acting mayor said.',
        [("The shelter stays open until every house is dry", "Rut Enge")], id="acting-holder-beside-predecessor"),
    pytest.param(
        "Former Defence Minister Anna Berg gave evidence on Monday. "
        '"Nobody asked me about the bridges," the ex-minister said.',
        [("Nobody asked me about the bridges", "Anna Berg")], id="ex-for-former"),
    pytest.param(
        "Governor Jon Hauge handed over to his successor, Governor-elect Kari Nord, on Friday.\n\n"
        '"My first visit will be to the valley," the governor-elect said.',
        [("My first visit will be to the valley", "Kari Nord")], id="title-elect"),
    pytest.param(
        'The Tessel Harbour Board said the quay was safe again. "Ferries can dock from Monday," its spokesman said.',
        [("Ferries can dock from Monday", "Tessel Harbour Board")], id="its-spokesman-unnamed-is-the-body"),
    pytest.param(
        'Residents marched through the town holding placards saying "Fix the bridge first."',
        [("Fix the bridge first.", None)], id="placards-saying"),
    pytest.param(
        'Mayor Anna Berg left the meeting saying "We will be back on Friday with the pumps."',
        [("We will be back on Friday with the pumps.", "Anna Berg")], id="guard-a-person-leaving-saying"),
    pytest.param(
        'A post on the council\'s Telegram channel read: "The ferry to the islands is cancelled today."',
        [("The ferry to the islands is cancelled today.", "council")], id="post-on-owners-channel"),
    pytest.param(
        'Reported in the press service of the Norvian Coast Guard: "Two trawlers were towed back to port."',
        [("Two trawlers were towed back to port.", "press service of the Norvian Coast Guard")],
        id="translated-reported-in-press-service"),
    pytest.param(
        "Governor Hauge to fishermen: 'The quota will not be cut this year'\n\n"
        "TESSEL, Norvia — Governor Jon Hauge told fishermen on Monday that the quota would stay.",
        [("The quota will not be cut this year", "Jon Hauge")], id="headline-title-name-to-audience"),
    pytest.param(
        "'We will not sell the harbour': Tessel governor\n\n"
        "TESSEL, Norvia — The governor of Tessel, Maria Kowalski, said on Monday the harbour would stay public.",
        [("We will not sell the harbour", "Maria Kowalski")], id="headline-quote-colon-role-named-below"),
    # stress batch bv
    pytest.param(
        'The board\'s letter was brief: "The ferry licence is withdrawn from Monday."',
        [("The ferry licence is withdrawn from Monday.", "board")], id="possessive-document-before-colon"),
    pytest.param(
        'Tove Lien, the "storm queen" of Norvian weather forecasting, said: "This one is worse than the last."',
        [("storm queen", None), ("This one is worse than the last.", "Tove Lien")], id="nickname-in-apposition"),
    pytest.param(
        'Tove Lien, who called the forecast "a clear warning nobody read," said she would retire.',
        [("a clear warning nobody read", "Tove Lien")], id="guard-a-clause-in-the-phrase-quotes-the-speaker"),
    # stress batch bw
    pytest.param(
        "President Odd Viken spoke first, followed by Vice President Maria Kowalski.\n\n"
        '"The fund for the islands is ready," the vice president said.',
        [("The fund for the islands is ready", "Maria Kowalski")], id="vice-beside-sitting-holder"),
    pytest.param(
        "Mayor Jon Hauge met the county governor, Erik Solberg, at the harbour.\n\n"
        "The governor promised divers by the end of the week.\n\n"
        '"I will believe it when they are in the water," he said.',
        [("I will believe it when they are in the water", "Erik Solberg")], id="he-after-a-title-only-subject"),
    # quotes round 17 (tests/fixtures/quotes_articles.txt): cross-paragraph shapes of whole articles
    pytest.param(
        "Fisheries Minister Oskar Lemm and Transport Minister Hugo Brast opened the new quay on Friday. "
        '"The quay cost less than planned," Brast said. The fisheries minister disagreed. '
        '"It cost the fishermen a whole season," the minister said.',
        [("The quay cost less than planned", "Hugo Brast"), ("It cost the fishermen a whole season", "Oskar Lemm")],
        id="the-minister-is-the-holder-spoken-of-last"),
    pytest.param(
        "Marta, 34, walked to the camp at Lusk with her two sons on Thursday. She asked that her family "
        'name not be used.\n\n"We took nothing," she said.',
        [("We took nothing", "Marta")], id="witness-by-first-name-and-age"),
    pytest.param(
        "Its spokeswoman, Ilinca Vaduva, told a briefing that the first lorries from abroad were expected on "
        'Saturday. "They will go straight to the camps at Pelna and Urs," she said.',
        [("They will go straight to the camps at Pelna and Urs", "Ilinca Vaduva")],
        id="untagged-name-after-an-office-and-a-comma"),
    pytest.param(
        "A spokesman for the Coast Authority declined to say when the harbour would reopen. "
        '"We will know more on Friday," he said.',
        [("We will know more on Friday", "Coast Authority")], id="he-after-a-spokesman-who-declined-to-say"),
    pytest.param(
        'The new sea wall, known along the coast as the "tin curtain", was designed by engineer Rolf Amsel. '
        "He said it would last a century.",
        [("tin curtain", None)], id="known-as-the-label-before-another-verbs-agent"),
    pytest.param(
        "Governor Nils Haug of Velm province blamed the dam operator. Governor Tor Lund of Ostra province "
        'defended it.\n\n"The operator broke the rules," Haug said.\n\n'
        'The Ostra governor disagreed. "The rules were followed to the letter," he said.',
        [("The operator broke the rules", "Nils Haug"), ("The rules were followed to the letter", "Tor Lund")],
        id="the-place-governor-is-the-one-of-that-place"),
    pytest.param(
        'Teacher Rina Holm spoke at the rally. Students held up a banner that read "Schools not ruins".',
        [("Schools not ruins", None)], id="a-banner-that-read-is-nobodys"),
    pytest.param(
        'Teacher Rina Holm spoke first. Then the crowd chanted "Rebuild the school" for an hour.',
        [("Rebuild the school", "crowd")], id="the-crowd-is-no-epithet-for-the-one-named-before"),
    pytest.param(
        "TARVIK, Norvia — The Norvian Mountain Watch (NMW) closed the pass on Sunday.\n\n"
        '"The snow on the north face could slide at any moment," NMW said in a statement.',
        [("The snow on the north face could slide at any moment", "Norvian Mountain Watch")],
        id="acronym-defined-where-the-tagger-saw-no-body"),
    pytest.param(
        'A fisheries agency report seen by reporters said the quota had been "set far too high."',
        [("set far too high.", "fisheries agency")], id="a-document-of-a-compound-body-noun"),
    pytest.param(
        "Mayor Ida Brenn visited the flooded school on Monday.\n\nThe army's bridging battalion said it had "
        'finished the new crossing. "The crossing can carry lorries from today," said a post from the battalion.',
        [("The crossing can carry lorries from today", "army's bridging battalion")],
        id="a-military-unit-is-a-body-not-an-epithet"),
    pytest.param(
        "HALK, Brevonia — Volunteers in Halk have spent a month running what they call the \"kitchen of last "
        'resort", feeding up to a thousand people a day from a school canteen.',
        [("kitchen of last resort", "Volunteers")], id="a-crowd-the-tagger-ran-into-the-dateline"),
    # shapes the blind run of the invented corpus_d credited to the wrong person (its README; places
    # Pellam and Orvin)
    pytest.param(  # the name closing the subject's "for" phrase names the subject, not the client after it
        "The lawyer for the arrested harbour master, Tomas Kell, said on Monday that his client, Arno Pitt, had "
        "been held overnight in Pellam.\n\n"
        '"My client answered every question they put to him," he said.',
        [("My client answered every question they put to him", "Tomas Kell")],
        id="subject-apposition-on-its-of-phrase",
    ),
    pytest.param(  # the same with "of", and a woman and a woman
        "The sister of the missing nurse, Hanna Roe, told reporters in Orvin that Lina Stroud had not been seen "
        "since the flood.\n\n"
        '"We have walked every street of this town looking for her," she said.',
        [("We have walked every street of this town looking for her", "Hanna Roe")],
        id="subject-apposition-of",
    ),
    pytest.param(  # a title with a qualifier is the holder whose written role has both words
        "Health Minister Vera Dunn visited the camps at Pellam on Monday.\n\n"
        "The minister of transport, Olga Brett, said the road to Orvin would open on Friday.\n\n"
        "Later the health minister said the clinics would stay open \"for as long as the camps stand\".",
        [("for as long as the camps stand", "Vera Dunn")],
        id="qualified-title-agrees-with-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round16_speaker_shapes(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [(q.text, q.speaker) for q in quotes] == expected
