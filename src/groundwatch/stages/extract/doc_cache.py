"""Per-Doc memos of what spaCy recomputes on every access.

``Doc.text`` is not stored by spaCy: each access joins every token's ``text_with_ws``, building a
Python ``Token`` per token. The extractors read it once per mention (slicing a phrase, looking a few
characters behind a date), so on 38 articles a run evaluated it 5,466 times, about 3.7 million
Token objects, which was most of the extractors' own time (cProfile of ``analyse``). The text is
computed once per Doc here and kept in ``doc.user_data``; the extractors never change a Doc's tokens
(no retokenizing), so the memo stays true for the Doc's life. The same holds for the entity and
sentence tables below: nothing after the parse sets ``doc.ents`` or a sentence start.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

_TEXT_KEY = "gw_text"
_STARTS_KEY = "gw_token_starts"
_ENTS_KEY = "gw_ents"
_SENTS_KEY = "gw_sents"
_SENT_STARTS_KEY = "gw_sent_starts"
_MENDED_KEY = "gw_mended_ents"

#: The token attributes a parse is copied with, in spaCy DocBin's own list (``spacy.tokens._serialize.ALL_ATTRS``),
#: ORTH first: a sentence kept from its article (:func:`keep_sentences`) and a sentence parse in the store
#: (``reconcile.parse_store``) carry the same annotations.
PARSE_ATTRS = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH",
               "POS", "SENT_START")

#: The askers of the link's sentence parses (``reconcile.common.parse(text, asker)``) that read an article
#: sentence's span of its article's own Doc instead of a parse of the sentence alone (issue 12, "one parse
#: per article"), unless the sentence's own parse is at hand already (another asker's); empty = every
#: sentence parsed alone, as before. 22% of the asked article sentences parse otherwise inside their article
#: (benchmarks/README.md, perf3), so each asker was scored alone with it on (perf4: every eval gate row and the
#: facts of examples/, karabakh-2023, crises-2023, corpus_b..g). Not served: "event" (``reconcile.events._event``,
#: the first and largest asker), whose article parses lost a contradiction label's river name on examples/ and
#: merged two different tolls into one timeline entry on corpus_b. With the six below, facts.json is unchanged
#: on all nine corpora. Text that is no article sentence (a repaired sentence, a clause segment, the words after
#: a possessive date, a caption), and every article analysed by another process (a Spark worker, an earlier
#: run), is parsed alone either way.
SERVED_ASKERS: frozenset[str] = frozenset({"counts", "realis", "onset", "years", "responsibility", "actors"})
#: Article sentences kept for the link, oldest dropped first. A run links after analysing every
#: article, so this holds a whole run's sentences up to this many (crises-2023 and examples/ with corpus_b..e:
#: ~2,000 sentences); past it the oldest articles' sentences are parsed alone, as before.
ARTICLE_SENTENCES_KEPT = 16384
_article_sentences: OrderedDict[str, Doc] = OrderedDict()


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Every token's character offset (``token.idx``) in order, computed once per Doc; for
    ``bisect`` (the quotes register looks up the token at an offset for each pronoun and each
    person it weighs, and rebuilt this list each time). Callers must not change the list."""
    starts = doc.user_data.get(_STARTS_KEY)
    if not isinstance(starts, list):
        starts = [t.idx for t in doc]
        doc.user_data[_STARTS_KEY] = starts
    return starts


def doc_ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, built once per Doc. spaCy builds the tuple (a new ``Span`` per entity) on every
    access, and the extractors read it once per mention (``actors`` once per place, the quotes
    register once per pronoun): a warm run on crises-2023 rebuilt it 1,304 times for 37 articles."""
    found = doc.user_data.get(_ENTS_KEY)
    if not isinstance(found, tuple):
        found = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = found
    return found


def doc_sents(doc: Doc) -> tuple[SpacySpan, ...]:
    """``tuple(doc.sents)``, built once per Doc (spaCy walks every token for each iteration)."""
    found = doc.user_data.get(_SENTS_KEY)
    if not isinstance(found, tuple):
        found = tuple(doc.sents)
        doc.user_data[_SENTS_KEY] = found
    return found


def sent_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, in order (for ``bisect``); callers must not change it."""
    starts = doc.user_data.get(_SENT_STARTS_KEY)
    if not isinstance(starts, list):
        starts = [s.start for s in doc_sents(doc)]
        doc.user_data[_SENT_STARTS_KEY] = starts
    return starts


def sent_of(tok: Token | SpacySpan) -> SpacySpan:
    """``tok.sent``: the sentence holding the token (for a span, its first token), from the Doc's
    sentence table (spaCy walks the tokens to both ends of the sentence on each access)."""
    doc = tok.doc
    i = tok.i if isinstance(tok, Token) else tok.start
    return doc_sents(doc)[bisect_right(sent_starts(doc), i) - 1]


def ents_within(span: SpacySpan) -> list[SpacySpan]:
    """``span.ents``: the entities wholly inside ``span``, in order (spaCy rebuilds ``doc.ents``
    for each call)."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


def mended_ents(doc: Doc, mend: Callable[[SpacySpan], SpacySpan]) -> tuple[SpacySpan, ...]:
    """``mend(ent)`` of every entity of :func:`doc_ents`, in order, computed once per Doc (``mend`` is
    the quotes' ``person_span``, a function of the Doc's tokens alone). ``entity_at`` mended every
    entity for each token it was asked about: 67,474 calls for 142 articles (cProfile of a warm run)."""
    found = doc.user_data.get(_MENDED_KEY)
    if not isinstance(found, tuple):
        found = tuple(mend(e) for e in doc_ents(doc))
        doc.user_data[_MENDED_KEY] = found
    return found


def keep_sentences(doc: Doc) -> None:
    """Keep each sentence of an analysed article as a Doc of its own, keyed by its text, for
    :func:`article_sentence`; nothing when :data:`SERVED_ASKERS` is empty. Its text is the article's
    sentence text (``Sentence.text``: spaces at either end left out, and not ``Span.as_doc``, which keeps
    the last token's trailing space), with the article parse's :data:`PARSE_ATTRS` (heads within a
    sentence stay within it); not the tok2vec tensor, which nothing after the analysis reads and a
    sentence parsed alone and stored keeps neither. A text found in two articles (a copy) keeps the
    first article's parse."""
    if not SERVED_ASKERS:
        return
    array = doc.to_array(list(PARSE_ATTRS))
    iob = PARSE_ATTRS.index("ENT_IOB")
    for sent in doc.sents:  # (not doc_sents: its memo was released with the extraction)
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start == end:
            continue
        text = doc[start:end].text
        if text in _article_sentences or any(not start <= t.head.i < end for t in doc[start:end]):
            continue  # (a head outside the words is parsed alone: the copy could not hold it)
        spaces = [bool(t.whitespace_) for t in doc[start:end]]
        spaces[-1] = False
        rows = array[start:end].copy()  # (HEAD is relative, so the rows hold for the copy)
        if rows[0, iob] == 1:  # an entity the sentence boundary cut opens here ("I" -> "B")
            rows[0, iob] = 3
        own = Doc(doc.vocab, words=[t.text for t in doc[start:end]], spaces=spaces)
        # (uint64 rows, as DocBin passes them)
        _article_sentences[text] = own.from_array(list(PARSE_ATTRS), rows)  # type: ignore[arg-type]
    while len(_article_sentences) > ARTICLE_SENTENCES_KEPT:
        _article_sentences.popitem(last=False)


def article_sentence(text: str, asker: str) -> Doc | None:
    """The kept article parse of ``text`` when ``asker`` is served from it (:data:`SERVED_ASKERS`), else None."""
    if asker not in SERVED_ASKERS:
        return None
    return _article_sentences.get(text)


def forget_sentences() -> None:
    """Drop every kept article sentence (the link is done, or a benchmark starts a run afresh)."""
    _article_sentences.clear()


def release(doc: Doc) -> None:
    """Drop the memos that hold spaCy Spans: a Span refers to its Doc, so a Doc keeping its own
    Spans in ``user_data`` is a reference cycle, freed only by the cyclic collector instead of when
    the pipeline lets go of it (a batch of Docs would linger). Called when an article's extraction
    ends; a later reader rebuilds them."""
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_SENTS_KEY, None)
    doc.user_data.pop(_MENDED_KEY, None)
