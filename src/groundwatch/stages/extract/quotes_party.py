"""Who said it: "the Democrat said", "the Republican nominee said", "the Tessel Democrat said".

Political copy calls a person it has named by their party or nationality: "Ivo Lind, a Democrat from
Tessel, ... '...,' the Democrat said"; "Victor Hale, her Republican rival, ... '...,' the Republican
nominee said". The word is a group's (the tagger makes it NORP, and the speaker a body or a country),
and a title qualified by it ("the Republican nominee") must not go to the person just named when that
person's own words give another party ("the Democratic nominee"). The person is the one whose name
the same word was written beside before the mention: a modifier of the name or of a noun set in
apposition to it ("Democratic Senator Ivo Lind", "her Republican rival", "a Democrat from Tessel").
Words are compared without an adjective's "-ic" ("Democratic" is "Democrat"). Invented probes
(session 35): 4 of 4 such mentions lost their speaker or went to the rival.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import Person, Register, is_person_ent, reg_inside

__all__ = ["party_of_title", "party_person", "party_word"]

#: How many heads up from the party word its name may be ("Republican" -> "rival" -> "Hale").
_REACH = 3


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-2] if w.endswith("ic") else w


def party_word(tok: Token) -> bool:
    """A capitalised group word of a party or a nation ("Democrat", "Republican", "Briton"): the tagger's NORP."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ == "NORP"


def _named_by(reg: Register, tok: Token) -> Person | None:
    """The registered person whose written name holds ``tok`` or is set in apposition to it."""
    for cand in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        ent = entity_at(cand)
        if ent is None or not is_person_ent(ent):
            continue
        found = [p for p in reg.people if p.position == ent.start_char]
        if found:
            return found[-1]
    return None


def party_person(reg: Register, word: Token) -> Person | None:
    """The latest person the article wrote ``word``'s party or nation beside, before ``word``; None
    when it wrote it beside nobody."""
    stem = _stem(word.text)
    doc = word.doc
    for t in reversed(doc[: word.i]):
        if not (t.text[:1].isupper() and _stem(t.text) == stem) or reg_inside(reg, t.idx):
            continue
        node = t
        for _ in range(_REACH + 1):
            person = _named_by(reg, node)
            if person is not None:
                return person
            if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
                break
            node = node.head
    return None


def party_of_title(reg: Register, title: list[Token]) -> Person | None:
    """The person a title qualified by a party or nation word ("the Republican nominee") stands for: the one
    written beside that word; None without such a word or such a person."""
    word = next((t for t in title[:-1] if party_word(t)), None)
    return party_person(reg, word) if word is not None else None
