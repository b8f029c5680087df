"""Lines read against their neighbours: teaser headlines, list items, widget pitches, link lists.

The line classifier (``classify``) gives each line a verdict from its own features and its place in
the article; these rules then read a line together with the lines around it, since a line's shape
alone does not tell a subheading from another story's headline, or an article's sentence from the
pitch between two buttons. The rules that read a kept line against its neighbours' verdicts (widget
pitches, forms' and cards' heads, pull quotes, closing bios) live in ``lists_verdicts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.bylines import _LIVE_HEAD
from groundwatch.stages.clean.features import _content_stems, _Features, _overlap, _Unit
from groundwatch.stages.clean.lexicon import _CODE
from groundwatch.stages.clean.lexicon_captions import _SCENE_DATE_END
from groundwatch.stages.clean.lexicon_page import _LIVE_TIME

# The rules that read a kept line against its neighbours' verdicts, kept in their own module for size.
from groundwatch.stages.clean.lists_verdicts import _neighbour_drops as _neighbour_drops
from groundwatch.stages.clean.lists_verdicts import _template_items as _template_items
from groundwatch.stages.clean.thresholds import (
    BLURB_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CONTEXT_MIN_OVERLAP,
    ELLIPSIS_COLUMN_MIN,
    ELLIPSIS_ITEM_MAX_WORDS,
    GOOD_LONG_MIN_STOP,
    GOOD_SENTENCE_MIN_WORDS,
    LIST_MIN_ITEMS,
    SIDE_LINK_MAX_SHARED,
    SIDE_LINK_MIN_WORDS,
    SLOT_MAX_LINES,
    TEASER_CARDS_MIN,
    TEASER_MAX_OVERLAP,
    TEASER_MIN_WORDS,
    TEASER_NEXT_UNITS,
    TIGHT_MAX_BLANK_SHARE,
    TIGHT_MIN_UNITS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
)


def _teasers(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
             good: Sequence[bool]) -> list[bool]:
    """Per line: a headline of another story (or a caption) standing alone between paragraphs.

    A headline-length statement without final punctuation, in a block of its own, is a subheading
    when the paragraphs after it take up its words (it announces them) and a link to another story
    or a video's title when they do not: a subheading is about what follows, a teaser about itself.
    Code, list items (starting with a quantity, or beside another item) and "Label: value" lines are
    no headlines; two lines of a headline's shape in a row are read each as one, against the paragraphs
    after the pair (two related stories' links; three or more are a side column, ``_side_link_blocks``)."""
    out = [False] * len(units)
    tight = _tight(units)

    def beside(j: int) -> bool:  # a neighbour in its block (without blank lines: no paragraph, ad label)
        return (0 <= j < len(units) and units[j].block == units[i].block
                and not (tight and (good[j] or hard[j] is not None)))

    def cut_by_slot(j: int) -> bool:  # "... called the ruling "a dark day for" / Advertisement / "democracy" and ..."
        k = j + 1
        while k < len(units) and hard[k] is not None and k - j <= SLOT_MAX_LINES:
            k += 1
        return j + 1 < k < len(units) and units[k].text[:1].islower()

    def shape(j: int) -> bool:  # a headline's shape: long enough, no sentence end, no label or figure
        f = feats[j]
        return not (good[j] or hard[j] is not None or f.sentence_end or f.n_words < TEASER_MIN_WORDS
                    or f.stop_density < GOOD_LONG_MIN_STOP or _CODE.search(units[j].text) is not None
                    or units[j].text[:1].isdigit() or ":" in units[j].text or cut_by_slot(j))

    for i in range(len(units)):
        if not shape(i):
            continue
        # Two headlines in a row are read one by one, each against the paragraphs after the pair (two
        # related stories' links between paragraphs): a two-item list of the article takes up its words.
        pair = next((j for j in (i - 1, i + 1) if beside(j)), None)
        if pair is not None and ((beside(i - 1) and beside(i + 1)) or not shape(pair)
                                 or beside(pair + (pair - i))):
            continue
        ends = sorted((i, i if pair is None else pair))
        after = [j for j in range(ends[1] + 1, min(ends[1] + 1 + TEASER_NEXT_UNITS, len(units))) if good[j]]
        if not after or any(_list_item(j, feats, hard, good) for j in (ends[0] - 1, ends[1] + 1)):
            continue  # not between paragraphs: the head and tail rules read it
        ahead: set[str] = set()
        for j in after:
            ahead |= _content_stems(feats[j].words)
        out[i] = _overlap(feats[i], frozenset(ahead)) < TEASER_MAX_OVERLAP
    for block in _side_link_blocks(units, feats, hard, good):
        for i in block:
            out[i] = True
    return out


def _tight(units: Sequence[_Unit]) -> bool:
    """A paste without blank lines between its blocks (see ``TIGHT_MAX_BLANK_SHARE``)."""
    return len(units) >= TIGHT_MIN_UNITS and units[-1].block < TIGHT_MAX_BLANK_SHARE * (len(units) - 1)


def _plain(words: Sequence[str]) -> set[str]:
    """Content stems with a plural's "s" off: "roads" and "road" are one word (the stems are prefixes)."""
    return {stem.rstrip("s") for stem in _content_stems(words)}


#: What a link's headline never holds: a colon ("Label: value"), a table's cell gap, a leading figure.
_NOT_HEADLINE = re.compile(r":|\t|\S\s{2,}\S|\||^\d")


def _side_link_blocks(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
                      good: Sequence[bool]) -> list[list[int]]:
    """Blocks of at least ``LIST_MIN_ITEMS`` headlines in a row between two paragraphs, with no label:
    a side column's links pasted into the article. Each line is a headline (``SIDE_LINK_MIN_WORDS`` words
    or more, no sentence end, no colon), nothing announces them (the line above ends in no colon) and
    the block is about other things: at most ``SIDE_LINK_MAX_SHARED`` of its lines take up a word of the
    article's paragraphs. An article's own list is of its things ("The pass road above Harl" under a
    story of closed roads), or of short items (names, things to pack), or a table's rows."""
    n = len(units)
    vocabulary = frozenset().union(*(_plain(feats[j].words) for j in range(n) if good[j]))

    def headline(j: int) -> bool:
        f = feats[j]
        return (not good[j] and hard[j] is None and not f.sentence_end and f.n_words >= SIDE_LINK_MIN_WORDS
                and 2 * sum(w.isdigit() for w in f.words) < f.n_words  # a table's row of figures
                and not _NOT_HEADLINE.search(units[j].text) and not _CODE.search(units[j].text))

    out: list[list[int]] = []
    i = 0
    while i < n:
        k = i
        while k < n and headline(k):
            k += 1
        block = list(range(i, k))
        if (len(block) >= LIST_MIN_ITEMS and i > 0 and good[i - 1] and not units[i - 1].text.endswith(":")
                and any(good[j] for j in range(k, min(k + TEASER_NEXT_UNITS, n)))):
            shared = sum(1 for j in block if _plain(feats[j].words) & vocabulary)
            if shared <= SIDE_LINK_MAX_SHARED * len(block):
                out.append(block)
        i = max(k, i + 1)
    return out


def _list_item(j: int, feats: Sequence[_Features], hard: Sequence[str | None], good: Sequence[bool]) -> bool:
    """A sentence-long line without final punctuation that is no paragraph: beside it, a line of
    the same shape is one more item of a list (tips, steps), not a headline of another story."""
    return (0 <= j < len(feats) and not good[j] and hard[j] is None and not feats[j].sentence_end
            and feats[j].n_words >= GOOD_SENTENCE_MIN_WORDS)


def _teaser_cards(units_text: Sequence[str], feats: Sequence[_Features], hard: Sequence[str | None],
                  good: Sequence[bool], main_first: int, main_last: int) -> frozenset[int]:
    """Teaser cards of a front page's "Latest" column: pairs in a row of a headline (three words or more,
    no sentence end) and its one-sentence blurb (at most ``BLURB_MAX_WORDS`` words), each pair maybe
    followed by its time ("2h ago"), about other things than the rest of the article
    (``TEASER_MAX_OVERLAP`` of the pair's words at most in the article's other paragraphs, so pairs that
    speak of the article's things stay: another answer on a Q&A page, another step of a tutorial), above
    the article's first paragraph or below its last (the cards' blurbs may join its run). ``TEASER_CARDS_MIN``
    pairs make a column. One
    pair alone is not read: as the page's last prose after debris it was a footer's two lines and a
    gallery's last slide as often as another story's card (clean-dev tune, two pages)."""
    n = len(feats)

    def shape(j: int) -> bool:
        if j + 1 >= n or _CODE.search(units_text[j]):
            return False
        h, b = feats[j], feats[j + 1]
        # A line ending in a colon announces the line under it ("The plan includes:" over a bullet): a card's
        # headline never does, and its blurb is no bullet of a list.
        return (hard[j] is None and hard[j + 1] is None and not good[j] and not h.sentence_end
                and h.n_words >= TITLE_MIN_WORDS + 1 and b.full_stop and b.n_words <= BLURB_MAX_WORDS
                and not units_text[j].rstrip().endswith(":") and not _LIST_BULLET.match(units_text[j + 1]))

    out: set[int] = set()
    j = 0
    while j < n:
        pairs: list[int] = []
        k = j
        timed = True  # every pair is followed by its time
        while shape(k):
            pairs.append(k)
            k += 2
            timed = timed and k < n and hard[k] == "timestamp"
            if k < n and hard[k] == "timestamp":
                k += 1
        if pairs:
            cards = range(j, k)
            rest = [i for i in range(max(main_first, 0), max(main_last, pairs[-1] + 1) + 1)
                    if good[i] and i not in cards]
            vocabulary = set().union(*(_content_stems(feats[i].words) for i in rest))
            about_others = all(_pair_overlap(p, feats, vocabulary) <= TEASER_MAX_OVERLAP for p in pairs)
            # The cards are no article's: longer prose stands beside them, and no live blog's update time
            # heads them (a live blog's updates are headline, text and the next update's time, in a row).
            beside = (sum(feats[i].n_words for i in rest) >= sum(feats[p + 1].n_words for p in pairs)
                      and not (j > 0 and hard[j - 1] == "timestamp" and _LIVE_TIME.match(units_text[j - 1])))
            # Above the article's first paragraph or below its last: between two of its paragraphs such pairs
            # are its subheadings and their sections' one sentence, whatever they speak of.
            # Below it, a subheading and a one-paragraph section closing the article are pairs too: the cards
            # there are those with times, or with blurbs too short to be the article's paragraphs.
            # A time printed before each headline ("10:47 Library extends its hours") dates the cards too; a
            # live blog's head ("10:47 Jane Roe") is no headline.
            timed = timed or all(_CLOCK_LEAD.match(units_text[p]) and not _LIVE_HEAD.match(units_text[p].strip())
                                 for p in pairs)
            outside = (not any(good[i] for i in range(j)) or (not any(good[i] for i in range(k, n)) and (
                timed or not any(good[p + 1] for p in pairs))))
            if about_others and beside and outside and len(pairs) >= TEASER_CARDS_MIN:
                out.update(cards)
        j = max(k, j + 1)
    return frozenset(out)


#: A list item's bullet: a dot, a dash, a star or an arrow before its text.
_LIST_BULLET = re.compile(r"^\s*[•·▪◦‣*–►▶▸→-]\s+")
#: A clock time opening a line, then a space and more: a timed headline of a "Latest" column.
_CLOCK_LEAD = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+\S", re.IGNORECASE)
#: A line cut off with an ellipsis ("…" or three dots), nothing after it but a closing mark.
_ELLIPSIS_END = re.compile(r"(?:…|\.{3})[\"'“”’»)]*$")
#: A sentence ending inside the line ("It rained. Then…"): a paragraph's prose, not one headline and its blurb.
_INNER_SENTENCE = re.compile(r"[.!?][\"'“”’»)]*\s+[\"'“‘«„(]*[A-Z]")


def _ellipsis_columns(units_text: Sequence[str], feats: Sequence[_Features], hard: Sequence[str | None],
                      good: Sequence[bool]) -> frozenset[int]:
    """A related-story column whose items are cut off with an ellipsis ("Storm shuts the quay as…"):
    ``ELLIPSIS_COLUMN_MIN`` or more such lines in a row (each at most ``ELLIPSIS_ITEM_MAX_WORDS`` words, no
    sentence ending inside it; an item's time, "3 hours ago", may stand between them) with a line that is
    no prose, or the page's edge, on one side at least ("Related stories" above, a menu below). Such
    lines read as prose (the ellipsis is a sentence end), so the first item was taken for a paragraph
    and the menu under it for subheadings. A fiction or how-to page's lines that trail off stand one at a
    time, or between its own paragraphs, and stay."""
    n = len(units_text)

    def item(j: int) -> bool:
        text = units_text[j].strip()
        return (hard[j] is None and bool(_ELLIPSIS_END.search(text)) and not _CODE.search(text)
                and 0 < feats[j].n_words <= ELLIPSIS_ITEM_MAX_WORDS
                and not _INNER_SENTENCE.search(_ELLIPSIS_END.sub("", text)))

    out: set[int] = set()
    j = 0
    while j < n:
        if not item(j):
            j += 1
            continue
        items, k = [j], j + 1
        while k < n and (item(k) or (hard[k] == "timestamp" and k + 1 < n and item(k + 1))):
            if item(k):
                items.append(k)
            k += 1
        if hard[k - 1] == "timestamp" or (k < n and hard[k] == "timestamp"):
            k += 1 if k < n and hard[k] == "timestamp" else 0
        edge_above = j == 0 or not good[j - 1]
        edge_below = k >= n or not good[k]
        if len(items) >= ELLIPSIS_COLUMN_MIN and (edge_above or edge_below):
            out.update(items)
        j = max(k, j + 1)
    return frozenset(out)


def _pair_overlap(j: int, feats: Sequence[_Features], vocabulary: set[str]) -> float:
    stems = _content_stems(feats[j].words) | _content_stems(feats[j + 1].words)
    return len(stems & vocabulary) / len(stems) if stems else 1.0


def _update_heads(hard: Sequence[str | None], good: Sequence[bool], feats: Sequence[_Features]) -> tuple[int, ...]:
    """Per line, how far below it stands the paragraph it heads: 1 when the next line is a paragraph, 2
    when a headline-length line without a full stop stands between (a live blog's update: "16:40", its
    headline, its text), else 0."""
    n = len(good)

    def heads(i: int) -> int:
        if i + 1 < n and good[i + 1]:
            return 1
        if (i + 2 < n and good[i + 2] and hard[i + 1] is None and not feats[i + 1].full_stop
                and TITLE_MIN_WORDS <= feats[i + 1].n_words <= TITLE_MAX_WORDS):
            return 2
        return 0

    return tuple(heads(i) for i in range(n))


def _heads_lead(j: int, feats: Sequence[_Features], good: Sequence[bool], first_good: int) -> bool:
    """Whether line ``j``, right above the article's first paragraph, is its headline: it takes up the
    lead's words (``CONTEXT_MIN_OVERLAP``), as the last of a front page's teasers above the story does not."""
    return (j + 1 == first_good and not feats[j].full_stop
            and _overlap(feats[j], frozenset(_content_stems(feats[j + 1].words))) >= CONTEXT_MIN_OVERLAP)


#: Words of a story's sentence that a photo caption does without: auxiliaries, modals and reporting verbs. A
#: caption tells the scene in the simple present or a participle ("Rescuers search ...", "Residents queueing
#: ..."); a lead or a notice ending on a full date says who reported what, or what will happen then.
_STORY_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|shall|can|may|must|did|"
                         r"does|said|says|told|tells|according\s+to|due|scheduled|planned)\b", re.IGNORECASE)


def _scene_captions(texts: Sequence[str], feats: Sequence[_Features], good: Sequence[bool]) -> list[int]:
    """Photo captions written as a plain sentence between the headline (or standfirst) and the lead: the
    first paragraphs of the page, read down to the lead, each one sentence that ends on the photo's full date
    ("... in Tessel, Veloria, on June 7, 2027.", ``_SCENE_DATE_END``) with no auxiliary or reporting verb
    (``_STORY_VERB``). The last paragraph of a page is never one."""
    n = len(texts)
    out: list[int] = []
    j = next((i for i in range(n) if good[i]), n)
    while j < n:
        if not _dated_scene(texts[j], feats[j]):
            break
        k = next((i for i in range(j + 1, n) if good[i]), n)
        if k == n:
            break
        out.append(j)
        j = k
    return out


def _captions_twice(keys: Sequence[str], texts: Sequence[str], feats: Sequence[_Features],
                    good: Sequence[bool]) -> list[int]:
    """A photo caption printed twice in a row (its alt text and its caption): one sentence with no auxiliary or
    reporting verb ("Firefighters carry a woman across the river at Tasko."), both copies. A story's paragraph has
    such a verb, and the page prints it once; the second copy of any line goes as a repeat anyway. And a line
    between a shortcode and its closing tag ("[caption ...]" / line / "[/caption]")."""
    out: list[int] = []
    for j in range(len(texts) - 1):
        if (good[j] and good[j + 1] and keys[j] == keys[j + 1] and feats[j].n_words <= CAPTION_MAX_WORDS
                and _STORY_VERB.search(texts[j]) is None and _INNER_SENTENCE.search(texts[j].strip()) is None):
            out.extend((j, j + 1))
    # A caption wrapped in a CMS's shortcode pasted unfilled ('[caption id="12"]' / the caption / "[/caption]").
    for j in range(1, len(texts) - 1):
        m = _CLOSING_SHORTCODE.match(texts[j + 1].strip())
        if m is not None and texts[j - 1].lstrip().startswith(f"[{m.group(1)} "):
            out.append(j)
    return out


_CLOSING_SHORTCODE = re.compile(r"^\[/([a-z][a-z0-9_-]*)\]$")


def _dated_scene(text: str, f: _Features) -> bool:
    """One sentence telling a photo's scene and ending on its full date (see ``_scene_captions``)."""
    text = text.strip()
    return (f.n_words <= CAPTION_MAX_WORDS and _SCENE_DATE_END.search(text) is not None
            and _STORY_VERB.search(text) is None and _INNER_SENTENCE.search(text) is None)
