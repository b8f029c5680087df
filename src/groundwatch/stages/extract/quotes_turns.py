"""The speaker of a transcript turn for its own first person (corpus_v's Q&A class, session 35).

An interview written as turns ("COURANT: Will the levee hold?" / "QUELLIN: I told the council: '...'")
names who speaks each paragraph in its label; "I" inside a turn is that person. Without this the
pronoun went to the latest person named, which in a standfirst ("She spoke with reporter X") is the
interviewer. Only a label that names a person the article knows counts: an outlet's label
("COURANT:") or "Q:" names nobody here and the pronoun keeps its usual antecedent.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from groundwatch.stages.extract.doc_cache import doc_text
from groundwatch.stages.extract.quotes_interview import label_name
from groundwatch.stages.extract.quotes_register import Register, Speaker

#: A turn's label in capitals at the start of its line: one to three words, then a colon ("ROE:",
#: "DR. ADA ROE:"), as quotes.py's transcript label.
_TURN_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
#: The first-person singular forms that stand for the turn's speaker.
_FIRST_PERSON = frozenset({"i", "me", "my"})
#: Capitalised words before a label's word that are no given name ("The Courant", "Our Brantley").
_NOT_GIVEN = frozenset({"the", "a", "an", "our", "their", "with", "by", "from", "to", "of", "and", "in", "on"})


def turn_speaker(reg: Register, tok: Token) -> Speaker | None:
    """The person the transcript label opening ``tok``'s line names, for a first-person ``tok``."""
    if tok.lower_ not in _FIRST_PERSON:
        return None
    text = doc_text(reg.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    m = _TURN_LABEL.match(text, line)
    if m is None or m.group(1).strip(".") in ("Q", "A"):
        return None
    last = m.group(1).split()[-1].strip(".'’")
    if last.lower() in reg.surnames:
        return Speaker(label_name(reg, m.group(1), m.start()), None, tok.text, "person", "coreference")
    # A name the tagger missed: the label's word written earlier as the last of two capitalised words
    # ("Odo Brantley, an engineer, ..." then "BRANTLEY:"); an outlet's label ("Courant reporter") is not.
    written = re.findall(rf"\b([A-Z][a-z’'-]+ {re.escape(last.capitalize())})\b(?!\s+[A-Z])", text[: m.start()])
    if written and written[0].split()[0].lower() not in _NOT_GIVEN:
        return Speaker(written[0], None, tok.text, "person", "coreference")
    return None  # an outlet's or an unknown label: the pronoun keeps its usual antecedent
