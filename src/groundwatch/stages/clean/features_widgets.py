"""The page's own machinery on a short line of its own: prompts, rankings, page tools, template debris,
credits (``_page_widget``, one of the hard debris rules of ``features``)."""

from __future__ import annotations

import re

from groundwatch.stages.clean.lexicon import (
    _ACRONYM_CREDIT,
    _BRACKET_TOOL,
    _COUNTER,
    _CREDIT_LINE,
    _END_MARK,
    _FEEDBACK,
    _FORUM_GREETING,
    _FORUM_PAGER,
    _MEMBER_STAT,
    _NEIGHBOUR_LINK,
    _RATING,
    _STOPWORDS,
    _TAG_ROW,
    _TOPIC_READS,
    _VIEW_COUNT,
    _is_credit,
)
from groundwatch.stages.clean.lexicon_page import (
    _ATTRIBUTED,
    _BREADCRUMB,
    _COMMENTS_PROMPT,
    _CONTINUED,
    _CRUMB_PAIR,
    _DONATION_ASK,
    _EMBED,
    _LIVE_LABEL,
    _PLAYER,
    _RANKING,
    _READER_TOOL,
    _READING_TIME,
    _RETRIEVED_FROM,
    _SHOP_PRICE,
    _TEMPLATE,
)
from groundwatch.stages.clean.thresholds import RATING_MAX_WORDS

#: A phone browser's app banner as pasted: "Free - On the App Store", "Get it on Google Play", "Download on the App
#: Store" (a price or a verb, then the store, nothing else).
_APP_BANNER = re.compile(r"^(?:free|get(?:\s+it)?|download(?:\s+it)?|available|install)\W*(?:\s+\W*)?(?:on|in|from)\s+"
                         r"(?:the\s+)?(?:app\s+store|google\s+play|play\s+store)\W*$", re.IGNORECASE)
#: A forum thread's header naming who opened it: "Thread starter pollyb", "Topic starter: kelvin_dave", "Thread author
#: Ruth_P" (the board's label for the thread's first poster, then one user name, nothing else).
_THREAD_STARTER = re.compile(r"^(?:thread|topic)\s+(?:starter|author|creator|opener)\s*:?\s+@?[\w.'’-]+$",
                             re.IGNORECASE)
#: A button's label: a verb and "now" alone on a line ("Start now", "Apply now →", "Book now!"); "What now?", "Until
#: now" and "Right now" open with a stopword, "Why now" with a question word.
_NOW_BUTTON = re.compile(r"^(?P<verb>[A-Za-z]+)\s+now\s*[!›>→»]*$", re.IGNORECASE)
#: A prompt that asks the reader a short question, then asks for a reply, a tag, a rating or a comment on the page:
#: "Fixed it? Reply with a thumbs up ...", "Did you make this recipe? Tag @x ...", "Tried it? Rate it below.".
_ASKED_ACTION = re.compile(r"^(?:[\w'’-]+\s+){0,5}[\w'’-]+\?\s+(?:reply|tag|pin|rate|comment|subscribe|"
                           r"leave\s+(?:a|us\s+a)\s+(?:comment|reply|review|rating))\b", re.IGNORECASE)
#: A button asking the reader to keep the page: "Pin it for later!", "Save this recipe for later", "Bookmark this page".
_SAVE_FOR_LATER = re.compile(r"^(?:pin|save|bookmark)\s+(?:it|this(?:\s+(?:recipe|post|page|article|guide))?)"
                             r"(?:\s+for\s+later)?\s*[!.]?$", re.IGNORECASE)
#: A transcript's stage direction alone on a line: "(CROSSTALK)", "(APPLAUSE.)", "[LAUGHTER]".
_STAGE_CUE = re.compile(r"[\"“”']?[(\[][A-Z][A-Z ]{2,30}\.?[)\]][\"“”']?")


def _page_widget(text: str) -> str | None:
    """Short lines of the page's own machinery: prompts, rankings, template debris, credits."""
    if _COMMENTS_PROMPT.match(text) or _FEEDBACK.match(text) or _ASKED_ACTION.match(text):
        return "prompt"
    if _MEMBER_STAT.match(text) or _THREAD_STARTER.match(text):
        return "member profile"
    if (_TAG_ROW.match(text) or _BRACKET_TOOL.match(text) or _VIEW_COUNT.match(text) or _TOPIC_READS.search(text)
            or _FORUM_PAGER.match(text)):
        return "page tool"
    if _FORUM_GREETING.match(text):
        return "prompt"
    if _LIVE_LABEL.match(text):
        return "widget label"
    if _RATING.search(text) and len(text.split()) <= RATING_MAX_WORDS:
        return "rating widget"
    if _NEIGHBOUR_LINK.match(text):
        return "link to another story"
    if _CONTINUED.match(text):
        return "continuation label"
    if _COUNTER.match(text):
        return "gallery counter"
    if _END_MARK.match(text.strip()):
        return "end mark"
    if _RANKING.match(text):
        return "ranking label"
    if _EMBED.match(text):
        return "social embed"
    if _PLAYER.match(text):
        return "media player"
    if _READING_TIME.match(text) or _BREADCRUMB.match(text) or _CRUMB_PAIR.match(text) or _READER_TOOL.match(text):
        return "page tool"
    if _DONATION_ASK.match(text) and not _ATTRIBUTED.search(text):
        return "donation ask"
    if _APP_BANNER.match(text):
        return "app banner"
    if _TEMPLATE.match(text):
        return "template debris"
    if _SHOP_PRICE.match(text):
        return "shop button"
    if _RETRIEVED_FROM.match(text):
        return "page tool"
    if _CREDIT_LINE.fullmatch(text) and (_is_credit(text.strip(" ()[]-–—")) or _ACRONYM_CREDIT.fullmatch(text)):
        return "agency credit"
    if _SAVE_FOR_LATER.match(text):
        return "call to action"
    if (m := _NOW_BUTTON.match(text)) is not None and m.group("verb").casefold() not in _STOPWORDS | {"why"}:
        return "call to action"
    if _STAGE_CUE.fullmatch(text):
        return "transcript cue"
    return None
