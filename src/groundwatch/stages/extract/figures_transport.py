"""Figures: people who leave on organised transport are evacuated, not displaced.

"Left" alone says people went away from danger on their own: displacement ("2,000 people have left the
city"). Said with the buses or coaches they went on ("left the town on eight buses", "have left it by bus",
"departed in a convoy of coaches"), it says someone laid on the transport to take them out: an
evacuation, as "buses carrying 1,800 evacuees" is. Fleeing stays displacement whatever carried the people
("fled by boat"): the verb says they ran. ``figures_kind.count_kind`` asks this of a count that is the
subject of a verb of departing.

Relief's own carriers setting off for a place are a delivery under way ("nine lorries left for the camps",
"a convoy of 14 tankers set off for the valley"): ``aid_setting_off``.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import of_pobj, people_like

#: Organised transport people are taken out on: bus, coach.
_TRANSPORT = lexicons.words("figure_words", list="evacuation_transport")
#: Verbs of going away from a place: leave, depart.
_DEPARTING = lexicons.words("figure_words", list="departing")
#: Prepositions that put people on a carrier: "on eight buses", "by bus", "in a convoy of coaches".
_ABOARD = frozenset({"on", "by", "in", "aboard", "onboard"})
#: Groups of carriers whose "of" object is the carrier: "a convoy of coaches", "a column of buses".
_CARRIER_GROUPS = frozenset({"convoy", "column", "fleet"})
#: Carriers that run on a timetable as well ("a train", "a flight"), which take people out only when said to
#: be laid on for it: "a special relief train", "chartered flights".
_SCHEDULED = lexicons.words("figure_words", list="scheduled_carrier")
_LAID_ON = lexicons.words("figure_words", list="laid_on")


def laid_on_carrier(tok: Token) -> bool:
    """A bus or coach, or a train or flight laid on for the occasion ("a special relief train")."""
    lemma = tok.lemma_.lower()
    return lemma in _TRANSPORT or (lemma in _SCHEDULED and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _LAID_ON for c in tok.children))


def _carrier(prep: Token) -> bool:
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        inner = of_pobj(g) if g.lemma_.lower() in _CARRIER_GROUPS else None
        if laid_on_carrier(g) or (inner is not None and inner.lemma_.lower() in _TRANSPORT):
            return True
    return False


def moved_by_transport(anchor: Token, noun: Token | None) -> bool:
    """"600 stranded passengers were taken to X by a special relief train", "were moved on buses": people a
    verb of moving people carries on organised transport are evacuated, whatever state the noun gives them."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head
    if anchor.dep_ != "nsubjpass" or noun is None or not people_like(noun):
        return False
    verb = anchor.head
    if verb.lemma_.lower() not in lex.SAFETY_VERBS:
        return False
    # "were moved to Harl on buses": the parser may hang the carrier on the place
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in ("prep", "agent") and c.lower_ in _ABOARD and _carrier(c)
               for t in (verb, *places) for c in t.children)


def left_by_transport(anchor: Token, noun: Token | None) -> bool:
    """The counted people are the subject of a verb of departing said with the transport they went on,
    hung on the verb or (as the parser often does) on the place they left ("left the district by bus")."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head  # "a first group of 85 patients left ...": the group is the subject
    if anchor.dep_ != "nsubj" or noun is None or not people_like(noun):
        return False
    verb = anchor.head
    if verb.lemma_.lower() not in _DEPARTING:
        return False
    places = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    preps = [c for t in (verb, *places) for c in t.children if c.dep_ == "prep" and c.lower_ in _ABOARD]
    return any(_carrier(p) for p in preps)


#: Road carriers of relief: a count of them setting off for a place is a delivery on its way. Planes and
#: boats are left out: a flight leaving for a city carries passengers as often as aid.
_AID_VEHICLES = frozenset({"truck", "lorry", "tanker", "convoy", "truckload"})
#: Prepositions of where a carrier is bound: "left for the camps", "set off towards the valley".
_BOUND_FOR = frozenset({"for", "towards", "toward"})


def aid_setting_off(anchor: Token, noun: Token | None) -> bool:
    """The counted road carriers are the subject of a verb of departing, or of "set off", bound for a place."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head  # "a convoy of 14 tankers left for ...": the convoy is the subject
    if anchor.dep_ != "nsubj" or noun is None or noun.lemma_.lower() not in _AID_VEHICLES:
        return False
    verb = anchor.head
    leaving = verb.lemma_.lower() in _DEPARTING or (verb.lemma_.lower() == "set" and any(
        c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children))
    return leaving and any(c.dep_ == "prep" and c.lower_ in _BOUND_FOR for c in verb.children)
