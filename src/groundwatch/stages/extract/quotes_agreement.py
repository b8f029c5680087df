"""A gendered pronoun's quotation is never the other sex's.

When the subject of the cue ("'...,' he said") resolves to nobody, the fallbacks of the speaker
search (the paragraph's subject, the previous quotation's speaker) may still land on a person whose
given name shows them to be of the other sex; the pronoun rules them out, and
the quotation is left with no speaker rather than a wrong one (issue 10 audit of real tune text: an
unnamed man's words credited to the woman named before him).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch.stages.extract.quotes_register import PRONOUN_GENDER, Register, Speaker


def agreeing(reg: Register, cue_subject: Token | None, found: Speaker | None) -> Speaker | None:
    """``found``, unless ``cue_subject`` is he/she and ``found`` is a person known to be of the other sex."""
    if found is None or cue_subject is None or not found.name:
        return found
    sex = PRONOUN_GENDER.get(cue_subject.lower_)
    # The given name's sex only (unless the article's own pronouns contradict it): the text-learnt
    # ``reg.gender`` also takes the sex of "he said" quotations bound to a person, which a wrong
    # binding makes wrong (quotes-dev tune: a woman taken for a man, her "she said" then refused).
    known = reg.name_gender.get(found.name)
    if sex is not None and known is not None and known != sex:
        return None
    return found
