"""Which articles repeat another's reporting text, and which articles are independent.

Two outlets quoting the same speech have not copied each other: quotations are what people
said, the *reporting text* around them is what journalists wrote. So the text inside quotation
marks is replaced by a barrier first, and only the words outside quotes are compared:

1. candidates: every reporting sentence is MinHashed (word 3-gram shingles, ``datasketch``) and
   cut into the bands ``datasketch.MinHashLSH`` would use; two articles become a candidate pair
   when any of their sentences share a band (cheap, and it scales to thousands of articles).
   The band keys are kept in the store (``copy_index``), so a new article is compared only
   with the stored articles it shares a bucket with (:func:`copies_against`);
2. confirmation: word 4-grams shared by the two articles mark the words of each that the
   other repeats; runs of marked words (allowing a word or two substituted by a rewrite, as
   "guaranteeing" -> "ensuring") that are at least ``MIN_PASSAGE_TOKENS`` long are copied
   passages, and the pair is a copy when the passages add up to ``MIN_COPIED_TOKENS`` *and*
   the copying is more than stock clauses (:func:`_more_than_a_clause`): ``MIN_PASSAGES`` passages or more on
   both sides, or one long run on both, or one passage that is a whole reporting unit (all the
   reporting words of a sentence, such as the attribution after a shared quotation). One or two shared
   stock clauses (the wire's standing description of a conflict's leaders, a disaster agency's
   full name followed by "says the death toll from") are how two independent versions of a story
   coincide; a copy repeats four passages or more, or a whole sentence.
3. background: words an article files under its own background heading (a line "Background",
   "Context": the paragraphs every outlet re-uses about a war, its running toll, a truce's terms)
   are stock context, not reporting. Passages lying there are left out of the confirmation, so
   two reports that share only that section (an analysis repeating the wire's background
   paragraph) are not copies (:func:`_background_spans`).

The copy graph's connected components are the *independence groups*: every corroboration
count in groundwatch counts groups, not articles, so a wire story re-run by ten outlets counts
once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from datasketch import MinHash, MinHashLSH

from groundwatch.records import CleanArticle, Copy, Corpus
from groundwatch.stages.registry import stage
from groundwatch.unionfind import UnionFind

__all__ = ["article_keys", "band_keys", "candidate_pairs", "confirm_pair", "copies_against", "copies_and_keys",
           "copy_stage", "find_copies", "independence_groups", "reporting_units"]

#: Shortest run of repeated reporting words that counts as a copied passage. Titles and names
#: repeat by coincidence between independent outlets ("US Secretary of State <first> <last>
#: who" is 7 words, "<nationality> Foreign Minister <first> <last> said" is 6); on the dev
#: corpus the longest coincidental run between independent articles is 6 words and the shortest
#: real copied passage is 9, so 8 sits in the gap.
MIN_PASSAGE_TOKENS = 8
#: Copied words (sum over passages) that make a pair a copy: about half a news sentence
#: (English news sentences average 20-25 words). Dev copies share 18 and 22 words; independent
#: pairs share no passage at all.
MIN_COPIED_TOKENS = 12
#: Passages each side must show for the pair to be a copy by their number alone. Every multi-passage
#: gold copy of the tune sets (crises-2023 tune part, karabakh-2023) and of the invented corpora b..m
#: (18 pairs) shows 4-10 on each side. Two independent follow-ups can share two stock clauses (a body's
#: full name before its attribution and the next count, the standard wording of a criminal inquiry:
#: invented corpus_m, 10 and 11 words a side, the one non-copy pair of the ~1,000 pairs of those sets with two
#: passages on both sides; every other shares at most one on a side, or three on one side only, corpus_j).
#: 3 sat between the two stock clauses and the shortest multi-passage copy, until the invented corpus_r's live
#: page and rights report shared three short ones on both sides (8, 9 and 14 words: a heading naming the
#: place, a body's full name, a convoy turned back: 0.11 of the shorter text), not a copy. Re-measured on
#: the gate's corpora (crises-2023 tune, karabakh-2023, examples, b..r: 28 copy pairs of 3+ passages), the
#: fewest passages a copy shows on its poorer side is 4 (five pairs): so 4, with no margin on the copy side.
MIN_PASSAGES = 4
#: ... or the length of one passage, on both sides, that is a copy alone (a reused sentence). Tune
#: sets: the lone passage between non-copies is at most 13 words (1 pair: crises-2023 c03), between
#: copies 18 and 25 (karabakh-2023, crises-2023 c04): 18 is the shortest copy seen. Held-out
#: crises-2023 has a 17-word stock clause between non-copies (and 12, 15): the margin is a word.
MIN_LONG_RUN = 18
#: ... or the share of its reporting unit a passage covers on one side to count as a whole copied
#: unit (karabakh-2023: a 13-word attribution after a shared quotation, 13 of 13 words). Stock
#: clauses cover at most 0.75 of their unit on the tune sets (0.85 on held-out crises-2023).
WHOLE_UNIT_SHARE = 0.95
#: A line that is only a background heading: a wire's "BACKGROUND" or "Context:" above the stock paragraphs
#: about the conflict. General newsroom headings, not tuned on any set (corpus_j's wire has one; no
#: other gated invented corpus, examples or the tune sets have such a line).
_BACKGROUND_HEADING_RE = re.compile(
    r"^[ \t]*(?:some[ \t]+|the[ \t]+)?(?:background(?:er)?|context|backstory)[ \t]*[:.\-\u2013\u2014]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
#: A background section runs to the next heading: a line of at most this many words with no closing
#: sentence punctuation (headings are short; a paragraph is a sentence or more). Not tuned.
MAX_HEADING_WORDS = 6
_HEADING_LINE_RE = re.compile(rf"^[ \t]*(?:[^\s.!?]+[ \t]+){{0,{MAX_HEADING_WORDS - 1}}}[^\s.!?]+[ \t]*$",
                              re.MULTILINE)
#: Words a rewrite may substitute inside a copied passage without breaking it ("tasked with
#: guaranteeing the truce" -> "tasked with ensuring the truce"). Two keeps the run a run while a
#: real change of subject (a new clause) still breaks it.
MAX_GAP_TOKENS = 2
#: Shingle size for confirmation: 4 words is short enough to survive light rewriting and long
#: enough that function-word 4-grams ("in the north of") rarely make a run of 8 on their own.
CONFIRM_SHINGLE = 4
#: Candidate generation: sentence shingles of 3 words, LSH at Jaccard 0.2. A sentence rewritten
#: around one copied clause keeps a Jaccard of about 0.3 (measured on dev), so 0.2 keeps it as
#: a candidate; false candidates only cost one confirmation.
LSH_SHINGLE = 3
LSH_THRESHOLD = 0.2
LSH_NUM_PERM = 128
#: Reporting sentences shorter than this are not indexed (bylines, "he said").
MIN_UNIT_TOKENS = 5

_Member = TypeVar("_Member", int, str)

# Double quotes and guillemets of any typography, and single curly quotes used as quotation
# marks (an opening one after a space, a closing one not followed by a letter, so "Baku’s"
# stays). An opening mark with no closing mark in its paragraph quotes to the paragraph's end.
_QUOTE_RE = re.compile(
    r"[\"“”„«»][^\"“”„«»\n]*(?:[\"“”„«»]|(?=\n)|$)"
    r"|(?<![\w])[‘'][^‘’'\n]{1,400}?[’'](?![\w])"
)
# Sentence punctuation ends a unit only before a space (so "3.5" and "U.S." do not).
_BARRIER_RE = re.compile(r"[.!?;:](?=[\s\x00]|$)|[\n\x00]")
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[.'’\x01][A-Za-z0-9]+)*")
# "U.S." and "US" (and "U.N."/"UN") must compare equal across house styles: the dots of an
# initialism are hidden from the barrier and dropped from the word.
_INITIALISM_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_ABBREV_RE = re.compile(r"[.\x01]")


#: Articles whose tokens a full link keeps while confirming candidate pairs (in (i, j) order, so
#: an article's tokens serve its run of pairs). 1,024 articles of ~250 words are ~45 MB whatever the
#: store's size. Chosen on bench_memory's 1,000-article store (one case): with a cache of 256 its
#: pairs' confirmation re-tokenised so often that the stage took 50% longer; 1,024 holds them all.
CONFIRM_TOKEN_CACHE = 1024


@dataclass(frozen=True, slots=True)
class _Token:
    word: str
    start: int
    end: int
    unit: int  # index of the reporting unit (text between quotes and sentence breaks)


def _mask_quotes(text: str) -> str:
    """The text with quoted words replaced by NUL barriers (same length: offsets still hold)."""
    return _QUOTE_RE.sub(lambda m: "\x00" * len(m.group(0)), text)


def reporting_units(text: str) -> list[list[tuple[str, int, int]]]:
    """Split a clean text into runs of reporting words outside quotations.

    Args:
        text: the clean article text.

    Returns:
        One list per unit (a stretch between quotations and sentence punctuation) of
        ``(normalised word, start, end)`` with offsets into ``text``.
    """
    masked = _INITIALISM_RE.sub(lambda m: m.group(0).replace(".", "\x01"), _mask_quotes(text))
    units: list[list[tuple[str, int, int]]] = []
    pos = 0
    for m in itertools.chain(_BARRIER_RE.finditer(masked), [None]):
        end = m.start() if m is not None else len(masked)
        words = [(_ABBREV_RE.sub("", w.group(0).lower()).replace("’", "'"), pos + w.start(), pos + w.end())
                 for w in _TOKEN_RE.finditer(masked[pos:end])]
        if words:
            units.append(words)
        pos = m.end() if m is not None else len(masked)
    return units


def _tokens(text: str) -> list[_Token]:
    return [_Token(w, s, e, i) for i, unit in enumerate(reporting_units(text)) for (w, s, e) in unit]


#: A text's word k-grams, each with the token indices it starts at.
_Grams = dict[tuple[str, ...], list[int]]


def _shingles(tokens: Sequence[_Token], k: int) -> _Grams:
    out: _Grams = {}
    for i in range(len(tokens) - k + 1):
        if tokens[i].unit != tokens[i + k - 1].unit:
            continue
        out.setdefault(tuple(t.word for t in tokens[i:i + k]), []).append(i)
    return out


@dataclass(frozen=True, slots=True)
class _Passage:
    text: str  # as written in the article
    start: int  # its offset in the article's text
    words: int
    unit_words: int  # words of the reporting unit it lies in


def _passages(a: Sequence[_Token], b: Sequence[_Token], text_a: str,
              shingles: tuple[_Grams, _Grams] | None = None) -> list[_Passage]:
    """Passages of ``a`` (as written in ``text_a``) that ``b`` repeats (``shingles``: those of ``a``
    and ``b``, when the caller has them: a pair is compared both ways)."""
    grams_a, shared = shingles or (_shingles(a, CONFIRM_SHINGLE), _shingles(b, CONFIRM_SHINGLE))
    covered = [False] * len(a)
    for gram, starts in grams_a.items():
        if gram in shared:
            for i in starts:
                for j in range(i, i + CONFIRM_SHINGLE):
                    covered[j] = True
    runs: list[tuple[int, int]] = []  # [first, last] token indices
    for i, cov in enumerate(covered):
        if not cov:
            continue
        if runs and a[runs[-1][1]].unit == a[i].unit and i - runs[-1][1] - 1 <= MAX_GAP_TOKENS:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    unit_words = Counter(t.unit for t in a)
    return [_Passage(text_a[a[s].start:a[e].end], a[s].start, e - s + 1, unit_words[a[s].unit])
            for s, e in runs if e - s + 1 >= MIN_PASSAGE_TOKENS]


@functools.lru_cache(maxsize=256)
def _background_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the sections ``text`` heads as background: from a background heading
    line to the next heading line, or the end."""
    spans = []
    for m in _BACKGROUND_HEADING_RE.finditer(text):
        nxt = next((h for h in _HEADING_LINE_RE.finditer(text, m.end()) if h.group(0).strip()), None)
        spans.append((m.end(), nxt.start() if nxt is not None else len(text)))
    return tuple(spans)


def _reporting(passages: list[_Passage], text: str) -> list[_Passage]:
    """The passages that do not lie in the article's own background section (:func:`_background_spans`)."""
    spans = _background_spans(text)
    return [p for p in passages if not any(s <= p.start < e for s, e in spans)] if spans else passages


def _n_words(passages: Sequence[_Passage]) -> int:
    return sum(p.words for p in passages)


def _more_than_a_clause(from_a: Sequence[_Passage], from_b: Sequence[_Passage]) -> bool:
    """Several passages on both sides, one long run on both, or one whole reporting unit on either."""
    if len(from_a) >= MIN_PASSAGES and len(from_b) >= MIN_PASSAGES:
        return True
    if any(p.words >= MIN_LONG_RUN for p in from_a) and any(p.words >= MIN_LONG_RUN for p in from_b):
        return True
    return any(p.words >= WHOLE_UNIT_SHARE * p.unit_words for p in (*from_a, *from_b))


@functools.cache
def _permutations() -> Any:
    # The (a, b) parameters MinHash(seed=1) draws from a fresh RandomState: the same for every sketch,
    # and drawing them was ~70% of a sketch's cost (3,068 units of 142 articles: 0.52 of 0.74 s CPU).
    return MinHash(num_perm=LSH_NUM_PERM, seed=1).permutations


def _minhash(words: Sequence[str]) -> MinHash:
    # scheme: the default one, named because datasketch asks for it when the permutations are given
    mh = MinHash(num_perm=LSH_NUM_PERM, seed=1, permutations=_permutations(), scheme="affine32")
    grams = [" ".join(words[i:i + LSH_SHINGLE]) for i in range(max(1, len(words) - LSH_SHINGLE + 1))]
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


@functools.cache
def _bands() -> tuple[tuple[int, int], ...]:
    # The (start, end) slices of the signature that datasketch's LSH would band it into for this
    # threshold; two units are candidates when any band's slice is equal, as in MinHashLSH.
    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=LSH_NUM_PERM).hashranges)


def _band_key(band: int, values: Any) -> int:
    # A signed 64-bit digest of the band's slice, so the bucket fits an SQLite INTEGER (the
    # persisted index, store.copy_index); a false collision costs one confirmation, nothing more.
    digest = hashlib.blake2b(band.to_bytes(2, "little") + values.tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def band_keys(tokens: Sequence[_Token]) -> frozenset[int]:
    """The LSH bucket keys of an article's reporting units (its entries in the candidate index)."""
    keys: set[int] = set()
    for _unit, group in itertools.groupby(tokens, key=lambda t: t.unit):
        words = [t.word for t in group]
        if len(words) < MIN_UNIT_TOKENS:
            continue
        values = _minhash(words).hashvalues
        keys.update(_band_key(b, values[start:end]) for b, (start, end) in enumerate(_bands()))
    return frozenset(keys)


def _candidates(keys: Sequence[frozenset[int]]) -> set[tuple[int, int]]:
    buckets: dict[int, list[int]] = {}
    for ai, keys_of in enumerate(keys):
        for key in keys_of:
            buckets.setdefault(key, []).append(ai)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        pairs.update(candidate_pairs(members))
    return pairs


def candidate_pairs(bucket: Sequence[_Member]) -> list[tuple[_Member, _Member]]:
    """The candidate pairs of one LSH bucket's members (each pair once, in sorted order)."""
    return list(itertools.combinations(sorted(set(bucket)), 2))


def article_keys(article: CleanArticle) -> frozenset[int]:
    """An article's LSH bucket keys (:func:`band_keys` of its reporting words): the rows a
    distributed engine joins on to find the candidate pairs :func:`find_copies` finds."""
    return band_keys(_cached_tokens(article.text))


def confirm_pair(x: CleanArticle, y: CleanArticle) -> Copy | None:
    """The copy two candidate articles form, confirmed exactly as :func:`find_copies` does (None: no copy)."""
    return _confirm(x, _cached_tokens(x.text), y, _cached_tokens(y.text))


# A worker confirming a bucket's pairs meets the same article in several of them.
@functools.lru_cache(maxsize=256)
def _cached_tokens(text: str) -> tuple[_Token, ...]:
    return tuple(_tokens(text))


def _published(article: CleanArticle) -> dt.date | None:
    # A date borrowed from the article's story (stages/story_dates.py) says nothing about who wrote first.
    if article.published_origin == "story":
        return None
    return article.published or article.article.published


def find_copies(articles: Sequence[CleanArticle]) -> tuple[Copy, ...]:
    """Find pairs of articles where one repeats the other's reporting text beyond quotations.

    Args:
        articles: the clean articles of a batch (any number; order does not matter).

    Returns:
        One :class:`Copy` per copying pair. When both publication dates are known and differ,
        ``a`` is the earlier article and ``directed`` is true; otherwise ``a``/``b`` are in id
        order and the copy is undirected. ``similarity`` is the share of the shorter article's
        reporting words that lie in copied passages; ``passages`` are quoted from
        the side where they are shortest.
    """
    return copies_and_keys(articles)[0]


def copies_and_keys(articles: Sequence[CleanArticle]) -> tuple[tuple[Copy, ...], dict[str, frozenset[int]]]:
    """:func:`find_copies`, plus each article's bucket keys (to persist as the candidate index)."""
    # Tokens are made per article when needed (its keys, then its candidate pairs, through a
    # bounded cache) rather than kept for every article at once: ~170 bytes a word, hundreds of MB
    # on a store of thousands of articles. Tokenising is deterministic: the same pairs and copies.
    # The keys go through the same cache, so a candidate among the last CONFIRM_TOKEN_CACHE articles
    # keyed is not tokenised a second time for its pairs.
    tokens = functools.lru_cache(maxsize=CONFIRM_TOKEN_CACHE)(lambda i: tuple(_tokens(articles[i].text)))
    keys = [band_keys(tokens(i)) for i in range(len(articles))]
    found = (_confirm(articles[i], tokens(i), articles[j], tokens(j)) for i, j in sorted(_candidates(keys)))
    copies = tuple(sorted((c for c in found if c is not None), key=lambda c: (c.a, c.b)))
    return copies, {a.id: k for a, k in zip(articles, keys, strict=True)}


def copies_against(fresh: Sequence[CleanArticle], candidates: Callable[[frozenset[int]], set[str]],
                   load: Callable[[Sequence[str]], Sequence[CleanArticle]]
                   ) -> tuple[tuple[Copy, ...], dict[str, frozenset[int]]]:
    """The copy pairs that ``fresh`` articles form, with each other and with indexed ones.

    The incremental form of :func:`find_copies` (pipeline.link on a store that already has a
    picture): ``candidates(keys)`` answers which indexed articles share a bucket key, ``load``
    fetches those articles. Pairs are confirmed exactly as :func:`find_copies` confirms them, so
    the copies of an incremental link equal those of a full one. Returns the copies and every
    fresh article's bucket keys, to be added to the index.
    """
    tokens = {a.id: _tokens(a.text) for a in fresh}
    keys = {a.id: band_keys(tokens[a.id]) for a in fresh}
    fresh_ids = set(keys)
    pairs = {(fresh[i].id, fresh[j].id) for i, j in _candidates([keys[a.id] for a in fresh])}
    wanted: dict[str, set[str]] = {}
    for a in fresh:
        for other in candidates(keys[a.id]) - fresh_ids:
            wanted.setdefault(other, set()).add(a.id)
    by_id = {a.id: a for a in fresh}
    for old in load(sorted(wanted)):
        by_id[old.id] = old
        tokens[old.id] = _tokens(old.text)
        pairs.update((new, old.id) for new in wanted[old.id])
    found = (_confirm(by_id[x], tokens[x], by_id[y], tokens[y]) for x, y in sorted(pairs) if x != y)
    return tuple(sorted((c for c in found if c is not None), key=lambda c: (c.a, c.b))), keys


def _confirm(art_x: CleanArticle, tok_x: Sequence[_Token], art_y: CleanArticle, tok_y: Sequence[_Token]
             ) -> Copy | None:
    if art_x.id == art_y.id:
        return None
    (first, t_first), (second, t_second) = sorted(((art_x, tok_x), (art_y, tok_y)), key=lambda p: p[0].id)
    d1, d2 = _published(first), _published(second)
    directed = d1 is not None and d2 is not None and d1 != d2
    if directed and d1 is not None and d2 is not None and d2 < d1:
        (first, t_first), (second, t_second) = (second, t_second), (first, t_first)
    g_first, g_second = _shingles(t_first, CONFIRM_SHINGLE), _shingles(t_second, CONFIRM_SHINGLE)
    from_b = _reporting(_passages(t_second, t_first, second.text, (g_second, g_first)), second.text)
    from_a = _reporting(_passages(t_first, t_second, first.text, (g_first, g_second)), first.text)
    # Conservative: both sides must show the copied words (a phrase repeated many times on
    # one side only inflates that side's count).
    copied = min(_n_words(from_a), _n_words(from_b))
    passages = from_b if _n_words(from_b) <= _n_words(from_a) else from_a
    if copied < MIN_COPIED_TOKENS or not _more_than_a_clause(from_a, from_b):
        return None
    shorter = max(1, min(len(t_first), len(t_second)))
    return Copy(a=first.id, b=second.id, similarity=round(min(1.0, copied / shorter), 4),
                passages=tuple(p.text for p in passages), directed=directed)


def independence_groups(article_ids: Sequence[str], copies: Sequence[Copy]) -> list[frozenset[str]]:
    """Group articles that are not independent of one another (connected by copies).

    Args:
        article_ids: the articles to group; ids in ``copies`` but not here are ignored.
        copies: the copy pairs found by :func:`find_copies`.

    Returns:
        The connected components of the copy graph restricted to ``article_ids``, one
        frozenset per group (a lone article is its own group), in order of first appearance.
    """
    sets = UnionFind(article_ids)
    for c in copies:
        if c.a in sets and c.b in sets:
            sets.union(c.a, c.b)
    return [frozenset(g) for g in sets.groups()]



@stage("copies", version="copies.v1", kind="corpus", inputs=(CleanArticle,), output=Copy, produces="copies")
def copy_stage(corpus: Corpus, settings: Any = None) -> Corpus:
    """The copy pairs over every analysed article (across stories: a wire feeds several)."""
    copies, keys = copies_and_keys([c for c, _ in corpus.items])
    return replace(corpus, copies=copies, copy_keys=keys)
