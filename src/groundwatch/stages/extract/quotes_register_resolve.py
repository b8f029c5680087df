"""Resolving a mention to a person of the register: a name as written to the full name the article
uses (:func:`resolve_name`, relatives sharing a surname included), and the pronoun rule
(:func:`latest_person`) that the speaker resolver (:mod:`quotes_speakers`) builds on.

Only people are antecedents of he / she: the latest person who spoke or was the main-clause subject before the
pronoun, or one just introduced by full name and role; one the article shows to be of the other sex (an honorific,
a gendered title, their own he/she) is skipped, and, where it shows nothing, one whose given name is nearly always
the other sex's (``data/given_names.tsv``). Unknown sex always agrees: no speaker is dropped for lack of data.
The public names are re-exported from :mod:`quotes_register`.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from groundwatch.stages.extract.doc_cache import doc_text, sent_of, token_starts
from groundwatch.stages.extract.quotes_names import namesakes, parenthetical_clause, surname
from groundwatch.stages.extract.quotes_register_records import (
    GENDERED,
    SOURCE_VERBS,
    Person,
    Register,
    _bare,
    is_honorific,
    reg_inside,
)
from groundwatch.stages.extract.quotes_register_votes import pronoun_led


def _honorific_sex(reg: Register, name: str, at: int | None) -> str | None:
    """The sex a courtesy title ("Ms Vell") gives a mention, written in the name or just before ``at``."""
    i = bisect.bisect_left(token_starts(reg.doc), at) if at is not None else 0
    words = [reg.doc[i - 1].text] if 0 < i <= len(reg.doc) else []
    return next((g for w in words + name.split() if is_honorific(w) and (g := GENDERED.get(_bare(w)))), None)


def _relative(reg: Register, last: str, words: list[str], at: int | None, sex: str | None = None) -> str | None:
    """Relatives share a surname: the one of their full names that holds every word written and was
    named last before offset ``at`` ("Bo Lind ... his niece Ann Lind ... Lind said" is Ann, while
    "Lind said" before Ann is first named is Bo); None when the surname is one person's. A title's
    ``sex`` ("Ms Lind") first rules out relatives shown to be of the other sex (stress batch ay)."""
    if at is None or last not in reg.family:
        return None

    def person(name: str) -> str:  # "Ann Lind" is "Ann B. Lind", "van Lind" "Ivo van Lind": the longest form
        held = {w.lower() for w in name.split()}
        return max((n for _, n in reg.family[last] if held <= {w.lower() for w in n.split()}), key=len, default=name)
    named = [(pos, person(n)) for pos, n in reg.family[last]]
    if len({n for _, n in named}) < 2:
        return None
    wanted = {w.lower() for w in words}
    fits = {n for _, n in named if wanted <= {w.lower() for w in n.split()}
            and (reg.gender.get(n) or reg.name_gender.get(n)) in (sex, None)}
    if sex and len(fits) == 1:
        return fits.pop()
    before = [n for pos, n in named if pos <= at and wanted <= {w.lower() for w in n.split()}]
    if namesakes(before):  # "Ivo Lind Jr. ... his father, Ivo Lind Sr. ... Lind said": the one named first
        return before[0]
    return before[-1] if before else None


def resolve_name(reg: Register, name: str, at: int | None = None) -> str | None:
    """A name as written -> the full name used in the article (a surname alone maps to it; when
    relatives share it, to the one named last before offset ``at``)."""
    words = [w for w in name.split() if not is_honorific(w) and any(c.isalnum() for c in w)]  # "― Roe": no dash
    if not words:
        return None
    last = surname(" ".join(words))
    relative = _relative(reg, last, words, at, _honorific_sex(reg, name, at))
    if relative:
        return relative
    full = reg.surnames.get(last)
    # A surname alone or a shorter form ("Ada Roe" for "Ada B. Roe") is that person; another given name a relative.
    if full and len(full.split()) >= len(words) and (
            {w.lower() for w in words} <= {w.strip('"') for w in full.lower().split()}):  # 'Ada "Zorvo" Roe
        if len(full.split()) == len(words) == 2 and (longer := _opened_by(reg, words, at)) is not None:
            return longer  # "Noor Jahan said" after "Noor Jahan Rahimi": the mention is registered as a name too
        return full
    if full is None and len(words) <= 2:
        # A name written family name first ("Nguyen Thi Lan" ... "Nguyen said") or a given name alone ("Marit", and
        # one of two words: "Noor Jahan" for Noor Jahan Rahimi, invented probes of session 36): the one longer full
        # name the words open. Relatives share a surname, mapped to the longest of their names only, so the article's
        # people are looked at too ("Tomas Greel and his brother Jon Greel" ... "Jon said").
        names = set(reg.surnames.values()) | {p.name for p in reg.people if len(p.name.split()) > len(words)}
        opened = {n for n in names if [w.lower() for w in n.split()[: len(words)]] == [w.lower() for w in words]
                  and len(n.split()) > len(words)}
        if len(opened) == 1:
            return opened.pop()
    return " ".join(words)


def _opened_by(reg: Register, words: list[str], at: int | None) -> str | None:
    """The one longer name of a person named before ``at`` whose first words are ``words`` (a given name of two words
    written alone: "Noor Jahan" for Noor Jahan Rahimi, "Maria Fernanda" for Maria Fernanda Lopes); else None."""
    want = [w.lower() for w in words]
    if any(p.name.lower() == " ".join(want) and (at is None or p.position < at) for p in reg.people):
        return None  # "her daughter Ana Maria": a person of that name was brought in before
    found = {p.name for p in reg.people if (at is None or p.position < at) and len(p.name.split()) > len(words)
             and [w.lower() for w in p.name.split()[: len(words)]] == want}
    if len(found) != 1:
        return None
    longer = found.pop()
    text = doc_text(reg.doc)[: at if at is not None else len(doc_text(reg.doc))]
    written = " ".join(words)
    # every earlier mention of the two words must open the longer name: "her daughter Rosa Maria" is someone else
    if any(not text.startswith(longer, m.start()) for m in re.finditer(re.escape(written), text)):
        return None
    return longer


def _sentence_start(reg: Register, offset: int) -> int:
    i = bisect.bisect_right(token_starts(reg.doc), offset) - 1
    return sent_of(reg.doc[max(i, 0)]).start_char if len(reg.doc) else 0


def _source_mention(reg: Register, offset: int) -> bool:
    """The person named at ``offset`` is given as a sentence's source ("..., as noted by coach Ada
    Roe.", "..., according to Roe."): named again just before a quote, they are its "she"."""
    i = bisect.bisect_right(token_starts(reg.doc), offset) - 1
    if i < 0:
        return False
    tok = reg.doc[i]
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "to":
        return prep.head.lower_ == "according"
    return prep.lower_ == "by" and prep.dep_ in ("agent", "prep") and prep.head.lemma_.lower() in SOURCE_VERBS


def latest_person(reg: Register, before: int, gender: str | None = None) -> str | None:
    """The person a pronoun before offset ``before`` most likely refers to, or None.

    The latest main-clause subject (or quoted speaker), unless a person was introduced by full name and role
    after it, in this paragraph or the one before (news introduces a new speaker, "Ivo Roe, the camp's director",
    then quotes "he said"); ``gender`` ("m"/"f") rules out people the text shows to be of the other sex.
    """
    def agrees(name: str) -> bool:
        known = reg.gender.get(name) or reg.name_gender.get(name)
        return gender is None or known is None or known == gender

    cands = [(pos, name) for pos, name in reg.subjects if pos < before and agrees(name)]
    latest = max(cands) if cands else None
    here = _sentence_start(reg, before)
    previous = _sentence_start(reg, here - 1) if here > 0 else here

    def presented(p: Person) -> bool:
        """Named with a role, or in the sentence just before, in a sentence with no person subject."""
        start = _sentence_start(reg, p.position)
        if any(_sentence_start(reg, pos) == start for pos, _ in cands) or pronoun_led(reg.doc, p.position):
            return False
        return bool(p.role or p.described) or start == previous

    introduced = [p for p in reg.people if (p.first or (_source_mention(reg, p.position)
                                                        and _sentence_start(reg, p.position) == previous))
                  and len(p.name.split()) >= 2 and agrees(p.name) and presented(p)
                  and (latest is None or latest[0] < p.position) and p.position < before
                  and not reg_inside(reg, p.position) and not parenthetical_clause(reg.doc, p.position)
                  and _sentence_start(reg, p.position) < _sentence_start(reg, before)]
    if introduced and (latest is None or reg.paragraph_of_offset(introduced[-1].position)
                       >= reg.paragraph_of_offset(before) - 1):
        return introduced[-1].name
    if latest is not None:
        return latest[1]
    people = [p for p in reg.people if p.position < before and agrees(p.name)
              and not parenthetical_clause(reg.doc, p.position)]
    return people[-1].name if people else None


def last_two_people(reg: Register, tok: Token) -> list[Person]:
    """The last two different people named outside quotations before ``tok``, in this paragraph or
    the one before, in reading order ([] with fewer)."""
    para = reg.paragraph_of[tok.i]
    people: list[Person] = []
    for p in reversed(reg.people):
        if p.position >= tok.idx or reg_inside(reg, p.position) or any(p.name == o.name for o in people):
            continue
        if para - p.paragraph > 1 or len(people) == 2:
            break
        people.insert(0, p)
    return people if len(people) == 2 else []
