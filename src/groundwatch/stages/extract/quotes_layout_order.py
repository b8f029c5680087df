"""Speakers whose word order the parse lost: an inverted subject after a closing mark or a
sentence-opening speech verb ('"Who will pay?" asked Ada Roe'), a title trailing a headline's verb, a
translated order that puts the listener first, and the noun right before a verb whose subject the
parse dropped. Re-exported from :mod:`quotes_layout`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from groundwatch.stages.extract.doc_cache import doc_ents, sent_of
from groundwatch.stages.extract.figures_words import people_like
from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import BODY_NOUNS, Register, is_title, reg_inside

#: Dashes as the tokenizer leaves them between a closing mark and an inverted verb, and a comma.
_AFTER_CLOSE = frozenset({"-", "--", "\u2013", "\u2014", ","})


def trailing_title(verb: Token) -> Token | None:
    """'\u2018...,\u2019 says fire chief' in a headline: the parser may hang the noun phrase right
    after the verb elsewhere; a title heading it is the inverted subject."""
    last = None
    for tok in verb.doc[verb.i + 1 : sent_of(verb).end]:
        if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or "\n" in tok.text:
            break
        last = tok
    return last if last is not None and is_title(last.text) else None


def translated_subject(verb: Token) -> Token | None:
    """'"...," said to journalists the minister Ada Roe': word order carried over from another
    language puts the listener first; the person named after it, before any other verb, speaks.
    With no person tagged, the first title or body noun there ("Commented on the situation the
    mayor of Lusk Vera Lund:", "Reported in the press service of the ministry:"; stress batch bu)."""
    noun = None
    for tok in verb.doc[verb.i + 1 : sent_of(verb).end]:
        if tok.ent_type_ == "PERSON" and not (tok.head.dep_ == "prep" and tok.head.lower_ == "to"):
            # first, for a name word the parser took for a verb (a translated honorific in "-ing")
            return next(e for e in doc_ents(verb.doc) if e.start <= tok.i < e.end).root
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "?", "!") or tok.is_quote:
            break
        if tok.head.dep_ == "prep" and tok.head.lower_ == "to" and tok.dep_ == "pobj":
            continue  # the listener
        if noun is None and tok.pos_ == "NOUN" and (is_title(tok.text) or tok.lower_ in BODY_NOUNS):
            noun = tok
    return noun


#: The longest aside, in tokens, set off by commas between a name and its verb (", of the port union,",
#: ", D-Kes.,", ", 54,"). Not tuned: a short phrase; a longer one holds a clause of its own.
ASIDE_MAX_TOKENS = 6


def _before_aside(doc: Doc, comma: int) -> int:
    """The token before a verbless aside that ends at the comma ``comma`` and follows a person's name
    ("Ada Roe, of the port union, said"), else ``comma`` itself: the parser may hang the name on the
    quotation and leave the verb with no subject (surname probe, session 33)."""
    j = comma - 1
    while j > 0 and comma - j <= ASIDE_MAX_TOKENS and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
        j -= 1
    if doc[j].text == "," and 0 < j < comma - 1 and (name := entity_at(doc[j - 1])) is not None \
            and name.label_ == "PERSON":
        return j - 1
    return comma


def left_noun(reg: Register, verb: Token) -> Token | None:
    """The noun just before ``verb`` on its line, for parses that lost the subject.

    spaCy runs a headline without a full stop into the next line and can attach "Rita Moss
    called" anywhere; the name right before the verb is then still its subject.
    """
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i > 0 and verb.doc[i].text == "," and verb.doc[i - 1].ent_type_ == "PERSON" and verb.doc[i - 1].dep_ == "appos":
        i -= 1  # "When asked about the dam, the minister, Ada Roe, said": the name the parser hung on "dam"
    elif i > 0 and verb.doc[i].text == ",":
        i = _before_aside(verb.doc, i)
    if i < 0:
        return None
    tok = verb.doc[i]
    # A short surname may be tagged an interjection ('"...," Aas said'; stress batch bw).
    known = tok.text[:1].isupper() and tok.lower_ in reg.surnames
    if (tok.pos_ in ("PROPN", "NOUN", "PRON") or known) and reg.paragraph_of[i] == reg.paragraph_of[verb.i] \
            and not reg_inside(reg, tok.idx):
        return tok
    return None


def inverted_object(verb: Token) -> Token | None:
    """'"Who will pay?" asked Ada Roe': a speech verb right after a closing mark, with no subject,
    whose following name the parser took for its object; the name is the inverted subject. A
    capitalised speech verb opening its sentence is inverted the same way ('Replied Ada Roe, "..."',
    'Countered the minister Ivo Lind: "..."')."""
    opening = verb.text[:1].isupper() and (verb.i == 0 or verb.doc[verb.i - 1].text in (".", "!", "?")
                                           or "\n" in verb.doc[verb.i - 1].text)
    before = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text in _AFTER_CLOSE else None
    # Translated text puts a dash or a comma after the closing mark ('"...," - noted the governor',
    # '« ... », assured the prefect').
    if not opening and (verb.i == 0 or not (verb.doc[verb.i - 1].is_quote or (before is not None and before.is_quote))):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and (
        c.ent_type_ == "PERSON" or c.lower_ in BODY_NOUNS  # '"...," informed the press service of X'
        or (c.pos_ == "NOUN" and people_like(c)))]  # '"Where were the pumps?" asked one farmer'
    # A given name that is also a preposition ("said Per Lindqvist") turns the name into its object.
    objs += [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.text[:1].isupper()
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
    return objs[0] if objs else trailing_title(verb) or translated_subject(verb)
