"""Figures: a named event other than the article's own, whose toll a relative clause gives in passing.

"Storm Pell formed over the same waters as Cyclone Ilsa, which has killed 30 people this week": a story
about one named storm (or quake, or offensive) that names another, with its toll in a relative clause on
the other's name, gives that other event's toll, never its own count. Known by the names: the count's
clause is a relative clause on a proper name that an event noun introduces ("Cyclone Ilsa", "Typhoon
Ilsa"), and the article's lead (its title and first full paragraph) names another such event and not
this one. When the lead names no event by name, nothing is said (the lead may call its own storm "the
cyclone").

An event named by a place the text has not named before gives another event's toll too ("fight the Cape
Dorran wildfire, in which 14 people have died", in a story whose lead tells of a fire elsewhere):
:func:`_place_named_event`; found on the invented corpus_m's look-alike (2026-12-04), no threshold.

An event measured against another gives the other's toll too: "The crash came two days after an explosion
at a plant in <town> killed 26 people" (:func:`measured_other_event`). Known by the grammar: the count's
clause opens with "after" or "before", its subject is an event noun introduced as new ("an explosion", "a
fire"), and the verb it hangs on has another event noun as its subject ("the crash"). "Rescuers dug on two
days after the quake killed 40" (the story's own event, with "the", under a verb whose subject is people)
stays the story's count. Found on the invented corpus_i's look-alike (2026-12-04); no threshold.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import sent_of

#: Nouns that introduce an event's proper name: "Cyclone Ilsa", "Storm Pell", "Hurricane Amo".
_EVENT_NOUNS = lexicons.words("event_words", kind="noun")
#: Subordinators that measure one event against another in time: "came two days after an explosion ...".
_MEASURING_MARKS = frozenset({"after", "before"})
#: Determiners that introduce an event as new to the text: "an explosion", not "the explosion" (the story's).
_NEW_DETERMINERS = frozenset({"a", "an"})
#: The words a paragraph needs to be the article's lead (its first full paragraph, not a dateline,
#: byline or headline line). Chosen by reading the leads of the invented corpora b-e (each lede over
#: 20 words, each byline or date line under 8), not tuned on a score. Shared with ``figures_scope_elsewhere``.
LEDE_MIN_WORDS = 12
_WORD = re.compile(r"\w+")


def _event_name(tok: Token) -> bool:
    """``tok`` is a proper name introduced by an event noun ("Ilsa" of "Cyclone Ilsa")."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in _EVENT_NOUNS for c in tok.children)


def _lead_end(doc: Doc) -> int:
    """The character offset where the article's lead (title to first full paragraph) ends."""
    text = doc.text
    pos = 0
    for m in re.finditer(r"\n\s*\n|\Z", text):
        if len(_WORD.findall(text[pos:m.start()])) >= LEDE_MIN_WORDS:
            return m.start()
        pos = m.end()
    return len(text)


def _place_named_event(doc: Doc, anchor: Token, clause: Token) -> bool:
    """"... sent to help fight the Cape Dorran wildfire, in which 14 people have died": a relative clause on an
    event noun named by a place ("the <Name> wildfire") that the text has not named before this sentence, in an
    article whose lead tells of an event of its own (an event noun there). A story names its own event's place
    in its lead or body before calling it "the <Name> fire" in passing; a name that first appears here is
    another event's."""
    head = clause.head
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    if not names or head.pos_ != "NOUN" or head.lemma_.lower() not in _EVENT_NOUNS:
        return False
    before = {t.lower_ for t in doc[:sent_of(anchor).start]}
    end = _lead_end(doc)
    return not any(n.lower_ in before for n in names) and any(
        t.idx < end and t.pos_ == "NOUN" and t.lemma_.lower() in _EVENT_NOUNS for t in doc)


def named_other_event(doc: Doc, anchor: Token, clause: Token) -> bool:
    """Whether the count's clause is a relative clause on another named event than the lead's (see the
    module docstring)."""
    if clause.dep_ == "relcl" and _place_named_event(doc, anchor, clause):
        return True
    if clause.dep_ != "relcl" or not _event_name(clause.head):
        return False
    end = _lead_end(doc)
    sent = sent_of(anchor)
    lead = [t for t in doc if t.idx < end and not (sent.start <= t.i < sent.end)]
    # the lead names an event, and never this one (not even as a bare word)
    return any(_event_name(t) for t in lead) and clause.head.lower_ not in {t.lower_ for t in lead}


#: Weapons that stand for the attack they did as a verb's subject: "A car bomb killed seven ..., two weeks after a
#: suicide attack killed 23" (the article's own event said by its device; fblind-s35).
_DEVICES = frozenset({"bomb", "missile", "rocket", "drone", "shell", "grenade", "landmine", "mine"})


def _device_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _DEVICES),
                None)


def _event_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _EVENT_NOUNS),
                None)


def _gerund_after(clause: Token) -> Token | None:
    """"came a week after shelling of the same town killed 9": the parser reads "after" as a preposition whose
    object is the event's bare gerund and leaves the killing verb without a subject. A bare gerund (no "the")
    is new to the text, as "an explosion" is."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return None
    for p in clause.head.children:
        if p.dep_ == "prep" and p.lower_ in _MEASURING_MARKS and p.i < clause.i:
            return next((g for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                         and g.lower_ in _EVENT_NOUNS and not any(x.dep_ == "det" for x in g.children)), None)
    return None


def measured_other_event(clause: Token) -> bool:
    """Whether the count's clause tells of another event the article's own is measured against (see the module
    docstring): "The crash came two days after an explosion ... killed 26"."""
    if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "... killed 26 and injured 90": the second verb shares the first's subject
    if clause.dep_ != "advcl":
        return False
    own = _event_subject(clause.head) or _device_subject(clause.head)
    if not any(c.dep_ == "mark" and c.lower_ in _MEASURING_MARKS for c in clause.children):
        gerund = _gerund_after(clause)
        return own is not None and gerund is not None and own.lemma_.lower() != gerund.lower_
    other = _event_subject(clause)
    return own is not None and other is not None and own.lemma_.lower() != other.lemma_.lower() and any(
        c.dep_ == "det" and c.lower_ in _NEW_DETERMINERS for c in other.children)
