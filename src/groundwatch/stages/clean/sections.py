"""Page sections read as a whole after each line has its verdict: a closing "About X" box, a press
contact block, a forum post's member card, and a label's value ("Prep Time" / "15 mins").

These are blocks whose lines, one by one, look like the article's (a paragraph about a company, a
person's name, a figure): only the block's head or its anchor line tells what they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.stages.clean.features import _Features
from groundwatch.stages.clean.lexicon import _URL
from groundwatch.stages.clean.thresholds import (
    ABOUT_BOX_MAX_PARAGRAPHS,
    CARD_LIST_MIN_ITEMS,
    CARD_SOURCE_MAX_WORDS,
    CONTENTS_MIN_ITEMS,
    EMBED_MIN_HEADLINE_WORDS,
    EMBED_MIN_PARAGRAPHS_AROUND,
    LINK_BOX_ITEM_MIN_WORDS,
    MEMBER_CARD_MAX_LINES,
    MEMBER_CARD_MAX_WORDS,
    TITLE_MAX_WORDS,
    UI_LABEL_MAX_WORDS,
)

#: The head of a closing box about the author, the site or the company that issued a release:
#: "About the author", "About us", "About Tarrow Ferries:". Group ``name``: what it is about.
_ABOUT_HEAD = re.compile(r"^About\s+(?P<name>(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+){0,4})\s*:?$")
#: What an about box is about when it names no one: the author, the site, its owner.
_ABOUT_GENERIC = frozenset({"the author", "the authors", "the writer", "the contributor", "us", "me",
                            "the company", "the organisation", "the organization", "the blog", "the site",
                            "this blog", "this site", "the editor", "the editors"})
#: The head of a press release's closing notes: "Notes to editors", "Editor's notes".
_EDITOR_NOTES = re.compile(r"^(?:notes?\s+(?:to|for)\s+editors?|editor[’']?s\s+notes?)\s*:?$", re.IGNORECASE)
#: A member card's field under its profile line: "Location: Tull", "Rank: Veteran".
_CARD_FIELD = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*\S")
#: The head of a press release's contact block: "Media contact", "Press enquiries:", and an agency's or NGO's
#: update closing on "For more information, please contact:".
_CONTACT_HEAD = re.compile(r"^(?:(?:media|press|news\s+media)\s+(?:contacts?|enquiries|inquiries|relations)|"
                           r"for\s+(?:more|further)\s+(?:information|details),?\s+(?:please\s+)?contact)\s*:?$",
                           re.IGNORECASE)
#: The same head with the contact glued after its colon, on one line with an email address: "For further information,
#: please contact: <name>, <role>, <office>, <address>". Group ``who``: the contact.
_CONTACT_GLUED = re.compile(r"^for\s+(?:more|further)\s+(?:information|details),?\s+(?:please\s+)?contact"
                            r"\s*:\s*(?P<who>.+)$", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
#: The issuer's closing line under its contact: one sentence opening on the name (an acronym or a capitalised name)
#: the contact names, then a verb of the issuer's work in the present ("<Body> coordinates humanitarian action ...").
_MISSION = re.compile(r"^(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})\s+[a-z]+s\b[^.!?]*[.!?]?$")
#: A length of time alone: a recipe card's or a schedule's value ("15 mins", "1 hr", "2 hours").
_DURATION = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)$",
                       re.IGNORECASE)
#: The head of a page's contents box: "Contents", "Table of contents [hide]", "On this page". Group ``items``: the
#: items when a paste glued them onto the head's line ("Contents 1 History 2 Design").
_CONTENTS_HEAD = re.compile(r"^(?:(?:table\s+of\s+)?contents|on\s+this\s+page|in\s+this\s+(?:article|guide|post))"
                            r"\s*(?:\[\s*(?:hide|show)\s*\]|:)?\s*(?P<items>\d.*)?$", re.IGNORECASE)
#: A contents box's numbered item: "2 Design", "2.1 Arches", "3. See also". Group ``title``: the section's name.
_CONTENTS_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?P<title>\D\S*(?:\s+\D\S*){0,7})$")
#: The items glued on one line: a number, then the words up to the next number.
_GLUED_ITEM = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>[^\d\s][^\d]*?)(?=\s+\d|\s*$)")
#: Verdicts of a short line kept as part of the article.
_SHORT_KEPT = frozenset({"subheading", "kept by the extractor"})


def _about_boxes(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                 feats: Sequence[_Features]) -> dict[int, str]:
    """An "About X" head followed by paragraphs about X (they open with its name, or X is the author or
    the site), at most ``ABOUT_BOX_MAX_PARAGRAPHS`` and fewer words than the article above, with no
    paragraph of the article after them: the author's, site's or issuer's box."""
    out: dict[int, str] = {}
    n = len(texts)
    for i in range(n):
        m = _ABOUT_HEAD.match(texts[i])
        if not (keeps[i] and reasons[i] in _SHORT_KEPT and m and i + 1 < n and reasons[i + 1] == "paragraph"):
            continue
        name = m.group("name").casefold()
        first = name.removeprefix("the ").split()[0]
        if name not in _ABOUT_GENERIC and not texts[i + 1].casefold().removeprefix("the ").startswith(first):
            continue
        end = i + 1
        while end + 1 < n and reasons[end + 1] == "paragraph":
            end += 1
        # A box is a paragraph or two after the article, never the rest of it.
        if end - i > ABOUT_BOX_MAX_PARAGRAPHS or (
                sum(feats[k].n_words for k in range(i + 1, end + 1))
                >= sum(feats[k].n_words for k in range(i) if keeps[k] and reasons[k] == "paragraph")):
            continue
        if any(keeps[k] and reasons[k] == "paragraph" and not _ABOUT_HEAD.match(texts[k - 1])
               for k in range(end + 1, n)):
            continue
        out.update({k: "about box" for k in range(i, end + 1) if keeps[k]})
        # "Notes to editors" heads a release's closing boxes.
        if i > 0 and keeps[i - 1] and _EDITOR_NOTES.match(texts[i - 1]):
            out[i - 1] = "about box"
    return out


def _editor_notes(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                  feats: Sequence[_Features]) -> dict[int, str]:
    """A release's closing "Notes to editors" (kept or dropped) and every line under it to the end of the page,
    numbered notes or paragraphs, when they hold fewer words than the release above: background for journalists,
    not the release. (Under an "About X" head, ``_about_boxes`` reads them.)"""
    out: dict[int, str] = {}
    head = next((i for i in range(len(texts)) if _EDITOR_NOTES.match(texts[i])), None)
    if head is None or (head + 1 < len(texts) and _ABOUT_HEAD.match(texts[head + 1])):
        return out
    above = sum(feats[k].n_words for k in range(head) if keeps[k] and reasons[k] == "paragraph")
    if sum(feats[k].n_words for k in range(head + 1, len(texts)) if keeps[k]) < above:
        out.update({k: "notes to editors" for k in range(head, len(texts)) if keeps[k]})
    return out


def _contact_blocks(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                    feats: Sequence[_Features]) -> dict[int, str]:
    """A press contact head and the short lines under it (name, address, phone, or all of them on one line with an
    email address), to the end of the page."""
    out: dict[int, str] = {}
    for i, text in enumerate(texts):
        glued = _CONTACT_GLUED.match(text)
        if not (_CONTACT_HEAD.match(text) or (glued and _EMAIL.search(glued.group("who")))):
            continue
        block = [i]
        for k in range(i + 1, len(texts)):
            if k == len(texts) - 1 and _mission_line(texts[k], texts[i:k]):
                block.append(k)
                break
            # "Tam Ives, head of office, t.ives@relief.example": a name, a role and an address on one line.
            if keeps[k] and (reasons[k] == "paragraph" or (feats[k].n_words > UI_LABEL_MAX_WORDS
                                                           and not _URL.search(texts[k]))):
                block = []
                break
            block.append(k)
        out.update({k: "press contact" for k in block if keeps[k]})
    return out


def _mission_line(text: str, contact: Sequence[str]) -> bool:
    """The page's last line, under a contact block, is the issuer's mission statement: one sentence that opens
    on a name the contact lines give, in the present ("<Body> coordinates humanitarian action to ...")."""
    m = _MISSION.match(text.strip())
    if m is None:
        return False
    name = re.compile(rf"(?<!\w){re.escape(m.group('name'))}(?!\w)")
    return any(name.search(line) for line in contact)


def _member_cards(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                  feats: Sequence[_Features]) -> dict[int, str]:
    """A forum post's member card: the short lines (user name, rank) right above its profile line
    ("Posts: 214"), and its "Field: value" lines right under it."""
    out: dict[int, str] = {}
    for i, reason in enumerate(reasons):
        if reason != "member profile":
            continue
        for k in range(i - 1, max(-1, i - 1 - MEMBER_CARD_MAX_LINES), -1):
            if reasons[k] == "member profile":
                continue
            if reasons[k] == "paragraph" or feats[k].n_words > MEMBER_CARD_MAX_WORDS or feats[k].sentence_like:
                break
            if keeps[k]:
                out[k] = "member card"
        # Its other fields under it ("Location: Tull").
        for k in range(i + 1, min(len(reasons), i + 1 + MEMBER_CARD_MAX_LINES)):
            if reasons[k] != "member profile" and keeps[k]:
                if feats[k].n_words > MEMBER_CARD_MAX_WORDS + 1 or not _CARD_FIELD.match(texts[k]):
                    break
                out[k] = "member card"
    return out


def _contents_boxes(texts: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """A contents box: its head and the numbered items under it (or glued onto its line), at least
    ``CONTENTS_MIN_ITEMS`` of them, numbered from 1, and most of their titles printed again below as the
    sections' headings. A numbered list under another head, or one whose items the page never heads a
    section with, is the article's own list."""
    out: dict[int, str] = {}
    later = [" ".join(t.casefold().split()) for t in texts]
    for i, text in enumerate(texts):
        m = _CONTENTS_HEAD.match(text)
        if m is None:
            continue
        if m.group("items"):
            items = [(g.group("num"), g.group("title")) for g in _GLUED_ITEM.finditer(m.group("items"))]
            block = [i]
        else:
            items, block = [], [i]
            for k in range(i + 1, len(texts)):
                item = _CONTENTS_ITEM.match(texts[k])
                if item is None or feats[k].sentence_like:
                    break
                items.append((texts[k].split()[0].rstrip("."), item.group("title")))
                block.append(k)
        if len(items) < CONTENTS_MIN_ITEMS or items[0][0] != "1":
            continue
        end = block[-1] + 1
        headed = sum(" ".join(t.casefold().split()) in later[end:] for _, t in items)
        if headed * 2 >= len(items):
            out.update({k: "contents box" for k in block})
    return out


def _embedded_articles(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                       feats: Sequence[_Features]) -> dict[int, str]:
    """Another story printed inside the article: its headline and byline ("By Jane Roe for Valley Star") between
    the article's paragraphs, its paragraphs, and the debris that closes it (an ad label) before the article
    goes on. A page with one such headline-and-byline pair only: a live blog's entries each carry theirs, and
    they are the page's content."""
    n = len(texts)
    heads = [i for i in range(1, n - 1) if keeps[i] and reasons[i] in _SHORT_KEPT and not feats[i].sentence_end
             and feats[i].n_words >= EMBED_MIN_HEADLINE_WORDS and not keeps[i + 1] and reasons[i + 1] == "byline"]
    if len(heads) != 1:
        return {}
    i = heads[0]
    if sum(keeps[k] and reasons[k] == "paragraph" for k in range(i)) < EMBED_MIN_PARAGRAPHS_AROUND:
        return {}
    end = i + 2
    while end < n and keeps[end] and reasons[end] == "paragraph":
        end += 1
    if end == i + 2 or end >= n or keeps[end]:
        return {}
    after = [k for k in range(end + 1, n) if keeps[k] and reasons[k] == "paragraph"]
    if len(after) < EMBED_MIN_PARAGRAPHS_AROUND or after[0] > end + 2:
        return {}
    return {k: "another story inside the article" for k in range(i, end) if keeps[k]}


def _card_lists(keeps: Sequence[bool], texts: Sequence[str], feats: Sequence[_Features]) -> dict[int, str]:
    """A list of cards, each a title over the same short source line ("Rescuers reach the valley" / "Coast Radio"
    / "Storm warning for the weekend" / "Coast Radio" ...): a video playlist's or a portal's teasers. The source
    printed under ``CARD_LIST_MIN_ITEMS`` or more titles in a row, every other line, and the titles each a
    headline's length without a sentence's end: the titles and the sources go. A table's "Yes" under short
    names, or answers under questions, are no cards."""
    out: dict[int, str] = {}
    where: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        f = feats[i]
        if 0 < f.n_words <= CARD_SOURCE_MAX_WORDS and not f.sentence_end and not any(c.isdigit() for c in text):
            where.setdefault(" ".join(text.casefold().split()), []).append(i)

    def title(k: int) -> bool:
        f = feats[k]
        return LINK_BOX_ITEM_MIN_WORDS <= f.n_words <= TITLE_MAX_WORDS and not f.sentence_end

    for places in where.values():
        run = [places[0]]
        for p in [*places[1:], -1]:
            if p == run[-1] + 2 and title(p - 1):
                run.append(p)
                continue
            if len(run) >= CARD_LIST_MIN_ITEMS and run[0] > 0 and title(run[0] - 1):
                out.update({k: "card list" for k in range(run[0] - 1, run[-1] + 1)})
            run = [p]
    return out


def _after_wire_credits(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                        feats: Sequence[_Features]) -> dict[int, str]:
    """A wire story ends on its staff credits ("Reporting by ...; Editing by ..."): kept lines after the last of them
    that are link titles (title case, a headline's length: "Our Standards: The Trust Principles.") are the wire
    site's links, even when a full stop and a short run above make them read as a closing paragraph."""
    last = max((i for i, r in enumerate(reasons) if r == "wire credits" and not keeps[i]), default=None)
    if last is None:
        return {}
    return {j: "after the wire credits" for j in range(last + 1, len(texts))
            if keeps[j] and feats[j].titlecase and feats[j].n_words <= TITLE_MAX_WORDS}


def section_verdicts(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                     feats: Sequence[_Features]) -> dict[int, tuple[bool, str]]:
    """New verdicts ``{line: (keep, reason)}`` from the rules above; a label's value dropped as a
    timestamp ("Prep Time" kept, "15 mins" under it) is kept with its label."""
    out: dict[int, tuple[bool, str]] = {}
    for i in range(1, len(texts)):
        if (not keeps[i] and reasons[i] == "timestamp" and _DURATION.match(texts[i])
                and keeps[i - 1] and reasons[i - 1] in _SHORT_KEPT and not feats[i - 1].sentence_like):
            out[i] = (True, "value of the label above")
    drops = {**_about_boxes(keeps, reasons, texts, feats), **_contact_blocks(keeps, reasons, texts, feats),
             **_editor_notes(keeps, reasons, texts, feats),
             **_member_cards(keeps, reasons, texts, feats), **_contents_boxes(texts, feats),
             **_embedded_articles(keeps, reasons, texts, feats), **_card_lists(keeps, texts, feats),
             **_after_wire_credits(keeps, reasons, texts, feats)}
    return out | {i: (False, r) for i, r in drops.items()} | _plain_contents(keeps, reasons, texts, feats)


def _plain_contents(keeps: Sequence[bool], reasons: Sequence[str], texts: Sequence[str],
                    feats: Sequence[_Features]) -> dict[int, tuple[bool, str]]:
    """A contents box without numbers ("Contents" / "Who can get it" / "How to apply"): its head and
    ``CONTENTS_MIN_ITEMS`` or more short lines under it, every one printed again below as a section's heading. The
    box goes and the headings below, dropped as its repeats, stay. Items the page never heads a section with are
    the article's own list under a heading that happens to read "Contents"."""
    out: dict[int, tuple[bool, str]] = {}
    keys = [" ".join(t.casefold().split()) for t in texts]
    for i, text in enumerate(texts):
        m = _CONTENTS_HEAD.match(text)
        if m is None or m.group("items"):
            continue
        items: list[int] = []
        for k in range(i + 1, len(texts)):
            # The box ends at a sentence, a numbered item, or its first item printed again as the first heading.
            if (feats[k].full_stop or _CONTENTS_ITEM.match(texts[k]) or not 0 < feats[k].n_words <= TITLE_MAX_WORDS
                    or keys[k] in {keys[j] for j in items}):
                break
            items.append(k)
        end = i + 1 + len(items)
        heads = [next((j for j in range(end, len(texts)) if keys[j] == keys[k]), None) for k in items]
        if len(items) < CONTENTS_MIN_ITEMS or any(j is None for j in heads):
            continue
        out.update({k: (False, "contents box") for k in (i, *items)})
        out.update({j: (True, "subheading") for j in heads
                    if j is not None and not keeps[j] and reasons[j] == "repeated in article"})
    return out
