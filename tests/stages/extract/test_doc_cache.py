"""Per-Doc memos (doc_cache) and the gazetteer's first-letter prefilter: same answers, computed once."""

from __future__ import annotations

import pytest

from groundwatch.stages.extract import gazetteer
from groundwatch.stages.extract.doc_cache import (
    doc_ents,
    doc_sents,
    doc_text,
    ents_within,
    release,
    sent_of,
    token_starts,
)

_TEXT = "Rain flooded the lower town on Tuesday.\n\nThe mayor said 40 homes were empty. Crews returned."


def test_doc_text_is_the_docs_text_and_computed_once(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(_TEXT)
    first = doc_text(doc)
    assert first == doc.text == _TEXT
    assert doc_text(doc) is first


def test_token_starts_are_the_token_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(_TEXT)
    starts = token_starts(doc)
    assert starts == [t.idx for t in doc]
    assert token_starts(doc) is starts
    assert token_starts(nlp("")) == []


_NAMED = ("Mayor Lina Ostrava of Velmora said on Monday that the Harbour Authority in Tessel had closed.\n\n"
          "Rescue teams from Brindlemark reached Orlov Point. Dr Anselm Quill thanked the Red Cross.")


def test_entity_and_sentence_tables_equal_spacys(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(_NAMED)
    ents, sents = doc_ents(doc), doc_sents(doc)
    assert ents == doc.ents and len(ents) >= 3
    assert sents == tuple(doc.sents) and len(sents) >= 3
    assert doc_ents(doc) is ents and doc_sents(doc) is sents
    for tok in doc:
        assert sent_of(tok) == tok.sent
    for span in (*ents, doc[2:5], doc[len(doc) - 3:]):
        assert sent_of(span) == span.sent
    for sent in sents:
        assert ents_within(sent) == list(sent.ents)
        assert doc_text(doc)[sent.start_char:sent.end_char] == sent.text  # what span_for slices
    release(doc)  # no Span left in user_data (a Doc -> Span -> Doc cycle); the tables come back
    assert not any(isinstance(v, tuple) for v in doc.user_data.values())
    assert doc_ents(doc) == ents and doc_sents(doc) == sents


@pytest.mark.parametrize(("iso", "name"), [("UA", "Kharkov"), ("UA", "Zaporozhye"), ("FR", "Marseile"),
                                           ("DE", "Munchen"), ("TR", "Gaziantepp")])
def test_fuzzy_candidates_equal_the_full_scan(iso: str, name: str) -> None:
    folded, key = gazetteer.fold(name), gazetteer.translit_key(name)
    scan = [e for e in gazetteer._fuzzy_keys(iso) if e[0][:1] == folded[:1] or e[1][:1] == key[:1]]
    assert scan  # the country has names sharing an initial, so the comparison says something
    assert gazetteer._fuzzy_candidates(iso, folded, key) == scan
