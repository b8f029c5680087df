"""Actors: the people, organisations and countries an article mentions.

- **people**: spaCy PERSON entities, with role and affiliation read from the noun phrase around the
  name ("Veloria's Interior Minister Ana Brel" -> role "Interior Minister", affiliation "Veloria";
  "Ana Brel, the army spokeswoman" -> role "army spokeswoman"); a later surname-only mention is
  linked to the full name used in the same article and inherits its role.
- **organisations**: ORG entities, normalised through ``data/org_aliases.tsv`` ("the UN" ->
  "United Nations").
- **countries**: GPE entities that are countries and NORP demonyms ("Azeri" -> "Azerbaijan"). A
  capital counts as its country only where it acts in the sentence: subject or possessor
  ("Moscow said", "Kyiv's offensive"), not "in Moscow" (that is a place only).

spaCy's md model tags some place names PERSON or ORG; mentions that the places extractor resolved
(its output is taken from ``prior`` when the runner provides it) are not actors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from groundwatch import lexicons
from groundwatch.records import Actor, Place
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text
from groundwatch.stages.extract.gazetteer import (
    capital_of,
    country_code,
    country_name,
    fold,
    lookup_place,
    place_aliases,
    strip_repeatedly,
)
from groundwatch.stages.extract.places import country_context, extract_places, person_surnames
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

#: Longest pre-modifier or appositive read as a role: longer phrases are clauses, not titles
#: (set by hand: "Deputy Assistant Secretary of State for Refugees" is 7 tokens).
MAX_ROLE_TOKENS = 8

#: Single capitalised words spaCy tags ORG that name no organisation on their own.
_GENERIC_ORG_WORDS = frozenset({
    "state", "government", "ministry", "department", "council", "parliament", "army", "police",
    "response", "court", "office", "agency", "committee", "commission", "assembly", "cabinet",
    "presidency", "military", "forces", "embassy", "senate", "congress", "house", "media", "press",
})
_HONORIFICS = frozenset(lexicons.words("honorifics") | {f"{w}." for w in lexicons.words("honorifics")})
_CLAUSE_WORDS = frozenset({"who", "which", "that", "whose", "whom", "said", "says", "told", "when", "where"})
_TRAILING_PREPS = ("of", "for", "at", "to", "with", "in", "from")
_CLEAN_RE = re.compile(r"^(?:the|an?|The|An?|THE)\s+|['’]s?$|[\s\-–—,.:;]+$")


@functools.lru_cache(maxsize=1)
def _org_aliases() -> dict[str, str]:
    from importlib import resources

    text = resources.files("groundwatch").joinpath("data", "org_aliases.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) >= 2:
                out[fold(cols[0])] = cols[1].strip()
    return out


def _clean(text: str) -> str:
    return strip_repeatedly(text, _CLEAN_RE)


def normalise_org(text: str) -> str:
    """Canonical name of an organisation ("the UN" -> "United Nations", "UN Security Council" ->
    "United Nations Security Council"); other names come back cleaned of article and possessive.

    Args:
        text: the organisation as written.

    Returns:
        The canonical name (never empty for a non-empty input).
    """
    cleaned = _clean(text) or text.strip()
    aliases = _org_aliases()
    key = fold(cleaned)
    if key in aliases:
        return aliases[key]
    head, _, rest = cleaned.partition(" ")
    if rest and fold(head) in ("un", "u n"):
        full = "United Nations " + rest
        return aliases.get(fold(full), full)
    return cleaned


def _place_spans(places: Iterable[Any]) -> list[tuple[int, int]]:
    return [(p.span.start, p.span.end) for p in places if isinstance(p, Place)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _ent_of(doc: Doc, tok: Token) -> SpacySpan | None:
    if not tok.ent_type_:
        return None
    for ent in doc_ents(doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _role_affiliation(doc: Doc, tokens: list[Token]) -> tuple[str | None, str | None]:
    """Split a title phrase into role and affiliation ("Russian Foreign Minister")."""
    affiliation: str | None = None
    used: set[int] = set()
    for tok in tokens:
        ent = _ent_of(doc, tok)
        if ent is None or tok.i in used:
            continue
        if ent.label_ in ("GPE", "NORP"):
            name = country_name(country_code(ent.text) or "") if country_code(ent.text) else None
            if name and affiliation is None:
                affiliation = name
                used.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" and affiliation is None:
            org = _clean(ent.text)
            if len(ent) == 1 and org.lower() in _GENERIC_ORG_WORDS:
                continue
            affiliation = normalise_org(org)
            used.update(range(ent.start, ent.end))
    words = [t for t in tokens if t.i not in used and t.lower_ not in _HONORIFICS
             and t.dep_ != "case" and t.text not in ("'s", "’s", ",", "(", ")")]
    while words and (words[0].pos_ in ("DET", "ADP", "CCONJ", "PUNCT") or words[0].lower_ in _TRAILING_PREPS):
        words.pop(0)
    while words and (words[-1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT") or words[-1].lower_ in _TRAILING_PREPS):
        words.pop()
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None, affiliation
    role = "".join(t.text + (t.whitespace_ if k + 1 < len(words) and words[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(words)).strip()
    return (role or None), affiliation


def _premodifiers(doc: Doc, ent: SpacySpan) -> list[Token]:
    """The title words before a name inside its noun phrase ("the Armenian Foreign Minister")."""
    subtree = {t.i for t in ent.root.subtree}
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start:  # "Veloria's defence minister Ana Brel"
        subtree |= {t.i for t in head.subtree if t.i < ent.start}
    out: list[Token] = []
    i = ent.start - 1
    while i >= 0 and i in subtree and len(out) < MAX_ROLE_TOKENS:
        tok = doc[i]
        if tok.text in (",", ";", ":", "(", ")", "\"", "“", "”") or tok.lower_ in _CLAUSE_WORDS \
                or tok.pos_ in ("VERB", "AUX") or "\n" in tok.text:
            break
        if tok.ent_type_ == "PERSON":
            break
        out.append(tok)
        i -= 1
    out.reverse()
    return out


def _appositive(doc: Doc, ent: SpacySpan) -> list[Token]:
    """The appositive after a name ("Ana Brel, the army spokeswoman, said")."""
    if ent.end >= len(doc) - 1 or doc[ent.end].text != ",":
        return []
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i <= ent.end:
            continue
        if child.left_edge.i != ent.end + 1 or child.ent_type_ in ("PERSON", "GPE", "DATE", "CARDINAL"):
            return []
        out: list[Token] = []
        for tok in doc[child.left_edge.i: child.right_edge.i + 1]:
            if tok.text in (",", ";", ":", "(", ")") or tok.lower_ in _CLAUSE_WORDS or tok.pos_ in ("VERB", "AUX"):
                break
            if tok.ent_type_ == "PERSON":
                return []
            out.append(tok)
        return out if len(out) <= MAX_ROLE_TOKENS else []
    return []


def _person_junk(text: str) -> bool:
    return (not text or not text[:1].isupper() or any(ch.isdigit() or ch in "@/#|" for ch in text)
            or country_code(text) is not None or len(text.split()) > 5)


def _persons(doc: Doc, ctx: ExtractionContext, place_spans: list[tuple[int, int]]) -> list[Actor]:
    mentions: list[tuple[SpacySpan, str]] = []
    surnames = person_surnames(doc)
    for ent in doc_ents(doc):
        if "\n" in ent.text.strip():
            continue
        # spaCy md tags a lone surname ORG/GPE now and then; a full name ending in it says otherwise.
        if ent.label_ != "PERSON" and not (ent.label_ in ("ORG", "GPE", "NORP") and _clean(ent.text) in surnames):
            continue
        text = _clean(ent.text)
        words = [w for w in text.split() if w.lower() not in _HONORIFICS]
        text = " ".join(words)
        if _person_junk(text) or _overlaps(ent.start_char, ent.end_char, place_spans):
            continue
        mentions.append((ent, text))
    full_names = [(ent.start, text) for ent, text in mentions if len(text.split()) >= 2]
    actors: list[Actor] = []
    roles: dict[str, tuple[str | None, str | None]] = {}
    for ent, text in mentions:
        name = text
        if len(text.split()) == 1:
            last = text.split()[-1]
            matches = [(i, n) for i, n in full_names if n.split()[-1] == last]
            before = [m for m in matches if m[0] < ent.start]
            pick = before[-1] if before else (matches[0] if matches else None)
            if pick is not None:
                name = pick[1]
        role, affiliation = _role_affiliation(doc, _premodifiers(doc, ent))
        if role is None and affiliation is None:
            role, affiliation = _role_affiliation(doc, _appositive(doc, ent))
        if role or affiliation:
            roles.setdefault(name, (role, affiliation))
        words = text.split()
        start = ent.start_char + max(ent.text.find(words[0]), 0)
        end = ent.start_char + ent.text.rfind(words[-1]) + len(words[-1])
        actors.append(Actor(text=doc_text(doc)[start:end], name=name, kind="person",
                            span=span_for(doc, start, end, ctx.article_id), role=role, affiliation=affiliation))
    out: list[Actor] = []
    for a in actors:
        if a.role is None and a.affiliation is None and a.name in roles:
            role, affiliation = roles[a.name]
            a = Actor(a.text, a.name, a.kind, a.span, role, affiliation)
        out.append(a)
    return out


def _acts(ent: SpacySpan) -> bool:
    return ent.root.dep_ in ("nsubj", "nsubjpass", "poss") and not any(
        t.lower_ in ("in", "at", "from", "to") for t in ent.root.ancestors if t.i < ent.start)


def _country_actor(doc: Doc, ctx: ExtractionContext, ent: SpacySpan, name: str) -> Actor:
    text = ent.text.strip().rstrip("-–— ")
    start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
    return Actor(text=text, name=name, kind="country", span=span_for(doc, start, start + len(text), ctx.article_id))


@extractor("actors.v1", produces="actors", requires=("places.v1",))
def extract_actors(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[Actor, ...]:
    """People, organisations and countries mentioned in the article, one Actor per mention.

    Args:
        doc: the spaCy analysis of the clean text.
        ctx: the article's context (its id is used for spans).
        prior: may hold ``"places.v1"``; when absent the places are computed here.

    Returns:
        Actors in text order.
    """
    places = prior.get("places.v1")
    if places is None:
        places = extract_places(doc, ctx, {})
    # Only mentions spaCy did NOT tag as places are suppressed by the places output: a GPE that
    # is a country is both a place and an actor.
    misfiled = [(p.span.start, p.span.end) for p in places if isinstance(p, Place)
                and any(e.label_ in ("PERSON", "ORG") and e.start_char <= p.span.start < e.end_char
                        for e in doc_ents(doc))]
    out = _persons(doc, ctx, misfiled)
    surnames = person_surnames(doc)
    context = country_context(doc)
    for ent in doc_ents(doc):
        if "\n" in ent.text.strip():
            continue
        if ent.label_ in ("GPE", "NORP"):
            if _clean(ent.text) in surnames:
                continue
            iso = country_code(ent.text)
            name = country_name(iso) if iso else None
            # All-caps capitals are datelines ("KYIV —"), not the government speaking.
            if name is None and ent.label_ == "GPE" and _acts(ent) and not ent.text.isupper():
                entry = lookup_place(_clean(ent.text), None, context)
                cap = capital_of(entry.country) if entry and entry.country and entry.feature == "city" else None
                if entry is not None and cap is not None and cap.geonameid == entry.geonameid:
                    name = country_name(entry.country or "")
            if name:
                out.append(_country_actor(doc, ctx, ent, name))
        elif ent.label_ == "ORG":
            text = _clean(ent.text)
            if text in surnames:
                continue
            if (not text or not any(ch.isalpha() for ch in text) or "/" in text or not text[:1].isupper()
                    or _overlaps(ent.start_char, ent.end_char, misfiled)):
                continue
            iso = country_code(text)
            if iso:
                out.append(_country_actor(doc, ctx, ent, country_name(iso) or text))
                continue
            if len(text.split()) == 1 and text.lower() in _GENERIC_ORG_WORDS:
                continue
            if fold(text) in place_aliases():  # a region spaCy tagged ORG
                continue
            start = ent.start_char + max(ent.text.find(text), 0)
            out.append(Actor(text=text, name=normalise_org(text), kind="organisation",
                             span=span_for(doc, start, start + len(text), ctx.article_id)))
    out.sort(key=lambda a: (a.span.start, a.span.end))
    return tuple(out)
