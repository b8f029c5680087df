"""Speech verbs and who is their subject: the lowest layer of the quotes extractor.

Split out of :mod:`quotes` (which calls it) with no change in behaviour. A speech verb is a
cue when it reports speech (not an infinitive, not a person's "finding"); its speaker is its
subject, borrowed from the governing verb for conjuncts and participles ("..., adding '...'"),
the quoted source for "A quoted B as saying" and "Quoting B, A reported", and only the "by"
agent of a passive ("was described as '...'" has none).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.lexicons_verbs import CHARACTERISING_AS, SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import doc_text, token_starts
from groundwatch.stages.extract.figures_words import people_like
from groundwatch.stages.extract.quotes_bodies import document_antecedent, hyphen_head
from groundwatch.stages.extract.quotes_layout import inverted_object, left_noun
from groundwatch.stages.extract.quotes_names import hyphen_joined, in_dateline
from groundwatch.stages.extract.quotes_register import BODY_NOUNS, DOCUMENT_NOUNS, KIN_NOUNS, Register, is_title

#: Verbs that deliver words aloud: cues only for a line ending in a colon before the quotations.
READ_OUT_VERBS = frozenset({"read", "recite", "list"})


#: Verbs that report a finding: speech cues only when a document or a body is their subject.
FINDING_VERBS = frozenset({"find", "show", "determine"})


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


#: Dependency labels through which a verb borrows the subject of the verb it hangs on.
_BORROW_DEPS = ("conj", "advcl", "xcomp")


def _agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject(reg: Register, verb: Token) -> Token | None:
    """The subject of ``verb``, borrowed from the governing verb for conjuncts and participles.

    "A quoted B as saying" gives B; a passive verb gives its "by" agent, or nobody ("the plan
    was described as '...'": the plan said nothing).
    """
    if verb.lemma_.lower() in ("quote", "cite"):
        objs = [c for c in verb.children if c.dep_ == "dobj" and not in_quote(reg, c)]
        if objs and any(t.lower_ == "as" for t in verb.subtree if t.i > objs[0].i):
            return objs[0]
        source = _source_before_as_saying(reg, verb)
        if source is not None:
            return source
    if verb.lemma_.lower() in ("quote", "cite", "report"):
        quoted = [c for c in verb.children if c.dep_ == "nsubjpass" and not in_quote(reg, c)]
        if quoted and (verb.lemma_.lower() != "report" or any(c.lower_ == "as" for c in verb.children)):
            return quoted[0]  # "Roe was quoted (reported) by the agency as saying": Roe speaks
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children):
        objs = [c for c in verb.children if c.dep_ == "dobj" and not in_quote(reg, c)]
        if objs:  # translated order: "As informed the head of the service Ada Roe, '...'"
            return objs[0]
    source = _quoting_source(reg, verb)
    if source is not None:
        return source
    adjunct = _adjunct_subject(reg, verb)
    if adjunct is not None:
        return adjunct
    if verb.tag_ == "VBN" and not in_quote(reg, verb) and _agent(verb) is not None:
        return _agent(verb)  # "As noted by the governor, '...'": a participle's "by" names the speaker
    v = _main_clause_of_participle(verb)
    for _ in range(4):
        if v.i != verb.i and v.lemma_.lower() in ("quote", "cite") and (
                source := _source_before_as_saying(reg, v)) is not None:
            return source  # the cue is the "saying" of "A quoted B as saying"
        passive = [c for c in v.children if c.dep_ == "nsubjpass" and not in_quote(reg, c)]
        if passive and v.lemma_.lower() in ("quote", "cite"):
            return passive[0]  # "Roe was quoted as saying"
        if passive or any(c.dep_ == "auxpass" for c in v.children):
            return _agent(v) or _document_said_in(reg, v)
        subj = [c for c in v.children if c.dep_ in _SUBJECT_DEPS and not in_quote(reg, c)
                and reg.paragraph_of[c.i] == reg.paragraph_of[verb.i] and not _label_word(c, v)
                and not in_dateline(reg.doc, c.idx)]
        if subj and _reported_thing(verb, v, subj[0]):
            v = v.head  # "X said the pumps were running, but insisted, '...'": X insisted, not the pumps
            continue
        if subj:
            return hyphen_head(_run_end(subj))
        for side in v.children:  # '"It is absurd," Brisk said, adding ...': "said" hangs on the quote
            if side.dep_ == "parataxis" and not in_quote(reg, side) and is_cue(side):
                subj = [c for c in side.children if c.dep_ in _SUBJECT_DEPS and not in_quote(reg, c)]
                if subj:
                    return subj[0]
        if v.dep_ not in _BORROW_DEPS or v.head.i == v.i or in_quote(reg, v.head):
            return None  # a verb inside the quotation lends no subject ('"... rebuilt by autumn," - noted X')
        v = v.head
    return None


def _source_before_as_saying(reg: Register, verb: Token) -> Token | None:
    """B of "A quoted B as saying", read off the words between ``verb`` and its "as saying": the parser
    can take B's surname for a verb ("quoted Ana Reyl as saying": "Ana" the subject of "Reyl") and hang
    "as saying" on it, so the parse gives A. An apposition after B ("B, the army chief, as saying") is
    skipped: B ends at the first comma (invented probes, session 35)."""
    doc = verb.doc
    if passive(verb):  # "Roe was quoted by the radio as saying": Roe, found by the passive's own rule
        return None
    end = verb.sent.end
    for t in doc[verb.i + 1 : end - 1]:
        if in_quote(reg, t) or t.text in (";", ":") or t.is_quote:
            return None
        following = doc[t.i + 1]
        if t.lower_ == "as" and following.tag_ == "VBG" and following.lemma_.lower() in SPEECH_VERBS:
            words = doc[verb.i + 1 : t.i]
            cut = next((w.i for w in words if w.text == ","), t.i)
            last = doc[cut - 1] if cut > verb.i + 1 else None
            if last is None or not (last.pos_ in ("NOUN", "PROPN") or last.text[:1].isupper()):
                return None
            return last
    return None


def _run_end(subjects: list[Token]) -> Token:
    """The first of a verb's subjects, or the last of the proper nouns it runs into when the parser split
    one written name into sibling subjects ("Deputy Chair Olu Osei-Mensah said": "Chair", "Osei" and
    "Mensah" each a subject of "said"); a run's last word heads it (surname probe, session 33)."""
    first = subjects[0]
    doc, last = first.doc, first
    if first.pos_ != "PROPN":
        return first
    for later in subjects[1:]:
        between = doc[last.i + 1 : later.i]
        if not all(t.pos_ == "PROPN" or hyphen_joined(doc, t.i) for t in between) or not later.text[:1].isupper():
            break
        last = later
    return last


def _reported_thing(verb: Token, host: Token, subj: Token) -> bool:
    """``subj`` names no person, in a clause a person's verb of saying reports, and the cue ``verb`` was
    borrowed onto it as a conjunct: the parser hung "but insisted" on the reported clause ("Ada Roe
    said the pumps were running, but insisted, '...'"); the reporting person, whose
    sentence it continues, speaks (issue 10 audit of real tune text, one case)."""
    if host.i == verb.i or verb.dep_ != "conj" or host.dep_ != "ccomp" or host.head.i == host.i:
        return False
    reporter = [c for c in host.head.children if c.dep_ == "nsubj"]
    return (is_cue(verb) and is_cue(host.head) and not names_person(subj) and subj.ent_type_ != "ORG"
            and bool(reporter) and names_person(reporter[0]))


def _document_said_in(reg: Register, verb: Token) -> Token | None:
    """The author of the document an impersonal passive cites ('"...," it is said in the message of
    the fire service': translated order, stress batch bt), else the document itself; only with an
    "it" subject, so "the plan was described in a report as 'x'" keeps no speaker."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and not in_quote(reg, c)):
        for doc_tok in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS):
            owner = [o for p in doc_tok.children if p.lower_ in ("of", "from") for o in p.children
                     if o.dep_ == "pobj"]
            return owner[0] if owner else doc_tok
    return None


def _stranded_subject(reg: Register, verb: Token) -> Token | None:
    """'"We will rebuild" - the mayor, Ada Roe, said - "but ..."': the parser can hang both the cue
    and its subject on the quoted verb; the noun between the closing mark and the cue, hanging on
    that verb with nothing but its own phrase between, is the cue's subject (stress batch bm). The
    cue may also be the root with the quoted clause below it ('"...," KRA, the Kestrian Relief
    Alliance, said': the acronym hung on the quoted verb as its object; stress batch bt)."""
    hosts = [verb.head] if verb.head.i != verb.i and in_quote(reg, verb.head) else []
    hosts += [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and in_quote(reg, c)]
    for head in hosts:
        for c in head.children:
            if (c.dep_ in ("nsubj", "dobj") and head.i < c.i < verb.i and not in_quote(reg, c)
                    and c.pos_ in ("NOUN", "PROPN") and max(t.i for t in c.subtree) + 1 >= verb.i - 1):
                return c
    return None


def _label_word(tok: Token, verb: Token) -> bool:
    """A line's label the parser made a subject ("Q: The minister called it 'safe'": "Q" hung on
    "called"): a word with a colon between it and its verb is no subject (stress batch bk)."""
    return tok.i + 1 < verb.i and tok.doc[tok.i + 1].text == ":"


def _quoting_source(reg: Register, verb: Token) -> Token | None:
    """The person or body a "Quoting X, the paper reported ..." participle names as the source of
    what ``verb`` reports (X speaks, the paper only reports); None for a reason ("Citing security
    concerns, the ministry said ...": the ministry speaks)."""
    for part in verb.children:  # the parser makes the participle a clause or the verb's subject
        if not (part.dep_ in ("advcl", "csubj") and part.tag_ == "VBG" and part.lemma_.lower() in ("quote", "cite")
                and not in_quote(reg, part)):
            continue
        for obj in (c for c in part.children if c.dep_ == "dobj"):
            named = [c for c in obj.children if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON"]
            if named:  # "Quoting the mayor, Ada Roe, ...": the name, which the parse may make a conjunct
                return named[0]
            if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_title(obj.text) or obj.lower_ in BODY_NOUNS:
                return obj
    return None


def _adjunct_subject(reg: Register, verb: Token) -> Token | None:
    """The subject of the clause a prepositional participle modifies ("After saying '...', she
    left": she), passive or not: the participle's understood subject is the clause's surface one.
    One with a subject of its own ("..., with students calling the dean a 'coward'") is left to the
    generic walk, which finds that subject (stress batch az)."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ != "as"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS and not in_quote(reg, c) for c in verb.children):
        return None
    clause = verb.head.head
    subj = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS and not in_quote(reg, c)]
    return subj[0] if subj else None


def _main_clause_of_participle(verb: Token) -> Token:
    """The verb a ", saying '...'" participle really modifies when the parse hung it on a relative
    clause ("X scolded a man who had left, saying '...'": X speaks, not the man) or on an adverbial
    clause its conjunction opens ("X resigned, days after a storm wrecked the port, saying '...'": X
    speaks, not the storm; corpus_m); else ``verb``."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","):
        return verb
    clause = verb.head
    if (clause.dep_ == "advcl" and clause.i < verb.i and clause.head.i != clause.i
            and any(c.dep_ == "mark" for c in clause.children) and clause.head.pos_ in ("VERB", "AUX")):
        return clause.head
    relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if relative is None:
        if (clause.dep_ == "ccomp" and clause.i < verb.i and clause.head.i < clause.i
                and clause.head.lemma_.lower() in SPEECH_VERBS):
            # "X said the government would not meet the demand, calling it '...'": X calls it, not the government
            # (invented political probes of session 36: 4 of 4 credited the reported clause's subject)
            return clause.head
        return verb
    verbs = [a for a in relative.head.ancestors if a.pos_ in ("VERB", "AUX")]
    # the first with a subject of its own: "X turned sharp over evicting a tenant who said ..., saying '...'" is
    # X's, not the gerund's object's (invented probes of session thirty-four: 2 of 4 credited the object)
    return next((a for a in verbs if any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)),
                verbs[0] if verbs else verb)


def in_quote(reg: Register, tok: Token) -> bool:
    return any(a <= tok.idx < b for a, b in reg.quoted)


def finding(v: Token) -> bool:
    """A report's or a body's finding ("an inquiry by the audit office found that '...'"): the
    words are the finding's author's, as news presents them; a person who "found" something
    (a rescuer found a note) reports no speech. A document that "read" gives its text."""
    lemma = v.lemma_.lower()
    if lemma not in FINDING_VERBS and lemma != "read":
        return False
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if lemma == "read":  # "a statement from the presidency read": the text of a document
        return bool(subj) and subj[0].lemma_.lower() in DOCUMENT_NOUNS
    if subj and document_antecedent(subj[0], []) is not None:  # "X presented its findings. They show ..."
        return True
    return bool(subj) and (subj[0].lemma_.lower() in DOCUMENT_NOUNS or subj[0].ent_type_ == "ORG")


def _characterised_as(v: Token) -> bool:
    """"A claim the rebels rejected as 'x'": a verb of :data:`CHARACTERISING_AS` with an "as" phrase
    whose object is a quotation's words (its mark right after "as")."""
    return v.lemma_.lower() in CHARACTERISING_AS and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].is_quote
        for c in v.children)


def is_cue(v: Token) -> bool:
    """A speech verb that reports speech: not an infinitive ("expected them to maintain")."""
    if (v.lemma_.lower() not in SPEECH_VERBS and not finding(v) and not _characterised_as(v)) or v.dep_ == "xcomp":
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def names_person(tok: Token) -> bool:
    """A person named, or a pronoun of one; a noun with a person's name in apposition too ("his landlord, Nasir
    Uddin,": invented probes of session 36)."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "i", "we") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


#: Nouns of a share of a group ("52 percent of voters agreed", "a number of lawmakers echo"): as
#: a verb's subject they name no speaker, so the next cue is asked (stress batch as).
SHARE_NOUNS = frozenset({"percent", "%", "number", "majority", "minority", "share", "proportion", "half",
                         "third", "quarter", "fifth"})


def share_of_group(tok: Token) -> bool:
    """A subject that is a share of a group, which speaks for no one person or body."""
    if tok.ent_type_ == "PERCENT":
        return True
    return tok.lower_ in SHARE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _thing_participle(v: Token, noun: Token | None) -> bool:
    """'a plank calling for "x"', 'softer language calling for "x"': a participle on a common noun
    that is no person, title, body, document or kin speaks for nobody (stress batch as)."""
    if noun is None or v.dep_ != "acl" or noun.i != v.head.i:
        return False
    return _thing(noun)


def is_thing(noun: Token) -> bool:
    """A common noun that is no person, title, body, document or kin ("the agreement", "a plank")."""
    return _thing(noun)


def _thing(noun: Token) -> bool:
    """A common noun that is no person, title, body, document or kin."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    words = {noun.lower_, noun.lemma_.lower()}
    if people_like(noun):  # "demonstrators calling him a 'traitor'": people speak (the figures' test of people)
        return False
    return not (words & (BODY_NOUNS | DOCUMENT_NOUNS | KIN_NOUNS) or is_title(noun.text) or is_title(noun.lemma_))


#: Verbs by which a thing shows words: "banners reading 'x'", "a sign read 'x'", "placards bearing 'x'".
_SHOWING_VERBS = frozenset({"read", "bear"})
#: Things that show words ("placards saying 'x'"), for the verb "say", which people use too.
_DISPLAY_NOUNS = lexicons.words("roles", kind="display")


def displayed_words(reg: Register, verbs: list[Token]) -> bool:
    """Whether the quotation is words a thing shows ("marchers carrying banners reading 'x'", "a
    sign on the door read 'x'", "placards saying 'x'"): nobody's, not the marchers' (the issue's
    slogans on banners; stress batches bt, bu). Only the first verb the quotation hangs on counts;
    a participle the parser hung on the clause's verb counts only after a listed display noun ("left
    the hall saying 'x'" is the speaker's)."""
    v = verbs[0] if verbs else None
    if v is None or v.lemma_.lower() not in (*_SHOWING_VERBS, "say"):
        return False
    noun: Token | None = None
    if v.dep_ == "acl":
        noun = v.head
    elif v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in v.children):
        noun = v.head  # 'a banner that read "x"' (quotes round 17)
    elif v.tag_ == "VBG" and v.i > 0:
        noun = v.doc[v.i - 1]
        return noun.lemma_.lower() in _DISPLAY_NOUNS or noun.lower_ in _DISPLAY_NOUNS
    else:
        noun = next((c for c in v.children if c.dep_ == "nsubj" and not in_quote(reg, c)), None)
    if noun is None:
        return False
    if v.lemma_.lower() == "say":
        return noun.lemma_.lower() in _DISPLAY_NOUNS or noun.lower_ in _DISPLAY_NOUNS
    return _thing(noun)


def in_speakers_phrase(start: int, end: int, subj: Token) -> bool:
    """Whether the quoted words from ``start`` to ``end`` lie in the speaker's own noun phrase with no
    verb between ("Ragna Olm, the 'iron lady' of Norvian politics, said"): a label others gave the
    speaker, none of the speaker's words (stress batch bv). A clause in the phrase ("X, who called it
    'a disaster', said") quotes the speaker as before."""
    phrase = {t.i for t in subj.subtree}
    # the tokens starting within the quotation, found by offset rather than by walking the whole Doc
    starts = token_starts(subj.doc)
    inside = [t for t in subj.doc[bisect_left(starts, start):bisect_left(starts, end)] if not t.is_punct]
    return bool(inside) and all(t.i in phrase and not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors
                                                          if a.i in phrase) for t in inside)


def unspoken_cue(reg: Register, verbs: list[Token]) -> bool:
    """Whether the first speech verb among ``verbs`` names nobody: its subject is a share of a
    group, or it is a participle on a thing; the quotation is then nobody's, not the subject's of
    some other verb it hangs on ("replacing it with language calling for 'x'")."""
    for v in verbs:
        if is_cue(v):
            subj = subject(reg, v)
            if subj is not None:
                return share_of_group(subj)
            if v.dep_ not in _BORROW_DEPS and not passive(v):
                return _thing_participle(v, left_noun(reg, v) or inverted_object(v))
            return False
    return False


#: A question put to someone right before the quotation ("he was asked whether the board would
#: 'x'"), whatever the parser hangs its words on (a clean-dev tune review case, session 20, where the
#: "if" clause hung on the sentence's main verb). No comma or colon between: "When asked if she would
#: resign, Roe said: 'x'" is Roe's. At most 90 characters back, 70 of them after "whether".
_PUT_QUESTION = re.compile(r"\b(?:being|been|was|were|is|are|when|after|if) asked (?:if|whether)\b"
                           r"[^.!?,:;\"“”„«»]{0,70}$", re.IGNORECASE)


def put_question(reg: Register, opening: int, verbs: list[Token]) -> bool:
    """Whether the quotation opening at ``opening`` holds the words of a question put to someone
    ("she was asked whether the council would 'x'"): they are the unnamed asker's, never the person
    asked. Read from the text before the mark, and from the first speech verb the quotation hangs on
    being a passive "ask"."""
    if _PUT_QUESTION.search(doc_text(reg.doc)[max(0, opening - 90) : opening]):
        return True
    first = next((v for v in verbs if is_cue(v)), None)
    return first is not None and first.lemma_.lower() == "ask" and passive(first)


#: Entity labels of times and dates: never the subject a lost parse left before a verb ("sent a memo on
#: Thursday afternoon telling them to '...'": blind batch qd).
_TIME_LABELS = frozenset({"DATE", "TIME"})


def _untimed(tok: Token | None) -> Token | None:
    return None if tok is None or tok.ent_type_ in _TIME_LABELS else tok


def speech_subject(reg: Register, verbs: list[Token]) -> Token | None:
    for v in verbs:
        if is_cue(v):
            subj = subject(reg, v)
            if subj is not None and share_of_group(subj):
                continue
            if subj is None and (v.dep_ not in _BORROW_DEPS or in_quote(reg, v.head)) and not passive(v):
                subj = _untimed(left_noun(reg, v)) or inverted_object(v) or _stranded_subject(reg, v)
                if _thing_participle(v, subj):
                    return None
            # "Roe said it would tell a story of '...'": a speech verb reporting what something
            # else would say is Roe's report; a person named there ("Roe said Lee told him '...'")
            # keeps the quote.
            outer = v.head
            if (v.dep_ == "ccomp" and outer.i != v.i and is_cue(outer) and not in_quote(reg, outer)
                    and (subj is None or not names_person(subj))):
                subj = subject(reg, outer) or subj
            if subj is not None:
                return subj
    return None
