"""Figures: the kind given by where the counted people are, are taken or cross to.

A shelter or camp ("14,000 people are still in shelters", "moved to schools", "the camp has 5,000 people"), a
hospital ("taken to hospital"), custody ("remain in custody"), safety ("ferried to safety", "taken off the
island"), a border ("crossed into the neighbouring country"), or being without something ("left without
shelter"). ``figures_syntax``
asks these of the verb; ``noun_place_kind`` asks them of the counted noun itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_captives import in_captors_hands
from groundwatch.stages.extract.figures_forewarned import forewarned, hazard_shelter
from groundwatch.stages.extract.figures_words import people_like


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("in schools, gyms and halls")."""
    out = []
    for g in prep.children:
        if g.dep_ == "pobj":
            out.append(g)
            out.extend(x for x in g.conjuncts if x.pos_ in ("NOUN", "PROPN"))
    return out


def without_kind(prep: Token) -> str | None:
    """"Without shelter" is displacement; without water, power or food, being affected. "Without asking
    parliament", "without warning" or "without charge" tell how something was done, not what people lack;
    so does a person ("questioned without a lawyer", "travelled without a guide")."""
    things = pobjs(prep) or [g for c in prep.children if c.dep_ == "pcomp" and c.lower_ in _SERVICE_PARTICIPLES
                             for g in c.children if g.dep_ == "dobj" and g.i == c.i + 1]
    if not things or any(g.lemma_.lower() in _WITHOUT_MANNER or (people_like(g) and prep.head.lemma_.lower() not in
                                                                  _LACKING_VERBS) for g in things):
        return None
    if any(g.lemma_.lower() in ("home", "house", "shelter", "roof") for g in things):
        return "displaced"
    return "affected"


#: Verbs of a state people are left in: "left without a doctor" lacks one, "questioned without a lawyer" tells how.
_LACKING_VERBS = frozenset({"leave", "be", "remain", "live", "go"})
#: Participles that name a service with the noun after them, which the parser makes a gerund and its object:
#: "without running water" lacks water, as "without asking parliament" does not lack parliament.
_SERVICE_PARTICIPLES = lexicons.words("figure_words", list="service_participle")
#: Nouns after "without" that say how something was done: "held without charge", "struck without warning".
_WITHOUT_MANNER = lexicons.words("figure_words", list="without_manner")


#: Nouns of grounds and buildings that shelter as the building they belong to: "the school compound".
_PREMISES = lexicons.words("figure_words", list="premises")


#: Modifiers that make a building a shelter: "relief centres", "collective centres" (sitreps' word
#: for public buildings housing the displaced), "transit centres".
_SHELTER_MODIFIERS = lexicons.words("figure_words", list="shelter_modifier")


#: People gathered to watch, shop or attend: "40,000 fans packed into the stadium" are a crowd, not the
#: displaced, though schools and stadiums shelter people in a crisis.
_AUDIENCE = lexicons.words("figure_words", list="audience")


def _audience(verb: Token) -> bool:
    """The people the verb moves or houses are an audience ("fans were crammed into the stadium")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _AUDIENCE for c in verb.children)


#: Verbs of a place being full: "the camp is packed with 9,500 people", "shelters are filled with 7,000".
_FILLING_VERBS = frozenset({"pack", "cram", "crowd", "fill", "overflow", "jam"})


def filled_shelter(verb: Token, noun: Token) -> bool:
    """``verb`` says a camp or shelter is full of the people counted after "with" ("the relief camp is packed
    with 9,500 people"). A school or a stadium full of people is no shelter (pupils, fans): only the places
    that are nothing but shelters count."""
    if verb.lemma_.lower() not in _FILLING_VERBS or noun.lemma_.lower() in _AUDIENCE:
        return False
    holders = [*verb.children, *(g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in lex.SHELTERS or any(
        x.dep_ in ("compound", "amod") and x.lemma_.lower() in _SHELTER_MODIFIERS for x in c.children))
        for c in holders)


#: Pronouns and adverbs that put the people counted inside the place that "has" them: "has 600 people in it".
_INSIDE_WORDS = frozenset({"it", "them", "there", "inside"})


def occupied_shelter(verb: Token, noun: Token) -> bool:
    """"The relief camp has 5,200 people", "the school gym has 300 people in it": a shelter that "has" people
    holds the displaced. A school or hall only when the people are said to be inside it (a school "has 900
    pupils" on any day); an audience is no one displaced."""
    if verb.lemma_.lower() != "have" or not people_like(noun) or noun.lemma_.lower() in _AUDIENCE:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in lex.SHELTERS or any(
            x.dep_ in ("compound", "amod") and x.lemma_.lower() in _SHELTER_MODIFIERS for x in subj.children):
        return True
    inside = any((c.dep_ == "prep" and c.lower_ in ("in", "inside") and any(g.lower_ in _INSIDE_WORDS
                                                                           for g in pobjs(c)))
                 or (c.dep_ == "advmod" and c.lower_ in _INSIDE_WORDS) for c in (*noun.children, *verb.children))
    return inside and subj.lemma_.lower() in lex.TEMPORARY_SHELTERS | _PREMISES


#: States of a patient's condition: people "in critical condition" are hurt ("in good condition" are not).
_MEDICAL_STATES = lexicons.words("figure_words", list="medical_state")


def _safe_place(place: Token) -> bool:
    """"to safety", "to higher ground", "to safer areas": where people are taken out of danger."""
    return place.lemma_.lower() == "safety" or (place.lemma_.lower() in ("ground", "place", "area", "location") and any(
        c.dep_ == "amod" and c.lower_ in ("higher", "high", "safer", "safe") for c in place.children))


#: Words that make a place one of danger people are taken from: "vulnerable areas", "low-lying areas" ("lying"),
#: "flood-prone villages" ("prone"), "danger zones", "high-risk pockets".
_DANGER_WORDS = frozenset({"vulnerable", "lying", "prone", "danger", "dangerous", "unsafe", "risk", "risky",
                           "threatened", "exposed"})
_AREA_NOUNS = frozenset({"area", "zone", "place", "pocket", "locality", "belt", "stretch", "village", "settlement"})


def _danger_place(place: Token) -> bool:
    """"from vulnerable areas", "from low-lying areas", "from flood-prone villages": a place of danger."""
    return place.lemma_.lower() in _AREA_NOUNS and any(
        c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _DANGER_WORDS for c in place.children)


#: Pronouns that may stand for a shelter named before, by grammatical number: "in them", "in it".
_PLACE_PRONOUNS = {"them": True, "it": False}


def _shelter_antecedent(pronoun: Token) -> str | None:
    """The shelter a pronoun after a preposition stands for: the nearest shelter noun of its number before it,
    in its sentence or the one before ("Two camps opened last week. About 2,600 people are registered in them")."""
    plural = _PLACE_PRONOUNS.get(pronoun.lower_)
    if plural is None or pronoun.pos_ != "PRON":
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    for tok in reversed(doc[first:pronoun.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.SHELTERS and (tok.tag_ == "NNS") == plural:
            return str(tok.lemma_.lower())
    return None


def _open_air(prep: str, place: Token) -> bool:
    """"in the open", "in the open air", "on the streets": no roof at all, the plainest sign of the homeless
    (asked only of the verbs that count a night in a school hall as shelter: sleep, live, camp, spend)."""
    gl = place.lemma_.lower()
    if prep == "in":
        return (gl == "open" and any(c.dep_ == "det" for c in place.children)) or (
            gl == "air" and any(c.dep_ == "amod" and c.lower_ == "open" for c in place.children))
    return prep == "on" and place.lower_ == "streets"


#: What people are taken "off" that is no place they are rescued from: a list, a flight, life support, duty
#: ("40 passengers were taken off the flight" were removed, not evacuated).
_OFF_NO_PLACE = frozenset({"list", "register", "roll", "flight", "plane", "train", "bus", "support", "ventilator",
                           "duty", "case", "street", "air", "payroll"})


def _place_objects(verb: Token, prep: Token, role: str) -> list[Token]:
    """The places a preposition names; for a passive's particle "off", the noun the parser made the verb's
    object ("were taken off the quays": a passive has no object of its own, so it is the place)."""
    found = pobjs(prep)
    if found or prep.dep_ != "prt" or role != "passive":
        return found
    return [g for g in verb.children if g.dep_ == "dobj" and g.i > prep.i]


def _with_conjoined(children: Iterable[Token]) -> Iterator[Token]:
    """A verb's dependents, each prepositional phrase followed by those joined to it: "staying in the school and in
    tents" names two places, and the parser hangs the second "in" on the first."""
    for c in children:
        yield c
        if c.dep_ == "prep":
            yield from (x for x in c.conjuncts if x.dep_ == "conj" and x.pos_ == "ADP" and x.i > c.i)


#: Common nouns of a settled area people are taken out of ("out of the town"); rubble, a mine or a building
#: is where people are rescued from, which no figure counts.
_AREA_NOUNS = frozenset({"city", "town", "village", "area", "zone", "region", "district", "enclave", "province",
                         "valley", "island", "neighbourhood", "neighborhood", "suburb", "country"})


def _out_of_area(out: Token) -> bool:
    """"out of Velm", "out of the besieged town": "out" with an "of" whose object is a named or settled area."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" or g.lemma_.lower() in _AREA_NOUNS for g in pobjs(p))
        for p in out.children)


def place_kind(verb: Token, role: str) -> str | None:
    """The kind given by where the counted people are or are taken: a shelter, a hospital.

    "14,000 people are still in shelters" and "3,000 were moved to schools" are displaced;
    "a dozen were taken to hospital" and "14 were treated for minor injuries" are injured.
    """
    lemma = verb.lemma_.lower()
    moving = role in ("object", "passive")
    for c in _with_conjoined(verb.children):
        # "taken off the beach": parsed a particle; "in the school and in tents": the second "in" parsed a conjunct
        if c.dep_ != "prep" and not (c.dep_ == "prt" and c.lower_ == "off") and not (
                c.dep_ == "conj" and c.pos_ == "ADP"):
            continue
        plow = c.lower_
        if moving and plow == "out" and lemma in lex.SAFETY_VERBS and _out_of_area(c):
            return "evacuated"  # "buses ferried 5,800 residents out of Velm", "were flown out of the city"
        for g in _place_objects(verb, c, role):
            gl = _shelter_antecedent(g) or g.lemma_.lower()  # "are registered in it": the camp named before
            if moving and plow == "to" and _safe_place(g) and lemma in lex.SAFETY_VERBS:
                return "evacuated"  # "ferried 1,700 foreigners to safety", "moved to higher ground"
            if moving and plow == "from" and _danger_place(g) and lemma in lex.SAFETY_VERBS:
                return "evacuated"  # "2,143 people were shifted from vulnerable areas", "moved from low-lying areas"
            if moving and plow == "off" and lemma in lex.SAFETY_VERBS and gl not in _OFF_NO_PLACE:
                return "evacuated"  # "were ferried off the island", "taken off the beach by boats"
            # the idiom is the common noun ("taken to hospital"); "taken to St Anne's Hospital" may be a visit
            if gl in lex.HOSPITALS and g.pos_ == "NOUN" and (
                    (moving and lemma in lex.HOSPITAL_VERBS and plow in ("to", "into", "in", "at"))
                    or (not moving and lemma in ("be", "remain", "stay", "lie") and plow == "in")):
                return "injured"
            if moving and lemma == "treat" and plow == "for" and gl in lex.INJURY_NOUNS:
                return "injured"
            if not moving and lemma == "suffer" and plow == "from" and gl in lex.INJURY_NOUNS:
                return "injured"  # "seven people are suffering from smoke poisoning"
            if not moving and lemma == "suffer" and plow == "from" and gl in lex.HARDSHIP_NOUNS:
                return "affected"  # "3,000 residents are suffering from hunger", as "face hunger" is
            if gl in lex.CUSTODY_NOUNS and plow in ("in", "into", "to") and (
                    (moving and lemma in lex.CUSTODY_VERBS) or (not moving and lemma in lex.STAY_VERBS)):
                return "detained"  # "took 40 people into custody", "30 protesters remain in custody"
            if not moving and in_captors_hands(verb, c, g):
                return "detained"  # "19 people remained in the hands of the rebels"
            if not moving and lemma in lex.STAY_VERBS and plow == "in" and gl == "condition" and any(
                    x.dep_ == "amod" and x.lower_ in _MEDICAL_STATES for x in g.children):
                return "injured"  # "Eleven people remain in critical condition"
            if moving and plow == "with" and gl in lex.INJURY_NOUNS and lemma in lex.HOSPITAL_VERBS:
                return "injured"  # "58 people had been admitted with gunshot wounds"
            if moving and plow == "for" and g.lower_ in lex.QUESTIONING_WORDS and lemma in lex.CUSTODY_VERBS:
                return "detained"  # "29 people are being held for questioning"
            if moving and plow == "without" and g.lower_ in lex.UNCHARGED_WORDS and lemma in lex.CUSTODY_VERBS:
                return "detained"  # "14 activists were held without charge"
            if plow == "behind" and gl in lex.BARS_NOUNS and (
                    (moving and lemma in lex.CUSTODY_VERBS) or (not moving and lemma in lex.STAY_VERBS)):
                return "detained"  # "put 40 people behind bars", "fourteen remain behind bars"
            if not moving and lemma in lex.STAY_TEMPORARY_VERBS and _open_air(plow, g):
                return "displaced"  # "4,000 people are sleeping in the open", "spent the night on the streets"
            if plow not in ("in", "at", "into", "to", "inside", "with"):
                continue
            temporary = gl in lex.TEMPORARY_SHELTERS or (
                gl == "family" and any(x.lower_ in ("host", "relative") for x in g.children)) or (
                gl in _PREMISES and any(x.dep_ == "compound" and x.lemma_.lower() in lex.TEMPORARY_SHELTERS
                                        for x in g.children))  # "crowded into the school compound"
            strong = gl in lex.SHELTERS or any(
                x.dep_ in ("compound", "amod") and x.lemma_.lower() in _SHELTER_MODIFIERS for x in g.children)
            if plow == "with" and gl != "relative" and not temporary:
                continue  # "living with relatives" shelters; "with 2,000 peacekeepers" does not
            if moving and ((strong and lemma in lex.MOVE_VERBS)
                           or (temporary and lemma in lex.MOVE_TEMPORARY_VERBS and not _audience(verb))):
                return "evacuated" if hazard_shelter(g) or forewarned(verb) else "displaced"
            if not moving and ((strong and lemma in lex.STAY_VERBS)
                               or (temporary and lemma in lex.STAY_TEMPORARY_VERBS)):
                return "evacuated" if forewarned(verb) else "displaced"
            if moving and plow == "to" and lemma in lex.SAFETY_VERBS and forewarned(verb):
                return "evacuated"  # "ferried 800 islanders to the mainland before the storm arrived"
    return None


#: Nouns of the countries around one, with the word that says so: "crossed into neighbouring countries"
#: ("crossed into the state to watch the final" crosses no border).
_NEIGHBOURS = frozenset({"country", "state", "nation"})
_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "other"})


def crosses_border(verb: Token) -> bool:
    """"crossed into Quarnell", "crossed the border": leaving the country, not crossing a street."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("into", "over", "across") and any(
                g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" or g.lemma_.lower() in ("border", "frontier")
                or (g.lemma_.lower() in _NEIGHBOURS and any(  # "crossed into neighbouring states"
                    m.dep_ == "amod" and m.lower_ in _NEIGHBOURING for m in g.children))
                for g in pobjs(c)):
            return True
    return False


def noun_place_kind(noun: Token) -> str | None:
    """A kind given by where the people are, said on the noun: "40,000 people without water",
    "people in shelters", "people in hospital", "people in custody". Weaker than the verb, so asked after it."""
    for c in noun.children:
        if c.dep_ != "prep" or c.i < noun.i:
            continue
        if c.lower_ == "without" and (lacking := without_kind(c)) is not None:
            return lacking
        if c.lower_ in ("in", "at", "inside"):
            for g in pobjs(c):
                gl = g.lemma_.lower()
                if gl in lex.SHELTERS:
                    return "displaced"
                if gl in lex.HOSPITALS and g.pos_ == "NOUN" and c.lower_ == "in":
                    return "injured"
                if gl in lex.CUSTODY_NOUNS and c.lower_ == "in":
                    return "detained"  # "the number of people in custody"
    return None


#: Armed units a commander picks men from ("from a force of 300"): a source that is no place left.
_FORCE_UNITS = lexicons.words("figure_words", list="force_unit")


def from_unit(prep: Token) -> bool:
    """"ordered 40 of his men from a force of 300 to pull back": men picked from an armed unit are
    sent, not moved out of a place."""
    return prep.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FORCE_UNITS for g in prep.children)


#: Nouns of a place forces may hold: "the old town", "the ridge" (as ``figures_govern`` reads them).
_STATION_NOUNS = lexicons.words("figure_words", list="station")


def holds_ground(verb: Token) -> bool:
    """A force's verb that keeps a place: "holding the old town of X", "besieging Y", "dug in around Z"."""
    if verb.lemma_.lower() == "dig" and next((c.lower_ for c in verb.children if c.dep_ == "prt"), None) == "in":
        return True
    return verb.lemma_.lower() in lex.FORCES_HOLDING_VERBS and any(
        c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.tag_ in ("NNP", "NNPS")
                              or c.lemma_.lower() in _STATION_NOUNS) for c in verb.children)
