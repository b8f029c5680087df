"""Figures: counts in fragments whose words say more than their parse (headlines, bullets, elided clauses).

Headlines, key-point bullets and the second half of a compound sentence drop words the parser needs:
"Toll rises to 240, 96 still missing", "killed 58 people and 22 are missing", "Ferry sinks; 52 rescued,
19 dead". The parser hangs such a count on the wrong predicate (or, with no noun, takes "96" for a
date), so the fragment is read word by word: a count that opens a fragment and is followed by its own
predicate word takes that word's kind, and one followed by a word that ends the danger ("rescued",
"freed") is no figure. A count after a fronted place with no verb ("In Sabe, four more.") is one more
part of the count before it, which may stand in the sentence before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_own_predicate import semicolon_place_kind
from groundwatch.stages.extract.figures_words import UNDOING_VERBS, people_like

#: What may open a fragment right before its count: list and clause marks, a bullet, a bar between a fact
#: line's items ("412 dead | 1,530 injured | 96 missing"), "and".
_FRAGMENT_OPENERS = frozenset({",", ";", ":", "-", "\u2013", "\u2014", "\u2022", "*", "|", "and"})
#: Words between the count and its predicate that change neither: "96 still missing", "4 more dead",
#: "22 are missing", "16 remain missing", "30 have been arrested".
_FILLERS = frozenset({"more", "others", "other", "still", "now", "so", "far", "are", "were", "is", "was", "have",
                      "has", "had", "been", "being", "as"}) | lexicons.words("figure_words", list="fragment_filler")
#: Returned for a count its fragment says was rescued or freed: no figure.
NO_FIGURE = ""
#: Fronting prepositions of a place whose count leaves out its noun and verb: "In Sabe, four more".
_PLACE_PREPS = frozenset({"in", "at"})
#: Words after an elided count: "four more", "two others"; the fragment must end right after them.
_MORE = frozenset({"more", "others", "other"})


#: Words before an elided count that say it adds to one before: "In Amberlow, another two".
_INCREMENTS = frozenset({"another", "further"})
#: How many sentences back an elided count's kind may be found: one, or two for a count said to be more (a
#: sentence telling of the first part without a count may stand between). Set on the round-17 reports
#: (2 cases: 1 of each) and their controls.
_ELIDED_REACH = {False: 1, True: 2}


def _opens_fragment(doc: Doc, start: int) -> bool:
    if start == 0:
        return True
    before = doc[start - 1]
    return before.lower_ in _FRAGMENT_OPENERS or before.is_space or before.is_sent_end or (
        sent_of(doc[start]).start == start)


def fragment_kind(doc: Doc, phrase_start: int, tokens: Span) -> str | None:
    """The kind a count's own fragment names word by word: ``NO_FIGURE`` for "52 rescued", None when it
    names none.

    Args:
        doc: the analysis.
        phrase_start: the first token of the number phrase, qualifier included ("about 40").
        tokens: the number's own tokens.
    """
    if not _opens_fragment(doc, phrase_start):
        return None
    if (placed := semicolon_place_kind(tokens)) is not None:
        return placed or NO_FIGURE  # "flood kills 12; 5,000 in shelters": "kills" stops at the semicolon
    i = tokens.end
    sent_end = sent_of(tokens[0]).end
    while i < sent_end and doc[i].lower_ in _FILLERS:
        i += 1
    if i >= sent_end:
        return None
    word = doc[i]
    after = doc[i + 1] if i + 1 < sent_end else None
    if (among := _among_the(doc, i, sent_end)) is not None:
        return among
    if after is not None and after.pos_ in ("NOUN", "PROPN") and not after.is_title and after.is_alpha:
        return None  # "9 injured horses", "3 rescued miners": the word describes a noun, which is counted
    if word.lower_ in lex.ADJECTIVES:
        return lex.ADJECTIVES[word.lower_]
    if word.lower_ == "buried" and doc[i - 1].lower_ == "feared":
        return "missing"  # "about 40 feared buried": not found yet, dead or alive
    if word.tag_ in ("VBN", "VBD") and word.lemma_.lower() in UNDOING_VERBS and (
            after is None or after.is_punct or after.lower_ in ("and", "alive")):
        return NO_FIGURE
    return None


def _among_the(doc: Doc, i: int, sent_end: int) -> str | None:
    """"- 3 rescuers among the dead": people a verbless fragment counts among the dead (or the hurt, the
    missing) are a part of that count."""
    if i + 3 > sent_end or not people_like(doc[i]) or doc[i + 1].lower_ != "among":
        return None
    j = i + 2 + (doc[i + 2].lower_ in ("the", "those"))
    return lex.ADJECTIVES.get(doc[j].lower_) if j < sent_end else None


def _clause_start(doc: Doc, number: int) -> int:
    sent = sent_of(doc[number])
    for i in range(number - 1, sent.start - 1, -1):
        if doc[i].lower_ in ("and", ";"):
            return i + 1
    return sent.start


def _elided_after_place(tokens: Span) -> bool:
    doc = tokens.doc
    start = _clause_start(doc, tokens.start)
    while start < tokens.start and (doc[start].is_punct or doc[start].is_space):
        start += 1
    front = doc[start:tokens.start]
    if len(front) < 2 or front[0].lower_ not in _PLACE_PREPS:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.like_num or t.ent_type_ in ("DATE", "TIME") for t in front):
        return False
    if not any(t.pos_ in ("PROPN", "NOUN") for t in front[1:]):
        return False
    sent_end = sent_of(tokens[0]).end
    i = tokens.end
    if i < sent_end and doc[i].lower_ in _MORE:
        i += 1
    return i >= sent_end or doc[i].is_punct or doc[i].is_space or doc[i].lower_ == "and"


def fronted_place_kind(tokens: Span, found: list[Figure]) -> str | None:
    """"Twelve died in Orvel. In Sabe, four more.", "three more, and in Orle two": a count after a fronted
    place, with no verb and no noun, is one more part of the count before it in this sentence or the one
    right before it; one said to be more ("another two", "four more") reaches a sentence further back, past a
    sentence that tells of the first part without a count ("Six died. Four were found in a car. In X,
    another two.")."""
    if not _elided_after_place(tokens):
        return None
    doc = tokens.doc
    before = [f for f in found if f.span.end <= tokens[0].idx]
    if not before:
        return None
    more = (tokens.start > 0 and doc[tokens.start - 1].lower_ in _INCREMENTS) or (
        tokens.end < len(doc) and doc[tokens.end].lower_ in _MORE)
    start = sent_of(tokens[0])
    for _ in range(_ELIDED_REACH[more]):
        if start.start == 0:
            break
        start = sent_of(doc[start.start - 1])
    return before[-1].kind if before[-1].span.start >= start.start_char else None


def token_at(doc: Doc, char: int) -> Token | None:
    """The token a character offset falls in."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Words that say by themselves a label's unit was handed over as aid: "Aid lorries: 14".
_AID_MARKERS = lexicons.words("figure_words", list="aid_marker")
#: Words a fact box's aid label may hold besides its unit and its verb: "Aid lorries:", "Relief tents sent:".
_AID_LABEL_WORDS = frozenset({"so", "far", "total", "to", "date"}) | lexicons.words("figure_words", list="aid_label")
#: The most words an aid label holds: "Emergency food parcels distributed so far".
_AID_LABEL_LENGTH = 6


def aid_label_unit(tokens: Span) -> Token | None:
    """"Tents delivered: 1,200", "Food parcels distributed: 2,500", "Aid lorries: 14": a fact box's label that
    names an aid unit and says it was handed over (a verb or "aid"/"relief") counts that unit; a label naming
    the unit alone ("Trucks: 40") says nothing of aid and is left."""
    doc = tokens.doc
    mark = tokens.start - 1
    if mark < 1 or doc[mark].text not in (":", "-", "\u2013", "\u2014", "|"):
        return None
    words: list[Token] = []
    i = mark - 1
    while i >= 0 and not (doc[i].is_space or doc[i].is_sent_end or doc[i].text in ("-", "\u2022", "*", "|", ";")):
        words.insert(0, doc[i])
        i -= 1
    if not words or len(words) > _AID_LABEL_LENGTH:
        return None
    units = [t for t in words if t.lemma_.lower() in lex.AID_UNITS and t.tag_ in ("NNS", "NNPS")]
    # the unit's own lemma is no verb of handing over ("Trucks:", though "truck" is one)
    handed = any(t.lemma_.lower() in lex.AID_VERBS or t.lower_ in _AID_MARKERS
                 for t in words if t not in units)
    rest = [t for t in words if t not in units and t.lemma_.lower() not in lex.AID_VERBS
            and t.lower_ not in _AID_LABEL_WORDS]
    return units[0] if len(units) == 1 and handed and not rest else None
