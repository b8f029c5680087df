"""Figures: people who sought, got or were given medical care are the injured.

Real conflict and accident copy often counts the hurt by the care they went for, not by a verb of
harm: "45 residents sought treatment at clinics", "were given first aid", "went to hospital for treatment",
"suffered breathing problems" (events-dev tune, both halves: docs/figures_audit.md). The family: a
verb of seeking or getting whose object is care that is medical (treatment is; care, attention, aid
and help only with "medical" or "first"), a passive "given" with such an object, a visit to a place
of care, and trouble breathing. Who gives the care is never counted ("forty doctors provided medical
care": the subject of a verb of giving is not in the family).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["care_kind"]

#: Verbs whose subject seeks or gets care ("sought treatment", "received medical care", "needed
#: first aid"); "need" alone makes people affected, but with care for its object they are hurt.
_SEEKING_VERBS = frozenset({"seek", "receive", "need", "require", "get", "obtain", "undergo", "request"})
#: Of those, the verbs of need, which name the hurt only in a past event ("needed medical attention after the
#: crush"); in the present they give a humanitarian need ("400,000 people need medical assistance": affected).
_NEEDING_VERBS = frozenset({"need", "require"})
#: Verbs whose passive subject is given care: "20 people were given first aid".
_GIVING_VERBS = frozenset({"give", "offer", "provide"})
#: Care nouns that are medical by themselves, and those that are only with a medical modifier.
_MEDICAL_CARE = frozenset({"treatment", "hospitalization", "hospitalisation"})
_CARE_NOUNS = frozenset({"care", "attention", "aid", "help", "assistance", "attendance"})
#: "urgent" or "emergency" aid is as often food and shelter as care ("require urgent humanitarian aid": affected).
_MEDICAL_MODIFIERS = frozenset({"medical", "first", "hospital"})
#: Verbs of going somewhere whose subject, going to a place of care, is hurt: "went to hospital".
_GOING_VERBS = frozenset({"go", "come", "head", "rush", "report", "present", "turn", "walk", "flock"})
_CARE_PLACES = frozenset({"hospital", "clinic", "infirmary", "dispensary"})
#: Verbs of turning to someone for care, as translated and South Asian copy says it ("27 workers addressed for
#: medical help", "applied for medical aid", "appealed for medical assistance"): hurt, with care after "for".
_APPLYING_VERBS = frozenset({"address", "apply", "appeal"})
#: "suffered breathing problems", "had difficulty breathing": troubles that are a harm only of breath.
_TROUBLE_VERBS = frozenset({"suffer", "have", "experience", "report", "develop"})
_TROUBLE_NOUNS = frozenset({"problem", "difficulty", "trouble", "complication", "distress"})
_BREATH_WORDS = frozenset({"breathing", "breath", "respiratory"})


def _medical(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _MEDICAL_CARE or (lemma in _CARE_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _MEDICAL_MODIFIERS for c in noun.children))


def _breath_trouble(noun: Token) -> bool:
    """"breathing problems", "respiratory distress", "difficulty breathing"."""
    return noun.lemma_.lower() in _TROUBLE_NOUNS and any(
        c.lower_ in _BREATH_WORDS or any(g.lower_ in _BREATH_WORDS for g in c.children) for c in noun.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]


def _to_care(verb: Token) -> bool:
    """"went to hospital", "came to the clinic for treatment"."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ == "pobj" and ((c.lower_ == "to" and g.lemma_.lower() in _CARE_PLACES) or (
                    c.lower_ == "for" and _medical(g))):
                return True
    return False


def care_kind(verb: Token, role: str) -> str | None:
    """"injured" for the subject of a verb of seeking care ("sought treatment"), the passive subject
    of a verb of giving it ("were given first aid"), people who went to a place of care, and people with
    trouble breathing; else None."""
    lemma = verb.lemma_.lower()
    if role == "subject" and lemma in _SEEKING_VERBS and any(_medical(o) for o in _objects(verb)) and not (
            lemma in _NEEDING_VERBS and verb.tag_ != "VBD"):
        return "injured"
    if role == "passive" and lemma in _GIVING_VERBS and any(_medical(o) for o in _objects(verb)):
        return "injured"
    if role == "subject" and (lemma in _GOING_VERBS or lemma in _APPLYING_VERBS) and _to_care(verb):
        return "injured"
    if role == "subject" and lemma in _TROUBLE_VERBS and any(_breath_trouble(o) for o in _objects(verb)):
        return "injured"
    return None
