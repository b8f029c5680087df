"""Figures: how many people were killed, injured, displaced... and how much aid, how many troops.

A figure is a number phrase (``figures_numbers``) whose place in the dependency parse ties it
to a trigger word (``figures_lexicon``): the verb that governs the counted noun ("29 people
were killed", "killed 29 people", "left some 200 people dead"), an adjective ("200 injured
people"), an event noun ("the death of six"), the counted noun itself ("50 refugees", "31 deaths"), where
the people are or are taken ("remain in shelters", "taken to hospital", "held in custody"), a tally
verb or setter ("the toll nears 45", "bringing the death toll to 47"), a headline's bare participle
or adjective ("Nine arrested", "19 dead"), or the figure before it ("up from 3,000", "including 9").
A number without such a trigger is dropped: the figures measure counts false positives, and a
bare number ("16 settlements", "two wars", "295 km") is not a figure. Single persons ("a
worker was killed") count as 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_numbers import NumberPhrase, find_number_phrases, parse_number
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

__all__ = ["extract_figures", "parse_number"]

PEOPLE_KINDS = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected"})
#: Kinds a lone "a worker" / "another civilian" may carry: a single person fleeing or living
#: somewhere is narrative, not a count, while a single death or arrest is a reported figure.
SINGLE_PERSON_KINDS = frozenset({"killed", "injured", "missing", "detained"})
#: How far (in tokens) the counted noun may lie from the number and still be part of the
#: figure phrase's text ("some 200 ethnic Armenian civilians"); longer gaps are parse errors.
MAX_PHRASE_GAP = 6
#: Four-digit numbers in this range without a thousands comma are read as years.
YEAR_RANGE = (1800, 2100)

#: Verbs that end what the count's noun implies: freed hostages are no longer detained.
_UNDOING_VERBS = frozenset({"free", "release", "rescue", "save", "repatriate", "exchange", "swap", "return",
                            "prevent", "avert", "avoid"})
#: Nouns that hand their count on to the verb governing them: "a family of five was killed".
_GROUP_NOUNS = frozenset({"group", "total", "convoy", "contingent", "force", "batch", "family", "crew",
                          "party", "team", "column", "fleet"})
_MODALS = frozenset({"could", "may", "might", "will", "would", "shall", "should", "can"})
_PROJECTION_VERBS = frozenset({"expect", "forecast", "project", "predict", "anticipate", "warn", "fear"})
_NEG = frozenset({"no", "not", "never", "none", "n't", "nobody"})
#: Tally verbs that say how the count relates to the number they take as object.
_TALLY_QUALIFIERS = {"near": "approx", "approach": "approx", "surpass": "more_than", "exceed": "more_than",
                     "top": "more_than", "pass": "more_than"}
_DECADE = re.compile(r"\b(1[89]|20)\d0s\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _people_like(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.PEOPLE or tok.text.lower() in lex.PEOPLE:
        return True
    if lemma.endswith(lex.PEOPLE_HEADS) and lemma not in lex.NOT_PEOPLE:
        return True  # "schoolgirls", "firemen", "farmworkers"
    if tok.ent_type_ in ("NORP", "PERSON"):
        return True
    if lemma in lex.NON_FIGURE_NOUNS or lemma in lex.NOT_PEOPLE:
        return False
    low = tok.text.lower()
    if tok.tag_ in ("NNS", "NNPS") and low.endswith(lex.PEOPLE_SUFFIXES):
        return True
    # demonyms the NER missed: "Velorians", "Azeris"
    return tok.tag_ == "NNPS" or (tok.text[:1].isupper() and low.endswith(("ans", "is", "ese")))


def _particle(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "prt":
            return c.lemma_.lower()
    return None


def _has_own_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in tok.children)


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("in schools, gyms and halls")."""
    out = []
    for g in prep.children:
        if g.dep_ == "pobj":
            out.append(g)
            out.extend(x for x in g.conjuncts if x.pos_ in ("NOUN", "PROPN"))
    return out


def _without_kind(prep: Token) -> str:
    """"Without shelter" is displacement; without water, power or food, being affected."""
    if any(g.lemma_.lower() in ("home", "house", "shelter", "roof") for g in _pobjs(prep)):
        return "displaced"
    return "affected"


def _place_kind(verb: Token, role: str) -> str | None:
    """The kind given by where the counted people are or are taken: a shelter, a hospital.

    "14,000 people are still in shelters" and "3,000 were moved to schools" are displaced;
    "a dozen were taken to hospital" and "14 were treated for minor injuries" are injured.
    """
    lemma = verb.lemma_.lower()
    moving = role in ("object", "passive")
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        plow = c.lower_
        for g in _pobjs(c):
            gl = g.lemma_.lower()
            # the idiom is the common noun ("taken to hospital"); "taken to St Anne's Hospital" may be a visit
            if gl in lex.HOSPITALS and g.pos_ == "NOUN" and (
                    (moving and lemma in lex.HOSPITAL_VERBS and plow in ("to", "into", "in", "at"))
                    or (not moving and lemma in ("be", "remain", "stay", "lie") and plow == "in")):
                return "injured"
            if moving and lemma == "treat" and plow == "for" and gl in lex.INJURY_NOUNS:
                return "injured"
            if gl in lex.CUSTODY_NOUNS and plow in ("in", "into", "to") and (
                    (moving and lemma in lex.CUSTODY_VERBS) or (not moving and lemma in lex.STAY_VERBS)):
                return "detained"  # "took 40 people into custody", "30 protesters remain in custody"
            if plow not in ("in", "at", "into", "to", "inside", "with"):
                continue
            temporary = gl in lex.TEMPORARY_SHELTERS or (
                gl == "family" and any(x.lower_ in ("host", "relative") for x in g.children))
            strong = gl in lex.SHELTERS or any(
                x.dep_ == "compound" and x.lemma_.lower() in ("evacuation", "relief", "refugee", "displacement")
                for x in g.children)
            if plow == "with" and gl != "relative" and not temporary:
                continue  # "living with relatives" shelters; "with 2,000 peacekeepers" does not
            if moving and ((strong and lemma in lex.MOVE_VERBS) or (temporary and lemma in lex.MOVE_TEMPORARY_VERBS)):
                return "displaced"
            if not moving and ((strong and lemma in lex.STAY_VERBS)
                               or (temporary and lemma in lex.STAY_TEMPORARY_VERBS)):
                return "displaced"
    return None


def _as_kind(prep: Token) -> str | None:
    """"registered as refugees", "listed as missing": the kind named after "as"."""
    for g in prep.children:
        kind = lex.PERSON_KIND_NOUNS.get(g.lemma_.lower()) or lex.ADJECTIVES.get(g.lower_)
        if kind is not None:
            return kind
    return None


def _crosses_border(verb: Token) -> bool:
    """"crossed into Quarnell", "crossed the border": leaving the country, not crossing a street."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("into", "over", "across") and any(
                g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN" or g.lemma_.lower() in ("border", "frontier")
                for g in _pobjs(c)):
            return True
    return False


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, through a relative pronoun to its antecedent ("the centre, which houses...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _waiting_kind(verb: Token) -> str | None:
    """"Hundreds were still waiting to be rescued", "awaiting evacuation": stranded, so affected."""
    if verb.lemma_.lower() not in ("wait", "await"):
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in lex.RESCUE_WORDS:
            return "affected"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in lex.RESCUE_WORDS for g in _pobjs(c)):
            return "affected"
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _predicate_kind(verb: Token) -> str | None:
    """A kind named by the complement of ``verb``: "left 200 dead", "were reported killed"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "attr", "dobj", "conj") and c.i > verb.i:
            if c.dep_ in ("advcl", "ccomp", "conj") and _has_own_subject(c):
                continue  # "toll reaches 45 as the town is evacuated": another clause, another count
            lemma = c.text.lower()
            if lemma in lex.ADJECTIVES and c.pos_ in ("ADJ", "VERB") and c.dep_ != "conj":
                return lex.ADJECTIVES[lemma]
            if c.dep_ in ("xcomp", "oprd", "ccomp") and c.tag_ == "VBN" and c.lemma_.lower() in lex.TRANSITIVE:
                return lex.TRANSITIVE[c.lemma_.lower()]
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in _pobjs(c)):
            return "killed"  # "burned to death", "were crushed to death"
        if c.dep_ == "prep" and c.lemma_.lower() == "without":
            return _without_kind(c)  # "remain without food", "were left without power"
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and g.lower_ in ("need", "risk", "danger") for g in c.children):
            return "affected"  # "are in need of aid", "are at risk"
        if c.dep_ == "prep" and c.lower_ == "as":
            kind = _as_kind(c)
            if kind is not None:
                return kind
        if c.i > verb.i and c.lemma_.lower() in lex.CAPTIVITY_NOUNS and c.dep_ in ("oprd", "attr", "dobj", "npadvmod") \
                and verb.lemma_.lower() in ("take", "hold", "keep"):
            return "detained"  # "twelve soldiers were taken prisoner"
    return None


def _verb_kind(verb: Token, role: str, noun: Token | None) -> str | None:
    """The kind ``verb`` gives to its argument in ``role`` (object, passive, subject)."""
    if _negated(verb):
        return None
    lemma = verb.lemma_.lower()
    prt = _particle(verb)
    if lemma in _UNDOING_VERBS:
        return None  # "freed 40 hostages", "rescued 12 miners": the count is of the undoing
    if role == "subject" and verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        role = "passive"  # "12 were killed and 45 injured": the auxiliary is elided
    if role == "subject" and verb.tag_ == "VBD" and lemma in lex.TRANSITIVE and not any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "aux", "auxpass", "dative") for c in verb.children):
        # "leaving one dead and three soldiers wounded", "Nine arrested in Tessel": the tagger reads
        # the bare participle as a past tense; a killing verb without an object is passive
        role = "passive"
    if role in ("object", "passive"):
        pred = _predicate_kind(verb)
        if pred is not None:
            return pred
        if prt and (lemma, prt) in lex.PHRASAL:
            return lex.PHRASAL[(lemma, prt)]
        if noun is not None and noun.lemma_.lower() in lex.LIFE_NOUNS and lemma in lex.LIFE_VERBS:
            return "killed"
        if lemma in lex.CAPTURE_VERBS and noun is not None and _people_like(noun):
            return "detained"  # "captured 45 fighters"; captured rifles are weapons (below)
        if lemma in lex.TRANSITIVE:
            return lex.TRANSITIVE[lemma]
        if role == "passive" and verb.lower_ in lex.ADJECTIVES and verb.tag_ in ("VBN", "JJ"):
            return lex.ADJECTIVES[verb.lower_]  # "300 people are unaccounted for"
        if role == "object" and lemma in lex.TALLY_VERBS:
            kind = _tally_kind(verb)  # "the number of dead could reach 10,000"
            if kind is not None:
                return kind
        if role == "object" and lemma in ("include", "comprise", "number"):
            subj = _subject_of(verb)  # "the dead include 12 children"
            if subj is not None:
                kind = _event_noun_kind(subj) or lex.PERSON_KIND_NOUNS.get(subj.lemma_.lower())
                if kind is not None:
                    return kind
        if lemma in lex.CAUSATIVE and any(
                c.dep_ == "prep" and c.lower_ in ("from", "out") for c in verb.children):
            return "displaced"  # "forced 20,000 people from their homes", "3,000 were forced from..."
        place = _place_kind(verb, role)
        if place is not None:
            return place
        if role == "object" and lemma in lex.HOUSING_VERBS:
            subj = _subject_of(verb)
            if subj is not None and (subj.lemma_.lower() in lex.SHELTERS | lex.TEMPORARY_SHELTERS):
                return "displaced"  # "the centre, which houses 4,000 people"
        if lemma in lex.CAUSATIVE:  # "forced thousands to flee", "4,000 were forced to flee"
            for c in verb.children:
                if c.dep_ == "xcomp" and c.lemma_.lower() in lex.INTRANSITIVE:
                    return lex.INTRANSITIVE[c.lemma_.lower()]
        if noun is not None:
            thing = _thing_kind(verb, noun)
            if thing is not None:
                return thing
        if role == "passive" and lemma in lex.REPORTING:
            return _predicate_kind(verb)
        return None
    # subject of an active verb
    if lemma == "leave" and _predicate_kind(verb) is not None:
        return None  # "the blast left 20 dead": the subject is the cause
    place = _place_kind(verb, role)
    if place is not None:
        return place  # "20,000 remain in shelters", "are living in camps" (before "live": affected)
    waiting = _waiting_kind(verb)
    if waiting is not None:
        return waiting
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in _pobjs(c))
           for c in verb.children):
        return "killed"  # "twelve children starved to death"
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("sustain", "suffer", "receive") and any(o in lex.INJURY_NOUNS for o in objects):
        return "injured"  # "400 people sustained injuries"
    if lemma in ("seek", "take", "find") and any(o in lex.SHELTERS for o in objects):
        return "displaced"  # "25,000 have sought refuge in neighbouring countries"
    if lemma in ("face", "endure", "experience", "suffer") and any(o in lex.HARDSHIP_NOUNS for o in objects):
        return "affected"  # "6.7 million people face acute food insecurity"
    if lemma == "cross" and (noun is None or _people_like(noun)) and _crosses_border(verb):
        return "displaced"  # "16,000 people have crossed into Quarnell"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and lemma in ("register", "count", "list", "record", "classify"):
            kind = _as_kind(c)
            if kind is not None:
                return kind  # "2,000 people had registered as refugees"
    if lemma in lex.INTRANSITIVE:
        return lex.INTRANSITIVE[lemma]
    if verb.lower_ == "missing":  # "60 people are missing" parses "missing" as a verb
        return "missing"
    if lemma in lex.LIFE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.LIFE_NOUNS
                                       for c in verb.children):
        return "killed"  # "42 people lost their lives"
    if prt and (lemma, prt) in lex.PHRASAL and lemma in ("go",):
        return lex.PHRASAL[(lemma, prt)]
    if lemma in lex.REPORTING or verb.pos_ == "AUX":
        pred = _predicate_kind(verb)
        if pred is not None:
            return pred
    if noun is not None:
        thing = _thing_kind(verb, noun, subject=True)
        if thing is not None:
            return thing
    return None


def _thing_kind(verb: Token, noun: Token, subject: bool = False) -> str | None:
    """Aid, forces or weapons: a unit noun with a verb of delivery, deployment or surrender."""
    lemma, nl = verb.lemma_.lower(), noun.lemma_.lower()
    if nl in lex.AID_UNITS and lemma in lex.AID_VERBS and (not subject or lemma in ("arrive", "enter", "cross",
                                                                                      "reach")):
        return "aid"
    if nl in lex.FORCES_NOUNS and ((lemma in lex.FORCES_VERBS and not subject)
                                   or (lemma in lex.FORCES_SUBJECT_VERBS and subject)):
        return "forces"
    if nl in lex.VEHICLE_NOUNS and lemma in lex.VEHICLE_VERBS and not subject:
        if lemma in ("hand", "turn") and _particle(verb) not in lex.WEAPON_PARTICLES:
            return None
        return "weapons"  # "seized two pickup trucks": vehicles seized are matériel
    if nl in lex.WEAPON_NOUNS and lemma in lex.WEAPON_VERBS and not subject:
        prt = _particle(verb)
        if lemma in ("hand", "turn", "give", "lay") and prt not in lex.WEAPON_PARTICLES:
            return None
        return "weapons"
    return None


def _modifier_kind(noun: Token) -> str | None:
    """A kind given by the counted noun's own modifiers: "200 injured people", "29 people killed"."""
    for c in noun.children:
        low = c.text.lower()
        if c.dep_ == "amod" and low in lex.ADJECTIVES:  # "200 injured people", "left 200 people dead"
            return lex.ADJECTIVES[low]
        if c.dep_ in ("acl", "relcl") and c.i > noun.i:
            lemma = c.lemma_.lower()
            if c.dep_ == "relcl":
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ not in ("who", "that", "which"):
                    continue
                role = "passive" if subj.dep_ == "nsubjpass" else "subject"
                return _verb_kind(c, role, noun)
            if c.tag_ == "VBN" or (c.tag_ == "VBD" and not _has_own_subject(c)):
                # a participle after its noun ("seven people reported missing") is often tagged VBD
                kind = _verb_kind(c, "passive", noun)
                if kind is None and lemma in lex.FORCES_VERBS and noun.lemma_.lower() in lex.FORCES_NOUNS:
                    kind = "forces"
                if kind is not None:
                    return kind
            elif c.tag_ == "VBG" and lemma in lex.INTRANSITIVE and not _negated(c):
                return lex.INTRANSITIVE[lemma]
            if low in lex.ADJECTIVES:
                return lex.ADJECTIVES[low]
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "need" for g in c.children):
            return "affected"  # "people in need"
    return None


def _noun_place_kind(noun: Token) -> str | None:
    """A kind given by where the people are, said on the noun: "40,000 people without water",
    "people in shelters", "people in hospital". Weaker than the verb, so asked after it."""
    for c in noun.children:
        if c.dep_ != "prep" or c.i < noun.i:
            continue
        if c.lower_ == "without":
            return _without_kind(c)
        if c.lower_ in ("in", "at", "inside"):
            for g in _pobjs(c):
                gl = g.lemma_.lower()
                if gl in lex.SHELTERS:
                    return "displaced"
                if gl in lex.HOSPITALS and g.pos_ == "NOUN" and c.lower_ == "in":
                    return "injured"
    return None


def _event_noun_kind(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in lex.EVENT_NOUNS:
        return lex.EVENT_NOUNS[lemma]
    if lemma in ("number", "tally", "count", "figure", "total"):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    k = _event_noun_kind(g) or lex.ADJECTIVES.get(g.lower_) or lex.PERSON_KIND_NOUNS.get(
                        g.lemma_.lower())
                    if k is None and g.dep_ == "pobj" and _people_like(g):
                        # "the number of people in shelters", "the number of displaced people"
                        k = _modifier_kind(g) or _noun_place_kind(g)
                    if k:
                        return k
            if c.dep_ == "compound" and c.lemma_.lower() in lex.EVENT_NOUNS:
                return lex.EVENT_NOUNS[c.lemma_.lower()]
    if noun.lower_ in ("dead", "injured", "wounded", "missing", "displaced"):
        return lex.ADJECTIVES[noun.lower_]
    return None


def _tally_kind(verb: Token) -> str | None:
    """"The death toll rose to 50": the kind comes from the subject of the tally verb."""
    if verb.lemma_.lower() in lex.TALLY_SETTERS:
        for c in verb.children:  # "officials put the toll at 88", "bringing the death toll to 47"
            if c.dep_ == "dobj":
                kind = _event_noun_kind(c)
                if kind is not None:
                    return kind
    if verb.lemma_.lower() not in lex.TALLY_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return _event_noun_kind(c)
    return None


def _governed_kind(anchor: Token, noun: Token | None) -> str | None:
    """The kind the syntax around ``anchor`` (the counted nominal) gives it."""
    cur = anchor
    hops = 0
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i and hops < 8:
        cur = cur.head
        hops += 1
    dep, head = cur.dep_, cur.head
    if dep == "nsubjpass":
        return _verb_kind(head, "passive", noun)
    if dep in ("dobj", "obj", "dative"):
        return _verb_kind(head, "object", noun)
    if dep == "nsubj":
        return _verb_kind(head, "subject", noun)
    if dep == "attr" and head.lemma_.lower() == "be":
        for c in head.children:  # "among the dead were 12 children"
            if c.dep_ == "prep" and c.lower_ == "among":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and (_event_noun_kind(pobj) or lex.PERSON_KIND_NOUNS.get(pobj.lemma_.lower())):
                    return _event_noun_kind(pobj) or lex.PERSON_KIND_NOUNS.get(pobj.lemma_.lower())
        return _tally_kind(head)
    if dep == "pobj" and head.lower_ in ("between", "over", "under", "about", "around", "some") and \
            head.head.pos_ in ("VERB", "AUX") and head.i < cur.i:
        # "Between 5 and 7 miners were killed": the qualifier parsed as a preposition
        verb = head.head
        if any(c.dep_ == "auxpass" for c in verb.children):
            return _verb_kind(verb, "passive", noun)
        return _verb_kind(verb, "subject" if head.i < verb.i else "object", noun)
    if dep == "pobj":
        prep = head
        phead = prep.head
        plow = prep.lower_
        if plow == "of" and phead.pos_ in ("NOUN", "PROPN"):
            kind = _event_noun_kind(phead)
            if kind is not None:
                return kind
            # "a convoy of 20 trucks delivered...", "a group of 30 people were arrested"
            if phead.lemma_.lower() in _GROUP_NOUNS:
                return _governed_kind(phead, noun)
            if phead.lemma_.lower() in lex.REMAINS_NOUNS:
                return "killed"  # "the bodies of four miners were recovered"
            if phead.lemma_.lower() in lex.LIFE_NOUNS and phead.head.lemma_.lower() in lex.LIFE_VERBS:
                return "killed"  # "the fire claimed the lives of 14 people"
            return None
        if plow in ("to", "at", "past", "above", "beyond", "over", "from") and phead.pos_ in ("VERB", "AUX"):
            return _tally_kind(phead)
        if plow == "with" and noun is not None and noun.lemma_.lower() in lex.FORCES_NOUNS:
            return "forces"
        if plow in ("of",) and phead.pos_ in ("VERB",):
            return None
    if dep == "npadvmod" and head.i < cur.i and head.lemma_.lower() in lex.TRANSITIVE:
        return _verb_kind(head, "object", noun)  # "killed three and injured 11": a misparsed object
    if dep == "ROOT" or dep in ("npadvmod", "appos"):
        return _predicate_kind(cur) if cur.pos_ in ("VERB", "AUX") else None
    return None


def _kind(anchor: Token, noun: Token | None) -> str | None:
    if noun is not None:
        kind = _modifier_kind(noun)
        if kind is not None:
            return kind
    if anchor is not noun:
        kind = _modifier_kind(anchor)
        if kind is not None:
            return kind
    kind = _governed_kind(anchor, noun)
    if kind is not None:
        return kind
    if anchor.head.lemma_.lower() in _UNDOING_VERBS:
        return None
    if noun is not None:
        own = lex.PERSON_KIND_NOUNS.get(noun.lemma_.lower()) or lex.COUNTED_EVENT_NOUNS.get(noun.lemma_.lower())
        if own is not None:
            return own  # "50 refugees", "confirmed 31 deaths", "made 120 arrests"
        if noun.lower_ in ("dead", "injured", "wounded", "missing"):
            return lex.ADJECTIVES[noun.lower_]
        return _noun_place_kind(noun)
    return None


def _valid_for(kind: str, noun: Token | None) -> bool:
    if noun is None:
        return kind in PEOPLE_KINDS
    nl = noun.lemma_.lower()
    if kind in PEOPLE_KINDS:
        return _people_like(noun) or nl in lex.PERSON_KIND_NOUNS or nl in lex.LIFE_NOUNS or noun.lower_ in (
            "dead", "injured", "wounded", "missing") or lex.COUNTED_EVENT_NOUNS.get(nl) == kind
    if kind == "aid":
        return nl in lex.AID_UNITS
    if kind == "forces":
        return nl in lex.FORCES_NOUNS
    if kind == "weapons":
        return nl in lex.WEAPON_NOUNS or nl in lex.VEHICLE_NOUNS
    return False


def _of_pobj(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


_SCALE_NOUNS = frozenset({"hundred", "thousand", "million", "dozen", "score", "ten", "billion"})


def _counted(root: Token) -> tuple[Token, Token | None]:
    """``(anchor, noun)``: the nominal the number sits in and the noun it counts (if any)."""
    if root.pos_ in ("NOUN", "PROPN") and root.lemma_.lower() in _SCALE_NOUNS | {"hundreds", "thousands"} and (
            root.dep_ != "nummod" or _of_pobj(root) is not None):
        noun: Token | None = None
        cur = root
        for _ in range(3):  # "tens of thousands of people"
            nxt = _of_pobj(cur)
            if nxt is None:
                break
            cur = nxt
            if cur.lemma_.lower() not in _SCALE_NOUNS:
                noun = cur
                break
        return root, noun
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        if head.lemma_.lower() in _SCALE_NOUNS:  # "7 thousand" split oddly
            return _counted(head)
        return head, head
    of = _of_pobj(root)  # "six of the soldiers"
    if of is not None and of.pos_ in ("NOUN", "PROPN"):
        return root, of
    return root, None


def _is_age(doc: Doc, phrase: NumberPhrase, tokens: Span) -> bool:
    """"Arlen Voss, 52, was shot dead": a bare number between commas after a name is an age."""
    if phrase.qualifier != "exact" or phrase.value is None or tokens.start < 2 or tokens.end >= len(doc):
        return False
    comma, name = doc[tokens.start - 1], doc[tokens.start - 2]
    return comma.text == "," and doc[tokens.end].text in (",", ")") and (
        name.ent_type_ == "PERSON" or name.tag_ == "NNP") and name.ent_type_ not in ("GPE", "LOC", "ORG")


def _excluded(doc: Doc, phrase: NumberPhrase, tokens: Span) -> bool:
    text = doc.text
    after = text[phrase.end:phrase.end + 12].lower()
    before = text[max(0, phrase.start - 12):phrase.start].lower().rstrip()
    if re.match(r"-[a-z]", after) or re.match(r"\s*(%|percent|per cent|pc\b|:\d|/\d)", after):
        return True  # "45-year-old", "44-day war", "30%", "10:30", "3/4"
    if any(before.endswith(w) and (not w[0].isalpha() or not before[:-len(w)][-1:].isalpha())
           for w in lex.NON_FIGURE_BEFORE):
        return True  # a whole word only: "Rs 200" is money, "toll nears 200" is not
    if _is_age(doc, phrase, tokens):
        return True
    if re.search(r"\b(?:no|not|none|zero)\s*$", before):
        return True
    for t in tokens:
        if t.ent_type_ in ("PERCENT", "MONEY", "ORDINAL"):
            return True
        if t.ent_type_ in ("DATE", "TIME"):
            # a bare number the NER calls a date ("put the toll at 88") is kept; one inside a
            # longer date or duration ("24 September", "six weeks") is not
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            if ent is None or any(x.is_alpha and not (phrase.start <= x.idx < phrase.end) for x in ent):
                return True
    value = phrase.value
    core = text[phrase.core_start:phrase.core_end]
    return (value is not None and YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and "," not in core
            and core.isdigit() and len(core) == 4)


def _root_of(tokens: Span) -> Token:
    roots = [t for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head is t]
    return roots[-1] if roots else tokens[-1]


def _clause_of(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (or the sentence root)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def _ents_in(doc: Doc, clause: Token, labels: Iterable[str]) -> list[Span]:
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return [e for e in doc.ents if e.label_ in labels and lo <= e.start and e.end - 1 <= hi]


def _reference_year(doc: Doc, ctx: ExtractionContext) -> int | None:
    if ctx.published is not None:
        return ctx.published.year
    years = [int(m.group(1)) for e in doc.ents if e.label_ == "DATE" for m in _YEAR.finditer(e.text)]
    return max(years) if years else None


def _other_event(doc: Doc, clause: Token, ref_year: int | None) -> bool:
    ents = _ents_in(doc, clause, ("DATE", "EVENT"))
    if clause.dep_ == "relcl" and clause.head.ent_type_ in ("DATE", "EVENT"):
        # "the worst floods struck in 2009, when 40 people died": the clause hangs off its date
        ents += [e for e in doc.ents if e.start <= clause.head.i < e.end]
    for e in ents:
        if _DECADE.search(e.text):
            return True
        years = [int(y) for y in _YEAR.findall(e.text)]
        if ref_year is not None and years and max(years) < ref_year:
            return True
    return False


def _projection(clause: Token) -> bool:
    cur = clause
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            return True
        if cur.lemma_.lower() in _PROJECTION_VERBS:
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _reported_by(sent: Span, clause: Token) -> str | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return t.doc[pobj.left_edge.i:pobj.i + 1].text
    cur = clause
    for _ in range(4):
        if cur.lemma_.lower() in ("say", "report", "announce", "confirm", "tell", "state", "estimate", "claim",
                                   "warn", "add", "put", "indicate"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                words = cur.doc[subj.left_edge.i:subj.right_edge.i + 1].text
                return re.split(r"\s*\n\s*", words)[-1] or None
        if cur.head is cur:
            break
        cur = cur.head
    return None


def _unit(kind: str, noun: Token | None) -> str | None:
    if noun is None or kind not in ("aid", "weapons", "forces"):
        return None
    if kind == "forces":
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    start = min([noun.i, *(m.i for m in mods)])
    words = noun.doc[start:noun.i + 1].text
    of = _of_pobj(noun)
    if kind == "weapons" and of is not None:
        words += " of " + of.doc[of.left_edge.i:of.i + 1].text
    return words


def _make(doc: Doc, ctx: ExtractionContext, kind: str, value: float | None, low: float | None,
          high: float | None, qualifier: str, start: int, end: int, anchor: Token, noun: Token | None,
          ref_year: int | None) -> Figure:
    span = span_for(doc, start, end, ctx.article_id)
    clause = _clause_of(anchor)
    places = _ents_in(doc, clause, ("GPE", "LOC"))
    who = None
    if noun is not None and kind in PEOPLE_KINDS and _people_like(noun):
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                and c.lower_ not in lex.ADJECTIVES]
        who = doc[min([noun.i, *(m.i for m in mods)]):noun.i + 1].text
    return Figure(
        kind=kind, value=value, qualifier=qualifier, text=doc.text[start:end], span=span,
        low=low, high=high, unit=_unit(kind, noun), who=who,
        place=places[0].text if places else None,
        reported_by=_reported_by(anchor.sent, clause),
        other_event=_other_event(doc, clause, ref_year), projection=_projection(clause),
    )


def _bare_adjective_kind(doc: Doc, tokens: Span) -> str | None:
    """Headline style "19 dead as river bursts", "Three dead, nine missing": the number is the noun."""
    if tokens.end >= len(doc):
        return None
    nxt = doc[tokens.end]
    if nxt.lower_ not in lex.ADJECTIVES or (nxt.dep_ == "amod" and nxt.head.i > nxt.i):
        return None  # "9 injured ..." yes; "9 injured horses" counts horses
    if nxt.head.i != tokens[-1].i and tokens[-1].head.i != nxt.i and nxt.head.i != tokens[-1].head.i:
        return None  # the adjective belongs to something else
    return lex.ADJECTIVES[nxt.lower_]


def _comparison_kind(anchor: Token, found: list[Figure]) -> str | None:
    """A number that takes the kind of the figure before it in the sentence: its older value
    ("15,000 are in shelters, up from 3,000") or a part of it ("killed 23, including 9 children")."""
    head = anchor.head
    if anchor.dep_ != "pobj":
        return None
    older = head.lower_ == "from" and head.head.lower_ in ("up", "down")
    if not older and head.lower_ != "including":
        return None
    sent = anchor.sent
    same = [f for f in found if sent.start_char <= f.span.start and f.span.end <= anchor.idx]
    return same[-1].kind if same else None


def _number_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    out: list[Figure] = []
    for phrase in find_number_phrases(doc.text):
        tokens = doc.char_span(phrase.core_start, phrase.core_end, alignment_mode="expand")
        if tokens is None or not len(tokens) or _excluded(doc, phrase, tokens):
            continue
        root = _root_of(tokens)
        anchor, noun = _counted(root)
        if noun is not None and noun.i < root.i and noun is not anchor:
            noun = None
        kind = _kind(anchor, noun)
        if kind is None and noun is None:
            kind = _bare_adjective_kind(doc, tokens)
        if kind is None:
            kind = _comparison_kind(anchor, out)
        if kind is None or not _valid_for(kind, noun):
            continue
        qualifier = phrase.qualifier
        if qualifier == "exact" and anchor.dep_ == "dobj":
            # "the toll nears 45" is an estimate; "the toll passed 100" is a lower bound
            qualifier = _TALLY_QUALIFIERS.get(anchor.head.lemma_.lower(), qualifier)
        end = phrase.end
        last = noun if noun is not None and 0 < noun.i - tokens.end + 1 <= MAX_PHRASE_GAP else None
        if last is not None:
            end = max(end, last.idx + len(last.text))
        out.append(_make(doc, ctx, kind, phrase.value, phrase.low, phrase.high, qualifier,
                         phrase.start, end, anchor, noun, ref_year))
    return out


def _single_person_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    """"A worker was killed", "another civilian died", "the death of a soldier": value 1."""
    out: list[Figure] = []
    for tok in doc:
        if tok.tag_ != "NN" or tok.lemma_.lower() not in lex.PEOPLE:
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None)
        if det is None or tok.lemma_.lower() in _GROUP_NOUNS or any(
                c.dep_ in ("nummod", "prep") and (c.dep_ == "nummod" or c.lower_ == "of") for c in tok.children):
            continue
        kind = _kind(tok, tok)
        if kind not in SINGLE_PERSON_KINDS:
            continue
        out.append(_make(doc, ctx, kind, 1.0, None, None, "exact", det.idx, tok.idx + len(tok.text),
                         tok, tok, ref_year))
    return out


@extractor("figures.v1", produces="figures")
def extract_figures(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[Figure, ...]:
    """Every figure the article reports, in text order.

    Args:
        doc: the spaCy analysis of the clean text.
        ctx: the article's id and publication date (the date decides which years are "older").
        prior: unused; figures need no other extractor.

    Returns:
        The figures, each with its phrase's span; numbers without a kind trigger are left out.
    """
    del prior
    if not doc.text.strip():
        return ()
    ref_year = _reference_year(doc, ctx)
    found = _number_figures(doc, ctx, ref_year) + _single_person_figures(doc, ctx, ref_year)
    seen: set[tuple[str, int]] = set()
    unique = []
    for f in sorted(found, key=lambda f: f.span.start):
        key = (f.kind, f.span.start)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return tuple(unique)
