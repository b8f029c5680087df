"""Figures: the kind the clause around a counted nominal gives it.

From the number's nominal, climb conjuncts and appositions to its role in the clause (subject,
object, passive subject, object of a preposition) and ask the governing verb, tally or event noun
what it makes of the count: "29 people were killed", "the toll rose to 50", "the bodies of four
miners", "a plane landed with 40 tonnes". ``figures`` asks this after the counted noun's own
modifiers and before the noun's own kind. A count that is a clause's subject, or that the parser
joined to a verb, is read in ``figures_govern_subject``; forces said to be in a place in
``figures_govern_stationed``; people an evacuation order is for in ``figures_govern_orders``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_deprived import kept_from_home, service_cut
from groundwatch.stages.extract.figures_govern_orders import _order_kind
from groundwatch.stages.extract.figures_govern_stationed import _stationed
from groundwatch.stages.extract.figures_govern_stationed import placed_now as placed_now
from groundwatch.stages.extract.figures_govern_stationed import stationed_noun as stationed_noun
from groundwatch.stages.extract.figures_govern_subject import (
    _RAISING_VERBS,
    _heard,
    _joined_to_verb_kind,
    _searched_for,
    _shared_object_kind,
    _subject_role_kind,
)
from groundwatch.stages.extract.figures_govern_subject import planned as planned
from groundwatch.stages.extract.figures_govern_subject import planned_verb as planned_verb
from groundwatch.stages.extract.figures_govern_subject import sought_people as sought_people
from groundwatch.stages.extract.figures_nominal import nominal_tally_kind
from groundwatch.stages.extract.figures_places import filled_shelter
from groundwatch.stages.extract.figures_syntax import (
    counted_subject_kind,
    event_noun_kind,
    modifier_kind,
    particle_object_kind,
    predicate_kind,
    tally_kind,
    verb_kind,
)
from groundwatch.stages.extract.figures_words import forces_noun, noun_lemma, people_like

#: Nouns that hand their count on to the verb governing them: "a family of five was killed".
GROUP_NOUNS = lexicons.words("figure_words", list="group")
#: Military operations whose "of N troops" counts the forces in them.
_OPERATION_NOUNS = lexicons.words("figure_words", list="operation")
#: Nouns of what became of people, which say they are missing when the clause calls it unknown: "the
#: whereabouts of 17 crew members are unknown", "the fate of 40 migrants remains unclear".
_FATE_NOUNS = lexicons.words("figure_words", list="fate")
#: Qualifier words the parser may make the head of "of N people" ("Upward of 800 people sought shelter").
_QUALIFIER_HEADS = frozenset({"upward", "upwards", "excess", "region", "shy"})
#: Verbs of a carrier reaching a place: what it comes "with" is the delivery.
_LANDING_VERBS = lexicons.words("figure_words", list="landing")

#: Verbs that never take people as their object: a people noun after one, with no subject of its own,
#: is its subject put after it, as machine-translated text does ("In the accident died 5 persons").
_SUBJECT_ONLY_VERBS = lexicons.words("figure_words", list="subject_only")

#: Verbs of suffering an injury: fronted in translated text with the injury as their subject.
_SUFFERING_VERBS = lexicons.words("figure_words", list="suffering")


def _companions_kind(prep: Token, noun: Token | None) -> str | None:
    """"died with nine other passengers", "was killed along with four other crew members": the others
    the subject shared its fate with take the verb's kind. Only people called "other(s)" are companions:
    "clashed with 200 soldiers" and "killed with two rifles" name someone or something else."""
    if prep.lower_ != "with" or noun is None or not (noun.lower_ == "others" or (people_like(noun) and any(
            c.dep_ == "amod" and c.lower_ == "other" for c in noun.children))):
        return None
    verb = prep.head.head if prep.head.lower_ == "along" else prep.head
    if verb.pos_ != "VERB":
        return None
    kind = verb_kind(verb, "passive" if any(c.dep_ == "auxpass" for c in verb.children) else "subject", noun)
    # a fate shared, not a home: "was living in a hostel with three other nurses" counts nobody affected
    return kind if kind != "affected" else None


def _along_with_object_kind(prep: Token, noun: Token | None) -> str | None:
    """"handed in their guns, along with 37 rocket launchers", "delivered flour along with 30 tonnes of medicine":
    things added to a verb's object with "along with" or "together with" are what the verb did to it. People are left to
    ``_companions_kind``: "arrested the leader along with 12 others" and "died along with two crew" differ."""
    if prep.lower_ != "with" or prep.head.lower_ not in ("along", "together") or noun is None or people_like(noun):
        return None
    verb = prep.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb_kind(verb, "object", noun)


def _suffered_fronted(cur: Token, anchor: Token, noun: Token | None) -> bool:
    """Translated word order with a verb of suffering: "Wounds received 38 civilians" (the injuries fronted
    as the subject, the people after the verb) and "Received injuries 9 civilians" (the verb first, the
    people set beside the injuries it takes as object, or a second object, and no subject)."""
    head = cur.head
    if head.lemma_.lower() not in _SUFFERING_VERBS or noun is None or not people_like(noun):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.INJURY_NOUNS and c.i < head.i for c in head.children):
        return True
    # "Received wounds 3 soldiers": the parser may make the people a second object instead
    injured = (cur is not anchor and cur.lemma_.lower() in lex.INJURY_NOUNS) or any(
        c.dep_ == "dobj" and c.i < cur.i and c.lemma_.lower() in lex.INJURY_NOUNS for c in head.children)
    return cur.dep_ == "dobj" and injured and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _among_kind(verb: Token) -> str | None:
    """"among the dead were 12 children", "among those injured are 5 firefighters": the kind of the people
    the count is among."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                kind = event_noun_kind(pobj) or lex.PERSON_KIND_NOUNS.get(pobj.lemma_.lower()) or (
                    modifier_kind(pobj) if pobj.lower_ in ("those", "people") else None)
                if kind is not None:
                    return kind
    return None


def split_among_kind(noun: Token) -> str | None:
    """"Three aid workers were among at least 90 people killed": the parser leaves "among" with no object and
    makes the people the subject of a participle clause of their own; the participle says who they were."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among" or any(True for _ in prep.children):
            continue
        for clause in verb.children:
            people = next((g for g in clause.children if g.dep_ == "nsubj" and g.left_edge.i == prep.i + 1), None)
            if clause.dep_ in ("advcl", "ccomp") and clause.tag_ in ("VBN", "VBD") and people is not None:
                return verb_kind(clause, "passive", people)
    return None


def misparsed_object_of(num: Token) -> Token | None:
    """The verb right before a number the parser hung elsewhere: "rescuers race against time as toll tops
    300", where a headline ends on the count with no full stop and the parser makes it punctuation, or an
    adverb of the main verb. A number is never punctuation, and one straight after a verb is its object."""
    if num.dep_ not in ("punct", "npadvmod") or not num.like_num or num.i == 0:
        return None
    verb = num.doc[num.i - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") or num.head is verb:
        return None
    return verb


def _tally_appos_kind(anchor: Token) -> str | None:
    """ "the dead from the landslide now number 27": the tally's verb read as a noun set beside its subject."""
    if anchor.lower_ == "number" and anchor.dep_ == "appos" and anchor.head.i < anchor.i:
        return counted_subject_kind(anchor.head, True)
    return None


def governed_kind(anchor: Token, noun: Token | None) -> str | None:
    """The kind the syntax around ``anchor`` (the counted nominal) gives it."""
    if (tallied := _tally_appos_kind(anchor)) is not None:
        return tallied
    cur = anchor
    hops = 0
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i and hops < 8:
        joined = _joined_to_verb_kind(cur, noun)
        if joined is not None:
            return joined or None
        cur = cur.head
        hops += 1
    dep, head = cur.dep_, cur.head
    if (ordered := _order_kind(cur, noun)) is not None:
        return ordered
    if dep == "nsubjpass" and head.lemma_.lower() in _RAISING_VERBS and (
            x := next((c for c in head.children if c.dep_ == "xcomp" and any(
                a.dep_ == "auxpass" for a in c.children)), None)) is not None:
        # "12,000 soldiers are expected to be sent": the count is what the planned verb does to it
        return verb_kind(x, "passive", noun) or verb_kind(head, "passive", noun)
    if dep == "nsubjpass":  # "have not been allowed back into their homes": kept from home, displaced
        return "displaced" if kept_from_home(head, noun) else _heard(head, noun) or verb_kind(head, "passive", noun)
    if dep in ("dobj", "obj", "dative") and head.lemma_.lower() in _SUBJECT_ONLY_VERBS and noun is not None and \
            people_like(noun) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return lex.INTRANSITIVE[head.lemma_.lower()]  # "In the accident died 5 persons": the subject after its verb
    if dep in ("dobj", "obj", "dative") and _suffered_fronted(cur, anchor, noun):
        return "injured"
    if dep in ("dobj", "obj", "dative"):
        return verb_kind(head, "object", noun) or _shared_object_kind(head, noun)
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ in lex.ADJECTIVES:
        return lex.ADJECTIVES[head.lower_]  # "left 880 villagers homeless" parsed as a small clause
    if dep == "nsubj" and sought_people(cur, noun):
        return "missing"  # "searched for 40 people believed trapped": "for" read as the mark of a clause
    if dep == "nsubj":
        return _subject_role_kind(head, noun)
    if dep == "attr" and head.dep_ == "auxpass" and head.i > 0 and (fronted := head.doc[head.i - 1]).tag_ == "VBN":
        # "Killed were 14 people", "... and injured were 8": the participle fronted right before its auxiliary
        return verb_kind(fronted, "passive", noun)
    if (dep == "attr" and head.lemma_.lower() == "be") or (dep in ("attr", "acomp") and head.lemma_ == "become"):
        if (among := _among_kind(head)) is not None:
            return among
        if any(c.dep_ == "expl" for c in head.children) and (stationed := _stationed(head, noun)) is not None:
            return stationed  # "there are 3,000 soldiers now in Ostmark": the place hung on "are"
        return tally_kind(head)  # "the toll is 7", "the number of arrested persons has become 7"
    in_total = head.lower_ == "in" and any(c.lower_ in ("total", "all") and c.i == head.i + 1 for c in cur.children)
    if dep == "pobj" and (head.lower_ in ("between", "over", "under", "about", "around", "some") or in_total) and \
            head.head.pos_ in ("VERB", "AUX") and head.i < cur.i:
        # "Between 5 and 7 miners were killed", "In total 3,450 persons lost their homes": the qualifier
        # (or "in total" without its comma) parsed as a preposition
        verb = head.head
        if any(c.dep_ == "auxpass" for c in verb.children):
            return _heard(verb, noun) or verb_kind(verb, "passive", noun)
        return verb_kind(verb, "subject" if head.i < verb.i else "object", noun)
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "average" and noun is not None and \
            head.head.dep_ in ("npadvmod", "appos") and (same := _restated(head.head, noun)) is not None:
        return governed_kind(same, same)  # "96 trucks have crossed, an average of under 10 trucks a day"
    if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in _QUALIFIER_HEADS and head.head.i < head.i:
        return governed_kind(head.head, noun)  # "Upward of 800 people sought shelter": the qualifier as the subject
    if dep == "pobj":
        return _prep_object_kind(head, noun)
    if dep == "quantmod" and head.like_num and head.i > cur.i:
        return governed_kind(head, noun)  # "climbed from 19 to 26": the parser joins the two counts
    if dep == "npadvmod" and head.i < cur.i and head.lemma_.lower() in lex.TRANSITIVE:
        return verb_kind(head, "object", noun)  # "killed three and injured 11": a misparsed object
    if dep == "npadvmod" and head.i < cur.i and head.lemma_.lower() in lex.TALLY_VERBS:
        return tally_kind(head)  # headline "Quake toll hits 1200": the object read as an adverb
    if (before := misparsed_object_of(cur)) is not None:  # "... as toll tops 300", the parse's punctuation
        return tally_kind(before) if before.lemma_.lower() in lex.TALLY_VERBS else verb_kind(before, "object", noun)
    if dep == "compound" and head.lemma_.lower() in lex.CAPTIVITY_NOUNS and head.head.lemma_.lower() in (
            "take", "hold", "keep"):
        return "detained"  # "are holding 23 aid workers hostage": the captives parsed as the noun's modifier
    if dep in ("nummod", "npadvmod") and head.lower_ == "more" and head.dep_ == "advmod" and \
            head.head.pos_ == "VERB" and head.head.i < cur.i and head.head.lemma_.lower() in lex.TRANSITIVE:
        return verb_kind(head.head, "object", noun)  # "killed 31 and injured 90 more": "more" read as an adverb
    if dep == "nummod" and cur.i > 0 and (verb := cur.doc[cur.i - 1]).pos_ == "VERB" and \
            verb.lemma_.lower() in lex.TRANSITIVE and cur.head.i > cur.i:
        return verb_kind(verb, "object", noun)  # "kills 3, twelve others are injured": the verb's own count
    if dep == "ROOT" or dep in ("npadvmod", "appos"):
        return predicate_kind(cur) if cur.pos_ in ("VERB", "AUX") else None
    return None


#: How many heads up from a rate noun its clause's verb may lie: the parser may set "an average of ..." beside
#: the place before it ("crossed at the bridge, an average of ..."), a preposition and its object. Not tuned.
_RATE_VERB_REACH = 3


def _restated(average: Token, noun: Token) -> Token | None:
    """The count of the clause that a rate set beside it restates: "96 trucks have crossed at the bridge, an
    average of 10 trucks a day" (the same noun as the clause verb's subject or object)."""
    verb = average.head
    for _ in range(_RATE_VERB_REACH):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < noun.i
                 and c.lemma_.lower() == noun.lemma_.lower()), None)


def _unknown(subject: Token) -> bool:
    """The clause says its subject is not known: "are (still) unknown", "remains unclear", "is not known"."""
    verb = subject.head
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() == "know":
        return any(c.dep_ == "neg" for c in verb.children)  # "are not known"
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in ("be", "remain"):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in ("unknown", "unclear"):
            return True
        if c.dep_ == "acomp" and c.lower_ == "known" and any(g.dep_ == "neg" for g in (*verb.children, *c.children)):
            return True
    return False


#: Nouns of translated copy's "in the quantity (amount) of N", which counts what the phrase it hangs on names.
_AMOUNT_NOUNS = frozenset({"quantity", "amount"})  # and "number" with no article: "the population in number of N"
#: Carriers of a delivery said as its passive's agent: "was delivered by 9 trucks" (helicopters carry people too).
_AGENT_CARRIERS = frozenset({"truck", "lorry", "convoy", "truckload", "tanker"})


def _delivered_by(verb: Token, noun: Token | None) -> bool:
    """A passive verb of delivery whose subject is no people, with road carriers as its agent."""
    return noun is not None and noun.lemma_.lower() in _AGENT_CARRIERS and verb.lemma_.lower() in lex.AID_VERBS and \
        any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "nsubjpass" and people_like(c) for c in verb.children)


def _prep_object_kind(prep: Token, noun: Token | None) -> str | None:
    """The kind a number takes from the preposition it is the object of: "rose to 50", "the bodies of
    four miners", "a plane landed with 40 tonnes"."""
    phead = prep.head
    plow = prep.lower_
    particle = particle_object_kind(prep, noun)
    if particle is not None:
        return particle
    if plow == "with" and (companions := _companions_kind(prep, noun) or _along_with_object_kind(prep, noun)):
        return companions
    if plow == "like" and phead.lower_ == "something" and phead.i == prep.i - 1:
        return governed_kind(phead, noun)  # "something like 2,000 people had fled": the hedge as the subject
    if plow == "as" and phead.lower_ == "high" and phead.head.pos_ in ("VERB", "AUX"):
        return tally_kind(phead.head)  # "put the toll as high as 150": the bound hung on the setter
    if plow == "with" and noun is not None and people_like(noun) and filled_shelter(phead, noun):
        return "displaced"  # "the camp is packed with 9,500 people"
    if plow == "of" and (phead.lemma_.lower() in _AMOUNT_NOUNS or (phead.lower_ == "number" and not any(
            c.dep_ == "det" for c in phead.children))) and phead.dep_ == "pobj" and phead.head.lower_ == "in":
        # translated "sent a group in the quantity of 350 servicemen": the count stands where the phrase hangs
        where = phead.head.head
        return verb_kind(where, "object", noun) if where.pos_ == "VERB" else governed_kind(where, noun)
    if plow == "by" and _delivered_by(phead, noun):
        return "aid"  # "the cargo was delivered to X by 9 trucks": the carriers of a delivery
    if plow == "to" and phead.lemma_.lower() == "attend" and phead.pos_ == "VERB":
        return "injured"  # "medics attended to 70 people"
    if plow == "for" and _searched_for(phead, noun):
        return "missing"  # "the coastguard is searching for 17 fishermen"; not "for three suspects"
    if plow == "to" and service_cut(phead, noun):
        return "affected"  # "cut mains water to 1.2m people", "gas supplies to 80,000 households were cut"
    if plow in ("to", "on") and _injury_dealt(phead):
        return "injured"  # "caused injuries to a nurse and a farmer", "inflicted wounds on 12 people"
    if plow == "of" and phead.lemma_.lower() == "custody" and phead.head.lemma_.lower() in ("take", "have", "assume"):
        return "detained"  # "soldiers took custody of five men"
    if plow == "of" and phead.pos_ in ("NOUN", "PROPN"):
        kind = event_noun_kind(phead)
        if kind is not None:
            return kind
        if phead.lemma_.lower() in lex.ARRIVAL_NOUNS and noun is not None:
            return _arriving_kind(noun)  # "the arrival of 20 trucks"
        if phead.lemma_.lower() in _OPERATION_NOUNS and noun is not None and forces_noun(noun):
            return "forces"  # "a maneuver of more than 5,000 troops", "the deployment of 300 marines"
        # "a convoy of 20 trucks delivered...", "a group of 30 people were arrested"
        if phead.lemma_.lower() in GROUP_NOUNS:
            return governed_kind(phead, noun)
        if phead.lemma_.lower() in lex.REMAINS_NOUNS:
            return "killed"  # "the bodies of four miners were recovered"
        if phead.lemma_.lower() in _FATE_NOUNS and noun is not None and people_like(noun) and _unknown(phead):
            return "missing"  # "the whereabouts of 17 crew members are still unknown"
        if phead.lemma_.lower() in lex.LIFE_NOUNS and phead.head.lemma_.lower() in lex.LIFE_VERBS:
            return "killed"  # "the fire claimed the lives of 14 people"
        return None
    if plow == "in" and phead.lemma_.lower() == "number" and phead.pos_ == "VERB" and (
            subj := next((c for c in phead.children if c.dep_ == "nsubj"), None)) is not None:
        return counted_subject_kind(subj, True)  # "the dead numbered in the dozens"
    if plow in ("to", "at", "past", "above", "beyond", "over", "from", "by") and phead.pos_ in ("VERB", "AUX"):
        kind = tally_kind(phead)
        if kind is None and plow in ("to", "at") and phead.dep_ == "acl" and phead.i == phead.head.i + 1:
            kind = event_noun_kind(phead.head)  # "raising the number detained to 460"
        if kind is None and plow in ("to", "at") and phead.dep_ in ("pobj", "pcomp") and \
                phead.head.lower_ == "of" and phead.head.head.pos_ == "NOUN":
            kind = event_noun_kind(phead.head.head)  # "put the number of displaced at 22,000"
        if kind is None and plow in ("to", "at"):
            kind = nominal_tally_kind(phead)  # "the number of confirmed dead stands at 31"
        return kind
    if plow in ("to", "at") and phead.lower_ in ("down", "up") and phead.head.pos_ in ("VERB", "AUX"):
        return tally_kind(phead.head)  # "revised the toll down to 60"
    if plow == "to" and phead.lower_ == "from" and phead.head.pos_ in ("VERB", "AUX"):
        return tally_kind(phead.head)  # "the toll went up from 33 to 48"
    if plow == "to" and phead.like_num and phead.dep_ == "pobj" and phead.head.lower_ == "by" and \
            phead.head.head.pos_ in ("VERB", "AUX"):
        return tally_kind(phead.head.head)  # "the toll rose by 12 to 140": the total hung on the change
    if plow == "with" and noun is not None and forces_noun(noun):
        return "forces"
    if plow == "with" and noun is not None and noun_lemma(noun) in lex.WEAPON_NOUNS and \
            noun_lemma(phead) in lex.WEAPON_NOUNS and phead.pos_ == "NOUN":
        return governed_kind(phead, phead)  # "seized 17 magazines with some 400 rounds": what they hold
    if plow == "with" and noun is not None and noun.lemma_.lower() in lex.AID_UNITS and \
            phead.lemma_.lower() in lex.AID_UNITS and phead.pos_ == "NOUN":
        return governed_kind(phead, phead)  # "three convoys, with 48 trucks, entered the town"
    if plow == "with" and noun is not None and noun.lemma_.lower() in lex.AID_UNITS and \
            phead.lemma_.lower() in _LANDING_VERBS:
        return "aid"  # "a plane landed with 40 tonnes of tents"
    if plow == "with" and noun is not None and noun.lemma_.lower() in lex.AID_UNITS and phead.pos_ == "VERB" and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in lex.CONVOY_NOUNS for c in phead.children):
        return "aid"  # "sent a convoy with 80 tonnes of supplies": the convoy's load hung on the verb
    return None


#: Verbs that deal injuries to someone: "caused injuries to", "inflicted wounds on".
_DEALING_VERBS = lexicons.words("figure_words", list="dealing")


def _injury_dealt(head: Token) -> bool:
    """The head of "to"/"on" is an injury dealt: "injuries to two guards", "caused injuries to a nurse"."""
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in lex.INJURY_NOUNS
    return head.pos_ == "VERB" and head.lemma_.lower() in _DEALING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.INJURY_NOUNS for c in head.children)


def _arriving_kind(noun: Token) -> str | None:
    nl = noun_lemma(noun)
    if nl in lex.AID_UNITS:
        return "aid"
    return "forces" if nl in lex.FORCES_NOUNS else None


#: Bodies of armed men whose strength may be said before them: "a 1,200-strong battalion".
_FORCE_UNITS = lexicons.words("figure_words", list="force_unit")


def strength_kind(tokens: Span) -> str | None:
    """"a 1,200-strong battalion was sent", "the 5,000-strong peacekeeping force in X": the number is the
    unit's strength, so it counts forces; "a 40-strong crowd" counts nobody the schema knows."""
    doc = tokens.doc
    if tokens.end + 1 >= len(doc) or doc[tokens.end].text not in ("-", "–") or doc[tokens.end + 1].lower_ != "strong":
        return None
    unit = doc[tokens.end + 1].head
    if unit.i <= tokens.end + 1 or unit.lemma_.lower() not in _FORCE_UNITS:
        return None
    # only a unit sent, deployed or stationed somewhere counts now: "the 2,500-strong garrison was founded
    # in 1951" tells its history
    deployed = (unit.dep_ in ("nsubjpass", "dobj") and unit.head.lemma_.lower() in lex.FORCES_VERBS) or (
        unit.dep_ == "nsubj" and unit.head.lemma_.lower() in lex.FORCES_SUBJECT_VERBS)  # "moved into X"
    return "forces" if deployed or governed_kind(unit, unit) == "forces" or stationed_noun(unit) else None
