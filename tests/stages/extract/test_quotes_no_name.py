"""A speaker without a letter in its name (a year the tagger read as a body) is nobody: invented sentences
(corpus_q's blind run gave a short quotation to a year)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


@pytest.mark.issue(10)
def test_a_year_never_speaks(nlp: Any) -> None:
    text = ('The old quarter of Tovalle was not a secret. A survey from 2029 rated it a zone of "grave danger", '
            'and the move it urged never came.')
    assert [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})] in ([None], [])
