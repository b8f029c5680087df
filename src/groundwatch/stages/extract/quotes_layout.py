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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from groundwatch.lexicons_verbs import JUDGING_VERBS, SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import doc_ents, doc_sents, doc_text, sent_of, token_starts
from groundwatch.stages.extract.figures_words import people_like
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_names import entity_at, title_run
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    Register,
    Speaker,
    is_honorific,
    is_title,
    reg_inside,
    resolve_name,
    text_of,
)

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
#: Dashes as the tokenizer leaves them between a closing mark and an inverted verb, and a comma.
_AFTER_CLOSE = frozenset({"-", "--", "\u2013", "\u2014", ","})


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


def trailing_title(verb: Token) -> Token | None:
    """'\u2018...,\u2019 says fire chief' in a headline: the parser may hang the noun phrase right
    after the verb elsewhere; a title heading it is the inverted subject."""
    last = None
    for tok in verb.doc[verb.i + 1 : sent_of(verb).end]:
        if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or "\n" in tok.text:
            break
        last = tok
    return last if last is not None and is_title(last.text) else None


def translated_subject(verb: Token) -> Token | None:
    """'"...," said to journalists the minister Ada Roe': word order carried over from another
    language puts the listener first; the person named after it, before any other verb, speaks.
    With no person tagged, the first title or body noun there ("Commented on the situation the
    mayor of Lusk Vera Lund:", "Reported in the press service of the ministry:"; stress batch bu)."""
    noun = None
    for tok in verb.doc[verb.i + 1 : sent_of(verb).end]:
        if tok.ent_type_ == "PERSON" and not (tok.head.dep_ == "prep" and tok.head.lower_ == "to"):
            # first, for a name word the parser took for a verb (a translated honorific in "-ing")
            return next(e for e in doc_ents(verb.doc) if e.start <= tok.i < e.end).root
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "?", "!") or tok.is_quote:
            break
        if tok.head.dep_ == "prep" and tok.head.lower_ == "to" and tok.dep_ == "pobj":
            continue  # the listener
        if noun is None and tok.pos_ == "NOUN" and (is_title(tok.text) or tok.lower_ in BODY_NOUNS):
            noun = tok
    return noun


def left_noun(reg: Register, verb: Token) -> Token | None:
    """The noun just before ``verb`` on its line, for parses that lost the subject.

    spaCy runs a headline without a full stop into the next line and can attach "Rita Moss
    called" anywhere; the name right before the verb is then still its subject.
    """
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i > 0 and verb.doc[i].text == "," and verb.doc[i - 1].ent_type_ == "PERSON" and verb.doc[i - 1].dep_ == "appos":
        i -= 1  # "When asked about the dam, the minister, Ada Roe, said": the name the parser hung on "dam"
    if i < 0:
        return None
    tok = verb.doc[i]
    # A short surname may be tagged an interjection ('"...," Aas said'; stress batch bw).
    known = tok.text[:1].isupper() and tok.lower_ in reg.surnames
    if (tok.pos_ in ("PROPN", "NOUN", "PRON") or known) and reg.paragraph_of[i] == reg.paragraph_of[verb.i] \
            and not reg_inside(reg, tok.idx):
        return tok
    return None


def inverted_object(verb: Token) -> Token | None:
    """'"Who will pay?" asked Ada Roe': a speech verb right after a closing mark, with no subject,
    whose following name the parser took for its object; the name is the inverted subject. A
    capitalised speech verb opening its sentence is inverted the same way ('Replied Ada Roe, "..."',
    'Countered the minister Ivo Lind: "..."')."""
    opening = verb.text[:1].isupper() and (verb.i == 0 or verb.doc[verb.i - 1].text in (".", "!", "?")
                                           or "\n" in verb.doc[verb.i - 1].text)
    before = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text in _AFTER_CLOSE else None
    # Translated text puts a dash or a comma after the closing mark ('"...," - noted the governor',
    # '« ... », assured the prefect').
    if not opening and (verb.i == 0 or not (verb.doc[verb.i - 1].is_quote or (before is not None and before.is_quote))):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and (
        c.ent_type_ == "PERSON" or c.lower_ in BODY_NOUNS  # '"...," informed the press service of X'
        or (c.pos_ == "NOUN" and people_like(c)))]  # '"Where were the pumps?" asked one farmer'
    # A given name that is also a preposition ("said Per Lindqvist") turns the name into its object.
    objs += [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.text[:1].isupper()
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
    return objs[0] if objs else trailing_title(verb) or translated_subject(verb)


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
            break
    tail = [t for t in reg.paragraph(q.paragraph) if t.idx > q.close and not (t.is_punct or t.is_space)]
    if tail and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in tail) and is_title(tail[-1].text):
        found = resolve(reg, tail[-1])  # "'We were not warned': Lusk mayor", named under the headline
        if found.name and found.kind == "person" and found.name != found.mention:
            return Speaker(found.name, found.role, tail[-1].text, "person", "coreference")
    return Speaker() if rest.lstrip().startswith(":") else None  # "'x': the bakery closes": nobody
