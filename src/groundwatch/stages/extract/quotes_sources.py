"""Sources a phrase names instead of a verb's subject (split out of :mod:`quotes`).

- "according to X" and "in the words of X" in the quotation's sentences;
- a phrase right after the closing mark whose noun stands for the words themselves
  (``data/utterance_nouns.tsv``): '"...": the words of Ada Roe', '"..." - that was the message
  from the water board', '"...," came the reply from Ivo Marsh', '"..." Those were the words of
  Ada Roe' also when someone else was named before (stress batch bq);
- a cleft sentence right after it: '"Get out!" It was Ada Roe who shouted the warning';
- a verbless line ending in a colon over a list of quotations that names one person ("Key quotes
  from Governor Ada Roe's briefing:");
- a person a sentence opens on as its source ("According to Barrick, the province has opened 12
  centres."), who is then the "he" of the quotation after it, as a main-clause subject would be;
- the signer the sentence after a document's words names ('"...," the statement read. It was
  signed by Ada Roe'), for a document no one was named as issuing before (``signer_after``).
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text, sent_of, token_starts
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_names import entity_at, surname
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    Register,
    is_person_ent,
    is_title,
    resolve_name,
)
from groundwatch.stages.extract.quotes_verbs import in_quote

UTTERANCE_NOUNS = lexicons.words("utterance_nouns")

#: What may stand between the closing mark and "the <noun> of/from": a stop or a colon, a dash, and
#: "that was" pointing back or an inverted "came" ("came the reply from X"); at most two words
#: before the noun ("the last words of", "the blunt reply from").
_TRAILING = re.compile(
    r"[ \t]*[,.!?:]?[ \t]*(?:(?:--|[-\u2013\u2014])[ \t]*)?"
    r"(?:(?:that|this|those|these|such)[ \t]+(?:was|were|is|are)[ \t]+|came[ \t]+)?"
    r"(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?P<noun>[\w]+)[ \t]+(?P<prep>of|from)[ \t]+",
    re.IGNORECASE,
)
#: A document that "read" the quotation, written after it: '"...," the statement from X's office read'
#: (the parser takes "read" for a noun there) or '"...," read the statement from X' (stress bn, bq).
_DOCUMENT_READ = re.compile(
    r"[ \t]*,?[ \t]*(?:(?P<det>the|a|an|his|her|its|their)[ \t]+(?P<phrase>[^\"\n.!?;]{1,80}?)[ \t]+read"
    r"|read[ \t]+(?P<inverted>(?:the|a|an)[ \t]+[^\"\n.!?;]{1,80}?))[ \t]*(?:[.!?]|$)",
    re.IGNORECASE,
)
#: A cleft sentence right after the quotation naming who said it ("It was Ada Roe who shouted").
_CLEFT = re.compile(r"[ \t]*[.!?]?[ \t]*It[ \t]+was[ \t]+")


#: Prepositions before "the words of X" that make X the source: "in the words of X" (stress batch
#: bj), and translated "on/by the words of X" (Slavic "по словам", stress batch bt).
_WORDS_PREPS = frozenset({"in", "on", "by"})


def _words_of(tok: Token) -> Token | None:
    """X of "the words of X"."""
    if tok.lower_ != "words":
        return None
    source = [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return (_lost_apposition(source[0]) or source[0]) if source else None


def according_to(reg: Register, context: list[Token]) -> Token | None:
    """X of "according to X", of "according to the words of X", or of "in the words of X"."""
    for tok in context:
        if tok.head.lower_ in _WORDS_PREPS and not in_quote(reg, tok):
            source = _words_of(tok)
            if source is not None:
                return source
        if tok.lower_ != "according" or in_quote(reg, tok):
            continue
        for prep in [*tok.children, *([tok.nbor(1)] if tok.i + 1 < len(tok.doc) else [])]:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "to" and objs:
                return _words_of(objs[0]) or _lost_apposition(objs[0]) or objs[0]
    return None


def source_subjects(reg: Register) -> list[tuple[int, str]]:
    """(offset, full name) of each person a sentence outside quotations opens on with "According to
    X," where X is a person the article named (by the tagger or in full before): the sentence tells
    what X says, so a pronoun after it refers to X, not to the speaker before (quotes_crisis.txt)."""
    found: list[tuple[int, str]] = []
    for sent in doc_sents(reg.doc):
        words = [t for t in sent if not t.is_space]
        if len(words) < 4 or words[0].lower_ != "according" or words[1].lower_ != "to" or in_quote(reg, words[0]):
            continue
        run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), words[2:]))
        if not run or len(words) <= 2 + len(run) or words[2 + len(run)].text != ",":
            continue
        ent = entity_at(run[-1])
        written = " ".join(t.text for t in run)
        if surname(written).lower() in reg.surnames or (ent is not None and is_person_ent(ent)):
            found.append((run[0].idx, resolve_name(reg, written, run[0].idx) or written))
    return found


def _lost_apposition(title: Token) -> Token | None:
    """The person named after a comma right after a title's phrase, when the parser hung the name
    elsewhere ("according to the head of the region, Ivan Sorin"; stress batch bl)."""
    if not (is_title(title.text) or is_title(title.lemma_)):
        return None
    end = max(t.i for t in title.subtree) + 1
    doc = title.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    named = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "PERSON"), None)
    return named.root if named is not None else None


def _token_at(reg: Register, offset: int) -> Token | None:
    starts = token_starts(reg.doc)
    i = bisect.bisect_left(starts, offset)
    return reg.doc[i] if i < len(reg.doc) and starts[i] == offset else None


def trailing_source(reg: Register, q: Quotation) -> Token | None:
    """The speaker a phrase right after ``q``'s closing mark names: the object of "of"/"from" after
    a noun for the words ("the words of X", "the message from X"), or the person of a cleft
    sentence whose "who" clause says or shouts something; None otherwise."""
    if q.open_end:
        return None
    text = doc_text(reg.doc)
    m = _TRAILING.match(text, q.close + 1)
    if m is not None and m.group("noun").lower() in UTTERANCE_NOUNS:
        prep = _token_at(reg, m.start("prep"))
        objs = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
        if objs and not in_quote(reg, objs[0]):
            return objs[0]
        return None
    read = _DOCUMENT_READ.match(text, q.close + 1)
    if read is not None:
        a, b = read.span("inverted") if read.group("inverted") else (read.start("det"), read.end("phrase"))
        span = (
            reg.doc.char_span(a, b + 5, alignment_mode="expand")
            if not read.group("inverted")
            else (reg.doc.char_span(a, b, alignment_mode="expand"))
        )
        document = next(
            (t for t in span or () if t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS), None
        )
        if document is not None and span is not None and span[-1].lower_ == "read" and span[-1].pos_ != "VERB":
            # "the statement from X's office read" parsed with "read" as the noun of "from X's office":
            # its possessor is the author, else the word before it ends the author's name.
            owner = next((c for c in span[-1].children if c.dep_ == "poss"), None)
            return owner or (span[-2] if span[-2].i > document.i else document)
        return document
    m = _CLEFT.match(text, q.close + 1)
    first = _token_at(reg, m.end()) if m is not None else None
    ent = entity_at(first) if first is not None else None
    if first is None or ent is None or ent.label_ != "PERSON" or ent.start != first.i:
        return None
    says = any(
        t.lower_ == "who"
        and (
            t.head.lemma_.lower() in SPEECH_VERBS
            or any(c.dep_ == "dobj" and c.lemma_.lower() in UTTERANCE_NOUNS for c in t.head.children)
        )
        for t in ent.sent
        if t.i >= ent.end
    )
    return ent.root if says else None


def heading_source(reg: Register, start: int, end: int) -> Token | None:
    """The document, else the one person, a verbless line from ``start`` to ``end`` ending in a colon
    names ("Key quotes from Governor Ada Roe's briefing:", "Points from the ministry's statement:")
    over a list of quotations."""
    line = reg.doc.char_span(start, end, alignment_mode="expand")
    if line is None or any(t.pos_ in ("VERB", "AUX") and not in_quote(reg, t) for t in line):
        return None
    # The document first: a name the tagger gives a person can be a body's modifier ("the Kestrian
    # army's statement", an invented demonym; stress batch bq).
    document = next((t for t in line if t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS), None)
    if document is not None:
        return document
    people = {e.text: e for e in line.ents if e.label_ == "PERSON"}
    return next(iter(people.values())).root if len(people) == 1 else None


#: How many heads up from the word before the colon a noun for the words may stand ("Her words to
#: the crowd:" is three: crowd, to, words); set by hand on invented lines (stress batch br).
UTTERANCE_HOPS = 3
#: Nouns for the words and for documents that hold them ("The union's statement was short:"; bv).
_WORDS_NOUNS = UTTERANCE_NOUNS | DOCUMENT_NOUNS


def utterance_owner(reg: Register, q: Quotation) -> Token | None:
    """Whose words a noun before the colon that opens ``q`` names: "Velde's reply:", "Her words to
    the crowd:", or the subject of the clause the colon ends ("The message from the mayor was
    blunt:"): the noun's possessor or the object of its "of"/"from"; None otherwise."""
    doc = reg.doc
    i = bisect.bisect_left(token_starts(doc), q.open) - 1
    if i < 1 or doc[i].text != ":" or reg.paragraph_of[i - 1] != q.paragraph or in_quote(reg, doc[i - 1]):
        return None
    tok, noun = doc[i - 1], None
    for _ in range(UTTERANCE_HOPS + 1):
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _WORDS_NOUNS]
        own = tok.pos_ != "ADJ" and tok.lemma_.lower() in _WORDS_NOUNS  # "was brief:" is no legal brief
        if own or subjects:
            noun = subjects[0] if subjects and not own else tok
            break
        if tok.head.i == tok.i or in_quote(reg, tok.head):
            break
        tok = tok.head
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            # "from the mayor of Tessel, Ilse Dorn": the parse hangs the name on the place, and the
            # tagger may not call it a person
            named = [t for t in (obj.subtree if obj is not None else ()) if t.dep_ == "appos" and t.pos_ == "PROPN"]
            if len(named) == 1:
                return named[0]
            # someone who speaks, never "the message from the ground"
            speaks = obj is not None and (
                obj.pos_ == "PROPN" or is_title(obj.lemma_) or obj.lemma_.lower() in BODY_NOUNS
            )
            return obj if speaks else None
    return None


def signer_after(doc_tok: Token) -> Token | None:
    """The signer named in the sentence right after a document's words: '"...," the statement read.
    It was signed by Ada Roe and ten others' (blind batch pc). Only a passive "signed" whose subject is
    "it" or the document's own noun, and the first person or body of its "by" phrase."""
    doc = doc_tok.doc
    end = sent_of(doc_tok).end
    if end >= len(doc):
        return None
    for tok in sent_of(doc[end]):
        if tok.lemma_.lower() != "sign" or tok.tag_ != "VBN":
            continue
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is None or not (patient.lower_ == "it" or patient.lemma_.lower() == doc_tok.lemma_.lower()):
            return None
        return next((o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    return None
