"""Figures: which noun a number counts, read from the number's place in the parse.

A number phrase's root may stand for what is counted ("hundreds of villagers"), modify it
("29 people", "Nine Coastal Guard Unit (CGU) personnel"), be a tally's value set before the tally
noun ("took to eleven the number of men"), or be one bound of a comma-set pair whose noun comes
after both ("At least 60, and possibly as many as 100, people died"). ``counted`` returns the
nominal the number sits in and the counted noun, or no noun where the number counts nothing
its parse shows ("rose to 350 Sunday", "64 (previous report: 51)").
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.figures_exclude import DAY_PARTS, WEEKDAYS
from groundwatch.stages.extract.figures_lexicon import FORCES_NOUNS
from groundwatch.stages.extract.figures_words import of_pobj, people_like

__all__ = ["counted"]

#: Words that scale a number rather than name what it counts ("7 thousand", "2.5 lakh").
_SCALE_NOUNS = frozenset({"hundred", "thousand", "million", "dozen", "score", "ten", "billion", "lakh", "crore",
                          "quarter"})
#: Marks that end a number's phrase: a noun after them is not what the number counts (quotation marks
#: and hyphens do not: '2,000 "peacekeepers"', "3,000-4,000 people").
_PHRASE_BREAKS = frozenset({"(", ")", "[", "]", ":", ";", "|", "/"})
#: Nouns a number may modify without being what is counted: "rose to a record 2,300", "hit a new
#: high of 40", and a weekday the parser hangs the number on ("rose to 350 Sunday").
_NOT_COUNTED_HEADS = frozenset({"record", "high", "peak", "staggering", "total"}) | WEEKDAYS | DAY_PARTS
#: Tally nouns whose new value may stand before them, set off by their article: "to nine the number".
_TALLY_HEADS = frozenset({"number", "toll", "tally", "total", "count"})


#: Classifier nouns that count the thing after their "of" ("35 units of armoured vehicles", "12 pieces of
#: artillery"), as translated and military copy writes them; not of people or forces ("5 units of the guard"
#: counts units). General English, not tuned.
_CLASSIFIERS = frozenset({"unit", "piece", "item"})


#: Participles that give the noun before them its count: "troops numbering 5,000", "donations totalling 40".
_NUMBERING = frozenset({"numbering", "totalling", "totaling"})


def counted(root: Token) -> tuple[Token, Token | None]:
    """``(anchor, noun)``: the nominal the number sits in and the noun it counts (if any)."""
    if root.pos_ in ("NOUN", "PROPN") and root.lemma_.lower() in _SCALE_NOUNS | {"hundreds", "thousands"} and (
            root.dep_ not in ("nummod", "compound") or of_pobj(root) is not None):
        noun: Token | None = None
        cur = root
        for _ in range(3):  # "tens of thousands of people"
            nxt = of_pobj(cur)
            if nxt is None:
                break
            cur = nxt
            if cur.lemma_.lower() not in _SCALE_NOUNS:
                noun = cur
                break
        return root, noun
    if root.dep_ in ("nummod", "advmod", "amod") and root.head.lower_ == "more" and root.head.i == root.i + 1 and \
            root.head.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "conj", "pobj"):
        # "killed 9 and injured at least 30 more", "injured many more": "more" stands for the people
        return root.head, None
    if root.dep_ == "nummod" and root.head.i > root.i and (root.head.pos_ == "PRON" or root.head.lower_ == "one") and \
            any(t.text == "," for t in root.doc[root.i + 1:root.head.i]):
        return root.head, None  # "injuring at least 3, one critically": the part glued on takes the count's place
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        head = _through_name(root.head) if root.head.i > root.i else root.head
        if head.lemma_.lower() in _SCALE_NOUNS and head.i > root.i and any(
                t.is_punct for t in root.doc[root.i + 1:head.i]):
            return root, None  # "At least 8 dead, scores injured": a comma ends the first count
        if head.i > root.i and any(t.text == "," for t in root.doc[root.i + 1:head.i]) and any(
                t.like_num for t in root.doc[root.i + 1:head.i]):
            return root, None  # "kills 3, twelve others are injured": the others are the second number's
        if head.lemma_.lower() in _SCALE_NOUNS:  # "7 thousand" split oddly
            return counted(head)
        if head.lower_ in _NOT_COUNTED_HEADS or (head.lower_ == "number" and head.i < root.i):
            return head, None  # "the dead now number 412": the tally's verb read as a noun
        if head.lower_ in _TALLY_HEADS and head.i > root.i and any(
                t.dep_ == "det" for t in root.doc[root.i + 1:head.i]):
            return head, None  # "took to eleven the number of men in custody": the tally's value before it
        if head.i < root.i and root.dep_ == "nummod":
            return root, None  # "Pell 3 dead", "Deaths 45": a number after its noun lists or names, never counts it
        if any(t.text in _PHRASE_BREAKS and not _acronym_bracket(t) for t in root.doc[root.i + 1:head.i]):
            return root, None  # "64 (previous report: 51)": a bracket or a colon ends the number's phrase
        if head.lemma_.lower() in _CLASSIFIERS and (thing := of_pobj(head)) is not None and thing.pos_ == "NOUN" \
                and not people_like(thing) and thing.lemma_.lower() not in FORCES_NOUNS:
            return head, thing  # "35 units of armoured vehicles": the classifier's thing is what is counted
        return head, head
    verb = root.head
    if root.dep_ in ("dobj", "npadvmod", "attr") and verb.lower_ in _NUMBERING and verb.dep_ == "acl" and \
            verb.head.pos_ == "NOUN":
        noun_itself = verb.head  # one Token object for both: the caller tells them apart with "is"
        return noun_itself, noun_itself  # "Rebel fighters numbering about 700 have dug in": the noun's own count
    of = of_pobj(root)  # "six of the soldiers"
    if of is not None and of.pos_ in ("NOUN", "PROPN"):
        return root, of
    for c in root.children:  # "Seventeen more people have died": the noun parsed as a clause's subject on the number
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "NOUN"), None)
        if c.dep_ == "relcl" and subj is not None and root.i < subj.i <= root.i + 3 and all(
                t.dep_ == "amod" for t in root.doc[root.i + 1:subj.i]):
            return subj, subj
    if (noun := _noun_after_bounds(root)) is not None:
        return noun, noun
    return root, None


#: The most words between the two bounds of a comma-set pair ("60, and possibly as many as 100,").
_BOUNDS_ASIDE = 6


def _noun_after_bounds(root: Token) -> Token | None:
    """"At least 60, and possibly as many as 100, people died": the parser leaves both bounds of a
    comma-set pair off the noun after it, which counts both."""
    doc = root.doc
    for first in range(max(0, root.i - _BOUNDS_ASIDE - 3), root.i + 1):
        if not (doc[first].like_num and first + 2 < len(doc) and doc[first + 1].text == ","
                and doc[first + 2].lower_ in ("and", "or")):
            continue
        for second in range(first + 3, min(len(doc) - 2, first + 3 + _BOUNDS_ASIDE)):
            if doc[second].like_num and doc[second + 1].text == "," and root.i in (first, second):
                noun = doc[second + 2]
                ok = noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
                return noun if ok else None
    return None


def _through_name(head: Token) -> Token:
    """"Nine Coastal Guard Unit (CGU) personnel": the parser may hang the number on the body's name; what
    it counts is the common noun the name modifies."""
    cur = head
    for _ in range(4):
        if cur.pos_ != "PROPN" or cur.dep_ not in ("compound", "nmod") or cur.head.i <= cur.i or \
                cur.ent_type_ in ("DATE", "TIME"):
            break
        cur = cur.head
    return cur if cur.pos_ == "NOUN" and cur is not head else head


def _acronym_bracket(tok: Token) -> bool:
    """A bracket around one capitalised acronym inside a name ("Guard Unit (CGU) personnel")."""
    doc = tok.doc
    if tok.text == "(" and tok.i + 2 < len(doc):
        return doc[tok.i + 1].text.isupper() and doc[tok.i + 2].text == ")"
    if tok.text == ")" and tok.i >= 2:
        return doc[tok.i - 1].text.isupper() and doc[tok.i - 2].text == "("
    return False
