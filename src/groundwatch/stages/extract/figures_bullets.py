"""Figures: a bulleted list of named places under a lead-in line that names the kind.

A press note or a fact box breaks a count down by place on lines of their own under a short lead-in:
"Injured by hospital" (or "Injured admitted to:", "Deaths by district") and then "- Harl General Hospital: 64",
"- Velm clinic: 27". Each bullet's label is a name, which names no kind, so ``figures_context.label_kind``
finds none; the lead-in above the run of bullets does. The lead-in is the first line above the run that is no
bullet: a few words, no number, whose words before the breakdown ("by", "in", "at", "to" or a participle of
where the people went) name one kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_labels import words_kind

__all__ = ["bullet_lead_kind"]

#: Marks that open a bullet line.
_BULLETS = frozenset({"-", "\u2013", "\u2022", "*", "\u00b7"})
#: The most words a bullet's name holds ("St. Anna Mission Hospital, Harl": 7 tokens); chosen on the bulleted
#: per-hospital and per-district lists of corpus_n's press note and the stress set's lists (at most seven).
_NAME_REACH = 8
#: The most bullets a lead-in may stand above the number's own bullet; lists longer than this are tables,
#: whose header the label reader handles (chosen on the lists the corpora hold: at most six items).
_RUN_REACH = 12
#: The most words a lead-in holds ("Injured admitted to hospitals": 4).
_LEAD_LENGTH = 6
#: Lower-case words a place's name may hold.
_NAME_JOINERS = frozenset({"of", "de", "the", "and", "&"})
#: Words that end a lead-in's kind and open what it is broken down by.
_BREAKDOWN = frozenset({"by", "per", "in", "at", "to", "across"})


def _bullet_line(sent: Span) -> bool:
    return len(sent) > 0 and sent[0].text in _BULLETS


def _named_item(doc: Doc, start: int, colon: int) -> bool:
    """The bullet's label is a name: capitalised words, commas and joiners only."""
    words = [t for t in doc[start + 1:colon] if not t.is_punct]
    return 0 < colon - start - 1 <= _NAME_REACH and bool(words) and all(
        t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in words)


def _lead_kind(sent: Span) -> str | None:
    words: list[Token] = [t for t in sent if not t.is_space and t.text != ":"]
    if not words or len(words) > _LEAD_LENGTH or any(t.like_num or t.is_punct for t in words):
        return None
    cut = next((k for k, t in enumerate(words) if k > 0 and (t.lower_ in _BREAKDOWN or t.tag_ in ("VBN", "VBD"))),
               len(words))
    return words_kind(words[:cut])


def bullet_lead_kind(tokens: Span) -> str | None:
    """The kind the lead-in above a run of "- <Name>: N" bullets names, for the number of one of them."""
    doc = tokens.doc
    sent = sent_of(tokens[0])
    colon = tokens.start - 1
    closes_line = all(t.is_space or t.is_punct for t in doc[tokens.end:sent.end])
    if colon <= sent.start or doc[colon].text != ":" or not _bullet_line(sent) or not closes_line:
        return None
    if not _named_item(doc, sent.start, colon):
        return None
    for _ in range(_RUN_REACH):
        if sent.start == 0:
            return None
        sent = sent_of(doc[sent.start - 1])
        if not _bullet_line(sent):
            return _lead_kind(sent)
    return None
