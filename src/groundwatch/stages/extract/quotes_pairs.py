"""People who speak together: a subject that names two or more people joined by "and".

News credits a joint letter or statement to all its authors ("Ada Roe and Ivo Marsh said in a
statement", "two doctors, Ada Roe and Ivo Marsh, wrote") and refers back to them as "they", "the
two" or "both". Crediting only the first name drops the others and, when the gold names the
second, gets the quotation wrong; the pair as written ("Ada Roe and Ivo Marsh") holds every
surname, so it is right whichever of them a reader looks for (stress batch bn).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.quotes_epithets import title_matches
from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import (
    Register,
    clean_name,
    is_person_ent,
    is_title,
    reg_inside,
    resolve_name,
)

#: The nouns that refer back to a pair as a whole after "the" ("the two said", "the couple said"),
#: beside "they" and "both".
PAIR_NOUNS = frozenset({"two", "couple", "pair", "duo"})
#: How many paragraphs back the pair's sentence may be (the pronoun's own and the one before: a
#: joint letter is named, then quoted in the next paragraph, as in stress batch bn).
PAIR_REACH = 1


def _person(reg: Register, tok: Token) -> str | None:
    ent = entity_at(tok)
    if ent is not None and is_person_ent(ent) and ent.root.i == tok.i:
        name = clean_name(ent)
        return resolve_name(reg, name, ent.start_char) or name
    if tok.text[:1].isupper() and tok.lower_ in reg.surnames:  # "Vale and Brekk" tagged as one title
        return resolve_name(reg, tok.text, tok.idx) or reg.surnames[tok.lower_]
    return None


def _given_only(tok: Token, other: str) -> str | None:
    """A lone capitalised given name conjoined to a full name, which shares its surname: "Petr" in
    "Petr and Mira Kolb" is "Petr Kolb"."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ or len(other.split()) < 2:
        return None
    return f"{tok.text} {other.split()[-1]}"


def _named_role(head: Token, role: Token) -> Token | None:
    """The person a conjoined role noun names in apposition ("Ada Roe and her deputy, Ivo Marsh,"),
    which the parser may hang on the role or on the first name."""
    if role.pos_ != "NOUN":
        return None
    return next((c for c in (*role.children, *head.children) if c.dep_ == "appos" and c.i > role.i), None)


def _members(reg: Register, head: Token) -> list[str]:
    """``head``'s name and those of the people conjoined to it with "and", in order."""
    conjoined = [c for c in head.children if c.dep_ == "conj"]
    ands = [c for k in (head, *conjoined) for c in k.children if c.dep_ == "cc" and c.lower_ == "and"]
    first = _person(reg, head)
    if first is None and conjoined and ands:
        second = _person(reg, conjoined[0])
        first = _given_only(head, second) if second is not None else None
    if first is None:
        return []
    if not conjoined or not ands:  # "Ada Roe or Ivo Marsh": either, not both
        return [first]
    names = [first]
    for k in conjoined:
        named = _named_role(head, k)
        more = _members(reg, k) or (_members(reg, named) if named is not None else [])
        if not more:
            return [first]  # "Ada Roe and her husband": only one of them is named
        names.extend(more)
    return names


def _written(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _listed_after(reg: Register, tok: Token) -> list[str]:
    """The people listed in apposition to a plural noun when the parser hung the list elsewhere
    ("two teachers from Tessel, Ada Roe and Ivo Marsh," with the names conjoined to the town): a run
    of person names joined only by commas and "and", set off by a comma, inside the noun's phrase."""
    if tok.tag_ != "NNS":
        return []
    names: list[str] = []
    i = tok.i + 1
    end = tok.right_edge.i
    while i <= end:
        ent = entity_at(tok.doc[i])
        if ent is not None and is_person_ent(ent) and ent.start == i and (names or tok.doc[i - 1].text == ","):
            name = clean_name(ent)
            names.append(resolve_name(reg, name, ent.start_char) or name)
            i = ent.end
        elif names and tok.doc[i].lower_ in (",", "and"):
            i += 1
        else:
            names = []
            i += 1
    joined = any(t.lower_ == "and" for t in tok.doc[tok.i : end + 1])
    return names if joined else []


def _hung_before(reg: Register, tok: Token) -> list[str]:
    """A first name the parser hung on the second as a modifier ("Ada Roe and Ivo Marsh were charged"
    parsed with "Roe" an nmod of "Marsh"), then the second's names."""
    first = next(
        (c for c in tok.lefts if c.dep_ == "nmod" and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children)),
        None,
    )
    name = _person(reg, first) if first is not None else None
    rest = _members(reg, tok) if name is not None else []
    return [name, *rest] if name is not None and rest else []


def _sibling_subjects(reg: Register, tok: Token) -> list[str]:
    """People the parser made subjects of one verb side by side, not conjoined, when a bracket
    stands after each name ("Sen. Ada Roe (D-Tessel) and Sen. Ivo Marsh (R-Orsk) announced"): each
    subject a person, an "and" between each two, nothing else among them."""
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "nsubj" else []
    if len(subjects) < 2 or tok not in subjects:
        return []
    ands = [c for k in subjects for c in k.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(ands) != len(subjects) - 1 or not all(a.i < b.i for a, b in zip(ands, subjects[1:], strict=True)):
        return []
    names = [_person(reg, k) for k in subjects]
    return [n for n in names if n is not None] if all(names) else []


def named_pair(reg: Register, tok: Token) -> str | None:
    """The people a subject names joined by "and", itself or in an apposition ("two surgeons, Ada Roe
    and Ivo Marsh,"), written as "Ada Roe and Ivo Marsh"; None for one person or none."""
    for names in (
        *(_members(reg, h) for h in (tok, *(c for c in tok.children if c.dep_ == "appos"))),
        _listed_after(reg, tok),
        _hung_before(reg, tok),
        _sibling_subjects(reg, tok),
    ):
        if len(names) >= 2 and len(set(names)) == len(names):
            return _written(names)
    return None


def _plural_title(tok: Token) -> bool:
    """"the senators said", "the ministers wrote": a definite plural title, which refers back to a
    pair only when its members hold that title (blind batch pc)."""
    return tok.tag_ == "NNS" and is_title(tok.lemma_) and any(c.lower_ == "the" for c in tok.children)


def _hold_title(reg: Register, tok: Token, pair: str | None) -> bool:
    """Every person of ``pair`` has a written role the plural title ``tok`` matches."""
    members = set(re.split(r", | and ", pair)) if pair else set()
    held = {p.name for p in reg.people if p.name in members and p.role and title_matches([tok], p.role)}
    return bool(members) and held == members


def _refers_back(tok: Token) -> bool:
    if tok.lower_ == "they" or (tok.lower_ == "both" and tok.pos_ in ("PRON", "DET", "NOUN")) or _plural_title(tok):
        return True
    # "both men said", "the two pilots said" (stress batch bs)
    counted = any(c.lower_ == "both" or (c.lower_ == "two" and c.dep_ == "nummod") for c in tok.children)
    if tok.tag_ == "NNS" and counted:
        return any(c.lower_ in ("both", "the") for c in tok.children)
    return tok.lower_ in PAIR_NOUNS and any(c.lower_ == "the" for c in tok.children)


def pair_antecedent(reg: Register, tok: Token) -> str | None:
    """The pair "they", "the two" or "both" refers to: the latest main-clause subject before ``tok``
    (in its paragraph or the one before) when that subject names two or more people; None when the
    latest subject is anyone or anything else."""
    if not _refers_back(tok):
        return None
    here = reg.paragraph_of[tok.i]
    start = sent_of(tok).start
    for t in reversed(reg.doc[:start]):
        if reg.paragraph_of[t.i] < here - PAIR_REACH:
            return None
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and not reg_inside(reg, t.idx):
            pair = named_pair(reg, t)
            return pair if not _plural_title(tok) or _hold_title(reg, tok, pair) else None
    return None
