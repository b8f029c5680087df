"""What outlets state about a story's event, per article and cited: the table of stated facts.

Each row names a fact (``name``) and its ``field`` (date, actor, other), with every article's value
and the sentence that states it (a :class:`~groundwatch.records.Claim`). A row is ``disputed`` when
two independent articles give values that cannot both hold; a disputed row is also a contradiction.

* **when the event happened** (date): the day a sentence gives to the event's onset, in one of
  three general English forms: an onset verb whose subject or agent names the event ("the first
  earthquake struck at 4:17am on Monday"), a date that a "when" clause describes ("since Sunday
  evening, when the region was struck by a quake"), or a possessive day before the event's noun
  ("Monday's quake"). Not when the sentence dates something else relative to the event ("the day
  after the quake struck"), nor a photo caption's closing date, nor when the date phrase is a bare time of
  day ("began shortly after 10pm": the day is the extract stage's inference; the time is still a claim).
  An article giving two onset days itself is left out of the dispute.
* **time of day** (other): a clock time or part of day in such a sentence ("4:17am", "evening").
* **responsibility** (actor): who claimed or denied it (:mod:`.responsibility`).
* **speaker's role** (other): the role or title an article gives a quoted person; disputed when
  two articles' roles for one person share no word ("foreign minister" / "prime minister" share
  one: not disputed, since outlets shorten titles) and neither is a bare rank ("Commander" / "coastguard
  spokesperson": one officer's grade and job).
* **figure credited to** (actor): the body each article credits its headline count of a kind to.
* **who the dead were** (other): the groups the killed are counted as (civilians, soldiers).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from groundwatch import lexicons
from groundwatch.records import (
    ArticleFacts,
    Claim,
    CleanArticle,
    Contradiction,
    DateMention,
    KeyFigure,
    StatedFact,
)
from groundwatch.stages.reconcile.common import RELATIVE_DAY_RE, WORD_RE, Ctx, caption_date, names_no_day, parse
from groundwatch.stages.reconcile.responsibility import responsibility_claims

_CLOCK_RE = re.compile(r"\b(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_PART_OF_DAY_RE = re.compile(r"\b(morning|afternoon|evening|night|midnight|dawn|noon)\b", re.IGNORECASE)
#: Groups the dead are counted as that say who the victims were (civilian or armed).
_VICTIM_GROUPS = frozenset({"civilian", "soldier", "fighter", "militant", "troop", "officer", "policeman",
                            "police", "rebel", "combatant", "serviceman", "child", "woman", "worker"})


def _words(kind: str) -> frozenset[str]:
    return lexicons.words("event_words", kind=kind)


def _names_event(tokens: Iterable[Any], nouns: frozenset[str]) -> bool:
    return any(str(t.lemma_).lower() in nouns or t.lower_ in nouns for t in tokens)


def _parsed_onset(sentence: str, start: int, end: int) -> bool:
    """Whether :func:`_onset_day` parses ``sentence`` for the date at ``start:end`` (a relative day or a
    photo caption's date is decided without it)."""
    return not (RELATIVE_DAY_RE.search(sentence) or caption_date(sentence, start, end))


def _possessive_tail(sentence: str, end: int) -> str | None:
    """The words after a date's "'s" ("Monday's 7.8-magnitude quake"), which :func:`_onset_day` parses."""
    after = sentence[end:end + 40]
    return after[3:] if re.match(r"(?:'s|\u2019s)\s", after) else None


def _onset_day(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``sentence`` dates the onset of the event it names."""
    if not _parsed_onset(sentence, start, end):
        return False
    doc = parse(sentence, "onset")
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns, onset = _words("noun"), _words("onset")
    tail = _possessive_tail(sentence, end)
    if tail is not None and _names_event(parse(tail)[:4], nouns):
        return True  # "Monday's 7.8-magnitude quake"
    root = span.root
    for child in root.children:  # "Sunday evening, when the region was struck by a quake"
        if child.dep_ == "relcl" and any(t.lower_ == "when" for t in child.children) \
                and str(child.lemma_).lower() in onset and _names_event(child.subtree, nouns | {"region", "area"}):
            return True
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if str(verb.lemma_).lower() not in onset:
        return False
    actors = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree]
    if verb.dep_ == "relcl":  # "an earthquake that struck Friday night": the noun the clause describes
        actors.append(verb.head)
    return _names_event(actors, nouns | _words("structure"))


#: A sentence that says the time of the event is disputed: a verb of disputing and "when" or "timing" ("Police
#: disputed the organisers' account of when the crush began", "the two sides differ on the timing of the blast").
#: General English; written from the invented corpus_p's blind run (one case).
_TIME_DISPUTE_RE = re.compile(r"\b(?:disput|contest|challeng|differ|contradict|question)\w*\b[^.;]*\b(?:when|timing)\b",
                              re.IGNORECASE)
#: A clock time right before the date ("at 12.40 am on Saturday"): the hour a side of the dispute gives.
_CLOCKED_RE = re.compile(_CLOCK_RE.pattern + r"\s*(?:on\s+|,\s*)?$", re.IGNORECASE)


def _disputed_time(facts: ArticleFacts, m: DateMention, start: int) -> bool:
    """Whether the date, given with its clock time, answers a dispute over when the event happened that its own
    sentence or the one before states, naming the event ("Police disputed the account of when the crush began.
    The superintendent said the first call came at 12.40 am on Saturday."): a side's time of the event's onset,
    whatever verb its sentence uses."""
    if not _CLOCKED_RE.search(m.span.sentence[max(0, start - 20):start]):
        return False
    nouns = _words("noun")
    texts = {s.index: s.text for s in facts.sentences}
    for i in (m.span.sentence_index, m.span.sentence_index - 1):
        text = texts.get(i, "")
        if (d := _TIME_DISPUTE_RE.search(text)) and _names_event(parse(text[d.start():], "onset"), nouns):
            return True
    return False


def _time_of_day(text: str) -> str | None:
    m = _CLOCK_RE.search(text) or _PART_OF_DAY_RE.search(text)
    return m.group(1).lower() if m else None


def _days(facts: ArticleFacts) -> Iterator[tuple[DateMention, int, int]]:
    """The article's past dates of a day, each with its offsets in its sentence: the onset's candidates."""
    starts = {s.index: s.start for s in facts.sentences}
    for m in facts.dates:
        if m.future or not m.date or m.precision != "day" or m.span.sentence_index not in starts:
            continue
        s0 = starts[m.span.sentence_index]
        yield m, m.span.start - s0, m.span.end - s0


def onset_sentences(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[str]:
    """The texts :func:`stated_facts` parses (so a caller can parse many stories' in one batch): every
    story's, where the dated lines of the timeline are only the compared ones (crises-2023: 6 sentences
    were parsed one call each, at about three times a batched parse's CPU)."""
    out = []
    for _, facts in items:
        for m, start, end in _days(facts):
            if _parsed_onset(m.span.sentence, start, end):
                out.append(m.span.sentence)
                tail = _possessive_tail(m.span.sentence, end)
                if tail is not None:
                    out.append(tail)
    return out


def _onsets(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx) -> tuple[list[Claim], list[Claim]]:
    """(day claims, time-of-day claims) of the event's onset, one per article and value."""
    days: dict[tuple[str, str], Claim] = {}
    times: dict[tuple[str, str], Claim] = {}
    for clean, facts in items:
        for m, start, end in _days(facts):
            if not m.date or not (_onset_day(m.span.sentence, start, end) or _disputed_time(facts, m, start)):
                continue
            # "began shortly after 10pm": the hour is stated, its day only inferred by the extract stage
            if not names_no_day(m.text):
                days.setdefault((clean.id, m.date), Claim(article=clean.id, sentence=m.span.sentence, value=m.date,
                                                          outlet=ctx.outlet.get(clean.id), start=m.span.start,
                                                          end=m.span.end))
            tod = _time_of_day(m.text)
            if tod:
                times.setdefault((clean.id, tod), Claim(article=clean.id, sentence=m.span.sentence, value=tod,
                                                        outlet=ctx.outlet.get(clean.id), start=m.span.start,
                                                        end=m.span.end))
    return list(days.values()), list(times.values())


def _disputed(claims: Sequence[Claim], ctx: Ctx, differ: Callable[[str, str], bool] | None = None) -> bool:
    """Two independent articles give values that differ (each article consistent with itself)."""
    per_article: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        per_article[c.article].add(str(c.value))
    single = {a: next(iter(v)) for a, v in per_article.items() if len(v) == 1}
    for a in single:
        for b in single:
            if a < b and ctx.group_of.get(a, -1) != ctx.group_of.get(b, -2) and (
                    differ(single[a], single[b]) if differ else single[a] != single[b]):
                return True
    return False


#: A job word's gendered and neutral forms ("spokeswoman", "spokesman", "spokesperson"; "chairwoman",
#: "chairperson"): one job, as one outlet edits the form another used. A stem of four letters or more, so a
#: word that merely ends in "man" ("German", "human") is left as it is. General English, not tuned.
_GENDERED_JOB_RE = re.compile(r"^(\w{4,}?)(?:wo)?(?:man|men|person|persons|people)$")


def _role_words(role: str) -> set[str]:
    return {_GENDERED_JOB_RE.sub(r"\1person", w) for w in WORD_RE.findall(role.lower())}


def _no_shared_word(a: str, b: str) -> bool:
    return not (_role_words(a) & _role_words(b))


#: Ranks and grades (roles.tsv kind "rank"): held beside any job, as one officer is "Commander" to one outlet
#: and "coastguard spokesperson" to another (the invented corpus_f's blind run).
_RANKS = lexicons.words("roles", kind="rank")


def _rival_roles(a: str, b: str) -> bool:
    """Two roles of one person that cannot both hold: they share no word and neither is a bare rank."""
    return _no_shared_word(a, b) and not any(set(WORD_RE.findall(r.lower())) <= _RANKS for r in (a, b))


def _roles(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx) -> dict[str, list[Claim]]:
    out: dict[str, dict[tuple[str, str], Claim]] = defaultdict(dict)
    for clean, facts in items:
        for q in facts.quotes:
            # Only a role the cited sentence itself gives: one resolved from another sentence is
            # the article's reading of "he", not a title it states there.
            if (q.speaker and q.speaker_role and q.speaker_kind in (None, "person") and len(q.speaker.split()) > 1
                    and q.speaker_role.lower() in q.span.sentence.lower()):
                out[q.speaker][(clean.id, q.speaker_role.lower())] = Claim(
                    article=clean.id, sentence=q.span.sentence, value=q.speaker_role,
                    outlet=ctx.outlet.get(clean.id), start=q.span.start, end=q.span.end)
    return {k: list(v.values()) for k, v in out.items()}


def _victims(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx) -> list[Claim]:
    out: dict[tuple[str, str], Claim] = {}
    for clean, facts in items:
        for f in facts.figures:
            who = (f.who or "").lower().split()
            group = who[-1].rstrip("s") if who else ""
            if f.kind == "killed" and group in _VICTIM_GROUPS and not f.other_event:
                out.setdefault((clean.id, group), Claim(article=clean.id, sentence=f.span.sentence, value=group,
                                                        outlet=ctx.outlet.get(clean.id), start=f.span.start,
                                                        end=f.span.end))
    return list(out.values())


def _credited(key_figures: Sequence[KeyFigure]) -> list[StatedFact]:
    out = []
    for k in key_figures:
        claims = tuple(Claim(article=c.article, sentence=c.sentence, value=c.source_body, outlet=c.outlet,
                             as_of=c.as_of, start=c.start, end=c.end) for c in k.claims if c.source_body)
        if claims:
            out.append(StatedFact(name=f"{k.kind} figure credited to", field="actor", claims=claims))
    return out


def stated_facts(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx, story_id: str,
                 key_figures: Sequence[KeyFigure] = ()) -> tuple[list[StatedFact], list[Contradiction]]:
    """The story's stated-facts table and the contradictions among its disputed rows."""
    days, times = _onsets(items, ctx)
    rows: list[StatedFact] = []
    if days:
        rows.append(StatedFact("when the event happened", "date", tuple(days), _disputed(days, ctx)))
    if times:
        rows.append(StatedFact("time of day of the event", "other", tuple(times)))
    claimed = responsibility_claims(items, ctx)
    if claimed:
        rows.append(StatedFact("responsibility", "actor", tuple(claimed)))
    for speaker, claims in sorted(_roles(items, ctx).items()):
        if len({c.article for c in claims}) > 1:
            rows.append(StatedFact(f"role of {speaker}", "other", tuple(claims),
                                   _disputed(claims, ctx, _rival_roles)))
    rows += _credited(key_figures)
    victims = _victims(items, ctx)
    if victims:
        rows.append(StatedFact("who the dead were", "other", tuple(victims)))
    conflicts = [Contradiction(field=r.field, about=r.name, claims=r.claims, story=story_id)
                 for r in rows if r.disputed]
    return rows, conflicts

