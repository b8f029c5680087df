"""Tests for the figures extractor: invented sentences from invented crises, plus the dev corpus.

Every sentence here is made up (the country "Veloria", towns "Marrowgate" and "Tessel", the
outlet "The Harbour Post"); the dev articles are only read at run time.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures, parse_number
from groundwatch.stages.extract.registry import ExtractionContext, registered

# (kind, value or (low, high), qualifier)
Expected = set[tuple[str, Any, str]]


def _figures(nlp: Any, text: str, published: dt.date | None = None) -> tuple[Any, ...]:
    doc = nlp(text)
    return extract_figures(doc, ExtractionContext(article_id="t", published=published), {})


def _summary(figs: tuple[Any, ...]) -> Expected:
    out: Expected = set()
    for f in figs:
        value = f.value if f.value is not None else (f.low, f.high)
        out.add((f.kind, value, f.qualifier))
    return out


# --- parse_number -------------------------------------------------------------------------

NUMBERS = [
    ("six", (6, None, None, "exact")),
    ("7 thousand", (7000, None, None, "exact")),
    ("half a million", (500_000, None, None, "exact")),
    ("a dozen", (12, None, None, "exact")),
    ("two dozen", (24, None, None, "exact")),
    ("2,000", (2000, None, None, "exact")),
    ("1.2 million", (1_200_000, None, None, "exact")),
    ("two hundred", (200, None, None, "exact")),
    ("two hundred and fifty", (250, None, None, "exact")),
    ("twenty-five", (25, None, None, "exact")),
    ("one and a half million", (1_500_000, None, None, "exact")),
    ("a hundred", (100, None, None, "exact")),
    ("some 200", (200, None, None, "approx")),
    ("about 40", (40, None, None, "approx")),
    ("around 40", (40, None, None, "approx")),
    ("roughly 40", (40, None, None, "approx")),
    ("nearly 40", (40, None, None, "approx")),
    ("almost 40", (40, None, None, "approx")),
    ("an estimated 1,500", (1500, None, None, "approx")),
    ("at least 29", (29, None, None, "at_least")),
    ("300 or more", (300, None, None, "at_least")),
    ("more than 6,650", (6650, None, None, "more_than")),
    ("over 800", (800, None, None, "more_than")),
    ("upwards of 90", (90, None, None, "more_than")),
    ("more than half a million", (500_000, None, None, "more_than")),
    ("a quarter of a million", (250_000, None, None, "exact")),
    ("three quarters of a million", (750_000, None, None, "exact")),
    ("a half million", (500_000, None, None, "exact")),
    ("one and a half million", (1_500_000, None, None, "exact")),
    ("up to 300", (300, None, None, "at_most")),
    ("fewer than 40", (40, None, None, "less_than")),
    ("under 40", (40, None, None, "less_than")),
    ("18,000 to 20,000", (None, 18_000, 20_000, "approx")),
    ("18,000-20,000", (None, 18_000, 20_000, "approx")),
    ("between 5 and 7", (None, 5, 7, "approx")),
    ("5 to 7 thousand", (None, 5000, 7000, "approx")),
    ("hundreds", (None, 200, 999, "vague")),
    ("thousands", (None, 2000, 9999, "vague")),
    ("tens of thousands", (None, 20_000, 99_999, "vague")),
    ("hundreds of thousands", (None, 200_000, 999_999, "vague")),
    ("dozens", (None, 24, 99, "vague")),
    ("scores", (None, 40, 199, "vague")),
    ("several hundred", (None, 200, 999, "vague")),
    ("2.5 lakh", (250_000, None, None, "exact")),
    ("3 crore", (30_000_000, None, None, "exact")),
    # the Indian style's smaller scale after the larger one
    ("1 lakh 20 thousand", (120_000, None, None, "exact")),
    ("nearly 2 lakh 35 thousand", (235_000, None, None, "approx")),
    ("1 crore 20 lakh", (12_000_000, None, None, "exact")),
    ("1m", (1_000_000, None, None, "exact")),
    ("1.2bn", (1_200_000_000, None, None, "exact")),
    ("40k", (40_000, None, None, "exact")),
    ("several", (None, None, None, "vague")),
    ("a few", (None, None, None, "vague")),
    ("km 5", (5, None, None, "exact")),
    # continental styles of translated copy: thousands by dot or space, a decimal comma before a scale
    ("1.300 persons", (1300, None, None, "exact")),
    ("at least 2.040", (2040, None, None, "at_least")),
    ("3,5 million", (3_500_000, None, None, "exact")),
    ("14 700 persons", (14_700, None, None, "exact")),
    ("2.5 million", (2_500_000, None, None, "exact")),
    ("0.750", (0.75, None, None, "exact")),
    ("3.2", (3.2, None, None, "exact")),
    ("sixty-odd", (60, None, None, "approx")),
    ("a dozen or so", (12, None, None, "approx")),
    ("40 or so people", (40, None, None, "approx")),
    # Arabic-Indic and Persian digits, with the Arabic thousands separator; full-width digits
    ("\u0661\u0662\u066c\u0665\u0660\u0660 people", (12_500, None, None, "exact")),
    ("\u06f2\u06f3", (23, None, None, "exact")),
    ("\uff13\uff10", (30, None, None, "exact")),
    ("a couple of thousand", (2000, None, None, "approx")),
    ("no number here", (None, None, None, "exact")),
    ("", (None, None, None, "exact")),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[t or "empty" for t, _ in NUMBERS])
def test_parse_number(text: str, expected: tuple[Any, ...]) -> None:
    assert parse_number(text) == expected


# --- figures in sentences ---------------------------------------------------------------------

CASES: list[tuple[str, Expected]] = [
    # killed: active, passive, predicative, event nouns, tallies, single persons
    ("The shelling of Marrowgate killed 29 people on Tuesday.", {("killed", 29, "exact")}),
    ("At least 14 civilians were killed when a market in Tessel was hit.", {("killed", 14, "at_least")}),
    ("The blast left some 200 people dead and injured more than 150.",
     {("killed", 200, "approx"), ("injured", 150, "more_than")}),
    ("Officials reported the death of six fishermen off the coast.", {("killed", 6, "exact")}),
    ("The death toll from the earthquake rose to 1,340 on Friday.", {("killed", 1340, "exact")}),
    ("A construction worker was killed by falling debris in Tessel.", {("killed", 1, "exact")}),
    ("Another civilian was killed in the northern district.", {("killed", 1, "exact")}),
    ("Two children drowned when the river burst its banks.", {("killed", 2, "exact")}),
    ("Nine people died in the landslide, The Harbour Post reported.", {("killed", 9, "exact")}),
    ("The floods have claimed 37 lives so far.", {("killed", 37, "exact")}),
    ("Between 5 and 7 miners were killed in the collapse.", {("killed", (5, 7), "approx")}),
    ("An estimated 18,000 to 20,000 people died in the famine.", {("killed", (18_000, 20_000), "approx")}),
    ("Dozens of protesters were killed in clashes with security forces.", {("killed", (24, 99), "vague")}),
    ("Seven thousand people have died since the outbreak began.", {("killed", 7000, "exact")}),
    # injured
    ("More than 300 people were injured in the earthquake.", {("injured", 300, "more_than")}),
    ("Hundreds of villagers were wounded in the bombardment.", {("injured", (200, 999), "vague")}),
    ("The storm injured a dozen fishermen in Marrowgate.", {("injured", 12, "exact")}),
    ("Police said 40 officers were hurt during the riot.", {("injured", 40, "exact")}),
    # missing
    ("Around 60 people are still missing after the ferry sank.", {("missing", 60, "approx")}),
    ("Eleven climbers remain missing on the mountain.", {("missing", 11, "exact")}),
    # displaced
    ("More than 6,000 residents have left Tessel since Sunday.", {("displaced", 6000, "more_than")}),
    ("The fighting has displaced half a million people.", {("displaced", 500_000, "exact")}),
    ("The floods forced thousands to flee their homes.", {("displaced", (2000, 9999), "vague")}),
    ("Up to 12,000 refugees have crossed into Marrowgate.", {("displaced", 12_000, "at_most")}),
    ("The cyclone left 80,000 people homeless.", {("displaced", 80_000, "exact")}),
    ("Tens of thousands of families fled the advancing rebels.", {("displaced", (20_000, 99_999), "vague")}),
    # evacuated
    ("About 7 thousand residents of 16 villages were evacuated.", {("evacuated", 7000, "approx")}),
    ("Rescuers evacuated nearly 900 patients from the flooded hospital.", {("evacuated", 900, "approx")}),
    # detained
    ("At least 142 protesters were detained by the police.", {("detained", 142, "at_least")}),
    ("Security forces arrested 35 students on Monday, the ministry said.", {("detained", 35, "exact")}),
    ("A journalist was arrested at the border.", {("detained", 1, "exact")}),
    # affected
    ("Some 2.3 million people are in need of humanitarian aid.", {("affected", 2_300_000, "approx")}),
    ("Thousands of villagers remain trapped by the floodwaters.", {("affected", (2000, 9999), "vague")}),
    ("The quake affected more than 40,000 people in the province.", {("affected", 40_000, "more_than")}),
    # aid, forces, weapons
    ("The agency delivered more than 50 tonnes of food to Tessel.", {("aid", 50, "more_than")}),
    ("A convoy of 30 trucks carrying medicine arrived in Marrowgate.", {("aid", 30, "exact")}),
    ("With 2,000 peacekeepers stationed in the region, calm returned.", {("forces", 2000, "exact")}),
    ("The government deployed 5,000 troops to the border.", {("forces", 5000, "exact")}),
    ("Four armoured vehicles, over 500 rifles and 9,000 rounds of ammunition had been handed over.",
     {("weapons", 4, "exact"), ("weapons", 500, "more_than"), ("weapons", 9000, "exact")}),
    ("Police seized 120 rifles in the raid.", {("weapons", 120, "exact")}),
    # negatives: numbers that are not figures
    ("The war ended in 1994 after six weeks of fighting.", set()),
    ("A 45-year-old man from Tessel spoke to reporters.", set()),
    ("Marrowgate lies 295 km west of the capital.", set()),
    ("The 44-day war devastated the region.", set()),
    ("The nine-month blockade caused shortages.", set()),
    ("Prices rose by 30 percent in two weeks.", set()),
    ("The government pledged $5 million in aid.", set()),
    ("The earthquake had a magnitude of 7.8 and struck at 10:30.", set()),
    ("The rebels captured 16 settlements and two towns.", set()),
    ("The region has been the centre of two wars.", set()),
    ("The minister had led three rounds of talks.", set()),
    ("Two diplomatic sources said the meeting could happen soon.", set()),
    ("The talks resumed on 24 September.", set()),
    ("He was the second person to speak.", set()),
    ("No one was killed in the fire.", {("killed", 0, "exact")}),  # issue 10: zero by negation is a figure
    ("Call 555 0134 for information.", set()),
    ("Thousands more want to leave the city.", set()),
    ("The council has 40 members.", set()),
    ("The gunmen killed four guards and wounded two others.",
     {("killed", 4, "exact"), ("injured", 2, "exact")}),
    # more shapes met in news from other crises
    ("The death toll from Monday's 7.2-magnitude earthquake has climbed to more than 2,100, officials said.",
     {("killed", 2100, "more_than")}),
    ("Rescuers pulled 14 bodies from the rubble in Tessel.", {("killed", 14, "exact")}),
    ("The UN says 1.5 million people have been affected by the floods and 300,000 are homeless.",
     {("affected", 1_500_000, "exact"), ("displaced", 300_000, "exact")}),
    ("Police fired tear gas and arrested about 200 demonstrators in the capital.", {("detained", 200, "approx")}),
    ("At least 12 people were killed and 45 injured when a bus plunged into a ravine.",
     {("killed", 12, "at_least"), ("injured", 45, "exact")}),
    ("The number of dead could reach 10,000, the minister warned.", {("killed", 10_000, "exact")}),
    ("Five Veloran soldiers and a civilian died in the attack.", {("killed", 5, "exact"), ("killed", 1, "exact")}),
    ("The strike killed a family of five.", {("killed", 5, "exact")}),
    ("Among the dead were 12 children.", {("killed", 12, "exact")}),
    ("Eight people have been rescued and 19 remain unaccounted for.", {("missing", 19, "exact")}),
    ("Gunmen abducted 30 schoolgirls in Marrowgate.", {("detained", 30, "exact")}),
    ("The rebels freed 40 hostages on Friday.", set()),
    ("Officials put the toll at 88.", {("killed", 88, "exact")}),
    ("The explosion killed three and injured 11, the Harbour Post reported.",
     {("killed", 3, "exact"), ("injured", 11, "exact")}),
    ("Forty-two people lost their lives in the stampede.", {("killed", 42, "exact")}),
    ("Authorities say the fires have forced more than 20,000 people from their homes.",
     {("displaced", 20_000, "more_than")}),
    ("Two weeks ago, 17 migrants drowned off the coast.", {("killed", 17, "exact")}),
    ("Thousands were left without power.", {("affected", (2000, 9999), "vague")}),
    ("The flooding has cut off 60,000 residents from the capital.", {("affected", 60_000, "exact")}),
    ("Over 1,000 houses were destroyed in the storm.", set()),
    ("Protests drew 10,000 people to the square.", set()),
    ("Five killed, 20 hurt in Marrowgate bus crash", {("killed", 5, "exact"), ("injured", 20, "exact")}),
    ("Police said 15 officers and 8 protesters were injured.", {("injured", 15, "exact"), ("injured", 8, "exact")}),
    ("Some 1,200 people were taken to hospital.", {("injured", 1200, "approx")}),
]

# Shapes added to raise recall, each with an invented sentence from another invented crisis (an
# earthquake in Quarnell, a cyclone on the Pennick coast, protests in Hadley Cross, a war in Ostrel).
RECALL_CASES: list[tuple[str, Expected]] = [
    # toll verbs and toll setters
    ("Quake toll nears 600 as rescuers dig through rubble", {("killed", 600, "approx")}),
    ("The death toll in Quarnell has surpassed 1,000, officials said.", {("killed", 1000, "more_than")}),
    ("Cyclone toll reaches 45 as Pennick is evacuated", {("killed", 45, "exact")}),
    ("An aftershock on Friday brought the death toll to 212.", {("killed", 212, "exact")}),
    ("New findings raised the toll from the earthquake to 1,050.", {("killed", 1050, "exact")}),
    ("The number of people in camps has fallen to about 41,000.", {("displaced", 41_000, "approx")}),
    # counted event nouns and remains
    ("The storm has caused 19 deaths across the coastal provinces.", {("killed", 19, "exact")}),
    ("Police made 85 arrests during the protests in Hadley Cross.", {("detained", 85, "exact")}),
    ("The bodies of 19 migrants washed ashore near Pennick.", {("killed", 19, "exact")}),
    ("Emergency workers saved 300 lives and averted 2,000 deaths.", set()),
    # headlines: bare participles and adjectives
    ("Three soldiers killed, five wounded in Ostrel ambush", {("killed", 3, "exact"), ("injured", 5, "exact")}),
    ("Twelve dead as cyclone batters Pennick coast", {("killed", 12, "exact")}),
    ("Nine arrested after clashes in Hadley Cross", {("detained", 9, "exact")}),
    ("Forty missing after ferry capsizes off Pennick", {("missing", 40, "exact")}),
    ("The mortar round left one medic dead and two Ostrelian gunners wounded.",
     {("killed", 1, "exact"), ("injured", 2, "exact")}),
    ("The 12 militants arrested last week were charged.", {("detained", 12, "exact")}),
    ("Searchers were looking for five hikers reported missing near the summit.", {("missing", 5, "exact")}),
    # hospitals
    ("Paramedics rushed 30 people to hospital after the stampede.", {("injured", 30, "exact")}),
    ("Nine people were treated in hospital for minor injuries.", {("injured", 9, "exact")}),
    ("Officials said 22 people were treated for smoke inhalation.", {("injured", 22, "exact")}),
    ("Doctors said 12 people remain in hospital.", {("injured", 12, "exact")}),
    ("The five climbers were taken to Quarnell General Hospital for checks.", set()),
    ("The quake damaged 12 hospitals and 300 schools.", set()),
    # shelters
    ("Some 5,000 families are living in tents after the earthquake.", {("displaced", 5000, "approx")}),
    ("About 12,000 people remain in evacuation centres.", {("displaced", 12_000, "approx")}),
    ("Up to 40,000 people are sheltering in schools and mosques.", {("displaced", 40_000, "at_most")}),
    ("More than 6,000 residents were moved to sports halls.", {("displaced", 6000, "more_than")}),
    ("The camp hosts 30,000 people.", {("displaced", 30_000, "exact")}),
    ("Nearly 5,000 people were packed into the stadium in Orvin.", {("displaced", 5000, "approx")}),
    ("About 700 families were packed into two school halls.", {("displaced", 700, "approx")}),
    ("Around 30,000 fans were packed into the stadium for the cup final.", set()),
    ("Some 40,000 spectators were crammed into the stadium for the derby.", set()),
    ("The camp on the Lask showground is packed with 9,500 people.", {("displaced", 9500, "exact")}),
    ("The relief camps are filled with some 7,000 people.", {("displaced", 7000, "approx")}),
    ("The school is packed with 900 pupils on exam day.", set()),
    ("The stadium was packed with 30,000 fans.", set()),
    ("The district houses 30,000 people.", set()),
    ("Over 2,000 children were in the school when the quake struck.", set()),
    ("About 3,000 have been driven from their homes by the shelling.", {("displaced", 3000, "approx")}),
    ("Some 60,000 people are in shelters, up from 20,000 a week ago.",
     {("displaced", 60_000, "approx"), ("displaced", 20_000, "exact")}),
    ("The rebels released 40 hostages, up from 12 last week.", set()),
    # stranded, without
    ("About 300 people were still waiting to be evacuated from the island.", {("affected", 300, "approx")}),
    ("Some 1,500 villagers are awaiting rescue on rooftops.", {("affected", 1500, "approx")}),
    ("The cyclone cut power, leaving an estimated 200,000 people without electricity.",
     {("affected", 200_000, "approx")}),
    ("Some 70,000 people were left without shelter after the quake.", {("displaced", 70_000, "approx")}),
    # vehicles seized, forces arriving
    ("Customs officers seized 40 rifles and three pickup trucks.", {("weapons", 40, "exact"), ("weapons", 3, "exact")}),
    ("The flood destroyed 300 cars and 90 trucks in Pennick.", set()),
    ("About 2,500 peacekeepers arrived in Ostrel on Monday.", {("forces", 2500, "approx")}),
    # subsets and inclusion
    ("The storm killed 23, including 9 children.", {("killed", 23, "exact"), ("killed", 9, "exact")}),
    ("Casualties included 14 dead.", {("killed", 14, "exact")}),
    ("Riot police detained 60 students, including 4 reporters.",
     {("detained", 60, "exact"), ("detained", 4, "exact")}),
    # injuries sustained, refuge sought, hardship faced, captivity, custody, borders crossed
    ("About 400 people sustained injuries in the blast.", {("injured", 400, "approx")}),
    ("About 25,000 people have sought refuge in neighbouring countries.", {("displaced", 25_000, "approx")}),
    ("An estimated 6.7 million people face acute food insecurity.", {("affected", 6_700_000, "approx")}),
    ("Some 4,000 people were forced to flee.", {("displaced", 4000, "approx")}),
    ("The army said it had captured 45 fighters.", {("detained", 45, "exact")}),
    ("The army said it had captured 12 tanks.", {("weapons", 12, "exact")}),
    ("Twelve soldiers were taken prisoner.", {("detained", 12, "exact")}),
    ("Police took 40 people into custody.", {("detained", 40, "exact")}),
    ("About 30 protesters remain in custody.", {("detained", 30, "approx")}),
    ("Over 300 people are still unaccounted for.", {("missing", 300, "more_than")}),
    ("Some 16,000 people have crossed into Quarnell since Monday.", {("displaced", 16_000, "approx")}),
    ("Thousands of fans crossed the square to the stadium.", set()),
    ("Nearly 2,000 people had registered as refugees by Friday.", {("displaced", 2000, "approx")}),
    # inclusion by the dead, lives claimed, "to death"
    ("The dead include 12 children.", {("killed", 12, "exact")}),
    ("The victims include 12 children.", set()),
    ("The fire claimed the lives of 14 people.", {("killed", 14, "exact")}),
    ("Nine people were burned to death in the fire.", {("killed", 9, "exact")}),
    ("Twelve children starved to death last month.", {("killed", 12, "exact")}),
    # an age set off by commas after a name is no count
    ("Arlen Voss, 52, was shot to death outside his home in Pennick.", set()),
    # a labelling prefix only counts as a whole word ("Rs 200"), not as the end of "nears"
    ("The tally of arrests nears 300.", {("detained", 300, "approx")}),
]


@pytest.mark.parametrize(("sentence", "expected"), RECALL_CASES, ids=[s[:50] for s, _ in RECALL_CASES])
def test_figures_recall_shapes(nlp: Any, sentence: str, expected: Expected) -> None:
    assert _summary(_figures(nlp, sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:50] for s, _ in CASES])
def test_figures_in_sentence(nlp: Any, sentence: str, expected: Expected) -> None:
    assert _summary(_figures(nlp, sentence)) == expected


# Issue 10: shapes that unseen news writes and the extractor missed or misread. Invented sentences
# from more invented places (the port of Sarn, the Brede valley, the Kell highlands).
ISSUE10_CASES: list[tuple[str, Expected]] = [
    # a sentence of death holds people, it does not kill them; a burning does
    ("Nine rebels were sentenced to death in Sarn.", {("detained", 9, "exact")}),
    ("Nine villagers were burned to death in Sarn.", {("killed", 9, "exact")}),
    # a vehicle is aid only when it carries aid
    ("Thirty buses carrying blankets reached the Brede valley.", {("aid", 30, "exact")}),
    ("Thirty armoured vehicles entered the Brede valley.", set()),
    # an arrest by phrasal verb needs the police or the army as its doer
    ("Police picked up 17 students near the Sarn campus.", {("detained", 17, "exact")}),
    ("A ferry picked up 17 students near the Sarn pier.", set()),
    # the base of a ratio counts nothing
    ("Nearly 3 in 10 homes in Sarn lost power.", set()),
    # aid with motion verbs, rates and arrivals
    ("Twelve lorries went through the gate at Sarn on Tuesday.", {("aid", 12, "exact")}),
    ("Some 40 aid trucks rolled into the Brede valley on Friday.", {("aid", 40, "approx")}),
    ("The army let under 80 trucks a day into the enclave.", {("aid", 80, "less_than")}),
    ("Residents cheered the arrival of 20 trucks carrying flour.", {("aid", 20, "exact")}),
    ("Twelve trucks went up in flames near the depot.", set()),
    # shelters people are packed into or registered in; lakh, crore and "1m"
    ("Some 3,000 people were packed into relief camps outside Sarn.", {("displaced", 3000, "approx")}),
    ("Nearly 4,500 villagers have registered in relief camps.", {("displaced", 4500, "approx")}),
    ("Officials said 2.5 lakh people were affected by the floods.", {("affected", 250_000, "exact")}),
    ("Over 3 crore people were hit by the drought and 2 crore were affected.", {("affected", 20_000_000, "exact")}),
    ("The floods displaced 1m people across the Brede delta.", {("displaced", 1_000_000, "exact")}),
    # tolls as nouns, unusual tally verbs, a weekday the number hangs on
    ("The loss of lives crossed 300 on Wednesday.", {("killed", 300, "more_than")}),
    ("The number of deaths crossed 1,000 in the Kell highlands.", {("killed", 1000, "more_than")}),
    ("The death toll rose to 350 Sunday, officials said.", {("killed", 350, "exact")}),
    ("The toll climbed to 48 Friday night.", {("killed", 48, "exact")}),
    ("The toll has surged to a record 2,300.", {("killed", 2300, "exact")}),
    ("Kell landslide death toll hits 1200", {("killed", 1200, "exact")}),
    ("Sarn, Brede landslide toll tops 940 after more rain", {("killed", 940, "more_than")}),
    # zero by negation, but not "no new deaths" (an unchanged count)
    ("There were no fatalities in the blast at Sarn.", {("killed", 0, "exact")}),
    ("None of its troops were killed in the ambush.", {("killed", 0, "exact")}),
    ("Nobody was hurt when the depot burned.", {("injured", 0, "exact")}),
    ("No injuries were reported.", {("injured", 0, "exact")}),
    ("No new deaths were reported on Tuesday.", set()),
    ("No one knows how long the siege will last.", set()),
    # one number, two kinds
    ("The shelling left hundreds dead or wounded.",
     {("killed", (200, 999), "vague"), ("injured", (200, 999), "vague")}),
    ("At least 30 people were killed or wounded in the raid.",
     {("killed", 30, "at_least"), ("injured", 30, "at_least")}),
    # vague quantity words: a figure with no value; "how many" is none
    ("Several nationals died in the crash.", {("killed", (None, None), "vague")}),
    ("A few soldiers were wounded in the clash near Sarn.", {("injured", (None, None), "vague")}),
    ("How many people died remains unclear.", set()),
    ("Many thanks to the volunteers of Sarn.", set()),
    # treated, suspects, pairs
    ("Thirty people died and 40 were being treated in hospital.", {("killed", 30, "exact"), ("injured", 40, "exact")}),
    ("Two were killed and 40 being treated for burns.", {("killed", 2, "exact"), ("injured", 40, "exact")}),
    ("Doctors in Sarn treated 45 people for smoke inhalation.", {("injured", 45, "exact")}),
    ("The guards treated the 30 miners with contempt.", set()),
    ("Police arrested 12 suspects after the riot in Sarn.", {("detained", 12, "exact")}),
    ("Five suspects are being questioned by the police.", {("detained", 5, "exact")}),
    ("Police are hunting three suspects.", set()),
    ("A father and his son were found dead in the rubble.", set()),
    # two people each named with "a" and tied by nothing count two (a fifth review of real text found such
    # pairs missed); "a father and his son" above stays no count
    ("A man and a woman were killed in the crash.", {("killed", 2, "exact")}),
    # numbers that lean on the figure before them: parts, lists without the verb, breakdowns, totals
    ("The blast killed 87 and injured 140, eight of them critically.",
     {("killed", 87, "exact"), ("injured", 140, "exact"), ("injured", 8, "exact")}),
    ("Another 260 people were hurt, of whom 17 are on ventilators.",
     {("injured", 260, "exact"), ("injured", 17, "exact")}),
    ("The storm killed 40 in Sarn, 12 in Kellmouth and 5 in Brede.",
     {("killed", 40, "exact"), ("killed", 12, "exact"), ("killed", 5, "exact")}),
    ("Rescuers said 30 people were found dead in Sarn and eight in Brede.",
     {("killed", 30, "exact"), ("killed", 8, "exact")}),
    ("Storms killed 12,000 in Quarnell and 2,000 in Ostrel, bringing the total to 14,000.",
     {("killed", 12_000, "exact"), ("killed", 2000, "exact"), ("killed", 14_000, "exact")}),
    ("Deaths were highest in Sarn (300), Kellmouth (120) and Brede (45).",
     {("killed", 300, "exact"), ("killed", 120, "exact"), ("killed", 45, "exact")}),
    ("The mudslide left more than 880 villagers homeless in the Kell highlands.", {("displaced", 880, "more_than")}),
    ("The fire left more than 880 people homeless, Kell radio said.", {("displaced", 880, "more_than")}),
    ("Twelve houses were destroyed and 30 damaged.", set()),
    # a negated tally is an upper bound; a negated killing is no figure
    ("The tally of the dead did not pass 58, Sarn officials insisted.", {("killed", 58, "at_most")}),
    ("The army did not kill 40 fighters.", set()),
    # evacuations said as flights out or moves to safety
    ("More than 150 diplomats were flown out of the capital on Sunday.", {("evacuated", 150, "more_than")}),
    ("Some 700 foreign nationals were pulled out by air.", {("evacuated", 700, "approx")}),
    ("The navy ferried 1,700 foreigners to safety across the sea.", {("evacuated", 1700, "exact")}),
    # the subject's place among the counted
    ("The Red Cross said 20 of its volunteers were among the dead.", {("killed", 20, "exact")}),
    ("Five reporters were among the guests.", set()),
    # stress batch 3's causes: a particle is no qualifier, "past N" bounds after any verb, bodies
    # moved are the dead, a partitive "of the dead" names the kind, "the" before a listed place
    ("Rebels turned over 75 rifles at the checkpoint.", {("weapons", 75, "exact")}),
    ("Three more deaths drove the overall toll past 140.", {("killed", 3, "exact"), ("killed", 140, "more_than")}),
    ("Divers pulled out nine bodies from the harbour.", {("killed", 9, "exact")}),
    ("Of the injured, 30 were in Sarn and 6 in Brede.", {("injured", 30, "exact"), ("injured", 6, "exact")}),
    ("Nine people died in Sarn, four in Brede and two in the Kell hills.",
     {("killed", 9, "exact"), ("killed", 4, "exact"), ("killed", 2, "exact")}),
    ("Aid officials put the number of displaced at 6,400.", {("displaced", 6400, "exact")}),
    # stress batch 6's causes: tally nouns with the value after the verb, sitrep labels and HH,
    # counted deaths heading a list, a zero of a known group, "a handful", exodus and order verbs
    ("On Monday the number confirmed dead had climbed to 64.", {("killed", 64, "exact")}),
    ("The number of villagers who trekked out of the Kell hills reached 2,900.", {("displaced", 2900, "exact")}),
    ("The number of injured has more than tripled to 480.", {("injured", 480, "exact")}),
    ("The tally of those still unaccounted for dropped to 7 on Tuesday.", {("missing", 7, "exact")}),
    ("The storm killed 5 more, bringing the total killed to 61.", {("killed", 5, "exact"), ("killed", 61, "exact")}),
    ("Confirmed deaths: 27", {("killed", 27, "exact")}),
    ("Total injured: 140 people", {("injured", 140, "exact")}),
    ("Time: 12 noon", set()),
    ("About 9,300 IDPs (1,860 HH) are staying in schools in Sarn.",
     {("displaced", 9300, "approx"), ("displaced", 1860, "exact")}),
    ("8 deaths, 19 injured and 2 missing were reported in Brede.",
     {("killed", 8, "exact"), ("injured", 19, "exact"), ("missing", 2, "exact")}),
    ("None of the 12 passengers was hurt in the crash.", {("injured", 0, "exact")}),
    ("No household that lost its home will pay rent this winter.", set()),
    ("None of the passengers who boarded in Sarn was hurt.", {("injured", 0, "exact")}),
    ("A handful of reporters were arrested outside the court.", {("detained", (None, None), "vague")}),
    ("Some 900 families streamed out of Sarn before the river burst.", {("displaced", 900, "approx")}),
    ("Hundreds of spectators poured out of the stadium.", set()),
    ("Thousands of villagers were told to evacuate.", {("evacuated", (2000, 9999), "vague")}),
    ("Two hundred marines were rushed into Brede.", {("forces", 200, "exact")}),
    # stress batch 11's causes: a tally verb after an aside, qualifiers parsed as the subject,
    # "registered as displaced", carriers of a load, forces called up
    ("The injured, nine of whom are firefighters, now number 70.", {("injured", 70, "exact")}),
    ("The missing, among them two guides, number 11.", {("missing", 11, "exact")}),
    ("Upward of 600 villagers took refuge in tents.", {("displaced", 600, "more_than")}),
    ("Just shy of 300 people were evacuated from Sarn.", {("evacuated", 300, "less_than")}),
    ("About 1,200 residents have registered as homeless in Brede.", {("displaced", 1200, "approx")}),
    ("Fifteen lorries brought 90 tonnes of rice into Sarn.",
     {("aid", 15, "exact"), ("aid", 90, "exact")}),
    ("Two buses carried 80 pilgrims home.", set()),
    ("Some 3,000 reservists were called up on Tuesday.", {("forces", 3000, "approx")}),
    # stress batch 12's causes: a person noun as the tally's subject, an infinitive after a reporting
    # passive, a hyphenated fraction, a small clause after "leaves", food baskets
    ("The refugees, most of them women, now number 4,100.", {("displaced", 4100, "exact")}),
    ("Some 25 miners are feared to have died.", {("killed", 25, "approx")}),
    ("About 60 villagers are believed to have fled.", {("displaced", 60, "approx")}),
    ("Three-quarters of a million people have been displaced.", {("displaced", 750000, "exact")}),
    ("A quarter of the 80 workers were sent home.", set()),
    ("Storm leaves 7 missing in Sarn", {("missing", 7, "exact")}),
    ("Volunteers handed out 900 food hampers in Brede.", {("aid", 900, "exact")}),
    # stress batch 13's causes: the verb over a participle of state, capacities, trucks "with" a convoy
    ("The operation rescued 16 miners trapped underground.", set()),
    ("Boats evacuated 240 villagers stranded by the Kell river.", {("evacuated", 240, "exact")}),
    ("The hall, which holds 2,000 people, stood empty.", set()),
    ("The gym can accommodate 400 people.", set()),
    ("Sarn camp now holds 7,300 people.", {("displaced", 7300, "exact")}),
    ("A convoy with 30 lorries reached Brede on Sunday.", {("aid", 30, "exact")}),
    # stress batch 14's causes: a number parsed as the head of its own noun's clause, a school's
    # compound, an order out of an area
    ("Twelve more villagers have drowned in the Kell river.", {("killed", 12, "exact")}),
    ("About 900 people are sleeping in the church grounds.", {("displaced", 900, "approx")}),
    ("Some 4,000 residents were ordered out of the valley.", {("evacuated", 4000, "approx")}),
    # stress batch 15's causes: safe places, forces pledged, zeros joined by "or", a pair by a possessive
    ("About 350 villagers were taken to higher ground.", {("evacuated", 350, "approx")}),
    ("The ministry has committed 600 troops to the mission.", {("forces", 600, "exact")}),
    ("No injuries or arrests were reported in Sarn.", {("injured", 0, "exact"), ("detained", 0, "exact")}),
    ("A driver and his co-driver were injured.", set()),
    # stress batches 16-18's causes: fronted participles and verbs (translated order), "in need" on a
    # tally or after "estimated to be", labelled lists, bracketed counts, a comma before a scale noun
    ("Drowned were 6 fishermen and rescued were 11.", {("killed", 6, "exact")}),
    ("In the collapse perished 9 workers.", {("killed", 9, "exact")}),
    ("Burns received 14 passengers in the fire.", {("injured", 14, "exact")}),
    ("The number of people in need in Sarn has doubled to 18,000.", {("affected", 18000, "exact")}),
    ("About 5,000 people are believed to be in need of shelter.", {("affected", 5000, "approx")}),
    ("Missing by village: Sarn 4; Brede 7.", {("missing", 4, "exact"), ("missing", 7, "exact")}),
    ("Results by village: Sarn 4; Brede 7.", set()),
    ("Brede had the most arrests (15).", {("detained", 15, "exact")}),
    ("At least 3 dead, hundreds stranded in Sarn", {("killed", 3, "at_least"), ("affected", (200, 999), "vague")}),
    ("Some 800 families are staying in collective centres.", {("displaced", 800, "approx")}),
    # stress batch 19's causes: a lower-case headline verb read as a noun, "it" for the last sentence's
    # toll, a place name tagged as a verb before its bracketed count, people hosted in centres
    ("Nearly 400 flee as wildfire nears Sarn", {("displaced", 400, "approx")}),
    ("The toll reached 21 on Friday. On Sunday it climbed to 26.", {("killed", 21, "exact"), ("killed", 26, "exact")}),
    ("The lake rose on Friday. On Sunday it climbed to 26 metres.", set()),
    ("About 600 people are hosted in transit centres in Brede.", {("displaced", 600, "approx")}),
    # stress batch 20's causes (a review of real text not gold-scored for figures): an elided second
    # clause keeps its own participle, a conjoined verb with its own qualified count shares nothing,
    # what became of people beats what they were doing, suspects nobody holds, expelled foreigners,
    # prisoners taken and fighters who surrendered
    ("Over 30 people were killed and about 90 others injured in Sarn.",
     {("killed", 30, "more_than"), ("injured", 90, "approx")}),
    ("The shelling killed 25 people, including 6 children, and wounded about 80.",
     {("killed", 25, "exact"), ("killed", 6, "exact"), ("injured", 80, "approx")}),
    ("Eleven farmers fleeing the fire were killed on the Brede road.", {("killed", 11, "exact")}),
    ("Dam burst in Sarn: 40 villagers stranded, 3 dead", {("affected", 40, "exact"), ("killed", 3, "exact")}),
    ("Police believe Tova Rensk is a suspect in the fire.", set()),
    ("Unless a suspect is caught, the trial in Brede cannot start.", set()),
    ("Eight suspects were indicted but never detained.", set()),
    ("Police are holding eight suspects in Sarn.", {("detained", 8, "exact")}),
    ("Brede expelled three reporters on Monday.", set()),
    ("Some 900 villagers were expelled from their homes near Sarn.", {("displaced", 900, "approx")}),
    ("About 1,500 prisoners were taken near Brede.", {("detained", 1500, "approx")}),
    ("Nearly 300 militiamen surrendered in Sarn.", {("detained", 300, "approx")}),
    # stress batch 21's causes: a comma-set "N of them" is part of the count before it
    ("Over 70 people died, nine of them firemen and about 200 injured after the blast in Brede.",
     {("killed", 70, "more_than"), ("killed", 9, "exact"), ("injured", 200, "approx")}),
    # stress batch 45's causes: a tally's value set off with "so far", a side's losses, doses (lemmatised
    # "dos"), aid trucked in, a scale word the NER calls money, a label with "for", a breakdown after a colon,
    # fronted injuries in translated text
    ("The death toll, 21 so far, is likely to climb in Sarn.", {("killed", 21, "exact")}),
    ("Each side lost about 50 fighters near Brede.", {("killed", 50, "approx")}),
    ("The company lost 300 jobs in Brede.", set()),
    ("The agency shipped 90,000 doses of measles vaccine to Sarn.", {("aid", 90_000, "exact")}),
    ("Some 40,000 litres of fuel were trucked into Brede.", {("aid", 40_000, "approx")}),
    ("Floods have affected 3 lakh 40 thousand people in Sarn.", {("affected", 340_000, "exact")}),
    ("The state paid 3 lakh rupees to each family in Sarn.", set()),
    ("Unaccounted for: 7", {("missing", 7, "exact")}),
    ("The blast killed 19 people: 12 in Sarn and 7 in Brede.",
     {("killed", 19, "exact"), ("killed", 12, "exact"), ("killed", 7, "exact")}),
    ("Received injuries 6 policemen, including a driver.", {("injured", 6, "exact")}),
    # batch 46: the aside between dashes or brackets, "Still" in a label, the people as a second object
    ("The toll (44 so far) could rise in Sarn.", {("killed", 44, "exact")}),
    ("The number of dead \u2014 27 so far \u2014 may rise in Brede.", {("killed", 27, "exact")}),
    ("Still unaccounted for: 5", {("missing", 5, "exact")}),
    ("Received wounds 8 soldiers of the Sarn garrison.", {("injured", 8, "exact")}),
    # batch 47: a patient's condition, a night in shelters, "Of those killed", searching for people
    ("Nine people remain in serious condition in Sarn.", {("injured", 9, "exact")}),
    ("The 12 rescued hikers are in good condition.", set()),
    ("About 700 people spent the night in relief camps near Brede.", {("displaced", 700, "approx")}),
    ("Of those injured, 14 were children.", {("injured", 14, "exact")}),
    ("Of those detained, 30 were freed on Monday.", set()),
    ("Divers are searching for 6 fishermen off Sarn.", {("missing", 6, "exact")}),
    ("Police are searching for two gunmen in Brede.", set()),
    # batch 53: a part of the dead with a past of the hurt, a place's daily load, a setter's value hung on
    # a clause inside its tally
    ("Six of the dead had been in hospital in Sarn.", {("killed", 6, "exact")}),
    ("Three of the wounded died in hospital in Brede.", {("killed", 3, "exact")}),
    ("The Sarn clinic treats 50 patients a day.", set()),
    ("The Sarn clinic has treated 50 people hurt in the blast.", {("injured", 50, "exact")}),
    ("The union puts the number of medics killed in the Sarn raids at 31.", {("killed", 31, "exact")}),
    ("Officials put the number of people missing after the storm hit the coast at about 40.",
     {("missing", 40, "approx")}),
    # a second part with noun and verb left out after a place, daily counts with their running total, a part
    # of the missing found alive
    ("Some 70 people died on this side of the river and about 150 on the other side.",
     {("killed", 70, "approx"), ("killed", 150, "approx")}),
    ("New injuries: 8 (total 530)", {("injured", 8, "exact"), ("injured", 530, "exact")}),
    ("Evacuated overnight: 420", {("evacuated", 420, "exact")}),
    ("Deaths confirmed on Sunday: 5, taking the total to 61.", {("killed", 5, "exact"), ("killed", 61, "exact")}),
    ("Six of the missing divers have been found alive.", set()),
    ("Two of the 14 missing divers have been found alive.", {("missing", 14, "exact")}),
    # batch 54: the same shapes in other parses
    ("Two midwives were among the 30 people killed in Sarn.", {("killed", 2, "exact"), ("killed", 30, "exact")}),
    ("Six guards were hurt near the gate and 3 near the wall.", {("injured", 6, "exact"), ("injured", 3, "exact")}),
    ("The rangers put the number of hikers still missing at 8.", {("missing", 8, "exact")}),
    # "among" left with no object by the parser, its people the subject of their own participle
    ("Four medics were among at least 160 people killed.", {("killed", 4, "exact"), ("killed", 160, "at_least")}),
    ("Two guards were among at least 40 people freed.", set()),
    # batch 55: people packed or crowded into a temporary shelter
    ("About 700 people were packed into two schools in Brede.", {("displaced", 700, "approx")}),
    # the verb left out in the second half, "and 4 [were treated] for burns" (a known failure until batch 53)
    ("Officials said 22 people were treated for smoke inhalation and 4 for burns.",
     {("injured", 22, "exact"), ("injured", 4, "exact")}),
    # a tally setter whose value the parser hangs on the counted people's participle
    ("The army now puts the number of rebels killed since Monday at 48.", {("killed", 48, "exact")}),
    ("Officials put the number of people injured in the Sarn blast at about 60.", {("injured", 60, "approx")}),
    ("Police put the number of marchers gathered in Brede at 3,000.", set()),
]


#: Stress batch 21's scope causes: a fronted date reaches the participle or the second verb, and an
#: arrest made now for an older event is this story's own count.
SCOPE_CASES: list[tuple[str, str, str | None]] = [
    ("In 2010, raiders burned the market in Sarn, killing 14 people.", "killed", "other_event"),
    ("Back in 2013, a bus fell into the Brede gorge and 22 passengers died.", "killed", "other_event"),
    ("Police arrested two men over the 2017 fire in Sarn.", "detained", None),
    ("A nurse was detained in connection with the Brede poisoning of last year.", "detained", None),
    # batch 53: a count measured from an older event is this one's; a class of events widens a total
    ("The flood killed 12 people in Sarn, three years after the 2023 storm.", "killed", None),
    ("The raid on Brede lifted the toll from such raids to 90.", "killed", "wider_area"),
    ("The fire killed 7 people in Sarn, a decade after the 2015 blaze.", "killed", None),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "kind", "scope"), SCOPE_CASES, ids=[s[:50] for s, _, _ in SCOPE_CASES])
def test_figures_scope_beside_an_older_date(nlp: Any, sentence: str, kind: str, scope: str | None) -> None:
    figs = [f for f in _figures(nlp, sentence, dt.date(2026, 6, 1)) if f.kind == kind]
    assert figs and all(f.scope == scope for f in figs), [(f.kind, f.scope) for f in figs]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), ISSUE10_CASES, ids=[s[:50] for s, _ in ISSUE10_CASES])
def test_figures_issue10_shapes(nlp: Any, sentence: str, expected: Expected) -> None:
    assert _summary(_figures(nlp, sentence)) == expected


KNOWN_FAILURES: list[tuple[str, Expected]] = [
    # the parser makes "passers-by hurt" a noun phrase: the second count has no predicate of its own
    ("The crash left both drivers dead and three passers-by hurt.",
     {("killed", 2, "exact"), ("injured", 3, "exact")}),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN_FAILURES, ids=[s[:50] for s, _ in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="parse or lexicon gap, see the comment on each case")
def test_known_failures(nlp: Any, sentence: str, expected: Expected) -> None:
    assert _summary(_figures(nlp, sentence)) == expected


# --- attributes: unit, who, flags, source, span ------------------------------------------------


def _one(nlp: Any, text: str, published: dt.date | None = None) -> Any:
    figs = _figures(nlp, text, published)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The agency delivered more than 50 tonnes of food to Tessel.", "tonnes of food"),
    ("Police seized 120 assault rifles in the raid.", "assault rifles"),
    ("The militia handed over 9,000 rounds of ammunition.", "rounds of ammunition"),
    # a word of quantity before the count or inside the modifiers is no part of the unit
    ("Customs officers seized a further nine rifles at the pass.", "rifles"),
    ("Guards confiscated an additional 40 assault rifles near the ford.", "assault rifles"),
    ("Police recovered 12 more hunting rifles from the barn.", "hunting rifles"),
])
def test_unit(nlp: Any, sentence: str, unit: str) -> None:
    assert _one(nlp, sentence).unit == unit


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "unit"), [
    ("The agency delivered 50,000 litres of fuel to the hospital.", "litres of fuel"),
    ("The UN delivered 30 trucks of flour to Sarn.", "trucks of flour"),
    ("Fewer than 50 lorries a day are crossing into the enclave.", "lorries a day"),
    ("Floods displaced 19,000 households in the Brede valley.", "households"),
    ("Floods displaced 19,000 people in the Brede valley.", None),
    ("An estimated 2,100 HH were displaced by the river.", "households"),
])
def test_unit_is_kept(nlp: Any, sentence: str, unit: str | None) -> None:
    assert _one(nlp, sentence).unit == unit


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "scope"), [
    ("The war has killed more than 9,000 civilians across the country since it began.", "wider_area"),
    ("Officials said 9,000 people have been killed since the start of the war.", "wider_area"),
    ("The country has lost 60,000 lives to the conflict since 2014.", "wider_area"),
    ("Also read: Storm toll in Sarn hits 900", "teaser"),
    ("READ MORE: Kell flood toll rises to 400", "teaser"),
    ("Read next: Brede bridge collapse kills 12", "teaser"),
    ("Related coverage: Sarn ferry toll rises to 40", "teaser"),
    ("Don't miss: Kell fire leaves 9 dead", "teaser"),
    ("READ: Brede landslide leaves 8 missing", "teaser"),
    ("More stories: Sarn floods displace 5,000", "teaser"),
    ("The 1999 floods killed 2,000 people.", "other_event"),
    ("Last year's storm killed 75 people in Sarn.", "other_event"),
    ("Two years ago, a fire in the same market killed 19 people.", "other_event"),
    ("The floods killed 2,000 people in Sarn on Monday.", None),
    ("This is the worst storm since 2005, when 600 people drowned in Sarn.", "other_event"),
    ("The blast was the deadliest since the 2012 bombing, which killed 90 people.", "other_event"),
    ("A previous landslide in April killed 14 people in Sarn.", "other_event"),
    ("An earlier toll put the dead at 40.", None),
    # a clause of its own dates the count; in a story about the fighting it is the story's own
    ("Since the fighting began, 7,000 people have been killed.", None),
    ("Across the region, 300 people have died in the floods.", "wider_area"),
    ("Across Kell province, 40,000 people have lost their homes.", "wider_area"),
])
def test_scope(nlp: Any, sentence: str, scope: str | None) -> None:
    fig = _one(nlp, sentence, dt.date(2024, 5, 1))
    assert fig.scope == scope
    assert fig.other_event == (scope in ("other_event", "teaser"))
    assert fig.to_dict()["scope"] == scope


@pytest.mark.issue(10)
def test_list_items_keep_their_own_place(nlp: Any) -> None:
    figs = _figures(nlp, "The storm killed 40 in Tessel, 12 in Marrowgate and 5 in Pennick.")
    assert [(f.value, f.place) for f in figs] == [(40, "Tessel"), (12, "Marrowgate"), (5, "Pennick")]


def test_scope_stays_with_its_own_clause(nlp: Any) -> None:
    figs = _figures(nlp, "Fighting killed 12 people in Sarn on Monday, bringing the nationwide toll to 9,000.")
    assert [(f.value, f.scope) for f in figs] == [(12, None), (9000, "wider_area")]
    # a second count joined to the verb with its own place: the first count's wide place is not its own
    figs = _figures(nlp, "The war has killed 5,000 people across the country, and 40 in Sarn this month.")
    assert [(f.value, f.scope) for f in figs] == [(5000, "wider_area"), (40, None)]


def test_who_and_place(nlp: Any) -> None:
    fig = _one(nlp, "At least 14 civilians were killed in Tessel on Tuesday.")
    assert (fig.who, fig.place) == ("civilians", "Tessel")


@pytest.mark.parametrize(("sentence", "who"), [
    # who is counted is the noun and the modifiers right before it; nothing before the count joins it
    ("The floods have affected an estimated 40,000 people in the delta.", "people"),
    ("Divers recovered two more bodies from the lake on Friday.", "bodies"),
    ("Three Dorvish border guards were wounded in the clash.", "Dorvish border guards"),
    ("Some 200 injured miners were brought to the surface.", "miners"),
])
def test_who_is_the_run_before_the_noun(nlp: Any, sentence: str, who: str) -> None:
    assert _one(nlp, sentence).who == who


def test_other_event(nlp: Any) -> None:
    assert _one(nlp, "The 1999 floods killed 2,000 people.", dt.date(2024, 5, 1)).other_event
    assert not _one(nlp, "The floods killed 2,000 people.", dt.date(2024, 5, 1)).other_event
    assert _one(nlp, "In the 1990s, the war displaced 300,000 people.", dt.date(2024, 5, 1)).other_event
    assert _one(nlp, "The worst storm struck in 2009, when 40 people died.", dt.date(2024, 5, 1)).other_event


def test_projection(nlp: Any) -> None:
    assert _one(nlp, "Heavy rain could displace up to 40,000 people, the agency warned.").projection
    assert not _one(nlp, "Heavy rain displaced up to 40,000 people.").projection
    assert not _one(nlp, "The number of missing, 12 so far, could rise in Sarn.").projection


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "scopes"), [
    ("Last year's storm in Sarn killed 75 people. It also left 9,000 homeless.", ["other_event", "other_event"]),
    ("A cyclone struck Brede in 2019. That storm killed 31 people.", ["other_event"]),
    ("The fighting began in 2019. It has since displaced 40,000 people in Sarn.", [None]),
    ("Last year's storm in Sarn killed 75 people. This week's flood has killed 9.", ["other_event", None]),
])
def test_an_older_event_carried_to_the_next_sentence(nlp: Any, text: str, scopes: list[str | None]) -> None:
    assert [f.scope for f in _figures(nlp, text, dt.date(2024, 5, 1))] == scopes


@pytest.mark.parametrize(("sentence", "source"), [
    ("More than 600 people have fled Tessel, according to the Veloran Red Crescent.", "the Veloran Red Crescent"),
    ("The Harbour Post said 2 people were killed.", "The Harbour Post"),
])
def test_reported_by(nlp: Any, sentence: str, source: str) -> None:
    assert _one(nlp, sentence).reported_by == source


@pytest.mark.issue(10)
def test_reported_by_is_the_nearest_credit(nlp: Any) -> None:
    # an "according to" on one count does not take the count another body's verb reports
    text = ("At least six people have died in Brell, according to the health ministry, while the Brell Lawyers "
            "League says 14 have been killed.")
    assert {f.value: f.reported_by for f in _figures(nlp, text, None)} == {
        6: "the health ministry", 14: "the Brell Lawyers League"}


def test_span_points_into_the_text(nlp: Any) -> None:
    text = "Storms hit Veloria. The blast left some 200 people dead in Marrowgate."
    fig = _one(nlp, text)
    assert fig.text == "some 200 people"
    assert text[fig.span.start:fig.span.end] == fig.text
    assert fig.span.sentence_index == 1
    assert fig.span.sentence == "The blast left some 200 people dead in Marrowgate."
    assert fig.to_dict()["sentence"] == fig.span.sentence


@pytest.mark.parametrize("text", ["", "   ", "\u201cunbalanced quote 12", "42", "---", "killed killed"])
def test_odd_text_does_not_raise(nlp: Any, text: str) -> None:
    assert isinstance(_figures(nlp, text), tuple)


def test_registered() -> None:
    ex = registered()["figures.v1"]
    assert ex.produces == "figures" and ex.fn is extract_figures


# --- the dev corpus ----------------------------------------------------------------------------


@pytest.mark.slow
def test_dev_corpus_figures_f1(nlp: Any, dev_corpus: Path, scorer: Any, eval_floor: Any) -> None:
    """The extractor alone reaches the pipeline's floor (tests/eval_baseline.json) on the dev corpus."""
    gold = json.loads((dev_corpus.parent / f"{dev_corpus.name}.gold.json").read_text(encoding="utf-8"))
    articles = []
    for path in sorted(dev_corpus.glob("*.txt")):
        figs = _figures(nlp, path.read_text(encoding="utf-8"))
        articles.append({"id": path.stem, "figures": [f.to_dict() for f in figs]})
    result = scorer.score(gold, {"articles": articles})
    assert result["figures"]["f1"] >= eval_floor("karabakh-2023", "figures_f1"), result["figures"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrases"), [
    ("the toll rose from 19 to 26", [(19, None, None), (26, None, None)]),
    ("the count fell from two to one", [(2, None, None), (1, None, None)]),
    ("some 19 to 26 people", [(None, 19, 26)]),
    ("between 19 and 26 people", [(None, 19, 26)]),
    ("up from 300", [(300, None, None)]),
    ("the toll went up by 9 to 130", [(9, None, None), (130, None, None)]),
    ("estimates of the dead range from 40 to 65", [(None, 40, 65)]),
    ("guesses varied from 12 to 20", [(None, 12, 20)]),
    ("anywhere from 700 to 900 people", [(None, 700, 900)]),
    ("on March 4 300 people", [(4, None, None), (300, None, None)]),  # a date, then a count: no "4 300"
])
def test_a_change_from_one_count_to_another_is_two_numbers(text: str, phrases: list[tuple[Any, ...]]) -> None:
    from groundwatch.stages.extract.figures_numbers import find_number_phrases

    assert [(p.value, p.low, p.high) for p in find_number_phrases(text)] == phrases
