"""Figures: counts told as labels, not sentences: "Total displaced: 22,500", "Killed: 12 | Injured: 40",
"Deaths by province: Varnholt 11; Cressing 4".

A sitrep's, fact box's or table's label names the kind of the count after it; every other word of the
label must be a label's filler ("total", "confirmed", "so far", a unit such as "families"), or the words
are prose and name nothing. ``kind_word`` is the kind one word names by itself, shared with the tally
readers in ``figures_context``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_bodily import care_label_kind
from groundwatch.stages.extract.figures_table import before_bracket, label_tail, shelter_label_kind

__all__ = ["FRAME_FILLERS", "LABEL_LENGTH", "LABEL_MARKS", "kind_word", "label_kind", "list_label_kind",
           "participle_label_kind", "words_kind"]

#: Words a tally's value may carry between the tally verb and the number.
FRAME_FILLERS = frozenset({"now", "at", "around", "about", "from", "some", "more", "than", "over", "nearly",
                            "almost", "close", "to", "roughly", "just", "least", "still", "approximately",
                            "well", "fewer", "less", "under", "an", "estimated", "between", "upwards", "of"})

def kind_word(tok: Token) -> str | None:
    """The kind a word names by itself: "dead", "injured", "toll", "deaths"."""
    if tok.lower_ in lex.ADJECTIVES:
        return lex.ADJECTIVES[tok.lower_]
    lemma = tok.lemma_.lower()
    kind = lex.EVENT_NOUNS.get(lemma) or lex.COUNTED_EVENT_NOUNS.get(lemma)
    if kind is None and tok.pos_ == "PROPN":
        # a capitalised table header ("| Deaths | Injuries |") is tagged a name and keeps its plural as lemma
        singular = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1] if lemma.endswith("s") else lemma
        kind = lex.EVENT_NOUNS.get(singular) or lex.COUNTED_EVENT_NOUNS.get(singular)
    return kind


#: Words a sitrep label may hold besides its kind word: "Total displaced: 22,500", "Confirmed deaths: 41",
#: "Arrests so far: 215", "People evacuated - 2,300", "Displaced families: 310" (the unit said in the label),
#: "Still missing: 12".
_LABEL_WORDS = frozenset({"total", "confirmed", "reported", "cumulative", "new", "overall", "people", "persons",
                          "so", "far", "to", "date", "all", "number", "of", "households", "families",
                          "individuals", "population", "still", "today", "yesterday", "overnight"})
#: Marks that end one item of a table row or list and open the next: "Killed: 12 | Injured: 40".
_ITEM_SEPARATORS = frozenset({"|", "\u2022", "\u00b7", "\u2013", "\u2014", "-", "/", "*"})
#: Marks between a label and its count: "Deaths: 41", "People evacuated - 2,300"; "):" after a label's
#: bracketed source ("Killed (police): 4"), which the tokenizer keeps as one token.
LABEL_MARKS = frozenset({":", "-", "\u2013", "\u2014", "=", "|", "):"})
#: The most words an item's name holds in a labelled list ("Udel district 2").
_NAME_LENGTH = 3
#: The most words a label holds ("Total number of deaths"): longer runs are prose, not a label.
LABEL_LENGTH = 4


def _item_start_mark(tok: Token) -> bool:
    return tok.is_punct or tok.text in _ITEM_SEPARATORS


def _need_word(tok: Token) -> str | None:
    """"need" in "in need" (or "risk" in "at risk") names the affected."""
    if tok.i > 0 and (tok.lower_, tok.doc[tok.i - 1].lower_) in (("need", "in"), ("risk", "at")):
        return "affected"
    return None


def label_kind(tokens: Span) -> str | None:
    """A sitrep's or table's labelled count: "Total displaced: 22,500 persons", "Killed: 12 | Injured:
    40", "Deaths 45, injuries 120" (the label opens the line or a list item and names the kind)."""
    doc = tokens.doc
    first = _label_reach(tokens)
    i = tokens.start - 1
    while i >= first and doc[i].lower_ in FRAME_FILLERS - {"of", "to", "from", "at"}:
        i -= 1
    if i < first:
        return None
    end = i if doc[i].text in LABEL_MARKS else (i + 1 if i == tokens.start - 1 else -1)
    if end <= first:
        return None  # a label then its mark, or a label right before the number
    if doc[end].text in LABEL_MARKS and (said := participle_label_kind(doc, end, first)) is not None:
        return said
    words: list[Token] = []
    j = before_bracket(doc, end, first)  # "Killed (district health office): 27": the source names no kind
    while j >= first and not _item_start_mark(doc[j]):
        words.insert(0, doc[j])
        j -= 1
        if len(label_tail(words)) > LABEL_LENGTH + 1 + _NAME_LENGTH:
            return None
    words = label_tail(words)  # "... since 2 May: 3,200", "... in total: 410"
    if (cared := care_label_kind(words)) is not None:
        return cared  # "Patients under treatment: 58", "Persons with loss of vision: 12" (longer than a kind's label)
    # "IDPs in collective centres: 8,300", "Deaths in Ulden: 12": the label's place (a name's length after
    # "in" or "at") is no part of its kind
    # "Deaths reported on Monday: 14": a day after "on" is no part of it either
    cut = next((k for k, t in enumerate(words) if k > 0 and t.lower_ in ("in", "at", "on") and (
        t.i + 1 >= len(doc) or _need_word(doc[t.i + 1]) is None)), len(words))
    if cut > LABEL_LENGTH or len(words) - cut > 1 + _NAME_LENGTH:
        return None
    return words_kind(words[:cut]) or shelter_label_kind(words, cut, _LABEL_WORDS)


def _label_reach(tokens: Span) -> int:
    """Where a label may begin: its sentence's start, or its line's when the parser opened a sentence inside
    the line ("| Missing (two anglers) | 2 |" split at the bar before the number)."""
    doc = tokens.doc
    first = sent_of(tokens).start
    line = doc.text.rfind("\n", 0, tokens[0].idx) + 1
    while first > 0 and doc[first - 1].idx >= line and not doc[first - 1].is_space:
        first -= 1
    return first


def words_kind(words: list[Token]) -> str | None:
    """The one kind a label's words name, when every other word is a label's filler."""
    if not words:
        return None
    doc = words[0].doc
    # "Evacuees: 3,600"; "In need: 48,000" ("in" before "need" is part of the label)
    named = [kind_word(t) or lex.PERSON_KIND_NOUNS.get(t.lemma_.lower()) or _need_word(t) for t in words]
    kinds = set(named) - {None}
    # "Unaccounted for: 9": the adjective's own preposition is part of the label
    # "Quake death toll: 230", "Mine collapse death toll: 17": a headline's event names the toll it modifies
    toll = words[-1] if words[-1].lemma_.lower() in ("toll", "tally") else None
    # "Children still missing: 6": the people counted, named before the kind word, are no kind of their own
    label_word = [t.lower_ in _LABEL_WORDS or (t.i + 1 < len(doc) and _need_word(doc[t.i + 1]) is not None)
                  or (_people_word(t) and t.i < words[-1].i)
                  or (t.lower_ == "for" and t.i > 0 and doc[t.i - 1].lower_ == "unaccounted")
                  or (toll is not None and t.dep_ in ("compound", "amod") and t.head in words) for t in words]
    if len(kinds) != 1 or any(k is None and not ok for k, ok in zip(named, label_word, strict=True)):
        return None
    return kinds.pop()


def _people_word(tok: Token) -> bool:
    """A noun of people, also capitalised at a list item's start, where the tagger takes it for a name and
    leaves its plural ("Children", "Women") unlemmatised."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low,
             low[:-3] if low.endswith("ren") else low, low[:-3] + "man" if low.endswith("men") else low}
    return bool(forms & lex.PEOPLE)


#: Words that end a breakdown label's kind and open what it is broken down by: "Deaths by province:".
_BREAKDOWN_WORDS = frozenset({"by", "per"})


def list_label_kind(tokens: Span) -> str | None:
    """"Deaths by province: Varnholt 11; Cressing 4": a count after a name, in a list that a label
    opens ("<kind> [by <what>]:" at the start of the sentence); each item is a name and its count."""
    doc = tokens.doc
    first = sent_of(tokens).start
    if first > 0 and doc[first - 1].text == ":":
        first = sent_of(doc[first - 1]).start  # the parser may end the label's sentence at its colon
    j = tokens.start - 1
    name = 0
    while j >= first and doc[j].text[:1].isupper() and not doc[j].like_num:
        j, name = j - 1, name + 1
    if not 1 <= name <= _NAME_LENGTH or j < first or doc[j].text not in (":", ";", ","):
        return None
    colon = next((k for k in range(j, first - 1, -1) if doc[k].text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in doc[colon:tokens.start]):
        return None  # an item's name may be tagged a verb ("Cressing"); a lower-case verb is prose
    words = list(doc[first:colon])
    cut = next((k for k, t in enumerate(words) if t.lower_ in _BREAKDOWN_WORDS and k > 0), len(words))
    if len(words) - cut > 2 or cut > LABEL_LENGTH:
        return None
    return words_kind(words[:cut])


#: The most words a fact box's participle may add after its kind ("buried by families, not counted"):
#: a label's length and an item's name, as ``label_kind`` bounds a label with its place.
_PARTICIPLE_TAIL = LABEL_LENGTH + 1 + _NAME_LENGTH


def participle_label_kind(doc: Doc, end: int, first: int) -> str | None:
    """"Total dead documented by the league: 39", "Dead buried by families, not counted: 9": a fact box's label
    (a list item, ``end`` its mark) whose kind word comes first and whose participle after it says who
    counted the people or what befell them; the participle names no kind of its own. No finite verb and no
    number in the label: those are prose."""
    j = end - 1
    while j >= first and doc[j].text not in _ITEM_SEPARATORS:
        j -= 1
    if j < first or j + 1 >= end:  # a fact box's item opens with its bullet
        return None
    words = list(doc[j + 1:end])
    cut = next((k for k, t in enumerate(words) if k > 0 and t.tag_ == "VBN"), None)
    if cut is None or len(words) - cut > _PARTICIPLE_TAIL or any(
            t.like_num or t.tag_ in ("VBD", "VBZ", "VBP") for t in words):
        return None
    return words_kind(words[:cut])
