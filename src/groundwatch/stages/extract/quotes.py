"""The quotes extractor: every direct quotation and who said it.

Quotation marks are found by :mod:`quotes_marks` (every double mark one kind, paired by
position within a paragraph; apostrophes told apart from single quotes). For each quotation
the speaker comes from the first cue that applies, strongest first:

1. a transcript label opening the quotation ("ROE: We will ..."), or a signature after it
   ('"..." ― Ada Roe, 34, Tessel'; see :mod:`quotes_layout`);
2. a speech verb introducing it just before its opening punctuation ("Roe boasted, '...'",
   "footage of Roe saying during the debate, '...'");
3. the dependency parse: walk up from the quotation to a speech verb outside it ("..., X
   said", "X accused Y of '...'", "X said: '...'"), and take that verb's subject, borrowing
   the subject of the governing verb for "..., adding '...'" and "but also said", and the
   reporting verb's subject for "X said it would tell of '...'"; "A quoted B as saying" and
   "Quoting B, A reported '...'" give B, a passive verb ("was described as '...'") only its "by"
   agent;
4. any speech verb outside quotations in the quotation's sentences, nearest first;
5. a speech verb reporting nothing else in the sentence right after the quotation ('"Where
   are the boats?" Roe asked.', which the parser splits at the "?");
6. "according to X" in those sentences;
7. a colon ending the previous paragraph ("The minister said:" then the quotation).

A person named just before the opening mark with a dash or colon between ("including Ada Roe --
'...' --") beats cues 2-7 unless the verb's subject follows the quotation ('"...," he said').

With no cue, a quotation that opens its paragraph continues the previous quotation's speaker
(news continues a speaker's quotes over paragraphs), else takes the previous paragraph's
subject; one inside a paragraph takes the subject of a verb it hangs on, else the paragraph's
person subject before it. A quotation left open at a paragraph's end with nobody named is
said by whoever says the next paragraph's quotation.

The speech verbs and their subjects are :mod:`quotes_verbs`; the subject is then resolved to a
name in full by :mod:`quotes_speakers` (titles and epithets: :mod:`quotes_epithets`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Token

from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.records import Quote
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text, sent_of, token_starts
from groundwatch.stages.extract.quotes_agreement import agreeing
from groundwatch.stages.extract.quotes_bodies import speaker_kind
from groundwatch.stages.extract.quotes_echoes import echoes, quote_key, strength
from groundwatch.stages.extract.quotes_epithets import title_subjects
from groundwatch.stages.extract.quotes_interview import (
    answer_epithet,
    caption_subject,
    interview_answer,
    label_name,
    labelled_before,
    standfirst_from_title,
    standfirst_source,
)
from groundwatch.stages.extract.quotes_layout import (
    LABEL_VERBS,
    across_aside,
    agent_speaker,
    answers_question,
    dash_verb,
    headline_line,
    headline_subject,
    introduced_after,
    label_author,
    left_noun,
    named_below,
    passive_patient,
    request_owner,
    signed,
    unsigned_label,
)
from groundwatch.stages.extract.quotes_lost_subjects import comma_named_subjects
from groundwatch.stages.extract.quotes_marks import Quotation, find_quotations, paragraphs
from groundwatch.stages.extract.quotes_names import DATELINE
from groundwatch.stages.extract.quotes_register import (
    DOCUMENT_NOUNS,
    PRONOUN_GENDER,
    Register,
    Speaker,
    build_register,
    is_title,
)
from groundwatch.stages.extract.quotes_sources import (
    according_to,
    heading_source,
    source_subjects,
    trailing_source,
    utterance_owner,
)
from groundwatch.stages.extract.quotes_speakers import resolve_subject, unnamed_one
from groundwatch.stages.extract.quotes_tail import verbless_tail
from groundwatch.stages.extract.quotes_verbs import (
    READ_OUT_VERBS,
    displayed_words,
    finding,
    in_quote,
    in_speakers_phrase,
    is_cue,
    names_person,
    passive,
    put_question,
    share_of_group,
    speech_subject,
    subject,
    unspoken_cue,
)
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

#: A quotation of at most this many words is a scare quote or a fragment: marked partial.
PARTIAL_MAX_WORDS = 3  # the scorer ignores quotes under 4 words; shorter ones are words, not speech
#: How many words back from a quotation's opening punctuation its introducing verb may stand
#: ("saying during the debate last week, '...'" is 6); set by hand on invented sentences.
LEAD_IN_WORDS = 6
#: A transcript label: one to three capitalised words and a colon opening the quotation.
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
#: A surname and a colon opening a line before the quotation ("Roe: '...'", a headline's layout).
_NAME_LABEL = re.compile(r"([A-Z][\w'’-]+):\s")
#: A sentence pointing back at the quotation before it ('"..." Those were the words of Ada Roe').
_BACK_REFERENCE = re.compile(r"\s*(?:That|Those|These|This|Such)\b")
#: A list item's mark at the start of a line ("- ", "• ", "* ").
_BULLET = re.compile(r"[ \t]*[-*\u2022\u2023\u25aa\u00b7\u2013][ \t]+")


def _outside(q: Quotation, tok: Token) -> bool:
    return not (q.open <= tok.idx <= q.close)


def _hanging_verbs(doc: Doc, reg: Register, q: Quotation) -> list[Token]:
    """Verbs outside the quotation that it depends on (nearest first), then verbs that depend on it."""
    starts = token_starts(doc)
    inside = list(doc[bisect.bisect_left(starts, q.start) : bisect.bisect_left(starts, q.end)])
    last = _last_line(reg, q)
    verbs: list[Token] = []
    for tok in inside:
        if tok.is_punct or not _outside(q, tok.head) or tok.head.i == tok.i:
            continue
        v = tok.head
        while True:
            if ((v.pos_ in ("VERB", "AUX") or _untagged_verb(v)) and not in_quote(reg, v) and v not in verbs
                    and q.paragraph <= reg.paragraph_of[v.i] <= last):  # parses can run a headline into a line
                verbs.append(v)
            if v.head.i == v.i:
                break
            v = v.head
    for tok in inside:
        for child in tok.children:
            if _outside(q, child) and child.pos_ == "VERB" and not in_quote(reg, child) and child not in verbs:
                verbs.append(child)
    return verbs


def _untagged_verb(tok: Token) -> bool:
    """A sentence's root with a subject, whatever its tag ("a statement from X read": "read"
    tagged as a noun); or a verb of saying in its "-s" form read as a plural noun that its speaker
    modifies, ending the sentence after the quotation ('"...," Varga states.', "the water board states":
    the saying-verbs respelling of quotes-dev, tune part: 2 such quotations lost their speaker)."""
    if tok.dep_ != "ROOT":
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True
    rest = [t for t in tok.doc[tok.i + 1 : tok.sent.end] if not t.is_punct and not t.is_space]
    return (tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.lemma_.lower() in SPEECH_VERBS and not rest
            and any(c.dep_ == "compound" for c in tok.lefts))


def _last_line(reg: Register, q: Quotation) -> int:
    """The paragraph (line) holding the quotation's close: a later one when a single line break
    runs through the quotation ('... two thousand people\nand now six thousand," said Roe')."""
    return max(q.paragraph, reg.paragraph_of_offset(q.close))


def _context(doc: Doc, reg: Register, q: Quotation, paras: list[tuple[int, int]]) -> list[Token]:
    """The tokens of the quotation's sentences, within its lines (parses can run over a line)."""
    p_start, p_end = paras[q.paragraph][0], paras[_last_line(reg, q)][1]
    sents = [s for s in doc_sents(doc) if s.start_char < q.close and s.end_char > q.open + 1]
    return [t for s in sents for t in s if p_start <= t.idx < p_end]


def _distance(q: Quotation, tok: Token) -> int:
    return q.open - tok.idx if tok.idx < q.open else tok.idx - q.close


def _lead_in(doc: Doc, reg: Register, q: Quotation) -> Token | None:
    """A speech verb that introduces the quotation just before it ("Roe boasted, '...'",
    "footage of Roe saying during the debate, '...'"): the verb within a few words before a
    comma, colon or dash right before the opening mark."""
    before = _last_before(doc, reg, q, LEAD_IN_WORDS + 1)
    if not before or before[-1].text not in (",", ":", "—", "--", "-"):
        return None
    for tok in reversed(before[-1 - LEAD_IN_WORDS : -1]):
        if in_quote(reg, tok) or tok.text in (".", "?", "!", ";"):
            return None
        if tok.pos_ in ("VERB", "AUX"):
            return tok if is_cue(tok) or (tok.tag_ == "VBG" and tok.lemma_.lower() in SPEECH_VERBS) else None
    return None


def _last_before(doc: Doc, reg: Register, q: Quotation, n: int) -> list[Token]:
    """The last ``n`` tokens of the quotation's paragraph before its opening mark, in text order: walked
    back from the mark (``paragraph_of`` never decreases), not a list of every token before it made
    for each quotation (quadratic in a long article's quotations)."""
    out: list[Token] = []
    for i in range(bisect.bisect_left(token_starts(doc), q.open) - 1, -1, -1):
        paragraph = reg.paragraph_of[i]
        if paragraph < q.paragraph or len(out) == n:
            break
        if paragraph == q.paragraph:
            out.append(doc[i])
    return out[::-1]


def _transcript_label(reg: Register, q: Quotation) -> Speaker | None:
    """A transcript paragraph opens with its speaker's label ("ROE: We will win.")."""
    text = doc_text(reg.doc)
    line = text.rfind("\n", 0, q.open) + 1
    if re.fullmatch(r"A[:.]\s*", text[line : q.open]) or re.match(r"A:\s", text[q.start : q.start + 3]):
        return _guest(reg, q)
    m = _LABEL.match(text, q.start) or _LABEL.fullmatch(text[: q.open].rstrip(" \t") + " ", line)
    if m is None:  # "Roe: '...'" opening a line (a headline): a label when it names a known person
        m = _NAME_LABEL.fullmatch(text[: q.open].rstrip(" \t") + " ", line)
        if m is None or m.group(1).lower() not in reg.surnames:
            return None
    if m.group(1).strip(".") in ("Q", "A"):
        return None
    return Speaker(label_name(reg, m.group(1), q.start), None, m.group(1), "person", "direct")


def _guest(reg: Register, q: Quotation) -> Speaker | None:
    """An interview's answer ('A: "Water, first."'): the person the article introduced in full first."""
    guest = next((p for p in reg.people if p.position < q.start and len(p.name.split()) >= 2), None)
    return Speaker(guest.name, guest.role, "A", "person", "coreference") if guest else None


def _in_answer(reg: Register, q: Quotation) -> Speaker | None:
    """A quotation inside an answer line ("A: We told them it was 'x'") that no cue names: the
    interviewee's, not the speaker of the question's quotation before it (stress batch bk)."""
    text = doc_text(reg.doc)
    line = text.rfind("\n", 0, q.open) + 1
    return _guest(reg, q) if re.match(r"A[:.]\s", text[line : line + 3]) else None


def _next_sentence_cue(doc: Doc, reg: Register, q: Quotation) -> Token | None:
    """'"Where are the boats?" Ada Roe asked.': the parser can end the sentence at the quotation's
    "?" or "!"; the sentence right after it then names the speaker when its main verb is a speech
    verb that reports nothing of its own (no clause or object outside quotations)."""
    nxt = next((s for s in doc_sents(doc) if s.start_char > q.close), None)
    if nxt is None or doc_text(doc)[q.close + 1 : nxt.start_char].strip() or reg.paragraph_of[nxt.start] != q.paragraph:
        return None
    verb = nxt.root
    if any(a <= nxt.start_char + 1 < b for a, b in reg.quoted):
        return None  # '... rebel "saboteurs." "x," the front said': the next sentence's cue is its own quotation's
    if not is_cue(verb) or in_quote(reg, verb) or any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and verb.lemma_.lower() not in ("tell", "ask"))
            for c in verb.children if not in_quote(reg, c)):
        return None
    return speech_subject(reg, [verb])


def _opens_paragraph(text: str, p_start: int, q: Quotation) -> bool:
    """True when only a bullet mark ("- ", "• "), a dateline ("DORVAN, Osterra — ") or nothing comes
    before ``q`` on its line: a story may open on its quotation and name the speaker next."""
    before = _BULLET.sub("", text[p_start : q.open], count=1).lstrip()
    dateline = DATELINE.match(before)
    return not before[dateline.end() if dateline else 0 :].strip()


def _colon_intro(doc: Doc, reg: Register, q: Quotation, paras: list[tuple[int, int]]) -> Token | None:
    """'The minister said:' ending the previous paragraph, when the quotation opens this one; a
    quotation in a bulleted list goes back over the list's earlier items to the line before it."""
    text = doc_text(doc)
    p_start, _ = paras[q.paragraph]
    if not _opens_paragraph(text, p_start, q) or q.paragraph == 0:
        return None
    back = q.paragraph - 1
    if _BULLET.match(text, p_start):
        while back > 0 and _BULLET.match(text, paras[back][0]):
            back -= 1
    prev_start, prev_end = paras[back]
    if not text[prev_start:prev_end].rstrip().endswith(":"):
        return None
    sent = next((s for s in doc_sents(doc) if s.start_char <= prev_end - 1 < s.end_char), None)
    if sent is None:
        return None
    verbs = sorted((t for t in sent if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")
                    and not in_quote(reg, t)), key=lambda t: -t.i)
    found = speech_subject(reg, verbs)
    if found is None and sent.root.lemma_.lower() in READ_OUT_VERBS:  # "Roe read out the demands:"
        found = subject(reg, sent.root)
    return found or heading_source(reg, prev_start, prev_end)


def _colon_verb_subject(doc: Doc, reg: Register, q: Quotation) -> Token | None:
    """'..., but Ivo Lind disagreed: "..."': any finite verb right before the colon that opens a
    quotation introduces it; its subject speaks."""
    i = bisect.bisect_left(token_starts(doc), q.open) - 2
    if i < 0 or doc[i + 1].text != ":" or reg.paragraph_of[i] != q.paragraph:
        return None
    verb = doc[i]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or in_quote(reg, verb):
        # "Roe was blunt about the damage: '...'": a clause about a person, ended by the colon
        root = doc[i]
        for above in doc[i].ancestors:  # the parse may hang the clause on the quoted verb
            if above.i > i or in_quote(reg, above):
                break
            root = above
        people = [c for c in root.children if c.dep_ == "nsubj" and not in_quote(reg, c)]
        if root.pos_ in ("VERB", "AUX") and people and (
                names_person(people[0]) or is_title(people[0].text) or is_title(people[0].lemma_)
                or any(c.dep_ == "appos" and names_person(c) for c in people[0].children)):  # "Her colleague X was"
            return people[0]
        return None
    subj = subject(reg, verb)
    return subj if subj is not None and subj.idx < verb.idx else None


def _as_put_it(reg: Register, q: Quotation, context: list[Token]) -> Token | None:
    """'... a "lawful source of income," as a ministry memo put it': the subject of "put it" in an
    "as" clause after the quotation names its source, before any verb the quotation hangs on
    (stress batch as)."""
    for t in context:
        if (t.lemma_.lower() == "put" and t.idx > q.close and not in_quote(reg, t)
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)):
            return subject(reg, t)
    return None


def _cued_subject(doc: Doc, reg: Register, q: Quotation, paras: list[tuple[int, int]],
                  hanging: list[Token]) -> Token | None:
    """The subject of the speech cue of ``q``, strongest cue first (see the module docstring)."""
    context = _context(doc, reg, q, paras)
    put = _as_put_it(reg, q, context) or trailing_source(reg, q)
    if put is not None:
        return put
    lead = _lead_in(doc, reg, q)
    subj = None
    if lead is not None and lead.tag_ == "VBG":  # "footage of Ada Roe saying, '...'"
        left = left_noun(reg, lead)
        subj = left if left is not None and left.pos_ == "PROPN" else None
    if lead is not None and subj is None:
        subj = speech_subject(reg, [lead])
    if lead is None:
        subj = _colon_verb_subject(doc, reg, q)
    if subj is None:
        subj = speech_subject(reg, hanging)
    if subj is None:
        near = sorted((t for t in context
                       if (t.lemma_.lower() in SPEECH_VERBS or finding(t)) and _outside(q, t) and not in_quote(reg, t)
                       and t.pos_ in ("VERB", "AUX")),
                      key=lambda t: _distance(q, t))
        subj = speech_subject(reg, near)
    if subj is None:  # after the verbs: '... was blunt: "...," said Ada Roe' is Roe's
        subj = utterance_owner(reg, q)
    if subj is None:
        subj = _next_sentence_cue(doc, reg, q)
    if subj is None:
        subj = according_to(reg, context)
    if subj is None:
        subj = _colon_intro(doc, reg, q, paras)
    return subj


def _carried(q: Quotation, previous: list[tuple[Quotation, Speaker]], reach: int = 1,
             open_only: bool = False) -> Speaker | None:
    """The speaker of the previous quotation in the same paragraph or up to ``reach`` paragraphs before.
    ``open_only``: only a quotation left open at its paragraph's end, which runs on through a paragraph
    with no marks and no speaker of its own (a clean-dev tune review case, session 20)."""
    for prev_q, prev_speaker in reversed(previous):
        if open_only and not prev_q.open_end:
            return None
        if prev_speaker.name and q.paragraph - prev_q.paragraph <= reach:
            return Speaker(prev_speaker.name, prev_speaker.role, None, prev_speaker.kind, "coreference")
        if q.paragraph - prev_q.paragraph > 1:
            break
    return None


def _paragraph_subject(reg: Register, paragraph: int, before: int) -> Speaker | None:
    """The latest person who was a main-clause subject in ``paragraph`` before offset ``before``."""
    names = [(pos, name) for pos, name in reg.subjects
             if pos < before and reg.paragraph_of_offset(pos) == paragraph]
    # A pronoun ("She feared for her dogs.") or a name the register missed ("Roe answered.").
    others = [t for t in reg.doc if t.dep_ == "nsubj" and t.idx < before and reg.paragraph_of[t.i] == paragraph
              and not in_quote(reg, t) and t.head.dep_ == "ROOT"
              and (t.lower_ in ("he", "she") or (t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()))]
    if others and (not names or others[-1].idx > max(names)[0]):
        speaker = resolve_subject(reg, others[-1])
        if speaker.name and speaker.kind == "person":
            return Speaker(speaker.name, speaker.role, None, "person", "coreference")
    if not names:
        return None
    return Speaker(max(names)[1], None, None, "person", "coreference")


#: The most words of a heading line that names a body's document ("Statement from the Kestrian Red Cross").
HEADING_WORDS = 8  # set by hand on invented live blogs (stress batch aj)


def _document_heading(reg: Register, q: Quotation) -> Speaker | None:
    """A quotation paragraph under a heading line that names a document and no verb ("Velmo Port
    Authority statement", "Letter from the Orsk Teachers Guild"): the document's author; under a
    person's name and a dash ("Ada Roe - reaction"): that person."""
    if q.paragraph == 0:
        return None
    line = [t for t in reg.paragraph(q.paragraph - 1) if not t.is_space]
    if not line or len(line) > HEADING_WORDS or any(t.pos_ in ("VERB", "AUX") or in_quote(reg, t) for t in line):
        return None
    named = next((e for e in reg.doc.ents if e.start == line[0].i and e.label_ == "PERSON"), None)
    if named is not None and named.end < line[-1].i and reg.doc[named.end].text in ("-", "\u2013", "\u2014"):
        # A live-blog entry headed by a person and its status ("Ada Roe - reaction"; stress batch bk).
        return Speaker(named.text, None, named.text, "person", "direct")
    document = next((t for t in line if t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS), None)
    found = resolve_subject(reg, document) if document is not None else None
    if found is None or not found.name:
        return None
    return Speaker(found.name, found.role, found.mention, found.kind, "coreference")


def _find_speaker(
    doc: Doc, reg: Register, q: Quotation, paras: list[tuple[int, int]],
    previous: list[tuple[Quotation, Speaker]],
) -> tuple[Speaker, int | None]:
    """The speaker of ``q`` and the offset of the words that named it (None when carried over).

    With no cue, a quotation that opens its paragraph continues the previous quotation's
    speaker, else the previous paragraph's subject; one inside a paragraph goes to the subject
    of the verb it hangs on, else to the paragraph's subject before it, else is carried over.
    """
    label = _transcript_label(reg, q) or signed(reg, q)
    if label is not None:
        return label, q.start
    hanging = _hanging_verbs(doc, reg, q)
    dashed = dash_verb(reg, q)  # '"..." — said the head of the district, Ada Roe' (translated wire text)
    if dashed is not None and dashed not in hanging:
        hanging.insert(0, dashed)
    if unsigned_label(reg, q) or put_question(reg, q.open, hanging) or displayed_words(reg, hanging):
        return Speaker(), None  # "the road, dubbed Kestria's 'lifeline'", "was asked if it would 'x'": nobody's
    subj = _cued_subject(doc, reg, q, paras, hanging)
    if subj is not None and in_speakers_phrase(q.start, q.end, subj):  # "X, the 'iron lady' of Y, said"
        return Speaker(), None
    if subj is None and unspoken_cue(reg, hanging):  # "41 percent of voters agreed that X was 'y'"
        return Speaker(), None
    headline = headline_line(reg, q)
    if subj is not None and headline:
        patient, agent = passive_patient(subj)
        if patient:  # "Ada Roe criticised by Ivo Marsh: 'x'": Marsh, or nobody; never Roe
            return agent_speaker(reg, agent, resolve_subject), subj.idx
    if subj is None or subj.idx < q.open:  # a verb after the quotation names its speaker first
        named = labelled_before(reg, q, paras, resolve_subject)
        if named is not None:
            return named, q.open
    if subj is not None:
        speaker = answer_epithet(reg, q, subj, resolve_subject(reg, subj))
        if headline and speaker.kind != "person" and is_title(subj.lemma_) and (
                below := named_below(reg, subj, q.close)) is not None:
            # "'Hold the line,' Karvenian general tells troops": the general the body names
            return Speaker(below.name, below.role, subj.text, "person", "coreference"), subj.idx
        if speaker.name:
            return speaker, subj.idx
        if unnamed_one(subj):  # "One, who asked not to be named, said": nobody, not the last speaker
            return Speaker(), None
    p_start, _ = paras[q.paragraph]
    if _opens_paragraph(doc_text(doc), p_start, q):
        found = verbless_tail(reg, q) or standfirst_source(reg, q, paras, resolve_subject) or headline_subject(
            reg, q, resolve_subject) or answers_question(reg, q, paras, previous) or _carried(
            q, previous) or (
            _paragraph_subject(reg, q.paragraph - 1, q.open) if q.paragraph > 0 else None) or _carried(
            q, previous, 2, open_only=True) or across_aside(
            reg, q, previous, resolve_subject, SPEECH_VERBS) or _document_heading(reg, q)
        rest = doc_text(doc)[q.close + 1 : paras[q.paragraph][1]]
        if found is None and (not rest.strip() or _BACK_REFERENCE.match(rest)):
            found = introduced_after(reg, q)
        found = agreeing(reg, subj, found or caption_subject(reg, q))
        return found or Speaker(), None
    author = label_author(reg, q, hanging)  # "branded 'x' by Y", "Y's description of it as 'x'"
    if author is not None and (speaker := resolve_subject(reg, author)).name:
        return speaker, author.idx
    asked, owner = request_owner(reg, q)  # "X rejected the union's demands for 'y'": the union, or nobody
    if asked:
        speaker = resolve_subject(reg, owner) if owner is not None else Speaker()
        known = speaker.name is not None and speaker.kind in ("person", "organisation", "country")
        return (speaker, owner.idx) if known and owner is not None else (Speaker(), None)
    interview = interview_answer(reg, q, paras, resolve_subject)
    if interview is not None and not any(is_cue(v) for v in hanging):  # "it looked 'plastic'" in an answer
        return interview, None
    for v in hanging:
        if headline and not (is_cue(v) or v.lemma_.lower() in LABEL_VERBS):
            continue  # "X wins 'goal of the decade' award": a headline's phrase under no verb of saying
        who = subject(reg, v)  # the cue's own subject stays in ``subj``: its he/she rules out the fallbacks' other sex
        if who is not None and not share_of_group(who):
            speaker = resolve_subject(reg, who)
            if speaker.name and (speaker.kind != "unknown" or who.lower_ == "they"):  # "they": a crowd
                return speaker, who.idx
    if hanging and passive(hanging[0]) and hanging[0].lemma_.lower() not in ("quote", "cite"):
        return Speaker(), None  # "The plan was described as '...'": a label with no agent, said by nobody
    # A headline's "dies 'suddenly'" is not the previous headline's speaker's, nor the line's own
    # subject's when no verb of saying governs it (stress batches aq, ar).
    if headline:
        return _carried(q, previous, 0) or Speaker(), None
    found = interview or _unnamed_goes_on(reg, q, previous) or _paragraph_subject(
        reg, q.paragraph, q.open) or _in_answer(reg, q) or _carried(q, previous)
    return agreeing(reg, subj, found) or Speaker(), None


def _sentence_end(reg: Register, offset: int) -> int:
    starts = token_starts(reg.doc)
    i = min(bisect.bisect_left(starts, offset), len(reg.doc) - 1)
    return sent_of(reg.doc[i]).end_char


def _unnamed_goes_on(reg: Register, q: Quotation, previous: list[tuple[Quotation, Speaker]]) -> Speaker | None:
    """'"...," the minister said. "She always has."': the unnamed speaker a cue gave the quotation just
    before, in this paragraph, with no person named as a subject between, goes on speaking; the register
    keeps only named people as subjects, so the paragraph's named subject would take it (blind batch qd)."""
    if not previous:
        return None
    prev_q, prev = previous[-1]
    if prev_q.paragraph != q.paragraph or prev.kind != "unknown" or not prev.name or not prev.mention:
        return None
    cue_end = _sentence_end(reg, prev_q.close)  # the cue's own words ("the minister said") may be a title subject
    if any(cue_end <= pos < q.open for pos, _ in reg.subjects):
        return None
    return Speaker(prev.name, prev.role, None, prev.kind, "coreference")


@extractor("quotes.v1", produces="quotes")
def extract_quotes(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[Quote, ...]:
    """Every direct quotation of the article with its speaker named in full where possible.

    Args:
        doc: the spaCy analysis of the clean text.
        ctx: the article's id and metadata.
        prior: unused (this extractor requires nothing).

    Returns:
        One :class:`Quote` per distinct quotation, in reading order; a quotation repeated
        word for word (a headline and the body) appears once, with its best attribution.
    """
    quotations = find_quotations(doc_text(doc))
    if not quotations:
        return ()
    paras = paragraphs(doc_text(doc))
    starts = [a for a, _ in paras]
    paragraph_of = [max(0, bisect.bisect_right(starts, t.idx) - 1) for t in doc]
    reg = build_register(doc, paragraph_of, [(q.open, q.close + 1) for q in quotations])
    reg.subjects.extend(title_subjects(reg))  # "The governor promised engineers. '...,' he said"
    reg.subjects.extend(source_subjects(reg))  # "According to Roe, the camp is full. '...,' he said"
    reg.subjects.extend(comma_named_subjects(reg))  # "Outside, the member for X, Ada Roe, told ..."
    previous: list[tuple[Quotation, Speaker]] = []
    for q in quotations:
        speaker, cue_at = _find_speaker(doc, reg, q, paras, previous)
        if speaker.name is not None and not any(c.isalpha() for c in speaker.name):
            speaker = Speaker()  # "a report from 2031 that called it 'very high risk'": a year says nothing
        if speaker.name is None and speaker.mention is None:  # a standfirst under a headline the cleaner took out
            speaker = standfirst_from_title(reg, q, paras, ctx.title) or speaker
        previous.append((q, speaker))
        if speaker.kind == "person" and speaker.name and cue_at is not None:
            reg.subjects.append((cue_at, speaker.name))
            # "..., he said" bound to a person shows their sex to the pronouns after it.
            gender = PRONOUN_GENDER.get((speaker.mention or "").lower())
            if gender and speaker.name not in reg.gender:
                reg.gender[speaker.name] = gender
    quotes: list[Quote] = []
    seen: dict[str, int] = {}
    for k, (q, speaker) in enumerate(previous):
        if speaker.name is None and q.open_end and k + 1 < len(previous):
            # A quotation running on into the next paragraph is said by whoever says the next one.
            nxt_q, nxt = previous[k + 1]
            if nxt.name and nxt_q.paragraph == q.paragraph + 1:
                speaker = Speaker(nxt.name, nxt.role, None, nxt.kind, "coreference")
        text = doc_text(doc)[q.start : q.end]
        words = len(re.findall(r"[^\W_]+", text))
        quote = Quote(
            text=text,
            span=span_for(doc, q.start, q.end, ctx.article_id),
            speaker=speaker.name,
            speaker_role=speaker.role,
            speaker_mention=speaker.mention,
            speaker_kind=speaker_kind(doc_text(doc), speaker),
            partial=words <= PARTIAL_MAX_WORDS or text[:1].islower(),
            resolved_by=speaker.resolved_by,
        )
        key = quote_key(text)
        if key in seen:
            i = seen[key]
            if strength(quote) > strength(quotes[i]):
                quotes[i] = quote
            continue
        seen[key] = len(quotes)
        quotes.append(quote)
    return tuple(echoes(quotes))
