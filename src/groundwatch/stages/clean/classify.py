"""The line classifier: furniture above and below the article, and each line's verdict."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from groundwatch.records import Article
from groundwatch.stages.clean.bylines import _live_entries, _signature_lines, dated_or_signed
from groundwatch.stages.clean.captions import labelled_captions
from groundwatch.stages.clean.classify_head import _head_block
from groundwatch.stages.clean.closing import offers_under_ads
from groundwatch.stages.clean.features import (
    CorpusStats,
    _content_stems,
    _Features,
    _features,
    _hard_reason,
    _is_attribution,
    _is_dateline,
    _is_good,
    _key,
    _live_standfirst,
    _notice_topics,
    _overlap,
    _quantity_lists,
    _site_notice,
    _Unit,
    _units,
    compact_name,
    reprinted,
)
from groundwatch.stages.clean.figure_lists import field_rows, figure_cards, labelled_rows
from groundwatch.stages.clean.lexicon import (
    _CODE,
    _COMMENTS_HEAD,
    _COOKIE_BANNER,
    _DATA_ROW,
    _DATA_SERIES,
    _ELLIPSIS_DECK,
    _HOST_NAME,
    _LINK_LIST_HEAD,
    _POLICY_TITLE,
    _RANKED_HEAD,
    _READER,
    _SIGNUP,
    _STRONG_NOTICE,
    _UI_WORDS,
)
from groundwatch.stages.clean.lexicon_page import _ATTRIBUTED, _LIVE_TIME
from groundwatch.stages.clean.list_heads import INTRODUCED, LIST_HEADING, continues_list, list_headings
from groundwatch.stages.clean.lists import (
    _LIST_BULLET,
    _captions_twice,
    _ellipsis_columns,
    _heads_lead,
    _neighbour_drops,
    _scene_captions,
    _teaser_cards,
    _teasers,
    _update_heads,
)
from groundwatch.stages.clean.masthead import (
    _is_kicker,
    _names_site,
    _repeated_title,
    _site_line,
    _site_names,
    _title_site_parts,
    _under_masthead,
    headline_decks,
    settle_title,
    tagline_masthead,
)
from groundwatch.stages.clean.runs import _before_prose, _code_lines, _run_measures, _runs, program_lines
from groundwatch.stages.clean.sections import section_verdicts
from groundwatch.stages.clean.thresholds import (
    BLURB_MAX_WORDS,
    CONTEXT_MIN_OVERLAP,
    CORPUS_KEEP_MIN_WORDS,
    CORPUS_MIN_ARTICLES,
    CORPUS_TITLE_MIN_WORDS,
    DATA_SERIES_MAX_WORDS,
    DATA_SERIES_MIN_PAIRS,
    DOTTED_HEADLINE_MAX_WORDS,
    GOOD_SENTENCE_MIN_STOP,
    GOOD_SENTENCE_MIN_WORDS,
    INTRO_MIN_WORDS,
    LINK_BOX_ITEM_MIN_WORDS,
    LINK_BOX_MIN_ITEMS,
    LINK_LIST_MAX_ITEMS,
    NAV_ROW_MAX_WORDS,
    NOTICE_MAX_WORDS,
    NOTICE_RUN_MIN_SHARE,
    NOTICE_UNIT_MAX_WORDS,
    SIDE_RUN_MIN_SHARE,
    STANDFIRST_MIN_OVERLAP,
    THIN_PROSE_MAX_WORDS,
    TITLE_MAX_WORDS,
    TITLE_MIN_WORDS,
    UI_LABEL_MAX_WORDS,
)
from groundwatch.stages.clean.wrapping import joined

EXTRACTED_FORMATS = frozenset({"html", "warc"})


@dataclass(frozen=True, slots=True)
class _Context:
    """What a line's verdict depends on beyond the line: the article around it."""

    title: int | None
    first_good: int
    head_end: int  # the first paragraph that stays: lines above it are the article's head
    last_good: int
    main_first: int
    main_last: int
    vocabulary: frozenset[str]
    keys: Sequence[str]
    stats: CorpusStats | None
    extracted: bool  # the body is an HTML extractor's choice of blocks
    before_prose: Sequence[bool]
    head_block: frozenset[int]  # head lines in the unbroken block above the first paragraph
    latin: bool  # the article's paragraphs are written in Latin letters
    run_share: Sequence[float]
    run_overlap: Sequence[float]
    run_notice: Sequence[float]
    teaser: Sequence[bool]  # a headline between paragraphs that the next paragraphs do not take up
    topics: frozenset[str]  # notice phrases the page's prose keeps using: its topic, not notices
    update_head: Sequence[int]  # how far below the paragraph a line heads is (see lists._update_heads)
    comments_from: int  # the head of the reader comments after the article (len(units) if none)
    blocks: Sequence[int]  # each line's block (blank-line separated) of the paste
    policy: bool  # the page is a privacy or cookie policy: its notices inside the article are its text


@dataclass(frozen=True, slots=True)
class _Verdict:
    unit: _Unit
    keep: bool
    reason: str


def _drop_debris_labels(verdicts: list[_Verdict], good: list[bool], feats: Sequence[_Features],
                        hard: Sequence[str | None]) -> None:
    """A short label ending in a colon ("Release date:", "Tags:") belongs to the line it introduces: when
    that line is debris, the label is too (``verdicts`` changed in place)."""
    for i in range(len(verdicts) - 1):
        unit = verdicts[i].unit
        if (verdicts[i].keep and not good[i] and unit.text.endswith(":")
                and feats[i].n_words < INTRO_MIN_WORDS and not verdicts[i + 1].keep and hard[i + 1] is not None):
            verdicts[i] = _Verdict(unit, False, "label of debris")


def _classify(body: str, stats: CorpusStats | None, article: Article | None = None) -> list[_Verdict]:
    units = _units(body)
    texts = [u.text for u in units]
    feats = [_features(u.text) for u in units]
    hard = [_hard_reason(u.text, f) for u, f in zip(units, feats, strict=True)]
    policy = _policy_text(units, hard, article)
    good = [h is None and _is_good(f) for h, f in zip(hard, feats, strict=True)]
    if good and good[0] and not feats[0].full_stop and feats[0].n_words <= TITLE_MAX_WORDS:
        # The first line without a full stop is the headline (a page's title, "Headline | Site"), even
        # when it reads as a sentence: the lines under it are the page's head, not its body.
        good[0] = False
    if article is None or article.format not in EXTRACTED_FORMATS:
        _pasted_debris(units, feats, hard, good)
    good_idx = [i for i, g in enumerate(good) if g]
    first_good = good_idx[0] if good_idx else len(units)
    last_good = good_idx[-1] if good_idx else -1
    keys = [_key(u.text) for u in units]
    quantities = (_quantity_lists(units, hard) | figure_cards(texts, hard) | labelled_rows(texts, hard)
                  | field_rows(texts, hard))
    protected = [_is_protected(u.text, f, i + 1 < len(units) and good[i + 1]) or i in quantities
                 for i, (u, f) in enumerate(zip(units, feats, strict=True))]
    # The article's own vocabulary: what its paragraphs talk about.
    vocabulary: set[str] = set().union(*(_content_stems(feats[i].words) for i in good_idx))
    furniture = _furniture(units, feats, hard, good, protected, keys, (first_good, last_good), stats, article,
                           frozenset(vocabulary))
    signature = _signature_lines(texts, hard)
    title = _title(feats, hard, protected, furniture, first_good, frozenset(vocabulary), texts)
    below = None if title is None else _under_masthead(title, texts, feats, hard, protected, furniture, first_good,
                                                       frozenset(vocabulary), signature)
    title = settle_title(title, below, texts, hard, first_good, furniture)
    runs = _runs(good, feats, hard, _code_lines(units, hard, good))
    main_first, main_last, main_words = max(runs, key=lambda r: r[2], default=(len(units), -1, 0))
    topics = _notice_topics(units, good)
    notices = [good[i] and _site_notice(units[i].text, feats[i], topics) is not None for i in range(len(units))]
    run_share, run_overlap, run_notice = _run_measures(runs, main_words, good, feats, notices)
    extracted = article is not None and article.format in EXTRACTED_FORMATS
    # The head ends at the first paragraph that stays: a menu under an ad's pitch is head, not subheadings.
    head_end = first_good if extracted else next(
        (i for i in good_idx if not _apart(i, main_first, main_last, run_share, run_overlap, keys)), first_good)
    head_block = (_head_block(head_end, feats, hard, protected, furniture, frozenset(vocabulary), signature,
                              (main_words < THIN_PROSE_MAX_WORDS, title))
                  | headline_decks(title, head_end, feats, hard, texts, signature))
    # A line standing before more prose (datelines and debris between do not count) heads a
    # section of the article, wherever the main run ended.
    before_prose = _before_prose(units, feats, hard, good, protected, quantities, topics, run_share,
                                 frozenset(vocabulary))
    ctx = _Context(title, first_good, head_end, last_good, main_first, main_last, frozenset(vocabulary), keys, stats,
                   extracted, tuple(before_prose),
                   head_block, any(_LATIN.search(units[j].text) for j in good_idx),
                   run_share, run_overlap, run_notice, _teasers(units, feats, hard, good), topics,
                   _update_heads(hard, good, feats),
                   next((i for i in range(main_last + 1, len(units)) if _COMMENTS_HEAD.match(units[i].text)),
                        len(units)), tuple(u.block for u in units), policy)
    verdicts = _line_verdicts(units, feats, hard, good, protected, furniture, ctx)
    _drop_debris_labels(verdicts, good, feats, hard)
    for i in list_headings(texts, [v.keep for v in verdicts], [v.reason for v in verdicts]):
        verdicts[i] = _Verdict(verdicts[i].unit, True, LIST_HEADING)
    keeps, reasons = [v.keep for v in verdicts], [v.reason for v in verdicts]
    drops = _neighbour_drops(keeps, reasons, texts, feats, ctx.extracted)
    verdicts = [_Verdict(v.unit, False, drops[i]) if i in drops else v for i, v in enumerate(verdicts)]
    new = section_verdicts([v.keep for v in verdicts], [v.reason for v in verdicts], texts, feats)
    verdicts = [_Verdict(v.unit, *new[i]) if i in new else v for i, v in enumerate(verdicts)]
    # Kept back: an extractor's program lines, a live blog's entries, a letter's signature, a timeline's years.
    reasons = [v.reason for v in verdicts]
    back = (dict.fromkeys(program_lines(texts, feats, reasons), "program line") if ctx.extracted
            else dict.fromkeys(_live_entries(reasons, texts, hard, good, feats), "live-blog entry"))
    back |= dated_or_signed(reasons, texts, hard, good)
    return [_Verdict(v.unit, True, back[i]) if i in back and not v.keep else v for i, v in enumerate(verdicts)]


def _line_verdicts(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
                   good: Sequence[bool], protected: Sequence[bool], furniture: Mapping[int, str],
                   ctx: _Context) -> list[_Verdict]:
    """Each line's own verdict, in order: the page's furniture, else the line's decision in its context."""
    verdicts: list[_Verdict] = []
    seen: set[str] = set()
    for i, (unit, f) in enumerate(zip(units, feats, strict=True)):
        if i in furniture:
            keep, reason = False, furniture[i]
        else:
            # A paragraph kept that ends in a colon announces what follows: a command, a list item.
            # ... and so does each further item of the list it introduced
            introduced = i > 0 and verdicts[-1].keep and (
                (good[i - 1] and units[i - 1].text.endswith(":"))
                or continues_list(units[i - 1].text, verdicts[-1].reason, unit.text))
            keep, reason = _decide(i, unit, f, hard[i], good[i], protected[i], ctx, seen)
            if introduced and not keep and reason in _POSITIONAL:
                keep, reason = True, INTRODUCED
        seen.add(ctx.keys[i])
        verdicts.append(_Verdict(unit, keep, reason))
    return verdicts


def _policy_text(units: Sequence[_Unit], hard: list[str | None], article: Article | None) -> bool:
    """Whether the page's title (the document's, or a pasted page's first line) names a privacy or cookie policy;
    if so, its sentences about cookies are unmarked in place as its text (a banner's sentence stays a notice)."""
    title = article.title if article is not None and article.title else (units[0].text if units else "")
    if _POLICY_TITLE.search(title) is None:
        return False
    for i, unit in enumerate(units):
        if hard[i] == "cookie notice" and not _COOKIE_BANNER.search(unit.text):
            hard[i] = None
    return True


def _apart(i: int, main_first: int, main_last: int, run_share: Sequence[float], run_overlap: Sequence[float],
           keys: Sequence[str]) -> bool:
    """Whether paragraph ``i`` is prose apart from the article: a short run outside the longest (a teaser, a pitch),
    unless it stands above the article and speaks of the same things without being printed again (a standfirst)."""
    standfirst = i < main_first and run_overlap[i] >= STANDFIRST_MIN_OVERLAP and not reprinted(keys[i], keys[i + 1:])
    return not main_first <= i <= main_last and run_share[i] < SIDE_RUN_MIN_SHARE and not standfirst


def _title(feats: Sequence[_Features], hard: Sequence[str | None], protected: Sequence[bool],
           furniture: Mapping[int, str], first_good: int, vocabulary: frozenset[str],
           texts: Sequence[str]) -> int | None:
    """The headline: the first head line that is no debris or furniture, unless it shares no word
    with the article and a later head line before the lead does (a cookie button, a docs menu's
    first item or a site's banner stands above the headline and is about nothing in the text).
    A later line ending in a colon ("Here is what we know:") announces the lines under it, and a first
    paragraph behind a bullet is a list's item: neither is a headline."""
    # A Latin-script article's headline has Latin letters: a menu in another script above it is none.
    latin = any(_LATIN.search(w) for i in range(first_good, len(feats)) for w in feats[i].words[:3])
    first = next((i for i, h in enumerate(hard) if h is None and i not in furniture
                  and not (latin and feats[i].words and not any(_LATIN.search(w) for w in feats[i].words))), None)
    if first is None or first > first_good or feats[first].n_words > TITLE_MAX_WORDS:
        return None
    if first == first_good or not vocabulary or _overlap(feats[first], vocabulary) > 0:
        return first
    later = (i for i in range(first + 1, first_good)
             if hard[i] is None and i not in furniture and not protected[i] and not feats[i].sentence_like
             and not texts[i].rstrip().endswith(":") and TITLE_MIN_WORDS <= feats[i].n_words <= TITLE_MAX_WORDS
             and _overlap(feats[i], vocabulary) > 0)
    # A lone word about nothing in the text is a menu's last item above a headline that reads as
    # prose (a question): no title. So is a widget ("Font size A A A", a weather box) above a headline
    # printed with a full stop, which reads as the first paragraph.
    lead = feats[first_good] if first_good < len(feats) else None
    dotted = (lead is not None and lead.full_stop and lead.n_words <= DOTTED_HEADLINE_MAX_WORDS
              and not feats[first].sentence_like and not _LIST_BULLET.match(texts[first_good]))
    return next(later, None if feats[first].n_words == 1 or dotted else first)


def _pasted_debris(units: Sequence[_Unit], feats: Sequence[_Features], hard: list[str | None],
                   good: list[bool]) -> None:
    """Marks, in place, the debris of a pasted page that reads as prose line by line: a column of teasers cut
    off with an ellipsis, photo captions written as a sentence above the lead, teaser cards beside the
    article's longest run."""
    texts = [u.text for u in units]
    for j in _ellipsis_columns(texts, feats, hard, good):
        hard[j], good[j] = "teaser column", False
    for j in [*_scene_captions(texts, feats, good), *_captions_twice([_key(t) for t in texts], texts, feats, good),
              *labelled_captions(texts, feats, hard)]:
        hard[j], good[j] = "photo caption", False
    main = max(_runs(good, feats, hard, _code_lines(units, hard, good)), key=lambda r: r[2], default=(0, -1, 0))
    for j in _teaser_cards(texts, feats, hard, good, main[0], main[1]):
        hard[j], good[j] = "teaser card", False
    for j in offers_under_ads(texts, feats, hard):
        hard[j], good[j] = "advert", False


#: Verdicts from a line's place and vocabulary alone, which a colon before it overrules.
_POSITIONAL = frozenset({"head furniture", "tail furniture", "label"})


def _is_protected(text: str, f: _Features, before_paragraph: bool) -> bool:
    # A bare word in capitals ("WASHINGTON") is a dateline only above the lead it dates; in a
    # menu ("CONTACT", "FAQ") it is a link. A comma, a credit or a dash make the dateline shape.
    dateline = _is_dateline(text, f) and (before_paragraph or _DATELINE_MARK.search(text) is not None)
    return (dateline or _is_attribution(text, f) or bool(_DATA_ROW.match(text))
            or (text.count(":") >= DATA_SERIES_MIN_PAIRS and f.n_words <= DATA_SERIES_MAX_WORDS
                and _DATA_SERIES.fullmatch(text) is not None))


_DATELINE_MARK = re.compile(r"[,()]|(?:--|[—–\-:_])$")


def _furniture(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
               good: Sequence[bool], protected: Sequence[bool], keys: Sequence[str], bounds: tuple[int, int],
               stats: CorpusStats | None, article: Article | None, vocabulary: frozenset[str]) -> dict[int, str]:
    """Site furniture that looks like content line by line: mastheads, kickers, link lists.

    Above the headline, short lines are the site's name, its section and its tagline; the
    headline is the first line that is none of these (or the headline the page's <title> line,
    "Headline | Site", prints again below it: ``_repeated_title``). A section bar or breadcrumb holding
    the post's date goes wherever it stands in the head. Below the last paragraph, the items
    under a "Related" / "More on this story" label are links to other stories.
    """
    first_good, last_good = bounds
    names = _site_names(article)
    head = [i for i in range(min(first_good, len(units))) if hard[i] is None]
    # The title as the document's metadata gives it, when it stands in the head; a <title>
    # that is only the site's name ("The Harbour Post") or a word ("Home") says nothing.
    hint = article.title if article is not None and article.title else ""
    hint_f = _features(hint)
    known_title = f" {_key(hint)} " if (hint_f.n_words >= CORPUS_TITLE_MIN_WORDS
                                         and compact_name(hint) not in names
                                         and _names_site(hint, hint_f, names, True) is None) else ""
    known = next((i for i in head if known_title and known_title in f" {keys[i]} "
                  and feats[i].n_words <= TITLE_MAX_WORDS), None)
    title_line = _repeated_title([u.text for u in units], list(hard), first_good, vocabulary) if known is None else None
    site_parts = _title_site_parts(units[title_line[0]].text) if title_line else frozenset()
    known = title_line[1] if title_line else known
    out: dict[int, str] = {}
    title_found = False
    for pos, i in enumerate(head):
        text, f = units[i].text, feats[i]
        if i == known:
            title_found = True
            continue
        if (site_line := _site_line(i, text, f, protected[i], title_line, site_parts)) is not None:
            out[i] = site_line
            continue
        follows = any(not protected[j] for j in head[pos + 1:])
        repeated = (stats is not None and stats.n_articles >= CORPUS_MIN_ARTICLES
                    and stats.line_counts.get(keys[i], 0) >= CORPUS_MIN_ARTICLES)
        reason = _names_site(text, f, names, follows)
        if reason is None and not title_found and not f.sentence_like:
            if known is not None and i < known and not protected[i]:
                reason = "above the title"
            elif follows and _is_kicker(text, f):
                reason = "section label"
            elif not protected[i] and tagline_masthead(text, f, vocabulary, follows or repeated):
                reason = "masthead"
            elif not protected[i] and repeated and f.n_words < CORPUS_TITLE_MIN_WORDS:
                reason = "site name repeated across articles"
        if reason is not None:
            out[i] = reason
        elif not protected[i]:
            title_found = True
    for i in range(max(last_good + 1, 0), len(units)):
        if hard[i] is None and (reason := _names_site(units[i].text, feats[i], names, False)):
            out[i] = reason
    _link_lists(units, feats, hard, good, protected, (first_good, last_good, known), out)
    return out


def _link_lists(units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None], good: Sequence[bool],
                protected: Sequence[bool], marks: tuple[int, int, int | None], out: dict[int, str]) -> None:
    """Marks, in ``out``, link lists: the items under a label, in the label's own block or anywhere in the tail,
    or a box of headlines one a block inside the article (``_boxed_items``). A teaser card gives its headline and
    a one-sentence blurb: a short paragraph alone between items (or after the last) is the item's blurb, and
    blurbs do not count as the article's last prose. ``marks``: the first and last paragraph, the title's line."""
    first_good, last_good, known = marks
    n = len(units)
    blurb = [good[j] and feats[j].n_words <= BLURB_MAX_WORDS and (j + 1 == n or not good[j + 1])
             and (j == 0 or not good[j - 1]) for j in range(n)]
    last_prose = max((j for j in range(n) if good[j] and not blurb[j]), default=-1)
    for i, unit in enumerate(units):
        if not (_LINK_LIST_HEAD.match(unit.text) or (i > first_good and _RANKED_HEAD.match(unit.text))):
            continue
        out.setdefault(i, "link list label")
        boxed = _boxed_items(i, units, feats, hard, good, protected)
        if i < last_good and len(boxed) >= LINK_BOX_MIN_ITEMS:
            out.update({j: "link list" for j in boxed if j not in out})
            continue
        # "Related questions" on a Q&A site, or two questions in a row under a "More from <column>" label: its items
        # are other questions, which read as short paragraphs (a FAQ's question has its answer under it).
        asked = "question" in unit.text.casefold() or all(
            j < n and units[j].text.endswith("?") and feats[j].n_words <= TITLE_MAX_WORDS for j in (i + 1, i + 2))
        for j in range(i + 1, min(i + 1 + LINK_LIST_MAX_ITEMS, n)):
            # Bullets right under the label are its links even when each is a whole sentence (a story's summary).
            if _LIST_BULLET.match(units[j].text) and all(_LIST_BULLET.match(units[k].text) for k in range(i + 1, j)):
                out.setdefault(j, "link list")
                continue
            if blurb[j] and out.get(j - 1) == "link list" and j > last_prose and units[j].block == unit.block:
                out.setdefault(j, "teaser blurb")
                continue
            if asked and units[j].text.endswith("?") and feats[j].n_words <= TITLE_MAX_WORDS:
                out.setdefault(j, "link list")
                continue
            if (good[j] or protected[j] or feats[j].full_stop or j == known or _heads_lead(j, feats, good, first_good)
                    or (j <= last_good and units[j].block != unit.block)):
                break
            out.setdefault(j, "link list")


def _boxed_items(label: int, units: Sequence[_Unit], feats: Sequence[_Features], hard: Sequence[str | None],
                 good: Sequence[bool], protected: Sequence[bool]) -> list[int]:
    """The headlines right under a "Related" label, one a block, up to the next paragraph: each a headline's
    length (``LINK_BOX_ITEM_MIN_WORDS``), no sentence's full stop, no debris between (one line of debris may stand
    between the label and the first item: the box's pitch). A subheading of the
    article has fewer words or stands alone under the label."""
    items: list[int] = []
    for j in range(label + 1, min(label + 1 + LINK_LIST_MAX_ITEMS, len(units))):
        f = feats[j]
        if hard[j] is not None and not items and j == label + 1:  # the box's own pitch under its label ("Get our app")
            continue
        if (hard[j] is not None or good[j] or protected[j] or f.full_stop or f.n_words < LINK_BOX_ITEM_MIN_WORDS
                or f.n_words > TITLE_MAX_WORDS):
            break
        items.append(j)
    return items


def _decide(i: int, unit: _Unit, f: _Features, hard: str | None, good: bool, protected: bool,
            ctx: _Context, seen: set[str]) -> tuple[bool, str]:
    # The first update's time stands above the article's first paragraph, the others inside it.
    if (hard == "timestamp" and ctx.update_head[i] and ctx.main_first <= i + ctx.update_head[i]
            and i < ctx.main_last and _LIVE_TIME.match(unit.text)):
        return True, "live-update time"  # it dates the update that follows
    if hard is not None:
        return False, hard
    keys, stats = ctx.keys, ctx.stats
    key = keys[i]
    # An extractor prints a page's block once: prose it gives twice is printed twice by the page itself (the same
    # answer under two questions, a step repeated in a second method), so only pasted text loses its repeats.
    if key in seen and not (ctx.extracted and good):
        return False, "repeated in article"
    # A line printed twice in a row is an image's alt text and caption, unless it is prose or the
    # headline in a block of its own (the page's <title> pasted above the same <h1>): the copy below
    # goes as a repeat.
    if (i + 1 < len(keys) and keys[i + 1] == key and not good
            and not (i == ctx.title and ctx.blocks[i] != ctx.blocks[i + 1])):
        return False, "repeated caption"
    if (stats is not None and stats.n_articles >= CORPUS_MIN_ARTICLES
            and stats.line_counts.get(key, 0) >= CORPUS_MIN_ARTICLES and not protected
            and not (f.sentence_like and f.n_words >= CORPUS_KEEP_MIN_WORDS)
            and not (i == ctx.title and f.n_words >= CORPUS_TITLE_MIN_WORDS)):
        return False, "repeated across articles"
    # An extractor's blocks have no reliable inside and outside: there, only the notices that
    # would go inside the article go.
    outside = not ctx.extracted and not ctx.main_first <= i <= ctx.main_last
    notice = _site_notice(unit.text, f, ctx.topics)
    # Inside the article a notice must also address the reader ("download our app"): a story
    # may well be about advertising or subscriptions.
    # An author's bio closing the article is no part of it either.
    if f.n_words <= NOTICE_MAX_WORDS and _SIGNUP.match(unit.text):
        return False, notice or "site notice"
    if notice is not None and f.n_words > NOTICE_UNIT_MAX_WORDS:
        notice = None  # the article itself on one line, its author's "Follow her on Twitter" at the end
    if notice is not None and not (ctx.policy and i == ctx.title) and (outside or _STRONG_NOTICE.search(unit.text)
                               or notice == "affiliate disclosure"
                               or (notice == "author bio" and i == ctx.main_last)
                               or (f.n_words <= NOTICE_MAX_WORDS and _READER.search(unit.text)
                                   and not _ATTRIBUTED.search(unit.text) and not ctx.policy)):
        return False, notice
    if i > ctx.comments_from and not ctx.extracted and (good or not protected):
        # Readers' prose under the comments' head is no part of the article, nor are their names.
        return False, "reader comment"
    if good:
        if ctx.title is not None and i == ctx.title + 1 and _live_standfirst(unit.text):
            return True, "live page's standfirst"
        # A standfirst cut short above the lead that reprints it whole goes, even when no caption row
        # parts it from the article's run.
        if i == ctx.first_good and not ctx.extracted and reprinted(key, ctx.keys[i + 1:]):
            return False, "prose apart from the article"
        if not ctx.extracted and _apart(i, ctx.main_first, ctx.main_last, ctx.run_share, ctx.run_overlap, ctx.keys):
            return False, "prose apart from the article"
        if outside and not ctx.extracted and ctx.run_notice[i] >= NOTICE_RUN_MIN_SHARE:
            return False, "among site notices"
        return True, "paragraph"
    if i == ctx.title:
        return True, "title"
    # Capitals after the article ("SITE.COM", "DISCLOSURE") are a footer, not a dateline.
    if protected and (i <= ctx.main_last or not _is_dateline(unit.text, f)):
        return True, "dateline, attribution or data"
    return _decide_short(i, unit, f, ctx)


def _decide_short(i: int, unit: _Unit, f: _Features, ctx: _Context) -> tuple[bool, str]:
    """A line that is neither prose nor protected: head line, subheading or closing line, or furniture."""
    if ctx.extracted:
        return True, "kept by the extractor"
    if not ctx.vocabulary:  # no paragraph to compare with: keep what is not debris
        return True, "short text"
    overlap = _overlap(f, ctx.vocabulary)
    if i < ctx.head_end:
        # A breadcrumb or section row led by a widget word ("Home States Veloria", "Latest News")
        # names the site's sections, even when one of them is the article's place or topic.
        if not f.sentence_like and f.n_words <= NAV_ROW_MAX_WORDS and f.words[0].casefold() in _UI_WORDS:
            return False, "navigation row"
        if ctx.title is not None and i == ctx.title + 1 and _ELLIPSIS_DECK.match(unit.text):
            return True, "headline deck"  # the headline's second deck: "…thousands still in the open"
        if i in ctx.head_block:
            return True, "head line about the article"
        return False, "head furniture"
    if i > ctx.main_last and not ctx.before_prose[i]:
        # Clickbait tails are titles or questions; a closing statement ends with a full stop.
        # A closing line in another language (or in look-alike letters) has none of our stopwords.
        english = f.n_words < GOOD_SENTENCE_MIN_WORDS or f.stop_density >= GOOD_SENTENCE_MIN_STOP
        # A tail line in title case is a link title even with a full stop ("Our Standards: The Principles.").
        # "Blog at Pressbay.example." names the site's host: a footer.
        footer = f.n_words <= UI_LABEL_MAX_WORDS and _HOST_NAME.search(unit.text) is not None
        if (f.sentence_like and not f.headline_like and not f.titlecase and english and not footer
                and (f.full_stop or (overlap >= CONTEXT_MIN_OVERLAP and f.n_words >= GOOD_SENTENCE_MIN_WORDS))):
            return True, "closing line"
        if i < ctx.last_good and f.n_words >= 2 and _CODE.search(unit.text):
            return True, "code between paragraphs"
        return False, "tail furniture"
    # A single word between paragraphs is a subheading ("Ingredients", "Pros") as often as a label;
    # widget labels ("Advertisement") are hard debris already.
    if (not f.sentence_like and overlap == 0 and f.n_words <= NAV_ROW_MAX_WORDS
            and any(w.casefold() in _UI_WORDS for w in f.words)):
        return False, "label"  # a navigation row: "Home States Veloria"
    if ctx.teaser[i]:
        return False, "headline between paragraphs"
    if not f.sentence_like and ctx.latin and _LETTER.search(unit.text) and not _LATIN.search(unit.text):
        return False, "menu in another script"
    return True, "subheading"


#: Letters, and Latin ones: a Latin-script article's menu in another script has no Latin letter.
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _render(verdicts: Sequence[_Verdict]) -> str:
    blocks: dict[int, list[str]] = {}
    for v in verdicts:
        if v.keep:
            lines = (joined(v.unit.lines),) if v.unit.wrapped else v.unit.lines
            blocks.setdefault(v.unit.block, []).extend(lines)
    return "\n\n".join("\n".join(lines) for _, lines in sorted(blocks.items()))
