"""Dated events: each date mention's clause (subject, predicate, participants), their embeddings,
and the timeline (one entry per event, merged across the outlets that report it)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch import lexicons
from groundwatch.records import ArticleFacts, Claim, CleanArticle, DateMention, TimelineEvent
from groundwatch.stages.embedding import LazyVectors
from groundwatch.stages.reconcile.common import Ctx, dot, parse, repaired_sentences, subject_key
from groundwatch.unionfind import components

#: Without a matching subject, two clauses are about the same thing when they share this many
#: participant nouns ("an embankment north of Brinmouth gave way" / "the river broke through an
#: embankment north of Brinmouth": embankment, Brinmouth).
MIN_SHARED_PARTICIPANTS = 2
#: Timeline: two mentions of one day are one event when their clauses are this close.
TIMELINE_CLAUSE_SIMILARITY = 0.6


@dataclass(frozen=True, slots=True)
class Event:
    mention: DateMention
    article: str
    subject: frozenset[str]
    predicate: str | None
    clause: str
    participants: frozenset[str] = frozenset()  # the nouns and names of the sentence
    sentence: str = ""  # the sentence as cited (repaired where segmentation cut it)
    line: str = ""  # the whole line without the date phrase (for a parse that lost the subject)
    patient: str | None = None  # the verb's particle and the one definite thing acted on: "off search"
    passive: bool = False
    transitive: bool = False  # the verb has a direct object ("moved 500 people", not "moved inland")
    counts: frozenset[tuple[str, float]] = frozenset()  # (kind, value) of the figures inside the clause
    # (lemma, definite) of each common noun the verb acts on: "arrested three managers", "the managers were held"
    acted_on: frozenset[tuple[str, bool]] = frozenset()


def _segment(sentence: str, offset: int) -> tuple[str, int]:
    """The line of ``sentence`` holding ``offset`` (a 'sentence' that runs across paragraph
    breaks is a segmentation error: a headline or caption glued to the lead)."""
    start = sentence.rfind("\n", 0, offset) + 1
    end = sentence.find("\n", offset)
    end = len(sentence) if end < 0 else end
    return sentence[start:end], offset - start


@dataclass(frozen=True, slots=True)
class _Site:
    """A dated clause's place: the date mention, its (repaired) sentence and the line holding it."""

    clean: CleanArticle
    facts: ArticleFacts
    mention: DateMention
    sentence: str
    segment: str
    seg_offset: int
    seg_start: int


def _sites(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> Iterator[_Site]:
    for clean, facts in items:
        starts = {s.index: s.start for s in facts.sentences}
        repaired = repaired_sentences(clean, facts)
        for m in facts.dates:
            # the page's own date line (sentence -1, dropped from the clean text) dates the page, not an
            # event of the story, and has no sentence a timeline entry could cite
            if m.future or not m.date or m.precision not in ("day", "month") or m.span.sentence_index < 0:
                continue
            sentence = m.span.sentence
            if m.span.sentence_index in repaired:
                starts[m.span.sentence_index], sentence = repaired[m.span.sentence_index]
            offset = m.span.start - starts[m.span.sentence_index] if m.span.sentence_index in starts else -1
            if not (0 <= offset < len(sentence)) or not sentence[offset:].startswith(m.text[:3]):
                offset = sentence.find(m.text)
            if offset < 0:
                continue
            sent_start = m.span.start - offset
            segment, seg_offset = _segment(sentence, offset)
            yield _Site(clean, facts, m, sentence, segment, seg_offset, sent_start + offset - seg_offset)


def _compared(sites: Sequence[_Site]) -> list[bool]:
    """Whether any decision may read each site's parse (its subject, predicate, participants, clause).

    Only two passes read them: the date contradictions, which pair clauses of two articles, and the
    timeline, which compares the clauses of one day (and precision). A story whose dated clauses are all
    one article's, at a day no other of its clauses carries, reads none of it: such a site is left
    unparsed (:func:`_unparsed`), which keeps every output and saves a parse per such line (crises-2023:
    7 of 100 lines; more where a run has many single-article stories)."""
    articles = {site.clean.id for site in sites}
    days = Counter((site.mention.date, site.mention.precision) for site in sites)
    return [len(articles) > 1 or days[(site.mention.date, site.mention.precision)] > 1 for site in sites]


def event_segments(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[str]:
    """The lines :func:`find_events` parses (so a caller can parse many stories' in one batch)."""
    sites = list(_sites(items))
    return [site.segment for site, compared in zip(sites, _compared(sites), strict=True) if compared]


def find_events(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[Event]:
    sites = list(_sites(items))
    return [e for site, compared in zip(sites, _compared(sites), strict=True)
            if (e := _event(site) if compared else _unparsed(site)) is not None]


def _date_tokens(doc: Any, site: _Site) -> Any:
    """The tokens of ``site``'s date phrase in ``doc`` (a parse or the bare tokens of its line), or None."""
    tok = doc.char_span(site.seg_offset, min(len(site.segment), site.seg_offset + len(site.mention.text)),
                        alignment_mode="expand")
    return tok if tok is not None and len(tok) else None


def _without(doc: Any, tok: Any) -> str:
    """The line of ``doc`` without the date phrase ``tok``."""
    return "".join(t.text_with_ws for t in doc if not (tok.start <= t.i < tok.end)).strip()


def _unparsed(site: _Site) -> Event | None:
    """The dated clause at a site no decision compares (:func:`_compared`), from the tokenizer alone:
    kept or skipped as :func:`_event` would (both ask the same tokens for the date phrase, and the
    pipeline never retokenizes; only a tagger or parser failing on a line the tokenizer takes would now
    keep it), and shaped as a line without a verb, which no pass compares."""
    from groundwatch import nlp

    try:
        doc = nlp.load().make_doc(site.segment)
    except Exception:  # as in _event: a line the pipeline cannot take is skipped
        return None
    tok = _date_tokens(doc, site)
    if tok is None:
        return None
    return Event(site.mention, site.clean.id, frozenset(), None, site.segment, sentence=site.sentence,
                 line=_without(doc, tok))


def _event(site: _Site) -> Event | None:
    """The dated clause at ``site``: its subject, predicate and participants from the line's parse."""
    clean, facts, m, sentence = site.clean, site.facts, site.mention, site.sentence
    segment, seg_start = site.segment, site.seg_start
    try:
        doc = parse(segment, "event")
    except Exception:  # a segment the parser cannot take is skipped, never the story
        return None
    tok = _date_tokens(doc, site)
    if tok is None:
        return None
    verb = tok.root
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    verb = _set_in(verb)
    line = _without(doc, tok)
    if verb.pos_ != "VERB":
        return Event(m, clean.id, frozenset(), None, segment, sentence=sentence, line=line)
    subj_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    relative = verb.dep_ == "relcl" and subj_tok is not None and subj_tok.tag_ in ("WDT", "WP")
    described_too = None
    if relative:
        # "a ceasefire that began at noon": the relative pronoun stands for the noun the clause describes
        subj_tok = verb.head
        described_too = _governing_noun(verb)
    # A non-finite clause ("..., sending water", "urged X to send") shares its head's
    # subject; a finite one ("after a bridge gave way") has its own, even when the parse
    # lost it, and inheriting the main clause's subject would name the wrong actor.
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ != "conj"
    if subj_tok is None and verb.dep_ in ("conj", "xcomp", "advcl") and not finite:
        subj_tok = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    actors = [(a.span.start - seg_start, a.span.end - seg_start, a.name) for a in facts.actors
              if a.span.sentence_index == m.span.sentence_index]
    subject = subject_key(subj_tok, actors) if subj_tok is not None else frozenset()
    if described_too is not None:
        subject |= {str(described_too.lemma_).lower()}
    # An appositive set off by commas says who a participant is ("X, a reporter for the Echo,"), not what
    # happened: two outlets that tell one arrest in other words describe the person differently too. (Not
    # "the poet X": the parser may make the name itself the appositive.)
    described = {d.i for t in verb.subtree if t.dep_ == "appos" and t.left_edge.i > 0
                 and doc[t.left_edge.i - 1].text == "," for d in t.subtree}
    words = [t.text_with_ws for t in verb.subtree if not (tok.start <= t.i < tok.end) and t.i not in described]
    if relative:  # the clause names what it describes, as a main clause names its subject
        words.insert(0, verb.head.text + " ")
        if described_too is not None:
            words.insert(0, described_too.text + " ")
    # The whole line, since parses misplace subjects; adjectives too, since the tagger
    # reads a noun before another noun as one ("an embankment north of ..."), but not
    # nationalities, which half a story shares.
    participants = frozenset(
        str(t.lemma_).lower() for t in doc
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and not (tok.start <= t.i < tok.end) and not t.is_stop
        and t.is_alpha and len(t) > 2 and t.ent_type_ not in ("DATE", "TIME", "NORP"))
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return Event(m, clean.id, subject, str(verb.lemma_).lower(), "".join(words).strip(),
                 participants, sentence=sentence, line=line, patient=definite_patient(verb, passive), passive=passive,
                 transitive=any(c.dep_ == "dobj" for c in verb.children), counts=_clause_counts(site, verb, tok),
                 acted_on=acted_on(verb, subj_tok, passive))


def _governing_noun(verb: Any) -> Any:
    """The common noun a "which" clause may describe beside the name the parser hung it on ("the last bus from
    Hollenkar, which departed at noon": the bus, not the town): a proper noun that is the object of a preposition
    on a common noun. The parse takes the nearest noun; either may be what the clause tells of, so the subject
    names both. None otherwise."""
    noun = verb.head
    prep = noun.head
    if (noun.pos_ != "PROPN" or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN"
            or not any(c.lower_ == "which" for c in verb.subtree if c.dep_ in ("nsubj", "nsubjpass"))):
        return None
    return prep.head


#: Prepositions that set an act in an event: "freed 19 villagers in an operation that ended on Sunday".
_SETTING_PREPS = frozenset({"in", "during"})
#: The events an act may be set in: the crisis events, violent incidents and military operations (word lists the
#: figures rules keep; general English).
_EVENT_NOUNS = (lexicons.words("event_words", kind="noun") | lexicons.words("figure_words", list="incident")
                | lexicons.words("figure_words", list="operation"))


def _set_in(verb: Any) -> Any:
    """The act a dated relative clause's noun is the setting of ("troops freed 19 villagers, in an operation that
    ended early on Sunday": the freeing), else ``verb``: the day the setting ended or took place dates the act
    told in it, which is what other outlets date."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.lower_ not in _SETTING_PREPS:
        return verb
    act = noun.head.head
    return act if act.pos_ == "VERB" and noun.lemma_.lower() in _EVENT_NOUNS else verb


def _clause_counts(site: _Site, verb: Any, tok: Any) -> frozenset[tuple[str, float]]:
    """The figures (kind, value) the extract stage found inside the dated clause (the verb's words, the date
    phrase aside): "killed 23 people", "killing six". Another event's figure is none of the clause's."""
    inside = [t for t in verb.subtree if not (tok.start <= t.i < tok.end)]
    if not inside:
        return frozenset()
    start = site.seg_start + min(t.idx for t in inside)
    end = site.seg_start + max(t.idx + len(t) for t in inside)
    return frozenset((f.kind, f.value) for f in site.facts.figures
                     if f.value is not None and not f.other_event
                     and f.span.sentence_index == site.mention.span.sentence_index
                     and start <= f.span.start and f.span.end <= end)


#: Determiners that make a noun phrase definite: it names people the story has already told of ("the managers").
_DEFINITE = frozenset({"the", "these", "those"})


def acted_on(verb: Any, subj_tok: Any, passive: bool) -> frozenset[tuple[str, bool]]:
    """(lemma, definite) of each common noun a clause acts on: the object of an active verb ("arrested three
    managers", "two of his managers"), the subject of a passive or the noun a passive relative clause describes
    ("the managers, who were detained"), with their conjuncts ("the director and two managers"). Definite: a
    "the" or a possessive ("his managers")."""
    head = subj_tok if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if head is not None and head.pos_ == "NUM":  # "two of his managers"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if head is None:
        return frozenset()
    return frozenset((str(t.lemma_).lower(), any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
                                                 for c in t.children))
                     for t in (head, *head.conjuncts) if t.pos_ == "NOUN")


def definite_patient(verb: Any, passive: bool) -> str | None:
    """The lemma of the one thing a clause acts on, when a definite singular noun names it: the object of an
    active verb ("the navy called off the search"), the subject of a passive ("the search was called off").
    One act told in both voices shares it; a plural or counted patient ("two men were arrested") may be
    another act of the same kind, so it gives none."""
    tok = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if tok is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")  # "called off", not "called for"
    return f"{particle} {str(tok.lemma_).lower()}".strip()


def clause_vectors(events: Sequence[Event]) -> tuple[LazyVectors[int], LazyVectors[int]]:
    """Embeddings of each event's clause, and of the whole line of those that may have lost their
    subject in the parse (see :func:`~groundwatch.stages.reconcile.contradictions.date_contradictions`),
    by event index. Each is encoded when first read (prefetch the texts a story will compare)."""
    return (LazyVectors({i: e.clause for i, e in enumerate(events)}),
            LazyVectors({i: events[i].line for i in with_lines(events)}))


def with_lines(events: Sequence[Event]) -> list[int]:
    """The events whose whole line may stand in for a clause cut short by the parse."""
    return [i for i, e in enumerate(events)
            if e.predicate and e.line and len(e.participants) >= MIN_SHARED_PARTICIPANTS]


def same_text(a: str, b: str) -> bool:
    """Two clauses of the same words (a copy's): their unit vectors' dot product is 1, over every
    similarity threshold, so the decision needs neither vector."""
    return a == b


def timeline_reads(events: Sequence[Event]) -> set[int]:
    """The events whose clause vectors :func:`timeline` compares: those that share their date (and its
    precision) with an event of other words; a date only one clause carries (or only copies of one
    clause) is an entry of its own, unread."""
    clauses: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in events:
        if e.mention.date:
            clauses[(e.mention.date, e.mention.precision)].add(e.clause)
    return {i for i, e in enumerate(events)
            if e.mention.date and len(clauses[(e.mention.date, e.mention.precision)]) > 1}


def date_claim(m: DateMention, article: str, ctx: Ctx, sentence: str | None = None) -> Claim:
    pub = ctx.published.get(article)
    return Claim(article=article, sentence=sentence or m.span.sentence, value=m.date, outlet=ctx.outlet.get(article),
                 as_of=pub.isoformat() if pub else None, start=m.span.start, end=m.span.end)


_LOWER_WORD_RE = re.compile(r"\b[a-z]{2,}")


def _stamp_only(e: Event) -> bool:
    """A date on a line of no lower-case word ("ORVENNA, March 10 (VNA) -", "UPDATED 9 March"): a dateline or a
    page stamp dates the report, and tells of no event for the timeline. (A headline in capitals goes too: its
    event is told again in the body, in words the timeline can show.)"""
    return not _LOWER_WORD_RE.search(e.line)


def timeline(events: Sequence[Event], vectors: Mapping[int, Sequence[float]], ctx: Ctx) -> list[TimelineEvent]:
    by_date: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.mention.date and not _stamp_only(e):
            by_date[(e.mention.date, e.mention.precision)].append(i)
    out: list[TimelineEvent] = []
    for (date, precision), members in by_date.items():
        def close(i: int, j: int, members: list[int] = members) -> bool:
            a, b = members[i], members[j]
            return (same_text(events[a].clause, events[b].clause)
                    or dot(vectors[a], vectors[b]) >= TIMELINE_CLAUSE_SIMILARITY)

        # Two clauses of one sentence dated alike ("agreed on Saturday ..., four days after ...") would show the same
        # line twice: components whose shortest sentence is the same are one entry.
        merged: dict[str, list[Event]] = {}
        for comp in components(len(members), close):
            evs = [events[members[k]] for k in comp]
            merged.setdefault(min((e.mention.span.sentence for e in evs), key=len).strip(), []).extend(evs)
        for description, evs in merged.items():
            seen: set[tuple[str, str]] = set()
            sources = []
            for e in evs:
                if (e.article, e.mention.span.sentence) not in seen:
                    seen.add((e.article, e.mention.span.sentence))
                    sources.append(date_claim(e.mention, e.article, ctx, e.sentence))
            out.append(TimelineEvent(date=date, precision=precision, description=description,
                                     sources=tuple(sources),
                                     independent_sources=ctx.groups(e.article for e in evs)))
    return sorted(out, key=lambda t: (t.date, -t.independent_sources, t.description))
