"""A pronoun after a sentence naming a woman and a man: the one of its sex, when the other's is unknown.

"Mayor Ada Roe and harbour master Odran Pask spoke on Monday. Pask said the pier was shut. '...,'
she said." The latest subject is Pask, and :func:`quotes_register.latest_person` lets a person of
unknown sex agree with any pronoun ("no speaker is dropped for lack of data"), so the woman's words
went to him (corpus_i blind run; issue 10: "only people are antecedents, with gender agreement").
A writer who names a woman and someone else in one sentence and then writes "she" counts on the
reader knowing the other is a man; the given-name list does not know every man's name, so an
unknown sex there is read as :data:`UNMARKED_SEX` for this choice only. The rule fires only when
the woman's sex is shown (given name, honorific, title or her own pronouns) and both are named as a
pair, joined by "and" in one sentence of the pronoun's paragraph or the one before (quotes-dev tune: a
woman and someone else in one clause, "X said Y ...", is no pair); everywhere else unknown still agrees.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.quotes_register import PRONOUN_GENDER, Register, reg_inside

#: The pronoun this rule leaves alone: "he" keeps its latest antecedent. Only "she" after a known woman
#: and a person of unknown sex named as a pair moves, to the one the text shows to agree with it (a
#: writer whose "she" could mean either of the two would name her); the unknown one is read as not
#: matching "she" for this choice only, never given a sex anywhere else.
UNMARKED_SEX = "m"
#: How many paragraphs before the pronoun's the sentence naming both may be (its own and the one
#: before: a pair is named, then quoted in the next paragraph, as in the blind corpus_i case).
PAIR_SEX_REACH = 1


def _sex(reg: Register, name: str) -> str | None:
    return reg.gender.get(name) or reg.name_gender.get(name)


def marked_partner(reg: Register, pron: Token, name: str) -> str | None:
    """The person of ``pron``'s sex named in one sentence with ``name`` (whose sex is unknown) shortly
    before, when that sex is not :data:`UNMARKED_SEX`; None otherwise (see the module docstring)."""
    sex = PRONOUN_GENDER.get(pron.lower_)
    if sex is None or sex == UNMARKED_SEX or _sex(reg, name) is not None:
        return None
    para, start = reg.paragraph_of[pron.i], sent_of(pron).start_char
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for pos, who in [(p.position, p.name) for p in reg.people] + reg.subjects:
        if pos >= start or reg_inside(reg, pos) or para - reg.paragraph_of_offset(pos) > PAIR_SEX_REACH:
            continue
        at = pron.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if at is None:
            continue
        by_sentence.setdefault(sent_of(at[0]).start_char, []).append((pos, who))
    for _, mentions in sorted(by_sentence.items(), reverse=True):
        unknown = [pos for pos, who in mentions if who == name]
        marked = [(pos, who) for pos, who in mentions if who != name and _sex(reg, who) == sex
                  and any(_conjoined(pron.doc, pos, other) for other in unknown)]
        if marked:
            return max(marked)[1]
    return None


def _conjoined(doc: Doc, one: int, other: int) -> bool:
    """The mentions at offsets ``one`` and ``other`` are joined by "and", with only names, roles and commas
    between them ("Mayor Ada Roe and fire chief Odran Pask"); a verb or a preposition between them makes
    them two parts of a clause ("Pask said Roe ...", "targeting Roe since Pask"), not a pair."""
    a, b = sorted((one, other))
    between = doc.char_span(a, b, alignment_mode="expand")
    if between is None or not any(t.lower_ == "and" for t in between):
        return False
    return not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in between)
