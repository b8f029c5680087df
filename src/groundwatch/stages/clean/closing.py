"""Lines a page adds to its article that read as prose. The closing ones: its publisher's self-description ("X is an
independent charity working ...", "X is a news service funded by ...") and its pitch to the reader ("Become a member
for £4 a month.", "Log in to ask.", "Tag @x on Instagram!"). ``lists_verdicts._closing_bios`` drops them when none
of the article's paragraphs follows, as it drops an author's bio there; inside the article they may be the story's own.
And an advert's offer right under its label ("Advertisement" / "Winter bulbs: 20% off all tulips this week"), which
``classify._pasted_debris`` drops: under an ad label a plain sentence is the story's next, but an offer is the ad."""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.features import _Features
from groundwatch.stages.clean.lexicon import _READER
from groundwatch.stages.clean.lexicon_page import _AD_LABEL
from groundwatch.stages.clean.thresholds import BIO_MAX_WORDS, NOTICE_MAX_WORDS

#: The kinds of body a publisher says it is.
_ORG_NOUN = (r"(?:charity|charities|non-?profit|not-for-profit|organi[sz]ations?|agency|agencies|foundation|trust|"
             r"social\s+enterprise|co-?operative|company|association|network|institute|society|news\s+service|"
             r"publisher|partnership)")
#: "Clearwell Relief is an independent charity", "The Local News Service is a public service news agency": a name of
#: two to six capitalised words, "is a/an/the", at most five words, the kind of body.
_SELF_DESCRIPTION = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{2,6}}(?:is|are)\s+(?:an?|the)\s+"
                               rf"(?:[\w-]+\s+){{0,5}}?{_ORG_NOUN}\b")
#: What makes the description the publisher's own rather than a story's line about a body it names: how it stands
#: ("independent", "registered") or who pays for it ("funded by", "supported by").
_STANDING = re.compile(r"\b(?:independent|registered|(?:funded|supported|financed|backed)\s+by)\b", re.IGNORECASE)
#: A sentence opening with what the page asks of its reader: to subscribe, log in, become a member, support it, send
#: it questions, tag it in a post.
_PITCH = re.compile(r"(?:^|[.!?]\s+)(?:subscribe|sign\s+(?:up|in)|log\s*in|donate|become\s+a\s+(?:[\w-]+\s+)?"
                    r"(?:member|subscriber|supporter|patron|friend)|support\s+(?:us|our|local|independent)\b|"
                    r"send\s+(?:us\s+)?your\s+(?:questions?|letters?|tips?|stories|photos|views)|tag\s+(?:us\b|@))",
                    re.IGNORECASE)
#: A pitch speaks to the reader as the site ("our advisers", "your questions"), names a price, a handle or an address.
_ADDRESSED = re.compile(r"[$£€]\s?\d|@\w", re.IGNORECASE)


def closing_notice(text: str, f: _Features) -> str | None:
    """Whether a paragraph closing the article is the publisher's self-description or its pitch to the reader."""
    if f.n_words <= BIO_MAX_WORDS and _SELF_DESCRIPTION.match(text) and _STANDING.search(text):
        return "publisher's self-description"
    if f.n_words <= NOTICE_MAX_WORDS and _PITCH.search(text) and (_READER.search(text) or _ADDRESSED.search(text)):
        return "pitch to the reader"
    return None


#: A shop's offer: "20% off", "half price", "buy one get one free", "free delivery", "save up to £15".
_OFFER = re.compile(r"\b\d{1,2}\s?%\s+off\b|\bhalf[\s-]price\b|\bbuy\s+one,?\s+get\s+one\b|"
                    r"\bfree\s+(?:delivery|shipping)\b|\bsave\s+(?:up\s+to\s+)?(?:\d{1,2}\s?%|[$£€]\s?\d)",
                    re.IGNORECASE)


def offers_under_ads(texts: Sequence[str], feats: Sequence[_Features], hard: Sequence[str | None]) -> list[int]:
    """The lines right under an ad label (nothing between) that make a shop's offer, at most ``NOTICE_MAX_WORDS``
    words long and not yet claimed by another rule."""
    return [i for i in range(1, len(texts)) if hard[i] is None and hard[i - 1] is not None
            and _AD_LABEL.match(texts[i - 1].strip()) is not None and feats[i].n_words <= NOTICE_MAX_WORDS
            and _OFFER.search(texts[i]) is not None]
