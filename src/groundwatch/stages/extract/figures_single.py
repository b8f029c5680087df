"""Figures: when one person named with "a" ("a worker was killed") is a count of one, and when not.

``figures`` counts a lone "a worker", "another civilian" as 1. Not every such phrase is a count:
one of a pair ("a father and his son were found": the pair is the count, or none), a person the
article names ("Vela Orrin, a teacher at the Holm school, was detained": a person's fate is told,
nobody is counted, as "Vela Orrin was detained" counts nobody), and one example from within a
count the sentence gives ("put the toll at 31, including a girl who died on Monday", "four have
died, among them a driver": the girl is one of the 31, not a figure of her own). A person said to
be among a group the sentence does not count ("a girl was among those injured") still counts one,
as the figures stress set has it. One or two of the injured whose death a clause of a tally verb gives as the
cause of the move ("the toll rose to 44 after a woman injured in the crash died", "rose to 47 as two injured
passengers died", or a lone "after a woman died") are counted in the new total, which is the figure; said
as a main clause ("Two more injured patients died, raising the toll to 35"), the deaths stay a count
of their own, as the stress set has it.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of

__all__ = ["in_named_pair", "moves_the_toll", "not_counted_alone", "pair_of_ones", "pictured_body"]

#: Entity types a proper noun beside a person's noun may carry and still not be that person's name
#: ("Tessel, a farming town": a place; "the Varn Courier, a weekly": a body).
_NOT_A_NAME = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "CARDINAL"})
#: Words that say people were hurt before, on a person who then died: "a woman injured in the crash".
_HURT = frozenset({"injured", "wounded", "hurt"})
#: Verbs of dying that move a toll.
_DYING = frozenset({"die", "succumb"})
#: Prepositions of "among them a driver", which set one person inside the count just given.
_MEMBER_PREPS = frozenset({"among", "amongst"})


def pair_of_ones(tok: Token) -> Token | None:
    """"A soldier and a civilian were killed": two people each named with "a", neither tied to the other
    (no possessive, as "a father and his son" has), count two; returns the second person's noun."""
    if tok.dep_ == "conj" or len(tok.conjuncts) != 1:
        return None
    other = tok.conjuncts[0]
    if other.i < tok.i or other.tag_ != "NN" or other.lemma_.lower() not in lex.PEOPLE:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in other.children) or any(
            c.dep_ in ("poss", "nummod") for c in other.children):
        return None
    return other


def in_named_pair(tok: Token) -> bool:
    """"A father and his son were found": members of a pair of people, not a count of one."""
    # "a pilot and his co-pilot": a member named by a possessive is one of a pair, whatever its noun
    # "Orin Vale, 40, and a man known as Tibbs": a person named beside it makes a pair as well
    return any((c.lemma_.lower() in lex.PEOPLE or any(x.dep_ == "poss" for x in c.children)
                or (c.ent_type_ == "PERSON" and len(tok.conjuncts) == 1))
               and not any(x.dep_ == "nummod" for x in c.children) for c in tok.conjuncts)


def _a_name(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_A_NAME)


def _named(tok: Token) -> bool:
    """"Vela Orrin, a teacher at the Holm school, ...", "a teacher, Vela Orrin, ...": the person's noun
    and a name in apposition are one person, told by name (the pair rule above reads conjuncts only,
    so a name set beside the noun by a comma slipped through it)."""
    if tok.dep_ == "appos" and tok.head.i < tok.i and _a_name(tok.head):
        return True
    return any(c.dep_ == "appos" and _a_name(c) for c in tok.children)


def _example(tok: Token) -> bool:
    """"..., including a girl who died on Monday", "four have died, among them a driver": one person set
    inside the count the sentence gives is an example from it (the count is a number of the sentence)."""
    included = tok.dep_ == "pobj" and tok.head.lower_ == "including"
    # "among them a driver": the parser hangs the person on the preposition's own object
    among = tok.dep_ in ("appos", "npadvmod") and tok.head.dep_ == "pobj" and tok.head.lower_ in ("them", "whom") \
        and tok.head.head.lower_ in _MEMBER_PREPS
    return (included or among) and any(t.like_num and t.i < tok.i for t in sent_of(tok))


def moves_the_toll(person: Token, count_end: int | None = None) -> bool:
    """"The toll rose to 44 after a woman injured in the crash died": ``person`` (hurt before) died in a clause
    of a tally verb, which gives the death as the cause of the new total (see the module). ``count_end``: where
    the count of the people ends; another number between it and them is theirs (the tally's value "to 47" the
    parser hung on "as two injured passengers" is no count of them). A lone person (no count, ``count_end``
    None) needs no word of hurt: "the toll stands at 27 after a girl died in hospital" gives the one death
    as the move of the toll all the same (the line stays at the clause: "A man died, taking the toll to 27"
    counts him)."""
    doc = person.doc
    hurt = any(c.dep_ in ("amod", "acl") and c.lower_ in _HURT for c in person.children)
    if (not hurt and count_end is not None) or (
            count_end is not None and any(t.like_num for t in doc[count_end:person.i])):
        return False
    after = doc[person.i + 1] if person.i + 1 < len(doc) else None
    # "rose to 47 as two injured passengers died": the parser may hang the people on the tally's "to"
    verb = person.head if person.dep_ == "nsubj" else after
    return verb is not None and verb.lemma_.lower() in _DYING and verb.dep_ == "advcl" and \
        verb.head.lemma_.lower() in lex.TALLY_VERBS


def not_counted_alone(tok: Token) -> bool:
    """Whether the person ``tok`` (a singular noun with "a"/"another") is a named person or an example
    from within a count, or one whose death moves a toll, and so no figure of one."""
    return _named(tok) or _example(tok) or moves_the_toll(tok)


#: Verbs of handling a body that a photo caption puts in the present: "Rescuers carry a body from the rubble".
_HANDLING = frozenset({"carry", "lift", "move", "pull", "bring", "lower", "wheel", "load"})


def pictured_body(tok: Token) -> bool:
    """"Rescuers carry a body from the rubble": a caption tells what its picture shows in the present tense; the
    one body handled is no count of the dead (the toll, if any, is said beside it). Seen in two blind stress
    batches (fblind-s32's and fblind-s35's captions)."""
    verb = tok.head
    return tok.lemma_.lower() in lex.REMAINS_NOUNS and tok.dep_ == "dobj" and verb.tag_ in ("VBP", "VBZ") and (
        verb.lemma_.lower() in _HANDLING)
