"""The unnamed person a pronoun refers to ("A doctor at the hospital, who asked not to be named,
said ... '...,' he said"), split out of :mod:`quotes_speakers`, which calls it.

A pronoun goes to the nearest unnamed person who spoke before it in its paragraph or the one
before, when no named person spoke after them: a singular common noun with "a" as the subject of a
verb of saying, or of a verb that only frames one ("declined to say", "refused to comment",
"would not say"), or of any main verb when the subject's own aside is one of saying ("A senior
official, speaking on condition of anonymity, was blunter.", "A guard, who declined to give his
name, shrugged."): such an aside presents the next quote's speaker, who stays unnamed. A possessive
subject with such an aside ("His colleague, who declined to give his name, said") is one too. One who
speaks for a body ("a spokesman for the Interior Ministry") is the body, as the same words are when
they are the subject of the quote's own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.stages.extract.quotes_bodies import noun_phrase, represented_body
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    GENDERED,
    PERSON_GROUP_NOUNS,
    PLACE_NOUNS,
    PRONOUN_GENDER,
    Register,
    Speaker,
    reg_inside,
    text_of,
)
from groundwatch.stages.extract.quotes_register_names import given_name

#: Determiners of one unnamed person ("a resident", "one official", "another resident": one more of them).
_INDEFINITE = frozenset({"a", "an", "one", "another"})
#: Verbs whose subject has spoken ("a spokesman said", "an official explained").
_SPEAKING = frozenset({"say", "tell", "add", "explain", "describe", "comment"})
#: Verbs that frame a verb of saying in an infinitive ("declined to say", "refused to comment"):
#: their subject is one who speaks to the reporter, whatever they would not say (quotes round 17).
_FRAMING = frozenset({"decline", "refuse", "want", "wish", "agree", "go", "continue"})


def name_given(tok: Token) -> str | None:
    """The name a relative clause on ``tok`` or on its apposition gives ("a resident who gave only
    his first name, Halim", "Another resident, a teacher who gave only her first name, Dalia,", "a
    man who gave his name as Ivo"), or the one it is "known only as" ("The group's leader, known
    only as Sael,", however the parser hangs the words after the comma), or None."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for rel in (c for h in holders for c in h.children if c.dep_ == "relcl"):
        for t in rel.subtree:
            named = [c for c in t.children if c.dep_ == "appos"] if t.lemma_.lower() == "name" else []
            if t.lower_ == "as" and t.head.lemma_.lower() in ("name", "give", "identify"):
                named = [c for c in t.children if c.dep_ == "pobj"]
            for c in named:
                words = [w for w in c.subtree if w.i <= c.i]
                if c.pos_ == "PROPN" and words and all(w.text[:1].isupper() for w in words):
                    return text_of(words)
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 5]
    if len(after) == 4 and after[0].text == "," and after[1].lower_ == "known":
        alias = given_name(after[3])
        return alias.text if alias is not None else None
    return None


def _speaks(verb: Token) -> bool:
    """``verb`` is one of saying, or frames one in an infinitive ("declined to say")."""
    lemma = verb.lemma_.lower()
    return lemma in _SPEAKING or (lemma in _FRAMING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING for c in verb.children))


def _speaking_aside(subject: Token) -> bool:
    """The subject's own aside, between it and its main verb, is a verb of saying or of framing one:
    "A senior official, speaking on condition of anonymity, was blunter" (the parser may hang a relative
    clause on the subject's last noun: "a nurse at the clinic, who asked not to be named, was angrier")."""
    verb = subject.head
    if verb.dep_ != "ROOT" or verb.i < subject.i:
        return False
    return any(t.dep_ in ("acl", "relcl", "advcl") and t.lemma_.lower() in SPEECH_VERBS | _FRAMING
               for t in subject.doc[subject.i + 1:verb.i])


#: Possessives that bring in one more unnamed person beside someone just named ("His colleague, who
#: declined to give his name, said").
_THIRD_OWNERS = frozenset({"his", "her", "their"})


def _withheld_relative(subject: Token) -> bool:
    """"His colleague, who declined to give his name, said": a possessive subject whose own aside
    withholds the name speaks as one more unnamed person, as "a colleague" would (blind batch cy)."""
    return any(c.dep_ == "poss" and c.lower_ in _THIRD_OWNERS for c in subject.children) and _speaking_aside(subject)


def unnamed_subject(reg: Register, pron: Token) -> Token | None:
    """The nearest unnamed person who spoke before ``pron``, in this paragraph or the one before:
    a singular common noun introduced with "a" as a speech verb's subject ("a company spokesman
    said"), or with a possessive and a withholding aside (:func:`_withheld_relative`), not of the
    other sex than the pronoun ("a spokeswoman" is never "he")."""
    para = reg.paragraph_of[pron.i]
    gender = PRONOUN_GENDER.get(pron.lower_)
    for t in reversed(pron.doc[: pron.i]):
        if para - reg.paragraph_of[t.i] > 1:
            break
        if (t.dep_ == "nsubj" and t.tag_ == "NN" and not reg_inside(reg, t.idx)
                and (_speaks(t.head) or _speaking_aside(t))
                and (any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in t.children)
                     or _withheld_relative(t))
                and (t.lower_ not in BODY_NOUNS or t.lower_ in PERSON_GROUP_NOUNS)  # "an official": one person
                and t.lower_ not in DOCUMENT_NOUNS and t.lower_ not in PLACE_NOUNS
                and GENDERED.get(t.lemma_.lower(), gender) in (gender, None)):
            return t
    return None


def unnamed_speaker(reg: Register, pron: Token) -> Speaker | None:
    """"He said" after "A doctor at the hospital, who asked not to be named, said ...": the
    nearest unnamed person who spoke (see ``unnamed_subject``), as written, or the body they
    speak for."""
    t = unnamed_subject(reg, pron)
    if t is None:
        return None
    given = name_given(t)  # "a resident who gave only her first name, Lina, said ... she said"
    if given is not None:
        return Speaker(given, text_of(noun_phrase(t)) or None, pron.text, "person", "coreference")
    # "his colleague" is the colleague: the owner's pronoun names nobody
    written = text_of([w for w in noun_phrase(t) if not (w.dep_ == "poss" and w.lower_ in _THIRD_OWNERS)])
    body = represented_body(reg, t) if t.lemma_.lower().startswith("spokes") else None
    if body is not None:  # "A spokesman for the Interior Ministry declined to say ... he said": the ministry
        return Speaker(body, written or None, pron.text, "organisation", "coreference")
    return Speaker(written, None, pron.text, "unknown", "coreference") if written else None


def spoke_after(reg: Register, name: str, pron: Token) -> bool:
    """True when an unnamed person spoke after ``name`` was last mentioned and before ``pron``:
    "Ada Roe ... A company spokesman said ... '...,' he said" is the spokesman."""
    t = unnamed_subject(reg, pron)
    if t is None:
        return False
    last = max((pos for pos, n in [*reg.subjects, *((p.position, p.name) for p in reg.people)]
                if n == name and pos < pron.idx), default=-1)
    return last < t.idx


def unnamed_antecedent(reg: Register, tok: Token) -> Token | None:
    """The unnamed person a definite noun refers back to ("The gunman's brother, who asked not to be
    named, told the paper ... '...,' the brother said"): the latest noun of the same lemma that was a
    clause's subject, in this paragraph or the one before, outside quotations, with no name beside it
    (a name in apposition, or one given as one). None when there is none: "the brother" is then an
    epithet for someone named (:mod:`quotes_epithets`)."""
    para = reg.paragraph_of[tok.i]
    lemma = tok.lemma_.lower()
    for t in reversed(tok.doc[: tok.i]):
        if para - reg.paragraph_of[t.i] > 1:
            return None
        if (t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
                and not reg_inside(reg, t.idx)):
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children) or name_given(t) is not None
            return None if named else t
    return None


def unnamed_mention(reg: Register, tok: Token) -> bool:
    """``tok`` is a lower-case noun for an unnamed person, never an epithet of someone named: "a
    minister said", "one aide said", "another aide said" (someone new, or one more of a group), or
    "the aide said" after "A senior aide to X, who spoke on condition of anonymity, said" (the unnamed
    one brought in with "a"). A spokesman is left to the body they speak for, a body's noun to the
    body (blind batch qd: all three went to the person named before)."""
    lemma = tok.lemma_.lower()
    if (tok.pos_ != "NOUN" or not tok.text.islower() or lemma.startswith("spokes")
            or (lemma in BODY_NOUNS and lemma not in PERSON_GROUP_NOUNS)):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
    if dets & _INDEFINITE:  # "a minister said": an indefinite article brings in someone new
        return True
    earlier = unnamed_antecedent(reg, tok) if "the" in dets else None
    return earlier is not None and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE
                                       for c in earlier.children)


def earlier_unnamed_office(reg: Register, tok: Token) -> Speaker | None:
    """"A spokesperson for the Health Ministry said ... '...,' the spokesperson said": a definite office with no
    body of its own is the one the article introduced with "a" before it (nearest first, outside quotations): the
    body that one speaks for, or the office as first written ("a ministry spokesperson"); None when the article
    introduced no such office."""
    for t in reversed(tok.doc[: tok.i]):
        if t.lemma_.lower() != tok.lemma_.lower() or reg_inside(reg, t.idx) or not any(
                c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children):
            continue
        body = represented_body(reg, t)
        if body is not None:
            return Speaker(body, text_of(noun_phrase(tok)) or None, tok.text, "organisation", "coreference")
        whose = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
        if whose:  # "a ministry spokesperson": the noun before the office says whose it is
            written = text_of([*t.doc[min(c.left_edge.i for c in whose) : t.i], t])
            return Speaker(written, written, tok.text, "unknown", "coreference")
        return None
    return None
