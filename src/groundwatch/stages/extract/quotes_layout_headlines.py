"""Quotations in headlines: whether a quotation stands in a headline line, the speaker a headline
names as its subject after the quotation, and a passive headline's patient, who is never the speaker
(its agent may be). Re-exported from :mod:`quotes_layout`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Token

from groundwatch.lexicons_verbs import JUDGING_VERBS, SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import doc_text, token_starts
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import Person, Register, Speaker, is_title, reg_inside


def headline_line(reg: Register, q: Quotation) -> bool:
    """True when ``q`` stands in a one-line paragraph that ends in no full stop, question or
    exclamation mark outside its quotation: a headline ("'x': Ada Roe sued by her staff"), not a
    sentence of body text."""
    text = doc_text(reg.doc)
    start = text.rfind("\n", 0, q.open) + 1
    end = text.find("\n", q.close)
    end = len(text) if end < 0 else end
    after = text[q.close + 1 : end].strip()
    if not after and text[q.start : q.end].rstrip().endswith("."):
        return False  # '... found that "the levees failed."': a sentence ending in its quotation
    outside = (text[start : q.open] + " " + after).replace("...", " ").replace("\u2026", " ")  # ellipses go on
    # Another quotation's closing mark after its full stop ('... as a "leech" and a "brat."') ends the line too.
    outside = re.sub("[\"'\u201d\u2019\u00bb]+(?=\\s|$)", "", outside).strip()
    return not re.search(r"[.!?](?:\s|$)", outside) and not outside.endswith((".", "!", "?"))


def passive_patient(tok: Token) -> tuple[bool, Token | None]:
    """Whether ``tok`` is the patient of a passive verb written with its agent ("Ada Roe sued by her
    staff", "Ada Roe, criticised by Ivo Marsh"; headline grammar drops the "was"), and the agent's
    noun when there is one ("staff", "Marsh"). A "was"-passive with no agent is a patient too."""
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i else []
    if not (verbs and verbs[0].lemma_.lower() in SPEECH_VERBS):  # "X, praised by Y, asked: '...'": X asks
        verbs += [c for c in tok.children if c.dep_ == "acl" and c.i > tok.i]
    for verb in verbs:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in ("quote", "cite"):  # "X was quoted by Y as saying"
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None and _dropped_was(tok, verb):
            return True, _late_agent(verb)
        if agent is None and not (tok.dep_ == "nsubjpass" and verb.i == tok.head.i):
            continue
        return True, next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return False, None


def _dropped_was(tok: Token, verb: Token) -> bool:
    """A headline's passive written without "was" ("Ada Roe slammed over 'lazy' remark", "Ivo Lind
    criticised for 'y'", "Ada Roe accused of 'y'"), which the parser reads as active: a verb of
    judging a person in its past form, with ``tok`` its subject, no object and an "over"/"for"/"of"
    phrase (stress batches ar, ay)."""
    return (verb.i == tok.head.i and tok.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN")
            and verb.lemma_.lower() in JUDGING_VERBS
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("over", "for", "of") for c in verb.children))


def _late_agent(verb: Token) -> Token | None:
    """The noun of a "by" phrase after a "was"-less headline passive, which the parser hangs on the
    quoted words ("Ada Roe accused of 'lying' by Ivo Marsh"): the agent, else None (stress batch ay)."""
    by = next((t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i and t.dep_ in ("agent", "prep")), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def agent_speaker(reg: Register, agent: Token | None, resolve: Callable[[Register, Token], Speaker]) -> Speaker:
    """The speaker for a headline whose subject is a passive's patient: its agent when it is a
    named person or body ("... by councillor Ada Roe", "... by the Velmo Football Union"), else
    nobody ("... by fans", "... by her staff"); never the patient (stress batch ap)."""
    if agent is None or agent.pos_ != "PROPN":
        return Speaker()
    found = resolve(reg, agent)
    return found if found.name and found.kind in ("person", "organisation") else Speaker()


def named_below(reg: Register, title: Token, after: int) -> Person | None:
    """The first person the article names after the headline with the headline's title ("Karvenian general" ...
    "General Arkady Belov", "the mayor of Dorvan, Lisa Marek"): a headline calls its speaker by the office the body
    then names (invented probes of session 36: 2 of 2 headline quotes credited to the office as written)."""
    word = title.lemma_.lower()
    return next((p for p in reg.people if p.position > after and (
        word in p.described or (p.role is not None and word in p.role.lower().split()))), None)


#: A headline's quotation and the line after it: a colon or nothing, then the capitalised subject.
_HEADLINE_REST = re.compile(r"\s*:\s+\S|\s+[A-Z]")


def headline_subject(reg: Register, q: Quotation,
                     resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """A headline of a list that opens with its quotation and goes on with its speaker as the line's
    subject ("'We are heartbroken': singer Ada Roe reveals ...", "'No more tours!' Ada Roe tells fans
    ..."): that person (stress batch an). A quotation ending in a full stop or comma is body text; a
    headline with a colon whose subject is no person ("'A sad day': the bakery closes") has no speaker
    (not the previous line's)."""
    text = doc_text(reg.doc)
    inner = text[q.start : q.end].rstrip()
    line_end = text.find("\n", q.close)
    rest = text[q.close + 1 : len(text) if line_end < 0 else line_end]
    if q.open_end or not inner or inner[-1] in ".,;" or not _HEADLINE_REST.match(rest):
        return None
    for t in reg.doc[bisect.bisect_right(token_starts(reg.doc), q.close):]:
        if reg.paragraph_of[t.i] != q.paragraph:
            break
        ent = entity_at(t) if t.ent_type_ == "PERSON" else None  # "'x' Ada Roe remembers": misparsed
        # A headline verb the tagger calls a noun is the line's root ("Ada Roe thanks ...": stress aq).
        named = ent is not None and ent.end < len(reg.doc) and (
            reg.doc[ent.end].pos_ == "VERB" or (reg.doc[ent.end].dep_ == "ROOT" and reg.doc[ent.end].text.islower()))
        if named or (t.dep_ in ("nsubj", "nsubjpass") and t.head.idx > q.close and not reg_inside(reg, t.idx)):
            subj = ent.root if ent is not None and named else t
            patient, agent = passive_patient(subj)
            if patient:  # "'x': Ada Roe sued by her staff": the staff, not Ada Roe
                return agent_speaker(reg, agent, resolve)
            found = resolve(reg, subj)
            if found.name and found.kind == "person" and (named or t.pos_ == "PROPN"):  # "the bakery": no
                return Speaker(found.name, found.role, t.text, "person", "direct")
            below = named_below(reg, subj, q.close) if found.kind != "person" and is_title(subj.lemma_) else None
            if below is not None:  # "'Hold the line,' Karvenian general tells troops", the general named below
                return Speaker(below.name, below.role, t.text, "person", "coreference")
            break
    tail = [t for t in reg.paragraph(q.paragraph) if t.idx > q.close and not (t.is_punct or t.is_space)]
    if tail and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in tail) and is_title(tail[-1].text):
        found = resolve(reg, tail[-1])  # "'We were not warned': Lusk mayor", named under the headline
        if found.name and found.kind == "person" and found.name != found.mention:
            return Speaker(found.name, found.role, tail[-1].text, "person", "coreference")
    return Speaker() if rest.lstrip().startswith(":") else None  # "'x': the bakery closes": nobody
