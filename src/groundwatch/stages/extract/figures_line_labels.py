"""Figures: a bulletin's "label: number" line whose label goes on past its kind.

A government bulletin's or a live page's key-figures list gives one count a line, its label a phrase of its
own: "- Persons killed in the landslide at the Orrel quarry (4 May): 61", "Injured in the blast treated at
home: 212", "Forcibly displaced persons who reached the camps: 9,400". ``figures_labels`` reads short labels
whose every word is a label's word; this reads the longer ones, where the label's head (its first words, up to
a preposition or a relative pronoun) names the kind and the rest only says where, when or which. The class is
kept to whole lines: the label opens its line (after a bullet mark, if any), a colon ends it and the number
ends the line, so prose with a colon in it ("The ministry gave the toll: 40 in the north") is not read.

A label whose head is a noun phrase and whose participle after it names no kind ("Bodies recovered: 31", "Injured
persons shifted to hospitals: 67", "Dead bodies retrieved so far: 9") takes the kind its head names, and a head of
the dead's remains counts the dead (as "rescuers pulled out four more bodies" does in prose); the tagger often
reads a label's participle as a past tense, which on a whole label line it cannot be. A participle that ends
what the head implies ("Persons rescued alive", "Hostages freed") counts nobody.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import doc_text
from groundwatch.stages.extract.figures_labels import LABEL_LENGTH, words_kind
from groundwatch.stages.extract.figures_places import place_kind
from groundwatch.stages.extract.figures_table import STAYING, before_bracket
from groundwatch.stages.extract.figures_words import UNDOING_VERBS, people_like

__all__ = ["line_label_kind"]

#: Marks between a line's label and its count ("):" after a bracket, one token).
_COLONS = frozenset({":", "):"})
#: Bullet marks a key-figures line may open with.
_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u2014", "\u00b7"})
#: The most words a line's label holds, its where, when and which included: a key-figures line of a bulletin
#: is a long noun phrase, a longer run is a sentence. Chosen from the plain shape of such lines (a label's
#: head of up to four words, a place or event phrase and a date in brackets), not tuned on a set.
_LINE_LABEL_LENGTH = 12
#: Words that end a label's head and open what restricts it: a preposition or a relative pronoun.
_RESTRICTORS = frozenset({"who", "that", "which", "whose"})


def _line_start(doc_str: str, at: int) -> int:
    return doc_str.rfind("\n", 0, at) + 1


def line_label_kind(tokens: Span) -> str | None:
    """The kind a whole line's long label names for the number that ends the line, or None."""
    doc = tokens.doc
    text = doc_text(doc)
    if tokens.start == 0 or doc[tokens.start - 1].text not in _COLONS:
        return None
    rest = text[tokens[-1].idx + len(tokens[-1].text):]
    if rest.split("\n", 1)[0].strip():
        return None  # the number must end its line
    colon = tokens.start - 1
    start = _line_start(text, doc[colon].idx)
    words = [t for t in doc[:before_bracket(doc, colon, 0) + 1] if t.idx >= start and not t.is_space]
    while words and words[0].text in _BULLETS:
        words = words[1:]
    if not words or len(words) > _LINE_LABEL_LENGTH or any(t.text in _COLONS for t in words):
        return None
    if (said := _participle_head_kind(words)) is not None:
        return said
    cut = next((k for k, t in enumerate(words) if k > 0 and (t.pos_ == "ADP" or t.lower_ in _RESTRICTORS)),
               len(words))
    # "Forcibly displaced persons": an adverb on the kind's participle names no kind of its own
    # the head (the part that names the kind) may be as long as a short label of ``figures_labels``
    head = [t for t in words[:cut] if not _adverb_on_kind(t)]
    if not head or len(head) > LABEL_LENGTH or cut == len(words):
        return None  # a label with nothing after its head is ``figures_labels``'s to read
    return words_kind(head)


def _adverb_on_kind(tok: Token) -> bool:
    return tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.i == tok.i + 1


def _participle_head_kind(words: list[Token]) -> str | None:
    """"Bodies recovered: 31", "Injured persons shifted to hospitals: 67": the kind of the head before a participle
    that names none of its own (one that does is read as before: "Persons killed in ...")."""
    at = next((k for k, t in enumerate(words) if k > 0 and t.tag_ in ("VBN", "VBD") and t.is_lower), None)
    if at is None or any(t.like_num for t in words):
        return None
    verb = words[at].lemma_.lower()
    if verb in lex.TRANSITIVE or verb in UNDOING_VERBS or verb in STAYING:
        # the participle's own kind, an undoing ("Persons rescued alive") that counts nobody, or a verb of staying
        # or being filed, whose place decides (``figures_table.shelter_label_kind``: "registered in camps")
        return None
    head = [t for t in words[:at] if not _adverb_on_kind(t)]
    if not head or len(head) > LABEL_LENGTH:
        return None
    if head[-1].lemma_.lower() in lex.REMAINS_NOUNS and all(
            t.dep_ in ("amod", "compound") or t is head[-1] for t in head):
        return "killed"  # "Bodies recovered", "Dead bodies retrieved": the dead, counted by their remains
    if (named := words_kind(head)) is not None:
        return named
    if people_like(head[-1]):
        return place_kind(words[at], "passive")  # "Families moved to shelters: 300": where they were taken
    return None
