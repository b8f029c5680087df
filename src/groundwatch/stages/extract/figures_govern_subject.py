"""Figures: the kind a clause gives a count that is its subject, or that the parser joined to a verb.

A verb's subject ("30 protesters remain detained", "1,200 sailors are to join the patrol"), the subject of a
reporting verb's passive handed on to its infinitive ("are thought to have lost their homes"), people a
search is for, a subject restated after "or", the last of a list of objects, an object shared by two
joined verbs ("arrested and beat four students"), and the plans "be" makes ("are due to be sent").
``figures_govern`` asks these from ``governed_kind``. Moved out of ``figures_govern`` (which had reached
the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_deprived import kept_from_home
from groundwatch.stages.extract.figures_govern_stationed import _BEING_VERBS, _stationed
from groundwatch.stages.extract.figures_syntax import verb_kind
from groundwatch.stages.extract.figures_words import people_like

#: Verbs whose passive subject is the one a later, planned verb acts on: "are expected to be sent".
_RAISING_VERBS = lexicons.words("figure_words", list="raising")
#: Reporting verbs whose passive hands its subject to an infinitive ("are thought to have lost their homes").
_HEARSAY_VERBS = lexicons.words("figure_words", list="hearsay")


def _heard(verb: Token, noun: Token | None) -> str | None:
    """"300 families are thought to have lost their homes": a reporting verb's passive hands its subject to an
    active infinitive, whose own subject role says what became of them."""
    if verb.lemma_.lower() not in _HEARSAY_VERBS:
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(
        a.dep_ == "auxpass" for a in c.children)), None)
    return None if x is None else verb_kind(x, "subject", noun)


def _searched_for(people: Token, noun: Token | None) -> bool:
    """People a search is for: the coastguard's "17 fishermen", not "three suspects" (they are hunted)."""
    return noun is not None and people_like(noun) and noun.lemma_.lower() not in lex.PERPETRATOR_NOUNS and \
        people.lemma_.lower() == "search"


def sought_people(cur: Token, noun: Token | None) -> bool:
    """"searched for 40 people believed trapped under the rubble", "for 60 residents feared buried": the
    parser reads "for" as the mark of a clause whose subject is the count and whose verb is the hedge; the
    count is still what the search is for, and people searched for are missing whatever state the hedge
    guesses (the participle is a guess at where they are, not what became of them)."""
    clause = cur.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for" and c.i < cur.i), None)
    return mark is not None and clause.dep_ in ("advcl", "ccomp", "dep", "xcomp") and \
        _searched_for(clause.head, noun)


def _subject_role_kind(verb: Token, noun: Token | None) -> str | None:
    """The kind a verb gives its subject; "1,200 sailors are to join the patrol", "700 gendarmes are due to be
    sent": what the planned verb does to it."""
    if kept_from_home(verb, noun):
        return "displaced"  # "still cannot return to their homes", "have not been able to go home"
    if verb.dep_ == "auxpass" and verb.head.tag_ == "VBN" and verb.head.i > verb.i:
        return verb_kind(verb.head, "passive", noun)  # "30 protesters remain detained": the subject on the auxiliary
    plan = planned_verb(verb)
    if plan is not None:
        role = "passive" if any(c.dep_ == "auxpass" for c in plan.children) else "subject"
        return verb_kind(plan, role, noun) or verb_kind(verb, "subject", noun)
    state = next((c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd") and c.tag_ == "VBN"), None)
    if state is not None and verb.lemma_.lower() in _BEING_VERBS and (
            done := verb_kind(state, "passive", noun)) is not None:
        return done  # "40 protesters remain held without charge": a state verb's participle says what was done to them
    return verb_kind(verb, "subject", noun) or _stationed(verb, noun)


def _joined_to_verb_kind(cur: Token, noun: Token | None) -> str | None:
    """The kind of a counted noun the parser joined to a verb ("" when it is one but the verb gives no kind;
    None when it is not one): a subject restated after "or", or the last of a list of objects."""
    if cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and cur.head.pos_ == "VERB" and \
            cur.i > 1 and cur.doc[cur.left_edge.i - 1].lower_ == "or":
        # "1,400 households have been displaced, or roughly 7,000 people": the subject restated
        verb = cur.head
        return verb_kind(verb, "passive" if any(c.dep_ == "auxpass" for c in verb.children) else "subject",
                         noun) or ""
    if _listed_after_object(cur):
        return verb_kind(cur.head, "object", noun) or ""  # "arrested six members, two reporters, and 28 others"
    return None


def _listed_after_object(tok: Token) -> bool:
    """A counted noun the parser joined to a verb, after that verb's (or its joined verb's) own object: the
    last item of a list of objects ("..., two reporters, and 28 other people")."""
    verb = tok.head
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or not people_like(tok):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i < tok.i for v in (verb, *verb.conjuncts) for c in v.children)


#: Adjectives of a plan between "be" and its "to" verb: "are due to be sent", "are set to join".
_PLANNED_ADJECTIVES = lexicons.words("figure_words", list="planned")


def planned_verb(verb: Token) -> Token | None:
    """The verb "be" plans: "are to join", "are to be part of", "are due to be sent" (None if it plans none)."""
    if verb.lemma_.lower() != "be":
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _PLANNED_ADJECTIVES)]
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return c
    return None


def planned(clause: Token) -> bool:
    """A clause that plans what it tells: "are to join", "are set to be deployed", "plans to deploy"."""
    if planned_verb(clause) is not None:
        return True
    if clause.lemma_.lower() in _RAISING_VERBS and any(c.dep_ == "xcomp" for c in clause.children):
        return True
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _RAISING_VERBS


#: How far a verb may follow the verb it is joined to and still share that verb's object: "arrested and
#: beat", "detained, questioned and beat" (the two verbs, their "and" and one comma). Not tuned.
_SHARED_OBJECT_REACH = 4


def _shared_object_kind(verb: Token, noun: Token | None) -> str | None:
    """"Police arrested and beat four students": the object hangs on the second of two joined verbs; the
    first, with no object of its own, acts on it too and gives it its kind when the second gives none."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or not 0 < verb.i - first.i <= _SHARED_OBJECT_REACH or any(
            c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp") for c in first.children):
        return None
    if not any(t.lower_ in ("and", "or") for t in verb.doc[first.i + 1:verb.i]):
        return None
    return verb_kind(first, "object", noun)
