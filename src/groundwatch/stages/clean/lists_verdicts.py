"""Kept lines read against the verdicts of the lines around them: widget pitches, forms' and cards' heads, pull quotes.

Part of :mod:`groundwatch.stages.clean.lists` (kept apart for size): once the classifier and the rules of
``lists`` have given every line a verdict, these rules read a kept line against its neighbours' verdicts
(a short sentence between two buttons is the widget's pitch, a subheading over a form is the box's name, unless
it is the story's own short sentence or the start of one an ad slot cut; a run of reader pitches closes the page),
and ``_neighbour_drops`` runs them all in turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.bylines import _byline_parts
from groundwatch.stages.clean.closing import closing_notice
from groundwatch.stages.clean.features import _Features, _site_notice
from groundwatch.stages.clean.lexicon import _LEGAL_NOTICE, _NAME_LINE, _READER, _SITE_NOTICE
from groundwatch.stages.clean.lexicon_page import _AD_LABEL, _ATTRIBUTED, _CLOSING_PITCH, _REPORT_VERB
from groundwatch.stages.clean.thresholds import (
    BYLINE_MAX_WORDS,
    CARD_MAX_HEADS,
    CTA_MAX_WORDS,
    FORM_MAX_HEADS,
    FORM_MIN_WIDGETS,
    NOTICE_UNIT_MAX_WORDS,
    PITCH_MAX_DEBRIS,
    PULL_QUOTE_MAX_WORDS,
    PULL_QUOTE_MIN_SHARE,
    PULL_QUOTE_MIN_STEMS,
    PULL_QUOTE_WINDOW,
    TEMPLATE_MIN_ITEMS,
    TEMPLATE_MIN_WORDS,
    TEMPLATE_WINDOW,
    UI_LABEL_MAX_WORDS,
)

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
        if plain and _under_ad_slot(i, keeps, texts):
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


def _under_ad_slot(i: int, keeps: Sequence[bool], texts: Sequence[str]) -> bool:
    """Whether an ad slot's label stands among the dropped lines right above line ``i`` (at most
    ``PITCH_MAX_DEBRIS``): the slot's own lines ("Advertisement" / "Scroll to continue with content") come
    between the label and the story's next paragraph."""
    j = i - 1
    while j >= 0 and not keeps[j] and i - j <= PITCH_MAX_DEBRIS:
        if _AD_LABEL.match(texts[j]):
            return True
        j -= 1
    return False


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


def _story_sentences(i: int, size: int, keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether the short lines ``i``..``i + size`` above a run of widgets are the story's own short sentences ("Nobody
    was hurt." / "Advertisement" / "Scroll to continue with content"): each ends a sentence and addresses no reader,
    and the article's paragraphs go on right above them. A box's pitch speaks to the reader ("Our best stories,
    every Friday.") or stands after the article. Invented probes of session 36: 12 of 13 such sentences dropped."""
    def sentence(j: int) -> bool:
        return texts[j].rstrip().endswith((".", "!", "?", '."', '.\u201d')) and not _READER.search(texts[j]) \
            and _SITE_NOTICE.search(texts[j]) is None

    above = i - 1
    while above >= 0 and keeps[above] and reasons[above] != "paragraph" and sentence(above):
        above -= 1  # "He died at the scene." / "Nobody else was hurt.": a run of the story's short sentences
    return (above >= 0 and keeps[above] and reasons[above] == "paragraph"
            and all(sentence(j) for j in range(i, i + size)))


def _form_heads(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                feats: Sequence[_Features]) -> dict[int, str]:
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
            if widgets >= FORM_MIN_WIDGETS and (i == 0 or keeps[i - 1] or reasons[i - 1] not in _FORM_REASONS) \
                    and not _story_sentences(i, size, keeps, reasons, texts) \
                    and not (k < n and texts[k][:1].islower()):  # a sentence the slot cut goes on under it
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
            if feats[i].n_words > NOTICE_UNIT_MAX_WORDS:
                break  # longer than any notice: the article's own prose, or the whole article on one line
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


def _closing_pitches(keeps: Sequence[bool], texts: Sequence[str]) -> dict[int, str]:
    """The run of reader pitches and house notes that closes the page ("Thanks for reading X!", "Become a member
    today.", "A version of this article appears in print on ...": ``_CLOSING_PITCH``), read from the last line up past
    the dropped lines; a line someone said is the story's. Pasted and extracted pages alike."""
    out: dict[int, str] = {}
    for i in range(len(keeps) - 1, -1, -1):
        if not keeps[i]:
            continue
        if not _CLOSING_PITCH.search(texts[i]) or _ATTRIBUTED.search(texts[i]):
            break
        out[i] = "reader pitch"
    return out


def _neighbour_drops(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                     feats: Sequence[_Features], extracted: bool = False) -> dict[int, str]:
    """Every rule of this module that reads a verdict against its neighbours, in turn (see the docstrings).

    An extractor's blocks (``extracted``) keep their own neighbours: only a pull quote, a repeat, and the
    site's notices closing them are read against them."""
    if extracted:
        return (_pull_quotes(keeps, reasons, texts, feats) | _closing_bios(keeps, reasons, texts, feats)
                | _closing_pitches(keeps, texts))
    drops = {**_template_items(keeps, reasons, texts, feats), **_pitches(keeps, reasons, texts, feats),
             **_form_heads(keeps, reasons, texts, feats), **_bio_heads(keeps, reasons, feats),
             **_pull_quotes(keeps, reasons, texts, feats), **_closing_bios(keeps, reasons, texts, feats),
             **_byline_parts(keeps, reasons, texts), **_card_heads(keeps, reasons, feats),
             **_key_event_items(reasons, texts, feats), **_closing_pitches(keeps, texts)}
    after = [k and i not in drops for i, k in enumerate(keeps)]
    drops |= _bio_heads(after, [drops.get(i, r) for i, r in enumerate(reasons)], feats)
    after = [k and i not in drops for i, k in enumerate(after)]
    return drops | _empty_heads(after, reasons, feats)
