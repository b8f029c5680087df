"""Who did what to whom: the coded actors of one event sentence.

An actor is a noun of ``data/event_actors.tsv`` ("troops", "protesters", "gunmen") or a named
organisation the actors extractor found, typed by the words inside its name ("... Liberation
Front": a rebel group; "Veloria's Armed Forces": state forces). Its country is the demonym or
country name right before the noun ("Velorian troops"), else the event's country; state forces
of another country than the event's are external forces (ACLED inter 8). Its side of the event
comes from the parse: a subject, a possessor or a ``by``-agent acts (actor 1); an object, a
passive subject or the object of ``against``/``on``/``at``/``with`` is acted on (actor 2). The
subject of a verb of saying ("the rebels claim that the town is under shelling", "the ministry
announced ...") only speaks: it is no side of the event it reports.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch import lexicons
from groundwatch.lexicons_verbs import EVENT_SPEECH
from groundwatch.records import Actor
from groundwatch.stages.extract.gazetteer import country_code, country_name

#: ACLED inter code of each side of ``data/event_actors.tsv``.
INTER = {"military": 1, "police": 1, "rebels": 2, "militia": 3, "identity": 4, "rioters": 5, "protesters": 6,
         "civilians": 7, "external": 8}
#: Names of named organisations' sides when the name gives no pattern of its own.
_NAMED_NON_STATE = "rebels"
_TARGET_PREPS = frozenset({"against", "on", "at", "with", "of", "targeting", "upon"})
_CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "appos", "conj", "nummod", "det"})
_CAP_WORD_RE = re.compile(r"([A-Z][\w'’.-]*)\s+$")


@dataclass(frozen=True, slots=True)
class CodedActor:
    """One actor of an event sentence: ACLED-style name, inter code, and where it is written."""

    name: str
    inter: int
    start: int  # offsets into the sentence
    end: int
    role: str  # agent | patient | speaker (reports the event, no side of it) | other
    side: str  # the lexicon side (military, police, protesters, ...)


@functools.lru_cache(maxsize=1)
def _noun_pattern() -> re.Pattern[str]:
    words = sorted((w for w, row in lexicons.load("event_actors").items() if row["where"] == "text"),
                   key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _entry(word: str) -> tuple[str, str]:
    row = lexicons.load("event_actors")[word.lower()]
    return row["side"], row["name"]


def _country_before(sentence: str, start: int) -> str | None:
    """ISO2 of a demonym or country name written right before ``start`` ("Velorian army", "Veloria's police")."""
    head = sentence[:start]
    for _ in range(2):
        m = _CAP_WORD_RE.search(head)
        if not m:
            return None
        iso = country_code(m.group(1).removesuffix("'s").removesuffix("’s"))
        if iso:
            return iso
        head = head[:m.start()]
    return None


def label(template: str, iso: str | None) -> str:
    """An ACLED-style actor name: ``template`` with its ``{country}`` filled, or dropped when unknown."""
    country = country_name(iso) if iso else None
    if not template:
        return ""
    if country:
        return template.replace("{country}", country)
    return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "")


def _of_clause(verb: Any, role: str) -> str:
    """``role``, unless ``verb`` only describes a noun ("positions held by militiamen") or only
    reports ("the rebels claim ..."): that says nothing about who acts in the event."""
    if verb.lemma_.lower() in EVENT_SPEECH:
        return "speaker"
    return "other" if verb.dep_ in ("acl", "relcl") else role


def _role(doc: Any, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "other"
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "poss":
            # "Veloria's ministry said": the possessor of a speaking subject speaks too.
            owner = tok.head
            if owner.dep_ in ("nsubj", "csubj") and owner.head.lemma_.lower() in EVENT_SPEECH:
                return "speaker"
            return "agent"
        if tok.dep_ in ("nsubj", "csubj"):
            return _of_clause(tok.head, "agent")
        if tok.dep_ in ("nsubjpass", "dobj", "obj", "attr"):
            return _of_clause(tok.head, "patient")
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.dep_ == "agent" or prep.lower_ in ("by", "between"):
                return _of_clause(prep.head, "agent")
            return _of_clause(prep.head, "patient") if prep.lower_ in _TARGET_PREPS else "other"
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            return "other"
        tok = tok.head
    return "other"


def named_side(name: str) -> tuple[str, str | None] | None:
    """(side, ISO2 of a country in the name) of a named organisation, or None when it is no armed actor."""
    table = lexicons.load("event_actors")
    words = [w.lower() for w in re.findall(r"[\w'’]+", name)]
    text = " ".join(words)
    sides = [row["side"] for w, row in table.items() if re.search(rf"\b{re.escape(w)}\b", text)]
    if not sides:
        return None
    iso = next((c for c in (country_code(w.removesuffix("'s")) for w in re.findall(r"[A-Z][\w'’]+", name)) if c),
               None)
    armed = [s for s in sides if s not in ("civilians",)]
    if not armed:
        return None
    non_state = [s for s in armed if s not in ("military", "police")]
    if non_state:
        return non_state[0], iso
    # A named force without a country in its name is not a state's army ("... Support Forces").
    return (armed[0], iso) if iso else (_NAMED_NON_STATE, None)


def code_actors(sentence: str, doc: Any, named: Sequence[tuple[int, int, Actor]], event_country: str | None,
                violent: bool = True) -> list[CodedActor]:
    """Every armed, protesting or victim actor of ``sentence`` (``doc`` its parse), in text order.

    Args:
        sentence: the sentence text.
        doc: its spaCy parse (offsets match ``sentence``).
        named: the actors extractor's organisations and countries inside it: (start, end, actor).
        event_country: ISO2 of the event's place, for unnamed actors without a demonym.
        violent: a country acting in political violence acts through its military; elsewhere (an
            agreement, an arrest) through its government.
    """
    out: list[CodedActor] = []
    taken: list[tuple[int, int]] = []
    nouns = [m.start() for m in _noun_pattern().finditer(sentence)]
    for start, end, actor in named:
        if actor.kind == "country" and any(0 <= n - end <= 2 for n in nouns):
            continue  # a demonym of a coded noun ("Velorian protesters") gives that noun its country only
        if actor.kind == "organisation":
            typed = named_side(actor.name)
            if typed is None:
                continue
            side, iso = typed
            name = actor.name
        elif actor.kind == "country":
            side, iso, name = "military", country_code(actor.name), ""
        else:
            continue
        role = _role(doc, start, end)
        if actor.kind == "country":
            if role != "agent":
                continue  # a country acts through its forces only where it is the subject ("Veloria shelled ...")
            name = label("Military Forces of {country}" if violent else "Government of {country}", iso)
        if side in ("military", "police") and iso and event_country and iso != event_country:
            side = "external"
        out.append(CodedActor(name, INTER[side], start, end, role, side))
        taken.append((start, end))
    for m in _noun_pattern().finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        side, template = _entry(m.group(1))
        iso = _country_before(sentence, m.start()) or event_country
        if side in ("military", "police") and iso and event_country and iso != event_country:
            side = "external"
            template = "Military Forces of {country}"
        out.append(CodedActor(label(template, iso), INTER[side], m.start(), m.end(), _role(doc, m.start(), m.end()),
                              side))
    return sorted(out, key=lambda a: a.start)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (``16``); one actor alone: ``10 * inter1``."""
    if inter1 is None:
        return None
    if inter2 is None:
        return 10 * inter1
    return 10 * min(inter1, inter2) + max(inter1, inter2)
