"""Which pronouns may vote for the sex of the one person a sentence names, and which subject a name in
apposition names (quotes_register).

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

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.quotes_register_names import given_name

#: Dependencies of a subject noun that opens a clause of its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Family ties: one with a possessive ("whose son", "her husband") is a person other than its owner.
_KIN_NOUNS = lexicons.words("roles", kind="kin")


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
