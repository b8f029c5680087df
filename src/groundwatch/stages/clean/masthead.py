"""Mastheads: the site's name, its section labels and taglines above a headline, read from the
outlet and host the article came with and from the shape of the line."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from groundwatch.records import Article
from groundwatch.stages.clean.features import _Features, _features, compact_name
from groundwatch.stages.clean.lexicon import _HOST_GENERIC, _MASTHEAD_REST, _SENTENCE_END, _TAGLINE_SEP, _WORD
from groundwatch.stages.clean.thresholds import (
    HOST_NAME_MIN_CHARS,
    KICKER_MAX_WORDS,
    MASTHEAD_MAX_WORDS,
    MASTHEAD_NAME_MAX_WORDS,
    TITLECASE_MIN_CHARS,
)


def _site_names(article: Article | None) -> frozenset[str]:
    """The outlet's name and the name labels of its host, compacted ("harbourpost")."""
    if article is None:
        return frozenset()
    names: set[str] = set()
    if article.outlet:
        # "Le Parisien (via an aggregator)": the bracket is a note, not the name.
        names.add(compact_name(re.sub(r"\([^()]*\)", " ", article.outlet)))
    if article.url:
        try:
            host = urlsplit(article.url.strip()).hostname or ""
        except ValueError:
            host = ""
        for label in host.split(".")[:-1]:  # the last label is the top-level domain
            compact = compact_name(label)
            if len(compact) >= HOST_NAME_MIN_CHARS and compact not in _HOST_GENERIC:
                names.add(compact)
    names.discard("")
    return frozenset(names)


def _names_site(text: str, f: _Features, names: frozenset[str], follows: bool) -> str | None:
    """A line that starts with the outlet's name and goes on with no sentence of its own.

    "The Harbour Post", "HARBOUR POST", "Harbour Post (HP) — Local news": the name alone or
    with a bracketed acronym is the masthead; with a section or tagline after a separator it
    is one only when a headline still follows (an "Outlet - Headline" title stays).
    """
    if not names or f.n_words > MASTHEAD_MAX_WORDS or f.sentence_like:
        return None
    longest = max(len(n) for n in names)
    compact = ""
    for m in _WORD.finditer(text):
        word = m.group().casefold()
        if not compact and word == "the":
            continue
        compact += re.sub(r"\W", "", word)
        if len(compact) > longest:
            return None
        if compact in names:
            rest = text[m.end():].strip()
            tail = _MASTHEAD_REST.match(rest)
            if tail is None:
                continue  # "Harbour Post journalists detained": the name is a subject
            bare = not rest[tail.end():].strip() and not re.search(r"[|·•»›—–:/-]", rest)
            return "site name" if bare or follows else None
    return None


def _is_kicker(text: str, f: _Features) -> bool:
    """A section label or kicker ("WORLD", "Politics") standing above a headline."""
    return (f.n_words <= KICKER_MAX_WORDS and text[:1].isupper()
            and re.fullmatch(r"[^\W\d_][\w&'’ -]*", text) is not None
            and (text.isupper() or f.n_words == 1))


def _tagline_shape(text: str, f: _Features) -> bool:
    """ "Site | Section", "Site — tagline": a short capitalised name, a separator, no sentence."""
    if f.n_words > MASTHEAD_MAX_WORDS:
        return False
    parts = _TAGLINE_SEP.split(text)
    if len(parts) < 2 or any(not p.strip() or _SENTENCE_END.search(p) for p in parts):
        return False
    name = _WORD.findall(parts[0])
    if not 1 <= len(name) <= MASTHEAD_NAME_MAX_WORDS or not name[0][:1].isupper():
        return False
    if not all(w[:1].isupper() for w in name if len(w) >= TITLECASE_MIN_CHARS):
        return False
    # A one-word name before a separator is as often a headline's topic ("Floods — what we
    # know"); it is a site name only when what follows is a capitalised section name too.
    return len(name) > 1 or all(_is_kicker(p.strip(), _features(p.strip())) for p in parts[1:])
