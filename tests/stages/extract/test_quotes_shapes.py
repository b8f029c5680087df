"""Speaker shapes of the sixteenth quotes round (stress batch bt), on invented sentences about the
invented country of Norvia: a qualified title beside a sitting holder, an acronym spelled out only
after it speaks, translated sources ("on the words of X", "it is said in the message of X"), words
a thing shows, and a demonym epithet for a person whose role names no country; and the cross-paragraph
shapes of quotes round 17's whole articles (tests/fixtures/quotes_articles.txt), of the crisis whole articles
(tests/fixtures/quotes_crisis.txt) and of corpus_d's and corpus_e's blind runs."""

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
    # The blind misses of the crisis whole-article set (tests/fixtures/quotes_crisis.txt), by batch, first (ca-).
    pytest.param(
        'Relief official Kasper Lunde said the warehouse was empty. "Nothing came this week," Lunde said.\n\n'
        "Another volunteer, a student who gave only his first name, Tomo, said the kitchen had run out of rice. "
        '"We cook what people bring us," he said.',
        [("Nothing came this week", "Kasper Lunde"), ("We cook what people bring us", "Tomo")],
        id="first-name-given-through-an-apposition"),
    pytest.param(
        'Police chief Hedda Sorn said four people had been arrested. "We have the van too," Sorn said.\n\n'
        "Another shopkeeper, who would give only her first name, Mira, said looters had come twice. "
        '"They took the doors as well," she said.',
        [("We have the van too", "Hedda Sorn"), ("They took the doors as well", "Mira")],
        id="another-one-who-gave-her-first-name-then-she-said"),
    pytest.param(
        'Judge Ilse Marten opened the hearing. "The court will hear the boatmen first," she said.\n\n'
        "The smugglers' boss, known only as Dravo, told the court through a lawyer that he had "
        '"never owned a boat of any kind."',
        [("The court will hear the boatmen first", "Ilse Marten"), ("never owned a boat of any kind.", "Dravo")],
        id="known-only-as"),
    pytest.param(
        "The haulage company, Dunmore Freight, said its lorries had been stopped at the border.\n\n"
        'Drivers said the queue was ten kilometres long. "Our drivers waited there for two days," the company said.',
        [("Our drivers waited there for two days", "Dunmore Freight")],
        id="company-named-in-apposition-not-its-description"),
    pytest.param(
        "The camp's water supplier, Norvik Water, said it would add two tankers.\n\n"
        'Evacuees said the queues were long. "Both tankers leave at dawn," the company said.',
        [("Both tankers leave at dawn", "Norvik Water")], id="operator-named-in-apposition-then-the-company"),
    pytest.param(
        "The aid agency's director, Ada Lorne, said the figures were wrong. Its spokesman, Ivo Brask, said the "
        'agency had counted twice. "These numbers are old," he said.\n\n'
        'Engineer Lars Ostby said the pumps had failed. "We need new ones," Ostby said.\n\n'
        'According to Brask, the agency has opened 12 kitchens since October. "No child goes without food," he said.',
        [("These numbers are old", "Ivo Brask"), ("We need new ones", "Lars Ostby"),
         ("No child goes without food", "Ivo Brask")],
        id="according-to-x-opens-the-sentence-before-he-said"),
    pytest.param(
        'VELMO, Norvia \u2014 "We pulled three people from the river before midnight."\n\n'
        "That was how Marit Aasen, a boatman from the village of Lisk, described the night of the flood.",
        [("We pulled three people from the river before midnight.", "Marit Aasen")],
        id="dateline-then-a-quote-named-in-the-next-paragraph"),
    pytest.param(
        "A soldier at the checkpoint said the road was mined. Another soldier said it had been cleared. "
        '"We drove over it this morning," he said.',
        [("We drove over it this morning", "soldier")], id="another-one-unnamed-person"),
    # second batch (cb-)
    pytest.param(
        'Nurse Ada Lind said the shelter was full. "We have no more beds," Lind said.\n\n'
        'Her neighbour, who gave her name only as Tuva, said she was staying. "I have sandbags and a boat," she said.',
        [("We have no more beds", "Ada Lind"), ("I have sandbags and a boat", "Tuva")],
        id="name-only-as"),
    pytest.param(
        "A court in Velmo kept the reporter Ines Varg in custody on Friday.\n\n"
        'Her lawyer, Rune Falk, said the court gave no reason. "We will appeal," Falk said.\n\n'
        "The prosecutor's office said in a statement that Varg was suspected of \"spying for a foreign power.\"",
        [("We will appeal", "Rune Falk"), ("spying for a foreign power.", "prosecutor's office")],
        id="a-title-is-not-one-the-article-called-something-else"),
    # third batch (cc-)
    pytest.param(
        'Firefighters worked through the night. "The roof came down at two," said Sgt. Jonas Lie of the Lisk '
        'fire brigade. "Nobody was inside."',
        [("The roof came down at two", "Jonas Lie"), ("Nobody was inside.", "Jonas Lie")],
        id="rank-abbreviation-cut-from-its-name-is-no-person"),
    # fifth batch (ce-)
    pytest.param(
        "The Norvian Red Cross Society said two villages were still cut off.\n\n"
        'Ivo Dahl, a guide, said the river had risen overnight. "Nobody should cross today," Dahl said.\n\n'
        '"We will try again at first light," the Red Cross said in a statement.',
        [("Nobody should cross today", "Ivo Dahl"), ("We will try again at first light", "Norvian Red Cross Society")],
        id="a-body-by-a-short-name-after-its-full-one"),
    # sixth batch (cf-)
    pytest.param(
        'Police chief Ivo Marsh said the driver had fled on foot. "We will find him," Marsh said.\n\n'
        "The driver's son, who asked not to be named, told the Velmo Post that his father had panicked. "
        '"He is not a bad man. He was afraid," the son said.',
        [("We will find him", "Ivo Marsh"), ("He is not a bad man. He was afraid", "driver's son")],
        id="a-kin-noun-after-an-unnamed-relative"),
    pytest.param(
        "Ada Roe, a mother of three, lost her home in the fire.\n\n"
        '"We got out with the children and nothing else," the mother of three said.',
        [("We got out with the children and nothing else", "Ada Roe")], id="guard-a-kin-epithet-for-one-named"),
    # seventh batch (cg-)
    pytest.param(
        "The Northern Mountain Rescue Centre (NMRC) said on Friday it had called off the search for two "
        'climbers.\n\n"After three nights on the ridge, nobody could survive," the NMRC said in a statement.\n\n'
        'The NMRC later said its helicopters would keep flying routine patrols. "If anything is seen, we will go '
        'back," it said.',
        [("After three nights on the ridge, nobody could survive", "Northern Mountain Rescue Centre"),
         ("If anything is seen, we will go back", "Northern Mountain Rescue Centre")],
        id="it-after-an-acronym-body-is-the-body-in-full"),
    pytest.param(
        "The district known as Lantern Hill was cleared on Tuesday, said Captain Runa Vik. "
        '"Every house was checked," she said.',
        [("Every house was checked", "Runa Vik")], id="guard-known-as-without-only-names-no-person"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round16_speaker_shapes(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [(q.text, q.speaker) for q in quotes] == expected

#: One quotation's speaker among several (corpus_e's blind run, invented sentences): "she said" right after
#: a woman introduced with a relative clause about her son (the son's "he" must not make her a man), and "he
#: said" after an unnamed speaker presented by an aside of anonymity (no name, not the paragraph before's).
_SPOKESMAN = '"Nobody is above the law," said Arvo Kessling, the interior spokesman. "The courts will decide."\n\n'
_MINISTER = '"The roads will reopen on Monday," said Arvo Kessling, the transport minister.\n\n'

ONE_QUOTE = [
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
@pytest.mark.parametrize(("text", "quote", "speaker"), ONE_QUOTE)
def test_one_quote_speaker(nlp: Any, text: str, quote: str, speaker: str) -> None:
    got = {q.text.rstrip("."): q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})}
    assert got[quote] == speaker

#: Shapes of the issue 10 audit of real tune text no quote rule was tuned on (dates-dev and clean-dev
#: tune parts, pool A; the judgements stay outside the repo), on invented sentences: a he/she whose
#: cue names nobody never falls back to a person of the other sex (a one-word given name shows the sex
#: too); "X asked her, '...?' She answered" is the one asked; a work's title is nobody's words; a
#: body's name before "executive director NAME"; "X said the things were ..., but insisted, '...'"
#: (the parser hangs "insisted" on the reported clause); and a quotation signed with a name and a role
#: and no verb. Each fails on 45c5b11; the guards pass on both.
_FAIR = "Liv Hovel sang at the Tessel fair on Saturday. "
_SHOW = "Liv Hovel talked about the flood on the morning show. The host Pell Arno asked "
AUDIT_CASES = [
    pytest.param(
        _FAIR + 'A young farmer then climbed onto the cart, and he said, "Here is a real harvest song."',
        [("Here is a real harvest song.", None)], id="he-said-never-the-woman-before"),
    pytest.param(
        _FAIR + 'Later a farmer took the microphone. "Here is a real harvest song," he said.',
        [("Here is a real harvest song", None)], id="he-said-fallback-never-the-woman"),
    pytest.param(
        'Tomas Brekk sang at the Tessel fair on Saturday. Later he took the microphone. "Here is a real '
        'harvest song," he said.',
        [("Here is a real harvest song", "Tomas Brekk")], id="guard-he-said-the-man-before"),
    pytest.param(
        "The fair opened with a song by Liv, the town's baker. Later a farmer took the microphone. "
        '"Here is a real harvest song," he said.',
        [("Here is a real harvest song", None)], id="he-said-never-a-woman-named-by-given-name-alone"),
    pytest.param(
        _SHOW + 'her, "Did you leave the house?" She answered, "Only on the third day."',
        [("Did you leave the house?", "Pell Arno"), ("Only on the third day.", "Liv Hovel")],
        id="asked-her-a-quoted-question-she-answered"),
    pytest.param(
        _SHOW + 'the audience, "Who here left the house?" He said, "Nobody ever does."',
        [("Who here left the house?", "Pell Arno"), ("Nobody ever does.", "Pell Arno")],
        id="guard-asked-the-audience-he-said-is-the-asker"),
    pytest.param(
        'Last year the Tessel archive printed a leaflet titled: "Where the river floods and why."',
        [("Where the river floods and why.", None)], id="leaflet-titled-colon"),
    pytest.param(
        'The ministry printed a booklet entitled "How to keep your cellar dry".',
        [("How to keep your cellar dry", None)], id="booklet-entitled"),
    pytest.param(
        '"The quota is a disgrace," Norvians for Clean Rivers executive director Lina Voss said.',
        [("The quota is a disgrace", "Lina Voss")], id="demonym-led-body-executive-director-name"),
    pytest.param(
        '"We are moving people before the water moves them," army spokeswoman Major Ada Roe said at the post.',
        [("We are moving people before the water moves them", "Ada Roe")], id="guard-role-noun-then-rank-then-name"),
    pytest.param(
        "Governor Arvo Kessling said the pumps were running along the whole dyke to keep the fields dry, but "
        'insisted, "Nobody needs to leave the village."',
        [("Nobody needs to leave the village.", "Arvo Kessling")], id="said-things-were-but-insisted"),
    pytest.param(
        'Governor Arvo Kessling said the fishing boats were sheltering in the harbour, but insisted, "Nobody '
        'needs to leave the village."',
        [("Nobody needs to leave the village.", "Arvo Kessling")], id="said-boats-were-but-insisted"),
    pytest.param(
        '"We have sent four boats to the islands," Arvo Kessling, Chief of the Norvian Coast Service.',
        [("We have sent four boats to the islands", "Arvo Kessling")], id="verbless-name-role-signature"),
    pytest.param(
        'Navy spokesman Capt. Arvo Lind said: "Every crew is accounted for."',
        [("Every crew is accounted for.", "Arvo Lind")], id="guard-abbreviated-rank-before-the-name"),
    pytest.param(
        '"Every crew is accounted for," said Lt. Col. Mira Sand of the coast guard.',
        [("Every crew is accounted for", "Mira Sand")], id="guard-two-abbreviated-ranks-before-the-name"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), AUDIT_CASES)
def test_audit_shapes(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [(q.text, q.speaker) for q in quotes] == expected


@pytest.mark.issue(10)
def test_a_nickname_in_single_marks_stays_inside_the_name(nlp: Any) -> None:
    """British style sets a nickname in single marks (Ada ‘Dee’ Lind): the name runs on over it to the surname."""
    text = ("\u2018This is a big year for our valley!\u2019 Roe's niece, state Del. Ada \u2018Dee\u2019 Lind "
            "(D-Harbourside), shouted to the crowd.")
    (quote,) = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert quote.speaker is not None and quote.speaker.endswith("Ada \u2018Dee\u2019 Lind")
