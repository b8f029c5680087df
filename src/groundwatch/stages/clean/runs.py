"""Runs of paragraphs: which lines part an article's paragraphs, the runs they make, and what heads them.

The line classifier (``classify``) takes the longest run as the article; a run apart from it is a
standfirst, a teaser or the site's notices by its size, its words and its notices (``_run_measures``),
and a short line above more of the article's prose is a subheading or a list the article gives
(``_before_prose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.features import _content_stems, _Features, _site_notice, _Unit
from groundwatch.stages.clean.lexicon import _CODE, _LINK_PREFIX
from groundwatch.stages.clean.lexicon_page import _AD_LABEL, _LIVE_TIME
from groundwatch.stages.clean.thresholds import (
    LIST_MIN_ITEMS,
    LIST_MIN_OVERLAP,
    MAIN_GAP_MAX_UNITS,
    PROGRAM_PAGE_MIN_LINES,
    SIDE_RUN_MIN_SHARE,
)

#: Hard debris that a page prints between an article's own paragraphs: a section rule ("* * *"), an
#: image's caption and credit, an ad slot's label, "Story continues below", a "Related: ..." link, an
#: embedded social post's lines, a media player's controls.
_INLINE_DEBRIS = frozenset({"no words", "photo caption", "photo credit", "continuation label", "gallery counter",
                            "template debris", "link to another story", "social embed",
                            "media player"})


def _code_lines(units: Sequence[_Unit], hard: Sequence[str | None], good: Sequence[bool]) -> list[bool]:
    """Lines that do not part two paragraphs into two runs: code, a live blog's update times (an
    update's time and headline would be a gap of two), and the debris a page prints inside an article
    (``_INLINE_DEBRIS``, ad labels, "Also read: ..."), which stacks two or three lines deep between its
    paragraphs (an ad label over a caption and its credit). A share row, a bare "Related" label and
    notices still part runs. A lone identifier ("user_name") is a comment's author as often as code, unless a
    listing is under way (a line of code or a paragraph ending in a colon above it)."""
    code = [h is None and not g and " " in u.text and _CODE.search(u.text) is not None
            for u, h, g in zip(units, hard, good, strict=True)]
    out = [c or (h == "timestamp" and _LIVE_TIME.match(u.text) is not None)
           or h in _INLINE_DEBRIS
           or (h is not None and (_AD_LABEL.match(u.text) is not None or _LINK_PREFIX.match(u.text) is not None))
           for u, h, c in zip(units, hard, code, strict=True)]
    # A program's output and its prompt's continuation lines ("8", "...", "... print x(2)") read as stamps, empty
    # lines and prompts; under a line of code, or a paragraph announcing them with a colon, they are code too.
    listing = False
    for i, (u, h) in enumerate(zip(units, hard, strict=True)):
        # A lone lower-case identifier under them ("requests", "[server]") is the listing's too; a count ("384")
        # under a share row's colon is not.
        if listing and (h in _OUTPUT_READINGS or (h is None and not good[i] and _IDENTIFIER.match(u.text.strip()))):
            out[i] = True
            continue
        listing = code[i] or (good[i] and u.text.endswith(":"))
    return out


#: How a program's lines read one by one on an extractor's body: a call ("print(e)", "print f()") as a button or a
#: widget label, a statement the listing gives twice ("x = 1", ">>> foo()") as a repeat, a line over one of those as
#: its label. A script leaked into the body reads as a menu (separators), and that reading stays.
_PROGRAM_MISREADINGS = frozenset({"repeated in article", "repeated caption", "call to action", "widget label",
                                  "label of debris"})


def program_lines(texts: Sequence[str], feats: Sequence[_Features], reasons: Sequence[str]) -> frozenset[int]:
    """The lines of code an extractor's body holds that the line rules misread (``_PROGRAM_MISREADINGS``), on a
    page whose body gives ``PROGRAM_PAGE_MIN_LINES`` or more lines of code: there a line of code is content."""
    code = [not f.sentence_like and _CODE.search(t) is not None for t, f in zip(texts, feats, strict=True)]
    if sum(code) < PROGRAM_PAGE_MIN_LINES:
        return frozenset()
    return frozenset(i for i, c in enumerate(code) if c and reasons[i] in _PROGRAM_MISREADINGS)


#: A lone identifier, as a listing prints a package, a module or a config section: lower case, no space.
_IDENTIFIER = re.compile(r"^[\[(]?[a-z_][\w.:/@-]*[\])]?$")
#: How a program's output and a prompt's continuation lines read line by line (see ``_code_lines``).
_OUTPUT_READINGS = frozenset({"timestamp", "no words", "call to action", "widget label"})


def _before_prose(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
                  good: Sequence[bool], protected: Sequence[bool], quantities: frozenset[int],
                  topics: frozenset[str], run_share: Sequence[float], vocabulary: frozenset[str]) -> list[bool]:
    """Per line: whether it heads more of the article's prose, wherever the main run ended.

    The line right above a paragraph is its subheading. Lines above it in one block of short lines
    are a list the article gives ("The members who resigned were:" and their names, a list of steps)
    when a paragraph of the article stands above the block too, or a line announces it with a colon,
    or the block speaks of the article's things (``LIST_MIN_OVERLAP``). A block under widget debris
    ("Explore topics", "Our columnists") about other things is that widget's links, the last line
    included when there are ``LIST_MIN_ITEMS`` of them; else only the last line is read as a
    subheading, as before lists were read (dropping it too lost a recipe's ingredient labels,
    "Filling", on clean-dev's tune part).
    """
    n = len(units)
    out = [False] * n
    following = False  # a kept paragraph of the article comes next
    block: list[int] = []  # short plain lines read (upwards) since that paragraph
    debris_below = False  # debris stands between the block and the paragraph ("Leave a reply")

    def close(above: int) -> None:
        if not following or len(block) < 2:
            return
        stems = set().union(*(_content_stems(feats[j].words) for j in block))
        shared = len(stems & vocabulary) / len(stems) if stems else 0.0
        under_widget = above >= 0 and hard[above] is not None
        # Between two of the article's paragraphs, announced by a colon, or about the article's things.
        articles = shared >= LIST_MIN_OVERLAP or (above >= 0 and hard[above] is None and (
            units[above].text.endswith(":") or (good[above] and run_share[above] >= SIDE_RUN_MIN_SHARE)))
        if under_widget and len(block) >= LIST_MIN_ITEMS and shared < LIST_MIN_OVERLAP:
            for j in block:  # a widget's links about other things, the last one above the paragraph too
                out[j] = False
        # Under widget debris, the block is that widget's; a label right above the paragraph ("Release
        # date:") announces the paragraph, so the lines above it are no list of it.
        elif under_widget or units[block[0]].text.endswith(":") or not articles or debris_below:
            for j in block[1:]:
                out[j] = False

    for i in reversed(range(n)):
        out[i] = following
        if good[i] or i in quantities:
            close(i)
            debris_below = False
            # A teaser's headline stands before a side run, which goes: so does the headline.
            # A list of quantities is the page's data: its label heads content.
            following = i in quantities or (_site_notice(units[i].text, feats[i], topics) is None
                                            and run_share[i] >= SIDE_RUN_MIN_SHARE)
            block = []
        elif hard[i] is None and not protected[i]:
            block.append(i)
        elif hard[i] is not None and block:
            close(i)
            following, block = False, []
        elif hard[i] is not None:
            debris_below = True  # debris right above the paragraph (an ad label) does not end its block,
            # but a list above it is no list of that paragraph: a comment form's "Leave a reply"
    close(-1)
    return out


def _runs(good: Sequence[bool], feats: Sequence[_Features], hard: Sequence[str | None],
          code: Sequence[bool]) -> list[tuple[int, int, int]]:
    """Runs of paragraphs as ``(first, last, words)``, in order.

    Paragraphs separated by at most ``MAIN_GAP_MAX_UNITS`` other lines belong to one run: an
    ad label between two paragraphs does not split the article, while a site's notices, an
    author's bio or a teaser stand apart from it after a run of page furniture. Lines of code
    are no gap: a tutorial's prose goes on after its code blocks; nor are a live blog's update times.
    """
    runs: list[tuple[int, int, int]] = []
    gap = 0
    for i, g in enumerate(good):
        if not g:
            gap += 0 if code[i] else 1
            continue
        if runs and gap <= MAIN_GAP_MAX_UNITS:
            first, _, words = runs[-1]
            runs[-1] = (first, i, words + feats[i].n_words)
        else:
            runs.append((i, i, feats[i].n_words))
        gap = 0
    return runs


def _run_measures(runs: Sequence[tuple[int, int, int]], main_words: int, good: Sequence[bool],
                  feats: Sequence[_Features], notices: Sequence[bool]
                  ) -> tuple[list[float], list[float], list[float]]:
    """Per line: its run's words as a share of the main run's, its run's vocabulary overlap with
    the main run, and the share of its run's words in site notices.

    The overlap is the share of a run's content words found in the main run: a standfirst or an
    introduction split from the article by a share row speaks of the same things, a teaser of
    another story mostly does not. A run made mostly of notices is the site's house rules or
    pitch, sentences without a notice word included.
    """
    n = len(good)
    share, overlap, notice = [1.0] * n, [1.0] * n, [0.0] * n
    stems = [_content_stems(feats[i].words) if good[i] else set() for i in range(n)]
    main = max(runs, key=lambda r: r[2], default=None)
    main_vocab = set().union(*(stems[j] for j in range(main[0], main[1] + 1))) if main else set()
    for first, last, words in runs:
        run_stems = set().union(*(stems[j] for j in range(first, last + 1)))
        shared = len(run_stems & main_vocab) / len(run_stems) if run_stems else 0.0
        noticed = sum(feats[j].n_words for j in range(first, last + 1) if notices[j])
        for j in range(first, last + 1):
            share[j] = words / main_words if main_words else 1.0
            overlap[j] = shared
            notice[j] = noticed / words if words else 0.0
    return share, overlap, notice
