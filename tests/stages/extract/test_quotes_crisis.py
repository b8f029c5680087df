"""Quote attribution across a second set of whole invented crisis-news articles
(tests/fixtures/quotes_crisis.txt), written to measure transfer to text nobody tuned on.

quotes_articles.txt's fixes did not move the held-out crisis row, so this set was written in new
registers (flood, siege, cyclone, camp, hostages, hospital strike, landslide, talks, quake, drought,
wildfire, cholera, ferry, blockade, depot blast) with its gold speakers committed before the code
was run on it. Run as a script to see every miss:

    PYTHONPATH=src python tests/stages/extract/test_quotes_crisis.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from test_quotes_stress import load, measure

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "quotes_crisis.txt"
#: Floors for the set. First batch (ca-, 15 articles, 121 quotations, 120 with a speaker), gold committed
#: before any run; blind run of main (af9bc46): recall 1.000 (121/121), attribution 0.917 (110/120). The
#: ten misses: a witness named in "who gave only her first name, X" (two: the quote went to the
#: resident or the officer named before); "the company said" after "The mining company, X," and "The
#: ferry's operator, X," (three: the role noun or the survivors named between); "he said" after a
#: paragraph opening "According to X," (the man named before); a story-opening quotation after a
#: dateline whose speaker comes next, "That was how X described ..." (nobody); "known only as X" with
#: a partial quote (the woman named before); "it said" after "The president's office" (credited to
#: "Sanna Reith's office", the same office by its holder's name, which the scorer's word test counts
#: as a miss). After its fixes 0.992 (119/120; the office left). Second batch (cb-, 5 articles, 33
#: quotations), written after those fixes, gold committed before any run of its own: 30/33 on main and
#: on the fixed code alike (the fixes neither carried nor hurt): "who gave her name only as X" (the
#: officer before), "the prosecutor's office" after "Her lawyer, X" (credited to the lawyer's office),
#: "A militia spokesman, reached by telephone, disputed that. '...,' he said" (the colonel before; an
#: unnamed speaker whose verb is no verb of saying, left to the quotes branch that owns that shape).
#: After its fixes 32/33; whole set 0.987 (151/153), recall 1.000 (154/154). Third batch (cc-, 3
#: articles, 19 quotations), written after the second batch's fixes, gold committed before any run of
#: its own: 18/19 on main and on the fixed code alike ('"...," said Sgt. X of Y. "..."': the tagger and
#: the sentence splitter cut "Sgt" from the name, and the second quotation went to "Sgt"); 19/19
#: after. Whole set 0.988 (170/172), recall 1.000 (173/173); main on the whole set 0.919 (158/172).
#: Fourth batch (cd-, 3 articles, 17 quotations), written after the third batch's fixes, gold
#: committed before any run of its own: 17/17 on the fixed code, 16/17 on main (its miss, "A
#: statement from the prime minister's office" credited to the harbour master named before, is the
#: second batch's prosecutor shape). Whole set 0.989 (187/189), recall 1.000 (190/190); main 0.921
#: (174/189). Fifth batch (ce-, 3 articles, 16 quotations: two ministers of one sex, two agencies, a
#: woman named as the object), gold committed before any run of its own: 15/16 on the fixed code and
#: on main alike ("the Red Cross said" after "The Osterran Red Cross Society": the short name, not
#: the body as first named); 16/16 after. Whole set 0.990 (203/205), recall 1.000 (206/206); main
#: 0.922 (189/205). Sixth batch (cf-, 2 articles, 12 quotations: epithets by age and family,
#: "adding:", plural officials), gold committed before any run of its own: 11/12 on the fixed code and
#: on main alike ("the brother said" after "The gunman's brother, who asked not to be named, told ...",
#: credited to the commissioner named before); 12/12 after. Whole set 0.991 (215/217), recall 1.000
#: (218/218); main 0.922 (200/217). Seventh batch (cg-, 2 articles, 9 quotations: places, a camp and
#: a hospital as subjects before "she said", an acronym body, "Quoting X", "quoted X as saying"), gold
#: committed before any run of its own: 8/9 on the fixed code and on main alike ("it said" after "The
#: CRCC later said" credited to the bare acronym, not the name spelled out); 9/9 after. Whole set
#: 0.991 (224/226), recall 1.000 (227/227); main 0.920 (208/226). Eighth batch (ch-, 2 articles, 11
#: quotations), gold committed before any run of its own: 11/11 on the fixed code and on main alike.
#: Whole set 0.992 (235/237), recall 1.000 (238/238); main 0.924 (219/237). Over the seven batches
#: written after the first one's fixes (ch included), blind: 110/117 with the code of the time, 109/117
#: on main: each batch's misses were shapes of its own, and the earlier fixes carried one case. The
#: floors let about five attributions go.
ATTRIBUTION_FLOOR = 0.95
QUOTES_RECALL_FLOOR = 0.97


def test_the_articles_are_whole_articles() -> None:
    articles = load(FIXTURE)
    assert len(articles) >= 15
    assert all(4 <= a.text.count("\n\n") + 1 <= 10 for a in articles)  # 4-10 paragraphs each


def test_crisis_set_attribution(nlp: Any) -> None:
    result = measure(nlp, load(FIXTURE))
    detail = "\n".join(result.misses)
    assert result.recall >= QUOTES_RECALL_FLOOR, detail
    assert result.attribution >= ATTRIBUTION_FLOOR, detail


#: The shapes the blind run missed, each on new invented sentences (the invented country of Norvia).
SHAPES = [
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


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_crisis_speaker_shapes(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(nlp(text), ExtractionContext("t", None), {})
    assert [(q.text, q.speaker) for q in quotes] == expected


if __name__ == "__main__":
    from groundwatch import nlp as gw_nlp

    res = measure(gw_nlp.load(), load(FIXTURE))
    print("\n".join(res.misses))
    print(f"quotes recall {res.recall:.3f} ({res.found}/{res.total}); "
          f"attribution {res.attribution:.3f} ({res.attributed}/{res.attributable})")
    sys.exit(0)
