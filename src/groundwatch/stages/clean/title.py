"""Title and outlet completed from the text, where manifest and document gave none.

Metadata precedence: manifest > the document's own metadata > the text > unknown. These run
only for the fields the first two left empty, and say so in ``Article.meta_origin``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from groundwatch.records import Article, MetaOrigin
from groundwatch.stages.clean.classify import _Verdict
from groundwatch.stages.clean.features import (
    _content_stems,
    _Features,
    _features,
    _is_attribution,
    _is_dateline,
    _is_good,
)
from groundwatch.stages.clean.lexicon import _DATA_ROW, _DATE_PATTERNS, _TAGLINE_SEP, _WORD
from groundwatch.stages.clean.outlet import (
    _credit_name,
    _display_name,
    _host,
    _media_title,
    find_outlet,
)
from groundwatch.stages.clean.thresholds import (
    DATELINE_PLACE_MAX_WORDS,
    KICKER_MAX_WORDS,
    MASTHEAD_NAME_MAX_WORDS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
)

# Metadata precedence: manifest > the document's own metadata > the text > unknown. These run
# only for the fields the first two left empty, and say so in ``Article.meta_origin``.


def without_foreign_title(article: Article) -> Article:
    """The article without the title its document gave when that title shares no word with the body: a
    page whose <title> names only the site ("Harbour Post", "Home") gives the site's name, not the
    headline, and the headline is then looked for in the text as for a page with no title."""
    if article.title is None or article.meta_origin.get("title", "document") != "document":
        return article
    if _content_stems(_WORD.findall(article.title)) & _content_stems(_WORD.findall(article.body or "")):
        return article
    origins = {k: v for k, v in article.meta_origin.items() if k != "title"}
    return dataclasses.replace(article, title=None, meta_origin=origins)


def _with_text_metadata(article: Article, verdicts: Sequence[_Verdict]) -> Article:
    title, outlet = article.title, article.outlet
    origins: dict[str, MetaOrigin] = {}
    if title is None and (title := _headline(verdicts)) is not None:
        origins["title"] = "text"
    if outlet is None:
        if (outlet := find_outlet(article.body or "") or _masthead_name(verdicts)) is not None:
            origins["outlet"] = "text"
        elif (outlet := _host(article.url)) is not None:
            # What ingest does for documents it reads; records built elsewhere get it here.
            origins["outlet"] = "inferred"
    if not origins:
        return article
    return dataclasses.replace(article, title=title, outlet=outlet,
                               meta_origin={**article.meta_origin, **origins})


def _masthead_name(verdicts: Sequence[_Verdict]) -> str | None:
    """The site's name on a masthead line the cleaner dropped above the headline.

    "Veloria News Agency (VNA) — English Service", "Valley Courant | Regional", a name
    repeated at the top of every article of the batch, or a capitals kicker that reads as a
    media title ("MERIDIAN WIRE", not "WORLD NEWS").
    """
    for v in verdicts:
        if v.keep:
            return None  # only above the headline
        if v.reason not in ("masthead", "site name repeated across articles", "section label"):
            continue
        raw = re.sub(r"\([^()]*\)", " ", _TAGLINE_SEP.split(v.unit.text)[0])
        name = _credit_name(" ".join(raw.split()), MASTHEAD_NAME_MAX_WORDS)
        if name is None:
            continue
        if v.reason == "section label" and not _media_title(name):
            continue
        return _display_name(name)
    return None


def _headline(verdicts: Sequence[_Verdict]) -> str | None:
    """The first kept line, when it reads as a headline: short, no full stop, not a dateline.

    Mastheads, kickers, bylines and stamps above it are already dropped; a first kept line
    that is prose, a dateline or an attribution means the page has no headline of its own.
    """
    first = next((v.unit for v in verdicts if v.keep), None)
    if first is None:
        return None
    text = first.text
    # "March 14, 2025 — Talks agreed": the stamp is the date's, the rest the headline's.
    stamp = _STAMP_PREFIX.match(text)
    if stamp is not None and len(_WORD.findall(text[stamp.end():])) >= TITLE_MIN_WORDS:
        text = text[stamp.end():]
    f = _features(text)
    if (not TITLE_MIN_WORDS <= f.n_words <= TITLE_MAX_WORDS or f.full_stop or text.endswith(":")
            or _is_good(f) or _is_attribution(text, f) or _DATA_ROW.match(text)):
        return None
    if _is_dateline(text, f) and _dateline_shaped(text, f):
        return None
    return text


_STAMP_PREFIX = re.compile(
    r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in _DATE_PATTERNS) + r")\s*(?:--|[—–|:-])\s*",
    re.IGNORECASE,
)


def _dateline_shaped(text: str, f: _Features) -> bool:
    """Whether a capitals line the cleaner keeps as a possible dateline is one, not a headline.

    The cleaner keeps both; a title must not be "TESSEL, Veloria (AP) --", "WASHINGTON" or
    "TESSEL, Veloria", but may be "FLOODS FORCE THOUSANDS FROM THEIR HOMES": a dateline ends
    in a dash or a credit, is a place of one or two words, a short "PLACE, COUNTRY", or goes on
    after a comma in mixed case.
    """
    if (re.search(r"(?:--|[—–\-:_)])$", text) or f.n_words <= KICKER_MAX_WORDS
            or ("," in text and f.n_words <= DATELINE_PLACE_MAX_WORDS)):
        return True
    after = text.partition(",")[2]
    return bool(after.strip()) and not after.isupper()
