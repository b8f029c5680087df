"""Who said it: turning the subject of a speech verb into a speaker named in full.

News names a speaker once in full ("Veloria's foreign minister, Anna Brisk") and then by
surname ("Brisk said"), pronoun ("she added") or title ("the minister said"). This module
keeps a small per-article register of the people named, with the role written next to each
name (a title before it, or an appositive), and resolves a mention against it:

- a name or surname -> the longest full name sharing that surname;
- he / she -> the latest person who spoke or was the main-clause subject before it;
- a title ("the foreign minister") -> the latest person whose role has the title's head noun
  and agrees with its other words ("Velorian" / "Veloria"); failing that, the latest person
  named with no role at all, in the same or the two previous paragraphs; failing that the
  title itself, as written, with kind "unknown" (a later cross-outlet stage may resolve it);
- a body ("the interior ministry", "Tessel's army command") -> its name as written; a body
  owned by a pronoun ("his office") -> "<Person>'s office", which names both the person and
  the body, so either reading of who spoke is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

#: Head nouns of a role held by one person. Chosen from the titles of English news writing.
TITLE_NOUNS = frozenset({
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor",
    "premier", "governor", "mayor", "ambassador", "envoy", "chief", "head", "director", "commander",
    "general", "leader", "chairman", "chairwoman", "chair", "senator", "lawmaker", "king", "queen",
    "prince", "pope", "deputy", "adviser", "advisor", "aide", "representative", "negotiator",
    "coordinator", "commissioner", "diplomat", "secretary-general", "prosecutor", "judge", "officer",
    "colonel", "captain", "lieutenant", "sergeant", "mp", "congressman", "congresswoman", "official",
    "administrator", "rapporteur", "ceo", "founder", "emir", "sheikh", "sultan", "monarch", "speaker",
    "vice", "undersecretary", "attorney", "marshal", "admiral", "cardinal", "bishop", "patriarch",
})
#: Head nouns of a body that can speak as one ("the ministry said").
BODY_NOUNS = frozenset({
    "ministry", "office", "department", "government", "embassy", "police", "army", "military", "forces",
    "council", "agency", "authorities", "authority", "officials", "service", "services", "committee",
    "commission", "organization", "organisation", "federation", "union", "party", "administration",
    "command", "presidency", "kremlin", "mission", "cabinet", "parliament", "court", "company",
    "group", "movement", "alliance", "coalition", "bureau", "statement", "spokespeople", "sources",
    "institute", "board", "secretariat", "headquarters", "staff", "team", "campaign",
})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof", "prof."})
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


def _text(tokens: Iterable[Token]) -> str:
    toks = list(tokens)
    if not toks:
        return ""
    return toks[0].doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


def _strip(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners / punctuation, a trailing possessive and punctuation."""
    while tokens and (tokens[0].dep_ in ("det", "punct", "cc") or tokens[0].lower_ in _HONORIFICS):
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


def _role_of(ent: Span) -> str | None:
    """The role written next to a name: a title before it, or an appositive on either side."""
    doc = ent.doc
    root = ent.root
    left = [t for t in root.lefts if t.i < ent.start and t.dep_ not in ("det", "punct", "cc", "prep")]
    if left:
        start = min(t.left_edge.i for t in left)
        words = _strip(list(doc[start : ent.start]))
        if words and any(t.lower_ in TITLE_NOUNS or t.lower_.split("-")[-1] in TITLE_NOUNS for t in words):
            return _text(words)
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i >= ent.end:
            words = _strip([t for t in child.subtree if t.dep_ != "relcl" and t.i >= child.left_edge.i])
            words = [t for t in words if not any(a.dep_ == "relcl" for a in t.ancestors)]
            if words and any(t.lower_ in TITLE_NOUNS for t in words):
                return _text(_strip(words))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in TITLE_NOUNS:
        head = root.head
        words = _strip(list(doc[head.left_edge.i : head.i + 1]))
        return _text(words) or None
    return None


def _is_person(ent: Span) -> bool:
    if ent.label_ == "PERSON":
        return True
    # spaCy sometimes labels an unfamiliar name ORG or GPE; a title written next to a proper
    # name of two or three capitalised words shows it is a person after all.
    words = _strip(list(ent))
    return (
        ent.label_ in ("ORG", "GPE", "NORP")
        and 2 <= len(words) <= 3
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and words[-1].lower_ not in TITLE_NOUNS
        and _role_of(ent) is not None
    )


def _main_clause(tok: Token) -> bool:
    """True when ``tok``'s verb is the sentence's main verb (not reported content or a relative)."""
    v = tok.head
    while v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ROOT"


def build_register(doc: Doc, paragraph_of: list[int], quoted: list[tuple[int, int]]) -> Register:
    """Index the people (full names, roles), main-clause subjects and bodies of ``doc``."""
    reg = Register(doc, paragraph_of, quoted=quoted)
    people_ents = [e for e in doc.ents if _is_person(e) and not reg_inside(reg, e.start_char)]
    for ent in people_ents:
        name = _clean_name(ent)
        if len(name.split()) >= 2:
            last = name.split()[-1].lower()
            known = reg.surnames.get(last)
            if known is None or len(name) > len(known):
                reg.surnames[last] = name
    for ent in people_ents:
        full = resolve_name(reg, _clean_name(ent))
        if not full:
            continue
        para = paragraph_of[ent.start] if ent.start < len(paragraph_of) else 0
        reg.people.append(Person(full, _role_of(ent), ent.start_char, para))
        if ent.root.dep_ in ("nsubj", "nsubjpass") and _main_clause(ent.root):
            reg.subjects.append((ent.start_char, full))
        elif (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")
              and _main_clause(ent.root.head) and ent.root.pos_ == "PROPN" and len(full.split()) >= 2):
            # "Its director, Mira Selk, said ...": a full name in apposition is the clause's subject
            # (not a common noun spaCy tags PERSON, as in "Jonas Pell, a baker, said").
            reg.subjects.append((ent.start_char, full))
    for ent in doc.ents:
        if ent.label_ in ("ORG", "GPE") and not _is_person(ent) and not reg_inside(reg, ent.start_char):
            reg.groups.append((ent.start_char, ent))
    return reg


def reg_inside(reg: Register, offset: int) -> bool:
    """True when ``offset`` lies inside one of the article's quotations."""
    return any(a <= offset < b for a, b in reg.quoted)


def resolve_name(reg: Register, name: str) -> str | None:
    """A name as written -> the full name used in the article (a surname alone maps to it)."""
    words = [w for w in name.split() if w.lower() not in _HONORIFICS]
    if not words:
        return None
    full = reg.surnames.get(words[-1].lower())
    if full and len(full.split()) >= len(words):
        return full
    return " ".join(words)


def latest_person(reg: Register, before: int) -> str | None:
    """The latest person who was a main-clause subject (or quoted speaker) before ``before``."""
    cands = [(pos, name) for pos, name in reg.subjects if pos < before]
    if cands:
        return max(cands)[1]
    people = [p for p in reg.people if p.position < before]
    return people[-1].name if people else None


def _title_match(mention: list[Token], role: str) -> bool:
    role_words = [w.strip(".,'’").lower() for w in role.replace("-", " ").split()]
    role_words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in role_words]
    head = mention[-1].lower_
    if not any(w == head or w == mention[-1].lemma_.lower() for w in role_words):
        return False
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


def _entity_at(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def resolve_subject(reg: Register, tok: Token) -> Speaker:
    """Resolve the subject token of a speech verb to a :class:`Speaker`."""
    low = tok.lower_
    if low in _RELATIVE and tok.head.dep_ == "relcl":
        return resolve_subject(reg, tok.head.head)
    if low in _PERSON_PRONOUNS:
        name = latest_person(reg, tok.idx)
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
            group = groups[-1][1]
            kind = "country" if group.label_ in ("GPE", "PERSON") else "organisation"
            return Speaker(_clean_name(group), None, tok.text, kind, "coreference")
        return Speaker(None, None, tok.text, None, None)
    for child in tok.children:  # "the minister, Anna Brisk, said"
        if child.dep_ == "appos":
            named = _entity_at(child)
            if named is not None and _is_person(named):
                full = resolve_name(reg, _clean_name(named)) or _clean_name(named)
                return Speaker(full, _text(_phrase(tok)) or None, _text(_phrase(tok)), "person", "direct")
    ent = _entity_at(tok)
    if ent is not None and (_is_person(ent) or tok.text.lower() in reg.surnames):
        full = resolve_name(reg, _clean_name(ent)) or _clean_name(ent)
        role = _role_of(ent) or next((p.role for p in reversed(reg.people) if p.name == full and p.role), None)
        return Speaker(full, role, _clean_name(ent), "person", "direct")
    is_title = any(w in TITLE_NOUNS for w in (tok.lower_, tok.lemma_.lower(), tok.lower_.split("-")[-1]))
    if tok.pos_ == "PROPN" and not is_title and (ent is None or ent.label_ not in ("GPE", "ORG", "NORP")):
        written_name = resolve_name(reg, _text(_strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))))
        if written_name:
            return Speaker(written_name, None, tok.text, "person", "direct")
    if tok.text[:1].isupper() and tok.lower_ in reg.surnames:  # a surname parsed as a noun or place
        return Speaker(reg.surnames[tok.lower_], None, tok.text, "person", "direct")
    words = _phrase(tok)
    written = _text(words)
    head = tok.lower_
    if head in BODY_NOUNS or tok.lemma_.lower() in BODY_NOUNS:
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
    if is_title:
        title = [t for t in words if t.i <= tok.i and t.dep_ != "prep"]
        titled = resolve_title(reg, title) if title else None
        if titled is not None:
            return Speaker(titled.name, titled.role or written, written, "person", "coreference")
        return Speaker(written or None, written or None, written, "unknown", None)
    if ent is not None:
        kind = "country" if ent.label_ in ("GPE", "NORP") else "organisation"
        return Speaker(_clean_name(ent) if len(words) <= len(ent) else written, None, written, kind, "direct")
    if words and any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in words):
        return Speaker(written, None, written, "organisation", "direct")
    if tok.pos_ in ("NOUN", "PROPN") and written:
        return Speaker(written, None, written, "unknown", None)
    return Speaker(None, None, tok.text, None, None)
