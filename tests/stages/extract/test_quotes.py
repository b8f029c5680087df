"""Tests for the quotes extractor (invented sentences about an invented crisis in Veloria)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from groundwatch.records import Quote
from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.quotes_marks import find_quotations
from groundwatch.stages.extract.registry import ExtractionContext, registered


def _quotes(nlp: Any, text: str) -> tuple[Quote, ...]:
    return extract_quotes(nlp(text), ExtractionContext("t", None), {})


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(nlp, text)]


CASES = [
    pytest.param(
        "The mayor of Velmont, Ada Roe, resigned on Friday, a week after a flood destroyed much of the harbour, "
        "saying she could no longer lead the rebuilding while the question of the levees "
        "\u201changs over every meeting\u201d.",
        [("hangs over every meeting", "Ada Roe")], id="participle-after-an-adverbial-clause-is-the-main-subjects"),
    pytest.param(
        "Ostrel said its patrols had acted lawfully.\n\n"
        "The Harbour Aid Network said thousands were still without power. Its director, Mira Selk, said "
        "the camps were full. \u201cWe are running out of tents and clean water,\u201d she said.",
        [("We are running out of tents and clean water", "Mira Selk")], id="pronoun-after-appositive-subject"),
    pytest.param(
        '"We will rebuild every bridge in Marrowgate," said Interior Minister Tomas Ardell.',
        [("We will rebuild every bridge in Marrowgate", "Tomas Ardell")], id="straight-said-after"),
    pytest.param(
        "“The shelling has not stopped since dawn,” Veloria's defence minister, Lena Varga, said on Tuesday.",
        [("The shelling has not stopped since dawn", "Lena Varga")], id="curly-appositive-subject"),
    pytest.param(
        "«Our convoys reached Tessel before nightfall», said Marco Pell, a spokesman for the Red Lantern Society.",
        [("Our convoys reached Tessel before nightfall", "Marco Pell")], id="guillemets"),
    pytest.param(
        "“The river has burst its banks. Thousands of families need shelter tonight,” said Governor Ines Korr.",
        [("The river has burst its banks. Thousands of families need shelter tonight", "Ines Korr")],
        id="multi-sentence"),
    pytest.param(
        "\"We intend to make the 'never forget' promise something real for the people of Tessel,\" "
        "President Aldo Brenn said.",
        [("We intend to make the 'never forget' promise something real for the people of Tessel", "Aldo Brenn")],
        id="nested-single-quotes"),
    pytest.param(  # an opener left open quotes to the end of its paragraph, never beyond
        "Officials said that “the dam could fail within hours.\n\nResidents of Tessel were told to leave. "
        "“We are ready to evacuate everyone,” Mayor Petra Lind said.",
        [("the dam could fail within hours.", "Officials"), ("We are ready to evacuate everyone", "Petra Lind")],
        id="unbalanced-open-ends-at-paragraph"),
    pytest.param(
        'The general said the offensive would "end within a few days." Nobody in Tessel believed him."',
        [("end within a few days.", "general")], id="stray-close-ignored"),
    pytest.param(
        "Foreign Minister Jonas Keel spoke to reporters in Marrowgate on Monday.\n\n"
        '"Our patience with the northern militias is running out," he said.\n\n'
        '"We will not wait another week for a ceasefire," he added.',
        [("Our patience with the northern militias is running out", "Jonas Keel"),
         ("We will not wait another week for a ceasefire", "Jonas Keel")], id="he-said-across-paragraphs"),
    pytest.param(
        '"Aid trucks are waiting at the border crossing," Nora Vell said.\n\n'
        '"Nobody has told us when the gates will open."',
        [("Aid trucks are waiting at the border crossing", "Nora Vell"),
         ("Nobody has told us when the gates will open.", "Nora Vell")], id="continuation-without-cue"),
    pytest.param(
        "Velorian Health Minister Sara Quist visited the hospital in Tessel.\n\n"
        '"The wards are full and we are running out of oxygen," the minister said.',
        [("The wards are full and we are running out of oxygen", "Sara Quist")], id="the-minister-said"),
    pytest.param(
        "Velorian Foreign Minister Anna Brisk met her counterpart on Sunday.\n\n"
        '"We will defend Tessel at any cost," the Ostrian foreign minister said.',
        [("We will defend Tessel at any cost", "Ostrian foreign minister")], id="title-of-another-country"),
    pytest.param(
        '"We have sealed the border crossings near Marrowgate," the Velorian interior minister said.',
        [("We have sealed the border crossings near Marrowgate", "Velorian interior minister")],
        id="unnamed-title"),
    pytest.param(
        "Odo Quill, the ferryman, read out the crew's list at the quay in Sorvik:\n"
        '- "Dry bunks for the night shift."\n'
        '- "Lamps that work in the rain."',
        [("Dry bunks for the night shift.", "Odo Quill"), ("Lamps that work in the rain.", "Odo Quill")],
        id="bulleted-quotes-after-a-colon"),
    pytest.param(
        "Harbour master Tilde Varn and pilot Enno Brask argued over the channel on Monday. "
        '"The buoys have drifted twice this month," the latter said.',
        [("The buoys have drifted twice this month", "Enno Brask")], id="the-latter"),
    pytest.param(
        '"The channel is deep enough," said pilot Enno Brask, but his cousin Ivar Lumm objected: '
        '"I ran aground there in April."',
        [("The channel is deep enough", "Enno Brask"), ("I ran aground there in April.", "Ivar Lumm")],
        id="any-verb-before-the-colon"),
    pytest.param(
        'As stressed by the head of the port authority Greta Solv, "the ferries will sail on Friday."',
        [("the ferries will sail on Friday.", "Greta Solv")], id="participle-by-agent"),
    pytest.param(
        "Army chief Viktor Hale met the envoys on Friday.\n\n"
        '"No soldier will cross the river without orders," Hale said.',
        [("No soldier will cross the river without orders", "Viktor Hale")], id="surname-only"),
    pytest.param(
        '"The strikes on the power station were a deliberate provocation," '
        "Veloria's Foreign Ministry said in a statement.",
        [("The strikes on the power station were a deliberate provocation", "Veloria's Foreign Ministry")],
        id="body-speaker"),
    pytest.param(
        "President Lars Ebbe cut short his visit to the coast.\n\n"
        'His office said that "all emergency services have been placed on full alert."',
        [("all emergency services have been placed on full alert.", "Lars Ebbe's office")],
        id="his-office"),
    pytest.param(
        '"The road to Tessel will stay closed for at least a week," according to Mara Olsen, '
        "head of the regional council.",
        [("The road to Tessel will stay closed for at least a week", "Mara Olsen")], id="according-to"),
    pytest.param(
        'Rescue coordinator Paul Amsel said: "We have found eleven more survivors under the rubble."',
        [("We have found eleven more survivors under the rubble.", "Paul Amsel")], id="colon-same-sentence"),
    pytest.param(
        "Prime Minister Dana Roth wrote on social media:\n\n"
        '"Every family displaced by the floods will receive help within days."',
        [("Every family displaced by the floods will receive help within days.", "Dana Roth")],
        id="colon-previous-paragraph"),
    pytest.param(
        '"Every shelter in the valley was built for five hundred people\n'
        'and now holds two thousand," said Ada Rusk, who runs them.',
        [("Every shelter in the valley was built for five hundred people\nand now holds two thousand", "Ada Rusk")],
        id="line-break-inside-quote"),
    pytest.param(
        "Ivo Marsh told the council on Monday:\n\n"
        '"The river will rise again by Friday."',
        [("The river will rise again by Friday.", "Ivo Marsh")], id="colon-told-previous-paragraph"),
    pytest.param(
        "In a statement, the Tessel fire brigade said:\n\n"
        '"Two of our crews were trapped for an hour."',
        [("Two of our crews were trapped for an hour.", "Tessel fire brigade")], id="colon-body-previous-paragraph"),
    pytest.param(
        'The mayor of Tessel, Ivo Marsh, accused the rebels of "deliberately targeting the water supply" '
        "during the night.",
        [("deliberately targeting the water supply", "Ivo Marsh")], id="partial-in-reported-speech"),
    pytest.param(
        '"We have enough tents for two thousand people," Kai Berg said, adding that the agency would ask '
        'donors for "another five hundred tonnes of food."',
        [("We have enough tents for two thousand people", "Kai Berg"),
         ("another five hundred tonnes of food.", "Kai Berg")], id="nested-speech-verb"),
    pytest.param(
        '"We have enough tents for two thousand people," Kai Berg said, adding that the camps needed '
        '"another five hundred tonnes of food."',
        [("We have enough tents for two thousand people", "Kai Berg"),
         ("another five hundred tonnes of food.", "Kai Berg")], id="adding-borrows-subject"),
    pytest.param(
        '"Aid trucks are waiting at the border," said Nora Vell, the relief coordinator.\n\n'
        'In her meeting with Tomas Ardell, she spoke of "a shortage of clean water in every shelter."',
        [("Aid trucks are waiting at the border", "Nora Vell"),
         ("a shortage of clean water in every shelter.", "Nora Vell")], id="pronoun-prefers-speaker"),
    pytest.param(
        'As for Veloria, which rejected the report, it called for "an independent inquiry into the attack."',
        [("an independent inquiry into the attack.", "Veloria")], id="it-is-the-country"),
    pytest.param(
        "Envoy urges “an immediate halt to the shelling”\n\n"
        "UN envoy Rita Moss called for “an immediate halt to the shelling” in Tessel.",
        [("an immediate halt to the shelling", "Rita Moss")], id="headline-repeat-once"),
    pytest.param(
        "“Ten Secrets Doctors Never Tell You About Sleep” “You Won’t Believe What This Actor Looks Like Now”",
        [], id="line-of-linked-headlines"),
    pytest.param(
        "Veloria’s army said the country’s ‘humanitarian corridor’ along the ’90s-era road to Tessel’s port "
        "would open.",
        [("humanitarian corridor", "Veloria’s army")], id="apostrophes-are-not-quotes"),
    pytest.param("", [], id="empty"),
    pytest.param('He said "', [], id="lone-mark"),
    pytest.param(
        '"The first part of a long statement runs over two paragraphs.\n\n'
        '"And the second part ends it," Ada Rusk said.',
        [("The first part of a long statement runs over two paragraphs.", "Ada Rusk"),
         ("And the second part ends it", "Ada Rusk")],
        id="quote-over-paragraphs"),
    pytest.param(
        "Tomas Ardell met Nora Vell in Marrowgate on Monday. Ardell left early.\n\n"
        '"We need more tents for the camps in the north," she said.',
        [("We need more tents for the camps in the north", "Nora Vell")],
        id="pronoun-gender"),
    pytest.param(
        "Anna Ostrup and Peter Kallio spoke at the rally in Marrowgate. Ostrup left early.\n\n"
        '"We will march again on Sunday," he said.',
        [("We will march again on Sunday", "Peter Kallio")], id="pronoun-gender-by-given-name"),
    pytest.param(
        "Mr Carmen Dale met Ruth Tull in Tessel. Tull left early.\n\n"
        '"The bridge will be rebuilt by spring," he said.',
        [("The bridge will be rebuilt by spring", "Carmen Dale")], id="honorific-beats-given-name"),
    pytest.param(
        "Quoting the harbour master, Ole Brun, the Tessel Post reported that the quay "
        '"will stay closed until the spring tides have passed."',
        [("will stay closed until the spring tides have passed.", "Ole Brun")], id="quoting-participle"),
    pytest.param(
        "Firefighter Jonas Kell carried two children out of the burning school in Tessel.\n\n"
        '"The stairs collapsed right behind us," the firefighter said.',
        [("The stairs collapsed right behind us", "Jonas Kell")], id="descriptor-opening-sentence"),
    pytest.param(
        "Paramedic Lina Vos drove the first ambulance into Tessel on Monday.\n\n"
        '"Most of the injuries are cuts from broken glass," the paramedic said.',
        [("Most of the injuries are cuts from broken glass", "Lina Vos")], id="descriptor-tagged-into-name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_and_speakers(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


def test_fields_of_a_resolved_quote(nlp: Any) -> None:
    text = ("Velorian Health Minister Sara Quist visited the hospital in Tessel.\n\n"
            '"The wards are full and we are running out of oxygen," the minister said.')
    (q,) = _quotes(nlp, text)
    assert q.speaker_mention == "minister"
    assert q.speaker_role == "Velorian Health Minister"
    assert (q.speaker_kind, q.resolved_by, q.partial) == ("person", "coreference", False)
    assert text[q.span.start : q.span.end] == q.text
    assert q.span.sentence_index == 1


@pytest.mark.parametrize(("text", "role"), [
    # a rank or an honorific right before the name is how the speaker is addressed, not part of the job
    ('"We are clearing the roads first," coastguard spokesman Captain Ivo Brand said.', "coastguard spokesman"),
    ('"The levee held," district fire chief Colonel Mara Feld said on Monday.', "district fire chief"),
    ('"The wells are dry," district health officer Dr. Lena Sorrow said.', "district health officer"),
    # a rank alone stays the role
    ('"We hold the bridge," Major Tomas Reed said.', "Major"),
    # a possessive pronoun before the role is no part of it
    ('The shelter opened on Monday. Its director, Hanna Velt, said: "We have beds for 200."', "director"),
])
def test_role_without_rank_or_possessive(nlp: Any, text: str, role: str) -> None:
    (q,) = _quotes(nlp, text)
    assert q.speaker_role == role


def test_unnamed_title_is_unknown(nlp: Any) -> None:
    (q,) = _quotes(nlp, '"We have sealed the crossings near Marrowgate," the Velorian interior minister said.')
    assert (q.speaker_kind, q.resolved_by) == ("unknown", None)


@pytest.mark.parametrize(("text", "partial"), [
    pytest.param('Secretary-General Hana Obi voiced "deep concern" for the civilians of Tessel.', True, id="scare"),
    pytest.param('Ivo Marsh accused the rebels of "deliberately targeting the water supply."', True, id="fragment"),
    pytest.param('"We have found eleven more survivors," Paul Amsel said.', False, id="full"),
])
def test_partial(nlp: Any, text: str, partial: bool) -> None:
    (q,) = _quotes(nlp, text)
    assert q.partial is partial


@pytest.mark.parametrize(("text", "inside"), [
    ("Tessel’s mayor said the ’90s-era road was closed.", []),
    ("They called it 'a disaster' and left.", ["a disaster"]),
    ("‘coup d’état’ was the word", ["coup d’état"]),
    ('"a b c "d e" f', ['a b c "d e" f']),  # left open: runs to the paragraph's end, the inner pair in it
    ("He said “one” and “two”.", ["one", "two"]),
    ('The ferry was late again."Nobody told us why," she said.', ["Nobody told us why"]),  # opener glued to "."
])
def test_marks(text: str, inside: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == inside


def test_registered() -> None:
    ext = registered()["quotes.v1"]
    assert ext.produces == "quotes" and ext.fn is extract_quotes


def test_dev_corpus_quotes(nlp: Any, dev_corpus: Path, scorer: Any, eval_floor: Any) -> None:
    """The extractor alone reaches the pipeline's floors (tests/eval_baseline.json) on the dev corpus."""
    articles = []
    for path in sorted(dev_corpus.glob("*.txt")):
        quotes = extract_quotes(nlp(path.read_text(encoding="utf-8")), ExtractionContext(path.stem, None), {})
        articles.append({"id": path.stem, "quotes": [q.to_dict() for q in quotes]})
    gold = json.loads((dev_corpus.parent / f"{dev_corpus.name}.gold.json").read_text(encoding="utf-8"))
    result = scorer.score(gold, {"articles": articles})
    assert result["quotes"]["f1"] >= eval_floor("karabakh-2023", "quotes_f1"), result["quotes"]
    assert result["quote_attribution"] >= eval_floor("karabakh-2023", "quote_attribution")


def test_a_name_in_apposition_to_the_subject_is_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """'Its director, Mira Selk, said ...': a later "she said" must be able to reach Mira Selk."""
    from groundwatch.stages.extract.quotes_register import build_register

    doc = nlp("The Harbour Aid Network said thousands were without power. Its director, Mira Selk, said the "
              "camps in Fenwick were full.")
    reg = build_register(doc, [0] * len(doc), [])
    assert "Mira Selk" in [name for _, name in reg.subjects]


def test_a_common_noun_in_apposition_is_not_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Tomas Brell, a 61-year-old fisherman, said he had lost his boat. '
            '"The water took everything we had," he said.')
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [(q.text, q.speaker) for q in quotes] == [("The water took everything we had", "Tomas Brell")]


@pytest.mark.parametrize(("text", "inside"), [
    pytest.param("“We will hold the bridge,\" said Ada Roe.", ["We will hold the bridge"],
                 id="curly-open-straight-close"),
    pytest.param("”We will hold the bridge,“ said Ada Roe.", ["We will hold the bridge"], id="reversed-curly"),
    pytest.param('We will hold the bridge," said Ada Roe.', ["We will hold the bridge"], id="missing-opening-mark"),
    pytest.param('The levee is fine. Nobody in Fenwick believed it."', [], id="stray-close-without-cue"),
    pytest.param("“The flooding is worse,\"he said.", ["The flooding is worse"], id="close-glued-to-next-word"),
    pytest.param('Ada Roe said: "We will hold\nthe bridge at Fenwick," and left.',
                 ["We will hold\nthe bridge at Fenwick"], id="line-break-inside"),
    pytest.param('"The first part runs on.\n\n"The second part ends it," she said.',
                 ["The first part runs on.", "The second part ends it"], id="over-paragraphs"),
    pytest.param('Ada Roe said "we will hold the bridge until', ["we will hold the bridge until"], id="truncated-open"),
    pytest.param("He said ''the levee will hold.'' Then he left.", ["the levee will hold."], id="two-apostrophes"),
    pytest.param("The dam broke at dawn. ``We ran,'' Ada Roe said. ``It was too late.'' Ivo Marsh said ``maybe.''",
                 ["We ran", "It was too late.", "maybe."], id="typewriter-backticks-one-line"),
    pytest.param("She called it ``a `temporary' fix'' and left.", ["a `temporary' fix"], id="typewriter-nested"),
    pytest.param('Ada Roe told "Good Evening Fenwick" host Ivo Marsh, "We will hold the bridge."',
                 ["We will hold the bridge."], id="show-title-is-no-quote"),
    pytest.param('"We Will Hold The Bridge," Says Fenwick Mayor', ["We Will Hold The Bridge"],
                 id="title-case-headline-quote-with-cue"),
    pytest.param('The crowd chanted "WE WANT WATER" all night.', ["WE WANT WATER"], id="shouting-is-no-title"),
    pytest.param('Deputy Marta "Tess" Lind spoke.', [], id="nickname-is-no-quote"),
    pytest.param("\"We dislike the word 'relief,' \" she said.", ["We dislike the word 'relief,'"],
                 id="blank-before-closing-mark"),
    pytest.param('The 6\'3" guard said "we lost the game."', ["we lost the game."], id="inch-mark"),
    pytest.param('"PENCIL: We start now. “Dawn” is the word.', ["PENCIL: We start now. “Dawn” is the word."],
                 id="nested-curly-in-open-straight"),
    pytest.param('"The first part runs on. "The second part ends it," she said.',
                 ["The first part runs on.", "The second part ends it"], id="over-paragraphs-on-one-line"),
    pytest.param("“We lost the boats. “Then the nets went too,” Ada Roe said. “Next year?” she asked.",
                 ["We lost the boats.", "Then the nets went too", "Next year?"], id="curly-over-paragraphs-one-line"),
    pytest.param('"He read "Keep Out" on the gate," she said.', ['He read "Keep Out" on the gate'],
                 id="nested-same-mark-mid-sentence-stays-nested"),
    pytest.param("Ada Roe said: ‘The dam will hold.’Then the river fell.", ["The dam will hold."],
                 id="single-close-glued-to-next-word"),
    pytest.param("She said: ‘It’s the Roe family’s boat,’ and left.", ["It’s the Roe family’s boat"],
                 id="single-marks-with-apostrophes-inside"),
    pytest.param("‘The dockers’ union will strike on Monday,’ she said.",
                 ["The dockers’ union will strike on Monday"], id="single-marks-plural-possessive-inside"),
    pytest.param("‘We thank the nurses’ and porters’ teams,’ he said.",
                 ["We thank the nurses’ and porters’ teams"], id="single-marks-two-possessives-inside"),
    pytest.param("Ada Roe said: ‘The river rose in minutes.\n\n‘Nobody expected it,’ she said.",
                 ["The river rose in minutes.", "Nobody expected it"], id="single-marks-over-paragraphs"),
    pytest.param("It was the dockers’ decision.\n\nNobody argued.", [], id="possessive-alone-is-no-quote"),
    pytest.param("The council counted ‘4,150 sandbags’ on the dike.", ["4,150 sandbags"],
                 id="single-marks-before-a-number"),
    pytest.param("It was the ‘90s all over again, she said.", [], id="decade-typed-with-an-opener-is-no-quote"),
    pytest.param("« The dam will hold », said Ada Roe.", ["The dam will hold"], id="french-spaced-guillemets"),
    pytest.param("\u00ab\u202fThe dam will hold\u202f\u00bb, said Ada Roe.", ["The dam will hold"],
                 id="french-narrow-no-break-spaces"),
    pytest.param('Also in this series: "We waited three days": a fisherman on the last storm', [],
                 id="series-teaser-title-is-no-quote"),
    pytest.param('Read more: "Go home," says the Vellin mayor', [], id="link-row-is-no-quote"),
    pytest.param('Also in Vellin, "we waited three days," a fisherman said.', ["we waited three days"],
                 id="no-label-still-quotes"),
])
def test_irregular_marks(text: str, inside: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == inside


SPEAKER_CASES = [
    pytest.param(
        "Governor Ada Roe spoke to the radio on Sunday.\n\n"
        '"HOST: Will the bridge open this week?\n\n"ROE: We will open it on Friday, and not a day later.',
        [("HOST: Will the bridge open this week?", "Host"),
         ("ROE: We will open it on Friday, and not a day later.", "Ada Roe")], id="transcript-labels"),
    pytest.param('Ada Roe tweeted: "The bridge at Fenwick is open again."',
                 [("The bridge at Fenwick is open again.", "Ada Roe")], id="tweeted"),
    pytest.param("Mayor Ivo Marsh visited the shelters on Monday.\n\n"
                 'His statement said "every family will have a roof by winter."',
                 [("every family will have a roof by winter.", "Ivo Marsh")], id="his-statement-is-his"),
    pytest.param("The Fenwick Herald quoted Ada Roe as saying, \"We will not leave the valley.\"",
                 [("We will not leave the valley.", "Ada Roe")], id="quoted-as-saying"),
    pytest.param('The plan was described as "a recipe for disaster in the valley."',
                 [("a recipe for disaster in the valley.", None)], id="described-as-has-no-speaker"),
    pytest.param("President Ivo Marsh met Vice President Ada Roe on Monday.\n\n"
                 '"We are united on the reconstruction," the president said.',
                 [("We are united on the reconstruction", "Ivo Marsh")], id="president-is-not-vice-president"),
    pytest.param("Mr. Tomas Ardell met Ms. Nora Vell in Marrowgate. Ardell left early.\n\n"
                 '"We need more tents for the camps in the north," she said.',
                 [("We need more tents for the camps in the north", "Nora Vell")], id="gender-from-honorific"),
    pytest.param("Governor Ada Roe answered her critics on Monday.\n\n"
                 '"We have rebuilt every school in the valley."',
                 [("We have rebuilt every school in the valley.", "Ada Roe")], id="previous-paragraph-subject"),
    pytest.param("The Harbour Aid Network (HAN) sent forty trucks to Fenwick.\n\n"
                 '"The convoy reached the valley at dawn," HAN said.',
                 [("The convoy reached the valley at dawn", "Harbour Aid Network")], id="acronym-full-name"),
    pytest.param("Ada Roe accused the council of delays. Ivo Marsh boasted, "
                 "\"Nobody builds bridges faster than we do.\"",
                 [("Nobody builds bridges faster than we do.", "Ivo Marsh")], id="lead-in-verb"),
    pytest.param("The ad shows footage of Ivo Marsh saying during the debate, \"Nobody builds bridges faster.\"",
                 [("Nobody builds bridges faster.", "Ivo Marsh")], id="lead-in-participle"),
    pytest.param('"We have no beds left for the wounded," the Fenwick hospital said.',
                 [("We have no beds left for the wounded", None)], id="hospital-is-no-speaker"),
    pytest.param("Mayor Ivo Marsh toured the valley on Monday.\n\n"
                 '"The water is falling," said a post from Harbour Aid.',
                 [("The water is falling", "Harbour Aid")], id="post-from-its-owner"),
    pytest.param('"The first part of a long statement runs on.\n\n'
                 '"And the second part ends it," Ada Rusk said.',
                 [("The first part of a long statement runs on.", "Ada Rusk"),
                  ("And the second part ends it", "Ada Rusk")], id="open-paragraph-takes-next-speaker"),
    pytest.param('"The roof fell in at midnight," local baker Tomas Brell said.\n\n'
                 "The flood took his shop.\n\n"
                 '"We lost every oven we had," the baker said.',
                 [("The roof fell in at midnight", "Tomas Brell"), ("We lost every oven we had", "Tomas Brell")],
                 id="described-by-the-same-noun"),
    pytest.param('In a statement, the director of the port authority, Ines Korr said: "The cranes are down."',
                 [("The cranes are down.", "Ines Korr")], id="name-between-title-and-verb"),
    pytest.param("Nora Vell stayed behind in Fenwick.\n\nShe could not find her two goats before the water rose.\n\n"
                 '"I searched the whole valley for them and found nothing."',
                 [("I searched the whole valley for them and found nothing.", "Nora Vell")],
                 id="previous-paragraph-pronoun-subject"),
    pytest.param("Nora Vell said her shelter in Fenwick was full. Tomas Ardell said his boat was lost. "
                 "Ardell left early.\n\n"
                 '"We need more tents for the camps in the north," she said.',
                 [("We need more tents for the camps in the north", "Nora Vell")], id="gender-from-the-article"),
    pytest.param("The shelters are full, which worries Ivo Marsh, head of the Fenwick relief board.\n\n"
                 '"We cannot take in another family," he said.',
                 [("We cannot take in another family", "Ivo Marsh")], id="newly-introduced-person"),
    pytest.param("Ada Roe explained why she backs the plan over council member Ivo Marsh.\n\n"
                 '"The valley needs a new dam," she said.',
                 [("The valley needs a new dam", "Ada Roe")], id="introduced-beside-a-subject-is-not-new"),
    pytest.param('Voters told us what they want.\n\n'
                 '"Fix the roads before you build another stadium." \u2015 Ada Roe, 34, Fenwick\n\n'
                 '"Bring back the night buses for the shift workers." \u2015 Ivo Marsh',
                 [("Fix the roads before you build another stadium.", "Ada Roe"),
                  ("Bring back the night buses for the shift workers.", "Ivo Marsh")], id="signature-after-the-quote"),
    pytest.param('Several mayors agreed, including the veteran councillor Ada Roe -- "We must rebuild the schools '
                 'before winter comes" -- and the mayor of Fenwick.',
                 [("We must rebuild the schools before winter comes", "Ada Roe")], id="name-and-dash-before"),
    pytest.param('The crowd cheered.\n\n"We will rebuild the school by September," Marsh\'s sister, councillor '
                 'Ada "Dee" Roe (Fenwick), shouted to the crowd.',
                 [("We will rebuild the school by September", 'Ada "Dee" Roe')], id="nickname-inside-a-name"),
    pytest.param('Ada Roe taught in Fenwick for years.\n\n"I had never seen water rise that fast in my whole life," '
                 "Roe wrote in her memoir.",
                 [("I had never seen water rise that fast in my whole life", "Ada Roe")], id="verb-run-into-a-name"),
    pytest.param('Ivo Marsh Jr. spoke at the dam. "The spillway is open," Marsh said.',
                 [("The spillway is open", "Ivo Marsh Jr.")], id="suffix-is-not-the-surname"),
    pytest.param("Ivo Marsh was angry when asked about a contractor who said he was never paid, saying, "
                 '"Maybe he did not finish the work we paid him for."',
                 [("Maybe he did not finish the work we paid him for.", "Ivo Marsh")],
                 id="saying-hung-on-a-relative-clause"),
    pytest.param('Ada Roe left the meeting early. After saying the dam was "close to failing at any moment," she '
                 "ordered the evacuation.",
                 [("close to failing at any moment", "Ada Roe")], id="after-saying-takes-the-clause-subject"),
    pytest.param("The Velorian Children's Relief Fund (VECREF) flew in medicine on Monday.\n\n"
                 '"The clinics have run out of antibiotics," VECREF said in a statement.',
                 [("The clinics have run out of antibiotics", "Velorian Children's Relief Fund")],
                 id="acronym-taken-for-a-name"),
    pytest.param("The Northern Food Agency sent 40 trucks to Fenwick.\n\n"
                 '"We can feed 20,000 people for a week," the agency said.',
                 [("We can feed 20,000 people for a week", "Northern Food Agency")], id="the-agency-named-before"),
    pytest.param('Ada Roe lost her home in the flood.\n\n'
                 '"I do not know where we will sleep tonight," the 45-year-old said.',
                 [("I do not know where we will sleep tonight", "Ada Roe")], id="the-45-year-old"),
    pytest.param('Ada Roe lost her home in the flood.\n\n"He has not called since the storm," Roe\'s son said.',
                 [("He has not called since the storm", "Roe's son")], id="a-possessors-kin-is-not-the-possessor"),
    pytest.param('"Where are the boats we were promised?" Ada Roe asked.',
                 [("Where are the boats we were promised?", "Ada Roe")], id="speaker-in-the-next-sentence"),
    pytest.param("Ada Roe runs the bakery in Fenwick.\n\nHer brother, Ivo Roe, drives the van. "
                 '"The bridge is still closed," he said.',
                 [("The bridge is still closed", "Ivo Roe")], id="a-relative-is-not-the-same-person"),
    pytest.param("Gov. Ada Roe toured the dam on Monday with Ivo Marsh.\n\n"
                 '"The spillway held through the night," the governor said.',
                 [("The spillway held through the night", "Ada Roe")], id="abbreviated-title"),
    pytest.param("Council member Ada Roe accused the mayor of delays.\n\nMayor Ivo Marsh rejected it. "
                 '"The money was spent on the dam," he said.\n\n"Then show us the invoices," she replied.',
                 [("The money was spent on the dam", "Ivo Marsh"), ("Then show us the invoices", "Ada Roe")],
                 id="a-pronoun-shows-the-speakers-sex"),
    pytest.param('"We will open the pass at dawn," the Fenwick Committee for Mountain Rescue said.',
                 [("We will open the pass at dawn", "Fenwick Committee for Mountain Rescue")],
                 id="a-body-named-past-its-head-noun"),
    pytest.param('"The dam will hold," said Ada Roe.\n\nThe plan was described as "the costliest repair in the '
                 'valley for a century."',
                 [("The dam will hold", "Ada Roe"), ("the costliest repair in the valley for a century.", None)],
                 id="described-as-after-a-speaker"),
    pytest.param("Captain Ivo Marsh reached Brekkvik on Friday.\n\nBrekkvik, a fishing town of 4,000 people, lost "
                 'power on Sunday night.\n\n"The wells are poisoned," he said.',
                 [("The wells are poisoned", "Ivo Marsh")], id="a-place-tagged-as-a-name-is-no-antecedent"),
    pytest.param("Ada Roe and Ivo Marsh inspected the levee.\n\nMarsh left early. Roe was not reassured by the "
                 'repairs. "The sandbags will not last a week," she said.',
                 [("The sandbags will not last a week", "Ada Roe")], id="a-passive-subject-is-a-subject"),
    pytest.param("The Office for Civil Protection of Norland closed the coast road on Monday.\n\n"
                 '"The cliffs are moving," the office said. "We will reopen it when they stop," it said.',
                 [("The cliffs are moving", "Office for Civil Protection of Norland"),
                  ("We will reopen it when they stop", "Office for Civil Protection of Norland")],
                 id="a-body-named-with-its-country"),
    pytest.param("The Harbour Workers' Alliance voted to strike on Monday.\n\n"
                 '"Our wages have not moved in six years," the union said.',
                 [("Our wages have not moved in six years", "Harbour Workers' Alliance")],
                 id="a-bare-body-noun-is-the-acting-body"),
    pytest.param("Ada Roe runs the shelter in Delby. We reached her on Tuesday.\n\nQ: How many people are there?"
                 '\n\nA: "About three hundred, and more every night."',
                 [("About three hundred, and more every night.", "Ada Roe")], id="an-interview-answer"),
    pytest.param('"The river took the bridge in ten minutes."\n\nThe words came from Ada Roe, a ferryman who has '
                 'worked the crossing at Delby for thirty years.\n\n"Nobody was ready," she said.',
                 [("The river took the bridge in ten minutes.", "Ada Roe"), ("Nobody was ready", "Ada Roe")],
                 id="an-opening-quote-whose-speaker-comes-next"),
    # Session 7 (stress batch f): names, bodies and findings.
    pytest.param('"The ferry will not sail tonight," said Per Dahl, who runs the crossing at Velby.',
                 [("The ferry will not sail tonight", "Per Dahl")], id="a-given-name-that-is-a-preposition"),
    pytest.param('Omar el-Masri manages the grain store in Velby.\n\n"The rats got there before us," el-Masri said.',
                 [("The rats got there before us", "Omar el-Masri")], id="a-particle-glued-to-the-surname"),
    pytest.param("Nurse Ivo Marsh works nights at the Fenwick clinic.\n\nSt Ada's Hospital took in the burns "
                 'cases on Friday.\n\n"We ran out of dressings by noon," he said.',
                 [("We ran out of dressings by noon", "Ivo Marsh")], id="a-name-that-begins-a-hospital-is-no-one"),
    pytest.param('"The pass stays closed," a spokesperson for the Fenwick Roads Authority said.',
                 [("The pass stays closed", "Fenwick Roads Authority")],
                 id="an-unnamed-spokesperson-speaks-for-the-body"),
    pytest.param('A study by the Fenwick Water Board found that "half the wells are unsafe to drink from."',
                 [("half the wells are unsafe to drink from.", "Fenwick Water Board")],
                 id="a-finding-credits-its-author"),
    pytest.param('Tran Van Minh, a fisherman, lost his boat in the storm.\n\n"I will build another," Tran said.',
                 [("I will build another", "Tran Van Minh")], id="a-family-name-written-first"),
    pytest.param('"The levee is gone," said Sgt. Nils Varga of the Fenwick police.',
                 [("The levee is gone", "Nils Varga")], id="a-title-tagged-as-a-name-of-its-own"),
    pytest.param("The ferry company of Fenwick is trying to set its timetable apart from what they call the "
                 'rival firm\'s "race to the cheapest boat."',
                 [("race to the cheapest boat.", "ferry company of Fenwick")],
                 id="they-is-the-body-subject-of-the-sentence"),
]


def test_a_descriptor_is_kept_apart_from_the_name(nlp: Any) -> None:
    (q,) = _quotes(nlp, 'Fenwick Health Minister Ada Roe said the clinics "will stay open all through the winter."')
    assert q.speaker == "Ada Roe"
    assert q.speaker_role is not None and "Minister" in q.speaker_role


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CASES)
def test_speaker_patterns(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


def test_quoting_is_not_a_name(nlp: Any) -> None:
    (q,) = _quotes(nlp, 'Quoting Ivo Marsh, the Fenwick Herald wrote that "the dam will hold for a week."')
    assert q.speaker is None or not q.speaker.lower().startswith("quoting")


def test_an_inverted_name_parsed_as_the_object_is_the_speaker(nlp: Any) -> None:
    """'"Why?" asked Ada Roe': the parser sometimes takes the name for the verb's object (a parse
    built by hand here, as the tagger does not make that mistake on every sentence)."""
    from spacy.tokens import Doc, Span

    from groundwatch.stages.extract.quotes_layout import inverted_object as _inverted_object

    words = ['"', "Why", "?", '"', "asked", "Ada", "Roe", "."]
    heads = [4, 4, 4, 4, 4, 6, 4, 4]
    deps = ["punct", "advmod", "punct", "punct", "ROOT", "compound", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=[False, False, False, True, True, True, False, False],
              heads=heads, deps=deps)
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    found = _inverted_object(doc[4])
    assert found is not None and found.i == 6
    words = ["Ivo", "Marsh", "asked", "Ada", "Roe", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 4, 2, 2],
              deps=["compound", "nsubj", "ROOT", "compound", "dobj", "punct"])
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    assert _inverted_object(doc[2]) is None  # a verb after a name, not after a closing mark


#: Session 8 rules (stress batches g-i), each on a sentence written for this test.
SESSION8_CASES = [
    pytest.param(
        "Baker Olek Tamm lost his shop in the fire. His daughter, Liisa, says they will reopen. "
        '"We still have the ovens and the recipes," she says.',
        [("We still have the ovens and the recipes", "Liisa")], id="relative-in-apposition"),
    pytest.param(
        'Dr. Maria "Mimi" Solano-Vega runs the only clinic in Tessel. "We have no beds left at all," Solano-Vega said.',
        [("We have no beds left at all", 'Maria "Mimi" Solano-Vega')], id="nickname-and-hyphen"),
    pytest.param(
        "Ines Morrow chairs the fishermen's guild in Tessel.\n\nHow bad is the damage?\n\n"
        '"Half the fleet is on the beach."\n\nCan it be repaired?\n\n"Some of it, by spring."',
        [("Half the fleet is on the beach.", "Ines Morrow"), ("Some of it, by spring.", "Ines Morrow")],
        id="interview-answers-after-questions"),
    pytest.param(
        "Harbour official Dag Ruud said the count went on.\n\n"
        'Officials said: "The harbour will stay closed to ferries until Friday."',
        [("The harbour will stay closed to ferries until Friday.", "Officials")], id="plural-title-is-no-one-person"),
    pytest.param(
        "The road will reopen next week, according to a statement from the Tessel Transport Agency. "
        '"Both lanes will be open by Monday morning," the statement said.',
        [("Both lanes will be open by Monday morning", "Tessel Transport Agency")],
        id="the-statement-credits-its-author"),
    pytest.param(
        '"The talks will resume in the spring," said to reporters the foreign minister Hedda Lorentzen.',
        [("The talks will resume in the spring", "Hedda Lorentzen")], id="translated-word-order"),
    pytest.param(
        "Veloria's transport minister, Bruno Keller, visited Tessel. The veteran engineer has run the "
        'ministry since 2020.\n\n"Every bridge on this road will be checked," the veteran engineer said.',
        [("Every bridge on this road will be checked", "Bruno Keller")], id="epithet-for-a-named-person"),
    pytest.param(
        '"The water came in through the roof," said a farmer who gave only his first name, Tobias.',
        [("The water came in through the roof", "Tobias")], id="first-name-given-in-a-relative"),
]


@pytest.mark.parametrize(("text", "expected"), SESSION8_CASES)
def test_session8_speaker_patterns(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


#: Session 10 rules (stress batches l-n), each on a sentence written for this test.
SESSION10_CASES = [
    pytest.param(
        "The Orvanian transport ministry closed the coast road on Friday.\n\n"
        '"The road will stay shut until the cliff is secured," the ministry said.',
        [("The road will stay shut until the cliff is secured", "Orvanian transport ministry")],
        id="a-body-by-its-fuller-phrase"),
    pytest.param(
        "Governor Edda Lunde flew over the burnt forest on Monday.\n\n"
        '"Schools in the valley will reopen next week," the governor\'s office said.',
        [("Schools in the valley will reopen next week", "Edda Lunde's office")], id="the-governors-office"),
    pytest.param(
        '"Every family will be rehoused before the frost," a statement from the presidency read.',
        [("Every family will be rehoused before the frost", "presidency")], id="a-statement-read"),
    pytest.param(
        'Mayor Oren Vasko was quoted by a local radio station as saying: "The ferry will run again on Sunday."',
        [("The ferry will run again on Sunday.", "Oren Vasko")], id="quoted-by-as-saying"),
    pytest.param(
        '"The pumps failed first, then the lights," she said.\n\n'
        "Hanne Rosk, a cook at the harbour canteen, lost her car in the flood.",
        [("The pumps failed first, then the lights", "Hanne Rosk")], id="a-pronoun-before-any-name"),
    pytest.param(
        '"The water came at night," she said.\n\n'
        "The mayor, Ilse Varga, ordered the evacuation of the lower town.",
        [("The water came at night", None)], id="a-pronoun-before-any-name-is-not-the-next-official"),
    pytest.param(
        '"Nobody came," he said. The village had been cut off for days. Governor Piet Arnhem promised help.',
        [("Nobody came", None)], id="a-pronoun-before-any-name-only-the-next-sentence"),
    pytest.param(
        "A fisherman who gave only his first name, Arvo, said the boats had sunk at anchor. "
        '"Nobody could reach them in time," he said.',
        [("Nobody could reach them in time", "Arvo")], id="a-first-name-witness-then-he"),
    pytest.param(
        'As informed the head of the forest service Lidia Ostrova, "the fire has crossed the ridge."',
        [("the fire has crossed the ridge.", "Lidia Ostrova")], id="translated-as-informed"),
    pytest.param(
        "The regional water board lowered the reservoir overnight. "
        '"The spillway is working as designed," it said in its update.',
        [("The spillway is working as designed", "regional water board")], id="it-after-an-untagged-body"),
    pytest.param(
        'Police Commissioner Ruben Selvik was frank about the damage: "Half of the piers are gone."',
        [("Half of the piers are gone.", "Ruben Selvik")], id="a-clause-ending-in-a-colon"),
    pytest.param(
        "Education Minister Aron Brekke and his deputy, Jonas Tveit, toured the damaged schools.\n\n"
        '"The new classrooms will be built by the army," the deputy minister said.',
        [("The new classrooms will be built by the army", "Jonas Tveit")], id="his-deputy-is-the-deputy-minister"),
    pytest.param(
        "An official at the Brenna rail depot, who asked not to be named, said the tracks had buckled. "
        '"No train will leave this week," he said.',
        [("No train will leave this week", "official")], id="an-anonymous-official-then-he"),
]


@pytest.mark.parametrize(("text", "expected"), SESSION10_CASES)
def test_session10_speaker_patterns(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


KIND_CASES = [
    pytest.param("The celebrity site Nora Vale reported the wedding first. \"It was a small ceremony,\" "
                 "Nora Vale wrote.", "organisation", id="the-site-before-name"),
    pytest.param("Recipes came from Ada Brisk, a food blog run by two sisters in Orsk. \"Salt the water "
                 "well,\" Ada Brisk advised.", "organisation", id="name-a-blog-after"),
    pytest.param("The gossip website Tilde Mora said the pair had split. \"They have not spoken in weeks,\" "
                 "Tilde Mora said.", "organisation", id="the-gossip-website"),
    pytest.param("Singer Ivo Dask wrote on his blog Ivo Dask Notes about the tour. \"I am tired,\" Ivo Dask "
                 "said.", "person", id="guard-his-blog"),
    pytest.param("\"The river is rising,\" said Mara Lind, a teacher in Velmo.", "person", id="guard-person"),
]


@pytest.mark.parametrize(("text", "kind"), KIND_CASES)
def test_speaker_kind_outlet_named_like_a_person(nlp: Any, text: str, kind: str) -> None:
    """One function decides the recorded kind: a name the article calls a site, blog or magazine
    is an organisation even when it reads like a person's; an owner's "his blog" does not count."""
    quotes = _quotes(nlp, text)
    assert quotes and quotes[0].speaker and quotes[0].speaker_kind == kind


@pytest.mark.parametrize(("title", "name"), [
    ("Small Towns Need Their Own Flood Maps, According to Hydrologist Maren Solberg", "Maren Solberg"),
    ("Why Sleep Matters, According to Dr. Ada Roe", "Ada Roe"),
    ("Floods Will Get Worse, According to a New Study", None),
    ("Toll Rises, According to State Police", None),
    ("The Best Bakeries in Orsk, According to Our Readers", None),
    ("Prices Up, According to the Velmo Central Bank", None),
    ("What Went Wrong, According to Kestria Health Ministry", None),
    ("Storm to hit coast tonight, according to forecasters", None),
])
def test_a_headline_names_its_source_with_according_to(title: str, name: str | None) -> None:
    from groundwatch.stages.extract.quotes_interview import title_source

    assert title_source(title) == name


def test_a_standfirst_under_a_headline_the_cleaner_took_out(nlp: Any) -> None:
    title = "Small Towns Need Their Own Flood Maps, According to Hydrologist Maren Solberg"
    lone = '"A map drawn for the capital tells a village nothing about its own river."\n\nBy Tove Lien\n\nMore.'
    cued = '"Nobody can think clearly after three nights awake," Ivo Marsh said.\n\nMore.'
    later = 'Rescuers worked through the night.\n\n"Nobody can think clearly after three nights awake."'
    found = [[q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None, title=title), {})]
             for text in (lone, cued, later)]
    assert found == [["Maren Solberg"], ["Ivo Marsh"], [None]]
