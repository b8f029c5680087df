"""The same articles in the other layouts real input arrives in, for measuring how much a score owes
to the layout of the visible sets rather than to their words.

A corpus folder is copied (never changed in place) with every plain-text article rewritten in one
layout; manifests and other files are copied as they are, so the gold still applies. The layouts:

- ``wrapped``: paragraphs hard-wrapped at ``WRAP_COLUMNS`` (an e-mail, a fixed-width wire copy, a
  terminal paste), a blank line between them; the first line (the title) as it was;
- ``single-newline``: one paragraph per line, no blank lines (a plain text box);
- ``one-line``: the whole article on one line (a dump whose text field lost its line breaks);
- ``straight-quotes`` / ``curly-quotes``: every quotation mark and apostrophe typed straight, or
  typeset curly by the usual rule (an opener after a blank or a bracket);
- ``crlf-nbsp``: Windows line ends and a no-break space after each full stop (a word processor);
- ``caps-title``: the first line (the headline) in capitals, as wire copy and some sites print it;
- ``html``: a simple web page per article: the manifest's title as <title> and <h1>, a paragraph per
  line, a menu, a "Most read" box and a copyright footer around it (manifest entries renamed to .html);
- ``debris``: four lines of page debris put among each article's paragraphs (``DEBRIS``: a byline tool
  under the headline, two of advertisement slots, captions, credits and teasers for other articles with
  their own tolls, a prompt or copyright line at the end); the gold counts them as boilerplate.

Respellings change words the way outlets spell them differently, so they rewrite the gold too (every
string of it but ids and ISO dates, with the same function): ``thousands-spaced`` ("1\u202f046", as UN and
French-style copy print it), ``thousands-plain`` ("1046", no separator), ``thousands-dotted`` ("1.046",
continental), ``day-month`` ("9 September"), ``month-day`` ("September 9"), ``single-quotes`` (double
quotation marks typeset as single ones, as British outlets print them) and ``years-back`` (every year
28 years earlier, manifests and gold dates too: the same weekdays in another era, as an archive of
older news reads). ``surnames`` is made from the gold: every credited person's surname replaced by one
of ``NEW_SURNAMES`` (hyphenated, non-ASCII, two letters), names no model has met beside a quotation.
``number-words`` writes counts of 2 to 99 out ("twelve people", as many outlets and translated copy do; not days
of a month, times, shares, money or ranges) and ``number-digits`` the reverse ("12 people" for "twelve people").
``saying-verbs`` puts "stated" for "said" (and "states" for "says"), as translated copy varies the verb;
``present-saying`` puts "says" for "said" but after an auxiliary, as features and broadcast copy report;
``month-abbrev`` shortens a month before its day as AP style does ("Sept. 9").

``tests/eval_gate.py`` gates crises-2023 ``wrapped``, ``html``, ``thousands-spaced``, ``thousands-plain`` and
``single-quotes``, and dates-dev ``day-month``;
``benchmarks/check_layouts.py`` prints every layout and respelling.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from groundwatch.lexicons_dates import month_pattern

#: Columns of the hard wrap: the width of e-mail (RFC 2822's recommended 78, less quoting room) and of
#: most fixed-width wire copy.
WRAP_COLUMNS = 72

_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def _wrapped(text: str) -> str:
    first, *rest = _paragraphs(text) or [""]
    return "\n\n".join([first, *(textwrap.fill(p, WRAP_COLUMNS) for p in rest)]) + "\n"


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(\[\u2014-])"', "\\1\u201c", text.translate(_STRAIGHT), flags=re.MULTILINE)
    text = re.sub(r"(^|[\s(\[\u2014-])'", "\\1\u2018", text.replace('"', "\u201d"), flags=re.MULTILINE)
    return text.replace("'", "\u2019")


#: Page debris ``debris`` puts into each article, by where a page puts it: under the headline, between
#: paragraphs, after the article. Invented, and each line a kind the cleaner must drop (a byline tool,
#: an advertisement slot, a caption or credit, a teaser for another article with its own toll, a share
#: or sign-up prompt, a copyright line); lines of the same kind differ in words, as outlets' do.
DEBRIS = {
    "head": ("Listen to this article \u00b7 4 min", "Updated 10:45 GMT", "Reading time: 3 minutes",
             "Share on Facebook Share on X Share by email", "By Staff Reporter | Orlen Press Agency"),
    "body": ("ADVERTISEMENT", "Story continues below advertisement",
             "Also read: Flood toll in Norvale district climbs to 45",
             "RELATED: Six arrested after protest at Tessel port",
             "Image caption, Volunteers unload sacks of flour from a lorry on Sunday",
             "(Photo: K. Marsh/Orlen Press Agency)",
             "FILE - In this 2021 photo, rescuers search a collapsed shop in Velora.",
             "Watch: Drone footage shows flooded streets in Kessa",
             "Trending now: Ferry fares to rise by 12 percent next month", "{{#ad}}"),
    "tail": ("Sign up for our morning briefing", "Commenting is disabled for this article.",
             "Click here to read more stories from the region",
             "Recommended: How 300 families rebuilt their village after the storm",
             "\u00a9 Daily Site 2024. All rights reserved.", "Download our app for breaking news alerts",
             "More on this story: Aid convoy of 20 trucks reaches Kessa"),
}


def _debris_lines(article_id: str) -> dict[str, list[str]]:
    """The debris one article gets, chosen by its id (so ``regold`` finds the same lines): a head line,
    two body lines of different kinds, a tail line."""
    seed = int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest()[:8], "big")
    body = DEBRIS["body"]
    first = seed % len(body)
    return {"head": [DEBRIS["head"][seed % len(DEBRIS["head"])]],
            "body": [body[first], body[(first + 1 + seed // 7 % (len(body) - 1)) % len(body)]],
            "tail": [DEBRIS["tail"][seed // 3 % len(DEBRIS["tail"])]]}


def _with_debris(text: str, article_id: str) -> str:
    """The article's paragraphs with its debris lines among them, a blank line between paragraphs."""
    paragraphs = _paragraphs(text)
    if len(paragraphs) < 2:
        return text
    lines = _debris_lines(article_id)
    title, body = paragraphs[0], paragraphs[1:]
    third = max(1, len(body) // 3)
    laid = [title, *lines["head"], *body[:third], lines["body"][0], *body[third:2 * third], lines["body"][1],
            *body[2 * third:], *lines["tail"]]
    return "\n\n".join(laid) + "\n"


#: The most words ``caps-title`` capitalises: a headline's; a longer first line is a lead (TimeBank's
#: files open on their first paragraph), and no outlet prints that in capitals.
_HEADLINE_WORDS = 20

def _title_case(line: str) -> str:
    """A headline in title case, as American sites print it ("Flood Waters Rise In Lower Kessa"): every
    word's first letter capitalised, the rest as written."""
    return re.sub(r"(?<![\w'\u2019])([a-z])", lambda m: m.group().upper(), line)


#: Places ``dateline`` files a story from: made up, in no gazetteer, so no place of the story is told by them.
DATELINE_PLACES = ("QUARVELLE", "DUNMORRAN", "OSTREVIK", "PELLASTRE", "KORVANNE")
#: The fewest words of the paragraph ``dateline`` puts its dateline before: a lead, not a headline or a stamp.
_LEAD_WORDS = 15


def _datelined(text: str) -> str:
    """A wire dateline before the lead ("OSTREVIK (Harbour Wire) - "), as agency copy opens; the place is
    chosen by the text, so a set's articles are filed from several."""
    place = DATELINE_PLACES[sum(map(ord, text[:200])) % len(DATELINE_PLACES)]
    paragraphs = text.split("\n\n")
    for k, paragraph in enumerate(paragraphs):
        if k > 0 and len(paragraph.split()) >= _LEAD_WORDS:
            paragraphs[k] = f"{place} (Harbour Wire) - {paragraph.lstrip()}"
            break
    return "\n\n".join(paragraphs)


TEXT_LAYOUTS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrapped,
    "single-newline": lambda t: "\n".join(_paragraphs(t)) + "\n",
    "one-line": lambda t: " ".join(_paragraphs(t)) + "\n",
    "straight-quotes": lambda t: t.translate(_STRAIGHT),
    "curly-quotes": _curly,
    "crlf-nbsp": lambda t: t.replace(". ", ".\u00a0").replace("\n", "\r\n"),
    "caps-title": lambda t: re.sub(r"\S[^\n]*", lambda m: m.group().upper() if len(m.group().split()) <= _HEADLINE_WORDS
                                   else m.group(), t, count=1),
    "dateline": _datelined,
    "title-case": lambda t: re.sub(r"\S[^\n]*", lambda m: _title_case(m.group())
                                   if len(m.group().split()) <= _HEADLINE_WORDS else m.group(), t, count=1),
}
#: Numbers written with commas between thousands ("1,046", "12,500"), not a decimal or a longer number.
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")
_MONTH = f"(?:{month_pattern(capitalised=True)})"


def _month_day(text: str) -> str:
    text = re.sub(rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}})\b", r"\2 \1, \3", text)
    return re.sub(rf"\b(\d{{1,2}}) ({_MONTH})(?!,? \d)", r"\2 \1", text)


def _day_month(text: str) -> str:
    """British order, and British abbreviations without a full stop ("Oct. 23" -> "23 Oct")."""
    text = re.sub(rf"\b({_MONTH}) (\d{{1,2}}),? (\d{{4}})\b", lambda m: f"{m[2]} {m[1].rstrip('.')} {m[3]}", text)
    return re.sub(rf"\b({_MONTH}) (\d{{1,2}})\b(?!\d|,? \d{{4}})", lambda m: f"{m[2]} {m[1].rstrip('.')}", text)


_DOUBLE_SPAN = re.compile(r'(?:(?<=^)|(?<=[\s(\[\u2014-]))["\u201c](?=\S)[^"\u201c\u201d\n]*["\u201d]', re.MULTILINE)
_INNER_OPEN = re.compile(r"(?:(?<=[\s(\[\u2014-]))['\u2018](?=[^\W\d_])")
_INNER_CLOSE = re.compile(r"(?<=[^\s])['\u2019](?=[\s,.;:!?)\u2014-]|$)")


def _inner_doubled(span: str) -> str:
    """A quotation's own quotations in double marks, as British style nests them: a single opener before
    a word, then the first single closer before a blank or a stop (never an apostrophe inside a word)."""
    out, at = [], 0
    while (opener := _INNER_OPEN.search(span, at)) is not None:
        closer = _INNER_CLOSE.search(span, opener.end())
        if closer is None:
            break
        out += [span[at:opener.start()], "\ue000", span[opener.end():closer.start()], "\ue001"]  # held apart
        at = closer.end()
    return "".join(out) + span[at:]


#: An outer opening double mark: after a blank, a bracket or a dash (or a line's start), before a word.
_OUTER_OPENER = re.compile(r'(^|[\s(\[\u2014-])["\u201c](?=\S)', re.MULTILINE)


def _single_quotes(text: str) -> str:
    """Quotation marks typeset British style (‘...,’ she said, a quotation inside in double marks): an
    outer opener after a blank or a bracket and before a word, every other double mark a closer."""
    text = _DOUBLE_SPAN.sub(lambda m: m.group()[0] + _inner_doubled(m.group()[1:-1]) + m.group()[-1], text)
    text = _OUTER_OPENER.sub("\\1\u2018", text)
    text = re.sub(r'["\u201d](?=[^\s,.;:!?)\u2014-]|$)', "\u2019", text)  # an outer closer
    text = re.sub(r'(?<=\S)["\u201d]', "\u2019", text)
    return text.replace("\ue000", "\u201c").replace("\ue001", "\u201d")


def _outer_marks(opener: str, closer: str) -> Callable[[str], str]:
    """Double quotation marks typeset with ``opener`` and ``closer`` (an opener after a blank or a bracket
    and before a word, every other double mark a closer), the single marks inside as they were."""
    def respell(text: str) -> str:
        text = _OUTER_OPENER.sub(lambda m: m[1] + opener, text)
        return re.sub(r'["\u201d]', closer, text)
    return respell


#: Years rewritten by ``years-back``: four digits from 1950 to 2039 standing alone (not "2,012", "1.5", a
#: longer number or an ISO date's other parts), as a year is written.
_YEAR = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-3]\d)(?![\d]|[.,]\d)")
#: The Gregorian calendar repeats every 28 years between 1901 and 2099: each date keeps its weekday.
YEARS_BACK = 28


def _years_back(text: str) -> str:
    return _YEAR.sub(lambda m: str(int(m.group()) - YEARS_BACK), text)


#: Counts written out, as many outlets and most translated copy write small numbers ("twelve people").
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS = {n: _UNITS[n] if n < 20 else _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
                for n in range(100)}
_WORD_NUMBERS = {w: n for n, w in NUMBER_WORDS.items() if n >= 2}  # "one" is mostly no count ("one of them")
#: A count of 2 to 99 standing alone as a word: not a day of a month, a time, a decimal, a share, money, a
#: range's end, a score or a figure in a name ("G20", "No. 9"); a year or a long number is never 2 digits.
_MONTH_NEAR = month_pattern(capitalised=True)
_COUNT = re.compile(rf"(?<![\w$£€#.,:/–-])(?<!No\. )([2-9]|[1-9]\d)"
                    rf"(?![\w%.,:/–-]\d|[\w%°/–-]| {_MONTH_NEAR}|\.\d| ?(?:a\.m|p\.m|am\b|pm\b|GMT|UTC))")
_COUNT_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
                         + r")(?![\w-])", re.IGNORECASE)


_AFTER_MONTH = re.compile(rf"\b{_MONTH_NEAR} (?:\d{{1,2}},? (?:and|or|to|through|until) )?$")


def _number_words(text: str) -> str:
    if text.strip().isdigit():
        return text  # a gold phrase of a number alone is a day of the month its article names ("24 and 25")

    def word(m: re.Match[str]) -> str:
        start = m.start()
        if _AFTER_MONTH.search(text, max(0, start - 30), start):
            return m.group()  # "March 12", "April 24 and 25": a day
        w = NUMBER_WORDS[int(m.group())]
        opens = start == 0 or text[:start].rstrip(" \u00a0\"\u201c").endswith((".", "!", "?", "\n")) \
            or not text[:start].strip()
        return w.capitalize() if opens else w
    return _COUNT.sub(word, text)


def _number_digits(text: str) -> str:
    return _COUNT_WORD.sub(lambda m: str(_WORD_NUMBERS[m.group().lower()]), text)


#: The verb of saying ``saying-verbs`` puts for "said" and "says": one, so that a gold phrase respelled alone
#: reads as its article does; "stated" is the commonest other verb of wire and translated copy.
_SAID = re.compile(r"\b(said|says)\b")


def _saying_verbs(text: str) -> str:
    return _SAID.sub(lambda m: "stated" if m.group() == "said" else "states", text)


#: AP style: a month before a day number shortened ("Sept. 9"); March to July stay whole.
AP_MONTHS = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
             "November": "Nov.", "December": "Dec."}
_LONG_MONTH_DAY = re.compile(r"\b(" + "|".join(AP_MONTHS) + r") (?=\d{1,2}\b)")


def _month_abbrev(text: str) -> str:
    return _LONG_MONTH_DAY.sub(lambda m: AP_MONTHS[m.group(1)] + " ", text)


#: "had said", "has said", "was said": forms "said" keeps after an auxiliary, where "says" is no English.
_AUX_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|be|been|being|having|'d)\s+$", re.IGNORECASE)


def _present_saying(text: str) -> str:
    def says(m: re.Match[str]) -> str:
        if m.group() == "says" or _AUX_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return m.group()
        return "says"
    return _SAID.sub(says, text)


#: How ``toll-verbs`` words a toll as other copy does: "were killed" as "died", "were injured" and "were wounded"
#: as "were hurt" (the passive's tense kept; the gold's evidence respelled alike).
_TOLL_VERBS = {"were killed": "died", "was killed": "died", "were injured": "were hurt", "was injured": "was hurt",
               "were wounded": "were hurt", "was wounded": "was hurt"}
_TOLL_VERB = re.compile(r"\b(?:" + "|".join(_TOLL_VERBS) + r")\b")


def _toll_verbs(text: str) -> str:
    return _TOLL_VERB.sub(lambda m: _TOLL_VERBS[m.group()], text)


#: A name of one to three capitalised words (initials and hyphens in it), as a credit after a quotation prints it;
#: never one ending in a title's or a suffix's abbreviation ("said Rep. Ada Roe of Tessel": no name ends at "Rep").
_NAME = r"(?:[A-Z][\w.'\u2019-]* ){0,2}(?!(?:Rep|Sen|Del|Gov|Gen|Col|Lt|Sgt|Dr|Mr|Mrs|Ms|St|Jr|Sr)\b)[A-Z][\w'\u2019-]+"
#: A closing mark after a quotation's comma, question or exclamation mark, then a credit ending its sentence.
_SAID_NAME = re.compile(r"(?<=[,?!][\"\u201d] )said (" + _NAME + r")(?=\.)")
_NAME_SAID = re.compile(r"(?<=[,?!][\"\u201d] )(" + _NAME + r") said(?=\.)")


def _said_order(text: str) -> str:
    """A credit after a quotation in the other order ("said Ana Ruiz." <-> "Ana Ruiz said."), as outlets
    differ on it; pronouns keep theirs ("said she" is no modern English)."""
    swapped = _SAID_NAME.sub(lambda m: m.group(1) + " said\x00", text)
    swapped = _NAME_SAID.sub(lambda m: "said " + m.group(1), swapped)
    return swapped.replace(" said\x00", " said")


#: A paragraph opening on a quotation of one sentence or more, credited after it to a name or a pronoun.
_QUOTE_THEN_CREDIT = re.compile(r"(?m)^([\"\u201c])([^\"\u201c\u201d\n]+?),([\"\u201d]) (" + _NAME
                                + r"|he|she|they) (said|says)\.")


def _speaker_first(text: str) -> str:
    """A paragraph's quotation with its credit before it ('Ana Ruiz said: "We wait."'), as many outlets
    and most translated copy lead with the speaker."""
    def lead(m: re.Match[str]) -> str:
        opener, words, closer, who, verb = m.groups()
        return f"{who[0].upper()}{who[1:]} {verb}: {opener}{words}.{closer}"
    return _QUOTE_THEN_CREDIT.sub(lead, text)


#: Surnames ``surnames`` puts in place of the gold's: real family names of many origins and shapes
#: (hyphenated, an apostrophe, letters outside ASCII, two letters), none of a widely reported person, so
#: that no model has met them beside a quotation.
NEW_SURNAMES = ("Adeyemi", "Kowalczyk", "Haddad", "Oyelaran", "Nakashima", "Ferreira-Lima", "O'Dwyer", "Ndlovu",
                "Szabó", "Øvergaard", "Núñez", "Çelik", "Tshabalala", "Rahimov", "Bergström", "Quispe", "Mwangi",
                "Lindqvist", "Abenov", "Okafor", "Dąbrowski", "Vu", "Al-Masri", "Halvorsen", "Achterberg",
                "Mukherjee", "Thapa", "Salazar", "Baptiste", "Iyer", "Kiplagat", "Oyono", "Rasuli", "Dlamini",
                "Kaminska", "Lemaire", "Yilmaz", "Eze", "Ng", "Ba")
#: Words that make a credited name a body's, not a person's: its last word is no surname.
_BODY_WORDS = frozenset({"Agency", "Army", "Association", "Bank", "Campaign", "Commission", "Committee", "Council",
                         "Department", "Force", "Forces", "Foundation", "Government", "House", "Institute",
                         "Ministry", "Nations", "News", "Office", "Organization", "Party", "Police", "Post",
                         "Times", "Union", "University",
                         # a credited name can end in a title ("the country's Foreign Minister")
                         "Ambassador", "Chairman", "Director", "Governor", "Mayor", "Minister", "President",
                         "Secretary", "Spokesman", "Spokeswoman"})


def _credited_surnames(gold: dict[str, Any]) -> list[str]:
    """The family names of the people the gold credits with a quotation: the last word of a credited
    name of two words or more, every word capitalised and none a body's."""
    return sorted({words[-1] for words in _person_names(gold)
                   if words[-1].isalpha() and not words[-1].isupper() and len(words[-1]) > 2})


#: Given names ``given-names`` puts in place of the gold's, by the sex the project's list gives the old one:
#: real given names of one sex each, from Central Asia, East and West Africa, none in
#: ``data/given_names.tsv``, so that he/she agrees only by what the article shows.
NEW_GIVEN_NAMES = {"m": ("Aibek", "Tadesse", "Bolat", "Kwabena", "Temirlan", "Yerlan", "Dawit", "Nurlan", "Abebe",
                         "Mulugeta", "Chukwuemeka", "Ulan"),
                   "f": ("Aigerim", "Ngozi", "Chiamaka", "Aruzhan", "Meseret", "Akosua", "Dilnoza", "Gulnara",
                         "Zhanar", "Efua", "Wanjiru", "Almaz")}


def _person_names(gold: dict[str, Any]) -> list[list[str]]:
    """The words of each credited name of two words or more, every word capitalised and none a body's."""
    names = []
    for article in gold.get("articles", []):
        for quote in article.get("quotes", []):
            for name in [quote.get("speaker"), *(quote.get("speaker_alt") or [])]:
                words = str(name or "").split()
                if len(words) >= 2 and all(w[:1].isupper() for w in words) and not _BODY_WORDS & set(words):
                    names.append(words)
    return names


def _given_names(gold: dict[str, Any]) -> Callable[[str], str]:
    """Every credited person's given name that the project's list knows the sex of replaced by one of
    ``NEW_GIVEN_NAMES`` of that sex, the same one throughout."""
    from groundwatch import lexicons

    sexes = {w: row["gender"] for w, row in lexicons.load("given_names").items()}
    names = _person_names(gold)
    surnames = {words[-1] for words in names} | {str(q.get("speaker")) for a in gold.get("articles", [])
                                                 for q in a.get("quotes", [])}  # "Grant" of "Ada Grant" stays
    old = sorted({w for words in names for w in words[:-1]
                  if sexes.get(w.lower()) in NEW_GIVEN_NAMES and w not in surnames})
    mapping: dict[str, str] = {}
    for sex, pool in NEW_GIVEN_NAMES.items():
        mapping |= {w: pool[i % len(pool)] for i, w in enumerate(w for w in old if sexes[w.lower()] == sex)}
    return _replacing(mapping)


def _replacing(mapping: dict[str, str]) -> Callable[[str], str]:
    """Each whole word of ``mapping`` (and its capitals, as a transcript prints a speaker) replaced."""
    mapping = mapping | {k.upper(): v.upper() for k, v in mapping.items()}
    if not mapping:
        return lambda text: text
    words = "|".join(map(re.escape, sorted(mapping, key=len, reverse=True)))
    pattern = re.compile(rf"\b(?:{words})\b(?!['\u2019]t\b)")  # "Don" of "Don't" is no name
    return lambda text: pattern.sub(lambda m: mapping[m.group()], text)


def _surnames(gold: dict[str, Any]) -> Callable[[str], str]:
    """Every credited person's surname (and its capitals, as a transcript prints a speaker) replaced by
    one of ``NEW_SURNAMES``, the same one throughout; beyond the list, two of them hyphenated."""
    pool = [*NEW_SURNAMES, *(f"{a}-{b}" for a in NEW_SURNAMES for b in NEW_SURNAMES if a != b)]
    return _replacing(dict(zip(_credited_surnames(gold), pool, strict=False)))


def respeller(layout: str, gold: dict[str, Any] | None = None) -> Callable[[str], str]:
    """The function a respelling rewrites articles and gold with (``surnames`` and ``given-names`` are made from
    ``gold``)."""
    if layout in _FROM_GOLD:
        if gold is None:
            raise ValueError(f"the {layout!r} respelling is made from the gold: pass it")
        return _FROM_GOLD[layout](gold)
    return SPELLINGS[layout]


SPELLINGS: dict[str, Callable[[str], str]] = {
    "single-quotes": _single_quotes,
    # translated copy keeps its source's marks: French guillemets set off by no-break spaces, Russian ones
    # close, German and East European low-high marks
    "guillemets-spaced": _outer_marks("\u00ab\u00a0", "\u00a0\u00bb"),
    "guillemets": _outer_marks("\u00ab", "\u00bb"),
    "low-high": _outer_marks("\u201e", "\u201c"),
    "thousands-spaced": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", "\u202f"), t),
    "thousands-plain": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", ""), t),
    "thousands-dotted": lambda t: _THOUSANDS.sub(lambda m: m.group().replace(",", "."), t),
    "day-month": _day_month,
    "month-day": _month_day,
    "years-back": _years_back,
    "number-words": _number_words,
    "number-digits": _number_digits,
    "saying-verbs": _saying_verbs,
    "present-saying": _present_saying,
    "month-abbrev": _month_abbrev,
    "said-order": _said_order,
    "speaker-first": _speaker_first,
    "toll-verbs": _toll_verbs,
}
#: Respellings that change dates too: they rewrite the manifests and the gold's dates as well.
_DATING = frozenset({"years-back"})
#: Respellings made from the gold (the names it credits), so ``relaid`` needs the gold for them.
_FROM_GOLD: dict[str, Callable[[dict[str, Any]], Callable[[str], str]]] = {"surnames": _surnames,
                                                                          "given-names": _given_names}
LAYOUTS = (*TEXT_LAYOUTS, "html", "debris", *SPELLINGS, *_FROM_GOLD)
#: Files a respelling rewrites: the articles in every format a visible set holds.
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".xml")


_TAG = re.compile(r"(<[^>]*>)")


def _strings(value: Any, respell: Callable[[str], str], key: str = "", keep: frozenset[str] = frozenset()) -> Any:
    """``value`` with every string respelled, but those under a key in ``keep``."""
    if isinstance(value, str):
        return value if key in keep else respell(value)
    if isinstance(value, list):
        return [_strings(v, respell, key, keep) for v in value]
    if isinstance(value, dict):
        return {k: _strings(v, respell, k, keep) for k, v in value.items()}
    return value


def _respelled(text: str, suffix: str, respell: Callable[[str], str]) -> str:
    """``text`` respelled where a reader reads words: a JSON file's string values, a page's text between
    its tags, a plain file whole (quotation marks and commas are JSON's and HTML's syntax too)."""
    if suffix in (".html", ".htm", ".xml"):
        return "".join(part if _TAG.fullmatch(part) else respell(part) for part in _TAG.split(text))
    if suffix in (".json", ".jsonl"):
        lines = []
        for line in text.splitlines(keepends=True):
            try:
                lines.append(json.dumps(_strings(json.loads(line), respell), ensure_ascii=False) + "\n")
            except ValueError:
                lines.append(line)
        return "".join(lines) if suffix == ".jsonl" else json.dumps(
            _strings(json.loads(text), respell), ensure_ascii=False)
    return respell(text)


def regold(gold: dict[str, Any], layout: str | None) -> dict[str, Any]:
    """The gold as it reads for the corpus in ``layout``: respelled like the articles, with the debris
    ``debris`` put in as boilerplate, else unchanged."""
    if layout == "debris":
        def debris(article_id: str) -> list[str]:
            return [line for lines in _debris_lines(article_id).values() for line in lines]

        return {**gold, "articles": [{**a, "boilerplate": [*a.get("boilerplate", []), *debris(a["id"])]}
                                     for a in gold.get("articles", [])]}
    if layout not in SPELLINGS and layout not in _FROM_GOLD:
        return gold
    keep = frozenset({"id"} if layout in _DATING else {"id", "date"})
    respelled: dict[str, Any] = _strings(gold, respeller(layout, gold), keep=keep)
    return respelled


def _page(text: str, title: str | None) -> str:
    paragraphs = _paragraphs(text)
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    head = f"<title>{html.escape(title)} | Daily Site</title>" if title else "<title>Daily Site</title>"
    h1 = f"<h1>{html.escape(title)}</h1>\n" if title else ""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav></header>"
            f"<main><article>{h1}{body}</article>"
            "<aside><h3>Most read</h3><ul><li><a href='/a'>Council approves a new budget for schools</a></li>"
            "<li><a href='/b'>Storm warning for the coast this weekend</a></li></ul></aside></main>"
            "<footer><p>Copyright 2024 Daily Site. All rights reserved.</p></footer></body></html>\n")


def relaid(source: Path, target: Path, layout: str, gold: dict[str, Any] | None = None) -> Path:
    """A copy of the corpus folder ``source`` at ``target`` with its ``.txt`` articles in ``layout`` (a
    respelling rewrites its articles of every format, and ``years-back`` its manifests' dates too; read
    its gold through ``regold``; ``surnames`` is made from ``gold``)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: one of {', '.join(LAYOUTS)}")
    if layout in SPELLINGS or layout in _FROM_GOLD:
        respell = respeller(layout, gold)
        shutil.copytree(source, target)
        for path in sorted(target.rglob("*")):
            if path.name == "manifest.json" and layout in _DATING:
                data = _strings(json.loads(path.read_text(encoding="utf-8")), respell, keep=frozenset({"file"}))
                path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            elif path.suffix in _ARTICLE_SUFFIXES and path.name != "manifest.json" and path.is_file():
                text = path.read_text(encoding="utf-8")
                path.write_text(_respelled(text, path.suffix, respell), encoding="utf-8", newline="")
        return target
    shutil.copytree(source, target)
    manifests = {m: json.loads(m.read_text(encoding="utf-8")) for m in target.rglob("manifest.json")}
    titles = {(m.parent / a["file"]).resolve(): a.get("title")
              for m, data in manifests.items() for a in data.get("articles", []) if "file" in a}
    for path in sorted(target.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if layout == "debris":
            path.write_text(_with_debris(text, path.relative_to(target).with_suffix("").as_posix()),
                            encoding="utf-8")
        elif layout == "html":
            path.with_suffix(".html").write_text(_page(text, titles.get(path.resolve())), encoding="utf-8")
            path.unlink()
        else:
            path.write_text(TEXT_LAYOUTS[layout](text), encoding="utf-8", newline="")
    if layout == "html":
        for manifest, data in manifests.items():
            for article in data.get("articles", []):
                if str(article.get("file", "")).endswith(".txt"):
                    article["file"] = article["file"][:-4] + ".html"
                    article["format"] = "html"
            manifest.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return target
