"""Where a person's name begins and ends: spaCy's PERSON boundaries, mended.

The tagger's name spans slip in ways that cost a quote its speaker:

- it runs a name into the verb after it, in title-case headlines and before an unfamiliar verb
  ("Ada Roe Is Right About the Dam", "Roe wrote in her memoir", "Roe accused Lind of ..."):
  the name ends before the verb (a word tagged VERB or AUX after the name's first word);
- it stops a name at a nickname in quotation marks (``Ada "Dee" Roe`` tagged "Ada"): the name
  runs on over the nickname to the surname after it;
- a generational suffix ("Ivo Marsh Jr.") is part of the name but never the surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons

#: Generational suffixes ("Jr", "III"): written after a surname, never one themselves.
SUFFIXES = lexicons.words("name_suffixes")
#: Token texts spaCy gives a double quotation mark.
_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
#: The longest nickname, in words, between the marks ('"Big Jim"').
NICKNAME_WORDS = 2  # set on invented names; a longer quoted run after a name is speech, not a nickname


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _nickname_end(doc: Doc, end: int) -> int:
    """The end of ``"Nick" Surname`` starting at token ``end`` (``end`` itself when absent)."""
    if end >= len(doc) or doc[end].text not in _MARKS:
        return end
    j = end + 1
    while j < len(doc) and j - end - 1 < NICKNAME_WORDS and _capitalised(doc[j]):
        j += 1
    if j == end + 1 or j >= len(doc) or doc[j].text not in _MARKS:
        return end
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k if k > j + 1 else end


#: Entity labels of bodies and places, whose names may hold a verb ("Human Rights Watch").
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def person_span(ent: Span) -> Span:
    """``ent`` without leading lower-case words, cut before a verb run into it (a name tagged PERSON,
    or mistagged LAW as "Roe wrote" can be), and a PERSON run on over a nickname. Bodies and places
    are kept as tagged."""
    if ent.label_ in _BODY_LABELS:
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end - 1 and ent.label_ == "PERSON" and doc[start].text[:1].islower():
        start += 1  # "the rescuer Ivo Marsh" tagged whole: the name starts at its first capital
    for tok in doc[start + 1 : end]:
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text in (",", ";", "(")):
            end = tok.i
            break
        if tok.text in ("-", "\u2013", "\u2014") and tok.whitespace_:  # "Ada Roe - herself a ..."
            end = tok.i
            break
    if end == ent.end and ent.label_ == "PERSON":
        end = _nickname_end(doc, end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def entity_at(tok: Token) -> Span | None:
    """The entity holding ``tok``, with a person's name mended (None when the mending cut ``tok`` off)."""
    for ent in tok.doc.ents:
        mended = person_span(ent)
        if mended.start <= tok.i < mended.end:
            return mended
    return None


def surname(name: str) -> str:
    """The surname of a name as written, lower case: its last word that is not a suffix."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in SUFFIXES]
    return (words or name.split() or [""])[-1].lower()
