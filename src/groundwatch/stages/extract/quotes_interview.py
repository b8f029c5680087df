"""Speakers an interview's or a feature's layout names (stress batch be).

- Question-and-answer interviews: an answer is written as the interviewee's own prose, so a word
  or phrase in quotation marks inside it, with no verb of saying, is the interviewee's ("it looked
  'plastic'"), never the outlet the interviewee was talking to.
- A standfirst: a quotation standing alone under a headline that gives its source ("Towns Need
  Their Own Maps, According to Hydrologist Ada Roe") is that source's, also when the cleaner took
  the headline out of the text and left it only as the page's title.
- A definite noun in an answer ("A: The mayor told us 'x'") is someone in the interviewee's story,
  unless the article gave that noun to the person it resolves to.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from groundwatch.stages.extract.doc_cache import doc_ents, doc_sents, doc_text
from groundwatch.stages.extract.quotes_layout import named_before, only_asks, paragraph_before_lone_quote
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_newsroom import newsroom_object
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    GIVEN_NAME_GENDER,
    PLACE_NOUNS,
    Register,
    Speaker,
    is_honorific,
    is_title,
    resolve_name,
)

#: Paragraphs an answer may run to after its question: answers of the interviews in stress batch
#: be and of the one real interview of the review sample (seed 1311) run to two or three.
ANSWER_REACH = 3
#: Verbs an article introduces its interviewee with ("we spoke with X", "talked to X").
_INTERVIEW_VERBS = frozenset({"speak", "talk", "chat", "sit", "interview", "catch"})


def _question(reg: Register, paras: list[tuple[int, int]], k: int) -> bool:
    """Paragraph ``k`` only asks a question, with no quotation in it."""
    a, b = paras[k]
    return only_asks(reg, a, b) and not any(start < b and end > a for start, end in reg.quoted)


def _introduced_guest(reg: Register, before: int, resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """The person an interview verb before offset ``before`` names as its object ("Here, we spoke
    with Roe about ...", "The Courier talked to harbour pilot Jens Ravn")."""
    for ent in reversed([e for e in doc_ents(reg.doc) if e.label_ == "PERSON" and e.start_char < before]):
        head = ent.root.head
        verb = head.head if head.dep_ == "prep" and head.lower_ in ("with", "to") else head
        if verb.lemma_.lower() in _INTERVIEW_VERBS or (verb.lemma_.lower() == "interview" and ent.root.dep_ == "dobj"):
            asker = newsroom_object(ent)
            found = resolve(reg, asker if asker is not None else ent.root)
            if found.name and found.kind == "person":
                return Speaker(found.name, found.role, None, "person", "coreference")
    return None


def interview_answer(reg: Register, q: Quotation, paras: list[tuple[int, int]],
                     resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """The interviewee, for a cue-less quotation inside an answer of a question-and-answer
    interview: the person an interview verb introduced before the first question. None elsewhere."""
    questions = [k for k in range(len(paras)) if _question(reg, paras, k)]
    if not any(q.paragraph - ANSWER_REACH <= k < q.paragraph for k in questions):
        return None
    # Only an interview verb makes the questions an interview's: explainers and live pages head
    # their sections with questions ("Will a daily pill help your heart?") and quote many people
    # under them (two clean-dev tune pages, where the latest speaker before the first question
    # was taken for everyone's at first).
    return _introduced_guest(reg, paras[questions[0]][0], resolve)


def standfirst_source(reg: Register, q: Quotation, paras: list[tuple[int, int]],
                      resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """The person a headline names with "according to", for a quotation that fills the paragraph
    right under that headline (a standfirst)."""
    before = paragraph_before_lone_quote(reg, q, paras)
    if before is None:
        return None
    a, b = before
    line = doc_text(reg.doc)[a:b].strip()
    if not line or line[-1] in ".!?:;" or "\n" in line:
        return None  # a headline: one line, no closing full stop
    words = list(reg.paragraph(q.paragraph - 1))
    at = next((t.i for t in words if t.lower_ == "according" and t.i + 1 < len(reg.doc)
               and reg.doc[t.i + 1].lower_ == "to"), None)
    if at is None:
        return None
    named = [e for e in doc_ents(reg.doc) if e.label_ == "PERSON" and e.start > at and e.end_char <= b]
    if not named:
        return None
    found = resolve(reg, named[0].root)
    return Speaker(found.name, found.role, None, "person", "direct") if found.name and found.kind == "person" else None


#: A headline that ends by naming its source ("..., According to Hydrologist Ada Roe").
_ACCORDING_TO = re.compile(r"\baccording to\s+(.+?)[\s.!?]*$", re.IGNORECASE)
#: The most words of a person's name after "according to" in a headline (given names and surname),
#: set by hand on the eight invented headlines of test_quotes (session 20): more is a body's name or a phrase.
HEADLINE_NAME_WORDS = 3


def title_source(title: str | None) -> str | None:
    """The person a headline names at its end with "according to" ("Towns Need Their Own Maps,
    According to Hydrologist Ada Roe" -> "Ada Roe"): articles and titles dropped, then two or three
    capitalised words opening with a known given name, none of them a body, document or place noun
    ("According to a New Study", "According to State Police", "According to Our Readers": nobody)."""
    m = _ACCORDING_TO.search(title or "")
    if m is None:
        return None
    words = m.group(1).replace(",", " ").split()
    while words and (words[0].lower() in ("the", "a", "an") or is_title(words[0]) or is_honorific(words[0])):
        words = words[1:]
    if len(words) == HEADLINE_NAME_WORDS and words[1].lower() in GIVEN_NAME_GENDER:
        words = words[1:]  # a job word the title list lacks ("Hydrologist Ada Roe")
    if not 2 <= len(words) <= HEADLINE_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None
    bare = [w.strip(".'’").lower() for w in words]
    if bare[0] not in GIVEN_NAME_GENDER or any(
            w in BODY_NOUNS or w in DOCUMENT_NOUNS or w in PLACE_NOUNS or is_title(w) for w in bare):
        return None  # only a known given name opens a person's name here: a headline has no tagger
    return " ".join(words)


def standfirst_from_title(reg: Register, q: Quotation, paras: list[tuple[int, int]],
                          title: str | None) -> Speaker | None:
    """The person the page's headline names with "according to", for a quotation that fills the
    first paragraph of a text whose headline the cleaner moved out of it (a standfirst)."""
    if q.paragraph != 0 or q.open_end:
        return None
    text = doc_text(reg.doc)
    p_start, p_end = paras[0]
    if text[p_start : q.open].strip() or text[q.close + 1 : p_end].strip(" \t\n.,"):
        return None
    name = title_source(title)
    return Speaker(name, None, None, "person", "direct") if name else None


def label_name(reg: Register, label: str, at: int) -> str:
    """The person a transcript label in capitals names, in full where the article introduced them:
    "MR. ROE" and "MINISTER ROE" are Roe (the title is no part of the name), "THE PRESIDENT" is the
    last president named before the label, and "AR" the one person introduced in full before it
    with those initials (an interview's initials labels; stress batch bj)."""
    words = label.split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    titles = 0
    while titles < len(words) - 1 and (is_title(words[titles]) or is_honorific(words[titles])):
        titles += 1
    rest = words[titles:]
    written = " ".join(w.capitalize() for w in rest)
    earlier = [p for p in reg.people if p.position < at and len(p.name.split()) >= 2]
    if len(rest) == 1 and is_title(rest[0]):  # "THE PRESIDENT": the holder of that office named before
        holders = [p.name for p in earlier if p.role and rest[0].lower() in p.role.lower().split()]
        return holders[-1] if holders else written
    if len(rest) == 1 and not titles and 2 <= len(rest[0]) <= 3 and rest[0].isalpha() and rest[0].isupper():
        matched = {p.name for p in earlier if "".join(w[0] for w in p.name.split()).upper() == rest[0]}
        if len(matched) == 1:
            return matched.pop()
    return resolve_name(reg, written, at) or written


def caption_subject(reg: Register, q: Quotation) -> Speaker | None:
    """A photo caption's quotation followed by the line naming who is pictured, with no verb:
    '"We lost everything." Ada Roe outside her shop in Lusk. Photo: ...' is Roe's (stress batch bj)."""
    sent = next((s for s in doc_sents(reg.doc) if s.start_char > q.close), None)
    if sent is None or reg.paragraph_of[sent.start] != q.paragraph:
        return None
    if doc_text(reg.doc)[q.close + 1 : sent.start_char].strip():
        return None
    ent = next((e for e in doc_ents(reg.doc) if e.start == sent.start), None)
    if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    return Speaker(resolve_name(reg, ent.text, ent.start_char) or ent.text, None, ent.text, "person", "direct")


#: The most words of a line that names its speaker by a title alone before a colon ("The governor:",
#: "The aid chief's verdict:"); set by hand on invented lines (stress batch bn).
ROLE_LABEL_WORDS = 5


def role_label(reg: Register, q: Quotation, paras: list[tuple[int, int]],
               resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """A line naming its speaker by a title alone before the colon and ``q`` ("The governor: '...'",
    a headline's "Governor: '...'", "The aid chief's verdict: '...'"): the person of that title the
    article names (before, or under the headline); None when the title names nobody known."""
    line = [t for t in reg.paragraph(q.paragraph) if t.idx < q.open and not t.is_space]
    if len(line) < 2 or line[-1].text != ":":
        return None
    words = line[:-1]
    if len(words) >= 3 and words[-2].text in ("'s", "\u2019s") and words[-1].pos_ == "NOUN":
        words = words[:-2]  # "The mayor's reply:", "The aid chief's verdict:"
    head = words[-1] if words else None
    if head is None or len(words) > ROLE_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not (is_title(head.text) or is_title(head.lemma_)) or any(t.ent_type_ == "PERSON" for t in words):
        return None
    found = resolve(reg, head)
    return found if found.name and found.kind == "person" and found.name != found.mention else None


def labelled_before(reg: Register, q: Quotation, paras: list[tuple[int, int]],
                    resolve: Callable[[Register, Token], Speaker]) -> Speaker | None:
    """The speaker a line names before ``q``'s dash or colon: by name (``quotes_layout.named_before``),
    else by a title alone (``role_label``)."""
    return named_before(reg, q, paras[q.paragraph][0]) or role_label(reg, q, paras, resolve)


def answer_epithet(reg: Register, q: Quotation, subj: Token, speaker: Speaker) -> Speaker:
    """A definite noun in an interview's answer line ("A: The mayor told us 'x'", "the owner kept
    shouting 'x'") is someone in the interviewee's story: not the interviewee or the interviewer,
    whom the title's and epithet's fallbacks to the person just named would give (stress batches bq,
    bs). Kept only when a person the article named holds the noun in a written role or description."""
    text = doc_text(reg.doc)
    line = text.rfind("\n", 0, q.open) + 1
    if not re.match(r"A[:.]\s", text[line : line + 3]) or subj.pos_ != "NOUN" or not subj.text.islower():
        return speaker
    if speaker.kind != "person" or speaker.resolved_by != "coreference" or not speaker.name:
        return speaker
    noun = subj.lemma_.lower()
    held = any(p.name == speaker.name and (noun in (p.role or "").lower().split() or noun in p.described)
               for p in reg.people)
    return speaker if held else Speaker(subj.text, None, subj.text, None, None)
