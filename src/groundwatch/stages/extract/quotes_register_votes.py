"""Which pronouns may vote for the sex of the one person a sentence names, the votes themselves
(:func:`gender_votes`, and :func:`given_name_gender` for a listed given name the article does not
contradict), and which subject a name in apposition names (quotes_register).

"Emil Orlo said the paper had not been told what she was accused of": the "she" is the subject of a
clause that hangs under another subject ("the paper"), so it may be someone else the article spoke
of before (the detained reporter), not Orlo. A subject or object pronoun votes only when every verb
above it has no noun subject other than the one that names the person. A possessive ("soldiers took
her phone") still votes: news writes a speaker's own things that way far more often than another's.
"Ada Roe, whose son was held for a week, said he had been beaten": a relative named by a possessive
("whose son", "her husband") between the name and the pronoun is another person the pronoun may be, so
no pronoun after it votes, not even a possessive (the son's "he" made the mother a man, and her own
"she said" then went to the speaker before her).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import doc_sents, sent_of, token_starts
from groundwatch.stages.extract.quotes_register_names import given_name

if TYPE_CHECKING:
    from groundwatch.stages.extract.quotes_register import Register

#: Dependencies of a subject noun that opens a clause of its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Family ties: one with a possessive ("whose son", "her husband") is a person other than its owner.
_KIN_NOUNS = lexicons.words("roles", kind="kin")
#: Given names nearly all of whose bearers are of one sex ("margaret" -> "f"): the weakest sign of a
#: person's sex, used only when the article shows none (see scripts/build_given_names.py).
GIVEN_NAME_GENDER = {w: row["gender"] for w, row in lexicons.load("given_names").items()}
_POSSESSIVE_GENDER = {"his": "m", "himself": "m", "herself": "f"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _after_owned_kin(pron: Token, person_at: int) -> bool:
    """A relative named by a possessive stands between the person named at ``person_at`` and ``pron``."""
    return any(t.lemma_.lower() in _KIN_NOUNS and t.idx > person_at and any(c.dep_ == "poss" for c in t.children)
               for t in pron.doc[sent_of(pron).start:pron.i])


def under_other_subject(pron: Token, person_at: int) -> bool:
    """``pron`` may be someone other than the person named at character offset ``person_at``: a relative
    named by a possessive stands between them, or ``pron`` sits in a clause under a verb whose noun subject
    is not that person (that subject, with its appositions, does not span it)."""
    if _after_owned_kin(pron, person_at):
        return True  # "whose son was held, said his phone was taken": the son's, possessive or not
    if pron.dep_ == "poss":
        return False
    for head in pron.ancestors:
        for child in head.children:
            if (child.dep_ in _SUBJECTS and child.pos_ in ("NOUN", "PROPN") and child.i != pron.i
                    and not child.left_edge.idx <= person_at <= child.right_edge.idx):
                return True
    return False


#: Dependencies of a verb's object: a plain pronoun there is never the verb's own subject ("asked him").
_OBJECTS = frozenset({"dobj", "dative", "iobj"})


def names_another(sent: Span, person_at: int) -> bool:
    """The person named at ``person_at`` does something to someone a plain pronoun names ("When Ada Roe
    asked him why he had voted, he paused", "X, who has outraised him"): an object pronoun of a verb
    whose subject is that person (or a "who" standing for them) is someone else (one's own self would
    be "himself"), so the sentence's he/she may all be that other one and vote for nobody (blind batch
    qd: a woman who asked a congressman a question was made a man)."""
    return any(tok.dep_ in _OBJECTS and tok.lower_ in PRONOUN_GENDER and tok.tag_ == "PRP"
               and any(c.dep_ in _SUBJECTS and (c.left_edge.idx <= person_at <= c.right_edge.idx
                                                or _relative_of(c, person_at)) for c in tok.head.children)
               for tok in sent)


def _relative_of(subject: Token, person_at: int) -> bool:
    """``subject`` is the "who" of a relative clause on the name at ``person_at`` ("X, who has outraised him")."""
    verb = subject.head
    return (subject.lower_ in ("who", "that") and verb.dep_ == "relcl"
            and verb.head.left_edge.idx <= person_at <= verb.head.idx)


def pronoun_led(doc: Doc, offset: int) -> bool:
    """The sentence holding character ``offset`` has "he" or "she" as its main subject, before ``offset``:
    one named later in it ("He is less relaxed about his opponent, X, who ...") is brought in beside the one
    the pronoun goes on speaking of, not as the new topic a later "he" means (blind batch qd)."""
    i = bisect_left(token_starts(doc), offset)
    if i >= len(doc):
        return False
    root = sent_of(doc[i]).root
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") and c.idx < offset for c in root.children)


def apposed_subject(name: Token) -> Token | None:
    """The subject noun a full name in apposition (``name``, its root) names: its head when that is a subject;
    or, in "The lawyer for the inspector, Ada Roe, said ...", the subject whose "for"/"of" phrase the parser
    hung the name on, when the name closes the subject (a comma, then the subject's verb at once)."""
    head = name.head
    if head.dep_ in _SUBJECTS:
        return head
    if given_name(head) is not None:  # "a teacher who gave only her first name, Dalia, said"
        return _name_giver(head)
    doc, after = name.doc, name.right_edge.i + 1
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("for", "of"):
        head = head.head.head
        if head.dep_ in _SUBJECTS and head.tag_ == "NN" and after + 1 < len(doc) and doc[after].text == "," \
                and doc[after + 1].i == head.head.i:
            return head
    return None


#: Dependencies on the way up from a given name to the one who gave it ("Another resident, a teacher who
#: gave only her first name, Dalia, said": name, gave, teacher, resident).
_GIVING_PATH = frozenset({"dobj", "pobj", "prep", "relcl", "acl", "appos", "advmod"})


def _name_giver(word: Token) -> Token | None:
    """The subject noun above the "name" or "as" of a given name, through the relative clause and the
    appositions that give it; None when the way up leaves that frame."""
    for head in [word, *word.ancestors]:
        if head.dep_ in _SUBJECTS and head.pos_ == "NOUN":
            return head
        if head.dep_ not in _GIVING_PATH:
            return None
    return None


def _inside(reg: Register, offset: int) -> bool:
    """True when ``offset`` lies inside one of the article's quotations (quotes_register.reg_inside)."""
    return any(a <= offset < b for a, b in reg.quoted)


def gender_votes(reg: Register) -> None:
    """Learn a person's sex from the article: in a sentence naming one person only, the he/his or she/her
    that follow the name refer to them (quotes_register_votes). A name whose sentences disagree stays unknown."""
    votes: dict[str, set[str]] = {}
    for sent in doc_sents(reg.doc):
        named = [p for p in reg.people if sent.start_char <= p.position < sent.end_char]
        if len({p.name for p in named}) != 1 or names_another(sent, named[0].position):
            continue
        after = [t.lower_ for t in sent if t.idx > named[0].position and not _inside(reg, t.idx)
                 and not under_other_subject(t, named[0].position)]
        found = {g for w in after if (g := PRONOUN_GENDER.get(w) or _POSSESSIVE_GENDER.get(w))}
        votes.setdefault(named[0].name, set()).update(found)
    for name, found in votes.items():
        if len(found) == 1 and name not in reg.gender:
            reg.gender[name] = next(iter(found))


def given_name_gender(reg: Register) -> None:
    """The sex a person's given name (or one-word name that is a listed given name: "Liv", issue 10 audit) nearly
    always has, unless the article contradicts it: a he/his or she/her of the other sex after their name or
    surname, in a sentence naming only them (the article's own pronouns outrank a list of names)."""
    said: dict[str, set[str]] = {}
    mentions = sorted([(p.position, p.name) for p in reg.people] + reg.subjects)
    for sent in doc_sents(reg.doc):
        named = [(pos, name) for pos, name in mentions if sent.start_char <= pos < sent.end_char]
        if len({name for _, name in named}) != 1 or names_another(sent, named[0][0]):
            continue
        said.setdefault(named[0][1], set()).update(
            g for t in sent if t.idx > named[0][0] and not _inside(reg, t.idx)
            and not under_other_subject(t, named[0][0])
            and (g := PRONOUN_GENDER.get(t.lower_) or _POSSESSIVE_GENDER.get(t.lower_)))
    for person in reg.people:
        listed = GIVEN_NAME_GENDER.get(person.name.split()[0].lower())
        if listed and said.get(person.name, {listed}) <= {listed}:
            reg.name_gender[person.name] = listed
