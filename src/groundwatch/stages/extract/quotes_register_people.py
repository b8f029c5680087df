"""Which entities of an article are people, and what the text writes next to each name: the role
(:func:`role_of`), the describing nouns, the sex a title or honorific gives; and the one-word
"people" that are places, companies or the start of a facility's name (never speakers). Used by
:func:`quotes_register.build_register`; the public names are re-exported from :mod:`quotes_register`.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from groundwatch.stages.extract.doc_cache import doc_ents
from groundwatch.stages.extract.quotes_names import SURNAME_PARTICLES
from groundwatch.stages.extract.quotes_register_names import title_alone
from groundwatch.stages.extract.quotes_register_records import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    GENDERED,
    PLACE_NOUNS,
    QUALIFIERS,
    _bare,
    clean_name,
    glued_descriptor,
    is_title,
    strip_name,
    text_of,
    without_rank,
)
from groundwatch.stages.extract.quotes_register_votes import GIVEN_NAME_GENDER


def appositives(ent: Span) -> list[Token]:
    """The appositives written after a name: its own, up to the next person joined to it ("Karim Roe and Ivo Lind,
    the regional governor,": the parser hangs the governor on Roe, the coordination's head, though it follows Lind),
    and, for the last of a coordination, the head's appositive right after it."""
    root, doc = ent.root, ent.doc
    joined = [c.i for c in root.children if c.dep_ == "conj" and c.i >= ent.end]
    own = [c for c in root.rights if c.dep_ == "appos" and c.i >= ent.end and not any(j < c.i for j in joined)]
    if root.dep_ == "conj" and ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        own += [c for c in root.head.children if c.dep_ == "appos" and c.left_edge.i == ent.end + 1]
    return own


def _described(ent: Span) -> frozenset[str]:
    """The common nouns that describe a person where the name is written: a title or
    descriptor before it ("local teacher Ada Roe") or an appositive ("Ada Roe, a nurse")."""
    root = ent.root
    # A noun opening the sentence is tagged a proper noun for its capital ("Surgeon Ivo Roe").
    words = [t for t in root.lefts if t.i < ent.start and (
        t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_sent_start and not t.ent_type_))]
    named = strip_name(list(ent))
    if glued_descriptor(named):
        words.append(named[0])
    # "His deputy mayor, Kwame Aidoo,": a deputy, vice or former holder is not "the mayor" (invented political
    # probes of session 36: "the mayor said" went to the deputy named after the mayor)
    words += [child for child in appositives(ent) if child.pos_ == "NOUN" and not any(
        g.lower_ in QUALIFIERS and g.i < child.i for g in child.children)]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        words.append(root.head)
    return frozenset(w.lemma_.lower() for w in words)


def role_of(ent: Span) -> str | None:
    """The role written next to a name: a title before it, or an appositive on either side."""
    doc = ent.doc
    root = ent.root
    left = [t for t in root.lefts if t.i < ent.start and t.dep_ not in ("det", "punct", "cc", "prep")]
    if left:
        start = min(t.left_edge.i for t in left)
        words = without_rank(strip_name(list(doc[start : ent.start])))
        if words and any(is_title(t.text) for t in words):
            return text_of(words) + _office_place(ent)
    for child in appositives(ent):
        if child.pos_ in ("NOUN", "PROPN"):
            words = strip_name([t for t in child.subtree if t.dep_ != "relcl" and t.i >= child.left_edge.i])
            words = [t for t in words if not any(a.dep_ == "relcl" for a in t.ancestors)]
            if words and any(is_title(t.text) for t in words):
                return text_of(strip_name(words))
    # "The Refugee Commissioner, Ada Roe,": a capitalised office is tagged a proper noun
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and is_title(root.head.text):
        head = root.head
        words = without_rank(strip_name(list(doc[head.left_edge.i : head.i + 1])))
        return text_of(words) or None
    owner = root.head
    if (root.dep_ == "appos" and owner.dep_ == "pobj" and owner.head.lower_ == "of"
            and owner.head.head.pos_ == "NOUN" and is_title(owner.head.head.text) and owner.i < ent.start):
        # "the mayor of Kessa, Ada Roe": the parse hangs the name on the nearest noun
        return text_of(strip_name(list(doc[owner.head.head.i : owner.i + 1]))) or None
    return None


def _office_place(ent: Span) -> str:
    """The place or body a title before the name is of, written after the name ("Governor Luca Dragan
    of Mirna province": " of Mirna province"), so that "the Mirna governor" finds him (quotes round 17)."""
    doc = ent.doc
    of = doc[ent.end] if ent.end < len(doc) else None
    if of is None or of.lower_ != "of" or of.head.i != ent.root.i:
        return ""
    place = [c for c in of.children if c.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in c.subtree)]
    return " " + text_of(list(doc[of.i : place[0].right_edge.i + 1])) if place else ""


def is_person_ent(ent: Span) -> bool:
    if ent.label_ == "PERSON" and not title_alone(ent):  # "Sgt." cut from its name is a rank
        name = clean_name(ent)  # "the baker" tagged PERSON is no name; "al-Haddad" is one
        first, _, rest = name.partition(" ")  # "de Varga", a surname with its particle, is a name
        return (name[:1].isupper() or re.match(r"[a-z]{1,3}-[A-Z]", name) is not None
                or (first in SURNAME_PARTICLES and rest[:1].isupper()))
    # spaCy sometimes labels an unfamiliar name ORG or GPE; a title written next to a proper
    # name of two or three capitalised words shows it is a person after all (a hyphen inside a
    # surname, "Mbeki-Sorensen", joins two of its words into one; "D-Tessel", a party and a
    # district, is no name). A facility's name needs the title ("Ada Roe Hospital"; stress bk).
    words = [t for t in strip_name(list(ent)) if not (t.text == "-" and not t.whitespace_ and t.i > 0
                                                      and not t.doc[t.i - 1].whitespace_
                                                      and t.doc[t.i - 1].text[1:].islower())]
    return (
        ent.label_ in ("ORG", "GPE", "NORP", "FAC")
        and 2 <= len(words) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and not is_title(words[-1].text)
        and (role_of(ent) is not None or (_given_name_first(words) and ent.label_ != "FAC")
             or _surname_tagged(ent))
    )


def _surname_tagged(ent: Span) -> bool:
    """The last word of a name the tagger called a body or place is tagged a person on its own
    elsewhere in the article ("Ada Holm-Riis" an ORG, then "Holm-Riis denied it" a PERSON; blind
    batch pc): the article's own other mention shows the name is a person's."""
    last = text_of(strip_name(list(ent))).split()[-1]
    return ent.label_ != "FAC" and any(e.label_ == "PERSON" and e.start != ent.start and clean_name(e) == last
                                       for e in doc_ents(ent.doc))


def _given_name_first(words: list[Token]) -> bool:
    """A listed given name opening the name ("Gunnar Eide"), or after one capitalised descriptor
    ("Farmer Gunnar Eide"), and no word of a body or place ("Victoria Station")."""
    at = [i for i, t in enumerate(words[:2]) if t.lower_ in GIVEN_NAME_GENDER]
    return bool(at) and at[0] < len(words) - 1 and not any(
        t.lower_ in BODY_NOUNS or t.lower_ in PLACE_NOUNS or t.lower_ in DOCUMENT_NOUNS for t in words)


def _lone_word(ent: Span, people: list[Span]) -> str | None:
    """The one word of a one-word "person" that is no named person's surname, else None."""
    words = strip_name(list(ent))
    if len(words) != 1:
        return None
    word = words[0].text
    if any(len(strip_name(list(p))) > 1 and strip_name(list(p))[-1].text == word for p in people):
        return None
    return word


def _place_named(ent: Span, people: list[Span]) -> bool:
    """A one-word "person" that is a place: described as one ("Tervik, a fishing town, ..."), a
    modifier after "the" ("the Tervik rail depot"), or tagged a place elsewhere in the article as often
    as a person, and no person's surname. Only people are speakers."""
    word = _lone_word(ent, people)
    if word is None:
        return False
    if any(_bare(n) in PLACE_NOUNS for e in (ent, *(e for e in doc_ents(ent.doc) if e.text == word))
           for n in _described(e)):
        return True  # described as a place where it is written, or at another mention
    doc = ent.doc
    if (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.end < len(doc)
            and doc[ent.end].pos_ == "NOUN" and doc[ent.end].text[:1].islower()):
        return True  # "the Brenna rail depot": a word naming what follows, not a person
    # Tagged a place at least as often as a person: a headline's one place tag ("... endorses Hale at rally")
    # does not outvote the body's three person tags (invented probes, session 35).
    votes = _tags_of(ent, word)
    places = votes["GPE"] + votes["LOC"] + votes["FAC"]
    return places > 0 and places >= votes["PERSON"]


def _tags_of(ent: Span, word: str) -> Counter[str]:
    """How often the article's entities tag ``word`` alone with each label."""
    return Counter(e.label_ for e in doc_ents(ent.doc) if e.text == word)


def _company_named(ent: Span, people: list[Span]) -> bool:
    """A one-word "person" that is a company: the article names a body that begins with the same
    word ("Brandt" after "Brandt Holdings", "Hewlett" after "Hewlett-Packard Co."), or tags the
    word a body elsewhere, and no person named in full has it as a surname. Business news calls a
    company by its first word, and a "he said" after "Brandt announced ..." is never the company."""
    word = _lone_word(ent, people)
    if word is None:
        return False
    ents = doc_ents(ent.doc)
    if any(e.label_ == "ORG" and e[0].text == word and len(e) > 1 and e[1].lower_ not in _PERSONAL_BODIES
           and not any(t.pos_ in _NOT_IN_A_COMPANY_NAME for t in e) for e in ents):
        return True
    # The word alone tagged a body elsewhere: the tagger's guess at a surname it does not know, so a vote: more
    # body tags than person tags make it a company (invented probes, session 35: one ORG tag of "Hale" among
    # person tags had made every "Hale" a company, and "he said" went to the running mate).
    votes = _tags_of(ent, word)
    own = ent.label_ == "ORG" and ent.text == word  # the span's own body tag is no vote of "elsewhere"
    return votes["ORG"] - own > votes["PERSON"]


#: Words a company's name is not made of: a "body" the tagger made of a Title Case headline's run ("Roe On Climate
#: Change", "Roe Says Polls Are Fake") holds a verb, a preposition or a pronoun ("Brandt & Sons" keeps its "&"; the
#: title-case respelling of quotes-dev: one held-out article's subject became a company, its text unread; invented
#: probes, session 35).
_NOT_IN_A_COMPANY_NAME = frozenset({"VERB", "AUX", "ADP", "PART", "PRON"})
#: What a person's name opens without the name being a company's: "the Hale campaign", "the Roe administration".
_PERSONAL_BODIES = frozenset({"campaign", "administration", "camp", "team", "family", "government", "cabinet",
                              "presidency", "foundation", "aides", "allies", "supporters"})


def _facility_name(ent: Span) -> bool:
    """A "person" that only begins a place's name ("St Brigid's Hospital", "Roe Street"): the word
    after it is a capitalised place or facility noun. Places are never speakers."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].lower_ in PLACE_NOUNS


def body_name(ent: Span) -> str:
    """A body's name with the place or body it belongs to, which the tagger may split off as an
    entity of its own ("the Ministry of Foreign Affairs" + "of Kestria")."""
    doc = ent.doc
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_iob_ == "B" and \
            doc[end + 1].ent_type_ in ("GPE", "ORG"):
        end = end + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return text_of(strip_name(list(doc[ent.start : end])))
    return clean_name(ent)


def _name_tail(ent: Span) -> bool:
    """A place or body that only ends another body's name ("... Affairs of Kestria")."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].ent_type_ == "ORG"


def _gender_of(ent: Span, role: str | None) -> str | None:
    """The sex an honorific before the name or a gendered title in its role gives, else None."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    words = [before, *(t.text for t in ent), *((role or "").split())]
    for w in words:
        g = GENDERED.get(_bare(w))
        if g:
            return g
    return None
