"""Per-Doc memos of what spaCy recomputes on every access.

``Doc.text`` is not stored by spaCy: each access joins every token's ``text_with_ws``, building a
Python ``Token`` per token. The extractors read it once per mention (slicing a phrase, looking a few
characters behind a date), so on 38 articles a run evaluated it 5,466 times, about 3.7 million
Token objects, which was most of the extractors' own time (cProfile of ``analyse``). The text is
computed once per Doc here and kept in ``doc.user_data``; the extractors never change a Doc's tokens
(no retokenizing), so the memo stays true for the Doc's life.
"""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "gw_text"
_STARTS_KEY = "gw_token_starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Every token's character offset (``token.idx``) in order, computed once per Doc; for
    ``bisect`` (the quotes register looks up the token at an offset for each pronoun and each
    person it weighs, and rebuilt this list each time). Callers must not change the list."""
    starts = doc.user_data.get(_STARTS_KEY)
    if not isinstance(starts, list):
        starts = [t.idx for t in doc]
        doc.user_data[_STARTS_KEY] = starts
    return starts
