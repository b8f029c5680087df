"""The figures extractor on an invented stress set (tests/fixtures/figures_stress.json, issue 10).

The dev corpora's tune part is nearly perfect, so its errors no longer point anywhere. The stress set
is made of sentences written for this test (invented places and bodies, no eval text), one or more
per pattern the issue lists, each with gold kind, value, qualifier and, where it matters, scope and
unit. This test measures recall and precision on it and keeps floors, so a later change that breaks a
pattern shows up as a drop, not as one more silent miss.

    PYTHONPATH=src python tests/stages/extract/test_figures_stress.py    # scores and every miss
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

STRESS = Path(__file__).resolve().parents[2] / "fixtures" / "figures_stress.json"

#: Floors on the stress set, set just under the scores measured once the general causes it revealed
#: were fixed (187 cases, 179 gold figures: recall 0.994, precision 1.000, attributes 1.000; batch 2
#: scored recall 0.909 / precision 1.000 before its own fixes); a drop below them means a pattern broke.
#: With batch 3 (254 cases, 244 gold figures; before its fixes recall 0.846, precision 0.948,
#: attributes 0.945 on it) the whole set measures recall 0.988, precision 1.000, attributes 0.992.
#: With batch 4 (328 cases, 326 gold figures; before its fixes recall 0.829, precision 0.986,
#: attributes 0.926 on it; after them 1.000 / 1.000 / 0.976) the whole set measured recall 0.997,
#: precision 1.000, attributes 0.991.
#: Batch 5 (37 cases written after batch 4's fixes) scored recall 0.895, precision 1.000, attributes
#: 0.971 before its own fixes and 0.947 / 1.000 / 0.972 after; all 365 cases: 0.992 / 1.000 / 0.989
#: ("since the war began" as a clause of its own is left as the story's own count: see figures_scope).
#: Batch 6 (71 cases in registers batches 1-5 lack: wire, sitreps, machine-translated, lakh/m styles)
#: scored recall 0.829, precision 0.984, attributes 0.984 before its own fixes and 1.000 / 1.000 /
#: 1.000 after; all 436 cases: 0.998 / 1.000 / 0.993.
#: Batch 7 (98 cases on kinds batches 1-6 cover thinly: tables, revisions, percentages, ages, ids, money,
#: continental number styles...) scored recall 0.629, precision 0.862, attributes 1.000 before its own
#: fixes and 0.989 / 1.000 / 1.000 after; all 534 cases: 0.996 / 0.998 / 0.994 (the one extra: batch
#: 3's "40 people were swept away" is now missing, where its gold allows only killed).
#: Batch 8 (54 cases in new phrasings of batch 7's patterns) scored recall 0.857, precision 0.933 before
#: its own fixes and 1.000 / 1.000 / 1.000 after; all 588 cases: 0.997 / 0.998 / 0.995.
#: Batch 9 (49 cases: Title Case headlines, quotations, long subjects, hedges) scored recall 0.750,
#: precision 1.000 before its own fixes and 0.958 / 1.000 / 1.000 after; all 637 cases: 0.994 / 0.998 /
#: 0.995.
#: Batch 10 (37 cases in new phrasings of batch 9's registers) scored recall 0.892, precision 0.943,
#: attributes 0.970 before its own fixes and 1.000 / 1.000 / 0.973 after ("the country's floods" is
#: left as the event's own scope); all 674 cases: 0.994 / 0.998 / 0.994.
#: Batch 11 (54 cases: partitives and asides, cumulative tolls, war-wide and season-wide scope, other
#: events, teasers, hedges, humanitarian phrasing, aid units, forces, not-figures) scored recall 0.885,
#: precision 1.000, attributes 0.870 before its own fixes and 1.000 / 1.000 / 0.923 after (left: "since
#: the war began" as a clause of its own, "the country's rains", "in all, the conflict" and "last month's
#: landslide" stay the story's own scope, as batches 5 and 10 decided: widening them cost the crises
#: held-out part). Batch 12 (44 cases in new phrasings of batch 11's classes) scored 0.865 / 1.000 /
#: 0.969 before its own fixes and 1.000 / 1.000 / 1.000 after. Batch 13 (33 cases: tally nouns, sitreps,
#: captured people, destroyed matériel, capacities) scored 0.913 / 0.913 / 1.000 before its own fixes and
#: 1.000 / 1.000 / 1.000 after; all 805 cases: 0.996 / 0.999 / 0.990. Batch 14 (32 cases in new phrasings)
#: scored 0.889 / 0.960 / 1.000 before its own fixes and 1.000 / 1.000 / 1.000 after; all 837 cases:
#: 0.996 / 0.999 / 0.990. Batch 15 (28 cases in new phrasings) scored 0.792 / 0.950 / 1.000 before its own
#: fixes and 0.958 / 1.000 / 1.000 after ("the injured, who number about 300": "number" in a relative
#: clause is left); all 865 cases: 0.995 / 0.999 / 0.990.
#: Batch 16 (48 cases: sitrep phrasing, headline and lede tolls, lists and brackets, updates, machine-
#: translated word order, forces and weapons, not-figures) scored 0.848 / 0.975 / 1.000 before its own
#: fixes and 1.000 / 1.000 / 1.000 after. Batch 17 (38 cases in new phrasings of batch 16's classes) scored
#: 0.757 / 0.966 / 1.000 before its own fixes and 1.000 / 1.000 / 1.000 after; all 951 cases: 0.996 / 0.999 /
#: 0.991 (batches 1-15 unchanged). Batch 18 (30 cases in new phrasings of batches 16-17's classes) scored
#: 0.839 / 0.929 / 1.000 as first written (0.897 / 0.929 once its two casualty counts, "casualties (12)", were made
#: optional: the schema has no kind for casualties, which may be dead or hurt) and 1.000 / 0.967 / 1.000
#: after its own fixes (left: "after two bodies were identified twice" is read as two dead); all 981
#: cases: 0.996 / 0.998 / 0.991. Batch 19 (30 cases in new phrasings, country-wide sitrep totals and
#: multi-sentence updates) scored 0.733 / 0.957 / 1.000 before its own fixes and 0.867 / 0.963 / 1.000
#: after (left: "relocated to Brine camp" is read as evacuated, a "Displaced households:" label with a
#: bracketed people count, and "Disappeared without trace 3 fishermen"); all 1011 cases: 0.992 / 0.997 /
#: 0.992.
#: Batch 20 (40 cases, one invented set per wrong class a hand review of real news not gold-scored for
#: figures counted at least twice: coordinated tolls whose counts crossed kinds, suspects nobody holds,
#: forces nouns, prisoners taken, 'number' tallies, expelled foreigners, participles, ages) scored recall
#: 0.854, precision 0.788, attributes 0.976 before its own fixes (0.875 / 0.808 / 0.976 once seven of batches
#: 20-21's sentences were reworded away from the reviewed texts' wording) and 0.979 / 1.000 / 0.979 after (left:
#: "bring to 17 the number of people held", and "injured 60 more across Kessa province" read as
#: province-wide); all 1051 cases: 0.991 / 0.997 / 0.991 (batches 1-19 unchanged).
#: Batch 21 (14 cases on two more classes of the same review: a comma-set "N of them" after a toll joined to
#: the next count, and scope beside an older dated event) scored 0.909 / 0.952 / 0.650 before its own fixes
#: and 0.955 / 1.000 / 1.000 after (left: "six of them children and 40 wounded", which the parser hangs on
#: "wounded" as its root); all 1065 cases: 0.990 / 0.997 / 0.991 (batches 1-20 unchanged).
#: Batch 22 (32 cases on the classes round one of the review left open: totals that "may have climbed
#: above" N, custody tallies, "victims numbered N", forces called up or sent, single people hurt or killed,
#: ages after a name, tolls of older dated events, world-wide totals, relocation to camps, labels naming
#: a unit) scored 0.679 / 0.864 / 0.842 before its own fixes and 0.857 / 0.960 / 1.000 after (left: "bring the
#: number of people held over X to 14" and "the number of people detained ... now stands at 212", both
#: misparsed; "the victims of X numbered 57", left because victims may be the hurt; "Vanished without a
#: trace: 6 divers" read affected); all 1097 cases: 0.990 / 0.997 / 0.991 (batch 20's "bring to 17 the
#: number of people held" and batch 19's "Displaced households: 2,300" now found).
#: Batch 23 (52 cases, one invented set per class a third hand review of real text not scored for figures
#: found, plus the classes rounds one and two left open: forces planned, expected or present in a place,
#: tolls in a relative clause on an event dated in a phrase, "numbered"/"stood at" tallies, an age after one
#: person's noun, firearms and IEDs found or removed, "suspected" nouns, coordinated tolls whose second count
#: the parser misplaced, custody, forces personnel, not-figures such as "an oversight body" and "a dear one")
#: scored recall 0.600, precision 0.682, attributes 0.933 before its own fixes and 1.000 / 1.000 / 1.000 after
#: (three cases were added, and one gold corrected, after the first score: "two more bodies" is an optional
#: count, and "last year" makes a total another event's, as batch 22 decided); all 1149 cases: 0.990 / 0.997 /
#: 0.992 (batches 1-22 unchanged).
#: Batch 24 (77 cases: the classes a fourth hand review of real text not scored for figures found or left open:
#: "the dead numbered / now number N" tallies, projections kept apart from counts (projection is now checked where
#: the gold names it: a relative clause's count and "I can confirm that ..." are no projections), rates of deaths
#: ("15 people a day": unit kept), members of a named pair, "as a whole" totals, ages after "a juvenile" or "a teen",
#: "killed N and injured at least M more", forces said to be in a place, "found not guilty", "a body scan") scored
#: recall 0.764, precision 0.821, attributes 0.745 before its own fixes and 0.958 / 1.000 / 1.000 after (left: "a
#: juvenile, 17," where the tagger makes "juvenile" an adjective, so no one is counted; "against 12 in Dorrin town";
#: "confront some 8,000 enemy troops now inside X"). Six cases were added after the fixes ("a week after the
#: anniversary", a list ending "a Marrish national and a Turk", two ages before "a mother of two" / "a known
#: smuggler", "former fighters in the civil war", "soldiers in the old regiment"), to hold what the review's real
#: text showed. All 1226 cases: 0.988 / 0.997 / 0.992 (batches 1-23
#: unchanged).
#: Batch 25 (54 cases: the classes the fourth review left open, in new wording: fugitives and escaped inmates
#: taken into custody, "the victims numbered N" and "those who died ... numbered N", forces planned ("plans to deploy
#: 2,200 Marines", capitalised plurals the tagger leaves unlemmatised), "be part of the force", "a maneuver of N
#: troops", "may have climbed above N" on a tally of prisoners, more suspects "who had been arrested", reservists
#: summoned or called back, nationals "allowed to leave" (let out: evacuated, optional, never displaced), "N killed
#: and more than M others wounded" with the second auxiliary left out, bullets and cartridges found as evidence (not
#: weapons), tolls of an older dated event "in 2017") scored recall 0.633, precision 0.795, attributes 0.968 before
#: its own fixes and 0.980 / 1.000 / 1.000 after (left: "3,500 Marines are to be part of the exercise", where "are to
#: be" hides the subject from "part"); all 1280 cases: 0.989 / 0.998 / 0.993 (batches 1-24 unchanged).
#: Batch 26 (25 cases as first scored, one invented set per class a fifth hand review of real text not scored for
#: figures found: a second verb with its own count after "and" ("killed 31 and hurt at least 200 more": the first
#: count was shared with it), headlines "kills N, M others hurt", ranks ("a general", "a colonel") and personnel
#: named with a bracketed acronym, people intercepted by the police, two people each named with "a" ("a soldier and a
#: civilian were killed": two), "killed and wounded several people", "explosive devices" found, and captures "last
#: month") scored recall 0.528, precision 0.905, attributes 0.895 before its own fixes and 0.972 / 1.000 / 0.943
#: after (left: "wounded many more", and the two "last month" captures, which stay the story's own scope as batches
#: 11 and 22 decided). Two not-figures were added after the fixes, to hold a regression the review's real text showed
#: ("the March 4 death of ...": a date's day is no count); all 1307 cases: 0.988 / 0.998 / 0.991 (batches 1-25
#: unchanged).
#: Batch 27 (41 cases, the classes the fifth review left open, in new wording: counted objects listed after one verb
#: or two joined ones ("arrested and beat four leaders, three reporters and 19 others": the first verb, with no object
#: of its own, gives the shared object its kind), "N in <place> and M in <place>" after a count of things, magazines
#: and rounds in seizures ("the haul included", "17 magazines with some 400 rounds"), explosive devices found,
#: injuries caused to a pair ("caused injuries to a nurse and a farmer"), vague counts shared by two gerunds ("killing
#: and wounding several people"), "injured many more", "and some reported missing", bombers who blew themselves up
#: and "both" on people, forces planned ("are to join", "are due to be sent": flagged as projections, the schema's one
#: field for a count that is not there yet), and headlines "kills N, M others (are) injured" around a proper name)
#: scored recall 0.500, precision 0.950, attributes 1.000 before its own fixes and 0.987 / 1.000 / 1.000 after (left:
#: "four passers-by hurt", which the parser makes a noun phrase). Two cases were added after those fixes, to hold what
#: the review's real text showed (the last object of a list after a comma and "and", which the parser joins to the
#: verb, and "councillors"): 3 of their 5 gold figures were found before the follow-up fix, 5 after; batch 27, 43
#: cases: 0.988 / 1.000 / 1.000. All 1350 cases: 0.990 / 0.998 / 0.992 (batches 1-24 unchanged; batch 25's "are to be
#: part of the exercise" and batch 26's "wounded many more" are now found).
#: Batch 28 (8 cases, one class a sixth review found in crisis text scored by gold: people "who had gone missing" that
#: the clause says "were found", "were rescued" or "had been found": missing no more, no figure; "found dead" stays
#: killed) scored recall 1.000, precision 0.375 before its own fix and 1.000 / 0.750 after (left: "who went missing
#: after the storm have been located", where the parser hangs "located" on the storm). All 1358 cases: 0.990 / 0.997 /
#: 0.992 (batches 1-27 unchanged).
#: Batch 29 (27 cases, one invented set per class a seventh hand review of real news not scored for figures found: tolls
#: of an older dated event told in a relative clause, with the date before the event's noun ("the April 9, 2019,
#: attack on a hotel that killed 48") or between it and the clause ("the bombing of the depot last year that killed
#: 61", which the parser hangs on the main verb), the arrest made now for it, a toll's "including" part, "will remain"
#: said of a present count, negation by "never" and "no longer", guests and visitors, and classes seen once) scored
#: recall 0.861, precision 0.969, attributes 0.484 before its own fixes and 0.944 / 1.000 / 1.000 after (left: "N
#: nationals were among the foreigners trapped", "killed a 13-year-old"); all 1385 cases: 0.989 / 0.997 / 0.992
#: (batches 1-28 unchanged).
#: Batch 30 (13 cases, written after batch 29's fixes for three classes the same review saw in real text: "N people
#: shot and killed", where the first participle names no kind; an age said as a noun, "a 13-year-old", "two
#: 15-year-olds"; "N were among the foreigners trapped"; with controls) scored 0.333 / 0.800 / 1.000 before its own
#: fixes and 1.000 / 1.000 / 1.000 after; batch 29's two open cases are now found (1.000 / 1.000 / 1.000). All 1398
#: cases: 0.990 / 0.997 / 0.992 (batches 1-28 unchanged).
#: Batch 31 (6 cases: "without" before a gerund or a noun of manner, "without asking parliament", "without a warrant",
#: read as people lacking something; controls "without water", "without shelter") scored 0.600 / 0.500 / 1.000 before
#: its own fix and 1.000 / 1.000 / 1.000 after; all 1404 cases: 0.990 / 0.997 / 0.992 (batches 1-30 unchanged).
#: Batch 32 (3 cases: "so many" at the opening of a quotation, the mark glued to "so") scored 1.000 / 0.333 / 1.000
#: before its fix and 1.000 / 1.000 / 1.000 after; all 1407 cases: 0.990 / 0.997 / 0.992 (batches 1-31 unchanged).
#: Batch 33 (17 cases, the figure classes the eleventh session's note left open: "held without charge/trial", a
#: count whose state is a participle after "remain" ("remain detained", "remain hospitalised", the parser at times
#: hanging the subject on "remain"), hedges "perhaps/possibly/maybe N" as estimates, and "there are N troops in
#: <place>" / "along the line") scored 0.071 / 0.250 / 1.000 before its fixes and 1.000 / 1.000 / 1.000 after; all
#: 1424 cases: 0.990 / 0.997 / 0.992 (batches 1-32 unchanged).
#: Batch 34 (32 cases, the classes the thirteenth session's figures brief named and a new hand review of real
#: tune text not scored for figures found: hedged increments "perhaps another N" / "possibly a further N" (an
#: estimate, a figure of its own), parts of one toll with the verb left out ("died on the bus and two in the car",
#: "and four rescuers on the surface"), "N were among the tens of thousands of people stranded", forces "still
#: inside <place>" after a verb's object, companions ("died with six other climbers"), "N-strong" units, "the
#: increase in deaths was N", a usual rate ("usually receives some 15 bodies a month"), an older date closing a
#: relative clause after its toll's aside, and "2.3 lakh" read as 229999.99999999997) scored recall 0.500,
#: precision 0.818, attributes 0.833 before its own fixes and 1.000 / 1.000 / 1.000 after. Batch 35 (22 cases in
#: registers other outlets write: wire ledes, sitreps, "according to ..., citing ..." chains, tables pasted as
#: text, ranges, bounds, numbers in words, "40 000" and "2.4m", translated phrasing, "N-strong") scored 0.846 /
#: 0.957 / 1.000 on the code before batch 34's fixes and 0.923 / 1.000 / 1.000 after (left: "2.4m people needed
#: food aid", where the tagger splits "m" off, and "In the result of the shelling 4 civilians received wounds").
#: All 1479 cases: 0.990 / 0.997 / 0.993 (batches 1-33 unchanged but for batch 24's "some 8,000 enemy troops now
#: inside Harl province", now found). Batch 36 (7 cases, written after those fixes while probing invented storm and
#: war tolls: "taking the toll past 400", which the NER reads as a time span, and "crossed into neighbouring
#: states") scored 0.429 / 1.000 / 1.000 before its own fixes and 0.857 / 1.000 / 1.000 after (left: "pushed the
#: death toll in Varrow past 90", where the NER runs the place into the span and the parser makes "past" an
#: adverb); all 1486 cases: 0.989 / 0.997 / 0.993 (batches 1-35 unchanged). The lead added 3 cases to it at
#: merge (shoppers and tourists crossing a border are no one displaced, villagers fleeing are): on the code
#: before this round 0.000 / 0.000 (the tourists read as displaced, the villagers missed), with the round's
#: rule alone 1.000 / 0.500 (the tourists still displaced), 1.000 / 1.000 after _TRAVELLERS; all 1489 cases:
#: 0.989 / 0.997 / 0.993.
#: Batch 37 (21 cases, the figure classes the fourteenth session's brief named: men "ordered" from an armed unit
#: read as evacuated, "N-strong" non-force units, "will face N fighters now in <place>" flagged a projection,
#: "2.4m people needed ...", "pushed the toll in <place> past N", "the daily rise in deaths ... was N", and an
#: older event dated by a month name alone, with recent, "since" and comparison controls) scored 0.824 / 0.933 /
#: 0.714 before its own fixes and 0.824 / 1.000 / 1.000 after (left: "2.4m" split by the tagger when the verb is
#: past, "a 600-strong battalion moved into", "rebels" as forces). Batch 38 (24 cases in shapes of outlets not
#: yet read: "Deaths | 1,204" sitrep rows, bulleted key figures, ranges and "at least N, and possibly as many as
#: M, <people>", crore/lakh, numbers in words across a line break, translated phrasing, sports and business
#: numbers beside casualty words, daily against cumulative counts) scored 0.792 / 0.950 / 1.000 before and
#: 0.958 / 1.000 / 1.000 after (left: "Two hundred and\nfifty", where the parser ends the sentence at the
#: break). Batch 24's "In January, a week after the anniversary, a bombing ... killed" now has other_event gold
#: on both its counts, as batch 37 decides for a month named alone five months back. All 1537 cases: 0.987 /
#: 0.997 / 0.993 (0.984 / 0.996 / 0.989 on the code before the round; batches 1-36 unchanged but for that case).
#: Batch 39 (4 cases, a miss the round's review of real tune text found: a bare "the total" after a count, raised
#: past a bound, "the total rose past 70") scored 0.500 / 1.000 / 1.000 before its fix and 0.833 /
#: 1.000 / 1.000 after (left: "taking the total past 80", where the parser makes "past" an adjective); all 1541
#: cases: 0.986 / 0.997 / 0.993 (batches 1-38 unchanged). A participle with an object of its own is then read as a
#: past tense, not an elided passive ("2.4m people needed food aid", where the split "m" makes the tagger read
#: "needed" as a participle): batch 35's and batch 37's "2.4m" cases found; all 1541 cases: 0.988 / 0.997 / 0.993.
#: Batch 40 (66 cases, the classes the fifteenth session's figures brief named: diaspora and town populations, kin
#: "who fled", rebels and insurgents as forces, "N-strong" units moving in, numbers cut by a hard line wrap, "taking
#: the total past N", anniversary pieces dated by a month alone, sitrep rows with deltas and places in their labels,
#: dot thousands and comma decimals, ranges, "possibly as many as", revisions, other countries' nationals) scored
#: recall 0.794, precision 0.982, attributes 0.944 before its own fixes and 0.971 / 1.000 / 1.000 after (left: "Rebel
#: fighters numbering about 700", and "The blast killed\n14 people", a line too short to tell from a headline).
#: Batch 41 (29 cases in new phrasings of batch 40's classes, written after its fixes) scored 0.871 / 1.000 / 1.000
#: before its own fixes and 1.000 / 1.000 / 1.000 after. All 1636 cases: 0.990 / 0.998 / 0.993 (batches 1-36
#: unchanged; the open cases of batches 37-39 now found). Batch 42 (26 cases in wire and outlet phrasings: "claimed
#: the lives of", "succumbed" after "a further" (the tagger reads a participle), a tally's value set off as an aside
#: ("the toll, now 58, will rise": counted now, no projection), a setter's value hung on the tally's relative clause
#: ("put the number of people who had fled at 12,000")) scored 0.788 / 1.000 / 1.000 before its own fixes and 1.000 /
#: 1.000 / 1.000 after; all 1662 cases: 0.990 / 0.998 / 0.993 (batches 1-41 unchanged). Batch 43 (8 cases: a count
#: said by "numbering" or "totalling" after its noun, "forces numbering some 5,000 were sent", with a crowd as control)
#: scored 0.667 / 1.000 / 1.000 before its fix and 1.000 / 1.000 / 1.000 after; batch 40's "Rebel fighters numbering
#: about 700" now found; all 1670 cases: 0.990 / 0.998 / 0.993. Batch 44 (8 cases: translated word order, "3 persons
#: perished and 7 more were wounded", where the parser makes "perished" a participle of the wounded's subject, and
#: "mln"/"bn" after a space) scored 0.636 / 0.778 / 1.000 before its fixes and 0.909 / 1.000 / 1.000 after (left:
#: "Nearly 3,5 mln people", which the NER calls money); all 1678 cases: 0.990 / 0.998 / 0.993.
#: Batch 45 (78 cases, the classes the sixteenth session's figures brief named: short hard-wrapped lines ("Floods
#: killed\n22 people ..."), "1 lakh 20 thousand", fractions of a figure, "the toll, 37 so far,", an older event
#: carried to the next sentence by "It" / "They" / "That storm", bulleted labels, counts that doubled, increments,
#: breakdowns after a colon, "killing all N aboard", restated counts, both sides' losses ("lost 12 soldiers"), aid in
#: doses and litres, buses, "rounded up", "Unaccounted for: 9", "died of their injuries", quoted speech, translated
#: word order) scored recall 0.767, precision 0.985, attributes 0.909 before its own fixes and 1.000 / 1.000 / 1.000
#: after ("1.2 crore people have been hit by the cyclone" is optional: "hit" names no kind, as test_figures decides
#: for "3 crore people were hit by the drought"); all 1756 cases: 0.992 / 0.998 / 0.994 (0.979 / 0.997 / 0.990 on the
#: code before the round; batches 1-44 unchanged but for batch 40's "The blast killed\n14 people" and batch 44's
#: "Nearly 3,5 mln people", both now found). Batch 46 (27 cases in new phrasings of batch 45's classes, written after
#: its fixes) scored 0.862 / 1.000 / 1.000 before its own fixes (a tally's value between dashes or brackets,
#: "Still unaccounted for:", "Received wounds 3 soldiers" with the people a second object) and 1.000 / 1.000 / 1.000
#: after; all 1783 cases: 0.992 / 0.998 / 0.994 (batches 1-45 unchanged). Batch 47 (20 cases, wire shapes no batch
#: held: "remain in critical condition", "spent the night in emergency shelters", "Of those killed, 12 were women",
#: "searching for 17 fishermen", with controls) scored 0.500 / 1.000 / 1.000 before its own fixes and 1.000 / 1.000 /
#: 1.000 after; all 1803 cases: 0.992 / 0.998 / 0.994 (batch 9's "spent the night in school buildings" now found).
#: Batch 48 (73 cases, the shapes the seventeenth session's figures brief named: headline toll fragments ("Quake death
#: toll: 230"), tallies by side ("the militia lost 20"), daily against cumulative tolls, rates, animals and buildings,
#: "5 injured, two critically", "those killed include", hedges, vague ranges, thin-space, Arabic-Indic and full-width
#: digits, number words, "N or so", fractions and percentages of a whole (the whole is no count of the kind), "Of the
#: 30 people killed, 12 were women" (a part is a figure, as the tune gold writes "51 of them seriously"), evacuation
#: orders (evacuated, as "ordered 20,000 people to leave" is)) scored 0.753 / 0.921 / 1.000 before its own fixes and
#: 1.000 / 0.987 / 1.000 after (left: "The clinic in Tolvik treats 80 patients a day", a facility's usual load read
#: as injured). Batch 49 (27 cases in new phrasings of batch 48's classes, written after its fixes, with controls:
#: "the home side lost 2", "Police arrested 30 people, two briefly") scored 0.900 / 1.000 / 1.000 before its own
#: fixes and 1.000 / 1.000 / 1.000 after; all 1903 cases: 0.993 / 0.997 / 0.994 (batches 1-47 unchanged).
#: Batch 50 (28 cases in the wire shapes of conflict and storm copy: union and ministry tolls, "the number of people
#: killed rose to N", "Twelve of the dead were aid workers", foreigners flown out, displacement and risk totals,
#: rescues and buildings as controls) scored 0.839 / 1.000 / 1.000 before its own fixes and 0.935 / 1.000 / 1.000
#: after (left: "The number of people detained in the crackdown now exceeds 1,100", where the place phrase breaks the
#: parse, and "Three aid workers were among at least 185 people killed", where the parser drops "among"'s object);
#: all 1931 cases: 0.992 / 0.997 / 0.994 (batches 1-49 unchanged). Batch 51 (12 cases: a part of a count said
#: released, "3 of the 8 people arrested had been released", daily against cumulative deaths, headline fragments,
#: cattle beside people, fractions of a whole) scored 0.941 / 0.941 / 1.000 before its own fix and 0.941 / 1.000 /
#: 1.000 after (left: "New deaths: 9 (total 1,204)", where the parser hangs the first count on the bracketed one);
#: all 1943 cases: 0.991 / 0.997 / 0.994 (batches 1-50 unchanged).
#: Batch 52 (7 cases: one side holding the other side's people, "it holds 32 Ostran soldiers", with a side's own
#: troops, a hall's guests and seats as controls) was written with its fix, after corpus_b's blind run missed five such
#: counts; with batches 48-51 merged in, all 1950 cases: 0.991 / 0.997 / 0.994 (batch 52 1.000 / 1.000 / 1.000).
#: Batch 53 (53 cases, the shapes the eighteenth session's figures brief named: "puts the number of ... killed since
#: <day> at N", daily counts beside a bracketed or "bringing the total" total, a part of the dead said to have been in
#: hospital, a clinic's daily load, a count with noun and verb left out after a place, camps hosting and sheltering,
#: aid units and rates, bodies against people rescued or found alive, custody against warrants, national and older-event
#: scope) scored 0.820 / 0.872 / 0.951 blind as first written (0.824 / 0.894 / 0.952 once "miners trapped" took the
#: set's own kind, affected) and 1.000 / 0.981 / 1.000 after its fixes (left: "about 2,000 of them have no homes to
#: return to" after an evacuation, read as a part of the evacuated). Batch 54 (29 cases in new phrasings, written after
#: those fixes) scored 0.914 / 1.000 / 0.969 before its own fixes and 1.000 / 1.000 / 1.000 after; all 2032 cases:
#: 0.993 / 0.998 / 0.995 (batches 1-52 unchanged but for batch 20's "bring the number of people held over X to 14",
#: batch 48's clinic and batch 51's "New deaths: 9 (total 1,204)", all now right). Batch 55 (20 cases in new phrasings
#: of the issue's own figure categories, written after batch 54's fixes) scored 0.950 / 1.000 / 0.947 before its own
#: fixes ("packed into three schools", and a wide place on the first count read onto the one joined after it) and
#: 1.000 / 1.000 / 1.000 after; all 2052 cases: 0.993 / 0.998 / 0.995 (batches 1-54 unchanged). Batch 50's "Three aid
#: workers were among at least 140 people killed", where the parser leaves "among" with no object, is then found.
#: The seventeenth figures round wrote whole invented reports instead (tests/fixtures/figures_reports.json); its
#: fragment rules also find batch 21's "six of them children and 40 wounded": all 2052 cases 0.994 / 0.998 / 0.995.
#: Batch 56 (25 cases, one invented set per class an audit of real conflict snippets nobody tuned figures on found
#: missed: half A of events-dev's tune part, see docs/figures_audit.md) scored 0.367 / 1.000 / 0.909 before its
#: own fixes and 0.967 / 1.000 / 0.966 after (left: "across Draskov province" read as wider scope). One case was
#: added after a follow-up fix for breakdown items after "near" / "outside" (26 cases: 0.394 / 1.000 / 0.923 on the
#: code before the round, 1.000 / 1.000 / 0.970 after); all 2078 cases: 0.994 / 0.998 / 0.994 (batches 1-55
#: unchanged).
#: Batch 57 (42 cases, one set per FAMILY the audit's two halves left open, written before any code for it: people
#: detained by agents that are not police with verbs that are not "arrest", pronoun subjects of a detention, a pair
#: of people named without an article, people who sought, got or were given medical care or had trouble breathing,
#: matériel destroyed in vague counts; each with controls) scored 0.219 / 0.778 / 1.000 before its own fixes and
#: 1.000 / 0.970 / 1.000 after (left: "The navy seized two fishing boats", read as seized matériel as
#: the lexicon's "seized two pickup trucks" is); all 2120 cases: 0.994 / 0.997 / 0.994 (batches 1-56 unchanged). Four
#: cases were added after a follow-up fix (a state after a verb of posture, "found lying dead", and a bare pair after
#: a dateline, with controls): 0 of their 2 gold figures found before it, 2 after; batch 57, 46 cases: 0.206 / 0.778
#: / 1.000 on the code before the round (0.176 / 0.750 on main at 45c5b11), 1.000 / 0.971 / 1.000 after; all 2124
#: cases: 0.994 / 0.997 / 0.994. Eight of its sentences were then reworded, to keep them clear of the audited snippets'
#: wording (the scores above are the reworded set's); one rewording ("Militiamen" opening a sentence, which the tagger
#: leaves unlemmatised) needed the doer read through noun_lemma.
#: Batch 58 (29 cases, written before any code for it from the misses of part A of a hash split of corpora b, d, g
#: and h: a count left without verb and noun after a predicate adjective, people searched for under a hedged
#: participle, people who left on buses, a side's forces under a negated withdrawal, a definite count compared)
#: scored 0.625 / 0.800 / 1.000 before its fixes and 1.000 / 1.000 / 1.000 after; all 2153 cases: 0.989 / 0.995 /
#: 0.994 before, 0.994 / 0.998 / 0.994 after (batches 1-57 unchanged). Five of its sentences were then reworded away
#: from the corpora's wording; the scores above, before and after, are the reworded set's (the same as first written).
#: Batch 59 (16 cases, written before any code for it from corpus_i's open figure classes: a service cut to people,
#: "cut mains water to 1.2m people", affected; people who cannot or have not been able to go home, displaced; with
#: controls) scored 0.000 / 1.000 / 1.000 before its fixes (figures_deprived) and 0.909 / 1.000 / 1.000 after (left:
#: "knocked out power to 1m people", where the parser makes the split "m" the preposition's object); all 2169 cases:
#: 0.989 / 0.998 / 0.994 before, 0.994 / 0.998 / 0.994 after (batches 1-58 unchanged).
#: Batch jfigs-s32 (41 cases, written before any code for it from the classes corpus_j's blind run missed: a label's
#: bracketed source and closing span, a label of staying in a shelter, "registered in them" after a camp, rates said as
#: an average, a tally subject's participle with a long clause, "still held", "three of the nine people it detained",
#: a count's breakdown set beside it, "questioned without a lawyer", translated "liquidated" / "were directed"; with
#: controls) scored 0.438 / 0.667 / 1.000 before its fixes and 0.969 / 1.000 / 0.968 after (left: "The number of
#: miners missing after a gas blast flooded ... climbed to 17", where the parser makes "flooded" the root, and a
#: label's unit six words before its count, "Families sheltering in schools in total: 410", past
#: figures._LABEL_UNIT_REACH); all 2210 cases: 0.986 / 0.995 / 0.994 before, 0.993 / 0.998 / 0.994 after (batches 1-59
#: unchanged).
#: Batch 60 ('fblind-s32', 61 cases, written blind for the thirty-second session's figures brief in crisis-wire style:
#: long sentences with two or three figures and embedded attributions, headlines, captions, teaser lead-ins, tolls split
#: by place or group, revisions, bounds and ranges in words, parentheses, quotes, background scope, non-people units,
#: ages and other not-figures) scored recall 0.843, precision 0.972, attributes 0.971 blind (gold 83, predicted 72,
#: found 70); all 2230 cases: 0.988 / 0.997 / 0.993. One gold was then corrected to the file's own convention (the
#: part "two of them seriously" of nine hurt is optional, as "12 of them children" is): 0.843 / 0.986 / 0.971 before
#: its fixes, 0.940 / 0.987 / 0.962 after (gold 83, predicted 79, found 78); all 2230 cases: 0.992 / 0.997 / 0.993
#: (batches 1-59 unchanged). Left: "still looking for at least nine others" ("look for" also hires), "trucking"
#: tagged a noun, "40 aid trucks loaded with ..." and "news of the 46 people still missing" misparsed, "9 later
#: died" read as a time, "Rescuers carry a body" counted as one dead in a caption, and two debatable scopes ("X's
#: civil war ... has killed", left as batches 5-11 decided; "since the offensive began" read country-wide).
#: Batch fblind-s33 (75 cases, written blind for the thirty-third session's figures brief in crisis-wire style over all
#: ten kinds: headlines, datelines, numbers in words, bounds, a total then its breakdown, tolls per place, revisions,
#: quotes, nominal and passive tolls, unusual nouns, translated word order, conflict, disasters, aid, and decoys) scored
#: recall 0.835, precision 0.945, attributes 0.965 blind (gold 103, predicted 91, found 86); with its two 'dozens' golds
#: and two tonnes units written the file's way, 0.854 / 0.967 / 0.989 (found 88); all 2346 cases: 0.986 / 0.996 / 0.992.
#: After its fixes (test_figures_blind_s33.py: people living in shelters, "without running water", whereabouts unknown,
#: a definite count added "on top of" one before, a side holding part of another's people, things "along with" an
#: object, a year a thing was built, a headline's "40,000 without power", held people who escaped, "with two more")
#: 0.932 / 0.990 / 1.000 (gold 103, predicted 97, found 96); all 2346 cases: 0.989 / 0.997 / 0.993 (batches 1-60 and
#: jfigs-s32 unchanged). Left: "The victims of X - 19 passengers and two crew - will be buried" (victims may be the
#: hurt, as batch 22 left), "among them 212 children" in translated word order, "bringing the number of confirmed dead
#: from the ferry capsizing to 31" (the parser hangs "to 31" on "capsizing"), "still looking for 11 of the 48
#: climbers" (as batch 60 left), "put up 27 communal tents", "a list of missing persons ... ran to 138 names", and a
#: camp's capacity ("will each hold up to 8,000 people", read as displaced: a planned camp's size may be a projection).
#: After corpus_n's figure classes (session 33, nfigs: bodies entered twice or identified, people moved on laid-on
#: transport, bullets under a lead-in, a second count under a tally, the injured whose death moves a toll): all 2346
#: cases 0.989 / 0.997 / 0.993 (found 2390 of 2417, predicted 2397 -> 2396).
#: Batch fblind-s35 (84 cases, written blind for the thirty-fifth session's figures brief in wire, agency and translated
#: phrasing: several kinds and sources in one sentence, totals then parts, same-sentence revisions, headlines, "Key
#: figures" and "Label: N" lines, a plain-text table, households and shelters, increments, aid, forces and weapons,
#: wider and other-event scope, decoys) scored 0.793 / 0.973 / 0.972 blind (gold 135, predicted 110, found 107); its
#: "still at least 50 under the rubble" was then written missing, as figures_buried has it (missed either way), and its
#: "We have buried 32 people" made optional (corpora f and l count no burial): 0.799 / 0.973 / 0.972 (gold 134). All
#: 2430 cases on the code before its fixes: 0.978 / 0.996 / 0.992. After its fixes (test_figures_blind_s35.py:
#: translated tally copulas, "quantity of", "the number of victims", "increased up to", accomplices, a headline item
#: with its area, people carried out of an area, shelters before their place's name, bars between a fact line's
#: items, a plain-text table's header row, a breakdown's last part at "the capital", a caption's "carry a body",
#: "there are N under the rubble", resettled, "delivered by 9 trucks", translated partitives, refuge in a
#: neighbour, "in the quantity of", an attack said by its weapon measured against a new one): 0.970 / 0.992 / 0.992
#: (gold 134, predicted 131, found 130); all 2430 cases: 0.988 / 0.998 / 0.993 (batch 7's and batch 60's refuge and
#: caption, and fblind-s33's "among them 212 children", now right; no other batch changed). Left: "put the toll at
#: nearly 300 and opposition monitors ..." and "14 more received wounds" (misparsed), a gapped second source ("and
#: Ostrogar's ministry 1,212"), "cargo with a total weight of 86 tons", 11 persons "extracted" from debris read as
#: affected, and "on the territory of the country" not read country-wide.
#: Batch fblind-s36 (100 cases, written blind for the thirty-sixth session: shelling, floods, storms, quakes, epidemics,
#: displacement, detentions, aid, industrial accidents in wire, sitrep, translated, broadcast, live-page, South Asian
#: and African English) scored 0.825 / 0.969 / 0.979 blind (gold 114, predicted 97, found 94); all 2530 cases on the
#: code before its fixes: 0.981 / 0.997 / 0.993. After its fixes (test_figures_blind_s36.py: plural table headers,
#: "nobody was killed or hurt", "no loss of life", left with (nursing) injuries, "degrees of injuries", "a 14-truck
#: convoy" and "in four flights", returnees, an escape after a seizure, "addressed for medical help", "shifted from
#: vulnerable areas", people of N villages with a participle, households with their people in brackets, "in number of",
#: a dash aside, a correction's right figure, a shelter subject shared with a joined verb, carriers sent into a river, a
#: bare gerund event measured against, a tally "in the province"): 0.982 / 1.000 / 1.000 (gold 114, predicted 112, found
#: 112); all 2530 cases: 0.988 / 0.998 / 0.994 (no other batch's case lost). Left: "No new deaths were recorded" (an
#: unchanged count, as test_figures.py has it: no zero) and "over 1 lakh shifted to cyclone shelters" (gold displaced;
#: figures_forewarned reads a cyclone shelter as an evacuation). Floors left at 0.98: the set rose, but other helpers'
#: branches merge against them this session.
#: Raised from 0.95 to 0.98 with batch 9 (637 cases measure 0.994 / 0.998 / 0.995): a 0.95 floor let some
#: thirty cases break unseen.
RECALL_FLOOR = 0.98
PRECISION_FLOOR = 0.98
#: Scope and unit right on the figures that are found.
ATTRIBUTE_FLOOR = 0.98

Key = tuple[str, Any, str]


def _gold_key(g: dict[str, Any]) -> Key:
    value = g["value"] if g.get("value") is not None else (g.get("low"), g.get("high"))
    return g["kind"], value, g["qualifier"]


def _pred_key(f: Any) -> Key:
    value = f.value if f.value is not None else (f.low, f.high)
    return f.kind, value, f.qualifier


def _extract(nlp: Any, sentence: str, published: dt.date) -> tuple[Any, ...]:
    from groundwatch.stages.extract.figures import extract_figures
    from groundwatch.stages.extract.registry import ExtractionContext

    return extract_figures(nlp(sentence), ExtractionContext(article_id="stress", published=published), {})


def score(nlp: Any, cases: Iterable[dict[str, Any]], published: dt.date) -> dict[str, Any]:
    """Recall, precision and attribute accuracy over the cases, with every miss and false figure.

    A gold figure is found by a prediction of the same kind, value (or low..high) and qualifier;
    repeats of one key count once on each side, as the corpus scorer does. Of the found figures,
    the attributes (scope, and unit where the gold names one) are checked apart.
    """
    tp = n_gold = n_pred = attr_ok = attr_n = 0
    misses: list[tuple[str, str, Key]] = []
    extras: list[tuple[str, str, Key]] = []
    wrong_attrs: list[tuple[str, str, Any, Any]] = []
    for case in cases:
        figs = _extract(nlp, case["sentence"], published)
        preds: dict[Key, Any] = {}
        for f in figs:
            preds.setdefault(_pred_key(f), f)
        gold = {_gold_key(g): g for g in case["figures"]}
        optional = {k for k, g in gold.items() if g.get("optional")}
        n_gold += len(set(gold) - optional)
        n_pred += len(set(preds) - optional)
        for key, g in gold.items():
            if key in optional:
                continue
            if key not in preds:
                misses.append((case["pattern"], case["sentence"], key))
                continue
            tp += 1
            f = preds[key]
            # projection is checked only where the gold names it ("could kill 400 more")
            want = (g.get("scope"), g.get("unit", f.unit), g.get("projection", f.projection))
            got = (f.scope, f.unit, f.projection)
            attr_n += 1
            if want == got:
                attr_ok += 1
            else:
                wrong_attrs.append((case["pattern"], case["sentence"], want, got))
        extras += [(case["pattern"], case["sentence"], k) for k in preds if k not in gold]
    return {
        "recall": tp / n_gold if n_gold else 1.0,
        "precision": tp / n_pred if n_pred else 1.0,
        "attributes": attr_ok / attr_n if attr_n else 1.0,
        "gold": n_gold, "predicted": n_pred, "found": tp,
        "misses": misses, "extras": extras, "wrong_attributes": wrong_attrs,
    }


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(STRESS.read_text(encoding="utf-8"))
    return data


def test_stress_set_is_well_formed() -> None:
    data = _load()
    cases = data["cases"]
    assert len(cases) >= 80
    # numbered batches run 1..60; later ones are named by their session task ("jfigs-s32")
    assert {c["batch"] for c in cases if isinstance(c["batch"], int)} == set(range(1, 61))
    assert len({c["sentence"] for c in cases}) == len(cases), "a sentence is listed twice"
    kinds = {"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected", "aid", "forces",
             "weapons"}
    qualifiers = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "vague"}
    for c in cases:
        for g in c["figures"]:
            assert g["kind"] in kinds and g["qualifier"] in qualifiers, c
            assert g.get("scope") in (None, "wider_area", "other_event", "teaser"), c
            assert (g["value"] is None) == (g["qualifier"] == "vague" or "low" in g), c
            assert g.get("projection") in (None, True, False), c


@pytest.mark.issue(10)
def test_stress_set_recall_and_precision(nlp: Any) -> None:
    data = _load()
    result = score(nlp, data["cases"], dt.date.fromisoformat(data["published"]))
    report = {k: result[k] for k in ("misses", "extras", "wrong_attributes")}
    assert result["recall"] >= RECALL_FLOOR, report
    assert result["precision"] >= PRECISION_FLOOR, report
    assert result["attributes"] >= ATTRIBUTE_FLOOR, report


def main(argv: list[str]) -> None:
    """Print the stress scores and every miss, false figure and wrong attribute."""
    from groundwatch import nlp as gw_nlp

    data = _load()
    nlp = gw_nlp.load()
    published = dt.date.fromisoformat(data["published"])
    wanted = argv[1:]  # patterns, or batch numbers ("1", "2")
    cases = [c for c in data["cases"] if not wanted or c["pattern"] in wanted or str(c["batch"]) in wanted]
    for batch in sorted({c["batch"] for c in cases}, key=str):
        r = score(nlp, [c for c in cases if c["batch"] == batch], published)
        print(f"batch {batch}: recall {r['recall']:.3f}  precision {r['precision']:.3f}  "
              f"attributes {r['attributes']:.3f}  (gold {r['gold']}, predicted {r['predicted']}, found {r['found']})")
    result = score(nlp, cases, published)
    print(f"all {len(cases)} cases: recall {result['recall']:.3f}  precision {result['precision']:.3f}  "
          f"attributes {result['attributes']:.3f}")
    for label, rows in (("MISS", result["misses"]), ("EXTRA", result["extras"]),
                        ("ATTR", result["wrong_attributes"])):
        for row in rows:
            print(label, *row, sep="  |  ")


if __name__ == "__main__":
    main(sys.argv)
