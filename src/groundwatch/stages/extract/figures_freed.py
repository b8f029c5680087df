"""Figures: captives who got away, were freed or came back are no count of a kind.

People abducted or held by an armed group are ``detained`` (the lead's decision on corpus_l, issue 10).
Once they escape, are freed or return, they are held no more, and escaping from captors is no flight
from a home: "Nine women escaped from their kidnappers" counts nobody displaced, "six people who were
kidnapped have returned" nobody detained, and "the 14 hostages who were freed were taken to hospital"
nobody hurt unless the sentence says they were. The class is captives said to be out of their captors'
hands; what marks them as captives is the counted noun ("hostages", "kidnapped girls", "people who were
abducted"), the escape's source ("from their captors") or, for a bare "Seven escaped", captivity named in
the sentence or the one before. People who escape a place or a hazard ("escaped to the hills",
"escaped the fighting") are displaced as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_words import UNDOING_VERBS, negated, people_like

__all__ = ["freed_captives"]

#: Verbs of getting away whose subject, if a captive, leaves captivity: not displaced, not detained.
_ESCAPE_VERBS = frozenset({"escape", "flee"})
#: Verbs of coming back: a captive who returns is held no more ("undoing" verbs are in figure_words.tsv).
_LEAVING_CAPTIVITY = _ESCAPE_VERBS | UNDOING_VERBS
#: Nouns that are captives themselves, or their captors and captivity, as the source an escape is from.
_CAPTIVE_NOUNS = frozenset({"hostage", "captive", "abductee"})
_CAPTOR_NOUNS = frozenset({"captor", "kidnapper", "abductor", "captivity", "abduction", "kidnapping"})
#: Words that name captivity in a sentence: a bare count that escaped next to one is of the captives.
_CAPTIVITY_CUES = _CAPTIVE_NOUNS | _CAPTOR_NOUNS | frozenset({"abduct", "kidnap"})
#: Verbs of taking that name captivity only with people as their object ("seized 23 passengers ...; four had
#: escaped"); "seized the town ... thousands escaped" is a flight.
_TAKING_PEOPLE = frozenset({"seize", "capture", "snatch", "grab"})
#: Prepositions that send the escapees somewhere (a place or a hazard fled): a flight, not a captive's escape.
_FLIGHT_PREPS = frozenset({"to", "into", "across", "towards", "toward", "over", "out"})
#: Words that say the freed were hurt: then they are the injured, freed or not.
_HURT_WORDS = frozenset({"injure", "wound", "hurt", "injury", "wounded", "injured", "gunshot", "burn", "fracture"})
#: Verbs of freeing people: the freed taken to hospital are examined, not hurt (rescue is left out: the
#: rescued from rubble or water are often hurt, and earlier golds count them so).
_FREEING_VERBS = frozenset({"free", "release"})


def _subject(anchor: Token, noun: Token | None) -> Token:
    """The counted noun (or the bare number) as the clause sees it: the first of a list it heads."""
    tok = noun if noun is not None else anchor
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def _captive_noun(noun: Token) -> bool:
    """"hostages", "kidnapped girls", "people who were abducted": the noun itself says they were taken."""
    if noun.lemma_.lower() in _CAPTIVE_NOUNS:
        return True
    return any(c.dep_ in ("amod", "acl", "relcl") and lex.TRANSITIVE.get(c.lemma_.lower()) == "detained"
               for c in noun.children)


def _from_captors(verb: Token) -> bool:
    """"escaped from their captors", "fled captivity"."""
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    objs += [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _CAPTOR_NOUNS for o in objs)


def _fled_somewhere(verb: Token) -> bool:
    """"escaped to the hills", "escaped the fighting": the escape has a destination or a thing escaped."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _FLIGHT_PREPS) for c in verb.children)


def _captivity_near(verb: Token) -> bool:
    """Captivity named (or people still held) in the verb's sentence, outside a clause subordinate to the
    verb ("escaped as gunmen abducted 12" is a flight), or in the sentence before."""
    sent = verb.sent
    inside = {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}
    words = [t for t in sent if t.i not in inside]
    if sent.start > 0:
        words += list(verb.doc[sent.start - 1].sent)
    return any(t.lemma_.lower() in _CAPTIVITY_CUES or _still_held(t) or _people_taken(t) for t in words)


def _people_taken(tok: Token) -> bool:
    return tok.lemma_.lower() in _TAKING_PEOPLE and tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and people_like(c) for c in tok.children)


def _still_held(tok: Token) -> bool:
    """"42 are still held": people held still are captives (a bare "held talks" is not)."""
    return tok.lemma_.lower() == "hold" and tok.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children)


def _escaped(verb: Token, noun: Token | None) -> bool:
    """A captive's escape: the subject is a captive, the escape is from captors, or a bare escape with
    captivity named beside it."""
    if verb.lemma_.lower() not in _ESCAPE_VERBS or negated(verb):
        return False
    if (noun is not None and _captive_noun(noun)) or _from_captors(verb):
        return True
    return not _fled_somewhere(verb) and _captivity_near(verb)


def _freed_unhurt(noun: Token | None) -> bool:
    """"The 14 hostages who were freed were taken to hospital": freed, with no word of a hurt."""
    if noun is None or not any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _FREEING_VERBS and not negated(c)
                               for c in noun.children):
        return False
    return not any(t.lemma_.lower() in _HURT_WORDS or t.lower_ in _HURT_WORDS for t in noun.sent)


def freed_captives(anchor: Token, noun: Token | None, kind: str) -> bool:
    """Whether the count is of captives out of captivity, which no kind counts: escaped captives read as
    displaced, freed ones taken to hospital read as injured, and captives who came back or escaped read as
    detained by the clause that says they were taken."""
    subj = _subject(anchor, noun)
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return kind == "injured" and _freed_unhurt(noun)
    verb = subj.head
    if kind == "displaced":
        return _escaped(verb, noun)
    if kind == "detained":
        return verb.lemma_.lower() in _LEAVING_CAPTIVITY and not negated(verb) and (
            subj.dep_ == "nsubj" or verb.lemma_.lower() in UNDOING_VERBS)
    if kind == "injured":
        return _freed_unhurt(noun)
    return False
