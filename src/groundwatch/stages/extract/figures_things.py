"""Figures: counts of things (aid, forces, weapons) by the verb that moves or takes them, and a verb's subject.

Moved out of ``figures_syntax`` (which had reached the 600-line limit) with no change in behaviour:
``thing_kind`` reads a unit noun with a verb of delivery, deployment or surrender ("delivered 40 tonnes of
flour", "1,500 guardsmen were called up", "seized two pickup trucks"); ``subject_of`` finds a verb's subject
through a relative pronoun, which both modules ask."""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract import figures_places as places
from groundwatch.stages.extract.figures_words import (
    CONTAINING_VERBS,
    aid_carrier,
    hazard_doer,
    particle,
    people_like,
    thing_lemma,
)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, through a relative pronoun to its antecedent ("the centre, which houses...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


#: The most steps up through joined verbs and infinitives to a shared subject ("was designed to hold ... but already
#: hosts 26,500": "hosts", "hold", "designed"); the plain depth of such a chain, not tuned.
_SHARED_REACH = 3


def shared_subject(verb: Token) -> Token | None:
    """The subject a joined verb with none of its own shares with the verb it is joined to, through an infinitive
    ("The camp was designed to hold 20,000 but already hosts 26,500": the camp hosts)."""
    cur = verb
    for _ in range(_SHARED_REACH):
        if cur.dep_ not in ("conj", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return None
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def named_place_antecedent(verb: Token) -> Token | None:
    """"opened 14 shelters in Velm, which were housing 2,600 people": the noun before "in"/"at" and a place's
    name, which the parser passes over to hang the relative clause on the name (or to join the clause to the
    main verb). Read by position: the pronoun, a comma, the name, the preposition, the noun. None otherwise."""
    doc = verb.doc
    pool = [verb, *(c for c in verb.children if c.dep_ == "aux")]  # "which were housing": subject on the aux
    pron = next((c for t in pool for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pron is None or pron.tag_ not in ("WDT", "WP") or pron.i < 4 or doc[pron.i - 1].text != ",":
        return None
    j = pron.i - 2
    while j > 0 and doc[j].pos_ == "PROPN":
        j -= 1
    if j == pron.i - 2 or doc[j].lower_ not in ("in", "at") or j < 1:
        return None
    return doc[j - 1] if doc[j - 1].pos_ == "NOUN" else None


def thing_kind(verb: Token, noun: Token, subject: bool = False) -> str | None:
    """Aid, forces or weapons: a unit noun with a verb of delivery, deployment or surrender."""
    lemma, nl = verb.lemma_.lower(), thing_lemma(noun)
    if aid_carrier(noun):
        nl = "truck"  # "27 vehicles carrying food": a carrier of aid counts as its trucks do
    if nl in lex.AID_UNITS and ((not subject and lemma in lex.AID_VERBS and not _plunged(verb)) or (
            subject and lemma in lex.LANDING_VERBS and particle(verb) in (None, "in", "down"))):  # "pulled out" leaves
        return "aid"
    if subject and nl in lex.AID_UNITS and lemma in lex.CARRYING_VERBS and any(
            c.dep_ == "dobj" and not people_like(c) for c in verb.children):
        return "aid"  # "22 trucks carried 300 tonnes of flour": the carriers of a load are its delivery
    if nl in lex.AID_UNITS and not subject and (lemma, particle(verb)) in lex.AID_PHRASAL:
        return "aid"  # "handed out 5,000 blankets"
    if nl in lex.AID_UNITS and lemma in lex.AID_MOTION_VERBS and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in lex.AID_PATH_WORDS for c in verb.children):
        return "aid"  # "twelve lorries went through the gate"
    if nl in lex.FORCES_NOUNS and not subject and (lemma, particle(verb)) in lex.FORCES_PHRASAL:
        return "forces"  # "1,500 guardsmen were called up"
    if nl in lex.FORCES_NOUNS and subject and lemma in ("take", "be", "form") and any(
            c.dep_ in ("dobj", "attr") and c.lower_ == "part" for c in verb.children):
        return "forces"  # "3,500 servicemen took part in the operation", "1,800 marines will be part of the force"
    if nl in lex.FORCES_NOUNS and ((lemma in lex.FORCES_VERBS and not subject) or (subject and (
            lemma in lex.FORCES_SUBJECT_VERBS or places.holds_ground(verb)))):
        return "forces"  # "2,000 rebels are holding the old town", "700 fighters have dug in"
    if nl in lex.VEHICLE_NOUNS and lemma in lex.VEHICLE_VERBS and not subject:
        if lemma in ("hand", "turn") and particle(verb) not in lex.WEAPON_PARTICLES:
            return None
        return "weapons"  # "seized two pickup trucks": vehicles seized are matériel
    if nl in lex.SPENT_ROUND_NOUNS and lemma not in lex.SEIZING_VERBS:
        return None  # "recovered two bullets from the wall", "found 14 spent cartridges": evidence, not arms
    if nl in lex.WEAPON_NOUNS and lemma in lex.WEAPON_VERBS and not subject and not hazard_doer(verb):
        prt = particle(verb)
        if lemma in lex.WEAPON_PARTICLE_VERBS and prt not in lex.WEAPON_PARTICLE_VERBS[lemma]:
            return None
        return "weapons"
    if nl in lex.ARMS_ONLY_NOUNS and lemma in lex.WEAPON_FIND_VERBS and not subject:
        return "weapons"  # "two firearms were found", "removed 35 landmines"
    if nl in lex.WEAPON_NOUNS and lemma in CONTAINING_VERBS and not subject and (
            subj := subject_of(verb)) is not None and subj.lemma_.lower() in lex.SEIZURE_NOUNS:
        return "weapons"  # "the haul included 14 rifles and 60 magazines"
    return None


#: Waters and drops a carrier falls into: "sending two lorries into the river" delivers nothing.
_PLUNGES = frozenset({"river", "sea", "lake", "canal", "gorge", "ravine", "ditch", "abyss", "chasm",
                      "water", "drain", "creek", "stream", "cliff", "precipice", "pit", "reservoir", "torrent"})


def _plunged(verb: Token) -> bool:
    """"sending two lorries into the river", "sent three trucks into a gorge", "over a cliff": carriers that fell
    into water or down a drop, which a delivery never goes to."""
    return any(c.dep_ == "prep" and c.lower_ in ("into", "over", "off", "down") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _PLUNGES for g in c.children) for c in verb.children)
