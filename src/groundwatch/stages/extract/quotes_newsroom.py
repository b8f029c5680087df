"""The guest of "X spoke with reporter Y" is X (corpus_v's Q&A class, session 35).

``quotes_interview`` takes the object of an interview verb for the interviewee ("We spoke with Ada
Roe", "The Courier talked to pilot Jens Ravn"). When that object is the outlet's own journalist
("She spoke with Herald science writer Tomas Drey", "Roe sat down with our correspondent Lisa Varn",
"the minister talked to reporter Ivo Brask"), the guest is the verb's subject instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Nouns of a newsroom's staff written before a journalist's name. Inflections and near synonyms come
#: with each entry (writer/columnist/editor/correspondent/reporter/journalist/interviewer/host/anchor).
NEWSROOM_NOUNS = frozenset({
    "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "journalist",
    "journalists", "editor", "editors", "columnist", "interviewer", "host", "anchor", "presenter",
    "stringer", "producer",
})
#: Words before the name searched for a newsroom noun ("Herald science writer", "our correspondent"):
#: the longest such description in the invented tests is four words.
NEWSROOM_REACH = 4


def newsroom_object(ent: Span) -> Token | None:
    """The subject of the interview verb when the person ``ent`` it governs is described as a journalist."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.start - NEWSROOM_REACH, 0) : ent.start] if not t.is_punct]
    if not NEWSROOM_NOUNS.intersection(before):
        return None
    head = ent.root.head
    verb = head.head if head.dep_ == "prep" else head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("we", "i"):  # "we spoke with our reporter": the outlet, no guest here
        return None
    return subj
