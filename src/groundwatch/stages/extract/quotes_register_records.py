"""The register's word lists and records: the role, body and pronoun words the speaker rules test
against, the :class:`Speaker`, :class:`Person` and :class:`Register` records, and the helpers that
read a name as written (:func:`clean_name`, :func:`strip_name`, :func:`text_of`). Re-exported from
:mod:`quotes_register`, where the rules import them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import doc_text, token_starts
from groundwatch.stages.extract.figures_lexicon import PEOPLE as _PERSON_NOUNS
from groundwatch.stages.extract.quotes_register_votes import GIVEN_NAME_GENDER

#: Head nouns of a role held by one person ("minister"; abbreviations such as "sen" without the stop).
TITLE_NOUNS = lexicons.words("roles", kind="title")
#: Head nouns of a body that can speak as one ("the ministry said") or of a group of unnamed people.
BODY_NOUNS = lexicons.words("roles", kind="body|group")
#: Texts that carry a quote for their author ("his statement said"): never the speaker themselves.
DOCUMENT_NOUNS = lexicons.words("roles", kind="document")
#: Group nouns whose singular is one person ("the official"), not a body ("the ministry").
PERSON_GROUP_NOUNS = lexicons.words("roles", kind="group") - lexicons.words("roles", kind="body")
#: Places and facilities: never speakers.
PLACE_NOUNS = lexicons.words("roles", kind="place")
#: Family ties that describe one person ("the mother of three said", "his son, Tidiane,").
KIN_NOUNS = lexicons.words("roles", kind="kin")
#: Words that change which office a title names ("vice", "former").
QUALIFIERS = lexicons.words("roles", kind="qualifier")
_HONORIFICS = lexicons.words("honorifics")
GENDERED = {w: row["gender"] for name in ("roles", "honorifics") for w, row in lexicons.load(name).items()
             if row.get("gender")}
#: Words spaCy runs into a name at the start of a sentence ("Quoting Ada Roe, the paper said").
_NOT_NAME_WORDS = frozenset({"quoting", "citing", "according", "said", "says", "told"})
#: A possessive determiner's sex ("in her speech"): "her" is one only as a possessive.
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
#: Verbs whose "by" agent is the source of what the sentence reports ("as noted by X").
SOURCE_VERBS = frozenset({"note", "explain", "say", "report", "point", "describe", "state", "write", "suggest",
                          "recommend", "advise", "warn", "stress", "observe"})


def _bare(word: str) -> str:
    """A word folded for the lexicons: lower case, no full stop ("Sen." -> "sen")."""
    return word.lower().rstrip(".")


def is_title(word: str) -> bool:
    """True for the head word of a one-person office ("minister", "Sen.", "secretary-general")."""
    w = _bare(word)
    return w in TITLE_NOUNS or w.split("-")[-1] in TITLE_NOUNS


def is_honorific(word: str) -> bool:
    return _bare(word) in _HONORIFICS
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: How many paragraphs back a bare title may reach a person named without a role.
TITLE_FALLBACK_PARAGRAPHS = 2  # the dev articles re-title a person within one or two paragraphs
#: The shortest shared prefix that makes two place words akin ("Veloria" / "Velorian").
AKIN_PREFIX = 5


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker (all None when nobody can be named)."""

    name: str | None = None
    role: str | None = None
    mention: str | None = None
    kind: str | None = None  # person, organisation, country, unknown
    resolved_by: str | None = None  # direct, coreference


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # in full
    role: str | None
    position: int  # character offset of this mention
    paragraph: int
    first: bool = False  # the article's first mention of this person
    described: frozenset[str] = frozenset()  # lower-case nouns written next to the name ("local teacher")


@dataclass(slots=True)
class Register:
    """The people, places and bodies of one article, in reading order."""

    doc: Doc
    paragraph_of: list[int]  # token index -> paragraph index
    people: list[Person] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # surname (lower) -> full name
    family: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # surname -> (offset, full name)
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, name) of main-clause people
    groups: list[tuple[int, Span]] = field(default_factory=list)  # ORG / GPE mentions
    quoted: list[tuple[int, int]] = field(default_factory=list)  # offsets inside quotations
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f" where the text shows it
    name_gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f" from the given name

    def paragraph_of_offset(self, offset: int) -> int:
        """The paragraph index of the token at (or just before) character ``offset``."""
        i = bisect.bisect_right(token_starts(self.doc), offset) - 1
        return self.paragraph_of[i] if 0 <= i < len(self.paragraph_of) else 0

    def paragraph(self, index: int) -> Span:
        """The tokens of paragraph ``index`` (``paragraph_of`` never decreases, so they are one run)."""
        return self.doc[bisect.bisect_left(self.paragraph_of, index):bisect.bisect_right(self.paragraph_of, index)]


def text_of(tokens: Iterable[Token]) -> str:
    toks = list(tokens)
    if not toks:
        return ""
    return doc_text(toks[0].doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


def strip_name(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners / punctuation, a trailing possessive and punctuation."""
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc") or is_honorific(tokens[0].text)
                      or tokens[0].tag_ == "VBG" or tokens[0].lower_ in _NOT_NAME_WORDS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]
    return tokens


#: Military and police ranks (roles.tsv, kind 'rank'): a grade written before a name beside a job.
_RANKS = lexicons.words("roles", kind="rank")


def without_rank(words: list[Token]) -> list[Token]:
    """A role without a possessive pronoun before it ("Its director") and without the rank or honorific right
    before the name ("army spokeswoman Major Ada Roe": the role is "army spokeswoman"; she is addressed as
    Major). A rank alone ("Major Ada Roe") stays the role."""
    while words and words[0].tag_ == "PRP$":  # "Its director, Ada Roe": the pronoun is no part of the role
        words = words[1:]
    while len(words) > 1 and (words[-1].lower_.rstrip(".") in _RANKS or is_honorific(words[-1].text)) and any(
            is_title(t.text) for t in words[:-1]):
        words = words[:-1]
    return words


def glued_descriptor(words: list[Token]) -> bool:
    """True when the first of a name's words is a descriptor the sentence start capitalised ("Farmer Gunnar Eide
    says"): a noun of a person or a title before a listed given name, or a word the article uses as a lower-case noun
    ("the paramedic"). A given name the list lacks stays ("Jose Luis Ramirez", "Chukwuemeka Paul Obi": invented
    probes of session 36 cut 10 of 10 such names to their last two words)."""
    if len(words) < 3 or not words[0].is_sent_start or words[0].lower_ in GIVEN_NAME_GENDER:
        return False
    first = words[0].lower_
    return (words[1].lower_ in GIVEN_NAME_GENDER and (first in _PERSON_NOUNS or is_title(first))) or any(
        t.text == first and t.pos_ == "NOUN" for t in words[0].doc)


def clean_name(ent: Span) -> str:
    words = strip_name(list(ent))
    # a lower-case adverb or verb never ends a name: "Roe later told", which the tagger ran into one entity (invented
    # political probes of session 36: "Roe later", "Roe earlier" credited); a body's may ("the Lusmore coast guard")
    while len(words) > 1 and words[-1].text[:1].islower() and words[-1].pos_ in ("ADV", "VERB", "AUX", "PART"):
        words = words[:-1]
    return text_of(words[1:] if glued_descriptor(words) else words)


def akin(a: str, b: str) -> bool:
    """The same word, or a place and its adjective ("Veloria" / "Velorian")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= max(AKIN_PREFIX, int(0.7 * min(len(a), len(b))))


def reg_inside(reg: Register, offset: int) -> bool:
    """True when ``offset`` lies inside one of the article's quotations."""
    return any(a <= offset < b for a, b in reg.quoted)
