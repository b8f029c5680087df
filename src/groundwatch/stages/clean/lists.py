"""Lines read against their neighbours: teaser headlines, list items, widget pitches, link lists.

The line classifier (``classify``) gives each line a verdict from its own features and its place in
the article; these rules then read a line together with the lines around it, since a line's shape
alone does not tell a subheading from another story's headline, or an article's sentence from the
pitch between two buttons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.bylines import _LIVE_HEAD, _byline_parts
from groundwatch.stages.clean.closing import closing_notice
from groundwatch.stages.clean.features import (
    _content_stems,
    _Features,
    _overlap,
    _site_notice,
    _Unit,
)
from groundwatch.stages.clean.lexicon import _CODE, _LEGAL_NOTICE, _NAME_LINE, _READER, _SITE_NOTICE
from groundwatch.stages.clean.lexicon_captions import _SCENE_DATE_END
from groundwatch.stages.clean.lexicon_page import _AD_LABEL, _ATTRIBUTED, _LIVE_TIME, _REPORT_VERB
from groundwatch.stages.clean.thresholds import (
    BLURB_MAX_WORDS,
    BYLINE_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CARD_MAX_HEADS,
    CONTEXT_MIN_OVERLAP,
    CTA_MAX_WORDS,
    ELLIPSIS_COLUMN_MIN,
    ELLIPSIS_ITEM_MAX_WORDS,
    FORM_MAX_HEADS,
    FORM_MIN_WIDGETS,
    GOOD_LONG_MIN_STOP,
    GOOD_SENTENCE_MIN_WORDS,
    LIST_MIN_ITEMS,
    PITCH_MAX_DEBRIS,
    PULL_QUOTE_MAX_WORDS,
    PULL_QUOTE_MIN_SHARE,
    PULL_QUOTE_MIN_STEMS,
    PULL_QUOTE_WINDOW,
    SIDE_LINK_MAX_SHARED,
    SIDE_LINK_MIN_WORDS,
    TEASER_CARDS_MIN,
    TEASER_MAX_OVERLAP,
    TEASER_MIN_WORDS,
    TEASER_NEXT_UNITS,
    TEMPLATE_MIN_ITEMS,
    TEMPLATE_MIN_WORDS,
    TEMPLATE_WINDOW,
    TIGHT_MAX_BLANK_SHARE,
    TIGHT_MIN_UNITS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
    UI_LABEL_MAX_WORDS,
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

    def shape(j: int) -> bool:  # a headline's shape: long enough, no sentence end, no label or figure
        f = feats[j]
        return not (good[j] or hard[j] is not None or f.sentence_end or f.n_words < TEASER_MIN_WORDS
                    or f.stop_density < GOOD_LONG_MIN_STOP or _CODE.search(units[j].text) is not None
                    or units[j].text[:1].isdigit() or ":" in units[j].text)

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


#: Verdicts of the page's own buttons and notices: a short sentence between two of them is theirs.
_WIDGET_REASONS = frozenset({"call to action", "prompt", "social links", "widget label", "site notice"})


def _pitches(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
             feats: Sequence[_Features]) -> dict[int, str]:
    """A short paragraph standing between two of the page's buttons or notices ("Subscribe" /
    "Get our weekly tips in your inbox." / "Privacy policy") is the widget's pitch, not the story's; so is
    one under a sign-up button ("Sign up to our briefing") with a link list's label under it. A sentence
    someone said is the story's, between two ad labels or above a newsletter box, and so is one that
    reports (a finite verb: "Repairs will take a year.") and neither addresses the reader nor names a
    notice's subject, or stands between the article's paragraphs ("Waxman sells hardware.")."""
    out: dict[int, str] = {}
    for i in range(1, len(keeps) - 1):
        if not (keeps[i] and reasons[i] == "paragraph" and feats[i].n_words <= CTA_MAX_WORDS
                and not keeps[i - 1] and reasons[i - 1] in _WIDGET_REASONS and not keeps[i + 1]):
            continue
        plain = not _READER.search(texts[i]) and _SITE_NOTICE.search(texts[i]) is None
        if _ATTRIBUTED.search(texts[i]) or (plain and (_REPORT_VERB.search(texts[i]) or _inside(i, keeps, reasons))):
            continue
        if plain and _AD_LABEL.match(texts[i - 1]):
            continue  # an ad slot's label pitches nothing: the paragraph under it is the story's next one
        if reasons[i + 1] in _WIDGET_REASONS or (reasons[i + 1] == "link list label"
                                                 and _SITE_NOTICE.search(texts[i - 1]) is not None):
            out[i] = "pitch between buttons"
    return out


#: An item of a live page's "Key events" panel: the entry's age or clock time, then its headline ("2h ago Ferries
#: cancelled", "14:05 Red warning issued").
_PANEL_ITEM = re.compile(r"^(?:\d{1,2}\s?(?:[mhd]|mins?|minutes?|hrs?|hours?|days?)\s+ago|\d{1,2}[:.]\d{2})\s+\S",
                         re.IGNORECASE)


def _key_event_items(reasons: Sequence[str], texts: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """The items of a live page's "Key events" panel, in a row under its label: each the entry's age or time and its
    headline, without a sentence's end. The entries themselves stand further down, a headline or a time over their
    text; an entry's own "Key event" label (in the singular) heads no panel."""
    out: dict[int, str] = {}
    for i, text in enumerate(texts):
        if reasons[i] != "widget label" or " ".join(text.casefold().split()) != "key events":
            continue
        j = i + 1
        while j < len(texts) and _PANEL_ITEM.match(texts[j]) and not feats[j].sentence_end:
            out[j] = "key events item"
            j += 1
    return out


def _card_heads(keeps: Sequence[bool], reasons: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """A promo card inside a page (a recipe, an event, a podcast): its label and title ("Recipe of the week" /
    "Plum and almond traybake"), read as subheadings, over a row of its facts ("45 mins · Easy") and its button
    ("Get the recipe"). A subheading heads prose; one or two over a menu row and a call to action, with nothing
    kept between, head the card. An ad label alone under a subheading ("Advertisement") is no card."""
    out: dict[int, str] = {}
    n = len(keeps)
    for i in range(n):
        if keeps[i] or reasons[i] != "menu" or i + 1 >= n or keeps[i + 1] or reasons[i + 1] != "call to action":
            continue
        j = i - 1
        while (j >= 0 and i - j <= CARD_MAX_HEADS and keeps[j] and reasons[j] == "subheading"
               and not feats[j].sentence_like):
            out[j] = "promo card"
            j -= 1
    return out


def _inside(i: int, keeps: Sequence[bool], reasons: Sequence[str]) -> bool:
    """Whether the article's paragraphs stand on both sides of line ``i`` past the dropped lines around
    it (at most ``PITCH_MAX_DEBRIS`` each side): ads and embeds inside a story, not a sign-up box."""
    def side(step: int) -> bool:
        j = i + step
        while 0 <= j < len(keeps) and not keeps[j] and abs(j - i) <= PITCH_MAX_DEBRIS:
            j += step
        return 0 <= j < len(keeps) and keeps[j] and reasons[j] == "paragraph"
    return side(-1) and side(1)


#: Dropped lines of a form: its buttons, its input's label, its terms.
_FORM_REASONS = _WIDGET_REASONS | {"label"}


def _form_heads(keeps: Sequence[bool], reasons: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """One or two subheadings standing right above at least ``FORM_MIN_WIDGETS`` dropped widget
    lines in a row ("The Weekly Brief" / "Our best stories, every Friday." / "Enter your email" /
    "Sign up") are the box's name and pitch: a subheading stands above the paragraphs it announces. A
    paragraph above a shop button and a disclosure stays: it is the article's last."""
    out: dict[int, str] = {}
    n = len(keeps)
    for i in range(n):
        heads = [j for j in range(i, min(i + FORM_MAX_HEADS, n))
                 if keeps[j] and reasons[j] == "subheading"]
        for size in range(len(heads), 0, -1):
            if heads[:size] != list(range(i, i + size)):
                continue
            k = i + size
            widgets = 0
            while k < n and not keeps[k] and reasons[k] in _FORM_REASONS:
                widgets, k = widgets + 1, k + 1
            if widgets >= FORM_MIN_WIDGETS and (i == 0 or keeps[i - 1] or reasons[i - 1] not in _FORM_REASONS):
                out.update(dict.fromkeys(range(i, i + size), "pitch above a form"))
                break
    return out


def _template_items(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                    feats: Sequence[_Features]) -> dict[int, str]:
    """A kept line written to the same template as dropped lines near it ("X vs. Y: How Do They
    Compare?" above more such links) is one more item of that dropped list.

    The template is the first or the last ``TEMPLATE_MIN_WORDS`` words (case and punctuation aside);
    at least ``TEMPLATE_MIN_ITEMS`` dropped lines within ``TEMPLATE_WINDOW`` lines must share it. A
    sentence with its full stop is no link title, and a line dropped as a repeat is no list's item
    (a command printed twice in a how-to).
    """
    words = [tuple(_TEMPLATE_WORD.findall(t.casefold())) for t in texts]
    out: dict[int, str] = {}
    for i, keep in enumerate(keeps):
        if not keep or feats[i].full_stop or len(words[i]) <= TEMPLATE_MIN_WORDS:
            continue
        near = [j for j in range(max(0, i - TEMPLATE_WINDOW), min(len(keeps), i + TEMPLATE_WINDOW + 1))
                if j != i and not keeps[j] and not reasons[j].startswith("repeated")
                and len(words[j]) > TEMPLATE_MIN_WORDS]
        for end in (slice(0, TEMPLATE_MIN_WORDS), slice(-TEMPLATE_MIN_WORDS, None)):
            if sum(words[j][end] == words[i][end] for j in near) >= TEMPLATE_MIN_ITEMS:
                out[i] = "item of a dropped list"
    return out


_TEMPLATE_WORD = re.compile(r"[^\W_]+")


def _bio_heads(keeps: Sequence[bool], reasons: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """A short subheading right above a dropped author's bio ("About the author") is the bio box's name."""
    return {i: "head of an author's bio" for i in range(len(keeps) - 1)
            if keeps[i] and reasons[i] == "subheading" and feats[i].n_words <= UI_LABEL_MAX_WORDS
            and not keeps[i + 1] and reasons[i + 1] == "author bio"}


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
_ELLIPSIS_END = re.compile(r"(?:…|\.{3})[\"'”’»)]*$")
#: A sentence ending inside the line ("It rained. Then…"): a paragraph's prose, not one headline and its blurb.
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’»)]*\s+[\"'“‘«(]*[A-Z]")


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


#: Quotation marks a pull quote opens and closes with.
_QUOTE_OPEN = "\"“”‘’«»'„"
#: Marks of direct speech (no apostrophes): the paragraph a pull quote repeats quotes someone.
_SPEECH_MARKS = "\"“”«»„"
_QUOTE_CLOSE = re.compile(r"[\"“”‘’«»'][.!?…]?$|[.!?…][\"“”‘’«»']$")
#: A live update's head above its entry: the time kept, or dropped as a stamp or a "Posted at" line.
_CLOCK, _UPDATE_HEADS = re.compile(r"\b\d{1,2}[:.]\d{2}\b"), frozenset({"live-update time", "timestamp", "byline"})


def _pull_quotes(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                 feats: Sequence[_Features]) -> dict[int, str]:
    """A line wholly in quotation marks whose words a longer paragraph near it quotes again is a pull
    quote: the magazine's display copy of the quote, worded apart from the sentence ("—" for "because").
    The paragraph must quote someone itself: a quoted line with a paragraph that explains it in other
    words and no quotation (an epigraph and the paragraph explaining it) is content."""
    out: dict[int, str] = {}
    n = len(texts)
    for i in range(n):
        f = feats[i]
        stems = _quote_words(f.words)
        if (not keeps[i] or f.n_words > PULL_QUOTE_MAX_WORDS or len(stems) < PULL_QUOTE_MIN_STEMS
                or not texts[i] or texts[i][0] not in _QUOTE_OPEN or not _QUOTE_CLOSE.search(texts[i])
                or (i > 0 and _CLOCK.search(texts[i - 1]) and reasons[i - 1] in _UPDATE_HEADS)):
            continue  # under a live update's time ("Posted at 13:41") a quoted line is the entry's headline
        for j in range(max(0, i - PULL_QUOTE_WINDOW), min(n, i + PULL_QUOTE_WINDOW + 1)):
            if (j != i and keeps[j] and reasons[j] == "paragraph" and feats[j].n_words > f.n_words
                    and any(c in texts[j] for c in _SPEECH_MARKS)
                    and len(stems & _quote_words(feats[j].words)) >= PULL_QUOTE_MIN_SHARE * len(stems)):
                out[i] = "pull quote"
                if i + 1 < n and keeps[i + 1] and _quote_speaker(texts[i + 1], feats[i + 1], texts[j]):
                    out[i + 1] = "pull quote"
                break
    return out


def _quote_speaker(text: str, f: _Features, paragraph: str) -> bool:
    """The line under a pull quote naming its speaker ("Jane Roe, ward sister", "— Jane Roe"): no sentence, a
    name the paragraph it repeats names too."""
    name = text.lstrip("—–-― ").split(",")[0].strip()
    return (not f.sentence_like and f.n_words <= BYLINE_MAX_WORDS and _NAME_LINE.match(name) is not None
            and name in paragraph)


def _quote_words(words: Sequence[str]) -> set[str]:
    """A quote's words of three letters or more, stopwords included: a short quote has few content words
    ("Every well was somebody's reason to stay on this land" has two by the jusText stoplist)."""
    return {w.casefold() for w in words if len(w) >= 3 and w.replace("'", "").replace("’", "").isalpha()}


def _closing_bios(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                  feats: Sequence[_Features]) -> dict[int, str]:
    """An author's bio or a site's legal notice kept as a paragraph with none of the article's paragraphs after
    it (only a newsletter box's notices or a footer's legal lines, which join it to the article's run)
    closes the article: it goes ("This material may not be published ...", "Registered office: ...")."""
    out: dict[int, str] = {}
    for i in range(len(texts) - 1, -1, -1):
        if keeps[i] and reasons[i] == "paragraph":
            if _site_notice(texts[i], feats[i]) == "author bio":
                out[i] = "author bio"
            elif _LEGAL_NOTICE.search(texts[i]):
                out[i] = "closing legal notice"
            elif (closing := closing_notice(texts[i], feats[i])) is not None:
                out[i] = closing
            else:
                break
    return out


def _empty_heads(keeps: Sequence[bool], reasons: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """A subheading with nothing kept after it heads the page's furniture ("Get the morning briefing"
    over a sign-up form), not a section of the article. "subheading" is also the verdict of a short
    line that is a sentence ("Traffic was light."): a sentence closing the article stays."""
    out: dict[int, str] = {}
    for i in range(len(keeps) - 1, -1, -1):
        if keeps[i] and (reasons[i] != "subheading" or feats[i].sentence_like):
            break
        if keeps[i]:
            out[i] = "heads nothing kept"
    return out


def _neighbour_drops(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                     feats: Sequence[_Features], extracted: bool = False) -> dict[int, str]:
    """Every rule of this module that reads a verdict against its neighbours, in turn (see the docstrings).

    An extractor's blocks (``extracted``) keep their own neighbours: only a pull quote, a repeat, and the
    site's notices closing them are read against them."""
    if extracted:
        return _pull_quotes(keeps, reasons, texts, feats) | _closing_bios(keeps, reasons, texts, feats)
    drops = {**_template_items(keeps, reasons, texts, feats), **_pitches(keeps, reasons, texts, feats),
             **_form_heads(keeps, reasons, feats), **_bio_heads(keeps, reasons, feats),
             **_pull_quotes(keeps, reasons, texts, feats), **_closing_bios(keeps, reasons, texts, feats),
             **_byline_parts(keeps, reasons, texts), **_card_heads(keeps, reasons, feats),
             **_key_event_items(reasons, texts, feats)}
    after = [k and i not in drops for i, k in enumerate(keeps)]
    drops |= _bio_heads(after, [drops.get(i, r) for i, r in enumerate(reasons)], feats)
    after = [k and i not in drops for i, k in enumerate(after)]
    return drops | _empty_heads(after, reasons, feats)


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
