"""Who said it: turning the subject of a speech verb into a speaker named in full.

News names a speaker once in full ("Veloria's foreign minister, Anna Brisk") and then by
surname ("Brisk said"), pronoun ("she added") or title ("the minister said"). This module
keeps a small per-article register of the people named, with the role written next to each
name (a title before it, or an appositive), and resolves a mention against it:

- a name or surname -> the longest full name sharing that surname;
- he / she -> the latest person who spoke or was the main-clause subject before it, or a
  person just introduced by full name in a sentence with no subject; only people are
  antecedents, and one the article shows to be of the other sex (an honorific, a gendered
  title, their own he/she) is skipped;
- a title ("the foreign minister") -> the latest person whose role has the title's head noun
  and agrees with its other words ("Velorian" / "Veloria") and qualifiers ("the president" is
  not the "Vice President"); failing that, the latest person
  named with no role at all, in the same or the two previous paragraphs; failing that the
  title itself, as written, with kind "unknown" (a later cross-outlet stage may resolve it);
- a body ("the interior ministry", "Tessel's army command") -> its name as written; a body
  owned by a pronoun ("his office") -> "<Person>'s office", which names both the person and
  the body, so either reading of who spoke is kept; an acronym ("HAN") -> the full name the
  article wrote before it;
- a noun that described a person ("local baker Ivo Roe" ... "the baker said") -> that person;
- a document ("his statement", "a post from X", "X issued a statement calling") -> its author;
  a place or facility ("the hospital", a dateline) -> nobody.

The role, honorific and document lists are data: ``data/roles.tsv`` and
``data/honorifics.tsv``, loaded through :mod:`groundwatch.lexicons`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.quotes_names import entity_at, person_span, surname

#: Head nouns of a role held by one person ("minister"; abbreviations such as "sen" without the stop).
TITLE_NOUNS = lexicons.words("roles", kind="title")
#: Head nouns of a body that can speak as one ("the ministry said") or of a group of unnamed people.
BODY_NOUNS = lexicons.words("roles", kind="body|group")
#: Texts that carry a quote for their author ("his statement said"): never the speaker themselves.
DOCUMENT_NOUNS = lexicons.words("roles", kind="document")
#: Places and facilities: never speakers.
PLACE_NOUNS = lexicons.words("roles", kind="place")
#: Words that change which office a title names ("vice", "former").
QUALIFIERS = lexicons.words("roles", kind="qualifier")
_HONORIFICS = lexicons.words("honorifics")
_GENDERED = {w: row["gender"] for name in ("roles", "honorifics") for w, row in lexicons.load(name).items()
             if row.get("gender")}
#: Words spaCy runs into a name at the start of a sentence ("Quoting Ada Roe, the paper said").
_NOT_NAME_WORDS = frozenset({"quoting", "citing", "according", "said", "says", "told"})
_POSSESSIVE_GENDER = {"his": "m", "himself": "m", "herself": "f"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _bare(word: str) -> str:
    """A word folded for the lexicons: lower case, no full stop ("Sen." -> "sen")."""
    return word.lower().rstrip(".")


def is_title(word: str) -> bool:
    """True for the head word of a one-person office ("minister", "Sen.", "secretary-general")."""
    w = _bare(word)
    return w in TITLE_NOUNS or w.split("-")[-1] in TITLE_NOUNS


def is_honorific(word: str) -> bool:
    return _bare(word) in _HONORIFICS
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"it", "they"})
_RELATIVE = frozenset({"who", "which", "that"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
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
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, name) of main-clause people
    groups: list[tuple[int, Span]] = field(default_factory=list)  # ORG / GPE mentions
    quoted: list[tuple[int, int]] = field(default_factory=list)  # offsets inside quotations
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f" where the text shows it

    def paragraph_of_offset(self, offset: int) -> int:
        """The paragraph index of the token at (or just before) character ``offset``."""
        i = bisect.bisect_right([t.idx for t in self.doc], offset) - 1
        return self.paragraph_of[i] if 0 <= i < len(self.paragraph_of) else 0


def _text(tokens: Iterable[Token]) -> str:
    toks = list(tokens)
    if not toks:
        return ""
    return toks[0].doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


def _strip(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners / punctuation, a trailing possessive and punctuation."""
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc") or is_honorific(tokens[0].text)
                      or tokens[0].tag_ == "VBG" or tokens[0].lower_ in _NOT_NAME_WORDS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]
    return tokens


def _clean_name(ent: Span) -> str:
    return _text(_strip(list(ent)))


def akin(a: str, b: str) -> bool:
    """The same word, or a place and its adjective ("Veloria" / "Velorian")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= max(AKIN_PREFIX, int(0.7 * min(len(a), len(b))))


def _described(ent: Span) -> frozenset[str]:
    """The common nouns that describe a person where the name is written: a title or
    descriptor before it ("local teacher Ada Roe") or an appositive ("Ada Roe, a nurse")."""
    root = ent.root
    words = [t for t in root.lefts if t.i < ent.start and t.pos_ == "NOUN"]
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= ent.end and child.pos_ == "NOUN":
            words.append(child)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        words.append(root.head)
    return frozenset(w.lemma_.lower() for w in words)


def _role_of(ent: Span) -> str | None:
    """The role written next to a name: a title before it, or an appositive on either side."""
    doc = ent.doc
    root = ent.root
    left = [t for t in root.lefts if t.i < ent.start and t.dep_ not in ("det", "punct", "cc", "prep")]
    if left:
        start = min(t.left_edge.i for t in left)
        words = _strip(list(doc[start : ent.start]))
        if words and any(is_title(t.text) for t in words):
            return _text(words)
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i >= ent.end:
            words = _strip([t for t in child.subtree if t.dep_ != "relcl" and t.i >= child.left_edge.i])
            words = [t for t in words if not any(a.dep_ == "relcl" for a in t.ancestors)]
            if words and any(is_title(t.text) for t in words):
                return _text(_strip(words))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and is_title(root.head.text):
        head = root.head
        words = _strip(list(doc[head.left_edge.i : head.i + 1]))
        return _text(words) or None
    return None


def _is_person(ent: Span) -> bool:
    if ent.label_ == "PERSON":
        return _clean_name(ent)[:1].isupper()  # "the baker" tagged PERSON is no name
    # spaCy sometimes labels an unfamiliar name ORG or GPE; a title written next to a proper
    # name of two or three capitalised words shows it is a person after all.
    words = _strip(list(ent))
    return (
        ent.label_ in ("ORG", "GPE", "NORP")
        and 2 <= len(words) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and not is_title(words[-1].text)
        and _role_of(ent) is not None
    )


def _main_clause(tok: Token) -> bool:
    """True when ``tok``'s verb is the sentence's main verb (not reported content, a relative, or
    a clause opened by "while", "if", "because"...)."""
    v = tok.head
    while v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
        if v.dep_ == "advcl" and any(c.dep_ == "mark" for c in v.children):
            return False
        v = v.head
    return v.dep_ == "ROOT"


def _lost_subject(ent: Span) -> bool:
    """A name the parse failed to make its verb's subject: read as a compound of the verb right
    after it ("Roe bristles at ..."), or as the root of a sentence it opens ("Ada Roe, the head
    of the clinic, compared ...", where the verb became a preposition)."""
    root = ent.root
    verb = root.head
    if root.dep_ == "compound" and verb.pos_ == "VERB" and verb.i == ent.end and verb.dep_ == "ROOT":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return root.dep_ == "ROOT" and root.pos_ == "PROPN" and ent.start == root.sent.start


def _gender_of(ent: Span, role: str | None) -> str | None:
    """The sex an honorific before the name or a gendered title in its role gives, else None."""
    before = ent.doc[ent.start - 1].text if ent.start > 0 else ""
    words = [before, *(t.text for t in ent), *((role or "").split())]
    for w in words:
        g = _GENDERED.get(_bare(w))
        if g:
            return g
    return None


def _gender_votes(reg: Register) -> None:
    """Learn a person's sex from the article: in a sentence naming one person only, the he/his
    or she/her that follow the name refer to them. A name whose sentences disagree stays unknown."""
    votes: dict[str, set[str]] = {}
    for sent in reg.doc.sents:
        named = [p for p in reg.people if sent.start_char <= p.position < sent.end_char]
        if len({p.name for p in named}) != 1:
            continue
        after = [t.lower_ for t in sent if t.idx > named[0].position and not reg_inside(reg, t.idx)]
        found = {g for w in after if (g := _PRONOUN_GENDER.get(w) or _POSSESSIVE_GENDER.get(w))}
        votes.setdefault(named[0].name, set()).update(found)
    for name, found in votes.items():
        if len(found) == 1 and name not in reg.gender:
            reg.gender[name] = next(iter(found))


def build_register(doc: Doc, paragraph_of: list[int], quoted: list[tuple[int, int]]) -> Register:
    """Index the people (full names, roles), main-clause subjects and bodies of ``doc``."""
    reg = Register(doc, paragraph_of, quoted=quoted)
    people_ents = [m for e in doc.ents if _is_person(m := person_span(e)) and not reg_inside(reg, e.start_char)]
    for ent in people_ents:
        name = _clean_name(ent)
        if len(name.split()) >= 2:
            last = surname(name)
            known = reg.surnames.get(last)
            if known is None or len(name) > len(known):
                reg.surnames[last] = name
    for ent in people_ents:
        full = resolve_name(reg, _clean_name(ent))
        if not full:
            continue
        para = paragraph_of[ent.start] if ent.start < len(paragraph_of) else 0
        role = _role_of(ent)
        gender = _gender_of(ent, role)
        if gender and full not in reg.gender:
            reg.gender[full] = gender
        reg.people.append(Person(full, role, ent.start_char, para, all(p.name != full for p in reg.people),
                                 _described(ent)))
        if ent.root.dep_ in ("nsubj", "nsubjpass") and _main_clause(ent.root):
            reg.subjects.append((ent.start_char, full))
        elif (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")
              and _main_clause(ent.root.head) and ent.root.pos_ == "PROPN" and len(full.split()) >= 2):
            # "Its director, Mira Selk, said ...": a full name in apposition is the clause's subject
            # (not a common noun spaCy tags PERSON, as in "Jonas Pell, a baker, said").
            reg.subjects.append((ent.start_char, full))
        elif _lost_subject(ent):
            reg.subjects.append((ent.start_char, full))
    _gender_votes(reg)
    named = {ent.start_char for ent in people_ents}
    for tok in doc:  # a surname spaCy did not tag PERSON ("Roe bristles at ...") still is a subject
        if (tok.pos_ in ("PROPN", "NOUN") and tok.dep_ == "nsubj" and tok.idx not in named
                and tok.lower_ in reg.surnames and tok.text[:1].isupper()
                and _main_clause(tok) and not reg_inside(reg, tok.idx)):
            reg.subjects.append((tok.idx, reg.surnames[tok.lower_]))
    reg.subjects.sort()
    for ent in doc.ents:
        # An all-capitals place is a dateline ("WASHINGTON --"), never the subject of a pronoun.
        if (ent.label_ in ("ORG", "GPE") and not _is_person(ent) and not reg_inside(reg, ent.start_char)
                and not (ent.label_ == "GPE" and ent.text.isupper() and len(ent.text) > 3)):
            reg.groups.append((ent.start_char, ent))
    return reg


def reg_inside(reg: Register, offset: int) -> bool:
    """True when ``offset`` lies inside one of the article's quotations."""
    return any(a <= offset < b for a, b in reg.quoted)


def resolve_name(reg: Register, name: str) -> str | None:
    """A name as written -> the full name used in the article (a surname alone maps to it)."""
    words = [w for w in name.split() if not is_honorific(w)]
    if not words:
        return None
    full = reg.surnames.get(surname(" ".join(words)))
    if full and len(full.split()) >= len(words):
        return full
    return " ".join(words)


def _sentence_start(reg: Register, offset: int) -> int:
    i = bisect.bisect_right([t.idx for t in reg.doc], offset) - 1
    return reg.doc[max(i, 0)].sent.start_char if len(reg.doc) else 0


def latest_person(reg: Register, before: int, gender: str | None = None) -> str | None:
    """The person a pronoun before offset ``before`` most likely refers to, or None.

    The latest main-clause subject (or quoted speaker), unless a person was introduced by full
    name and role after it, in this paragraph or the one before (news introduces a new speaker,
    "Ivo Roe, the camp's director", then quotes "he said"); ``gender`` ("m"/"f")
    rules out people the text shows to be of the other sex.
    """
    def agrees(name: str) -> bool:
        return gender is None or reg.gender.get(name, gender) == gender

    cands = [(pos, name) for pos, name in reg.subjects if pos < before and agrees(name)]
    latest = max(cands) if cands else None
    here = _sentence_start(reg, before)
    previous = _sentence_start(reg, here - 1) if here > 0 else here

    def presented(p: Person) -> bool:
        """Named with a role, or in the sentence just before, in a sentence with no person subject."""
        start = _sentence_start(reg, p.position)
        if any(_sentence_start(reg, pos) == start for pos, _ in cands):
            return False
        return bool(p.role or p.described) or start == previous

    introduced = [p for p in reg.people if p.first and len(p.name.split()) >= 2 and agrees(p.name) and presented(p)
                  and (latest is None or latest[0] < p.position) and p.position < before
                  and not reg_inside(reg, p.position)
                  and _sentence_start(reg, p.position) < _sentence_start(reg, before)]
    if introduced and (latest is None or reg.paragraph_of_offset(introduced[-1].position)
                       >= reg.paragraph_of_offset(before) - 1):
        return introduced[-1].name
    if latest is not None:
        return latest[1]
    people = [p for p in reg.people if p.position < before and agrees(p.name)]
    return people[-1].name if people else None


def _title_match(mention: list[Token], role: str) -> bool:
    role_words = [w.strip(".,'’").lower() for w in role.replace("-", " ").split()]
    role_words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in role_words]
    head = mention[-1].lower_
    if not any(w == head or w == mention[-1].lemma_.lower() for w in role_words):
        return False
    said = {t.lower_ for t in mention}
    at = role_words.index(head) if head in role_words else len(role_words)
    if any(w in QUALIFIERS and w not in said for w in role_words[:at]):
        return False  # "the president" is not the "Vice President"
    for t in mention[:-1]:
        if t.tag_ == "POS" or t.lower_ in _POSSESSIVE_PRONOUNS:
            continue
        if not any(akin(t.text.strip("’'"), w) for w in role_words):
            return False
    return True


def resolve_title(reg: Register, mention: list[Token]) -> Person | None:
    """The person a title refers to ("the minister"), or None."""
    before = mention[0].idx
    cands = [p for p in reg.people if p.position < before and p.role and _title_match(mention, p.role)]
    if cands:
        return cands[-1]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in mention[:-1]):
        return None  # a qualified title ("the Velorian minister") must agree with a written role
    para = reg.paragraph_of[mention[0].i]
    roleless = [p for p in reg.people if p.position < before and p.role is None
                and para - p.paragraph <= TITLE_FALLBACK_PARAGRAPHS]
    return roleless[-1] if roleless else None


def _subordinate(ent: Span, pron: Token) -> bool:
    """True when ``ent`` sits in a clause (relative, complement...) that does not hold ``pron``."""
    for a in ent.root.ancestors:
        if a.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp") and not (
            a.left_edge.i <= pron.i <= a.right_edge.i
        ):
            return True
    return False


def _phrase(tok: Token) -> list[Token]:
    """The noun phrase headed by ``tok``: its left modifiers and an "of" complement."""
    excluded: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
            excluded.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i <= tok.i and t.i not in excluded]
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            toks.extend(child.subtree)
            break
    toks.sort(key=lambda t: t.i)
    # A parse may run a headline into the next line; a speaker never crosses a line break.
    toks = [t for t in toks if "\n" not in tok.doc.text[min(t.idx, tok.idx) : max(t.idx, tok.idx)]]
    return _strip(toks)


def _document_author(reg: Register, doc_tok: Token) -> Speaker:
    """Whoever a statement, post or report speaks for: its owner ("her post", "a post from X",
    "X's brief"), or the subject that issued it ("X issued a statement calling ..."); else nobody."""
    for child in doc_tok.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            name = latest_person(reg, child.idx, _PRONOUN_GENDER.get(child.lower_))
            return Speaker(name, None, child.text, "person", "coreference") if name else Speaker()
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE")):
            return resolve_subject(reg, child)
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() not in DOCUMENT_NOUNS:
                return resolve_subject(reg, objs[0])
    if doc_tok.dep_ in ("dobj", "pobj"):
        verb = doc_tok.head if doc_tok.dep_ == "dobj" else doc_tok.head.head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and not reg_inside(reg, c.idx)]
        if subj and subj[0].lemma_.lower() not in DOCUMENT_NOUNS:
            return resolve_subject(reg, subj[0])
    return Speaker(None, None, doc_tok.text, None, None)


def _expand_acronym(reg: Register, ent: Span) -> str | None:
    """The full name of an organisation the article wrote out before using its acronym, or None."""
    short = ent.text.strip().replace(".", "")
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return None
    for e in reg.doc.ents:
        if e.label_ != "ORG" or e.start >= ent.start:
            continue
        initials = "".join(w[0] for w in _clean_name(e).split() if w[:1].isupper())
        if initials == short:
            return _clean_name(e)
    return None


def _body_speaker(reg: Register, tok: Token, words: list[Token], written: str) -> Speaker:
    """A body ("the ministry"), named through its owner where a pronoun owns it ("his office")."""
    owner = next((t for t in words if t.lower_ in _POSSESSIVE_PRONOUNS and t.head.i == tok.i), None)
    if owner is not None and owner.lower_ in ("his", "her"):
        person = latest_person(reg, owner.idx)
        if person:
            rest = _text([t for t in words if t.i > owner.i])
            return Speaker(f"{person}'s {rest}", None, written, "organisation", "coreference")
    if owner is not None and owner.lower_ in ("its", "their"):
        groups = [(pos, e) for pos, e in reg.groups if pos < owner.idx]
        if groups:
            rest = _text([t for t in words if t.i > owner.i])
            return Speaker(f"{_clean_name(groups[-1][1])}'s {rest}", None, written, "organisation",
                           "coreference")
    return Speaker(written or None, None, written, "organisation", "direct")


def resolve_subject(reg: Register, tok: Token) -> Speaker:
    """Resolve the subject token of a speech verb to a :class:`Speaker`."""
    low = tok.lower_
    if low in _RELATIVE and tok.head.dep_ == "relcl":
        return resolve_subject(reg, tok.head.head)
    if low in _PERSON_PRONOUNS:
        name = latest_person(reg, tok.idx, _PRONOUN_GENDER.get(low))
        role = next((p.role for p in reversed(reg.people) if p.name == name and p.role), None)
        if name:
            return Speaker(name, role, tok.text, "person", "coreference")
        return Speaker(None, None, tok.text, None, None)
    if low in _GROUP_PRONOUNS:
        groups = [(pos, ent) for pos, ent in reg.groups if pos < tok.idx and not _subordinate(ent, tok)]
        if not groups:  # an unfamiliar country name may be labelled PERSON: take it within the sentence
            groups = [(e.start_char, e) for e in tok.sent.ents
                      if e.end <= tok.i and e.root.pos_ == "PROPN" and not _subordinate(e, tok)]
        if groups:
            # The latest body named, unless it is a possessor and a body is the sentence's subject
            # ("The council condemned Ostria's test, which it called ...").
            acting = [g for g in groups if g[1].root.dep_ in ("nsubj", "nsubjpass") and g[1].sent == tok.sent]
            group = (acting if acting and groups[-1][1].root.dep_ == "poss" else groups)[-1][1]
            kind = "country" if group.label_ in ("GPE", "PERSON") else "organisation"
            return Speaker(_clean_name(group), None, tok.text, kind, "coreference")
        return Speaker(None, None, tok.text, None, None)
    named_next = _appositive_name(tok)
    if named_next is not None:  # "the minister, Anna Brisk, said"
        full = resolve_name(reg, _clean_name(named_next)) or _clean_name(named_next)
        return Speaker(full, _text(_phrase(tok)) or None, _text(_phrase(tok)), "person", "direct")
    if tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].islower():  # "the baker said" (the tagger may call it PERSON)
        described = _described_person(reg, tok)
        if described is not None:
            return Speaker(described.name, described.role, tok.text, "person", "coreference")
    ent = entity_at(tok)
    if ent is not None and (_is_person(ent) or tok.text.lower() in reg.surnames):
        full = resolve_name(reg, _clean_name(ent)) or _clean_name(ent)
        role = _role_of(ent) or next((p.role for p in reversed(reg.people) if p.name == full and p.role), None)
        return Speaker(full, role, _clean_name(ent), "person", "direct")
    titled_head = is_title(tok.text) or is_title(tok.lemma_)
    if tok.pos_ == "PROPN" and not titled_head and (ent is None or ent.label_ not in ("GPE", "ORG", "NORP")):
        written_name = resolve_name(reg, _text(_strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))))
        if written_name:
            return Speaker(written_name, None, tok.text, "person", "direct")
    if tok.text[:1].isupper() and tok.lower_ in reg.surnames:  # a surname parsed as a noun or place
        return Speaker(reg.surnames[tok.lower_], None, tok.text, "person", "direct")
    words = _phrase(tok)
    written = _text(words)
    head = tok.lower_
    if head in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
        return _document_author(reg, tok)
    if head in PLACE_NOUNS or tok.lemma_.lower() in PLACE_NOUNS or (ent is not None and ent.label_ in ("LOC", "FAC")):
        return Speaker(None, None, tok.text, None, None)
    if head in BODY_NOUNS or tok.lemma_.lower() in BODY_NOUNS:
        return _body_speaker(reg, tok, words, written)
    if titled_head:
        title = [t for t in words if t.i <= tok.i and t.dep_ != "prep"]
        titled = resolve_title(reg, title) if title else None
        if titled is not None:
            return Speaker(titled.name, titled.role or written, written, "person", "coreference")
        return Speaker(written or None, written or None, written, "unknown", None)
    if ent is not None:
        kind = "country" if ent.label_ in ("GPE", "NORP") else "organisation"
        name = _clean_name(ent) if len(words) <= len(ent) else written
        if kind == "organisation":
            name = _expand_acronym(reg, ent) or name
        return Speaker(name, None, written, kind, "direct")
    if words and any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in words):
        return Speaker(written, None, written, "organisation", "direct")
    if tok.pos_ in ("NOUN", "PROPN") and written:
        described = _described_person(reg, tok)
        if described is not None:
            return Speaker(described.name, described.role, written, "person", "coreference")
        return Speaker(written, None, written, "unknown", None)
    return Speaker(None, None, tok.text, None, None)


def _described_person(reg: Register, tok: Token) -> Person | None:
    """The latest person described earlier by the same noun ("local teacher Ada Roe" ... "the teacher")."""
    noun = tok.lemma_.lower()
    cands = [p for p in reg.people if p.position < tok.idx and noun in p.described]
    return cands[-1] if cands else None


def _appositive_name(tok: Token) -> Span | None:
    """A person named in apposition to ``tok``, or between it and its verb ("the head of the
    agency, Ada Roe said": the parser may hang the name on the nearest noun; "Roe's niece, state
    councillor Ada Lind (Tessel), shouted": a name after the subject's comma, behind role words)."""
    for child in tok.children:
        if child.dep_ == "appos":
            named = entity_at(child)
            if named is not None and _is_person(named):
                return named
    verb = tok.head
    doc = tok.doc
    if verb.i <= tok.i:
        return None
    for ent in map(person_span, tok.sent.ents):
        if not (tok.i < ent.start and ent.end <= verb.i and _is_person(ent)):
            continue
        if ent.end == verb.i and doc[ent.start - 1].text == ",":
            return ent
        if (doc[tok.i + 1].text == "," and doc[ent.end].text in (",", "(")
                and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in doc[tok.i + 2 : ent.start])):
            return ent
    return None
