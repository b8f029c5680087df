"""Speakers named by the layout around a quotation rather than by a speech verb.

- A signature after the closing mark: ``"Fix the roads first." ― Ada Roe, 34, Tessel`` (vox-pop
  lists, epigraphs, testimonials): a dash, then a name that ends its line or is followed only by
  a comma or a bracket (an age, a town, a role).
- A name and a dash or colon just before the opening mark: ``including the mayor Ada Roe --
  "We must rebuild" --`` or ``Ada Roe: "We must rebuild"``. A colon after a verb's object
  ("he told Ada Roe: ...") names the listener, so a colon counts only after a subject or a
  name standing alone.
- A story that opens on a quotation with nobody named before it, and introduces its speaker in
  the sentence after (``"There is no bread left." The words came from Ada Roe, a teacher ...``).
- An interview's answer: a quotation filling its paragraph right after a paragraph that only asks
  a question (``What is left?`` then ``"A tenth."``) is the interviewee's.

Beside it, and re-exported from here where the resolver imports them: subjects the parse lost to word
order (:mod:`quotes_layout_order`), labels rather than speech (:mod:`quotes_layout_labels`), and
headlines (:mod:`quotes_layout_headlines`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text, token_starts
from groundwatch.stages.extract.quotes_layout_headlines import (
    agent_speaker,
    headline_line,
    headline_subject,
    named_below,
    passive_patient,
)
from groundwatch.stages.extract.quotes_layout_labels import (
    LABEL_NOUN_HOPS,
    LABEL_NOUNS,
    LABEL_PARTICIPLES,
    LABEL_POSSESSOR_TOKENS,
    LABEL_VERBS,
    REQUEST_NOUNS,
    label_author,
    request_owner,
    unsigned_label,
)
from groundwatch.stages.extract.quotes_layout_order import (
    inverted_object,
    left_noun,
    trailing_title,
    translated_subject,
)
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_names import entity_at, title_run
from groundwatch.stages.extract.quotes_register import (
    Register,
    Speaker,
    is_honorific,
    is_title,
    reg_inside,
    resolve_name,
    text_of,
)

__all__ = [
    "LABEL_ASIDE_TOKENS",
    "LABEL_NOUNS",
    "LABEL_NOUN_HOPS",
    "LABEL_PARTICIPLES",
    "LABEL_POSSESSOR_TOKENS",
    "LABEL_VERBS",
    "QUESTION_WORDS",
    "REQUEST_NOUNS",
    "SIGN_NAME_WORDS",
    "across_aside",
    "agent_speaker",
    "answers_question",
    "dash_verb",
    "headline_line",
    "headline_subject",
    "introduced_after",
    "inverted_object",
    "label_author",
    "left_noun",
    "named_before",
    "named_below",
    "only_asks",
    "paragraph_before_lone_quote",
    "passive_patient",
    "request_owner",
    "signed",
    "trailing_title",
    "translated_subject",
    "unsigned_label",
]

#: Blanks, an optional comma or full stop, and a dash after a closing mark; one line break is
#: allowed before the dash (a signature on the line under the quotation). A colon signs it too, on
#: its line: a caption's '"We lost everything": Ada Roe, 54, in Lusk' (stress batch bk).
_SIGN = re.compile(r"[ \t]*[,.]?[ \t]*(?:\n?[ \t]*(?:--|[\u2014\u2015\u2013-])|:)[ \t]*")
#: A dash opening the paragraph after the quotation's own.
_SIGN_PARAGRAPH = re.compile(r"[ \t]*[,.]?[ \t]*\n[ \t]*\n[ \t]*(?:--|[\u2014\u2015\u2013-])[ \t]*")
#: A handle in brackets after a signature's name ("(@adaroe)"), an embedded post's signature.
#: A person's name in brackets closing the quotation's line, as vox-pop lists sign (stress batch bs).
_SIGN_BRACKET = re.compile(r"[ \t]*[,.]?[ \t]*\((?=[A-Z])")
_BRACKET_TAIL = re.compile(r"[^\n()]*\)[ \t]*(?:\n|$)")
_HANDLE = re.compile(r"[ \t]*\(@\w+\)")
#: What may follow a signature's name on its line: nothing, a full stop, or ", 34, Tessel" / "(Tessel)".
_SIGN_TAIL = re.compile(r"[ \t]*(?:[,(][^\n]*|\.)?[ \t]*(?:\n|$)")
#: A dash or colon (and blanks) ending the text before an opening mark.
_LEAD = re.compile(r"(?:--|[\u2014\u2015\u2013:])[ \t]*$")
#: The most words a signature's name runs to when the tagger found no entity there.
SIGN_NAME_WORDS = 4  # "Julie A. Varga Montel": given names, an initial and two surnames
_OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj"})


def _token_at(reg: Register, offset: int) -> Token | None:
    starts = token_starts(reg.doc)
    i = bisect.bisect_left(starts, offset)
    return reg.doc[i] if i < len(reg.doc) and starts[i] == offset else None


def _name_run(tok: Token) -> list[Token]:
    """Capitalised words from ``tok`` on its line (initials included), at most SIGN_NAME_WORDS words."""
    doc = tok.doc
    run: list[Token] = []
    i = tok.i
    while i < len(doc) and len([t for t in run if not t.is_punct]) < SIGN_NAME_WORDS:
        t = doc[i]
        if not (t.text[:1].isupper() and (t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text.endswith("."))):
            break
        if run and "\n" in doc_text(doc)[run[-1].idx : t.idx]:
            break
        run.append(t)
        i += 1
    return run


def _speaker(reg: Register, words: list[Token], ent: Span | None) -> Speaker | None:
    words = [t for t in words if not is_honorific(t.text)]
    if not words:
        return None
    role = words[: title_run(words)]  # "— Governor Ada Roe": the person, not her title (stress batch ao)
    words = words[len(role) :]
    written = doc_text(reg.doc)[words[0].idx : words[-1].idx + len(words[-1].text)].rstrip(".")
    if ent is not None and ent.label_ in ("ORG", "NORP"):
        return Speaker(written, None, written, "organisation", "direct")
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return None  # "― Tessel, 2019": a place or date line, not a signature
    return Speaker(resolve_name(reg, written, words[0].idx) or written, text_of(role) or None, written, "person",
                   "direct")


def signed(reg: Register, q: Quotation) -> Speaker | None:
    """The name signing ``q`` after its closing mark, or None. A dash opening the next paragraph
    signs it too when a verb of saying follows it (translated wire text: '— said the head of the
    district, Ada Roe') or the name carries a handle (an embedded post: '— Ada Roe (@adaroe) March
    3'; stress batch bj)."""
    if q.open_end:
        return None
    text = doc_text(reg.doc)
    bracket = _SIGN_BRACKET.match(text, q.close + 1)
    if bracket is not None:  # '"..." (Ada Roe, fisherman, Gull Point)': a vox-pop's bracketed signature
        first = _token_at(reg, bracket.end())
        ent = entity_at(first) if first is not None else None
        if first is None or ent is None or ent.label_ not in ("PERSON", "ORG") or ent.start != first.i:
            return None
        if not _BRACKET_TAIL.match(text, ent.end_char):
            return None
        # a name the tagger calls a body there, followed by a role in lower case, is a person's
        described = ent.label_ == "ORG" and re.match(r",[ \t]*[a-z]", text[ent.end_char :]) is not None
        return _speaker(reg, list(ent), None if described else ent)
    m = _SIGN.match(text, q.close + 1)
    own_line = m is None
    m = m or _SIGN_PARAGRAPH.match(text, q.close + 1)
    if m is None:
        return None
    first = _token_at(reg, m.end())
    if first is None:
        return None
    if own_line and not _HANDLE.match(text, first.idx + len(text_of(entity_at(first) or [first]))):
        return None
    ent = entity_at(first)
    if ent is not None and ent.start == first.i:
        words = list(ent)
    else:
        ent, words = None, _name_run(first)
    if not words or not _SIGN_TAIL.match(text, words[-1].idx + len(words[-1].text)):
        return None
    return _speaker(reg, words, ent)


def dash_verb(reg: Register, q: Quotation) -> Token | None:
    """A verb of saying right after a dash that follows ``q`` on its line or opens the next paragraph
    (translated wire text: '"...," — said the head of the district, Ada Roe', the dash on a line of its
    own after a quoted paragraph; stress batch bj); None otherwise."""
    if q.open_end:
        return None
    text = doc_text(reg.doc)
    m = _SIGN.match(text, q.close + 1) or _SIGN_PARAGRAPH.match(text, q.close + 1)
    verb = _token_at(reg, m.end()) if m is not None else None
    if verb is None or not verb.text.islower() or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return verb


def named_before(reg: Register, q: Quotation, paragraph_start: int) -> Speaker | None:
    """The person named right before ``q``'s opening mark with a dash or colon between, or None."""
    text = doc_text(reg.doc)
    before = text[paragraph_start : q.open]
    m = _LEAD.search(before.rstrip(" \t"))
    if m is None:
        return None
    end = len(before[: m.start()].rstrip())
    if end == 0:
        return None
    starts = token_starts(reg.doc)
    i = bisect.bisect_left(starts, paragraph_start + end) - 1
    last = reg.doc[i] if i >= 0 else None
    if last is None or last.idx + len(last.text) != paragraph_start + end:
        glued = last is not None and last.text.endswith(":") and ":" in m.group(0)  # "Ada Roe (Green Party):"
        ent = _labelled_line(reg, paragraph_start, last) if glued and last is not None else None
        return _speaker(reg, list(ent), ent) if ent is not None else None
    ent = entity_at(last)
    if ent is None or ent.label_ != "PERSON" or ent.end - 1 != last.i:
        ent = _labelled_line(reg, paragraph_start, last) if ":" in m.group(0) else None
        return _speaker(reg, list(ent), ent) if ent is not None else None
    if ":" in m.group(0) and ent.root.dep_ in _OBJECTS:
        return None
    return _speaker(reg, list(ent), ent)


#: The most tokens of the aside between a line's opening name and its colon ("Ada Roe (Green Party):",
#: "Ada Roe, the mayor of Orsk:"); set by hand on invented records and captions (stress batch bj).
LABEL_ASIDE_TOKENS = 10


def _labelled_line(reg: Register, paragraph_start: int, last: Token) -> Span | None:
    """The person opening a line that runs, through a bracket or comma aside with no verb, to the
    colon before a quotation: a parliament record's "Ada Roe (Green Party): '...'" or a caption's
    "Ada Roe, the mayor of Orsk: '...'", and a headline's "Mayor Roe to flood victims: '...'" (the
    audience after "to"; stress batch bu)."""
    first = _token_at(reg, paragraph_start)
    while first is not None and first.i < last.i and first.ent_type_ != "PERSON" and is_title(first.text):
        first = reg.doc[first.i + 1]
    ent = entity_at(first) if first is not None else None
    if first is None or ent is None or ent.label_ != "PERSON" or ent.start != first.i or ent.end > last.i:
        return None
    aside = reg.doc[ent.end : last.i + 1]
    if not aside or aside[0].lower_ not in (",", "(", "to") or len(aside) > LABEL_ASIDE_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") or reg_inside(reg, t.idx) for t in aside):
        return None
    return ent


def introduced_after(reg: Register, q: Quotation) -> Speaker | None:
    """The one person the sentence right after ``q`` introduces by full name, when ``q`` stands
    alone in its paragraph and the article named nobody before it; else None."""
    if any(p.position < q.open for p in reg.people):
        return None
    sent = next((s for s in doc_sents(reg.doc) if s.start_char > q.close), None)
    if sent is None:
        return None
    named = [p for p in reg.people if sent.start_char <= p.position < sent.end_char and len(p.name.split()) >= 2]
    if len({p.name for p in named}) != 1 or not named[0].first:  # one full name, new to the story
        return None
    return Speaker(named[0].name, named[0].role, None, "person", "coreference")


#: The most words of a paragraph read as an interviewer's question before a quoted answer.
QUESTION_WORDS = 30  # set by hand on invented interviews: a question is one or two short sentences


def paragraph_before_lone_quote(reg: Register, q: Quotation, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the paragraph before ``q`` when ``q`` fills its own paragraph and that paragraph
    holds no quotation of its own (a question before an answer, a headline over a standfirst)."""
    if q.paragraph == 0 or q.open_end:
        return None
    text = doc_text(reg.doc)
    p_start, p_end = paras[q.paragraph]
    if text[p_start : q.open].strip() or text[q.close + 1 : p_end].strip(" \t\n.,"):
        return None
    a, b = paras[q.paragraph - 1]
    return None if any(start < b and end > a for start, end in reg.quoted) else (a, b)


def only_asks(reg: Register, a: int, b: int) -> bool:
    """The text from ``a`` to ``b`` is an interviewer's question: a short line ending in "?"."""
    line = doc_text(reg.doc)[a:b].strip()
    return line.endswith("?") and len(line.split()) <= QUESTION_WORDS


def answers_question(reg: Register, q: Quotation, paras: list[tuple[int, int]],
                     previous: list[tuple[Quotation, Speaker]]) -> Speaker | None:
    """The interviewee, when ``q`` fills its paragraph right after a paragraph that only asks a
    question with no quotation in it: the speaker of the answer before that question, else the
    latest person the article named in full before it; None for any other quotation."""
    before = paragraph_before_lone_quote(reg, q, paras)
    if before is None or not only_asks(reg, *before):
        return None
    for prev_q, said in reversed(previous):
        if prev_q.paragraph == q.paragraph - 2 and said.name:
            return Speaker(said.name, said.role, None, said.kind, "coreference")
        if prev_q.paragraph < q.paragraph - 2:
            break
    guests = [p for p in reg.people if p.position < before[0] and len(p.name.split()) >= 2]
    return Speaker(guests[-1].name, guests[-1].role, None, "person", "coreference") if guests else None


#: Pronouns that name no person in a narration paragraph ("After that, it would shut the old ferry").
_IMPERSONAL = frozenset({"it", "this", "that", "there", "they", "these", "those", "which", "what", "who"})


def across_aside(reg: Register, q: Quotation, previous: list[tuple[Quotation, Speaker]],
                 resolve: Callable[[Register, Token], Speaker], speech: frozenset[str]) -> Speaker | None:
    """A quotation filling its paragraph with no cue, after one paragraph of narration with no
    quotation (``"...," she said.`` / ``The mayor also said the ferry would run.`` / ``"..."``):
    the speaker quoted before the aside, unless the aside's own subject is somebody else, who then
    speaks if a speech verb is theirs (``The ministry said ...`` / ``"..."``), else nobody."""
    if not previous or q.paragraph < 2:
        return None
    last_q, last = previous[-1]
    if last.name is None or last_q.paragraph != q.paragraph - 2:
        return None
    text = doc_text(reg.doc)
    if text[q.close + 1 :].split("\n", 1)[0].strip():  # "'Circuit breaker' plan": a heading, no speech
        return None
    aside = q.paragraph - 1
    if any(p.paragraph == aside and p.name != last.name for p in reg.people):  # a byline or another person
        return None
    for t in reg.paragraph(aside):
        if (t.dep_ not in ("nsubj", "nsubjpass") or reg_inside(reg, t.idx)
                or t.lower_ in _IMPERSONAL or t.pos_ not in ("PROPN", "NOUN", "PRON")):
            continue
        other = resolve(reg, t)
        if other.name is not None and other.name != last.name:
            said = t.head.lemma_.lower() in speech and other.kind != "unknown"
            return Speaker(other.name, other.role, None, other.kind, "coreference") if said else None
    return Speaker(last.name, last.role, None, last.kind, "coreference")
