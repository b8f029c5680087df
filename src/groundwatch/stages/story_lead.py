"""Which sentences make an article's lead for the story embedding (``stories.lead_text``).

The lead is the title and the first ``LEAD_SENTENCES`` sentences of the text (a pasted page's
title line, when the text repeats it, is the first of them). The sentence splitter cuts a
dateline off the sentence it opens ("LIDROW, Tarnessa —", "AMBERLEN, June 12 (TNA) -"): counted
as a lead sentence, the dateline left a pasted page's lead as its headline alone, and a follow-up
under a new headline ("Evacuees start returning to ...") fell below the story's similarity floor.
Broadcast openers ("Good morning.", "Here is the news.") are the same kind of fragment: an
untitled transcript's lead was nothing else. So are a transcript's heading line (the show and its day,
right before the first speaker label) and a host's question ("what do you see?"): invented corpus_q's radio
transcript, led by both, scored 0.41 against its story (threshold 0.45) and 0.47 without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Sentences of the text used as the lead.
LEAD_SENTENCES = 2
#: A sentence of fewer words (split on spaces) does not count as a lead sentence: a dateline, a
#: kicker, a greeting. Five: a town-and-country dateline ("LIDROW, Tarnessa —") has three and a
#: broadcast opener ("Here is the news.") four; a news lead sentence has well over five. Counting a
#: lone dash as no word (so "TOWN, June 12 (AGENCY) -" is a fragment too) moved one undated
#: hard negative of crises-2023 (no manifest, tune) into the story it resembles: left out.
LEAD_MIN_WORDS = 5


#: A transcript's speaker label opening a turn: a name (or surname) in capitals, with an optional role in
#: brackets, and a colon ("JANE ROE (host):", "ROE:"). It says who speaks, not what about: left in, it
#: lengthened the host's greeting into a lead sentence, and a radio transcript's lead was its show name
#: and "Good morning." (corpus_m). Capitals only, so a lead's own "Police said:" is not a label.
_SPEAKER_LABEL_RE = re.compile(r"^[A-Z][A-Z'\u2019.\-]+(?:[ \t]+[A-Z][A-Z'\u2019.\-]+){0,3}"
                               r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]+")


#: A dateline's area: the district, state or province a dateline's town lies in, in brackets before the
#: dateline's colon or dash ("TOWN (Name district):", left as "(Name district):" once the splitter has cut
#: the town off). It says where the town is, not what the article is about: another event in the same area
#: names it in its lead too (corpus_n's look-alike, a crossing accident in the collision's district, had
#: no other story name in its lead). A lowercase area noun last, so an agency credit ("(TNA) -") stays.
_DATELINE_AREA_RE = re.compile(r"\((?:[A-Z][\w'\u2019\-]*[ \t]+){1,3}[a-z]+\)(?=[ \t]*(?::|\u2013|\u2014|-[ \t]))")


#: A recall anchor: a span of hours, days or weeks before "after", "following" or "on from", and the
#: event it counts from, up to the clause's end ("..., a day after the <town> building collapse in <city>";
#: "Coming barely 24 hours after a ferry sank off <town>, ..."; "Hours after the blast in <town>, ...").
#: It places the lead's own event in time against another one; the names it holds are that other event's,
#: not what the lead reports (corpus_s's look-alike, a wall collapse in another city the same week, named
#: the story's district and city in its lead only there and joined the story). Longer spans (months,
#: years) are left in: an anniversary or an aftermath report ("six months after the quake in <town>") is
#: the story's own follow-up, and a look-alike the same week is what a span of days dates. A bare "after
#: the <event>" is left in too: a follow-up's lead says so of its own story ("Funerals after the collapse
#: in <town>"), and so is "the night after": "worked through the night after the collapse in <town>"; so
#: are "since" and "before": "three days since the quake in <town>" counts the story's own time, and "two
#: days before the collapse" tells its own backstory.
_RECALL_RE = re.compile(
    r"\b(?:(?:just|only|barely|nearly|almost|some|about|less[ \t]+than|more[ \t]+than|within)[ \t]+)?"
    r"(?:(?:a|an|one|a[ \t]+few|few|several|two|three|four|five|six|\d{1,2})[ \t]+)?"
    r"(?:hours?|days?|weeks?)[ \t]+"
    r"(?:after|following|on[ \t]+from)[ \t]+[^,.;:!?()\u2013\u2014\n]*", re.IGNORECASE)


def without_recalls(text: str) -> str:
    """``text`` with its recall anchors (``_RECALL_RE``) left out: the names a lead reports, not the event it
    counts its time from."""
    return _RECALL_RE.sub(" ", text)


def without_dateline_area(text: str) -> str:
    """``text`` with a dateline's bracketed area (``_DATELINE_AREA_RE``) left out: the names a lead is about."""
    return _DATELINE_AREA_RE.sub(" ", text)


def _unlabelled(text: str) -> str:
    return _SPEAKER_LABEL_RE.sub("", text, count=1)


def _fold(text: str) -> str:
    return " ".join(text.split()).rstrip(".").casefold()


def _heading_of_turns(text: str, following: str) -> bool:
    """``text`` is a transcript's heading: a line that ends no sentence, right before the first speaker-labelled
    turn. It names the show and its day ("Radio X - Morning Show, transcript, Monday 3 May"), not what is told:
    taken as a lead sentence, it outweighed the host's handover to the scene (corpus_q's radio transcript,
    placed in a story of its own)."""
    return not _SENTENCE_END_RE.search(text) and bool(_SPEAKER_LABEL_RE.match(following))


def lead_sentences(sentences: Iterable[str], title: str = "") -> list[str]:
    """The first ``LEAD_SENTENCES`` sentences, fragments left out (the title line is no fragment)."""
    head = _fold(title)
    out: list[str] = []
    listed = [s.strip() for s in sentences]
    for i, text in enumerate(listed):
        title_line = bool(head) and _fold(text) == head  # a kicker in the title ("LIVE: ...") stays as written
        if not title_line and _heading_of_turns(text, listed[i + 1] if i + 1 < len(listed) else ""):
            continue
        text = text if title_line else _unlabelled(text)
        if not text or (len(text.split()) < LEAD_MIN_WORDS and not title_line):
            continue
        if not title_line and text.endswith("?"):
            continue  # a question asks what the next sentences tell (a host's "what do you see?")
        out.append(text)
        if len(out) == LEAD_SENTENCES:
            break
    return out


#: Question lines (a line of its own ending in "?", of at most ``QUESTION_MAX_WORDS`` words) a text needs
#: to be read as an interview. Three: one or two questions stand in news copy (a quoted question, a
#: reader's question in a box); an interview asks three or more. Set on the invented corpus_i's Q&A (four
#: questions); the texts of corpus_b..i with three such lines are their five interviews (d, f, g, h, i), and
#: only corpus_i's changed story (the others were already placed right). The one value tried.
INTERVIEW_MIN_QUESTIONS = 3
#: A line that ends a sentence (a full stop, a question or exclamation mark, maybe before a closing quote or
#: bracket): an introduction's prose, not a heading, a menu row or a date stamp.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
#: A question line of more words is a paragraph that happens to end in a question, not an interviewer's.
QUESTION_MAX_WORDS = 25


def interview_intro(text: str, title: str = "") -> str | None:
    """An interview's introduction (its paragraphs before the first question, fragments and the title line
    left out), or None when ``text`` is no interview (see ``INTERVIEW_MIN_QUESTIONS``). An interview's first
    sentences are the interviewee's biography; what the interview is about is said at the end of the
    introduction ("We asked her what the cloud means for the town"), so the whole introduction is its lead."""
    lines = [line.strip() for line in text.split("\n")]
    questions = [i for i, line in enumerate(lines) if line.endswith("?") and len(line.split()) <= QUESTION_MAX_WORDS]
    if len(questions) < INTERVIEW_MIN_QUESTIONS:
        return None
    head = _fold(title)
    intro = [line for line in lines[:questions[0]]
             if len(line.split()) >= LEAD_MIN_WORDS and not (head and _fold(line) == head)]
    # A transcript whose host asks in the first turn has no introduction, only a heading line (the show's name
    # and day); taken as the lead, it named nothing the broadcast is about (corpus_q's radio transcript).
    if not any(_SENTENCE_END_RE.search(line) for line in intro):
        return None
    return " ".join(intro)
