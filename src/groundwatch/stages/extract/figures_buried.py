"""Figures: people a slide, a quake or a collapse left under a burying mass are missing, told without the word.

"The slide killed 12 and left four more under the mud", "Eight people are still buried under the debris", "15
are still buried", "20 people remain under the rubble": the
people counted are not found yet, dead or alive, which is what the schema's missing means ("40 feared buried"
is read so in ``figures_fragments``). The class is a count of people (or a bare "N more") and one of:

- the object of "leave" with a place under (or in) a burying mass ("left four more under the rubble");
- the subject of a verb of being or staying with such a place ("remain under the rubble", "are in the mud");
- the subject of "buried" said to last ("still buried", "remain buried") or placed under such a mass.

"Trapped", under rubble or not, stays the affected (the stress set's convention, batches 3, 40 and 58: people
trapped are known to be there; only a search for them, "searched for 40 believed trapped", makes them
missing). More of a count of bodies ("pulled 16 bodies ..., and an additional 10 remain buried") are more
of the dead.

A burying mass is a ``burying_mass`` word of ``data/figure_words.tsv`` (rubble, mud, debris, snow ...), or a
structure a participle of falling says came down ("under the collapsed school"). "Buried" with neither ("were
buried on Monday") is a burial, no count of the missing; nor is a count people bury ("we buried eleven more", "X
buries 22 victims"), which restates the dead (corpora f and l have no figure for it). "There are still 50 under the
rubble" is missing too.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_words import people_like

__all__ = ["buried_kind"]

_MASS = lexicons.words("figure_words", list="burying_mass")
#: Prepositions that put people inside a burying mass: "under the rubble", "in the mud", "beneath the snow".
_UNDER = frozenset({"under", "beneath", "underneath", "in"})
#: Participles that make a structure a burying mass: "the collapsed school", "the fallen wall".
_FALLEN = frozenset({"collapse", "fall", "topple", "flatten", "destroy"})
#: Words that make a count more of one before it: "an additional 10", "four more", "another six".
_MORE = frozenset({"more", "additional", "another", "further", "other"})
#: Verbs whose subject, said to be in a burying mass, is missing ("remain under the rubble").
_BEING = frozenset({"be", "remain", "stay", "lie"})


def buried_kind(anchor: Token, noun: Token | None, kind: str | None) -> str | None:
    """"missing" for a count of people a burying mass holds (see the module docstring); None otherwise, and
    always where the count already has a kind (the dead, "12 bodies", stay killed; the trapped, affected)."""
    if kind is not None or (noun is not None and not people_like(noun)):
        return None
    holder = noun if noun is not None else anchor
    if _more_bodies(holder):
        return None
    verb = holder.head
    if holder.dep_ == "dobj" and verb.lemma_.lower() == "leave":
        return "missing" if _under_mass(verb) else None
    if holder.dep_ == "attr" and verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children) and (
            _under_mass(holder) or _under_mass(verb)):
        return "missing"  # "there are still 50 under the rubble"
    if holder.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    states = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd") and c.tag_ == "VBN")]
    for state in states:
        if state.lemma_.lower() == "bury" and (_lasting(verb) or _under_mass(state)):
            return "missing"  # "are still buried", "remain buried", "were buried under the debris"
    if verb.lemma_.lower() in _BEING and _under_mass(verb):
        return "missing"
    return None


def _more_bodies(holder: Token) -> bool:
    """"pulled 16 bodies from the mud, and an additional 10 remain buried": more of a count of bodies before it
    in the sentence are more of the dead, as that count's reader says (``figures_elided``)."""
    if not any(c.lower_ in _MORE for c in holder.children):
        return False
    return any(t.lemma_.lower() in lex.REMAINS_NOUNS for t in holder.doc[sent_of(holder).start:holder.i])


def _lasting(verb: Token) -> bool:
    """"still buried", "remain buried": the state goes on, so the people have not been reached."""
    return verb.lemma_.lower() in ("remain", "stay") or any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def _under_mass(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _UNDER:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in _MASS or (prep.lower_ != "in" and any(
                    c.dep_ == "amod" and c.lemma_.lower() in _FALLEN for c in obj.children)):
                return True
    return False
