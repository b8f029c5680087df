"""Figures: a count the sentence sets in another place than the article's own event ("Neighbouring X,
where a cyclone killed 12", "the unrest across the border, where 30 have died", "the quake that struck
neighbouring X, killing 118"): another event's toll named in passing, never the article's count.

The place is marked as elsewhere by the words that set it apart: a place named as the neighbour of
the article's own ("neighbouring X") and not named in the article's lead (its title and first full
paragraph, where a story names its own places: a quake "across Turkey and neighbouring Syria" is one
event), or the land across the border when it is what a "where" clause is about. A border crossed by
the verb itself ("troops fired across the border, killing two") is the article's own event, so the
border counts only as the place a "where" clause describes. The article's own event may reach the
neighbour too: a sentence that says so ("the floods also swept into neighbouring X, where four
drowned", "the floods", an event its lead names) keeps the count its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import doc_text, sent_of
from groundwatch.stages.extract.figures_scope_named import LEDE_MIN_WORDS, measured_other_event, named_other_event
from groundwatch.stages.extract.figures_scope_passing import toll_in_passing
from groundwatch.stages.extract.figures_words import people_like

#: Words that name a place as the neighbour of the article's own ("neighbouring Dastrel").
_NEIGHBOUR = lexicons.words("figure_words", list="neighbour")
#: Nouns across or over which lies another country ("the unrest across the border").
_FRONTIER = lexicons.words("figure_words", list="frontier")
#: Prepositions that cross a frontier.
_CROSSING = frozenset({"across", "over", "beyond"})
#: Prepositions that locate what a clause tells ("in neighbouring X, floods killed 20").
_LOCATING = frozenset({"in", "inside", "across", "at"})
#: Links from a count's clause up to the clause that may set it in a place: a reporting verb's
#: complement ("where a group says 30 have died"), a participle ("struck X, killing 118"), a joined verb.
_CLAUSE_LINKS = frozenset({"ccomp", "advcl", "conj", "xcomp"})
#: How many clause links a count's clause may climb to the "where" clause that places it.
_MAX_CLIMB = 3
_WORD = re.compile(r"\w+")


def _lead_words(doc: Doc, skip: tuple[int, int]) -> list[str]:
    """The lower-case words of the article's title and first full paragraph, less the count's own
    sentence (``skip``: its character offsets), which may name the place it sets apart."""
    text = doc_text(doc)
    text = text[:skip[0]] + " " + text[skip[1]:]
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        words = _WORD.findall(para.lower())
        out += words
        if len(words) >= LEDE_MIN_WORDS:
            break
    return out


def _named_in_lead(name: str, lead: list[str]) -> bool:
    """A lead word shares the name's stem ("Velmar", "Velmar's", "Velmari")."""
    stem = name.lower()[:max(4, len(name) - 2)]
    return any(w.startswith(stem) for w in lead)


def _neighbour_name(tok: Token) -> str | None:
    """The name of a place the text calls a neighbour ("neighbouring Dastrel", "Neighbouring Dastrel",
    "the neighbouring state of Dastrel"), or of the neighbour a place belongs to ("neighbouring
    Dastrel's Orvik", "neighbouring Dastrel's capital"): a town of the neighbour is elsewhere too."""
    owners = [n for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"
              for n in [_neighbour_name(c)] if n]
    if owners:
        return owners[0]
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in _NEIGHBOUR for c in tok.children):
        return None
    if tok.pos_ != "PROPN":
        # "the neighbouring state of Dastrel"; "neighbouring Dastrel's capital" parsed with the
        # adjective on the noun
        named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        named += [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        return _neighbour_name_of(named[0]) if named else None
    return _neighbour_name_of(tok)


def _neighbour_name_of(tok: Token) -> str:
    parts = [c.text for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i
             and c.lower_ not in _NEIGHBOUR]
    return " ".join([*parts, tok.text])


def _across_frontier(tok: Token) -> bool:
    """"the border" after "across" or "over", or a noun set there ("the unrest across the border")."""
    if tok.lemma_.lower() in _FRONTIER and tok.dep_ == "pobj" and tok.head.lower_ in _CROSSING:
        return True
    return any(c.dep_ == "prep" and c.lower_ in _CROSSING and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FRONTIER for g in c.children) for c in tok.children)


def _where_antecedent(clause: Token) -> tuple[list[Token], list[Token]]:
    """The phrase a "where" clause holding the count describes (its head, and the noun that head's
    phrase hangs on: "the unrest across the border, where ..."), and the verbs from the count's clause
    up to the verb that phrase hangs on (whose subjects tell whose event it is)."""
    cur = clause
    verbs = []
    for _ in range(_MAX_CLIMB + 1):
        verbs.append(cur)
        if cur.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in cur.children):
            head = cur.head
            out = [head]
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
                out.append(head.head.head)
            above = _verb_above(out[-1])
            return out, verbs + ([above] if above is not None else [])
        if cur.dep_ not in _CLAUSE_LINKS or cur.head is cur:
            break
        cur = cur.head
    return [], []


#: Prepositions by which a verb reaches a place ("swept into X", "struck across X"); through others the
#: verb's event is only measured from the place's ("came a week after the unrest across the border").
_REACHING = frozenset({"in", "into", "across", "over", "through", "to", "at", "on", "inside"})


def _verb_above(tok: Token) -> Token | None:
    """The verb whose event reaches the place ``tok`` names (its object, or through a preposition of place)."""
    cur = tok
    for _ in range(_MAX_CLIMB + 2):
        if cur.head is cur or (cur.pos_ == "ADP" and cur.lower_ not in _REACHING):
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


#: Modifiers that make an event another one than the article's: "a separate storm", "the much larger
#: earthquake" (comparatives are read from the tag).
_OTHER_ONE = frozenset({"other", "another", "separate", "second", "different", "earlier", "previous"})


#: Prepositions that set the noun they govern against the article's own event ("Unlike the floods in
#: neighbouring X, where 60 drowned"): the noun is another one even when the lead names its kind.
_CONTRAST = frozenset({"unlike"})


def _contrasted(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in _CONTRAST


def _own_event(verbs: list[Token], nouns: list[Token], lead: list[str]) -> bool:
    """Whether the sentence tells of the article's own event reaching the place: a verb said "also" of
    ("the floods also swept into neighbouring X"), or an event the lead names, called by "the" or "it"
    (not "a cyclone", "a separate storm", "the much larger earthquake"): the count is its own, there."""
    subjects = list(nouns)
    for v in verbs:
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children):
            return True
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                # "the landslide that struck X": the relative pronoun stands for the noun before it
                subjects.append(v.head if c.tag_ == "WDT" and v.dep_ == "relcl" else c)
    return any(n.lower_ == "it" or (
        n.pos_ == "NOUN" and not people_like(n) and not _contrasted(n) and _named_in_lead(n.text, lead)
        and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in n.children)
        and not any(a.dep_ in ("amod", "advmod") and (a.tag_ in ("JJR", "JJS") or a.lower_ in _OTHER_ONE)
                    for a in n.subtree if a.i < n.i)) for n in subjects)


def _holders(clause: Token) -> list[Token]:
    """The count's clause, and the verb a participle or joined verb of it tells the result of."""
    told = _told_before_comma(clause)
    if told is not None:
        return [clause, told]
    if clause.dep_ in ("advcl", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        return [clause, clause.head]
    return [clause]


#: Nouns of a haven people seek, find or take: with such a verb the place is where they went.
_HAVENS = frozenset({"refuge", "shelter", "safety", "sanctuary", "asylum"})
#: Verbs of going somewhere for safety: their place is where the people went.
_FLEEING = frozenset({"flee", "escape", "cross", "pour", "stream", "arrive"})


def _destination(verb: Token) -> bool:
    """"sought refuge in neighbouring X", "fled into neighbouring X": the place is where the people went, not
    where their event happened (fblind-s35 and batch 7 had it read as another event's)."""
    lemma = verb.lemma_.lower()
    return lemma in _FLEEING or (lemma in ("seek", "find", "take") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _HAVENS for c in verb.children))


def _located(holders: list[Token]) -> list[Token]:
    """The places the count's clause (and the verb a participle or joined verb of it hangs on) names as
    where it happened: the objects of "in", "across" ... and the verb's object ("struck X, killing 118")."""
    out: list[Token] = []
    for h in holders:
        # "killed 30 people in neighbouring X": the place may hang on the counted people instead
        for c in [*h.children, *(p for d in h.children if d.dep_ in ("dobj", "nsubjpass") and d.pos_ == "NOUN"
                                 for p in d.children if p.dep_ == "prep" and p.i > d.i)]:
            if c.head.i == h.i and c.i > h.i and _destination(h):  # a fronted place is where it happened
                continue
            if c.dep_ == "prep" and c.lower_ in _LOCATING:
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "dobj" and c.pos_ == "PROPN":
                out.append(c)
    return out + [x for t in out for x in t.conjuncts]


def _told_before_comma(clause: Token) -> Token | None:
    """The verb a participle after a comma tells the result of: the last one said before the comma ("the
    landslide that struck X on Friday, killing 40"), where the parser may hang the participle on the
    sentence's main verb instead."""
    doc = clause.doc
    i = clause.left_edge.i - 1
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or i < 1 or doc[i].text != ",":
        return None
    cur = doc[i - 1]
    for _ in range(_MAX_CLIMB + 2):
        if cur.pos_ in ("VERB", "AUX"):
            return cur if cur.i != clause.head.i else None
        if cur.head is cur:
            break
        cur = cur.head
    return None


def elsewhere(doc: Doc, anchor: Token, clause: Token) -> bool:
    """Whether the count's clause is set in another place than the article's own event (see the module
    docstring)."""
    if named_other_event(doc, anchor, clause) or measured_other_event(clause) or toll_in_passing(clause):
        return True
    antecedent, verbs = _where_antecedent(clause)
    holders = _holders(clause)
    places = antecedent + _located(holders)
    frontier = any(_across_frontier(t) for t in antecedent)
    names = [n for n in map(_neighbour_name, places) if n]
    if not frontier and not names:
        return False
    sent = sent_of(anchor)
    lead = _lead_words(doc, (sent.start_char, sent.end_char))
    if _own_event(verbs + holders, antecedent[1:], lead):
        return False
    if frontier:
        return True
    # a neighbour the lead names, or a place of the article's own beside it ("in Corvain and
    # neighbouring Dallow"), is the article's own event's
    return not any(_named_in_lead(n, lead) for n in names) and not any(
        t.pos_ == "PROPN" and _named_in_lead(t.text, lead) for t in places)
