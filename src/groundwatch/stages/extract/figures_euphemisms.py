"""Figures: deaths told by an idiom, not by a verb of killing or dying.

A side's own media tell of its dead as "became martyrs" or "fell in battle" (and of the other side's as
"were liquidated", which ``figures_lexicon.TRANSITIVE`` holds with "were martyred"); the class is a verb of
becoming with a noun of the honoured dead as its complement, or "fall" with a noun of fighting after "in" or
"during". Not a death: "fell in the river", "fell in price", "fell in love" (no noun of fighting), "became
heroes" (no noun of the dead).

An army's communique kills the other side's fighters with a verb of removing ("eliminated 16 terrorists",
"the elimination of 16 terrorists", "neutralised five gunmen"): of armed enemies only, for the same verbs
remove anything else with no death ("eliminated 300 jobs", "eliminated two rivals in the semi-final").
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.figures_places import pobjs

#: Nouns of the honoured dead a side names its own killed with. General English and its loans, not tuned.
HONOURED_DEAD = frozenset({"martyr", "shahid", "shaheed"})
#: Verbs of becoming whose complement says what the subject now is ("became martyrs").
_BECOMING = frozenset({"become", "be"})
#: Nouns of fighting that "fall in" makes a death: "fell in battle", "fell in action", "fell in combat".
_FIGHTING = frozenset({"battle", "action", "combat", "fighting", "fight", "war", "clash", "duty"})


#: Verbs and nouns of removing a communique kills with; general military English, not tuned on any set.
_REMOVING = frozenset({"eliminate", "neutralize", "neutralise", "elimination", "neutralization", "neutralisation"})
#: Nouns of armed enemies ("terrorists", "gunmen", "militants"): the only objects the verbs above kill.
_ENEMIES = frozenset({"terrorist", "militant", "fighter", "insurgent", "rebel", "gunman", "jihadist", "extremist",
                      "combatant", "guerrilla", "militiaman", "enemy", "bandit", "mercenary", "infiltrator",
                      "attacker", "assailant", "sniper", "raider", "separatist", "soldier"})


def removed_enemies(word: Token, noun: Token | None) -> bool:
    """True when ``word`` ("eliminated", "elimination") removes ``noun``, armed enemies: a communique's killing."""
    return word.lemma_.lower() in _REMOVING and noun is not None and noun.lemma_.lower() in _ENEMIES


def euphemism_kind(verb: Token) -> str | None:
    """"killed" when ``verb`` with its complement tells of its subject's death by an idiom, else None."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if lemma in _BECOMING and c.dep_ in ("attr", "oprd", "acomp") and c.lemma_.lower() in HONOURED_DEAD:
            return "killed"  # "48 soldiers became martyrs"
        if lemma == "fall" and c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                g.lemma_.lower() in _FIGHTING or (g.lemma_.lower() == "line" and any(
                    x.lemma_.lower() == "duty" for x in g.subtree)) for g in pobjs(c)):
            return "killed"  # "30 fighters fell in battle", "fell in the line of duty"
    return None
