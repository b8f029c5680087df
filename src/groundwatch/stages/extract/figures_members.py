"""Figures: people named as members of a group, who add no count of their own.

Two shapes a count of one or two reads wrongly (corpus_f's blind run, tests/fixtures/corpus_f.README.md):
the members of a group just counted, listed after a colon ("two men were held: a clerk who ... and a
driver who ..."), and a pair of relatives inside a personal story ("a woman who lost both her sons").
A lone member picked out of a counted group ("a cousin of one of the arrested sellers", corpus_t's blind run) and
a member set by a comma beside the count ("arrested two more people, a shopkeeper who ... and his nephew") add no
count either. Split out of ``figures`` (which only asks these questions) to keep it under the size limit.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.figures_govern import governed_kind
from groundwatch.stages.extract.figures_words import people_like

#: Nouns of family relations: "both her sons" names a family's loss within a story, not the event's count
#: (roles.tsv's ties of one person, and the plural-minded ones it lacks: "parent", "child", "twin").
_KIN_NOUNS = lexicons.words("roles", kind="kin") | lexicons.words("figure_words", list="kin")

#: Marks that open a list of the members of what comes before them.
_LIST_OPENERS = frozenset({":", "—", "–"})


def enumerated_member(tok: Token) -> bool:
    """Whether ``tok`` ("a driver") is listed after a colon (or set by a comma beside) a count of people in its sentence
    (of houses, it may be a new count: "three houses burned: a farmer was killed"):
    "Two more men were arrested: a clerk accused of forging papers and a driver who ..." names the two, it
    does not add a third (a relative clause on the first member defeats the pair-of-ones reading)."""
    if tok.dep_ == "appos" and tok.head.tag_ == "NNS" and people_like(tok.head) and any(
            c.dep_ == "nummod" for c in tok.head.children):
        return True  # "detained three men, a driver who carried the crates and ...": the three, named by comma
    sent = tok.sent
    opener = next((t for t in reversed(sent[:tok.i - sent.start]) if t.text in _LIST_OPENERS), None)
    if opener is None:
        return False
    return any(t.dep_ == "nummod" and t.head.i < opener.i and t.head.tag_ == "NNS" and people_like(t.head)
               for t in sent[:opener.i - sent.start])


def lone_member(tokens: Span) -> bool:
    """"a cousin of one of the arrested sellers", "belonged to one of the detained activists": "one of" a group
    that its own modifier counts picks out a member; it is a count of one only when its own clause gives the kind
    ("one of the injured miners died")."""
    one = tokens[0]
    if len(tokens) != 1 or one.lower_ != "one":
        return False
    group = next((g for c in one.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return group is not None and people_like(group) and governed_kind(one, group) is None


def kin_pair(noun: Token) -> bool:
    """Whether "both" on ``noun`` names relatives of someone ("both his parents", "both the man's sons"):
    the family's loss told in a personal story, where the count is the story's, not the event's."""
    return noun.lemma_.lower() in _KIN_NOUNS and any(c.dep_ == "poss" for c in noun.children)
