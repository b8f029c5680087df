"""Bodies named in apposition to a common noun ("The mining company, Brask Minerals, said ...",
"The ferry's operator, Skarn Line, said ..."): a later "the company said" is that name, not the
noun phrase "mining company" nor another body named before (used by :mod:`quotes_bodies`).

Crisis wires bring in a firm, an operator or an owner that way far more often than by its name
alone, and the tagger often gives such a name no label or a place's (invented set quotes_crisis.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import Register, is_person_ent, is_title, reg_inside, text_of


def apposed_name(reg: Register, noun: Token) -> str | None:
    """The name written in apposition right after a lower-case common noun and its comma, when it
    names no person ("The mining company, Brask Minerals,"): capitalised words closed by a comma or a
    stop, none a person's name the tagger or the register knows; None after a title ("the
    spokesman, Ivo Roe,")."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.text.islower() or is_title(noun.lemma_) or noun.i + 2 >= len(doc):
        return None
    if doc[noun.i + 1].text != ",":
        return None
    for child in noun.children:
        if child.dep_ != "appos" or child.i <= noun.i + 1:
            continue
        words = [w for w in child.subtree if w.i <= child.i]
        if words[0].i != noun.i + 2 or (child.i + 1 < len(doc) and doc[child.i + 1].text not in (",", ".")):
            return None
        if not all(w.text[:1].isupper() for w in words):  # a name's own capitals, not "the company, which"
            return None
        ent = entity_at(child)
        if (ent is not None and is_person_ent(ent)) or any(w.lower_ in reg.surnames for w in words):
            return None
        return text_of(words)
    return None


def apposed_acting(reg: Register, tok: Token, paragraphs: int) -> tuple[int, str] | None:
    """The latest main-clause subject before ``tok`` (in its paragraph or ``paragraphs`` before,
    outside quotations) that a body's name stands in apposition to: (its token index, the name)."""
    para = reg.paragraph_of[tok.i]
    for t in reversed(tok.doc[: tok.i]):
        if para - reg.paragraph_of[t.i] > paragraphs:
            return None
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and not reg_inside(reg, t.idx):
            name = apposed_name(reg, t)
            if name is not None:
                return t.i, name
    return None
