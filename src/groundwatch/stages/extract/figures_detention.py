"""Figures: people detained by whoever holds force, with whatever verb takes them.

An audit of real conflict snippets (events-dev tune, both halves: docs/figures_audit.md) found the
same family missed again and again: people taken, caught, seized or intercepted, by soldiers,
militiamen, coastguards, border forces or a state named by its name, not only people "arrested" by
the police ("militiamen took away eight farm workers", "Olvena caught 22 gun-runners").
Detentions told of a pronoun are read in ``figures_pronouns``. The rule is stated for the family: a
verb of taking people whose doer holds force is a detention; what makes it one is the doer, because
the same verbs take hours, boats and passengers ("took 15 hours", "a bus picked up 40 passengers").
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import noun_lemma, people_like

__all__ = ["arresting_agent", "taken_by_force", "taking_kind"]

#: Doers that take people by force besides those that arrest (``lex.ARRESTING_AGENTS``): armed groups
#: and their men, and the sea and border services, whose "taken", "seized", "caught" is a detention.
_ARMED_TAKERS = lex.ARRESTING_AGENTS | frozenset({
    "navy", "militiaman", "gunman", "kidnapper", "captor", "abductor", "rebel", "insurgent", "militant",
    "jihadist", "fighter", "guerrilla", "paramilitary", "marine", "border", "coast", "raider", "attacker"})
#: Verbs of taking people that detain them when a doer who holds force does it ("soldiers took eight
#: villagers", "caught by the coastguard"); alone they take hours, fish or passengers.
_TAKING_VERBS = frozenset({"take", "catch", "seize", "snatch", "grab", "nab", "intercept"})
#: Of those, the verbs a state or a body named by its name may do ("Olvena caught 22
#: smugglers"); a state that "takes" people hosts them ("Olvena took in 300 refugees").
_STATE_TAKING_VERBS = frozenset({"catch", "seize", "nab", "intercept"})
#: Named doers that are a state or a body acting for one.
_STATE_ENTS = frozenset({"GPE", "ORG", "NORP"})
#: Prepositions that send the people taken somewhere: "took the wounded to hospital", "into safety".
_DESTINATION_PREPS = frozenset({"to", "into", "towards", "toward", "across", "out"})


def _own_doers(verb: Token) -> list[Token]:
    """The verb's subject, or its "by" agent in the passive."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _doers(verb: Token) -> list[Token]:
    """The verb's own doers (:func:`_own_doers`), or the subject of the verb it is joined to; a participle
    clause's verb ("Gunmen stormed the village, killing 9 and taking away 30") is done by the main verb's
    subject."""
    doers = _own_doers(verb)
    if not doers and verb.dep_ == "conj":
        verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return doers


def _is_agent(d: Token, agents: frozenset[str]) -> bool:
    """``d`` or a modifier of it names an agent ("Militiamen" opening a sentence, which the tagger leaves
    unlemmatised, is read through ``noun_lemma``)."""
    return noun_lemma(d) in agents or any(
        x.dep_ in ("compound", "amod") and x.lemma_.lower() in agents for x in d.children)


def arresting_agent(verb: Token) -> bool:
    """The verb's doer is the police or the army: its subject, or its "by" agent in the passive."""
    return any(d.lemma_.lower() in lex.ARRESTING_AGENTS or any(
        x.dep_ == "compound" and x.lemma_.lower() in lex.ARRESTING_AGENTS for x in d.children)
        for d in _own_doers(verb))


def taking_kind(verb: Token, noun: Token | None, lemma: str, prt: str | None) -> str | None:
    """"detained" when ``verb`` takes people (``noun``) and its doer holds force: "militiamen took away
    eight farm workers", "two men caught by the coastguard", "Olvena caught 22 gun-runners"."""
    if noun is None or not people_like(noun):
        return None
    return "detained" if taken_by_force(verb, lemma, prt) or _carried_off(verb, lemma) else None


#: Places people live: people taken from one by no one named were carried off from their homes.
_HOME_NOUNS = lexicons.words("figure_words", list="home")
#: Where people are taken for their care or safety: "taken to hospital", "to a shelter", "to safety".
_CARE_PLACES = lex.HOSPITALS | lex.SHELTERS | lex.TEMPORARY_SHELTERS | frozenset({"safety", "ground", "shore"})
#: Organised transport: people "taken away on buses" may be evacuated, not carried off.
_EVACUATION_TRANSPORT = lexicons.words("figure_words", list="evacuation_transport")


def _carried_off(verb: Token, lemma: str) -> bool:
    """"45 people were taken away", "44 people were taken from the two hamlets": a passive "take" with no doer
    named and no place of care it takes them to ("taken to hospital", "taken away to safety") carries people off when it
    takes them "away" or out of where they live: an abduction or an arrest, both ``detained``."""
    if lemma != "take" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    if any(p.dep_ == "agent" for p in preps) or any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CARE_PLACES for p in preps if p.lower_ in ("to", "into")
            for g in p.children):
        return False  # "taken to hospital", "taken away to a shelter"; "taken away, 40 km to the north" is no care
    if any(g.lemma_.lower() in _EVACUATION_TRANSPORT for p in preps for g in p.subtree):
        return False  # "were taken away on buses": moved in an organised way, maybe evacuated
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
        return True
    return any(p.lower_ == "from" and any(g.dep_ == "pobj" and g.lemma_.lower() in _HOME_NOUNS for g in p.children)
               for p in preps)


def taken_by_force(verb: Token, lemma: str, prt: str | None) -> bool:
    """Whether ``verb`` is a verb of taking whose doer holds force (whoever it takes)."""
    if not ((lemma in _TAKING_VERBS and prt in (None, "away")) or (lemma == "carry" and prt in ("off", "away"))):
        return False  # "carried off by the raiders" as "taken away"; alone, "carry" moves goods and the hurt
    if any(c.dep_ == "prep" and c.lower_ in _DESTINATION_PREPS for c in verb.children):
        return False  # "soldiers took 12 wounded to hospital": moved, not held
    for d in _doers(verb):
        if _is_agent(d, _ARMED_TAKERS):
            return True
        if lemma in _STATE_TAKING_VERBS and d.ent_type_ in _STATE_ENTS:
            return True
    return False
