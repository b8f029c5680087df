"""The answerer's pronoun: "X asked him whether ... '...,' he said" is the one asked, not X.

A pronoun subject of a verb of saying goes to the latest person who spoke or was a main-clause
subject (:func:`quotes_register.latest_person`). Right after a sentence in which that person put a
question to someone of the pronoun's own sex ("Brenn asked him whether he had kept a copy"), the
pronoun is the one addressed, who answers: the person of that sex named before the question,
other than its asker (a court or inquiry report's shape; stress batches a and bo), or who answers a
question quoted after "asked" (an interview's shape; issue 10 audit of real tune text). And a
pronoun in a clause about the main clause's time or cause ("He apologised to Ada Roe after she said
...") is the person that clause names, when its subject is a pronoun of the other sex
(:func:`clause_object`; blind batch pc).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.lexicons_verbs import SPEECH_VERBS
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.quotes_register import PRONOUN_GENDER, Register, reg_inside


def _asker(reg: Register, pron: Token, name: str) -> Token | None:
    """The verb of the sentence before ``pron``'s, in its paragraph, whose subject names ``name``, whose
    object is a pronoun of ``pron``'s sex and which puts a question ("asked him why"); else None."""
    start = sent_of(pron).start
    if start == 0 or reg.paragraph_of[start - 1] != reg.paragraph_of[pron.i]:
        return None
    surnames = {w.lower() for w in name.split()}
    for verb in sent_of(pron.doc[start - 1]):
        if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS or reg_inside(reg, verb.idx):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.lower_ in surnames or any(
            a.dep_ == "appos" and a.lower_ in surnames for a in c.children))]  # "the host, Ivo Marsh, asked"
        objects = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "dative") and PRONOUN_GENDER.get(c.lower_) == PRONOUN_GENDER.get(pron.lower_)
        ]
        if subjects and objects and _puts_question(verb):
            return verb
    return None


def _puts_question(verb: Token) -> bool:
    """``verb`` puts a question ("asked him whether he had kept a copy", "asked him why"), which the
    one asked answers; "told him the road was closed" is followed by more of the teller's words. A
    question quoted after "asked" ("Ivo Marsh asked her, 'Did you leave?' She answered") is one too
    (issue 10 audit of real tune text: the answer was credited to the interviewer)."""
    if verb.lemma_.lower() == "ask" and any(t.text == "?" for t in verb.subtree):
        return True
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl", "xcomp"):
            continue
        first = next(iter(clause.subtree))
        if first.tag_ in ("WDT", "WP", "WP$", "WRB") or (first.dep_ == "mark" and first.lower_ in ("whether", "if")):
            return True
    return False


#: Conjunctions that open a clause about the main clause's time or cause ("after she said ...").
_CLAUSE_MARKS = frozenset({"after", "when", "before", "as", "until", "because", "while", "once"})


def _sex(reg: Register, name: str | None) -> str | None:
    return (reg.gender.get(name) or reg.name_gender.get(name)) if name else None


def clause_object(reg: Register, pron: Token) -> str | None:
    """"He apologised to Ada Roe after she said it was 'x'": a pronoun subject of a clause opened by
    "after", "when"... goes to the one person named in the main clause before it, not as its subject
    and not shown to be of the other sex, when the main clause's subject is a pronoun of the other
    sex (blind batch pc)."""
    verb = pron.head
    sex = PRONOUN_GENDER.get(pron.lower_)
    if (pron.dep_ != "nsubj" or verb.dep_ != "advcl" or sex is None
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _CLAUSE_MARKS for c in verb.children)):
        return None
    main = verb.head
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None or PRONOUN_GENDER.get(subject.lower_, sex) == sex:
        return None
    start, end = sent_of(pron).start_char, verb.left_edge.idx
    named = [p.name for p in reg.people if start <= p.position < end and p.position != subject.idx]
    named += [reg.surnames[t.text.lower()] for t in main.subtree if t.idx < end and t.dep_ in ("dobj", "pobj", "dative")
              and t.text[:1].isupper() and t.text.lower() in reg.surnames]
    agreeing = {n for n in named if _sex(reg, n) in (sex, None)}  # none shown to be of the other sex
    return agreeing.pop() if len(agreeing) == 1 else None


def addressed(reg: Register, pron: Token, name: str) -> str | None:
    """The person ``pron`` names when ``name`` just asked or told someone of its sex (see the module
    docstring): the latest other person of that sex named before the question; None otherwise. A
    person of its sex named as the object of the clause the pronoun's own clause hangs on comes first
    (:func:`clause_object`)."""
    asker = _asker(reg, pron, name)
    if asker is None:
        return clause_object(reg, pron)
    sex = PRONOUN_GENDER.get(pron.lower_)
    before = sent_of(asker).start_char
    # Named in narration, not inside someone's quoted words; one the text shows to be of the pronoun's
    # sex before one it shows nothing about (issue 10 audit: a brand named inside a quotation was taken).
    # Full-name mentions and main-clause subjects ("Roe explained"), latest first.
    named = sorted([(p.position, p.name) for p in reg.people] + reg.subjects, reverse=True)
    earlier = [who for at, who in named if at < before and who != name and not reg_inside(reg, at)]
    for wanted in (sex, None):
        for who in earlier:
            if (reg.gender.get(who) or reg.name_gender.get(who)) == wanted:
                return who
    return None
