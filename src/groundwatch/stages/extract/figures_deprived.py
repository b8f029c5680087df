"""Figures: people deprived of a service or of their home, said without a kind's own verb.

Two classes of phrasing that name the people hit by a crisis without "affected" or "displaced":

- a service cut to them: "cut mains water to around 1.2m people", "knocked out power to 1m people", "gas supplies
  to 80,000 households had been cut" -> affected. The service noun is what tells it from a count cut *to*
  a size ("cut its workforce to 1,200 people"), so both the cutting verb and the service noun are asked for;
- people who cannot go back: "still cannot return to their homes", "have not been able to go home", "are
  unable to return home", "have not been allowed back into their homes" -> displaced. A return that happened
  ("returned to their homes", "have been able to go home") or a place that is not a home ("could not return
  to the base camp") is no one displaced.

``figures_govern`` asks both before the verb's own kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract.figures_words import negated, people_like

#: Supplies a utility or authority delivers to homes: "cut water/power/gas to N people".
_SERVICE_NOUNS = lexicons.words("figure_words", list="service")
#: Verbs that stop a supply: "cut", "knocked out", "shut off", "suspended".
_CUTTING_VERBS = lexicons.words("figure_words", list="cutting")
#: Verbs of going back: "return", "go", "come", "move" (with "home" or "to their homes").
_RETURN_VERBS = lexicons.words("figure_words", list="returning")
#: Where people go back to: only their homes make the ones kept away displaced.
_HOME_WORDS = frozenset({"home", "homes", "house", "houses"})
#: Adjectives of being able, and of not being able, before "to return".
_ABLE = frozenset({"able"})
_UNABLE = frozenset({"unable"})


def _cutting(verb: Token) -> bool:
    """A verb that stops a supply, or a gerund it governs ("cut off drinking water", where the parser makes
    "drinking" the verb's complement and "water" its object)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _CUTTING_VERBS:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CUTTING_VERBS


def service_cut(head: Token, noun: Token | None) -> bool:
    """``head`` of "to N people" is a service cut: the verb with a service as its object ("cut power to"),
    or the service noun itself, cut by the verb governing it ("gas supplies to N households had been cut")."""
    if noun is None or not people_like(noun):
        return False
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in _SERVICE_NOUNS and _cutting(head.head)
    return _cutting(head) and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _SERVICE_NOUNS for c in head.children)


def _toward_home(verb: Token) -> bool:
    """"return home", "go back to their homes", "return in their homes" (translated), "allowed back into
    their homes"."""
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ in _HOME_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "into", "inside") and any(
                g.dep_ == "pobj" and g.lower_ in _HOME_WORDS for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "back" and _toward_home(c):
            return True  # "go back to their homes": the parser hangs the place on "back"
    return False


def _return_clause(verb: Token) -> Token | None:
    """The verb of going home that ``verb`` is, or takes as its complement ("able to go home")."""
    if verb.lemma_.lower() in _RETURN_VERBS and _toward_home(verb):
        return verb
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _RETURN_VERBS and _toward_home(c):
            return c
    return None


def kept_from_home(verb: Token, noun: Token | None) -> bool:
    """The subject of ``verb`` is people kept from going back home: "cannot return to their homes", "have not
    been able to go home", "are unable to return home", "have not been allowed back into their homes"."""
    if noun is None or not people_like(noun):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _RETURN_VERBS:
        return negated(verb) and _toward_home(verb)
    if lemma in ("allow", "permit") and any(c.dep_ == "auxpass" for c in verb.children):
        return negated(verb) and (_toward_home(verb) or _return_clause(verb) is not None)
    if lemma == "be":
        for c in verb.children:
            if c.dep_ != "acomp" or _return_clause(c) is None:
                continue
            if c.lower_ in _UNABLE:
                return True
            if c.lower_ in _ABLE and negated(verb):
                return True
    return False


def came_back(noun: Token) -> bool:
    """People who went back: ``noun`` is the subject of a verb of returning said as done ("12,000 displaced
    people have returned to their villages", "5,000 refugees have gone back to their homes", "came back to
    X"). Counted by their displacement, they are returnees: the count is of those no longer displaced. Not
    when the return is denied, only hoped for or to come ("cannot return", "are expected to return", "will
    go back"): those are displaced still."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RETURN_VERBS or negated(verb):
        return False
    if (verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to") or any(
            c.tag_ == "MD" for c in verb.children):
        return False
    return verb.lemma_.lower() == "return" or _toward_home(verb) or any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)
