"""The spaCy model is pinned by hash; this test fails if its output on a fixed invented text changes."""

from groundwatch import nlp as gw_nlp

TEXT = ("Interior Minister Ilse Varnholt said on Tuesday that 12 people had died in Marrowgate.\n"
        "Rescue teams from Kastavia arrived in Tessel on Wednesday.")


def test_model_is_the_pinned_release(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.meta["name"] == "core_web_md"
    assert nlp.meta["version"] == "3.8.0"
    assert "gw_line_breaks" in nlp.pipe_names
    assert nlp.pipe_names.index("gw_line_breaks") < nlp.pipe_names.index("parser")


def test_model_output_on_a_fixed_text(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents == [("Interior", "ORG"), ("Ilse Varnholt", "PERSON"), ("Tuesday", "DATE"), ("12", "CARDINAL"),
                    ("Marrowgate", "GPE"), ("Kastavia", "GPE"), ("Tessel", "GPE"), ("Wednesday", "DATE")]
    assert [s.text.strip() for s in doc.sents] == TEXT.split("\n")
    assert [t.pos_ for t in doc[:4]] == ["PROPN", "PROPN", "PROPN", "PROPN"]


def test_line_breaks_start_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Floods hit the south\n\nThe toll rose to 12 on Monday, officials said.")
    assert [s.text.strip() for s in doc.sents] == ["Floods hit the south",
                                                   "The toll rose to 12 on Monday, officials said."]


def test_a_headline_line_is_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Velora\n\nLandslide death toll passes 4,000 in Tamsk, Olvena\n\nRescuers dug on. Rain fell.")
    assert [s.text.strip() for s in doc.sents] == [
        "Velora", "Landslide death toll passes 4,000 in Tamsk, Olvena", "Rescuers dug on.", "Rain fell."]
    doc = nlp("Earthquake toll surges to 1,200 in Velora\n\nRescuers dug on.")
    assert [s.text.strip() for s in doc.sents] == ["Earthquake toll surges to 1,200 in Velora", "Rescuers dug on."]


def test_load_is_cached() -> None:
    assert gw_nlp.load() is gw_nlp.load()


def test_the_default_and_the_named_model_are_one_pipeline() -> None:
    # keyed by the call, load() and load("en_core_web_md") had been two copies of the model in a run
    assert gw_nlp.load() is gw_nlp.load("en_core_web_md")
