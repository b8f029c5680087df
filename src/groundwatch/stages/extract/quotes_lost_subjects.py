"""Subjects the parse lost: a verb with no subject right after a name set off by commas.

"Outside the chamber, the veteran member for X, Ada Roe, told reporters he ...": the parser may hang
the whole role phrase on the fronted "Outside", leaving "told" with no subject; the name set off by
commas just before the verb is still who told them, and the "he said" after it is theirs (blind batch
qd: the quote went to a Speaker named two paragraphs before).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.quotes_register import Register, reg_inside

#: Dependencies of a verb's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: The most characters from the start of a name to its last word ("Alistair Moncrieff-Dunne"). Not tuned:
#: about three long words; a longer gap is no one name.
NAME_REACH = 40


def _subjectless(verb: Token) -> bool:
    return (verb.pos_ == "VERB" and verb.dep_ == "ROOT" and verb.text.islower()
            and not any(c.dep_ in _SUBJECTS for c in verb.children))


def comma_named_subjects(reg: Register) -> list[tuple[int, str]]:
    """(offset, full name) of each person named, set off by commas, right before a main verb that has no
    subject, outside quotations."""
    doc = reg.doc
    found: list[tuple[int, str]] = []
    for verb in doc:
        if verb.i < 3 or not _subjectless(verb) or doc[verb.i - 1].text != "," or reg_inside(reg, verb.idx):
            continue
        last = doc[verb.i - 2]
        if last.pos_ != "PROPN":
            continue
        named = [p for p in reg.people if p.position <= last.idx < p.position + NAME_REACH
                 and "," not in doc.text[p.position : last.idx]]
        if named and named[-1].position >= 2 and doc.text[: named[-1].position].rstrip().endswith(","):
            found.append((named[-1].position, named[-1].name))
    return found
