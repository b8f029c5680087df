"""Figures: the kind of a counted number, from the words that govern it and the noun it counts.

``count_kind`` decides what a number phrase counts (killed, detained, aid...) from its anchor token and
counted noun: who the people were and what became of them ("two injured patients died": killed), people
moved by order, suspects held or not, and the bodies of the dead; ``valid_for`` checks that the counted
noun fits the kind (people for people's kinds, aid units, forces and weapons nouns). Split out of
``figures`` with no change of behaviour.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_bodies_after import bodies_told_after
from groundwatch.stages.extract.figures_classed import classed_kind
from groundwatch.stages.extract.figures_deprived import came_back
from groundwatch.stages.extract.figures_euphemisms import HONOURED_DEAD
from groundwatch.stages.extract.figures_exclude import found_innocent
from groundwatch.stages.extract.figures_fronted import fronted_fate
from groundwatch.stages.extract.figures_govern import governed_kind, stationed_noun
from groundwatch.stages.extract.figures_obliged import obliged_to_leave
from groundwatch.stages.extract.figures_occupants import home_to_kind
from groundwatch.stages.extract.figures_own_predicate import own_predicate_kind
from groundwatch.stages.extract.figures_places import noun_place_kind, place_kind
from groundwatch.stages.extract.figures_scope import clause_of
from groundwatch.stages.extract.figures_second_count import second_count_kind
from groundwatch.stages.extract.figures_syntax import modifier_kind
from groundwatch.stages.extract.figures_transport import aid_setting_off, left_by_transport, moved_by_transport
from groundwatch.stages.extract.figures_words import (
    UNDOING_VERBS,
    aid_carrier,
    fatal_injury,
    forces_noun,
    negated,
    people_like,
    thing_lemma,
)

PEOPLE_KINDS = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected"})

#: Kinds of people moved or reached; counted in bodies they are the dead.
_MOVED_KINDS = frozenset({"evacuated", "displaced", "affected"})

#: Kinds a modifier gives that say who the people were, and the fates of the governing verb that
#: override each: the injured or missing who died are dead; people fleeing, moved or trapped who
#: died, were hurt or went missing are counted by what became of them.
_FATES: dict[str, frozenset[str]] = {
    "injured": frozenset({"killed"}), "missing": frozenset({"killed"}),
    **{k: frozenset({"killed", "injured", "missing"}) for k in ("displaced", "evacuated", "affected")},
}
_WHO_THEY_WERE = frozenset(_FATES)

#: Verbs that move people out by order: a count of them is displaced only when they are sent from
#: their homes or are the area's people ("expelled from their villages", "deported 900 villagers");
#: "expelled four diplomats" and "six foreigners were deported" move nobody from a crisis.
_EXPELLING_VERBS = lexicons.words("figure_words", list="expelling")
_HOME_NOUNS = lexicons.words("figure_words", list="home")
#: Verbs of a service getting to people ("vaccinators reached 9,000 people in the camps"): their object is the
#: service's coverage, so where those people are ("in the camps") does not make them the displaced.
_SERVING_VERBS = frozenset({"reach", "vaccinate", "immunise", "immunize", "screen", "serve"})
_RESIDENT_NOUNS = lexicons.words("figure_words", list="resident")


def count_kind(anchor: Token, noun: Token | None) -> str | None:
    if noun is not None:
        stolen, own = own_predicate_kind(noun)
        if stolen:
            return own  # "Nine sailors who sailed before the gale are missing": the count's own predicate
    kind = _kind_of(anchor, noun)
    if kind is None and noun is not None and people_like(noun):
        kind = fronted_fate(anchor)  # "Found dead the two divers": the fate said before the people
    if kind is None and noun is not None and people_like(noun):
        kind = classed_kind(noun)  # "the 5,000 people the ministry counts as evacuated"
    if kind in (None, "missing", "affected") and noun is not None and people_like(noun) and bodies_told_after(noun):
        return "killed"  # "two anglers went missing; their bodies were found on Friday"
    if kind in (None, "displaced", "affected") and noun is not None and people_like(noun) and obliged_to_leave(anchor):
        return "evacuated"  # "2,000 villagers must now leave": told to go, not gone yet
    if kind is not None and (second := second_count_kind(anchor, noun)) is not None:
        return second  # "toll rises to 44, 302 persons admitted in hospitals": the count after the comma's own
    if kind in (None, "displaced") and left_by_transport(anchor, noun):
        return "evacuated"  # "the first 240 residents left Tamsk on nine buses"
    if kind in (None, "displaced", "affected") and moved_by_transport(anchor, noun):
        return "evacuated"  # "300 stranded guests were taken to Harl on buses": moved, whatever their state
    if kind in (None, "displaced") and aid_setting_off(anchor, noun):
        return "aid"  # "nine lorries left for the camps": road carriers are no people leaving
    verb = anchor.head
    if kind == "displaced" and verb.lemma_.lower() in _EXPELLING_VERBS and anchor.dep_ in ("dobj", "nsubjpass"):
        from_home = any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() in _HOME_NOUNS for g in c.children) for c in verb.children)
        if not from_home and (noun is None or noun.lemma_.lower() not in _RESIDENT_NOUNS):
            return None
    return kind


def _staying_kind(noun: Token) -> str | None:
    """"There are 4,000 people sleeping in the open", "families living in tents": a gerund of staying after the
    counted noun says where the people are, and the place says what they are (as for "are living in tents")."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i and c.lemma_.lower() in lex.STAY_VERBS and (
                kind := place_kind(c, "subject")) is not None:
            return kind
    return None


#: Verbs by which captives end their own captivity: "Twelve of the 40 hostages escaped" are held no more.
_BREAKOUT_VERBS = frozenset({"escape", "flee"})


def _broke_out(anchor: Token, noun: Token) -> bool:
    """A part of a count of held people is the subject of a verb of escape: it is no longer held."""
    held = modifier_kind(noun) or lex.PERSON_KIND_NOUNS.get(noun.lemma_.lower())
    return anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in _BREAKOUT_VERBS and held == "detained"


#: Groups formed to do a job (figure_words.tsv, list "working_group"): "a team of 40 young refugees walked through
#: the camp with lists" counts helpers, named by who they are, not people the event displaced or hurt.
_WORKING_GROUPS = lexicons.words("figure_words", list="working_group")


def _helpers(anchor: Token, noun: Token | None) -> bool:
    """The count is a working group's members ("a crew of 12 displaced fishermen rebuilt the jetty") and the
    verb the group does gives no kind of its own ("a team of five aid workers was killed" keeps its kind)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    group = noun.head.head
    return group.lemma_.lower() in _WORKING_GROUPS and governed_kind(anchor, noun) is None


#: Units people are counted in besides persons: a kind said on one is the kind of its people in brackets.
_HOUSEHOLD_UNITS = frozenset({"household", "family", "hh"})


def _unit_kind(unit: Token) -> str | None:
    return modifier_kind(unit) if unit.lemma_.lower() in _HOUSEHOLD_UNITS else None


#: Kinds of people counted by having left their homes, whose return makes them returnees.
_AWAY_KINDS = frozenset({"displaced", "evacuated"})


def _returnees(noun: Token) -> bool:
    """People counted by having left their homes ("displaced people", "refugees") who came back."""
    return came_back(noun) and (
        modifier_kind(noun) in _AWAY_KINDS or lex.PERSON_KIND_NOUNS.get(noun.lemma_.lower()) in _AWAY_KINDS)


def _kind_of(anchor: Token, noun: Token | None) -> str | None:
    if _helpers(anchor, noun):
        return None
    if noun is not None and _returnees(noun):
        return None  # "12,000 displaced people have returned to their villages": returnees, displaced no more
    if noun is not None and noun.i > anchor.i and noun.head.head.i == anchor.i and anchor.dep_ in (
            "nsubj", "nsubjpass", "dobj") and (anchor.head.lemma_.lower() in UNDOING_VERBS or _broke_out(anchor, noun)):
        return None  # "3 of the 8 people arrested had been released", "freed two of the six": held no more
    if noun is not None:
        kind = modifier_kind(noun) or _staying_kind(noun)
        if kind is not None and kind != lex.COUNTED_EVENT_NOUNS.get(noun.lemma_.lower(), kind):
            # "260 injuries and 7 persons missing": a counted event is itself, the participle the next item's
            kind = None
        fate = (governed_kind(anchor, noun) or fronted_fate(anchor)) if kind in _WHO_THEY_WERE and \
            not _elided_predicate(noun) else None
        if fate in _FATES.get(kind or "", ()):
            # "two more injured patients died", "nine migrants fleeing the war drowned": who they were,
            # then what became of them
            return fate
        if kind == "missing" and _found_again(noun, anchor):
            return None  # "two hikers who had gone missing were found alive": missing no more, and no other kind
        if kind == "detained" and _no_longer_held(noun):
            return None  # "four aid workers seized in the raid are no longer held": seized once, free now
        if kind == "affected" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            # "evacuated 1,300 tourists stranded on the point": the state they were in, then what was done
            # to them; "rescued 16 miners trapped underground" ends the state and counts nobody
            if noun.head.lemma_.lower() in UNDOING_VERBS:
                return None
            kind = governed_kind(anchor, noun) or kind
        if kind is not None:
            return kind
    if anchor is not noun and not _foreign_adjective(anchor):
        kind = modifier_kind(anchor)
        if kind is not None:
            return kind
    if noun is not None and noun is anchor and noun.lemma_.lower() in lex.COUNTED_EVENT_NOUNS and \
            anchor.dep_ in ("nsubj", "nsubjpass"):
        # "3 deaths, 41 injured and 6 missing were recorded": a counted death is a death, whatever
        # predicate the parser hangs the list's first item on
        return lex.COUNTED_EVENT_NOUNS[noun.lemma_.lower()]
    if noun is not None and noun.lemma_.lower() in HONOURED_DEAD:
        # "9 martyrs and 20 wounded": only the dead are called so, whatever predicate the parser hangs the
        # list's first item on
        return "killed"
    kind = governed_kind(anchor, noun)
    if kind == "detained" and noun is not None and _freed_since(noun):
        return None  # "arrested with three other men who were later released": taken, then freed
    if kind == "missing" and _subject_found(anchor):
        return None  # "Seven of the 10 children reported missing ... have been reunited": found, missing no more
    if kind in _MOVED_KINDS | {"injured"} and noun is not None and noun.lemma_.lower() in lex.REMAINS_NOUNS:
        return "killed"  # "rescuers pulled out four more bodies", "carried 14 bodies to the hospital": the dead
    if kind is not None:
        return kind
    if anchor.head.lemma_.lower() in UNDOING_VERBS:
        return None
    if noun is not None and noun.dep_ == "conj" and noun.i + 1 < len(noun.doc) and (
            after := noun.doc[noun.i + 1]).dep_ == "advcl" and after.lower_ in lex.ADJECTIVES:
        return lex.ADJECTIVES[after.lower_]  # "... and 40 others hurt in the crash": its own elided predicate
    if anchor.dep_ == "appos" and noun is anchor and noun.lemma_.lower() in lex.PEOPLE and (
            own := lex.PERSON_KIND_NOUNS.get(anchor.head.lemma_.lower()) or _unit_kind(anchor.head)) is not None:
        return own  # "14,200 IDPs (2,840 HH)": the same people in households; "displaced households (24,600 people)"
    if noun is None and anchor.dep_ == "appos" and anchor.i > 0 and anchor.doc[anchor.i - 1].text == "(" and (
            own := lex.COUNTED_EVENT_NOUNS.get(anchor.head.lemma_.lower())) is not None:
        return own  # "reported the most deaths (19)": the count in brackets after what it counts
    if noun is not None:
        own = ("killed" if fatal_injury(noun) else None) or lex.PERSON_KIND_NOUNS.get(
            noun.lemma_.lower()) or lex.COUNTED_EVENT_NOUNS.get(noun.lemma_.lower())
        if own is not None:
            return own  # "50 refugees", "confirmed 31 deaths", "made 120 arrests"
        if noun.lower_ in ("dead", "injured", "wounded", "missing"):
            return lex.ADJECTIVES[noun.lower_]
        if noun.lemma_.lower() in lex.CAPTIVITY_NOUNS and anchor.dep_ in ("dobj", "nsubjpass") and \
                anchor.head.lemma_.lower() in lex.TAKING_VERBS:
            return "detained"  # "1,900 captives were taken at the border"
        if noun.lemma_.lower() in lex.SUSPECT_NOUNS and not _at_large(clause_of(anchor)) and not _not_held(noun):
            return "detained"  # "12 suspects were questioned"; "police hunt three suspects" holds none
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SERVING_VERBS:
            return None  # "teams have reached 9,000 people in the camps": those a service reached, not who they are
        return noun_place_kind(noun) or home_to_kind(noun) or ("forces" if stationed_noun(noun) else None)
    return None


#: Verbs that end a disappearance when the missing are their passive subject: "were found", "have been located".
_REFOUND_VERBS = lexicons.words("figure_words", list="refound")
#: Verbs of holding people: negated with the taken as their passive subject, nobody is held now.
_HELD_VERBS = lexicons.words("figure_words", list="held")


#: How many clause links (a reduced clause as subject, a participle on the noun) may lie between a count's
#: "reported missing" and the passive verb of finding it is the subject of; two covers "[N of the M reported
#: missing] [were found]" and a participle under it. General English, not tuned on a set.
_FOUND_REACH = 3


def _subject_found(anchor: Token) -> bool:
    """A count whose "reported missing" the parser made a reduced clause under the subject of a verb of finding:
    "Seven of the 10 pupils reported missing on the night of the flood have been reunited with their parents",
    read as "[Seven ... reported missing] have been reunited". The found are missing no more."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    cur = anchor.head
    for _ in range(_FOUND_REACH):
        if cur.dep_ not in ("csubj", "csubjpass", "acl", "relcl") or cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _REFOUND_VERBS and any(c.dep_ == "auxpass" for c in cur.children) and not negated(cur):
            return True
    return False


def _found_again(noun: Token, anchor: Token) -> bool:
    """The missing the clause says were found (alive: "found dead" is a fate the caller reads first), also
    a part of them ("Eleven of the missing fishermen have been found"; in "Nine of the 33 missing miners
    have been found" the 33 were missing all the same)."""
    reduced = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _REFOUND_VERBS for c in noun.children)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == anchor.i:
        if reduced:
            return True  # "8 of 14 missing pupils reunited with their parents": the part is the found
        noun = anchor
    if reduced and noun.dep_ == "ROOT":
        return True  # a headline with no verb over the noun: "Three missing hikers located near the ridge"
    verb = noun.head
    if verb.lemma_.lower() not in _REFOUND_VERBS or negated(verb):
        return False
    # a headline's passive without its auxiliary ("Last two missing hikers traced"): these verbs take an object,
    # so a subject with none is what was found
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children))


def _no_longer_held(noun: Token) -> bool:
    """People taken once (a modifier says so) that the clause says are not held: "are no longer held"."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and negated(verb) and (
        verb.lemma_.lower() in _HELD_VERBS or lex.TRANSITIVE.get(verb.lemma_.lower()) == "detained")


#: Subjects of a relative clause that stand for the whole noun ("men who were released"); a partitive subject
#: ("of whom two were released") frees only a part.
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _freed_since(noun: Token) -> bool:
    """People a verb of taking counts whose own relative clause or participle says they were freed since: "was
    arrested with three other men who were later released", "held along with four aides freed on Monday"."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in UNDOING_VERBS and not negated(c)
               and not any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in _RELATIVE_PRONOUNS for s in c.children)
               for c in noun.children)  # "three men, of whom two were released": only a part was freed


def _elided_predicate(noun: Token) -> bool:
    """"40 were shot dead and 200 others wounded", "11 workers trapped, 2 dead": the
    participle after the count is its own predicate, its auxiliary left out, not a state the other
    count's verb overrides. A passive verb takes no object, so an "object" with such a participle is
    a second clause; a participle right before a comma ends a list item."""
    doc = noun.doc
    for c in noun.children:
        if c.dep_ != "acl" or c.i <= noun.i or c.tag_ not in ("VBN", "VBD"):
            continue
        if c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",":
            return True
        if noun.dep_ == "dobj" and any(x.dep_ in ("nsubjpass", "auxpass") for x in noun.head.children):
            return True
        if noun.dep_ == "conj" and noun.lower_ in ("others", "more") and not people_like(noun.head):
            return True  # "Nine were killed on Friday night and 40 others hurt": joined to the time by the parser
        if noun.dep_ == "dobj" and noun.lower_ in ("others", "more") and any(
                x.dep_ == "dobj" and x.i < noun.i for x in noun.head.children):
            return True  # headline "... kills 9, 17 others injured": the verb's own count came first
        if noun.dep_ == "appos" and noun.lower_ in ("others", "more"):
            return True  # "14 herders have been killed in Harl and more than 60 others wounded": beside the 1st count
    return False


def _foreign_adjective(anchor: Token) -> bool:
    """"60 Missing, 12 Rescued": an adjective right after another number is that number's, whatever
    the parser hangs it on."""
    doc = anchor.doc
    return anchor.like_num and any(c.dep_ == "amod" and c.i < anchor.i and c.i > 0 and doc[c.i - 1].like_num
                                   for c in anchor.children)


def _at_large(clause: Token) -> bool:
    """"Police hunt three suspects", "two suspects fled", "three remain at large": nobody is held."""
    if clause.lemma_.lower() in lex.SEARCH_VERBS:
        return True
    return any(c.dep_ == "prep" and ((c.lower_ == "at" and any(g.lower_ == "large" for g in c.children))
                                     or (c.lower_ == "on" and any(g.lower_ == "run" for g in c.children)))
               for c in clause.children)

#: Conjunctions that make a clause a supposition: "if a suspect is found" holds nobody yet.
_SUPPOSING = frozenset({"if", "unless", "until", "once"})

#: Verbs that end a suspect's being held or show they never were: "a suspect who was cleared".
_CLEARING_VERBS = lexicons.words("figure_words", list="clearing")


def _not_held(noun: Token) -> bool:
    """"X is a suspect in the attacks", "if a suspect is found", "nine suspects were indicted yet
    never arrested", "a suspect who was cleared": a suspect said to exist, supposed, not caught or
    cleared is nobody held."""
    if noun.dep_ == "attr":
        return True
    clause = clause_of(noun)
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in clause.children):
        return True
    if any(lex.TRANSITIVE.get(v.lemma_.lower()) == "detained" and negated(v) for v in (clause, *clause.conjuncts)):
        return True
    return any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in _CLEARING_VERBS or found_innocent(c))
               for c in noun.children)


#: Nouns of a people living somewhere as a body: their size is a population ("the diaspora").
_COMMUNITY_NOUNS = lexicons.words("figure_words", list="community")


def valid_for(kind: str, noun: Token | None) -> bool:
    if noun is None:
        return kind in PEOPLE_KINDS
    nl = noun.lemma_.lower()
    if nl in lex.PERPETRATOR_NOUNS and kind in ("displaced", "evacuated", "affected"):
        return False  # "searching for four suspects who fled": on the run, not displaced
    if kind == "affected" and (nl in _COMMUNITY_NOUNS or (
            noun.dep_ == "appos" and noun.head.lemma_.lower() in _COMMUNITY_NOUNS)):
        return False  # "the diaspora, some 200,000 people, lives in X": a population, not people affected
    if kind in PEOPLE_KINDS:
        return people_like(noun) or nl in lex.PERSON_KIND_NOUNS or nl in lex.LIFE_NOUNS or noun.lower_ in (
            "dead", "injured", "wounded", "hurt", "missing") or lex.COUNTED_EVENT_NOUNS.get(nl) == kind or (
            kind == "killed" and fatal_injury(noun))
    if kind == "aid":
        return (thing_lemma(noun) in lex.AID_UNITS or aid_carrier(noun)) and not _carried_by_one(noun)
    if kind == "forces":
        return forces_noun(noun)
    if kind == "weapons":
        return thing_lemma(noun) in lex.WEAPON_NOUNS or nl in lex.VEHICLE_NOUNS
    return False


def _carried_by_one(noun: Token) -> bool:
    """"She carried two bags up the hill": one person's own load is not a delivery of aid."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she", "i") or c.ent_type_ == "PERSON")
               for c in verb.children)
