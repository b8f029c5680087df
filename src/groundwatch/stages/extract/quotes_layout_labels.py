"""Quotations that are labels rather than speech: who gave a label (the "by" agent of a label verb,
the possessor of a label noun), a request's owner ("the union's demands for 'x'"), and labels that
nobody speaks ("the so-called 'x'", "known as 'x'"). Re-exported from :mod:`quotes_layout`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from groundwatch.stages.extract.doc_cache import sent_of, token_starts
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_register import Register, reg_inside

#: Verbs that give a label ("branded 'a troublemaker' by the chief", "Labelled 'poachers' by Y")
#: and nouns that hold one ("the agency's description of the slope as 'stable'"): the "by" agent or
#: the possessor wrote the label. Chosen on batch y of the stress set and the session 12 hand review
#: of dates-dev and clean-dev tune text (4 real labels: a participle and a noun).
LABEL_VERBS = frozenset({"brand", "label", "call", "dub", "describe", "term", "name", "characterise",
                         "characterize", "tag", "nickname", "hail", "deride"})
LABEL_NOUNS = frozenset({"description", "characterisation", "characterization", "portrayal", "depiction"})
#: The same verbs as participles, which the tagger may call adjectives ("Labeled 'worms' by X, ..."), and
#: the participles that give a work its title ("a leaflet titled 'x'", "a booklet entitled: 'x'"; issue 10 audit
#: of real tune text, two titles credited to the noun before them).
LABEL_PARTICIPLES = frozenset({"labeled", "labelled", "branded", "called", "dubbed", "described", "termed", "named",
                               "characterised", "characterized", "tagged", "nicknamed", "hailed", "derided",
                               "titled", "entitled"})
#: Heads climbed from a quoted word to the label noun it hangs on ("description of the slope as
#: 'stable'": stable, as, slope... up to description; four in the session 12 review's case).
LABEL_NOUN_HOPS = 5


def label_author(reg: Register, q: Quotation, hanging: list[Token]) -> Token | None:
    """Who gave the label ``q`` when no speech verb did: the "by" phrase right after the quotation
    of a passive label verb (the parse hangs it on the quoted noun, so the verb shows no agent), or
    the possessor of a label noun the quotation hangs on."""
    doc = reg.doc
    verb = hanging[0] if hanging else None
    i = bisect.bisect_left(token_starts(doc), q.open) - 1
    while i >= 0 and (doc[i].is_punct or doc[i].dep_ == "cc" or reg_inside(reg, doc[i].idx)):
        i -= 1  # back over the opening mark and earlier labels: 'Labelled "poachers" and "thieves"'
    if i >= 0 and doc[i].lower_ in LABEL_PARTICIPLES and doc[i].tag_ in ("VBN", "JJ"):
        verb = doc[i]  # the parse may hang a sentence-opening participle on the quoted noun
    if verb is not None and (verb.lemma_.lower() in LABEL_VERBS or verb.lower_ in LABEL_PARTICIPLES) and (
            verb.tag_ in ("VBN", "JJ") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
        i = bisect.bisect_left(token_starts(doc), q.close + 1)
        while i < len(doc) and sent_of(doc[i]) == sent_of(verb) and (
                doc[i].is_punct or doc[i].dep_ == "cc" or reg_inside(reg, doc[i].idx)):
            i += 1  # past the closing mark and further labels: '"poachers" and "thieves" by Y'
        if i < len(doc) and doc[i].lower_ == "by" and sent_of(doc[i]) == sent_of(verb):
            agent = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    head = _noun_over(reg, q, LABEL_NOUNS)
    if head is None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in ("PROPN", "NOUN") else None


def _noun_over(reg: Register, q: Quotation, nouns: frozenset[str]) -> Token | None:
    """The first noun of ``nouns`` that a word of ``q`` hangs on, outside every quotation and below the
    clause's verb (at most ``LABEL_NOUN_HOPS`` up): 'the "x" label', 'its calls for "x"'."""
    doc = reg.doc
    starts = token_starts(doc)
    for tok in doc[bisect.bisect_left(starts, q.open) : bisect.bisect_left(starts, q.close)]:
        head = tok.head
        for _ in range(LABEL_NOUN_HOPS):
            if not reg_inside(reg, head.idx) and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
                return head
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
    return None


#: Nouns of a request whose object a quotation may be ("the union's demands for 'x'", "a call for
#: 'x'"): the words are the request's owner's, never the subject's of the verb that handles the
#: request ("the director rejected ..."). Chosen on stress batch ar and the session 17 hand review
#: of quotes-dev tune (one "call for 'x'" a platform dropped).
REQUEST_NOUNS = frozenset({"demand", "call", "plea", "appeal", "request"})


def request_owner(reg: Register, q: Quotation) -> tuple[bool, Token | None]:
    """Whether ``q`` is what a request noun asks for, and the request's owner: its possessor ("the
    union's demands"), for "its"/"their" the subject of the verb that has the request ("the Guild
    renewed its calls for 'x'"); None when it has none (nobody speaks)."""
    head = _noun_over(reg, q, REQUEST_NOUNS)
    if head is None:
        return False, None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in ("its", "their") and head.dep_ == "dobj":
        owner = next((c for c in head.head.children if c.dep_ == "nsubj"), owner)
    return True, owner


#: Words a label participle may take between itself and the quoted label ("known as", "billed as").
_LABEL_LINKS = frozenset({"as"})
#: Participles that give a label only with "as" after them ("known as 'x'", "billed as 'x'").
_AS_PARTICIPLES = frozenset({"known", "billed", "touted", "hailed", "described", "seen", "regarded"})
#: Tokens of a possessor written between a label participle and its label ("dubbed the state's
#: 'x'", "called Port Avel's 'x'"): at most this many. Chosen on batch z of the stress set (10
#: labels after a place's possessive, session 12 fourth round; the longest possessor 4 tokens).
LABEL_POSSESSOR_TOKENS = 5


def unsigned_label(reg: Register, q: Quotation) -> bool:
    """Whether ``q`` is a label given by a participle with no agent and so spoken by nobody: "the
    road, dubbed Kestria's 'lifeline'", "the hall, often called the city's 'living room'", "known
    as 'x'", "the so-called 'x'". The possessor names what the label is about, never who said it;
    a participle with its own subject ("he dubbed it 'x'") or a "by" agent after the label is left to
    the speaker rules."""
    doc = reg.doc
    starts = token_starts(doc)
    i = bisect.bisect_left(starts, q.open) - 1
    while i >= 0 and (doc[i].is_punct or doc[i].dep_ == "cc" or reg_inside(reg, doc[i].idx)):
        i -= 1  # the opening mark, and earlier labels: 'dubbed "x" and "y"'
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1  # 'known in the valley as the "paper village"' (quotes round 17)
    if i >= 0 and doc[i].lower_ in ("'s", "’s", "'"):  # a possessor: "Lusk's", "the state's"
        j, hops = i - 1, 0
        while j >= 0 and hops < LABEL_POSSESSOR_TOKENS and doc[j].pos_ in ("PROPN", "DET", "NOUN", "ADJ") and (
                doc[j].lower_ not in LABEL_PARTICIPLES):
            j, hops = j - 1, hops + 1
        i = j
    if i >= 0 and doc[i].lower_ in _LABEL_LINKS:  # "known (in the islands) as"
        head = doc[i].head
        i = head.i if head.i < i and head.lower_ in _AS_PARTICIPLES | LABEL_PARTICIPLES else i - 1
        if i >= 0 and doc[i].lower_ not in _AS_PARTICIPLES | LABEL_PARTICIPLES:
            return False
    elif i >= 0 and doc[i].lower_ in _AS_PARTICIPLES - LABEL_PARTICIPLES:
        return False
    if i < 0 or reg_inside(reg, doc[i].idx):
        return False
    word = doc[i]
    if word.lower_ == "called" and i > 0 and doc[i - 1].lower_ in ("so", "-"):
        return True  # "the so-called 'x'"
    if word.lower_ not in LABEL_PARTICIPLES | _AS_PARTICIPLES:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children) or word.dep_ not in ("acl", "advcl", "amod"):
        return False  # "he dubbed it 'x'", "the plan was called 'x'", "which he called 'x'": other rules
    j = bisect.bisect_left(starts, q.close + 1)
    while j < len(doc) and (doc[j].is_punct or doc[j].dep_ == "cc" or reg_inside(reg, doc[j].idx)):
        j += 1
    return not (j < len(doc) and doc[j].lower_ == "by" and sent_of(doc[j]) == sent_of(word))
