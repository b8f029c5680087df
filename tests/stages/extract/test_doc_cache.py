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


def test_mended_entities_are_person_span_of_each_entity_and_released(nlp) -> None:  # type: ignore[no-untyped-def]
    from groundwatch.stages.extract.doc_cache import mended_ents
    from groundwatch.stages.extract.quotes_names import entity_at, person_span

    doc = nlp(_NAMED)
    mended = mended_ents(doc, person_span)
    assert [(m.start, m.end, m.label_) for m in mended] == [
        (s.start, s.end, s.label_) for s in (person_span(e) for e in doc.ents)]
    assert mended_ents(doc, person_span) is mended
    for tok in doc:  # the scan over every entity, mended for each token, as entity_at made it
        found = next((m for m in (person_span(e) for e in doc.ents) if m.start <= tok.i < m.end), None)
        got = entity_at(tok)
        want = (found.start, found.end, found.label_) if found else None
        assert ((got.start, got.end, got.label_) if got else None) == want
    release(doc)
    assert "gw_mended_ents" not in doc.user_data


_QUOTED = ('The council met late.\n\nOfficials in Velmora, speaking on Monday, insisted: "We will rebuild the '
           'bridge." Mayor Lina Ostrava added, "Nobody will be left behind," and left.\n\n"Later," she said.')


def test_the_tokens_before_a_quotation_are_the_tail_of_its_paragraphs_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    # quotes._last_before walks back from the mark; the lead-in check read the last of every token before it
    from types import SimpleNamespace

    from groundwatch.stages.extract import quotes

    doc = nlp(_QUOTED)
    paragraph_of = [_QUOTED.count("\n\n", 0, t.idx) for t in doc]
    reg = SimpleNamespace(paragraph_of=paragraph_of)
    marks = [t.idx for t in doc if t.text == '"'] + [0, len(_QUOTED)]
    for at in marks:
        q = SimpleNamespace(open=at, paragraph=_QUOTED.count("\n\n", 0, at))
        whole = [t for t in doc if t.idx < at and paragraph_of[t.i] == q.paragraph]
        for n in (1, quotes.LEAD_IN_WORDS + 1, 50):
            assert [t.i for t in quotes._last_before(doc, reg, q, n)] == [t.i for t in whole[-n:]]
