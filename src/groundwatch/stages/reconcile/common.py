"""What the reconcile passes share: the story's lookups, one cached parse, and subject names."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from groundwatch.records import ArticleFacts, CleanArticle, Copy
from groundwatch.stages.extract import doc_cache
from groundwatch.stages.reconcile import parse_store

# spaCy entity labels that can be the actor of an event.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"})
WORD_RE = re.compile(r"[\w']+")
#: A date in a sentence that says how long after or before the event it is ("the day after the
#: quake struck", "hours after", "two days since") dates that later moment, never the event itself.
RELATIVE_DAY_RE = re.compile(r"\b(?:day|days|hours?|weeks?|morning|night|evening|months?)\s+(?:after|since|before)\b",
                             re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def caption_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a photo caption's date: a full date with its year that
    closes the sentence after a comma ("... in Tessel, Veloria, March 11, 2031."). It says when the
    picture was taken, not when what the caption describes happened."""
    return (bool(_YEAR_RE.search(sentence[start:end])) and sentence[:start].rstrip().endswith(",")
            and not sentence[end:].strip(" .\u201d\"'"))


#: A date phrase that is only a clock time or a part of day, with the words that place it ("10pm", "shortly
#: after 2 am", "at dawn", "around midnight local time"): it names no day, which the extract stage then infers
#: (from the sentences before, or the publication day), so it states the hour, not the day. General English.
_BARE_TIME_RE = re.compile(
    r"(?:\s|\b(?:at|about|around|approximately|shortly|just|soon|after|before|by|until|till|some|the|of|in|"
    r"local|time|gmt|utc)\b|(?<!\d)\d{1,2}(?:[:.]\d{2})?(?!\d)\s*(?:[ap]\.?m\.?)?|\b(?:morning|afternoon|evening|night|midnight|"
    r"dawn|dusk|noon|daybreak|nightfall|sunrise|sunset)\b|[(),.])+", re.IGNORECASE)


def names_no_day(phrase: str) -> bool:
    """Whether a date phrase is a bare time of day ("10pm", "at dawn"): its day is inferred, not stated."""
    return bool(phrase.strip()) and _BARE_TIME_RE.fullmatch(phrase.strip()) is not None


@dataclass(frozen=True, slots=True)
class Ctx:
    """Per-story lookups shared by the passes."""

    outlet: dict[str, str | None]
    published: dict[str, dt.date | None]
    group_of: dict[str, int]

    def groups(self, article_ids: Iterable[str]) -> int:
        return len({self.group_of.get(a, -1 - i) for i, a in enumerate(article_ids)})


#: Parsed sentences kept per process: the previous ``lru_cache`` bound, several times the sentences
#: one link pass over the dev corpora parses (187 for crises-2023), and small (a sentence's Doc).
PARSE_CACHE_SIZE = 4096
#: Sentences per ``nlp.pipe`` batch when priming; on the 187 sentences crises-2023's link parses,
#: batches of 256 took 2.0-2.5 s against 5.6-6.3 s for one ``nlp()`` call each (and 64: 3.2-3.6 s),
#: with every token's tag, dependency, head, lemma and entity identical.
PARSE_BATCH = 256

# A sentence is parsed on its own unless its asker is served from the article's parse
# (``doc_cache.SERVED_ASKERS``, scored asker by asker in perf4; benchmarks/README.md). The article's Docs
# exist only in the process that analysed it, so the Spark engine's link and a later incremental link or
# relink parse alone and can decide otherwise (they did on none of the nine dev and invented corpora).
# What is stored (parse_store.py) is each sentence's own parse only, so a later link reads it instead of
# parsing again and decides exactly as a link that parses.
_parsed: OrderedDict[str, Any] = OrderedDict()


def _keep(sentence: str, doc: Any) -> None:
    _parsed[sentence] = doc
    while len(_parsed) > PARSE_CACHE_SIZE:
        _parsed.popitem(last=False)


def parse(sentence: str, asker: str | None = None) -> Any:
    """The spaCy parse of a sentence on its own (cached; :func:`prime` fills the cache in batches; within
    :func:`parse_store.persisted`, read from and written to the store). ``asker`` names the decision that
    reads it: an asker in ``doc_cache.SERVED_ASKERS`` gets the sentence's span of its article's Doc
    instead, when ``sentence`` is an article sentence of this process's analysis and its own parse is not
    at hand already (another asker's: serving it then would change what this asker reads and save nothing)."""
    if asker is not None and sentence not in _parsed:
        doc = doc_cache.article_sentence(sentence, asker)
        if doc is not None:
            return doc
    doc = _parsed.get(sentence)
    if doc is None:
        from groundwatch import nlp

        doc = parse_store.stored([sentence], nlp.load().vocab).get(sentence)
        if doc is None:
            doc = nlp.load()(sentence)
            parse_store.save([(sentence, doc)])
        _keep(sentence, doc)
    else:
        _parsed.move_to_end(sentence)
    return doc


def unserved(sentences: Iterable[str], *askers: str) -> Iterator[str]:
    """The ``sentences`` :func:`parse` parses alone for one of ``askers`` at least (those to :func:`prime`)."""
    return (s for s in sentences if any(doc_cache.article_sentence(s, a) is None for a in askers))


def share(parsed: Iterable[tuple[str, Any]], pipeline: Any) -> None:
    """Keep Docs another stage parsed as the cached parses of their texts (and store them within
    :func:`parse_store.persisted`), when ``pipeline`` is the one :func:`parse` uses: the same text then
    gets the same parse (nlp.pipe batches parse as one call each; ``PARSE_BATCH``), so a later
    :func:`parse` of it need not run the parser again. The events stage parses each dated photo
    caption for its extractors, and then asks for some of them again as candidate sentences (3 of the 4
    captions of crises-2023, examples/ and corpus_b..e; benchmarks/bench_reparse.py)."""
    from groundwatch import nlp

    if pipeline is not nlp.load():
        return
    fresh = [(sentence, doc) for sentence, doc in parsed if sentence not in _parsed]
    for sentence, doc in fresh:
        _keep(sentence, doc)
    parse_store.save(fresh)


def clear_cache() -> None:
    """Forget every cached parse and kept article sentence (benchmarks time a run without the previous
    run's parses; a run's link is done)."""
    _parsed.clear()
    doc_cache.forget_sentences()


def prime(sentences: Iterable[str]) -> None:
    """Parse every sentence not cached yet in ``nlp.pipe`` batches, so the passes' later
    :func:`parse` calls are cache hits (a batch parses several times faster than a call each); within
    :func:`parse_store.persisted`, the stored parses are read instead and the new ones stored."""
    from groundwatch import nlp

    todo = list(dict.fromkeys(s for s in sentences if s not in _parsed))[:PARSE_CACHE_SIZE]
    found = parse_store.stored(todo, nlp.load().vocab)
    for sentence, doc in found.items():
        _keep(sentence, doc)
    todo = [s for s in todo if s not in found]
    if not todo:
        return
    parsed: list[tuple[str, Any]] = []
    try:
        for sentence, doc in zip(todo, nlp.load().pipe(todo, batch_size=PARSE_BATCH), strict=True):
            _keep(sentence, doc)
            parsed.append((sentence, doc))
    except Exception:  # a text the parser cannot take fails again in parse(), whose caller handles it
        pass
    parse_store.save(parsed)


#: Sentences of the stories a linking stage handles together: a chunk's parses and vectors must
#: stay cached (``PARSE_CACHE_SIZE``, ``embedding.CACHE_SIZE``) until its stories are done, and
#: batches past a few hundred texts gain little.
CHUNK_SENTENCES = 1024

Members = list[tuple[CleanArticle, ArticleFacts]]


def story_chunks(stories: Sequence[tuple[str, Members]]) -> Iterator[list[tuple[str, Members]]]:
    """Consecutive stories, grouped until their sentences reach :data:`CHUNK_SENTENCES`."""
    chunk: list[tuple[str, Members]] = []
    size = 0
    for sid, members in stories:
        chunk.append((sid, members))
        size += sum(len(f.sentences) for _, f in members)
        if size >= CHUNK_SENTENCES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def story_copies(copies: Sequence[Copy], story_of: dict[str, str]) -> dict[str, list[Copy]]:
    """Each story's copy pairs (both articles in it), in the corpus's order."""
    out: dict[str, list[Copy]] = {}
    for c in copies:
        sid = story_of.get(c.a)
        if sid is not None and story_of.get(c.b) == sid:
            out.setdefault(sid, []).append(c)
    return out


def repaired_sentences(clean: CleanArticle, facts: ArticleFacts) -> dict[int, tuple[int, str]]:
    """Sentences glued back to the words a segmentation error cut off before them.

    A sentence that starts in lower case on the same line as a previous sentence without closing
    punctuation ("Veloria" | "on Sunday called for ...") is the rest of that sentence: the
    parser put a boundary after a sentence-initial name. Returns index -> (start, text) for the
    sentences that change.
    """
    out: dict[int, tuple[int, str]] = {}
    sents = sorted(facts.sentences, key=lambda s: s.start)
    text = clean.text
    for prev, cur in itertools.pairwise(sents):
        start = out.get(prev.index, (prev.start, prev.text))[0]
        gap = text[prev.end:cur.start] if 0 <= prev.end <= cur.start <= len(text) else "\n"
        head = cur.text.lstrip()[:1]
        if (head.isalpha() and head.islower() and "\n" not in gap and not gap.strip()
                and not prev.text.rstrip().endswith((".", "!", "?", ":", ";", '"', "\u201d"))
                and text[start:cur.end].endswith(cur.text)):
            out[cur.index] = (start, text[start:cur.end])
    return out


def subject_key(tok: Any, actors: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """Names for a clause's subject: the actors and entities inside it, else its head word.

    A set, because a subject phrase can name several (a dateline parsed into the subject, an
    apposition): two subjects match when they share a name.
    """
    span = list(tok.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    doc = tok.doc

    def heads_phrase(s: int, e: int) -> bool:
        # A name used as a modifier ("Armenian Prime Minister X", "Azerbaijan's ministry") is not
        # the subject; the name it modifies is.
        sp = doc.char_span(s, e, alignment_mode="expand")
        return sp is None or sp.root.dep_ not in _MODIFIER_DEPS

    names = {name.lower() for a_start, a_end, name in actors
             if a_start < end and start < a_end and heads_phrase(max(0, a_start), a_end)}
    names |= {str(e.text).lower().removeprefix("the ") for e in doc.ents
              if e.start_char < end and start < e.end_char and e.label_ in _ACTOR_LABELS
              and e.root.dep_ not in _MODIFIER_DEPS}
    if names:
        return frozenset(names)
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return frozenset()
    return frozenset({str(tok.lemma_).lower()})


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Subjects share a name; "ararat mirzoyan" matches "mirzoyan", "armenia" not "armenian army"."""
    for x in a:
        for y in b:
            wx, wy = set(WORD_RE.findall(x)), set(WORD_RE.findall(y))
            if x == y or (wx and wy and (wx <= wy or wy <= wx) and (len(wx) > 1 or len(wy) > 1)):
                return True
    return False


def dot(a: Sequence[float], b: Sequence[float]) -> float:
    # the same products summed in the same order as a generator over zip, about twice as fast
    total: float = sum(map(operator.mul, a, b))
    return total
