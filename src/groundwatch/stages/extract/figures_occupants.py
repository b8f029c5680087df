"""Figures: the people who live in one building are the affected of what happens to it.

SCHEMA.md counts people "living in the area" as affected, and "212 people lived in the building" already is
(the subject of "live"). Two more constructions say the same of a building's occupants:

- "home to N people" said of a dwelling ("The block, home to some 340 people, ...", "the hostel was home to
  80 workers", "a tower which was home to 200 people"): the number is the object of "to" under "home", and
  "home" stands beside (apposition), after "be" with, or in a relative clause on, a dwelling noun;
- a gerund of living after "as" ("were registered as living in the block", "listed as residing there"): the
  verb of recording hands its subject to the gerund, as "listed as missing" hands it to the adjective
  (``figures_syntax_predicate._as_kind``; this module answers for the gerund).

Only a building people live in counts its occupants so: a town, a province or a valley "home to" a number
of people gives its population, which the stress set counts as no figure ("Gorran is home to 250,000
people", batch 9; "Ambrel province, home to 1.2 million people", batch 40). The dwellings are the
``dwelling`` list of ``data/figure_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_places import place_kind

__all__ = ["home_to_kind", "living_as_kind"]

_DWELLINGS = lexicons.words("figure_words", list="dwelling")
#: Verbs of living somewhere whose gerund after "as" says the recorded people live there ("staying" is left
#: out: people registered as staying somewhere are most often in a shelter, which the place says below).
_LIVING_VERBS = frozenset({"live", "reside", "dwell"})


def _owner_of_home(home: Token) -> Token | None:
    """The noun "home" is said of: the noun it stands beside, or the subject of the "be" it follows."""
    if home.dep_ in ("appos", "advmod", "amod", "npadvmod") and home.head.pos_ in ("NOUN", "PROPN"):
        return home.head
    if home.dep_ in ("attr", "acomp", "advmod", "oprd") and home.head.lemma_.lower() == "be":
        be = home.head
        subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and be.dep_ == "relcl":
            return be.head  # "a tower which was home to 200 people"
        return subj
    return None


def home_to_kind(noun: Token) -> str | None:
    """"The block, home to some 340 people": the occupants of a dwelling are affected by what befalls it."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.head.lemma_.lower() != "home":
        return None
    owner = _owner_of_home(to.head)
    if owner is None or owner.lemma_.lower() not in _DWELLINGS:
        return None
    return "affected"


def living_as_kind(prep: Token) -> str | None:
    """"were registered as living in the block": the gerund of living after "as" makes them the affected, or what
    the place it names makes them ("registered as living in tents": displaced)."""
    for g in prep.children:
        if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in _LIVING_VERBS:
            return place_kind(g, "subject") or lex.INTRANSITIVE["live"]
    return None
