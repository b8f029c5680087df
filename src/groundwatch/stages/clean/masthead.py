"""Mastheads: the site's name, its section labels and taglines above a headline, read from the
outlet and host the article came with and from the shape of the line."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from groundwatch.records import Article
from groundwatch.stages.clean.features import _Features, _features, _is_timestamp, _key, _overlap, compact_name
from groundwatch.stages.clean.lexicon import (
    _HOST_GENERIC,
    _MASTHEAD_NOUNS,
    _MASTHEAD_REST,
    _SENTENCE_END,
    _TAGLINE_SEP,
    _WORD,
)
from groundwatch.stages.clean.thresholds import (
    DATED_TITLE_MIN_WORDS,
    DECK_MIN_WORDS,
    HOST_NAME_MIN_CHARS,
    KICKER_MAX_WORDS,
    MASTHEAD_MAX_OVERLAP,
    MASTHEAD_MAX_WORDS,
    MASTHEAD_NAME_MAX_WORDS,
    TIMESTAMP_MAX_WORDS,
    TITLE_IN_HEADLINE_MIN_WORDS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
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
    if follows and _section_then_site(text, names):
        return "site name"
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


def _section_then_site(text: str, names: frozenset[str]) -> bool:
    """ "ANALYSIS | Harbour Post": section labels (``_is_kicker``), a separator, and the outlet's name last: the site's
    section bar above a headline, the "Site | Section" masthead told the other way round (the invented corpus_o's
    blind run kept one as the title)."""
    parts = [p.strip() for p in _TAGLINE_SEP.split(text)]
    return (len(parts) >= 2 and compact_name(parts[-1]) in names
            and all(p and _is_kicker(p, _features(p)) for p in parts[:-1]))


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


def tagline_masthead(text: str, f: _Features, vocabulary: frozenset[str], headed: bool) -> bool:
    """A "Site | Section" or "Site — tagline" line (``_tagline_shape``) that is the site's: where a head line
    still follows it or it stands atop many of the batch's articles (``headed``), or where its section parts
    are kickers and its name shares at most ``MASTHEAD_MAX_OVERLAP`` of its words with the article ("The
    Harbour Monitor | Analysis" above a headline printed as sentences, "X was warned. Why did nobody act?",
    which reads as the first paragraph). A headline in title case before a section word ("Harbour Floods |
    Analysis") is made of the article's words and stays."""
    if not _tagline_shape(text, f):
        return False
    if headed:
        return True
    parts = [p.strip() for p in _TAGLINE_SEP.split(text)]
    if not all(_is_kicker(p, _features(p)) for p in parts[1:]):
        return False
    return _overlap(_features(parts[0]), vocabulary) <= MASTHEAD_MAX_OVERLAP


#: The separators of a breadcrumb or section bar: "Blog Home Science • 12 May 2024", "News › Transport ›
#: 3 April 2025", "Science | 14 February 2025".
_BAR_SEP = re.compile(r"\s+(?:[|·•»›>/—–]|--?)\s+")


def _dated_bar(text: str, f: _Features) -> bool:
    """A section bar or breadcrumb that ends in the post's date ("Blog Home Soil Science • 12 May 2024"):
    site furniture above a headline, even when its section names are the article's words."""
    if f.sentence_like:
        return False
    parts = [p.strip() for p in _BAR_SEP.split(text)]
    if len(parts) < 2 or not all(parts):
        return False
    last = _features(parts[-1]).words
    if not last or len(last) > TIMESTAMP_MAX_WORDS or not _is_timestamp(last):
        return False
    # Section and site names are capitalised; a headline before a date stamp is most often not, and a
    # date stamp printed first ("March 14, 2025 — Army joins rescue") ends no bar.
    return all(w[:1].isupper() for p in parts[:-1] for w in _features(p).words if len(w) >= TITLECASE_MIN_CHARS)


def _repeated_title(texts: list[str], hard: list[str | None], first_good: int,
                    vocabulary: frozenset[str]) -> tuple[int, int] | None:
    """The page's headline printed again under its <title>: a head line "Headline | Site" (or "Headline -
    Site - tagline", read as a masthead or a menu) whose first part, about the article, stands below as a
    line of its own before the lead. Returns (the <title> line, the headline): the headline is the title;
    the menu and masthead lines above it, and the <title> line itself, are not."""
    for i in range(min(first_good, len(texts))):
        if hard[i] not in (None, "menu"):
            continue
        parts = _TAGLINE_SEP.split(texts[i])
        if len(parts) < 2:
            continue
        first = _features(parts[0])
        key = _key(parts[0])
        if first.n_words >= TITLE_MIN_WORDS and _overlap(first, vocabulary) == 0:
            # A heading about nothing the prose names ("About us | Site"): the line right above the lead that
            # prints it again, only debris between, is the page's own heading still.
            above = next((j for j in range(first_good - 1, i, -1) if hard[j] is None), None)
            if above is not None and _key(texts[above]) == key:
                return i, above
            continue
        if first.n_words < TITLE_MIN_WORDS:
            continue
        # The headline may be the first line read as prose: one that asks a question ends like a sentence.
        repeat = next((j for j in range(i + 1, min(first_good + 1, len(texts)))
                       if hard[j] is None and _key(texts[j]) == key), None)
        if repeat is None:
            repeat = _reworded_title(i, texts, hard, first_good)
        if repeat is None:
            repeat = _dated_title(parts[0], i, texts, hard, first_good)
        if repeat is not None:
            return i, repeat
    return None


def _dated_title(head: str, i: int, texts: Sequence[str], hard: Sequence[str | None], first_good: int) -> int | None:
    """The headline a <title> line's first part (``head``) gives with a year or dates added: "Spring Walk 2026 |
    Site" over "Spring Walk", "Jane Roe (1931 - 2026) - Obituary - Site" over "Jane Roe". A later head line of at
    least ``DATED_TITLE_MIN_WORDS`` words, all of them the part's, the part's other words all figures."""
    words = {w.casefold() for w in _WORD.findall(head)}
    for j in range(i + 1, min(first_good, len(texts))):
        line = {w.casefold() for w in _WORD.findall(texts[j])}
        if (hard[j] is None and len(line) >= DATED_TITLE_MIN_WORDS and line < words
                and all(w.isdigit() for w in words - line)):
            return j
    return None


#: A kicker the <title> line puts before its headline and the page's own headline leaves out: "Opinion:",
#: "Fact check:", "In pictures:" (one to three words and a colon).
_TITLE_KICKER = re.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*:\s+(?=\S)")


def _reworded_title(i: int, texts: Sequence[str], hard: Sequence[str | None], first_good: int) -> int | None:
    """The headline a "Headline | Site" <title> line (``i``) gives in other words below it: every word of the
    <title>'s headline (all parts but the site's, or the first part, each without a "Kicker:" the page leaves
    out) is one of a later head line's, and there are at least ``TITLE_IN_HEADLINE_MIN_WORDS`` of them
    ("In pictures: slide buries homes in Kelvy" over "Slide buries homes in the hill village of Kelvy").
    Returns the first such head line, trying the longest <title> headline first."""
    seps = list(_TAGLINE_SEP.finditer(texts[i]))
    heads = [texts[i][:m.start()] for m in reversed(seps)]
    heads += [_TITLE_KICKER.sub("", h, count=1) for h in heads]
    for head in heads:
        words = {w.casefold() for w in _WORD.findall(head)}
        if len(words) < TITLE_IN_HEADLINE_MIN_WORDS:
            continue
        # The first line read as prose too, when no sentence ends it: a long headline ("Notice No. 4/2026: ...").
        for j in range(i + 1, min(first_good + 1, len(texts))):
            line = {w.casefold() for w in _WORD.findall(texts[j])}
            if (hard[j] is None and len(line) <= TITLE_MAX_WORDS and words <= line
                    and (j < first_good or not _SENTENCE_END.search(texts[j].rstrip()))):
                return j
    return None


def _title_site_parts(text: str) -> frozenset[tuple[str, ...]]:
    """The words of what a "Headline | Site - tagline" line says after its headline: its last part, and all
    the parts together ("Site - tagline" printed above the headline as the site's banner). A middle part
    alone may be the story's own second line ("Headline - Kicker | Site")."""
    parts = [tuple(w.casefold() for w in _WORD.findall(p)) for p in _TAGLINE_SEP.split(text)[1:]]
    return frozenset(p for p in [parts[-1], tuple(w for p in parts for w in p)] if p) if parts else frozenset()


def _masthead_like(text: str, f: _Features, vocabulary: frozenset[str], rooted: bool = False) -> bool:
    """A short name in capitals, no sentence, no separator, that shares at most ``MASTHEAD_MAX_OVERLAP`` of
    its words with the article: "Dunmere Weekly Advertiser", "The Ostrow Star" above a story about the town.
    A kicker made of the article's words ("Drenna Floods") shares more, unless a breadcrumb under it starts
    with it (``rooted``, ``crumb_root``), or it is a place's name and the noun a newspaper's name ends in
    ("Merrow Bay Gazette", ``_MASTHEAD_NOUNS``): then it is the site's name whatever its words."""
    if f.sentence_like or not 1 <= f.n_words <= MASTHEAD_NAME_MAX_WORDS or _TAGLINE_SEP.search(text):
        return False
    named = f.n_words >= 2 and f.words[-1].casefold() in _MASTHEAD_NOUNS
    return (all(w[:1].isupper() for w in f.words if len(w) >= TITLECASE_MIN_CHARS)
            and not any(c.isdigit() for c in text)
            and (rooted or named or _overlap(f, vocabulary) <= MASTHEAD_MAX_OVERLAP))


def _under_masthead(first: int, texts: Sequence[str], feats: Sequence[_Features], hard: Sequence[str | None],
                    protected: Sequence[bool], furniture: Mapping[int, str], first_good: int,
                    vocabulary: frozenset[str], signature: frozenset[int]) -> int | None:
    """The headline under a masthead that shares a word or two with the story ("Dunmere Weekly Advertiser"
    above "Dunmere market hall roof to be replaced"): the head line nearest the lead (bylines and debris
    between do not count), when it is longer than the masthead and shares more of its words (or any, under a
    masthead a breadcrumb starts with)."""
    rooted = crumb_root(first, texts, first_good)
    if not _masthead_like(texts[first], feats[first], vocabulary, rooted):
        return None
    near = next((i for i in reversed(range(first + 1, min(first_good, len(texts))))
                 if hard[i] is None and i not in furniture and not protected[i] and i not in signature), None)
    if near is None or feats[near].full_stop or not feats[first].n_words < feats[near].n_words <= TITLE_MAX_WORDS:
        return None
    return near if rooted or _overlap(feats[near], vocabulary) > _overlap(feats[first], vocabulary) else None


def _site_line(i: int, text: str, f: _Features, protected: bool, title_line: tuple[int, int] | None,
               site_parts: frozenset[tuple[str, ...]]) -> str | None:
    """A head line that is the site's, whatever its words: the pasted <title> line whose headline is printed
    again below (``_repeated_title``), the menus and banners between the two, a line that says what the
    <title> line says after its headline (``_title_site_parts``), and a section bar ending in the date."""
    if title_line and i == title_line[0]:
        return "page title line"
    if title_line and i < title_line[1] and not protected:
        return "above the title"
    if tuple(w.casefold() for w in _WORD.findall(text)) in site_parts:
        return "site name"
    if not protected and _dated_bar(text, f):
        return "section and date bar"
    return None


#: The separators of a breadcrumb row ("Forum » Boats » Engines", "Board index ‹ Repairs").
_CRUMB_SEP = re.compile(r"\s+[|•·»›‹/>→<]\s+")


def _crumb_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def settle_title(title: int | None, below: int | None, texts: Sequence[str], hard: Sequence[str | None],
                 first_good: int, furniture: dict[int, str]) -> int | None:
    """The headline's line after the masthead tests: the line under a masthead (``_under_masthead``), then the
    leaf of a breadcrumb from the line taken as the title (``crumb_leaf``); each line passed over becomes a
    masthead in ``furniture``."""
    if title is not None and below is not None:
        furniture[title], title = "masthead", below
    leaf = None if title is None else crumb_leaf(title, texts, hard, first_good)
    if title is not None and leaf is not None:
        furniture.pop(leaf, None)
        furniture[title], title = "masthead", leaf
    return title


def crumb_root(title: int, texts: Sequence[str], first_good: int) -> bool:
    """Whether a breadcrumb in the head starts with the line taken as the title ("Marrow Sport" over "Marrow Sport
    » Football"): a breadcrumb's root is the site, so that line is the site's name, not the headline."""
    root = _crumb_key(texts[title])
    return any(len(items := _CRUMB_SEP.split(texts[i])) >= 2 and _crumb_key(items[0]) == root
               for i in range(title + 1, min(first_good, len(texts))))


def crumb_leaf(title: int, texts: Sequence[str], hard: Sequence[str | None], first_good: int) -> int | None:
    """The page's own title under a board's or site's name: a breadcrumb runs from the site to the page ("Tessel
    Anglers Forum » Coarse fishing » Pike in the lower canal"), so when its first item is the line taken as the title
    and its last item is printed alone in the head with only debris under it, that line is the title and the first
    the site's name (a forum's board name shares the thread's words, so the masthead test does not part them)."""
    root = _crumb_key(texts[title])
    end = min(first_good, len(texts))
    for i in range(title + 1, end):
        items = [_crumb_key(p) for p in _CRUMB_SEP.split(texts[i])]
        if hard[i] != "menu" or len(items) < 2 or items[0] != root or not items[-1]:
            continue
        # Only debris may stand between the leaf and the lead: a section printed again as a kicker above
        # the headline ("Sport") is no title.
        return next((k for k in range(title + 1, end) if k != i and hard[k] is None
                     and _crumb_key(texts[k]) == items[-1] and all(hard[j] is not None for j in range(k + 1, end))),
                    None)
    return None


#: Debris that ends a head's deck: the byline or date printed under the standfirst.
_SIGNED = frozenset({"byline", "timestamp", "page stamp"})
#: A bullet mark opening a line: a standfirst's points ("• Ferries cancelled ...", "▪ Schools shut").
_BULLET = re.compile(r"^[•▪◦‣●■◆►–-]\s+\S")
#: A summary box's label over a story's points: "Summary", "Key points", "At a glance", "What we know".
_SUMMARY_LABEL = re.compile(r"^(?:summary|key\s+(?:points|facts|takeaways)|at\s+a\s+glance|in\s+(?:brief|short)|"
                            r"what\s+we\s+know(?:\s+so\s+far)?|tl;?\s?dr)\s*:?$", re.IGNORECASE)


def headline_decks(title: int | None, first_good: int, feats: Sequence[_Features], hard: Sequence[str | None],
                   texts: Sequence[str], signature: frozenset[int]) -> frozenset[int]:
    """The standfirst's points printed under the headline, one a line behind a bullet ("• Ferries cancelled for a
    second day"): every line from the headline down to the lead is debris (a byline, a date, a share row) or such a
    point of ``DECK_MIN_WORDS`` or more words. They say what the story says in other words, so they need not share
    its words (the head block's test); a menu's items have no bullets, or fewer words. Points without bullets count
    only right under the headline and right above the byline or date, none ending in a full stop, or under a summary
    box's label ("Summary", "Key points") that stands first under the headline, as bullets would."""
    if title is None or title + 1 >= first_good:
        return frozenset()
    points: list[int] = []
    labelled = False
    end = min(first_good, len(feats))
    for i in range(title + 1, end):
        if hard[i] is not None or i in signature:
            continue
        if not points and not labelled and _SUMMARY_LABEL.match(texts[i].strip()):
            labelled = True
            continue
        if feats[i].n_words < DECK_MIN_WORDS or (not _BULLET.match(texts[i]) and feats[i].full_stop):
            return frozenset()
        points.append(i)
    if labelled or all(_BULLET.match(texts[i]) for i in points):
        return frozenset(points)
    # Points without bullets ("The wall will take two years to build") are a deck only when they stand together
    # right under the headline, above the byline or date.
    under = points[-1] + 1
    signed = under < end and (hard[under] in _SIGNED or under in signature)
    return frozenset(points) if signed and points == list(range(title + 1, under)) else frozenset()
