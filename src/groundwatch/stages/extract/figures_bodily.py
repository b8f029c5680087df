"""Figures: people told by the harm done to their body, or by the care they are under, with no injury word.

A poisoning, a fire or a gas leak is reported by what it did to the body: "nine drinkers have lost their
sight", "six persons have lost the light of their eyes", "four of the guests went blind", "twenty children fell
ill", "were left blind", "were poisoned", "eight cannot see at all", "can no longer walk", and by the care the
people are under: "22 villagers are still under treatment", "remain under observation". The blind corpus_t
counted all of these as injured (tests/fixtures/corpus_t.README.md, 11 of its 14 missed figures); the family,
as grammar:

- a verb of losing whose object is a sense or limb, or names one after "of" (``bodily_faculty``);
- a verb of being or becoming (or a passive "left", "taken") whose complement is a state of the body
  (``bodily_state``), or a passive participle that is one ("were poisoned");
- a negated "can" on a verb of what a body does (``bodily_ability``), with no object of its own ("could not
  see the driver" is about a view);
- a verb of being with "under" a medical course (``care_state``).

Idioms are left: "lost sight of the goal", "sick of the delays" (a state word with its own "of" that names no
part of the body). A sitrep label ("Patients under treatment: 58", "Persons with loss of vision: 12", "Patients
admitted since 2 June: 75") is the same phrase with its people as the label's head: ``care_label_kind``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract.figures_words import negated

__all__ = ["bodily_kind", "care_label_kind"]

_FACULTIES = lexicons.words("figure_words", list="bodily_faculty")
_STATES = lexicons.words("figure_words", list="bodily_state")
_ABILITIES = lexicons.words("figure_words", list="bodily_ability")
_CARE = lexicons.words("figure_words", list="care_state")
#: Verbs of being or becoming that hand their subject a state: "are ill", "fell ill", "went blind", "turned sick";
#: passive "were left blind", "were taken ill" hand it to their passive subject.
_BECOMING = frozenset({"be", "become", "fall", "go", "turn", "get", "remain", "stay", "leave", "take", "render"})
#: Words of care a label's participle names: "Patients admitted: 96", "People hospitalised since Friday: 33".
_CARE_PARTICIPLES = frozenset({"admitted", "hospitalised", "hospitalized", "treated"})
#: Heads of a care label: the people counted ("Patients ...", "Persons ...", "Children ...").
_LABEL_PEOPLE = frozenset({"patients", "people", "persons", "victims", "children", "adults", "cases"})
#: The most words a care label holds ("Patients with loss of vision"): longer runs are prose.
MAX_CARE_LABEL = 6  # the longest label of the shapes above, with one modifier ("partial loss of vision")


def _faculty(noun: Token) -> bool:
    """"their sight", "an eye", "the light of their eyes", "the use of both legs"."""
    if noun.lemma_.lower() in _FACULTIES or noun.lower_ in _FACULTIES:
        # "lost sight of the goal": the idiom has a bare noun with its own "of"
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or any(
            c.dep_ == "det" or c.dep_ == "poss" for c in noun.children)
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FACULTIES for g in c.children) for c in noun.children)


def _state(word: Token) -> bool:
    """A state of the body, without an "of" of its own ("sick of the delays" is weariness)."""
    return word.lower_ in _STATES and not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _cannot(verb: Token) -> bool:
    """"cannot see", "could not walk", "can no longer breathe": an ability the body lost."""
    return verb.lemma_.lower() in _ABILITIES and negated(verb) and any(
        c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in verb.children) and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "prep") for c in verb.children)


def _under_care(verb: Token) -> bool:
    """"are under treatment", "remain under medical observation"."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CARE for g in c.children) for c in verb.children)


def _fatal(verb: Token) -> bool:
    """"were burned to death", "poisoned to death", "burned alive": the harm killed them, which the kind rules
    after this one read."""
    return any(c.lower_ == "alive" or (c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lemma_.lower() == "death" for g in c.children)) for c in verb.children)


def bodily_kind(verb: Token, role: str) -> str | None:
    """"injured" for the subject (or passive subject) of a harm to the body or of a stay under care; else None."""
    lemma = verb.lemma_.lower()
    if role == "subject" and _cannot(verb):
        return "injured"
    if role not in ("subject", "passive") or negated(verb) or _fatal(verb):
        return None
    if role == "subject" and lemma == "lose" and any(c.dep_ == "dobj" and _faculty(c) for c in verb.children):
        return "injured"
    if role == "passive" and verb.tag_ == "VBN" and verb.lower_ in _STATES:
        return "injured"  # "were poisoned", "were blinded by the flash"
    # "fell ill": the parser may make the state an adverb right after the verb
    if lemma in _BECOMING and any(c.i > verb.i and _state(c) and (
            c.dep_ in ("acomp", "oprd", "xcomp", "attr") or (c.dep_ == "advmod" and c.i == verb.i + 1))
            for c in verb.children):
        return "injured"
    if role == "subject" and lemma in ("be", "remain", "stay") and _under_care(verb):
        return "injured"
    return None


def care_label_kind(words: Sequence[Token]) -> str | None:
    """"Patients under treatment", "Persons with loss of vision", "Patients admitted": a label whose head is
    the people counted and whose rest is a care or a harm to the body names the injured."""
    if not 2 <= len(words) <= MAX_CARE_LABEL or words[0].lower_ not in _LABEL_PEOPLE:
        return None
    rest = list(words[1:])
    if len(rest) == 1 and rest[0].lower_ in _CARE_PARTICIPLES | _STATES:
        return "injured"  # "Patients admitted", "Persons blinded"
    if rest[0].lower_ == "under" and len(rest) <= 3 and rest[-1].lemma_.lower() in _CARE:
        return "injured"  # "Patients under treatment", "under medical observation"
    if rest[0].lower_ == "with" and len(rest) >= 3 and rest[-2].lower_ == "of" and rest[-3].lemma_.lower() == "loss" \
            and rest[-1].lemma_.lower() in _FACULTIES:
        return "injured"  # "Persons with loss of vision", "with partial loss of hearing"
    return None
