"""Figures: a count's own predicate, when the parser hangs it under a clause the count only carries.

A time word after a participle or a relative clause ("who put to sea before the storm", "missing since
the avalanche") is often parsed as a conjunction, so that the storm or the avalanche becomes the
subject of the count's own predicate: "Nine sailors who sailed [before the gale are missing]",
"Six climbers missing [since the avalanche were found alive]". The count then takes its kind from the
verbs of its relative clause ("sailed", "left port": displaced) or keeps the state of its participle
("missing") though the main clause ends it ("were found alive", "have been rescued").

Such a stolen predicate is known by its subject, which cannot be what the predicate tells of: a
hazard or a time that "are missing" with a plural verb, or that "were found" or "rescued". Its kind
is then the count's: "are missing" makes it missing; "were found", "were rescued" end a disappearance
and give no kind at all.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_places import noun_place_kind
from groundwatch.stages.extract.figures_words import negated, people_like

#: Verbs that end a disappearance when the missing are their passive subject (as ``figures_kind`` reads them).
_REFOUND_VERBS = lexicons.words("figure_words", list="refound")
#: Words of time the parser reads as conjunctions before the stolen predicate's false subject.
_TIME_MARKS = frozenset({"before", "after", "since", "until"})
#: Auxiliaries that agree with a plural subject only: "the gale are missing" is the sailors'.
_PLURAL_AUX = frozenset({"are", "were", "have"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _refound(verb: Token) -> bool:
    return verb.lemma_.lower() in _REFOUND_VERBS and any(c.dep_ == "auxpass" for c in verb.children) and \
        not negated(verb)


def _stolen(pred: Token) -> bool:
    """``pred`` (an adverbial clause under the count's relative clause or participle) is the count's own."""
    subj = _subject(pred)
    if subj is None:
        return _refound(pred)  # "Four hikers reported missing on Friday were found safe": no subject of its own
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in pred.children):
        return False
    if people_like(subj) or subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS"):
        return False
    plural_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_AUX for c in pred.children)
    return plural_aux or _refound(pred)


def own_predicate(noun: Token) -> Token | None:
    """The predicate the parser hung under ``noun``'s relative clause or participle, if it is ``noun``'s."""
    holders = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        holders.append(noun.head)  # "12 fishermen [missing] since the storm had been rescued"
    for holder in holders:
        for pred in holder.children:
            if pred.dep_ == "advcl" and _stolen(pred):
                return pred
    return None


def own_predicate_kind(noun: Token) -> tuple[bool, str | None]:
    """(whether ``noun`` has a stolen predicate, the kind it gives): found or rescued gives None."""
    pred = own_predicate(noun)
    if pred is None:
        return False, None
    if _refound(pred):
        return True, None
    kind = lex.ADJECTIVES.get(pred.lower_)
    return kind is not None, kind  # another predicate ("are feared dead") is left to the usual reading


#: Prepositions that open a verbless clause's place: "; 5,000 in shelters", "; 20,000 without power".
_PLACE_PREPS = frozenset({"in", "at", "inside", "without"})


#: Marks that open a verbless item: a semicolon, and in a headline's list a colon or a comma ("Storm Kell:
#: 40,000 without power, 3 dead"), where the item must end right after its place.
_ITEM_MARKS = frozenset({";", ":", ","})
#: The kinds a place gives a listed item of its own ("40,000 without power", "8,000 in shelters").
_ITEM_KINDS = frozenset({"affected", "displaced"})


#: Prepositions of the area a headline's item covers, said after its place: "200,000 without power across X".
_AREA_PREPS = frozenset({"across", "in", "throughout"})


def _item_ends(prep: Token) -> bool:
    """The place phrase ends its item: a mark, a line break or the text's end right after it, or after the
    named area the item covers ("200,000 without power across Tamrel")."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in _AREA_PREPS and doc[after].head.i in (prep.head.i, prep.i) and all(
            t.pos_ in ("PROPN", "DET") for t in doc[after + 1:doc[after].right_edge.i + 1]) and \
            doc[after].right_edge.i > after:
        after = doc[after].right_edge.i + 1  # the area is a name, not another clause
    return after >= len(doc) or doc[after].is_punct or doc[after].is_space


def semicolon_place_kind(tokens: Span) -> str | None:
    """A verbless clause after a semicolon holding a count and where its people are: "Flood kills 12 in
    Corran; 5,000 in shelters". The verb of the first clause does not cross the semicolon: the count is
    what its own place makes it (shelters: displaced, hospital: injured, without power: affected), and no
    figure when the place says nothing ("; 300 at the stadium"). A place that is a name ("; 12 in Tarsk")
    is a part of the first count, left to the usual reading (None)."""
    doc = tokens.doc
    if tokens.start == 0 or doc[tokens.start - 1].text not in _ITEM_MARKS:
        return None
    root = tokens.root
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.i == tokens.end]
    if not preps:
        return None
    own = noun_place_kind(root)
    if doc[tokens.start - 1].text != ";":
        # a listed part of a toll keeps the toll's kind ("killed 12, four in the market", "four in hospital"):
        # only being without something or in a shelter makes a listed item a count of its own
        return own if own in _ITEM_KINDS and _item_ends(preps[0]) else None
    if own is not None:
        return own
    places = [g for g in preps[0].children if g.dep_ == "pobj"]
    if places and all(g.pos_ == "NOUN" and not any(x.pos_ == "PROPN" for x in g.children) for g in places):
        return NO_KIND
    return None


#: Returned by ``semicolon_place_kind`` for a count its place gives no kind: no figure.
NO_KIND = ""
