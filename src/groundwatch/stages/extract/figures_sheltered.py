"""Figures: the part of a count of people moved out that a comma-set aside puts in shelters.

"About 900 people were evacuated, 300 of them in schools", "Some 2,000 were evacuated, 600 of whom are in
camps": the aside "N of them" is a part of the count before it (``figures_context.aside_kind``), and what it
says of that part is where it stays. People moved out of their homes and staying in a shelter are counted as
the displaced (``figures_kind`` reads "remain in shelters" so), not as a second count of the evacuated. A
building that houses people only once they have been moved there ("schools", "halls") is a shelter here too:
the count before the aside says they were moved. A part whose aside names no shelter ("300 of them children",
"300 of them from Tolk") stays the kind of the count before it.
"""

from __future__ import annotations

from spacy.tokens import Span

from groundwatch.stages.extract import figures_lexicon as lex

__all__ = ["sheltered_part"]

#: The kinds of count whose part, said to be in a shelter, is displaced: people moved out, or hit, by the event.
_MOVED_KINDS = frozenset({"evacuated", "displaced", "affected"})
#: The most words before a shelter's noun in the aside's place ("in the four municipal shelters": three);
#: chosen on the invented asides of tests/stages/extract/test_figures_shapes_q.py.
_PLACE_WORDS = 3


def sheltered_part(tokens: Span, kind: str) -> str | None:
    """"displaced" when ``tokens``, read as a count of ``kind``, is a comma-set part "N of them" (or "of
    whom") said to be in a shelter, with no verb ("820 of them in camps") or a verb of staying ("600 of whom
    are in camps"). Read on the words, not the parse, which often hangs the place on the main verb."""
    doc = tokens.doc
    k = tokens.end
    if kind not in _MOVED_KINDS or tokens.start == 0 or doc[tokens.start - 1].text != ",":
        return None
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ not in ("them", "whom"):
        return None
    k += 2
    while k < len(doc) and doc[k].lemma_.lower() in lex.STAY_VERBS and doc[k].pos_ in ("AUX", "VERB"):
        k += 1  # "600 of whom are in camps", "300 of whom remain in tents"
    if k >= len(doc) or doc[k].lower_ not in ("in", "at", "inside"):
        return None
    place = []
    for t in doc[k + 1:k + 2 + _PLACE_WORDS]:
        if t.is_punct or t.pos_ in ("CCONJ", "VERB", "AUX", "ADP"):
            break
        place.append(t)
    shelters = lex.SHELTERS | lex.TEMPORARY_SHELTERS
    return "displaced" if place and place[-1].lemma_.lower() in shelters else None
